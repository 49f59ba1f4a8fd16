"""How the content tree's Markdown becomes blocks: what a reviewer writes is what loads."""

from __future__ import annotations

import pytest

from core.content.markdown import body_blocks, to_html

BODY = """## Cel projektu

Pierwszy akapit.

Drugi akapit z <b>znacznikiem</b> & ampersandem.

- punkt pierwszy
- punkt drugi

> Wybór partnerów nie był przypadkowy.
>
> — Z prezentacji projektu

### Niżej

```key_figures
figures:
- value: '34'
  label: podmioty
```
"""


def test_a_body_becomes_headings_rich_text_quotes_and_fenced_blocks():
    assert body_blocks(BODY) == [
        ("heading", {"text": "Cel projektu", "level": "h2"}),
        (
            "paragraph",
            "<p>Pierwszy akapit.</p>"
            "<p>Drugi akapit z &lt;b&gt;znacznikiem&lt;/b&gt; &amp; ampersandem.</p>",
        ),
        ("paragraph", "<ul><li>punkt pierwszy</li><li>punkt drugi</li></ul>"),
        (
            "quote",
            {
                "quote": "Wybór partnerów nie był przypadkowy.",
                "attribution": "Z prezentacji projektu",
            },
        ),
        ("heading", {"text": "Niżej", "level": "h3"}),
        ("key_figures", {"figures": [{"value": "34", "label": "podmioty"}]}),
    ]


def test_a_quote_without_a_dash_line_has_no_attribution():
    assert body_blocks("> Tylko cytat.\n") == [
        ("quote", {"quote": "Tylko cytat.", "attribution": ""})
    ]


def test_a_paragraph_after_a_list_starts_a_new_block():
    kinds = [kind for kind, _value in body_blocks("- a\n- b\n\nPo liście.\n")]
    assert kinds == ["paragraph", "paragraph"]


def test_markdown_the_tree_does_not_use_is_refused_with_its_name():
    with pytest.raises(ValueError, match="hr"):
        body_blocks("Akapit.\n\n---\n\nInny.\n")


def test_rich_text_fields_take_markdown_without_newlines_between_tags():
    assert to_html("Raz.\n\nDwa.") == "<p>Raz.</p><p>Dwa.</p>"

"""Markdown as the content tree writes it, read into Wagtail's rich text and StreamField blocks.

A page's body is Markdown: ``##`` headings, paragraphs and bullet lists (rich text),
``>`` quotes whose last line ``— …`` is the attribution, and any other block of the stream
as a fenced block named after it, holding the block's value as YAML::

    ```key_figures
    figures:
    - value: '30'
      label: kandydatów na doradców
    ```

markdown-it-py (CommonMark) reads it, so what a reviewer's editor previews is what loads.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

# Raw HTML is not Markdown the tree accepts: a "<" in a sentence stays a character.
_parser = MarkdownIt("commonmark", {"html": False})

ATTRIBUTION_DASH = "— "
# The heading levels a body may use; a deeper "#####" is read as a level-2 heading.
HEADING_LEVELS = ("h2", "h3", "h4")


def to_html(markdown: str) -> str:
    """Rich text HTML of ``markdown``: paragraphs and lists, without the newlines between tags
    that CommonMark puts there (Wagtail's editor would keep them as blank text)."""
    html = _parser.render(markdown.strip())
    return re.sub(r">\s*\n\s*<", "><", html).strip()


def body_blocks(markdown: str) -> list[tuple[str, Any]]:
    """``(block type, value)`` pairs of a body: rich text as HTML, fenced values as YAML data.

    A run of paragraphs is one rich text block and a list is one of its own, as an editor
    would make them with Wagtail's editor.
    """
    tokens = _parser.parse(markdown)
    blocks: list[tuple[str, Any]] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        end = _closing(tokens, position)
        if token.type == "heading_open":
            text = unescape(_parser.renderer.render(tokens[position + 1].children, {}, {}))
            level = token.tag if token.tag in HEADING_LEVELS else "h2"
            blocks.append(("heading", {"text": text, "level": level}))
        elif token.type == "fence":
            value = yaml.safe_load(token.content) if token.content.strip() else None
            blocks.append((token.info.strip(), value))
        elif token.type == "blockquote_open":
            blocks.append(("quote", _quote(tokens[position + 1 : end])))
        elif token.type in ("paragraph_open", "bullet_list_open", "ordered_list_open"):
            html = _render(tokens[position : end + 1])
            if token.type == "paragraph_open" and blocks and blocks[-1][0] == "paragraph":
                previous = blocks[-1][1]
                if previous.endswith("</p>"):
                    blocks[-1] = ("paragraph", previous + html)
                    position = end + 1
                    continue
            blocks.append(("paragraph", html))
        else:
            raise ValueError(f"Markdown the content tree does not use: {token.type}")
        position = end + 1
    return blocks


def _closing(tokens: list[Token], start: int) -> int:
    """The index of the token that closes the one at ``start`` (itself if it is a leaf)."""
    if tokens[start].nesting != 1:
        return start
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    raise ValueError("Unbalanced Markdown")


def _render(tokens: list[Token]) -> str:
    return re.sub(r">\s*\n\s*<", "><", _parser.renderer.render(tokens, _parser.options, {})).strip()


def _quote(tokens: list[Token]) -> dict[str, str]:
    paragraphs = [
        unescape(_parser.renderer.render(token.children, {}, {}))
        for token in tokens
        if token.type == "inline"
    ]
    attribution = ""
    if len(paragraphs) > 1 and paragraphs[-1].startswith(ATTRIBUTION_DASH):
        attribution = paragraphs.pop()[len(ATTRIBUTION_DASH) :]
    return {"quote": "\n\n".join(paragraphs), "attribution": attribution}

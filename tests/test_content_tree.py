"""The content tree (content/) as reviewers and translators edit it: complete, consistent and
readable by the loader, checked on the files themselves."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import polib
import pytest
import yaml
from django.conf import settings

from core.content.markdown import body_blocks
from machine_translation.terms import term_warnings

ROOT = Path(settings.ZMP_CONTENT_DIR)
PAGES = sorted((ROOT / "pages").rglob("*.md"))
PO_FILES = sorted(ROOT.rglob("*.po"))
LANGUAGES = ("en", "es")


def page_id(path: Path) -> str:
    return path.relative_to(ROOT / "pages").with_suffix("").as_posix()


def test_the_tree_holds_the_whole_site():
    assert len(PAGES) >= 60
    assert (ROOT / "pages" / "strona-glowna.md").is_file()
    assert len(list((ROOT / "pages" / "strona-glowna" / "kursy").glob("*/*.md"))) == 25


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_every_page_is_translated_into_english_and_spanish_unless_marked_polish_only(path):
    post = frontmatter.load(str(path))
    stem = path.with_suffix("")
    present = [(stem.parent / f"{stem.name}.{code}.po").is_file() for code in LANGUAGES]
    assert present == [not post.get("polish_only", False)] * 2


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_po_file_is_complete_and_respects_the_term_base(path):
    po = polib.pofile(str(path))
    language = path.suffixes[-2].lstrip(".")
    entries = [entry for entry in po if not entry.obsolete]
    assert entries
    assert [e.msgid for e in entries if not e.msgstr] == []
    assert [e.msgid for e in entries if e.fuzzy] == []
    warnings = {e.msgstr: term_warnings(e.msgstr, language) for e in entries}
    assert {text: found for text, found in warnings.items() if found} == {}


def page_references(value) -> list[str]:
    """Every value in front matter or a snippet file that names a page of the tree."""
    if isinstance(value, str):
        return [value] if value.startswith("strona-glowna") and " " not in value else []
    if isinstance(value, dict):
        return [ref for item in value.values() for ref in page_references(item)]
    if isinstance(value, list):
        return [ref for item in value for ref in page_references(item)]
    return []


def test_every_link_between_pages_names_a_page_of_the_tree():
    known = {page_id(path) for path in PAGES}
    found = []
    for path in PAGES:
        post = frontmatter.load(str(path))
        found += page_references(post.metadata)
        for block_type, value in body_blocks(post.content):
            if block_type not in ("heading", "paragraph", "quote"):
                found += page_references(value)
    for path in ROOT.rglob("*.yaml"):
        found += page_references(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert found, "the menu, the footer and the glossaries link pages"
    assert sorted(set(found) - known) == []


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_every_page_names_its_model_and_a_title(path):
    post = frontmatter.load(str(path))
    assert post["type"].count(".") == 1
    assert post["title"].strip()

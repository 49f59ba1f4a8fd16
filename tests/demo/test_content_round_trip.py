"""A reviewer's fix travels from the content tree to the site: one sentence corrected in a
Polish Markdown file and one translation in a Spanish PO file, then the loader runs again."""

from __future__ import annotations

import shutil

import polib
import pytest
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from core.content.tree import load

ABOUT = "pages/strona-glowna/o-projekcie"
NEW_SENTENCE = "Ten akapit poprawiła recenzentka urzędu."
NEW_SPANISH_INTRO = (
    "El proyecto PWP se ejecutó entre el 1 de mayo de 2011 y el 31 de diciembre de 2013."
)

pytestmark = pytest.mark.usefixtures("demo")


def first_sentence(markdown: str) -> str:
    """The first sentence of the body's first paragraph: what a reviewer would correct."""
    body = markdown.split("---", 2)[2]
    paragraph = next(line for line in body.splitlines() if line.strip() and line[0] not in "#->`")
    return paragraph.split(". ")[0].rstrip(".") + "."


@pytest.fixture
def tree(tmp_path, settings):
    root = tmp_path / "content"
    shutil.copytree(settings.ZMP_CONTENT_DIR, root)
    settings.ZMP_CONTENT_DIR = root
    return root


def about(language: str) -> Page:
    polish = Page.objects.get(locale__language_code="pl", url_path="/strona-glowna/o-projekcie/")
    return polish.get_translation(Locale.objects.get(language_code=language)).specific


def reload(root) -> list[str]:
    with TestCase.captureOnCommitCallbacks(execute=True):
        return load(root)


def test_loading_the_unchanged_tree_changes_nothing(tree):
    revisions = {code: about(code).revisions.count() for code in ("pl", "en", "es")}
    assert reload(tree) == []
    assert {code: about(code).revisions.count() for code in revisions} == revisions


def test_a_reviewers_fix_in_markdown_and_po_is_live_after_reloading(tree, client):
    markdown = tree / f"{ABOUT}.md"
    text = markdown.read_text(encoding="utf-8")
    old_sentence = first_sentence(text)
    markdown.write_text(text.replace(old_sentence, NEW_SENTENCE), encoding="utf-8")
    spanish = polib.pofile(str(tree / f"{ABOUT}.es.po"))
    intro = next(entry for entry in spanish if entry.msgctxt == "intro")
    intro.msgstr = NEW_SPANISH_INTRO
    spanish.save()

    changed = reload(tree)

    assert changed and all(line.startswith(ABOUT) for line in changed)
    polish_page = client.get(about("pl").url).content.decode()
    assert NEW_SENTENCE in polish_page and old_sentence not in polish_page
    spanish_page = client.get(about("es").url).content.decode()
    assert NEW_SPANISH_INTRO in spanish_page
    # English has no translation of the new sentence yet: its translation is one segment short
    # and says so in the translation editor, and it shows the Polish words meanwhile.
    source = TranslationSource.objects.get_for_instance(about("pl"))
    english = Translation.objects.get(source=source, target_locale__language_code="en")
    total, translated = english.get_progress()
    assert translated == total - 1
    assert NEW_SENTENCE in client.get(about("en").url).content.decode()


def test_regenerating_the_po_files_offers_the_new_sentence_and_keeps_the_old_translation(tree):
    markdown = tree / f"{ABOUT}.md"
    text = markdown.read_text(encoding="utf-8")
    old_sentence = first_sentence(text)
    markdown.write_text(text.replace(old_sentence, NEW_SENTENCE), encoding="utf-8")
    english_before = polib.pofile(str(tree / f"{ABOUT}.en.po"))
    old_translation = next(e.msgstr for e in english_before if old_sentence in e.msgid)
    reload(tree)

    call_command("update_content_po", verbosity=0)

    english = polib.pofile(str(tree / f"{ABOUT}.en.po"))
    fresh = [e for e in english if not e.obsolete and NEW_SENTENCE in e.msgid]
    assert [e.msgstr for e in fresh] == [""]
    kept = [e for e in english if e.obsolete and old_sentence in e.msgid]
    assert [e.msgstr for e in kept] == [old_translation]
    assert len([e for e in english if not e.obsolete and not e.msgstr]) == 1

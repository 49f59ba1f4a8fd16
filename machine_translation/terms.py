"""The project's term base (``content/terms.csv``) and the check of translated texts against it.

Each row names one term of the project in Polish with its one English and one Spanish form,
and the variants translators (and machines) drift to. A translated text that uses a variant
gets a :class:`TermWarning` naming the form to use. Plain functions: the admin hooks turn the
warnings into messages, the ``check_terms`` command into a report.

Which texts: a translated page or snippet is checked on its own fields, extracted the way
wagtail-localize extracts a source (:func:`translation_warnings`), so the check reads what
visitors read whichever way the text got there (the translation editor, the page editor of a
page no longer synced, a sync). Only the translation editor's publish is checked before the
fact, on the string translations it is about to write (:func:`pending_translation_warnings`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

TERMS_PATH = Path(settings.BASE_DIR) / "content" / "terms.csv"
LANGUAGES = ("en", "es")
# A hyphen in a listed variant also matches the other dashes a text may carry.
HYPHENS = "[-\u2010\u2011\u2013]"


@dataclass(frozen=True)
class Term:
    pl: str
    forms: dict[str, str]  # language -> the one form to use
    avoid: dict[str, tuple[str, ...]]  # language -> the variants not to use
    note: str


@dataclass(frozen=True)
class TermWarning:
    variant: str  # the variant as the term base lists it
    term: str  # the form to use instead, in the same language
    found: str = ""  # the words as the text writes them
    where: str = ""  # the field or segment path, when checking a page or snippet


@cache
def load_terms(path: Path = TERMS_PATH) -> tuple[Term, ...]:
    with open(path, encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    return tuple(
        Term(
            pl=row["pl"].strip(),
            forms={language: row[language].strip() for language in LANGUAGES},
            avoid={
                language: tuple(
                    variant.strip()
                    for variant in row[f"{language}_avoid"].split("|")
                    if variant.strip()
                )
                for language in LANGUAGES
            },
            note=row["note"].strip(),
        )
        for row in rows
    )


def _variant_pattern(variant: str) -> re.Pattern:
    words = [re.escape(word).replace(r"\-", HYPHENS) for word in variant.split()]
    # Whole words only: not preceded or followed by a letter or digit of any script.
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


@cache
def _patterns(language: str) -> tuple[tuple[re.Pattern, str, str], ...]:
    """(pattern, variant, term) for every variant of the language, longest variant first."""
    entries = [
        (normalise(variant), term.forms[language])
        for term in load_terms()
        for variant in term.avoid.get(language, ())
    ]
    entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return tuple((_variant_pattern(variant), variant, term) for variant, term in entries)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def term_warnings(text: str, language: str) -> list[TermWarning]:
    """One warning per variant the text uses, in the order they first appear.

    Where two variants overlap, the longer one is reported.
    """
    if language not in LANGUAGES or not text:
        return []
    text = normalise(text)
    taken: list[tuple[int, int]] = []
    first: dict[tuple[str, str], tuple[int, TermWarning]] = {}
    for pattern, variant, term in _patterns(language):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            taken.append((start, end))
            warning = TermWarning(variant=variant, term=term, found=match[0])
            first.setdefault((variant, term), (start, warning))  # matches come in text order
    return [warning for _start, warning in sorted(first.values(), key=lambda item: item[0])]


def _check_texts(texts, language: str) -> list[TermWarning]:
    """Warnings over (where, text) pairs: each variant and term once, where it is first seen."""
    warnings: dict[tuple[str, str], TermWarning] = {}
    for where, text in texts:
        for warning in term_warnings(text, language):
            warnings.setdefault(
                (warning.variant, warning.term),
                TermWarning(warning.variant, warning.term, warning.found, where),
            )
    return list(warnings.values())


def is_translation(instance) -> bool:
    """Whether ``instance`` is a page or snippet in one of the translated languages."""
    locale_id = getattr(instance, "locale_id", None)
    return locale_id is not None and locale_id != Locale.get_default().pk


def translation_warnings(instance) -> list[TermWarning]:
    """The variants a translated page or snippet uses in its own text fields.

    Pass the live object for the live text, or a revision's object for a draft; the source
    language is not checked.
    """
    if not is_translation(instance):
        return []
    texts = (
        (segment.path, segment.string.render_text())
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    )
    return _check_texts(texts, instance.locale.language_code)


def pending_translation_warnings(translation: Translation) -> list[TermWarning]:
    """The variants in a wagtail-localize translation's strings, before they are published."""
    strings = (
        translation.source.stringsegment_set.all()
        .get_translations(translation.target_locale_id)
        .select_related("context")
        .order_by("context__path")
    )
    texts = ((string.context.path, StringValue(string.data).render_text()) for string in strings)
    return _check_texts(texts, translation.target_locale.language_code)


def live_translations() -> Iterator:
    """Every live page and every snippet (live, if it has drafts) in English or Spanish."""
    locales = Locale.objects.filter(language_code__in=LANGUAGES)
    pages = Page.objects.live().filter(locale__in=locales).specific().order_by("path")
    yield from pages
    for model in get_snippet_models():
        if not issubclass(model, TranslatableMixin):
            continue
        snippets = model.objects.filter(locale__in=locales).order_by("pk")
        if issubclass(model, DraftStateMixin):
            snippets = snippets.filter(live=True)
        yield from snippets


def live_content_warnings() -> list[tuple[object, list[TermWarning]]]:
    """The live translations that use variants, each with its warnings."""
    found = []
    for instance in live_translations():
        warnings = translation_warnings(instance)
        if warnings:
            found.append((instance, warnings))
    return found


def warning_message(warning: TermWarning) -> str:
    """The warning in the active language, as editors and the check_terms report show it."""
    return _("“%(variant)s” is not the project's term: use “%(term)s”.") % {
        "variant": warning.variant,
        "term": warning.term,
    }

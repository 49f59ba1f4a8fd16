"""A course's questions as GIFT files beside its page in the content tree, loaded into the bank.

``<course>.pl.gift`` is the source; ``<course>.en.gift`` and ``<course>.es.gift`` become its
translations through the bank's own importer, aligned by the question names (which stay
Polish in every file). The questions go into a bank category named after the course.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from wagtail.models import Locale, Page

from questionbank.formats import ImportResult
from questionbank.models import Question
from questionbank.services import (
    ImportRefused,
    as_parsed,
    find_category,
    import_questions,
    parse_category_path,
    read_file,
)

SOURCE_LANGUAGE = "pl"


class QuestionFileRefused(Exception):
    """A question file the bank refused; nothing of that file was imported."""


def files_by_language(files: list[Path]) -> dict[str, Path]:
    """``<course>.<language>.gift`` files keyed by their language."""
    return {path.suffixes[-2].lstrip("."): path for path in files if len(path.suffixes) >= 2}


def load_attached(page: Page, files: list[Path], run: Any = None) -> list[Question]:
    """The content tree's hook: load the course page's GIFT files into its category."""
    titles = {}
    for locale in Locale.objects.exclude(pk=page.locale_id):
        translated = page.get_translation_or_none(locale)
        if translated is not None:
            titles[locale.language_code] = translated.title
    return load_course_questions(files_by_language(files), page.title, titles)


def load_course_questions(
    files: dict[str, Path], category_path: str, titles: dict[str, str] | None = None
) -> list[Question]:
    """Import the Polish file into ``category_path``, with the other files as translations.

    Returns the Polish questions in the file's order. Running it again changes nothing.
    ``titles`` (language code -> name) names the translated categories, which the bank
    creates under their Polish names; the Polish path still addresses them.
    """
    source = _read(files[SOURCE_LANGUAGE])
    _import(source, files[SOURCE_LANGUAGE], category_path, SOURCE_LANGUAGE)
    path = parse_category_path(category_path)
    for language, file in files.items():
        if language == SOURCE_LANGUAGE:
            continue
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        result = _read(file)
        # The importer re-saves every translation it is given; skipping an unchanged file
        # keeps a second run from touching anything.
        if not _up_to_date(result, path, locale):
            _import(result, file, category_path, language)
        _rename_category(path, locale, (titles or {}).get(language))
    home = find_category(path, Locale.get_default())
    by_name = {q.name: q for q in home.questions.all()}
    return [by_name[q.name] for q in source.questions]


def _read(file: Path) -> ImportResult:
    return read_file(file.read_bytes(), "gift")


def _import(result: ImportResult, file: Path, category_path: str, language: str) -> None:
    try:
        import_questions(result, category_path, language)
    except ImportRefused as error:
        problems = "; ".join(str(p) for p in error.report.problems)
        raise QuestionFileRefused(f"{file.name}: {problems}") from error


def _up_to_date(result: ImportResult, path: tuple[str, ...], locale: Locale) -> bool:
    category = find_category(path, locale)
    if category is None or not result.ok:
        return False
    for parsed in result.questions:
        stored = category.questions.filter(name=parsed.name).first()
        if stored is None or as_parsed(stored) != replace(parsed, category=path + parsed.category):
            return False
    return True


def _rename_category(path: tuple[str, ...], locale: Locale, title: str | None) -> None:
    category = find_category(path, locale)
    if title and category is not None and category.name != title:
        category.name = title
        category.save(update_fields=["name"])

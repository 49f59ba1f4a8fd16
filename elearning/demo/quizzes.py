"""The demo courses' quizzes, kept as GIFT files, loaded into the question bank.

Each course has ``<course key>.<language>.gift`` in ``QUIZ_DIR``: the Polish file is the
source, the English and Spanish ones become its translations through the bank's own importer,
aligned by the question names (which stay Polish in every file).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from wagtail.models import Locale

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

QUIZ_DIR = Path(__file__).resolve().parent.parent / "data" / "quizzes"
SOURCE_LANGUAGE = "pl"
TRANSLATION_LANGUAGES = ("en", "es")


class QuizFileRefused(Exception):
    """A demo quiz file the question bank refused; nothing of that file was imported."""


def quiz_file(course_key: str, language: str) -> Path:
    return QUIZ_DIR / f"{course_key}.{language}.gift"


def load_course_questions(
    course_key: str, category_path: str, titles: dict[str, str] | None = None
) -> list[Question]:
    """Import a course's quiz into the Polish ``category_path``, with its translations.

    Returns the Polish questions in the file's order. Running it again changes nothing.
    ``titles`` (language code -> name) names the translated categories, which the bank
    creates under their Polish names; the Polish path still addresses them.
    """
    source = _read(course_key, SOURCE_LANGUAGE)
    _import(source, course_key, category_path, SOURCE_LANGUAGE)
    path = parse_category_path(category_path)
    for language in TRANSLATION_LANGUAGES:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        result = _read(course_key, language)
        # The importer re-saves every translation it is given; skipping an unchanged file
        # keeps a second run from touching anything.
        if not _up_to_date(result, path, locale):
            _import(result, course_key, category_path, language)
        _rename_category(path, locale, (titles or {}).get(language))
    home = find_category(path, Locale.get_default())
    by_name = {q.name: q for q in home.questions.all()}
    return [by_name[q.name] for q in source.questions]


def _read(course_key: str, language: str) -> ImportResult:
    return read_file(quiz_file(course_key, language).read_bytes(), "gift")


def _import(result: ImportResult, course_key: str, category_path: str, language: str) -> None:
    try:
        import_questions(result, category_path, language)
    except ImportRefused as error:
        problems = "; ".join(str(p) for p in error.report.problems)
        raise QuizFileRefused(f"{quiz_file(course_key, language).name}: {problems}") from error


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

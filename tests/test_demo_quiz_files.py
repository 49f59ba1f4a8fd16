"""The demo courses' questions as GIFT files beside each course in the content tree: readable,
aligned across languages, graded as Moodle grades, and loaded into the question bank by the
content loader."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.conf import settings

from elearning.question_files import QuestionFileRefused, load_course_questions
from questionbank.formats import Kind, ParsedQuestion, read_gift
from questionbank.models import Question, QuestionCategory
from questionbank.services import answer_key
from tests.factories import locale

LANGUAGES = ("pl", "en", "es")
COURSES_DIR = settings.ZMP_CONTENT_DIR / "pages" / "strona-glowna" / "kursy"
# Course key -> the course page's Polish slug, which names its files in the content tree.
COURSE_FILES = {
    "waste-management": "gospodarowanie-odpadami",
    "renewable-energy": "odnawialne-zrodla-energii",
    "air-and-climate": "powietrze-i-klimat",
    "water-and-wastewater": "woda-i-scieki",
    "administration": "szkolenie-administracyjne",
}
COURSE_KEYS = list(COURSE_FILES)


def quiz_file(course_key: str, language: str):
    return COURSES_DIR / f"{COURSE_FILES[course_key]}.{language}.gift"


def course_files(course_key: str) -> dict:
    return {language: quiz_file(course_key, language) for language in LANGUAGES}


def questions(course_key: str, language: str) -> tuple[ParsedQuestion, ...]:
    result = read_gift(quiz_file(course_key, language).read_bytes())
    assert result.problems == ()
    return result.questions


@pytest.mark.parametrize("course_key", COURSE_KEYS)
def test_every_course_has_a_quiz_file_in_each_language(course_key):
    for language in LANGUAGES:
        assert quiz_file(course_key, language).is_file()


@pytest.mark.parametrize("course_key", COURSE_KEYS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_file_reads_without_problems_and_names_every_question(course_key, language):
    read = questions(course_key, language)
    names = [q.name for q in read]
    assert read and not any(q.name_generated for q in read)
    assert len(set(names)) == len(names)
    assert all(q.category == () for q in read)


@pytest.mark.parametrize("course_key", COURSE_KEYS)
@pytest.mark.parametrize("language", ["en", "es"])
def test_translations_have_the_polish_names_order_and_answer_keys(course_key, language):
    polish, translated = questions(course_key, "pl"), questions(course_key, language)
    assert [q.name for q in translated] == [q.name for q in polish]
    assert [q.answer_key() for q in translated] == [q.answer_key() for q in polish]
    assert [q.text for q in translated] != [q.text for q in polish]


@pytest.mark.parametrize("course_key", COURSE_KEYS)
def test_single_answer_items_have_one_right_answer_worth_full_marks(course_key):
    for question in questions(course_key, "pl"):
        if question.kind is Kind.MULTICHOICE_SINGLE:
            assert sorted({a.fraction for a in question.answers}) == [Decimal(0), Decimal(1)]


@pytest.mark.parametrize("course_key", COURSE_KEYS)
def test_multiple_answers_share_the_marks_and_cost_marks_for_each_wrong_tick(course_key):
    """Ticking every box never earns full marks: the right answers share 100 % equally and
    each wrong one takes some off (Moodle's negative weights)."""
    for question in questions(course_key, "pl"):
        if question.kind is not Kind.MULTICHOICE_MULTI:
            continue
        right = [a.fraction for a in question.answers if a.fraction > 0]
        wrong = [a.fraction for a in question.answers if a.fraction <= 0]
        assert len(right) > 1 and len(set(right)) == 1
        assert abs(sum(right) - 1) < Decimal("0.00001")
        assert wrong and all(fraction < 0 for fraction in wrong)
        assert sum(right) + sum(wrong) < 1


# --- loading into the question bank ---------------------------------------------------------

CATEGORY = "Gospodarowanie odpadami"
TITLES = {"en": "Waste management", "es": "Gestión de residuos"}


@pytest.mark.django_db
def test_loading_a_course_imports_its_questions_in_three_languages():
    locale("en"), locale("es")
    loaded = load_course_questions(course_files("waste-management"), CATEGORY, TITLES)
    polish = questions("waste-management", "pl")
    assert [q.name for q in loaded] == [q.name for q in polish]
    assert all(q.locale.language_code == "pl" for q in loaded)
    spanish_file = {q.name: q for q in questions("waste-management", "es")}
    for question in loaded:
        spanish = question.get_translation(locale("es"))
        assert spanish.text == spanish_file[question.name].text
        assert answer_key(spanish) == spanish_file[question.name].answer_key()
    home = loaded[0].category
    assert home.name == CATEGORY
    assert home.get_translation(locale("es")).name == TITLES["es"]
    assert home.get_translation(locale("en")).name == TITLES["en"]


@pytest.mark.django_db
def test_loading_a_course_twice_changes_nothing():
    locale("en"), locale("es")
    load_course_questions(course_files("waste-management"), CATEGORY, TITLES)
    before = sorted(Question.objects.values_list("pk", "locale__language_code", "updated_at"))
    categories = QuestionCategory.objects.count()
    again = load_course_questions(course_files("waste-management"), CATEGORY, TITLES)
    assert sorted(Question.objects.values_list("pk", "locale__language_code", "updated_at")) == (
        before
    )
    assert len(before) == 3 * len(again) and len(again) >= 30
    assert QuestionCategory.objects.count() == categories


@pytest.mark.django_db
def test_a_language_without_a_locale_is_left_out():
    locale("en")
    load_course_questions(course_files("renewable-energy"), "Odnawialne źródła energii")
    languages = set(Question.objects.values_list("locale__language_code", flat=True))
    assert languages == {"pl", "en"}


@pytest.mark.django_db
def test_a_translation_that_grades_differently_is_refused_by_name(tmp_path):
    locale("en")
    source = quiz_file("administration", "pl").read_text(encoding="utf-8")
    (tmp_path / "demo.pl.gift").write_text(source, encoding="utf-8")
    lines = source.split("\n")
    right = next(i for i, line in enumerate(lines) if line.startswith("\t="))
    assert lines[right + 1].startswith("\t~")
    # The English file would make the next answer the right one.
    lines[right], lines[right + 1] = "\t~" + lines[right][2:], "\t=" + lines[right + 1][2:]
    (tmp_path / "demo.en.gift").write_text("\n".join(lines), encoding="utf-8")
    files = {"pl": tmp_path / "demo.pl.gift", "en": tmp_path / "demo.en.gift"}
    with pytest.raises(QuestionFileRefused, match=r"demo\.en\.gift: .*answer key"):
        load_course_questions(files, "Demo")
    assert not Question.objects.filter(locale__language_code="en").exists()

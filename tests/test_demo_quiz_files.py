"""The demo courses' questions as GIFT files beside each course in the content tree: readable,
aligned across languages, faithful to the course data they were converted from, and loaded
into the question bank by the content loader."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.conf import settings

from elearning.question_files import QuestionFileRefused, load_course_questions
from questionbank.formats import Kind, ParsedQuestion, read_gift
from questionbank.formats.model import snap_fraction
from questionbank.models import Question, QuestionCategory
from questionbank.services import answer_key
from tests.factories import locale

LANGUAGES = ("pl", "en", "es")
# Which answers are right, question by question ("1" right, "0" wrong; T/F for true/false),
# recorded from the Python course data the files were converted from, so the files stay
# checked once that data is gone.
RIGHT_ANSWERS = {
    "waste-management": ("1000", "F", "1000", "1110", "1000", "T", "1000", "1110", "100", "T"),
    "renewable-energy": ("1000", "F", "100", "1110", "1000", "T", "100", "1100", "T", "100"),
    "air-and-climate": ("1000", "F", "1000", "1110", "1000", "T", "100", "1110", "100", "F"),
    "water-and-wastewater": (
        "1000",
        "1000",
        "T",
        "1100",
        "1000",
        "F",
        "1110",
        "1000",
        "1000",
        "1110",
    ),
    "administration": ("1000", "1000", "F", "1110", "1000", "1000", "1000", "1110", "T", "1000"),
}
COURSE_KEYS = list(RIGHT_ANSWERS)
COURSES_DIR = settings.ZMP_CONTENT_DIR / "pages" / "strona-glowna" / "kursy"
# Course key -> the course page's Polish slug, which names its files in the content tree.
COURSE_FILES = {
    "waste-management": "gospodarowanie-odpadami",
    "renewable-energy": "odnawialne-zrodla-energii",
    "air-and-climate": "powietrze-i-klimat",
    "water-and-wastewater": "woda-i-scieki",
    "administration": "szkolenie-administracyjne",
}


def quiz_file(course_key: str, language: str):
    return COURSES_DIR / f"{COURSE_FILES[course_key]}.{language}.gift"


def course_files(course_key: str) -> dict:
    return {language: quiz_file(course_key, language) for language in LANGUAGES}


def questions(course_key: str, language: str) -> tuple[ParsedQuestion, ...]:
    result = read_gift(quiz_file(course_key, language).read_bytes())
    assert result.problems == ()
    return result.questions


def right_answers(question: ParsedQuestion) -> str:
    if question.kind is Kind.TRUEFALSE:
        return "T" if question.correct_answer else "F"
    return "".join("1" if answer.fraction > 0 else "0" for answer in question.answers)


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
def test_polish_file_has_the_recorded_right_answers(course_key):
    assert tuple(right_answers(q) for q in questions(course_key, "pl")) == RIGHT_ANSWERS[course_key]


@pytest.mark.parametrize("course_key", COURSE_KEYS)
def test_multiple_answers_grade_one_kth_up_for_right_and_down_for_wrong(course_key):
    for question in questions(course_key, "pl"):
        if question.kind is Kind.TRUEFALSE:
            continue
        right = sum(1 for a in question.answers if a.fraction > 0)
        if question.kind is Kind.MULTICHOICE_SINGLE:
            assert right == 1
            assert sorted({a.fraction for a in question.answers}) == [Decimal(0), Decimal(1)]
        else:
            assert right > 1
            share = snap_fraction(Decimal(1) / right)
            for answer in question.answers:
                assert answer.fraction in (share, -share)


@pytest.mark.parametrize("course_key", COURSE_KEYS)
def test_files_keep_the_right_answers_of_the_course_data_they_came_from(course_key):
    expected = RIGHT_ANSWERS[course_key]
    for language in LANGUAGES:
        assert tuple(right_answers(q) for q in questions(course_key, language)) == expected


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
    assert len(before) == 3 * len(again) == 30
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

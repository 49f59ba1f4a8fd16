"""Item analysis per question and per language, and the language each attempt records.

Fifteen attempts at the standard quiz (tests/factories_elearning.py: Q1 single choice, Q2
multiple choice, Q3 true/false, Q4 single choice), five in each language:

========  ==========================  ===========================  =====  ======  =====
language  Q1 (first step)             Q2 (Papier + Szkło correct)  Q3     Q4      total
========  ==========================  ===========================  =====  ======  =====
pl, en    right                       Papier only (half a point)   wrong  right   62.5
es        Składowanie (wrong)         right                        wrong  right   50
========  ==========================  ===========================  =====  ======  =====

Q1: 10/15 = 66.7 % correct; the best 4 (round(0.27 × 15)) are right, the weakest 4 wrong:
D = 1.00; most chosen wrong answer Składowanie (5); Spanish differs (0 % against 100 %).
Q2: 5/15 = 33.3 %; the weakest got it right and the best did not: D = −1.00, negative;
Spanish differs again. Q3: 0 % (too hard), Q4: 100 % (too easy), both D = 0 (low).

A row is a question of the bank: its versions and translations count together, and it is
named by the question's name.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from elearning.models import Attempt
from reports import questions
from reports.progress import default_courses
from reports.questions import discrimination, diverging_languages, question_report
from tests.factories import locale
from tests.factories_elearning import (
    make_advisor,
    make_course,
    quiz_of,
    start,
    translate_course,
    translate_question,
)
from tests.factories_reports import take_quiz
from tests.html import soup_of, text_of

QUESTIONS_URL = "/admin/learning-reports/questions/"
GOOD = ["Zapobieganie", ["Papier"], "false", "Marszałek"]
SPANISH = ["Składowanie", ["Papier", "Szkło"], "false", "Marszałek"]


@pytest.fixture
def course(home):
    return make_course(home, lessons=1)


@pytest.fixture
def answered(course):
    for language in ("pl", "en", "es"):
        for number in range(5):
            advisor = make_advisor(f"{language}{number}")
            take_quiz(advisor, course, SPANISH if language == "es" else GOOD, language=language)
    return course


@pytest.fixture
def staff_client(client, db):
    user = make_advisor("office")
    user.groups.set([Group.objects.get(name="E-learning staff")])
    user.is_staff = True
    user.save()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def report(**kwargs):
    return question_report(Attempt.objects.all(), default_courses(), locale=locale("pl"), **kwargs)


def test_each_question_gets_its_share_correct_discrimination_and_wrong_answer(answered):
    q1, q2, q3, q4 = report()

    assert q1.question_id == "Pierwszy krok hierarchii?"  # the bank question's name
    assert (q1.answered, q1.total.correct, q1.percent_correct) == (15, 10, Decimal("66.7"))
    assert q1.discrimination == Decimal("1.00")
    assert (q1.wrong_answer, q1.wrong_answer_count) == ("Składowanie", 5)
    assert (q2.percent_correct, q2.discrimination) == (Decimal("33.3"), Decimal("-1.00"))
    assert q2.wrong_answer == ""  # half a point is not correct, but no wrong option was ticked
    assert q3.percent_correct == Decimal(0)
    assert q3.wrong_answer == "" and q3.wrong_answer_count == 0  # multiple choice only
    assert q4.percent_correct == Decimal(100)


def test_questions_are_flagged_too_easy_too_hard_badly_discriminating_or_differing_by_language(
    answered,
):
    q1, q2, q3, q4 = report()

    assert q1.flags == [questions.LANGUAGE_DIFFERS]
    assert q1.diverging_languages == ["es"]
    assert q2.flags == [questions.NEGATIVE_DISCRIMINATION, questions.LANGUAGE_DIFFERS]
    assert q3.flags == [questions.TOO_HARD, questions.LOW_DISCRIMINATION]
    assert q4.flags == [questions.TOO_EASY, questions.LOW_DISCRIMINATION]
    assert q1.language("pl").percent_correct == Decimal(100)
    assert q1.language("es").percent_correct == Decimal(0)


def test_no_flag_is_raised_on_too_few_answers(course):
    # Two answers in each language: four in all, under the five any flag needs.
    for number in range(2):
        take_quiz(make_advisor(f"pl{number}"), course, GOOD)
        take_quiz(make_advisor(f"es{number}"), course, SPANISH, language="es")

    assert all(row.flags == [] for row in report())


def test_discrimination_compares_the_best_and_weakest_27_percent():
    # 10 attempts: groups of round(2.7) = 3; the best three right, one of the weakest three.
    answers = [(Decimal(90 - n * 5), n < 3 or n == 8) for n in range(10)]

    assert discrimination(answers) == Decimal("0.67")
    assert discrimination([(Decimal(50), True)]) is None


def test_a_language_differs_only_from_every_other_language_with_enough_answers():
    tally = questions.Tally
    three = {"pl": tally(10, 9), "en": tally(10, 8), "es": tally(10, 3)}
    two_close = {"pl": tally(10, 9), "en": tally(10, 7)}
    too_few = {"pl": tally(10, 9), "es": tally(4, 0)}

    assert diverging_languages(three) == ["es"]
    assert diverging_languages(two_close) == []
    assert diverging_languages(too_few) == []


def test_filters_narrow_the_attempts_counted(staff_client, answered):
    rows = rows_of(soup_of(staff_client, QUESTIONS_URL + "?language=es"))

    assert [cells[3:5] for cells in rows] == [
        ["5", "0.0"],
        ["5", "100.0"],
        ["5", "0.0"],
        ["5", "100.0"],
    ]


def bank_questions(course) -> list:
    return [slot.value["question"] for slot in quiz_of(course).slots]


def test_question_texts_are_shown_in_the_viewers_language_where_translated(answered):
    first, *_rest = bank_questions(answered)
    translate_question(first, "es", text="¿Primer paso de la jerarquía?")

    q1, q2, *_rest = question_report(Attempt.objects.all(), default_courses(), locale("es"))

    assert q1.text == "¿Primer paso de la jerarquía?"
    assert q2.text == "Frakcje selektywnej zbiórki?"  # untranslated: the Polish text


def test_questions_untranslated_for_the_viewer_read_in_polish_whatever_the_attempts_language(
    course,
):
    first, *others = bank_questions(course)
    for question in [first, *others]:
        translate_question(question, "es", text=f"{question.text} (es)")
    translate_question(first, "en", text="First step of the hierarchy?")
    take_quiz(make_advisor(), translate_course(course, "es"), SPANISH, language="es")

    q1, q2, *_rest = question_report(Attempt.objects.all(), default_courses(), locale("en"))

    assert q1.text == "First step of the hierarchy?"
    assert q2.text == "Frakcje selektywnej zbiórki?"


def test_a_question_edited_between_attempts_stays_one_row(course):
    take_quiz(make_advisor("before"), course, GOOD)
    first, *_rest = bank_questions(course)
    first.text = "Pierwszy krok hierarchii postępowania z odpadami?"
    first.save()
    take_quiz(make_advisor("after"), course, GOOD)

    rows = report()

    assert len({a.layout[0]["version"] for a in Attempt.objects.all()}) == 2
    assert len(rows) == 4
    assert (rows[0].question_id, rows[0].answered) == ("Pierwszy krok hierarchii?", 2)


def rows_of(soup) -> list[list[str]]:
    table = soup.select_one("#listing-results table.listing:not(.bar-chart__table)")
    return [
        [text_of(cell) for cell in tr.find_all(["td", "th"])] for tr in table.select("tbody tr")
    ]


def test_the_question_report_shows_the_figures_and_a_chart_with_its_table(staff_client, answered):
    soup = soup_of(staff_client, QUESTIONS_URL)

    rows = rows_of(soup)
    assert rows[0][:7] == [
        "Gospodarowanie odpadami",
        "1",
        "Pierwszy krok hierarchii?",
        "15",
        "66.7",
        "1.00",
        "Składowanie (5)",
    ]
    assert rows[0][7] == "pl: 100.0 % (5); en: 100.0 % (5); es: 0.0 % (5)"
    assert rows[0][8] == "A language differs (es)"
    assert rows[2][8] == "Too hard; Low discrimination"
    chart = soup.select_one("figure.bar-chart")
    assert chart.select_one("svg[role=img] title") and chart.select_one("svg[role=img] desc")
    bars = [[text_of(tr.th), text_of(tr.td)] for tr in chart.select("table tbody tr")]
    assert bars == [
        ["1. Pierwszy krok hierarchii?", "66.7"],
        ["2. Frakcje selektywnej zbiórki?", "33.3"],
        ["3. System kaucyjny działa od 2025 r.", "0"],
        ["4. Kto prowadzi BDO?", "100"],
    ]


def test_the_question_report_downloads_with_a_column_pair_per_language(staff_client, answered):
    response = staff_client.get(QUESTIONS_URL + "?export=csv")
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    heading = table[0]
    first = dict(zip(heading, table[1], strict=True))

    assert first["Correct (%)"] == "66.7"
    assert first["Correct, es (%)"] == "0.0"
    assert first["Answered (es)"] == "5"
    assert first["Most chosen wrong answer"] == "Składowanie"

    response = staff_client.get(QUESTIONS_URL + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert dict(zip(rows[0], rows[1], strict=True))["Discrimination"] == 1


def test_the_question_report_runs_a_fixed_number_of_queries(
    staff_client, answered, django_assert_max_num_queries
):
    staff_client.get(QUESTIONS_URL)  # warms the session and the per-worker memos
    with CaptureQueriesContext(connection) as before:
        staff_client.get(QUESTIONS_URL)
    for number in range(10):
        take_quiz(make_advisor(f"more{number}"), answered, GOOD, language="en")

    with django_assert_max_num_queries(len(before)):
        assert staff_client.get(QUESTIONS_URL).status_code == 200


# The language of an attempt ---------------------------------------------------------------


def test_an_attempt_records_the_language_of_the_quiz_page_it_was_started_on(client, course):
    quiz_es = quiz_of(translate_course(course, "es"))
    client.force_login(make_advisor())

    attempt = start(client, quiz_es)

    assert attempt.language == "es"


def test_an_attempt_started_on_the_polish_quiz_is_polish(client, course):
    client.force_login(make_advisor())

    assert start(client, quiz_of(course)).language == "pl"

"""An attempt's score: the mean of its questions' fractions, in percent to two decimals.

How each question earns its fraction is ``questionbank.grading``'s (tests/test_question_grading.py);
these tests are about the total, and about the answers a submitted form contributes to it.
"""

from decimal import Decimal

import pytest
from django.utils import translation

from elearning.attempt_questions import AttemptQuestion, check_answers, score
from questionbank.formats import Answer, Kind, ParsedQuestion
from tests.factories_elearning import make_advisor, make_course, quiz_of, start, submit


def asked(kind: Kind, response: tuple[str, ...] = (), *, number: int = 1, **fields):
    """A question of an attempt, answered with ``response``."""
    question = ParsedQuestion(name=f"Q{number}", kind=kind, text="?", **fields)
    order = tuple(str(i) for i in range(len(question.answers)))
    return AttemptQuestion(
        key=f"q{number}", number=number, question=question, order=order, response=response
    )


def choices(*fractions: str) -> tuple[Answer, ...]:
    return tuple(Answer(text=f"A{i}", fraction=Decimal(f)) for i, f in enumerate(fractions))


def single(chosen: str, number: int = 1) -> AttemptQuestion:
    return asked(Kind.MULTICHOICE_SINGLE, (chosen,), number=number, answers=choices("1", "0"))


def statement(chosen: str, number: int = 2) -> AttemptQuestion:
    return asked(Kind.TRUEFALSE, (chosen,), number=number, correct_answer=True)


# Three right answers of four, each worth a third.
THIRDS = choices("0.3333333", "0.3333333", "0.3333333", "-1")


def test_the_score_is_the_mean_of_the_questions_fractions():
    assert score([single("0"), statement("false")]) == Decimal("50.00")


def test_partial_credit_counts_towards_the_total():
    half = asked(Kind.MULTICHOICE_MULTI, ("0",), number=3, answers=choices("0.5", "0.5", "-1"))

    assert score([single("0"), half]) == Decimal("75.00")


def test_the_score_is_rounded_to_two_decimals():
    third = asked(Kind.MULTICHOICE_MULTI, ("0",), answers=THIRDS)
    two_thirds = asked(Kind.MULTICHOICE_MULTI, ("0", "1"), answers=THIRDS)

    assert score([third]) == Decimal("33.33")
    assert score([two_thirds]) == Decimal("66.67")  # rounded half up, not cut short


def test_descriptions_do_not_count_towards_the_score():
    description = asked(Kind.DESCRIPTION, number=2)

    assert score([single("0"), description]) == Decimal("100.00")


def test_an_attempt_with_an_ungraded_essay_has_no_score_until_staff_grade_it():
    essay = asked(Kind.ESSAY, ("Moja odpowiedź.",), number=2)
    graded = AttemptQuestion(
        key=essay.key,
        number=2,
        question=essay.question,
        response=essay.response,
        manual_grade={"fraction": "0.5"},
    )

    assert score([single("0"), essay]) is None
    assert score([single("0"), graded]) == Decimal("75.00")


def test_a_refused_answer_is_named_and_the_answer_saved_before_is_kept():
    before = single("1")
    with translation.override("en"):
        checked = check_answers([before], {"q-q1": ["7"]}, complete=True)

    assert checked.errors == {"q1": "Choose one of the answers shown."}
    assert checked.responses == {"q1": ["1"]}


def test_every_unanswered_question_is_named_when_submitting_but_not_when_saving():
    questions = [single("0"), statement("true")]

    submitted = check_answers(questions, {}, complete=True)
    saved = check_answers(questions, {}, complete=False)

    assert set(submitted.errors) == {"q1", "q2"}
    assert saved.errors == {}
    assert saved.responses == {"q1": [], "q2": []}


@pytest.mark.django_db
def test_the_result_page_shows_partial_credit_in_the_total(client, home):
    quiz = quiz_of(make_course(home))
    client.force_login(make_advisor())
    attempt = start(client, quiz)
    first, several, statement_, last = (item["question"] for item in attempt.layout)

    response = submit(
        client,
        quiz,
        attempt,
        {f"q-{first}": "0", f"q-{several}": ["0"], f"q-{statement_}": "true", f"q-{last}": "0"},
    )
    attempt.refresh_from_db()

    # The standard quiz, all right but the multiple choice: "Papier" without "Szkło".
    assert attempt.score == Decimal("87.50") and attempt.passed is True
    assert "Zaliczony: 87,50%" in client.get(response["Location"]).content.decode()

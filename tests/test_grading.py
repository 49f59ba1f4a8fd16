"""Server-side grading of every question type, and refusal of forms it cannot grade."""

from decimal import Decimal

import pytest
from django.utils import translation

from elearning.grading import (
    Choice,
    Question,
    SubmissionError,
    parse_submission,
    percentage,
    question_score,
)


def choice_question(kind: str, correct: list[bool]) -> Question:
    return Question(
        id="q",
        kind=kind,
        text="?",
        choices=tuple(Choice(f"a{i}", f"A{i}", ok) for i, ok in enumerate(correct)),
    )


SINGLE = choice_question("single_choice", [True, False, False])
MULTI = choice_question("multiple_choice", [True, True, False, False])
TRUE_FALSE = Question(
    id="t",
    kind="true_false",
    text="!",
    choices=(Choice("true", "True", True), Choice("false", "False", False)),
)


@pytest.mark.parametrize(
    ("question", "selected", "points"),
    [
        (SINGLE, {"a0"}, "1"),
        (SINGLE, {"a1"}, "0"),
        (TRUE_FALSE, {"true"}, "1"),
        (TRUE_FALSE, {"false"}, "0"),
        (MULTI, {"a0", "a1"}, "1"),
        (MULTI, {"a0"}, "0.5"),
        (MULTI, {"a0", "a2"}, "0"),
        (MULTI, {"a0", "a1", "a2"}, "0.5"),
        (MULTI, {"a2", "a3"}, "0"),
        (MULTI, {"a0", "a1", "a2", "a3"}, "0"),
    ],
)
def test_each_question_type_scores_by_the_documented_rule(question, selected, points):
    assert question_score(question, selected) == Decimal(points)


def test_attempt_percentage_averages_question_scores():
    responses = {"q": ["a0"], "t": ["false"]}

    assert percentage([SINGLE, TRUE_FALSE], responses) == Decimal("50.00")


def test_percentage_rounds_partial_credit_to_two_decimals():
    three = choice_question("multiple_choice", [True, True, True, False])
    three = Question("m", three.kind, three.text, three.choices)

    assert percentage([three], {"m": ["a0"]}) == Decimal("33.33")


LAYOUT = [
    {"question": "q1", "answers": ["a", "b"], "several": False},
    {"question": "q2", "answers": ["c", "d", "e"], "several": True},
]


def test_a_complete_form_is_parsed_into_answers():
    assert parse_submission(LAYOUT, {"q-q1": ["b"], "q-q2": ["c", "e"]}) == {
        "q1": ["b"],
        "q2": ["c", "e"],
    }


def test_every_unanswered_question_is_named_at_once():
    with translation.override("en"), pytest.raises(SubmissionError) as refused:
        parse_submission(LAYOUT, {})

    assert str(refused.value) == "Please answer the 2 questions marked below."
    assert refused.value.unanswered == ("q1", "q2")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"q-q2": ["c"]}, "answer the question marked below"),
        ({"q-q1": ["zzz"], "q-q2": ["c"]}, "not one of its options"),
        ({"q-q1": ["a", "b"], "q-q2": ["c"]}, "single answer"),
        ({"q-q1": ["a"], "q-q2": ["c", "c"]}, "not one of its options"),
        ({"q-q1": ["a"], "q-q2": ["c"], "q-q9": ["x"]}, "not in this attempt"),
        ({"q-q1": ["c"], "q-q2": ["c"]}, "not one of its options"),
    ],
)
def test_forms_that_cannot_be_graded_are_refused_with_a_message(data, message):
    with translation.override("en"), pytest.raises(SubmissionError, match=message):
        parse_submission(LAYOUT, data)

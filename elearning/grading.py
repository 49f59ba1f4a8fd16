"""Questions as the grader sees them, parsing of submitted answers, and scoring.

Grading happens only here, on the server. The browser sees question and answer texts and
opaque answer ids, never which answers are correct, until a review is allowed.

Partial credit for multiple choice: with k correct answers, each correct answer chosen earns
1/k of the question and each wrong answer chosen takes 1/k away, never below zero. Single
choice and true/false questions score 1 or 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

SINGLE = "single_choice"
MULTIPLE = "multiple_choice"
TRUE_FALSE = "true_false"
TRUE_ID, FALSE_ID = "true", "false"


class SubmissionError(ValueError):
    """A submitted form that cannot be graded; the message is shown to the learner.

    ``unanswered`` lists the question ids left without an answer, in the order shown, so
    the form can name and link every one of them at once.
    """

    def __init__(self, message: str, unanswered: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.unanswered = unanswered


@dataclass(frozen=True)
class Choice:
    id: str
    text: str
    correct: bool
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    text: str
    choices: tuple[Choice, ...]
    general_feedback: str = ""

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(choice.id for choice in self.choices if choice.correct)

    @property
    def allows_several(self) -> bool:
        return self.kind == MULTIPLE

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


def questions_from_stream(stream) -> list[Question]:
    """The quiz's questions, in the language of the page the stream belongs to.

    Which answers are marked correct counts only in the source-language quiz's stream; a
    translation's stream supplies wording alone (see ``worded_as`` and ``elearning.answer_key``).
    """
    questions = []
    for block in stream:
        value = block.value
        if block.block_type == TRUE_FALSE:
            choices = (
                Choice(
                    TRUE_ID,
                    str(gettext_lazy("True")),
                    bool(value["correct"]),
                    value["feedback_true"],
                ),
                Choice(
                    FALSE_ID,
                    str(gettext_lazy("False")),
                    not value["correct"],
                    value["feedback_false"],
                ),
            )
        else:
            choices = tuple(
                Choice(
                    child.id,
                    child.value["text"],
                    bool(child.value["correct"]),
                    child.value["feedback"],
                )
                for child in value["answers"].bound_blocks
            )
        questions.append(
            Question(block.id, block.block_type, value["text"], choices, value["general_feedback"])
        )
    return questions


def worded_as(key: list[Question], wording: list[Question]) -> tuple[list[Question], bool]:
    """The answer key's questions, worded as in ``wording`` (the quiz in another language).

    Only texts and feedback come from ``wording``: the questions, their kinds and order, the
    answer ids and which answers are right all come from ``key``, so a translation can never
    change a grade. A question or answer that ``wording`` lacks (a translation not synced since
    the key changed) keeps the key's text. Returns the questions and whether any text had to
    fall back to the key's language.
    """
    translated = {question.id: question for question in wording}
    worded, fell_back = [], False
    for question in key:
        local = translated.get(question.id)
        if local is None:
            worded.append(question)
            fell_back = True
            continue
        choices = []
        for choice in question.choices:
            local_choice = local.choice(choice.id)
            if local_choice is None:
                choices.append(choice)
                fell_back = True
            else:
                choices.append(
                    replace(choice, text=local_choice.text, feedback=local_choice.feedback)
                )
        worded.append(
            replace(
                question,
                text=local.text,
                general_feedback=local.general_feedback,
                choices=tuple(choices),
            )
        )
    return worded, fell_back


def parse_submission(layout: list[dict], data: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Validate posted answers against the attempt's layout; returns {question: [answers]}.

    ``data`` maps field names to lists of values (``QueryDict.lists()``). Anything the form
    could not have produced is refused, so a tampered or stale form never gets graded.
    """
    expected = {f"q-{item['question']}": item for item in layout}
    unknown = [name for name in data if name.startswith("q-") and name not in expected]
    if unknown:
        raise SubmissionError(
            _("The form contains answers to questions that are not in this attempt.")
        )
    unanswered = [item["question"] for name, item in expected.items() if not data.get(name)]
    if unanswered:
        raise SubmissionError(
            ngettext(
                "Please answer the question marked below.",
                "Please answer the %(count)s questions marked below.",
                len(unanswered),
            )
            % {"count": len(unanswered)},
            unanswered=tuple(unanswered),
        )
    responses: dict[str, list[str]] = {}
    for number, (name, item) in enumerate(expected.items(), start=1):
        values = list(data.get(name, []))
        if len(set(values)) != len(values) or any(v not in item["answers"] for v in values):
            raise SubmissionError(
                _("The answer to question %(number)s is not one of its options.")
                % {"number": number}
            )
        if len(values) > 1 and not item.get("several", False):
            raise SubmissionError(
                _("Question %(number)s takes a single answer.") % {"number": number}
            )
        responses[item["question"]] = values
    return responses


def question_score(question: Question, selected: set[str]) -> Decimal:
    correct = question.correct_ids
    if question.allows_several:
        right = len(selected & correct)
        wrong = len(selected - correct)
        return max(Decimal(0), Decimal(right - wrong) / Decimal(len(correct)))
    return Decimal(1) if selected == set(correct) else Decimal(0)


def percentage(questions: list[Question], responses: dict[str, list[str]]) -> Decimal:
    """The attempt's score in percent, rounded to two decimals."""
    if not questions:
        return Decimal(0)
    total = sum((question_score(q, set(responses.get(q.id, []))) for q in questions), Decimal(0))
    return (total * 100 / len(questions)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

"""A bank question as a learner is shown it: its options in a given order, with an answer.

The quiz (``elearning.attempt_questions``) and the bank's own preview both show questions
through ``ShownQuestion`` and the templates in ``templates/questionbank/learner/``, one per
kind, so the preview is the learner's page.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from questionbank.formats import Kind, ParsedQuestion
from questionbank.grading import ResponseError, grade, matching_answer, matching_options
from questionbank.rendering import as_text


def natural_order(question: ParsedQuestion) -> tuple[str, ...]:
    """The positions of the options a learner chooses from, as stored (before any shuffle)."""
    if question.kind.is_multichoice:
        return tuple(str(i) for i in range(len(question.answers)))
    if question.kind is Kind.MATCHING:
        return tuple(str(i) for i in range(len(matching_options(question))))
    return ()


@dataclass(frozen=True, kw_only=True)
class ShownQuestion:
    key: str  # names the question's form fields
    question: ParsedQuestion
    order: tuple[str, ...] = ()
    response: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return self.question.kind.value

    @property
    def field_name(self) -> str:
        return f"q-{self.key}"

    @property
    def counts(self) -> bool:
        return self.question.kind is not Kind.DESCRIPTION

    @property
    def choices(self) -> list[tuple[str, object]]:
        """Multiple choice: (value, answer) in the order shown."""
        return [(i, self.question.answers[int(i)]) for i in self.order]

    @property
    def options(self) -> list[tuple[str, str]]:
        """Matching: (value, answer text) of every option, in the order shown."""
        texts = matching_options(self.question)
        return [(i, texts[int(i)]) for i in self.order]

    @property
    def stems(self) -> list[tuple[int, object, str]]:
        """Matching: (position, pair, chosen value) for each stem, in stored order."""
        pairs = [p for p in self.question.pairs if not p.is_distractor]
        return [
            (i, pair, self.response[i] if i < len(self.response) else "")
            for i, pair in enumerate(pairs)
        ]

    @property
    def matched_answer(self):
        """Short answer, numerical: the stored answer the response matched (its feedback)."""
        try:
            return matching_answer(self.question, self.response)
        except ResponseError:
            return None

    @property
    def best_answer(self) -> str:
        """Short answer, numerical: an answer worth full marks, as the review shows it."""
        if self.question.kind is Kind.SHORTANSWER:
            best = max(self.question.answers, key=lambda a: a.fraction, default=None)
            return best.text if best else ""
        if self.question.kind is Kind.NUMERICAL:
            best = max(self.question.numeric_answers, key=lambda a: a.fraction, default=None)
            if best is None or best.value is None:
                return ""
            if best.tolerance:
                return f"{best.value.normalize():f} ± {best.tolerance.normalize():f}"
            return f"{best.value.normalize():f}"
        return ""

    @property
    def response_words(self) -> list[str]:
        """The answer in words, as the learner saw it (for their personal-data download)."""
        kind = self.question.kind
        if kind.is_multichoice:
            return [as_text(self.question.answers[int(i)].text, "moodle") for i in self.response]
        if kind is Kind.MATCHING:
            options = matching_options(self.question)
            return [
                f"{as_text(pair.question_text, 'moodle')} → {options[int(chosen)]}"
                for _position, pair, chosen in self.stems
                if chosen
            ]
        return list(self.response)

    @property
    def fraction(self) -> Decimal | None:
        """What the answer earns (None for essays, which a person grades, and descriptions)."""
        return grade(self.question, self.response)

"""Checking and grading a learner's response to one bank question, the way Moodle grades it.

A response is the tuple of strings the quiz form posts for the question:

- single choice: ``()`` or one answer index (``("2",)``); multiple choice: distinct indices;
  indices refer to ``question.answers``;
- true/false: ``("true",)`` or ``("false",)`` (``()`` when nothing is chosen);
- short answer, numerical, essay: ``(text,)``; numbers as typed (``"3,5"``, ``"1 000"``);
- matching: one string per stem (pairs with a question text, in stored order), the index of
  the chosen option in ``matching_options(question)`` or ``""``;
- description: ``()``.

Grades are fractions in [0, 1]; essays (a person grades them) and descriptions get None.

- single choice: the chosen answer's fraction; multiple choice: the chosen answers' fractions
  added up, so a negative weight takes marks away, never below 0 nor above 1;
- true/false: 1 for the right one, else 0;
- short answer: the first answer in stored order that matches; ``*`` stands for any run of
  characters (``\\*`` for a literal asterisk), everything else is literal; surrounding
  whitespace is ignored and inner runs count as one space; case is ignored (Unicode
  casefolding) unless the question is case sensitive;
- numerical: the first answer in stored order with ``|x - value| <= tolerance``, or whose
  value is Moodle's ``*`` (any number);
- matching: the share of stems matched to their own answer text (Moodle merges equal texts
  into one option, so either of two stems with the same answer text may take it);
- an empty response earns 0.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from django.utils.translation import gettext as _

from questionbank.formats import Answer, Kind, NumericAnswer, ParsedQuestion

TRUE, FALSE = "true", "false"

# Spaces people type between groups of thousands: plain, no-break, thin, narrow no-break.
_GROUP_SPACES = " \u00a0\u2009\u202f"
_NUMBER_RE = re.compile(
    rf"""
    (?P<sign>[+\-\u2212])?
    (?:
        (?P<int>[0-9]{{1,3}}(?:[{_GROUP_SPACES}][0-9]{{3}})+|[0-9]+)(?:[.,](?P<frac>[0-9]*))?
        |[.,](?P<only_frac>[0-9]+)
    )
    """,
    re.VERBOSE,
)
# A run of asterisks is one wildcard, unless escaped with a backslash (Moodle's rule).
_WILDCARD_RE = re.compile(r"(?<!\\)\*+")
_WHITESPACE_RE = re.compile(r"\s+")

_ZERO, _ONE = Decimal(0), Decimal(1)


class ResponseError(ValueError):
    """A response that cannot be accepted; the message is a sentence for the learner."""


def matching_options(question: ParsedQuestion) -> tuple[str, ...]:
    """The options a matching question offers: its distinct answer texts, first seen first."""
    return tuple(dict.fromkeys(p.answer_text for p in question.pairs if p.answer_text))


def _stems(question: ParsedQuestion) -> tuple[str, ...]:
    return tuple(p.answer_text for p in question.pairs if not p.is_distractor)


def parse_number(text: str) -> Decimal | None:
    """The number ``text`` stands for, as people write it in pl/en/es; None if it is not one."""
    match = _NUMBER_RE.fullmatch(text.strip())
    if match is None:
        return None
    whole = match["int"] or "0"
    for space in _GROUP_SPACES:
        whole = whole.replace(space, "")
    fraction = match["frac"] or match["only_frac"] or "0"
    value = Decimal(f"{whole}.{fraction}")
    return -value if match["sign"] in ("-", "\u2212") else value


def _unreadable() -> ResponseError:
    # Only a tampered or outdated form gets here; reloading shows the question as it is now.
    return ResponseError(_("This answer could not be read. Reload the page and try again."))


def _unanswered() -> ResponseError:
    return ResponseError(_("Please answer this question."))


def _indices(values: Sequence[str], count: int) -> list[int]:
    indices = []
    for value in values:
        if not value.isascii() or not value.isdigit() or str(int(value)) != value:
            raise ResponseError(_("Choose one of the answers shown."))
        index = int(value)
        if index >= count:
            raise ResponseError(_("Choose one of the answers shown."))
        indices.append(index)
    return indices


def _single_text(values: Sequence[str]) -> str:
    if len(values) > 1:
        raise _unreadable()
    return values[0].strip() if values else ""


def clean_response(
    question: ParsedQuestion, values: Sequence[str], *, complete: bool
) -> tuple[str, ...]:
    """``values`` checked and normalised, or ResponseError saying what to change.

    ``complete`` is True when the learner submits the answer for grading, so it must not be
    empty; False keeps empty and partial answers (autosave, "save for later").
    """
    kind = question.kind
    values = tuple(values)
    if kind.is_multichoice:
        chosen = _indices([v for v in values if v != ""], len(question.answers))
        if len(set(chosen)) != len(chosen):
            raise ResponseError(_("Each answer can be chosen only once."))
        if kind is Kind.MULTICHOICE_SINGLE and len(chosen) > 1:
            raise ResponseError(_("Choose only one answer."))
        if complete and not chosen:
            raise _unanswered()
        return tuple(str(i) for i in sorted(chosen))
    if kind is Kind.TRUEFALSE:
        chosen_values = tuple(v for v in values if v != "")
        if len(chosen_values) > 1:
            raise ResponseError(_("Choose only one answer."))
        if chosen_values and chosen_values[0] not in (TRUE, FALSE):
            raise ResponseError(_("Choose one of the answers shown."))
        if complete and not chosen_values:
            raise _unanswered()
        return chosen_values
    if kind in (Kind.SHORTANSWER, Kind.ESSAY, Kind.NUMERICAL):
        text = _single_text(values)
        if kind is Kind.NUMERICAL and text and parse_number(text) is None:
            raise ResponseError(_("Enter a number, for example 12.5."))
        if complete and not text:
            raise _unanswered()
        return (text,)
    if kind is Kind.MATCHING:
        if len(values) != len(_stems(question)):
            raise _unreadable()
        _indices([v for v in values if v != ""], len(matching_options(question)))
        if complete and all(v == "" for v in values):
            raise _unanswered()
        if complete and "" in values:
            raise ResponseError(_("Choose an answer for every item."))
        return values
    if values:
        raise _unreadable()
    return ()


def _normalise_text(text: str) -> str:
    return _WHITESPACE_RE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _text_matches(response: str, pattern: str, *, case_sensitive: bool) -> bool:
    response, pattern = _normalise_text(response), _normalise_text(pattern)
    if not case_sensitive:
        response, pattern = response.casefold(), pattern.casefold()
    parts = [part.replace("\\*", "*") for part in _WILDCARD_RE.split(pattern)]
    if len(parts) == 1:
        return response == parts[0]
    # Leftmost literal matching instead of a regex: linear in the response, where ".*a.*b.*c"
    # against a long response would backtrack for a long time.
    first, *middle, last = parts
    if len(response) < len(first) + len(last):
        return False
    if not (response.startswith(first) and response.endswith(last)):
        return False
    position, end = len(first), len(response) - len(last)
    for part in middle:
        found = response.find(part, position, end)
        if found < 0:
            return False
        position = found + len(part)
    return True


def _numeric_matches(number: Decimal, answer: NumericAnswer) -> bool:
    if answer.value is None:
        return True
    tolerance = abs(answer.tolerance)
    return answer.value - tolerance <= number <= answer.value + tolerance


def matching_answer(
    question: ParsedQuestion, response: Sequence[str]
) -> Answer | NumericAnswer | None:
    """The stored answer a single-choice, short-answer or numerical response matched.

    The review shows that answer's feedback; other kinds, and empty responses, give None.
    """
    response = clean_response(question, response, complete=False)
    if question.kind is Kind.MULTICHOICE_SINGLE:
        return question.answers[int(response[0])] if response else None
    if question.kind is Kind.SHORTANSWER and response[0]:
        return next(
            (
                answer
                for answer in question.answers
                if _text_matches(response[0], answer.text, case_sensitive=question.case_sensitive)
            ),
            None,
        )
    if question.kind is Kind.NUMERICAL and response[0]:
        number = parse_number(response[0])
        if number is None:  # unreachable: clean_response refused it
            return None
        return next((a for a in question.numeric_answers if _numeric_matches(number, a)), None)
    return None


def _clamp(fraction: Decimal) -> Decimal:
    return min(max(fraction, _ZERO), _ONE)


def grade(question: ParsedQuestion, response: Sequence[str]) -> Decimal | None:
    """The fraction of the question's marks ``response`` earns, in [0, 1].

    None for an essay (a person grades it) and a description (nothing to grade). A response
    ``clean_response`` would refuse raises ResponseError.
    """
    kind = question.kind
    if kind in (Kind.ESSAY, Kind.DESCRIPTION):
        return None
    response = clean_response(question, response, complete=False)
    if kind is Kind.MULTICHOICE_MULTI:
        chosen = (question.answers[int(i)].fraction for i in response)
        return _clamp(sum(chosen, _ZERO))
    if kind is Kind.TRUEFALSE:
        if not response or question.correct_answer is None:
            return _ZERO
        return _ONE if (response[0] == TRUE) == question.correct_answer else _ZERO
    if kind is Kind.MATCHING:
        stems = _stems(question)
        if not stems:
            return _ZERO
        options = matching_options(question)
        right = sum(
            1
            for value, answer_text in zip(response, stems, strict=True)
            if value != "" and options[int(value)] == answer_text
        )
        return Decimal(right) / Decimal(len(stems))
    answer = matching_answer(question, response)
    return _ZERO if answer is None else _clamp(answer.fraction)

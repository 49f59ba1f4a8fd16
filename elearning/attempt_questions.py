"""The questions of an attempt: drawn from the question bank when it starts, then frozen.

- **Which questions**: only the Polish quiz's slots and settings count (``source_quiz``), in
  every language the quiz is taken in. A slot is a fixed question or "N random questions from
  a category" (``elearning.blocks``); only questions marked ready are drawn, never one twice.
- **Frozen**: each drawn question is stored in the attempt's layout with the
  ``QuestionVersion`` of its text in the attempt's language (Polish where it has no
  translation). The version carries the answer key, which is always the Polish question's
  (``questionbank.models``), so an attempt grades and reviews against what it showed, whatever
  is edited later, and a translation can never grade differently from its source.
- **Other languages**: an attempt opened from the quiz in another language shows the same
  questions, worded in that language when its translation has the same answer key, otherwise
  as frozen.
- **Score**: the mean of the questions' fractions (descriptions do not count), in percent.
  An essay has no fraction until staff grade it; until then the attempt has no score.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _
from wagtail.models import Locale

from elearning.models import Attempt, QuizPage
from questionbank.convert import key_from_json, parsed_from_fields
from questionbank.formats import Kind, ParsedQuestion
from questionbank.grading import (
    ResponseError,
    clean_response,
)
from questionbank.models import Question, QuestionStatus, QuestionVersion
from questionbank.presentation import ShownQuestion, natural_order
from questionbank.services import ready_questions, record_use

# The longest essay kept; a longer one is refused with a message, never cut short silently.
MAX_TEXT_ANSWER = 20_000

_random = random.SystemRandom()


class QuizUnavailable(Exception):
    """The source-language quiz is not live, or has no question to ask."""


def source_quiz(quiz: QuizPage) -> QuizPage | None:
    """The live quiz whose questions and rules apply to ``quiz`` in every language, if any.

    That is the quiz's page in the default language. A quiz written directly in another
    language, with no Polish page at all, is its own source. When the Polish page exists but
    is not live (withdrawn for corrections), no language can be taken or graded.
    """
    default = Locale.get_default()
    if quiz.locale_id == default.pk:
        source = quiz
    else:
        source = (
            QuizPage.objects.filter(translation_key=quiz.translation_key, locale=default).first()
            or quiz
        )
    return source if source.live else None


# --- drawing --------------------------------------------------------------------------------


def _in_source_language(obj):
    default = Locale.get_default()
    if obj.locale_id == default.pk:
        return obj
    return obj.get_translation_or_none(default) or obj


def drawn_questions(source: QuizPage, rng: random.Random | None = None) -> list[Question]:
    """The Polish questions a new attempt of ``source`` asks, slot by slot."""
    rng = rng or _random
    chosen: list[Question] = []
    for slot in source.slots:
        if slot.block_type == "question":
            question = slot.value["question"]
            if question is None:
                continue
            question = _in_source_language(question)
            if question.status == QuestionStatus.READY and question not in chosen:
                chosen.append(question)
            continue
        category = slot.value["category"]
        if category is None:
            continue
        pool = list(
            ready_questions(category, slot.value["include_subcategories"]).exclude(
                pk__in=[q.pk for q in chosen]
            )
        )
        chosen.extend(rng.sample(pool, min(slot.value["count"], len(pool))))
    return chosen


def question_count(source: QuizPage) -> int:
    """How many questions an attempt asks: a category with too few ready gives what it has."""
    return len(drawn_questions(source))


def new_layout(quiz: QuizPage, rng: random.Random | None = None) -> list[dict]:
    """The questions (frozen as versions) and answer order of a new attempt of ``quiz``.

    The questions are worded in ``quiz``'s language; the source quiz decides which ones.
    """
    source = source_quiz(quiz)
    if source is None:
        raise QuizUnavailable(quiz.translation_key)
    rng = rng or _random
    questions = drawn_questions(source, rng)
    if not questions:
        raise QuizUnavailable(quiz.translation_key)
    if source.shuffle_questions:
        rng.shuffle(questions)
    translations = {
        q.translation_key: q
        for q in Question.objects.filter(
            translation_key__in=[q.translation_key for q in questions], locale=quiz.locale
        )
    }
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    layout = []
    for question in questions:
        shown = translations.get(question.translation_key, question)
        if shown is not question and _parsed(shown).answer_key() != _parsed(question).answer_key():
            # A translation behind its source (an answer added in Polish since): the learner
            # would not see every answer the key grades, so the Polish question is asked.
            shown = question
        version = record_use(shown)
        layout.append(
            {
                "question": str(question.translation_key),
                "version": version.pk,
                "kind": question.kind,
                "order": _order(question, source.shuffle_answers, rng),
                # The language of the texts frozen: Polish where the question is untranslated.
                "language": languages[shown.locale_id],
            }
        )
    return layout


def _order(question: Question, shuffle: bool, rng: random.Random) -> list[str]:
    order = list(natural_order(_parsed(question)))
    if shuffle:
        rng.shuffle(order)
    return order


def _parsed(question: Question) -> ParsedQuestion:
    return parsed_from_fields(
        name=question.name,
        text=question.text,
        text_format=question.text_format,
        general_feedback=question.general_feedback,
        content=question.content,
        key=key_from_json(question.kind, question.key),
    )


def _from_snapshot(snapshot: dict) -> ParsedQuestion:
    return parsed_from_fields(
        name=snapshot["name"],
        text=snapshot["text"],
        text_format=snapshot["text_format"],
        general_feedback=snapshot["general_feedback"],
        content=snapshot["content"],
        key=key_from_json(snapshot["kind"], snapshot["key"]),
    )


# --- the questions as shown and graded ------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AttemptQuestion(ShownQuestion):
    """One question of an attempt, worded for the page it is shown on."""

    number: int = 0
    manual_grade: dict = field(default_factory=dict)
    language: str = ""  # of the texts shown

    @property
    def is_graded_by_staff(self) -> bool:
        return self.question.kind is Kind.ESSAY

    @property
    def fraction(self) -> Decimal | None:
        """What the answer earned; None while an essay waits for staff (or for descriptions)."""
        if self.is_graded_by_staff:
            graded = self.manual_grade.get("fraction")
            return None if graded is None else Decimal(graded)
        return super().fraction


def attempt_questions(attempt: Attempt, locale: Locale | None = None) -> list[AttemptQuestion]:
    """The attempt's questions with its saved answers, worded in ``locale`` where possible."""
    return questions_of_attempts([attempt], locale)[attempt.pk]


def questions_of_attempts(
    attempts: list[Attempt], locale: Locale | None = None
) -> dict[object, list[AttemptQuestion]]:
    """``attempt_questions`` of many attempts (keyed by attempt id) in two queries."""
    items = [item for attempt in attempts for item in attempt.layout if "version" in item]
    versions = QuestionVersion.objects.in_bulk({item["version"] for item in items})
    wording: dict[str, tuple[ParsedQuestion, str]] = {}
    if locale is not None and any(a.language != locale.language_code for a in attempts):
        # The viewer's language where translated, else the source language, Polish.
        default = Locale.get_default()
        for question in Question.objects.filter(
            translation_key__in={item["question"] for item in items},
            locale__in={locale.pk, default.pk},
        ):
            key = str(question.translation_key)
            if key not in wording or question.locale_id == locale.pk:
                language = locale if question.locale_id == locale.pk else default
                wording[key] = (_parsed(question), language.language_code)
    return {
        attempt.pk: _shown(attempt, versions, {} if _same(attempt, locale) else wording)
        for attempt in attempts
    }


def _same(attempt: Attempt, locale: Locale | None) -> bool:
    return locale is None or attempt.language == locale.language_code


def _shown(
    attempt: Attempt,
    versions: dict[int, QuestionVersion],
    wording: dict[str, tuple[ParsedQuestion, str]],
) -> list[AttemptQuestion]:
    responses = attempt.responses or {}
    grades = attempt.manual_grades or {}
    shown = []
    # Attempts taken before quizzes drew on the bank have no versions: nothing to show.
    layout = [item for item in attempt.layout if "version" in item]
    for number, item in enumerate(layout, start=1):
        frozen = _from_snapshot(versions[item["version"]].snapshot)
        language = item.get("language", attempt.language)
        translated, translated_language = wording.get(item["question"], (None, ""))
        # Equal keys: only the texts differ, so the grade cannot.
        if translated is not None and translated.answer_key() == frozen.answer_key():
            frozen, language = translated, translated_language
        shown.append(
            AttemptQuestion(
                key=item["question"],
                number=number,
                question=frozen,
                order=tuple(item["order"]),
                response=tuple(responses.get(item["question"], ())),
                manual_grade=grades.get(item["question"], {}),
                language=language,
            )
        )
    return shown


def posted_values(question: AttemptQuestion, data: Mapping[str, list[str]]) -> list[str]:
    """What the form posted for ``question`` (``data`` as ``QueryDict.lists()``)."""
    if question.question.kind is Kind.MATCHING:
        return [
            (data.get(f"{question.field_name}-{position}") or [""])[0]
            for position, _pair, _chosen in question.stems
        ]
    return list(data.get(question.field_name, []))


def form_fields(questions: list[AttemptQuestion]) -> set[str]:
    """The names of the fields the attempt's form has."""
    names = set()
    for question in questions:
        if question.question.kind is Kind.MATCHING:
            names.update(f"{question.field_name}-{position}" for position, *_ in question.stems)
        else:
            names.add(question.field_name)
    return names


@dataclass
class CheckedAnswers:
    """Posted answers, each cleaned; ``errors`` maps question keys to what is wrong."""

    responses: dict[str, list[str]]
    errors: dict[str, str]


def check_answers(
    questions: list[AttemptQuestion], data: Mapping[str, list[str]], *, complete: bool
) -> CheckedAnswers:
    """Clean every question's posted answer; a refused one keeps the answer saved before.

    ``complete`` (submitting) also refuses questions left unanswered.
    """
    responses: dict[str, list[str]] = {}
    errors: dict[str, str] = {}
    for question in questions:
        if not question.counts:
            continue
        values = posted_values(question, data)
        try:
            if any(len(value) > MAX_TEXT_ANSWER for value in values):
                raise ResponseError(
                    _("The answer is too long: at most %(count)s characters.")
                    % {"count": MAX_TEXT_ANSWER}
                )
            responses[question.key] = list(
                clean_response(question.question, values, complete=complete)
            )
        except ResponseError as error:
            errors[question.key] = str(error)
            responses[question.key] = list(question.response)
    return CheckedAnswers(responses, errors)


def score(questions: list[AttemptQuestion]) -> Decimal | None:
    """The attempt's score in percent (two decimals), or None while an essay waits."""
    counted = [q for q in questions if q.counts]
    if not counted:
        return Decimal(0)
    fractions = [q.fraction for q in counted]
    if any(f is None for f in fractions):
        return None
    total = sum(fractions, Decimal(0))
    return (total * 100 / len(counted)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def with_responses(
    questions: list[AttemptQuestion], responses: Mapping[str, list[str]]
) -> list[AttemptQuestion]:
    """The same questions carrying ``responses`` (e.g. a refused form, shown as it was left)."""
    return [
        AttemptQuestion(
            key=q.key,
            number=q.number,
            question=q.question,
            order=q.order,
            response=tuple(responses.get(q.key, q.response)),
            manual_grade=q.manual_grade,
            language=q.language,
        )
        for q in questions
    ]

"""The answer key: one per quiz, the same in every language the quiz is taken in.

The rule, in one place (``source_quiz``): which answers are right, and the rules that turn
answers into a grade (pass mark, attempts allowed, grading method, when the review is shown,
shuffling), are read only from the live quiz in the source language, Polish (the default
locale), with the same translation key. A translation supplies wording and feedback, nothing
else. wagtail-localize copies the "correct" checkboxes and the quiz settings from the source
only when a translation is synced, so an unsynced or hand-edited translation would otherwise
grade the same answers differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Locale

from elearning.grading import Question, questions_from_stream, worded_as
from elearning.models import QuizPage


class QuizUnavailable(Exception):
    """The source-language quiz is not live, so nothing can be graded against it."""


def source_quiz(quiz: QuizPage) -> QuizPage | None:
    """The live quiz whose answers and rules grade ``quiz`` in every language, if any.

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


@dataclass(frozen=True)
class AnswerKey:
    """A quiz as graded: the source's questions and rules, worded in the visitor's language."""

    source: QuizPage
    questions: dict[str, Question]  # by id, in the source's order
    untranslated: bool  # some question or answer is shown in the source language


def answer_key(quiz: QuizPage) -> AnswerKey:
    """The answer key of ``quiz``, worded as ``quiz`` (the page in the visitor's language)."""
    source = source_quiz(quiz)
    if source is None:
        raise QuizUnavailable(quiz.translation_key)
    questions = questions_from_stream(source.questions)
    untranslated = False
    if source.pk != quiz.pk:
        questions, untranslated = worded_as(questions, questions_from_stream(quiz.questions))
    return AnswerKey(source, {q.id: q for q in questions}, untranslated)

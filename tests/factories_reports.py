"""Learners' histories with chosen dates and answers, for the staff reports' tests.

Enrolments and attempts stamp themselves with "now"; the reports count days between them,
so these helpers set the stamps afterwards, as the dates a learner really had.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from elearning.attempt_questions import attempt_questions, new_layout, score, with_responses
from elearning.models import Attempt, CoursePage, Enrolment, LessonCompletion, LessonPage
from tests.factories_elearning import quiz_of

START = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def day(number: float) -> datetime.datetime:
    """A moment ``number`` days after the data set's first day."""
    return START + datetime.timedelta(days=number)


def enrol_on(user, course: CoursePage, when: datetime.datetime) -> Enrolment:
    enrolment = Enrolment.objects.create(user=user, course_key=course.translation_key)
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=when)
    enrolment.refresh_from_db()
    return enrolment


def complete_lessons(user, course: CoursePage, count: int | None = None) -> None:
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    for lesson in lessons[:count]:
        LessonCompletion.objects.create(
            user=user, lesson_key=lesson.translation_key, course_key=course.translation_key
        )


def take_quiz(
    user,
    course: CoursePage,
    choices: list[str | list[str]],
    *,
    submitted_at: datetime.datetime | None = None,
    language: str = "pl",
) -> Attempt:
    """A submitted attempt answering the i-th question with ``choices[i]``: an answer's text,
    a list of them (multiple choice), or "true"/"false"; graded as the site grades."""
    quiz = quiz_of(course)
    attempt = Attempt(
        user=user,
        quiz_key=quiz.translation_key,
        course_key=course.translation_key,
        number=Attempt.objects.filter(user=user, quiz_key=quiz.translation_key).count() + 1,
        layout=new_layout(quiz),
        language=language,
    )
    questions = attempt_questions(attempt)
    responses = {}
    for question, chosen in zip(questions, choices, strict=True):
        texts = chosen if isinstance(chosen, list) else [chosen]
        if question.question.kind.is_multichoice:
            responses[question.key] = [
                value for value, answer in question.choices if answer.text in texts
            ]
        else:
            responses[question.key] = texts
    result = score(with_responses(questions, responses))
    attempt.responses = responses
    attempt.score = result
    attempt.passed = result >= quiz.pass_mark
    attempt.submitted_at = submitted_at or timezone.now()
    attempt.save()
    submitted_at = attempt.submitted_at
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=submitted_at - datetime.timedelta(minutes=20)
    )
    return attempt


# The standard quiz (tests.factories_elearning.STANDARD_QUESTIONS), answered four ways.
ALL_RIGHT = ["Zapobieganie", ["Papier", "Szkło"], "true", "Marszałek"]  # 100
HALF_RIGHT = ["Zapobieganie", ["Papier", "Szkło"], "false", "Wójt"]  # 50
ONE_WRONG = ["Zapobieganie", ["Papier", "Szkło"], "false", "Marszałek"]  # 75
MOSTLY_WRONG = ["Składowanie", ["Papier", "Gruz"], "true", "Wójt"]  # 25

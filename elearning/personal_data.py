"""An advisor's learning records, for the download of their personal data (accounts).

Courses, lessons and quizzes are named by their titles in the source language, and each
attempt's answers by the question's and the chosen answers' wording.
"""

from __future__ import annotations

import json

from wagtail.models import Locale, Page

from accounts.personal_data import Record
from elearning.attempt_questions import attempt_questions
from elearning.models import Attempt, Enrolment, LessonCompletion, QuizPage
from questionbank.rendering import as_text


def _titles(keys) -> dict:
    pages = Page.objects.filter(translation_key__in=set(keys), locale=Locale.get_default())
    return {page.translation_key: page.title for page in pages}


def enrolments(user) -> list[Record]:
    rows = list(Enrolment.objects.filter(user=user).order_by("enrolled_at"))
    titles = _titles(row.course_key for row in rows)
    return [
        {"course": titles.get(row.course_key, str(row.course_key)), "enrolled_at": row.enrolled_at}
        for row in rows
    ]


def completed_lessons(user) -> list[Record]:
    rows = list(LessonCompletion.objects.filter(user=user).order_by("completed_at"))
    titles = _titles(row.lesson_key for row in rows)
    return [
        {
            "lesson": titles.get(row.lesson_key, str(row.lesson_key)),
            "completed_at": row.completed_at,
        }
        for row in rows
    ]


def _answers(attempt: Attempt) -> str:
    """The attempt's answers as question → answer, worded as the attempt showed them."""
    if not all("version" in item for item in attempt.layout):
        # Taken before quizzes drew on the question bank: only the raw choices remain.
        return json.dumps(attempt.responses or {}, ensure_ascii=False)
    answers = {
        as_text(question.question.text, question.question.text_format): question.response_words
        for question in attempt_questions(attempt)
    }
    return json.dumps(answers, ensure_ascii=False)


def quiz_attempts(user) -> list[Record]:
    attempts = list(Attempt.objects.filter(user=user).order_by("started_at"))
    quizzes = {
        quiz.translation_key: quiz
        for quiz in QuizPage.objects.filter(
            translation_key__in={a.quiz_key for a in attempts}, locale=Locale.get_default()
        )
    }
    return [
        {
            "quiz": quizzes[a.quiz_key].title if a.quiz_key in quizzes else str(a.quiz_key),
            "attempt": a.number,
            "started_at": a.started_at,
            "submitted_at": a.submitted_at,
            "score_percent": float(a.score) if a.score is not None else None,
            "passed": a.passed,
            "answers": _answers(a),
        }
        for a in attempts
    ]

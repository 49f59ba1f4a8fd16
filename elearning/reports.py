"""What staff see: who is enrolled where, how far each advisor got, and quiz results."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page

from elearning.models import Attempt, CoursePage, Enrolment, LessonCompletion, LessonPage, QuizPage
from elearning.progress import CourseProgress, children_by_course, outcome


@dataclass
class ReportRow:
    user: object
    progress: CourseProgress


def course_report(course: CoursePage) -> list[ReportRow]:
    """One row per enrolled advisor, in a fixed number of queries."""
    key = course.translation_key
    enrolments = list(
        Enrolment.objects.filter(course_key=key)
        .select_related("user")
        .order_by("user__last_name", "user__username")
    )
    original = Page.objects.get(translation_key=key, locale=Locale.get_default())
    lessons = children_by_course(LessonPage, {key: original})
    quizzes = list(children_by_course(QuizPage, {key: original}))
    completions = defaultdict(set)
    for completion in LessonCompletion.objects.filter(course_key=key):
        completions[completion.user_id].add(completion.lesson_key)
    attempts = defaultdict(list)
    if quizzes:
        for attempt in Attempt.objects.filter(quiz_key=quizzes[0].translation_key).order_by(
            "number"
        ):
            attempts[attempt.user_id].append(attempt)
    rows = []
    for enrolment in enrolments:
        progress = CourseProgress(
            enrolled=True,
            lesson_count=len(lessons),
            completed_keys=completions[enrolment.user_id],
            has_quiz=bool(quizzes),
            last_lesson_key=enrolment.last_lesson_key,
            enrolment=enrolment,
        )
        if quizzes:
            progress.quiz = outcome(quizzes[0], attempts[enrolment.user_id])
        rows.append(ReportRow(user=enrolment.user, progress=progress))
    return rows


def advisors():
    return (
        get_user_model()
        .objects.filter(groups__name="Advisors", is_active=True)
        .order_by("last_name", "username")
    )

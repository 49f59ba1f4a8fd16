"""Every enrolment with its graded progress, for many learners at once, in a fixed number of
queries. The rules (what counts as passed, failed or in progress; which attempt is graded) are
elearning's own (``elearning.progress``): the reports only count what those rules say.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import QuerySet
from wagtail.models import Locale

from elearning.models import Attempt, CoursePage, Enrolment, LessonCompletion, QuizPage
from elearning.progress import CourseProgress, QuizRules, course_outlines, outcome

SECONDS_PER_DAY = Decimal(86400)


def default_courses() -> list[CoursePage]:
    """The courses as the reports count them: one page each, in the default language."""
    return list(CoursePage.objects.filter(locale=Locale.get_default()).order_by("path"))


@dataclass
class LearnerCourse:
    """One enrolment: who, which course, how far, and when the quiz was passed."""

    enrolment: Enrolment
    progress: CourseProgress
    passed_at: datetime | None = None

    @property
    def user(self):
        return self.enrolment.user

    @property
    def status(self) -> str:
        return self.progress.status

    @property
    def days_to_complete(self) -> Decimal | None:
        """Days from enrolment to the passing submission, for a passed course."""
        if self.status != CourseProgress.PASSED or self.passed_at is None:
            return None
        seconds = Decimal((self.passed_at - self.enrolment.enrolled_at).total_seconds())
        return (seconds / SECONDS_PER_DAY).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def passing_submission(rules: QuizRules, attempts: list[Attempt]) -> datetime | None:
    """When the learner passed the quiz: the submission that made the graded score a pass.

    Under "highest attempt" that is the first attempt at or above the pass mark (later ones
    cannot take the pass away); under "last attempt" it is the last submitted one, if it passed.
    """
    submitted = [a for a in attempts if a.is_submitted]
    if rules.grading_method == QuizPage.GradingMethod.LAST:
        last = submitted[-1] if submitted else None
        return last.submitted_at if last and last.score >= rules.pass_mark else None
    return next((a.submitted_at for a in submitted if a.score >= rules.pass_mark), None)


def learner_courses(
    enrolments: QuerySet[Enrolment], courses: list[CoursePage]
) -> list[LearnerCourse]:
    """The graded progress of each enrolment in ``courses``.

    Four queries (enrolments with their users, lesson completions, attempts) plus the course
    outlines, which each worker remembers (``elearning.progress.course_outlines``).
    """
    by_key = {course.translation_key: course for course in courses}
    if not by_key:
        return []
    enrolments = enrolments.filter(course_key__in=by_key).select_related("user")
    rows = list(enrolments.order_by("user__last_name", "user__first_name", "user__username"))
    if not rows:
        return []
    outlines = course_outlines(courses)
    learners = enrolments.values("user_id")
    completed = defaultdict(set)
    for user_id, course_key, lesson_key in LessonCompletion.objects.filter(
        course_key__in=by_key, user_id__in=learners
    ).values_list("user_id", "course_key", "lesson_key"):
        completed[(user_id, course_key)].add(lesson_key)
    attempts = defaultdict(list)
    for attempt in Attempt.objects.filter(course_key__in=by_key, user_id__in=learners).order_by(
        "number"
    ):
        attempts[(attempt.user_id, attempt.course_key)].append(attempt)

    result = []
    for enrolment in rows:
        outline = outlines[enrolment.course_key]
        key = (enrolment.user_id, enrolment.course_key)
        progress = CourseProgress(
            enrolled=True,
            lesson_count=outline.lesson_count,
            completed_keys=completed[key],
            has_quiz=outline.quiz is not None,
            last_lesson_key=enrolment.last_lesson_key,
            enrolment=enrolment,
        )
        passed_at = None
        if outline.quiz is not None:
            # Only the attempts at the course's quiz as the outline knows it.
            taken = [a for a in attempts[key] if a.quiz_key == outline.quiz.translation_key]
            progress.quiz = outcome(outline.quiz, taken)
            passed_at = passing_submission(outline.quiz, taken)
        result.append(LearnerCourse(enrolment=enrolment, progress=progress, passed_at=passed_at))
    return result

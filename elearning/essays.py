"""Essays graded by staff: which attempts wait, and grading one essay of an attempt.

An attempt with an essay is submitted without a score (``elearning.quiz.finish``); each essay
gets its points (0 to 1) and a comment from staff here. Once none is left ungraded the attempt
gets its score and ``passed`` like any other, and a pass issues the course's certificate.
A later grade replaces the earlier one, and the score follows; a certificate already issued
stays (staff revoke it by hand if a regrade should take it back).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from certificates.issuing import issue
from elearning.attempt_questions import attempt_questions, score
from elearning.models import Attempt, CoursePage, QuizPage
from questionbank.formats import Kind

MIN_POINTS = Decimal(0)
MAX_POINTS = Decimal(1)


def essay_keys(attempt: Attempt) -> list[str]:
    """The translation keys of the attempt's essay questions, in the order it showed them."""
    return [
        item["question"]
        for item in attempt.layout
        if "version" in item and item.get("kind") == Kind.ESSAY.value
    ]


def ungraded_keys(attempt: Attempt) -> list[str]:
    grades = attempt.manual_grades or {}
    return [key for key in essay_keys(attempt) if key not in grades]


def awaiting() -> QuerySet[Attempt]:
    """Submitted attempts whose score waits for an essay to be graded, the oldest first."""
    return (
        Attempt.objects.filter(submitted_at__isnull=False, score__isnull=True)
        .select_related("user")
        .order_by("submitted_at", "pk")
    )


def source_quiz_of(attempt: Attempt) -> QuizPage | None:
    """The quiz whose rules (the pass mark) apply: the Polish one, else any translation."""
    quizzes = QuizPage.objects.filter(translation_key=attempt.quiz_key)
    return quizzes.filter(locale=Locale.get_default()).first() or quizzes.first()


@dataclass(frozen=True)
class Grading:
    attempt: Attempt
    passed_now: bool  # this grade completed the attempt, and it passed


def grade_essay(attempt: Attempt, question_key: str, points: Decimal, comment: str, by) -> Attempt:
    """Store staff's grade for one essay of ``attempt``; score the attempt once all are graded.

    Raises ValueError, with a message for staff, for points outside 0–1, an attempt not yet
    submitted or a question that is not an essay of it.
    """
    grading = _store_grade(attempt, question_key, points, comment, by)
    if grading.passed_now:
        quiz = source_quiz_of(grading.attempt)
        course = quiz.get_parent().specific if quiz is not None else None
        if isinstance(course, CoursePage):
            # Outside the grade's transaction: a certificate that cannot be issued now (e.g.
            # lessons left) is issued later, lazily; the grade stands either way.
            issue(grading.attempt.user, course)
    return grading.attempt


def _store_grade(attempt: Attempt, question_key: str, points: Decimal, comment: str, by) -> Grading:
    if not isinstance(points, Decimal) or not MIN_POINTS <= points <= MAX_POINTS:
        raise ValueError(_("Points must be a number from 0 to 1."))
    with transaction.atomic():
        # Locked, and read afresh: two staff grading two essays of one attempt at once both
        # keep their grade, and the score counts both.
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if not locked.is_submitted:
            raise ValueError(_("This attempt has not been submitted yet."))
        if question_key not in essay_keys(locked):
            raise ValueError(_("This attempt has no such essay question."))
        locked.manual_grades = {
            **(locked.manual_grades or {}),
            question_key: {
                "fraction": str(points),
                "comment": comment,
                "graded_by": by.get_full_name() or by.get_username(),
                "graded_at": timezone.now().isoformat(),
            },
        }
        was_passed = bool(locked.passed)
        result = score(attempt_questions(locked))
        locked.score = result
        locked.passed = None
        if result is not None:
            quiz = source_quiz_of(locked)
            locked.passed = quiz is not None and result >= quiz.pass_mark
        locked.save(update_fields=["manual_grades", "score", "passed"])
    return Grading(locked, passed_now=bool(locked.passed) and not was_passed)

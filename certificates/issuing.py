"""Issuing certificates: once per learner and course, when the course is passed.

Called when a quiz attempt is graded (elearning.quiz) and again, lazily, when a learner who
passed opens their certificate: the latter also covers a course passed by completing its
last lesson after the quiz, and learners who passed before certificates existed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Max
from wagtail.models import Locale

from elearning.models import Attempt, CoursePage, LessonCompletion
from elearning.progress import CourseProgress, progress_for

from .codes import new_code
from .models import Certificate

# A new code is drawn again if it is taken; with 2⁶⁰ codes a second draw is already rare.
CODE_DRAWS = 5


@dataclass(frozen=True)
class Completion:
    completed_at: datetime
    score: Decimal


def completion(user, course: CoursePage) -> Completion | None:
    """When and with what score ``user`` passed ``course``; None while they have not.

    Passing is decided by elearning.progress (every lesson done and the quiz passed under its
    grading method); the date is when the last of those happened.
    """
    progress = progress_for(user, [course])[course.translation_key]
    if progress.status != CourseProgress.PASSED or progress.quiz.score is None:
        return None
    # The first submission that reached the graded score: the attempt that passed.
    passing = (
        Attempt.objects.filter(
            user=user,
            course_key=course.translation_key,
            submitted_at__isnull=False,
            score=progress.quiz.score,
        )
        .order_by("number")
        .first()
    )
    last_lesson = LessonCompletion.objects.filter(
        user=user, course_key=course.translation_key
    ).aggregate(last=Max("completed_at"))["last"]
    moments = [m for m in (passing and passing.submitted_at, last_lesson) if m is not None]
    if not moments:
        return None
    return Completion(completed_at=max(moments), score=progress.quiz.score)


def certificate_of(user, course: CoursePage) -> Certificate | None:
    """The certificate ``user`` holds for ``course`` (in any of its languages), if any."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Certificate.objects.filter(user=user, course_key=course.translation_key).first()


def issue(user, course: CoursePage) -> Certificate | None:
    """``user``'s certificate for ``course``, issued now if they passed it; None if not passed.

    Idempotent: once issued, the same certificate (and code) is returned for ever, even if a
    later attempt fails. Two requests issuing at once get the one row the unique constraint
    lets in.
    """
    existing = certificate_of(user, course)
    if existing is not None or not getattr(user, "is_authenticated", False):
        return existing
    passed = completion(user, course)
    if passed is None:
        return None
    # Named by its source-language page (and that page's title, kept for when it is gone).
    source = CoursePage.objects.filter(
        translation_key=course.translation_key, locale=Locale.get_default()
    ).first()
    for _draw in range(CODE_DRAWS):
        try:
            with transaction.atomic():
                certificate, _created = Certificate.objects.get_or_create(
                    user=user,
                    course_key=course.translation_key,
                    defaults={
                        "course": source,
                        "course_title": (source or course).title,
                        "code": new_code(),
                        "issued_at": passed.completed_at,
                        "score": passed.score,
                    },
                )
            return certificate
        except IntegrityError:
            # get_or_create answers a parallel issue with its row; an IntegrityError left is
            # a code already taken by another certificate: draw again.
            continue
    raise IntegrityError(f"No free certificate code after {CODE_DRAWS} draws")

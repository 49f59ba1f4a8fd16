"""Issuing certificates: once per learner and course, when the course is passed, and once per
learner the "Green-jobs advisor" certificate, when they hold one for every block.

Called when a quiz attempt is graded (elearning.quiz) and again, lazily, when a learner who
passed opens their certificate: the latter also covers a course passed by completing its
last lesson after the quiz, and learners who passed before certificates existed.

The advisor certificate is issued right after the course certificate that completes the set,
and lazily when the learner opens it or "My learning" (``advisor_standing``). The blocks are
the catalogue's live courses, counted in the default language. Once issued it stands on its
own: revoking a course certificate later does not revoke it (staff decide, and revoke it by
hand if they see fit), nor does a course added to the catalogue later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

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
    return Certificate.objects.filter(
        user=user, kind=Certificate.Kind.COURSE, course_key=course.translation_key
    ).first()


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
    certificate = _create_once(
        user=user,
        kind=Certificate.Kind.COURSE,
        course_key=course.translation_key,
        defaults={
            "course": source,
            "course_title": (source or course).title,
            "issued_at": passed.completed_at,
            "score": passed.score,
        },
    )
    # This may be the last block of the set.
    issue_advisor(user)
    return certificate


def _create_once(*, defaults: dict, **identity) -> Certificate:
    """The certificate ``identity`` names, created with a fresh code unless it exists."""
    for _draw in range(CODE_DRAWS):
        try:
            with transaction.atomic():
                certificate, _created = Certificate.objects.get_or_create(
                    **identity, defaults={**defaults, "code": new_code()}
                )
            return certificate
        except IntegrityError:
            # get_or_create answers a parallel issue with its row; an IntegrityError left is
            # a code already taken by another certificate: draw again.
            continue
    raise IntegrityError(f"No free certificate code after {CODE_DRAWS} draws")


# The advisor certificate --------------------------------------------------------------------


def advisor_blocks() -> list[CoursePage]:
    """The blocks an advisor certificate needs: the catalogue's live courses, in the default
    language (one page per course, whatever it is translated into), in the catalogue's order."""
    return list(CoursePage.objects.live().filter(locale=Locale.get_default()).order_by("path"))


def advisor_certificate_of(user) -> Certificate | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Certificate.objects.filter(user=user, kind=Certificate.Kind.ADVISOR).first()


def _valid_block_certificates(user, blocks: list[CoursePage]) -> list[Certificate]:
    return list(
        Certificate.objects.filter(
            user=user,
            kind=Certificate.Kind.COURSE,
            course_key__in=[block.translation_key for block in blocks],
            revoked_at__isnull=True,
        )
    )


def mean_score(certificates: list[Certificate]) -> Decimal:
    """The mean of the course scores, to the hundredth, as the score field keeps it."""
    total = sum((certificate.score for certificate in certificates), Decimal(0))
    return (total / len(certificates)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def issue_advisor(user) -> Certificate | None:
    """``user``'s advisor certificate, issued now if they hold a valid course certificate for
    every block; None while they do not.

    Idempotent like ``issue``: once issued, the same certificate and code for ever. Dated by
    the latest of the course certificates; its score is the mean of theirs.
    """
    existing = advisor_certificate_of(user)
    if existing is not None or not getattr(user, "is_authenticated", False):
        return existing
    blocks = advisor_blocks()
    held = _valid_block_certificates(user, blocks)
    if not blocks or len(held) < len(blocks):
        return None
    return _create_once(
        user=user,
        kind=Certificate.Kind.ADVISOR,
        defaults={
            "issued_at": max(certificate.issued_at for certificate in held),
            "score": mean_score(held),
        },
    )


@dataclass(frozen=True)
class AdvisorStanding:
    """How far a learner is towards the advisor certificate."""

    blocks: int
    passed: int
    certificate: Certificate | None


def advisor_standing(user) -> AdvisorStanding:
    """The learner's blocks passed (with a valid certificate) and their advisor certificate,
    issued now if earned.

    The lazy path: a block passed without its certificate yet (the last lesson completed
    after the quiz) gets its certificate here first, so it counts.
    """
    blocks = advisor_blocks()
    if not getattr(user, "is_authenticated", False):
        return AdvisorStanding(blocks=len(blocks), passed=0, certificate=None)
    held = {c.course_key for c in _valid_block_certificates(user, blocks)}
    existing = advisor_certificate_of(user)
    if existing is not None:
        return AdvisorStanding(blocks=len(blocks), passed=len(held), certificate=existing)
    missing = [block for block in blocks if block.translation_key not in held]
    if missing:
        progress = progress_for(user, missing)
        for block in missing:
            if progress[block.translation_key].status == CourseProgress.PASSED:
                certificate = issue(user, block)
                if certificate is not None and not certificate.is_revoked:
                    held.add(block.translation_key)
    earned = issue_advisor(user) if blocks and len(held) == len(blocks) else None
    return AdvisorStanding(blocks=len(blocks), passed=len(held), certificate=earned)

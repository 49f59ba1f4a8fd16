"""Learners: the list staff search, one summary line each, and the page of one learner."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet

from certificates.models import Certificate
from consultations.services import hours_by_advisor, hours_of
from elearning.models import Attempt, CoursePage, Enrolment
from elearning.progress import CourseProgress, progress_for

from .progress import learner_courses

# The advisors' group (created by elearning's migration 0002).
ADVISORS_GROUP = "Advisors"


def learners() -> QuerySet:
    """Everyone who learns: the advisors, and anyone else enrolled in a course."""
    users = get_user_model()
    advisors = users.groups.through.objects.filter(group__name=ADVISORS_GROUP).values("user_id")
    return users.objects.filter(Q(pk__in=advisors) | Q(pk__in=Enrolment.objects.values("user_id")))


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()


@dataclass
class LearnerSummary:
    user: object
    enrolled: int = 0
    in_progress: int = 0
    passed: int = 0
    certificates: int = 0
    consultation_hours: Decimal = Decimal(0)

    @property
    def name(self) -> str:
        return display_name(self.user)


def learner_summaries(users: list, courses: list[CoursePage]) -> list[LearnerSummary]:
    """A summary line for each of ``users``, in their order, in a fixed number of queries."""
    summaries = {user.pk: LearnerSummary(user) for user in users}
    if not summaries:
        return []
    enrolments = Enrolment.objects.filter(user_id__in=summaries)
    for row in learner_courses(enrolments, courses):
        summary = summaries[row.enrolment.user_id]
        summary.enrolled += 1
        summary.in_progress += row.status == CourseProgress.IN_PROGRESS
        summary.passed += row.status == CourseProgress.PASSED
    valid = (
        Certificate.objects.filter(user_id__in=summaries, revoked_at__isnull=True)
        .values("user_id")
        .annotate(count=Count("pk"))
    )
    for row in valid:
        summaries[row["user_id"]].certificates = row["count"]
    for user_id, hours in hours_by_advisor(summaries).items():
        summaries[user_id].consultation_hours = hours
    return list(summaries.values())


@dataclass
class BlockProgress:
    course: CoursePage
    progress: CourseProgress


@dataclass
class LearnerRecord:
    """What staff see of one learner: each block, each attempt, each certificate, and hours."""

    user: object
    blocks: list[BlockProgress]
    attempts: list[Attempt]
    certificates: list[Certificate]
    consultation_hours: Decimal

    @property
    def name(self) -> str:
        return display_name(self.user)


def learner_record(user, courses: list[CoursePage]) -> LearnerRecord:
    """``user``'s record over ``courses`` (the default-language ones), in a fixed number of
    queries."""
    progress = progress_for(user, courses)
    titles = {course.translation_key: course.title for course in courses}
    attempts = list(Attempt.objects.filter(user=user).order_by("started_at", "number"))
    for attempt in attempts:
        # The course as staff know it; a course since deleted keeps an empty title.
        attempt.course_title = titles.get(attempt.course_key, "")
    return LearnerRecord(
        user=user,
        blocks=[BlockProgress(course, progress[course.translation_key]) for course in courses],
        attempts=attempts,
        certificates=list(Certificate.objects.filter(user=user).order_by("kind", "issued_at")),
        consultation_hours=hours_of(user),
    )

"""Staff enrolling advisors in a course: finding them, and telling new enrolments from old."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from elearning.models import CoursePage, Enrolment
from elearning.progress import enrol
from elearning.reports import advisors

# More matches than this and staff are asked to type more of the name: a list of hundreds
# of checkboxes is where the wrong person gets ticked.
SEARCH_LIMIT = 50


@dataclass
class EnrolmentOutcome:
    enrolled: list = field(default_factory=list)
    already_enrolled: list = field(default_factory=list)


def find_advisors(query: str) -> QuerySet:
    """Active advisors whose name, username or e-mail contains every word typed."""
    found = advisors()
    for word in query.split():
        found = found.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(username__icontains=word)
            | Q(email__icontains=word)
        )
    return found.distinct()


def enrolled_among(course: CoursePage, users: Iterable) -> set[int]:
    """Ids of those of ``users`` who are enrolled in ``course`` already."""
    return set(
        Enrolment.objects.filter(
            course_key=course.translation_key, user__in=[user.pk for user in users]
        ).values_list("user_id", flat=True)
    )


def enrol_advisors(users: Iterable, course: CoursePage, *, by) -> EnrolmentOutcome:
    """Enrol each advisor once; those enrolled before keep their enrolment and progress."""
    users = list(users)
    before = enrolled_among(course, users)
    outcome = EnrolmentOutcome()
    for user in users:
        if user.pk in before:
            outcome.already_enrolled.append(user)
        else:
            enrol(user, course, by=by)
            outcome.enrolled.append(user)
    return outcome

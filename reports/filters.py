"""The reports' filters: Wagtail filter sets over enrolments, learners and attempts.

A learner's status is worked out from their lessons and attempts, not stored, so the status
filter narrows nothing in the database: the views hand its value to the services, which count
only the learners of that status (``reports.courses.with_status``).
"""

from __future__ import annotations

import django_filters
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from elearning.models import Attempt, CoursePage, Enrolment
from elearning.progress import CourseProgress

from .progress import default_courses


def course_choices() -> list[tuple[str, str]]:
    return [(str(course.translation_key), course.title) for course in default_courses()]


def status_choices() -> list[tuple[str, str]]:
    return [(status, label) for status, label in CourseProgress.LABELS.items()]


def chosen_courses(course_key: str | None) -> list[CoursePage]:
    """The default-language courses, or only the chosen one."""
    courses = default_courses()
    if course_key:
        courses = [course for course in courses if str(course.translation_key) == course_key]
    return courses


class EnrolmentFilterSet(WagtailFilterSet):
    enrolled_at = django_filters.DateFromToRangeFilter(
        label=_("Enrolment date"), widget=DateRangePickerWidget
    )
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=status_choices, method="counted_by_the_service"
    )

    class Meta:
        model = Enrolment
        fields: list[str] = []

    def counted_by_the_service(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset


class LearnerFilterSet(WagtailFilterSet):
    course_key = django_filters.ChoiceFilter(
        label=_("Enrolled in"), choices=course_choices, method="enrolled_in"
    )
    enrolled_at = django_filters.DateFromToRangeFilter(
        label=_("Enrolment date"), widget=DateRangePickerWidget, method="enrolled_between"
    )

    class Meta:
        model = get_user_model()
        fields: list[str] = []

    def enrolled_in(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(pk__in=Enrolment.objects.filter(course_key=value).values("user_id"))

    def enrolled_between(self, queryset: QuerySet, name: str, value: slice) -> QuerySet:
        enrolments = Enrolment.objects.all()
        if value.start is not None:
            enrolments = enrolments.filter(enrolled_at__gte=value.start)
        if value.stop is not None:
            enrolments = enrolments.filter(enrolled_at__lte=value.stop)
        return queryset.filter(pk__in=enrolments.values("user_id"))


class AttemptFilterSet(WagtailFilterSet):
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    submitted_at = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Attempt
        fields: list[str] = []

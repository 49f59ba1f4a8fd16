"""The staff reports in the Wagtail admin: thin views over reports' services.

Each is a Wagtail ``ReportView`` (filters, pagination, CSV and XLSX downloads) through
``core.spreadsheets.FormulaSafeExportMixin``, so a learner named "=1+1" stays text in the
office's spreadsheet. Only staff with ``elearning.manage_learners`` get in; anyone else gets
the admin's permission denied, never the data.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from core import charts
from core.spreadsheets import FormulaSafeExportMixin
from elearning.admin_views import STAFF_PERMISSION
from elearning.models import Attempt, Enrolment
from elearning.progress import CourseProgress

from . import questions
from .courses import CourseSummary, course_overview
from .filters import AttemptFilterSet, EnrolmentFilterSet, LearnerFilterSet, chosen_courses
from .learners import learner_record, learner_summaries, learners
from .progress import default_courses
from .questions import QuestionStats, question_report


def shown(value, decimals: int = 1, suffix: str = "") -> str:
    """A figure as staff read it, in their language's format; a dash for none."""
    if value is None:
        return "—"
    return number_format(value, decimals) + suffix


class ValueColumn(Column):
    """A column whose cell text comes from a function of the row."""

    def __init__(self, name: str, text: Callable, **kwargs) -> None:
        super().__init__(name, **kwargs)
        self.text = text

    def get_value(self, instance) -> str:
        return self.text(instance)


class StaffReportView(FormulaSafeExportMixin, ReportView):
    """A report for the e-learning staff, with its spreadsheet columns in one list.

    ``export_columns`` holds (field, heading, value of a row) for each spreadsheet column.
    """

    header_icon = "table"
    export_columns: tuple = ()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(STAFF_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def list_export(self) -> list[str]:
        return [name for name, _heading, _value in self.get_export_columns()]

    @property
    def export_headings(self) -> dict[str, str]:
        return {name: heading for name, heading, _value in self.get_export_columns()}

    def get_export_columns(self) -> tuple:
        return self.export_columns

    def to_row_dict(self, item) -> OrderedDict:
        return OrderedDict((name, value(item)) for name, _h, value in self.get_export_columns())

    @cached_property
    def chosen(self) -> dict:
        """The filters' valid values (the status filter's, for one, reaches the services)."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}


# Overview across courses ----------------------------------------------------------------


class CourseOverviewView(StaffReportView):
    page_title = _("Courses overview")
    index_url_name = "reports:courses"
    index_results_url_name = "reports:courses_results"
    results_template_name = "reports/course_overview_results.html"
    filterset_class = EnrolmentFilterSet
    export_filename = "courses-overview"
    columns = [
        Column("title", label=_("Course")),
        Column("enrolled", label=_("Enrolled")),
        Column("not_started", label=_("Not started")),
        Column("in_progress", label=_("In progress")),
        Column("passed", label=_("Passed")),
        Column("failed", label=_("Failed")),
        ValueColumn(
            "average_score", lambda row: shown(row.average_score, 2), label=_("Average score (%)")
        ),
        ValueColumn(
            "median_days",
            lambda row: shown(row.median_days),
            label=_("Median days to complete"),
        ),
    ]
    export_columns = (
        ("title", _("Course"), lambda row: row.title),
        ("enrolled", _("Enrolled"), lambda row: row.enrolled),
        ("not_started", _("Not started"), lambda row: row.not_started),
        ("in_progress", _("In progress"), lambda row: row.in_progress),
        ("passed", _("Passed"), lambda row: row.passed),
        ("failed", _("Failed"), lambda row: row.failed),
        ("average_score", _("Average score (%)"), lambda row: row.average_score),
        ("median_days", _("Median days to complete"), lambda row: row.median_days),
    )

    def get_filtered_queryset(self) -> list[CourseSummary]:
        enrolments = self.filter_queryset(Enrolment.objects.all())
        courses = chosen_courses(self.chosen.get("course_key"))
        return course_overview(enrolments, courses, status=self.chosen.get("status") or None)

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        statuses = list(CourseProgress.LABELS)
        context["chart"] = charts.bar_chart(
            "course-statuses",
            gettext("Where the enrolled advisors stand, per course"),
            gettext(
                "A stacked bar per course: advisors not started, in progress, passed and "
                "failed. The table next to the chart gives the numbers."
            ),
            [str(CourseProgress.LABELS[status]) for status in statuses],
            [(row.title, [row.counts[status] for status in statuses]) for row in self.object_list],
        )
        return context


# Learners ---------------------------------------------------------------------------------


class LearnerListView(StaffReportView):
    page_title = _("Learners")
    index_url_name = "reports:learners"
    index_results_url_name = "reports:learners_results"
    filterset_class = LearnerFilterSet
    is_searchable = True
    search_fields = ["first_name", "last_name", "email", "username"]
    search_backend_name = None  # the database's own search: names and e-mails as typed
    default_ordering = ["last_name", "first_name", "username"]
    export_filename = "learners"
    columns = [
        TitleColumn(
            "name",
            label=_("Learner"),
            get_url=lambda row: reverse("reports:learner", args=[row.user.get_username()]),
        ),
        Column("user.email", label=_("E-mail")),
        Column("enrolled", label=_("Courses enrolled")),
        Column("in_progress", label=_("In progress")),
        Column("passed", label=_("Passed")),
        Column("certificates", label=_("Valid certificates")),
        ValueColumn(
            "consultation_hours",
            lambda row: shown(row.consultation_hours),
            label=_("Consultation hours"),
        ),
    ]
    export_columns = (
        ("name", _("Learner"), lambda row: row.name),
        ("username", _("Username"), lambda row: row.user.get_username()),
        ("email", _("E-mail"), lambda row: row.user.email),
        ("enrolled", _("Courses enrolled"), lambda row: row.enrolled),
        ("in_progress", _("In progress"), lambda row: row.in_progress),
        ("passed", _("Passed"), lambda row: row.passed),
        ("certificates", _("Valid certificates"), lambda row: row.certificates),
        ("consultation_hours", _("Consultation hours"), lambda row: row.consultation_hours),
    )

    def get_base_queryset(self):
        return learners()

    # A summary for each learner shown: the page's, or all of them in a download, which is
    # not paginated. Summed for many at once (reports.learners), so never one query a row.
    def paginate_queryset(self, queryset, page_size):
        paginator, page, users, is_paginated = super().paginate_queryset(queryset, page_size)
        return paginator, page, learner_summaries(list(users), default_courses()), is_paginated

    def decorate_paginated_queryset(self, object_list) -> list:
        if self.is_export:
            return learner_summaries(list(object_list), default_courses())
        return object_list


class LearnerView(StaffReportView):
    """One learner: each block, certificates and hours above; their attempts as the listing."""

    template_name = "reports/learner.html"
    results_template_name = "reports/learner_results.html"
    paginate_by = None
    export_filename = "learner-attempts"
    columns = [
        Column("course_title", label=_("Course")),
        Column("number", label=_("Attempt")),
        Column("language", label=_("Language")),
        Column("started_at", label=_("Started")),
        Column("submitted_at", label=_("Submitted")),
        ValueColumn("score", lambda row: shown(row.score, 2), label=_("Score (%)")),
        ValueColumn("result", lambda row: attempt_result(row), label=_("Result")),
    ]
    export_columns = (
        ("course_title", _("Course"), lambda row: row.course_title),
        ("number", _("Attempt"), lambda row: row.number),
        ("language", _("Language"), lambda row: row.language),
        ("started_at", _("Started"), lambda row: row.started_at),
        ("submitted_at", _("Submitted"), lambda row: row.submitted_at),
        ("score", _("Score (%)"), lambda row: row.score),
        ("result", _("Result"), lambda row: attempt_result(row)),
    )

    @cached_property
    def learner(self):
        return get_object_or_404(get_user_model(), username=self.kwargs["username"])

    @cached_property
    def record(self):
        return learner_record(self.learner, default_courses())

    def get_page_title(self) -> str:
        return self.record.name

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("reports:learners"), "label": gettext("Learners")},
            {"url": "", "label": self.record.name},
        ]

    def get_filtered_queryset(self) -> list[Attempt]:
        return self.record.attempts

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(record=self.record, **kwargs)


def attempt_result(attempt: Attempt) -> str:
    if not attempt.is_submitted:
        return gettext("Open")
    return gettext("Passed") if attempt.passed else gettext("Failed")


# Questions --------------------------------------------------------------------------------


def language_text(row: QuestionStats) -> str:
    parts = []
    for code, tally in row.by_language.items():
        parts.append(f"{code}: {shown(tally.percent_correct, suffix=' %')} ({tally.answered})")
    return "; ".join(parts) or "—"


class QuestionReportView(StaffReportView):
    page_title = _("Quiz questions")
    index_url_name = "reports:questions"
    index_results_url_name = "reports:questions_results"
    results_template_name = "reports/questions_results.html"
    filterset_class = AttemptFilterSet
    paginate_by = 100
    export_filename = "quiz-questions"
    columns = [
        Column("course_title", label=_("Course")),
        Column("number", label=_("No.")),
        Column("text", label=_("Question")),
        Column("answered", label=_("Answered")),
        ValueColumn(
            "percent_correct", lambda row: shown(row.percent_correct), label=_("Correct (%)")
        ),
        ValueColumn(
            "discrimination", lambda row: shown(row.discrimination, 2), label=_("Discrimination")
        ),
        ValueColumn(
            "wrong_answer",
            lambda row: (
                f"{row.wrong_answer} ({row.wrong_answer_count})" if row.wrong_answer else "—"
            ),
            label=_("Most chosen wrong answer"),
        ),
        ValueColumn("by_language", language_text, label=_("Correct by language (%)")),
        ValueColumn("flags", lambda row: "; ".join(row.flag_labels), label=_("Flags")),
    ]

    def get_export_columns(self) -> tuple:
        per_language = []
        for code, _name in settings.LANGUAGES:
            per_language += [
                (
                    f"answered_{code}",
                    gettext("Answered (%(language)s)") % {"language": code},
                    lambda row, code=code: row.language(code).answered,
                ),
                (
                    f"percent_correct_{code}",
                    gettext("Correct, %(language)s (%%)") % {"language": code},
                    lambda row, code=code: row.language(code).percent_correct,
                ),
            ]
        return (
            ("course_title", gettext("Course"), lambda row: row.course_title),
            ("number", gettext("No."), lambda row: row.number),
            ("question_id", gettext("Question id"), lambda row: row.question_id),
            ("text", gettext("Question"), lambda row: row.text),
            ("answered", gettext("Answered"), lambda row: row.answered),
            ("percent_correct", gettext("Correct (%)"), lambda row: row.percent_correct),
            ("discrimination", gettext("Discrimination"), lambda row: row.discrimination),
            ("wrong_answer", gettext("Most chosen wrong answer"), lambda row: row.wrong_answer),
            (
                "wrong_answer_count",
                gettext("Times chosen"),
                lambda row: row.wrong_answer_count or None,
            ),
            *per_language,
            ("flags", gettext("Flags"), lambda row: "; ".join(row.flag_labels)),
        )

    def get_filtered_queryset(self) -> list[QuestionStats]:
        attempts = self.filter_queryset(Attempt.objects.all())
        return question_report(attempts, chosen_courses(self.chosen.get("course_key")))

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["chart"] = charts.bar_chart(
            "question-correct",
            gettext("Correct answers per question"),
            gettext(
                "A bar per question, as long as its share of correct answers (0 to 100 per cent). "
                "The table next to the chart gives the numbers."
            ),
            [gettext("Correct (%)")],
            [
                (f"{row.number}. {row.text}", [row.percent_correct])
                for row in context["object_list"]
            ],
            maximum=Decimal(100),
            unit="%",
        )
        context["explanation"] = gettext(
            "Every submitted attempt counts; an answer is correct when it earns the whole point. "
            "Discrimination: the share of correct answers among the best %(group)s%% of "
            "attempts (by total score) minus that among the weakest %(group)s%%; under "
            "%(low)s the question hardly tells them apart, under 0 the weaker do better. "
            "Flags: too easy (over %(easy)s%% correct) or too hard (under %(hard)s%%) from "
            "%(answers)s answers; low or negative discrimination from %(answers_d)s answers; "
            "“a language differs” when one language's share of correct answers is %(gap)s "
            "points or more away from that of each other language with %(answers)s answers or "
            "more: reread that translation."
        ) % {
            "group": number_format(questions.GROUP_SHARE * 100, 0),
            "low": number_format(questions.LOW_DISCRIMINATION_BELOW, 1),
            "easy": questions.TOO_EASY_ABOVE,
            "hard": questions.TOO_HARD_BELOW,
            "answers": questions.MIN_ANSWERS,
            "answers_d": questions.MIN_ANSWERS_FOR_DISCRIMINATION,
            "gap": questions.LANGUAGE_GAP,
        }
        return context

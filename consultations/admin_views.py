"""Reports → Consultation hours: the network's hours against its target, for staff.

Totals per advisor, topic, county and month of the consultations that the filters select
(date range, county, topic), each as a bar chart with its table, and the same figures as CSV
or XLSX through Wagtail's report view and spreadsheet export.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from core.charts import BarChart, bar_chart
from core.spreadsheets import FormulaSafeExportMixin
from elearning.admin_views import STAFF_PERMISSION
from network import territory

from . import services
from .models import Consultation

# The people who follow the advisors' learning (elearning's STAFF_PERMISSION) follow their
# consultations too.


def topic_choices() -> list[tuple[str, str]]:
    return [(topic.key, topic.title) for topic in services.topics()]


class ConsultationFilterSet(WagtailFilterSet):
    date = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    county_code = django_filters.ChoiceFilter(label=_("County"), choices=territory.county_choices)
    topic_key = django_filters.ChoiceFilter(label=_("Topic"), choices=topic_choices)

    class Meta:
        model = Consultation
        fields: list[str] = []


@dataclass(frozen=True)
class Breakdown:
    """One way of adding up the hours: its rows, and the chart drawn from them."""

    id: str
    heading: str
    item_heading: str
    rows: list[services.Row]
    chart: BarChart


def breakdowns(consultations) -> list[Breakdown]:
    sections = [
        (
            "advisor",
            gettext("Hours per advisor"),
            gettext("Advisor"),
            services.by_advisor(consultations, gettext("Advisors whose data was erased")),
        ),
        (
            "topic",
            gettext("Hours per topic"),
            gettext("Topic"),
            services.by_topic(consultations, gettext("A block no longer published")),
        ),
        (
            "county",
            gettext("Hours per county"),
            gettext("County"),
            services.by_county(consultations),
        ),
        ("month", gettext("Hours per month"), gettext("Month"), services.by_month(consultations)),
    ]
    result = []
    for section_id, heading, item_heading, rows in sections:
        description = gettext(
            "Bar chart of the hours of consultations, one bar per row of the table below it."
        )
        chart = bar_chart(
            f"chart-{section_id}",
            heading,
            description,
            [gettext("Hours")],
            [(row.label, [row.hours]) for row in rows],
        )
        result.append(Breakdown(section_id, heading, item_heading, rows, chart))
    return result


class ConsultationTotalsView(FormulaSafeExportMixin, ReportView):
    page_title = _("Consultation hours")
    header_icon = "time"
    template_name = "consultations/admin/totals.html"
    results_template_name = "consultations/admin/totals_results.html"
    filterset_class = ConsultationFilterSet
    index_url_name = "consultations_totals"
    index_results_url_name = "consultations_totals_results"
    paginate_by = None
    export_filename = "consultation-hours"
    list_export = ["breakdown", "item", "consultations", "hours"]
    export_headings = {
        "breakdown": _("Breakdown"),
        "item": _("Item"),
        "consultations": _("Consultations"),
        "hours": _("Hours"),
    }
    # Hours are exact quarters: numbers in the spreadsheet, not text.
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        Decimal: {
            ReportView.FORMAT_CSV: lambda value: str(services.plain_hours(value)),
            ReportView.FORMAT_XLSX: float,
        },
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(STAFF_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Consultation.objects.all()

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        consultations = self.object_list
        total = services.total_hours(consultations)
        target = services.target_hours()
        context.update(
            total=total,
            target=target,
            percent=services.percent_of_target(total, target),
            consultation_count=consultations.count(),
            breakdowns=breakdowns(consultations),
        )
        return context

    def export_rows(self, context: dict) -> list[dict]:
        rows = [
            {
                "breakdown": gettext("Total"),
                "item": gettext("All consultations"),
                "consultations": context["consultation_count"],
                "hours": context["total"],
            },
            {
                "breakdown": gettext("Target"),
                "item": gettext("Hours of consultations"),
                "consultations": None,
                "hours": Decimal(context["target"]),
            },
        ]
        for breakdown in context["breakdowns"]:
            rows += [
                {
                    "breakdown": breakdown.heading,
                    "item": row.label,
                    "consultations": row.consultations,
                    "hours": row.hours,
                }
                for row in breakdown.rows
            ]
        return rows

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(context), self.request.GET["export"])
        return super().render_to_response(context, **response_kwargs)

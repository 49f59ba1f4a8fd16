"""The consultation log and its totals: plain functions over the models, no request.

Totals are sums of ``Consultation.hours`` in the database. A consultation whose advisor's
personal data was erased keeps its hours (advisor null), so the network's total and the totals
per topic, county and month stay right; it counts for no advisor.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format

from certificates.issuing import advisor_blocks
from elearning.advisors import ADVISORS_GROUP
from network import territory
from network import topics as network_topics

from .models import Consultation, ConsultationSettings

ZERO = Decimal("0")


def is_advisor(user) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and user.groups.filter(name=ADVISORS_GROUP).exists()
    )


# Topics: the five training blocks ------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    key: str  # the course's translation key, as text
    title: str  # in the active language where the course is translated


def topics() -> list[Topic]:
    """The training blocks in the catalogue's order, titled in the active language."""
    return [Topic(key=key, title=title) for key, title in topic_titles().items()]


def topic_titles() -> dict[str, str]:
    """Translation key → title in the active language (the advisors' directory uses the same)."""
    return network_topics.titles()


def source_title(topic_key: str) -> str:
    """The block's title in the default language, the one event pages are written in."""
    return next(
        (block.title for block in advisor_blocks() if str(block.translation_key) == topic_key), ""
    )


# The log -------------------------------------------------------------------------------


def consultations_of(user) -> QuerySet[Consultation]:
    return Consultation.objects.filter(advisor=user)


def today() -> datetime.date:
    return timezone.localdate()


def filtered(
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    county_code: str = "",
    topic_key: str = "",
    user_ids: Iterable[int] | None = None,
) -> QuerySet[Consultation]:
    """The consultations between ``start`` and ``end`` (both included), in a county, on a topic."""
    consultations = Consultation.objects.all()
    if start:
        consultations = consultations.filter(date__gte=start)
    if end:
        consultations = consultations.filter(date__lte=end)
    if county_code:
        consultations = consultations.filter(county_code=county_code)
    if topic_key:
        consultations = consultations.filter(topic_key=topic_key)
    if user_ids is not None:
        consultations = consultations.filter(advisor_id__in=list(user_ids))
    return consultations


def _sum(consultations: QuerySet[Consultation]) -> Decimal:
    return consultations.aggregate(total=Sum("hours"))["total"] or ZERO


def total_hours(consultations: QuerySet[Consultation] | None = None, **filters) -> Decimal:
    """All the hours logged (by everyone, erased advisors included), or those of ``filters``."""
    return _sum(consultations if consultations is not None else filtered(**filters))


def hours_of(user) -> Decimal:
    """One advisor's hours (the per-learner report shows them)."""
    return _sum(consultations_of(user))


def hours_by_advisor(user_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """Hours per advisor id; with ``user_ids``, those advisors only (0 for none logged)."""
    consultations = Consultation.objects.filter(advisor__isnull=False)
    if user_ids is not None:
        user_ids = list(user_ids)
        consultations = consultations.filter(advisor_id__in=user_ids)
    totals = {
        row["advisor_id"]: row["total"]
        for row in consultations.values("advisor_id").annotate(total=Sum("hours"))
    }
    if user_ids is not None:
        return {user_id: totals.get(user_id, ZERO) for user_id in user_ids}
    return totals


def plain_hours(value: Decimal) -> Decimal:
    """Hours without trailing zeros, as people write them: 2, 1.5, 0.25 (not 2.00, 1.50).

    Databases differ in the scale of a sum (SQLite drops it, PostgreSQL keeps two places).
    """
    value = Decimal(value)
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


def target_hours() -> int:
    return ConsultationSettings.load().target_hours


def percent_of_target(total: Decimal, target: int) -> int:
    """Whole percent of the target reached, capped at 100 for the progress bar."""
    if target <= 0:
        return 100
    return min(100, int(total * 100 / target))


# Totals for staff ----------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of a breakdown: what it is, how many consultations, how many hours."""

    key: str
    label: str
    consultations: int
    hours: Decimal


def _grouped(consultations: QuerySet[Consultation], field: str) -> list[dict]:
    return list(
        consultations.values(field).annotate(count=Count("pk"), total=Sum("hours")).order_by(field)
    )


def by_advisor(consultations: QuerySet[Consultation], erased_label: str) -> list[Row]:
    """Per advisor, most hours first; erased advisors' hours together under ``erased_label``."""
    groups = _grouped(consultations, "advisor_id")
    users = get_user_model().objects.in_bulk([g["advisor_id"] for g in groups if g["advisor_id"]])
    rows = []
    for group in groups:
        user = users.get(group["advisor_id"])
        label = (user.get_full_name() or user.get_username()) if user else erased_label
        rows.append(
            Row(
                key=str(group["advisor_id"] or ""),
                label=label,
                consultations=group["count"],
                hours=group["total"],
            )
        )
    return sorted(rows, key=lambda row: (-row.hours, row.label.casefold()))


def by_topic(consultations: QuerySet[Consultation], unknown_label: str) -> list[Row]:
    """Per training block, in the catalogue's order; a block no longer live comes last."""
    groups = {str(g["topic_key"]): g for g in _grouped(consultations, "topic_key")}
    titles = topic_titles()
    rows = [
        Row(key=key, label=title, consultations=groups[key]["count"], hours=groups[key]["total"])
        for key, title in titles.items()
        if key in groups
    ]
    rows += [
        Row(key=key, label=unknown_label, consultations=group["count"], hours=group["total"])
        for key, group in groups.items()
        if key not in titles
    ]
    return rows


def county_label(code: str) -> str:
    county = territory.county(code)
    return str(county.name) if county else code


def municipality_label(code: str) -> str:
    municipality = territory.municipality(code)
    return municipality.label if municipality else code


def by_county(consultations: QuerySet[Consultation]) -> list[Row]:
    """Per county, in TERYT order."""
    return [
        Row(
            key=group["county_code"],
            label=county_label(group["county_code"]),
            consultations=group["count"],
            hours=group["total"],
        )
        for group in _grouped(consultations, "county_code")
    ]


def by_month(consultations: QuerySet[Consultation]) -> list[Row]:
    """Per calendar month, oldest first; ``key`` is "YYYY-MM"."""
    groups = (
        consultations.annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(count=Count("pk"), total=Sum("hours"))
        .order_by("month")
    )
    return [
        Row(
            key=group["month"].strftime("%Y-%m"),
            label=date_format(group["month"], "YEAR_MONTH_FORMAT"),
            consultations=group["count"],
            hours=group["total"],
        )
        for group in groups
    ]

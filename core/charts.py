"""Horizontal bar charts drawn on the server as SVG: no JavaScript, nothing from elsewhere.

The one chart of the admin's reports (staff reports, consultation hours). This module only
does the geometry; ``templates/includes/bar_chart.html`` draws it with ``role="img"``, a
``<title>`` and a ``<desc>``, and puts the chart's data table right beside it, built from the
same numbers (unless the page prints a fuller table of its own next to it): the table is the
content, the chart a way to see it. Colours: ``core/static/core/charts.css``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 720
LABEL_WIDTH = 220
VALUE_WIDTH = 60
BAR_HEIGHT = 22
BAR_GAP = 10
TOP = 10
LEGEND_HEIGHT = 30
LABEL_CHARACTERS = 34


@dataclass(frozen=True)
class Segment:
    series: int  # the series' index, for its colour (charts.css: .chart-series-<n>)
    value: Decimal | int
    x: float
    width: float


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    values: tuple
    total: Decimal | int
    y: float
    segments: tuple[Segment, ...]

    @property
    def text_y(self) -> float:
        return self.y + BAR_HEIGHT * 0.7


@dataclass(frozen=True)
class LegendEntry:
    series: int
    label: str
    x: float


@dataclass(frozen=True)
class BarChart:
    slug: str  # unique on the page: ids of the title and description
    title: str
    description: str
    series: tuple[str, ...]
    bars: tuple[Bar, ...]
    legend: tuple[LegendEntry, ...]
    height: float
    unit: str = ""  # "%" for percentages
    width: int = WIDTH
    label_width: int = LABEL_WIDTH
    plot_width: int = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    value_x: int = WIDTH - VALUE_WIDTH + 6
    legend_y: float = 0

    @property
    def show_total(self) -> bool:
        return len(self.series) > 1


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def bar_chart(
    slug: str,
    title: str,
    description: str,
    series: list[str],
    rows: list[tuple[str, list[Decimal | int | None]]],
    *,
    maximum: Decimal | int | None = None,
    unit: str = "",
) -> BarChart:
    """A (stacked, when there are several series) horizontal bar per row.

    ``rows`` are (label, one value per series); a missing value (None) draws nothing and shows
    as a dash in the table. Bars are scaled to ``maximum``, or to the largest total.
    """
    plot_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    totals = [sum((v for v in values if v is not None), 0) for _label, values in rows]
    scale_to = maximum or max(totals, default=0) or 1
    bars = []
    for index, ((label, values), total) in enumerate(zip(rows, totals, strict=True)):
        y = TOP + index * (BAR_HEIGHT + BAR_GAP)
        x = float(LABEL_WIDTH)
        segments = []
        for series_index, value in enumerate(values):
            if not value:
                continue
            width = plot_width * float(value) / float(scale_to)
            segments.append(Segment(series_index, value, round(x, 1), round(width, 1)))
            x += width
        bars.append(Bar(label, _shorten(label), tuple(values), total, y, tuple(segments)))
    bottom = TOP + len(rows) * (BAR_HEIGHT + BAR_GAP)
    legend = tuple(
        LegendEntry(index, label, LABEL_WIDTH + index * 130) for index, label in enumerate(series)
    )
    return BarChart(
        slug=slug,
        title=title,
        description=description,
        series=tuple(series),
        bars=tuple(bars),
        legend=legend if len(series) > 1 else (),
        height=bottom + (LEGEND_HEIGHT if len(series) > 1 else 0),
        legend_y=bottom + 6,
        unit=unit,
    )

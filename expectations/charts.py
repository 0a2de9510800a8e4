"""The analyst charts of `pantau report`: figures of the marts that can be added up (`mart_blocked_by_period`,
`mart_case_counts_by_period`) summed per month or year, drawn as plain inline SVG so that the page opens with no
network and no script. Every bar is labelled with its value; a figure whose period is not one month (or year) cannot
be placed on the axis, so it is listed in a table under the chart instead of being dropped."""

from __future__ import annotations

import html
from datetime import date

import polars as pl

# Longer lists of figures the chart cannot place are folded (their count stays in view).
OPEN_UNDATED = 12
# Okabe-Ito's colour-blind safe palette, then darker tones; a series beyond these reuses a colour, and every bar is
# labelled with its series anyway.
PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
    "#000000",
    "#7f7f7f",
    "#8c564b",
    "#17becf",
    "#bcbd22",
)
UNKNOWN = "unknown"
WIDTH = 760
LEFT = 84  # the period labels
LABEL_ROOM = 260  # right of the longest bar: its value, unit and series
BAR = 18
GAP = 4
GROUP_GAP = 12
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _period_label(period: object) -> str:
    """A month as 2024-06, a year as 2024."""
    return period.strftime("%Y-%m") if isinstance(period, date) else str(period)


def _unit_of_time(period: str) -> str:
    """What one step of the axis is: the marts' period columns are period_month and period_year."""
    return "month" if "month" in period else "year"


def _bars(frame: pl.DataFrame, period: str, series: str, unit: str) -> pl.DataFrame:
    """One bar per period, series and unit: the values summed (the marts' rows are meant to be added up); in a
    period the largest first."""
    return (
        frame.filter(pl.col(period).is_not_null())
        .with_columns(pl.col(series).fill_null(UNKNOWN), pl.col(unit).fill_null(UNKNOWN))
        .group_by(period, series, unit)
        .agg(pl.col("value").sum())
        .sort([period, "value", series, unit], descending=[False, True, False, False])
    )


def bar_chart_svg(frame: pl.DataFrame, *, period: str, series: str, unit: str, title: str) -> str:
    """Horizontal bars grouped by `period` (one group per month or year, oldest first), one bar per `series` and
    `unit` coloured by series, each labelled "1,386 cases · KEMLU", with a legend of the series. Negative values
    (a running total that fell) are drawn left of the zero line."""
    bars = _bars(frame, period, series, unit)
    names = sorted(bars[series].unique().to_list(), key=lambda s: (s == UNKNOWN, s))
    colour = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}

    legend: list[str] = []
    x, y = LEFT, 8
    for name in names:
        width = 32 + 8 * len(name)
        if x + width > WIDTH:
            x, y = LEFT, y + 18
        legend.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour[name]}"/>'
            f'<text x="{x + 16}" y="{y + 10}" {FONT}>{html.escape(name)}</text>'
        )
        x += width
    top = y + 28

    low = min(0, *bars["value"].to_list()) if bars.height else 0
    high = max(0, *bars["value"].to_list()) if bars.height else 0
    span = (high - low) or 1
    plot = WIDTH - LEFT - LABEL_ROOM
    zero = LEFT + plot * (-low) / span

    marks: list[str] = []
    y = top
    for (when,), group in bars.group_by(period, maintain_order=True):
        marks.append(
            f'<text class="period" x="{LEFT - 8}" y="{y + BAR - 5}" text-anchor="end" {FONT} '
            f'font-weight="600">{html.escape(_period_label(when))}</text>'
        )
        for row in group.iter_rows(named=True):
            value = row["value"]
            length = plot * abs(value) / span
            start = zero - length if value < 0 else zero
            label = f"{value:,} {row[unit]} · {row[series]}"
            marks.append(
                f'<rect class="bar" x="{start:.1f}" y="{y}" width="{max(length, 1):.1f}" height="{BAR}" '
                f'fill="{colour[row[series]]}"><title>{html.escape(label)}</title></rect>'
                f'<text class="value" x="{max(start + length, zero) + 4:.1f}" y="{y + BAR - 5}" {FONT}>'
                f"{html.escape(label)}</text>"
            )
            y += BAR + GAP
        y += GROUP_GAP
    axis = f'<line x1="{zero:.1f}" y1="{top - 4}" x2="{zero:.1f}" y2="{y - GROUP_GAP + 2}" stroke="#555"/>'
    if not bars.height:
        empty = f"no figure is dated to one {_unit_of_time(period)}"
        axis = f'<text class="empty" x="{LEFT}" y="{top}" {FONT}>{empty}</text>'
        y = top + 12 + GROUP_GAP
    height = y + 8
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{html.escape(title)}">'
        f"{''.join(legend)}{axis}{''.join(marks)}</svg>"
    )


def undated_html(frame: pl.DataFrame, *, period: str, columns: list[str], table_id: str) -> str:
    """The rows of `frame` whose `period` is null, as a table of `columns` (value first after them), so that a
    figure the chart cannot place is still seen."""
    undated = frame.filter(pl.col(period).is_null()).sort(pl.col("value"), descending=True)
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{'' if row[c] is None else html.escape(f'{row[c]:,}' if c == 'value' else str(row[c]))}</td>"
            for c in columns
        )
        + "</tr>"
        for row in undated.iter_rows(named=True)
    )
    return (
        f'<table id="{table_id}" class="undated"><tr>{head}</tr>'
        f"{body or f'<tr><td colspan={len(columns)}>none</td></tr>'}</table>"
    )


def figure_html(
    frame: pl.DataFrame,
    *,
    period: str,
    series: str,
    unit: str,
    title: str,
    chart_id: str,
    undated_columns: list[str] | None = None,
    above: str = "the chart",
) -> str:
    """One chart as a `<figure>`; with `undated_columns`, the figures it (or the charts `above`) could not place
    listed under it."""
    undated = ""
    if undated_columns is not None:
        n = frame.filter(pl.col(period).is_null()).height
        undated = (
            f"<details{' open' if n <= OPEN_UNDATED else ''}><summary>{n} figure{'' if n == 1 else 's'} not in "
            f"{above}: the period is unknown or not one {_unit_of_time(period)} (basis and "
            "period say why)</summary>"
            + undated_html(frame, period=period, columns=undated_columns, table_id=f"{chart_id}-undated")
            + "</details>"
        )
    return (
        f'<figure class="analyst" id="{chart_id}"><figcaption>{html.escape(title)}</figcaption>'
        f"{bar_chart_svg(frame, period=period, series=series, unit=unit, title=title)}{undated}</figure>"
    )


BLOCKED_UNDATED = [
    "agency_id",
    "object_type",
    "basis",
    "value",
    "period_start",
    "period_end",
    "window_length",  # "dalam lima tahun terakhir" of an undated article: P5Y, what it covers though unplaced
    "first_reported_date",
]
CASES_UNDATED = [
    "agency_id",
    "category",
    "country_id",
    "unit",
    "basis",
    "value",
    "period_start",
    "period_end",
    "window_length",  # "dalam lima tahun terakhir" of an undated article: P5Y, what it covers though unplaced
    "first_reported_date",
]


def analyst_charts_html(blocked: pl.DataFrame, cases: pl.DataFrame) -> str:
    """The report's analyst section: blocked content per month per agency, case counts per year by category and
    by country, each with the figures it could not place."""
    return (
        figure_html(
            blocked,
            period="period_month",
            series="agency_id",
            unit="object_type",
            title="Blocked content per month, per agency",
            chart_id="blocked-per-month",
            undated_columns=BLOCKED_UNDATED,
        )
        + figure_html(
            cases,
            period="period_year",
            series="category",
            unit="unit",
            title="Case counts per year, by category",
            chart_id="cases-per-year-category",
        )
        + figure_html(
            cases,
            period="period_year",
            series="country_id",
            unit="unit",
            title="Case counts per year, by country",
            chart_id="cases-per-year-country",
            undated_columns=CASES_UNDATED,
            above="the two charts of case counts",
        )
    )

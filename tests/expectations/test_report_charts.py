"""The report's analyst charts (expectations/charts.py): every bar labelled with its value, unit and series, a legend
of the series, and the figures the axis cannot place listed, not dropped."""

from datetime import date

import polars as pl

from expectations.charts import analyst_charts_html, bar_chart_svg, figure_html

CASES = pl.DataFrame(
    {
        "period_year": [2023, 2023, None],
        "category": ["online_scam", None, "trafficking"],
        "country_id": ["KH", "KH", "MM"],
        "agency_id": ["KEMLU", "POLRI", "BP2MI"],
        "unit": ["cases", "people", "cases"],
        "basis": ["period", "increment", "running_total"],
        "value": [1386, 542, 2300],
        "period_start": [date(2023, 1, 1), date(2023, 7, 8), date(2020, 1, 1)],
        "period_end": [date(2023, 12, 31), date(2023, 9, 29), date(2023, 7, 7)],
        "first_reported_date": [date(2024, 1, 5), date(2023, 9, 29), date(2023, 7, 7)],
        "window_length": pl.Series([None, None, None], dtype=pl.String),
    }
)


def test_bars_are_labelled_and_the_undated_figure_is_listed() -> None:
    page = figure_html(
        CASES,
        period="period_year",
        series="category",
        unit="unit",
        title="Case counts per year, by category",
        chart_id="cases",
        undated_columns=["agency_id", "category", "unit", "basis", "value", "period_start"],
    )
    svg = page[page.index("<svg") : page.index("</svg>")]
    # one bar per dated row, each labelled; the null category is named, not left blank
    assert svg.count('<rect class="bar"') == 2
    assert ">1,386 cases · online_scam</text>" in svg and ">542 people · unknown</text>" in svg
    assert ">2023</text>" in svg
    # the legend names each series once; the undated row's series has no bar, so it is not in the legend
    assert svg.count(">online_scam</text>") == 1 and "trafficking" not in svg
    # the undated figure is in the table under the chart, with its value and period
    table = page[page.index('<table id="cases-undated"') :]
    assert "1 figure not in the chart" in page
    assert "<td>BP2MI</td><td>trafficking</td><td>cases</td><td>running_total</td><td>2,300</td>" in table
    assert "<td>2020-01-01</td>" in table and "1,386" not in table


def test_a_negative_increment_is_drawn_left_of_zero() -> None:
    frame = pl.DataFrame(
        {
            "period_month": [date(2024, 11, 1)] * 2,
            "agency_id": ["KOMDIGI", "KOMINFO"],
            "object_type": ["content"] * 2,
        }
    ).with_columns(value=pl.Series([-40795, 20241]))
    svg = bar_chart_svg(frame, period="period_month", series="agency_id", unit="object_type", title="t")
    assert ">2024-11</text>" in svg and ">-40,795 content · KOMDIGI</text>" in svg
    zero = float(svg.split('<line x1="')[1].split('"')[0])
    bars = {
        label: float(x)
        for x, label in (
            (part.split('x="')[1].split('"')[0], part.split("<title>")[1].split("</title>")[0])
            for part in svg.split('<rect class="bar"')[1:]
        )
    }
    assert bars["-40,795 content · KOMDIGI"] < zero and bars["20,241 content · KOMINFO"] == zero


def test_nothing_dated_says_so_and_lists_every_figure() -> None:
    blocked = pl.DataFrame(
        {
            "period_month": pl.Series([None, None], dtype=pl.Date),
            "agency_id": ["KOMINFO", "KOMINFO"],
            "object_type": ["site", "content"],
            "basis": ["running_total", "period"],
            "value": [2100000, 886719],
            "period_start": pl.Series([None, None], dtype=pl.Date),
            "period_end": [date(2024, 6, 15), None],
            "first_reported_date": [date(2024, 6, 15), None],
            "window_length": [None, "P5Y"],
        }
    )
    page = analyst_charts_html(blocked, CASES)
    chart = page[: page.index("</figure>")]
    assert "no figure is dated to one month" in chart and '<rect class="bar"' not in chart
    assert "2 figures not in the chart" in chart
    assert "<td>2,100,000</td>" in chart and "<td>886,719</td>" in chart
    # the undated window says what it covers: five years before its article's (unknown) date
    assert "<td>886,719</td><td></td><td></td><td>P5Y</td>" in chart
    # the case counts' undated figure is listed once, under the second of their two charts
    assert page.count("<td>2,300</td>") == 1 and 'id="cases-per-year-country-undated"' in page

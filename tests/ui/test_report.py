"""`pantau report` opened in a real browser (issue #7): the summary page must render its charts, one check row per
stage and the rejected-inputs table from file:// with no server or network."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import pytest

from expectations.charts import OPEN_UNDATED
from tests.conftest import Report, save_screenshot

pytestmark = [pytest.mark.integration, pytest.mark.browser]

STAGES = {"raw", "clean", "extracted", "marts"}


@pytest.fixture(scope="module")
def report_index(seeds_report: Report) -> Path:
    """The summary page `pantau report` wrote for the shared seeds warehouse (the path it prints); the report is
    made once per session (tests/conftest.py), test_pipeline checks its files."""
    result = seeds_report.result
    assert result.returncode == 0, result.stderr[-2000:]
    return Path(result.stdout.strip().splitlines()[-1])


def test_report_renders_in_chromium(
    report_index: Path, seeds_warehouse: Path, browser: Any, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    # Network requests are recorded and refused: the summary page must be self-contained (CI has no internet).
    remote: list[str] = []
    page.route(
        lambda url: not url.startswith("file:"),
        lambda route: (remote.append(route.request.url), route.abort()),
    )
    try:
        page.goto(report_index.as_uri(), wait_until="load")
        assert page.title() == "pantau data quality"

        figures = page.locator("#charts figure")
        captions = figures.locator("figcaption").all_inner_texts()
        assert {
            "Expectations per stage",
            "Facts per agency over time",
            "Blocked content per object type",
        } <= set(captions)
        for i in range(figures.count()):
            svg = figures.nth(i).locator("svg").first
            box = svg.bounding_box()
            assert box and box["width"] > 100 and box["height"] > 50, (captions[i], box)
        # Marks, not just an empty frame: bars for the checks per stage, points for the facts.
        checks_chart = figures.filter(has_text="Expectations per stage").locator("svg")
        assert checks_chart.locator(".mark-rect path").count() >= len(STAGES)
        assert figures.filter(has_text="Facts per agency").locator("svg .mark-symbol path").count() > 0

        rows = page.locator("#checks tr").filter(has=page.locator("td"))
        cells = [rows.nth(i).locator("td").all_inner_texts() for i in range(rows.count())]
        assert {c[0] for c in cells} == STAGES
        assert all(int(c[2]) > 0 and c[3] == "0" for c in cells), cells  # the seeds build passed every check
        assert rows.first.evaluate("r => getComputedStyle(r.lastElementChild).color") == "rgb(46, 125, 50)"

        with duckdb.connect(str(seeds_warehouse), read_only=True) as con:
            rejected = con.execute("select count(*) from marts.rejected_inputs").fetchone()[0]
        rejected_rows = page.locator("#rejected tr").filter(has=page.locator("td"))
        assert rejected_rows.first.is_visible()
        if rejected:
            assert rejected_rows.count() >= 1 and figures.filter(has_text="Rejected inputs").count() == 1
        else:
            assert rejected_rows.all_inner_texts() == ["none"]

        _check_analyst_charts(page, seeds_warehouse)

        shot = save_screenshot(page.screenshot(full_page=True), "report.png", tmp_path)
        assert shot.stat().st_size > 20_000

        assert remote == [], f"the summary page loads remote resources: {remote[:5]}"

        page.get_by_role("link", name="Great Expectations Data Docs").click()
        page.wait_for_load_state("load")
        assert page.url.startswith("file:") and page.url.endswith("data_docs/index.html")
        assert "Data Docs" in page.locator("body").inner_text()
        linked = set(re.findall(r"validations/[^\"'<>\s]+\.html", page.content()))
        assert {path.split("/")[2] for path in linked} == STAGES, linked
        assert all((report_index.parent / "data_docs" / path).is_file() for path in linked)
    finally:
        page.close()


def _check_analyst_charts(page: Any, warehouse: Path) -> None:
    """The charts of the marts an analyst adds up: drawn as SVG, every dated figure's bar labelled and visible with
    its value, unit and series, and every undated figure in the table under its chart (numbers from the warehouse)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cases = con.execute(
            "select format('{:,} {} · {}', sum(value), unit, coalesce(category, 'unknown')) "
            "from marts.mart_case_counts_by_period where period_year is not null group by period_year, unit, category"
        ).fetchall()
        undated = {
            "blocked-per-month": con.execute(
                "select format('{:,}', value) from marts.mart_blocked_by_period where period_month is null"
            ).fetchall(),
            "cases-per-year-country": con.execute(
                "select format('{:,}', value) from marts.mart_case_counts_by_period where period_year is null"
            ).fetchall(),
        }
    assert cases, "the seed build has dated case counts: the chart must draw them"
    section = page.locator("#analyst-charts")
    captions = section.locator("figcaption").all_inner_texts()
    assert captions == [
        "Blocked content per month, per agency",
        "Case counts per year, by category",
        "Case counts per year, by country",
    ]
    by_category = section.locator("#cases-per-year-category svg")
    box = by_category.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 50, box
    assert by_category.locator("rect.bar").count() == len(cases)
    for (label,) in cases:
        text = by_category.locator("text.value", has_text=re.compile(f"^{re.escape(label)}$"))
        assert text.count() == 1 and text.is_visible(), label
        assert text.bounding_box()["x"] + text.bounding_box()["width"] <= box["x"] + box["width"], label
    assert by_category.locator("text.period").count() >= 1
    for chart_id, values in undated.items():
        rows = section.locator(f"#{chart_id}-undated tr").filter(has=page.locator("td"))
        listed = rows.all_inner_texts()
        if not values:
            assert listed == ["none"], chart_id
            continue
        assert len(listed) == len(values), (chart_id, listed)
        assert all(any(f"\t{v}\t" in row for row in listed) for (v,) in values), (chart_id, listed)
        assert rows.first.is_visible() == (len(values) <= OPEN_UNDATED), chart_id


def _offline_page(browser: Any) -> tuple[Any, list[str], list[str]]:
    """A page whose requests outside file:// and 127.0.0.1 are refused and recorded, with its script errors."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    remote: list[str] = []
    errors: list[str] = []

    def refuse(route: Any) -> None:
        remote.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith(("file:", "http://127.0.0.1", "data:")), refuse)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page, remote, errors


def test_data_docs_render_offline(report_index: Path, browser: Any, tmp_path: Path) -> None:
    """GE's Data Docs with the network blocked (issue #17): the index's table of validations is drawn (by the
    vendored bootstrap-table), Bootstrap styles it, the pass/fail icons have their font, and a validation page
    shows its expectations; nothing is fetched from outside."""
    docs = report_index.parent / "data_docs"
    page, remote, errors = _offline_page(browser)
    try:
        page.goto((docs / "index.html").as_uri(), wait_until="load")
        table = page.locator("#section-1-content-block-2-1-body-table")
        rows = table.locator("tbody tr")
        rows.first.wait_for(state="visible", timeout=30_000)
        assert rows.count() >= len(STAGES), rows.all_inner_texts()
        assert page.evaluate(
            "() => typeof window.jQuery === 'function' && typeof jQuery.fn.bootstrapTable === 'function'"
        )
        # Bootstrap's stylesheet is applied (without it the body font would be the browser's default serif).
        assert "Segoe UI" in page.evaluate("() => getComputedStyle(document.body).fontFamily")
        # The status column is an icon: drawn only when Font Awesome's font has loaded.
        icon = table.locator("i.fa-check-circle").first
        icon.wait_for(state="visible", timeout=30_000)
        assert page.evaluate("() => document.fonts.check('900 16px \"Font Awesome 6 Free\"')")
        assert icon.bounding_box()["width"] > 5
        save_screenshot(page.screenshot(full_page=True), "data_docs.png", tmp_path)

        validation = next(docs.glob("validations/**/*.html"))
        page.goto(validation.as_uri(), wait_until="load")
        body = page.locator("body")
        assert "Overview" in body.inner_text() and "Expectation" in body.inner_text()
        assert page.locator("table").count() > 0
        assert "Segoe UI" in page.evaluate("() => getComputedStyle(document.body).fontFamily")
        assert remote == [], f"Data Docs tried to load remote resources: {remote[:5]}"
        assert errors == [], errors[:3]
    finally:
        page.close()


def test_dbt_docs_render_offline(report_index: Path, browser: Any) -> None:
    """The dbt docs page (one static file) with the network blocked: a model's page shows its description and
    columns, drawn by the page's own scripts from the manifest and catalog inlined in it."""
    page, remote, errors = _offline_page(browser)
    try:
        page.goto(
            (report_index.parent / "dbt_docs" / "index.html").as_uri()
            + "#!/model/model.pantau.fct_case_counts",
            wait_until="load",
        )
        page.get_by_text("surface_text", exact=True).first.wait_for(state="visible", timeout=60_000)
        text = page.locator("body").inner_text()
        assert "fct_case_counts table" in text and "Grain: one row per figure" in text
        assert "dim_article" in text  # the project tree
        assert remote == [], f"dbt docs tried to load remote resources: {remote[:5]}"
        assert errors == [], errors[:3]
    finally:
        page.close()

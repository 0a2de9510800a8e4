"""`pantau report` opened in a real browser (issue #7): the summary page must render its charts, one check row per
stage and the rejected-inputs table from file:// with no server or network."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.conftest import run_pantau, save_screenshot

pytestmark = [pytest.mark.integration, pytest.mark.browser]

STAGES = {"raw", "clean", "extracted", "marts"}


@pytest.fixture(scope="module")
def report_index(seeds_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The summary page `pantau report` writes for the shared seeds warehouse (the path it prints)."""
    tmp = tmp_path_factory.mktemp("report")
    result = run_pantau("report", "--warehouse", str(seeds_warehouse), "--out", str(tmp / "report"), env_home=tmp)
    assert result.returncode == 0, result.stderr[-2000:]
    return Path(result.stdout.strip().splitlines()[-1])


def test_report_renders_in_chromium(report_index: Path, seeds_warehouse: Path, browser: Any, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    # Network requests are recorded and refused: the summary page must be self-contained (CI has no internet).
    remote: list[str] = []
    page.route(lambda url: not url.startswith("file:"), lambda route: (remote.append(route.request.url), route.abort()))
    try:
        page.goto(report_index.as_uri(), wait_until="load")
        assert page.title() == "pantau data quality"

        figures = page.locator("#charts figure")
        captions = figures.locator("figcaption").all_inner_texts()
        assert {"Checks per stage", "Facts per agency over time", "Blocked content per object type"} <= set(captions)
        for i in range(figures.count()):
            svg = figures.nth(i).locator("svg").first
            box = svg.bounding_box()
            assert box and box["width"] > 100 and box["height"] > 50, (captions[i], box)
        # Marks, not just an empty frame: bars for the checks per stage, points for the facts.
        checks_chart = figures.filter(has_text="Checks per stage").locator("svg")
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

        shot = save_screenshot(page.screenshot(full_page=True), "report.png", tmp_path)
        assert shot.stat().st_size > 20_000

        assert remote == [], f"the summary page loads remote resources: {remote[:5]}"

        page.get_by_role("link", name="Great Expectations Data Docs").click()
        page.wait_for_load_state("load")
        assert page.url.startswith("file:") and page.url.endswith("data_docs/index.html")
        assert "Data Docs" in page.locator("body").inner_text()
        # Its tables are drawn by scripts from CDNs (blocked here), so check the validation pages it links.
        linked = set(re.findall(r"validations/[^\"'<>\s]+\.html", page.content()))
        assert {path.split("/")[2] for path in linked} == STAGES, linked
        assert all((report_index.parent / "data_docs" / path).is_file() for path in linked)
    finally:
        page.close()

"""The report's rejected-input section counts reasons by kind and lists every rejected file."""

import polars as pl

from expectations.report import rejected_counts, rejected_html


def _frame(rows: list[tuple[str, str]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"source_path": pl.String, "reason": pl.String}, orient="row")


def test_reasons_are_counted_by_kind_and_every_file_is_listed() -> None:
    rejected = _frame(
        [
            ("b.txt", "duplicate: same text as a.txt"),
            ("c.txt", "duplicate: same text as a.txt"),
            ("d.txt", "duplicate: same text as x/y.txt"),
            ("<img>.html", "binary file: looks like a PNG image, not text"),
        ]
    )
    assert rejected_counts(rejected).rows() == [("duplicate", 3), ("binary file", 1)]
    page = rejected_html(rejected)
    assert (
        "<tr><td>duplicate</td><td>3</td></tr>" in page and "<tr><td>binary file</td><td>1</td></tr>" in page
    )
    assert "<tr><td>d.txt</td><td>duplicate: same text as x/y.txt</td></tr>" in page
    assert "&lt;img&gt;.html" in page and "<img>" not in page


def test_nothing_rejected_says_none() -> None:
    page = rejected_html(_frame([]))
    assert "<td colspan=2>none</td>" in page and rejected_counts(_frame([])).height == 0

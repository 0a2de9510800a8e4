"""`pantau run`'s summary says why inputs were rejected, counted by kind, not only how many."""

from pathlib import Path

import duckdb
import pytest

from orchestration import cli

REASONS = [
    ("a.txt", "empty file"),
    ("b.txt", "empty file"),
    ("c.txt", "duplicate: same text as a.txt"),
    ("feed.jsonl#2", "malformed JSON line: Expecting value (column 1)"),
]


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute(
            "create table marts.rejected_inputs (source_path varchar, reason varchar, detected_at timestamptz)"
        )
        con.executemany("insert into marts.rejected_inputs values (?, ?, now())", REASONS)
    return path


def test_rejected_by_reason_from_the_warehouse(warehouse: Path) -> None:
    assert cli._rejected_by_reason(warehouse) == {"empty file": 2, "duplicate": 1, "malformed JSON line": 1}


def test_printed_summary_lists_reason_counts(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counts = {"dim_article": 5, "rejected_inputs": 4}
    cli._print_summary(True, 1.0, counts, 10, [], {}, cli._rejected_by_reason(warehouse))
    out = capsys.readouterr().out
    assert "articles ingested: 5, rejected: 4" in out
    lines = {" ".join(line.replace("│", " ").split()) for line in out.splitlines()}
    assert {"empty file 2", "duplicate 1", "malformed JSON line 1"} <= lines

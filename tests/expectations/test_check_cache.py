"""The checks' verdict cache (expectations/stages.py validate_input, orchestration/lib/check_cache.py): rows whose
verdict the cache holds are not validated again, and the quarantine is what a validation of every row gives."""

import shutil
from datetime import date, timedelta
from pathlib import Path

import duckdb
import polars as pl
import pytest

from expectations import quarantine
from expectations.runner import build_data_docs
from expectations.stages import InputValidation, input_fingerprint, validate_input, validate_stage
from orchestration.lib import check_cache
from tests.expectations.test_quarantine import BODY, _warehouse
from transforms.reference import reference_dir

TODAY = date(2026, 12, 2)


def _full(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """The quarantine of a validation of every row (no cache), as the checks wrote it before the cache."""
    results = {stage: validate_stage(con, stage)[0] for stage in quarantine.STAGES}
    return quarantine.judge(con, results, 0.5)[0]


def _incremental(
    con: duckdb.DuckDBPyConnection, cache: Path, today: date = TODAY
) -> tuple[pl.DataFrame, dict[str, InputValidation]]:
    inputs = {stage: validate_input(con, stage, cache, today) for stage in quarantine.STAGES}
    withheld, _ = quarantine.judge(
        con,
        {s: v.result for s, v in inputs.items()},
        0.5,
        {s: v.cached_rejections for s, v in inputs.items()},
    )
    return withheld, inputs


def _counts(inputs: dict[str, InputValidation]) -> dict[str, tuple[int, int]]:
    return {s: (v.rows_validated, v.rows_from_cache) for s, v in inputs.items()}


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    """validate_stage's suites judge dates by the same day as the incremental validations here."""
    monkeypatch.setattr("expectations.suites.today_in_indonesia", lambda: TODAY)


def test_added_edited_and_deleted_rows_give_the_quarantine_of_a_full_validation(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "w.duckdb", articles=8, future=(1,), huge=(2,), unknown=(3,))
    cache = tmp_path / "parts"
    withheld, inputs = _incremental(con, cache)
    assert withheld.height == 3 and withheld.equals(_full(con))
    assert _counts(inputs) == {"raw": (8, 0), "clean": (8, 0), "extracted": (16, 0)}

    withheld, inputs = _incremental(con, cache)
    assert withheld.equals(_full(con))
    assert _counts(inputs) == {"raw": (0, 8), "clean": (0, 8), "extracted": (0, 16)}
    assert not inputs["extracted"].result.failures  # GE saw no row-level failure: both came from the cache
    assert len(inputs["extracted"].cached_rejections) == 2

    # edit: a4 now dated 2085 and its blocked figure misparsed, b2 corrected; delete a5; add a8 (unknown country)
    con.execute("update clean.articles set published_date = '2085-01-01' where article_id = 'a4'")
    con.execute("update extracted.blocked_content set value = 791036613 where fact_id = 'b4'")
    con.execute("update extracted.blocked_content set value = 500 where fact_id = 'b2'")
    for table in ("raw.articles", "clean.articles", "extracted.case_counts", "extracted.blocked_content"):
        con.execute(f"delete from {table} where article_id = 'a5'")
    body = BODY + " Berita nomor 8."
    con.execute(
        "insert into raw.articles values ('a8', 'a8.txt', 'txt', ?, ?, ?)", [len(body), body, "8" * 64]
    )
    con.execute(
        "insert into clean.articles values ('a8', 'a8.txt', ?, 40, 'id', '2024-06-08', 'https://contoh.id/a8')",
        [body],
    )
    con.execute(
        "insert into extracted.case_counts select 'c8', 'a8', value, unit, category, period_start, period_end, "
        "period_precision, qualifier, char_start, char_end, surface_text, agency_id, 'XX', window_start, "
        "window_end, window_length from extracted.case_counts where fact_id = 'c0'"
    )
    withheld, inputs = _incremental(con, cache)
    assert withheld.equals(_full(con))
    assert {(r["table_name"], r["row_key"]) for r in withheld.to_dicts()} == {
        ("dim_article", "a1"),
        ("dim_article", "a4"),
        ("fct_blocked_content", "b4"),
        ("fct_case_counts", "c3"),
        ("fct_case_counts", "c8"),
    }
    # only the edited and added rows were validated: a4 in clean, b2, b4 and c8 in extracted, a8 everywhere
    assert _counts(inputs) == {"raw": (1, 7), "clean": (2, 6), "extracted": (3, 12)}
    # the cache holds the table's rows only (a5's are gone)
    assert pl.read_parquet(check_cache.path(cache, "clean"))[check_cache.DIGEST].n_unique() == 8


def test_a_withheld_row_stays_withheld_until_the_reference_data_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = _warehouse(tmp_path / "w.duckdb", articles=5, unknown=(3,))
    cache = tmp_path / "parts"
    first, _ = _incremental(con, cache)
    assert [(r["row_key"], r["check_name"]) for r in first.to_dicts()] == [
        ("c3", "extracted:expect_column_values_to_be_in_set:country_id")
    ]
    again, inputs = _incremental(con, cache)
    assert again.equals(first) and _counts(inputs)["extracted"] == (0, 10)

    # the reference data now knows XX: every row is validated again and c3 is released, as a full validation says
    reference = tmp_path / "reference"
    shutil.copytree(reference_dir(), reference)
    with (reference / "countries.csv").open("a", encoding="utf-8") as countries:
        countries.write("XX,XXX,Testland,Negeri Uji,Nowhere,\n")
    monkeypatch.setenv("PANTAU_REFERENCE_DIR", str(reference))
    released, inputs = _incremental(con, cache)
    assert _counts(inputs) == {"raw": (5, 0), "clean": (5, 0), "extracted": (10, 0)}
    assert released.height == 0 and released.equals(_full(con))

    # and back: the old fingerprint's verdicts were replaced, so c3 is validated and withheld again
    monkeypatch.delenv("PANTAU_REFERENCE_DIR")
    withheld, inputs = _incremental(con, cache)
    assert withheld.equals(first) and _counts(inputs)["extracted"] == (10, 0)


def test_a_withheld_row_is_judged_again_the_next_day_a_passed_one_is_not(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "w.duckdb", articles=4, future=(1,))
    cache = tmp_path / "parts"
    first, _ = _incremental(con, cache)
    assert [r["row_key"] for r in first.to_dicts()] == ["a1"]
    _, inputs = _incremental(con, cache, TODAY + timedelta(days=1))
    assert _counts(inputs)["clean"] == (1, 3)  # the withheld a1 only
    assert _counts(inputs)["extracted"] == (0, 8)
    # the day a1's date is no longer in the future, it is released
    released, inputs = _incremental(con, cache, date(2085, 6, 9))
    assert released.height == 0 and _counts(inputs)["clean"] == (1, 3)
    # a clock set back: a pass judged on a later day is not trusted, a1 is validated and withheld again
    again, inputs = _incremental(con, cache, TODAY)
    assert again.equals(first) and _counts(inputs)["clean"] == (1, 3)


def test_the_fingerprint_ignores_today_but_not_the_suite() -> None:
    """Date rules' upper bounds grow with today (so passed rows stay passed); nothing else moves with it."""
    for stage in quarantine.STAGES:
        assert input_fingerprint(stage, TODAY)[0] == input_fingerprint(stage, date(2031, 3, 1))[0]
    assert len({input_fingerprint(stage, TODAY)[0] for stage in quarantine.STAGES}) == 3


def test_data_docs_say_which_rows_were_validated(tmp_path: Path) -> None:
    con = _warehouse(tmp_path / "w.duckdb", articles=4, huge=(0,))
    _incremental(con, tmp_path / "parts")
    con.execute("update extracted.blocked_content set value = 600 where fact_id = 'b1'")
    _, inputs = _incremental(con, tmp_path / "parts")
    result = inputs["extracted"].result
    rows = result.validation_result["meta"]["pantau_rows"]
    assert (rows["total"], rows["validated"], rows["from_cache"]) == (8, 1, 7)
    index = build_data_docs([v.result for v in inputs.values()], tmp_path / "docs")
    pages = " ".join(p.read_text(encoding="utf-8") for p in index.parent.rglob("*.html"))
    assert "validated the row-level expectations on 1 new or changed rows" in pages
    assert "verdicts of 7 unchanged rows from the verdict cache" in pages and "1 of them withheld" in pages

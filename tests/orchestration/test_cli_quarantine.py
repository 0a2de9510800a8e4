"""`pantau run` counts the rows the quality checks withheld per check, from the checks' own metadata (so a run that
blocked says what it rejected too), and prints them."""

from types import SimpleNamespace

import pytest
from dagster import AssetCheckSeverity, AssetKey, MetadataValue

from orchestration import cli

DATE = "clean:expect_column_values_to_be_between:published_date"
VALUE = "extracted:expect_column_values_to_be_between:value if fact_table == 'blocked_content'"


def _check(
    name: str,
    by_check: dict[str, int] | None,
    *,
    severity: AssetCheckSeverity = AssetCheckSeverity.WARN,
    description: str | None = None,
) -> SimpleNamespace:
    metadata = {} if by_check is None else {"quarantined_by_check": MetadataValue.json(by_check)}
    return SimpleNamespace(
        asset_key=AssetKey(["clean", "articles"]),
        check_name=name,
        passed=False,
        metadata=metadata,
        severity=severity,
        description=description,
    )


def test_counts_per_check_are_summed_over_the_checks() -> None:
    checks = [
        _check("ge_raw_suite", {}),
        _check("ge_clean_suite", {DATE: 1}),
        _check("ge_extracted_suite", {VALUE: 3}),
        _check("ge_marts_suite", None),
    ]
    assert cli._quarantined_by_check(checks) == {VALUE: 3, DATE: 1}
    assert cli._quarantined_by_check([]) == {}


def test_summary_prints_withheld_rows_and_why_a_run_blocked(capsys: pytest.CaptureFixture[str]) -> None:
    cli._print_summary(
        True,
        1.0,
        {"dim_article": 6, "rejected_inputs": 0},
        10,
        [_check("ge_clean_suite", {DATE: 1})],
        {},
        {},
        quarantined={DATE: 1},
    )
    out = capsys.readouterr().out
    assert (
        "withheld by check" in out
        and "marts.quarantined_rows" in out
        and "warned clean/articles:ge_clean_suite" in out
    )
    why = "3 of 10 articles rejected by row-level checks (3 of 10 rows)"
    blocked = _check("ge_clean_suite", {DATE: 3}, severity=AssetCheckSeverity.ERROR, description=why)
    cli._print_summary(False, 1.0, {}, 2, [blocked], {}, {}, quarantined={DATE: 3})
    out = " ".join(capsys.readouterr().out.split())
    assert "rejected by check (nothing published)" in out and "marts.quarantined_rows" not in out
    assert f"failed clean/articles:ge_clean_suite: {why}" in out

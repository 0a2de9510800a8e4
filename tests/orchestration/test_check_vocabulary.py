"""One vocabulary for checks (README, "Checks: one vocabulary"): `pantau run` counts asset checks and says how
many are dbt tests and how many Great Expectations suite checks (with their expectations); the dbt build
progress counts dbt nodes the way dbt does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dagster import AssetKey, AssetObservation, MetadataValue
from dagster._core.definitions.asset_checks.asset_check_evaluation import AssetCheckEvaluation

from orchestration import cli
from orchestration.defs.warehouse.assets import _finishes_a_node, build_nodes
from orchestration.defs.warehouse.project import pantau_dbt_project


def _check(name: str, passed: bool = True, expectations: int | None = None) -> AssetCheckEvaluation:
    metadata = {} if expectations is None else {"expectations": MetadataValue.int(expectations)}
    return AssetCheckEvaluation(
        asset_key=AssetKey(["marts", "x"]), check_name=name, passed=passed, metadata=metadata
    )


def test_summary_names_dbt_tests_and_suites(capsys: pytest.CaptureFixture[str]) -> None:
    checks = [
        _check("unique_a_id"),
        _check("not_null_a_id"),
        _check("ge_raw_suite", expectations=12),
        _check("ge_marts_suite", expectations=40),
    ]
    cli._print_summary(True, 1.0, {}, 4, [], {}, {}, checks)
    out = " ".join(capsys.readouterr().out.split())
    assert (
        "asset checks passed: 4, failed: 0 (2 dbt tests, 2 Great Expectations suite checks with "
        "52 expectations)"
    ) in out


def test_build_nodes_counts_seeds_models_and_tests() -> None:
    manifest = json.loads(Path(pantau_dbt_project.manifest_path).read_text())
    kinds = [n["resource_type"] for n in manifest["nodes"].values()]
    assert build_nodes(manifest) == kinds.count("seed") + kinds.count("model") + kinds.count("test")


def test_a_test_of_several_models_is_one_node() -> None:
    seen: set[str] = set()
    observed = [
        AssetObservation(asset_key=AssetKey(["marts", t]), metadata={"unique_id": "test.pantau.assert_x"})
        for t in ("a", "b", "c")
    ]
    assert [_finishes_a_node(e, seen) for e in observed] == [True, False, False]
    assert _finishes_a_node(_check("unique_a_id"), seen)

"""`pantau run` fails when the run did not publish: Dagster skips the publish step when an output it reads was not
produced (a dbt output not yielded) and still ends the run SUCCESS; the previous warehouse stays published, so the
run must not read as a success. The job here is a real Dagster run of the same shape: an upstream multi-asset that
yields only one of its outputs and `warehouse/published` reading both."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from dagster import (
    AssetKey,
    AssetOut,
    AssetSelection,
    Definitions,
    MaterializeResult,
    Output,
    asset,
    define_asset_job,
    multi_asset,
)
from typer.testing import CliRunner

from expectations.suites import mart_tables
from orchestration import cli
from orchestration.published import PUBLISH_STEP


@multi_asset(outs={"a": AssetOut(is_required=False), "b": AssetOut(is_required=False)}, can_subset=False)
def upstream():
    yield Output(None, output_name="a")  # "b" is never yielded


@asset(key=["warehouse", "published"], deps=[AssetKey("a"), AssetKey("b")])
def published(context) -> MaterializeResult:
    raise AssertionError("must be skipped: output b was not produced")


def _skipped_publish_result(*_args):
    job = Definitions(
        assets=[upstream, published], jobs=[define_asset_job("job", selection=AssetSelection.all())]
    ).resolve_job_def("job")
    return job.execute_in_process(raise_on_error=False)


@pytest.fixture
def skipped_publish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    warehouse = tmp_path / "w.duckdb"  # the previously published warehouse
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create schema marts")
        for table in mart_tables():  # what the old code read after a "successful" run
            con.execute(f"create table marts.{table} (reason varchar)")
    (tmp_path / "articles").mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PANTAU_ARTICLES_DIR", str(tmp_path / "articles"))
    monkeypatch.setenv("PANTAU_WAREHOUSE", str(warehouse))
    monkeypatch.setattr(cli, "_up_to_date", lambda *_: False)
    monkeypatch.setattr(cli, "_execute", _skipped_publish_result)
    return warehouse


def _unchanged(warehouse: Path, before: bytes) -> bool:
    return warehouse.read_bytes() == before


def test_the_publish_step_is_really_skipped_and_dagster_calls_it_success() -> None:
    result = _skipped_publish_result()
    assert result.success
    assert any(e.is_step_skipped and e.step_key == PUBLISH_STEP for e in result.all_events)
    assert cli._not_published(result) == "warehouse not published: step warehouse__published was skipped"


def test_run_whose_publish_step_was_skipped_fails_quiet(skipped_publish: Path) -> None:
    before = skipped_publish.read_bytes()
    result = CliRunner().invoke(cli.app, ["run", "--quiet"])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["success"] is False
    assert summary["failure"] == "warehouse not published: step warehouse__published was skipped"
    assert "warehouse not published: step warehouse__published was skipped" in result.stderr.splitlines()
    assert _unchanged(skipped_publish, before)


def test_run_whose_publish_step_was_skipped_fails_in_the_summary(skipped_publish: Path) -> None:
    before = skipped_publish.read_bytes()
    result = CliRunner().invoke(cli.app, ["run"])
    assert result.exit_code == 1, result.output
    assert "FAILED (previous warehouse kept)" in result.stdout
    assert "warehouse not published: step warehouse__published was skipped" in result.stderr.splitlines()
    assert _unchanged(skipped_publish, before)


def test_the_stored_run_is_marked_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`pantau run`'s own run, as the UI shows it (same instance): FAILURE with the reason, not SUCCESS."""
    from dagster import DagsterInstance, DagsterRunStatus

    from orchestration import definitions
    from orchestration import published as published_lib

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setattr(cli, "_log_path", lambda: tmp_path / "run.log")
    monkeypatch.setattr(
        definitions,
        "defs",
        Definitions(
            assets=[upstream, published],
            jobs=[define_asset_job("pantau_job", selection=AssetSelection.all())],
        ),
    )
    # The test job has no partitions: no shard range tags.
    monkeypatch.setattr("orchestration.defs.partitions.ALL_SHARDS_TAGS", {})
    result = cli._execute(quiet=True, verbose=False)
    assert result.success and cli._not_published(result)
    with DagsterInstance.get() as instance:
        run = instance.get_run_by_id(result.run_id)
        assert run.status == DagsterRunStatus.FAILURE
        assert run.tags[published_lib.PUBLISHED_TAG] == "false"

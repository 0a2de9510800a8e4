"""Runs launched by the schedule or the sensors that Dagster calls SUCCESS although the publish step was skipped
(an output it reads was not produced): `unpublished_run_sensor` marks them FAILURE, and `new_articles_sensor`
requests the unpublished contents again instead of waiting for the folder to change. A real Dagster run on an
ephemeral instance, shaped like tests/orchestration/test_cli_not_published.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from dagster import (
    AssetKey,
    AssetOut,
    AssetSelection,
    DagsterInstance,
    DagsterRunStatus,
    DefaultSensorStatus,
    Definitions,
    MaterializeResult,
    Output,
    asset,
    build_run_status_sensor_context,
    build_sensor_context,
    define_asset_job,
    multi_asset,
)

from orchestration import published
from orchestration.defs.sensors import (
    ARTICLES_TAG,
    MAX_ATTEMPTS,
    new_articles_sensor,
    unpublished_run_sensor,
)

SKIPPED = "warehouse not published: step warehouse__published was skipped"


def _job(yield_b: bool):
    @multi_asset(outs={"a": AssetOut(is_required=False), "b": AssetOut(is_required=False)}, can_subset=False)
    def upstream():
        yield Output(None, output_name="a")
        if yield_b:
            yield Output(None, output_name="b")

    @asset(key=["warehouse", "published"], deps=[AssetKey("a"), AssetKey("b")])
    def warehouse_published() -> MaterializeResult:
        return MaterializeResult()

    job = define_asset_job("pantau_job", selection=AssetSelection.all())
    return Definitions(assets=[upstream, warehouse_published], jobs=[job]).resolve_job_def("pantau_job")


def _run(instance: DagsterInstance, publishes: bool, tags: dict[str, str] | None = None):
    result = _job(publishes).execute_in_process(instance=instance, tags=tags or {})
    assert result.success  # Dagster's verdict, either way
    return result


def _status_sensor(instance: DagsterInstance, result) -> None:
    context = build_run_status_sensor_context(
        sensor_name="unpublished_run_sensor",
        dagster_event=result.get_run_success_event(),
        dagster_instance=instance,
        dagster_run=result.dagster_run,
    )
    unpublished_run_sensor(context)


def test_a_run_whose_publish_step_was_skipped_is_marked_failed() -> None:
    with DagsterInstance.ephemeral() as instance:
        result = _run(instance, publishes=False)
        _status_sensor(instance, result)
        _status_sensor(instance, result)  # a second evaluation of the same event marks nothing twice
        run = instance.get_run_by_id(result.run_id)
        assert run.status == DagsterRunStatus.FAILURE
        assert run.tags[published.PUBLISHED_TAG] == "false" and run.tags[published.FAILURE_TAG] == SKIPPED
        failure = [
            e
            for e in instance.all_logs(result.run_id)
            if e.is_dagster_event and e.dagster_event.is_run_failure
        ]
        assert len(failure) == 1 and failure[0].dagster_event.message.startswith(SKIPPED)


def test_the_sensor_finds_the_run_through_its_cursor() -> None:
    """As the daemon evaluates it: a first tick sets the cursor, the next one sees the run's SUCCESS event."""
    from orchestration.definitions import defs

    sensor = defs.resolve_sensor_def("unpublished_run_sensor")
    assert sensor.default_status == DefaultSensorStatus.RUNNING
    with DagsterInstance.ephemeral() as instance:
        first = sensor.evaluate_tick(build_sensor_context(instance=instance, definitions=defs))
        result = _run(instance, publishes=False)
        tick = sensor.evaluate_tick(
            build_sensor_context(instance=instance, cursor=first.cursor, definitions=defs)
        )
        assert tick.cursor != first.cursor
        assert instance.get_run_by_id(result.run_id).status == DagsterRunStatus.FAILURE


def test_a_run_that_published_stays_a_success() -> None:
    with DagsterInstance.ephemeral() as instance:
        result = _run(instance, publishes=True)
        _status_sensor(instance, result)
        run = instance.get_run_by_id(result.run_id)
        assert run.status == DagsterRunStatus.SUCCESS and published.PUBLISHED_TAG not in run.tags


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("Kominfo memblokir 1.200 situs judi online sepanjang Januari 2024.")
    monkeypatch.setenv("PANTAU_ARTICLES_DIR", str(articles))
    monkeypatch.setenv("PANTAU_WAREHOUSE", str(tmp_path / "w.duckdb"))
    return articles


def _tick(instance: DagsterInstance, cursor: str | None):
    result = new_articles_sensor(build_sensor_context(cursor=cursor, instance=instance))
    return result.run_requests or [], result.skip_reason, result.cursor


@pytest.mark.parametrize("status_sensor_first", [False, True])
def test_new_articles_are_requested_again_after_an_unpublished_run(
    folder: Path, status_sensor_first: bool
) -> None:
    with DagsterInstance.ephemeral() as instance:
        (request,), _, cursor = _tick(instance, None)
        digest = request.tags[ARTICLES_TAG]
        result = _run(instance, publishes=False, tags={ARTICLES_TAG: digest})
        if status_sensor_first:  # the run is FAILURE by now: still the sensor's to retry
            _status_sensor(instance, result)

        (retry,), _, cursor = _tick(instance, cursor)  # the folder did not change
        assert retry.tags["pantau/retry_of"] == result.run_id and retry.run_key != request.run_key
        for _ in range(MAX_ATTEMPTS - 1):
            _run(instance, publishes=False, tags={ARTICLES_TAG: digest})
        requests, skip, _ = _tick(instance, cursor)
        assert (
            requests == [] and "not retried" in skip.skip_message
        )  # a bug, not a reason to build every minute


def test_a_published_run_is_not_requested_again(folder: Path) -> None:
    with DagsterInstance.ephemeral() as instance:
        (request,), _, cursor = _tick(instance, None)
        _run(instance, publishes=True, tags={ARTICLES_TAG: request.tags[ARTICLES_TAG]})
        requests, skip, _ = _tick(instance, cursor)
        assert requests == [] and "no new or changed" in skip.skip_message

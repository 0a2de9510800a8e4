"""new_articles_sensor on a temporary folder: runs on new or changed content, never on a mere touch."""

import json
import os
from pathlib import Path

import pytest
from dagster import DagsterInstance, RunRequest, build_sensor_context

from orchestration.defs.sensors import new_articles_sensor
from orchestration.lib import lock

TEXT = "Kominfo memblokir 1.200 situs judi online sepanjang Januari 2024, kata juru bicara di Jakarta."


def _tick(cursor: str | None, instance: DagsterInstance):
    result = new_articles_sensor(build_sensor_context(cursor=cursor, instance=instance))
    return result.run_requests or [], result.skip_reason, result.cursor


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(TEXT)
    (articles / "notes.md").write_text("not an article")  # unsupported suffix: ignored
    monkeypatch.setenv("PANTAU_ARTICLES_DIR", str(articles))
    monkeypatch.setenv("PANTAU_WAREHOUSE", str(tmp_path / "w.duckdb"))
    return articles


def test_sensor_runs_once_per_content_change(folder: Path) -> None:
    with DagsterInstance.ephemeral() as instance:
        requests, skip, cursor = _tick(None, instance)
        assert len(requests) == 1 and isinstance(requests[0], RunRequest) and skip is None
        assert set(json.loads(cursor)) == {"a.txt"}
        first_key = requests[0].run_key

        requests, skip, cursor = _tick(cursor, instance)
        assert requests == [] and "no new or changed" in skip.skip_message

        (folder / "sub").mkdir()
        (folder / "sub" / "b.txt").write_text(TEXT + " Tambahan.")
        requests, skip, cursor = _tick(cursor, instance)
        assert len(requests) == 1 and requests[0].tags["pantau/files_added"] == "1"
        assert requests[0].tags["dagster/asset_partition_range_end"] == "15"  # every shard, one run
        assert requests[0].run_key != first_key

        # Same bytes, new mtime: the file is re-hashed, nothing runs, and the cursor keeps the new mtime.
        stat = (folder / "a.txt").stat()
        os.utime(folder / "a.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
        requests, skip, cursor = _tick(cursor, instance)
        assert requests == [] and skip is not None
        assert json.loads(cursor)["a.txt"][1] == stat.st_mtime_ns + 5_000_000_000

        (folder / "a.txt").write_text(TEXT.replace("1.200", "1.300"))
        requests, _, cursor = _tick(cursor, instance)
        assert len(requests) == 1 and requests[0].tags["pantau/files_changed"] == "1"

        (folder / "sub" / "b.txt").unlink()
        requests, _, cursor = _tick(cursor, instance)
        assert len(requests) == 1 and requests[0].tags["pantau/files_removed"] == "1"


def test_unchanged_stat_is_not_rehashed(folder: Path) -> None:
    """The cursor's hash is trusted while (size, mtime_ns) match: an idle tick reads no file contents."""
    with DagsterInstance.ephemeral() as instance:
        _, _, cursor = _tick(None, instance)
        state = json.loads(cursor)
        state["a.txt"][2] = "0" * 64  # a hash the file cannot have: kept, since the stat did not change
        _, skip, cursor = _tick(json.dumps(state), instance)
        assert skip is not None and json.loads(cursor)["a.txt"][2] == "0" * 64


def test_sensor_waits_while_a_run_holds_the_lock(folder: Path, tmp_path: Path) -> None:
    with DagsterInstance.ephemeral() as instance, lock.warehouse_lock(tmp_path / "w.duckdb"):
        requests, skip, cursor = _tick(None, instance)
        assert requests == [] and "building" in skip.skip_message and cursor is None

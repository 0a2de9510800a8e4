"""The up-to-date check (orchestration/lib/build_inputs.py): which changes make a warehouse out of date, and the
no-op path of `pantau run` and of the daily schedule, on a warehouse holding only the record of its inputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from dagster import SkipReason, build_schedule_context

from orchestration.defs.schedules import pantau_daily
from orchestration.lib import build_inputs, settings
from tests.conftest import run_timeout

ROOT = Path(__file__).resolve().parents[2]
HOUR_NS = 3600 * 10**9


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A copy of the sample articles, last modified an hour ago (not racily close to any scan)."""
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds" / "articles", folder)
    for path in folder.iterdir():
        _age(path)
    return folder


def _age(path: Path, ns: int = HOUR_NS) -> None:
    then = time.time_ns() - ns
    os.utime(path, ns=(then, then))


def _published(warehouse: Path, inputs: dict | None) -> None:
    """A warehouse file holding only the record of the inputs it was built from."""
    with duckdb.connect(str(warehouse)) as con:
        build_inputs.store(con, inputs)


def _changes(articles: Path, recorded: dict) -> list[str]:
    return build_inputs.differences(build_inputs.fingerprint(articles), recorded)


def test_unchanged_folder_and_code_are_up_to_date(articles: Path) -> None:
    recorded = build_inputs.fingerprint(articles)
    assert recorded["files"] == 5
    assert _changes(articles, recorded) == []
    assert _changes(articles, json.loads(json.dumps(recorded))) == []  # as stored and read back


def test_an_edited_added_or_removed_file_is_a_change(articles: Path) -> None:
    recorded = build_inputs.fingerprint(articles)
    first = sorted(articles.iterdir())[0]
    text = first.read_text()
    first.write_text(text.replace("a", "b", 1))  # same size, new content and mtime
    _age(first, HOUR_NS // 2)
    assert _changes(articles, recorded) == ["files_digest"]
    first.write_text(text)
    _age(first)
    recorded = build_inputs.fingerprint(articles)
    (articles / "sub").mkdir()
    shutil.copyfile(first, articles / "sub" / "new.txt")
    _age(articles / "sub" / "new.txt")
    assert _changes(articles, recorded) == ["files_digest"]
    (articles / "sub" / "new.txt").unlink()
    assert _changes(articles, recorded) == []
    first.unlink()
    assert _changes(articles, recorded) == ["files_digest"]


def test_a_file_that_became_unreadable_is_a_change(articles: Path) -> None:
    recorded = build_inputs.fingerprint(articles)
    sorted(articles.iterdir())[0].chmod(0)
    assert _changes(articles, recorded) == ["files_digest"]


def test_changed_reference_data_is_a_change(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = build_inputs.fingerprint(articles)
    reference = tmp_path / "reference"
    shutil.copytree(ROOT / "seeds" / "reference", reference)
    monkeypatch.setenv("PANTAU_REFERENCE_DIR", str(reference))
    assert _changes(articles, recorded) == []
    with (reference / "agencies.csv").open("a") as csv:
        csv.write("\n")
    assert _changes(articles, recorded) == ["extractor"]


def test_another_folder_or_code_is_a_change(articles: Path, tmp_path: Path) -> None:
    recorded = build_inputs.fingerprint(articles)
    copy = tmp_path / "copy"
    shutil.copytree(articles, copy)  # same names, sizes and mtimes
    assert _changes(copy, recorded) == ["articles_dir"]
    for key in ("dbt_project", "expectations", "pantau"):
        assert _changes(articles, {**recorded, key: "another"}) == [key]


def test_files_modified_just_before_the_scan_are_not_trusted(articles: Path) -> None:
    _age(sorted(articles.iterdir())[0], 10**8)  # 0.1 s before the scan: a second edit could share its mtime
    recorded = build_inputs.fingerprint(articles)
    assert _changes(articles, recorded) == ["files modified within 2 s of the last build's scan"]


def test_no_record_is_never_up_to_date(articles: Path, tmp_path: Path) -> None:
    assert build_inputs.published_inputs(tmp_path / "missing.duckdb") is None
    with duckdb.connect(str(tmp_path / "old.duckdb")) as con:  # a warehouse built before the record existed
        con.execute("create table t as select 1")
    assert build_inputs.published_inputs(tmp_path / "old.duckdb") is None
    _published(tmp_path / "partial.duckdb", None)  # a partial run from the UI records nothing
    assert build_inputs.published_inputs(tmp_path / "partial.duckdb") is None
    assert _changes(articles, None) == [
        "no record of what built the warehouse (none yet, or built by an older or partial run)"
    ]


def _pantau_run(
    articles: Path, warehouse: Path, tmp_path: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "home")}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "orchestration.cli",
            "run",
            "--articles",
            str(articles),
            "--warehouse",
            str(warehouse),
            *args,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=run_timeout(),
    )


def test_pantau_run_on_an_up_to_date_warehouse_does_nothing(articles: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    _published(warehouse, build_inputs.fingerprint(articles))
    before = (warehouse.read_bytes(), warehouse.stat().st_mtime_ns)
    quiet = _pantau_run(articles, warehouse, tmp_path, "--quiet")
    assert quiet.returncode == 0, quiet.stderr[-2000:]
    lines = quiet.stdout.strip().splitlines()
    assert len(lines) == 1
    summary = json.loads(lines[0])
    assert summary["up_to_date"] is True and summary["success"] is True and summary["files"] == 5
    loud = _pantau_run(articles, warehouse, tmp_path)
    assert loud.returncode == 0 and loud.stdout.startswith(
        f"up to date: {warehouse} was built from these 5 files"
    )
    assert (warehouse.read_bytes(), warehouse.stat().st_mtime_ns) == before
    assert not settings.parts_path(warehouse).exists() and not settings.build_path(warehouse).exists()


def test_the_schedule_skips_an_up_to_date_warehouse(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("PANTAU_ARTICLES_DIR", str(articles))
    monkeypatch.setenv("PANTAU_WAREHOUSE", str(warehouse))
    _published(warehouse, build_inputs.fingerprint(articles))
    skip = pantau_daily(build_schedule_context())
    assert isinstance(skip, SkipReason) and skip.skip_message.startswith("up to date:")
    (articles / "new.txt").write_text("Berita baru.")
    request = pantau_daily(build_schedule_context())
    assert request.tags["dagster/asset_partition_range_start"] == "00"


def test_one_file_hashing_helper_keeps_every_fingerprint(tmp_path: Path) -> None:
    """The build inputs' digest and the verdict cache's suite fingerprint go through build_inputs.hash_files now;
    the values are the ones the three separate loops gave (pinned from the code before the merge), so no warehouse
    or cache is rebuilt for it."""
    from orchestration.lib import check_cache

    for name, data in {
        "b.csv": b"code,name\nKH,Kamboja\n",
        "a.csv": b"x\n1\n",
        "sub/c.py": b"print(1)\n",
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    files = [tmp_path / "b.csv", tmp_path / "sub" / "c.py", tmp_path / "a.csv"]
    assert build_inputs._digest(files, tmp_path) == "8c3b3292e3360401"
    configs = [{"type": "t", "kwargs": {"column": "c"}}]
    assert check_cache.fingerprint(configs, [tmp_path / "b.csv", tmp_path / "a.csv"], "1.2", "x") == (
        "a907ba4825e14447aee7ca263197d4a9fd46a182b622eb5b8bfef07a31e47388"
    )
    assert build_inputs.extractor_version(tmp_path) != build_inputs.extractor_version(tmp_path / "sub")


def test_the_record_names_the_extractor_the_steps_ran_not_the_files_on_disk(tmp_path: Path) -> None:
    """transforms/ or the reference data edited after the ingest listed the inputs (or between extract and publish):
    the record carries the version the clean and extract steps ran with, and a run whose steps ran different code
    records nothing (the next run rebuilds rather than trusting a mix)."""
    ingest = {"articles_dir": "a", "extractor": "on-disk-at-ingest", "files": 1}
    for stage in ("clean", "extracted"):
        build_inputs.write_stage_version(tmp_path / stage, "run-1", "imported")
    versions = [build_inputs.read_stage_version(tmp_path / s, "run-1") for s in ("clean", "extracted")]
    assert build_inputs.as_built(ingest, versions) == {**ingest, "extractor": "imported"}
    assert build_inputs.read_stage_version(tmp_path / "clean", "run-2") is None
    assert build_inputs.as_built(ingest, ["imported", None]) is None
    assert build_inputs.as_built(ingest, ["imported", "edited-between-steps"]) is None
    assert build_inputs.as_built(None, ["imported", "imported"]) is None
    current = {**ingest, "extractor": build_inputs.extractor_version()}
    assert "extractor" in build_inputs.differences(current, build_inputs.as_built(ingest, versions))

"""Through the real pipeline: a full run records what it was built from, the next run on the same inputs finds
nothing to do and leaves the warehouse byte for byte as it was, and `--force` rebuilds anyway."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import duckdb

from orchestration.lib import build_inputs
from tests.conftest import SEED_ARTICLES, run_pantau


def _quiet(result) -> dict:
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, lines
    return json.loads(lines[0])


def test_rerun_is_up_to_date_and_force_rebuilds(seeds_warehouse: Path, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEED_ARTICLES, articles)
    hour_ago = time.time_ns() - 3600 * 10**9
    for path in articles.iterdir():
        os.utime(path, ns=(hour_ago, hour_ago))
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copyfile(seeds_warehouse, warehouse)
    shutil.copytree(
        seeds_warehouse.with_name(seeds_warehouse.name + ".parts"),
        warehouse.with_name(warehouse.name + ".parts"),
    )
    args = ("run", "--articles", str(articles), "--warehouse", str(warehouse), "--quiet")

    first = _quiet(run_pantau(*args, env_home=tmp_path / "home"))  # another folder than the seeds build's
    assert first["success"] and "up_to_date" not in first and first["dim_article"] == 5
    recorded = build_inputs.published_inputs(warehouse)
    assert recorded is not None and recorded["articles_dir"] == str(articles) and recorded["files"] == 5
    assert build_inputs.differences(build_inputs.fingerprint(articles), recorded) == []

    before = (warehouse.read_bytes(), warehouse.stat().st_mtime_ns)
    second = _quiet(run_pantau(*args, env_home=tmp_path / "home"))
    assert second["up_to_date"] is True and second["files"] == 5
    assert (warehouse.read_bytes(), warehouse.stat().st_mtime_ns) == before

    forced = _quiet(run_pantau(*args, "--force", env_home=tmp_path / "home"))
    assert forced["success"] and "up_to_date" not in forced and forced["articles_from_cache"] == 5
    assert warehouse.stat().st_mtime_ns != before[1]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.dim_article").fetchone()[0] == 5
    assert build_inputs.published_inputs(warehouse)["files_digest"] == recorded["files_digest"]

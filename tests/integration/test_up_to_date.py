"""Through the real pipeline: a full run records what it was built from, the next run on the same inputs finds
nothing to do and leaves the warehouse byte for byte as it was, and `--force` rebuilds anyway. The full run is the
session's seeds build and the forced one `seeds_forced_rebuild` (tests/conftest.py), each into its own copy."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from orchestration.lib import build_inputs
from tests.conftest import SEED_ARTICLES, Build, Rebuild, copy_warehouse, run_pantau


def _quiet(result) -> dict:
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, lines
    return json.loads(lines[0])


def test_rerun_is_up_to_date_and_force_rebuilds(
    seeds_build: Build, seeds_forced_rebuild: Rebuild, tmp_path: Path
) -> None:
    first = seeds_build.summary  # a full run of the sample folder into a new warehouse
    assert first["success"] and "up_to_date" not in first and first["dim_article"] == 5
    warehouse = copy_warehouse(seeds_build.path, tmp_path / "warehouse.duckdb")
    recorded = build_inputs.published_inputs(warehouse)
    assert recorded is not None and recorded["articles_dir"] == str(SEED_ARTICLES) and recorded["files"] == 5
    assert build_inputs.differences(build_inputs.fingerprint(SEED_ARTICLES), recorded) == []

    args = ("run", "--articles", str(SEED_ARTICLES), "--warehouse", str(warehouse), "--quiet")
    before = (warehouse.read_bytes(), warehouse.stat().st_mtime_ns)
    second = _quiet(run_pantau(*args, env_home=tmp_path / "home"))
    assert second["up_to_date"] is True and second["files"] == 5
    assert (warehouse.read_bytes(), warehouse.stat().st_mtime_ns) == before

    # `pantau run --force` on the same folder into another copy of the same warehouse
    forced = seeds_forced_rebuild.summary
    assert forced["success"] and "up_to_date" not in forced and forced["articles_from_cache"] == 5
    assert seeds_forced_rebuild.path.stat().st_mtime_ns != seeds_forced_rebuild.mtime_before_ns
    with duckdb.connect(str(seeds_forced_rebuild.path), read_only=True) as con:
        assert con.execute("select count(*) from marts.dim_article").fetchone()[0] == 5
    assert (
        build_inputs.published_inputs(seeds_forced_rebuild.path)["files_digest"] == recorded["files_digest"]
    )

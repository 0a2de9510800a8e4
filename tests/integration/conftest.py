"""The sample warehouse, built once per session by the real CLI and shared by the integration modules
(which only read it, or copy it before changing anything)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("seeds")
    (tmp / "home").mkdir()
    path = tmp / "warehouse.duckdb"
    env = {**os.environ, "DAGSTER_HOME": str(tmp / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "orchestration.cli", "run", "--articles", str(ROOT / "seeds" / "articles"),
         "--warehouse", str(path), "--quiet"], cwd=ROOT, capture_output=True, text=True, env=env, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["success"] and summary["checks_failed"] == 0 and summary["dim_article"] == 5
    assert (summary["articles_extracted"], summary["articles_from_cache"]) == (5, 0)
    return path

"""The seed-corpus warehouse, built once per session through the real CLI and shared by the integration tests
(the pipeline tests read it; the bad-input test compares its facts against it)."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PANTAU = [sys.executable, "-m", "orchestration.cli"]

RunPantau = Callable[..., subprocess.CompletedProcess[str]]


def _run_pantau(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DAGSTER_HOME": str(env_home)}
    return subprocess.run([*PANTAU, *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=900)


@pytest.fixture(scope="session")
def pantau() -> RunPantau:
    """`pantau ARGS...` as a subprocess from the project root, with DAGSTER_HOME=env_home."""
    return _run_pantau


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("seeds")
    (tmp / "home").mkdir()
    path = tmp / "warehouse.duckdb"
    result = _run_pantau("run", "--articles", str(ROOT / "seeds" / "articles"), "--warehouse", str(path), "--quiet", env_home=tmp / "home")
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["success"] and summary["checks_failed"] == 0 and summary["dim_article"] == 5
    assert summary["rejected_inputs"] == 0 and summary["rejected_by_reason"] == {}
    return path

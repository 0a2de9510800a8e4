"""Shared fixtures: every test that touches a warehouse gets its own temporary file, except the one seeds build
that the integration and browser tests share (a pipeline run takes about a minute)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PANTAU = [sys.executable, "-m", "orchestration.cli"]
# The README's commands are `.venv/bin/pantau ...`; tests that check they work from any shell run this one.
VENV_BIN = PROJECT_ROOT / ".venv" / "bin"


def path_without_venv() -> str:
    """The caller's PATH minus the project's venv (as in a shell that never activated it)."""
    return os.pathsep.join(
        p
        for p in os.environ.get("PATH", "").split(os.pathsep)
        if p and Path(p).resolve() != VENV_BIN.resolve()
    )


@pytest.fixture
def warehouse_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("PANTAU_WAREHOUSE", str(path))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    (tmp_path / "dagster_home").mkdir()
    return path


def run_pantau(
    *args: str, env_home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The real `pantau` command in a subprocess, with its own DAGSTER_HOME so runs never touch data/dagster (and
    the variables in `env` set)."""
    env = {**os.environ, **(env or {}), "DAGSTER_HOME": str(env_home)}
    return subprocess.run(
        [*PANTAU, *args], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env, timeout=900
    )


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One warehouse built from the sample articles by `pantau run`, shared by every test that only reads it."""
    tmp = tmp_path_factory.mktemp("seeds")
    (tmp / "home").mkdir()
    path = tmp / "warehouse.duckdb"
    result = run_pantau(
        "run", "--articles", str(SEED_ARTICLES), "--warehouse", str(path), "--quiet", env_home=tmp / "home"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["success"] and summary["checks_failed"] == 0 and summary["dim_article"] == 5
    assert (summary["articles_extracted"], summary["articles_from_cache"]) == (5, 0)
    assert summary["rejected_inputs"] == 0 and summary["rejected_by_reason"] == {}
    return path


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's chromium (installed by `make test`); a missing browser is an error, never a skip."""
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(
            "chromium not found on PATH: run the tests with `make test` (it installs Debian's chromium) "
            "or `apt-get install -y --no-install-recommends chromium`",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[object]:
    """Headless Playwright chromium on the Debian binary (no Playwright browser download)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path, headless=True)
        yield instance
        instance.close()


def save_screenshot(png: bytes, name: str, tmp_path: Path) -> Path:
    """Write a screenshot under tmp_path; with PANTAU_SCREENSHOTS=1 (`make screenshots`) also into docs/, so a
    plain `make test` never rewrites tracked files."""
    out = tmp_path / name
    out.write_bytes(png)
    if os.environ.get("PANTAU_SCREENSHOTS") == "1":
        (PROJECT_ROOT / "docs" / name).write_bytes(png)
    return out

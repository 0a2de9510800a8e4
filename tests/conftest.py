"""Shared fixtures: every test that touches a warehouse gets its own temporary file, except the builds many tests
only read (a pipeline run takes about a minute, a copy of its file milliseconds): the seeds build, one forced rebuild
of it, its `pantau report` and the development set's build are made once per session. A test that changes one of
them changes a copy."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEVSET = FIXTURES / "devset"
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


def run_pantau(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    """The real `pantau` command in a subprocess, with its own DAGSTER_HOME so runs never touch data/dagster."""
    env = {**os.environ, "DAGSTER_HOME": str(env_home)}
    return subprocess.run(
        [*PANTAU, *args], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env, timeout=900
    )


def summary_of(result: subprocess.CompletedProcess[str]) -> dict:
    """The JSON summary `pantau run --quiet` prints as its last line."""
    return json.loads(result.stdout.strip().splitlines()[-1])


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_warehouse(source: Path, target: Path) -> Path:
    """A copy of a published warehouse and of its parts store (the stages' Parquet per shard and the extraction
    cache), so that a run into the copy finds what a run into the original would."""
    shutil.copyfile(source, target)
    shutil.copytree(source.with_name(source.name + ".parts"), target.with_name(target.name + ".parts"))
    return target


@dataclass(frozen=True)
class Build:
    """A finished `pantau run --quiet`: the warehouse it published and the summary it printed."""

    path: Path
    summary: dict


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """One warehouse built from the sample articles by `pantau run`, shared by every test that only reads it."""
    tmp = tmp_path_factory.mktemp("seeds")
    (tmp / "home").mkdir()
    path = tmp / "warehouse.duckdb"
    result = run_pantau(
        "run", "--articles", str(SEED_ARTICLES), "--warehouse", str(path), "--quiet", env_home=tmp / "home"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    summary = summary_of(result)
    assert summary["success"] and summary["checks_failed"] == 0 and summary["dim_article"] == 5
    assert (summary["articles_extracted"], summary["articles_from_cache"]) == (5, 0)
    assert summary["rejected_inputs"] == 0 and summary["rejected_by_reason"] == {}
    return Build(path, summary)


@pytest.fixture(scope="session")
def seeds_warehouse(seeds_build: Build) -> Path:
    """The seeds build's warehouse file: read it, or copy it (`copy_warehouse`) to change it."""
    return seeds_build.path


@dataclass(frozen=True)
class Rebuild(Build):
    """A forced run into a copy of the seeds warehouse; `mtime_before_ns` is the copy's before that run."""

    mtime_before_ns: int


@pytest.fixture(scope="session")
def seeds_forced_rebuild(seeds_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Rebuild:
    """`pantau run --force` on the unchanged sample folder into a copy of the seeds warehouse and its parts store:
    a rebuild although nothing changed, every article from the extraction cache. The rerun test of test_pipeline
    and the up-to-date test read this one run."""
    tmp = tmp_path_factory.mktemp("seeds_rebuild")
    (tmp / "home").mkdir()
    path = copy_warehouse(seeds_warehouse, tmp / "warehouse.duckdb")
    mtime_before = path.stat().st_mtime_ns
    result = run_pantau(
        "run",
        "--articles",
        str(SEED_ARTICLES),
        "--warehouse",
        str(path),
        "--quiet",
        "--force",
        env_home=tmp / "home",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return Rebuild(path, summary_of(result), mtime_before)


@dataclass(frozen=True)
class Report:
    """`pantau report` on the seeds warehouse: its process, where it wrote, and the warehouse's digest before and
    after it ran (while another reader held the file)."""

    result: subprocess.CompletedProcess[str]
    out: Path
    digest_before: str
    digest_after: str


@pytest.fixture(scope="session")
def seeds_report(seeds_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The report of the seeds warehouse (Great Expectations Data Docs, dbt docs, summary page), made once for
    test_pipeline's checks of its files and the browser tests. A reader holds the warehouse meanwhile: DuckDB
    refuses a read-write open while another process has the file open, so a report that opened it for writing
    would fail."""
    tmp = tmp_path_factory.mktemp("report")
    before = sha256_of(seeds_warehouse)
    with duckdb.connect(str(seeds_warehouse), read_only=True):
        result = run_pantau(
            "report", "--warehouse", str(seeds_warehouse), "--out", str(tmp / "report"), env_home=tmp
        )
    return Report(result, tmp / "report", before, sha256_of(seeds_warehouse))


@pytest.fixture(scope="session")
def devset_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The development set's articles built once by `pantau run` (the largest build of the suite)."""
    tmp = tmp_path_factory.mktemp("devset")
    (tmp / "home").mkdir()
    path = tmp / "dev.duckdb"
    result = run_pantau(
        "run",
        "--articles",
        str(DEVSET / "articles"),
        "--warehouse",
        str(path),
        "--quiet",
        env_home=tmp / "home",
    )
    assert result.returncode == 0, result.stderr[-3000:]
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

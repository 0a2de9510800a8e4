"""Shared fixtures: every test that touches a warehouse gets its own temporary file, except the builds many tests
only read (a pipeline run takes about a minute, a copy of its file milliseconds): the seeds build, one forced rebuild
of it, its `pantau report`, the development set's build, and the first builds of test_claims, test_bad_input and
test_quarantine are made once per session. A test that changes one of them changes a copy.

Those builds, and the runs of test_incremental_equals_full, test_daily and test_quarantine that need no test to
finish first, run in the background (`BackgroundBuilds`, `BUILD_RECIPES`) from the session's first test on, and the
modules that read them run after every other module (`pytest_collection_modifyitems`): the pipeline runs, each on
about one core, overlap the unit tests on the other instead of one core idling while the other does either."""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLES = PROJECT_ROOT / "seeds" / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEVSET = FIXTURES / "devset"
PANTAU = [sys.executable, "-m", "orchestration.cli"]
# The README's commands are `.venv/bin/pantau ...`; tests that check they work from any shell run this one.
VENV_BIN = PROJECT_ROOT / ".venv" / "bin"


# A pipeline run takes about a minute idle, several under load (2 cores, up to 8 sessions); CI gives the whole job 90
# minutes. The limit only stops a run that hangs, so it is generous, and PANTAU_TEST_RUN_TIMEOUT (seconds) sets it.
RUN_TIMEOUT = 3600.0


def run_timeout(environ: Mapping[str, str] | None = None) -> float:
    """Seconds a test's `pantau` subprocess may take: PANTAU_TEST_RUN_TIMEOUT of `environ` (the process
    environment by default, read at each call, so a session can raise it without editing tests), default
    RUN_TIMEOUT."""
    raw = (os.environ if environ is None else environ).get("PANTAU_TEST_RUN_TIMEOUT")
    if not raw:
        return RUN_TIMEOUT
    seconds = float(raw)
    if seconds <= 0:
        raise ValueError(f"PANTAU_TEST_RUN_TIMEOUT must be a positive number of seconds, got {raw!r}")
    return seconds


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
    *args: str, env_home: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The real `pantau` command in a subprocess, with its own DAGSTER_HOME so runs never touch data/dagster, and
    the variables in `env` set on top of the current environment."""
    env = {**os.environ, **(env or {}), "DAGSTER_HOME": str(env_home)}
    return subprocess.run(
        [*PANTAU, *args], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env, timeout=run_timeout()
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
    """A finished `pantau run --quiet`: the warehouse it published, the process (its summary, its stderr), the
    DAGSTER_HOME it ran with and what the function that made its articles folder returned, if any."""

    path: Path
    result: subprocess.CompletedProcess[str]
    home: Path
    made: Any = None

    @property
    def summary(self) -> dict:
        return summary_of(self.result)

    def check(self) -> Build:
        """Fail the test that needs the build (not the thread that ran it) when the run failed."""
        assert self.result.returncode == 0, self.result.stderr[-3000:]
        return self


@dataclass(frozen=True)
class Rebuild(Build):
    """A forced run into a copy of the seeds warehouse; `mtime_before_ns` is the copy's before that run."""

    mtime_before_ns: int = 0


class BuildsClosed(RuntimeError):
    """A build asked to start a process after the session ended."""


class BackgroundBuilds:
    """The session's shared pipeline runs, on two threads. A run keeps about one core busy (Dagster's in-process
    executor, dbt on one thread), so on two cores one run overlaps the tests that run meanwhile; each run has
    its own warehouse file, so no two processes wait on one DuckDB lock. A build a test asks for before it
    was started is started then. The environment is the one of the session's start: tests that patch
    PANTAU_* variables never leak into a build.

    Each build's process runs in its own process group, so that a session that stops early (-x, Ctrl-C, a
    failed fixture) kills it with its dbt and Dagster children instead of waiting minutes for it."""

    def __init__(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        recipes: Mapping[str, Callable[[BackgroundBuilds], Build]] | None = None,
        dependencies: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.tmp = tmp_path_factory
        self.recipes = BUILD_RECIPES if recipes is None else recipes
        self.dependencies = BUILD_DEPENDENCIES if dependencies is None else dependencies
        tmp_path_factory.getbasetemp()  # made here, not by two threads at once
        self.env = dict(os.environ)
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pantau-build")
        self._futures: dict[str, Future[Any]] = {}
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[str]] = set()
        self._closed = False

    def start(self, name: str) -> None:
        """Queue a build (first queued, first run); dependencies are queued before what needs them."""
        if name not in self._futures:
            for dependency in self.dependencies.get(name, ()):
                self.start(dependency)
            self._futures[name] = self._pool.submit(self.recipes[name], self)

    def get(self, name: str) -> Any:
        """What the recipe returned (a `Build` for a build); raises what it raised."""
        self.start(name)
        return self._futures[name].result()

    def run(
        self,
        command: list[str],
        env_home: Path,
        env: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """`command` from the project root as `run_pantau` runs it (`env`, by default the session's environment,
        with DAGSTER_HOME set), in a new process group that `close` can kill; refused once the session has ended.
        `timeout` defaults to run_timeout() of the builds' environment; on expiry the whole group is killed."""
        env = {**(self.env if env is None else env), "DAGSTER_HOME": str(env_home)}
        with self._lock:
            if self._closed:
                raise BuildsClosed(f"the session ended before {command} started")
            process = subprocess.Popen(
                command,
                cwd=PROJECT_ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            self._running.add(process)
        try:
            # the timeout of the environment the builds were made with, not the live one: a test that sets
            # PANTAU_TEST_RUN_TIMEOUT for its own builds must not time out the session's background builds
            stdout, stderr = process.communicate(
                timeout=run_timeout(self.env) if timeout is None else timeout
            )
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.communicate()
            raise
        finally:
            with self._lock:
                self._running.discard(process)
        return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)

    def pantau(
        self, *args: str, env_home: Path, env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """`pantau ARGS...` (`run`)."""
        return self.run([*PANTAU, *args], env_home, env)

    def close(self) -> None:
        """Drop what has not started and kill what runs (a session stopped early: every started build was
        needed by a test still to run), so the session ends at once instead of after the running builds."""
        with self._lock:
            self._closed = True
            for process in self._running:
                _kill_group(process)
        self._pool.shutdown(wait=True, cancel_futures=True)


def _kill_group(process: subprocess.Popen[str]) -> None:
    """SIGKILL a build's whole process group (pantau, dbt, Dagster's log tailers)."""
    with contextlib.suppress(ProcessLookupError):  # already gone
        os.killpg(process.pid, signal.SIGKILL)


def _build_into(
    name: str, articles: Path | str, warehouse: str = "warehouse.duckdb", faults: bool = False
) -> Callable[[BackgroundBuilds], Build]:
    """A recipe: `pantau run` of `articles` into a new warehouse file named `warehouse`. `articles` is a folder,
    or "module:function" of a test module whose function fills a new `articles` folder (the test module keeps
    what it puts there; the build still starts with the session). With `faults`, the run's processes load
    tests/integration/faults/sitecustomize.py: its cleaner and extractor raise on the articles that carry its
    markers, as a rule's bug would."""

    def recipe(builds: BackgroundBuilds) -> Build:
        tmp = builds.tmp.mktemp(name)
        (tmp / "home").mkdir()
        folder, made = Path(articles), None
        if isinstance(articles, str):
            module, function = articles.split(":")
            folder = tmp / "articles"
            folder.mkdir()
            made = getattr(importlib.import_module(module), function)(folder)
        result = builds.pantau(
            "run",
            "--articles",
            str(folder),
            "--warehouse",
            str(tmp / warehouse),
            "--quiet",
            env_home=tmp / "home",
            env=_with_faults(builds.env) if faults else None,
        )
        return Build(tmp / warehouse, result, tmp / "home", made)

    return recipe


FAULTS = PROJECT_ROOT / "tests" / "integration" / "faults"


def _with_faults(env: Mapping[str, str]) -> dict[str, str]:
    """`env` with the fault-injecting sitecustomize first on PYTHONPATH (test code only: pantau has no switch)."""
    path = os.pathsep.join(p for p in (str(FAULTS), env.get("PYTHONPATH", "")) if p)
    return {**env, "PYTHONPATH": path}


def _seeds_forced_rebuild(builds: BackgroundBuilds) -> Rebuild:
    seeds = builds.get("seeds_build").check()
    tmp = builds.tmp.mktemp("seeds_rebuild")
    (tmp / "home").mkdir()
    path = copy_warehouse(seeds.path, tmp / "warehouse.duckdb")
    mtime_before = path.stat().st_mtime_ns
    result = builds.pantau(
        "run",
        "--articles",
        str(SEED_ARTICLES),
        "--warehouse",
        str(path),
        "--quiet",
        "--force",
        env_home=tmp / "home",
    )
    return Rebuild(path, result, tmp / "home", None, mtime_before)


def _from_module(name: str, function: str) -> Callable[[BackgroundBuilds], Any]:
    """A recipe that is a test module's "module:function", called with the builds (their `pantau`, `get`) and a new
    temporary folder: the runs of a test that need nothing the test does, so that the module keeps them next to
    what it checks."""

    def recipe(builds: BackgroundBuilds) -> Any:
        module, attribute = function.split(":")
        return getattr(importlib.import_module(module), attribute)(builds, builds.tmp.mktemp(name))

    return recipe


@dataclass(frozen=True)
class Report:
    """`pantau report` on the seeds warehouse: its process, where it wrote, and the warehouse's digest before and
    after it ran (while another reader held the file)."""

    result: subprocess.CompletedProcess[str]
    out: Path
    digest_before: str
    digest_after: str


def _seeds_report(builds: BackgroundBuilds) -> Report:
    """A reader holds the warehouse while the report runs: DuckDB refuses a read-write open while another process
    has the file open, so a report that opened it for writing would fail."""
    seeds = builds.get("seeds_build").check()
    tmp = builds.tmp.mktemp("report")
    before = sha256_of(seeds.path)
    with duckdb.connect(str(seeds.path), read_only=True):
        result = builds.pantau(
            "report", "--warehouse", str(seeds.path), "--out", str(tmp / "report"), env_home=tmp
        )
    return Report(result, tmp / "report", before, sha256_of(seeds.path))


# Fixture name -> how it is made, in the order they are queued (those the collected tests use): the longest first,
# and every dependency ahead of what needs it, so that two threads finish about together and never wait on a
# build that has not started.
BUILD_RECIPES: dict[str, Callable[[BackgroundBuilds], Any]] = {
    "devset_warehouse": _build_into("devset", DEVSET / "articles", "dev.duckdb"),
    "seeds_build": _build_into("seeds", SEED_ARTICLES),
    "incremental_runs": _from_module("incremental", "tests.integration.test_incremental_equals_full:run_all"),
    "seeds_forced_rebuild": _seeds_forced_rebuild,
    "quarantine_run": _build_into("quarantine", "tests.integration.test_quarantine:build_quarantine_folder"),
    "bad_run": _build_into("bad input", "tests.integration.test_bad_input:build_bad_folder", faults=True),
    "claims_warehouse": _build_into("claims", FIXTURES / "claims"),
    "seeds_report": _seeds_report,
    "daily_new_file": _from_module("daily", "tests.integration.test_daily:run_one_new_file"),
    "quarantine_reruns": _from_module("quarantine reruns", "tests.integration.test_quarantine:rerun"),
}
BUILD_DEPENDENCIES: dict[str, tuple[str, ...]] = {
    "seeds_forced_rebuild": ("seeds_build",),
    "seeds_report": ("seeds_build",),
    "daily_new_file": ("seeds_build",),
    "quarantine_reruns": ("quarantine_run",),
}


def _reads_a_build(item: pytest.Item) -> bool:
    return not BUILD_RECIPES.keys().isdisjoint(getattr(item, "fixturenames", ()))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every module with a test that reads a background build runs after the modules with none (each module's
    tests in their order), so that the builds run while the others do."""
    late = {item.nodeid.split("::")[0] for item in items if _reads_a_build(item)}
    items.sort(key=lambda item: item.nodeid.split("::")[0] in late)


@pytest.fixture(scope="session", autouse=True)
def background_builds(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BackgroundBuilds]:
    """Starts the builds the collected tests use (none for `pytest tests/transforms`) before the first test."""
    builds = BackgroundBuilds(tmp_path_factory)
    used = {name for item in request.session.items for name in getattr(item, "fixturenames", ())}
    for name in BUILD_RECIPES:
        if name in used:
            builds.start(name)
    yield builds
    builds.close()


@pytest.fixture(scope="session")
def seeds_build(background_builds: BackgroundBuilds) -> Build:
    """One warehouse built from the sample articles by `pantau run`, shared by every test that only reads it."""
    build = background_builds.get("seeds_build").check()
    summary = build.summary
    assert summary["success"] and summary["checks_failed"] == 0 and summary["dim_article"] == 5
    assert (summary["articles_extracted"], summary["articles_from_cache"]) == (5, 0)
    assert summary["rejected_inputs"] == 0 and summary["rejected_by_reason"] == {}
    return build


@pytest.fixture(scope="session")
def seeds_warehouse(seeds_build: Build) -> Path:
    """The seeds build's warehouse file: read it, or copy it (`copy_warehouse`) to change it."""
    return seeds_build.path


@pytest.fixture(scope="session")
def seeds_forced_rebuild(seeds_build: Build, background_builds: BackgroundBuilds) -> Rebuild:
    """`pantau run --force` on the unchanged sample folder into a copy of the seeds warehouse and its parts store:
    a rebuild although nothing changed, every article from the extraction cache. The rerun test of test_pipeline
    and the up-to-date test read this one run."""
    return background_builds.get("seeds_forced_rebuild").check()


@pytest.fixture(scope="session")
def devset_warehouse(background_builds: BackgroundBuilds) -> Path:
    """The development set's articles built once by `pantau run` (the largest build of the suite)."""
    return background_builds.get("devset_warehouse").check().path


@pytest.fixture(scope="session")
def claims_warehouse(background_builds: BackgroundBuilds) -> Path:
    """The four articles about one event of tests/fixtures/claims (test_claims reads them)."""
    build = background_builds.get("claims_warehouse").check()
    assert build.summary["dim_article"] == 4
    return build.path


@pytest.fixture(scope="session")
def seeds_report(seeds_warehouse: Path, background_builds: BackgroundBuilds) -> Report:
    """The report of the seeds warehouse (Great Expectations Data Docs, dbt docs, summary page), made once (in the
    background, `_seeds_report`) for test_pipeline's checks of its files and the browser tests."""
    return background_builds.get("seeds_report")


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


MENU_WORDS = (
    "Beranda",
    "Berita",
    "Nasional",
    "Ekonomi",
    "Olahraga",
    "Teknologi",
    "Hiburan",
    "Otomotif",
    "Gaya",
    "Hidup",
    "Kesehatan",
    "Pendidikan",
)


def write_menu_page(path: Path) -> None:
    """An HTML page of navigation links only: 24 words, enough to pass ingest, all of which cleaning removes as
    furniture, so it is rejected at the clean stage (shared by the unit and the integration bad-input tests)."""
    links = "".join(f"<li><a href='/{w}'>{w} Terkini</a></li>" for w in MENU_WORDS)
    path.write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")

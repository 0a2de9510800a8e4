"""The session's background builds (tests/conftest.py) never hold a session that stops early (-x, Ctrl-C): closing
them kills the running builds' whole process groups and drops the queued ones, at once."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import CancelledError
from pathlib import Path

import pytest

from tests.conftest import PANTAU, RUN_TIMEOUT, BackgroundBuilds, Build, BuildsClosed, run_timeout

# A stand-in for `pantau run` that starts a child of its own (as pantau starts dbt), writes both pids and sleeps.
SLEEPER = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
open(sys.argv[1], "w").write(f"{__import__('os').getpid()} {child.pid}")
time.sleep(300)
"""


def _alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie (a killed orphan may wait for a reaper)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def _sleeper(name: str, pids: Path):
    def recipe(builds: BackgroundBuilds) -> Build:
        home = builds.tmp.mktemp(name)
        result = builds.run([sys.executable, "-c", SLEEPER, str(pids / f"{name}.pids")], env_home=home)
        return Build(home, result, home)

    return recipe


def test_close_kills_running_builds_and_drops_queued_ones(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    names = ("first", "second", "queued")  # two threads: the third waits for one of them
    builds = BackgroundBuilds(tmp_path_factory, recipes={n: _sleeper(n, tmp_path) for n in names})
    for name in names:
        builds.start(name)
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"{n}.pids").exists() for n in names[:2]):
        assert time.monotonic() < deadline, "the two builds never started"
        time.sleep(0.05)
    pids = [int(p) for n in names[:2] for p in (tmp_path / f"{n}.pids").read_text().split()]
    assert all(_alive(pid) for pid in pids)

    started = time.monotonic()
    builds.close()
    assert time.monotonic() - started < 10  # not the builds' 300 s

    for name in names[:2]:
        assert builds.get(name).result.returncode == -9  # SIGKILL
    with pytest.raises(CancelledError):
        builds.get("queued")
    assert not (tmp_path / "queued.pids").exists()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in pids), "a build's child outlived the session"
    with pytest.raises(BuildsClosed):
        builds.run([*PANTAU, "--help"], env_home=tmp_path)


def test_the_run_timeout_is_generous_and_set_by_the_environment(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A healthy run on a loaded machine takes minutes: the default outlasts that (the old 900 s did not always),
    and PANTAU_TEST_RUN_TIMEOUT, read when a run starts, both raises it and, here, makes a hung run fail fast with
    its process group killed."""
    monkeypatch.delenv("PANTAU_TEST_RUN_TIMEOUT", raising=False)
    assert run_timeout() == RUN_TIMEOUT >= 3600
    monkeypatch.setenv("PANTAU_TEST_RUN_TIMEOUT", "7200")
    assert run_timeout() == 7200
    monkeypatch.setenv("PANTAU_TEST_RUN_TIMEOUT", "0")
    with pytest.raises(ValueError, match="positive"):
        run_timeout()

    monkeypatch.setenv("PANTAU_TEST_RUN_TIMEOUT", "1")
    builds = BackgroundBuilds(tmp_path_factory, recipes={})
    started = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        builds.run([sys.executable, "-c", SLEEPER, str(tmp_path / "pids")], env_home=tmp_path)
    assert time.monotonic() - started < 60
    builds.close()
    pids = [int(p) for p in (tmp_path / "pids").read_text().split()] if (tmp_path / "pids").exists() else []
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in pids), "a timed-out run's child outlived it"

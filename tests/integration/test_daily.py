"""Running every day, through the real CLI: a new file is extracted alone, a killed run leaves the published
warehouse untouched, a second concurrent run is refused with a clear message, readers keep reading, and the
run after the kill rebuilds the very same rows. The run of the new file needs nothing a test does: it runs in the
background from the session's start (`run_one_new_file`, tests/conftest.py)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import BackgroundBuilds, run_timeout

ROOT = Path(__file__).resolve().parents[2]
PANTAU = [sys.executable, "-m", "orchestration.cli"]
NEW_ARTICLE = (
    ROOT / "tests" / "fixtures" / "devset" / "articles" / "dev_01_komdigi_putus_akses_konten_judol.txt"
)
STATE_SQL = {
    "articles": "select list(article_id order by article_id) from marts.dim_article",
    "case_counts": "select list(fact_id order by fact_id) from marts.fct_case_counts",
    "blocked": "select list(fact_id order by fact_id) from marts.fct_blocked_content",
    "mentions": "select list(mention_id order by mention_id) from marts.fct_entity_mentions",
    "persons": "select list(person_id order by person_id) from marts.dim_person",
    "delegations": "select list(delegation_id order by delegation_id) from marts.fct_delegations",
    "claims": "select count(*) from marts.fct_claims",
}


def _env(home: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in (os.environ if base is None else base).items() if not k.startswith("PANTAU_")}
    home.mkdir(parents=True, exist_ok=True)
    return {**env, "DAGSTER_HOME": str(home)}


def _pantau(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PANTAU, *args], cwd=ROOT, capture_output=True, text=True, env=_env(home), timeout=run_timeout()
    )


def _summary(result: subprocess.CompletedProcess[str]) -> dict:
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, lines  # --quiet: exactly one JSON line
    return json.loads(lines[0])


def _quiet_run(articles: Path, warehouse: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """`pantau run --quiet` of the folder into the warehouse, as a daily job calls it."""
    return _pantau("run", "--articles", str(articles), "--warehouse", str(warehouse), "--quiet", home=home)


def _state(warehouse: Path) -> dict[str, object]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {name: con.execute(sql).fetchall()[0][0] for name, sql in STATE_SQL.items()}


def _setup(seeds_warehouse: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the published sample warehouse, of its parts store (the stages' Parquet per shard, with the
    extraction cache) and of the sample folder."""
    articles = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds" / "articles", articles)
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copyfile(seeds_warehouse, warehouse)
    shutil.copytree(
        seeds_warehouse.with_name(seeds_warehouse.name + ".parts"),
        warehouse.with_name(warehouse.name + ".parts"),
    )
    return articles, warehouse


def run_one_new_file(
    builds: BackgroundBuilds, tmp_path: Path
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A copy of the sample warehouse and folder, one new file, and the quiet run of that folder into the copy."""
    articles, warehouse = _setup(builds.get("seeds_build").check().path, tmp_path)
    shutil.copyfile(NEW_ARTICLE, articles / NEW_ARTICLE.name)
    args = ("run", "--articles", str(articles), "--warehouse", str(warehouse), "--quiet")
    home = tmp_path / "home"
    return warehouse, builds.pantau(*args, env_home=home, env=_env(home, builds.env))


@pytest.fixture(scope="module")
def daily_new_file(background_builds: BackgroundBuilds) -> tuple[Path, subprocess.CompletedProcess[str]]:
    return background_builds.get("daily_new_file")


def test_one_new_file_is_the_only_article_extracted(
    seeds_warehouse: Path, daily_new_file: tuple[Path, subprocess.CompletedProcess[str]]
) -> None:
    warehouse, result = daily_new_file
    before = _state(seeds_warehouse)  # the copy's before the run: its file is a byte-for-byte copy
    summary = _summary(result)
    assert (summary["articles_extracted"], summary["articles_from_cache"]) == (1, 5)
    assert summary["dim_article"] == len(before["articles"]) + 1
    after = _state(warehouse)
    assert set(before["articles"]) < set(after["articles"])
    for name in ("case_counts", "blocked", "mentions"):  # the old articles' facts keep their ids
        assert set(before[name]) <= set(after[name]), name
    assert len(after["mentions"]) > len(before["mentions"])


def _group_pids(pgid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process in a process group (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append((int(entry.name), cmdline))
    return found


def test_killed_run_keeps_the_warehouse_and_the_next_run_rebuilds_it(
    seeds_warehouse: Path, tmp_path: Path
) -> None:
    articles, warehouse = _setup(seeds_warehouse, tmp_path)
    building = warehouse.with_name(warehouse.name + ".building")
    before = _state(warehouse)
    digest = hashlib.sha256(warehouse.read_bytes()).hexdigest()
    log = (tmp_path / "killed.err").open("w")
    run = subprocess.Popen(
        [*PANTAU, "run", "--articles", str(articles), "--warehouse", str(warehouse)],
        cwd=ROOT,
        env=_env(tmp_path / "home"),
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        start_new_session=True,
    )
    try:
        progress = []
        for line in run.stdout:  # one progress line per stage when stdout is not a terminal
            progress.append(line.strip())
            if line.startswith("dbt build: started"):
                break
        assert progress and progress[-1].startswith("dbt build: started"), progress
        assert any(line.startswith("extract: 0/0 articles") for line in progress), (
            progress
        )  # all from the cache
        time.sleep(0.5)  # dbt runs on a thread of the run's process: let it start on the build file
        os.killpg(run.pid, signal.SIGSTOP)  # freeze it mid-build: the checks below cannot race its end

        second = _quiet_run(articles, warehouse, tmp_path / "home2")
        assert second.returncode == 3
        assert f"another pantau run is building {warehouse} (pid {run.pid})" in second.stderr

        reader = _pantau(
            "sql",
            "select count(*) as n from marts.dim_article",
            "--warehouse",
            str(warehouse),
            "--format",
            "csv",
            home=tmp_path / "home3",
        )
        assert reader.returncode == 0 and reader.stdout.split() == ["n", str(len(before["articles"]))], (
            reader.stderr
        )
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the whole group: pantau, dbt, Dagster's log tailers
        run.wait()
        log.close()
    for _ in range(100):
        if not _group_pids(run.pid):
            break
        time.sleep(0.05)
    assert _group_pids(run.pid) == []  # dbt died with it
    assert building.exists()  # the half-built warehouse the kill left behind
    assert hashlib.sha256(warehouse.read_bytes()).hexdigest() == digest
    assert _state(warehouse) == before

    summary = _summary(_quiet_run(articles, warehouse, tmp_path / "home"))
    assert (summary["articles_extracted"], summary["articles_from_cache"]) == (0, len(before["articles"]))
    assert _state(warehouse) == before  # same rows, same ids
    assert not building.exists() and not Path(str(building) + ".wal").exists()

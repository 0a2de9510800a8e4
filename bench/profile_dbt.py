"""Profile `dbt build` alone on a copy of a built warehouse, as the pipeline runs it: per phase, per resource type
and in CPU seconds, for one or more variants (a git ref of the dbt project, extra dbt flags), alternating so
every variant sees the same machine load.

    .venv/bin/python bench/profile_dbt.py data/bench/warehouse_10000.duckdb --variant main: \
        --variant HEAD:--no-write-json --repeat 2

A variant is `REF:FLAGS`: the dbt project (and the reference seeds it reads) as of git ref REF (empty: the
working tree), and extra `dbt build` flags separated by commas. Each variant gets its own copy of the warehouse
and its own target directory, parsed once beforehand (the pipeline keeps the partial-parse state of the last
build), then each repeat runs `dbt build --log-format json --exclude resource_type:unit_test` (the daily rerun
skips unit tests when the project is unchanged) in a child process. CPU is the child's user + system time
(`os.wait4`); phases come from the timestamps of dbt's own structured log events, per node times from
`run_results.json` (when the variant writes it) or from the log's NodeFinished events. Prints one JSON line per
run and a summary table. Asserts nothing: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DBT = Path(sys.executable).with_name("dbt")


def _project(ref: str, into: Path) -> Path:
    """The dbt project of git ref `ref` (working tree when empty) under `into`, seeds beside it as in the repo."""
    if not ref:
        shutil.copytree(
            ROOT / "dbt_project", into / "dbt_project", ignore=shutil.ignore_patterns("target", "logs")
        )
        shutil.copytree(ROOT / "seeds" / "reference", into / "seeds" / "reference")
    else:
        archive = subprocess.run(
            ["git", "archive", ref, "dbt_project", "seeds/reference"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "dbt_project"


def _ts(event: dict) -> float:
    return datetime.fromisoformat(event["info"]["ts"].replace("Z", "+00:00")).timestamp()


def _run(project: Path, env: dict[str, str], args: list[str]) -> tuple[float, float, list[dict]]:
    """Wall and CPU seconds of one dbt invocation, and its structured log events."""
    started = time.time()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen([str(DBT), *args], cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.time() - started
        out.seek(0)
        events = []
        for line in out.read().decode("utf-8", "replace").splitlines():
            try:
                events.append(json.loads(line))
            except ValueError:
                continue
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"dbt {' '.join(args)} failed in {project}")
    return wall, usage.ru_utime + usage.ru_stime, events


RESULT_EVENTS = ("LogSeedResult", "LogModelResult", "LogTestResult", "LogSnapshotResult")


def _phases(started: float, events: list[dict]) -> dict[str, float]:
    """Seconds from the process start to the adapter, to the end of parsing, to the first node, and the nodes."""
    first: dict[str, float] = {}
    last_node = started
    for e in events:
        name = e["info"]["name"]
        first.setdefault(name, _ts(e))
        if name in RESULT_EVENTS:
            last_node = _ts(e)
    adapter = first.get("AdapterRegistered", started)
    parsed = first.get("FoundStats", adapter)
    node = first.get("LogStartLine", parsed)
    end = _ts(events[-1]) if events else started
    return {
        "start_to_adapter": adapter - started,
        "parse": parsed - adapter,
        "to_first_node": node - parsed,
        "nodes": last_node - node,
        "after_nodes": end - last_node,
    }


def _per_type(target: Path, events: list[dict]) -> dict[str, tuple[int, float]]:
    """Count and summed execution time of the nodes per resource type (models, tests, seeds)."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    results = target / "run_results.json"
    if results.is_file():
        for r in json.loads(results.read_text())["results"]:
            kind = r["unique_id"].split(".")[0]
            totals[kind][0] += 1
            totals[kind][1] += r["execution_time"]
    else:
        for e in events:
            if e["info"]["name"] in RESULT_EVENTS:
                kind = e["data"]["node_info"]["unique_id"].split(".")[0]
                totals[kind][0] += 1
                totals[kind][1] += float(e["data"].get("execution_time") or 0.0)
    return {k: (int(v[0]), round(v[1], 2)) for k, v in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warehouse", type=Path)
    parser.add_argument(
        "--variant", action="append", required=True, help="REF:FLAG,FLAG (REF empty: working tree)"
    )
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--with-unit-tests", action="store_true", help="run the unit tests too (a changed project)"
    )
    parser.add_argument("--keep", type=Path, help="copy each variant's built warehouse here (v0.duckdb, ...)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="profile_dbt_") as tmp:
        work = Path(tmp)
        setups = []
        for i, spec in enumerate(args.variant):
            ref, _, flags = spec.partition(":")
            home = work / f"v{i}"
            home.mkdir()
            project = _project(ref, home)
            db = home / "warehouse.duckdb"
            shutil.copyfile(args.warehouse, db)
            env = {
                **os.environ,
                "PANTAU_DBT_DB_PATH": str(db),
                "DBT_PROFILES_DIR": str(project),
                "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",  # as dagster-dbt runs it
                "DBT_LOG_PATH": str(home / "target"),
            }
            target = home / "target"
            _run(project, env, ["parse", "--target-path", str(target)])
            setups.append((spec, project, env, target, [f for f in flags.split(",") if f]))
        summary: dict[str, list[dict]] = defaultdict(list)
        for repeat in range(args.repeat):
            for spec, project, env, target, flags in setups:
                (target / "run_results.json").unlink(missing_ok=True)
                build = ["build", "--log-format", "json", "--target-path", str(target), *flags]
                if not args.with_unit_tests:
                    build += ["--exclude", "resource_type:unit_test"]
                started = time.time()
                wall, cpu, events = _run(project, env, build)
                failed = {
                    e["data"]["node_info"]["unique_id"]: e["data"].get("num_failures")
                    for e in events
                    if e["info"]["name"] in RESULT_EVENTS
                    and e["data"]["node_info"].get("node_status") not in ("success", "pass")
                }
                row = {
                    "variant": spec,
                    "repeat": repeat,
                    "wall": round(wall, 2),
                    "cpu": round(cpu, 2),
                    "phases": {k: round(v, 2) for k, v in _phases(started, events).items()},
                    "nodes": _per_type(target, events),
                    "events": len(events),
                    "not_passed": failed,
                }
                results = target / "run_results.json"
                if results.is_file():
                    slow = sorted(
                        json.loads(results.read_text())["results"], key=lambda r: -r["execution_time"]
                    )
                    row["slowest"] = {r["unique_id"]: round(r["execution_time"], 2) for r in slow[:8]}
                print(json.dumps(row), flush=True)
                summary[spec].append(row)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for i, (_, _, env, _, _) in enumerate(setups):
                shutil.copyfile(env["PANTAU_DBT_DB_PATH"], args.keep / f"v{i}.duckdb")
        print(
            "\n| variant | runs | wall s | CPU s | start | parse | to 1st node | nodes | nodes (count: s) |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for spec, rows in summary.items():
            walls = " / ".join(f"{r['wall']:.1f}" for r in rows)
            cpus = " / ".join(f"{r['cpu']:.1f}" for r in rows)
            ph = rows[-1]["phases"]
            kinds = ", ".join(f"{k} {n}: {s}" for k, (n, s) in sorted(rows[-1]["nodes"].items()))
            print(
                f"| `{spec}` | {len(rows)} | {walls} | {cpus} | {ph['start_to_adapter']:.1f} | {ph['parse']:.1f} "
                f"| {ph['to_first_node']:.1f} | {ph['nodes']:.1f} | {kinds} |"
            )


if __name__ == "__main__":
    main()

"""CPU seconds of the checks step of a daily run, in parts: Great Expectations' import, the input suites (raw, clean,
extracted, with the verdict cache, and the quarantine's judgement) and the marts suites.

    .venv/bin/python bench/profile_check_step.py data/bench/warehouse_10000.duckdb [--share 0.01] [--repeat 3]

Each repeat is a fresh process, as each run is: it first imports what a run's process holds before its checks
(`orchestration.definitions`, SQLAlchemy for Dagster's storage), then times `import great_expectations` with the
ephemeral context (`expectations.runner._context`), the input suites of `ge_input_suites` on the warehouse given
with the verdict cache of a copy without `--share` of its articles (yesterday's; filled once, before the repeats,
by this code), and the marts suites of `ge_marts_suite`. CPU is `time.process_time()` (this process, DuckDB's
threads included), so it compares across machine load. Run it from another checkout (e.g. a `git archive` of main
with this venv) to compare revisions. Prints one JSON line per repeat and the best of each part.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def _one(warehouse: Path, cache: Path) -> dict[str, object]:
    """One run's checks, in this (fresh) process."""
    import duckdb
    import sqlalchemy  # noqa: F401 (Dagster's run storage)

    import orchestration.definitions  # noqa: F401 (what the run's process holds before its checks)
    from expectations import quarantine
    from expectations.stages import validate_input, validate_stage
    from orchestration.lib import settings

    cpu = time.process_time()
    from expectations import runner

    runner._context()
    parts = {"import_ge": time.process_time() - cpu}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cpu = time.process_time()
        inputs = {stage: validate_input(con, stage, cache) for stage in quarantine.STAGES}
        quarantine.judge(
            con,
            {stage: v.result for stage, v in inputs.items()},
            settings.quarantine_max_share(),
            {stage: v.cached_rejections for stage, v in inputs.items()},
            settings.quarantine_min_articles(),
        )
        parts["inputs"] = time.process_time() - cpu
        cpu = time.process_time()
        validate_stage(con, "marts")
        parts["marts"] = time.process_time() - cpu
    parts["total"] = sum(parts.values())
    lazy = [m for m in ("scipy.stats", "altair") if type(sys.modules.get(m)).__name__ == "_DeferredModule"]
    return {
        **{k: round(v, 3) for k, v in parts.items()},
        "rows_validated": {stage: v.rows_validated for stage, v in inputs.items()},
        "not_loaded": lazy,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("--share", type=float, default=0.01)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: one repeat, cache given
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_one(args.warehouse, args.one)))
        return
    import duckdb
    from profile_checks import _yesterday

    from expectations import quarantine
    from expectations.stages import validate_input

    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        today, yesterday = work / "today.duckdb", work / "yesterday.duckdb"
        shutil.copyfile(args.warehouse, today)
        _yesterday(today, yesterday, args.share)
        warm = work / "warm"
        with duckdb.connect(str(yesterday), read_only=True) as con:
            for stage in quarantine.STAGES:
                validate_input(con, stage, warm)
        for _ in range(args.repeat):
            cache = work / "cache"
            shutil.rmtree(cache, ignore_errors=True)
            shutil.copytree(warm, cache)
            out = subprocess.run(
                [sys.executable, __file__, str(today), "--one", str(cache)],
                check=True,
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            line = json.loads(out.stdout.strip().splitlines()[-1])
            print(json.dumps(line), flush=True)
            for key in ("import_ge", "inputs", "marts", "total"):
                best[key] = min(best.get(key, float("inf")), line[key])
    print(json.dumps({"best_cpu_s": best}))


if __name__ == "__main__":
    main()

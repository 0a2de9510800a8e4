"""Time the input checks (raw, clean, extracted suites and the quarantine) of a +1% rerun: every row validated
(the checks before the verdict cache) against the row-level expectations on the new rows only, in one process,
alternating, so both see the same machine load.

    .venv/bin/python bench/profile_checks.py data/bench/warehouse_2000.duckdb --share 0.01 --repeat 3

From a built warehouse: "yesterday" is a copy without `--share` of its articles (raw, clean and extracted rows
deleted); the verdict cache is filled by checking it; "today" is the warehouse itself. Each repeat times the
checks of today (wall and CPU seconds of this process) with every row validated (expectations.stages.validate_stage, as `ge_input_suites` did) and with
the cache of yesterday (validate_input, a fresh copy of that cache each time), and asserts that both withhold
the same rows. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import duckdb

from expectations import quarantine
from expectations.stages import validate_input, validate_stage
from orchestration.lib import settings


def _yesterday(today: Path, path: Path, share: float) -> int:
    """A copy of `today` without `share` of its articles (the last by id); returns how many were removed."""
    shutil.copyfile(today, path)
    with duckdb.connect(str(path)) as con:
        (total,) = con.execute("select count(*) from clean.articles").fetchone()
        gone = max(1, round(total * share))
        con.execute(
            f"create temp table gone as select article_id from clean.articles order by article_id desc limit {gone}"
        )
        for table in ("raw.articles", "clean.articles", "extracted.case_counts", "extracted.blocked_content"):
            con.execute(f"delete from {table} where article_id in (select article_id from gone)")
    return gone


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("--share", type=float, default=0.01)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    max_share = settings.quarantine_max_share()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        today, yesterday = work / "today.duckdb", work / "yesterday.duckdb"
        shutil.copyfile(args.warehouse, today)
        added = _yesterday(today, yesterday, args.share)
        warm = work / "cache"
        with duckdb.connect(str(yesterday), read_only=True) as con:
            for stage in quarantine.STAGES:
                validate_input(con, stage, warm)
        full_s: list[float] = []
        cached_s: list[float] = []
        full_cpu: list[float] = []
        cached_cpu: list[float] = []
        counts: dict[str, tuple[int, int]] = {}
        with duckdb.connect(str(today), read_only=True) as con:
            for _ in range(args.repeat):
                started, cpu = time.perf_counter(), time.process_time()
                results = {stage: validate_stage(con, stage)[0] for stage in quarantine.STAGES}
                full, _ = quarantine.judge(con, results, max_share)
                full_s.append(time.perf_counter() - started)
                full_cpu.append(time.process_time() - cpu)

                cache = work / "cache-run"
                shutil.rmtree(cache, ignore_errors=True)
                shutil.copytree(warm, cache)
                started, cpu = time.perf_counter(), time.process_time()
                inputs = {stage: validate_input(con, stage, cache) for stage in quarantine.STAGES}
                withheld, _ = quarantine.judge(
                    con,
                    {s: v.result for s, v in inputs.items()},
                    max_share,
                    {s: v.cached_rejections for s, v in inputs.items()},
                )
                cached_s.append(time.perf_counter() - started)
                cached_cpu.append(time.process_time() - cpu)
                if not withheld.equals(full):
                    raise SystemExit("the cached checks withheld other rows than a validation of every row")
                counts = {s: (v.rows_validated, v.rows_from_cache) for s, v in inputs.items()}
    print(
        json.dumps(
            {
                "warehouse": str(args.warehouse),
                "articles_added": added,
                "every_row_s": [round(s, 2) for s in full_s],
                "new_rows_only_s": [round(s, 2) for s in cached_s],
                "every_row_cpu_s": [round(s, 2) for s in full_cpu],
                "new_rows_only_cpu_s": [round(s, 2) for s in cached_cpu],
                "rows_validated_from_cache": counts,
                "withheld": full.height,
            }
        )
    )


if __name__ == "__main__":
    main()

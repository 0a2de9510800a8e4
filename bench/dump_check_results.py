"""Every Great Expectations suite's results on a warehouse, as normalised JSON, to prove a change left them equal.

    .venv/bin/python bench/dump_check_results.py <warehouse> <out.json> [--cache-from <warehouse>]

Writes raw, clean, extracted and marts validated on every row (as `pantau report` does), the input suites
validated with a verdict cache (filled by this code from `--cache-from`, default the warehouse itself: give the
unchanged warehouse when `<warehouse>` is a copy with bad rows, so the changed rows are validated and the others
come from the cache), and the rows the quarantine withholds. Times, run ids and fingerprints (which cover the
code) are left out. Run it from two checkouts (e.g. a `git archive` of main with this venv and PYTHONPATH set to
it) and compare the files with `cmp`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from expectations import quarantine  # noqa: E402
from expectations.stages import validate_input, validate_warehouse  # noqa: E402
from orchestration.lib import settings  # noqa: E402

VARYING = {"seconds", "validated_at", "run_id", "validation_time", "ge_load_time", "batch_markers", "id"}
VARYING |= {"checkpoint_id", "validation_id", "fingerprint"}


def _norm(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items() if k not in VARYING}
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache-from", type=Path)
    args = parser.parse_args()
    found: dict[str, Any] = {}
    for stage, results in validate_warehouse(args.warehouse).items():
        found[f"every_row:{stage}"] = [_norm(asdict(r)) for r in results]
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        with duckdb.connect(str(args.cache_from or args.warehouse), read_only=True) as con:
            for stage in quarantine.STAGES:
                validate_input(con, stage, cache)
        with duckdb.connect(str(args.warehouse), read_only=True) as con:
            inputs = {stage: validate_input(con, stage, cache) for stage in quarantine.STAGES}
            withheld, verdicts = quarantine.judge(
                con,
                {stage: v.result for stage, v in inputs.items()},
                settings.quarantine_max_share(),
                {stage: v.cached_rejections for stage, v in inputs.items()},
                settings.quarantine_min_articles(),
            )
    for stage, validation in inputs.items():
        found[f"cached:{stage}"] = _norm(asdict(validation))
    found["withheld"] = withheld.drop("detected_at", strict=False).sort(pl_columns(withheld)).to_dicts()
    found["verdicts"] = {stage: _norm(asdict(v)) for stage, v in verdicts.items()}
    args.out.write_text(json.dumps(found, sort_keys=True, indent=1, default=str))
    failed = {
        key: [
            (r["expectation"], r["column"], r["unexpected_count"])
            for r in _results(value)
            if not r["success"]
        ]
        for key, value in found.items()
        if key.startswith(("every_row", "cached"))
    }
    print(
        json.dumps(
            {"failed": {k: v for k, v in failed.items() if v}, "withheld": withheld.height}, default=str
        )
    )


def pl_columns(frame: Any) -> list[str]:
    return [c for c in frame.columns if c != "detected_at"]


def _results(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value["result"]]
    return [r for item in items for r in item["results"]]


if __name__ == "__main__":
    main()

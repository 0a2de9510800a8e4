"""Extraction speed of two revisions, back to back in the same conditions: wall and CPU time of `extract_all`.

    .venv/bin/python bench/time_extraction.py [--size 2000] [--base main] [--head WORKTREE] [--rounds 2]

Reads the clean articles `profile_stages.py` caches (data/bench/clean_<size>.parquet; run it once with `--size`
first) and times `extract_all` on them in a fresh interpreter per revision (as `compare_extraction.py` runs them:
a git revision is exported with `git archive`), base and head alternating for `--rounds` rounds. Prints the best
wall and CPU seconds of each. On a machine shared with other jobs, wall time follows the load; CPU time (all
threads of the process, Polars' included) moves much less, so compare revisions by it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare_extraction import DEFAULT_BASE, WORKTREE, source_root  # noqa: E402
from run_bench import BENCH_DIR  # noqa: E402

# Runs inside the revision's interpreter: argv = source root, clean parquet. Prints "wall cpu articles".
RUNNER = """
import sys, time
sys.path.insert(0, sys.argv[1])
import polars as pl
from transforms.extract import extract_all
clean = pl.read_parquet(sys.argv[2])
extract_all(clean.head(50))  # imports and the reference's caches, not timed
wall, cpu = time.perf_counter(), time.process_time()
extract_all(clean)
print(time.perf_counter() - wall, time.process_time() - cpu, clean.height)
"""


def time_once(revision: str, clean: Path) -> tuple[float, float, int]:
    """(wall s, CPU s, articles) of one `extract_all` call of `revision` on `clean`."""
    root = source_root(revision, Path(tempfile.gettempdir()))
    out = subprocess.run(
        [sys.executable, "-c", RUNNER, str(root), str(clean)], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--base", default=DEFAULT_BASE, help=f"git revision, or {WORKTREE}")
    parser.add_argument("--head", default=WORKTREE, help=f"git revision, or {WORKTREE} (the default)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    clean = BENCH_DIR / f"clean_{args.size}.parquet"
    if not clean.exists():
        sys.exit(f"{clean} is missing: run bench/profile_stages.py --size {args.size} --only extract first")
    best: dict[str, tuple[float, float, int]] = {}
    for _ in range(args.rounds):
        for revision in (args.base, args.head):
            wall, cpu, n = time_once(revision, clean)
            print(f"{revision}: wall {wall:.2f} s, CPU {cpu:.2f} s ({n} articles)", flush=True)
            old = best.get(revision)
            best[revision] = (min(wall, old[0]), min(cpu, old[1]), n) if old else (wall, cpu, n)
    for revision, (wall, cpu, n) in best.items():
        print(
            f"best {revision}: wall {wall:.2f} s ({n / wall:.0f} articles/s), CPU {cpu:.2f} s ({n / cpu:.0f} per CPU-second)"
        )
    base, head = best[args.base], best[args.head]
    print(f"head/base speed-up: wall {base[0] / head[0]:.2f}x, CPU {base[1] / head[1]:.2f}x")


if __name__ == "__main__":
    main()

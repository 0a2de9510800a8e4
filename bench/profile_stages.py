"""Where the clean and extract stages spend their time, in process (no Dagster, no dbt).

    .venv/bin/python bench/profile_stages.py --size 10000 [--top 25]

Wall and CPU time per extraction step (each Polars step is one native call, so cProfile alone would hide it), then
the cProfile top functions by own time for clean and for extract. The corpus is the one `run_bench.py` builds. On
a machine shared with other jobs compare CPU seconds (`POLARS_MAX_THREADS=1` makes them one thread's).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import polars as pl  # noqa: E402
from run_bench import BENCH_DIR, build_corpus  # noqa: E402

from transforms import extract  # noqa: E402
from transforms.clean import clean_articles  # noqa: E402
from transforms.ingest import ingest_folder  # noqa: E402

STEPS = [
    "split_sentences",
    "tokenize",
    "match_reference_entities",
    "extract_persons",
    "build_contexts",
    "find_number_candidates",
    "extract_facts",
    "extract_delegations",
]


def timed(name: str, fn: Callable, spent: dict[str, float], cpu: dict[str, float]) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t0
            cpu[name] = cpu.get(name, 0.0) + time.process_time() - c0

    return wrapper


def profile(label: str, fn: Callable, top: int) -> object:
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    out = prof.runcall(fn)
    print(f"\n=== {label}: {time.perf_counter() - t0:.1f}s (under cProfile)")
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--seed", type=int, default=20240615)
    parser.add_argument(
        "--only",
        choices=["clean", "extract"],
        default=None,
        help="extract: reuse data/bench/clean_<size>.parquet from an earlier run when present.",
    )
    parser.add_argument("--no-cprofile", action="store_true", help="Only the wall time per step.")
    args = parser.parse_args()
    cache = BENCH_DIR / f"clean_{args.size}.parquet"
    if args.only != "extract" or not cache.exists():
        corpus = build_corpus(args.size, args.seed)
        t0 = time.perf_counter()
        raw = ingest_folder(corpus).articles
        print(f"ingest: {time.perf_counter() - t0:.1f}s for {raw.height} articles")
        t0 = time.perf_counter()
        clean = clean_articles(raw)
        print(f"clean: {time.perf_counter() - t0:.1f}s")
        clean.write_parquet(cache)
        if args.only != "extract" and not args.no_cprofile:
            profile("clean", lambda: clean_articles(raw), args.top)
    spent: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for name in STEPS:
        setattr(extract, name, timed(name, getattr(extract, name), spent, cpu))
    clean = pl.read_parquet(cache)
    extract.extract_all(clean.head(50))  # imports and lazily built tables, not timed
    spent.clear()
    cpu.clear()
    t0, c0 = time.perf_counter(), time.process_time()
    extract.extract_all(clean)
    total, total_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"\nextract: {total:.1f}s wall, {total_cpu:.2f}s CPU "
        f"({1000 * total_cpu / clean.height:.2f} CPU s per 1,000 articles); per step:"
    )
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(
            f"  {name:26s} {seconds:7.2f}s  {100 * seconds / total:5.1f}%   CPU {cpu[name]:6.2f}s"
            f"  {100 * cpu[name] / total_cpu:5.1f}%"
        )
    if args.only != "clean" and not args.no_cprofile:
        profile("extract", lambda: extract.extract_all(clean), args.top)


if __name__ == "__main__":
    main()

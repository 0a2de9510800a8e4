"""Per-article work on batches of articles, spread over worker processes.

Cleaning and extraction treat every article on its own (tests/transforms/test_extract_independence.py), so a
frame of articles can be cut into batches, each batch processed in another process, and the results
concatenated in batch order: the output is the same as one call on the whole frame, whatever the batch size or
the number of workers. Processes, not threads: most of the remaining time is Python (regex resolution per
figure), which holds the GIL.

Batches stream: at most `2 x workers` are read ahead and in flight, so memory depends on the batch size, not
on the corpus (the caller writes each result away before asking for the next).

Workers are started with `spawn` (a fresh interpreter): forking a process that already runs Polars' thread
pool can deadlock. Starting one costs ~2 s (imports), so input that fits in one batch runs in this process.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

import polars as pl

from orchestration.lib import progress

T = TypeVar("T")
B = TypeVar("B", pl.DataFrame, list)


def worker_count() -> int:
    """PANTAU_WORKERS, else one per CPU core this process may use."""
    configured = os.environ.get("PANTAU_WORKERS", "").strip()
    if configured:
        if not configured.isdigit() or int(configured) < 1:
            raise ValueError(f"PANTAU_WORKERS must be a whole number >= 1, got {configured!r}")
        return int(configured)
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def batches(frame: pl.DataFrame, rows: int) -> list[pl.DataFrame]:
    """Consecutive slices of at most `rows` rows (zero-copy views); one empty frame for an empty input so the
    caller still gets results with the right schema."""
    if frame.height == 0:
        return [frame]
    return [frame.slice(start, rows) for start in range(0, frame.height, rows)]


def imap_batches(fn: Callable[[B], T], parts: Iterable[B], *, workers: int | None = None) -> Iterator[T]:
    """`fn` on each batch (a frame, or a list of items), results yielded in batch order, on up to `workers`
    processes. Progress advances by each finished batch's length (rows, items). `fn` must be a module-level
    function (it is pickled to the workers); an exception in a worker is raised here."""
    it = iter(parts)
    head = list(itertools.islice(it, 2))
    workers = workers or worker_count()
    if workers <= 1 or len(head) <= 1:
        for part in itertools.chain(head, it):
            result = fn(part)
            progress.advance(len(part))
            yield result
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque[tuple[int, Future[T]]] = deque()
        for part in itertools.chain(head, it):
            pending.append((len(part), pool.submit(fn, part)))
            if len(pending) >= 2 * workers:
                yield _finished(pending)
        while pending:
            yield _finished(pending)


def _finished(pending: deque[tuple[int, Future[T]]]) -> T:
    height, future = pending.popleft()
    result = future.result()
    progress.advance(height)
    return result


def map_batches(
    fn: Callable[[pl.DataFrame], T], frame: pl.DataFrame, *, rows: int, workers: int | None = None
) -> list[T]:
    """`imap_batches` over the batches of `rows` rows of one frame, as a list."""
    return list(imap_batches(fn, batches(frame, rows), workers=workers))

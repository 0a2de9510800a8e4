"""The parts store: each stage's output as Parquet files per article shard, next to the warehouse.

Ingest, clean and extract write here (`<warehouse>.parts/`), one directory per stage and shard; the warehouse
stage loads the whole set into DuckDB. A shard is a Dagster partition (orchestration/defs/partitions.py): a run
may rebuild some shards and keep the others, and on several machines each shard can be rebuilt by another
process, since a shard's files depend on that shard's articles only.

    <warehouse>.parts/
        raw/rejected_inputs/*.parquet              files that could not become articles (not sharded)
        raw/shard=07/articles/*.parquet            the raw articles whose id falls in shard 07
        clean/shard=07/{articles,rejected_articles}/*.parquet
        extracted/shard=07/{articles,case_counts,...}/*.parquet   (articles: the extraction keys, the cache index)

A stage writes a shard into a staging directory and then swaps it in whole (`replace_dir`): readers see the
old shard or the new one, never a mix. Every table of every written shard has at least one file (possibly
empty, with the table's columns), so a reader never has to guess a schema.

No Dagster here: the worker processes import this module.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from orchestration.lib.tables import storable

# Fixed: an article's shard is part of where its rows live, so changing the count moves every article (a full
# rebuild). 16 shards of 100,000 articles are 6,250 articles each: enough to spread over machines, few enough
# that per-shard overheads (a few files per table) stay small.
SHARD_COUNT = 16
SHARDS = [f"{i:02d}" for i in range(SHARD_COUNT)]


def shard_expr(article_id: str = "article_id") -> pl.Expr:
    """The shard of each article: its id is the start of a SHA-256, so its first 8 hex digits spread evenly."""
    return (
        (pl.col(article_id).str.slice(0, 8).str.to_integer(base=16) % SHARD_COUNT)
        .cast(pl.String)
        .str.zfill(2)
    )


def shard_dir(stage_dir: Path, shard: str) -> Path:
    return stage_dir / f"shard={shard}"


def write_part(frame: pl.DataFrame, directory: Path) -> Path:
    """`frame` as a new Parquet file in `directory`. Names are unique, so processes write side by side."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{uuid.uuid4().hex}.parquet"
    storable(frame).write_parquet(path)
    return path


def write_by_shard(tables: dict[str, pl.DataFrame], staged: Path, shard_of: dict[str, pl.Series]) -> None:
    """Each table's rows into `staged/shard=XX/<table>/`, grouped by the shard in `shard_of[table]` (one value per
    row). Runs on the workers: a batch of articles from many shards is written in one task."""
    for name, frame in tables.items():
        if frame.height == 0:
            continue
        keyed = frame.with_columns(shard_of[name].alias("_shard"))
        for (shard,), group in keyed.group_by("_shard", maintain_order=True):
            write_part(group.drop("_shard"), shard_dir(staged, str(shard)) / name)


def link_or_copy(source: Path, target: Path) -> None:
    """`source` at `target` as a hard link (parts are written once and never changed, so two names of one file
    are safe), or a copy where the filesystem has no hard links."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def complete_shards(staged: Path, shards: Iterable[str], empty: dict[str, pl.DataFrame]) -> None:
    """Give every table of every shard in `shards` a file: an empty one with the table's columns where the stage
    wrote no rows (a shard without articles, a table without facts in that shard)."""
    for shard in shards:
        for name, frame in empty.items():
            directory = shard_dir(staged, shard) / name
            if not directory.is_dir() or not any(directory.glob("*.parquet")):
                write_part(frame.head(0), directory)


def files(stage_dir: Path, table: str, shards: Iterable[str] = SHARDS) -> list[str]:
    """The Parquet files of `table` in the given shards (default: all), sorted."""
    return sorted(str(p) for s in shards for p in (shard_dir(stage_dir, s) / table).glob("*.parquet"))


def unsharded_files(stage_dir: Path, table: str) -> list[str]:
    """The Parquet files of a table the stage does not shard (the raw stage's rejected inputs), sorted."""
    return sorted(str(p) for p in (stage_dir / table).glob("*.parquet"))


def read(paths: list[str], columns: list[str] | None = None) -> pl.DataFrame:
    """The rows of `paths` as one frame. Paths are names, never glob patterns (a `[` in a user's folder name)."""
    frames = [pl.read_parquet(p, columns=columns, glob=False) for p in paths]
    return pl.concat(frames, how="diagonal_relaxed") if frames else pl.DataFrame()


def row_count(path: str) -> int:
    """Rows in a Parquet file, from its footer."""
    return pq.read_metadata(path).num_rows


def read_batches(paths: list[str], rows: int) -> Iterator[pl.DataFrame]:
    """The rows of `paths`, file after file, in frames of `rows` rows (the last may be smaller; one empty frame
    with the files' columns if they hold no row), so memory depends on the batch, not on the shard."""
    pending: list[pl.DataFrame] = []
    held = 0
    yielded = False
    empty = pl.DataFrame()
    for n, path in enumerate(paths):
        frame = pl.read_parquet(path, glob=False)
        empty = frame.head(0) if n == 0 else empty
        while frame.height:
            take = frame.head(rows - held)
            pending.append(take)
            held += take.height
            frame = frame.slice(take.height)
            if held == rows:
                yield pl.concat(pending, how="diagonal_relaxed")
                pending, held, yielded = [], 0, True
    if pending:
        yield pl.concat(pending, how="diagonal_relaxed")
    elif not yielded:
        yield empty


def staging_dir(root: Path) -> Path:
    """A new private directory for a stage's output, on the same filesystem as the store (renames stay atomic)."""
    path = root / ".staging" / uuid.uuid4().hex
    path.mkdir(parents=True)
    return path


@contextmanager
def rebuilding(stage_dir: Path, shards: Iterable[str]) -> Iterator[Path]:
    """A staging directory for rebuilding `shards` of a stage: the caller writes every shard's tables into it (and
    `complete_shards`); if the block ends without an exception, each shard is swapped in (`replace_dir`). The
    staging directory is removed either way, so a failure leaves every shard as it was."""
    staged = staging_dir(stage_dir.parent)
    try:
        yield staged
        for shard in shards:
            replace_dir(shard_dir(staged, shard), shard_dir(stage_dir, shard))
    finally:
        shutil.rmtree(staged, ignore_errors=True)


def replace_dir(staged: Path, final: Path) -> None:
    """Put `staged` where `final` is: two renames, so `final` is the old directory or the new one, never a mix
    (a crash between the two leaves it missing, and the shard is rebuilt by the next run)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    old = final.with_name(f"{final.name}.old-{uuid.uuid4().hex}")
    if final.exists():
        os.rename(final, old)
    os.rename(staged, final)
    shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(root: Path) -> None:
    """Staging directories and replaced shards a killed run left behind (call only while no run writes here)."""
    shutil.rmtree(root / ".staging", ignore_errors=True)
    for old in root.glob("*/shard=*.old-*"):
        shutil.rmtree(old, ignore_errors=True)
    for old in root.glob("*.old-*"):
        shutil.rmtree(old, ignore_errors=True)

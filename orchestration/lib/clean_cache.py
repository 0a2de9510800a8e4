"""Incremental clean per shard: a raw article whose content did not change is not cleaned again.

Cleaning one article reads that article's raw row only (every rule in transforms/clean.py works per article_id),
so its clean row (or its rejection) is decided by the row and the cleaner. Each clean shard keeps an `index`
table next to its articles: per raw row (source_path, article_id), its `clean_key`, the SHA-256 of

- the code version (every `transforms/**/*.py` as this process imported it and every reference CSV as read,
  `Reference.version`, the extractor's version: a change to the cleaner re-cleans everything), and
- every column of the raw row but `ingested_at` (text, metadata, content hash, size, format, encoding).

The index of a shard is its digest: rebuilding the shard cleans only the raw rows whose key it does not hold, and
copies the clean (or rejected) rows of the others from the previous shard, with the raw row's `ingested_at`
(`detected_at` for a rejection), as a full clean would stamp them (a raw row keeps the stamp of the run that
first ingested its content, orchestration/lib/ingest_incremental.py). Raw rows no longer present leave. The new
shard is swapped in whole (orchestration/parts.py), so a failed run leaves every shard as it was.

No Dagster here: the worker processes import this module through clean_to_shards.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import polars as pl

from orchestration.lib import parts, progress
from orchestration.lib.clean_shards import CLEANER_ERROR, clean_to_shards, empty_tables
from orchestration.lib.parallel import batches, imap_batches
from transforms import code_version
from transforms.ingest import RAW_SCHEMA
from transforms.reference import load_reference

KEY = "clean_key"
INDEX = "index"  # the table of a clean shard listing which raw rows (by key) it holds
INDEX_SCHEMA: dict[str, pl.DataType] = {"source_path": pl.String, "article_id": pl.String, KEY: pl.String}
# What the key covers: the raw row but its time stamp.
_KEYED_COLUMNS = [c for c in RAW_SCHEMA if c != "ingested_at"]
# Articles per batch handed to a worker process: large enough that Polars works on big frames, small enough
# that memory per batch stays bounded (~4 KB of text per article). Batches may span shards.
CLEAN_BATCH_ROWS = 2000


class CleanPartsMismatch(RuntimeError):
    """A clean shard's index lists a row its articles and rejections do not hold (edited or damaged store)."""


@dataclass
class IncrementalClean:
    cleaned: int
    reused: int
    counts: dict[str, int]
    version: str = ""  # the code version the keys were made with (carried to the build record)


def with_clean_keys(raw: pl.DataFrame, version: str) -> pl.DataFrame:
    """(source_path, article_id, clean_key, ingested_at) of raw rows (see the module docstring for the key)."""
    keys = [
        hashlib.sha256(json.dumps([version, *row], ensure_ascii=False).encode()).hexdigest()
        for row in raw.select(_KEYED_COLUMNS).iter_rows()
    ]
    return raw.select("source_path", "article_id", "ingested_at").with_columns(
        pl.Series(KEY, keys, dtype=pl.String)
    )


def clean_incremental(store: Path, raw: Path, shards: list[str], *, reuse: bool = True) -> IncrementalClean:
    """Clean the raw articles of `shards` (raw stage's parts under `raw`) into the clean stage's parts under
    `store`, cleaning only the rows whose key a shard's previous index does not hold (all of them unless `reuse`),
    then swap each shard in."""
    version = load_reference().version
    raw_files = parts.files(raw, "articles", shards)
    if not raw_files:
        raise FileNotFoundError(f"no raw articles under {raw}: materialise parts/raw (ingest) first")
    previous = parts.read(parts.files(store, INDEX, shards)) if reuse else pl.DataFrame()
    known = previous.select(list(INDEX_SCHEMA)) if previous.height else pl.DataFrame(schema=INDEX_SCHEMA)
    index: list[pl.DataFrame] = []
    empty: list[pl.DataFrame] = []
    new_rows = [0]

    def new_batches() -> Iterator[pl.DataFrame]:
        """Raw rows whose key no shard holds, in batches of CLEAN_BATCH_ROWS (keys hashed on the way)."""
        pending: pl.DataFrame | None = None
        for frame in parts.read_batches(raw_files, CLEAN_BATCH_ROWS):
            if not empty:
                empty.append(frame.head(0))
            keyed = with_clean_keys(frame, version)
            index.append(keyed)
            fresh = frame.join(
                keyed.join(known, on=["source_path", KEY], how="anti").select("source_path"),
                on="source_path",
                how="semi",
            )
            new_rows[0] += fresh.height
            *full, pending = batches(
                fresh if pending is None else pl.concat([pending, fresh]), CLEAN_BATCH_ROWS
            )
            yield from (b for b in full if b.height)
        if pending is not None and pending.height:
            yield pending

    stats: dict[str, int] = dict.fromkeys(
        ["articles", "rejected", "failed", "repeated", "furniture", "undated", "not_id"], 0
    )
    progress.stage("clean", total=sum(parts.row_count(f) for f in raw_files), unit="articles")
    with parts.rebuilding(store, shards) as staged:
        for counts in imap_batches(
            partial(clean_to_shards, staged=staged, code=code_version()), new_batches()
        ):
            for name, n in counts.items():
                stats[name] += n
        current = (
            pl.concat(index)
            if index
            else pl.DataFrame(schema={**INDEX_SCHEMA, "ingested_at": RAW_SCHEMA["ingested_at"]})
        )
        reused = current.join(known, on=["source_path", KEY], how="semi")
        schemas: dict[str, pl.DataFrame] = {}
        for shard in shards:
            linked = _link_if_all_reused(store, staged, shard, reused, known, stats)
            schemas.update(
                linked if linked is not None else _copy_reused(store, staged, shard, reused, stats)
            )
        progress.advance(reused.height)
        shard_of = current.select(parts.shard_expr()).to_series()
        parts.write_by_shard({INDEX: current.select(list(INDEX_SCHEMA))}, staged, {INDEX: shard_of})
        # Reused rows were cleaned by this same code (the key covers it), so their columns are the empty tables'
        # (cleaning no rows costs a second: the language model is loaded).
        empty_clean = schemas if len(schemas) == 2 else empty_tables(empty[0])
        parts.complete_shards(staged, shards, {**empty_clean, INDEX: pl.DataFrame(schema=INDEX_SCHEMA)})
    return IncrementalClean(cleaned=new_rows[0], reused=reused.height, counts=stats, version=version)


# Files per table and shard up to which a shard whose rows are all reused keeps its files as they are (hard links);
# beyond it the rows are rewritten into one file per table, so that daily runs, each adding a file, do not make
# readers open ever more files (as the extraction cache, orchestration/lib/extract_cache.py).
MAX_LINKED_PARTS = 8
# The columns the step's counts read (the bodies are not read on the linked path).
_COUNTED = ["n_repeated_paragraphs", "n_removed_lines", "published_date", "language"]


def _link_if_all_reused(
    store: Path,
    staged: Path,
    shard: str,
    reused: pl.DataFrame,
    known: pl.DataFrame,
    stats: dict[str, int],
) -> dict[str, pl.DataFrame] | None:
    """Hard-link the shard's previous clean and rejected files into `staged` when the copy row by row
    (`_copy_reused`) would write exactly their rows: every row the shard's previous index lists is reused, and
    each clean (rejected) row already carries its raw row's `ingested_at` (`detected_at`), as in a daily run,
    whose ingest keeps the stamp of unchanged content. Only the few columns the counts and that check need are
    read, never the bodies. Returns both tables with no rows, as `_copy_reused` does, or None (nothing linked)
    when the rows differ in any way: the copy then decides, and raises on a damaged shard."""
    mine = reused.filter(parts.shard_expr() == shard).select("source_path", "ingested_at")
    listed = known.filter(parts.shard_expr() == shard)
    if mine.height == 0 or mine.height != listed.height:
        return None
    articles = parts.files(store, "articles", [shard])
    rejected = parts.files(store, "rejected_articles", [shard])
    if len(articles) > MAX_LINKED_PARTS or len(rejected) > MAX_LINKED_PARTS:
        return None
    schemas = {
        "articles": pl.read_parquet_schema(articles[0]) if articles else None,
        "rejected_articles": pl.read_parquet_schema(rejected[0]) if rejected else None,
    }
    if not all(schemas.values()):
        return None
    if "ingested_at" not in schemas["articles"] or "detected_at" not in schemas["rejected_articles"]:
        return None
    clean_rows = parts.read(articles, columns=["source_path", "ingested_at", *_COUNTED])
    rejected_rows = parts.read(rejected, columns=["source_path", "detected_at", "reason"])
    stamps = pl.concat(
        [
            clean_rows.select("source_path", "ingested_at"),
            rejected_rows.select("source_path", pl.col("detected_at").alias("ingested_at")),
        ]
    )
    if (
        stamps.height != mine.height
        or stamps.join(mine, on=["source_path", "ingested_at"]).height != mine.height
    ):
        return None
    for name, paths in (("articles", articles), ("rejected_articles", rejected)):
        directory = parts.shard_dir(staged, shard) / name
        for path in paths:
            if parts.row_count(path):
                directory.mkdir(parents=True, exist_ok=True)
                parts.link_or_copy(Path(path), directory / Path(path).name)
    _count(clean_rows, rejected_rows, stats)
    return {name: pl.DataFrame(schema=schema) for name, schema in schemas.items()}


def _count(articles: pl.DataFrame, rejected: pl.DataFrame, stats: dict[str, int]) -> None:
    """Add the reused rows of one shard to the step's counts."""
    stats["articles"] += articles.height
    stats["rejected"] += rejected.height
    stats["failed"] += int(rejected["reason"].str.starts_with(CLEANER_ERROR).sum())
    stats["repeated"] += int(articles["n_repeated_paragraphs"].sum() or 0)
    stats["furniture"] += int(articles["n_removed_lines"].sum() or 0)
    stats["undated"] += articles["published_date"].null_count()
    stats["not_id"] += int((articles["language"] != "id").sum())


def _copy_reused(
    store: Path, staged: Path, shard: str, reused: pl.DataFrame, stats: dict[str, int]
) -> dict[str, pl.DataFrame]:
    """The previous clean and rejected rows of the shard's reused raw rows, stamped with their raw rows' time;
    returns both tables with no rows (their columns), or nothing if the shard reuses no row."""
    mine = reused.filter(parts.shard_expr() == shard).select("source_path", "ingested_at")
    if mine.height == 0:
        return {}
    articles = parts.read(parts.files(store, "articles", [shard]))
    rejected = parts.read(parts.files(store, "rejected_articles", [shard]))
    if "ingested_at" not in articles.columns or "detected_at" not in rejected.columns:
        raise CleanPartsMismatch(f"clean shard {shard} lacks the files its index lists rows of")
    articles = articles.drop("ingested_at").join(mine, on="source_path", how="inner").select(articles.columns)
    rejected = (
        rejected.drop("detected_at")
        .join(mine.rename({"ingested_at": "detected_at"}), on="source_path", how="inner")
        .select(rejected.columns)
    )
    if articles.height + rejected.height != mine.height:
        raise CleanPartsMismatch(
            f"clean shard {shard} holds {articles.height + rejected.height} of the {mine.height} rows its index lists"
        )
    directory = parts.shard_dir(staged, shard)
    if articles.height:
        parts.write_part(articles, directory / "articles")
    if rejected.height:
        parts.write_part(rejected, directory / "rejected_articles")
    _count(articles, rejected, stats)
    return {"articles": articles.head(0), "rejected_articles": rejected.head(0)}

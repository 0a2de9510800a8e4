"""Incremental extraction: an article already extracted by the same extractor is not extracted again.

The cache lives in the warehouse itself (schema `extract_cache`), so it is built in `<warehouse>.building` and
published by the same atomic rename as the marts: a failed or killed run can never leave a cache that
disagrees with the warehouse. Every cached row carries its article's `extraction_key`, the SHA-256 of

- the extractor version (every `transforms/*.py` source and every reference CSV: a code or reference-data
  change re-extracts everything), and
- exactly what extraction reads of the article: content hash, cleaned body, published date, language
  (the content hash alone ignores whitespace and JSON metadata, both of which can change the body's
  offsets or the periods).

A run extracts the articles whose key is not cached, unions them with the cached rows of the keys present
now and rewrites the cache with just those: articles removed from the folder leave the marts and the cache.
This is correct because extraction of one article does not depend on the others (tests/transforms).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import duckdb
import polars as pl

import transforms
from orchestration import progress
from orchestration.parallel import map_batches
from transforms.extract import extract_all
from transforms.reference import Reference, load_reference, reference_dir

SCHEMA = "extract_cache"
KEY = "extraction_key"
TABLES = [
    "entity_mentions", "persons", "case_counts", "blocked_content", "money", "delegations",
    "delegation_participants",
]
# Articles per extraction batch (one task of a worker process). Results do not depend on it; speed does:
# Polars' fixed cost per operation makes batches of 25 2.3x slower than batches of 500 (bench/profile_stages.py).
EXTRACT_BATCH_ROWS = 500


@dataclass
class IncrementalExtraction:
    tables: dict[str, pl.DataFrame]
    articles_extracted: int
    articles_from_cache: int
    extractor_version: str


@cache
def extractor_version() -> str:
    """Hash of every file that decides what extraction produces: transforms/*.py and the reference CSVs."""
    digest = hashlib.sha256()
    files = sorted(Path(transforms.__file__).parent.glob("*.py")) + sorted(reference_dir().glob("*.csv"))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def with_extraction_keys(clean: pl.DataFrame, version: str) -> pl.DataFrame:
    """Add `extraction_key` to clean articles (see the module docstring for what it covers)."""
    keys = [
        hashlib.sha256("\0".join([version, h or "", body or "", str(published), lang or ""]).encode()).hexdigest()
        for h, body, published, lang in clean.select("content_hash", "body", "published_date", "language").iter_rows()
    ]
    return clean.with_columns(pl.Series(KEY, keys, dtype=pl.String))


def _table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    rows = con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?", [SCHEMA, table]
    ).fetchall()
    return bool(rows[0][0])


def _read_cached(con: duckdb.DuckDBPyConnection, table: str, keys: pl.DataFrame) -> pl.DataFrame | None:
    if not _table_exists(con, table):
        return None
    con.register("_keys", keys.select(KEY).to_arrow())
    try:
        return pl.from_arrow(con.sql(f"select c.* from {SCHEMA}.{table} c semi join _keys using ({KEY})").to_arrow_table())
    finally:
        con.unregister("_keys")


def _keyed(tables: dict[str, pl.DataFrame], keys: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Tag every extracted row with its article's extraction key (participants through their delegation)."""
    by_article = keys.select("article_id", KEY)
    out = {name: tables[name].join(by_article, on="article_id", how="left") for name in TABLES if name != "delegation_participants"}
    delegation_key = out["delegations"].select("delegation_id", KEY).unique("delegation_id")
    out["delegation_participants"] = tables["delegation_participants"].join(delegation_key, on="delegation_id", how="left")
    return out


def extract_keyed(batch: pl.DataFrame, ref: Reference) -> dict[str, pl.DataFrame]:
    """One batch's extracted tables, every row tagged with its article's extraction key (runs in a worker)."""
    return _keyed(extract_all(batch, ref).tables(), batch)


def _sorted(frame: pl.DataFrame) -> pl.DataFrame:
    """A stable row order, whichever articles came from the cache."""
    by = [c for c in ("article_id", "delegation_id", "char_start", "fact_id", "mention_id", "person_id", "role") if c in frame.columns]
    return frame.sort(by, nulls_last=True, maintain_order=True)


def extract_incremental(
    con: duckdb.DuckDBPyConnection, clean: pl.DataFrame, ref: Reference | None = None
) -> IncrementalExtraction:
    """Extract the clean articles not in the cache, merge with the cached rows and rewrite the cache.

    `con` is the run's build database. Returns one frame per extracted table (without the key column).
    """
    version = extractor_version()
    articles = with_extraction_keys(clean, version)
    cached_keys = _read_cached(con, "articles", articles)
    known = set(cached_keys[KEY].to_list()) if cached_keys is not None else set()
    new = articles.filter(~pl.col(KEY).is_in(list(known)))
    ref = ref or load_reference()

    progress.stage("extract", total=new.height, unit="articles")
    task = partial(extract_keyed, ref=ref)
    parts = map_batches(task, new, rows=EXTRACT_BATCH_ROWS)

    tables: dict[str, pl.DataFrame] = {}
    for name in TABLES:
        fresh = pl.concat([p[name] for p in parts], how="vertical_relaxed")
        cached = _read_cached(con, name, articles) if known else None
        if cached is not None and cached.height:
            cached = cached.select([pl.col(c).cast(t) for c, t in fresh.schema.items()])
            fresh = pl.concat([cached, fresh], how="vertical")
        tables[name] = _sorted(fresh)

    con.execute(f"create schema if not exists {SCHEMA}")
    index = articles.select("article_id", "content_hash", KEY, pl.lit(version).alias("extractor_version"))
    for name, frame in [("articles", index), *tables.items()]:
        con.register("_frame", frame.to_arrow())
        con.execute(f"create or replace table {SCHEMA}.{name} as select * from _frame")
        con.unregister("_frame")
    return IncrementalExtraction(
        tables={name: frame.drop(KEY) for name, frame in tables.items()},
        articles_extracted=new.height,
        articles_from_cache=articles.height - new.height,
        extractor_version=version,
    )

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
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

import duckdb
import polars as pl

import transforms
from orchestration import progress
from orchestration.parallel import batches, imap_batches
from orchestration.tables import append_frame, create_from_parts, write_part
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


_KEYED_COLUMNS = ["article_id", "content_hash", "body", "published_date", "language"]


@dataclass
class IncrementalExtraction:
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


def extract_to_parts(batch: pl.DataFrame, ref: Reference, parts: Path) -> None:
    """`extract_keyed` on a worker, each table written as one Parquet part under `parts/<table>/`: the parent reads
    the set in one bulk load instead of receiving and inserting every batch's frames while the workers run."""
    for name, frame in extract_keyed(batch, ref).items():
        write_part(frame, parts / name)


def _order_by(con: duckdb.DuckDBPyConnection, query: str) -> str:
    """A total, stable row order for `query`'s rows whichever articles came from the cache: the natural keys
    first, then every other column."""
    columns = [r[0] for r in con.execute(f"describe select * from ({query})").fetchall()]
    first = [c for c in ("article_id", "delegation_id", "char_start", "fact_id", "mention_id", "person_id", "role")
             if c in columns]
    return ", ".join(first + [c for c in columns if c not in first])


def extract_incremental(
    con: duckdb.DuckDBPyConnection,
    clean: pl.DataFrame | Callable[[], Iterable[pl.DataFrame]],
    ref: Reference | None = None,
    scratch: Path | None = None,
) -> IncrementalExtraction:
    """Extract the clean articles not in the cache and rewrite the cache (`extract_cache.*`) with exactly the
    rows of the current articles: cached rows still valid plus the new ones.

    `con` is the run's build database; `clean` is the clean articles: one frame, or a function giving a fresh
    iterator over at least one (possibly empty) batch of them, as `orchestration.tables.read_batches` does. The
    batches are read twice: once for the keys, so the progress knows how many articles are new, then to extract the
    new ones. They stream: new articles go to the worker processes batch by batch, each worker writes its rows as
    Parquet parts into a private directory under `scratch` (default: the system's temporary directory), and DuckDB
    loads each table's set of parts at once; memory does not grow with the corpus. `extracted_table_sql` then gives
    each extracted table.
    """
    version = extractor_version()
    ref = ref or load_reference()
    known: set[str] = set()
    if _table_exists(con, "articles"):
        known = {r[0] for r in con.execute(f"select {KEY} from {SCHEMA}.articles").fetchall()}
    con.execute(f"create schema if not exists {SCHEMA}")
    read = (lambda: [clean]) if isinstance(clean, pl.DataFrame) else clean

    # Pass 1: every article's key (hashing only).
    index: list[pl.DataFrame] = []
    for frame in read():
        index.append(with_extraction_keys(frame.select(_KEYED_COLUMNS), version).select("article_id", "content_hash", KEY))
        empty = frame.head(0)
    keys = pl.concat(index)
    new_keys = keys.filter(~pl.col(KEY).is_in(list(known))).select("article_id", KEY)

    def new_batches() -> Iterator[pl.DataFrame]:
        """Pass 2: the new articles, in batches of EXTRACT_BATCH_ROWS (the last one may be smaller)."""
        pending: pl.DataFrame | None = None
        for frame in read():
            new = frame.join(new_keys, on="article_id", how="inner")
            *full, pending = batches(new if pending is None else pl.concat([pending, new]), EXTRACT_BATCH_ROWS)
            yield from full
        if pending is not None and pending.height:
            yield pending

    progress.stage("extract", total=new_keys.height, unit="articles")
    with tempfile.TemporaryDirectory(prefix="pantau-extract-", dir=scratch) as tmp:
        parts = Path(tmp)
        for _ in imap_batches(partial(extract_to_parts, ref=ref, parts=parts), new_batches()):
            pass
        if not (parts / TABLES[0]).exists():  # nothing new: empty tables with the extractor's schema
            extract_to_parts(with_extraction_keys(empty, version), ref, parts)
        for name in TABLES:
            create_from_parts(con, f"{SCHEMA}._new_{name}", parts / name)
    extracted = new_keys.height

    append_frame(con, f"{SCHEMA}._current", keys.with_columns(pl.lit(version).alias("extractor_version")), create=True)
    for name in TABLES:
        merged = f"select * from {SCHEMA}._new_{name}"
        if known and _table_exists(con, name):
            merged = (f"select c.* from {SCHEMA}.{name} c semi join {SCHEMA}._current k using ({KEY}) "
                      f"union all by name {merged}")
        # written once, sorted, then renamed over the old table (which the query still reads while it runs)
        con.execute(f"create or replace table {SCHEMA}._merged as select * from ({merged}) "
                    f"order by {_order_by(con, merged)}")
        con.execute(f"drop table if exists {SCHEMA}.{name}")
        con.execute(f"alter table {SCHEMA}._merged rename to {name}")
        con.execute(f"drop table {SCHEMA}._new_{name}")
    con.execute(f"create or replace table {SCHEMA}.articles as select * from {SCHEMA}._current")
    con.execute(f"drop table {SCHEMA}._current")
    return IncrementalExtraction(
        articles_extracted=extracted,
        articles_from_cache=keys.height - extracted,
        extractor_version=version,
    )


def extracted_table_sql(name: str) -> str:
    """The extracted table `name` as the cache holds it for the current articles (without the key)."""
    return f"select * exclude ({KEY}) from {SCHEMA}.{name}"


def read_extracted(con: duckdb.DuckDBPyConnection) -> dict[str, pl.DataFrame]:
    """Every extracted table as a Polars frame, in the cache's order (tests and small data)."""
    return {name: pl.from_arrow(con.sql(extracted_table_sql(name)).to_arrow_table()) for name in TABLES}  # type: ignore[misc]

"""Incremental extraction per shard: an article already extracted by the same extractor is not extracted again.

The cache is the extracted stage's own parts (orchestration/lib/parts.py): every row carries its article's
`extraction_key`, and each shard's `articles` table lists the keys it holds. The key is the SHA-256 of

- the extractor version (every `transforms/**/*.py` source as this process imported it and every reference CSV as
  it was read, `Reference.version`: a code or reference-data change re-extracts everything; a worker that
  imported other code than the parent fails the run, transforms.check_code_version), and
- exactly what extraction reads of the article: content hash, cleaned body, published date, language
  (the content hash alone ignores whitespace and JSON metadata, both of which can change the body's
  offsets or the periods).

Rebuilding a shard extracts its articles whose key the shard does not hold yet, copies the rows of the keys it
holds and still needs, and swaps the new shard in: articles removed from the folder leave. Since the key decides
the rows completely, a shard left behind by a failed or killed run can only save work, never give wrong rows.
Correct because extraction of one article does not depend on the others (tests/transforms).

An article the extractor raises on never fails the run nor the other articles of its batch: the batch is split
in halves until the failing articles stand alone (`_extract_isolating`); each is kept with no extracted rows and
its error in the shard's index (`extraction_error`, cached under its key like any result, so a fixed extractor,
a new version, extracts it again). The input checks withhold such an article with that reason
(`extraction_errors`, expectations/quarantine.py), and many of them block the publish like any broken parser.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import polars as pl

from orchestration.lib import parts, progress
from orchestration.lib.parallel import batches, imap_batches
from transforms import check_code_version, code_version
from transforms.extract import extract_all
from transforms.reference import Reference, load_reference

KEY = "extraction_key"
TABLES = [
    "entity_mentions",
    "persons",
    "case_counts",
    "blocked_content",
    "money",
    "delegations",
    "delegation_participants",
]
# The cache index of a shard (its `articles` table): which article, with which key, by which extractor.
INDEX_COLUMNS = ["article_id", "content_hash", KEY]
ERROR = "extraction_error"  # in the index: why the extractor failed on the article (null: it did not)
# Articles per extraction batch (one task of a worker process). Results do not depend on it; speed does:
# Polars' fixed cost per operation makes batches of 25 2.3x slower than batches of 500 (bench/profile_stages.py).
EXTRACT_BATCH_ROWS = 500
# Clean articles read per batch from the clean stage's parts (extraction batches are cut from these).
READ_BATCH_ROWS = 2000


_KEYED_COLUMNS = ["article_id", "content_hash", "body", "published_date", "language"]


@dataclass
class IncrementalExtraction:
    articles_extracted: int
    articles_from_cache: int
    extractor_version: str
    errors: (
        pl.DataFrame
    )  # (article_id, extraction_error): articles the extractor failed on (`extraction_errors`)


def extractor_version(ref: Reference | None = None) -> str:
    """The version of the extractor this process runs: the transforms/ code it imported and the reference CSVs it
    loaded (equal to orchestration/lib/build_inputs.extractor_version(), which the up-to-date check of `pantau run`
    reads from disk, as long as neither changed since)."""
    return (ref or load_reference()).version


def with_extraction_keys(clean: pl.DataFrame, version: str) -> pl.DataFrame:
    """Add `extraction_key` to clean articles (see the module docstring for what it covers)."""
    keys = [
        hashlib.sha256(
            "\0".join([version, h or "", body or "", str(published), lang or ""]).encode()
        ).hexdigest()
        for h, body, published, lang in clean.select(
            "content_hash", "body", "published_date", "language"
        ).iter_rows()
    ]
    return clean.with_columns(pl.Series(KEY, keys, dtype=pl.String))


def _keyed(tables: dict[str, pl.DataFrame], keys: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Tag every extracted row with its article's extraction key (participants through their delegation)."""
    by_article = keys.select("article_id", KEY)
    out = {
        name: tables[name].join(by_article, on="article_id", how="left")
        for name in TABLES
        if name != "delegation_participants"
    }
    delegation_key = out["delegations"].select("delegation_id", KEY).unique("delegation_id")
    out["delegation_participants"] = tables["delegation_participants"].join(
        delegation_key, on="delegation_id", how="left"
    )
    return out


def _extract_isolating(
    batch: pl.DataFrame, ref: Reference
) -> tuple[list[dict[str, pl.DataFrame]], dict[str, str]]:
    """The extracted tables of `batch` (one dict per part extracted) and, per article the extractor raised on,
    the error. A failing batch is split in halves: about 2 log2(n) extractions find one bad article among n, and
    every other article keeps its rows (extraction of one article does not depend on the others)."""
    try:
        return [extract_all(batch, ref).tables()], {}
    except Exception as exc:  # a rule's bug on one odd article must not lose the batch, nor fail the run
        if batch.height <= 1:
            return [], {article: f"{type(exc).__name__}: {exc}"[:500] for article in batch["article_id"]}
    half = batch.height // 2
    first, first_errors = _extract_isolating(batch.head(half), ref)
    second, second_errors = _extract_isolating(batch.slice(half), ref)
    return first + second, {**first_errors, **second_errors}


def extract_keyed(batch: pl.DataFrame, ref: Reference, version: str) -> dict[str, pl.DataFrame]:
    """One batch's extracted tables, every row tagged with its article's extraction key, plus `articles`: the
    batch's keys by extractor `version`, the cache index, with the error of every article the extractor failed
    on."""
    extracted, errors = _extract_isolating(batch, ref)
    if not extracted:
        extracted = [extract_all(batch.head(0), ref).tables()]
    merged = {
        name: pl.concat([part[name] for part in extracted], how="diagonal_relaxed") for name in extracted[0]
    }
    tables = _keyed(merged, batch)
    tables["articles"] = batch.select(*INDEX_COLUMNS).with_columns(
        pl.lit(version).alias("extractor_version"),
        pl.col("article_id").replace_strict(errors, default=None, return_dtype=pl.String).alias(ERROR),
    )
    return tables


def extraction_errors(store: Path) -> pl.DataFrame:
    """(article_id, extraction_error) of every article of the extracted stage's parts under `store` that the
    extractor failed on: read by the input checks, which withhold those articles."""
    indexes = (pl.read_parquet(f, glob=False) for f in parts.files(store, "articles"))
    frames = [index.select("article_id", ERROR) for index in indexes if ERROR in index.columns]
    errors = pl.concat(frames) if frames else pl.DataFrame(schema={"article_id": pl.String, ERROR: pl.String})
    return errors.filter(pl.col(ERROR).is_not_null()).unique("article_id").sort("article_id")


def extract_to_shards(
    batch: pl.DataFrame, ref: Reference, version: str, staged: Path, code: str = ""
) -> None:
    """`extract_keyed` on a worker, each table's rows written as Parquet under `staged/shard=XX/<table>/`: the
    parent never receives the frames, and the warehouse stage loads the set in one statement per table. `code`:
    the parent's code_version(); a worker that imported other code raises (its rows would carry the wrong key)."""
    if code:
        check_code_version(code)
    tables = extract_keyed(batch, ref, version)
    article_of = {name: frame for name, frame in tables.items() if name != "delegation_participants"}
    article_of["delegation_participants"] = tables["delegation_participants"].join(
        tables["delegations"].select("delegation_id", "article_id").unique("delegation_id"),
        on="delegation_id",
        how="left",
    )
    parts.write_by_shard(
        tables,
        staged,
        {name: frame.select(parts.shard_expr()).to_series() for name, frame in article_of.items()},
    )


def empty_tables(clean_columns: pl.DataFrame, ref: Reference, version: str) -> dict[str, pl.DataFrame]:
    """Every extracted table with no rows, with its columns (from an extraction of no articles)."""
    return extract_keyed(with_extraction_keys(clean_columns.head(0), version), ref, version)


def extract_incremental(
    store: Path,
    clean: Path,
    shards: list[str],
    ref: Reference | None = None,
) -> IncrementalExtraction:
    """Extract the clean articles of `shards` (from the clean stage's parts under `clean`) into the extracted
    stage's parts under `store`, reusing the rows of every article whose extraction key the shard's previous
    parts already hold (the extraction cache), then swap each shard in.

    Batches stream: new articles go to the worker processes EXTRACT_BATCH_ROWS at a time, each worker writes its
    rows as Parquet parts straight into a staging directory; cached rows are copied shard by shard. Memory does not
    grow with the corpus. A failure leaves every shard as it was (the staging directory is removed).
    """
    ref = ref or load_reference()
    version = extractor_version(ref)
    previous = [parts.files(store, "articles", [s]) for s in shards]
    known = {key for files in previous for f in files for key in parts.read([f], columns=[KEY])[KEY]}
    missing = [s for s in shards if not parts.shard_dir(clean, s).is_dir()]
    if missing:
        raise FileNotFoundError(
            f"no clean articles for shard(s) {', '.join(missing)} under {clean}: materialise "
            "the clean stage for them first"
        )
    clean_files = parts.files(clean, "articles", shards)

    # Pass 1: every article's key (hashing only).
    index: list[pl.DataFrame] = []
    empty = pl.DataFrame()
    for frame in parts.read_batches(clean_files, READ_BATCH_ROWS):
        empty = frame.head(0)
        if frame.height:
            index.append(with_extraction_keys(frame.select(_KEYED_COLUMNS), version).select(*INDEX_COLUMNS))
    keys = (
        pl.concat(index)
        if index
        else pl.DataFrame(schema={"article_id": pl.String, "content_hash": pl.String, KEY: pl.String})
    )
    is_new = ~pl.col(KEY).is_in(list(known))
    new_keys = keys.filter(is_new).select("article_id", KEY)
    cached_keys = keys.filter(~is_new).select(KEY)

    def new_batches() -> Iterator[pl.DataFrame]:
        """Pass 2: the new articles, in batches of EXTRACT_BATCH_ROWS (the last one may be smaller)."""
        pending: pl.DataFrame | None = None
        for frame in parts.read_batches(clean_files, READ_BATCH_ROWS):
            new = frame.join(new_keys, on="article_id", how="inner")
            *full, pending = batches(
                new if pending is None else pl.concat([pending, new]), EXTRACT_BATCH_ROWS
            )
            yield from full
        if pending is not None and pending.height:
            yield pending

    progress.stage("extract", total=new_keys.height, unit="articles")
    with parts.rebuilding(store, shards) as staged:
        if new_keys.height:
            for _ in imap_batches(
                partial(extract_to_shards, ref=ref, version=version, staged=staged, code=code_version()),
                new_batches(),
            ):
                pass
        # the cached rows of the articles still present, shard by shard
        wanted = set(cached_keys.get_column(KEY))
        for shard, old in zip(shards, previous, strict=True):
            if not old:
                continue
            if _link_if_all_wanted(store, staged, shard, wanted):
                continue
            for name in ["articles", *TABLES]:
                rows = parts.read(parts.files(store, name, [shard])).join(cached_keys, on=KEY, how="semi")
                if rows.height:
                    parts.write_part(rows, parts.shard_dir(staged, shard) / name)
        parts.complete_shards(staged, shards, empty_tables(empty, ref, version))
    return IncrementalExtraction(
        articles_extracted=new_keys.height,
        articles_from_cache=keys.height - new_keys.height,
        extractor_version=version,
        errors=extraction_errors(store),
    )


# Files per table and shard up to which a shard whose rows are all still wanted keeps its files as they are (hard
# links); beyond it the shard's cached rows are rewritten into one file per table, so daily runs, each adding a
# file, do not make readers open ever more files.
MAX_LINKED_PARTS = 8


def _link_if_all_wanted(store: Path, staged: Path, shard: str, wanted: set[str]) -> bool:
    """Hard-link the shard's previous files into `staged` when every row of every table has a key in `wanted`: the
    same rows the row-by-row copy would write (all of them), without reading or writing them. A daily run adds
    articles to every shard and removes few, so most shards take this path. Files with no rows are left out
    (complete_shards gives a table without rows its empty file). False, nothing linked: copy row by row."""
    found: dict[str, list[str]] = {}
    for name in ["articles", *TABLES]:
        files = parts.files(store, name, [shard])
        if len(files) > MAX_LINKED_PARTS:
            return False
        keys = [parts.read([f], columns=[KEY]).get_column(KEY) for f in files]
        if any(k.null_count() or not set(k).issubset(wanted) for k in keys):
            return False
        found[name] = [f for f, k in zip(files, keys, strict=True) if k.len()]
    for name, files in found.items():
        directory = parts.shard_dir(staged, shard) / name
        directory.mkdir(parents=True, exist_ok=True)
        for file in files:
            parts.link_or_copy(Path(file), directory / Path(file).name)
    return True


def stable_order(columns: list[str]) -> str:
    """A total, stable row order for an extracted table, whichever articles came from the cache or which shards
    were rebuilt: the natural keys first, then every other column."""
    first = [
        c
        for c in ("article_id", "delegation_id", "char_start", "fact_id", "mention_id", "person_id", "role")
        if c in columns
    ]
    return ", ".join(first + [c for c in columns if c not in first])

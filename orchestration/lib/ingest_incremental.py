"""Incremental ingest: read only the files that are new or changed since the raw parts were written.

Next to the raw parts, the ingest keeps a manifest (`raw/files/*.parquet`): per listed file, the (size, mtime_ns,
mode) it had when the ingest stat-ed it, before reading it, and what reading it gave (per article or rejected part:
source path, content hash or reason). A file whose stat is unchanged, was not modified racily close to that
scan (orchestration/lib/build_inputs.RACY_NS) and whose every article was kept (not a duplicate) is not read again:
its outcome comes from the manifest, and its article rows are copied from the previous raw parts, shard by shard
(an article's shard is fixed by its id). Every other file is read as in a full ingest. Duplicates are still
decided across the whole folder in path order (transforms.ingest.iter_ingest does it, from the outcomes), and
files no longer listed leave. So the raw parts are the ones a full ingest would write but for `ingested_at`
(tests/orchestration/test_ingest_incremental.py compares them table by table).

`ingested_at` is when pantau first ingested this exact content: a reused row keeps its stamp, and so does a row
read again (a touched file, the file of a former duplicate) that equals, in every other column, the previous
row of the same article and path; any other row gets this run's time. So an unchanged folder keeps every stamp,
and the later stages (and the warehouse load) see unchanged rows for unchanged files. Stamps are carried only
within the parts of one folder.

The reuse is a `mapper` for iter_ingest: transforms/ingest.py does not know about it. A reused article reaches
iter_ingest with an empty text (a real article has at least MIN_TEXT_CHARS), which marks the rows to fill.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from orchestration.lib import build_inputs, parts, progress
from orchestration.lib.parallel import imap_batches
from transforms.ingest import RAW_SCHEMA, REJECTED_SCHEMA, Entry, Outcome, iter_ingest

MANIFEST_SCHEMA: dict[str, pl.DataType] = {
    "file": pl.String,
    "size": pl.Int64,
    "mtime_ns": pl.Int64,
    "mode": pl.Int64,
    "counted": pl.Boolean,
    "item": pl.Int32,
    "kind": pl.String,
    "source_path": pl.String,
    "content_hash": pl.String,
    "reason": pl.String,
}
DUPLICATE = "duplicate:"  # the reason iter_ingest gives a duplicate (the kind before the colon)


class RawPartsMismatch(RuntimeError):
    """The previous raw parts do not hold a row their manifest promises (edited or damaged store)."""


@dataclass
class _Previous:
    """What the previous ingest recorded: per file its stat and outcome, trusted only if not racy."""

    outcomes: dict[str, tuple[list, Outcome]] = field(default_factory=dict)  # file -> (stat, outcome)
    same_folder: bool = (
        False  # the previous raw parts were ingested from this folder: their stamps carry over
    )


def _load_previous(raw: Path, root: Path) -> _Previous:
    """The previous manifest, if the raw parts were ingested from this same folder."""
    previous = _Previous()
    files = parts.unsharded_files(raw, "files")
    recorded = build_inputs.read_any_run(raw)
    if not files or recorded is None or recorded.get("articles_dir") != str(root):
        return previous
    previous.same_folder = True
    trusted_before = int(recorded["scanned_at_ns"]) - build_inputs.RACY_NS
    # Every row of a file carries the file's stat, so untrusted files go by a row filter; the rest is one pass over
    # the rows in (file, item) order. Grouping with Polars per file cost 9 s at 100,000 files (a gather per group).
    manifest = (
        parts.read(files)
        .filter(pl.col("mode").is_not_null() & (pl.col("mtime_ns") < trusted_before))
        .sort("file", "item", nulls_last=True)
        .select(
            "file", "size", "mtime_ns", "mode", "counted", "kind", "source_path", "content_hash", "reason"
        )
    )
    outcomes = previous.outcomes
    for file, size, mtime_ns, mode, counted, kind, source_path, content_hash, reason in manifest.iter_rows():
        known = outcomes.get(file)
        if known is None:
            known = outcomes[file] = ([size, mtime_ns, mode], (counted, []))
        items = known[1][1]
        if kind == "article":
            items.append(("article", source_path, "", "", {}, content_hash))
        elif kind is not None:
            items.append(("rejected", source_path, reason))
    return previous


class ReusingReader:
    """iter_ingest's `mapper`: outcomes of unchanged files from the manifest, the other files read on the worker
    processes; records every file's stat and outcome for the next manifest."""

    def __init__(self, previous: _Previous, stats: dict[str, list]) -> None:
        self.previous = previous
        self.stats = stats
        self.records: list[tuple[str, list | None, Outcome]] = []  # file, stat taken before reading, outcome
        self.reused = self.read = 0

    def _cached(self, entry: Entry) -> Outcome | None:
        _, rel, skipped = entry
        known = self.previous.outcomes.get(rel)
        if skipped is not None or known is None or self.stats.get(rel) != known[0]:
            return None
        return known[1]

    def __call__(
        self, fn: Callable[[list[Entry]], list[Outcome]], chunks: Iterable[list[Entry]]
    ) -> Iterator[list[Outcome]]:
        plans: deque[tuple[list[Entry], list[Outcome | None], bool]] = deque()

        def to_read() -> Iterator[list[Entry]]:
            for chunk in chunks:
                plan = [self._cached(entry) for entry in chunk]
                reads = [entry for entry, cached in zip(chunk, plan, strict=True) if cached is None]
                plans.append((chunk, plan, bool(reads)))
                if reads:
                    yield reads

        def merged(chunk: list[Entry], plan: list[Outcome | None], outcomes: list[Outcome]) -> list[Outcome]:
            read = iter(outcomes)
            out = [next(read) if cached is None else cached for cached in plan]
            for (_, rel, skipped), outcome in zip(chunk, out, strict=True):
                self.records.append((rel, None if skipped is not None else self.stats.get(rel), outcome))
            reused = sum(cached is not None for cached in plan)
            self.reused += reused
            self.read += len(plan) - reused
            progress.advance(reused)
            return out

        for outcomes in imap_batches(fn, to_read()):
            while True:
                chunk, plan, has_reads = plans.popleft()
                if has_reads:
                    yield merged(chunk, plan, outcomes)
                    break
                yield merged(chunk, plan, [])
        while plans:  # chunks after the last one with files to read
            chunk, plan, _ = plans.popleft()
            yield merged(chunk, plan, [])

    def manifest(self, duplicates: set[str]) -> pl.DataFrame:
        """One row per file and outcome item; a file with a duplicate among its articles is recorded without its
        stat, so it is read again next time (its text was not kept, and it may become the kept copy)."""
        rows = []
        for rel, stat, (counted, items) in self.records:
            trusted = (
                stat is not None
                and len(stat) == 3
                and not any(item[0] == "article" and item[1] in duplicates for item in items)
            )
            size, mtime, mode = stat if trusted else (None, None, None)
            base = {"file": rel, "size": size, "mtime_ns": mtime, "mode": mode, "counted": counted}
            if not items:
                rows.append(
                    {
                        **base,
                        "item": None,
                        "kind": None,
                        "source_path": None,
                        "content_hash": None,
                        "reason": None,
                    }
                )
            for n, item in enumerate(items):
                article = item[0] == "article"
                rows.append(
                    {
                        **base,
                        "item": n,
                        "kind": item[0],
                        "source_path": item[1],
                        "content_hash": item[5] if article else None,
                        "reason": None if article else item[2],
                    }
                )
        return pl.DataFrame(rows, schema=MANIFEST_SCHEMA)


@dataclass
class IngestStats:
    """What an ingest did, for the asset's metadata and log."""

    seen_files: int
    articles: int
    rejected: pl.DataFrame
    files_read: int
    files_reused: int
    preview: pl.DataFrame | None

    def preview_markdown(self) -> str | None:
        """The first ten articles as a Markdown table (None if there are none): the UI shows what came in."""
        if self.preview is None or not self.preview.height:
            return None
        return self.preview.to_pandas().to_markdown(index=False)

    def rejected_markdown(self) -> str | None:
        """The first 50 rejected files with their reason as a Markdown table (None if nothing was rejected)."""
        if not self.rejected.height:
            return None
        return self.rejected.select("source_path", "reason").head(50).to_pandas().to_markdown(index=False)


def ingest_folder(root: Path, store: Path, run_id: str, warn: Callable[[str], None]) -> IngestStats:
    """The ingest stage: `root` into the raw parts of `store`, reusing unchanged files' rows; if the previous raw
    parts do not hold what their manifest promises (an edited or damaged store), `warn` and read every file
    again rather than fail."""
    progress.stage("ingest", unit="files")
    parts.remove_leftovers(store)
    try:
        return ingest_to_parts(root, store, run_id)
    except RawPartsMismatch as exc:
        warn(f"{exc}; reading every file again")
        return ingest_to_parts(root, store, run_id, reuse=False)


def ingest_to_parts(root: Path, store: Path, run_id: str, *, reuse: bool = True) -> IngestStats:
    """Ingest the folder `root` into the raw stage of the parts store `store` (swapped in whole at the end), reusing
    the previous raw parts for unchanged files unless `reuse` is False. Records this build's inputs
    (build_inputs.fingerprint, taken before any file is read) next to the parts for the publish step."""
    raw = store / "raw"
    scanned_at = build_inputs.now_ns()
    stats = build_inputs.stat_folder(root)
    inputs = build_inputs.fingerprint(root, stats, scanned_at_ns=scanned_at)
    previous = _load_previous(raw, root)
    if not reuse:
        previous.outcomes.clear()  # read every file; stamps still carry over for rows that did not change
    reader = ReusingReader(previous, stats)
    staged = parts.staging_dir(store)
    seen = n_articles = 0
    preview: pl.DataFrame | None = None  # the first ten articles, for the UI
    rejected: list[pl.DataFrame] = []
    reused: list[
        pl.DataFrame
    ] = []  # (article_id, source_path, ingested_at) of rows to copy from the previous parts
    try:
        # batch by batch: a large folder is never held in memory at once
        for part in iter_ingest(root, mapper=reader):
            placeholder = pl.col("text") == ""
            read = part.articles.filter(~placeholder)
            reused.append(
                part.articles.filter(placeholder).select("article_id", "source_path", "ingested_at")
            )
            parts.write_by_shard(
                {"articles": read}, staged, {"articles": read.select(parts.shard_expr()).to_series()}
            )
            if part.rejected.height:
                parts.write_part(part.rejected, staged / "rejected_inputs")
            seen += part.seen_files
            n_articles += part.articles.height
            if preview is None or preview.height < 10:
                head = part.articles.select("article_id", "source_path", reused=placeholder).head(10)
                preview = head if preview is None else pl.concat([preview, head]).head(10)
            rejected.append(part.rejected)
        _copy_reused(pl.concat(reused), raw, staged, keep_stamps=previous.same_folder)
        rejects = pl.concat(rejected)
        duplicates = set(rejects.filter(pl.col("reason").str.starts_with(DUPLICATE))["source_path"])
        parts.write_part(reader.manifest(duplicates), staged / "files")
        parts.complete_shards(staged, parts.SHARDS, {"articles": pl.DataFrame(schema=RAW_SCHEMA)})
        if not (staged / "rejected_inputs").is_dir():
            parts.write_part(pl.DataFrame(schema=REJECTED_SCHEMA), staged / "rejected_inputs")
        build_inputs.write_for_run(staged, inputs, run_id)
        parts.replace_dir(staged, raw)
    finally:
        parts.remove_leftovers(store)
    return IngestStats(seen, n_articles, rejects, reader.read, reader.reused, preview)


def _copy_reused(wanted: pl.DataFrame, raw: Path, staged: Path, *, keep_stamps: bool) -> None:
    """The previous raw rows of the reused articles (`wanted`: article_id, source_path), with their stamps, into
    their shards; if `keep_stamps`, the rows read again that equal their previous row take its stamp too."""
    by_shard = {
        str(shard): keys.drop("_shard")
        for (shard,), keys in wanted.with_columns(parts.shard_expr().alias("_shard")).group_by("_shard")
    }
    read_in = {s: parts.files(staged, "articles", [s]) for s in parts.SHARDS} if keep_stamps else {}
    for shard in parts.SHARDS:
        keys = by_shard.get(shard)
        if (keys is None or keys.height == 0) and not read_in.get(shard):
            continue
        previous_files = parts.files(raw, "articles", [shard])
        if not previous_files:
            if keys is not None and keys.height:
                raise RawPartsMismatch(f"the raw parts of shard {shard} are missing")
            continue
        if read_in.get(shard):
            _keep_stamps(read_in[shard], _previous_of(previous_files, read_in[shard]))
        if keys is None or keys.height == 0:
            continue
        if _link_if_all_wanted(previous_files, keys, parts.shard_dir(staged, shard) / "articles"):
            continue
        previous = parts.read(previous_files).select(list(RAW_SCHEMA))
        rows = previous.join(
            keys.select("article_id", "source_path"), on=["article_id", "source_path"]
        ).unique(["article_id", "source_path"], keep="first", maintain_order=True)
        if rows.height != keys.height:
            raise RawPartsMismatch(
                f"the raw parts of shard {shard} lack {keys.height - rows.height} rows their manifest lists"
            )
        parts.write_part(rows, parts.shard_dir(staged, shard) / "articles")


# Files per shard up to which a shard whose previous rows are all reused keeps its files as they are (hard links);
# beyond it they are rewritten into one file, so daily runs, each adding a file, do not make readers open ever
# more files (as the clean and extraction caches do).
MAX_LINKED_PARTS = 8


def _link_if_all_wanted(previous_files: list[str], keys: pl.DataFrame, directory: Path) -> bool:
    """Hard-link the shard's previous raw files into `directory` when the row-by-row copy would write exactly
    their rows: each previous row's (article_id, source_path) is one of `keys`, once, and every key is there.
    Only those two columns are read, never the texts. False (nothing linked): the copy decides."""
    if len(previous_files) > MAX_LINKED_PARTS:
        return False
    pairs = parts.read(previous_files, columns=["article_id", "source_path"])
    wanted = keys.select("article_id", "source_path")
    if pairs.height != wanted.height or pairs.n_unique() != pairs.height:
        return False
    if pairs.join(wanted, on=["article_id", "source_path"], how="semi").height != pairs.height:
        return False
    for file in previous_files:
        if parts.row_count(file):
            directory.mkdir(parents=True, exist_ok=True)
            parts.link_or_copy(Path(file), directory / Path(file).name)
    return True


def _previous_of(previous_files: list[str], read_files: list[str]) -> pl.DataFrame:
    """The previous rows of the articles read again this run (by id): the only ones `_keep_stamps` can match,
    since its match covers `article_id`; the other rows' texts are not read (Parquet filtered on the id)."""
    ids = parts.read(read_files, columns=["article_id"]).get_column("article_id").unique()
    return (
        pl.scan_parquet(previous_files, glob=False)
        .filter(pl.col("article_id").is_in(ids.implode()))
        .select(list(RAW_SCHEMA))
        .collect()
    )


_CONTENT = [c for c in RAW_SCHEMA if c != "ingested_at"]


def _keep_stamps(files: list[str], previous: pl.DataFrame) -> None:
    """Rewrite the staged files of rows read this run giving each row equal in every other column to a previous
    row (same article, path, text, metadata...) that row's `ingested_at`; files with no such row stay as written."""
    read = parts.read(files)
    stamps = previous.rename({"ingested_at": "_previous"}).unique(_CONTENT, keep="first")
    kept = read.join(stamps, on=_CONTENT, how="left", nulls_equal=True, maintain_order="left")
    if kept["_previous"].null_count() == kept.height:
        return
    restamped = kept.with_columns(pl.coalesce("_previous", "ingested_at").alias("ingested_at")).select(
        list(RAW_SCHEMA)
    )
    parts.write_part(restamped, Path(files[0]).parent)
    for file in files:
        Path(file).unlink()

"""The clean stage's work on one batch, run on the worker processes (no Dagster import here)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from orchestration.lib import parts
from transforms import check_code_version
from transforms.clean import MIN_WORDS, clean_articles, split_too_short

CLEANER_ERROR = "unexpected error while cleaning"  # a rejected input's reason when the cleaner raised on it


def _clean_isolating(batch: pl.DataFrame) -> tuple[list[pl.DataFrame], pl.DataFrame]:
    """The cleaned rows of `batch` (one frame per part cleaned) and the raw rows the cleaner raised on, as
    (article_id, source_path, reason, detected_at). A failing batch is split in halves until the bad rows stand
    alone, so a cleaner's bug on one odd article rejects that article only, never the run (cleaning one article
    reads that article's row only)."""
    try:
        return [clean_articles(batch)], batch.head(0).select(
            "article_id",
            "source_path",
            pl.lit(None, pl.String).alias("reason"),
            pl.col("ingested_at").alias("detected_at"),
        )
    except Exception as exc:  # a cleaning rule's bug on one odd article must not fail the run
        if batch.height <= 1:
            why = f"{CLEANER_ERROR}: {type(exc).__name__}: {exc}"[:500]
            return [], batch.select(
                "article_id",
                "source_path",
                pl.lit(why).alias("reason"),
                pl.col("ingested_at").alias("detected_at"),
            )
    half = batch.height // 2
    first, first_failed = _clean_isolating(batch.head(half))
    second, second_failed = _clean_isolating(batch.slice(half))
    return first + second, pl.concat([first_failed, second_failed])


def clean_to_shards(batch: pl.DataFrame, staged: Path, code: str = "") -> dict[str, int]:
    """Clean a batch of raw articles and write the clean and the rejected ones as Parquet under
    `staged/shard=XX/`; the counts the asset reports come back (the frames stay on the worker). A raw row the
    cleaner raises on becomes a rejected input with the error (`_clean_isolating`). `code`: the parent's
    transforms.code_version(); a worker that imported other code raises (its rows would carry the wrong key)."""
    if code:
        check_code_version(code)
    cleaned_parts, failed = _clean_isolating(batch)
    cleaned = (
        pl.concat(cleaned_parts, how="diagonal_relaxed") if cleaned_parts else clean_articles(batch.head(0))
    )
    clean, rejected = split_too_short(cleaned)
    # rejected rows keep only the columns of raw.rejected_inputs: their shard comes from the rows they were
    shards = cleaned.select(parts.shard_expr()).to_series()
    is_short = cleaned["word_count"] < MIN_WORDS
    rejected = pl.concat([rejected, failed.select(rejected.columns)], how="vertical_relaxed")
    rejected_shards = pl.concat([shards.filter(is_short), failed.select(parts.shard_expr()).to_series()])
    parts.write_by_shard(
        {"articles": clean, "rejected_articles": rejected},
        staged,
        {"articles": shards.filter(~is_short), "rejected_articles": rejected_shards},
    )
    return {
        "articles": clean.height,
        "rejected": rejected.height,
        "failed": failed.height,
        "repeated": int(clean["n_repeated_paragraphs"].sum() or 0),
        "furniture": int(clean["n_removed_lines"].sum() or 0),
        "undated": clean["published_date"].null_count(),
        "not_id": int((clean["language"] != "id").sum()),
    }


def empty_tables(raw_columns: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The clean stage's tables with no rows, with their columns (from cleaning no articles)."""
    clean, rejected = split_too_short(clean_articles(raw_columns.head(0)))
    return {"articles": clean, "rejected_articles": rejected}

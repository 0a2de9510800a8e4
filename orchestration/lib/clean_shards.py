"""The clean stage's work on one batch, run on the worker processes (no Dagster import here)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from orchestration.lib import parts
from transforms.clean import MIN_WORDS, clean_articles, split_too_short


def clean_to_shards(batch: pl.DataFrame, staged: Path) -> dict[str, int]:
    """Clean a batch of raw articles and write the clean and the rejected ones as Parquet under
    `staged/shard=XX/`; the counts the asset reports come back (the frames stay on the worker)."""
    cleaned = clean_articles(batch)
    clean, rejected = split_too_short(cleaned)
    # rejected rows keep only the columns of raw.rejected_inputs: their shard comes from the rows they were
    shards = cleaned.select(parts.shard_expr()).to_series()
    is_short = cleaned["word_count"] < MIN_WORDS
    parts.write_by_shard(
        {"articles": clean, "rejected_articles": rejected},
        staged,
        {"articles": shards.filter(~is_short), "rejected_articles": shards.filter(is_short)},
    )
    return {
        "articles": clean.height,
        "rejected": rejected.height,
        "repeated": int(clean["n_repeated_paragraphs"].sum() or 0),
        "furniture": int(clean["n_removed_lines"].sum() or 0),
        "undated": clean["published_date"].null_count(),
        "not_id": int((clean["language"] != "id").sum()),
    }


def empty_tables(raw_columns: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The clean stage's tables with no rows, with their columns (from cleaning no articles)."""
    clean, rejected = split_too_short(clean_articles(raw_columns.head(0)))
    return {"articles": clean, "rejected_articles": rejected}

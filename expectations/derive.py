"""Helper columns computed in pandas before validation.

Great Expectations validates the columns of one DataFrame row by row; a few pantau rules need a value that no
built-in expectation computes (how often a paragraph repeats inside one body, the body text at a fact's
offsets, a text's length). These functions add such columns, with plain Python, so the suites can check them
with ordinary expectations and Data Docs show the offending values, and drop the texts they were derived from.
They are pure and cheap (one pass over the bodies). The pipeline derives the same columns inside DuckDB or
batch by batch (`expectations.stages`), so no stage's texts are ever loaded at once.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pandas as pd

from expectations.suites import (
    BODY_LENGTH_COLUMN,
    BODY_SUBSTRING_COLUMN,
    PARAGRAPH_REPEAT_COLUMN,
    TEXT_LENGTH_COLUMN,
)
from transforms.facts.attributes import PERIOD_COLUMNS

FACT_COLUMNS = (
    "fact_id",
    "article_id",
    "fact_table",
    "value",
    "unit",
    "object_type",
    "category",
    *PERIOD_COLUMNS,
    "qualifier",
    "char_start",
    "char_end",
    "surface_text",
    "agency_id",
    "country_id",
)
MIN_PARAGRAPH_WORDS = 5  # shorter lines ("Jakarta -", "Baca juga:") legitimately repeat
_NON_WORD = re.compile(r"[^\w]+")


def paragraph_key(line: str) -> str:
    """A line's words, lower-cased with punctuation ignored: the same key transforms.clean uses to drop repeats."""
    return _NON_WORD.sub(" ", line.lower()).strip()


def max_paragraph_occurrence_count(body: str | None) -> int:
    """How often the most frequent paragraph (a line of >= 5 words) occurs in `body`; 0 when it has none."""
    if not isinstance(body, str):
        return 0
    keys = [
        paragraph_key(line)
        for line in (raw.strip() for raw in body.split("\n"))
        if line and len(line.split(" ")) >= MIN_PARAGRAPH_WORDS
    ]
    return max(Counter(keys).values(), default=0)


def body_substring(body: Any, char_start: Any, char_end: Any) -> str | None:
    """body[char_start:char_end], or None when the offsets are missing or fall outside the body.

    Python slices silently clip and accept negative indices; a fact with such offsets has no evidence, so it
    gets None (which never equals its surface_text).
    """
    if not isinstance(body, str) or pd.isna(char_start) or pd.isna(char_end):
        return None
    start, end = int(char_start), int(char_end)
    if start < 0 or end < start or end > len(body):
        return None
    return body[start:end]


def _lengths(texts: Any) -> pd.Series:
    return pd.Series(
        pd.array([len(t) if isinstance(t, str) else None for t in texts], dtype="Int64"), index=texts.index
    )


def add_raw_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """raw.articles -> text_length, `text` dropped (a copy): the suite needs lengths, Data Docs no whole texts."""
    if "text" not in frame.columns:
        return _require(frame, {TEXT_LENGTH_COLUMN}, "text")
    return frame.assign(**{TEXT_LENGTH_COLUMN: _lengths(frame["text"])}).drop(columns="text")


def add_clean_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """clean.articles -> body_length and the most-repeated-paragraph count, `body` dropped (a copy)."""
    if "body" not in frame.columns:
        return _require(frame, {BODY_LENGTH_COLUMN, PARAGRAPH_REPEAT_COLUMN}, "body")
    return frame.assign(
        **{
            BODY_LENGTH_COLUMN: _lengths(frame["body"]),
            PARAGRAPH_REPEAT_COLUMN: [max_paragraph_occurrence_count(b) for b in frame["body"]],
        }
    ).drop(columns="body")


def _require(frame: pd.DataFrame, derived: set[str], source: str) -> pd.DataFrame:
    """A frame without the source column must come with its derived columns already (computed in DuckDB)."""
    missing = derived - set(frame.columns)
    if missing:
        raise ValueError(f"the frame needs a `{source}` column (or the derived {sorted(missing)})")
    return frame


def add_extracted_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Facts joined with their article `body` -> body_length and body_substring, `body` dropped.

    The body is dropped so Data Docs and check metadata never carry whole articles.
    """
    if "body" not in frame.columns:
        return _require(frame, {BODY_LENGTH_COLUMN, BODY_SUBSTRING_COLUMN}, "body")
    out = frame.copy()
    bodies = out["body"].tolist()
    out[BODY_LENGTH_COLUMN] = _lengths(out["body"])
    out[BODY_SUBSTRING_COLUMN] = pd.Series(
        [body_substring(b, s, e) for b, s, e in zip(bodies, out["char_start"], out["char_end"], strict=True)],
        index=out.index,
        dtype=object,
    )
    return out.drop(columns="body")


def facts_frame(case_counts: Any, blocked_content: Any, articles: Any) -> pd.DataFrame:
    """The frame the `extracted` suite validates: both fact tables stacked, each row with its article's body.

    Accepts pandas or polars frames. `fact_table` is `case_counts` / `blocked_content`; columns a table lacks
    (unit and category for blocked content, object_type for case counts) are null.
    """
    parts = [
        to_pandas(table).assign(fact_table=name)
        for name, table in (("case_counts", case_counts), ("blocked_content", blocked_content))
    ]
    facts = pd.concat([p for p in parts if len(p)] or parts[:1], ignore_index=True)
    for column in FACT_COLUMNS:  # a table with no rows must not drop the columns only it has
        if column not in facts.columns:
            facts[column] = None
    bodies = to_pandas(articles)[["article_id", "body"]].drop_duplicates(
        "article_id"
    )  # clean suite flags dups
    return facts.merge(bodies, on="article_id", how="left", validate="many_to_one")


def to_pandas(frame: Any) -> pd.DataFrame:
    """A pandas DataFrame from pandas or polars (polars needs pyarrow, a project dependency)."""
    if isinstance(frame, pd.DataFrame):
        return frame
    if hasattr(frame, "to_pandas"):
        return frame.to_pandas()
    raise TypeError(f"expected a pandas or polars DataFrame, got {type(frame).__name__}")

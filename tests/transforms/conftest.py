"""Fixtures of the rule tables (test_facts, test_entities, test_delegations): extract one short article and
pick the rows a rule decides."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache

import polars as pl
import pytest

from transforms.extract import Extraction, extract_all
from transforms.reference import Reference, load_reference

PUBLISHED = date(2024, 8, 2)


@cache
def reference() -> Reference:
    return load_reference()


@cache
def extract(body: str, title: str | None = None, published: date | None = PUBLISHED) -> Extraction:
    """Every table of one article (cached: several rows of a table may read the same article)."""
    clean = pl.DataFrame(
        {
            "article_id": ["a1"],
            "body": [body],
            "title": [title],
            "published_date": [published],
            "language": ["id"],
        },
        schema={
            "article_id": pl.String,
            "body": pl.String,
            "title": pl.String,
            "published_date": pl.Date,
            "language": pl.String,
        },
    )
    return extract_all(clean, reference())


def facts_of(x: Extraction) -> list[dict[str, object]]:
    """Case counts, blocked content and money of an extraction, each row tagged with its table."""
    tables = {"cases": x.case_counts, "blocked": x.blocked_content, "money": x.money}
    return [{"table": name, **row} for name, table in tables.items() for row in table.iter_rows(named=True)]


@pytest.fixture(name="extract")
def _extract() -> Callable[..., Extraction]:
    return extract


@pytest.fixture(name="facts_of")
def _facts_of() -> Callable[[Extraction], list[dict[str, object]]]:
    return facts_of

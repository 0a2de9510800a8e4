"""Extraction of one article does not depend on the other articles of the batch: what makes the
incremental extraction cache correct (an article extracted alone today equals it extracted with all)."""

from pathlib import Path

import polars as pl

from transforms.clean import clean_articles
from transforms.extract import extract_all
from transforms.ingest import ingest_folder
from transforms.reference import load_reference

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset" / "articles"


def _canonical(frame: pl.DataFrame) -> list[tuple]:
    return sorted(frame.rows(), key=repr)


def test_each_article_alone_equals_the_batch() -> None:
    clean = clean_articles(ingest_folder(DEVSET).articles)
    ref = load_reference()
    batch = extract_all(clean, ref).tables()
    alone = [extract_all(clean.slice(i, 1), ref).tables() for i in range(clean.height)]
    for name, frame in batch.items():
        assert frame.height > 0, name
        singles = pl.concat([a[name] for a in alone], how="vertical_relaxed").select(frame.columns)
        assert _canonical(singles) == _canonical(frame), name

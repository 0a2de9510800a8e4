"""The extraction cache: new articles only are extracted, the result equals a full extraction, removed
articles leave, and a new extractor version re-extracts everything."""

from pathlib import Path

import duckdb
import polars as pl
import pytest

from orchestration.defs.extract import cache
from transforms.clean import clean_articles
from transforms.extract import extract_all
from transforms.ingest import ingest_folder
from transforms.reference import load_reference

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset" / "articles"


@pytest.fixture(scope="module")
def clean() -> pl.DataFrame:
    return clean_articles(ingest_folder(DEVSET).articles)


def _rows(frame: pl.DataFrame) -> list[tuple]:
    return sorted(frame.rows(), key=repr)


def test_incremental_equals_full_and_extracts_only_new(clean: pl.DataFrame, tmp_path: Path) -> None:
    ref = load_reference()
    full = extract_all(clean, ref).tables()
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        first = cache.extract_incremental(con, clean.head(20), ref)
        assert (first.articles_extracted, first.articles_from_cache) == (20, 0)
        # streamed in uneven batches, as the asset reads clean.articles
        second = cache.extract_incremental(con, lambda: iter([clean.head(7), clean.slice(7, 10), clean.slice(17)]), ref)
        assert (second.articles_extracted, second.articles_from_cache) == (4, 20)
        tables = cache.read_extracted(con)
        for name in cache.TABLES:
            assert tables[name].height > 0, name
            assert _rows(tables[name]) == _rows(full[name].select(tables[name].columns)), name

        again = cache.extract_incremental(con, clean, ref)
        assert (again.articles_extracted, again.articles_from_cache) == (0, 24)
        for name, frame in cache.read_extracted(con).items():
            assert frame.equals(tables[name]), name

        kept = clean.filter(pl.col("article_id") != clean["article_id"][0])
        fewer = cache.extract_incremental(con, kept, ref)
        assert (fewer.articles_extracted, fewer.articles_from_cache) == (0, 23)
        assert clean["article_id"][0] not in cache.read_extracted(con)["entity_mentions"]["article_id"].to_list()
        cached_ids = con.execute("select distinct article_id from extract_cache.entity_mentions").fetchall()
        assert clean["article_id"][0] not in {r[0] for r in cached_ids}


def test_changed_body_or_extractor_version_reextracts(clean: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ref = load_reference()
    some = clean.head(3)
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        cache.extract_incremental(con, some, ref)
        # Same content hash, another line break: the body's offsets differ, so it must be extracted again.
        moved = some.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.col("body").str.replace(" ", "\n"))
                                  .otherwise(pl.col("body")).alias("body"))
        assert cache.extract_incremental(con, moved, ref).articles_extracted == 1
        monkeypatch.setattr(cache, "extractor_version", lambda: "another-extractor")
        assert cache.extract_incremental(con, moved, ref).articles_extracted == 3


def test_extractor_version_covers_code_and_reference_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.extractor_version()
    reference = tmp_path / "reference"
    reference.mkdir()
    for csv in Path(cache.reference_dir()).glob("*.csv"):
        (reference / csv.name).write_bytes(csv.read_bytes())
    monkeypatch.setattr(cache, "reference_dir", lambda: reference)
    cache.extractor_version.cache_clear()
    try:
        assert cache.extractor_version() == before
        with (reference / "agencies.csv").open("a") as handle:
            handle.write("\n")
        cache.extractor_version.cache_clear()
        assert cache.extractor_version() != before
    finally:
        cache.extractor_version.cache_clear()

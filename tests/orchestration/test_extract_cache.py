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


def test_parts_go_through_a_private_scratch_directory(clean: pl.DataFrame, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers write Parquet parts into a directory of their own under `scratch`; DuckDB loads the set and the
    directory is gone afterwards, also when extraction fails."""
    ref = load_reference()
    scratch = tmp_path / "o'brien's [scratch]"  # a quote and glob characters in a user's path
    scratch.mkdir()
    written: list[Path] = []
    real_write = cache.write_part

    def recording_write(frame: pl.DataFrame, directory: Path) -> Path:
        written.append(real_write(frame, directory))
        return written[-1]

    monkeypatch.setattr(cache, "write_part", recording_write)
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        cache.extract_incremental(con, clean.head(5), ref, scratch=scratch)
        assert {p.parent.name for p in written} == set(cache.TABLES)
        assert all(p.suffix == ".parquet" and p.is_relative_to(scratch) for p in written)
        assert list(scratch.iterdir()) == []
        rows = con.execute("select count(distinct article_id) from extract_cache.entity_mentions").fetchall()[0][0]
        assert rows == 5

        def broken(batch: pl.DataFrame, ref: object, parts: Path) -> None:
            (parts / "half").mkdir()
            raise RuntimeError("worker died")

        monkeypatch.setattr(cache, "extract_to_parts", broken)
        with pytest.raises(RuntimeError, match="worker died"):
            cache.extract_incremental(con, clean.slice(5, 3), ref, scratch=scratch)
        assert list(scratch.iterdir()) == []


def test_warehouse_scratch_is_removed_after_use_and_when_a_killed_run_left_it(tmp_path: Path) -> None:
    from orchestration.defs.resources import WarehouseResource

    warehouse = WarehouseResource(warehouse_path=str(tmp_path / "w.duckdb"))
    with warehouse.scratch() as scratch:
        (scratch / "part.parquet").write_bytes(b"x")
    assert not scratch.exists()
    scratch.mkdir()
    (scratch / "left-by-a-killed-run.parquet").write_bytes(b"x")
    warehouse.start_build()
    assert not scratch.exists()

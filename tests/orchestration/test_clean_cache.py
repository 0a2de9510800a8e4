"""The clean stage per shard: only raw rows the shard has not cleaned (by key) are cleaned again, the result equals a
full clean (this run's ingest time included), removed articles leave, and a damaged index falls back."""

import shutil
from pathlib import Path

import polars as pl
import pytest

from orchestration.lib import clean_cache as cache
from orchestration.lib import parts
from transforms.ingest import ingest_folder

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset" / "articles"


@pytest.fixture(scope="module")
def raw() -> pl.DataFrame:
    return ingest_folder(DEVSET).articles


def _stage_raw(raw: pl.DataFrame, store: Path) -> Path:
    """The raw stage's parts of `raw`, every shard written (as the ingest asset does)."""
    staged = parts.staging_dir(store)
    parts.write_by_shard({"articles": raw}, staged, {"articles": raw.select(parts.shard_expr()).to_series()})
    parts.complete_shards(staged, parts.SHARDS, {"articles": raw.head(0)})
    for shard in parts.SHARDS:
        parts.replace_dir(parts.shard_dir(staged, shard), parts.shard_dir(store / "raw", shard))
    staged.rmdir()
    return store / "raw"


def _clean(store: Path) -> dict[str, list[tuple]]:
    return {
        name: sorted(parts.read(parts.files(store / "clean", name)).rows(), key=repr)
        for name in ("articles", "rejected_articles", cache.INDEX)
    }


def _schemas(store: Path) -> dict[str, set[str]]:
    """Each table's column types over all its files (empty ones included): one schema per table."""
    return {
        name: {str(pl.read_parquet_schema(f)) for f in parts.files(store / "clean", name)}
        for name in ("articles", "rejected_articles", cache.INDEX)
    }


def test_only_changed_rows_are_cleaned_and_the_result_equals_a_full_clean(
    raw: pl.DataFrame, tmp_path: Path
) -> None:
    store = tmp_path / "parts"
    clean = store / "clean"
    first = cache.clean_incremental(clean, _stage_raw(raw.head(20), store), parts.SHARDS)
    assert (first.cleaned, first.reused) == (20, 0)

    # a later ingest: every row gets this run's time stamp, one article's text changes, one leaves, the rest arrive
    later = raw.with_columns(pl.col("ingested_at").dt.offset_by("1h"))
    edited = later["source_path"][3]
    later = later.with_columns(
        text=pl.when(pl.col("source_path") == edited)
        .then(pl.col("text") + "\n\nKepolisian menangkap 12 tersangka judi online.")
        .otherwise(pl.col("text"))
    ).filter(pl.col("source_path") != later["source_path"][5])
    second = cache.clean_incremental(clean, _stage_raw(later, store), parts.SHARDS)
    assert second.reused == 18 and second.cleaned == later.height - 18
    incremental = _clean(store)

    full_store = tmp_path / "full"
    full = cache.clean_incremental(
        full_store / "clean", _stage_raw(later, full_store), parts.SHARDS, reuse=False
    )
    assert (full.cleaned, full.reused) == (later.height, 0)
    assert incremental == _clean(full_store)
    assert _schemas(store) == _schemas(full_store) and all(len(v) == 1 for v in _schemas(store).values())
    assert second.counts == full.counts

    again = cache.clean_incremental(clean, store / "raw", parts.SHARDS)
    assert (again.cleaned, again.reused) == (0, later.height)
    assert _clean(store) == incremental


def test_a_row_missing_from_a_shard_is_a_mismatch(raw: pl.DataFrame, tmp_path: Path) -> None:
    store = tmp_path / "parts"
    clean = store / "clean"
    cache.clean_incremental(clean, _stage_raw(raw.head(10), store), parts.SHARDS)
    victim = next(p for p in parts.files(clean, "articles") if parts.row_count(p))
    Path(victim).unlink()
    before = sorted(str(p) for p in clean.rglob("*.parquet"))
    with pytest.raises(cache.CleanPartsMismatch):
        cache.clean_incremental(clean, store / "raw", parts.SHARDS)
    assert (
        sorted(str(p) for p in clean.rglob("*.parquet")) == before
    )  # a failure leaves every shard as it was
    redone = cache.clean_incremental(clean, store / "raw", parts.SHARDS, reuse=False)
    assert redone.cleaned == 10


def test_a_row_the_cleaner_fails_on_is_rejected_alone(
    raw: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cleaning rule raising on one odd article used to fail the whole run: now that article becomes a rejected
    input with the error (marts.rejected_inputs), every other row is cleaned as without it, and a rerun reuses
    both."""
    from orchestration.lib import clean_shards
    from transforms.clean import clean_articles, split_too_short

    sample = raw.head(8)
    bad = sample["article_id"][3]
    real = clean_shards.clean_articles

    def fragile(batch: pl.DataFrame) -> pl.DataFrame:
        if bad in batch["article_id"].to_list():
            raise ValueError("day is out of range for month")
        return real(batch)

    monkeypatch.setattr(clean_shards, "clean_articles", fragile)
    store = tmp_path / "parts"
    first = cache.clean_incremental(store / "clean", _stage_raw(sample, store), parts.SHARDS)
    assert first.cleaned == 8 and first.counts["rejected"] >= 1
    got = _clean(store)
    want, _ = split_too_short(clean_articles(sample.filter(pl.col("article_id") != bad)))
    assert got["articles"] == sorted(want.rows(), key=repr)
    source = sample["source_path"][3]
    assert [r[:2] for r in got["rejected_articles"] if r[0] == source] == [
        (source, "unexpected error while cleaning: ValueError: day is out of range for month")
    ]
    assert all(len(v) == 1 for v in _schemas(store).values())

    again = cache.clean_incremental(store / "clean", store / "raw", parts.SHARDS)
    assert (again.cleaned, again.reused) == (0, 8) and _clean(store) == got


def test_a_daily_run_links_the_unchanged_shards_and_equals_a_full_clean(
    raw: pl.DataFrame, tmp_path: Path
) -> None:
    """A daily run: ingest keeps every unchanged raw row's time stamp, new articles arrive. A shard whose previous
    rows are all reused keeps their files (hard links, not rewritten) next to the new rows' files; a shard that
    lost a row, or whose rows differ from their raw rows, is copied row by row as before; every time the stage
    equals a full clean, counts included."""
    store, full_store = tmp_path / "parts", tmp_path / "full"
    clean = store / "clean"

    def same_as_full(rows: pl.DataFrame) -> dict[str, int]:
        shutil.rmtree(full_store, ignore_errors=True)
        full = cache.clean_incremental(
            full_store / "clean", _stage_raw(rows, full_store), parts.SHARDS, reuse=False
        )
        assert _clean(store) == _clean(full_store)
        assert _schemas(store) == _schemas(full_store) and all(len(v) == 1 for v in _schemas(store).values())
        return full.counts

    def names() -> dict[str, set[str]]:
        return {
            shard: {
                Path(f).name
                for t in ("articles", "rejected_articles")
                for f in parts.files(clean, t, [shard])
            }
            for shard in parts.SHARDS
        }

    first = cache.clean_incremental(clean, _stage_raw(raw.head(raw.height - 3), store), parts.SHARDS)
    before = names()
    second = cache.clean_incremental(clean, _stage_raw(raw, store), parts.SHARDS)
    assert (second.cleaned, second.reused) == (3, first.cleaned)
    after = names()
    kept = {shard for shard in parts.SHARDS if before[shard] & after[shard]}
    assert kept == {
        shard for shard in parts.SHARDS if parts.files(clean, cache.INDEX, [shard]) and before[shard]
    }
    assert second.counts == same_as_full(raw)

    # one article leaves: its shard is copied (its old files would still hold the row), the others linked
    gone = raw["source_path"][0]
    shard_gone = raw.head(1).select(parts.shard_expr()).item()
    fewer = raw.filter(pl.col("source_path") != gone)
    before = names()
    third = cache.clean_incremental(clean, _stage_raw(fewer, store), parts.SHARDS)
    after = names()
    assert not before[shard_gone] & after[shard_gone]
    assert third.counts == same_as_full(fewer)

    # a shard file whose rows carry another stamp than their raw rows is copied, never linked as it is
    victim = next(shard for shard in parts.SHARDS if shard != shard_gone and before[shard] & after[shard])
    path = next(p for p in parts.files(clean, "articles", [victim]) if parts.row_count(p))
    pl.read_parquet(path).with_columns(pl.col("ingested_at").dt.offset_by("1h")).write_parquet(path)
    fourth = cache.clean_incremental(clean, store / "raw", parts.SHARDS)
    assert fourth.counts == same_as_full(fewer)

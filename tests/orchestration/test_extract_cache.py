"""The extraction cache, shard by shard: new articles only are extracted, the result equals a full extraction,
removed articles leave, a new extractor version re-extracts everything, and a failure leaves the shards as
they were."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import transforms
from orchestration.lib import build_inputs, parts
from orchestration.lib import extract_cache as cache
from orchestration.lib.clean_shards import clean_to_shards, empty_tables
from transforms import CodeChanged
from transforms import reference as reference_module
from transforms.clean import clean_articles
from transforms.extract import extract_all
from transforms.ingest import ingest_folder
from transforms.reference import load_reference

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset" / "articles"


@pytest.fixture(scope="module")
def raw() -> pl.DataFrame:
    return ingest_folder(DEVSET).articles


def _stage_clean(raw: pl.DataFrame, store: Path) -> Path:
    """The clean stage's parts of `raw`, every shard written (as the clean asset does)."""
    clean = store / "clean"
    staged = parts.staging_dir(store)
    clean_to_shards(raw, staged)
    parts.complete_shards(staged, parts.SHARDS, empty_tables(raw))
    for shard in parts.SHARDS:
        parts.replace_dir(parts.shard_dir(staged, shard), parts.shard_dir(clean, shard))
    staged.rmdir()
    return clean


def _extracted(store: Path) -> dict[str, pl.DataFrame]:
    return {name: parts.read(parts.files(store / "extracted", name)).drop(cache.KEY) for name in cache.TABLES}


def _rows(frame: pl.DataFrame) -> list[tuple]:
    return sorted(frame.rows(), key=repr)


def test_incremental_equals_full_and_extracts_only_new(raw: pl.DataFrame, tmp_path: Path) -> None:
    ref = load_reference()
    full = extract_all(clean_articles(raw), ref).tables()
    store = tmp_path / "o'brien's [parts]"  # a quote and glob characters in a user's path
    extracted = store / "extracted"
    clean = _stage_clean(raw.head(20), store)
    first = cache.extract_incremental(extracted, clean, parts.SHARDS, ref)
    assert (first.articles_extracted, first.articles_from_cache) == (20, 0)

    clean = _stage_clean(raw, store)
    second = cache.extract_incremental(extracted, clean, parts.SHARDS, ref)
    assert (second.articles_extracted, second.articles_from_cache) == (raw.height - 20, 20)
    tables = _extracted(store)
    for name in cache.TABLES:
        assert tables[name].height > 0, name
        assert _rows(tables[name]) == _rows(full[name].select(tables[name].columns)), name

    again = cache.extract_incremental(extracted, clean, parts.SHARDS, ref)
    assert (again.articles_extracted, again.articles_from_cache) == (0, raw.height)
    for name, frame in _extracted(store).items():
        assert _rows(frame) == _rows(tables[name]), name

    gone = raw["article_id"][0]
    clean = _stage_clean(raw.filter(pl.col("article_id") != gone), store)
    fewer = cache.extract_incremental(extracted, clean, parts.SHARDS, ref)
    assert (fewer.articles_extracted, fewer.articles_from_cache) == (0, raw.height - 1)
    assert gone not in _extracted(store)["entity_mentions"]["article_id"].to_list()
    assert gone not in parts.read(parts.files(extracted, "articles"))["article_id"].to_list()
    assert not (store / ".staging").exists() or not any((store / ".staging").iterdir())


def test_rows_live_in_their_articles_shard_and_one_shard_is_rebuilt_alone(
    raw: pl.DataFrame, tmp_path: Path
) -> None:
    ref = load_reference()
    clean = _stage_clean(raw, tmp_path)
    cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref)
    for shard in parts.SHARDS:
        for name in ["articles", *cache.TABLES]:
            frame = parts.read(
                parts.files(tmp_path / "extracted", name, [shard])
            )  # every shard has every table
            if "article_id" in frame.columns and frame.height:
                assert set(frame.select(parts.shard_expr())["article_id"]) == {shard}, (shard, name)
    one = raw.select(parts.shard_expr())["article_id"][0]
    redo = cache.extract_incremental(tmp_path / "extracted", clean, [one], ref)
    in_shard = raw.filter(parts.shard_expr() == one).height
    assert (redo.articles_extracted, redo.articles_from_cache) == (0, in_shard)


def test_changed_body_or_extractor_version_reextracts(
    raw: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = load_reference()
    some = raw.head(3)
    clean = _stage_clean(some, tmp_path)
    cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref)
    # Same content hash, another line break: the body's offsets differ, so it must be extracted again.
    moved = some.with_columns(
        pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.col("text").str.replace(" ", "\n", literal=True))
        .otherwise(pl.col("text"))
        .alias("text")
    )
    clean = _stage_clean(moved, tmp_path)
    assert cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref).articles_extracted == 1
    monkeypatch.setattr(cache, "extractor_version", lambda ref=None: "another-extractor")
    assert cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref).articles_extracted == 3


def test_extractor_version_covers_code_and_reference_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = cache.extractor_version()
    assert before == build_inputs.extractor_version()  # the disk's version while nothing changed
    reference = _copy_reference(tmp_path, monkeypatch)
    assert cache.extractor_version(load_reference()) == before
    with (reference / "agencies.csv").open("a") as handle:
        handle.write("\n")
    reference_module._load.cache_clear()  # a new process
    assert cache.extractor_version(load_reference()) != before


def _copy_reference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    reference = tmp_path / "reference"
    reference.mkdir()
    for csv in reference_module.reference_dir().glob("*.csv"):
        (reference / csv.name).write_bytes(csv.read_bytes())
    monkeypatch.setenv("PANTAU_REFERENCE_DIR", str(reference))
    return reference


def test_reference_edited_after_loading_keys_the_rows_by_the_data_read(
    raw: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows extracted with the reference data as loaded carry that data's version, not the version of the files
    edited since (during the run): the next run, which loads the edited files, extracts them again."""
    read = build_inputs.extractor_version()
    reference = _copy_reference(tmp_path, monkeypatch)
    ref = load_reference()
    with (reference / "agencies.csv").open("a") as handle:
        handle.write("\n")
    if hasattr(cache.extractor_version, "cache_clear"):
        cache.extractor_version.cache_clear()
    clean = _stage_clean(raw.head(3), tmp_path)
    first = cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref)
    assert first.extractor_version == read
    assert set(cache.extraction_errors(tmp_path / "extracted")["article_id"]) == set()
    stored = parts.read(parts.files(tmp_path / "extracted", "articles"))
    assert set(stored["extractor_version"]) == {read}
    reference_module._load.cache_clear()  # the next run's process
    second = cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, load_reference())
    assert second.extractor_version == build_inputs.extractor_version() != read
    assert second.articles_extracted == 3


def test_a_worker_that_imported_other_code_fails_the_batch(raw: pl.DataFrame, tmp_path: Path) -> None:
    with pytest.raises(CodeChanged):
        cache.extract_to_shards(raw.head(1), load_reference(), "v", tmp_path, code="not-this-code")


def test_the_code_version_is_the_source_imported_not_the_source_edited_later(tmp_path: Path) -> None:
    """A process that imported transforms/ keeps that code's version after the files are edited."""
    copy = tmp_path / "transforms"
    shutil.copytree(transforms.__path__[0], copy, ignore=shutil.ignore_patterns("__pycache__"))
    script = (
        "import pathlib, transforms, transforms.extract\n"
        "before = transforms.code_version()\n"
        "with (pathlib.Path(transforms.__file__).parent / 'text.py').open('a') as f: f.write('# edited\\n')\n"
        "print(before, transforms.code_version())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == [transforms.code_version()] * 2
    assert build_inputs.extractor_version() == transforms.extractor_version(
        tuple(
            p.name.encode() + b"\0" + p.read_bytes() + b"\0"
            for p in sorted(reference_module.reference_dir().glob("*.csv"))
        )
    )


def test_a_failing_worker_leaves_every_shard_as_it_was(
    raw: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = load_reference()
    clean = _stage_clean(raw.head(5), tmp_path)
    cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref)
    before = sorted(p.relative_to(tmp_path) for p in (tmp_path / "extracted").rglob("*"))

    def broken(batch: pl.DataFrame, ref: object, version: str, staged: Path, code: str = "") -> None:
        (staged / "half").mkdir()
        raise RuntimeError("worker died")

    monkeypatch.setattr(cache, "extract_to_shards", broken)
    clean = _stage_clean(raw.head(8), tmp_path)
    with pytest.raises(RuntimeError, match="worker died"):
        cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref)
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "extracted").rglob("*")) == before
    assert list((tmp_path / ".staging").iterdir()) == []


def test_leftovers_of_a_killed_run_are_removed_and_never_read(tmp_path: Path) -> None:
    (tmp_path / ".staging" / "abc" / "shard=00").mkdir(parents=True)
    (tmp_path / "clean" / "shard=03.old-abc" / "articles").mkdir(parents=True)
    (tmp_path / "clean" / "shard=03.old-abc" / "articles" / "x.parquet").write_bytes(b"x")
    assert parts.files(tmp_path / "clean", "articles") == []
    parts.remove_leftovers(tmp_path)
    assert not (tmp_path / ".staging").exists() and list((tmp_path / "clean").iterdir()) == []


def test_an_article_the_extractor_fails_on_loses_nothing_else(
    raw: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule raising on one article (last round's IndexError on a body opening with a blank line failed the whole
    run) costs that article's facts only: every other article of the batch has the rows a clean extraction gives,
    the bad one is kept with its error in the index (for the checks to withhold), and the error is cached with it."""
    ref = load_reference()
    sample = raw.head(8)
    clean = _stage_clean(sample, tmp_path)
    bad = clean_articles(sample)["article_id"][5]
    real = cache.extract_all

    def fragile(batch: pl.DataFrame, reference: object = None):
        if bad in batch["article_id"].to_list():
            raise IndexError("list index out of range")
        return real(batch, reference)

    monkeypatch.setattr(cache, "extract_all", fragile)
    result = cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref)
    assert (result.articles_extracted, result.errors.rows()) == (
        8,
        [(bad, "IndexError: list index out of range")],
    )
    good = clean_articles(sample).filter(pl.col("article_id") != bad)
    want = real(good, ref).tables()
    got = _extracted(tmp_path)
    for name in cache.TABLES:
        assert _rows(got[name]) == _rows(want[name]), name
    assert want["case_counts"].height > 0

    again = cache.extract_incremental(tmp_path / "extracted", clean, parts.SHARDS, ref)
    assert (again.articles_from_cache, again.errors.rows()) == (8, result.errors.rows())


def _inodes(extracted: Path, shard: str) -> set[int]:
    return {
        Path(f).stat().st_ino
        for name in ["articles", *cache.TABLES]
        for f in parts.files(extracted, name, [shard])
    }


def test_shards_whose_rows_all_stay_keep_their_files_and_stay_few(
    raw: pl.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A daily run adds articles everywhere: a shard's previous files are kept (hard links, not read and written
    again) when every row stays, rewritten when one article left, and compacted once a table has too many files;
    the rows are those of a full extraction in every case."""
    ref = load_reference()
    extracted = tmp_path / "extracted"
    shard_of = raw.select(parts.shard_expr())["article_id"]
    biggest = shard_of.value_counts(sort=True)[0, "article_id"]
    in_biggest = raw.filter(shard_of == biggest)
    others = raw.filter(shard_of != biggest)
    cache.extract_incremental(extracted, _stage_clean(others.head(30), tmp_path), parts.SHARDS, ref)
    before = {s: _inodes(extracted, s) for s in parts.SHARDS}

    linked = []
    real_link = parts.link_or_copy
    monkeypatch.setattr(parts, "link_or_copy", lambda a, b: (linked.append(a), real_link(a, b)))
    cache.extract_incremental(extracted, _stage_clean(raw, tmp_path), parts.SHARDS, ref)
    assert linked
    kept = [s for s in parts.SHARDS if before[s] and before[s] <= _inodes(extracted, s)]
    assert kept, "no shard kept its files"
    full = extract_all(clean_articles(raw), ref).tables()
    for name, frame in _extracted(tmp_path).items():
        assert _rows(frame) == _rows(full[name].select(frame.columns)), name

    # one article of the biggest shard leaves: that shard is rewritten, and holds none of its rows
    gone = in_biggest["article_id"][0]
    previous = _inodes(extracted, biggest)
    cache.extract_incremental(
        extracted, _stage_clean(raw.filter(pl.col("article_id") != gone), tmp_path), parts.SHARDS, ref
    )
    assert not previous & _inodes(extracted, biggest)
    assert (
        gone not in parts.read(parts.files(extracted, "entity_mentions", [biggest]))["article_id"].to_list()
    )

    # articles arriving one run at a time: the biggest shard's files never exceed the bound by more than a run's
    monkeypatch.setattr(cache, "MAX_LINKED_PARTS", 2)
    for n in range(1, in_biggest.height):
        kept_rows = pl.concat([others, in_biggest.head(n)])
        cache.extract_incremental(extracted, _stage_clean(kept_rows, tmp_path), parts.SHARDS, ref)
        assert len(parts.files(extracted, "articles", [biggest])) <= 3
    full = extract_all(clean_articles(kept_rows), ref).tables()
    for name, frame in _extracted(tmp_path).items():
        assert _rows(frame) == _rows(full[name].select(frame.columns)), name

"""Incremental ingest (orchestration/lib/ingest_incremental.py) writes the raw parts a full ingest writes, table
by table, after files are added, edited, removed, touched or duplicated, and reads only what changed."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import polars as pl
import pytest

from orchestration.lib import parts
from orchestration.lib.ingest_incremental import ingest_to_parts

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "tests" / "fixtures" / "devset" / "articles"
HOUR_NS = 3600 * 10**9


def _age(path: Path, ns: int = HOUR_NS) -> None:
    then = time.time_ns() - ns
    os.utime(path, ns=(then, then))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Sample and development articles plus bad and duplicate inputs, all last modified an hour ago."""
    monkeypatch.setenv("PANTAU_WORKERS", "1")
    root = tmp_path / "articles"
    shutil.copytree(ROOT / "seeds" / "articles", root)
    shutil.copytree(DEVSET, root / "dev")
    first = sorted(DEVSET.iterdir())[0]
    shutil.copyfile(first, root / "dev" / "zz_copy_of_first.txt")  # a duplicate
    body = first.read_text()
    lines = [
        json.dumps({"text": body.replace("Komdigi", "Kominfo"), "title": "satu"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": body + " Tambahan.", "url": "https://x.id/2"}),
    ]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (root / "empty.txt").write_text("")
    (root / "meta.json").write_text(json.dumps({"text": body + " Versi JSON.", "published": "2024-06-01"}))
    for path in root.rglob("*"):
        _age(path)
    return root


def _tables(store: Path) -> dict[str, pl.DataFrame]:
    """The raw parts as a full ingest would compare them: every row with its shard, ingest timestamps left out."""
    raw = store / "raw"
    articles = pl.concat(
        [parts.read(parts.files(raw, "articles", [s])).with_columns(shard=pl.lit(s)) for s in parts.SHARDS]
    )
    rejected = parts.read(parts.unsharded_files(raw, "rejected_inputs"))
    return {
        "articles": articles.drop("ingested_at").sort("source_path"),
        "rejected_inputs": rejected.drop("detected_at").sort("source_path", "reason"),
    }


def _stamps(store: Path) -> dict[str, object]:
    """source_path -> ingested_at of the raw articles."""
    rows = parts.read(parts.files(store / "raw", "articles")).select("source_path", "ingested_at").rows()
    return dict(rows)


def _file_names(store: Path) -> dict[str, set[str]]:
    """Per shard, the names of its raw files holding rows."""
    return {
        s: {Path(f).name for f in parts.files(store / "raw", "articles", [s]) if parts.row_count(f)}
        for s in parts.SHARDS
    }


def _assert_same_as_full(folder: Path, incremental: Path, tmp_path: Path) -> None:
    full = tmp_path / f"full-{time.time_ns()}"
    ingest_to_parts(folder, full, "full", reuse=False)
    got, want = _tables(incremental), _tables(full)
    for name in want:
        assert got[name].equals(want[name]), name


def test_incremental_ingest_equals_a_full_one_and_reads_only_changes(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = ingest_to_parts(folder, store, "run1")
    assert first.files_read == first.seen_files > 30 and first.files_reused == 0
    assert (
        first.rejected.height >= 4
    )  # the duplicate, the malformed line, the line without text, the empty file

    stamped = _stamps(store)
    assert len(set(stamped.values())) == 1  # one run, one time
    before = _file_names(store)

    again = ingest_to_parts(folder, store, "run2")
    # a shard whose previous rows are all reused keeps its files (hard links, texts not read nor rewritten)
    kept = {s for s in parts.SHARDS if before[s] & _file_names(store)[s]}
    assert kept and kept == {s for s in parts.SHARDS if before[s]}  # the duplicate read again adds no row
    assert (again.files_read, again.files_reused) == (
        1,
        first.seen_files - 1,
    )  # only the duplicate is read again
    _assert_same_as_full(folder, store, tmp_path)
    assert (
        _stamps(store) == stamped
    )  # nothing changed: every row keeps the time its content was first ingested

    dev = sorted((folder / "dev").iterdir())
    edited = dev[3]
    edited.write_text(edited.read_text().replace("\n", "\nSebuah kalimat baru ditambahkan di sini.\n", 1))
    _age(edited, HOUR_NS // 2)
    dev[5].unlink()  # removed
    dev[0].unlink()  # the original of the duplicate: the copy is kept now
    shutil.copyfile(
        dev[7], folder / "dev" / "aa_new_copy_first_in_order.txt"
    )  # new, and dev[7] becomes the duplicate
    _age(folder / "dev" / "aa_new_copy_first_in_order.txt")
    _age(dev[9], HOUR_NS // 3)  # touched: same bytes, new mtime
    shutil.copyfile(
        ROOT / "seeds" / "articles" / sorted(os.listdir(ROOT / "seeds" / "articles"))[0], folder / "new.txt"
    )
    (folder / "new.txt").write_text((folder / "new.txt").read_text() + "\nDitambahkan.")
    _age(folder / "new.txt")

    third = ingest_to_parts(folder, store, "run3")
    after = _stamps(store)
    first_time = next(iter(stamped.values()))
    new_paths = {
        f"dev/{edited.name}",  # edited
        "dev/aa_new_copy_first_in_order.txt",  # new
        "new.txt",  # new
        "dev/zz_copy_of_first.txt",  # a duplicate before, kept now: its row is new
    }
    assert {p for p, t in after.items() if t != first_time} == new_paths
    assert len({after[p] for p in new_paths}) == 1 and after[f"dev/{edited.name}"] > first_time
    assert after[f"dev/{dev[9].name}"] == first_time  # touched, read again, same content: the stamp stays
    # read: edited, the new copy, touched, new, and the former duplicate (kept now); dev[7], now a duplicate of
    # the new copy, is not: the duplicate is decided from its recorded content hash
    assert third.files_read == 5, (third.files_read, third.files_reused)
    assert third.files_read + third.files_reused == third.seen_files
    _assert_same_as_full(folder, store, tmp_path)
    reasons = _tables(store)["rejected_inputs"]
    assert "duplicate: same text as dev/aa_new_copy_first_in_order.txt" in reasons["reason"].to_list()
    assert "dev/zz_copy_of_first.txt" in _tables(store)["articles"]["source_path"].to_list()


def test_files_changed_racily_close_to_the_scan_are_read_again(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    fresh = folder / "fresh.txt"
    fresh.write_text(
        sorted((folder / "dev").iterdir())[2].read_text() + "\nBaru."
    )  # its mtime may hide a second edit
    first = ingest_to_parts(folder, store, "run1")
    again = ingest_to_parts(folder, store, "run2")
    assert again.files_read == 2 and again.files_reused == first.seen_files - 2  # fresh.txt and the duplicate
    _assert_same_as_full(folder, store, tmp_path)


def test_a_damaged_store_is_never_trusted_blindly(folder: Path, tmp_path: Path) -> None:
    from orchestration.lib.ingest_incremental import RawPartsMismatch

    store = tmp_path / "store"
    ingest_to_parts(folder, store, "run1")
    for path in parts.files(store / "raw", "articles"):
        pl.read_parquet(path).head(0).write_parquet(path)
    with pytest.raises(RawPartsMismatch):
        ingest_to_parts(folder, store, "run2")


def test_another_folder_is_read_in_full(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ingest_to_parts(folder, store, "run1")
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)  # same names, sizes and mtimes
    stamped = _stamps(store)
    again = ingest_to_parts(copy, store, "run2")
    assert again.files_reused == 0
    assert set(_stamps(store).values()).isdisjoint(stamped.values())  # another folder: ingested now


def test_a_full_reread_keeps_the_stamps_of_unchanged_content(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ingest_to_parts(folder, store, "run1")
    stamped = _stamps(store)
    ingest_to_parts(folder, store, "run2", reuse=False)  # e.g. after a damaged store: every file read
    assert _stamps(store) == stamped

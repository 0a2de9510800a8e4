"""Batches on worker processes give exactly what one in-process call on all articles gives."""

from functools import partial
from pathlib import Path

import polars as pl
import pytest

from orchestration.lib.extract_cache import extract_keyed, with_extraction_keys
from orchestration.lib.parallel import batches, imap_batches, map_batches, worker_count
from transforms import ingest
from transforms.clean import clean_articles
from transforms.ingest import ingest_folder, iter_ingest
from transforms.reference import load_reference

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "articles"


def _canonical(frame: pl.DataFrame) -> list[tuple]:
    return sorted(frame.rows(), key=repr)


@pytest.fixture(scope="module")
def raw() -> pl.DataFrame:
    frames = [ingest_folder(FIXTURES / "devset" / "articles").articles, ingest_folder(SEEDS).articles]
    return pl.concat(frames, how="vertical_relaxed")


def test_clean_and_extract_on_two_worker_processes_equal_one_call(raw: pl.DataFrame) -> None:
    whole = clean_articles(raw)
    parts = map_batches(clean_articles, raw, rows=4, workers=2)
    assert len(parts) == -(-raw.height // 4) > 2
    assert pl.concat(parts, how="vertical_relaxed").drop("ingested_at").equals(whole.drop("ingested_at"))

    keyed = with_extraction_keys(whole, "test")
    ref = load_reference()
    one = extract_keyed(keyed, ref, "test")
    many = map_batches(partial(extract_keyed, ref=ref, version="test"), keyed, rows=5, workers=2)
    for name, frame in one.items():
        assert frame.height > 0, name
        merged = pl.concat([m[name] for m in many], how="vertical_relaxed").select(frame.columns)
        assert _canonical(merged) == _canonical(frame), name


def test_files_read_on_worker_processes_equal_files_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ingest reads chunks of files on the workers; duplicates (across chunks and batches), rejections, order and
    batch boundaries are the same as reading every file here."""
    folder = tmp_path / "articles"
    for source in sorted((FIXTURES / "devset" / "articles").glob("*"))[:12]:
        (folder / source.parent.name).mkdir(parents=True, exist_ok=True)
        (folder / source.parent.name / source.name).write_bytes(source.read_bytes())
        (folder / f"copy_of_{source.name}").write_bytes(source.read_bytes())  # a duplicate, other chunk
    (folder / "empty.txt").write_bytes(b"")
    (folder / "lines.jsonl").write_text('{"text": "terlalu pendek"}\n{broken\n', encoding="utf-8")
    (folder / "loop").symlink_to(folder)
    monkeypatch.setattr(ingest, "FILES_PER_TASK", 3)

    def read(**kwargs: object) -> list[tuple[list[tuple], list[tuple], int]]:
        return [
            (p.articles.drop("ingested_at").rows(), p.rejected.drop("detected_at").rows(), p.seen_files)
            for p in iter_ingest(folder, batch_articles=5, **kwargs)
        ]

    here = read()
    on_workers = read(mapper=partial(imap_batches, workers=2))
    assert on_workers == here
    assert len(here) > 2 and sum(len(rejected) for _, rejected, _ in here) >= 12 + 3


def test_a_worker_error_reaches_the_caller(raw: pl.DataFrame) -> None:
    with pytest.raises(pl.exceptions.ColumnNotFoundError):
        map_batches(clean_articles, raw.drop("text"), rows=10, workers=2)


def test_batches_cover_every_row_once() -> None:
    frame = pl.DataFrame({"i": range(10)})
    assert [b["i"].to_list() for b in batches(frame, 4)] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert [b.height for b in batches(frame.head(0), 4)] == [0]


def test_worker_count_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANTAU_WORKERS", "3")
    assert worker_count() == 3
    monkeypatch.setenv("PANTAU_WORKERS", "0")
    with pytest.raises(ValueError, match="PANTAU_WORKERS"):
        worker_count()
    monkeypatch.delenv("PANTAU_WORKERS")
    assert worker_count() >= 1

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from transforms.clean import clean_articles
from transforms.extract import extract_all
from transforms.ingest import ingest_folder, iter_ingest
from transforms.text import split_sentences, tokenize

ARTICLE = (
    "Judul Berita Tentang Judi Online\nloading...\nA\nA\nA\n"
    "JAKARTA - Kementerian Komunikasi dan Informatika (Kominfo) telah memblokir 2,1 juta situs judi online, "
    "kata Dirjen Aptika, Sabtu (15/6/2024).\n"
    "Baca juga: Berita lain yang tidak terkait\n"
    "Paragraf kedua yang cukup panjang untuk dianggap isi berita ini sendiri.\n"
    "Paragraf kedua yang cukup panjang untuk dianggap isi berita ini sendiri.\n"
    "Penulis: Budi Santoso\nEditor: Ani\nShare:\nKomentar\n"
)


def _write(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def test_ingest_quarantines_bad_files_and_keeps_good_ones(tmp_path: Path) -> None:
    _write(tmp_path, "good.txt", ARTICLE.encode())
    _write(tmp_path, "empty.txt", b"")
    _write(tmp_path, "blank.txt", b"   \n\t  ")
    _write(tmp_path, "image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    _write(tmp_path, "copy.txt", ARTICLE.encode())
    _write(
        tmp_path,
        "cp1252.txt",
        ("Kominfo \u201cmemblokir\u201d 500 situs judi online, kata dia pada hari Senin. " * 2).encode(
            "cp1252"
        ),
    )
    _write(
        tmp_path,
        "lines.jsonl",
        b'{"text": "Artikel pertama tentang judi online yang diblokir Kominfo, kata juru bicara kementerian kepada wartawan di Jakarta pada hari Senin pagi."}\n{broken\n{"title": "no text"}\n',
    )
    result = ingest_folder(tmp_path)
    reasons = dict(result.rejected.select("source_path", "reason").iter_rows())
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.txt"] == "file contains only whitespace"
    assert "PNG" in reasons["image.html"]
    assert reasons["good.txt"] == "duplicate: same text as copy.txt"  # files are read in name order
    assert "malformed JSON" in reasons["lines.jsonl#2"]
    assert "text" in reasons["lines.jsonl#3"]
    good = set(result.articles["source_path"])
    assert {"copy.txt", "cp1252.txt", "lines.jsonl#1"} <= good
    cp = result.articles.filter(pl.col("source_path") == "cp1252.txt")["text"][0]
    assert "\u201cmemblokir\u201d" in cp


def test_ids_are_stable(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", ARTICLE.encode())
    first = ingest_folder(tmp_path).articles["article_id"].to_list()
    assert ingest_folder(tmp_path).articles["article_id"].to_list() == first


def test_clean_removes_furniture_and_repeats(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", ARTICLE.encode())
    clean = clean_articles(ingest_folder(tmp_path).articles)
    row = clean.row(0, named=True)
    assert row["title"] == "Judul Berita Tentang Judi Online"
    assert "loading" not in row["body"] and "Baca juga" not in row["body"] and "Share" not in row["body"]
    assert row["body"].count("Paragraf kedua") == 1
    assert row["authors"] == "Budi Santoso; Ani"
    assert str(row["published_date"]) == "2024-06-15"
    assert row["language"] == "id"


def test_sentence_and_token_offsets_index_the_body() -> None:
    body = "Brigjen Pol. Adhi Satya datang ke Kamboja. Nilainya 886.719 konten!\nParagraf baru (Kominfo) di sini."
    sents = split_sentences(pl.DataFrame({"article_id": ["a"], "body": [body]}))
    assert sents["sentence_text"].to_list() == [
        "Brigjen Pol. Adhi Satya datang ke Kamboja.",
        "Nilainya 886.719 konten!",
        "Paragraf baru (Kominfo) di sini.",
    ]
    for s, e, t in sents.select("sent_start", "sent_end", "sentence_text").iter_rows():
        assert body[s:e] == t
    toks = tokenize(sents)
    for s, e, t in toks.select("start", "end", "token").iter_rows():
        assert body[s:e] == t
    assert "Kominfo" in toks["token"].to_list()


@pytest.mark.parametrize(
    ("case", "body", "expected"),
    [
        (
            "rank abbreviation ends no sentence",
            "Dipimpin Brigjen Pol. Adhi Satya. Ia datang.",
            ["Dipimpin Brigjen Pol. Adhi Satya.", "Ia datang."],
        ),
        (
            "abbreviation in brackets ends no sentence",
            "Dipimpin Irjen Pol. (Purn.) Sugeng Prasetyo Widodo. Anggota delegasi hadir.",
            ["Dipimpin Irjen Pol. (Purn.) Sugeng Prasetyo Widodo.", "Anggota delegasi hadir."],
        ),
        (
            "bracketed sentence end still ends",
            "Polisi menangkap dua orang (keduanya WNA.) Mereka ditahan.",
            ["Polisi menangkap dua orang (keduanya WNA.)", "Mereka ditahan."],
        ),
    ],
)
def test_split_sentences_table(case: str, body: str, expected: list[str]) -> None:
    sents = split_sentences(pl.DataFrame({"article_id": ["a"], "body": [body]}))
    assert sents["sentence_text"].to_list() == expected, case


def test_published_date_from_the_byline_when_the_body_has_none(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "KBRI Manila Repatriasi 53 WNI\n\nOleh : Candra Mata | Selasa, 30 Mei 2023 - 12:35 WIB\n\n"
        "KBRI Manila telah melaksanakan repatriasi bagi 53 WNI terindikasi korban TPPO di Filipina. Proses "
        "repatriasi berjalan lancar atas kerja sama dengan pihak-pihak terkait di Filipina.\n",
        encoding="utf-8",
    )
    clean = clean_articles(ingest_folder(tmp_path).articles)
    assert clean["published_date"].to_list() == [date(2023, 5, 30)]
    assert "Candra" not in clean["body"][0] and clean["authors"][0] == "Candra Mata"


def test_ingest_in_batches_equals_one_pass_and_finds_duplicates_across_batches(tmp_path: Path) -> None:
    words = " ".join(f"kata{i}" for i in range(40))
    for i in range(7):
        (tmp_path / f"a{i}.txt").write_text(f"Judul {i}\n\n{words} nomor {i}.\n", encoding="utf-8")
    (tmp_path / "z_copy.txt").write_text(f"Judul 0\n\n{words} nomor 0.\n", encoding="utf-8")
    parts = list(iter_ingest(tmp_path, batch_articles=3))
    assert [p.articles.height for p in parts] == [3, 3, 1]
    whole = ingest_folder(tmp_path)
    assert (
        pl.concat([p.articles for p in parts]).drop("ingested_at").equals(whole.articles.drop("ingested_at"))
    )
    rejected = pl.concat([p.rejected for p in parts])
    assert rejected["reason"].to_list() == ["duplicate: same text as a0.txt"]
    assert sum(p.seen_files for p in parts) == whole.seen_files == 8


def test_sentence_numbers_have_no_gap_after_blank_lines() -> None:
    """sent_idx is the position in the article's sentence list (the fact rules index it): a body opening with
    blank lines numbers its first sentence 0, and the blocked rule reading the sentence before does not fail."""
    body = "\n\nKominfo telah memblokir 500 situs judi online.\n\nSelain itu, ada 120 konten di Facebook."
    sents = split_sentences(pl.DataFrame({"article_id": ["a"], "body": [body]}))
    assert sents["sent_idx"].to_list() == list(range(sents.height)) and sents.height == 2
    clean = pl.DataFrame(
        {"article_id": ["a"], "body": [body], "published_date": [date(2024, 6, 1)], "language": ["id"]}
    )
    assert extract_all(clean).blocked_content["value"].to_list() == [500]

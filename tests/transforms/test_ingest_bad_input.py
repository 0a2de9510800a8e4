"""One test per kind of bad input (issue #8): each lands in `rejected` with a specific reason, or is decoded
when it is good after all, and never costs the good file next to it."""

import json
import os
import random
import signal
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import write_menu_page
from transforms.clean import MIN_WORDS, clean_articles, split_too_short
from transforms.extract import extract_all
from transforms.ingest import (
    MAX_FILE_BYTES,
    IngestResult,
    RejectedInput,
    ingest_folder,
    iter_article_files,
    read_file_bytes,
    rejected_by_reason,
)

GOOD = (
    "Kominfo memblokir 2,1 juta situs judi online sepanjang 2023, kata Dirjen Aptika di Jakarta, Senin. "
    "Pemblokiran akan terus dilakukan bersama kepolisian dan bank.\n"
)
TAIL = " Petugas masih memeriksa saksi dan barang bukti yang disita dari lokasi, kata juru bicara kepolisian setempat."
NOBODY = 65534


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging the suite when ingest blocks (a FIFO read, a symlink loop)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"ingest did not finish within {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def ingest_with_good(folder: Path) -> tuple[IngestResult, dict[str, str]]:
    """Ingest `folder` after adding one good article; assert the good one survived; return reasons by path."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    with deadline(60):
        result = ingest_folder(folder)
    assert "good.txt" in result.articles["source_path"].to_list()
    return result, dict(result.rejected.select("source_path", "reason").iter_rows())


def test_empty_and_whitespace_only(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_bytes(b" \r\n\t \n")
    _, reasons = ingest_with_good(tmp_path)
    assert reasons == {"empty.txt": "empty file", "blank.html": "file contains only whitespace"}


@pytest.mark.parametrize("low", [0, 1], ids=["with-nul", "without-nul"])
def test_random_bytes_named_txt(tmp_path: Path, low: int) -> None:
    rng = random.Random(8 + low)
    (tmp_path / "noise.txt").write_bytes(bytes(rng.randrange(low, 256) for _ in range(8192)))
    _, reasons = ingest_with_good(tmp_path)
    assert reasons["noise.txt"].startswith("binary file: ")


def test_png_renamed_html(tmp_path: Path) -> None:
    (tmp_path / "photo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _, reasons = ingest_with_good(tmp_path)
    assert reasons["photo.html"] == "binary file: looks like a PNG image, not text"


def test_windows_1252_is_decoded_not_rejected(tmp_path: Path) -> None:
    # "è" tells cp1252 from cp1250 (where the same byte is "č"); the curly quotes are 0x93/0x94/0x91/0x92.
    text = (
        "Pierre Lef\u00e8vre dari Interpol menyebut \u201cpemblokiran\u201d situs judi online sudah \u2018cukup\u2019 berjalan."
        + TAIL
    )
    (tmp_path / "windows.txt").write_bytes(text.encode("cp1252"))
    result, reasons = ingest_with_good(tmp_path)
    assert reasons == {}
    row = result.articles.filter(pl.col("source_path") == "windows.txt").row(0, named=True)
    assert row["text"] == text and row["encoding"] == "cp1252"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes(GOOD.replace("2,1 juta", "300").encode("utf-16"))
    result, reasons = ingest_with_good(tmp_path)
    assert reasons == {}
    assert "300 situs" in result.articles.filter(pl.col("source_path") == "utf16.txt")["text"][0]


@pytest.mark.parametrize(
    "head",
    [
        "<html><head><title>Judi online diblokir</title><body>",
        "<html><head><title>Judi online diblokir<body>",
    ],
    ids=["unclosed-body-tags", "unclosed-title"],
)
def test_broken_html_keeps_what_is_there(tmp_path: Path, head: str) -> None:
    page = (
        head
        + "<div class=content><p>Polri menangkap 12 tersangka judi online di Medan, nilai &lt; 5 persen."
        + TAIL
        + "<script>if (a < b) {}</script><p>Paragraf kedua <b>tanpa penutup <div>dan tabel <table><tr><td>sisa teks"
    )
    (tmp_path / "broken.html").write_text(page, encoding="utf-8")
    result, reasons = ingest_with_good(tmp_path)
    assert reasons == {}
    text = result.articles.filter(pl.col("source_path") == "broken.html")["text"][0]
    assert "Polri menangkap 12 tersangka judi online di Medan, nilai < 5 persen." in text
    assert "tanpa penutup" in text and "sisa teks" in text and "<b" not in text and "if (a" not in text


def test_jsonl_rejects_only_the_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": "Artikel pertama: Kominfo memblokir 500 situs judi online." + TAIL,
                "url": "https://a.id/1",
            }
        ),
        '{"text": "Artikel kedua yang terpotong',
        "",
        json.dumps({"text": "Artikel ketiga: lone surrogate \ud800 tidak boleh menghentikan ingest." + TAIL}),
        json.dumps({"title": "tanpa isi"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, reasons = ingest_with_good(tmp_path)
    assert set(reasons) == {"feed.jsonl#2", "feed.jsonl#5"}
    assert reasons["feed.jsonl#2"].startswith("malformed JSON line: Unterminated string")
    assert reasons["feed.jsonl#5"] == "no text: the JSON object has no 'text' field (fields: title)"
    assert {"feed.jsonl#1", "feed.jsonl#4"} <= set(result.articles["source_path"])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (
            {"title": "Judul", "url": "https://a.id"},
            "no text: the JSON object has no 'text' field (fields: title, url)",
        ),
        ({"text": "   "}, "no text: the JSON field 'text' is empty"),
        ({"text": ["a", "b"]}, "no text: the JSON field 'text' is a list, not a string"),
        ([{"text": GOOD}], "no text: the JSON value is a list, not an object with a 'text' field"),
    ],
)
def test_json_without_text(tmp_path: Path, content: object, reason: str) -> None:
    (tmp_path / "article.json").write_text(json.dumps(content), encoding="utf-8")
    _, reasons = ingest_with_good(tmp_path)
    assert reasons == {"article.json": reason}


def test_malformed_json_file(tmp_path: Path) -> None:
    (tmp_path / "article.json").write_text('{"text": "abc",\n}', encoding="utf-8")
    _, reasons = ingest_with_good(tmp_path)
    assert reasons["article.json"].startswith("malformed JSON: ") and "line 2" in reasons["article.json"]


def test_exact_duplicate_is_kept_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "copy.txt").write_text(GOOD.replace(" ", "  "), encoding="utf-8")  # same words
    result, reasons = ingest_with_good(tmp_path)
    assert reasons == {"sub/copy.txt": "duplicate: same text as good.txt"}
    assert result.articles.height == 1


def test_too_little_text(tmp_path: Path) -> None:
    (tmp_path / "short.html").write_text("<html><body><p>Hai.</p></body></html>", encoding="utf-8")
    (tmp_path / "snippet.txt").write_text(
        "Kominfo memblokir 500 situs judi online pada Senin.", encoding="utf-8"
    )
    _, reasons = ingest_with_good(tmp_path)
    assert reasons["short.html"].startswith("too little text: 4 characters")
    assert reasons["snippet.txt"] == "too little text: 8 words, an article has at least 20"


def test_very_large_file_is_rejected_without_reading_it(tmp_path: Path) -> None:
    with (tmp_path / "dump.txt").open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: costs no disk and is never read
    _, reasons = ingest_with_good(tmp_path)
    assert (
        reasons["dump.txt"]
        == f"file too large: 50.0 MB is over the {MAX_FILE_BYTES // 1_000_000} MB limit for one article file"
    )


def test_fifo_does_not_block_the_ingest(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    _, reasons = ingest_with_good(tmp_path)
    assert reasons["pipe.txt"] == "unreadable: not a regular file but a named pipe (FIFO)"


def test_symlink_loop_and_broken_symlink(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "parent").symlink_to("..")
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "elsewhere").symlink_to("sub")
    _, reasons = ingest_with_good(tmp_path)
    assert reasons["sub/parent"] == "symlink loop: points to .., a folder that contains it; not followed"
    assert reasons["gone.txt"] == "broken symlink: points to missing.txt, which does not exist"
    assert (
        reasons["self.txt"]
        == "broken symlink: points to self.txt, which cannot be opened (Too many levels of symbolic links)"
    )
    assert (
        reasons["elsewhere"] == "symlinked folder: points to sub; not followed (copy or move its files here)"
    )


def test_spaces_and_non_ascii_names(tmp_path: Path) -> None:
    folder = tmp_path / "berita lama" / "Médan ü"
    folder.mkdir(parents=True)
    (folder / "judi online — 12 tersangka.txt").write_text(GOOD.replace("2,1 juta", "12"), encoding="utf-8")
    latin1_name = os.fsdecode(b"caf\xe9 berita.txt")  # not UTF-8 on disk
    (tmp_path / latin1_name).write_text(GOOD.replace("2,1 juta", "7"), encoding="utf-8")
    result, reasons = ingest_with_good(tmp_path)
    assert reasons == {}
    assert {"berita lama/Médan ü/judi online — 12 tersangka.txt", "caf\\xe9 berita.txt"} <= set(
        result.articles["source_path"]
    )


def _unprivileged(job: Callable[[], object]) -> object:
    """Run `job` as a user the file permissions apply to. Root reads anything (chmod 000 does not stop it), so
    as root the job runs in a forked child that switched to `nobody`; it returns JSON through a pipe."""
    if os.geteuid() != 0:
        return job()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: no Polars here, only the pure-Python read path
        status = 1
        try:
            os.close(read_end)
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            with os.fdopen(write_end, "w") as out:
                json.dump(job(), out)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0, "the unprivileged child failed"
    return json.loads(payload)


def test_unreadable_file_and_folder_get_a_reason() -> None:
    """Real EACCES: a 0o000 file and a 0o000 folder, read by an unprivileged user (see _unprivileged)."""
    root = Path(tempfile.mkdtemp(prefix="pantau-perm-"))
    try:
        root.chmod(0o755)
        (root / "good.txt").write_text(GOOD, encoding="utf-8")
        (root / "good.txt").chmod(0o644)
        (root / "secret.txt").write_text(GOOD, encoding="utf-8")
        (root / "secret.txt").chmod(0o000)
        (root / "locked").mkdir()
        (root / "locked" / "inside.txt").write_text(GOOD, encoding="utf-8")
        (root / "locked").chmod(0o000)

        def job() -> dict[str, str]:
            out: dict[str, str] = {}
            for path, skipped in iter_article_files(root):
                try:
                    if skipped is not None:
                        raise skipped
                    out[path.name] = f"read {len(read_file_bytes(path))} bytes"
                except RejectedInput as exc:
                    out[path.name] = str(exc)
            return out

        got = _unprivileged(job)
    finally:
        (root / "locked").chmod(0o755)
        (root / "secret.txt").chmod(0o644)
        for path in sorted(root.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        root.rmdir()
    assert got == {
        "good.txt": f"read {len(GOOD.encode())} bytes",
        "secret.txt": "unreadable: permission denied (the file's permissions do not allow reading it)",
        "locked": "unreadable folder: Permission denied",
    }


def test_unexpected_parser_error_rejects_one_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import transforms.ingest as ingest

    def explode(html: str) -> tuple[str, dict[str, str | None]]:
        raise ValueError("parser bug")

    monkeypatch.setattr(ingest, "html_to_text", explode)
    (tmp_path / "page.html").write_text("<p>" + GOOD + "</p>", encoding="utf-8")
    _, reasons = ingest_with_good(tmp_path)
    assert reasons == {"page.html": "unexpected error: ValueError: parser bug"}


def test_a_file_removed_between_listing_and_reading_is_rejected_alone(tmp_path: Path) -> None:
    """The daily run lists the folder, then reads: a file deleted (or moved away by a sync) in between is one
    rejected input with the reason, never an exception that fails the run or costs the good file."""
    from transforms.ingest import iter_ingest

    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "vanishing.txt").write_text(GOOD + TAIL, encoding="utf-8")

    def removing_then_reading(fn, chunks):  # the listing is done; the file goes before its chunk is read
        for chunk in chunks:
            (tmp_path / "vanishing.txt").unlink(missing_ok=True)
            yield fn(chunk)

    [result] = list(iter_ingest(tmp_path, mapper=removing_then_reading))
    assert result.articles["source_path"].to_list() == ["good.txt"]
    assert dict(result.rejected.select("source_path", "reason").iter_rows()) == {
        "vanishing.txt": "unreadable: No such file or directory"
    }


def test_rejected_by_reason_counts_kinds(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.json").write_text("{}", encoding="utf-8")
    (tmp_path / "z.txt").write_text(GOOD, encoding="utf-8")
    result, _ = ingest_with_good(tmp_path)
    assert rejected_by_reason(result.rejected) == {"empty file": 2, "duplicate": 1, "no text": 1}


def test_page_of_menus_only_is_rejected_at_cleaning(tmp_path: Path) -> None:
    """Ingest sees 24 words; cleaning removes them all as navigation. Rejected with a reason, not a failed run."""
    write_menu_page(tmp_path / "menu.html")
    result, reasons = ingest_with_good(tmp_path)
    assert reasons == {}
    kept, rejected = split_too_short(clean_articles(result.articles))
    assert kept["source_path"].to_list() == ["good.txt"] and kept["word_count"].min() >= MIN_WORDS
    assert rejected.columns == ["source_path", "reason", "detected_at"]
    [(path, reason)] = rejected.select("source_path", "reason").rows()
    assert path == "menu.html" and reason.startswith("too little text after cleaning: 0 words left")


def test_word_count_counts_words_across_lines(tmp_path: Path) -> None:
    (tmp_path / "lines.txt").write_text("\n".join([GOOD.strip(), TAIL.strip()]), encoding="utf-8")
    clean = clean_articles(ingest_folder(tmp_path).articles)
    assert clean["word_count"].to_list() == [len(clean["body"][0].split())]


def test_non_indonesian_article_is_kept_without_facts(tmp_path: Path) -> None:
    english = (
        "The ministry Kominfo said on Monday that it had blocked 2,1 juta online gambling sites in 2023, "
        "and Polri arrested 12 suspects who had returned from Cambodia, officials told reporters."
    )
    (tmp_path / "english.txt").write_text(english, encoding="utf-8")
    result, _ = ingest_with_good(tmp_path)
    clean = clean_articles(result.articles)
    languages = dict(clean.select("source_path", "language").iter_rows())
    assert languages == {"english.txt": "en", "good.txt": "id"}
    english_id = clean.filter(pl.col("source_path") == "english.txt")["article_id"][0]
    facts = extract_all(clean)
    for table in (facts.entity_mentions, facts.case_counts, facts.blocked_content):
        assert english_id not in table["article_id"].to_list()
    # The language gate is what keeps it out: read as Indonesian, the same body does yield mentions.
    forced = extract_all(clean.with_columns(pl.lit("id").alias("language")))
    assert english_id in forced.entity_mentions["article_id"].to_list()

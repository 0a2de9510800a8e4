"""Issue #8 end to end: one folder with every kind of bad input next to the five sample articles, run through
the real CLI. Every bad input lands in marts.rejected_inputs with its reason, every good file is in
dim_article, and the sample articles give exactly the facts they give alone."""

import json
import os
import random
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import write_menu_page
from tests.integration.faults import sitecustomize as FAULTS

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds" / "articles"

CP1252_TEXT = (
    "Polisi Ungkap Sindikat Judi Online di Medan\n"
    "MEDAN - Kepolisian Daerah Sumatera Utara menangkap 14 tersangka judi online dalam operasi pekan lalu. "
    "Menurut penyidik, jaringan itu \u201cdikendalikan dari luar negeri\u201d dan memakai rekening penampung.\n"
    "Pakar keamanan siber Pierre Lef\u00e8vre menilai modus \u2018deposit kilat\u2019 makin sering dipakai bandar.\n"
)
ENGLISH_TEXT = (
    "Kominfo said on Monday that it had blocked 2,1 juta online gambling sites in 2023, and Polri arrested "
    "12 suspects who had come back from Cambodia, officials told reporters in Jakarta.\n"
)
BROKEN_HTML = (
    "<html><head><title>Judi online diblokir</title><body><div class=content><p>Satgas pemberantasan judi "
    "online menutup 3.200 rekening penampung dana judi online, kata juru bicara satgas di Jakarta, Selasa."
    "<p>Pemeriksaan <b>terus berlanjut terhadap pemilik rekening <div>di sejumlah bank daerah yang diduga "
    "menampung <table><tr><td>setoran para pemain judi online"
)
JSONL_GOOD = [
    {
        "text": "Bareskrim Polri menangkap 9 tersangka penipuan online yang menyasar pekerja migran. Para tersangka "
        "menawarkan pekerjaan palsu melalui media sosial, kata penyidik di Jakarta.",
        "url": "https://contoh.id/1",
    },
    {
        "text": "Kemlu mencatat 120 WNI menjadi korban TPPO di Myanmar sepanjang 2024. Sebagian besar dari mereka "
        "dipaksa bekerja untuk sindikat penipuan daring, ujar direktur perlindungan WNI."
    },
]
# Two good articles that a rule's bug would meet: the run's cleaner raises on the first and its extractor on the
# second (their markers, tests/integration/faults/sitecustomize.py, which the bad_run build loads).
CLEANER_RAISES = (
    "Polres Bogor Bongkar Judi Online di Cibinong\n\n"
    "BOGOR - Kepolisian Resor Bogor menangkap 11 tersangka judi online di sebuah rumah kos di Cibinong, Senin. "
    "Para tersangka mengelola rekening penampung setoran para pemain, kata Kasat Reskrim kepada wartawan. "
    f"Nomor berkas perkara {FAULTS.CLEAN_FAULT} masih dilengkapi penyidik.\n"
)
EXTRACTOR_RAISES = (
    "Polda Jawa Timur Tangkap 17 Tersangka Penipuan Daring\n\n"
    "SURABAYA - Kepolisian Daerah Jawa Timur menangkap 17 tersangka penipuan daring yang dikendalikan dari "
    "Kamboja dalam operasi sepanjang pekan lalu. Para tersangka menawarkan pekerjaan paruh waktu palsu melalui "
    f"aplikasi pesan, ujar Kabid Humas. Nomor berkas perkara {FAULTS.EXTRACT_FAULT} masih dilengkapi penyidik.\n"
)
# source_path -> a stable keyword of the reason it must be rejected with
EXPECTED_REJECTIONS = {
    "gagal bersih.txt": "unexpected error while cleaning: ValueError: day is out of range for month",
    "kosong.txt": "empty file",
    "spasi.txt": "only whitespace",
    "acak.txt": "binary file",
    "foto.html": "PNG image",
    "umpan.jsonl#2": "malformed JSON line",
    "tanpa-teks.json": "no 'text' field",
    "salinan lama/000 copy.txt": "duplicate: same text as 000_",
    "besar.txt": "file too large",
    "pipa.txt": "not a regular file",
    "hilang.txt": "broken symlink",
    "berita lama/loop": "symlink loop",
    "menu.html": "too little text after cleaning",
}


def build_bad_folder(folder: Path) -> dict[str, str]:
    """The five sample articles plus one file per kind of bad (or awkward but good) input; returns the
    expected rejections."""
    expected = dict(EXPECTED_REJECTIONS)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    (folder / "kosong.txt").write_bytes(b"")
    (folder / "spasi.txt").write_bytes(b"  \n\t\r\n   \n")
    (folder / "acak.txt").write_bytes(random.Random(8).randbytes(16_384))
    (folder / "foto.html").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(9).randbytes(2048)
    )
    (folder / "windows-1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (folder / "rusak.html").write_text(BROKEN_HTML, encoding="utf-8")
    lines = [json.dumps(JSONL_GOOD[0]), '{"text": "baris rusak tanpa penutup', json.dumps(JSONL_GOOD[1])]
    (folder / "umpan.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "tanpa-teks.json").write_text(json.dumps({"title": "Judul saja", "url": "https://contoh.id/2"}))
    (folder / "salinan lama").mkdir()
    shutil.copy(next(SEEDS.glob("000_*.txt")), folder / "salinan lama" / "000 copy.txt")
    with (folder / "besar.txt").open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB on paper, no disk, never read
    os.mkfifo(folder / "pipa.txt")  # an open() on it would block forever
    (folder / "hilang.txt").symlink_to("tidak-ada.txt")
    (folder / "english.txt").write_text(ENGLISH_TEXT, encoding="utf-8")
    (folder / "berita lama").mkdir()
    (folder / "berita lama" / "Médan ü — judi.txt").write_text(
        "Polres Medan menyita 45 unit telepon genggam dari sebuah tempat judi online di Jalan Gatot Subroto. Enam "
        "orang operator ikut diamankan untuk diperiksa lebih lanjut, kata Kapolres kepada wartawan.",
        encoding="utf-8",
    )
    (folder / "berita lama" / "loop").symlink_to("..")
    # Passes ingest (24 words), but cleaning removes every line as navigation: rejected at the clean stage.
    write_menu_page(folder / "menu.html")
    (folder / "gagal bersih.txt").write_text(CLEANER_RAISES, encoding="utf-8")
    (folder / "gagal ekstrak.txt").write_text(EXTRACTOR_RAISES, encoding="utf-8")
    if (
        os.geteuid() != 0
    ):  # root reads a 0o000 file anyway; tests/transforms covers EACCES as an unprivileged user
        (folder / "terkunci.txt").write_text(JSONL_GOOD[0]["text"] + " Salinan terkunci.", encoding="utf-8")
        (folder / "terkunci.txt").chmod(0o000)
        expected["terkunci.txt"] = "permission denied"
    return expected


def _rows(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def bad_run(background_builds) -> tuple[Path, dict, dict[str, str]]:
    """`pantau run` of the folder build_bad_folder makes, into a fresh warehouse (started with the session, in
    the background: tests/conftest.py)."""
    build = background_builds.get("bad_run").check()
    return build.path, build.summary, build.made


def test_run_succeeds_and_summarises_reasons(bad_run: tuple[Path, dict, dict[str, str]]) -> None:
    _, summary, expected = bad_run
    # one check fails, as a warning: the extracted suite withholding the article the extractor raised on
    assert summary["success"] and summary["checks_failed"] == 1
    assert summary["rejected_inputs"] == len(expected)
    by_reason = summary["rejected_by_reason"]
    assert sum(by_reason.values()) == len(expected)
    assert by_reason["binary file"] == 2 and by_reason["duplicate"] == 1 and by_reason["symlink loop"] == 1
    assert by_reason["too little text after cleaning"] == 1
    assert by_reason["unreadable"] == (1 if os.geteuid() == 0 else 2)
    assert by_reason["unexpected error while cleaning"] == 1
    assert summary["articles_failed"] == 2
    assert summary["articles_failed_by_stage"] == {"clean": 1, "extract": 1}
    assert summary["quarantined_by_check"] == {"extracted:extraction_error": 1}


def test_an_article_the_extractor_raises_on_is_withheld_and_the_others_publish(
    bad_run: tuple[Path, dict, dict[str, str]],
) -> None:
    """The extractor raising on one article of a batch: that article alone is withheld with the error (a
    quarantined row naming it), nothing extracted from it reaches a mart, and every other article of the folder
    is published (test_every_good_file_is_an_article, test_sample_facts_are_unchanged)."""
    warehouse, _, _ = bad_run
    [(table, article_id, check, reason)] = _rows(
        warehouse,
        "select table_name, article_id, check_name, reason from marts.quarantined_rows "
        "where source_path = 'gagal ekstrak.txt'",
    )
    assert (table, check) == ("dim_article", "extracted:extraction_error")
    assert reason.startswith("the extractor failed on this article (IndexError: list index out of range)")
    assert _rows(warehouse, "select count(*) from marts.quarantined_rows") == [(1,)]
    for mart in ("dim_article", "fct_case_counts", "fct_entity_mentions", "fct_delegations"):
        assert _rows(warehouse, f"select count(*) from marts.{mart} where article_id = '{article_id}'") == [
            (0,)
        ]


def test_every_bad_input_has_its_reason(bad_run: tuple[Path, dict, dict[str, str]]) -> None:
    warehouse, _, expected = bad_run
    reasons = dict(_rows(warehouse, "select source_path, reason from marts.rejected_inputs"))
    assert set(reasons) == set(expected)
    for source_path, keyword in expected.items():
        assert keyword in reasons[source_path], (source_path, reasons[source_path])
    assert all(r[0] is not None for r in _rows(warehouse, "select detected_at from marts.rejected_inputs"))


def test_every_good_file_is_an_article(bad_run: tuple[Path, dict, dict[str, str]]) -> None:
    warehouse, _, _ = bad_run
    articles = dict(_rows(warehouse, "select source_path, body from marts.dim_article"))
    good = {p.name for p in SEEDS.glob("*.txt")} | {
        "windows-1252.txt",
        "rusak.html",
        "umpan.jsonl#1",
        "umpan.jsonl#3",
        "english.txt",
        "berita lama/Médan ü — judi.txt",
    }
    assert set(articles) == good
    cp1252 = articles["windows-1252.txt"]
    assert (
        "\u201cdikendalikan dari luar negeri\u201d" in cp1252
        and "Pierre Lef\u00e8vre" in cp1252
        and "\u2018deposit kilat\u2019" in cp1252
    )
    assert "menutup 3.200 rekening penampung" in articles["rusak.html"]
    assert (
        "terus berlanjut terhadap pemilik rekening" in articles["rusak.html"]
        and "setoran para pemain" in articles["rusak.html"]
    )


def test_non_indonesian_article_is_kept_without_facts(bad_run: tuple[Path, dict, dict[str, str]]) -> None:
    warehouse, _, _ = bad_run
    [(article_id, language)] = _rows(
        warehouse, "select article_id, language from marts.dim_article where source_path = 'english.txt'"
    )
    assert language == "en"
    for table in ("fct_entity_mentions", "fct_case_counts", "fct_blocked_content", "fct_delegations"):
        assert (
            _rows(warehouse, f"select count(*) from marts.{table} where article_id = '{article_id}'")[0][0]
            == 0
        ), table


FACTS_SQL = """
    select a.source_path, f.value, f.char_start from marts.{table} f join marts.dim_article a using (article_id)
    where a.source_path in ({paths}) order by all"""


def test_sample_facts_are_unchanged(
    bad_run: tuple[Path, dict, dict[str, str]], seeds_warehouse: Path
) -> None:
    warehouse, _, _ = bad_run
    paths = ", ".join(f"'{p.name}'" for p in sorted(SEEDS.glob("*.txt")))
    for table in ("fct_case_counts", "fct_blocked_content"):
        alone = _rows(seeds_warehouse, FACTS_SQL.format(table=table, paths=paths))
        assert alone, table
        assert _rows(warehouse, FACTS_SQL.format(table=table, paths=paths)) == alone, table

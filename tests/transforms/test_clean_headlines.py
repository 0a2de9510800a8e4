"""A Title Case headline without digits or punctuation is the article's title, not a navigation menu (issue #17);
a menu is still removed wherever it stands. Both look like a run of capitalised words: position (above the first
paragraph or not), what the words are (section names) and what follows (prose, or the headline) tell them apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.clean import clean_articles
from transforms.ingest import ingest_folder

HEADLINE = "Delegasi RI Kunjungi Myanmar Bahas Pemulangan WNI Korban TPPO"
MENU = "Home News Nasional Ekonomi Olahraga Teknologi Hiburan Lifestyle"
FOOTER = "Tentang Kami Redaksi Pedoman Media Siber Kontak Karir Privasi"
LEAD = (
    "JAKARTA - Delegasi Kementerian Luar Negeri berangkat ke Yangon pada Senin untuk membahas pemulangan "
    "warga negara Indonesia yang menjadi korban perdagangan orang."
)
SECOND = (
    "Sebanyak 25 WNI masih menunggu proses verifikasi di penampungan sementara, kata juru bicara "
    "kementerian dalam keterangan tertulis."
)


def _clean(lines: list[str], folder: Path) -> dict:
    """The article as a .txt file, ingested and cleaned like any other."""
    (folder / "a.txt").write_text("\n".join(lines), encoding="utf-8")
    return clean_articles(ingest_folder(folder).articles).row(0, named=True)


@pytest.mark.parametrize(
    ("lines", "title", "removed"),
    [
        # The headline of the issue, straight above the lead.
        ([HEADLINE, LEAD, SECOND], HEADLINE, []),
        # ... with a byline, a date line and a share button between it and the lead.
        (
            [
                HEADLINE,
                "Penulis: Rizky Amelia",
                "Senin, 10 Juni 2024 14:00 WIB",
                "Bagikan artikel ini",
                LEAD,
                SECOND,
            ],
            HEADLINE,
            [],
        ),
        # A menu above the headline: the menu goes, the headline is the title.
        ([MENU, HEADLINE, LEAD, SECOND], HEADLINE, [MENU]),
        # A menu above a headline that has small words: as before.
        (
            [MENU, "Polisi Tangkap Bandar Judi Online di Medan", LEAD, SECOND],
            "Polisi Tangkap Bandar Judi Online di Medan",
            [MENU],
        ),
        # A menu straight above the lead (the headline was elsewhere on the page): still a menu, by its words.
        ([MENU, LEAD, SECOND], None, [MENU]),
        # A footer menu below the article.
        ([HEADLINE, LEAD, SECOND, FOOTER], HEADLINE, [FOOTER]),
        # Two capitalised runs above the lead: only the last, nearest the lead, can be the headline.
        (
            ["Berita Pilihan Redaksi Hari Ini Untuk Anda Semua", HEADLINE, LEAD, SECOND],
            HEADLINE,
            ["Berita Pilihan Redaksi Hari Ini Untuk Anda Semua"],
        ),
        # A capitalised run far above the lead is not the headline (the title is then the first line left).
        (
            [
                HEADLINE,
                "Oleh Rizky Amelia",
                "Senin, 10 Juni 2024",
                "Bagikan",
                "Komentar",
                "Simpan artikel",
                "Dengarkan berita",
                "Ukuran teks",
                LEAD,
                SECOND,
            ],
            "Senin, 10 Juni 2024",
            [HEADLINE],
        ),
    ],
)
def test_headline_or_menu(lines: list[str], title: str | None, removed: list[str], tmp_path: Path) -> None:
    row = _clean(lines, tmp_path)
    assert row["title"] == title
    assert LEAD in row["body"] and SECOND in row["body"]
    for line in removed:
        assert line not in row["body"], line
    if title is not None:
        assert title not in row["body"]  # the title is not repeated as the first line of the body

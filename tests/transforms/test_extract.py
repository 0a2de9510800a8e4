"""Extraction on small articles written for the test (not the sample texts)."""

from datetime import date

import polars as pl

from transforms.extract import extract_all


def _run(body: str, published: date | None = date(2024, 8, 2)):
    clean = pl.DataFrame(
        {"article_id": ["a1"], "body": [body], "published_date": [published], "language": ["id"]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date, "language": pl.String},
    )
    return extract_all(clean)


def test_case_count_with_agency_country_period_and_qualifier() -> None:
    x = _run(
        "Kementerian Luar Negeri mencatat sedikitnya 1.200 WNI menjadi korban TPPO di Kamboja sepanjang 2023."
    )
    assert x.case_counts.height == 1 and x.blocked_content.height == 0  # a second, false fact must fail too
    row = x.case_counts.row(0, named=True)
    assert (row["value"], row["unit"], row["category"], row["agency_id"], row["country_id"]) == (
        1200,
        "people",
        "trafficking",
        "KEMLU",
        "KH",
    )
    assert (row["period_start"], row["period_end"], row["qualifier"]) == (
        date(2023, 1, 1),
        date(2023, 12, 31),
        "at_least",
    )


def test_distractors_are_not_facts() -> None:
    x = _run(
        "Jumlah kasus judi online naik 91 kali lipat, atau 35 persen, kata dia pukul 14.00 WIB. "
        "Korban berusia 25 tahun itu dijanjikan gaji Rp 15 juta. Hubungi 021-123456 atau Pasal 27 ayat 2."
    )
    assert x.case_counts.height == 0 and x.blocked_content.height == 0
    assert x.money["value"].to_list() == [15_000_000]


def test_blocked_content_and_repeats_once() -> None:
    body = (
        "Komdigi telah memblokir lebih dari 3.000 rekening dan 2,5 juta konten judi online sejak Januari 2024.\n"
        "Komdigi telah memblokir lebih dari 3.000 rekening dan 2,5 juta konten judi online sejak Januari 2024."
    )
    x = _run(body)
    got = sorted(x.blocked_content.select("value", "object_type", "qualifier").rows())
    assert got == [(3000.0, "bank_account", "at_least"), (2_500_000.0, "content", "exact")]
    assert set(x.blocked_content["period_precision"]) == {"open"}


def test_vague_quantity_and_mixed_category() -> None:
    x = _run("Polri menangani ratusan kasus judi online dan penipuan daring di Filipina.")
    row = x.case_counts.row(0, named=True)
    assert (row["value"], row["qualifier"], row["category"], row["country_id"]) == (
        100,
        "about",
        "mixed",
        "PH",
    )


def test_persons_titles_and_surname_links() -> None:
    x = _run(
        '"Kami terus bekerja," ujar Kepala Bareskrim Polri Komjen Pol. Wahyu Widada di Jakarta. '
        "Menurut Wahyu, jaringan itu beroperasi dari Myawaddy."
    )
    persons = x.persons.rows(named=True)
    assert [p["full_name"] for p in persons] == ["Wahyu Widada"]
    assert persons[0]["agency_id"] == "POLRI"
    person_mentions = x.entity_mentions.filter(pl.col("entity_type") == "person")
    assert person_mentions.height == 2 and set(person_mentions["entity_id"]) == {"wahyu-widada"}
    assert "MM" in set(x.entity_mentions.filter(pl.col("entity_type") == "country")["entity_id"])


def test_one_word_names_after_speech_verbs_and_two_capital_name_parts() -> None:
    x = _run(
        '"Penindakan akan terus berjalan," ujar Sutrisno di Jakarta, Senin. Menurut Menko Polhukam Mahfud MD, '
        "korban tersebar di Pertemuan Bilateral Tingkat Tinggi kedua negara. Operasi dipimpin Kombes Pol. Ade "
        "dari markas di Jalan Jenderal Sudirman. Hal itu dibahas Menlu Sugiono di Phnom Penh."
    )
    names = sorted(x.persons["full_name"].to_list())
    # a lone capitalised word after a title is not a name ("Bilateral", "Tinggi", a street's "Sudirman"); after
    # "ujar", a rank or a title naming its agency it is
    assert names == ["Ade", "Mahfud MD", "Sugiono", "Sutrisno"]
    assert x.persons.filter(pl.col("full_name") == "Sugiono")["agency_id"].to_list() == ["KEMLU"]
    assert x.persons.filter(pl.col("full_name") == "Mahfud MD")["agency_id"].to_list() == ["KEMENKO_POLHUKAM"]


def test_people_listed_after_a_count_are_persons_of_no_agency() -> None:
    x = _run(
        "Polda Riau menetapkan tiga tersangka, yaitu Budi Santoso, Ahmad, dan Rina Wati. Sembilan terdakwa lain "
        "dari Jambi—yakni Zidan, Andi Ismail dan Syahrul Firmansyah—dituntut tiga tahun penjara. Kapolda Riau "
        "Irjen Pol. Mohammad Iqbal mengatakan lokasi lain, yakni Pekanbaru dan Dumai, masih diselidiki."
    )
    persons = {p["full_name"]: p["agency_id"] for p in x.persons.rows(named=True)}
    # the em dash separates words; places listed after "yakni" are no people
    assert persons == {
        "Budi Santoso": None,
        "Ahmad": None,
        "Rina Wati": None,
        "Zidan": None,
        "Andi Ismail": None,
        "Syahrul Firmansyah": None,
        "Mohammad Iqbal": "POLRI",
    }


def test_offsets_hold_for_every_row() -> None:
    body = (
        "OJK memblokir 1.500 rekening judi online. Kemlu menangani 300 kasus online scam di Laos pada 2024."
    )
    x = _run(body)
    for frame in (x.case_counts, x.blocked_content, x.entity_mentions):
        assert frame.height > 0  # a frame with no rows would hold the invariant vacuously
        for s, e, t in frame.select("char_start", "char_end", "surface_text").iter_rows():
            assert body[s:e] == t


def test_written_out_numbers_and_article_topic() -> None:
    x = _run(
        "Polda Jawa Timur membongkar jaringan TPPO ke Kamboja.\n\nPolisi menangkap lima tersangka di Surabaya."
    )
    row = x.case_counts.row(0, named=True)
    assert (row["value"], row["unit"], row["category"]) == (5, "people", "trafficking")


def test_language_rules_of_this_session() -> None:
    # an anaphoric figure counts what its antecedent counted: countries here, so no case count
    x = _run(
        "Sejak 2020 terdapat 7.027 kasus penipuan online yang menimpa WNI. Kasus itu tersebar di sepuluh negara, "
        "dengan tujuh di antaranya berada di Asia Tenggara dan tiga lainnya di luar kawasan."
    )
    assert x.case_counts["value"].to_list() == [7027]
    # a rounded restatement of an exact figure, a rate and followers are not figures of their own
    x = _run(
        "OJK telah memblokir 14.117 rekening judi online. Sebanyak 14 ribu rekening itu kini dibekukan. "
        "Komdigi memblokir sekitar 14.238 konten per hari. Akun dengan pengikut masing-masing 21.200 dan 32.700 "
        "ditindak."
    )
    assert sorted(x.blocked_content["value"].to_list()) == [14117]
    # waves and stages of a count take its unit
    x = _run(
        "Kemlu memulangkan WNI korban online scam dari Myanmar dalam dua gelombang, gelombang pertama 46 pada "
        "21 Februari lalu dan kemudian tanggal 28 Februari sejumlah 84 WNI."
    )
    assert sorted(x.case_counts["value"].to_list()) == [46, 84] and set(x.case_counts["unit"]) == {"people"}
    # departures stopped at home happened in Indonesia, whatever the destination; no crime named: other
    x = _run("Kantor Imigrasi Tanjungpinang menunda keberangkatan 9 orang pekerja migran tujuan Kamboja.")
    row = x.case_counts.row(0, named=True)
    assert (row["value"], row["country_id"], row["category"]) == (9, "ID", "other")


def test_foreign_officials_meeting_abroad_is_no_indonesian_delegation() -> None:
    x = _run(
        "Para pejabat China dilaporkan akan melakukan pembicaraan dengan mitra dari Thailand dan Myanmar "
        "mengenai pusat penipuan di Myawaddy."
    )
    assert x.delegations.height == 0
    x = _run(
        "Menteri Luar Negeri Sugiono bertemu dengan Menlu Kamboja di Phnom Penh, Kamboja, Senin (3/2/2025)."
    )
    assert x.delegations["destination_country_id"].to_list() == ["KH"]


def test_a_local_police_body_is_one_mention_of_the_foreign_police() -> None:
    """ "kepolisian setempat" after "di Kamboja" is Cambodia's police, not also Polri at the same words: two
    entities on one span gave two rows with one mention id and failed the warehouse's unique test."""
    x = _run("Sebanyak 20 WNI dipulangkan dari Kamboja. Mereka diselamatkan kepolisian setempat pekan lalu.")
    at = x.entity_mentions.filter(pl.col("surface_text").str.to_lowercase() == "kepolisian")
    assert at["entity_id"].to_list() == ["POLICE_KH"]
    assert x.entity_mentions["mention_id"].is_unique().all()


def test_parts_of_a_breakdown_cover_the_period_of_the_figure_before() -> None:
    x = _run(
        "Kementerian Komunikasi dan Digital memblokir 9.120 konten judi online dari Senin (5/8/2024) hingga Rabu "
        "(7/8/2024). Sebaran konten yang diblokir mencakup 8.800 situs web dan 320 konten di platform Meta."
    )
    by_value = {row["value"]: row for row in x.blocked_content.iter_rows(named=True)}
    for value in (9120, 8800, 320):
        assert (by_value[value]["period_start"], by_value[value]["period_end"]) == (
            date(2024, 8, 5),
            date(2024, 8, 7),
        ), value


def test_stopped_departures_either_order_and_their_breakdown_count_in_indonesia() -> None:
    """No crime named in their paragraphs: `other` (FORMAT.md Conventions), in Indonesia, and so are the parts."""
    x = _run(
        "Sebanyak 420 calon pekerja migran dicegah keberangkatannya oleh Kantor Imigrasi Bandara Juanda menuju Kamboja. "
        "Sepanjang Juli 2024, sebanyak 150 PMI yang akan berangkat ke luar negeri berhasil ditunda.\n\n"
        "Dirincikan, pada pekan pertama sebanyak 90 orang dan pekan kedua sebanyak 60 orang."
    )
    rows = {row["value"]: row for row in x.case_counts.iter_rows(named=True)}
    for value in (420, 150, 90, 60):
        assert (rows[value]["category"], rows[value]["country_id"]) == ("other", "ID"), value

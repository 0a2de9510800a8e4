"""One row per fact rule (transforms/facts/): a sentence or short article and the fields the rule decides.

Each row's id names the rule it exists for (the function or lexicon entry in transforms/facts/), so a broken
rule fails a test that says which. `kept` rows pick the fact of that value and compare the given fields;
`dropped` rows assert that no table holds a fact of that value. A new rule arrives with its rows here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest


def kept(rule: str, body: str, value: float, *, title: str | None = None, **fields: object) -> object:
    return pytest.param(body, title, value, fields, id=rule)


def dropped(rule: str, body: str, value: float, *, title: str | None = None) -> object:
    return pytest.param(body, title, value, None, id=rule)


Y2023 = {"period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31), "period_precision": "year"}

RULES = [
    # ---------------------------------------------------------------- screen: numbers that are no counts
    dropped(
        "screen.not_a_count:NOT_A_COUNT_BEFORE", "Polisi menjerat pelaku dengan Pasal 27 kasus judi.", 27
    ),
    kept(
        "screen.not_a_count:count_after_pasal",
        "Polisi menjerat pelaku dengan Pasal 27 dan menangkap 12 tersangka judi online.",
        12,
        table="cases",
        unit="people",
    ),
    dropped(
        "screen.after_audience_word",
        "Akun itu memiliki pengikut masing-masing 21.200 dan 32.700 orang korban penipuan.",
        32_700,
    ),
    dropped(
        "screen.restates_vague",
        "Polri menetapkan 804 tersangka judi online. Ratusan tersangka ditahan di Jakarta.",
        100,
    ),
    kept(
        "screen.restates_vague:lainnya",
        "Polri menetapkan 804 tersangka judi online. Ratusan tersangka lainnya masih diburu.",
        100,
        table="cases",
        qualifier="about",
    ),
    kept(
        "screen.year_not_count:year_with_count_noun",
        "Sepanjang 2023 ada 2023 kasus penipuan online yang ditangani Polri.",
        2023,
        table="cases",
        unit="cases",
        **Y2023,
    ),
    dropped("screen.year_not_count", "Pada 2023 situs judi online yang diblokir Kominfo bertambah.", 2023),
    dropped(
        "screen.dangling_reference",
        "Polri menangani 20 kasus judi online di sepuluh negara, dengan tujuh di antaranya di Asia Tenggara.",
        7,
    ),
    # ---------------------------------------------------------------- money
    kept(
        "money.currency:prefix_on_token",
        "Polisi menyita uang tunai Rp500 juta dari bandar judi online.",
        500_000_000,
        table="money",
        currency="IDR",
        surface_text="Rp500 juta",
    ),
    kept(
        "money.money_fact:separate_prefix_starts_surface",
        "Pelaku mengirim RM 3.000 kepada korban penipuan.",
        3000,
        table="money",
        currency="MYR",
        surface_text="RM 3.000",
    ),
    kept(
        "money.currency:word_after",
        "Korban dijanjikan gaji 1.500 dolar AS per bulan oleh perusahaan scam.",
        1500,
        table="money",
        currency="USD",
        what="dolar AS per bulan oleh perusahaan scam.",
    ),
    kept(
        "money.currency:DOLLAR_COUNTRY",
        "Korban dijanjikan gaji 2.000 dolar Singapura per bulan.",
        2000,
        table="money",
        currency="SGD",
    ),
    # ---------------------------------------------------------------- blocked content
    kept(
        "blocked.blocking:verb_before",
        "Kominfo telah memblokir 2,1 juta situs judi online sepanjang 2023.",
        2_100_000,
        table="blocked",
        object_type="site",
        agency_id="KOMINFO",
        **Y2023,
    ),
    kept(
        "blocked.blocking:verb_after_joined_figures",
        "Sebanyak 2,1 juta situs dan 300 ribu akun judi online telah diblokir Kominfo.",
        2_100_000,
        table="blocked",
        object_type="site",
    ),
    dropped(
        "blocked.blocking:LATER_FIGURE_takes_the_verb",
        "Menurut Kominfo, ada 329 rekening, 202 rekening sudah kita blokir.",
        329,
    ),
    kept(
        "blocked.blocking:LATER_FIGURE_blocked",
        "Menurut Kominfo, ada 329 rekening, 202 rekening sudah kita blokir.",
        202,
        table="blocked",
        object_type="bank_account",
    ),
    dropped(
        "blocked.blocking:NOT_BLOCKED_VERBS",
        "Selain menutup situs, Komdigi juga melaporkan 23.604 rekening kepada PPATK.",
        23_604,
    ),
    kept(
        "blocked.follows_block_verb",
        "Kominfo memblokir 2.000 situs judi online. Konten judi online tetap harus kami tangani. Ada lebih dari 123 ribu konten di file sharing.",
        123_000,
        table="blocked",
        object_type="content",
        qualifier="at_least",
    ),
    kept(
        "blocked.continues_blocked:ITEMISING",
        "Kominfo memblokir 1,2 juta konten judi online. Data itu dirilis Senin. Serta 2.032 konten dari Google.",
        2032,
        table="blocked",
        agency_id="KOMINFO",
    ),
    kept(
        "blocked.is_list_item",
        "Kominfo memblokir 1,2 juta konten judi online sepanjang 2023. Rinciannya, di Meta 106 ribu, Google 41 ribu.",
        41_000,
        table="blocked",
        object_type="content",
        agency_id="KOMINFO",
        **Y2023,
    ),
    kept(
        "blocked.object_type:OBJECT_REFINED",
        "Kominfo menonaktifkan 555 akun dompet elektronik terkait judi online.",
        555,
        table="blocked",
        object_type="e_wallet",
    ),
    kept(
        "blocked.object_type:SLIPPED_IN",
        "Kominfo memblokir 1.500 situs pendidikan yang disisipi konten judi online.",
        1500,
        table="blocked",
        object_type="page",
    ),
    kept(
        "blocked.object_type:BERUPA",
        "Kominfo memblokir 171.420 konten berupa situs judi online.",
        171_420,
        table="blocked",
        object_type="site",
    ),
    dropped("blocked.not_an_object:RATE_AFTER", "Kominfo memblokir sekitar 14.238 konten per hari.", 14_238),
    dropped(
        "blocked.not_an_object:kata_without_kunci",
        "Kominfo memblokir 20 kata kunci dan 30 kata terkait judi.",
        30,
    ),
    dropped(
        "blocked.not_an_object:dompet_without_digital",
        "Kominfo memblokir 40 dompet milik bandar judi online.",
        40,
    ),
    kept(
        "blocked.not_an_object:kata_kunci",
        "Kominfo memblokir 20 kata kunci dan 30 kata terkait judi.",
        20,
        table="blocked",
        object_type="keyword",
    ),
    kept(
        "blocked.blocked_agency:COMMS_MINISTRIES",
        "Polri menggelar rapat dengan Polri daerah dan Komdigi. Sebanyak 5.000 situs judi online telah diblokir.",
        5000,
        table="blocked",
        agency_id="KOMDIGI",
    ),
    kept(
        "attributes.fill_gaps:blocked_repeat",
        "Kominfo memblokir 3.000 situs judi online. Kominfo memblokir 3.000 situs judi online sejak Januari 2024.",
        3000,
        table="blocked",
        period_start=date(2024, 1, 1),
        period_precision="open",
    ),
    # ---------------------------------------------------------------- case counts: unit
    kept(
        "cases.case_unit:CASE_NOUNS",
        "Polri mengungkap 50 kasus penipuan online di Jawa Timur.",
        50,
        table="cases",
        unit="cases",
    ),
    kept(
        "cases.case_unit:berkas_perkara",
        "Kejaksaan menerima 15 berkas perkara TPPO.",
        15,
        table="cases",
        unit="cases",
        category="trafficking",
    ),
    kept(
        "cases.case_unit:PEOPLE_NOUNS_WEAK_with_CONTEXT_WORDS",
        "Sebanyak 25 orang korban TPPO berhasil dipulangkan.",
        25,
        table="cases",
        unit="people",
    ),
    dropped(
        "cases.case_unit:PEOPLE_NOUNS_WEAK_without_context",
        "Rapat itu dihadiri 300 orang dari berbagai daerah.",
        300,
    ),
    dropped(
        "cases.case_unit:NOT_VICTIMS",
        "Sebanyak 50 orang petugas dikerahkan untuk menyelamatkan korban TPPO.",
        50,
    ),
    dropped(
        "cases.case_unit:NOT_VICTIMS_after_strong_noun",
        "Sebanyak 12 WNI anggota delegasi tiba di Phnom Penh.",
        12,
    ),
    kept(
        "cases.case_unit:refers_back",
        "Polri menangani 120 kasus TPPO sepanjang 2023. Sebanyak 45 di antaranya telah disidangkan.",
        45,
        table="cases",
        unit="cases",
        category="trafficking",
        **Y2023,
    ),
    kept(
        "cases.stage_item_unit:wave",
        "Pemulangan dilakukan dua gelombang, gelombang pertama 46 pada 21 Februari dan 28 Februari sejumlah 84 WNI.",
        46,
        table="cases",
        unit="people",
        period_start=date(2024, 2, 21),
    ),
    kept(
        "cases.stage_item_unit:AT_STAGE",
        "Polri menangani 400 kasus TPPO. Kemudian 347 di tahap penyidikan.",
        347,
        table="cases",
        unit="cases",
    ),
    kept(
        "cases.counted_people_before:ITEMISED",
        "Sebanyak 30 WNI korban TPPO dipulangkan dari Kamboja. Dirincikan, pada Januari sebanyak 12 orang dan Februari 18 orang.",
        12,
        table="cases",
        unit="people",
        country_id="KH",
        period_precision="month",
    ),
    dropped(
        "cases.is_demographic_split",
        "Sebanyak 30 korban TPPO dipulangkan, terdiri dari 8 perempuan dan 22 laki-laki.",
        8,
    ),
    dropped(
        "cases.resolve_case:RATE_AFTER", "Sindikat itu merekrut lima hingga delapan pemain setiap hari.", 8
    ),
    # ---------------------------------------------------------------- case counts: category
    kept(
        "attributes.category:CONJ_mixed",
        "Polri mengungkap 50 kasus judi online dan penipuan daring.",
        50,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.category:sentence",
        "Polri mengungkap 50 kasus di Jawa Timur terkait perjudian online.",
        50,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes.category:previous_sentences",
        "Penipuan online dan penipuan daring marak.\n\nJudi online merajalela. Polisi kemudian mengungkap 50 kasus di sana.",
        50,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes.topic",
        "Judi online merajalela di kota itu.\n\nPolisi kemudian mengungkap 50 kasus di sana.",
        50,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED",
        "Imigrasi menunda penerbitan paspor 1.200 pemohon yang hendak bekerja ke Kamboja.",
        1200,
        table="cases",
        unit="people",
        category="trafficking",
        country_id="ID",
    ),
    kept(
        "cases.case_category_and_country:part_of_breakdown",
        "Polri menangani 400 kasus penipuan online sepanjang 2023. Dari jumlah itu, terdiri dari 300 kasus di Kamboja.",
        300,
        table="cases",
        category="online_scam",
        country_id="KH",
        **Y2023,
    ),
    # ---------------------------------------------------------------- case counts: country
    kept(
        "attributes.country:COUNTRY_ADJACENT",
        "Di Myanmar 487 kasus TPPO ditangani KBRI.",
        487,
        table="cases",
        country_id="MM",
        agency_id="KBRI",
    ),
    kept(
        "attributes.country:COUNTRY_ADJACENT_over_first_after",
        "KBRI mencatat Myanmar 487 kasus TPPO dan Thailand 200 kasus TPPO.",
        487,
        table="cases",
        country_id="MM",
    ),
    kept(
        "attributes.country:first_after",
        "KBRI menangani 487 kasus TPPO di Myanmar.",
        487,
        table="cases",
        country_id="MM",
    ),
    kept(
        "attributes.country:COUNTRY_LIST_GAP",
        "KBRI menangani 487 kasus TPPO yang tersebar di Thailand, Malaysia, dan Vietnam.",
        487,
        table="cases",
        country_id=None,
    ),
    kept(
        "attributes.country:foreign_before",
        "Di Kamboja, KBRI menangani 487 kasus TPPO yang melibatkan WNI.",
        487,
        table="cases",
        country_id="KH",
    ),
    kept(
        "attributes.country:earlier_in_paragraph",
        "KBRI Phnom Penh menerima aduan dari Kamboja. KBRI menangani 487 kasus TPPO yang melibatkan WNI.\n\nKasus serupa terjadi di Laos.",
        487,
        table="cases",
        country_id="KH",
    ),
    kept("cases.domestic", "Polri menangkap 25 tersangka judi online.", 25, table="cases", country_id="ID"),
    kept(
        "cases.case_category_and_country:refers_back_country",
        "Polri menangani 400 kasus TPPO di Kamboja.\n\nSebanyak 45 di antaranya melibatkan anak. Kasus lain terjadi di Myanmar.",
        45,
        table="cases",
        country_id="KH",
    ),
    # ---------------------------------------------------------------- agency
    kept(
        "attributes.agency:ADDRESSEE_BEFORE",
        "Sebelumnya Komdigi bertindak tegas. Sebanyak 433 rekening judi online diajukan untuk diblokir kepada OJK.",
        433,
        table="blocked",
        agency_id="KOMDIGI",
    ),
    kept(
        "attributes.agency:person_in_sentence",
        'Polri dan Polri daerah hadir. Dirjen Imigrasi Silmy Karim juga hadir. "Kami menangani 300 kasus penipuan online," kata Silmy.',
        300,
        table="cases",
        agency_id="IMIGRASI",
    ),
    kept(
        "attributes.agency:title_of_a_person",
        'Kapolri Listyo Sigit Prabowo hadir di Jakarta. "Kami menangkap 20 tersangka judi online," ujar Kapolri.',
        20,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "attributes.agency:most_mentioned_before",
        "Polri dan Polri daerah serta Kemlu bekerja sama. Sebanyak 300 kasus penipuan online telah ditangani.",
        300,
        table="cases",
        agency_id="POLRI",
    ),
    # ---------------------------------------------------------------- period
    kept(
        "attributes.closest_period:after_noun",
        "Polri menangani 300 kasus penipuan online pada 2023.",
        300,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes.closest_period:range",
        "Polri menangani 300 kasus penipuan online sejak Januari hingga Juni 2024.",
        300,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 6, 30),
    ),
    kept(
        "attributes.closest_period:range_first",
        "Pada Mei 2024, Polri mencatat 300 kasus penipuan online, naik dari Januari hingga April 2024.",
        300,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 4, 30),
    ),
    kept(
        "attributes.resolve_period:ANAPHORA",
        "Polri menangani 400 kasus penipuan online sepanjang 2023. Angka itu naik dibanding 2022.\n\nPada periode yang sama, 100 orang korban penipuan ditangkap.",
        100,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes.resolve_period:earlier_in_paragraph",
        "Pada 2023 terjadi lonjakan. Polri menangani 300 kasus penipuan online.",
        300,
        table="cases",
        **Y2023,
    ),
    kept(
        "context.lead_scope:SCOPE_CUES",
        "Kemlu menangani 3.310 kasus penipuan online.",
        3310,
        title="Kemlu Tangani 3.310 Kasus Penipuan Sepanjang 2024",
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
    ),
    kept(
        "context.is_event_date:EVENT_DATE_BEFORE",
        "Polri menangkap 20 tersangka judi online pada Rabu (28/6/2023).",
        20,
        table="cases",
        period_start=date(2023, 6, 28),
        as_of_date=date(2023, 6, 28),
    ),
    kept(
        "context.is_event_date:STATEMENT_CUES",
        '"Kami menangkap 20 tersangka judi online," ujar Kapolri di Jakarta, Rabu (28/6/2023).',
        20,
        table="cases",
        period_start=None,
        as_of_date=date(2023, 6, 28),
    ),
    # ---------------------------------------------------------------- qualifier and roundings
    kept(
        "attributes.qualifier:lebih_dari",
        "Polri menangani lebih dari 600 kasus penipuan online.",
        600,
        table="cases",
        qualifier="at_least",
    ),
    kept(
        "attributes.qualifier:tidak_kurang_dari",
        "Polri menangani tidak kurang dari 600 kasus penipuan online.",
        600,
        table="cases",
        qualifier="at_least",
    ),
    kept(
        "attributes.qualifier:hampir",
        "Polri menangani hampir 700 kasus penipuan online.",
        700,
        table="cases",
        qualifier="at_most",
    ),
    kept(
        "attributes.qualifier:vague",
        "Polri menangani ratusan kasus judi online di Filipina.",
        100,
        table="cases",
        qualifier="about",
        country_id="PH",
    ),
    dropped(
        "ledger.without_roundings",
        "Polri menangani 14.117 kasus penipuan online, atau sekitar 14 ribu kasus.",
        14_000,
    ),
    kept(
        "ledger.without_roundings:exact_kept",
        "Polri menangani 14.117 kasus penipuan online, atau sekitar 14 ribu kasus.",
        14_117,
        table="cases",
        qualifier="exact",
    ),
]


@pytest.mark.parametrize(("body", "title", "value", "fields"), RULES)
def test_fact_rule(
    body: str,
    title: str | None,
    value: float,
    fields: dict[str, object] | None,
    extract: Callable,
    facts_of: Callable,
) -> None:
    found = [f for f in facts_of(extract(body, title)) if f["value"] == value]
    if fields is None:
        assert found == [], f"no fact of {value} expected, got {found}"
        return
    assert len(found) == 1, f"one fact of {value} expected, got {found}"
    got = {k: found[0][k] for k in fields}
    assert got == fields


# ---------------------------------------------------------------- relations between the figures of one article
# (transforms/facts/relations.py) Each row: the figure, the value of the total it is a part of (None: top-level)
# and its figure_kind.


def related(rule: str, body: str, value: float, part_of: float | None, kind: str) -> object:
    return pytest.param(body, value, part_of, kind, id=rule)


RELATIONS = [
    related(
        "relations.link_sums:seed_breakdown_after_total",
        "Kasus WNI di Kamboja meningkat dari 15 kasus di tahun 2020 menjadi 1.386 kasus di tahun 2023. Adapun pada"
        " tahun 2023, 544 kasus merupakan kasus judi online dan 842 kasus merupakan kasus scam online.",
        544,
        1386,
        "period",
    ),
    related(
        "relations.link_sums:total_is_top_level",
        "Kasus WNI di Kamboja meningkat dari 15 kasus di tahun 2020 menjadi 1.386 kasus di tahun 2023. Adapun pada"
        " tahun 2023, 544 kasus merupakan kasus judi online dan 842 kasus merupakan kasus scam online.",
        1386,
        None,
        "period",
    ),
    related(
        "relations.link_sums:parts_before_total",
        "Pada 2024 Polri menangani 120 kasus judi online dan 80 kasus penipuan online, sehingga seluruhnya 200"
        " kasus.",
        80,
        200,
        "period",
    ),
    related(
        "relations.link_sums:no_sum_no_part",
        "Pada 2024 Polri menangani 120 kasus judi online dan 80 kasus penipuan online, lalu 150 kasus lain.",
        80,
        None,
        "period",
    ),
    related(
        "relations.refers_into:di_antaranya",
        "Polisi Kamboja menangkap 500 orang dalam penggerebekan markas judi online, 200 di antaranya WNI.",
        200,
        500,
        "period",
    ),
    related(
        "relations.refers_into:dari_jumlah_itu",
        "Sepanjang 2023 Kemlu menangani 1.200 kasus WNI korban online scam. Dari jumlah itu, 312 kasus terjadi di"
        " Kamboja.",
        312,
        1200,
        "period",
    ),
    related(
        "relations.relate:blocked_list_item",
        "Sejak 2018 Kominfo telah memblokir 10.000 konten judi online. Rinciannya, di Meta 7.000 dan Google 3.000.",
        7000,
        10000,
        "running_total",
    ),
    related(
        "relations.relate:NEW_LEVEL_BEFORE",
        "Pada 2022 Kominfo telah memblokir 118.320 konten judi online. Setahun kemudian jumlahnya turun menjadi"
        " 78.306.",
        78_306,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:SINCE_open",
        "Pemerintah melalui Kementerian Luar Negeri sejak 2020 telah menangani sedikitnya 2.300 kasus online scam.",
        2300,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:SINCE_range",
        "Sejak periode 2020 hingga 2023, Kemlu telah menangani 2.842 kasus online scamming.",
        2842,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:RUNNING_TOTAL",
        "Usman mengungkapkan bahwa saat ini pihaknya telah memblokir 2,1 juta situs judi online dan akan terus"
        " bertambah.",
        2_100_000,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:PERFECT_BEFORE_blocked",
        "Kominfo telah memblokir 5.000 akun judi online.",
        5000,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:perfect_case_is_no_total",
        "Polri telah menangkap 12 tersangka judi online di Jakarta.",
        12,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:RECENT_WINDOW",
        "Dalam lima tahun terakhir, Kemenkominfo setidaknya telah melakukan pemutusan akses terhadap 886.719"
        " konten judi online.",
        886_719,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:closed_period",
        "Pada tahun 2023 Kominfo telah memblokir 5.000 akun judi online.",
        5000,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:CHANGE_BEFORE",
        "Pada 2024 aduan penipuan online ke Kominfo bertambah 1.200 kasus dibanding tahun sebelumnya.",
        1200,
        None,
        "change",
    ),
    related(
        "relations.figure_kind:level_after_meningkat_menjadi",
        "Aduan penipuan online ke Kominfo meningkat menjadi 1.200 kasus pada 2024.",
        1200,
        None,
        "period",
    ),
]


@pytest.mark.parametrize(("body", "value", "part_of", "kind"), RELATIONS)
def test_relation_rule(
    body: str, value: float, part_of: float | None, kind: str, extract: Callable, facts_of: Callable
) -> None:
    facts = [f for f in facts_of(extract(body)) if f["table"] != "money"]
    found = [f for f in facts if f["value"] == value]
    assert len(found) == 1, f"one fact of {value} expected, got {found}"
    total = [f["value"] for f in facts if f["fact_id"] == found[0]["part_of_fact_id"]]
    assert (total[0] if total else None, found[0]["figure_kind"]) == (part_of, kind)

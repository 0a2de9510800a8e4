"""One row per rule that finds a figure (candidates, screening, unit) the fact rules used to miss: a sentence or
short article and the fields of the fact the rule keeps (`kept`), or the number it must still drop (`dropped`).
The rows' ids name the rule, as in test_facts.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest


def kept(rule: str, body: str, value: float, **fields: object) -> object:
    return pytest.param(body, value, fields, id=rule)


def dropped(rule: str, body: str, value: float) -> object:
    return pytest.param(body, value, None, id=rule)


RULES = [
    kept(
        "figure.antecedent_noun:anaphor_opening_its_sentence",
        "KBRI memulangkan 53 WNI korban penipuan daring. Sebanyak 29 di antaranya dievakuasi lembaga sosial, "
        "sedangkan 24 lainnya sempat diamankan polisi setempat.",
        24,
        table="cases",
        unit="people",
    ),
    kept(
        "lexicon.CONTEXT_WORDS:ditetapkan_sebagai_tersangka",
        "Dari pengungkapan itu, kurang lebih 3.926 orang ditetapkan sebagai tersangka.",
        3926,
        table="cases",
        unit="people",
    ),
    kept(
        "cases.resolve_case:repetition_fills_the_discourse_place",
        "Polda Jatim membongkar 28 kasus perdagangan orang di wilayahnya selama operasi sejak 29 Oktober sampai 20 "
        "November 2024. Dari pengungkapan itu, 41 orang ditetapkan sebagai tersangka.\n\n"
        '"Kami mengungkap 28 kasus TPPO dan mengamankan 41 tersangka," ujar Kabid Humas Polda Jatim.\n\n'
        "Para tersangka terdiri atas 26 laki-laki dan 15 perempuan. Sebagian kasus berkaitan dengan pengiriman "
        "pekerja migran ke luar negeri secara ilegal.",
        26,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.in_waves",
        "Mereka dibawa ke perbatasan dalam dua gelombang, yakni pada 5 Mei 2023 sebanyak 4 orang dan 6 Mei 2023 "
        "sebanyak 16 orang.",
        16,
        table="cases",
        unit="people",
    ),
    kept(
        "cases.resolve_case:waves_are_parts_of_their_count",
        "Bareskrim Polri mengawal deportasi 52 warga negara asing asal China yang ditangkap di Jakarta karena "
        "terlibat jaringan penipuan internasional.\n\nDeportasi dilakukan pada Kamis, 25 Mei 2023, dalam tiga "
        "kloter ke Beijing melalui Bandara Soekarno-Hatta. Gelombang pertama memberangkatkan delapan orang, "
        "gelombang kedua 13 orang, dan gelombang ketiga 31 orang.",
        13,
        table="cases",
        unit="people",
        country_id="ID",
    ),
    dropped(
        "cases.in_waves:attendance",
        "Pelatihan gelombang kedua diikuti 300 orang pegiat literasi digital.",
        300,
    ),
    kept(
        "cases.about_victims_before",
        'Kementerian Sosial memberikan rehabilitasi sosial kepada korban perdagangan orang. "Tahun ini yang sudah '
        'direhabilitasi 1.359 orang," ujarnya.',
        1359,
        table="cases",
        unit="people",
    ),
    kept(
        "lexicon.PEOPLE_NAMED:para_people_noun",
        "Sebanyak 110 PMI yang dideportasi Malaysia tiba di Pelabuhan Tunon Taka, Nunukan, Kamis (31/7/2025).\n\n"
        'Menurut dia, alasan deportasi beragam. Sebagian masuk tanpa dokumen. "Warga kita masih mendominasi angka '
        'deportasi," ujarnya.\n\nPara deportan berasal dari sejumlah provinsi. Terbanyak dari Sulawesi Selatan '
        "dengan 60 orang, disusul Nusa Tenggara Timur 24 orang dan Jawa Timur 10 orang.",
        24,
        table="cases",
        unit="people",
        country_id="MY",
        period_start=date(2025, 7, 31),
    ),
    dropped(
        "cases.about_victims_before:attendance",
        "Pemerintah menggelar sosialisasi bagi keluarga korban. Acara itu dihadiri 300 orang dari tiga kecamatan.",
        300,
    ),
    kept(
        "lexicon.POPULATION_AFTER:overstay",
        "Malaysia mendeportasi 110 PMI. Sebanyak 56 orang masuk tanpa dokumen, sementara 31 orang tinggal melebihi "
        "izin (overstay).",
        31,
        table="cases",
        unit="people",
    ),
    kept(
        "lexicon.POPULATION_AFTER:shelter",
        "Kemlu mencatat masih ada 1.213 WNI yang tinggal di penampungan sementara di Kamboja.",
        1213,
        table="cases",
        unit="people",
    ),
    dropped(
        "lexicon.POPULATION_AFTER:population",
        "Saat ini sekitar 58.000 WNI tinggal di Kamboja, sebagian bekerja di perusahaan judi online.",
        58_000,
    ),
    dropped(
        "figure.antecedent_noun:anaphor_of_no_count",
        "Polri bekerja sama dengan sepuluh negara. Tujuh di antaranya di Asia Tenggara, sedangkan tiga lainnya "
        "di Timur Tengah.",
        3,
    ),
]


@pytest.mark.parametrize(("body", "value", "fields"), RULES)
def test_figure_rule(
    body: str, value: float, fields: dict[str, object] | None, extract: Callable, facts_of: Callable
) -> None:
    found = [f for f in facts_of(extract(body)) if f["value"] == value]
    if fields is None:
        assert found == [], f"no fact of {value} expected, got {found}"
        return
    assert len(found) == 1, f"one fact of {value} expected, got {found}"
    assert {k: found[0][k] for k in fields} == fields

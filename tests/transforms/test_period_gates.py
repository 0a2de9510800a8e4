"""The period scan skips the patterns whose mandatory words a sentence lacks (`dates._worded`): it must find
exactly what scanning every pattern finds, in capitals, with the characters Python's IGNORECASE folds to ASCII
letters (the long s, the dotless i, the dotted capital I), and for dates only (the published-date scan)."""

from __future__ import annotations

import re

import pytest

from transforms import dates

SENTENCES = [
    "Sebanyak 1.234 WNI dipulangkan dari Kamboja.",
    "Polri menangkap 12 tersangka sejak 3 Maret hingga 5 April 2024 di Batam.",
    "SEJAK 3 MARET HINGGA 5 APRIL 2024, POLISI MENANGKAP 12 TERSANGKA.",
    "Dalam tiga bulan terakhir, 540 situs judi online diblokir Kominfo.",
    "Selama tahun ini tercatat 87 kasus, naik dari 60 kasus pada tahun lalu.",
    "Jumat (7/7) tim tiba di Phnom Penh; Sabtu, 8 Juli 2023 mereka kembali.",
    "Pada bulan Agustus lalu 44 orang diselamatkan, kata Judha, Rabu (23/8/2023).",
    "Operasi digelar 12-14 Nopember dan 1 dan 2 Desember 2024 di tiga provinsi.",
    "Sepanjang Januari-Maret 2025 ada 310 laporan; semester I 2025 naik 20 persen.",
    "Kontak 0811-9224-5450 atau 1991-7669-6261 tersedia 24 jam, 7 hari seminggu.",
    "Dari tahun 2020 hingga semester pertama 2024, kuartal I hingga kuartal III 2024 naik; TRIWULAN II-2023 turun.",
    "Untuk 2024 sampai per April ada 95 aduan, dan enam bulan pertama 2025 ada 41.",
    "Tahun 2025 hingga Maret tercatat 12 kasus, 2019 s.d. 2022 sebanyak 30.",
    "Sejak Sabtu (9/11) hingga hari ini, Senin (11/11/2024), 94.720 konten diblokir.",
    "Kemlu mencatat, hingga Selasa (3/2/2026), KBRI telah menerima lebih dari 3.100 aduan.",
    "Menurut jenisnya, aduan Desember didominasi PMI yang ingin pulang; laporan Maret 2024 lain lagi.",
]
# IGNORECASE reads these as "sejak", "Kamis", "Juli": lower() does not, so the gates must stand aside
FOLDED = [
    "\u017fejak pekan lalu hingga 5 April 2024, 12 tersangka ditahan.",  # the long s
    "Tim tiba KAM\u0130S (5/1/2024) di Phnom Penh, D\u0130 akhir JUN\u0130 2024 ada 9 korban.",  # dotted capital I
    "Selama 3 bulan terakh\u0131r, 17 WNI dideportasi pada Jul\u0131 2024.",  # dotless i
    "Pada \u017femester I 2024 dan tiga bulan pertama 2025 naik.",  # the long s: a half
]


def _every_pattern(
    sentence: str, patterns: list[tuple[str, re.Pattern[str]]]
) -> list[tuple[str, tuple[int, int]]]:
    chains = dates._digit_chains(sentence)
    return [
        (kind, m.span())
        for kind, pattern in patterns
        for m in pattern.finditer(sentence)
        if not any(m.start() < ce and cs < m.end() for cs, ce in chains)
    ]


@pytest.mark.parametrize("dates_only", [False, True], ids=["all", "dates_only"])
@pytest.mark.parametrize("sentence", SENTENCES + FOLDED, ids=range(len(SENTENCES + FOLDED)))
def test_gated_scan_finds_what_every_pattern_finds(sentence: str, dates_only: bool) -> None:
    patterns = dates._DATE_PATTERNS if dates_only else dates._PATTERNS
    gated = [(kind, m.span()) for kind, m in dates._matches.__wrapped__(sentence, dates_only)]
    assert gated == _every_pattern(sentence, patterns)


def test_the_gates_skip_patterns_and_the_folds_turn_them_off() -> None:
    assert len(dates._worded(SENTENCES[0], dates._PATTERNS)) < len(dates._PATTERNS)
    for sentence in FOLDED:
        assert dates._worded(sentence, dates._PATTERNS) == dates._PATTERNS
    kinds = [{kind for kind, _ in _every_pattern(sentence, dates._PATTERNS)} for sentence in FOLDED]
    assert "until" in kinds[0] and "dateline" in kinds[1] and "relative" in kinds[2]


def test_month_range_without_year_is_gated_by_its_months() -> None:
    # every string of its patterns' language holds a month word of the gate (test_scan_gates spells the language)
    from tests.transforms.test_scan_gates import _language

    patterns = [p for kind, p in dates._PATTERNS if kind == "month_range_no_year"]
    assert patterns and dates._GATE_OF["month_range_no_year"] == 0
    words = dates._GATES[0]
    for pattern in patterns:
        spelled = _language(pattern)
        assert spelled and all(any(w in s.lower() for w in words) for s in spelled)
    assert len(dates._worded("Pada Januari hingga Maret tercatat 12 kasus.", dates._WITHOUT_YEAR)) > len(
        dates._worded("Tercatat 12 kasus.", dates._WITHOUT_YEAR)
    )


def _mandatory_runs(pattern: re.Pattern[str]) -> list[list[str]]:
    """The strings of each run of consecutive top-level parts of `pattern` that every match has (no lookaround, no
    part repeated from zero), spelled (test_scan_gates._spell): "sejak" is five such parts, a run of literals."""
    from tests.transforms.test_scan_gates import _spell, c, parser

    items = list(parser.parse(pattern.pattern, pattern.flags))

    def mandatory(op: object, av: object) -> bool:
        return op not in (c.AT, c.ASSERT, c.ASSERT_NOT) and not (
            op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0  # type: ignore[index]
        )

    sizes = [len(_spell([item])) if mandatory(*item) else 0 for item in items]
    runs = []
    for first in range(len(items)):
        size = 1
        for last in range(first, min(len(items), first + 8)):
            size *= sizes[last]
            if not size or size > 5000:
                break
            runs.append(_spell(items[first : last + 1]))
    return runs


def test_each_pattern_gate_is_a_mandatory_part_of_its_pattern() -> None:
    # a single pattern's gate (dates._PATTERN_GATES): a run of parts every match has spells, in each of its
    # alternatives, a word of the gate (so a sentence holding none of the words cannot match the pattern)
    assert len(dates._PATTERN_GATES) >= 8
    for (kind, piece), gates in dates._PATTERN_GATES.items():
        pattern = dates.gated_pattern(kind, piece)
        runs = _mandatory_runs(pattern)
        for gate in gates:
            words = dates._GATES[gate]
            assert any(all(any(w in s.lower() for w in words) for s in run) for run in runs), (
                kind,
                piece,
                words,
            )
    # and a gate that is not mandatory is caught: "sejak" is no part of every "day" match
    runs = _mandatory_runs(dates.gated_pattern("day", r"(?=[\d])(?P<d1>[0-3]?\d)\s+(?P<m1>"))
    assert not any(all("sejak" in s.lower() for s in run) for run in runs)


def test_the_pattern_gates_skip_single_patterns() -> None:
    day_slash = dates.gated_pattern("day", r"(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)/(?P<yy>")
    assert day_slash not in {
        p for _, p in dates._worded("Pada 3 Maret 2024 tercatat 12 kasus.", dates._PATTERNS)
    }
    assert day_slash in {p for _, p in dates._worded("Rabu (3/3/2024) tercatat 12 kasus.", dates._PATTERNS)}

"""Scans skipped by cheap word checks (`text.Gated`, `entities._titled_role`, the literal checks of
`entities.titled_domestic_bodies`) must find exactly what the plain scans find.

A gate is a word list one of which every match of its pattern holds. The words are checked against the pattern
itself: `_language` spells out every path through the pattern (each alternative, each optional part absent and
present once, each repeat at its minimum and at one), and every spelled string, in lower case, must hold one of the
words. Then the gated scans are run on sentences next to the plain ones, with the letters Python's IGNORECASE folds to
ASCII letters (the long s, the dotted capital I, the dotless i), for which the gates stand aside."""

from __future__ import annotations

import itertools
import re

import pytest

from transforms import delegations, entities, text

try:  # Python 3.11+
    import re._constants as c
    import re._parser as parser
except ImportError:  # pragma: no cover
    import sre_constants as c  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]


def _spell(items: list) -> list[str]:
    out = [""]
    for op, av in items:
        out = [a + b for a in out for b in _node(op, av)]
    return out


def _node(op: object, av: object) -> list[str]:
    if op is c.LITERAL:
        return [chr(av)]
    if op in (c.NOT_LITERAL, c.ANY):
        return ["#"]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [""]
    if op is c.CATEGORY:
        return [" "] if av is c.CATEGORY_SPACE else ["x"]
    if op is c.IN:
        chars: list[str] = []
        for o, a in av:
            if o is c.NEGATE:
                return ["#"]
            if o is c.LITERAL:
                chars.append(chr(a))
            elif o is c.RANGE:
                chars.append(chr(a[0]))
            elif o is c.CATEGORY:
                chars.append(" " if a is c.CATEGORY_SPACE else "x")
        return chars
    if op is c.BRANCH:
        return [s for branch in av[1] for s in _spell(branch)]
    if op is c.SUBPATTERN:
        return _spell(av[-1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, sub = av
        parts = _spell(sub)
        return [
            "".join(p) for n in sorted({lo, min(max(lo, 1), hi)}) for p in itertools.product(parts, repeat=n)
        ]
    raise AssertionError(f"unhandled {op}")


def _language(pattern: re.Pattern[str]) -> list[str]:
    return _spell(list(parser.parse(pattern.pattern, pattern.flags)))


def test_every_gated_pattern_holds_one_of_its_words() -> None:
    assert {delegations.TRIGGER_GATED, delegations.MEETING_GATED, delegations.INBOUND_GATED} <= set(
        text.GATED
    )
    for gated in text.GATED:
        spelled = _language(gated.pattern)
        assert spelled and all(spelled)
        missing = [s for s in spelled if not any(w in s.lower() for w in gated.words)]
        assert not missing, (gated.pattern.pattern[:60], missing[:5])


def test_the_language_is_spelled_through_every_alternative() -> None:
    # the spelled strings are matched by the pattern (no lookaround in these), one per path
    for s in _language(entities._TITLED_ROLE):
        assert entities._TITLED_ROLE.search(s), s
    assert any(s.startswith("berkunjung") for s in _language(delegations.TRIGGER))


def test_titled_role_endings_end_every_match() -> None:
    for s in _language(entities._TITLED_ROLE):
        # (`_titled_role` lets a window ending with a bracketed gloss through, and drops a comma before the place)
        end = s.rstrip().lower().removesuffix(",")
        assert end.endswith(entities._TITLED_ROLE_ENDINGS) or end.endswith(")"), s


SENTENCES = [
    "Menteri Luar Negeri Retno Marsudi bertemu Menteri Dalam Negeri Laos di Vientiane.",
    "Delegasi RI yang dipimpin Kadiv Hubinter melakukan kunjungan kerja ke Kamboja pada Senin.",
    "TIM GABUNGAN KE PHNOM PENH TIBA DI BANDARA, KATA KEPALA KEPOLISIAN PROVINSI SIHANOUKVILLE.",
    "Perdana Menteri Malaysia Anwar Ibrahim melakukan kunjungan bilateral ke Indonesia.",
    "Dinas Sosial Provinsi Sumatera Utara memulangkan 12 warga; polisi Thailand menangkap 3 orang.",
    "Sebanyak 1.234 WNI dipulangkan dari Kamboja, sebagian dari Bokeo.",
    "Pertemuan itu digelar di Beijing; konferensi pers menyusul, kata Duta Besar ",
    "Kominfo memblokir 2,1 juta situs dan menurunkan 886.719 konten; 12 rekening dibekukan, 4 ditangani.",
    "KOMINFO MENGHAPUS 12 KONTEN, PPATK MEMBEKUKAN 3 REKENING YANG DIDAMPINGI TIM GABUNGAN DARI POLRI.",
    # the folds: IGNORECASE reads "kunjungan", "bertemu", "Menteri", "polisi" in these
    "Delega\u017fi RI melakukan kunjungan ke Myanmar dan berTEMU pejabat Myanmar.",
    "Perdana MENTER\u0130 Kamboja menerima delegasi; KUNJUNGAN ITU berlangsung di Phnom Penh.",
    "Tim polis\u0131 Kamboja mengunjung\u0131 Batam, menter\u0131 pertahanan Laos turut hadir.",
]


@pytest.mark.parametrize("sentence", SENTENCES, ids=range(len(SENTENCES)))
def test_gated_scans_find_what_the_plain_scans_find(sentence: str) -> None:
    for gated in text.GATED:
        assert [m.span() for m in gated.finditer(sentence)] == [
            m.span() for m in gated.pattern.finditer(sentence)
        ]
        plain = gated.pattern.search(sentence)
        found = gated.search(sentence)
        assert (found and found.span()) == (plain and plain.span())
    for end in range(len(sentence) + 1):
        window = sentence[max(0, end - 80) : end]
        gated_match, plain_match = entities._titled_role(window), entities._TITLED_ROLE.search(window)
        assert (gated_match and gated_match.span()) == (plain_match and plain_match.span()), window


def test_the_folds_turn_the_gates_off() -> None:
    assert text.folded("MENTER\u0130") is None and text.folded("menter\u0131") is None
    assert text.folded("\u017fejak") is None and text.folded("Kunjungan") == "kunjungan"
    # without the fold guard "polis\u0131" ("polisi" to IGNORECASE) would not pass the ending check
    assert entities._titled_role("Tim polis\u0131 ") is not None
    assert delegations.TRIGGER_GATED.search("Delega\u017fi RI tiba.") is not None


def _ends_with_end(items: list) -> bool:
    """Every path through `items` ends with `$` (the parser factors a prefix the alternatives share out of them)."""
    if not items:
        return False
    op, av = items[-1]
    if op is c.AT:
        return av is c.AT_END
    if op is c.BRANCH:
        return all(_ends_with_end(list(b)) for b in av[1])
    if op is c.SUBPATTERN:
        return _ends_with_end(list(av[-1]))
    return False


def _anchored_at_end(pattern: re.Pattern[str]) -> bool:
    return _ends_with_end(list(parser.parse(pattern.pattern, pattern.flags)))


def test_end_gated_patterns_end_with_their_endings() -> None:
    from transforms.facts import attributes  # noqa: F401  (declares the end-gated scans of `_acting`)

    assert len(text.END_GATED) >= 5
    for gated in text.END_GATED:
        assert _anchored_at_end(gated.pattern), gated.pattern.pattern[:60]
        spelled = _language(gated.pattern)
        assert spelled and all(s.rstrip() for s in spelled)
        missing = [s for s in spelled if not s.rstrip().lower().endswith(gated.endings)]
        assert not missing, (gated.pattern.pattern[:60], missing[:5])


WINDOWS = [
    "2.493 WNI melaporkan diri ke ",
    "mengajukan pemblokiran 433 rekening KEPADA ",
    "kepada Otoritas Jasa Keuangan (",
    "Kementerian Luar Negeri melalui\n",
    "sepuluh di antaranya pegawai dan staf ahli ",
    "di sela rangkaian Konferensi Tingkat Tinggi (KTT) ",
    "86 orang ditampung di kantor ",
    "kini berada di Detensi ",
    "Polisi menangkap 12 tersangka bersama ",
    "menurut keterangan ",
    # the folds: IGNORECASE reads "kepada", "melalui", "pegawai", "ke" in these
    "melapor \u212ae ",
    "KEPADA \u0130 ",
    "dikirim melalu\u0131 ",
    "oknum pegawa\u0131 ",
    "pengaduan \u212aE",
]


@pytest.mark.parametrize("window", WINDOWS, ids=range(len(WINDOWS)))
def test_end_gated_scans_find_what_the_plain_scans_find(window: str) -> None:
    from transforms.facts import attributes  # noqa: F401

    for gated in text.END_GATED:
        for w in (window, window.rstrip(), window + "\n", "x" + window):
            plain, found = gated.pattern.search(w), gated.search(w)
            assert (found and found.span()) == (plain and plain.span()), (gated.pattern.pattern[:40], w)


def _lexicon_patterns() -> list[re.Pattern[str]]:
    from transforms import patterns
    from transforms.facts import attributes, blocked, cases, figure, lexicon  # noqa: F401  (their patterns)

    return list(patterns.EXAMPLES)


def test_required_words_are_held_by_every_spelled_match() -> None:
    # the words `text.may_match` (and so `figure.says`) gates a scan by, read from the parse tree, are checked like
    # the hand-written words of `Gated`: every path through the pattern holds one of them
    checked = 0
    for compiled in _lexicon_patterns():
        words = text.required_words(compiled)
        if words is None:
            continue
        try:
            spelled = _language(compiled)
        except AssertionError:  # a construct the speller does not know
            continue
        if len(spelled) > 200_000:
            continue
        missing = [s for s in spelled if not any(w in s.lower() for w in words)]
        assert not missing, (compiled.pattern[:60], words, missing[:5])
        checked += 1
    assert checked >= 100


@pytest.mark.parametrize(
    ("regex", "words"),
    [
        (r"\b(?:gagal|batal)\s+(?:di)?berangkat\b", ("berangkat",)),
        (r"\bsebelum\s+(?:sempat\s+)?berangkat|\bkloter\b", ("berangkat", "kloter")),
        (r"\b(?:menunda|ditunda)\s+(?:\w+\s+){0,4}?(?:paspor|keberangkatan)\b", ("ditunda", "menunda")),
        (r"\b(?:lapas|rutan)\b(?!\s+kelas)", ("lapas", "rutan")),
        (r"(?=[kK])(?i:kasus)\s+(?:baru)?", ("kasus",)),
        (r"\b(?:di|ke)\s+\w+", None),  # no word of 3 letters every match holds
        (r"(?:ab)?", None),
    ],
)
def test_required_words_of_a_pattern(regex: str, words: tuple[str, ...] | None) -> None:
    got = text.required_words(re.compile(regex, re.I))
    assert got == words


def test_may_match_turns_away_only_texts_without_the_words() -> None:
    stopped = re.compile(r"\b(?:gagal|batal)\s+(?:di)?berangkat\b", re.I)
    assert not text.may_match(stopped, "Polisi menangkap 12 tersangka di Batam.")
    assert text.may_match(stopped, "Sebanyak 20 CPMI GAGAL DIBERANGKATKAN.")
    # a fold IGNORECASE reads as an ASCII letter: no proof, scanned
    assert text.may_match(stopped, "20 orang gagal berangkat karena paſpor")
    for compiled in _lexicon_patterns():
        from transforms.patterns import EXAMPLES

        for example in EXAMPLES[compiled].matches:
            if compiled.search(example):
                assert text.may_match(compiled, example), (compiled.pattern[:60], example)


def test_every_scan_holds_one_of_its_words() -> None:
    # the module-level patterns `text.gate_scans` gates (`transforms.extract` gates them at import): the words of
    # each are checked against its spelled language, as the lexicon's above, also for the patterns with no examples
    import transforms.extract  # noqa: F401 (gates the stage's modules)

    assert len(text.SCANS) >= 200
    checked = 0
    for scan in text.SCANS:
        assert scan.words == text.required_words(scan.compiled)
        assert 0 < len(scan.words) <= text.SCAN_MAX_WORDS
        try:
            spelled = _language(scan.compiled)
        except AssertionError:  # a construct the speller does not know
            continue
        if len(spelled) > 200_000:
            continue
        missing = [s for s in spelled if not any(w in s.lower() for w in scan.words)]
        assert not missing, (scan.pattern[:60], scan.words, missing[:5])
        checked += 1
    assert checked >= 150


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Sebanyak 20 CPMI gagal diberangkatkan dari Batam.", 1),
        ("Sebanyak 20 CPMI GAGAL BERANGKAT, 3 lagi batal diberangkatkan.", 2),
        ("Polisi menangkap 12 tersangka di Batam.", 0),  # no "berangkat": not scanned
        ("20 orang gagal berangkat karena paſpor", 1),  # a fold: scanned, not gated
        ("", 0),
    ],
)
def test_a_scan_finds_what_its_pattern_finds(sentence: str, found: int) -> None:
    compiled = re.compile(r"\b(?:gagal|batal)\s+(?:di)?berangkat(?:kan)?\b", re.I)
    words = text.required_words(compiled)
    assert words == ("berangkat",)
    scan = text.Scan(compiled, words)
    spans = [m.span() for m in compiled.finditer(sentence)]
    assert len(spans) == found
    assert [m.span() for m in scan.finditer(sentence)] == spans
    after = [m.span() for m in compiled.finditer(sentence, 10)]
    assert [m.span() for m in scan.finditer(sentence, 10)] == after
    assert (m.span() if (m := scan.search(sentence)) else None) == (spans[0] if spans else None)
    assert scan.findall(sentence) == compiled.findall(sentence)
    assert (m.span() if (m := scan.search(sentence, pos=3, endpos=40)) else None) == (
        m.span() if (m := compiled.search(sentence, pos=3, endpos=40)) else None
    )
    # it stands for its pattern: as a dict key, in comparisons, for the attributes the rules read
    assert scan == compiled and hash(scan) == hash(compiled) and {compiled: 1}[scan] == 1
    assert (scan.pattern, scan.flags, scan.groups) == (compiled.pattern, compiled.flags, compiled.groups)
    assert scan.sub("X", sentence) == compiled.sub("X", sentence)

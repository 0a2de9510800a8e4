"""Faster spellings of scans must give what the plain ones give (session 17, issue #21): `attributes._without_figure`
against the `re.sub` it replaces, `dates._YEAR` against `\\b((?:19|20)\\d{2})\\b`, on random strings of the
characters that decide them (digits, separators, word and non-ASCII characters)."""

from __future__ import annotations

import random
import re

from transforms import dates
from transforms.facts.attributes import _without_figure


def _strings(alphabet: str, n: int, seed: int, longest: int = 24) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_without_figure_is_the_sub_it_replaces() -> None:
    rng = random.Random(17)
    texts = _strings("12.,3 a45\u0663x0", 20_000, 1, 30)
    for text in texts:
        token = "".join(rng.choice("12.,3\u06630") for _ in range(rng.randint(1, 4)))
        if not any(ch.isdigit() for ch in token):
            continue
        text = text[:5] + token + text[5:] + token if rng.random() < 0.5 else text
        plain = re.sub(r"(?<![\d.,])" + re.escape(token) + r"(?![\d]|[.,]\d)", " ", text)
        assert _without_figure(text, token) == plain, (text, token)
    assert (
        _without_figure("2.493 WNI, 2.493 orang; 12.493 dan 2.4931", "2.493")
        == "  WNI,   orang; 12.493 dan 2.4931"
    )


def test_year_scan_is_the_plain_one() -> None:
    plain = re.compile(r"\b((?:19|20)\d{2})\b")
    texts = _strings("12090 a_\u0663\u00e9.-x", 30_000, 2, 16) + [
        "Pada 2024, x2019, 20190, 1999-2001 dan _2020"
    ]
    for text in texts:
        assert [(m.span(), m.group(1)) for m in dates._YEAR.finditer(text)] == [
            (m.span(), m.group(1)) for m in plain.finditer(text)
        ], text
    assert dates.years_in("Pada 2024, x2019, 20190, 1999-2001 dan _2020") == [2024, 1999, 2001]


def test_nationality_gap_read_in_place_is_the_sliced_one() -> None:
    # context._places reads the gap between two countries with fullmatch(body, start, end), not on a slice of the body
    from transforms.facts.context import NATIONALITY_LIST_GAP as gap

    texts = _strings(" ,dansertaumpixyz\n", 20_000, 3, 16)
    for text in texts:
        body = "WNA Vietnam" + text + "Laos."
        start, end = len("WNA Vietnam"), len("WNA Vietnam") + len(text)
        assert bool(gap.fullmatch(body, start, end)) is bool(gap.fullmatch(body[start:end])), text


def test_name_word_is_the_per_token_check() -> None:
    # persons._name_word answers the word-only part of is_name_token once per distinct word
    from transforms import persons

    cases = [
        ("Budi", "budi", True),
        ("Nugroho", "nugroho", True),
        ("Al-Amin", "al-amin", True),
        ("Pemerintahan", "pemerintahan", False),  # a "Pe...an" nominalisation
        ("polisi", "polisi", False),  # no capital
        ("BNP2TKI", "bnp2tki", False),
        ("Kedutaan", "kedutaan", False),
    ]
    for token, norm, expected in cases:
        assert persons._name_word(token, norm) is expected, token
    for word in sorted(persons.NAME_STOP | persons.ORG_WORDS)[:200]:
        assert not persons._name_word(word.capitalize(), word)


def test_in_span_is_the_plain_filter() -> None:
    # context.ArticleContext.in_span bisects the starts it keeps per list: the mentions starting in [start, end)
    from transforms.facts.context import ArticleContext, Mention

    rng = random.Random(22)
    c = ArticleContext("a", "x" * 500, "", None, [], [])
    for items in (c.agencies, c.countries, c.persons):
        items.extend(sorted(Mention(rng.randrange(500), f"E{k}") for k in range(rng.randrange(0, 30))))
    for _ in range(3_000):
        items = rng.choice((c.agencies, c.countries, c.persons))
        start = rng.randrange(-5, 505)
        end = start + rng.randrange(0, 120)
        assert c.in_span(items, start, end) == [m for m in items if start <= m.start < end]

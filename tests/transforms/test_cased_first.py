"""`text.cased_first` recompiles a case-insensitive pattern for speed: it must find exactly what the original finds."""

from __future__ import annotations

import re
import string

import pytest

from transforms.facts.lexicon import BLOCK_VERBS
from transforms.text import _OTHER_CASES, cased_first, starting_with

TEXTS = [
    "Kominfo telah memblokir 2,1 juta situs",
    "KOMINFO TELAH MEMBLOKIR 2,1 JUTA SITUS",
    "Situs dan Konten diblokir; Takedown 300 akun",
    "\u017fitus dan \u212aonten, \u0130nstagram \u0131lan",  # long s, Kelvin sign, dotted and dotless i
    "tidak ada apa-apa di sini",
    "",
]


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("chars", "regex"),
    [
        ("skit", r"(?:situs|konten|instagram|ilan|takedown)"),
        ("sk", r"\b(?:situs|konten)\b"),
        ("bdm", r"(?:blokir|diblokir|memblokir)"),
        (r"\d", r"\b\d+(?:,\d+)?"),
    ],
)
def test_same_matches_as_the_case_insensitive_pattern(chars: str, regex: str) -> None:
    original = re.compile(starting_with(chars, regex), re.I)
    fast = cased_first(original)
    assert fast.pattern != original.pattern
    for text in TEXTS:
        assert spans(fast, text) == spans(original, text), text


def test_other_cases_are_every_character_python_folds_to_a_letter() -> None:
    folded = {
        chr(c) for c in range(0x80, 0x110000) if re.fullmatch(f"[{string.ascii_lowercase}]", chr(c), re.I)
    }
    assert folded == set("".join(_OTHER_CASES.values()))
    for letter, others in _OTHER_CASES.items():
        assert all(re.fullmatch(letter, ch, re.I) for ch in others)


def test_a_lookahead_before_a_top_level_alternation_is_left_alone() -> None:
    """`(?=[a])a|b` guards its first branch only: wrapping the rest in a group would change what it finds."""
    original = re.compile(starting_with("a", r"apel|buah"), re.I)
    assert cased_first(original) is original


def test_blocking_verbs_use_it() -> None:
    assert not BLOCK_VERBS.flags & re.I
    assert spans(BLOCK_VERBS, "Kominfo telah MEMBLOKIR situs dan menurunkan konten") == [(17, 23), (34, 44)]

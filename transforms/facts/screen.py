"""Rules that drop a candidate before its kind is decided: numbers that are no counts at all."""

from __future__ import annotations

from transforms.facts.figure import Figure
from transforms.facts.lexicon import (
    AUDIENCE_FILLERS,
    AUDIENCE_WORDS,
    BLOCK_OBJECTS,
    CASE_NOUNS,
    COUNTED_NOUNS,
    NOT_A_COUNT_BEFORE,
    PEOPLE_NOUNS_STRONG,
    YEAR_LIKE,
)
from transforms.text import is_headline


def after_audience_word(prev: list[str | None]) -> bool:
    """The figure belongs to a follower count: only other figures and fillers since "pengikut"/"followers"
    ("dengan pengikut masing-masing 21.200 dan 32.700")."""
    for word in reversed(prev):  # nearest first
        w = (word or "").strip(",")
        if w in AUDIENCE_WORDS:
            return True
        if not (w in AUDIENCE_FILLERS or w[:1].isdigit()):
            return False
    return False


def not_a_count(fig: Figure) -> bool:
    """ "pasal 27", "pukul 10", a figure in a headline of another story, a follower count."""
    return (
        (fig.cand.prev1 or "") in NOT_A_COUNT_BEFORE
        or is_headline(fig.sent.text)
        or after_audience_word(fig.prev)
    )


def restates_vague(fig: Figure, exact_nouns: set[str]) -> bool:
    """ "ratusan tersangka" after "804 tersangka": a restatement, not a figure of its own."""
    return bool(fig.cand.is_vague) and fig.noun1 in exact_nouns and fig.noun2 != "lainnya"


def year_not_count(fig: Figure) -> bool:
    """ "2023" is a year unless a count noun follows ("2023 kasus")."""
    is_year_like = not fig.cand.is_vague and YEAR_LIKE.fullmatch(fig.cand.token or "") is not None
    return is_year_like and fig.noun1 not in CASE_NOUNS and fig.noun1 not in PEOPLE_NOUNS_STRONG


def dangling_reference(fig: Figure) -> bool:
    """ "tujuh di antaranya" after "sepuluh negara": it refers back to something that is no count."""
    return fig.refers_back and fig.antecedent not in COUNTED_NOUNS and fig.antecedent not in BLOCK_OBJECTS

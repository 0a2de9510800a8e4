"""Rules that drop a candidate before its kind is decided: numbers that are no counts at all."""

from __future__ import annotations

from collections.abc import Mapping

from transforms.facts.figure import Figure, says
from transforms.facts.lexicon import (
    AUDIENCE_FILLERS,
    AUDIENCE_WORDS,
    BLOCK_OBJECTS,
    CASE_NOUNS,
    CLEARED,
    COUNTED_NOUNS,
    DIFFERENCE_BEFORE,
    DIGIT,
    DOCUMENT_AFTER,
    DOCUMENT_NAMED,
    GROUP_SIZE,
    NOT_A_COUNT_BEFORE,
    NOT_EVEN_ONE,
    PEOPLE_NOUNS_STRONG,
    PEOPLE_NOUNS_WEAK,
    POPULATION_AFTER,
    POPULATION_BEFORE,
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
    """ "pasal 27", "pukul 10", a figure in a headline of another story, a follower count, "satu kasus pun"."""
    return (
        (fig.cand.prev1 or "") in NOT_A_COUNT_BEFORE
        or bool(NOT_EVEN_ONE.match(fig.text_after))
        or is_headline(fig.sent.text)
        or after_audience_word(fig.prev)
    )


def count_unit(noun: str | None) -> str | None:
    """`cases` or `people` for a noun that counts them ("kasus", "tersangka", "orang"), else None."""
    if noun in CASE_NOUNS:
        return "cases"
    if noun in PEOPLE_NOUNS_STRONG or noun in PEOPLE_NOUNS_WEAK:
        return "people"
    return None


def magnitude(value: float) -> int:
    """The order of magnitude of a count (57 -> 10, 804 -> 100), as a vague figure is coded ("puluhan" -> 10)."""
    return 10 ** (len(str(int(value))) - 1)


def restates_vague(
    fig: Figure, exact_nouns: Mapping[str, float], exact_counts: set[tuple[str, int]] = frozenset()
) -> bool:
    """ "ratusan tersangka" after "804 tersangka", "puluhan bandar judi" before "57 terduga tersangka": a
    restatement of an exact count of the same unit and magnitude, not a figure of its own; "ratusan WNI ditangkap"
    beside "13 WNI" is one ("lainnya" never restates). Other nouns (blocked objects) restate an exact figure of the
    same noun as large as it ("ratusan akun" is no restatement of "satu akun")."""
    if not fig.cand.is_vague or fig.noun2 == "lainnya":
        return False
    unit = count_unit(fig.noun1)
    if unit is not None:
        return (unit, magnitude(fig.value)) in exact_counts
    return fig.noun1 is not None and exact_nouns.get(fig.noun1, -1.0) >= fig.value


def year_not_count(fig: Figure) -> bool:
    """ "2023" is a year unless a count noun follows it ("2023 kasus"); "Pada 2023, kasus perdagangan orang ..."
    is a year: a comma parts it from the noun after it."""
    is_year_like = not fig.cand.is_vague and YEAR_LIKE.fullmatch(fig.cand.token or "") is not None
    if is_year_like and fig.c.body[fig.cand.num_end : fig.cand.num_end + 1] == ",":
        return True
    return is_year_like and fig.noun1 not in CASE_NOUNS and fig.noun1 not in PEOPLE_NOUNS_STRONG


def dangling_reference(fig: Figure) -> bool:
    """ "tujuh di antaranya" after "sepuluh negara": it refers back to something that is no count."""
    return fig.refers_back and fig.antecedent not in COUNTED_NOUNS and fig.antecedent not in BLOCK_OBJECTS


# ----------------------------------------------------------------------- acc-cases: no count of cases or people


def population(fig: Figure) -> bool:
    """ "jumlah WNI yang tinggal di negara itu melebihi 73.000 orang, dengan 58.307 di antaranya ...", "58.000 WNI
    tinggal di Kamboja": people living somewhere, no one affected."""
    before = fig.sent.text[: fig.num_at]
    return bool(POPULATION_BEFORE.search(before) or POPULATION_AFTER.match(fig.text_after))


def document_count(fig: Figure) -> bool:
    """ "210 laporan hasil analisis", "42,7 juta laporan transaksi keuangan mencurigakan": documents, not reports
    of cases."""
    if fig.noun1 != "laporan":
        return False
    named = [fig.sent.text, *fig.previous[:1]]
    return bool(DOCUMENT_AFTER.match(fig.c.body[fig.surface_end : fig.surface_end + 30])) or any(
        DOCUMENT_NAMED.search(text) for text in named
    )


def group_size(fig: Figure) -> bool:
    """ "dua kloter masing-masing berisi 11 WNI": the size of each group, not a total."""
    return bool(GROUP_SIZE.search(fig.sent.text[: fig.num_at]))


def difference(fig: Figure) -> bool:
    """ "jumlah perkara turun 404 kasus": how much a count changed, not a count."""
    words = [(w or "") for w in fig.prev[-2:]]
    return words[-1] in DIFFERENCE_BEFORE or (words[-1] == "sebanyak" and words[0] in DIFFERENCE_BEFORE)


def cleared(fig: Figure) -> bool:
    """ "Delapan orang lainnya hanya berstatus saksi", and "lima di antaranya ..." of them in the next sentence:
    people cleared are no one affected."""
    if says(CLEARED, fig.sent.text):
        return True
    first_figure = not DIGIT.search(fig.sent.text[: fig.num_at])
    return fig.refers_back and first_figure and bool(fig.previous) and says(CLEARED, fig.previous[0])


def not_a_case_count(fig: Figure) -> bool:
    """A figure of people or reports that counts no case or person affected."""
    return population(fig) or document_count(fig) or difference(fig) or cleared(fig) or group_size(fig)

"""The facts resolved so far in one run: one fact per repeated figure, and the output frames."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import polars as pl

from transforms.dates import Period
from transforms.facts.attributes import PERIOD_COLUMNS, Fact
from transforms.facts.lexicon import ROUNDED
from transforms.facts.relations import link_sums, settle

# The columns every counted fact (case counts, blocked content) ends with: its period, qualifier and where it reads.
# The period (attributes.PERIOD_COLUMNS): dates for its bounds and the window's (a period counted back from the
# published date, attributes.period_columns), strings for the precision and the window's ISO 8601 length ("P5Y").
_PERIOD_AND_SPAN = {
    **{c: pl.Date if c.endswith(("_start", "_end")) else pl.String for c in PERIOD_COLUMNS},
    "qualifier": pl.String,
    "as_of_date": pl.Date,
    "surface_text": pl.String,
    "sentence_text": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "part_of_fact_id": pl.String,  # transforms/facts/relations.py
    "figure_kind": pl.String,
}
CASE_SCHEMA = {
    "fact_id": pl.String,
    "article_id": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "category": pl.String,
    "agency_id": pl.String,
    "country_id": pl.String,
    **_PERIOD_AND_SPAN,
}
BLOCKED_SCHEMA = {
    "fact_id": pl.String,
    "article_id": pl.String,
    "value": pl.Float64,
    "object_type": pl.String,
    "agency_id": pl.String,
    **_PERIOD_AND_SPAN,
}
MONEY_SCHEMA = {
    "fact_id": pl.String,
    "article_id": pl.String,
    "value": pl.Float64,
    "currency": pl.String,
    "what": pl.String,
    "surface_text": pl.String,
    "sentence_text": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
}


@dataclass
class Ledger:
    """Facts kept so far, by kind, and what a repetition of a figure is matched against.

    `facts` maps a fact's key ("cases", article, value, unit) to its row, so a later mention of the same figure
    fills its gaps instead of adding a row; ("blocked_total", article) is the latest blocked total, whose
    period its list items take. `totals` holds the latest top-level fact per (table, article), the total a part
    points at (relations.relate). `exact_nouns` are the nouns counted by exact figures per article ("804
    tersangka"), each with its largest figure, which a vague figure of the same noun ("ratusan tersangka") only
    restates when that figure is as large ("ratusan akun" beside "satu akun" per day is a figure of its own).
    """

    exact_nouns: dict[str, dict[str, float]]
    # per article, (unit, order of magnitude) of its exact counts of cases and people ("57 terduga tersangka" ->
    # ("people", 10)), which a vague count of that unit and magnitude ("puluhan bandar") only restates
    exact_counts: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    cases: list[Fact] = field(default_factory=list)
    blocked: list[Fact] = field(default_factory=list)
    money: list[Fact] = field(default_factory=list)
    seen: set[tuple[object, ...]] = field(default_factory=set)
    facts: dict[tuple[object, ...], Fact] = field(default_factory=dict)
    totals: dict[tuple[str, str], Fact] = field(default_factory=dict)
    # per article, the value and period of each blocked figure that is no list item, in article order: the totals a
    # breakdown larger than the latest one may belong to (blocked.covering_period)
    blocked_spans: dict[str, list[tuple[float, Period | None]]] = field(default_factory=dict)

    def first(self, key: tuple[object, ...]) -> bool:
        """Whether `key` is new (and from now on seen)."""
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def frames(self) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        """(case_counts, blocked_content, money), without the round restatements of exact figures."""
        link_sums(self.cases)
        link_sums(self.blocked)
        return (
            pl.DataFrame(settle(without_roundings(self.cases, "unit")), schema=CASE_SCHEMA),
            pl.DataFrame(settle(without_roundings(self.blocked, "object_type")), schema=BLOCKED_SCHEMA),
            pl.DataFrame(self.money, schema=MONEY_SCHEMA),
        )


def is_rounding(f: Fact) -> bool:
    """A figure written round: "14 ribu", or a hundred-multiple bounding another ("lebih dari 600")."""
    value = float(f["value"])  # type: ignore[arg-type]
    return bool(ROUNDED.match(str(f["surface_text"]))) or (
        f["qualifier"] in {"at_least", "at_most"} and value >= 100 and value % 100 == 0
    )


def about_round(f: Fact) -> bool:
    """ "kurang lebih 8.500 rekening": a figure told as approximate and round is no exact figure that "lebih dari 8.000
    rekening hingga akhir September" restates (an earlier value of the series)."""
    value = float(f["value"])  # type: ignore[arg-type]
    return f["qualifier"] == "about" and value >= 100 and value % 100 == 0


def rounds(f: Fact, exact: float) -> bool:
    """Whether rounded figure `f` restates `exact`: within 10%, and on the side its qualifier says ("lebih dari
    600" for 613, "hampir 700" for 687; "14 ribu" either way). "sekitar 5.000" next to 5.364 may be another count."""
    value = float(f["value"])  # type: ignore[arg-type]
    if exact == value or abs(exact - value) >= 0.1 * exact:
        return False
    if f["qualifier"] == "at_least":
        return exact > value
    if f["qualifier"] == "at_most":
        return exact < value
    return bool(ROUNDED.match(str(f["surface_text"])))


def without_roundings(facts: list[Fact], kind: str) -> list[Fact]:
    """Drop "14 ribu rekening" or "lebih dari 600 orang" when the article also gives the exact figure they round
    (14.117 rekening, 613 orang): a restatement, not a second figure. Only within 10% of an exact figure of the
    same kind."""
    exact: dict[tuple[object, object], list[float]] = defaultdict(list)
    for f in facts:
        if not (is_rounding(f) or about_round(f)):
            exact[(f["article_id"], f[kind])].append(float(f["value"]))  # type: ignore[arg-type]
    return [
        f
        for f in facts
        if not (is_rounding(f) and any(rounds(f, v) for v in exact[(f["article_id"], f[kind])]))
    ]

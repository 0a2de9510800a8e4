"""Case counts: cases ("2.300 kasus", "1.200 aduan") and people affected ("13 WNI", "804 tersangka"), with
category, agency, country and period, and the parts of a count given after it ("312 di antaranya")."""

from __future__ import annotations

from transforms.facts.attributes import (
    agency,
    breaks_down,
    category,
    country,
    fact_base,
    fact_id,
    fill_gaps,
    names_category,
)
from transforms.facts.context import CaseMark
from transforms.facts.figure import Figure
from transforms.facts.ledger import Ledger
from transforms.facts.lexicon import (
    ARREST_WORDS,
    AT_STAGE,
    BARE_AFTER,
    BREAKDOWN,
    CASE_NOUNS,
    CONTEXT_WORDS,
    COUNTED_LATER,
    DEMOGRAPHIC,
    DEPARTURE_STOPPED,
    ITEMISED,
    NOT_VICTIMS,
    ORDINAL_WORDS,
    PEOPLE_NOUNS_STRONG,
    PEOPLE_NOUNS_WEAK,
    PERPETRATOR_NOUNS,
    RATE_AFTER,
    STAGE_WORDS,
)
from transforms.facts.relations import relate


def case_unit(fig: Figure, counted_noun_before: bool = False) -> str | None:
    """`cases` or `people` from the noun after the number ("2.300 kasus", "13 WNI"; "366 orang" only in a sentence
    about victims or arrests); a bare "312 di antaranya" / "105 lainnya" counts what the figure before it
    counted."""
    noun1, noun2, text = fig.noun1, fig.noun2, fig.sent.text
    if noun1 in CASE_NOUNS or (noun1 == "berkas" and noun2 == "perkara"):
        return "cases"
    if noun1 in PEOPLE_NOUNS_STRONG and noun2 not in NOT_VICTIMS:
        return "people"
    if (
        noun1 in PEOPLE_NOUNS_WEAK
        and noun2 not in NOT_VICTIMS
        and (
            CONTEXT_WORDS.search(text) or fig.anaphoric or noun2 in PEOPLE_NOUNS_STRONG or counted_noun_before
        )
    ):
        return "people"  # "12 orang CPMI", "WNI yang berada di Myawaddy berjumlah 366 orang"
    last = fig.c.discourse.case
    if fig.refers_back and last is not None:
        return last.unit
    return None


def stage_item_unit(fig: Figure) -> str | None:
    """A bare figure naming a stage or wave of a count: "gelombang pertama 46 pada 21 Februari ... dan 28 Februari
    sejumlah 84 WNI" (the unit of the wave it parallels), "Kemudian 347 di tahap penyidikan" after case counts."""
    rest = fig.text_after[fig.token_len :]
    if not BARE_AFTER.match(rest):
        return None
    words = [w or "" for w in fig.prev[-2:]]
    if words[0] in STAGE_WORDS and words[1] in ORDINAL_WORDS:
        later = COUNTED_LATER.search(rest)
        if later:
            return "cases" if later.group(1).lower() in CASE_NOUNS else "people"
    last = fig.c.discourse.case
    if AT_STAGE.match(rest) and last is not None and last.sent_idx >= fig.sent.sent_idx - 2:
        return last.unit
    return None


def counted_people_before(fig: Figure) -> bool:
    """ "Dirincikan, pada Januari sebanyak 330 orang, ...": items of the figure before count what it counted."""
    last = fig.c.discourse.case
    return any((w or "") in PEOPLE_NOUNS_STRONG for w in fig.prev) or (
        last is not None and last.unit == "people" and bool(ITEMISED.search(fig.sent.text))
    )


def is_demographic_split(fig: Figure) -> bool:
    """ "terdiri dari delapan perempuan dan 22 laki-laki" after a total: a split by sex or age, not a count."""
    near = " ".join(w for w in fig.prev[-3:] if w) + " " + " ".join(fig.window.split()[:4])
    last = fig.c.discourse.case
    counted_before = last is not None and last.sent_idx == fig.sent.sent_idx
    return bool(DEMOGRAPHIC.search(near)) and bool(
        fig.anaphoric or BREAKDOWN.search(fig.sent.text) or counted_before
    )


def domestic(agency_id: str | None, fig: Figure, enforcers: frozenset[str]) -> bool:
    """Arrests and suspects counted by an Indonesian police, immigration or prosecution body happened in
    Indonesia unless the sentence places them abroad."""
    if agency_id not in enforcers:
        return False
    return (
        fig.noun1 in PERPETRATOR_NOUNS
        or fig.noun2 in PERPETRATOR_NOUNS
        or bool(ARREST_WORDS.search(fig.sent.text))
    )


def case_category_and_country(
    fig: Figure, breakdown: bool, agency_id: str | None, enforcers: frozenset[str]
) -> tuple[str, str | None]:
    """The category and country of a count. A stopped departure is trafficking in Indonesia; a part of a
    breakdown, or a figure that refers back, counts what the figure before it counted and where."""
    c, sent = fig.c, fig.sent
    kind = category(fig.window, sent.text, fig.previous, c.body)
    place = country(c, sent, fig.cand.num_start, fig.cand.num_end)
    last = c.discourse.case
    part = breakdown and last is not None
    stopped = bool(DEPARTURE_STOPPED.search(sent.text))
    if (part or stopped) and not names_category(sent.text):
        kind = "trafficking" if stopped else last.category  # type: ignore[union-attr]
    if stopped:
        place = "ID"
    if place is None and (fig.refers_back or fig.anaphoric or part) and last is not None:
        place = last.country_id
    if place is None and domestic(agency_id, fig, enforcers):
        place = "ID"
    if place is None:
        place = c.only_foreign_country()
    return kind, place


def resolve_case(fig: Figure, ledger: Ledger, enforcers: frozenset[str]) -> None:
    """Keep a case count (or fill the gaps of its earlier mention) and note it in the discourse."""
    c, sent = fig.c, fig.sent
    unit = case_unit(fig, counted_people_before(fig)) or stage_item_unit(fig)
    if unit is None or RATE_AFTER.match(c.body[fig.surface_end : fig.surface_end + 40]):
        return
    if is_demographic_split(fig):
        return
    breakdown = breaks_down(sent.text, fig.num_at)
    base, period = fact_base(fig, breakdown)
    agency_id = agency(c, sent.start, sent.end, fig.cand.num_start)
    kind, place = case_category_and_country(fig, breakdown, agency_id, enforcers)
    key = ("cases", c.article_id, fig.value, unit)
    if not ledger.first(key):
        fill_gaps(ledger.facts[key], base, agency_id, place)
        return
    c.discourse.period = period or c.discourse.period
    fact = {
        "fact_id": fact_id("cases", c.article_id, fig.cand.num_start),
        **base,
        "unit": unit,
        "category": kind,
        "agency_id": agency_id,
        "country_id": place,
    }
    relate(fact, fig, period, ledger.totals, "cases", breakdown)
    c.discourse.case = CaseMark(sent.sent_idx, unit, kind, place)
    c.discourse.kind = "cases"
    ledger.facts[key] = fact
    ledger.cases.append(fact)

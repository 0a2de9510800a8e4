"""How the figures of one article relate: the total a figure is a part of, and what kind of figure it is.

`part_of_fact_id` is the fact (same article, same table) a figure is a part of: an item of a breakdown
("terdiri dari ...", "rinciannya ..."), a list item of a blocked total ("Meta 7.523, Google 1.612"), a figure that
refers back into the one before it ("200 di antaranya WNI", "dari jumlah itu"), or figures right next to a total
that add up to it exactly ("1.386 kasus ... 544 kasus judi online dan 842 kasus scam online"). A part is always
smaller than its total and counts the same unit.

`figure_kind` is `period` (counted within period_start..period_end, or a window such as "dalam lima tahun
terakhir"), `running_total` (cumulative up to as_of_date: "sejak 2020", "hingga kini", "secara keseluruhan", a
blocked figure with "telah memblokir" and no closed period; the word "total" alone is no cue: "total 27 tersangka
diamankan dalam penggerebekan itu" counts one raid) or `change` ("bertambah 1.200 kasus"). A part is the kind of its
total unless it is a change.

`relate` is the one hook in the resolvers (called when a new fact is kept); `link_sums` runs over each article's
kept facts when the frames are built.
"""

from __future__ import annotations

from transforms.dates import Period
from transforms.facts.attributes import Fact
from transforms.facts.context import sentence_periods
from transforms.facts.figure import Figure, says
from transforms.facts.lexicon import (
    CHANGE_BEFORE,
    NEW_LEVEL_BEFORE,
    PART_OF_BEFORE,
    PERFECT_BEFORE,
    RECENT_WINDOW,
    RUNNING_TOTAL,
    SINCE,
)

RUNNING_PERIODS = {
    "open",
    "until",
    "until_point",
}  # "sejak 2020", "sejak dibentuk hingga 20 Juni", "hingga Juli 2023"
MAX_PARTS = 6  # the longest run of adjacent figures tried as the parts of a total


def figure_kind(fig: Figure, period: Period | None, table: str) -> str:
    """`change` after a verb of change; `running_total` for a period opened by "sejak", or with no closed period
    and a cumulative cue ("sejak", "hingga kini", "kumulatif", "terus bertambah"; for blocked content also "telah
    memblokir"); else `period`."""
    c, sent = fig.c, fig.sent
    before = sent.text[max(0, fig.num_at - 60) : fig.num_at]
    if CHANGE_BEFORE.search(before):
        return "change"
    if period is not None and period.kind in RUNNING_PERIODS:
        return "running_total"
    own = period is not None and period in sentence_periods(c, sent.sent_idx)
    if own and SINCE.search(c.body[max(0, period.start_char - 30) : period.end_char]):  # type: ignore[union-attr]
        return "running_total"
    if period is not None and period.start is not None and period.end is not None:
        return "period"
    if says(RECENT_WINDOW, sent.text):
        return "period"
    if says(RUNNING_TOTAL, sent.text):
        return "running_total"
    if table == "blocked" and PERFECT_BEFORE.search(before):
        return "running_total"
    return "period"


def refers_into(fig: Figure) -> bool:
    """ "200 di antaranya WNI", "Dari jumlah itu, 312 orang": the figure is counted within the one before."""
    before = fig.sent.text[max(0, fig.num_at - 60) : fig.num_at]
    return bool(PART_OF_BEFORE.search(before) or PART_OF_BEFORE.search(fig.window[:40]))


def relate(
    fact: Fact,
    fig: Figure,
    period: Period | None,
    totals: dict[tuple[str, str], Fact],
    table: str,
    part_cue: bool,
) -> None:
    """Set a new fact's `part_of_fact_id` and `figure_kind`, and note it as the article's latest total of its table
    when it is top-level. `part_cue`: the resolver found it to be an item of the figure before (a breakdown, a
    list item); a figure that refers into the one before is one too."""
    key = (table, str(fact["article_id"]))
    total = totals.get(key)
    kind = figure_kind(fig, period, table)
    fact["part_of_fact_id"] = None
    if total is not None and _is_part(fig, fact, total, part_cue):
        fact["part_of_fact_id"] = total["fact_id"]
        if kind != "change" and _same_period(fact, total):
            kind = str(total["figure_kind"])
    fact["figure_kind"] = kind
    # (a figure of an earlier period is a comparison: the parts after it still split the total)
    if fact["part_of_fact_id"] is None and kind != "change" and not _before(fact, total):
        totals[key] = fact


def relate_split(fact: Fact, fig: Figure, total: Fact | None) -> None:
    """A split of a count of people by sex or age ("terdiri dari delapan perempuan dan 22 laki-laki") is a part of
    that count when it fits under it (`_fits`), counted like it unless it is a change. It never becomes the
    article's latest total: the count it splits stays the figure later parts refer to."""
    kind = figure_kind(fig, None, "cases")
    fits = total is not None and _fits(fact, total)
    fact["part_of_fact_id"] = total["fact_id"] if fits else None  # type: ignore[index]
    if fits and kind != "change":
        kind = str(total["figure_kind"])  # type: ignore[index]
    fact["figure_kind"] = kind


def _is_part(fig: Figure, fact: Fact, total: Fact, part_cue: bool) -> bool:
    """An item of a breakdown or list counting what its total counts, or a figure that refers into the total
    ("Dari jumlah tersebut, 171.420 konten berupa situs": another object may be named); never a new level of it
    ("turun menjadi 78.306")."""
    before = fig.sent.text[max(0, fig.num_at - 40) : fig.num_at]
    if NEW_LEVEL_BEFORE.search(before) or not _fits(fact, total):
        return False
    return refers_into(fig) or (part_cue and _measure(fact) == _measure(total))


def _before(fact: Fact, total: Fact | None) -> bool:
    """The figure's period ended before the total's began ("pada 2022 tercatat 668 orang" after a count of January to
    July 2024)."""
    end = fact["period_end"]
    start = total["period_start"] if total is not None else None
    return end is not None and start is not None and end < start  # type: ignore[operator]


def _measure(f: Fact) -> object:
    return f.get("unit", f.get("object_type"))


def _fits(part: Fact, total: Fact) -> bool:
    """A part is smaller than its total, in the same article and counts the same unit (case counts)."""
    return (
        part["article_id"] == total["article_id"]
        and float(part["value"]) < float(total["value"])  # type: ignore[arg-type]
        and ("unit" not in part or part["unit"] == total["unit"])
    )


def _same_period(part: Fact, total: Fact) -> bool:
    if part["period_start"] is None and part["period_end"] is None:
        return True
    return (part["period_start"], part["period_end"]) == (total["period_start"], total["period_end"])


def link_sums(facts: list[Fact]) -> None:
    """Figures right next to a total (just before or after it, among the article's figures of the same unit or
    object) that add up to it exactly, two or more, with its period or none, are its parts ("1.386 kasus ... 544
    kasus judi online dan 842 kasus scam online"). Only figures not yet related are linked."""
    by_article: dict[tuple[object, object], list[Fact]] = {}
    for f in facts:
        by_article.setdefault((f["article_id"], _measure(f)), []).append(f)
    for group in by_article.values():
        group.sort(key=lambda f: int(f["char_start"]))  # type: ignore[arg-type]
        for i, total in enumerate(group):
            if total["part_of_fact_id"] is not None or total["figure_kind"] == "change":
                continue
            before = [f for f in group[:i] if f["part_of_fact_id"] is None][-2:]  # (past the splits of each)
            if _days_add_up(before, total):
                _span_days(before, total, group)
                continue
            for run in _runs_next_to(group, i):
                if _adds_up(run, total):
                    for part in run:
                        part["part_of_fact_id"] = total["fact_id"]
                        if part["figure_kind"] != "change":  # a part counts the way its total does
                            part["figure_kind"] = total["figure_kind"]
                    break


def _days_add_up(run: list[Fact], total: Fact) -> bool:
    """ "Sebanyak 400 WNI tiba ... Selasa (18/3/2025). ... 154 WNI lainnya dijadwalkan tiba pada Rabu (19/3/2025).
    Dengan begitu, total yang dipulangkan mencapai 554 orang": the two figures right before a total add up to it
    exactly (the two top-level figures before it), each counted on a day of its own, and the total took the day of
    one of them."""
    if len(run) != 2 or any(p["qualifier"] != "exact" for p in run):
        return False
    days = [(p["period_start"], p["period_end"]) for p in run]
    if any(
        a is None or a != b or p["period_precision"] != "day" for (a, b), p in zip(days, run, strict=True)
    ):
        return False
    return (
        days[0] != days[1]
        and (total["period_start"], total["period_end"]) in days
        and sum(float(p["value"]) for p in run) == float(total["value"])  # type: ignore[arg-type]
        and all(_fits(p, total) for p in run)
    )


def _span_days(run: list[Fact], total: Fact, group: list[Fact]) -> None:
    """The total spans the days of its parts; the splits that took the total's day take its span too."""
    old = (total["period_start"], total["period_end"])
    span = (min(p["period_start"] for p in run), max(p["period_end"] for p in run))  # type: ignore[type-var]
    for f in group:
        if f is total or (
            f["part_of_fact_id"] == total["fact_id"] and (f["period_start"], f["period_end"]) == old
        ):
            f["period_start"], f["period_end"] = span
    for p in run:
        p["part_of_fact_id"] = total["fact_id"]


def _runs_next_to(group: list[Fact], i: int) -> list[list[Fact]]:
    after = [group[i + 1 : i + 1 + n] for n in range(2, MAX_PARTS + 1) if i + n < len(group)]
    before = [group[i - n : i] for n in range(2, MAX_PARTS + 1) if i - n >= 0]
    return after + before


def _adds_up(run: list[Fact], total: Fact) -> bool:
    return (
        all(
            p["part_of_fact_id"] is None
            and p["figure_kind"] != "change"
            and p["qualifier"] == "exact"
            and _fits(p, total)
            and _same_period(p, total)
            for p in run
        )
        and sum(float(p["value"]) for p in run) == float(total["value"])  # type: ignore[arg-type]
    )


def settle(facts: list[Fact]) -> list[Fact]:
    """After facts were dropped (roundings): a part whose total is gone is top-level again."""
    kept = {f["fact_id"] for f in facts}
    for f in facts:
        if f["part_of_fact_id"] is not None and f["part_of_fact_id"] not in kept:
            f["part_of_fact_id"] = None
    return facts

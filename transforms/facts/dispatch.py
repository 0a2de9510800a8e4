"""`extract_facts`: every candidate figure through the screening rules, then to the resolver of its kind."""

from __future__ import annotations

from collections import defaultdict

import polars as pl

from transforms.facts.blocked import blocked_cue, resolve_blocked
from transforms.facts.candidates import iter_candidates
from transforms.facts.cases import resolve_case
from transforms.facts.context import ArticleContext
from transforms.facts.figure import Figure, counted_noun
from transforms.facts.ledger import Ledger
from transforms.facts.money import resolve_money
from transforms.facts.screen import (
    count_unit,
    dangling_reference,
    magnitude,
    not_a_count,
    restates_vague,
    year_not_count,
)


def exact_nouns(candidates: pl.DataFrame) -> dict[str, dict[str, float]]:
    """Per article, the nouns counted by exact (not vague, not money) figures, each with its largest figure."""
    nouns: dict[str, dict[str, float]] = defaultdict(dict)
    exact = candidates.filter(~pl.col("is_vague") & ~pl.col("is_money"))
    for art, noun, value in exact.select("article_id", "noun1", "value").iter_rows():
        key = noun or ""
        nouns[art][key] = max(nouns[art].get(key, 0.0), value or 0.0)
    return nouns


def exact_counts(candidates: pl.DataFrame) -> dict[str, set[tuple[str, int]]]:
    """Per article, the unit and order of magnitude of each exact (not vague, not money) count of cases or people."""
    counts: dict[str, set[tuple[str, int]]] = defaultdict(set)
    exact = candidates.filter(~pl.col("is_vague") & ~pl.col("is_money"))
    for art, value, noun1, noun2 in exact.select("article_id", "value", "noun1", "noun2").iter_rows():
        unit = count_unit(counted_noun(noun1, noun2))
        if unit is not None and value >= 1:
            counts[art].add((unit, magnitude(value)))
    return counts


def extract_facts(
    candidates: pl.DataFrame, contexts: dict[str, ArticleContext], enforcers: frozenset[str] = frozenset()
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Resolve candidates into (case_counts, blocked_content, money) frames; one fact per repeated figure.

    Candidates are read in article order, since a figure may refer back to the ones before it (the article's
    `Discourse`). `enforcers` are the Indonesian law-enforcement and immigration agencies (domestic arrests ->
    country ID).
    """
    ledger = Ledger(exact_nouns=exact_nouns(candidates), exact_counts=exact_counts(candidates))
    for cand in iter_candidates(candidates):
        c = contexts.get(cand.article_id)
        if c is None or cand.sent_idx >= len(c.sentences):
            continue
        fig = Figure(c, cand, c.sentence(cand.sent_idx))
        if not_a_count(fig) or restates_vague(
            fig, ledger.exact_nouns.get(c.article_id, {}), ledger.exact_counts.get(c.article_id, set())
        ):
            continue
        if cand.is_money:
            resolve_money(fig, ledger)
            continue
        if year_not_count(fig) or dangling_reference(fig):
            continue
        cue = blocked_cue(fig)
        if cue.claims:
            resolve_blocked(fig, cue, ledger)
        else:
            resolve_case(fig, ledger, enforcers)
    return ledger.frames()

"""Clean articles -> extracted facts and mentions: the whole extraction stage as one pure function."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import polars as pl

from transforms.delegations import extract_delegations
from transforms.entities import (
    contextual_agencies,
    inside_ranks,
    local_bodies_abroad,
    local_persons_abroad,
    match_reference_entities,
    offices_before_foreign_bodies,
    renamed_by_date,
    renamed_persons,
    stories_abroad,
    titled_domestic_bodies,
    titled_foreign_agencies,
)
from transforms.facts import build_contexts, extract_facts, find_number_candidates
from transforms.persons import extract_persons
from transforms.reference import Reference, load_reference
from transforms.text import LINK_LINE, closed_expr, gate_scans, headline_expr, split_sentences, tokenize

# Every module of the stage is imported: their patterns' scans first ask the words every match needs (text.Scan).
gate_scans(module for name, module in list(sys.modules.items()) if name.startswith("transforms."))

EXTRACT_LANGUAGES = {"id"}


@dataclass
class Extraction:
    sentences: pl.DataFrame
    entity_mentions: pl.DataFrame
    persons: pl.DataFrame
    case_counts: pl.DataFrame
    blocked_content: pl.DataFrame
    money: pl.DataFrame
    delegations: pl.DataFrame
    delegation_participants: pl.DataFrame

    def tables(self) -> dict[str, pl.DataFrame]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def title_agencies(persons: pl.DataFrame, mentions: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """ "Presiden Joko Widodo": a title that names its office (titles.csv: Presiden -> PRESIDEN_RI) mentions that
    body, even where no alias of it is written. One mention at the title, for an agency not named otherwise."""
    cols = ["article_id", "sent_idx", "entity_type", "entity_id", "char_start", "char_end"]
    named = mentions.filter(pl.col("entity_type") == "agency").select(
        "article_id", pl.col("entity_id").alias("agency_id")
    )
    title, start = pl.col("title"), pl.col("char_start")
    # The title's last occurrence that ends before the name, at most 40 characters ahead of it: a greedy prefix
    # of the window, then the title.
    lo = pl.max_horizontal(start - title.str.len_chars() - 40, 0)
    prefix = (
        pl.col("body")
        .str.slice(lo, start - lo)
        .str.extract(pl.concat_str(pl.lit("(?s)^(.*)"), title.str.escape_regex()))
    )
    found = (
        persons.filter((title != "") & (pl.col("agency_id") != ""))
        .join(named, on=["article_id", "agency_id"], how="anti", maintain_order="left")
        .join(articles.select("article_id", "body"), on="article_id", maintain_order="left")
        .with_columns((lo + prefix.str.len_chars()).alias("at"))
        .filter(pl.col("at").is_not_null())
        # the first person (in the persons' order) whose title is found names the agency
        .unique(["article_id", "agency_id"], keep="first", maintain_order=True)
    )
    return found.select(
        "article_id",
        "sent_idx",
        pl.lit("agency").alias("entity_type"),
        pl.col("agency_id").alias("entity_id"),
        pl.col("at").alias("char_start"),
        (pl.col("at") + title.str.len_chars()).alias("char_end"),
    ).cast(mentions.select(cols).schema)


# "perwakilan RI", "Perwakilan Republik Indonesia": Indonesia's missions abroad (drop_non_mentions).
_MISSIONS = r"(?i)^perwakilan(?:-perwakilan)?\s+(?:RI|Indonesia|republik\s+indonesia)\b"


def drop_non_mentions(
    mentions: pl.DataFrame, sentences: pl.DataFrame, articles: pl.DataFrame
) -> pl.DataFrame:
    """Not mentions of the story: names inside Title Case headlines of other stories ("Baca juga" lists), countries
    that only qualify a currency or a language ("dolar AS", "bahasa Inggris"), and Indonesia's missions abroad in
    general ("melapor kepada perwakilan RI", "perwakilan RI di luar negeri"), which name no embassy: only a mission
    placed somewhere ("Perwakilan RI di Hanoi") is one."""
    text = pl.col("sentence_text")
    headlines = pl.concat(
        [
            sentences.filter(~closed_expr(text)).filter(headline_expr(text)).select("article_id", "sent_idx"),
            sentences.filter(text.str.contains(LINK_LINE)).select("article_id", "sent_idx"),
        ]
    ).unique()
    kept = mentions.join(headlines, on=["article_id", "sent_idx"], how="anti")
    before = pl.col("body").str.slice(
        pl.max_horizontal(pl.col("char_start") - 10, 0), pl.min_horizontal(pl.col("char_start"), 10)
    )
    qualifier = (pl.col("entity_type") == "country") & before.str.contains(
        r"(?i)\b(?:dolar|dollar|bahasa)\s+$"
    )
    after = pl.col("body").str.slice(pl.col("char_start"), 60)
    missions = (
        (pl.col("entity_type") == "agency")
        & after.str.contains(_MISSIONS)
        & (
            ~after.str.contains(_MISSIONS + r"\s+(?:di|untuk)\s")
            | after.str.contains(_MISSIONS + r"\s+di\s+luar\s+negeri\b")
        )
    )
    return (
        kept.join(articles.select("article_id", "body"), on="article_id")
        .filter(~qualifier & ~missions)
        .drop("body")
    )


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Python's cycle collector paused for the block. The rules allocate millions of short-lived tuples, match
    objects and dicts, freed by reference counting; every 700 allocations the collector would walk the young ones,
    and every few thousand the whole heap (the reference tables, the regex caches): ~10% of extraction's CPU
    (bench/profile_stages.py). Cycles made meanwhile are collected when it resumes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract_all(clean: pl.DataFrame, ref: Reference | None = None) -> Extraction:
    """Extract every fact and mention from clean articles (article_id, body, published_date, language).

    Articles not in Indonesian are skipped (they stay in dim_article with their language) because the rules
    are written for Indonesian.
    """
    with _without_cycle_collector():
        return _extract_all(clean, ref)


def _extract_all(clean: pl.DataFrame, ref: Reference | None) -> Extraction:
    ref = ref or load_reference()
    articles = _extractable(clean)
    sentences = split_sentences(articles)
    tokens = tokenize(sentences)
    ref_mentions = renamed_by_date(_reference_mentions(sentences, tokens, articles, ref), articles, ref)
    persons, person_mentions = extract_persons(tokens, ref_mentions, articles, ref)
    persons = renamed_persons(persons, articles, ref)
    # After the persons, whose titles read the role words and the country themselves.
    ref_mentions = _with_titled_foreign_agencies(ref_mentions, sentences, articles, ref)
    ref_mentions = ref_mentions.join(
        inside_ranks(ref_mentions, articles, ref), on=["article_id", "entity_type", "char_start"], how="anti"
    ).join(
        offices_before_foreign_bodies(ref_mentions, articles, ref),
        on=["article_id", "entity_type", "char_start"],
        how="anti",
    )
    # a story set wholly abroad: its bare "kepolisian" is the local police, for mentions and titles alike
    abroad = stories_abroad(ref_mentions, articles, ref, persons)
    abroad_mentions = local_bodies_abroad(ref_mentions, articles, ref, persons, abroad)
    persons = local_persons_abroad(persons, ref_mentions, articles, ref, abroad)
    ref_mentions = abroad_mentions
    mentions = _entity_mentions(ref_mentions, persons, person_mentions, articles)
    contexts = build_contexts(articles, sentences, mentions, persons)
    candidates = find_number_candidates(tokens)
    case_counts, blocked, money = extract_facts(candidates, contexts, _enforcers(ref))
    domestic = frozenset(ref.agencies.filter(pl.col("country_id") == "ID")["agency_id"].to_list())
    missions = frozenset(
        ref.agencies.filter(pl.col("agency_type") == "DiplomaticMission")["agency_id"].to_list()
    )
    # one-word titles of officials ("Kapolri", "Menlu"): a bare title names the body that leads a visit
    titles = {
        t: a
        for t, a in ref.titles.filter(pl.col("kind") == "position").select("title", "agency_id").iter_rows()
        if a and " " not in t
    }
    delegations, participants = extract_delegations(contexts, persons, mentions, domestic, missions, titles)
    return Extraction(
        sentences=sentences,
        entity_mentions=mentions,
        persons=persons.select(
            "article_id", "person_id", "full_name", "title", "agency_id", "country_id", "char_start"
        ),
        case_counts=case_counts,
        blocked_content=blocked,
        money=money,
        delegations=delegations,
        delegation_participants=participants,
    )


def _extractable(clean: pl.DataFrame) -> pl.DataFrame:
    """The articles the rules can read: in a language they are written for, with a body."""
    return clean.filter(
        pl.col("language").is_in(list(EXTRACT_LANGUAGES)) & (pl.col("body").str.len_chars() > 0)
    )


def _reference_mentions(
    sentences: pl.DataFrame, tokens: pl.DataFrame, articles: pl.DataFrame, ref: Reference
) -> pl.DataFrame:
    """Agency and country mentions from the reference lists, the contextual reading of a span replacing the
    generic one, words that only look like a name dropped."""
    ref_mentions = match_reference_entities(tokens, ref)
    contextual = contextual_agencies(sentences, ref_mentions, ref)
    # The contextual reading of a span ("kepolisian setempat" after "di Kamboja": Cambodia's police) replaces the
    # generic one of the same words (Polri): one entity per span, so one mention id per span.
    generic = ref_mentions.join(
        contextual.select("article_id", "entity_type", "char_start"),
        on=["article_id", "entity_type", "char_start"],
        how="anti",
    )
    ref_mentions = pl.concat([generic, contextual]).sort("article_id", "char_start")
    return drop_non_mentions(ref_mentions, sentences, articles)


def _with_titled_foreign_agencies(
    ref_mentions: pl.DataFrame, sentences: pl.DataFrame, articles: pl.DataFrame, ref: Reference
) -> pl.DataFrame:
    """ "Menteri Dalam Negeri Laos": a foreign body named by function and country replaces the agency mentions
    inside its span (the Indonesian ministry of the same function)."""
    foreign = titled_foreign_agencies(sentences, ref_mentions, ref)
    domestic = titled_domestic_bodies(sentences, ref)
    # "Wakil Menteri Dalam Negeri Myanmar": the Indonesian ministry the minister's words name inside a foreign
    # body's span is that body's function, not a second agency
    if not foreign.is_empty() and not domestic.is_empty():
        covered = (
            domestic.join(
                foreign.select(
                    "article_id", pl.col("char_start").alias("f_start"), pl.col("char_end").alias("f_end")
                ),
                on="article_id",
            )
            .filter((pl.col("char_start") < pl.col("f_end")) & (pl.col("char_end") > pl.col("f_start")))
            .select("article_id", "char_start")
            .unique()
        )
        domestic = domestic.join(covered, on=["article_id", "char_start"], how="anti")
    titled = drop_non_mentions(pl.concat([foreign, domestic]), sentences, articles)
    if titled.is_empty():
        return ref_mentions
    spans = titled.select(
        "article_id", pl.col("char_start").alias("t_start"), pl.col("char_end").alias("t_end")
    )
    inside = (
        ref_mentions.filter(pl.col("entity_type") == "agency")
        .join(spans, on="article_id")
        .filter((pl.col("char_start") < pl.col("t_end")) & (pl.col("char_end") > pl.col("t_start")))
        .select("article_id", "entity_type", "char_start")
        .unique()
    )
    return (
        pl.concat(
            [
                ref_mentions.join(inside, on=["article_id", "entity_type", "char_start"], how="anti"),
                titled,
            ]
        )
        .unique(["article_id", "entity_type", "char_start"], keep="first", maintain_order=True)
        .sort("article_id", "char_start")
    )


def _entity_mentions(
    ref_mentions: pl.DataFrame, persons: pl.DataFrame, person_mentions: pl.DataFrame, articles: pl.DataFrame
) -> pl.DataFrame:
    """The entity_mentions table: agency, country and person mentions (and the agencies persons' titles name)
    with their surface text and a stable id."""
    columns = ["article_id", "sent_idx", "entity_type", "entity_id", "char_start", "char_end"]
    # "Menteri Perdagangan Internasional dan Industri" of a Malaysian minister: the body the person's title names
    # replaces the alias read at the same place (KEMENDAG), one mention per place
    titled_at = title_agencies(persons, ref_mentions, articles)
    # "Deputi PPATK Danang Tri Hartono": a place read inside a person's name is no country mention
    spans = person_mentions.select(
        "article_id", pl.col("char_start").alias("_ps"), pl.col("char_end").alias("_pe")
    )
    in_names = (
        ref_mentions.filter(pl.col("entity_type") == "country")
        .join(spans, on="article_id")
        .filter((pl.col("char_start") >= pl.col("_ps")) & (pl.col("char_end") <= pl.col("_pe")))
        .select("article_id", "entity_type", "char_start")
        .unique()
    )
    ref_mentions = ref_mentions.join(in_names, on=["article_id", "entity_type", "char_start"], how="anti")
    mentions = pl.concat(
        [
            ref_mentions.select(columns).join(
                titled_at, on=["article_id", "entity_type", "char_start"], how="anti"
            ),
            titled_at,
            person_mentions.select(columns),
        ]
    ).sort("article_id", "char_start")
    return (
        mentions.join(articles.select("article_id", "body"), on="article_id")
        .with_columns(
            pl.col("body")
            .str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
            .alias("surface_text"),
            # readable and stable: the same article text always gives the same ids
            pl.concat_str(["article_id", "entity_type", "char_start"], separator=":").alias("mention_id"),
        )
        .select(
            "mention_id",
            "article_id",
            "entity_type",
            "entity_id",
            "surface_text",
            "char_start",
            "char_end",
            "sent_idx",
        )
    )


def _enforcers(ref: Reference) -> frozenset[str]:
    """Indonesian police, immigration and prosecution bodies and their units (Satgas TPPO Polri, Bareskrim, ...)."""
    enforcing = (pl.col("country_id") == "ID") & pl.col("agency_type").is_in(
        ["LawEnforcement", "ImmigrationService", "JudicialOrganisation"]
    )
    heads = ref.agencies.filter(enforcing)["agency_id"].to_list()
    return frozenset(
        ref.agencies.filter(enforcing | pl.col("parent_agency_id").is_in(heads))["agency_id"].to_list()
    )

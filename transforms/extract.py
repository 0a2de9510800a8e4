"""Clean articles -> extracted facts and mentions: the whole extraction stage as one pure function."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from transforms.delegations import extract_delegations
from transforms.entities import extract_persons, match_reference_entities
from transforms.facts import build_contexts, extract_facts, find_number_candidates
from transforms.reference import Reference, load_reference
from transforms.text import split_sentences, tokenize

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


def _persons_per_article(
    tokens: pl.DataFrame, mentions: pl.DataFrame, articles: pl.DataFrame, ref: Reference
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`extract_persons` one article at a time.

    It learns "common words" from the tokens it is given, so on a batch an article's persons would depend on
    its neighbours; with the incremental extraction cache that would make the warehouse depend on which
    articles happened to arrive together. One article at a time, every article gets the same persons
    whether it is extracted alone, in a batch, today or next month.
    """
    found = [
        extract_persons(
            tokens.filter(pl.col("article_id") == article_id),
            mentions.filter(pl.col("article_id") == article_id),
            articles.filter(pl.col("article_id") == article_id),
            ref,
        )
        for article_id in articles["article_id"].to_list()
    ]
    if not found:
        return extract_persons(tokens, mentions, articles, ref)
    return (
        pl.concat([persons for persons, _ in found], how="vertical_relaxed"),
        pl.concat([person_mentions for _, person_mentions in found], how="vertical_relaxed"),
    )


def extract_all(clean: pl.DataFrame, ref: Reference | None = None) -> Extraction:
    """Extract every fact and mention from clean articles (article_id, body, published_date, language).

    Articles not in Indonesian are skipped (they stay in dim_article with their language) because the rules
    are written for Indonesian.
    """
    ref = ref or load_reference()
    articles = clean.filter(pl.col("language").is_in(list(EXTRACT_LANGUAGES)) & (pl.col("body").str.len_chars() > 0))
    sentences = split_sentences(articles)
    tokens = tokenize(sentences)
    ref_mentions = match_reference_entities(tokens, ref)
    persons, person_mentions = _persons_per_article(tokens, ref_mentions, articles, ref)
    mentions = pl.concat(
        [
            ref_mentions.select("article_id", "sent_idx", "entity_type", "entity_id", "char_start", "char_end"),
            person_mentions.select("article_id", "sent_idx", "entity_type", "entity_id", "char_start", "char_end"),
        ]
    ).sort("article_id", "char_start")
    mentions = (
        mentions.join(articles.select("article_id", "body"), on="article_id")
        .with_columns(
            pl.col("body").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")).alias("surface_text"),
            # readable and stable: the same article text always gives the same ids
            pl.concat_str(["article_id", "entity_type", "char_start"], separator=":").alias("mention_id"),
        )
        .select("mention_id", "article_id", "entity_type", "entity_id", "surface_text", "char_start", "char_end", "sent_idx")
    )
    contexts = build_contexts(articles, sentences, mentions, persons)
    candidates = find_number_candidates(tokens)
    case_counts, blocked, money = extract_facts(candidates, contexts)
    delegations, participants = extract_delegations(contexts, persons, mentions)
    return Extraction(
        sentences=sentences,
        entity_mentions=mentions,
        persons=persons.select("article_id", "person_id", "full_name", "title", "agency_id", "country_id", "char_start"),
        case_counts=case_counts,
        blocked_content=blocked,
        money=money,
        delegations=delegations,
        delegation_participants=participants,
    )

"""Mentions of agencies, countries and persons.

Agencies and countries: every 1..8-token n-gram of every sentence is looked up in the reference surface forms
with one hash join (exact, case-insensitive unless the form is marked case-sensitive), then unmatched
capitalised n-grams are matched fuzzily (rapidfuzz) against agency names to catch typos ("Kemnko Polhukam").
Persons are found in transforms/persons.py (re-exported here).
"""

from __future__ import annotations

import re
from collections import defaultdict

import polars as pl
from rapidfuzz import fuzz, process

from transforms.patterns import examples
from transforms.reference import Reference
from transforms.text import ngrams

MAX_NGRAM = 8
FUZZY_MIN_SCORE = 90.0
FUZZY_MIN_CHARS = 8

MENTION_SCHEMA = {
    "article_id": pl.String, "sent_idx": pl.Int32, "entity_type": pl.String, "entity_id": pl.String,
    "char_start": pl.Int64, "char_end": pl.Int64, "tok_idx": pl.Int32, "n": pl.Int32,
}


def _longest_non_overlapping(matches: pl.DataFrame) -> pl.DataFrame:
    """Keep the longest match at each start, then, left to right, each match that starts after the end of the
    last match kept (a dropped match must not hide the ones after it)."""
    if matches.is_empty():
        return matches
    best = (
        matches.sort(["article_id", "entity_type", "char_start", "char_end"], descending=[False, False, False, True])
        .unique(subset=["article_id", "entity_type", "char_start"], keep="first", maintain_order=True)
    )
    # Overlaps are rare: a match overlapping nothing before it is kept without the sequential pass.
    prev_end = pl.col("char_end").cum_max().shift(1).over("article_id", "entity_type")
    best = best.with_columns((prev_end.is_null() | (pl.col("char_start") >= prev_end)).alias("_free"))
    if best["_free"].all():
        return best.drop("_free")
    keep = [True] * best.height
    groups = (best["article_id"] + "\x00" + best["entity_type"]).to_list()
    starts, ends = best["char_start"].to_list(), best["char_end"].to_list()
    last_group, last_end = None, -1
    for k in range(best.height):
        if groups[k] != last_group:
            last_group, last_end = groups[k], -1
        if starts[k] < last_end:
            keep[k] = False
        else:
            last_end = ends[k]
    return best.filter(pl.Series(keep)).drop("_free")


def match_reference_entities(tokens: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Agency and country mentions: article_id, sent_idx, entity_type, entity_id, char_start, char_end, tok_idx, n."""
    grams = ngrams(tokens, MAX_NGRAM)
    forms = ref.surface_forms
    insensitive = grams.join(
        forms.filter(~pl.col("case_sensitive")).select("phrase", "entity_type", "entity_id"), on="phrase", how="inner"
    )
    sensitive = grams.join(
        forms.filter(pl.col("case_sensitive")).select(pl.col("phrase").alias("phrase_cased"), "entity_type", "entity_id"),
        on="phrase_cased",
        how="inner",
    )
    exact = pl.concat([insensitive, sensitive], how="diagonal").select(
        "article_id", "sent_idx", "entity_type", "entity_id",
        pl.col("start").cast(pl.Int64).alias("char_start"), pl.col("end").cast(pl.Int64).alias("char_end"),
        "tok_idx", "n",
    )
    fuzzy = _fuzzy_agencies(grams, exact, ref)
    return _longest_non_overlapping(pl.concat([exact, fuzzy]).cast(MENTION_SCHEMA)).sort(
        "article_id", "char_start"
    )


def _fuzzy_agencies(grams: pl.DataFrame, exact: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Typos of agency names: capitalised 2..3-token n-grams close to a long agency form (rapidfuzz.cdist over the
    distinct candidates of the whole batch, not per article)."""
    forms = ref.surface_forms.filter(
        (pl.col("entity_type") == "agency") & (pl.col("phrase").str.len_chars() >= FUZZY_MIN_CHARS) & (pl.col("n_tokens") >= 2)
    )
    cands = grams.filter(
        pl.col("n").is_between(2, 3)
        & pl.col("phrase_cased").str.contains(r"^[A-Z]\S*(?: [A-Z]\S*)+$")
        & (pl.col("phrase").str.len_chars() >= FUZZY_MIN_CHARS)
    ).join(exact.select("article_id", pl.col("char_start").alias("start")), on=["article_id", "start"], how="anti")
    if cands.is_empty() or forms.is_empty():
        return pl.DataFrame(schema=MENTION_SCHEMA)
    uniq = cands["phrase"].unique().to_list()
    choices = forms["phrase"].to_list()
    scores = process.cdist(uniq, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, workers=1)
    best: dict[str, str] = {}
    for i, phrase in enumerate(uniq):
        j = int(scores[i].argmax())
        if scores[i][j] >= FUZZY_MIN_SCORE and phrase not in choices:
            best[phrase] = forms["entity_id"][j]
    if not best:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    hits = pl.DataFrame({"phrase": list(best), "entity_id": list(best.values())})
    return cands.join(hits, on="phrase").select(
        "article_id", "sent_idx", pl.lit("agency").alias("entity_type"), "entity_id",
        pl.col("start").cast(pl.Int64).alias("char_start"), pl.col("end").cast(pl.Int64).alias("char_end"),
        "tok_idx", "n",
    )


# "kepolisian setempat", "imigrasi negara tersebut", "Kepolisian dan Imigrasi Myanmar": a country's police or
# immigration named through the country the story is talking about.
_LOCAL_BODY = re.compile(
    r"\b(?P<body>kepolisian|polisi|imigrasi|biro\s+imigrasi)\s+(?:(?P<local>setempat|negara\s+(?:tersebut|itu|ini))"
    r"|dan\s+(?:kepolisian|polisi|imigrasi)\s+(?P<named>[A-Z]\w+))",
    re.I,
)


# "Cambodian National Police", "Polis Diraja Malaysia": the reference agencies that are a country's police.
_POLICE_NAME = re.compile(r"police|polis", re.I)


def contextual_agencies(sentences: pl.DataFrame, mentions: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Police and immigration bodies named by reference to a country ("kepolisian setempat" after "di Laos"):
    the country is the one named, else the latest foreign country mentioned before, else the story's only one."""
    police: dict[str, str] = {}
    immigration: dict[str, str] = {}
    for aid, atype, cid, name in ref.agencies.select("agency_id", "agency_type", "country_id", "name_en").iter_rows():
        if not cid or cid == "ID":
            continue
        if atype == "ImmigrationService":
            immigration.setdefault(cid, aid)
        elif atype == "LawEnforcement" and _POLICE_NAME.search(name or ""):
            police.setdefault(cid, aid)
    hits = sentences.filter(
        pl.col("sentence_text").str.contains(
            r"(?i)\b(?:kepolisian|polisi|imigrasi)\s+(?:setempat|negara\s+(?:tersebut|itu|ini)|dan\s+(?:kepolisian|polisi|imigrasi)\s+[A-Z])"
        )
    )
    if hits.is_empty():
        return pl.DataFrame(schema=MENTION_SCHEMA)
    countries: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for art, cid, start in mentions.filter((pl.col("entity_type") == "country") & (pl.col("entity_id") != "ID")).select(
        "article_id", "entity_id", "char_start"
    ).iter_rows():
        countries[art].append((start, cid))
    name_to_country = {
        phrase: cid for phrase, cid in ref.surface_forms.filter(pl.col("entity_type") == "country").select("phrase", "entity_id").iter_rows()
    }
    out: list[dict[str, object]] = []
    for art, sent, s_start, text in hits.select("article_id", "sent_idx", "sent_start", "sentence_text").iter_rows():
        for m in _LOCAL_BODY.finditer(text):
            at = s_start + m.start()
            if m.group("named"):
                cid = name_to_country.get(m.group("named").lower())
            else:
                before = [c for start, c in countries.get(art, []) if start < at]
                distinct = {c for _, c in countries.get(art, [])}
                cid = before[-1] if before else (distinct.pop() if len(distinct) == 1 else None)
            body = m.group("body").lower()
            aid = (immigration if "imigrasi" in body else police).get(cid or "")
            if aid:
                out.append({
                    "article_id": art, "sent_idx": sent, "entity_type": "agency", "entity_id": aid,
                    "char_start": at, "char_end": s_start + m.start() + len(m.group("body")), "tok_idx": None, "n": None,
                })
    return pl.DataFrame(out, schema=MENTION_SCHEMA)


# What each pattern exists for (checked by tests/transforms/test_lexicon.py).
examples(
    _LOCAL_BODY,
    matches=("diselamatkan kepolisian setempat", "Kepolisian dan Imigrasi Myanmar"),
    rejects=("diselamatkan kepolisian Indonesia",),
)
examples(_POLICE_NAME, matches=("Cambodian National Police",), rejects=("General Department of Immigration",))


def __getattr__(name: str) -> object:
    """The person rules moved to transforms/persons.py; their old names here still work."""
    if name in {"extract_persons", "person_slug", "ForeignBodies"}:
        from transforms import persons

        return getattr(persons, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

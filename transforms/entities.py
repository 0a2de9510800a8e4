"""Mentions of agencies, countries and persons.

Agencies and countries: every 1..8-token n-gram of every sentence is looked up in the reference surface forms
with one hash join (exact, case-insensitive unless the form is marked case-sensitive), then unmatched
capitalised n-grams are matched fuzzily (rapidfuzz) against agency names to catch typos ("Kemnko Polhukam").
Persons are found in transforms/persons.py (re-exported here).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import polars as pl
from rapidfuzz import fuzz, process

from transforms.patterns import examples
from transforms.reference import Reference
from transforms.text import Gated, folded, ngrams

MAX_NGRAM = 8
FUZZY_MIN_SCORE = 90.0
FUZZY_MIN_CHARS = 8

MENTION_SCHEMA = {
    "article_id": pl.String,
    "sent_idx": pl.Int32,
    "entity_type": pl.String,
    "entity_id": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "tok_idx": pl.Int32,
    "n": pl.Int32,
}


def _longest_non_overlapping(matches: pl.DataFrame) -> pl.DataFrame:
    """Keep the longest match at each start, then, left to right, each match that starts after the end of the
    last match kept (a dropped match must not hide the ones after it)."""
    if matches.is_empty():
        return matches
    best = matches.sort(
        ["article_id", "entity_type", "char_start", "char_end"], descending=[False, False, False, True]
    ).unique(subset=["article_id", "entity_type", "char_start"], keep="first", maintain_order=True)
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
    forms = ref.surface_forms
    grams = ngrams(tokens, MAX_NGRAM, _longest_form(forms))
    insensitive = grams.join(
        forms.filter(~pl.col("case_sensitive")).select("phrase", "entity_type", "entity_id"),
        on="phrase",
        how="inner",
    )
    sensitive = grams.join(
        forms.filter(pl.col("case_sensitive")).select(
            pl.col("phrase").alias("phrase_cased"), "entity_type", "entity_id"
        ),
        on="phrase_cased",
        how="inner",
    )
    exact = pl.concat([insensitive, sensitive], how="diagonal").select(
        "article_id",
        "sent_idx",
        "entity_type",
        "entity_id",
        pl.col("start").cast(pl.Int64).alias("char_start"),
        pl.col("end").cast(pl.Int64).alias("char_end"),
        "tok_idx",
        "n",
    )
    fuzzy = _fuzzy_agencies(grams, exact, ref)
    pairs = _slash_pairs(tokens, forms)
    return _longest_non_overlapping(pl.concat([exact, fuzzy, pairs]).cast(MENTION_SCHEMA)).sort(
        "article_id", "char_start"
    )


def _longest_form(forms: pl.DataFrame) -> pl.Expr:
    """Per token, the most tokens a run starting there needs: the longest surface form whose first word it is
    (lower-cased, or as written for the case-sensitive forms), and 3 for a capitalised word (the fuzzy match
    reads capitalised runs of 2..3 tokens). Runs longer than that cannot equal any form."""
    first = pl.col("phrase").str.split(" ").list.first()
    by_first = [
        forms.filter(pl.col("case_sensitive") == cased)
        .group_by(first.alias("word"))
        .agg(pl.col("n_tokens").max())
        for cased in (False, True)
    ]
    insensitive, sensitive = (dict(zip(f["word"], f["n_tokens"], strict=True)) for f in by_first)
    longest = pl.max_horizontal(
        pl.col("norm").replace_strict(insensitive, default=0, return_dtype=pl.Int32),
        pl.col("token").replace_strict(sensitive, default=0, return_dtype=pl.Int32),
        pl.when(pl.col("token").str.contains(r"^[A-Z]")).then(3).otherwise(0).cast(pl.Int32),
    )
    return pl.min_horizontal(longest, MAX_NGRAM)


# "TNI/Polri", "Kemlu/KBRI": names joined by a slash are one whitespace token; each part is looked up alone.
_SLASH_PART = re.compile(r"[^/]+")


def _slash_pairs(tokens: pl.DataFrame, forms: pl.DataFrame) -> pl.DataFrame:
    """Mentions of the parts of slash-joined tokens ("TNI/Polri" -> TNI and POLRI), each part a one-token form."""
    joined = tokens.filter(pl.col("token").str.contains(r"^[^/\s:]+(?:/[^/\s:]+)+$"))
    if joined.is_empty():
        return pl.DataFrame(schema=MENTION_SCHEMA)
    rows = []
    for art, sent, tok_idx, start, token in joined.select(
        "article_id", "sent_idx", "tok_idx", "start", "token"
    ).iter_rows():
        for m in _SLASH_PART.finditer(token):
            rows.append(
                (art, sent, tok_idx, start + m.start(), start + m.end(), m.group(), m.group().lower())
            )
    parts = pl.DataFrame(
        rows,
        schema={
            "article_id": pl.String,
            "sent_idx": pl.Int32,
            "tok_idx": pl.Int32,
            "char_start": pl.Int64,
            "char_end": pl.Int64,
            "phrase_cased": pl.String,
            "phrase": pl.String,
        },
        orient="row",
    )
    one = forms.filter(pl.col("n_tokens") == 1)
    insensitive = parts.join(
        one.filter(~pl.col("case_sensitive")).select("phrase", "entity_type", "entity_id"), on="phrase"
    )
    sensitive = parts.join(
        one.filter(pl.col("case_sensitive")).select(
            pl.col("phrase").alias("phrase_cased"), "entity_type", "entity_id"
        ),
        on="phrase_cased",
    )
    return pl.concat([insensitive, sensitive], how="diagonal").select(
        "article_id",
        "sent_idx",
        "entity_type",
        "entity_id",
        "char_start",
        "char_end",
        "tok_idx",
        pl.lit(1, dtype=pl.Int32).alias("n"),
    )


def _fuzzy_agencies(grams: pl.DataFrame, exact: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Typos of agency names: capitalised 2..3-token n-grams close to a long agency form (rapidfuzz.cdist over the
    distinct candidates of the whole batch, not per article)."""
    forms = ref.surface_forms.filter(
        (pl.col("entity_type") == "agency")
        & (pl.col("phrase").str.len_chars() >= FUZZY_MIN_CHARS)
        & (pl.col("n_tokens") >= 2)
    )
    cands = grams.filter(
        pl.col("n").is_between(2, 3)
        & pl.col("phrase_cased").str.contains(r"^[A-Z]\S*(?: [A-Z]\S*)+$")
        & (pl.col("phrase").str.len_chars() >= FUZZY_MIN_CHARS)
    ).join(
        exact.select("article_id", pl.col("char_start").alias("start")),
        on=["article_id", "start"],
        how="anti",
    )
    if cands.is_empty() or forms.is_empty():
        return pl.DataFrame(schema=MENTION_SCHEMA)
    uniq = cands["phrase"].unique().to_list()
    choices = forms["phrase"].to_list()
    entity_ids = forms["entity_id"].to_list()
    best: dict[str, str] = {}
    for phrases, columns in _length_groups(uniq, choices):
        scores = process.cdist(
            phrases, [choices[k] for k in columns], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, workers=1
        )
        for i, phrase in enumerate(phrases):
            j = int(scores[i].argmax())
            if scores[i][j] >= FUZZY_MIN_SCORE and phrase not in choices:
                best[phrase] = entity_ids[columns[j]]
    # "Komisi IV DPRD" is no typo of "Komisi IV DPR": a word of the phrase that is itself the exact one-word name
    # of another body (DPRD) says which body the phrase is, so the near form of a different body does not hold
    one_word = ref.surface_forms.filter((pl.col("entity_type") == "agency") & (pl.col("n_tokens") == 1))
    own = dict(zip(one_word["phrase"].to_list(), one_word["entity_id"].to_list(), strict=True))
    best = {
        phrase: entity
        for phrase, entity in best.items()
        if not any(own.get(word, entity) != entity for word in phrase.split())
    }
    if not best:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    hits = pl.DataFrame({"phrase": list(best), "entity_id": list(best.values())})
    return cands.join(hits, on="phrase").select(
        "article_id",
        "sent_idx",
        pl.lit("agency").alias("entity_type"),
        "entity_id",
        pl.col("start").cast(pl.Int64).alias("char_start"),
        pl.col("end").cast(pl.Int64).alias("char_end"),
        "tok_idx",
        "n",
    )


def _length_groups(phrases: list[str], choices: list[str]) -> list[tuple[list[str], list[int]]]:
    """The phrases grouped by length, each group with the indices (ascending) of the choices it can match.
    `fuzz.ratio` is 100 * (1 - indel distance / (m + n)) and the indel distance is at least |m - n|, so a choice
    whose length is too far from the phrase's scores below FUZZY_MIN_SCORE (0 under the cutoff) and cannot be the
    best; the kept choices are scored exactly as before, in their order, so `argmax` picks the same first best
    choice. 3x less work than every phrase against every form (the bound has a character of slack)."""
    by_length: dict[int, list[str]] = defaultdict(list)
    for phrase in phrases:
        by_length[len(phrase)].append(phrase)
    lengths = [len(choice) for choice in choices]
    slack = 1 - FUZZY_MIN_SCORE / 100
    groups = []
    for n, group in by_length.items():
        columns = [k for k, m in enumerate(lengths) if abs(n - m) <= slack * (n + m) + 1]
        if columns:
            groups.append((group, columns))
    return groups


# "kepolisian setempat", "imigrasi negara tersebut", "Kepolisian dan Imigrasi Myanmar": a country's police or
# immigration named through the country the story is talking about.
_LOCAL_BODY = re.compile(
    r"\b(?P<body>kepolisian|polisi|imigrasi|biro\s+imigrasi)\s+(?:(?P<local>setempat|negara\s+(?:tersebut|itu|ini))"
    r"|dan\s+(?:kepolisian|polisi|imigrasi)\s+(?P<named>[A-Z]\w+))"
    # "Aparat keamanan Laos menahan 771 orang", "Satuan Tugas Gabungan Komando Terpadu Kamboja menggerebek ...": the
    # security forces of a named country are its police
    r"|\b(?P<forces>aparat\s+keamanan|satuan\s+tugas\s+gabungan)(?P<country>(?:\s+[A-Z]\w+){1,4})",
    re.I,
)


# "Cambodian National Police", "Polis Diraja Malaysia": the reference agencies that are a country's police.
_POLICE_NAME = re.compile(r"police|polis|public\s+security", re.I)


def contextual_agencies(sentences: pl.DataFrame, mentions: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Police and immigration bodies named by reference to a country ("kepolisian setempat" after "di Laos"):
    the country is the one named, else the latest foreign country mentioned before, else the story's only one."""
    police, immigration = _foreign_police_and_immigration(ref)
    hits = sentences.filter(
        pl.col("sentence_text").str.contains(
            r"(?i)\b(?:kepolisian|polisi|imigrasi)\s+(?:setempat|negara\s+(?:tersebut|itu|ini)|dan\s+(?:kepolisian|polisi|imigrasi)\s+[A-Z])"
            r"|\b(?:aparat|satuan\s+tugas)\b"
        )
    )
    if hits.is_empty():
        return pl.DataFrame(schema=MENTION_SCHEMA)
    countries = _foreign_countries_by_article(mentions)
    name_to_country = {
        phrase: cid
        for phrase, cid in ref.surface_forms.filter(pl.col("entity_type") == "country")
        .select("phrase", "entity_id")
        .iter_rows()
    }
    out: list[dict[str, object]] = []
    for art, sent, s_start, text in hits.select(
        "article_id", "sent_idx", "sent_start", "sentence_text"
    ).iter_rows():
        for m in _LOCAL_BODY.finditer(text):
            at = s_start + m.start()
            if m.group("forces"):
                # the first capitalised word after them that names a country ("... Komando Terpadu Kamboja")
                words = [w for w in m.group("country").split() if w[:1].isupper()]
                cid = next((name_to_country[w.lower()] for w in words if w.lower() in name_to_country), None)
                if cid is None:
                    continue
            elif m.group("named"):
                cid = name_to_country.get(m.group("named").lower())
            else:
                cid = _country_before(countries.get(art, []), at)
            body = (m.group("body") or m.group("forces")).lower()
            aid = (immigration if "imigrasi" in body else police).get(cid or "")
            if aid:
                out.append(
                    {
                        "article_id": art,
                        "sent_idx": sent,
                        "entity_type": "agency",
                        "entity_id": aid,
                        "char_start": at,
                        "char_end": s_start + m.start() + len(m.group("body") or m.group("forces")),
                        "tok_idx": None,
                        "n": None,
                    }
                )
    return pl.DataFrame(out, schema=MENTION_SCHEMA)


def _foreign_police_and_immigration(ref: Reference) -> tuple[dict[str, str], dict[str, str]]:
    """(country -> its police's agency id, country -> its immigration service's), for countries other than
    Indonesia: the first such agency of the reference list per country."""
    police: dict[str, str] = {}
    immigration: dict[str, str] = {}
    for aid, atype, cid, name in ref.agencies.select(
        "agency_id", "agency_type", "country_id", "name_en"
    ).iter_rows():
        if not cid or cid == "ID":
            continue
        if atype == "ImmigrationService":
            immigration.setdefault(cid, aid)
        elif atype == "LawEnforcement" and _POLICE_NAME.search(name or ""):
            police.setdefault(cid, aid)
    return police, immigration


def _foreign_countries_by_article(mentions: pl.DataFrame) -> dict[str, list[tuple[int, str]]]:
    """Per article, its mentions of countries other than Indonesia as (char_start, country id), in mention order."""
    countries: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for art, cid, start in (
        mentions.filter((pl.col("entity_type") == "country") & (pl.col("entity_id") != "ID"))
        .select("article_id", "entity_id", "char_start")
        .iter_rows()
    ):
        countries[art].append((start, cid))
    return countries


def _country_before(countries: list[tuple[int, str]], at: int) -> str | None:
    """The country "setempat" refers to at offset `at`: the latest foreign country mentioned before it, else the
    article's only foreign country, else none."""
    before = [c for start, c in countries if start < at]
    distinct = {c for _, c in countries}
    return before[-1] if before else (distinct.pop() if len(distinct) == 1 else None)


# "Menteri Luar Negeri Tiongkok", "Perdana Menteri Kamboja", "Kepolisian Bokeo", "Direktur Jenderal Imigrasi
# Kamboja", "militer Thailand": a body (or its head) named by its function and the country or place it serves.
# The role words must end right before the country or place mention (an optional "Provinsi"/"Kerajaan" between).
_TITLED_ROLE = re.compile(
    r"\b(?P<role>"
    r"(?P<mofa>(?:kementerian|kementrian|kemlu|kemenlu|(?:wakil\s+)?menteri)\s+luar\s+negeri"
    r"(?:\s+dan\s+kerja\s+sama\s+internasional)?|kemlu|kemenlu|menlu|wamenlu|foreign\s+minist(?:er|ry)"
    # "Kedutaan Besar China di Jakarta", "Dubes Kamboja": a foreign embassy (or its head) is its foreign ministry's
    # mission, never Indonesia's (KBRI); "Dubes RI untuk Kamboja" names no country right after the role words
    r"|kedutaan\s+besar|kedubes|(?:wakil\s+)?duta\s+besar|dubes|embassy)"
    r"|(?P<moi>(?:kementerian|kementrian|(?:wakil\s+)?menteri)\s+dalam\s+negeri|kemendagri|mendagri"
    r"|interior\s+minist(?:er|ry))"
    r"|(?P<mnd>(?:kementerian|kementrian|(?:wakil\s+)?menteri)\s+pertahanan(?:\s+nasional)?|kemhan|kemenhan|menhan"
    r"|defen[cs]e\s+minist(?:er|ry))"
    r"|(?P<trade>(?:kementerian|kementrian|menteri)\s+perdagangan(?:\s+internasional\s+dan\s+industri)?)"
    # "Wakil Menteri Tenaga Kerja dan Jaminan Sosial Republik Turkiye", "Menteri Sumber Manusia Malaysia"
    r"|(?P<labour>(?:kementerian|kementrian|(?:wakil\s+)?menteri)\s+(?:tenaga\s+kerja|ketenagakerjaan"
    r"|sumber\s+(?:daya\s+)?manusia)(?:\s+dan\s+(?:jaminan|pembangunan|pelatihan)\s+(?:sosial|kejuruan|vokasi))?)"
    r"|(?P<police>kepolisian|polisi|aparat\s+kepolisian|ncb(?:\s+interpol)?|interpol|(?:kepala\s+)?(?:biro\s+|kementerian\s+)?keamanan\s+publik)"
    r"|(?P<immigration>(?:direktorat\s+jenderal|direktur\s+jenderal|ditjen|dirjen|departemen|biro|otoritas"
    r"|kantor)\s+imigrasi|imigrasi)"
    r"|(?P<military>militer|tentara|angkatan\s+bersenjata|junta(?:\s+militer)?)"
    r"|(?P<senate>(?:presiden\s+|ketua\s+)?senat)"
    # a head of government; "pemerintah Filipina", "otoritas Kamboja": the foreign government itself (FORMAT.md: the
    # foreign body that carries out an operation is the agency of its figure), only before a country's own name
    r"|(?P<gov>(?:wakil\s+)?perdana\s+menteri|(?P<generic>pemerintah(?:an)?|otoritas|pihak\s+berwenang))"
    # "Kementerian Keamanan Publik (Ministry of Public Security/MPS) Vietnam": a gloss in brackets may stand between
    # "markas Kementerian Keamanan Publik, Hanoi": the city of its seat after a comma
    r")(?:\s*\([^()]{1,60}\))?(?:\s+(?:provinsi|kerajaan|republik|negara\s+bagian|kota|distrik))?,?\s+$",
    re.I,
)
# The last word of every match of _TITLED_ROLE (its role's last word, or the place word after it), lower case: the
# match ends with that word and `\s+$`, so a window whose text before its trailing whitespace ends with none of them
# cannot match (`_titled_role`). Each alternative's last word is listed ("wamenlu" ends with "menlu").
_TITLED_ROLE_ENDINGS = (
    "negeri", "internasional", "kemlu", "menlu", "minister", "ministry", "besar", "dubes", "embassy", "mendagri",
    "pertahanan", "nasional", "kemhan", "menhan", "perdagangan", "industri", "kepolisian", "polisi", "ncb",
    "interpol", "publik", "imigrasi", "militer", "tentara", "bersenjata", "junta", "senat", "menteri", "pemerintah",
    "pemerintahan", "otoritas", "berwenang", "provinsi", "kerajaan", "bagian", "kota", "distrik", "kerja",
    "ketenagakerjaan", "manusia", "sosial", "kejuruan", "vokasi", "republik",
)  # fmt: skip


def _titled_role(window: str) -> re.Match[str] | None:
    """`_TITLED_ROLE.search(window)`, skipped when the window cannot match: no trailing whitespace, or the text
    before it ends with no role's last word (every country mention is looked back from; few follow a role)."""
    stripped = window.rstrip()
    if len(stripped) == len(window):
        return None
    stripped = stripped.removesuffix(",")
    low = folded(stripped[-20:])
    if low is not None and not low.endswith(_TITLED_ROLE_ENDINGS) and not stripped.endswith(")"):
        return None
    return _TITLED_ROLE.search(window)


# What the body of each role is called in the reference (name_id + name_en of an agency of that country).
_ROLE_BODY = {
    "mofa": re.compile(r"luar\s+negeri|foreign\s+affairs|foreign\s+ministry", re.I),
    "moi": re.compile(r"dalam\s+negeri|interior|home\s+affairs", re.I),
    "mnd": re.compile(r"pertahanan|defen[cs]e", re.I),
    "trade": re.compile(r"perdagangan|trade", re.I),
    "labour": re.compile(
        r"tenaga\s+kerja|sumber\s+(?:daya\s+)?manusia|labou?r|human\s+resources|manpower", re.I
    ),
    "police": re.compile(r"polis|police|kepolisian|keamanan\s+publik|public\s+security", re.I),
    "military": re.compile(r"militer|military|armed\s+forces|angkatan\s+bersenjata|junta", re.I),
    "senate": re.compile(r"\bsenat", re.I),
    "gov": re.compile(r"^(?:pemerintah|kerajaan)\b.*\bgovernment\b", re.I),
}


def _bodies_by_role(ref: Reference) -> dict[tuple[str, str], str]:
    """(role, country) -> the reference agency of that role in that country (the first listed)."""
    out: dict[tuple[str, str], str] = {}
    for aid, atype, cid, name_id, name_en in ref.agencies.select(
        "agency_id", "agency_type", "country_id", "name_id", "name_en"
    ).iter_rows():
        if not cid or cid == "ID":
            continue
        names = f"{name_id or ''} {name_en or ''}"
        if atype == "ImmigrationService":
            out.setdefault(("immigration", cid), aid)
        for role, body in _ROLE_BODY.items():
            if role == "gov" and atype != "CentralGovernmentOrganisation":
                continue
            if role == "police" and atype != "LawEnforcement":
                continue
            if body.search(names):
                out.setdefault((role, cid), aid)
    return out


def titled_foreign_agencies(sentences: pl.DataFrame, mentions: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Foreign bodies named by function and country ("Menteri Dalam Negeri Laos" -> the Lao interior ministry,
    "Polisi Sihanoukville" -> Cambodia's police): one agency mention from the role words to the country or place,
    when the reference has that country's body of that role (the generic Indonesian reading of the role words,
    "Menteri Dalam Negeri" -> Kemendagri, is dropped by the caller)."""
    bodies = _bodies_by_role(ref)
    countries = mentions.filter((pl.col("entity_type") == "country") & (pl.col("entity_id") != "ID"))
    if countries.is_empty():
        return pl.DataFrame(schema=MENTION_SCHEMA)
    hits = countries.join(
        sentences.select("article_id", "sent_idx", "sent_start", "sentence_text"),
        on=["article_id", "sent_idx"],
    )
    out: list[dict[str, object]] = []
    for art, sent, cid, start, end, s_start, text in hits.select(
        "article_id", "sent_idx", "entity_id", "char_start", "char_end", "sent_start", "sentence_text"
    ).iter_rows():
        m = _titled_role(text[max(0, start - s_start - 80) : start - s_start])
        if not m:
            continue
        role = next(k for k in _ROLE_BODY.keys() | {"immigration"} if m.group(k))
        if m.group("generic"):
            # "pemerintah Filipina", "otoritas Myanmar": a government named only generically is no agency mention
            # (the authoritative seed annotation lists none for "otoritas Myanmar"); "otoritas Sihanoukville" is a
            # place's authorities, not a government either
            continue
        aid = bodies.get((role, cid))
        if aid:
            role_start = start - (len(m.string) - m.start("role"))
            out.append(
                {
                    "article_id": art,
                    "sent_idx": sent,
                    "entity_type": "agency",
                    "entity_id": aid,
                    "char_start": role_start,
                    "char_end": end,
                    "tok_idx": None,
                    "n": None,
                }
            )
    return pl.DataFrame(out, schema=MENTION_SCHEMA).unique(["article_id", "char_start"], keep="first")


# The bare words Indonesian reporting uses for Indonesia's own police, immigration and interior ministry. In a story
# set wholly abroad ("Polisi Thailand menangkap ... Kepolisian membahas dengan AMLO ...") they name the foreign one.
_BARE_DOMESTIC = {
    "POLRI": frozenset({"kepolisian", "polisi", "pihak kepolisian", "aparat kepolisian"}),
    "IMIGRASI": frozenset(
        {"imigrasi", "biro imigrasi", "pihak imigrasi", "kantor imigrasi", "petugas imigrasi"}
    ),
    "KEMENDAGRI": frozenset({"kementerian dalam negeri", "kementrian dalam negeri"}),
}
_BARE_ROLE = {"POLRI": "police", "IMIGRASI": "immigration", "KEMENDAGRI": "moi"}
_ABOUT_INDONESIANS = re.compile(r"\b(?:WNI|PMI|CPMI|TKI|Tanah\s+Air|warga\s+negara\s+Indonesia)\b")
_ABOUT_INDONESIANS_GATED = Gated(_ABOUT_INDONESIANS, ("wni", "pmi", "tki", "tanah", "warga"), remember=False)
# A title that names its body only by those bare words ("Kepala Kepolisian Nasional"), not "Kapolri".
_BARE_TITLE = re.compile(r"\b(?:kepolisian|polisi|imigrasi|dalam\s+negeri)\b", re.I)


def stories_abroad(
    mentions: pl.DataFrame, articles: pl.DataFrame, ref: Reference, persons: pl.DataFrame
) -> frozenset[str]:
    """Articles that name a foreign country but neither Indonesia nor any Indonesian body except by the bare words
    of _BARE_DOMESTIC (in a mention or a person's title): stories set wholly abroad, whose bare "kepolisian" is
    the local police. "Kapolri Listyo Sigit ... ke Kamboja" is no such story."""
    domestic = set(ref.agencies.filter(pl.col("country_id") == "ID")["agency_id"].to_list())
    home = {
        art
        for art, aid, title in persons.select("article_id", "agency_id", "title").iter_rows()
        if aid in domestic and not (aid in _BARE_ROLE and _BARE_TITLE.search(title or ""))
    }
    bodies = dict(zip(articles["article_id"].to_list(), articles["body"].to_list(), strict=True))
    foreign: set[str] = set()
    # (only countries and Indonesian bodies count: the other rows are not read into Python)
    for art, etype, eid, start, end in (
        mentions.filter(
            (pl.col("entity_type") == "country")
            | ((pl.col("entity_type") == "agency") & pl.col("entity_id").is_in(list(domestic)))
        )
        .select("article_id", "entity_type", "entity_id", "char_start", "char_end")
        .iter_rows()
    ):
        if etype == "country":
            (home if eid == "ID" else foreign).add(art)
        elif etype == "agency" and eid in domestic:
            words = " ".join(bodies[art][start:end].lower().split())
            if words not in _BARE_DOMESTIC.get(eid, ()):
                home.add(art)
    # "Ratusan WNI menjadi korban ... di Kamboja. Polisi menyebut ...": a story about Indonesians is told from home
    home.update(art for art in foreign if _ABOUT_INDONESIANS_GATED.search(bodies[art]))
    return frozenset(foreign - home)


def local_bodies_abroad(
    mentions: pl.DataFrame,
    articles: pl.DataFrame,
    ref: Reference,
    persons: pl.DataFrame,
    abroad: frozenset[str] | None = None,
) -> pl.DataFrame:
    """The bare "kepolisian" / "imigrasi" / "Kementerian Dalam Negeri" as a foreign body of that role: in stories
    set abroad (stories_abroad), the one of the foreign country named last before them (else the story's only
    one); elsewhere, the foreign body of the role named last before them when the story never names the Indonesian
    one otherwise ("KBRI mengirim permintaan kepada kepolisian Laos di Bokeo. ... meminta bantuan kepolisian")."""
    if abroad is None:  # (the caller may pass `stories_abroad` of the same arguments, computed once)
        abroad = stories_abroad(mentions, articles, ref, persons)
    body_of = _local_bodies(ref)
    bodies = dict(zip(articles["article_id"].to_list(), articles["body"].to_list(), strict=True))
    rows = list(
        mentions.select("article_id", "entity_type", "entity_id", "char_start", "char_end").iter_rows()
    )
    bare_at = {
        (art, start)
        for art, etype, eid, start, end in rows
        if etype == "agency"
        and eid in _BARE_DOMESTIC
        and " ".join(bodies[art][start:end].lower().split()) in _BARE_DOMESTIC[eid]
    }
    if not bare_at:
        return mentions
    countries = _foreign_countries_by_article(mentions.filter(pl.col("article_id").is_in(list(abroad))))
    # the Indonesian body named by more than its bare words (a mention or a person's title) stays Indonesian
    named_home = {
        (art, eid) for art, etype, eid, start, _ in rows if etype == "agency" and (art, start) not in bare_at
    }
    named_home.update(
        (art, aid)
        for art, aid, title in persons.select("article_id", "agency_id", "title").iter_rows()
        if aid in _BARE_ROLE
        and not (_BARE_TITLE.search(title or "") and not _NAMES_INDONESIA.search(title or ""))
    )
    role_of = {aid: role for role, by_country in body_of.items() for aid in by_country.values()}
    foreign_before: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for art, etype, eid, start, _ in rows:
        if etype == "agency" and eid in role_of:
            foreign_before[(art, role_of[eid])].append((start, eid))
    # "Kantor Imigrasi Nunukan": an office named by its Indonesian town is the Indonesian body
    home_place_at = {(art, start) for art, etype, eid, start, _ in rows if etype == "country" and eid == "ID"}
    new_ids: list[str] = []
    for art, _, eid, start, end in rows:
        local = None
        if (art, start) in bare_at:
            if art in abroad:
                cid = _country_before(countries.get(art, []), start)
                local = body_of[_BARE_ROLE[eid]].get(cid or "")
            elif (art, eid) not in named_home and (art, end + 1) not in home_place_at:
                earlier = [aid for at, aid in foreign_before.get((art, _BARE_ROLE[eid]), []) if at < start]
                local = earlier[-1] if earlier else None
        new_ids.append(local or eid)
    return mentions.with_columns(pl.Series("entity_id", new_ids, dtype=pl.String))


def _local_bodies(ref: Reference) -> dict[str, dict[str, str]]:
    """Role (police, immigration, moi) -> country -> that country's body of the role."""
    police, immigration = _foreign_police_and_immigration(ref)
    moi = {cid: aid for (role, cid), aid in _bodies_by_role(ref).items() if role == "moi"}
    return {"police": police, "immigration": immigration, "moi": moi}


_NAMES_INDONESIA = re.compile(r"\b(?:polri|ri|indonesia|republik\s+indonesia)\b", re.I)


def local_persons_abroad(
    persons: pl.DataFrame,
    mentions: pl.DataFrame,
    articles: pl.DataFrame,
    ref: Reference,
    abroad: frozenset[str] | None = None,
) -> pl.DataFrame:
    """Persons of a story set abroad whose title gave them Indonesia's police, immigration or interior ministry
    through the bare words alone ("Kepala Kepolisian Nasional Pol. Jend. Torsak Sukvimol" in a story about Thai
    police): the body of that role of the foreign country named last before them. A title naming Indonesia stays."""
    if abroad is None:
        abroad = stories_abroad(mentions, articles, ref, persons)
    if not abroad or persons.is_empty():
        return persons
    body_of = _local_bodies(ref)
    countries = _foreign_countries_by_article(mentions.filter(pl.col("article_id").is_in(list(abroad))))
    new_ids: list[str | None] = []
    for art, aid, title, start in persons.select(
        "article_id", "agency_id", "title", "char_start"
    ).iter_rows():
        local = None
        bare = _BARE_TITLE.search(title or "") and not _NAMES_INDONESIA.search(title or "")
        if art in abroad and aid in _BARE_ROLE and bare:
            local = body_of[_BARE_ROLE[aid]].get(_country_before(countries.get(art, []), start) or "")
        new_ids.append(local or aid)
    return persons.with_columns(pl.Series("agency_id", new_ids, dtype=pl.String))


# "Menteri Pendidikan Tinggi, Sains, dan Teknologi" with no name after it, "Dinas Ketenagakerjaan Provinsi Sumatera
# Utara": an Indonesian body named through its minister's title or one of its provincial offices.
_MINISTER = re.compile(r"\bMenteri\s+", re.I)
_PROVINCIAL_OFFICE = re.compile(
    r"\bDinas\s+(?:(?:[A-Z][\w-]*|dan|&)\s+){1,6}?(?:Provinsi|Prov\.)\s+(?P<name>(?:[A-Z][\w-]*\s?){1,4})"
)


def _phrase(text: str) -> str:
    """Lower case, punctuation dropped, one space: how a name is compared."""
    return " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())


def _domestic_heads(ref: Reference) -> tuple[dict[str, str], dict[str, str]]:
    """("menteri <X>" of every name "Kementerian <X>" of an Indonesian ministry -> it, the province's name of every
    "Pemerintah Provinsi <P>" -> that provincial government)."""
    ministers: dict[str, str] = {}
    provinces: dict[str, str] = {}
    for aid, cid, name_id, aliases in ref.agencies.select(
        "agency_id", "country_id", "name_id", "aliases"
    ).iter_rows():
        if cid != "ID":
            continue
        for form in [name_id, *(aliases or "").split("|")]:
            if m := re.match(r"(?i)^(?:kementerian|kementrian)\s+(.+)$", form or ""):
                ministers.setdefault(_phrase("menteri " + m.group(1)), aid)
            if m := re.match(r"(?i)^pemerintah\s+provinsi\s+(.+)$", form or ""):
                provinces.setdefault(_phrase(m.group(1)), aid)
    return ministers, provinces


def titled_domestic_bodies(sentences: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Indonesian bodies named by a minister's title ("Menteri Pendidikan Tinggi, Sains, dan Teknologi": the
    ministry, the longest name that matches) or a provincial office ("Dinas Sosial Provinsi Sumatera Utara": the
    provincial government). Read after the persons, so a named minister keeps his title's words."""
    ministers, provinces = _domestic_heads(ref)
    longest = max((len(k.split()) for k in ministers), default=0)
    out: list[dict[str, object]] = []
    for art, sent, s_start, text in sentences.select(
        "article_id", "sent_idx", "sent_start", "sentence_text"
    ).iter_rows():
        low = folded(text)
        for m in _MINISTER.finditer(text) if low is None or "menteri" in low else ():
            words = list(re.finditer(r"\S+", text[m.start() :]))[: longest + 1]
            for n in range(len(words), 1, -1):
                end = m.start() + words[n - 1].end()
                aid = ministers.get(_phrase(text[m.start() : end]))
                if aid:
                    end = m.start() + len(text[m.start() : end].rstrip(",.;:)\"'"))
                    out.append(_mention(art, sent, "agency", aid, s_start + m.start(), s_start + end))
                    break
        for m in _PROVINCIAL_OFFICE.finditer(text) if "Dinas" in text else ():  # case-sensitive
            name = m.group("name").split()
            for n in range(len(name), 0, -1):
                aid = provinces.get(_phrase(" ".join(name[:n])))
                if aid:
                    end = m.start("name") + len(" ".join(name[:n]).rstrip(",.;:)"))
                    out.append(_mention(art, sent, "agency", aid, s_start + m.start(), s_start + end))
                    break
    return pl.DataFrame(out, schema=MENTION_SCHEMA).unique(["article_id", "char_start"], keep="first")


def _mention(art: str, sent: int, etype: str, eid: str, start: int, end: int) -> dict[str, object]:
    return {
        "article_id": art,
        "sent_idx": sent,
        "entity_type": etype,
        "entity_id": eid,
        "char_start": start,
        "char_end": end,
        "tok_idx": None,
        "n": None,
    }


examples(_MINISTER, matches=("hadir pula Menteri Pendidikan",), rejects=("Kementerian Pendidikan",))
examples(
    _PROVINCIAL_OFFICE,
    matches=("Dinas Ketenagakerjaan Provinsi Sumatera Utara",),
    rejects=("Dinas Sosial Kota Medan",),
)


def inside_ranks(mentions: pl.DataFrame, articles: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """Agency mentions that are the last word of a rank ("Laksda TNI Hersan", "Brigjen TNI"): the rank says what
    the officer is, not that the story mentions the body. Returns their article_id, entity_type, char_start."""
    ranks = {
        " ".join(t.lower().split())
        for t in ref.titles.filter(pl.col("kind") == "rank")["title"].to_list()
        if len(t.split()) > 1
    }
    agencies = mentions.filter(pl.col("entity_type") == "agency").join(
        articles.select("article_id", "body"), on="article_id"
    )
    out = []
    for art, etype, start, end, body in agencies.select(
        "article_id", "entity_type", "char_start", "char_end", "body"
    ).iter_rows():
        words = body[max(0, start - 30) : start].split()
        if words and f"{words[-1]} {body[start:end]}".lower() in ranks:
            out.append((art, etype, start))
    return pl.DataFrame(
        out, schema={"article_id": pl.String, "entity_type": pl.String, "char_start": pl.Int64}, orient="row"
    )


def offices_before_foreign_bodies(
    mentions: pl.DataFrame, articles: pl.DataFrame, ref: Reference
) -> pl.DataFrame:
    """Indonesian agency mentions that are the office of a foreign ministry named right after them: "Sekretaris Negara
    Kementerian Dalam Negeri Kamboja" is Cambodia's Secretary of State, not SETNEG. Returns their article_id,
    entity_type, char_start."""
    country_of = dict(ref.agencies.select("agency_id", "country_id").iter_rows())
    body_of = dict(articles.select("article_id", "body").iter_rows())
    agencies = mentions.filter(pl.col("entity_type") == "agency").sort("article_id", "char_start")
    out = []
    rows = agencies.select("article_id", "entity_id", "char_start", "char_end").rows()
    for (art, eid, start, end), nxt in zip(rows, rows[1:], strict=False):
        n_art, n_eid, n_start, _ = nxt
        if (
            n_art == art
            and country_of.get(eid) == "ID"
            and country_of.get(n_eid) not in (None, "", "ID")
            and body_of[art][end:n_start].strip() == ""
            and n_start > end
            and re.match(r"(?i)(?:kementerian|kementrian|ministry)\b", body_of[art][n_start:])
        ):
            out.append((art, "agency", start))
    return pl.DataFrame(
        out, schema={"article_id": pl.String, "entity_type": pl.String, "char_start": pl.Int64}, orient="row"
    )


# What each pattern exists for (checked by tests/transforms/test_lexicon.py).
examples(
    _LOCAL_BODY,
    matches=("diselamatkan kepolisian setempat", "Kepolisian dan Imigrasi Myanmar"),
    rejects=("diselamatkan kepolisian Indonesia",),
)
examples(
    _POLICE_NAME,
    matches=("Cambodian National Police", "Ministry of Public Security (Laos)"),
    rejects=("General Department of Immigration",),
)
examples(_SLASH_PART, matches=("TNI", "Polri"), rejects=("/",))
examples(
    _TITLED_ROLE,
    matches=(
        "bertemu Menteri Dalam Negeri ",
        "Direktur Jenderal Imigrasi ",
        "Kepala Keamanan Publik Provinsi ",
        "Menlu ",
        "bekerja sama dengan Kedutaan Besar ",
        "keputusan pemerintah ",
        "diamankan otoritas ",
    ),
    rejects=(
        "bertemu Menteri Dalam Negeri Tito di ",
        "tiba di ",
        "pemerintah Indonesia dan ",
        "Dubes RI untuk ",
    ),
)
examples(_ABOUT_INDONESIANS, matches=("Ratusan WNI menjadi korban",), rejects=("14.826 orang ditangkap",))
examples(_BARE_TITLE, matches=("Kepala Kepolisian Nasional",), rejects=("Kapolri",))
examples(_NAMES_INDONESIA, matches=("Kepala Kepolisian RI",), rejects=("Kepala Kepolisian Nasional",))
_ROLE_BODY_EXAMPLES = {
    "mofa": "Ministry of Foreign Affairs",
    "moi": "Kementerian Dalam Negeri",
    "mnd": "Ministry of National Defense",
    "trade": "Ministry of International Trade and Industry",
    "labour": "Ministry of Labour and Social Security",
    "police": "Royal Thai Police",
    "military": "Royal Thai Armed Forces",
    "senate": "Senat Kerajaan Kamboja",
    "gov": "Pemerintah Kerajaan Kamboja Royal Government of Cambodia",
}
for _role, _body in _ROLE_BODY.items():
    examples(_body, matches=(_ROLE_BODY_EXAMPLES[_role],))


def __getattr__(name: str) -> object:
    """The person rules moved to transforms/persons.py; their old names here still work."""
    if name in {"extract_persons", "person_slug", "ForeignBodies"}:
        from transforms import persons

        return getattr(persons, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------------------- bodies renamed by date


def _renamed_bodies(ref: Reference) -> dict[str, tuple[str, date, tuple[str, ...]]]:
    """Predecessor -> (its one successor, the day the successor starts, the predecessor's own names). The own names
    are its name, English name and acronym and the aliases that start like them or hold the acronym ("BP2MI RI",
    "Kemenkominfo"); the other aliases name its units ("BP3MI", "Ditjen Aptika"), which passed to the successor."""
    rows = ref.agencies.select("agency_id", "successor_of", "valid_from").iter_rows()
    successors: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for aid, pred, since in rows:
        if pred and since:
            successors[pred].append((aid, since))
    out: dict[str, tuple[str, date, tuple[str, ...]]] = {}
    for aid, name_id, name_en, acronym, aliases in ref.agencies.select(
        "agency_id", "name_id", "name_en", "acronym", "aliases"
    ).iter_rows():
        if len(successors.get(aid, ())) != 1:  # a body split in several ("Kemenkumham") has no one heir
            continue
        heir, since = successors[aid][0]
        acr = _phrase(acronym or "")
        heads = {_phrase(n).split(" ")[0] for n in (name_id, name_en) if n}
        heads |= {"kementrian"} if "kementerian" in heads else set()
        own = [
            _phrase(form)
            for form in [name_id, name_en, acronym, *(aliases or "").split("|")]
            if form
            and (
                _phrase(form).split(" ")[0] in heads
                or (acr and acr in _phrase(form))
                or form in (name_id, name_en, acronym)
            )
        ]
        out[aid] = (heir, date.fromisoformat(since), tuple(sorted(set(own))))
    return out


def _names_itself(text: str, own: tuple[str, ...]) -> bool:
    """Whether the text names the body by one of its own names (not only a unit of it)."""
    phrase = f" {_phrase(text)} "
    return any(f" {name} " in phrase for name in own)


def renamed_by_date(mentions: pl.DataFrame, articles: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """ "BP3MI Kepulauan Riau" in June 2025: a unit named after its body was renamed (BP2MI -> KP2MI on 21 October
    2024) belongs to the successor; a mention of the old body by its own name ("BP2MI", "Kominfo") keeps it."""
    renamed = _renamed_bodies(ref)
    hits = mentions.filter(pl.col("entity_type").eq("agency") & pl.col("entity_id").is_in(list(renamed)))
    if hits.is_empty():
        return mentions
    dated = hits.join(articles.select("article_id", "body", "published_date"), on="article_id").filter(
        pl.col("published_date").is_not_null()
    )
    recoded: dict[tuple[str, int], str] = {}
    for art, eid, start, end, body, day in dated.select(
        "article_id", "entity_id", "char_start", "char_end", "body", "published_date"
    ).iter_rows():
        heir, since, own = renamed[eid]
        if day >= since and not _names_itself(body[start:end], own):
            recoded[(art, start)] = heir
    if not recoded:
        return mentions
    keys = pl.DataFrame(
        [(a, s, h) for (a, s), h in recoded.items()],
        schema={"article_id": pl.String, "char_start": pl.Int64, "_heir": pl.String},
        orient="row",
    )
    return (
        mentions.join(keys, on=["article_id", "char_start"], how="left")
        .with_columns(
            pl.when(pl.col("entity_type").eq("agency") & pl.col("_heir").is_not_null())
            .then(pl.col("_heir"))
            .otherwise(pl.col("entity_id"))
            .alias("entity_id")
        )
        .drop("_heir")
    )


def renamed_persons(persons: pl.DataFrame, articles: pl.DataFrame, ref: Reference) -> pl.DataFrame:
    """ "Kepala BP3MI Kepri" in 2025: a title naming a unit of a renamed body serves the successor."""
    renamed = _renamed_bodies(ref)
    if persons.is_empty() or not persons["agency_id"].is_in(list(renamed)).any():
        return persons
    day_of = dict(articles.select("article_id", "published_date").iter_rows())
    agencies = []
    for art, title, aid in persons.select("article_id", "title", "agency_id").iter_rows():
        day = day_of.get(art)
        if aid in renamed and day is not None and title and day >= renamed[aid][1]:
            heir, _since, own = renamed[aid]
            aid = aid if _names_itself(title, own) else heir
        agencies.append(aid)
    return persons.with_columns(pl.Series("agency_id", agencies, dtype=persons.schema["agency_id"]))

"""Case counts, blocked content and money figures.

Candidate numbers are found for all articles at once on the token table (Polars): a number token, an optional
multiplier ("juta") and the noun after it decide the kind of fact. Only those candidates (a few per article)
go through the Python step that resolves category, agency, country, period and qualifier from the sentence
and its neighbours.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from transforms.dates import NUMBER_WORDS, Period, find_periods, years_in
from transforms.numbers import MULTIPLIERS, NUMBER_TOKEN, VAGUE, number_value_expr

CASE_NOUNS = {"kasus": "cases", "perkara": "cases", "pengaduan": "cases", "aduan": "cases", "laporan": "cases"}
PEOPLE_NOUNS_STRONG = {
    "wni", "korban", "tersangka", "pelaku", "pmi", "tki", "pekerja", "terdakwa", "penjudi", "pemain", "buruh",
    "imigran", "abk", "calon",
}
PEOPLE_NOUNS_WEAK = {"orang", "warga", "anak", "perempuan", "jiwa", "mahasiswa", "pemuda", "remaja", "pelajar", "wna"}
NOT_VICTIMS = {
    "peserta", "anggota", "delegasi", "staf", "petugas", "personel", "pegawai", "wartawan", "pengunjung", "relawan",
    "saksi", "penyidik", "hakim", "jaksa", "polisi", "pengikut", "followers", "subscriber", "penonton",
}
CONTEXT_WORDS = re.compile(
    r"korban|ditangkap|diamankan|dipulangkan|diselamatkan|direpatriasi|dievakuasi|dideportasi|terjerat|tertipu|"
    r"terlibat|dipekerjakan|disekap|ditahan|diberangkatkan|dijanjikan|tppo|judi|scam|penipuan|perdagangan",
    re.I,
)
BLOCK_OBJECTS = {
    "situs": "site", "website": "site", "web": "site", "laman": "site", "domain": "site", "url": "site",
    "tautan": "content", "link": "content", "konten": "content", "video": "content", "unggahan": "content",
    "postingan": "content", "halaman": "page", "akun": "account", "rekening": "bank_account",
    "e-wallet": "e_wallet", "ewallet": "e_wallet", "dompet": "e_wallet", "kata": "keyword", "keyword": "keyword",
    "aplikasi": "other", "grup": "other", "kanal": "other", "channel": "other", "nomor": "other", "ip": "other",
}
BLOCK_VERBS = re.compile(
    r"blokir|pemblokiran|pemutusan\s+akses|memutus\s+akses|diputus|take\s*-?\s*down|takedown|menutup|ditutup|"
    r"penutupan|menurunkan|diturunkan|penurunan\s+konten|menonaktifkan|dinonaktifkan|penonaktifan|membekukan|"
    r"dibekukan|pembekuan|men-take|suspend|block(?:ed|ing)?",
    re.I,
)
MONEY_NOUNS = {"rupiah", "dolar", "usd", "us$", "ringgit", "baht", "yuan", "dollar"}
NOT_A_COUNT_BEFORE = {
    "pukul", "pasal", "ayat", "nomor", "no", "ke", "peringkat", "usia", "umur", "berusia", "jam", "tanggal", "tgl",
    "hotline", "telepon", "uu", "perpres", "pp", "permen", "halaman", "kode", "tahun", "periode", "sejak", "rt",
    "rw", "lantai", "gedung", "jalan", "jl", "kamar", "ruang", "edisi", "vol", "seri", "versi",
}
QUALIFIER_BEFORE = [
    (("paling", "sedikit"), "at_least"), (("lebih", "dari"), "at_least"), (("di", "atas"), "at_least"),
    (("kurang", "dari"), "at_most"), (("tidak", "lebih", "dari"), "at_most"), (("kurang", "lebih"), "about"),
    (("sedikitnya",), "at_least"), (("setidaknya",), "at_least"), (("minimal",), "at_least"),
    (("melebihi",), "at_least"), (("lebih",), "at_least"), (("sekitar",), "about"), (("kira-kira",), "about"),
    (("kurang",), "at_most"), (("hampir",), "at_most"), (("maksimal",), "at_most"), (("nyaris",), "at_most"),
    (("mendekati",), "at_most"),
]
CATEGORY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("online_gambling", re.compile(r"judi\s*(?:online|daring|slot|bola)|judol|perjudian(?:\s+(?:online|daring))?|slot\s+online|kasino\s+online|situs\s+judi|\bjudi\b|gambling", re.I)),
    ("online_scam", re.compile(r"(?:online\s+)?scam(?:ming)?(?:\s+online)?|penipuan(?:\s+(?:berbasis\s+)?(?:daring|online))?|love\s+scam|investasi\s+bodong|\bfraud", re.I)),
    ("trafficking", re.compile(r"\btppo\b|perdagangan\s+(?:orang|manusia)|human\s+trafficking|\btrafficking|eksploitasi", re.I)),
]
_CONJ = re.compile(r"^\s*(?:,|dan|serta|maupun|atau|/|&)\s*", re.I)

CASE_SCHEMA = {
    "fact_id": pl.String, "article_id": pl.String, "value": pl.Float64, "unit": pl.String, "category": pl.String,
    "agency_id": pl.String, "country_id": pl.String, "period_start": pl.Date, "period_end": pl.Date,
    "period_precision": pl.String, "qualifier": pl.String, "as_of_date": pl.Date, "surface_text": pl.String,
    "sentence_text": pl.String, "char_start": pl.Int64, "char_end": pl.Int64,
}
BLOCKED_SCHEMA = {
    "fact_id": pl.String, "article_id": pl.String, "value": pl.Float64, "object_type": pl.String,
    "agency_id": pl.String, "period_start": pl.Date, "period_end": pl.Date, "period_precision": pl.String,
    "qualifier": pl.String, "as_of_date": pl.Date, "surface_text": pl.String, "sentence_text": pl.String,
    "char_start": pl.Int64, "char_end": pl.Int64,
}
MONEY_SCHEMA = {
    "fact_id": pl.String, "article_id": pl.String, "value": pl.Float64, "currency": pl.String, "what": pl.String,
    "surface_text": pl.String, "sentence_text": pl.String, "char_start": pl.Int64, "char_end": pl.Int64,
}


def find_number_candidates(tokens: pl.DataFrame) -> pl.DataFrame:
    """Every number expression with the words around it (vectorised over all articles).

    Columns: article_id, sent_idx, tok_idx, value, is_vague, is_money, noun1, noun2, num_start, num_end,
    noun_end, prev1..prev3.
    """
    over = ("article_id", "sent_idx")
    t = tokens.with_columns(
        *[pl.col("norm").shift(-k).over(over).alias(f"next{k}") for k in (1, 2, 3)],
        *[pl.col("norm").shift(k).over(over).alias(f"prev{k}") for k in range(1, 7)],
        *[pl.col("end").shift(-k).over(over).alias(f"end{k}") for k in (1, 2, 3)],
        pl.col("raw").shift(-1).over(over).alias("next1_raw"),
    )
    is_num = pl.col("token").str.contains(NUMBER_TOKEN)
    vague_two = pl.concat_str([pl.col("norm"), pl.col("next1")], separator=" ")
    is_vague = pl.col("norm").is_in(list(VAGUE))
    # "lima tersangka", "delapan korban": small numbers are written out; only kept before a count noun.
    is_word = pl.col("norm").is_in(list(NUMBER_WORDS)) & pl.col("next1").is_in(
        list(CASE_NOUNS) + list(PEOPLE_NOUNS_STRONG) + list(PEOPLE_NOUNS_WEAK)
    )
    cands = t.filter(is_num | is_vague | is_word)
    has_mult = pl.col("next1").is_in(list(MULTIPLIERS)) & ~pl.col("next1").is_in(["m", "t"])
    vague_mult = is_vague & vague_two.is_in(list(VAGUE))
    consumed = has_mult | vague_mult
    value = (
        pl.when(is_vague & vague_mult).then(vague_two.replace_strict(VAGUE, default=None, return_dtype=pl.Float64))
        .when(is_vague).then(pl.col("norm").replace_strict(VAGUE, default=None, return_dtype=pl.Float64))
        .when(is_word).then(pl.col("norm").replace_strict(NUMBER_WORDS, default=None, return_dtype=pl.Float64))
        .otherwise(number_value_expr(pl.col("token"), pl.col("next1")))
    )
    return cands.with_columns(
        value.alias("value"),
        is_vague.alias("is_vague"),
        (
            pl.col("token").str.contains(r"^[Rr]p")
            | (pl.col("prev1") == "rp")
            | pl.col("next1").is_in(list(MONEY_NOUNS))
            | (consumed & pl.col("next2").is_in(list(MONEY_NOUNS)))
        ).alias("is_money"),
        pl.when(consumed).then(pl.col("next2")).otherwise(pl.col("next1")).alias("noun1"),
        pl.when(consumed).then(pl.col("next3")).otherwise(pl.col("next2")).alias("noun2"),
        pl.col("start").alias("num_start"),
        pl.when(consumed).then(pl.col("end1")).otherwise(pl.col("end")).alias("num_end"),
        pl.when(consumed).then(pl.col("end2")).otherwise(pl.col("end1")).alias("noun_end"),
    ).select(
        "article_id", "sent_idx", "tok_idx", "token", "value", "is_vague", "is_money", "noun1", "noun2",
        "num_start", "num_end", "noun_end", *[f"prev{k}" for k in range(1, 7)],
    ).filter(pl.col("value").is_not_null() & (pl.col("value") > 0))


@dataclass
class ArticleContext:
    """What the resolution step needs to know about one article."""

    article_id: str
    body: str
    published: date | None
    years: list[int]
    sentences: list[tuple[int, int, int, int, str]]  # sent_idx, para_idx, start, end, text
    agencies: list[tuple[int, str]] = field(default_factory=list)  # (char_start, agency_id), sorted
    countries: list[tuple[int, str]] = field(default_factory=list)
    persons: list[tuple[int, str]] = field(default_factory=list)  # (char_start, agency_id of the person)

    def sentence(self, sent_idx: int) -> tuple[int, int, int, int, str]:
        return self.sentences[sent_idx]

    def in_span(self, items: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
        return [(s, v) for s, v in items if start <= s < end]


def build_contexts(
    articles: pl.DataFrame, sentences: pl.DataFrame, mentions: pl.DataFrame, persons: pl.DataFrame
) -> dict[str, ArticleContext]:
    ctx: dict[str, ArticleContext] = {}
    sent_rows: dict[str, list[tuple[int, int, int, int, str]]] = defaultdict(list)
    for row in sentences.sort("article_id", "sent_idx").select(
        "article_id", "sent_idx", "para_idx", "sent_start", "sent_end", "sentence_text"
    ).iter_rows():
        sent_rows[row[0]].append(row[1:])
    for art, body, published in articles.select("article_id", "body", "published_date").iter_rows():
        ctx[art] = ArticleContext(art, body, published, years_in(body), sent_rows.get(art, []))
    person_agency = {(a, p): ag for a, p, ag in persons.select("article_id", "person_id", "agency_id").iter_rows()}
    for art, etype, eid, start in mentions.sort("char_start").select(
        "article_id", "entity_type", "entity_id", "char_start"
    ).iter_rows():
        c = ctx.get(art)
        if c is None:
            continue
        if etype == "agency":
            c.agencies.append((start, eid))
        elif etype == "country":
            c.countries.append((start, eid))
        elif etype == "person":
            c.persons.append((start, person_agency.get((art, eid)) or ""))
    return ctx


def _category(text_after: str, sentence: str, previous: list[str], body: str = "") -> str:
    """Category from the words right after the number, else the sentence, else the previous sentences, else the
    topic the whole article talks about most."""
    first: tuple[int, str, int] | None = None
    for name, pattern in CATEGORY_PATTERNS:
        m = pattern.search(text_after)
        if m and (first is None or m.start() < first[0]):
            first = (m.start(), name, m.end())
    if first is not None:
        rest = text_after[first[2] :]
        conj = _CONJ.match(rest)
        if conj:
            tail = rest[conj.end() :]
            for name, pattern in CATEGORY_PATTERNS:
                m = pattern.match(tail)
                if m and name != first[1]:
                    return "mixed"
        return first[1]
    for text in [sentence, *previous]:
        found = {name for name, pattern in CATEGORY_PATTERNS if pattern.search(text)}
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            return "mixed"
    counts = Counter({name: len(pattern.findall(body)) for name, pattern in CATEGORY_PATTERNS})
    name, n = counts.most_common(1)[0]
    return name if n else "other"


def _qualifier(prev: list[str], is_vague: bool, next_word: str | None) -> str:
    if is_vague:
        return "about"
    words: list[str] = []
    for w in reversed(prev):  # nearest first; another figure ends this figure's context
        if not w or re.search(r"\d", w) or w in VAGUE:
            break
        words.insert(0, w)
    for phrase, qual in QUALIFIER_BEFORE:
        n = len(phrase)
        for offset in range(0, len(words) - n + 1):
            if tuple(words[offset : offset + n]) == phrase:
                return qual
    if next_word == "lebih":
        return "at_least"
    return "exact"


def _period(periods: list[Period], num_start: int, noun_end: int) -> Period | None:
    """The period that scopes a figure: a range or open period anywhere in the sentence, else the date expression
    right after the noun ("15 kasus di tahun 2020"), else the nearest one before it."""
    usable = [p for p in periods if p.kind != "dateline"]
    ranges = [p for p in usable if p.is_range]
    if ranges:
        return min(ranges, key=lambda p: abs(p.start_char - num_start))
    after = [p for p in usable if p.start_char >= noun_end and p.start_char - noun_end <= 25]
    if after:
        return after[0]
    before = [p for p in usable if p.end_char <= num_start]
    if before:
        return before[-1]
    return usable[0] if usable else None


def _agency(c: ArticleContext, s_start: int, s_end: int, num_start: int) -> str | None:
    in_sent = c.in_span(c.agencies, s_start, s_end)
    if in_sent:
        before = [a for a in in_sent if a[0] <= num_start]
        return (before[-1] if before else in_sent[0])[1]
    people = [a for _, a in c.in_span(c.persons, s_start, s_end) if a]
    if people:
        return people[0]
    earlier = [a for s, a in c.agencies if s < s_start]
    if earlier:
        counts = Counter(earlier)
        top = max(counts.values())
        # ties go to the most recently mentioned
        for a in reversed(earlier):
            if counts[a] == top:
                return a
    return None


def _country(c: ArticleContext, sent: tuple[int, int, int, int, str], num_start: int) -> str | None:
    _, para, s_start, s_end, _ = sent
    foreign = [(s, v) for s, v in c.countries if v != "ID"]
    in_sent = c.in_span(foreign, s_start, s_end)
    if in_sent:
        after = [x for x in in_sent if x[0] >= num_start]
        return (after[0] if after else in_sent[-1])[1]
    for _, p, st, en, _ in reversed(c.sentences[: sent[0]]):
        if p != para:
            break
        hits = c.in_span(foreign, st, en)
        if hits:
            return hits[-1][1]
    return None


def fact_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def extract_facts(
    candidates: pl.DataFrame, contexts: dict[str, ArticleContext]
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Resolve candidates into (case_counts, blocked_content, money) frames; one fact per repeated figure."""
    cases: list[dict[str, object]] = []
    blocked: list[dict[str, object]] = []
    money: list[dict[str, object]] = []
    seen: set[tuple[object, ...]] = set()
    for cand in candidates.sort("article_id", "num_start").iter_rows(named=True):
        c = contexts.get(cand["article_id"])
        if c is None or cand["sent_idx"] >= len(c.sentences):
            continue
        sent = c.sentence(cand["sent_idx"])
        sent_idx, para, s_start, s_end, text = sent
        prev = [cand[f"prev{k}"] for k in range(6, 0, -1)]
        if (cand["prev1"] or "") in NOT_A_COUNT_BEFORE:
            continue
        noun1, noun2 = (cand["noun1"] or ""), (cand["noun2"] or "")
        value = float(cand["value"])
        is_year_like = not cand["is_vague"] and re.fullmatch(r"(19|20)\d{2}", cand["token"] or "") is not None
        if cand["is_money"]:
            surface_end = cand["num_end"]
            currency = "IDR" if (cand["token"] or "").lower().startswith("rp") or cand["prev1"] == "rp" or noun1 == "rupiah" else noun1.upper()
            start = cand["num_start"] if cand["prev1"] != "rp" else text.rfind("Rp", 0, cand["num_start"] - s_start) + s_start
            key = ("money", c.article_id, value)
            if key not in seen:
                seen.add(key)
                money.append({
                    "fact_id": fact_id("money", c.article_id, start), "article_id": c.article_id, "value": value,
                    "currency": currency, "what": text[surface_end - s_start : surface_end - s_start + 60].strip() or None,
                    "surface_text": c.body[start:surface_end], "sentence_text": text, "char_start": start,
                    "char_end": surface_end,
                })
            continue
        if is_year_like and noun1 not in CASE_NOUNS and noun1 not in PEOPLE_NOUNS_STRONG:
            continue
        text_after = c.body[cand["num_start"] : s_end]
        next_num = re.search(r"\s\d", text_after[len(cand["token"] or "") :])
        window = text_after[: len(cand["token"] or "") + next_num.start()] if next_num else text_after
        previous = [s[4] for s in c.sentences[max(0, sent_idx - 2) : sent_idx] if s[1] == para][::-1]
        periods = find_periods(text, c.published, c.years)
        local = [
            Period(p.kind, p.start_char + s_start, p.end_char + s_start, p.start, p.end, p.precision) for p in periods
        ]
        period = _period(local, cand["num_start"], cand["noun_end"] or cand["num_end"])
        dateline = next((p.start for p in local if p.kind == "dateline"), None)
        qualifier = _qualifier(prev, bool(cand["is_vague"]), noun1)
        surface_end = cand["noun_end"] or cand["num_end"]
        base = {
            "article_id": c.article_id, "value": value, "period_start": period.start if period else None,
            "period_end": period.end if period else None, "period_precision": period.precision if period else None,
            "qualifier": qualifier, "as_of_date": dateline or c.published,
            "surface_text": c.body[cand["num_start"] : surface_end], "sentence_text": text,
            "char_start": cand["num_start"], "char_end": surface_end,
        }
        if noun1 in BLOCK_OBJECTS and BLOCK_VERBS.search(text):
            object_type = BLOCK_OBJECTS[noun1]
            if noun1 == "kata" and noun2 != "kunci":
                continue
            if noun1 == "dompet" and noun2 not in {"digital", "elektronik"}:
                continue
            key = ("blocked", c.article_id, value, object_type)
            if key in seen:
                continue
            seen.add(key)
            blocked.append({
                "fact_id": fact_id("blocked", c.article_id, cand["num_start"]), **base, "object_type": object_type,
                "agency_id": _agency(c, s_start, s_end, cand["num_start"]),
            })
            continue
        unit = None
        if noun1 in CASE_NOUNS:
            unit = "cases"
        elif noun1 in PEOPLE_NOUNS_STRONG and noun2 not in NOT_VICTIMS or noun1 in PEOPLE_NOUNS_WEAK and noun2 not in NOT_VICTIMS and CONTEXT_WORDS.search(text):
            unit = "people"
        if unit is None:
            continue
        category = _category(window, text, previous, c.body)
        key = ("cases", c.article_id, value, unit)
        if key in seen:
            continue
        seen.add(key)
        cases.append({
            "fact_id": fact_id("cases", c.article_id, cand["num_start"]), **base, "unit": unit, "category": category,
            "agency_id": _agency(c, s_start, s_end, cand["num_start"]),
            "country_id": _country(c, sent, cand["num_start"]),
        })
    return (
        pl.DataFrame(cases, schema=CASE_SCHEMA),
        pl.DataFrame(blocked, schema=BLOCKED_SCHEMA),
        pl.DataFrame(money, schema=MONEY_SCHEMA),
    )



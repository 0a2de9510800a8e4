"""Case counts, blocked content and money figures.

Candidate numbers are found for all articles at once on the token table (Polars): a number token, an optional
multiplier ("juta") and the noun after it decide the kind of fact. Only those candidates (a few per article)
go through the Python step that resolves category, agency, country, period and qualifier from the sentence
and its neighbours.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import polars as pl

from transforms.dates import NUMBER_WORDS, Period, find_periods, years_in
from transforms.numbers import MULTIPLIERS, NUMBER_TOKEN, VAGUE, number_value_expr
from transforms.text import is_headline, starting_with

CASE_NOUNS = {"kasus": "cases", "perkara": "cases", "pengaduan": "cases", "aduan": "cases", "laporan": "cases"}
PEOPLE_NOUNS_STRONG = {
    "wni", "korban", "tersangka", "pelaku", "pmi", "tki", "pekerja", "terdakwa", "penjudi", "pemain", "buruh",
    "imigran", "abk", "calon", "cpmi", "wna", "tahanan", "deportan", "pengungsi", "pmib", "selebgram",
    "influencer", "pemengaruh", "promotor", "bandar", "perekrut", "calo", "narapidana",
}
PEOPLE_NOUNS_WEAK = {
    "orang", "warga", "anak", "perempuan", "jiwa", "mahasiswa", "pemuda", "remaja", "pelajar", "pemohon",
}
NOT_VICTIMS = {
    "peserta", "anggota", "delegasi", "staf", "petugas", "personel", "pegawai", "wartawan", "pengunjung", "relawan",
    "saksi", "penyidik", "hakim", "jaksa", "polisi", "pengikut", "followers", "subscriber", "penonton",
}
CONTEXT_WORDS = re.compile(
    r"korban|ditangkap|diamankan|(?:dipulang|memulang|pemulang)(?:kan|an)|diselamatkan|menyelamatkan|penyelamatan|repatriasi|"
    r"evakuasi|deportasi|dideportasi|terjerat|tertipu|paspor|keberangkatan|"
    r"terlibat|dipekerjakan|disekap|ditahan|diberangkatkan|dijanjikan|tppo|judi|scam|penipuan|perdagangan",
    re.I,
)
BLOCK_OBJECTS = {
    "situs": "site", "website": "site", "web": "site", "laman": "site", "domain": "site", "url": "site",
    "tautan": "content", "link": "content", "konten": "content", "video": "content", "unggahan": "content",
    "postingan": "content", "halaman": "page", "akun": "account", "rekening": "bank_account",
    "e-wallet": "e_wallet", "ewallet": "e_wallet", "dompet": "e_wallet", "kata": "keyword", "keyword": "keyword",
    "aplikasi": "other", "grup": "other", "kanal": "other", "channel": "other", "nomor": "other", "ip": "other",
    "entitas": "other", "sisipan": "page", "pinjol": "other", "pinpri": "other",
}
ONLINE_CONTENT = {"site", "content", "page", "keyword"}
COMMS_MINISTRIES = {"KOMINFO", "KOMDIGI"}
# "555 akun dompet elektronik", "573 akun uang elektronik (e-wallet)", "171.420 konten berupa situs".
OBJECT_REFINED = {("akun", "dompet"): "e_wallet", ("akun", "uang"): "e_wallet", ("akun", "e-wallet"): "e_wallet",
                  ("akun", "ewallet"): "e_wallet", ("akun", "rekening"): "bank_account", ("nomor", "rekening"): "bank_account",
                  ("nomor", "telepon"): "other", ("nomor", "ponsel"): "other"}
BERUPA = re.compile(r"^\S+\s+\S+\s+(?:berupa|yakni|yaitu)\s+(\S+)", re.I)
BLOCK_VERBS = re.compile(
    r"blokir|pemblokiran|pemutusan\s+akses|memutus\s+akses|diputus|take\s*-?\s*down|takedown|menutup|ditutup|"
    r"penutupan|menurunkan|diturunkan|penurunan\s+konten|menonaktifkan|dinonaktifkan|penonaktifan|membekukan|"
    r"dibekukan|pembekuan|men-take|suspend|block(?:ed|ing)?|menghentikan|dihentikan|penghentian|menghapus|dihapus|"
    r"penghapusan|menonaktifkan|ditangguhkan|menangguhkan|removed?|hapus|menangani|ditangani|tangani|penanganan\s+terhadap|penindakan\s+terhadap",
    re.I,
)
# A verb between the blocking verb and the figure that says the figure was only found or reported:
# "Selain menutup situs, Komdigi juga melaporkan 23.604 rekening kepada PPATK".
NOT_BLOCKED_VERBS = re.compile(
    r"\b(?:melaporkan|dilaporkan|menemukan|ditemukan|mendeteksi|terdeteksi|mengidentifikasi|teridentifikasi|"
    r"mencatat|tercatat|menerima|diterima)\b",
    re.I,
)
# A bare figure closing an item of a list that continues a blocked figure: "di Meta 106 ribu, Google 41 ribu".
LIST_ITEM = re.compile(r"^[\d.,]+(?:\s+(?:ribu|rb|juta|jt|miliar))?\s*(?:,|\.|;|$|\s+dan\b)", re.I)
# Splits of a total by sex or age ("terdiri dari delapan perempuan dan 22 laki-laki", "711 korban perempuan
# dewasa") are breakdowns, not figures of their own.
DEMOGRAPHIC = re.compile(r"\b(?:perempuan|wanita|pria|laki[\s-]*laki|lelaki|dewasa|anak[\s-]*anak|balita)\b", re.I)
# A sentence that itemises a blocked total ("yakni sebanyak 1.248.405 konten", "Serta 2.032 konten dari Google").
ITEMISING = re.compile(
    r"\b(?:yakni|yaitu|sisanya|terdiri|(?:di)?rinci(?:an|nya|kan)?|merinci|antara\s+lain|meliputi|serta|berupa)\b", re.I
)
ITEMISED = re.compile(r"\b(?:dirinci(?:kan)?|rinciannya|dengan\s+rincian|merinci)\b", re.I)
BREAKDOWN = re.compile(r"\b(?:terdiri|merinci|rinci(?:an|nya)?|masing-masing)\b", re.I)
# Currency words and prefixes -> ISO 4217 ("1.500 dolar AS", "RM 3.000", "50 juta yuan").
CURRENCY_WORDS = {
    "rupiah": "IDR", "dolar": "USD", "dollar": "USD", "usd": "USD", "us$": "USD", "ringgit": "MYR", "baht": "THB",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "riel": "KHR", "peso": "PHP", "kyat": "MMK", "euro": "EUR",
    "yen": "JPY", "won": "KRW", "dong": "VND", "sgd": "SGD", "myr": "MYR", "thb": "THB",
}
CURRENCY_PREFIXES = {"rp": "IDR", "rm": "MYR", "us$": "USD", "usd": "USD", "$": "USD", "sgd": "SGD", "s$": "SGD"}
DOLLAR_COUNTRY = {"singapura": "SGD", "australia": "AUD", "hong": "HKD", "kanada": "CAD", "taiwan": "TWD"}
MONEY_NOUNS = set(CURRENCY_WORDS)
NOT_A_COUNT_BEFORE = {
    "pukul", "pasal", "ayat", "nomor", "no", "ke", "peringkat", "usia", "umur", "berusia", "jam", "tanggal", "tgl",
    "hotline", "telepon", "uu", "perpres", "pp", "permen", "halaman", "kode", "tahun", "periode", "sejak", "rt",
    "rw", "lantai", "gedung", "jalan", "jl", "kamar", "ruang", "edisi", "vol", "seri", "versi", "salah",
}
QUALIFIER_BEFORE = [
    # longer phrases first: "tidak kurang dari" is at least, "tidak lebih dari" at most
    (("tidak", "kurang", "dari"), "at_least"), (("tidak", "lebih", "dari"), "at_most"), (("paling", "sedikit"), "at_least"), (("lebih", "dari"), "at_least"), (("di", "atas"), "at_least"),
    (("kurang", "dari"), "at_most"), (("kurang", "lebih"), "about"),
    (("sedikitnya",), "at_least"), (("setidaknya",), "at_least"), (("minimal",), "at_least"),
    (("melebihi",), "at_least"), (("lebih",), "at_least"), (("sekitar",), "about"), (("kira-kira",), "about"),
    (("kurang",), "at_most"), (("hampir",), "at_most"), (("maksimal",), "at_most"), (("nyaris",), "at_most"),
    (("mendekati",), "at_most"),
]
# Each pattern opens with a lookahead on the letters its matches start with (text.starting_with): they are searched
# over whole bodies, where trying every alternative at every character is slow.
CATEGORY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("online_gambling", re.compile(starting_with("jpskg", r"(?:judi\s*(?:online|daring|slot|bola)|judol|perjudian(?:\s+(?:online|daring))?|slot\s+online|kasino\s+online|situs\s+judi|\bjudi\b|gambling)"), re.I)),
    ("online_scam", re.compile(starting_with("osplif", r"(?:(?:online\s+)?scam(?:ming)?(?:\s+online)?|penipuan(?:\s+(?:berbasis\s+)?(?:daring|online))?|love\s+scam|investasi\s+bodong|\bfraud)"), re.I)),
    ("trafficking", re.compile(starting_with("tphe", r"(?:\btppo\b|perdagangan\s+(?:orang|manusia)|human\s+trafficking|\btrafficking|eksploitasi)"), re.I)),
]
_CONJ = re.compile(r"^\s*(?:,|dan|serta|maupun|atau|/|&)\s*", re.I)
# A sentence that refers back to a figure already given ("dari jumlah itu", "pada periode yang sama") takes the
# period of that figure when it states none itself.
ANAPHORA = re.compile(
    r"\b(?:(?:periode|tahun|kurun(?:\s+waktu)?|waktu|masa|rentang(?:\s+waktu)?|bulan)\s+yang\s+sama"
    r"|(?:periode|kurun\s+waktu|rentang\s+waktu|masa)\s+(?:tersebut|itu)|sisanya"
    r"|dari\s+(?:jumlah|angka|total)\s+(?:itu|tersebut|ini)|di\s+antaranya|dari\s+[\d.,]+\s+\w+\s+(?:itu|tersebut))\b",
    re.I,
)
# Words of attribution: a weekday date after them is when something was said, not when it happened.
STATEMENT_CUES = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|tutur|jelas|sebut|tegas|imbuh|papar|terang|tambah|katanya|ujarnya|tuturnya|"
    r"jelasnya|menurut|mengatakan|menyatakan|menjelaskan|menegaskan|menyampaikan|mengungkapkan|menuturkan|"
    r"menambahkan|memaparkan|menerangkan|keterangan|konferensi|jumpa|wartawan|dikutip|dilansir|rilis|siaran|"
    r"said|told)\b",
    re.I,
)
EVENT_DATE_BEFORE = re.compile(r"\b(?:pada|sejak|hingga|sampai|tanggal|tgl\.?)\s*$", re.I)
# A sentence that breaks the figure before it down ("rinciannya", "terdiri dari", "mencakup 10.517 situs",
# "diikuti oleh Meta dengan 7.523 konten", "93% dari total"): its figures are parts of that figure and cover its
# period when they state none.
BREAKS_DOWN = re.compile(
    r"\b(?:terdiri|(?:di)?rinci(?:an|nya|kan)?|merinci|mencakup|meliputi|sebaran|diikuti|dari\s+total)\b", re.I
)
# Phrases that scope every figure of the story to a period when they open it ("sepanjang 2024").
SCOPE_KINDS = {"year", "year_range", "month_range", "day_range", "mixed_range", "half", "open", "month"}
SCOPE_CUES = re.compile(r"\b(?:sepanjang|selama|sejak|periode|kurun|pada\s+tahun|tahun\s+lalu)\b", re.I)
# Count nouns that stand for the figure they follow: "312 di antaranya", "105 lainnya".
ANAPHORIC_NOUNS = {"lainnya", "sisanya", "diantaranya"}
COUNTED_NOUNS = {*CASE_NOUNS, *PEOPLE_NOUNS_STRONG, *PEOPLE_NOUNS_WEAK, "berkas"}
# Departures stopped at home: passports withheld, migrant workers stopped at the airport. Counted like the
# annotations do, as trafficking prevention in Indonesia, whatever destination the sentence names.
DEPARTURE_STOPPED = re.compile(
    r"\bgagal\s+(?:di)?berangkat|"  # "gagal melindungi PMI" is no stopped departure
    r"\b(?:menunda|penundaan|ditunda|tunda|menangguhkan|penangguhan|ditangguhkan|tangguhkan|mencegah|pencegahan|"
    r"dicegah|menolak|penolakan|ditolak|menggagalkan|menggagal|digagalkan)\s+(?:[\w.,]+\s+){0,4}?"
    r"(?:paspor|keberangkatan|berangkat|diberangkatkan|pmi|cpmi|tki)(?:nya)?\b|"
    # the other order: "613 PMI yang akan berangkat ke berbagai negara berhasil ditunda"
    r"\b(?:berangkat|keberangkatan(?:nya)?)\s+(?:[\w.,]+\s+){0,6}?(?:berhasil\s+)?"
    r"(?:ditunda|ditangguhkan|dicegah|ditolak|digagalkan)\b",
    re.I,
)
# "merekrut lima hingga delapan pemain setiap hari": a rate, not a count of people or cases.
RATE_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:setiap|tiap|per)\s+(?:hari|minggu|pekan|bulan|tahun|jam)\b", re.I)
AUDIENCE_WORDS = {"pengikut", "followers", "follower", "subscriber", "subscribers", "pelanggan", "penonton", "views"}
_AUDIENCE_FILLERS = {"masing-masing", "masing", "dan", "serta", "sekitar", "lebih", "dari", "hingga", "sampai",
                     "sebanyak", "mencapai", "hampir", "ribu", "juta", "rb", "jt", ","}


def _after_audience_word(prev: list[str | None]) -> bool:
    """The figure belongs to a follower count: only other figures and fillers since "pengikut"/"followers"."""
    for word in reversed(prev):  # nearest first
        w = (word or "").strip(",")
        if w in AUDIENCE_WORDS:
            return True
        if not (w in _AUDIENCE_FILLERS or w[:1].isdigit()):
            return False
    return False


PERPETRATOR_NOUNS = {"tersangka", "pelaku", "terdakwa", "bandar", "penjudi", "pemain", "terpidana"}
ARREST_WORDS = re.compile(r"ditangkap|menangkap|diamankan|mengamankan|meringkus|diringkus|ditetapkan|menetapkan|mengungkap|membongkar|menggerebek|digerebek|menolak\s+keberangkatan|menunda", re.I)
# "kepada Otoritas Jasa Keuangan (OJK)": the agency a request goes to, not the one acting.
ADDRESSEE_BEFORE = re.compile(r"\b(?:kepada|ke|dengan|bersama)\s*(?:[^,.;()]{0,60}\(\s*)?$", re.I)
NATIONALITY_BEFORE = re.compile(r"\b(?:asal|warga|berkewarganegaraan|kewarganegaraan|negara|wn|wna)\s*$", re.I)

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
    is_word = pl.col("norm").is_in(list(NUMBER_WORDS)) & (
        pl.col("next1").is_in(list(CASE_NOUNS) + list(PEOPLE_NOUNS_STRONG) + list(PEOPLE_NOUNS_WEAK) + list(ANAPHORIC_NOUNS))
        | ((pl.col("next1") == "di") & (pl.col("next2") == "antaranya"))
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
            pl.col("token").str.contains(r"^(?:[Rr]p|RM|US\$)")
            | pl.col("prev1").is_in(list(CURRENCY_PREFIXES))
            | pl.col("next1").is_in(list(MONEY_NOUNS))
            | (consumed & pl.col("next2").is_in(list(MONEY_NOUNS)))
            # the first end of a range: "1.000 hingga 1.500 dolar AS"
            | (pl.col("next1").is_in(["hingga", "sampai", "-", "s.d."]) & pl.col("next3").is_in(list(MONEY_NOUNS)))
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
    title: str
    published: date | None
    years: list[int]
    sentences: list[tuple[int, int, int, int, str]]  # sent_idx, para_idx, start, end, text
    agencies: list[tuple[int, str]] = field(default_factory=list)  # (char_start, agency_id), sorted
    countries: list[tuple[int, str]] = field(default_factory=list)
    persons: list[tuple[int, str]] = field(default_factory=list)  # (char_start, agency_id of the person)
    country_end: dict[int, int] = field(default_factory=dict)
    titles: list[tuple[str, str]] = field(default_factory=list)  # (short title of a person, its agency)
    periods: dict[int, list[Period]] = field(default_factory=dict)  # per sentence, filled lazily
    last_period: Period | None = None  # of the latest figure resolved, for "pada periode yang sama"
    last_case: dict[str, object] | None = None  # the latest case count, for "312 di antaranya"
    last_fact_kind: str | None = None  # "cases" or "blocked": what "dari jumlah itu" continues
    last_blocked: tuple[int, str, str | None] | None = None  # (sentence, object type, agency) of the latest one

    def only_foreign_country(self) -> str | None:
        """The one foreign country a story is set in, when it names exactly one as a place."""
        found = {cid for _, cid in _located(self, self.countries)} - {"ID"}
        return found.pop() if len(found) == 1 else None

    def lead_scope(self) -> Period | None:
        """The period the headline scopes the whole story to ("Kemlu Tangani 3.310 Kasus ... Sepanjang 2024"):
        a period right after a scope word in the title. (Periods in a lead sentence scope only that sentence's
        figures: later paragraphs often move on to other agencies and dates.)"""
        for p in find_periods(self.title, self.published, self.years):
            if p.kind in SCOPE_KINDS and SCOPE_CUES.search(self.title[max(0, p.start_char - 30) : p.start_char + 12]):
                return p
        return None

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
    titled = articles if "title" in articles.columns else articles.with_columns(pl.lit(None, pl.String).alias("title"))
    for art, body, title, published in titled.select("article_id", "body", "title", "published_date").iter_rows():
        ctx[art] = ArticleContext(art, body, title or "", published, years_in(body), sent_rows.get(art, []))
    person_agency = {(a, p): ag for a, p, ag in persons.select("article_id", "person_id", "agency_id").iter_rows()}
    for art, title, agency in persons.select("article_id", "title", "agency_id").iter_rows():
        # short titles stand for their holder later on ("Kapolri mengatakan ...")
        if art in ctx and title and agency and len(title.split()) <= 3 and (title, agency) not in ctx[art].titles:
            ctx[art].titles.append((title, agency))
    for art, etype, eid, start, end in mentions.sort("char_start").select(
        "article_id", "entity_type", "entity_id", "char_start", "char_end"
    ).iter_rows():
        c = ctx.get(art)
        if c is None:
            continue
        if etype == "agency":
            c.agencies.append((start, eid))
        elif etype == "country":
            c.countries.append((start, eid))
            c.country_end[start] = end
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
    return _topic(body)


@functools.lru_cache(maxsize=4096)
def _topic(body: str) -> str:
    """The category the whole article talks about most (counted once per article, not once per figure)."""
    counts = Counter({name: len(pattern.findall(body)) for name, pattern in CATEGORY_PATTERNS})
    name, n = counts.most_common(1)[0]
    return name if n else "other"


_DIGIT = re.compile(r"\d")


def _qualifier(prev: list[str], is_vague: bool, next_word: str | None) -> str:
    if is_vague:
        return "about"
    words: list[str] = []
    for w in reversed(prev):  # nearest first; another figure ends this figure's context
        if not w or _DIGIT.search(w) or w in VAGUE:
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


def _fill_gaps(fact: dict[str, object], base: dict[str, object], agency: str | None, country: str | None = None) -> None:
    """A figure repeated later in the story ("tepatnya 2.945.150 konten" ... "menghapus 2.945.150 konten mulai
    dari 17 Juli 2023") is one fact: the repetition fills what the first mention left open."""
    if fact["period_start"] is None and fact["period_end"] is None and (base["period_start"] or base["period_end"]):
        for k in ("period_start", "period_end", "period_precision"):
            fact[k] = base[k]
    if fact.get("agency_id") is None and agency is not None:
        fact["agency_id"] = agency
    if "country_id" in fact and fact["country_id"] is None and country is not None:
        fact["country_id"] = country


def _counted_before(c: ArticleContext, sent_idx: int) -> bool:
    return c.last_case is not None and c.last_case.get("_sent") == (c.article_id, sent_idx)


_COUNTED = re.compile(r"(?:\b\d[\d.,]*|\b(?:" + "|".join(NUMBER_WORDS) + r"))\s+(?:(?:ribu|juta|miliar)\s+)?([\w-]+)", re.I)


def _antecedent_noun(c: ArticleContext, sent_idx: int, num_at: int, among: bool) -> str | None:
    """What the figure before an anaphoric one counted, in its sentence or else the sentence before.

    "tujuh di antaranya" (`among`) picks from the figure right before it ("sepuluh negara, dengan tujuh di
    antaranya" counts countries); "105 lainnya" contrasts with the nearest figure of something counted ("449 orang
    tiba menggunakan dua pesawat, sementara 105 lainnya") and, when that one is anaphoric too, with what it
    counted."""
    _, _, s_start, _, text = c.sentence(sent_idx)
    chunks = [(text[: num_at - s_start], among)]
    if sent_idx > 0:  # across a sentence end, the figure the new sentence goes on about is a counted one
        chunks.append((c.sentence(sent_idx - 1)[4], False))
    for chunk, nearest in chunks:
        for m in reversed(list(_COUNTED.finditer(chunk))):
            noun = m.group(1).lower()
            if noun in ANAPHORIC_NOUNS or (noun == "di" and chunk[m.end() :].lstrip().lower().startswith("antaranya")):
                prefix = chunk[: m.start()]
                before = list(_COUNTED.finditer(prefix))
                return before[-1].group(1).lower() if before else None
            if nearest or noun in COUNTED_NOUNS or noun in BLOCK_OBJECTS:
                return noun
    return None


def _blocking(text: str, num_at: int) -> bool:
    """The sentence blocks something, and no 'found/reported' verb stands between that and the figure."""
    verbs = list(BLOCK_VERBS.finditer(text))
    if not verbs:
        return False
    before = [m for m in verbs if m.start() < num_at]
    if not before:
        # "... 2,1 juta situs dan 300 ribu akun telah diblokir" - but in "ada 329 rekening, 202 rekening sudah kita
        # blokir" the verb belongs to the second figure only.
        between = text[num_at : verbs[0].start()]
        later_figure = re.search(r"[,;]\s*(?:\w+\s+){0,3}?\d", between)
        return not (later_figure and not re.search(r"\b(?:dan|serta|maupun|atau)\b", between))
    return not NOT_BLOCKED_VERBS.search(text[before[-1].end() : num_at])


def _follows_block_verb(c: ArticleContext, sent_idx: int) -> bool:
    """The sentence before, in the same paragraph, blocks something ("... tetap harus kami tangani. Ada lebih dari
    123 ribu konten di file sharing")."""
    if sent_idx == 0 or c.sentences[sent_idx - 1][1] != c.sentences[sent_idx][1]:
        return False
    text = c.sentences[sent_idx][4]
    return bool(BLOCK_VERBS.search(c.sentences[sent_idx - 1][4])) and not NOT_BLOCKED_VERBS.search(text)


def is_event_date(sentence: str, period: Period) -> bool:
    """A weekday dateline ("Rabu (28/6/2023)") dates the event unless it closes an attribution ("ujar Arief di
    Jakarta, Rabu (8/1/2025)") or opens the story ("Jakarta, Kamis (20/7/2023) - ...")."""
    before = sentence[max(0, period.start_char - 90) : period.start_char]
    if EVENT_DATE_BEFORE.search(before):
        return True
    if period.start_char < 40 and re.match(r"\s*[-–—]", sentence[period.end_char :]):
        return False
    clause = re.split(r"[\"”“]", before)[-1]
    return not STATEMENT_CUES.search(clause)


def sentence_periods(c: ArticleContext, sent_idx: int) -> list[Period]:
    """Periods of one sentence in body offsets; weekday datelines of statements dropped (cached per sentence)."""
    cached = c.periods.get(sent_idx)
    if cached is not None:
        return cached
    _, _, s_start, _, text = c.sentences[sent_idx]
    found = [
        Period(p.kind, p.start_char + s_start, p.end_char + s_start, p.start, p.end, p.precision)
        for p in find_periods(text, c.published, c.years)
        if p.kind != "dateline" or is_event_date(text, p)
    ]
    c.periods[sent_idx] = found
    return found


def _period(periods: list[Period], num_start: int, noun_end: int, body: str = "") -> Period | None:
    """The period that scopes a figure: a range or open period anywhere in the sentence, else the date expression
    right after the noun in the same clause ("15 kasus di tahun 2020", not "46 orang, disusul pada 28 Februari"),
    else the nearest one before it."""
    ranges = [p for p in periods if p.is_range]
    if ranges:
        return min(ranges, key=lambda p: abs(p.start_char - num_start))
    after = [
        p for p in periods
        if p.start_char >= noun_end and p.start_char - noun_end <= 25 and not re.search(r"[,;]", body[noun_end : p.start_char])
    ]
    if after:
        return after[0]
    before = [p for p in periods if p.end_char <= num_start]
    if before:
        return before[-1]
    return periods[0] if periods else None


def resolve_period(c: ArticleContext, sent_idx: int, num_start: int, noun_end: int, anaphoric: bool,
                   breakdown: bool = False) -> Period | None:
    """The sentence's own period; else, for a figure that refers back ("dari jumlah itu", "periode yang sama") or
    is part of a breakdown (BREAKS_DOWN), the period of the figure before it; else a period stated earlier in the
    same paragraph; else the period that scopes the whole story in its lead ("sepanjang 2024")."""
    own = _period(sentence_periods(c, sent_idx), num_start, noun_end, c.body)
    if own is not None:
        return own
    if breakdown and c.last_period is not None:
        return c.last_period
    if anaphoric:
        if c.last_period is not None:
            return c.last_period
        for prev in range(sent_idx - 1, -1, -1):
            found = sentence_periods(c, prev)
            if found:
                return _period(found, c.sentences[prev][3], c.sentences[prev][3])
    para = c.sentences[sent_idx][1]
    for prev in range(sent_idx - 1, -1, -1):
        if c.sentences[prev][1] != para:
            break
        found = sentence_periods(c, prev)
        if found:
            return _period(found, c.sentences[prev][3], c.sentences[prev][3])
    return c.lead_scope()


def _agency(c: ArticleContext, s_start: int, s_end: int, num_start: int) -> str | None:
    """The agency that reports or acts: in the sentence (the nearest before the figure, not an addressee such as
    "kepada OJK"), else a person's agency, else that of a person's title standing alone ("Kapolri"), else the
    agency the story has mentioned most so far."""
    in_sent = [
        a for a in c.in_span(c.agencies, s_start, s_end)
        if not ADDRESSEE_BEFORE.search(c.body[max(0, a[0] - 80) : a[0]])
    ]
    if in_sent:
        before = [a for a in in_sent if a[0] <= num_start]
        return (before[-1] if before else in_sent[0])[1]
    people = [a for _, a in c.in_span(c.persons, s_start, s_end) if a]
    if people:
        return people[0]
    sentence = c.body[s_start:s_end]
    for title, agency in c.titles:
        if re.search(r"\b" + re.escape(title) + r"\b", sentence):
            return agency  # "Kapolri mengatakan ... 10 orang tersangka": the titled speaker's agency
    earlier = [a for s, a in c.agencies if s < s_start]
    if earlier:
        counts = Counter(earlier)
        top = max(counts.values())
        # ties go to the most recently mentioned
        for a in reversed(earlier):
            if counts[a] == top:
                return a
    return None


def _located(c: ArticleContext, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Country mentions that say where something is, not a nationality ("asal Tiongkok", "warga negara
    Indonesia"); Indonesia counts only as a place ("di Indonesia", "di seluruh Indonesia", a city)."""
    out = []
    for start, cid in items:
        before = c.body[max(0, start - 25) : start]
        if NATIONALITY_BEFORE.search(before):
            continue
        if cid == "ID" and (
            not re.search(r"\b(?:di|seluruh|wilayah|dalam)\s*$", before, re.I)
            or re.search(r"\b(?:tiba|mendarat|pulang|kembali)\s+di\s*$", before, re.I)
        ):
            continue
        out.append((start, cid))
    return out


def _country(c: ArticleContext, sent: tuple[int, int, int, int, str], num_start: int, num_end: int) -> str | None:
    """Where the figure happened: the country right before it ("Myanmar 487 kasus"), else the first one after it
    unless several are listed ("di Thailand, Malaysia, Vietnam" -> none), else one earlier in the sentence or
    paragraph."""
    _, para, s_start, s_end, _ = sent
    in_sent = _located(c, c.in_span(c.countries, s_start, s_end))
    if in_sent:
        adjacent = [x for x in in_sent if x[0] < num_start and re.fullmatch(r"[\s,:]*(?:yakni|yaitu|sebanyak|sekitar|ada)?[\s,:]*", c.body[c.country_end.get(x[0], x[0]) : num_start], re.I)]
        if adjacent:
            return adjacent[-1][1]
        after = [x for x in in_sent if x[0] >= num_end]
        distinct = [x for i, x in enumerate(after) if i == 0 or x[1] != after[i - 1][1]]
        if len(distinct) > 1 and re.fullmatch(
            r"\s*(?:,|\bdan\b|\bserta\b|\bhingga\b|\batau\b)\s*(?:dan\s+|hingga\s+)?",
            c.body[c.country_end.get(distinct[0][0], distinct[0][0]) : distinct[1][0]],
        ):
            return None  # "tersebar di Thailand, Malaysia, Vietnam": no single country
        if after:
            first = after[0]
            between = c.body[num_end : first[0]]
            if first[1] != "ID" or not (STATEMENT_CUES.search(between) or re.search(r"[\"”“]", between)):
                return first[1]
        before = [x for x in in_sent if x[0] < num_start and x[1] != "ID"]
        return before[-1][1] if before else None
    for _, p, st, en, _ in reversed(c.sentences[: sent[0]]):
        if p != para:
            break
        hits = [x for x in _located(c, c.in_span(c.countries, st, en)) if x[1] != "ID"]
        if hits:
            return hits[-1][1]
    return None


def fact_id(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _currency(cand: dict, text_after: str) -> tuple[str | None, str | None]:
    """(ISO code, prefix as written) from a prefix ("Rp", "RM", "US$") or the first currency word after the figure."""
    token = cand["token"] or ""
    m = re.match(r"^(Rp|RM|US\$)", token, re.I)
    if m:
        return CURRENCY_PREFIXES[m.group(1).lower()], None
    prev = (cand["prev1"] or "").lower()
    if prev in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[prev], prev
    words = re.findall(r"[\w$]+", text_after.lower())[:6]
    for k, w in enumerate(words):
        if w in CURRENCY_WORDS:
            if w in {"dolar", "dollar"} and k + 1 < len(words) and words[k + 1] in DOLLAR_COUNTRY:
                return DOLLAR_COUNTRY[words[k + 1]], None
            return CURRENCY_WORDS[w], None
    return None, None


def _money_fact(c: ArticleContext, cand: dict, text: str, s_start: int) -> dict[str, object]:
    value = float(cand["value"])
    surface_end = cand["num_end"]
    currency, prefix = _currency(cand, c.body[cand["num_end"] : cand["num_end"] + 60])
    start = cand["num_start"]
    if prefix:  # "Rp 500 juta", "RM 3.000": the surface starts at the prefix
        found = text.lower().rfind(prefix, 0, cand["num_start"] - s_start)
        start = found + s_start if found >= 0 else start
    return {
        "fact_id": fact_id("money", c.article_id, start), "article_id": c.article_id, "value": value,
        "currency": currency or (cand["noun1"] or "").upper(),
        "what": text[surface_end - s_start : surface_end - s_start + 60].strip() or None,
        "surface_text": c.body[start:surface_end], "sentence_text": text, "char_start": start, "char_end": surface_end,
    }


def _case_unit(
    noun1: str, noun2: str, text: str, anaphoric: bool, c: ArticleContext, counted_noun_before: bool = False
) -> str | None:
    """`cases` or `people` from the noun after the number; a bare "312 di antaranya" / "105 lainnya" counts what
    the figure before it counted."""
    if noun1 in CASE_NOUNS or (noun1 == "berkas" and noun2 == "perkara"):
        return "cases"
    if noun1 in PEOPLE_NOUNS_STRONG and noun2 not in NOT_VICTIMS:
        return "people"
    if noun1 in PEOPLE_NOUNS_WEAK and noun2 not in NOT_VICTIMS and (
        CONTEXT_WORDS.search(text) or anaphoric or noun2 in PEOPLE_NOUNS_STRONG or counted_noun_before
    ):
        return "people"  # "12 orang CPMI", "WNI yang berada di Myawaddy berjumlah 366 orang"
    refers_back = noun1 in ANAPHORIC_NOUNS or (noun1 == "di" and noun2 == "antaranya")
    if refers_back and c.last_case is not None:
        return str(c.last_case["unit"])
    return None


def _domestic(c: ArticleContext, agency: str | None, noun1: str, noun2: str, text: str, enforcers: frozenset[str]) -> bool:
    """Arrests and suspects counted by an Indonesian police, immigration or prosecution body happened in
    Indonesia unless the sentence places them abroad."""
    if agency not in enforcers:
        return False
    return noun1 in PERPETRATOR_NOUNS or noun2 in PERPETRATOR_NOUNS or bool(ARREST_WORDS.search(text))


_ROUNDED = re.compile(r"^\d+(?:,\d)?\s+(?:ribu|rb|juta|jt)\b", re.I)


def _is_rounding(f: dict[str, object]) -> bool:
    """A figure written round: "14 ribu", or a hundred-multiple bounding another ("lebih dari 600")."""
    value = float(f["value"])  # type: ignore[arg-type]
    return bool(_ROUNDED.match(str(f["surface_text"]))) or (
        f["qualifier"] in {"at_least", "at_most"} and value >= 100 and value % 100 == 0
    )


def _rounds(f: dict[str, object], exact: float) -> bool:
    """Whether rounded figure `f` restates `exact`: within 10%, and on the side its qualifier says ("lebih dari
    600" for 613, "hampir 700" for 687; "14 ribu" either way). "sekitar 5.000" next to 5.364 may be another count."""
    value = float(f["value"])  # type: ignore[arg-type]
    if exact == value or abs(exact - value) >= 0.1 * exact:
        return False
    if f["qualifier"] == "at_least":
        return exact > value
    if f["qualifier"] == "at_most":
        return exact < value
    return bool(_ROUNDED.match(str(f["surface_text"])))


def _without_roundings(facts: list[dict[str, object]], kind: str) -> list[dict[str, object]]:
    """Drop "14 ribu rekening" or "lebih dari 600 orang" when the article also gives the exact figure they round
    (14.117 rekening, 613 orang): a restatement, not a second figure. Only within 10% of an exact figure of the
    same kind."""
    exact: dict[tuple[object, object], list[float]] = defaultdict(list)
    for f in facts:
        if not _is_rounding(f):
            exact[(f["article_id"], f[kind])].append(float(f["value"]))  # type: ignore[arg-type]
    return [
        f for f in facts
        if not (_is_rounding(f) and any(_rounds(f, v) for v in exact[(f["article_id"], f[kind])]))
    ]


_STAGE_WORDS = {"gelombang", "tahap", "kloter", "batch", "tahapan"}
_ORDINAL_WORDS = {"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "i", "ii", "iii", "iv", "v", "1", "2", "3"}
_BARE_AFTER = re.compile(r"^\s*(?:pada|di|dan|,|dalam|yang|sejak|tanggal)\b", re.I)
_COUNTED_LATER = re.compile(r"\b\d[\d.,]*\s+(" + "|".join(sorted(PEOPLE_NOUNS_STRONG | PEOPLE_NOUNS_WEAK | set(CASE_NOUNS))) + r")\b", re.I)


def _stage_item_unit(c: ArticleContext, sent_idx: int, prev: list[str | None], text_after: str, num_len: int) -> str | None:
    """A bare figure naming a stage or wave of a count: "gelombang pertama 46 pada 21 Februari ... dan 28 Februari
    sejumlah 84 WNI" (the unit of the wave it parallels), "Kemudian 347 di tahap penyidikan" after case counts."""
    rest = text_after[num_len:]
    if not _BARE_AFTER.match(rest):
        return None
    words = [w or "" for w in prev[-2:]]
    if words[0] in _STAGE_WORDS and words[1] in _ORDINAL_WORDS:
        later = _COUNTED_LATER.search(rest)
        if later:
            noun = later.group(1).lower()
            return "cases" if noun in CASE_NOUNS else "people"
    recent = c.last_case is not None and c.last_case.get("_sent", (None, -9))[1] >= sent_idx - 2  # type: ignore[index]
    if re.match(r"^\s*(?:di|dalam|pada)\s+tahap(?:an)?\b", rest, re.I) and recent:
        return str(c.last_case["unit"])  # type: ignore[index]
    return None


def _breaks_down(text: str, num_at: int) -> bool:
    """Whether the figure at `num_at` of sentence `text` is a part of the figure before this sentence: a breakdown
    cue before it with no figure before the cue ("terdiri dari 3.236 rekening" after "1.322 pihak" in the same
    sentence breaks down that one instead), or "dari total" anywhere."""
    for m in BREAKS_DOWN.finditer(text):
        if m.group(0).lower().startswith("dari") or (m.start() < num_at and not re.search(r"\d", text[: m.start()])):
            return True
    return False


def _fact_base(c: ArticleContext, cand: dict[str, Any], sent_idx: int, text: str, surface_end: int,
               anaphoric: bool, breakdown: bool, prev: list[str | None]) -> tuple[dict[str, object], Period | None]:
    """A kept figure's common columns: period, as-of date, qualifier, evidence. Computed only once a candidate is
    kept (most are not); nothing it reads changes between the candidate's start and that point."""
    period = resolve_period(c, sent_idx, cand["num_start"], surface_end, anaphoric, breakdown)
    dateline = next((p.start for p in find_periods(text, c.published, c.years) if p.kind == "dateline"), None)
    return {
        "article_id": c.article_id, "value": float(cand["value"]), "period_start": period.start if period else None,
        "period_end": period.end if period else None, "period_precision": period.precision if period else None,
        "qualifier": _qualifier(prev, bool(cand["is_vague"]), cand["noun1"] or ""),
        "as_of_date": dateline or c.published, "surface_text": c.body[cand["num_start"] : surface_end],
        "sentence_text": text, "char_start": cand["num_start"], "char_end": surface_end,
    }, period


def extract_facts(
    candidates: pl.DataFrame, contexts: dict[str, ArticleContext], enforcers: frozenset[str] = frozenset()
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Resolve candidates into (case_counts, blocked_content, money) frames; one fact per repeated figure.

    `enforcers` are the Indonesian law-enforcement and immigration agencies (domestic arrests -> country ID).
    """
    cases: list[dict[str, object]] = []
    blocked: list[dict[str, object]] = []
    money: list[dict[str, object]] = []
    seen: set[tuple[object, ...]] = set()
    seen_facts: dict[tuple[object, ...], dict[str, object]] = {}
    exact_nouns: dict[str, set[str]] = defaultdict(set)
    for art, noun in candidates.filter(~pl.col("is_vague") & ~pl.col("is_money")).select("article_id", "noun1").iter_rows():
        exact_nouns[art].add(noun or "")
    for cand in candidates.sort("article_id", "num_start").iter_rows(named=True):
        c = contexts.get(cand["article_id"])
        if c is None or cand["sent_idx"] >= len(c.sentences):
            continue
        sent = c.sentence(cand["sent_idx"])
        sent_idx, para, s_start, s_end, text = sent
        prev = [cand[f"prev{k}"] for k in range(6, 0, -1)]
        if (cand["prev1"] or "") in NOT_A_COUNT_BEFORE or is_headline(text):
            continue
        if _after_audience_word(prev):
            continue  # "dengan pengikut masing-masing 21.200 dan 32.700": followers, not a fact
        noun1, noun2 = (cand["noun1"] or ""), (cand["noun2"] or "")
        value = float(cand["value"])
        is_year_like = not cand["is_vague"] and re.fullmatch(r"(19|20)\d{2}", cand["token"] or "") is not None
        if cand["is_vague"] and noun1 in exact_nouns.get(c.article_id, set()) and noun2 != "lainnya":
            continue  # "ratusan tersangka" after "804 tersangka": a restatement, not a figure of its own
        if cand["is_money"]:
            key = ("money", c.article_id, value)
            if key not in seen:
                seen.add(key)
                money.append(_money_fact(c, cand, text, s_start))
            continue
        if is_year_like and noun1 not in CASE_NOUNS and noun1 not in PEOPLE_NOUNS_STRONG:
            continue
        text_after = c.body[cand["num_start"] : s_end]
        next_num = re.search(r"\s\d", text_after[len(cand["token"] or "") :])
        window = text_after[: len(cand["token"] or "") + next_num.start()] if next_num else text_after
        previous = [s[4] for s in c.sentences[max(0, sent_idx - 2) : sent_idx] if s[1] == para][::-1]
        anaphoric = bool(ANAPHORA.search(text))
        surface_end = cand["noun_end"] or cand["num_end"]

        continues_blocked = c.last_fact_kind == "blocked" and (
            anaphoric or _follows_block_verb(c, sent_idx)
            or (c.last_blocked is not None and sent_idx - c.last_blocked[0] <= 3 and bool(ITEMISING.search(text)))
        )
        refers_back = noun1 in ANAPHORIC_NOUNS or (noun1 == "di" and noun2 == "antaranya")
        antecedent = _antecedent_noun(c, sent_idx, cand["num_start"], noun1 == "di") if refers_back else None
        if refers_back and antecedent not in COUNTED_NOUNS and antecedent not in BLOCK_OBJECTS:
            continue
        list_item = (
            c.last_blocked is not None and (c.last_blocked[0] == sent_idx or continues_blocked)
            and not (refers_back and antecedent not in BLOCK_OBJECTS)
            and noun1 not in BLOCK_OBJECTS and noun1 not in CASE_NOUNS and noun1 not in PEOPLE_NOUNS_STRONG
            and noun1 not in PEOPLE_NOUNS_WEAK and (LIST_ITEM.match(text_after) or noun1 in {"dari", "di", "pada"})
        )
        if list_item or noun1 in BLOCK_OBJECTS and (_blocking(text, cand["num_start"] - s_start) or continues_blocked):
            object_type = c.last_blocked[1] if list_item and c.last_blocked else OBJECT_REFINED.get((noun1, noun2), BLOCK_OBJECTS.get(noun1, "other"))
            if object_type == "site" and re.search(r"\b(?:disisipkan|disisipi|sisipan|menumpang)\b", text_after[:80], re.I):
                object_type = "page"  # gambling pages slipped into school or government sites
            berupa = BERUPA.match(text_after)
            if berupa and berupa.group(1).lower() in BLOCK_OBJECTS:
                object_type = BLOCK_OBJECTS[berupa.group(1).lower()]
            if (noun1 == "kata" and noun2 != "kunci") or RATE_AFTER.match(c.body[surface_end : surface_end + 40]):
                continue  # "sekitar 14.238 konten per hari" is a rate
            if noun1 == "dompet" and noun2 not in {"digital", "elektronik"}:
                continue
            breakdown = _breaks_down(text, cand["num_start"] - s_start)
            base, period = _fact_base(c, cand, sent_idx, text, surface_end, anaphoric, breakdown, prev)
            agency = _agency(c, s_start, s_end, cand["num_start"])
            total = seen_facts.get(("blocked_total", c.article_id))
            if period is None and list_item and total is not None:
                # an item of a blocked total ("Meta 7.523, Google 1.612") covers the total's period
                base.update({k: total[k] for k in ("period_start", "period_end", "period_precision")})
            key = ("blocked", c.article_id, value, object_type)
            if key in seen:
                _fill_gaps(seen_facts[key], base, agency)
                continue
            seen.add(key)
            c.last_period = period or c.last_period
            c.last_fact_kind = "blocked"
            in_sentence = bool(c.in_span(c.agencies, s_start, s_end))
            if list_item and c.last_blocked and not in_sentence:
                agency = c.last_blocked[2]  # "lalu di Meta 106 ribu": the list's agency
            elif not in_sentence and object_type in ONLINE_CONTENT:
                # Sites and contents are cut off by the communications ministry the story names, if it names one.
                agency = next((a for s, a in reversed(c.agencies) if a in COMMS_MINISTRIES and s < s_end), agency)
            c.last_blocked = (sent_idx, object_type, agency)
            if not list_item:
                seen_facts[("blocked_total", c.article_id)] = base
            fact = {
                "fact_id": fact_id("blocked", c.article_id, cand["num_start"]), **base, "object_type": object_type,
                "agency_id": agency,
            }
            seen_facts[key] = fact
            blocked.append(fact)
            continue
        # "Dirincikan, pada Januari sebanyak 330 orang, ...": items of the figure before count what it counted
        counted_before = any((w or "") in PEOPLE_NOUNS_STRONG for w in prev) or (
            c.last_case is not None and c.last_case["unit"] == "people" and bool(ITEMISED.search(text))
        )
        unit = _case_unit(noun1, noun2, text, anaphoric, c, counted_before) or _stage_item_unit(
            c, sent_idx, prev, text_after, len(cand["token"] or "")
        )
        if unit is None or RATE_AFTER.match(c.body[surface_end : surface_end + 40]):
            continue
        near = " ".join(w for w in prev[-3:] if w) + " " + " ".join(window.split()[:4])
        if DEMOGRAPHIC.search(near) and (anaphoric or BREAKDOWN.search(text) or _counted_before(c, sent_idx)):
            continue
        breakdown = _breaks_down(text, cand["num_start"] - s_start)
        base, period = _fact_base(c, cand, sent_idx, text, surface_end, anaphoric, breakdown, prev)
        agency = _agency(c, s_start, s_end, cand["num_start"])
        category = _category(window, text, previous, c.body)
        country = _country(c, sent, cand["num_start"], cand["num_end"])
        part = breakdown and c.last_case is not None
        stopped = bool(DEPARTURE_STOPPED.search(text))
        if (part or stopped) and not any(p.search(text) for _, p in CATEGORY_PATTERNS):
            # a stopped departure is trafficking; a part counts what its total counted
            category = "trafficking" if stopped else c.last_case["category"]  # type: ignore[index]
        if stopped:
            country = "ID"
        if country is None and (refers_back or anaphoric or part) and c.last_case is not None:
            country = c.last_case["country_id"]  # type: ignore[assignment]
        if country is None and _domestic(c, agency, noun1, noun2, text, enforcers):
            country = "ID"
        if country is None:
            country = c.only_foreign_country()
        key = ("cases", c.article_id, value, unit)
        if key in seen:
            _fill_gaps(seen_facts[key], base, agency, country)
            continue
        seen.add(key)
        c.last_period = period or c.last_period
        fact = {
            "fact_id": fact_id("cases", c.article_id, cand["num_start"]), **base, "unit": unit, "category": category,
            "agency_id": agency, "country_id": country,
        }
        c.last_case = {**fact, "_sent": (c.article_id, sent_idx)}
        seen_facts[key] = fact
        c.last_fact_kind = "cases"
        cases.append(fact)
    return (
        pl.DataFrame(_without_roundings(cases, "unit"), schema=CASE_SCHEMA),
        pl.DataFrame(_without_roundings(blocked, "object_type"), schema=BLOCKED_SCHEMA),
        pl.DataFrame(money, schema=MONEY_SCHEMA),
    )

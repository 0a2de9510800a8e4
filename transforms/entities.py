"""Mentions of agencies, countries and persons.

Agencies and countries: every 1..8-token n-gram of every sentence is looked up in the reference surface forms
with one hash join (exact, case-insensitive unless the form is marked case-sensitive), then unmatched
capitalised n-grams are matched fuzzily (rapidfuzz) against agency names to catch typos ("Kemnko Polhukam").
Persons: runs of capitalised name-like tokens next to a rank/title, a speech verb or an apposition; titles and
agencies come from the words around the name.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict

import polars as pl
from rapidfuzz import fuzz, process

from transforms.reference import Reference
from transforms.text import is_headline, ngrams

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
        elif atype == "LawEnforcement" and re.search(r"police|polis", name or "", re.I):
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


# ---------------------------------------------------------------------------------------------------------- persons

# Capitalised words that begin or belong to a title or position, not to a name.
POSITION_WORDS = {
    "analis", "asisten", "deputi", "direktur", "dirjen", "kepala", "ketua", "menteri", "sekretaris", "sekjen",
    "kabid", "kasubdit", "kapolda", "kapolres", "kapolri", "kabareskrim", "juru", "jubir", "staf", "anggota",
    "wakil", "duta", "dubes", "koordinator", "komisioner", "plt", "plh", "pj", "gubernur", "bupati", "wali",
    "walikota", "kasat", "kanit", "kadiv", "karo", "kabag", "kasubag", "kasi", "kabiro", "presiden", "wapres",
    "pendiri", "peneliti", "pengamat", "ekonom", "dosen", "guru", "founder", "ceo", "secretary", "minister",
    "deputy", "director", "head", "chairman", "chairperson", "commissioner", "ambassador", "permanent",
    "senior", "spokesperson", "chief", "officer", "president", "vice", "general", "governor", "inspektur",
    "atase", "konsul", "konjen", "dirut", "direktorat", "panit", "penyidik", "jaksa", "hakim",
    "menko", "mendagri", "menlu", "menaker", "mensos", "menkominfo", "menkumham", "wamenlu", "wamen", "kapuspen",
    "kadis", "kajati", "kajari", "kasatreskrim", "dirreskrimum", "dirreskrimsus", "dirtipidum",
    "dirtipidsiber", "kabid humas", "kabidhumas", "ketum", "sesmenko", "komandan", "danlanal",
    "panglima", "pangdam", "kasad", "kapolsek", "pimpinan", "wadir", "wakapolri", "wakapolda", "kabaharkam",
    "kakorlantas", "kabaintelkam", "irwasum", "kalemdiklat", "wakabareskrim", "sestama", "kasubbag", "advokat", "pengacara", "aktivis", "ketua umum", "sekretaris jenderal", "direktur jenderal", "staf khusus", "stafsus", "tenaga ahli",
}
SPEECH_BEFORE = {
    "ujar", "kata", "jelas", "ungkap", "tutur", "tegas", "imbuh", "sebut", "terang", "papar", "pungkas",
    "lanjut", "tambah", "ucap", "katanya", "tandas", "urai", "beber", "sambung", "oleh", "said",
}
SPEECH_AFTER = {
    "mengatakan", "menjelaskan", "mengungkapkan", "menegaskan", "menyampaikan", "menuturkan", "menyebutkan",
    "menyebut", "menilai", "mengaku", "menambahkan", "berharap", "mengharapkan", "memaparkan", "menerangkan",
    "membeberkan", "mengimbau", "meminta", "menyatakan", "mengingatkan", "mengklaim", "membenarkan",
    "memastikan", "said", "told", "stated", "menekankan", "mengutarakan",
}
NAME_STOP = {
    "kementerian", "pemerintah", "delegasi", "provinsi", "kabupaten", "kota", "polisi", "komisi", "badan",
    "dinas", "satgas", "tim", "pusat", "republik", "negara", "dalam", "untuk", "selain", "namun", "menurut",
    "kami", "kita", "mereka", "dia", "ia", "saat", "sementara", "adapun", "bahkan", "kemudian", "sebanyak",
    "sejak", "pada", "di", "ke", "dari", "yang", "dan", "atau", "itu", "ini", "para", "pihak", "bapak", "ibu",
    "pak", "bu", "bang", "mas", "mbak", "kak", "the", "of", "and", "ministry", "national", "committee", "police",
    "kepolisian", "direktorat", "jenderal", "bidang", "kerja", "sama", "biro", "divisi", "subdit", "unit",
    "rapat", "sidang", "konferensi", "kunjungan", "forum", "sekretariat", "daerah", "lembaga", "organisasi",
    "perhimpunan", "bangsa", "asia", "tenggara", "pasifik", "afrika", "eropa", "timur", "barat", "utara",
    "selatan", "tengah", "jawa", "sumatera", "kalimantan", "sulawesi", "papua", "nusa", "islam",
    "kristen", "tindak", "pidana", "perdagangan", "orang", "online", "judi", "scam", "berita", "foto", "video",
    "pertemuan", "deklarasi", "ktt", "rakor", "hari", "tahun", "bulan", "minggu", "pekan", "senin", "selasa",
    "rabu", "kamis", "jumat", "sabtu", "ahad", "general", "state", "labour", "vocational", "training", "interior",
    "counter", "trafficking", "for", "koordinasi", "penanganan", "kejahatan", "transnasional", "luar",
    "biasa", "kebijakan", "ahli", "pertama", "perlindungan", "pelindungan", "informasi", "komunikasi",
    "publik", "informatika", "digital", "keamanan", "hukum", "politik", "kesejahteraan", "rakyat", "protokol",
    "konsuler", "imigrasi", "tenaga", "sosial", "keuangan", "bareskrim", "mabes", "polda", "polres", "jakarta",
    "kasus", "korban", "warga", "lebih", "lanjut", "terkait", "sebelumnya", "selanjutnya", "oleh", "karena",
    "meski", "tetapi", "tapi", "jika", "bila", "agar", "supaya", "setelah", "sebelum", "ketika", "usai",
}
# Words of organisation and unit names ("Deputi Komisioner Pengawasan Perilaku Pelaku Usaha Jasa Keuangan OJK"):
# capitalised inside titles, never part of a person's name.
ORG_WORDS = {
    "pengawasan", "pengawas", "perilaku", "pelaku", "usaha", "jasa", "misi", "internasional", "eksekutif",
    "pekerja", "migran", "penanaman", "modal", "kelompok", "substansi", "humas", "contact", "person", "tipidum",
    "tipidsiber", "tipideksus", "fakultas", "universitas", "sosiologi", "psikologi", "institut", "sekolah",
    "hubungan", "pelayanan", "penegakan", "pemberantasan", "pencegahan", "pengendalian", "aplikasi", "ekonomi",
    "pembangunan", "perencanaan", "hak", "asasi", "manusia", "pemberdayaan", "perempuan", "anak", "penempatan",
    "administrasi", "umum", "strategis", "operasional", "teknologi", "pertahanan", "intelijen", "reserse",
    "kriminal", "khusus", "narkoba", "lalu", "lintas", "propam", "profesi", "pengamanan", "pengembangan",
    "penelitian", "pendidikan", "pelatihan", "kesehatan", "lingkungan", "perhubungan", "pariwisata", "industri",
    "pertanian", "kelautan", "perikanan", "energi", "sumber", "daya", "mineral", "agama", "kebudayaan",
    "olahraga", "pemuda", "transmigrasi", "koperasi", "investasi", "siber", "sandi", "bank", "asuransi", "pasar",
    "moneter", "fiskal", "pajak", "bea", "cukai", "perbendaharaan", "anggaran", "kekayaan", "ruang", "konsumen",
    "edukasi", "literasi", "inklusi", "keuangan", "perlindungan", "pelindungan", "penyidikan", "penyelidikan",
    "penindakan", "operasi", "satuan", "tugas", "direktur", "regional", "wilayah", "cabang", "kantor", "markas",
    "besar", "media", "sosial", "komunikasi", "informasi", "publik", "rehabilitasi", "pusat", "data", "statistik",
    "tambang", "batu", "bara", "siapa", "saja",
}
# Words after which a capitalised run names a place or an institution ("UIN Sunan Kalijaga", "Jalan Sudirman").
ORG_HEADS = {
    "universitas", "uin", "iain", "institut", "fakultas", "yayasan", "masjid", "jalan", "jl", "gedung", "hotel",
    "bandara", "pelabuhan", "kampus", "sma", "smp", "smk", "sd", "stasiun", "kecamatan", "desa", "kelurahan",
    "kabupaten", "provinsi", "kota", "pt", "cv", "rs", "rsud", "wisma", "lapas", "rutan", "pondok", "pesantren",
    "kawasan", "perumahan", "apartemen", "tol", "taman", "pantai", "pulau", "gunung", "sungai", "selat",
}
HONORIFIC_TOKENS = {
    "h.e", "he", "dr", "prof", "drs", "dra", "ir", "h", "hj", "bapak", "ibu", "pak", "bu", "mr", "mrs", "ms",
    "yang", "mulia", "yth", "k.h", "kh", "sir", "datuk", "dato", "tan", "sri", "haji", "hajjah",
}
CONNECTORS = {"dan", "untuk", "di", "of", "the", "and", "for", "bidang", "pada", "ri", "&", "(p)", "p", "/"}
_NAME_TOKEN = re.compile(r"^[A-Z][a-z]+(?:['’\-][A-Za-z][a-z]+)*$")
_NAME_LETTERS = re.compile(r"^[A-Z]{2}$")
# "sembilan terdakwa lainnya, yakni Zidan, Andi Ismail, ... dan Syahrul Firmansyah": the names a count of people
# introduces with "yakni"/"yaitu" are persons even without a title or a speech verb.
LIST_INTRODUCERS = {"yakni", "yaitu", "masing-masing"}
LISTED_PEOPLE = {"terdakwa", "tersangka", "pelaku", "korban", "saksi", "terpidana", "narapidana", "buronan"}
_TRAILING_BREAK = re.compile(r"[,.;:!?)\"”’]$")


def person_slug(name: str) -> str:
    """Stable id: ascii-folded, lower-case, hyphen-separated full name."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def _rank_index(ref: Reference) -> tuple[dict[tuple[str, ...], tuple[str, str]], dict[str, tuple[int, ...]]]:
    """Titles/ranks from titles.csv as token tuples (lower case, dots dropped) -> (kind, agency_id), and per
    last word the lengths of the titles ending in it, longest first (a title lookup then only tries those)."""
    index: dict[tuple[str, ...], tuple[str, str]] = {}
    for title, kind, agency in ref.titles.select("title", "kind", "agency_id").iter_rows():
        key = tuple(t.strip(".,").lower() for t in title.split() if t.strip(".,"))
        if key:
            index[key] = (kind, agency or "")
    lengths: dict[str, set[int]] = {}
    for key in index:
        lengths.setdefault(key[-1], set()).add(len(key))
    return index, {last: tuple(sorted(n, reverse=True)) for last, n in lengths.items()}


def extract_persons(
    tokens: pl.DataFrame, mentions: pl.DataFrame, bodies: pl.DataFrame, ref: Reference
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Persons per article and their mentions.

    Returns (persons: article_id, person_id, full_name, title, agency_id, country_id, char_start, sent_idx,
    mentions: article_id, sent_idx, entity_type='person', entity_id, char_start, char_end).
    """
    ranks, rank_lengths = _rank_index(ref)
    # "Sri" of "Tan Sri" is also a common first name ("Sri Wahyuningsih Purba").
    rank_words = {w for key, (kind, _) in ranks.items() if kind in {"rank", "honorific"} for w in key} - {"sri"}
    agency_country = dict(ref.agencies.select("agency_id", "country_id").iter_rows())
    entity_at: dict[tuple[str, int], tuple[str, str, int]] = {}
    for art, etype, eid, start, end in mentions.select(
        "article_id", "entity_type", "entity_id", "char_start", "char_end"
    ).iter_rows():
        entity_at[(art, start)] = (etype, eid, end)
    # Words an article writes in lower case more often than capitalised are common words there, not names.
    # Counted per article, so an article's persons never depend on the other articles of the batch (the
    # incremental extraction cache relies on that).
    counts = (
        tokens.filter(pl.col("token").str.contains(r"^[A-Za-z][a-z]+$"))
        .group_by("article_id", "norm")
        .agg((pl.col("token").str.contains(r"^[a-z]")).mean().alias("lower_share"), pl.len().alias("n"))
        .filter((pl.col("lower_share") > 0.5) & (pl.col("n") >= 2))
    )
    common: dict[str, set[str]] = defaultdict(set)
    for art, norm in counts.select("article_id", "norm").iter_rows():
        common[art].add(norm)

    candidate_sents = (
        tokens.with_columns(pl.col("token").str.contains(_NAME_TOKEN.pattern).alias("_cap"))
        .with_columns((pl.col("_cap") & pl.col("_cap").shift(-1).over("article_id", "sent_idx")).alias("_pair"))
        .group_by("article_id", "sent_idx")
        .agg(pl.col("_pair").any())
        .filter(pl.col("_pair"))
        .select("article_id", "sent_idx")
    )
    toks = tokens.join(candidate_sents, on=["article_id", "sent_idx"]).sort("article_id", "sent_idx", "tok_idx")
    body_of = dict(bodies.select("article_id", "body").iter_rows())

    foreign = ForeignBodies(ref)
    found: list[dict[str, object]] = []
    # One pass over plain rows: a Polars group per sentence costs more than the work done on it.
    all_rows = toks.select("article_id", "sent_idx", "token", "norm", "raw", "start", "end").rows()
    for (art, sent), group in itertools.groupby(all_rows, key=lambda r: (r[0], r[1])):
        rows = [r[2:] for r in group]
        closed = re.search(r"[.!?\"”]$", rows[-1][2]) is not None
        if not closed and is_headline(body_of[art][rows[0][3] : rows[-1][4]]):
            continue  # "Baca juga" headlines: Title Case makes every word look like a name
        found.extend(
            _persons_in_sentence(
                str(art), int(sent), rows, ranks, rank_lengths, entity_at, common[art] | rank_words, body_of[art], foreign
            )
        )
    persons_schema = {
        "article_id": pl.String, "person_id": pl.String, "full_name": pl.String, "title": pl.String,
        "agency_id": pl.String, "country_id": pl.String, "char_start": pl.Int64, "char_end": pl.Int64,
        "sent_idx": pl.Int32,
    }
    raw_persons = pl.DataFrame(found, schema=persons_schema)
    if raw_persons.is_empty():
        return raw_persons, pl.DataFrame(schema=MENTION_SCHEMA)
    # Agency fallback: the article's most mentioned agency before the person (delegation members, spokespeople).
    agencies = mentions.filter(pl.col("entity_type") == "agency").select("article_id", "entity_id", "char_start")
    agency_rows = defaultdict(list)
    for art, eid, start in agencies.iter_rows():
        agency_rows[art].append((start, eid))
    # Suspects, defendants and victims listed by name ("tiga tersangka, yakni ...") belong to no agency of the story
    # (`listed` is no column of the persons frame: its schema leaves the key out).
    unaffiliated = {(p["article_id"], p["char_start"]) for p in found if p["listed"]}
    filled = []
    for row in raw_persons.iter_rows(named=True):
        if not row["agency_id"] and (row["article_id"], row["char_start"]) not in unaffiliated:
            before = [eid for start, eid in agency_rows.get(row["article_id"], []) if start < row["char_start"]]
            if before:
                row["agency_id"] = Counter(before).most_common(1)[0][0]
        row["country_id"] = agency_country.get(row["agency_id"] or "", "") or None
        filled.append(row)
    raw_persons = _merge_partial_names(pl.DataFrame(filled, schema=persons_schema))
    persons = (
        raw_persons.sort("article_id", "char_start")
        .group_by("article_id", "person_id", maintain_order=True)
        .agg(
            pl.col("full_name").first(),
            pl.col("title").drop_nulls().first(),
            pl.col("agency_id").drop_nulls().first(),
            pl.col("country_id").drop_nulls().first(),
            pl.col("char_start").first(),
            pl.col("sent_idx").first(),
        )
    )
    person_mentions = _person_mentions(raw_persons, tokens)
    return persons, person_mentions


def _merge_partial_names(raw_persons: pl.DataFrame) -> pl.DataFrame:
    """"Budi Arie" and "Budi Arie Setiadi" in one article are one person: a name whose words run inside a longer
    name of the same article takes that longer name."""
    names = raw_persons.select("article_id", "person_id", "full_name").unique().rows()
    by_article: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for art, pid, _name in names:
        by_article[art].append((pid, pid.split("-")))
    renames: dict[tuple[str, str], tuple[str, str]] = {}
    full_of = {(art, pid): name for art, pid, name in names}
    for art, people in by_article.items():
        for pid, parts in people:
            longer = [
                (other, oparts) for other, oparts in people
                if len(oparts) > len(parts) and any(oparts[k : k + len(parts)] == parts for k in range(len(oparts) - len(parts) + 1))
            ]
            if longer:
                other = max(longer, key=lambda x: len(x[1]))[0]
                renames[(art, pid)] = (other, full_of[(art, other)])
    if not renames:
        return raw_persons
    rows = []
    for row in raw_persons.iter_rows(named=True):
        new = renames.get((row["article_id"], row["person_id"]))
        if new:
            row["person_id"], row["full_name"] = new
        rows.append(row)
    return pl.DataFrame(rows, schema=raw_persons.schema)


# Head words of a title -> words of the foreign body it belongs to ("Menteri Dalam Negeri Malaysia" -> KDN_MY).
_BODY_KEYWORDS = [
    (re.compile(r"polis|police|kepolisian", re.I), re.compile(r"polis|police|kepolisian", re.I)),
    (re.compile(r"luar\s+negeri|foreign", re.I), re.compile(r"luar\s+negeri|foreign", re.I)),
    (re.compile(r"imigra|imigresen|immigration", re.I), re.compile(r"imigra|imigresen|immigration", re.I)),
    (re.compile(r"dalam\s+negeri|interior|home\s+affairs", re.I), re.compile(r"dalam\s+negeri|interior|home\s+affairs", re.I)),
    (re.compile(r"tenaga\s+kerja|labou?r", re.I), re.compile(r"tenaga\s+kerja|labou?r", re.I)),
]


class ForeignBodies:
    """Which foreign body a title names: "Wakil Kepala Kepolisian Myanmar" -> POLICE_MM, "Wakil Menteri Luar
    Negeri Myanmar" -> MOFA_MM. A title that names a foreign country belongs to that country's body, never to
    the Indonesian ministry of the same name."""

    def __init__(self, ref: Reference) -> None:
        self.by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.country_of: dict[str, str] = {}
        for aid, cid, name_id, name_en in ref.agencies.select("agency_id", "country_id", "name_id", "name_en").iter_rows():
            self.country_of[aid] = cid or ""
            if cid and cid != "ID":
                self.by_country[cid].append((aid, f"{name_id or ''} {name_en or ''}"))

    def __call__(self, rows: list, a: int | None, b: int, entity_tok: dict, agency: str | None) -> str | None:
        if a is None or b < a:
            return agency
        countries = []
        for k in range(a, b + 1):
            hit = entity_tok.get(k)
            before = rows[k - 1][1] if k > 0 else ""
            if hit and hit[0] == "country" and hit[1] != "ID" and before not in {"untuk", "di", "ke", "for", "to", "in"}:
                countries.append(hit[1])
        title_words = " ".join(r[0] for r in rows[a : b + 1])
        if not countries or re.search(r"\b(?:RI|Indonesia)\b", title_words):
            return agency
        cc = countries[-1]
        if agency and self.country_of.get(agency) == cc:
            return agency
        for head, body in _BODY_KEYWORDS:
            if head.search(title_words):
                return next((aid for aid, names in self.by_country[cc] if body.search(names)), None)
        return None


def _persons_in_sentence(
    art: str,
    sent: int,
    rows: list[tuple[str, str, str, int, int]],
    ranks: dict[tuple[str, ...], tuple[str, str]],
    rank_lengths: dict[str, tuple[int, ...]],
    entity_at: dict[tuple[str, int], tuple[str, str, int]],
    common: set[str],
    body: str,
    foreign_body: ForeignBodies,
) -> list[dict[str, object]]:
    n = len(rows)
    entity_tok: dict[int, tuple[str, str, int]] = {}  # token index -> (type, id, last token index)
    for i, (_, _, _, start, _) in enumerate(rows):
        hit = entity_at.get((art, start))
        if hit:
            j = i
            while j + 1 < n and rows[j + 1][3] < hit[2]:
                j += 1
            for k in range(i, j + 1):
                entity_tok[k] = (hit[0], hit[1], j)

    def is_name_token(i: int) -> bool:
        token, norm = rows[i][0], rows[i][1]
        return (
            bool(_NAME_TOKEN.match(token))
            and norm not in NAME_STOP
            and norm not in POSITION_WORDS
            and norm not in ORG_WORDS
            and norm not in common
            and i not in entity_tok
            and (norm,) not in ranks
        )

    def rank_ending_at(i: int) -> int | None:
        """Start index of a rank/title phrase from titles.csv that ends at token i."""
        for length in rank_lengths.get(rows[i][1].strip("."), ()):
            if length <= i + 1 and tuple(r[1].strip(".") for r in rows[i - length + 1 : i + 1]) in ranks:
                return i - length + 1
        return None

    def is_initial(i: int) -> bool:
        """"M." in "M. Natsir Kongah", "J." in "Maroli J. Indarto"."""
        return len(rows[i][0]) == 1 and rows[i][0].isupper() and rows[i][2] == rows[i][0] + "."

    def extends(j: int) -> bool:
        """Whether the name running to token j goes on with token j + 1."""
        if j + 1 >= n or rows[j + 1][2].startswith("(") or (_TRAILING_BREAK.search(rows[j][2]) and not is_initial(j)):
            return False
        return (is_name_token(j + 1) or is_letters_part(j + 1)
                or (is_initial(j + 1) and j + 2 < n and is_name_token(j + 2)))

    def is_letters_part(i: int) -> bool:
        """Two capitals written as part of a name: "Mahfud MD", "Retno LP Marsudi" (not an acronym found as an
        agency or country, not a rank)."""
        return bool(_NAME_LETTERS.match(rows[i][0])) and i not in entity_tok and (rows[i][1],) not in ranks

    def title_continues(j: int) -> bool:
        """A capitalised run followed, still inside the same title, by another name-like run is part of that title:
        "Direktur Jenderal Pengawasan Ruang Digital Komdigi Rahmat Hidayatullah Siregar"."""
        if rows[j][2].endswith(",") and j not in entity_tok:
            return False
        k = j + 1
        while k < n and k - j <= 10:
            token, norm, raw = rows[k][0], rows[k][1], rows[k][2]
            if k + 1 < n and is_name_token(k) and is_name_token(k + 1) and not raw.startswith("("):
                return True
            if norm in {"dan", "serta", "and", "atau"}:
                return False
            if k in entity_tok or token[:1].isupper() or norm in CONNECTORS or raw.startswith("("):
                if _TRAILING_BREAK.search(raw) and not (k in entity_tok or raw.rstrip(",").endswith(")")):
                    return False
                k += 1
                continue
            return False
        return False

    def listed_names() -> set[int]:
        """Token indices that start a name in a list of people ("tiga tersangka, yakni Budi Santoso, Ahmad, dan
        Rina"): after a list word that follows, within six words, a noun for people; the list ends at the first
        word that is neither a name nor a separator."""
        starts: set[int] = set()
        for k in range(1, n - 1):
            if rows[k][1] not in LIST_INTRODUCERS or not any(r[1] in LISTED_PEOPLE for r in rows[max(0, k - 6) : k]):
                continue
            m, item_start = k + 1, True
            while m < n:
                if rows[m][1] in {"dan", "serta"}:
                    item_start = True
                elif is_name_token(m) or (not item_start and is_letters_part(m)):
                    if item_start:
                        starts.add(m)
                    item_start = rows[m][2].endswith(",")
                    if _TRAILING_BREAK.search(rows[m][2]) and not item_start:
                        break
                else:
                    break
                m += 1
        return starts

    def one_word_name_after_title(i: int) -> bool:
        """One-word names are common in Indonesia ("ujar Hudiyanto", taken after any speech verb), but after a title a
        lone capitalised word is as often the title's last word ("Pertemuan Bilateral"). It is a name only right after
        a rank ("AKBP Rahmat") or a one-word title that names its agency ("Menlu Sugiono", "Kapolri Listyo")."""
        if i == 0:
            return False
        rank_start = rank_ending_at(i - 1)
        if rank_start is not None and ranks[tuple(r[1].strip(".") for r in rows[rank_start:i])][0] == "rank":
            return True
        kind, agency = ranks.get((rows[i - 1][1].strip("."),), ("", ""))
        return kind == "position" and bool(agency)

    listed = listed_names()
    out: list[dict[str, object]] = []
    i = 0
    while i < n:
        if not (is_name_token(i) or (is_initial(i) and i + 1 < n and is_name_token(i + 1))):
            i += 1
            continue
        j = i
        while extends(j) and j - i < 5:
            j += 1
        # "Bandara Internasional Soekarno-Hatta": an institution or place named after a person.
        org_head = (i > 0 and rows[i - 1][1] in ORG_HEADS) or (
            i > 1 and rows[i - 2][1] in ORG_HEADS and rows[i - 1][0][:1].isupper()
        )
        # "Imigrasi Soekarno Hatta, Bambang Tri Cahyono": a place naming the office before it, then the person.
        office_place = (
            i > 0 and entity_tok.get(i - 1, ("",))[0] == "agency" and not rows[i - 1][2].endswith(",")
            and rows[j][2].endswith(",") and j + 2 < n and is_name_token(j + 1) and is_name_token(j + 2)
        )
        if org_head or office_place or title_continues(j):
            i = j + 1
            continue
        prev_norm = rows[i - 1][1] if i > 0 else ""
        next_norm = rows[j + 1][1] if j + 1 < n else ""
        ends_comma = rows[j][2].endswith(",")
        # Title before the name: walk back over title words, ranks, agencies, acronyms and connectors.
        # A comma may separate them: "Sekretaris ... Kemlu RI, Didik Eko Pujianto mengungkapkan".
        k = i - 1
        title_start = None
        while k >= 0:
            token, norm = rows[k][0], rows[k][1].strip(".")
            # "Dubes RI untuk Kamboja, Dr. Santo ...": an agency or country may close the title before the comma
            if k < i - 1 and rows[k][2].endswith(",") and not (k in entity_tok and entity_tok[k][0] in {"agency", "country"}):
                break
            rank_start = rank_ending_at(k)
            if rank_start is not None:
                title_start = rank_start
                k = rank_start - 1
                continue
            if norm in POSITION_WORDS:
                title_start = k
                k -= 1
                continue
            if k in entity_tok or norm in CONNECTORS or re.match(r"^[A-Z][\w.()/&'-]*$", token):
                k -= 1
                if i - k > 14:
                    break
                continue
            break
        has_title_before = title_start is not None
        speech_before = prev_norm.strip(",") in SPEECH_BEFORE or (i >= 2 and rows[i - 2][1] == "dipimpin")
        speech_after = next_norm in SPEECH_AFTER
        apposition = ends_comma and j + 1 < n and (
            rows[j + 1][1].strip(".") in POSITION_WORDS or rank_ending_at(j + 1) is not None
        )
        if not (has_title_before or speech_before or speech_after or apposition or i in listed):
            i = j + 1
            continue
        if j == i and not (speech_before or i in listed or one_word_name_after_title(i)):
            i = j + 1
            continue
        full_name = " ".join(body[rows[i][3] : rows[j][4]].split())
        start, end = rows[i][3], rows[j][4]
        # Title text and agency: prefer the apposition ("Name, Title Agency"), else the words before the name.
        title, agency = None, None
        if apposition:
            a = j + 1
            b = a
            while b + 1 < n and b - a < 24 and not re.search(r"[;.!?\"”]$", rows[b][2]):
                nxt, nxt_norm = rows[b + 1][0], rows[b + 1][1].strip(".")
                lower_word = nxt[:1].islower() and nxt_norm not in CONNECTORS
                next_is_name = nxt_norm in {"dan", "serta", "and"} and b + 2 < n and is_name_token(b + 2)
                if lower_word or next_is_name or nxt_norm in HONORIFIC_TOKENS or rank_ending_at(b + 1) is not None and ranks.get((nxt_norm,), ("",))[0] == "rank":
                    break
                b += 1
            title, agency = _title_and_agency(rows, a, b, entity_tok, ranks, body)
            agency = foreign_body(rows, a, b, entity_tok, agency)
        if has_title_before and (title is None or agency is None):
            t2, a2 = _title_and_agency(rows, title_start, i - 1, entity_tok, ranks, body)
            a2 = foreign_body(rows, title_start, i - 1, entity_tok, a2)
            title = title or t2
            agency = agency or a2
        out.append({
            "article_id": art, "person_id": person_slug(full_name), "full_name": full_name, "title": title,
            "agency_id": agency, "country_id": None, "char_start": start, "char_end": end, "sent_idx": sent,
            "listed": i in listed and not (has_title_before or apposition),
        })
        i = j + 1
    return out


def _title_and_agency(
    rows: list[tuple[str, str, str, int, int]],
    a: int,
    b: int,
    entity_tok: dict[int, tuple[str, str, int]],
    ranks: dict[tuple[str, ...], tuple[str, str]],
    body: str,
) -> tuple[str | None, str | None]:
    """Title text of tokens a..b without trailing agency/country names and honorifics; agency from a name inside
    the span, else from the title itself (titles.csv: "Dubes" -> KBRI, "Menkominfo" -> KOMINFO)."""
    if a is None or b < a:
        return None, None
    agency = None
    for k in range(a, b + 1):
        hit = entity_tok.get(k)
        if hit and hit[0] == "agency":
            agency = hit[1]
            break
    end = b
    while end >= a and (end in entity_tok or rows[end][1].strip(".,") in CONNECTORS or not rows[end][0]):
        end -= 1
    begin = a
    while begin <= end and rows[begin][1].strip(".") in HONORIFIC_TOKENS:
        begin += 1
    if begin > end:
        return None, agency
    title = body[rows[begin][3] : rows[end][4]].strip(" ,;")
    if agency is None:
        for length in range(min(4, end - begin + 1), 0, -1):
            key = tuple(r[1].strip(".") for r in rows[begin : begin + length])
            # a police or military rank says who employs the person less well than the story does
            if key in ranks and ranks[key][1] and ranks[key][0] == "position":
                agency = ranks[key][1]
                break
    return (title or None), agency


def _person_mentions(raw_persons: pl.DataFrame, tokens: pl.DataFrame) -> pl.DataFrame:
    """Every full-name mention, plus later single-name mentions ("Usman") linked to the article's full name."""
    full = raw_persons.select(
        "article_id", "sent_idx", pl.lit("person").alias("entity_type"), pl.col("person_id").alias("entity_id"),
        "char_start", "char_end",
    )
    parts = (
        raw_persons.select("article_id", "person_id", pl.col("full_name").str.split(" ").alias("part"))
        .explode("part")
        .filter(pl.col("part").str.len_chars() >= 3)
        .unique()
    )
    # A name part shared by two persons of the article is ambiguous: do not link it.
    parts = parts.filter(pl.len().over("article_id", "part") == 1)
    singles = (
        tokens.join(parts, left_on=["article_id", "token"], right_on=["article_id", "part"])
        .select(
            "article_id", "sent_idx", pl.lit("person").alias("entity_type"), pl.col("person_id").alias("entity_id"),
            pl.col("start").cast(pl.Int64).alias("char_start"), pl.col("end").cast(pl.Int64).alias("char_end"),
        )
        .join(full.select("article_id", "char_start", "char_end"), on="article_id", how="left")
        .filter(~((pl.col("char_start") >= pl.col("char_start_right")) & (pl.col("char_end") <= pl.col("char_end_right"))).fill_null(False))
        .group_by("article_id", "sent_idx", "entity_type", "entity_id", "char_start", "char_end")
        .agg(pl.len().alias("_n"), pl.col("char_start_right").is_not_null().sum().alias("_m"))
    )
    # keep a single-name token only when it lies outside *every* full-name span of the article
    n_full = full.group_by("article_id").agg(pl.len().alias("_full"))
    singles = singles.join(n_full, on="article_id").filter(pl.col("_n") == pl.col("_full")).drop("_n", "_m", "_full")
    return pl.concat([full, singles]).unique(subset=["article_id", "char_start"], keep="first").sort("article_id", "char_start")

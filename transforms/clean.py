"""Raw articles -> clean articles: page furniture and repeated paragraphs removed, metadata extracted.

Works line by line on all articles at once (one exploded frame of lines), so cleaning stays vectorised.
`body` is the cleaned text every fact offset indexes.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import polars as pl

from transforms.dates import published_date_from_text

# Lines that are page furniture wherever they appear (case-insensitive, whole line).
_FURNITURE_LINE = (
    r"(?i)^(?:"
    + "|".join(
        [
            r"loading\.*",
            r"(?:a[\s\-+]*){1,3}(?:pengaturan font)?",
            r"pengaturan font",
            r"share:?",
            r"bagikan:?",
            r"komentar",
            r"\(\)",
            r"top",
            r"terkini",
            r"indeks",
            r"advertisement",
            r"iklan",
            r"scroll to (?:continue|resume).*",
            r"tag terkait:?",
            r"tags?:.*",
            r"lihat semua",
            r"news terkini",
            r"berita terkait.*",
            r"baca (?:juga|selengkapnya)\b.*",
            r"simak (?:juga|video|berita).*",
            r"(?:foto|video|ilustrasi|sumber foto)\s*:.*",
            r"apakah konten ini bermanfaat\??",
            r"dukung dengan .*",
            r"login ke .*",
            r"(?:ikuti|follow) (?:kami|berita).*",
            r"mau berita terbaru.*",
            r"dapatkan (?:update|berita).*",
            r"copyright.*",
            r"©.*",
            r"hak cipta.*",
            r"artikel ini telah tayang.*",
            r"klik (?:di ?sini|link).*",
            r"download aplikasi.*",
            r"berbasis data\.?",
            r"paling diminati\.?",
            r"(?:previous|next|sebelumnya|selanjutnya)",
            r"halaman\s+\d+.*",
            r"\d+\s*/\s*\d+",
            r"[|·•\-–—\s]+",
        ]
    )
    + r")$"
)
_BYLINE = r"(?i)^(penulis|editor|pewarta|redaktur|reporter|kontributor|wartawan|penyunting)\s*:\s*(.+)$"
# "Oleh Dian Kurniawan Pratama pada 27 Apr 2023", "Oleh: Siti Rahma, Dosen ...": an author line ("Oleh karena
# itu" opens sentences, so the name must be capitalised and the line short).
_OLEH_BYLINE = r"^(?:Oleh|OLEH)\s*:?\s+((?:[A-Z][\w.'’-]*\s*){1,5}?)(?:,.*|\s+pada\s.*|\s*\|.*)?$"
_BYLINE_SPLIT = r"\s+((?:Penulis|Editor|Pewarta|Redaktur|Reporter|Kontributor|Wartawan|Penyunting)\s*:)"
_SOURCE_PREFIX = r"^(?i:sumber)\s*:\s*(https?://\S+)\s*"
_CAPTION_SUFFIX = r"\s*\|\s*(?i:foto|sumber|ilustrasi)\s*:.*$"
# Fewer words than this is not an article (the clean GE suite's floor, a blocking check).
MIN_WORDS = 20


def _parse_meta_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


# Function words Indonesian and Malay share (py3langid's "id" and "ms" both become "id" below). In Indonesian
# news they are 11-30% of the words (10,090 bench, sample, development and held-out articles: minimum 11.1%,
# 5th percentile 12.7%); in English, French, Javanese or an English piece with an Indonesian lead, at most 5%.
_FUNCTION_WORDS = [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "ini",
    "itu",
    "dalam",
    "pada",
    "tidak",
    "akan",
    "juga",
    "oleh",
    "ada",
    "adalah",
    "telah",
    "atau",
    "tersebut",
    "kami",
    "kita",
    "mereka",
    "sebagai",
    "bahwa",
    "karena",
    "saat",
    "sudah",
    "bisa",
    "para",
]
# A text of at least SURE_WORDS words with at least SURE_SHARE function words is Indonesian without asking
# py3langid, whose scoring is most of the clean stage's time; every other text is classified by py3langid.
# On those 10,095 texts (plus English, French, Javanese and mixed pieces) the shortcut never disagrees with it.
SURE_SHARE = 0.12
SURE_WORDS = 50
_LANG_PREFIX_CHARS = 5000


def _detect_language(texts: list[str]) -> list[str]:
    """The language of each text (its first 5,000 characters); Malay counts as Indonesian."""
    heads = pl.Series(texts, dtype=pl.String).fill_null("").str.slice(0, _LANG_PREFIX_CHARS)
    words = heads.str.to_lowercase().str.extract_all(r"\p{L}+")
    n_words = words.list.len()
    share = words.list.eval(pl.element().is_in(_FUNCTION_WORDS)).list.sum() / n_words
    sure = ((share >= SURE_SHARE) & (n_words >= SURE_WORDS)).fill_null(False).to_list()
    unsure = [i for i, is_sure in enumerate(sure) if not is_sure]
    out = ["id"] * len(texts)
    for i, (lang, _) in zip(unsure, _classify_all([heads[i] for i in unsure]), strict=True):
        # Malay and Indonesian are one macrolanguage; short Indonesian news is often scored as Malay.
        out[i] = "id" if lang in {"id", "ms"} else lang
    return out


# py3langid's model arrays as plain .npy files, read by memory map (~0.01 s) instead of decompressing the LZMA
# file and its compressed npz (0.4-0.9 s measured) in every process that classifies a text; written once per model
# file. PANTAU_MODEL_CACHE names the folder (else $XDG_CACHE_HOME or ~/.cache, then pantau/); "off": no cache.
_MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


@functools.cache
def _identifier():  # -> py3langid.langid.LanguageIdentifier
    """py3langid's default identifier, from the same model file and arrays as `py3langid.langid._get_identifier()`,
    loaded in ~0.01 s (from the array cache, `_model_arrays`) or 0.5 s instead of 1.6 s (measured): py3langid
    streams the LZMA file through a temporary file and turns its 9.8 million-entry transition table into a stdlib
    array and its rows into Python lists, which `_classify_all` turns back into numpy. A fixed cost of every
    process that cleans an article py3langid must classify (a daily run's; each worker of a full build). An
    identifier py3langid already holds is used as is."""
    import numpy as np
    import py3langid.langid as lid

    if lid.IDENTIFIER is not None:
        return lid.IDENTIFIER
    data = _model_arrays(lid.MODEL_DIR / lid.MODEL_FILE)
    return lid.LanguageIdentifier(
        np.asarray(data["ptc"]),
        np.asarray(data["pc"]),
        data["classes"].tolist(),
        data["nextmove"],
        data["out_feat"].tolist(),
        tk_row=data["nextmove_row"].tolist(),
    )


def _model_arrays(model: Path) -> dict:  # name -> numpy array
    """The arrays of py3langid's model file `model` (an LZMA-compressed npz): from the array cache when it holds
    this file's (same path, size and modification time), else decompressed and, if the cache folder can be
    written, stored there whole (a folder written aside and renamed, so a concurrent reader never sees half)."""
    import io
    import lzma
    import os
    import uuid

    import numpy as np

    where = _model_cache_dir()
    if where is not None:
        stat = model.stat()
        tag = f"{model}|{stat.st_size}|{stat.st_mtime_ns}"
        folder = where / f"py3langid-{hashlib.sha256(tag.encode()).hexdigest()[:16]}"
        try:
            return {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in _MODEL_ARRAYS}
        except (OSError, ValueError):  # not written yet, or damaged: written again below
            shutil.rmtree(folder, ignore_errors=True)
    with lzma.open(model) as src, np.load(io.BytesIO(src.read())) as npz:
        data = {name: npz[name] for name in _MODEL_ARRAYS}
    if where is not None:
        staged = where / f".{folder.name}.{uuid.uuid4().hex}"
        try:
            staged.mkdir(parents=True)
            for name, array in data.items():
                np.save(staged / f"{name}.npy", array, allow_pickle=False)
            os.replace(staged, folder)
        except (
            OSError
        ):  # no room, read-only, or another process renamed its copy first: this one is not needed
            shutil.rmtree(staged, ignore_errors=True)
    return data


def _model_cache_dir() -> Path | None:
    import os

    configured = os.environ.get("PANTAU_MODEL_CACHE", "").strip()
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "pantau"


def _classify_all(texts: list[str], chunk: int = 2000) -> list[tuple[str, float]]:
    """`py3langid.classify` of every text, "unknown" for an empty one. Same results, several times faster on a batch.

    py3langid walks a byte automaton in a Python loop, one step per byte (most of the clean stage's time).
    Here the walk advances every text of a chunk by one byte per numpy step; the feature counts, in the same
    first-seen order, then go through py3langid's own scoring, so scores and labels are the ones it gives.
    """
    import numpy as np
    import py3langid.langid as lid

    ident = _identifier()
    if ident._norm_probs or ident.min_confidence is not None:  # not the default model: use the library itself
        return [lid.classify(t) if t else ("unknown", 0.0) for t in texts]
    # the transition table as it is (uint32, 9.8 million entries): an int64 copy cost ~0.35 s per process; its
    # entries index `rowbase` and `output` as well unconverted (a list, py3langid's own, becomes int64)
    nextmove = np.asarray(ident.tk_nextmove)
    rowbase = np.asarray(ident._rowbase, dtype=np.int64)
    output = np.asarray(ident.tk_output, dtype=np.int64)
    results: list[tuple[str, float]] = []
    for lo in range(0, len(texts), chunk):
        batch = [ident._encode(t) for t in texts[lo : lo + chunk]]
        lengths = np.array([len(b) for b in batch], dtype=np.int64)
        width = int(lengths.max()) if len(batch) else 0
        # byte position x text: one contiguous row per step of the walk
        data = np.zeros((width, len(batch)), dtype=np.int64)
        for i, b in enumerate(batch):
            data[: len(b), i] = np.frombuffer(b, dtype=np.uint8)
        state = np.zeros(len(batch), dtype=np.int64)
        steps = np.empty((width, len(batch)), dtype=np.int64)
        for j in range(width):
            state = np.where(lengths > j, nextmove[rowbase[state] + data[j]], state)
            steps[j] = state
        features = np.where(np.arange(width)[:, None] < lengths[None, :], output[steps], -1).T.copy()
        for i, text in enumerate(texts[lo : lo + chunk]):
            if not text:
                results.append(("unknown", 0.0))
                continue
            row = features[i]
            visits = Counter(row[row >= 0].tolist())
            if visits:
                scores = ident._sparse_score(visits, ident.nb_ptc)
            else:
                scores = np.full(len(ident.nb_classes), lid.RAW_FLOOR, dtype=np.float32)
            for a, b in ident._alias_pairs:
                scores[a] = max(scores[a], scores[b])
                scores[b] = lid.RAW_FLOOR
            best = int(scores.argmax())
            results.append((ident.nb_classes[best], float(scores[best])))
    return results


# Words of site menus ("Home News Nasional Ekonomi Olahraga Teknologi"); a line mostly made of them is a menu
# wherever it stands. Lower case, compared with each word of the line lowered.
_MENU_WORDS = [
    "home",
    "beranda",
    "news",
    "berita",
    "nasional",
    "internasional",
    "regional",
    "daerah",
    "metro",
    "megapolitan",
    "ekonomi",
    "bisnis",
    "finansial",
    "finance",
    "keuangan",
    "money",
    "market",
    "olahraga",
    "sport",
    "sports",
    "bola",
    "teknologi",
    "tekno",
    "tech",
    "sains",
    "hiburan",
    "entertainment",
    "seleb",
    "celebrity",
    "lifestyle",
    "gaya",
    "hidup",
    "otomotif",
    "oto",
    "politik",
    "hukum",
    "kriminal",
    "dunia",
    "global",
    "video",
    "foto",
    "tv",
    "live",
    "kesehatan",
    "health",
    "travel",
    "wisata",
    "kuliner",
    "food",
    "opini",
    "kolom",
    "indeks",
    "terpopuler",
    "terkini",
    "terbaru",
    "populer",
    "trending",
    "pendidikan",
    "edukasi",
    "login",
    "masuk",
    "daftar",
    "kanal",
    "network",
    "tentang",
    "kami",
    "redaksi",
    "pedoman",
    "media",
    "siber",
    "kontak",
    "karir",
    "privasi",
    "iklan",
    "disclaimer",
    "sitemap",
    "about",
    "contact",
    "career",
    "privacy",
    "games",
    "infografis",
    "cek",
    "fakta",
]
# A headline may sit this many short lines (byline, date, share buttons) above the first paragraph.
HEADLINE_GAP = 4
# Longer capitalised runs are menus: titles of the sample and development articles have at most 15 words, the
# one capitalised menu among them 19.
HEADLINE_MAX_WORDS = 15


def _capitalised_run(words: pl.Expr) -> pl.Expr:
    """Six or more capitalised words and nothing else (no digit, no punctuation): a menu or a Title Case headline."""
    return (words >= 6) & pl.col("line").str.contains(r"^(?:[A-Z][\w&\-']*\s+){5,}[A-Z][\w&\-']*$")


def _headline_line(words: pl.Expr) -> pl.Expr:
    """Whether a capitalised run is the article's headline rather than a menu. A menu is made of section names,
    is often long (19 words on a sample page) and stands above the headline or in the footer; the headline is
    at most HEADLINE_MAX_WORDS words, the last capitalised run before the first paragraph of prose, with at
    most HEADLINE_GAP lines (byline, date, "Bagikan") between them.
    Works on the non-empty lines of every article (columns article_id, line)."""
    idx = pl.int_range(pl.len()).over("article_id")
    prose = (words >= 8) & pl.col("line").str.contains(r"[.!?…:;\"”’)]\s*$")
    first_prose = pl.when(prose).then(idx).otherwise(None).min().over("article_id")
    capitalised = _capitalised_run(words)
    before_prose = capitalised & (idx < first_prose)
    last_before_prose = pl.when(before_prose).then(idx).otherwise(None).max().over("article_id")
    menu_share = (
        pl.col("line")
        .str.to_lowercase()
        .str.split(" ")
        .list.eval(pl.element().is_in(_MENU_WORDS))
        .list.mean()
    )
    return (
        before_prose
        & (idx == last_before_prose)
        & (first_prose - idx <= HEADLINE_GAP + 1)
        & (words <= HEADLINE_MAX_WORDS)
        & (menu_share < 0.5)
    ).fill_null(False)


def clean_articles(raw: pl.DataFrame) -> pl.DataFrame:
    """Clean every raw article. Output columns: article_id, source_path, title, outlet, url, published_date,
    authors, language, word_count, content_hash, ingested_at, body, n_removed_lines, n_repeated_paragraphs."""
    pre = raw.with_columns(
        pl.col("text").str.extract(_SOURCE_PREFIX, 1).alias("_source_url"),
        pl.col("text").str.replace(_SOURCE_PREFIX, "").str.replace_all(_BYLINE_SPLIT, "\n$1").alias("_text"),
    )
    lines = _classified_lines(pre)
    content = _content_lines(lines)
    url = pl.coalesce(pl.col("meta_url"), pl.col("_source_url"))
    domain = url.str.extract(r"https?://(?:www\.)?([^/]+)", 1)
    out = (
        pre.join(_bodies(content), on="article_id", how="left")
        .join(_title_lines(content), on="article_id", how="left")
        .join(_authors(lines, content), on="article_id", how="left")
        .join(_line_counts(lines, content), on="article_id", how="left")
        .join(_byline_texts(lines), on="article_id", how="left")
        .with_columns(
            pl.col("body").fill_null(""),
            pl.coalesce(pl.col("meta_title"), pl.col("_title_line")).alias("title"),
            pl.coalesce(pl.col("meta_outlet"), _outlet_in_text(), domain).alias("outlet"),
            url.alias("url"),
            pl.coalesce(pl.col("meta_authors"), pl.col("_authors")).alias("authors"),
        )
    )
    return _with_date_language_and_words(out).select(
        "article_id",
        "source_path",
        "title",
        "outlet",
        "url",
        "published_date",
        "authors",
        "language",
        "word_count",
        "content_hash",
        "ingested_at",
        "body",
        "n_removed_lines",
        "n_repeated_paragraphs",
    )


def _classified_lines(pre: pl.DataFrame) -> pl.DataFrame:
    """One row per non-empty line of each article (`_text`), marked: byline (role and name, "Penulis: X" or
    "Oleh X"), furniture (menus, share buttons...), a bare author name near the top; captions' "| Foto: ..."
    suffix removed."""
    lines = (
        pre.select("article_id", pl.col("_text").str.split("\n").alias("line"))
        .explode("line")
        .with_columns(pl.col("line").str.strip_chars().alias("line"))
        .with_columns(pl.int_range(pl.len()).over("article_id").alias("line_no"))
        .filter(pl.col("line").str.len_chars() > 0)
    )
    words = pl.col("line").str.split(" ").list.len()
    byline = pl.col("line").str.extract_groups(_BYLINE)
    lines = lines.with_columns(_headline_line(words).alias("_headline"))
    # A navigation menu: many capitalised words in a row and no sentence punctuation, unless it is the headline.
    is_nav = _capitalised_run(words) & ~pl.col("_headline")
    oleh = pl.col("line").str.extract(_OLEH_BYLINE, 1).str.strip_chars()
    is_oleh = (
        oleh.is_not_null()
        & (pl.col("line").str.len_chars() <= 140)
        & ~pl.col("line").str.contains(r"^\S+\s+(?:karena|sebab)\b")
    )
    lines = lines.with_columns(
        pl.when(is_oleh)
        .then(pl.lit("penulis"))
        .otherwise(byline.struct.field("1").str.to_lowercase())
        .alias("_byline_role"),
        pl.when(is_oleh)
        .then(oleh)
        .otherwise(byline.struct.field("2").str.strip_chars())
        .alias("_byline_name"),
        (pl.col("line").str.contains(_FURNITURE_LINE) | is_nav).alias("_furniture"),
        pl.col("line").str.replace(_CAPTION_SUFFIX, "").alias("line"),
        words.alias("_words"),
    )
    return lines.with_columns(
        pl.col("_byline_role").is_not_null().alias("_is_byline"),
        # A bare name on its own short line near the top is the author's byline ("Dharma Putra").
        (
            (pl.col("line_no") < 8)
            & pl.col("line").str.contains(r"^(?:[A-Z][a-z'\-]+\s){1,3}[A-Z][a-z'\-]+$")
            & (pl.col("_words") <= 4)
        ).alias("_bare_byline"),
    )


def _content_lines(lines: pl.DataFrame) -> pl.DataFrame:
    """The lines that are neither furniture nor bylines, marked: title, trailing furniture, repeated paragraph
    (what the body leaves out)."""
    content = lines.filter(~pl.col("_furniture") & ~pl.col("_is_byline"))
    # Title: the first content line when it is short and not a sentence (and the article has more lines).
    content = content.with_columns(pl.int_range(pl.len()).over("article_id").alias("_pos"))
    first = pl.col("_pos") == 0
    is_title = (
        first
        & (pl.col("_words") <= 25)
        & ~pl.col("line").str.contains(r"[.!?]\s*$")
        & (pl.len().over("article_id") > 1)
    )
    content = content.with_columns(is_title.alias("_is_title"))
    content = content.with_columns((pl.col("_bare_byline") & ~pl.col("_is_title")).alias("_bare_byline"))
    # Trailing furniture: short lines after the last line that reads like prose.
    prose = (pl.col("_words") >= 8) & ~pl.col("_is_title") & ~pl.col("_bare_byline")
    last_prose = pl.when(prose).then(pl.col("_pos")).otherwise(None).max().over("article_id")
    content = content.with_columns((pl.col("_pos") > last_prose.fill_null(-1)).alias("_tail"))
    # Repeated paragraphs: the same words (punctuation and case ignored) keep their first occurrence only.
    key = pl.col("line").str.to_lowercase().str.replace_all(r"[^\w]+", " ").str.strip_chars()
    content = content.with_columns(key.alias("_key"))
    return content.with_columns(
        ((pl.col("_words") >= 5) & ~pl.col("_key").is_first_distinct().over("article_id")).alias("_repeat")
    )


def _bodies(content: pl.DataFrame) -> pl.DataFrame:
    """(article_id, body): the content lines that are not title, author, trailing furniture or a repeat."""
    body_lines = content.filter(
        ~pl.col("_is_title") & ~pl.col("_bare_byline") & ~pl.col("_tail") & ~pl.col("_repeat")
    )
    return body_lines.group_by("article_id", maintain_order=True).agg(
        pl.col("line").str.join("\n").alias("body")
    )


def _title_lines(content: pl.DataFrame) -> pl.DataFrame:
    """(article_id, _title_line): the title found in the text, used when the metadata has none."""
    return content.filter(pl.col("_is_title")).select("article_id", pl.col("line").alias("_title_line"))


def _authors(lines: pl.DataFrame, content: pl.DataFrame) -> pl.DataFrame:
    """(article_id, _authors): byline names and bare author lines, in text order, "; "-joined, each once."""
    return (
        pl.concat(
            [
                lines.filter(pl.col("_is_byline")).select(
                    "article_id", "line_no", pl.col("_byline_name").alias("name")
                ),
                content.filter(pl.col("_bare_byline")).select(
                    "article_id", "line_no", pl.col("line").alias("name")
                ),
            ]
        )
        .sort("article_id", "line_no")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("name").unique(maintain_order=True).str.join("; ").alias("_authors"))
    )


def _byline_texts(lines: pl.DataFrame) -> pl.DataFrame:
    """(article_id, _byline_text): bylines often carry the date ("Oleh : Candra Mata | Selasa, 30 Mei 2023 -
    12:35 WIB"); they leave the body, so the date is looked for here too."""
    return (
        lines.filter(pl.col("_is_byline"))
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("line").str.join("\n").alias("_byline_text"))
    )


def _line_counts(lines: pl.DataFrame, content: pl.DataFrame) -> pl.DataFrame:
    """(article_id, n_repeated_paragraphs, n_removed_lines): what cleaning took out, for the stage's metadata."""
    stats = content.group_by("article_id").agg(
        pl.col("_repeat").sum().cast(pl.Int32).alias("n_repeated_paragraphs")
    )
    removed = lines.group_by("article_id").agg(
        (pl.col("_furniture") | pl.col("_is_byline")).sum().cast(pl.Int32).alias("n_removed_lines")
    )
    return stats.join(removed, on="article_id", how="full", coalesce=True)


def _outlet_in_text() -> pl.Expr:
    """Outlet hints inside the text: "(ANTARA)", "KOMPAS.com -", "... dari Warta Ekonomi?"."""
    return (
        pl.col("text")
        .str.extract(r"\(\s*([A-Z][A-Za-z]+)\s*\)\s*[-–—]", 1)
        .fill_null(pl.col("text").str.extract(r"\b([A-Z][A-Za-z]+\.(?:com|co\.id|id|net))\s*[-–—]", 1))
        .fill_null(pl.col("text").str.extract(r"(?i)berita terbaru lainnya dari ([^?\n]+)\?", 1))
    )


def _with_date_language_and_words(out: pl.DataFrame) -> pl.DataFrame:
    """The published date (metadata, else the body, else the bylines), the language of the body, its word count;
    the cleaning counts 0 where an article had no lines."""
    bodies_list = out["body"].to_list()
    meta_dates = [_parse_meta_date(v) for v in out["meta_published"].to_list()]
    published = [
        m or published_date_from_text(b) or published_date_from_text(by)
        for m, b, by in zip(meta_dates, bodies_list, out["_byline_text"].to_list(), strict=True)
    ]
    return out.with_columns(
        pl.Series("published_date", published, dtype=pl.Date),
        pl.Series("language", _detect_language(bodies_list), dtype=pl.String),
        pl.col("body").str.extract_all(r"\S+").list.len().cast(pl.Int32).alias("word_count"),
        pl.col("n_repeated_paragraphs").fill_null(0),
        pl.col("n_removed_lines").fill_null(0),
    )


def split_too_short(clean: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(articles, rejected inputs): an input whose cleaned body has fewer than MIN_WORDS words (a page of menus,
    captions or bylines only) becomes a rejected input with its reason, instead of failing the blocking
    word-count check and, with it, the whole run. Rejected rows have the columns of raw.rejected_inputs."""
    short = pl.col("word_count") < MIN_WORDS
    rejected = clean.filter(short).select(
        "source_path",
        pl.format(
            "too little text after cleaning: {} words left once page furniture (menus, bylines, captions, "
            "repeats) was removed, an article has at least {}",
            "word_count",
            pl.lit(MIN_WORDS),
        ).alias("reason"),
        pl.col("ingested_at").alias("detected_at"),
    )
    return clean.filter(~short), rejected

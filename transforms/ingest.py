"""Files -> raw articles. Reads every supported file under a folder, decodes it safely and turns HTML/JSON into
text. Anything that cannot become an article is returned as a rejected row with a human-readable reason;
one bad file never stops the others.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from charset_normalizer import from_bytes

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; 20 MB is a dump, not an article
MIN_TEXT_CHARS = 20

# Magic numbers of binary formats that are sometimes saved with a text extension.
_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)", b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable",
}

RAW_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String, "source_path": pl.String, "source_format": pl.String, "encoding": pl.String,
    "size_bytes": pl.Int64, "text": pl.String, "meta_title": pl.String, "meta_url": pl.String,
    "meta_published": pl.String, "meta_outlet": pl.String, "meta_authors": pl.String,
    "content_hash": pl.String, "ingested_at": pl.Datetime("us", "UTC"),
}
REJECTED_SCHEMA: dict[str, pl.DataType] = {
    "source_path": pl.String, "reason": pl.String, "detected_at": pl.Datetime("us", "UTC"),
}


@dataclass
class IngestResult:
    articles: pl.DataFrame
    rejected: pl.DataFrame
    seen_files: int = 0
    notes: list[str] = field(default_factory=list)


class RejectedInput(Exception):
    """A file (or JSONL line) that cannot become an article; the message is the reason users see."""


def normalise_text(text: str) -> str:
    """Unicode NFC, unified newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """SHA-256 of the text with all whitespace collapsed, so re-saved copies hash the same."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def iter_article_files(root: Path) -> Iterator[Path]:
    """Supported files under `root`, recursively, sorted; symlinked folders are not followed (no loops)."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith("."):
                yield path


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 first (it is unambiguous), then detection; raises RejectedInput."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise RejectedInput(f"binary file: looks like {what}, not text")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RejectedInput("binary file: contains NUL bytes")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise RejectedInput("undecodable: no text encoding fits these bytes")
    text = str(best)
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if controls > max(5, len(text) // 100):
        raise RejectedInput("binary file: mostly control characters after decoding")
    return text, best.encoding


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of a saved web page (trafilatura), falling back to all visible text (selectolax)
    for broken or unusual markup."""
    import trafilatura
    from selectolax.parser import HTMLParser

    meta: dict[str, str | None] = {}
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    try:
        doc = trafilatura.extract_metadata(html)
    except Exception:  # trafilatura's metadata parser is best effort on broken pages
        doc = None
    if doc is not None:
        meta = {"title": doc.title, "url": doc.url, "published": doc.date, "outlet": doc.sitename, "authors": doc.author}
    if len(text.strip()) < MIN_TEXT_CHARS:
        tree = HTMLParser(html)
        for node in tree.css("script, style, noscript"):
            node.decompose()
        root = tree.body or tree.root
        text = root.text(separator="\n", strip=True) if root is not None else ""
        if not meta.get("title") and tree.css_first("title") is not None:
            meta["title"] = tree.css_first("title").text(strip=True)
    return text, meta


def _json_article(obj: object) -> tuple[str, dict[str, str | None]]:
    if not isinstance(obj, dict):
        raise RejectedInput("JSON value is not an object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RejectedInput("JSON object has no non-empty 'text' field")
    meta = {k: (str(obj[k]) if obj.get(k) is not None else None) for k in ("title", "url", "published", "outlet")}
    authors = obj.get("authors") or obj.get("author")
    meta["authors"] = "; ".join(authors) if isinstance(authors, list) else (str(authors) if authors else None)
    return text, meta


def _records_of(path: Path, rel: str) -> Iterator[tuple[str, str, str, dict[str, str | None]] | tuple[str, RejectedInput]]:
    """(source_path, text, format, meta) per article in one file, or (source_path, error) per rejected part."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield rel, RejectedInput(f"cannot read file: {exc.strerror or exc}")
        return
    if size > MAX_FILE_BYTES:
        yield rel, RejectedInput(f"file too large: {size / 1e6:.1f} MB is over the {MAX_FILE_BYTES / 1e6:.0f} MB limit for one article file")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield rel, RejectedInput(f"cannot read file: {exc.strerror or exc}")
        return
    if not data.strip():
        yield rel, RejectedInput("empty file" if not data else "file contains only whitespace")
        return
    try:
        text, encoding = decode_bytes(data)
    except RejectedInput as exc:
        yield rel, exc
        return
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        body, meta = html_to_text(text)
        yield rel, body, "html", {**meta, "encoding": encoding}
    elif suffix == ".json":
        try:
            body, meta = _json_article(json.loads(text))
        except json.JSONDecodeError as exc:
            yield rel, RejectedInput(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
            return
        except RejectedInput as exc:
            yield rel, exc
            return
        yield rel, body, "json", {**meta, "encoding": encoding}
    elif suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            line_path = f"{rel}#{n}"
            try:
                body, meta = _json_article(json.loads(line))
            except json.JSONDecodeError as exc:
                yield line_path, RejectedInput(f"malformed JSON line: {exc.msg} at column {exc.colno}")
                continue
            except RejectedInput as exc:
                yield line_path, exc
                continue
            yield line_path, body, "jsonl", {**meta, "encoding": encoding}
    else:
        yield rel, text, "txt", {"encoding": encoding}


def ingest_folder(root: Path) -> IngestResult:
    """Read every supported file under `root` into raw articles (one row per article) and rejected inputs.

    `article_id` is the first 16 hex digits of the content hash: a rerun on the same files gives the same ids,
    and an exact duplicate (same text under another name) is kept once and reported.
    """
    root = Path(root)
    now = datetime.now(UTC)
    articles: list[dict[str, object]] = []
    rejected: list[dict[str, object]] = []
    by_hash: dict[str, str] = {}
    seen = 0
    if not root.is_dir():
        raise FileNotFoundError(f"articles folder not found: {root}")
    for path in iter_article_files(root):
        seen += 1
        rel = path.relative_to(root).as_posix()
        for record in _records_of(path, rel):
            if len(record) == 2:
                rejected.append({"source_path": record[0], "reason": str(record[1]), "detected_at": now})
                continue
            source_path, text, fmt, meta = record
            text = normalise_text(text)
            if len(text) < MIN_TEXT_CHARS:
                rejected.append({"source_path": source_path, "reason": f"too little text: {len(text)} characters after extraction", "detected_at": now})
                continue
            digest = content_hash(text)
            if digest in by_hash:
                rejected.append({"source_path": source_path, "reason": f"duplicate: same text as {by_hash[digest]}", "detected_at": now})
                continue
            by_hash[digest] = source_path
            articles.append({
                "article_id": digest[:16], "source_path": source_path, "source_format": fmt,
                "encoding": meta.get("encoding"), "size_bytes": len(text.encode("utf-8")), "text": text,
                "meta_title": meta.get("title"), "meta_url": meta.get("url"), "meta_published": meta.get("published"),
                "meta_outlet": meta.get("outlet"), "meta_authors": meta.get("authors"), "content_hash": digest,
                "ingested_at": now,
            })
    return IngestResult(
        articles=pl.DataFrame(articles, schema=RAW_SCHEMA),
        rejected=pl.DataFrame(rejected, schema=REJECTED_SCHEMA),
        seen_files=seen,
    )

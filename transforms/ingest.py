"""Files -> raw articles. Reads every supported file under a folder, decodes it safely and turns HTML/JSON into
text. Anything that cannot become an article is returned as a rejected row with a human-readable reason;
one bad file never stops the others.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from pathlib import Path

import polars as pl
from charset_normalizer import from_bytes

SUPPORTED_SUFFIXES = {".txt", ".html", ".htm", ".json", ".jsonl"}
MAX_FILE_BYTES = 20_000_000  # a news article is kilobytes; 20 MB is a dump (same bound as the raw GE suite)
MIN_TEXT_CHARS = 20
# The clean GE suite blocks the whole run on any article under 20 words, so a snippet must be rejected here,
# with its reason, rather than cost every good file its place in the warehouse.
MIN_TEXT_WORDS = 20

# Magic numbers of binary formats that are sometimes saved with a text extension.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
# Single-byte Latin-script encodings differ in a handful of letters, so detectors often confuse them (cp1252
# curly quotes read as cp1250 are the same quotes, but "è" becomes "č"). Indonesian is Latin script and
# Windows-1252 is what Windows editors in Indonesia save, so within this family cp1252 wins when it fits.
_LATIN_SINGLE_BYTE = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "cp1258",
    "latin_1",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "mac_roman",
    "mac_latin2",
    "mac_iceland",
    "mac_turkish",
    "cp437",
    "cp850",
    "cp858",
}

RAW_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String,
    "source_path": pl.String,
    "source_format": pl.String,
    "encoding": pl.String,
    "size_bytes": pl.Int64,
    "text": pl.String,
    "meta_title": pl.String,
    "meta_url": pl.String,
    "meta_published": pl.String,
    "meta_outlet": pl.String,
    "meta_authors": pl.String,
    "content_hash": pl.String,
    "ingested_at": pl.Datetime("us", "UTC"),
}
REJECTED_SCHEMA: dict[str, pl.DataType] = {
    "source_path": pl.String,
    "reason": pl.String,
    "detected_at": pl.Datetime("us", "UTC"),
}


@dataclass
class IngestResult:
    articles: pl.DataFrame
    rejected: pl.DataFrame
    seen_files: int = 0
    notes: list[str] = field(default_factory=list)


class RejectedInput(Exception):
    """A file (or JSONL line) that cannot become an article. The message users see is "kind: detail"; the kind
    is a short stable label without ":" so summaries can count reasons by kind."""

    def __init__(self, kind: str, detail: str = "") -> None:
        self.kind = kind
        super().__init__(f"{kind}: {detail}" if detail else kind)


def rejected_by_reason(rejected: pl.DataFrame) -> dict[str, int]:
    """Rejected inputs counted per kind of reason (the text before the first ":"), most frequent first."""
    if rejected.height == 0:
        return {}
    kinds = rejected.select(pl.col("reason").str.extract(r"^([^:]*)", 1).str.strip_chars().alias("kind"))
    counts = kinds.group_by("kind").len().sort(["len", "kind"], descending=[True, False])
    return dict(counts.iter_rows())


def readable_name(name: str) -> str:
    """A file name as valid UTF-8 text: bytes that are not UTF-8 (a Latin-1 name on disk) are shown as \\xNN
    instead of breaking the tables, which only hold valid UTF-8."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def valid_text(value: str) -> str:
    """`value` without lone surrogates (JSON may escape them, "\\ud800"); UTF-8 cannot store them."""
    return value.encode("utf-8", "replace").decode("utf-8")


def normalise_text(text: str) -> str:
    """Unicode NFC, unified newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """SHA-256 of the text with all whitespace collapsed, so re-saved copies hash the same."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def iter_article_files(root: Path) -> Iterator[tuple[Path, RejectedInput | None]]:
    """(path, None) for every supported file under `root`, recursively and sorted, and (path, reason) for what
    is skipped there and must not vanish silently: symlinked folders (never followed, so a link back to a
    parent cannot loop) and folders that cannot be listed. Hidden files and other suffixes are not articles."""
    skipped: list[tuple[Path, RejectedInput]] = []

    def unlistable(exc: OSError) -> None:
        skipped.append((Path(exc.filename), RejectedInput("unreadable folder", exc.strerror or str(exc))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable, followlinks=False):
        yield from _drain(skipped)
        here = Path(dirpath)
        for name in sorted(d for d in dirnames if (here / d).is_symlink() and not d.startswith(".")):
            yield here / name, _symlinked_folder(here / name)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(filenames):
            path = here / name
            if path.suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith("."):
                yield path, None
    yield from _drain(skipped)


def _drain(items: list[tuple[Path, RejectedInput]]) -> Iterator[tuple[Path, RejectedInput]]:
    while items:
        yield items.pop(0)


def _symlinked_folder(link: Path) -> RejectedInput:
    target = os.readlink(link)
    if link.parent.resolve().is_relative_to(link.resolve()):
        return RejectedInput("symlink loop", f"points to {target}, a folder that contains it; not followed")
    return RejectedInput(
        "symlinked folder", f"points to {target}; not followed (copy or move its files here)"
    )


def read_file_bytes(path: Path) -> bytes:
    """The bytes of one regular file of at most MAX_FILE_BYTES, or RejectedInput saying why not. Checks the
    kind of file before opening it: reading a FIFO would block the whole ingest forever."""
    try:
        info = path.stat()  # follows symlinks
    except OSError as exc:
        if path.is_symlink():
            why = (
                "which does not exist"
                if isinstance(exc, FileNotFoundError)
                else f"which cannot be opened ({exc.strerror or exc})"
            )
            raise RejectedInput("broken symlink", f"points to {os.readlink(path)}, {why}") from None
        raise RejectedInput("unreadable", exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise RejectedInput("unreadable", f"not a regular file but {_file_type(info.st_mode)}")
    if info.st_size > MAX_FILE_BYTES:
        raise RejectedInput("file too large", _too_large(info.st_size))
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError:
        raise RejectedInput(
            "unreadable", "permission denied (the file's permissions do not allow reading it)"
        ) from None
    except OSError as exc:
        raise RejectedInput("unreadable", exc.strerror or str(exc)) from None
    if len(data) > MAX_FILE_BYTES:  # grew while we looked
        raise RejectedInput("file too large", _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return f"{size / 1e6:.1f} MB is over the {MAX_FILE_BYTES / 1e6:.0f} MB limit for one article file"


def _file_type(mode: int) -> str:
    kinds = [
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ]
    return next((what for test, what in kinds if test(mode)), "a special file")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 first (it is unambiguous), then a UTF-16 BOM, then detection (cp1252
    preferred among Latin single-byte encodings); raises RejectedInput for binary data."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise RejectedInput("binary file", f"looks like {what}, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise RejectedInput("binary file", "starts with a UTF-16 mark but is not UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise RejectedInput("binary file", "contains NUL bytes")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise RejectedInput("binary file", "the bytes are not text in any known encoding")
    text, encoding = str(best), best.encoding
    if encoding in _LATIN_SINGLE_BYTE:
        with contextlib.suppress(UnicodeDecodeError):  # bytes cp1252 leaves undefined: keep the detector's
            text, encoding = data.decode("cp1252"), "cp1252"
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    if controls > max(5, len(text) // 100):
        raise RejectedInput("binary file", f"{controls} control characters after decoding as {encoding}")
    return text, encoding


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of a saved web page (trafilatura), falling back to all visible text (selectolax)
    for broken or unusual markup, and last to the text between tags: an unclosed <title> or <textarea> makes
    a parser read the rest of the page as one string, which browsers show as a blank page."""
    import trafilatura
    from selectolax.lexbor import LexborHTMLParser

    meta: dict[str, str | None] = {}
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    try:
        doc = trafilatura.extract_metadata(html)
    except Exception:  # trafilatura's metadata parser is best effort on broken pages
        doc = None
    if doc is not None:
        meta = {
            "title": doc.title,
            "url": doc.url,
            "published": doc.date,
            "outlet": doc.sitename,
            "authors": doc.author,
        }
    if len(text.strip()) < MIN_TEXT_CHARS:
        tree = LexborHTMLParser(html)
        for node in tree.css("script, style, noscript"):
            node.decompose()
        root = tree.body or tree.root
        text = root.text(separator="\n", strip=True) if root is not None else ""
        if not meta.get("title") and tree.css_first("title") is not None:
            meta["title"] = tree.css_first("title").text(strip=True)
    if len(text.strip()) < MIN_TEXT_CHARS:
        text = text_between_tags(html)
        if "<" in (meta.get("title") or ""):
            meta["title"] = None
    return text, meta


def text_between_tags(html: str) -> str:
    """Every text run outside tags, scripts and styles, one per line: what is left to read in any markup."""
    html = re.sub(r"(?is)<(script|style|noscript)\b.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)", "\n", html)
    runs = (unescape(run).strip() for run in re.split(r"<[A-Za-z/!][^>]*>?", html))
    return "\n".join(run for run in runs if run)


def _json_article(obj: object) -> tuple[str, dict[str, str | None]]:
    if not isinstance(obj, dict):
        raise RejectedInput(
            "no text", f"the JSON value is {_json_type(obj)}, not an object with a 'text' field"
        )
    text = obj.get("text")
    if "text" not in obj:
        raise RejectedInput(
            "no text", f"the JSON object has no 'text' field (fields: {', '.join(map(str, obj)) or 'none'})"
        )
    if not isinstance(text, str):
        raise RejectedInput("no text", f"the JSON field 'text' is {_json_type(text)}, not a string")
    if not text.strip():
        raise RejectedInput("no text", "the JSON field 'text' is empty")
    meta = {
        k: (valid_text(str(obj[k])) if obj.get(k) is not None else None)
        for k in ("title", "url", "published", "outlet")
    }
    authors = obj.get("authors") or obj.get("author")
    meta["authors"] = (
        "; ".join(map(str, authors)) if isinstance(authors, list) else (str(authors) if authors else None)
    )
    if meta["authors"] is not None:
        meta["authors"] = valid_text(meta["authors"])
    return valid_text(text), meta


def _json_type(value: object) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _parse_json(text: str, what: str) -> object:
    """json.loads with the parser's complaint turned into a reason ("malformed JSON line: ... (column 2)")."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = (
            f"column {exc.colno}"
            if what == "malformed JSON line"
            else f"line {exc.lineno}, column {exc.colno}"
        )
        raise RejectedInput(what, f"{exc.msg} ({where})") from None
    except RecursionError:
        raise RejectedInput(what, "nested too deeply to parse") from None


Record = tuple[str, str, str, dict[str, str | None]] | tuple[str, RejectedInput]


def _records_of(path: Path, rel: str) -> Iterator[Record]:
    """(source_path, text, format, meta) per article in one file, or (source_path, error) per rejected part."""
    try:
        data = read_file_bytes(path)
        if not data.strip():
            raise RejectedInput("empty file" if not data else "file contains only whitespace")
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
            body, meta = _json_article(_parse_json(text, "malformed JSON"))
        except RejectedInput as exc:
            yield rel, exc
            return
        yield rel, body, "json", {**meta, "encoding": encoding}
    elif suffix == ".jsonl":
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                body, meta = _json_article(_parse_json(line, "malformed JSON line"))
            except RejectedInput as exc:
                yield f"{rel}#{n}", exc
                continue
            yield f"{rel}#{n}", body, "jsonl", {**meta, "encoding": encoding}
    else:
        yield rel, text, "txt", {"encoding": encoding}


def ingest_folder(root: Path) -> IngestResult:
    """Read every supported file under `root` into raw articles (one row per article) and rejected inputs.

    `article_id` is the first 16 hex digits of the content hash: a rerun on the same files gives the same ids,
    and an exact duplicate (same text under another name) is kept once (first in path order) and reported.
    An unexpected error in one file rejects that file only.
    """
    parts = list(iter_ingest(root))
    return IngestResult(
        articles=pl.concat([p.articles for p in parts]),
        rejected=pl.concat([p.rejected for p in parts]),
        seen_files=sum(p.seen_files for p in parts),
    )


# One entry of the folder listing: (absolute path, path relative to the folder, why it is skipped or None).
Entry = tuple[str, str, str | None]
# What reading one entry gave: whether it was a file read (counted as seen), then per article or rejected part
# ("article", source_path, text, format, meta, content hash) or ("rejected", source_path, reason).
Outcome = tuple[bool, list[tuple]]
# Entries per task when reading on worker processes: ~1 MB of text back per task.
FILES_PER_TASK = 250


def read_entries(entries: list[Entry]) -> list[Outcome]:
    """Read, decode, normalise, check and hash each entry's articles: the per-file work of ingest, which does not
    depend on any other file (duplicates are found afterwards, in path order), so it can run on worker processes.
    An unexpected error in one file rejects that file only (its articles read before the error are kept)."""
    return [_read_entry(*entry) for entry in entries]


def _read_entry(path: str, rel: str, skipped: str | None) -> Outcome:
    if skipped is not None:
        return False, [("rejected", rel, skipped)]
    items: list[tuple] = []
    try:
        for record in _records_of(Path(path), rel):
            if len(record) == 2:
                items.append(("rejected", record[0], str(record[1])))
                continue
            source_path, text, fmt, meta = record
            text = normalise_text(text)
            if len(text) < MIN_TEXT_CHARS:
                items.append(
                    (
                        "rejected",
                        source_path,
                        f"too little text: {len(text)} characters after extraction, "
                        f"at least {MIN_TEXT_CHARS} needed",
                    )
                )
            elif len(text.split()) < MIN_TEXT_WORDS:
                items.append(
                    (
                        "rejected",
                        source_path,
                        f"too little text: {len(text.split())} words, an article has "
                        f"at least {MIN_TEXT_WORDS}",
                    )
                )
            else:
                items.append(("article", source_path, text, fmt, meta, content_hash(text)))
    except Exception as exc:  # a parser bug on one odd file must not lose the other files
        items.append(("rejected", rel, f"unexpected error: {type(exc).__name__}: {exc}"))
    return True, items


def list_entries(root: Path) -> Iterator[Entry]:
    """`iter_article_files` as picklable entries, with the readable relative name every row shows."""
    for path, skipped in iter_article_files(root):
        yield (
            str(path),
            readable_name(path.relative_to(root).as_posix()),
            None if skipped is None else str(skipped),
        )


def _chunks(entries: Iterator[Entry], size: int) -> Iterator[list[Entry]]:
    chunk: list[Entry] = []
    for entry in entries:
        chunk.append(entry)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Mapper = Callable[[Callable[[list[Entry]], list[Outcome]], Iterable[list[Entry]]], Iterable[list[Outcome]]]


def iter_ingest(root: Path, batch_articles: int = 5000, *, mapper: Mapper = map) -> Iterator[IngestResult]:
    """`ingest_folder` in batches of up to `batch_articles` articles (with the files rejected meanwhile), so a
    large folder is never held in memory at once. Duplicates are found across batches. At least one batch,
    possibly empty, is yielded.

    `mapper(read_entries, chunks)` reads the chunks of the listing and yields their outcomes in order: the
    built-in `map` reads them here; the pipeline passes one that uses its worker processes."""
    root = Path(root)
    now = datetime.now(UTC)
    articles: list[dict[str, object]] = []
    rejected: list[dict[str, object]] = []
    by_hash: dict[str, str] = {}
    seen = 0
    if not root.is_dir():
        raise FileNotFoundError(f"articles folder not found: {root}")

    def batch() -> IngestResult:
        return IngestResult(
            articles=pl.DataFrame(articles, schema=RAW_SCHEMA),
            rejected=pl.DataFrame(rejected, schema=REJECTED_SCHEMA),
            seen_files=seen,
        )

    for outcomes in mapper(read_entries, _chunks(list_entries(root), FILES_PER_TASK)):
        for counted, items in outcomes:
            seen += counted
            for item in items:
                if item[0] == "rejected":
                    rejected.append(_rejected_row(item[1], item[2], now))
                    continue
                _, source_path, text, fmt, meta, digest = item
                if digest in by_hash:
                    rejected.append(
                        _rejected_row(source_path, f"duplicate: same text as {by_hash[digest]}", now)
                    )
                    continue
                by_hash[digest] = source_path
                articles.append(_raw_row(source_path, text, fmt, meta, digest, now))
            if len(articles) >= batch_articles:
                yield batch()
                articles, rejected, seen = [], [], 0
    yield batch()


def _rejected_row(source_path: str, reason: str, now: datetime) -> dict[str, object]:
    """A row of raw.rejected_inputs (REJECTED_SCHEMA)."""
    return {"source_path": source_path, "reason": reason, "detected_at": now}


def _raw_row(
    source_path: str, text: str, fmt: str, meta: dict[str, object], digest: str, now: datetime
) -> dict[str, object]:
    """A row of raw.articles (RAW_SCHEMA): the id is the start of the content hash, so the same text always gets
    the same id."""
    return {
        "article_id": digest[:16],
        "source_path": source_path,
        "source_format": fmt,
        "encoding": meta.get("encoding"),
        "size_bytes": len(text.encode("utf-8")),
        "text": text,
        "meta_title": meta.get("title"),
        "meta_url": meta.get("url"),
        "meta_published": meta.get("published"),
        "meta_outlet": meta.get("outlet"),
        "meta_authors": meta.get("authors"),
        "content_hash": digest,
        "ingested_at": now,
    }

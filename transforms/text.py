"""Sentences and tokens with character offsets into the cleaned body, computed for all articles at once.

Both splits *partition* the text (every character belongs to exactly one piece), so a piece's offset is
the running sum of the lengths before it: offsets come from vectorised Polars expressions, not from a
Python loop over articles.
"""

from __future__ import annotations

import re
import re._constants as _sre  # the regex compiler's parse tree, read by required_words (Python 3.11)
import re._parser as _sre_parser
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from types import ModuleType

import polars as pl


def starting_with(chars: str, pattern: str) -> str:
    """`pattern` with a lookahead on the characters a match can start with, right after its leading `\b`.

    Python's regex engine tries every alternative of a pattern at every word boundary; failing fast on the first
    character makes the scan 2-5x faster and cannot change a match (every match starts with one of `chars`).
    """
    if pattern.startswith(r"\b"):
        return r"\b(?=[" + chars + "])" + pattern[2:]
    return "(?=[" + chars + "])" + pattern


# Characters equal to an ASCII letter under re.IGNORECASE besides its two cases (Python's Unicode case folding):
# the long s, the Kelvin sign, the capital dotted and the small dotless i.
_OTHER_CASES = {"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}
# Those of them that str.lower() does not turn into their letter: the long s, the dotted capital I (lower() gives
# "i" + a combining dot), the dotless i. The Kelvin sign lowers to "k" itself.
OTHER_FOLDS = tuple(ch for letter, chars in _OTHER_CASES.items() for ch in chars if ch.lower() != letter)


def folded(text: str) -> str | None:
    """`text.lower()`, in which every case-insensitive match of an ASCII word in `text` shows as that word in lower
    case, so `word not in folded(text)` proves a `re.I` pattern that needs `word` cannot match; None when `text`
    holds one of OTHER_FOLDS (then no such proof: do not skip the pattern). An ASCII text (most sentences; `isascii`
    reads a flag of the string) holds none of them: no scan for each."""
    if text.isascii():
        return text.lower()
    if any(ch in text for ch in OTHER_FOLDS):
        return None
    return text.lower()


@lru_cache(maxsize=8192)
def _folded(text: str) -> str | None:
    return folded(text)


class Gated:
    """A pattern every match of which holds one of `words` (lower-case ASCII, e.g. "unjung" for "mengunjungi"),
    searched only in a text whose `folded` form holds one: the same matches, and most sentences are turned away by
    a few substring checks instead of a scan that tries the pattern at every position. `search` and `finditer`
    remember their last few thousand texts (several rules ask about the same sentence). `words` are checked against
    the pattern by tests/transforms/test_scan_gates.py (every string of its language holds one); GATED lists them."""

    __slots__ = ("pattern", "words", "search", "finditer", "_fold")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...], *, remember: bool = True) -> None:
        """`remember=False` for whole bodies (asked once each; not worth keeping in memory)."""
        self.pattern = pattern
        self.words = words
        self.search = lru_cache(maxsize=4096)(self._search) if remember else self._search
        self.finditer = lru_cache(maxsize=4096)(self._finditer) if remember else self._finditer
        self._fold = _folded if remember else folded
        GATED.append(self)

    def possible(self, text: str) -> bool:
        low = self._fold(text)
        return low is None or any(map(low.__contains__, self.words))

    def _search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(text) else None

    def _finditer(self, text: str) -> tuple[re.Match[str], ...]:
        return tuple(self.pattern.finditer(text)) if self.possible(text) else ()


GATED: list[Gated] = []


_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)  # the opcodes of Python >= 3.11
_GROUPS = (_sre.SUBPATTERN, _sre.ATOMIC_GROUP)


def _required(items: list) -> frozenset[str] | None:
    """Lower-case ASCII words one of which every match of the parsed sequence `items` holds, or None (none known).
    A run of literal characters every path passes is one such word; a group, an alternation (each branch gives its
    words: their union) or a repeat of at least one gives its own. Of the choices, the fewest short words (found
    in most sentences: "itu", "yang"), then the fewest words, then the longest shortest word."""
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if len(run) >= 3:
            choices.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        if op is _sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        close()
        sub: frozenset[str] | None = None
        if op is _sre.BRANCH:
            branches = [_required(list(b)) for b in av[1]]
            if all(b is not None for b in branches):
                sub = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in _GROUPS:
            sub = _required(list(av[-1] if op is _sre.SUBPATTERN else av))
        elif op in _REPEATS and av[0] >= 1:
            sub = _required(list(av[2]))
        if sub:
            choices.append(sub)
    close()
    if not choices:
        return None
    best = min(choices, key=lambda words: (sum(len(w) < 5 for w in words), len(words), -min(map(len, words))))
    # a word that holds another is found only where that one is: keep the shorter
    return frozenset(w for w in best if not any(o != w and o in w for o in best))


@cache
def required_words(compiled: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII words one of which is in the `folded` text of every match of `compiled` (read from its
    parse tree; lookarounds and optional parts give none), or None when no word is certain. Then a text whose
    folded form holds none of them has no match, as with `Gated`'s hand-written words, without a scan.
    tests/transforms/test_scan_gates.py checks the words against each lexicon pattern's spelled language."""
    try:
        words = _required(list(_sre_parser.parse(compiled.pattern, compiled.flags)))
    except Exception:  # noqa: BLE001 (an unknown construct: no gate)
        return None
    return tuple(sorted(words)) if words else None


def may_match(compiled: re.Pattern[str], text: str) -> bool:
    """False when `text` cannot hold a match of `compiled` (`required_words`); True when it may."""
    words = required_words(compiled)
    if words is None:
        return True
    low = _folded(text)
    return low is None or any(map(low.__contains__, words))


# A pattern whose gate has more words than this is scanned as it is: checking many words in a text costs about as
# much as the scan (measured on the recorded calls of 2,000 bench articles: up to 16 words the gate pays back).
SCAN_MAX_WORDS = 16


class Scan:
    """A module-level compiled pattern whose `search`, `finditer` and `findall` first ask `required_words` of the
    text (as `may_match`): a text whose folded form holds none of them has no match, and is not scanned. Every other
    attribute is the pattern's own (`match` and `fullmatch` are anchored, seldom long: not gated). Equal to and hashed
    as its pattern, so lookups keyed by either find it. Made by `gate_scans`; SCANS lists them (checked by
    tests/transforms/test_scan_gates.py)."""

    __slots__ = (
        "compiled", "words", "pattern", "flags", "groups", "groupindex",
        "match", "fullmatch", "sub", "subn", "split", "scanner",
    )  # fmt: skip

    def __init__(self, compiled: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.compiled = compiled
        self.words = words
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        self.match = compiled.match
        self.fullmatch = compiled.fullmatch
        self.sub = compiled.sub
        self.subn = compiled.subn
        self.split = compiled.split
        self.scanner = compiled.scanner

    def _possible(self, text: str) -> bool:
        low = _folded(text)
        return low is None or any(map(low.__contains__, self.words))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # `_possible` written out, with a loop (faster than any(map(...)) for the one to three words most have):
        # `search` is most of the calls (~650,000 per 2,000 articles)
        low = _folded(text)
        if low is not None:
            for word in self.words:
                if word in low:
                    break
            else:
                return None
        return self.compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self._possible(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.compiled.findall(text, pos, endpos) if self._possible(text) else []

    def __eq__(self, other: object) -> bool:
        return self.compiled == (other.compiled if isinstance(other, Scan) else other)

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return f"Scan({self.compiled!r})"

    def __reduce__(self) -> tuple:
        return (Scan, (self.compiled, self.words))


SCANS: list[Scan] = []


def gate_scans(modules: Iterable[ModuleType]) -> None:
    """Replace every module-level compiled pattern of `modules` that has `required_words` (at most SCAN_MAX_WORDS)
    with its `Scan`, in every module that holds it (one `Scan` per pattern), and in the module-level lists of
    (name, pattern) pairs: the same matches, fewer scans. Patterns only inside lists (the period patterns, which
    `dates._worded` gates itself), tuples and functions stay as they are. Run once the modules are imported
    (transforms.extract)."""
    modules = list(modules)
    made: dict[int, Scan | None] = {}
    for module in modules:
        namespace = vars(module)
        for name, value in list(namespace.items()):
            if not isinstance(value, re.Pattern):
                continue
            if id(value) not in made:
                words = required_words(value)
                made[id(value)] = Scan(value, words) if words and len(words) <= SCAN_MAX_WORDS else None
                if made[id(value)] is not None:
                    SCANS.append(made[id(value)])  # type: ignore[arg-type]
            scan = made[id(value)]
            if scan is not None:
                namespace[name] = scan
    # a module-level list of (name, pattern) pairs all of whose patterns are gated (lexicon.CATEGORY_PATTERNS) holds
    # their Scans; not a list of which some are not (the period patterns, which `dates._worded` gates by their ids)
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, list)
                and value
                and all(
                    isinstance(item, tuple) and len(item) == 2 and made.get(id(item[1])) for item in value
                )
            ):
                value[:] = [(name, made[id(pattern)]) for name, pattern in value]


class EndGated:
    r"""A pattern anchored at the end of its text (every alternative ends with `\s*$`: "kepada ", "melalui ") whose
    every match, its trailing whitespace dropped, ends with one of `endings` (lower case): searched only in a text
    whose `folded` last characters, trailing whitespace dropped, end so. The same matches; the windows before
    mentions that end with none of them (most) are not scanned, where the engine would try every start position.
    tests/transforms/test_scan_gates.py checks the endings and the anchoring against the pattern (END_GATED)."""

    __slots__ = ("pattern", "endings")

    def __init__(self, pattern: re.Pattern[str], endings: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.endings = endings
        END_GATED.append(self)

    def search(self, text: str) -> re.Match[str] | None:
        low = folded(text.rstrip()[-24:])
        if low is not None and not low.endswith(self.endings):
            return None
        return self.pattern.search(text)


END_GATED: list[EndGated] = []


_LOOKAHEAD_FIRST = re.compile(r"(\\b)?\(\?=\[([^\]\\^-]*(?:\\[ds][^\]\\^-]*)*)\]\)(.*)", re.S)


def _top_level_alternation(regex: str) -> bool:
    """`regex` has a `|` outside every group (then a lookahead before it applies to the first branch only)."""
    depth, i, in_class = 0, 0, False
    while i < len(regex):
        ch = regex[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if regex[i + 1 : i + 2] == "]" else 1  # "[]...]": a literal "]" first
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


def cased_first(compiled: re.Pattern[str]) -> re.Pattern[str]:
    """The same case-insensitive pattern made from `starting_with`, recompiled so that its lookahead is checked
    without case folding: the lookahead lists both cases of its letters (and the other characters Python folds to
    them) and the rest goes into a `(?i:...)` group. With re.IGNORECASE on the whole pattern Python's engine folds
    the case of every character it tries; this way it rejects a position on its first character at once: same
    matches, 3x faster scans of the blocking verbs (an alternation of words without a leading `\b`; no gain measured
    on patterns that open with `\b`, such as the period patterns). Any other pattern is returned as it is."""
    m = _LOOKAHEAD_FIRST.fullmatch(compiled.pattern)
    if not compiled.flags & re.I or m is None or _top_level_alternation(m.group(3)):
        return compiled
    first: dict[str, None] = {}
    for item in re.findall(r"\\.|.", m.group(2), re.S):
        cases = (
            [item]
            if item.startswith("\\")
            else [item.lower(), item.upper(), *_OTHER_CASES.get(item.lower(), "")]
        )
        first.update(dict.fromkeys(cases))
    regex = (m.group(1) or "") + "(?=[" + "".join(first) + "])(?i:" + m.group(3) + ")"
    return re.compile(regex, compiled.flags & ~re.I)


# A sentence runs to a terminator followed by space/quote/end; "886.719" and "H.E" stay inside it.
_SENTENCE_PIECE = r'(?:[^.!?\n]|[.!?]+[^\s.!?\n"”’)])*[.!?]*["”’)]*[ \t]*\n*'
# A token is a run of non-space characters; an em dash ends one ("Jambi—yakni Zidan" is two words and a dash).
_TOKEN_PIECE = r"\s*(?:[^\s—]+—?|—+)"
_LEAD_PUNCT = "\"“”'‘’([{«*•-–—"
_TRAIL_PUNCT = "\"“”'‘’)]}».,;:!?*—"

# Words after which a full stop does not end a sentence (Indonesian titles, ranks and abbreviations).
ABBREVIATIONS = {
    "pol",
    # police and military ranks, written with a full stop too ("Irjen. Pol. Sandi Nugroho", "Kombes. Pol. Ade")
    "brigjen",
    "irjen",
    "komjen",
    "kombes",
    "akbp",
    "kompol",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "aipda",
    "bripka",
    "brigpol",
    "briptu",
    "bripda",
    "mayjen",
    "letjen",
    "letkol",
    "laksma",
    "laksda",
    "laksdya",
    "marsma",
    "marsda",
    "marsdya",
    "h.e",
    "kol",
    "no",
    "dll",
    "dsb",
    "dst",
    "tsb",
    "dr",
    "drs",
    "dra",
    "prof",
    # acting offices ("Plh. Dirjen Asia Pasifik dan Afrika", "Plt. Kepala Dinas")
    "plh",
    "plt",
    "ir",
    "jl",
    "jln",
    "st",
    "h",
    "hj",
    "k.h",
    "kh",
    "sdr",
    "bpk",
    "ny",
    "nn",
    "mr",
    "mrs",
    "ms",
    "a.n",
    "u.p",
    "s.h",
    "s.e",
    "m.si",
    "m.h",
    "s.ip",
    "s.sos",
    "s.kom",
    "m.m",
    "ph.d",
    "inf",
    "laut",
    "mar",
    "purn",
    "tbk",
    "pt",
    "cv",
    "vol",
    "hlm",
    "kab",
    "kec",
    "kel",
    "prov",
    "gen",
    "jend",
    "lt",
    "col",
    "capt",
    "maj",
    "brig",
    "sgt",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "ca",
    "tgl",
    "ttg",
    "yth",
}


def normalise_phrase(text: str, keep_case: bool = False) -> str:
    """Lower-cased (unless `keep_case`), punctuation-trimmed tokens joined by one space: the key used to
    match n-grams of tokens against reference names."""
    text = unicodedata.normalize("NFKC", text)
    tokens = [t.strip(_LEAD_PUNCT + _TRAIL_PUNCT) for t in text.split()]
    tokens = [t if keep_case else t.lower() for t in tokens if t]
    return " ".join(tokens)


def split_sentences(articles: pl.DataFrame) -> pl.DataFrame:
    """One row per sentence: article_id, para_idx, sent_idx, sent_start, sent_end, sentence_text.

    `articles` needs `article_id` and `body`. Pieces ending in an abbreviation ("Brigjen Pol.") or followed by a
    piece that starts in lower case are merged back; a newline always ends a sentence.
    """
    pieces = (
        articles.select("article_id", pl.col("body").str.extract_all(_SENTENCE_PIECE).alias("piece"))
        .explode("piece")
        .drop_nulls("piece")
        .filter(pl.col("piece").str.len_chars() > 0)
        .with_columns(pl.col("piece").str.len_chars().alias("_len"))
        .with_columns((pl.col("_len").cum_sum().over("article_id") - pl.col("_len")).alias("_start"))
    )
    # An abbreviation in brackets ("Irjen Pol. (Purn.) Sugeng") is still one: the bracket is not part of the word.
    last_word = (
        pl.col("piece").str.strip_chars().str.extract(r"([^\s(\[“\"]+)\.[\"”’)\]]*$", 1).str.to_lowercase()
    )
    ends_para = pl.col("piece").str.contains("\n")
    next_lower = pl.col("piece").shift(-1).over("article_id").str.contains(r"^\s*[a-z(]")
    # A one-letter word before the full stop is an initial ("Ahmad S. Nugroho"), so are two or three written together
    # ("A.A. Raka Putra Dharmana").
    joins_next = (
        ~ends_para
        & (
            last_word.is_in(list(ABBREVIATIONS))
            | (last_word.str.len_chars() == 1)
            | last_word.str.contains(r"^[a-z](?:\.[a-z]){1,2}$")
            | next_lower.fill_null(False)
        )
        & pl.col("piece").shift(-1).over("article_id").is_not_null()
    )
    para_break = ends_para.shift(1).over("article_id").fill_null(False)
    new_sentence = ~joins_next.shift(1).over("article_id").fill_null(False)
    grouped = (
        pieces.with_columns(
            new_sentence.cast(pl.Int32).cum_sum().over("article_id").alias("sent_idx"),
            para_break.cast(pl.Int32).cum_sum().over("article_id").alias("para_idx"),
        )
        .group_by("article_id", "sent_idx", maintain_order=True)
        .agg(
            pl.col("para_idx").first(),
            pl.col("_start").first().alias("sent_start"),
            pl.col("piece").str.join("").alias("_raw"),
        )
    )
    # Trim surrounding whitespace so sentence_text is exactly body[sent_start:sent_end].
    return (
        grouped.with_columns(
            (pl.col("_raw").str.len_chars() - pl.col("_raw").str.strip_chars_start().str.len_chars()).alias(
                "_lead"
            ),
            pl.col("_raw").str.strip_chars().alias("sentence_text"),
        )
        .with_columns((pl.col("sent_start") + pl.col("_lead")).alias("sent_start"))
        .with_columns((pl.col("sent_start") + pl.col("sentence_text").str.len_chars()).alias("sent_end"))
        .filter(pl.col("sentence_text").str.len_chars() > 0)
        # numbered after the blank pieces are dropped: sent_idx is the position in the article's sentence list
        # (ArticleContext.sentence), so a body opening with a blank line has no gap at 0
        .with_columns(
            (pl.col("sent_idx").rank("dense").over("article_id") - 1).cast(pl.Int32),
            pl.col("para_idx").cast(pl.Int32),
        )
        .select("article_id", "para_idx", "sent_idx", "sent_start", "sent_end", "sentence_text")
    )


def tokenize(sentences: pl.DataFrame) -> pl.DataFrame:
    """One row per whitespace token: article_id, sent_idx, tok_idx, token (punctuation-trimmed), norm
    (lower case), start, end (offsets of `token` in the body), raw (token with its punctuation)."""
    # Offsets and numbers within each sentence's list of pieces, before exploding: no window per sentence.
    toks = (
        sentences.select(
            "article_id",
            "sent_idx",
            "sent_start",
            pl.col("sentence_text").str.extract_all(_TOKEN_PIECE).alias("piece"),
        )
        .with_columns(pl.col("piece").list.eval(pl.element().str.len_chars()).alias("_len"))
        .with_columns(
            pl.col("_len").list.eval(pl.element().cum_sum() - pl.element()).alias("_off"),
            pl.int_ranges(0, pl.col("piece").list.len(), dtype=pl.Int32).alias("tok_idx"),
        )
        .explode("piece", "_len", "_off", "tok_idx")
        .drop_nulls("piece")
        .with_columns(pl.col("piece").str.strip_chars_start().alias("raw"))
    )
    lead_trimmed = pl.col("raw").str.strip_chars_start(_LEAD_PUNCT)
    core = lead_trimmed.str.strip_chars_end(_TRAIL_PUNCT)
    return (
        toks.with_columns(
            core.alias("token"),
            (
                pl.col("sent_start")
                + pl.col("_off")
                + (pl.col("_len") - pl.col("raw").str.len_chars())
                + (pl.col("raw").str.len_chars() - lead_trimmed.str.len_chars())
            ).alias("start"),
        )
        .with_columns(
            (pl.col("start") + pl.col("token").str.len_chars()).alias("end"),
            pl.col("token").str.to_lowercase().alias("norm"),
        )
        .select("article_id", "sent_idx", "tok_idx", "token", "norm", "start", "end", "raw")
    )


def ngrams(tokens: pl.DataFrame, max_n: int, longest: pl.Expr | None = None) -> pl.DataFrame:
    """Every run of 1..max_n consecutive tokens within a sentence: article_id, sent_idx, tok_idx, n, start, end,
    phrase (lower case), phrase_cased. Used to look names up with a hash join instead of a regex per name.

    `longest` (an integer expression over the token columns) caps the length of the runs that start at each
    token: a caller that only looks runs up in a list passes the longest entry that begins with that word, so the
    runs no entry can equal are never built (most tokens begin no name: ~8x fewer strings to build and join)."""
    base = tokens.filter(pl.col("token").str.len_chars() > 0)
    # Each sentence's tokens are one block of rows (tokenize's order), so "k tokens later in the same sentence"
    # is the row k places on if it still has the same sentence number: no window (group-by) per length.
    # `_sent` numbers the blocks; it falls back to windows if a caller passes sentences out of order.
    same_sentence_key = (pl.col("article_id") != pl.col("article_id").shift(1)) | (
        pl.col("sent_idx") != pl.col("sent_idx").shift(1)
    )
    base = base.with_columns(same_sentence_key.fill_null(True).cum_sum().alias("_sent"))
    # (the keys of the blocks' first rows are all the keys: counting them hashes a row per sentence, not per token)
    firsts = base.filter(pl.col("_sent") != pl.col("_sent").shift(1, fill_value=0))
    if base.height and base["_sent"].max() != firsts.select("article_id", "sent_idx").n_unique():
        frame = _ngrams_windowed(base.drop("_sent"), max_n)
        if longest is None:
            return frame
        caps = base.select("article_id", "sent_idx", "tok_idx", longest.alias("_longest"))
        return (
            frame.join(caps, on=["article_id", "sent_idx", "tok_idx"], how="left", maintain_order="left")
            .filter(pl.col("n") <= pl.col("_longest"))
            .drop("_longest")
        )
    # Grow the phrases one token at a time (n-gram n = (n-1)-gram + the token n-1 places on), carrying only the
    # runs that may still grow: each step gathers the next token's columns by row number.
    grown = base.select(
        "article_id",
        "sent_idx",
        "tok_idx",
        "start",
        "_sent",
        pl.col("end").alias("_end"),
        pl.col("norm").alias("_phrase"),
        pl.col("token").alias("_cased"),
        pl.int_range(pl.len(), dtype=pl.Int64).alias("_row"),
        (pl.lit(max_n) if longest is None else longest).alias("_longest"),
    )
    sent, end, norm, token = base["_sent"], base["end"], base["norm"], base["token"]
    frames = []
    for n in range(1, max_n + 1):
        grown = grown.filter(pl.col("_longest") >= n)
        if n > 1:
            grown = grown.filter(pl.col("_row") + (n - 1) < base.height)
            at = grown["_row"] + (n - 1)
            grown = grown.with_columns(
                end.gather(at).alias("_end"),
                pl.concat_str([pl.col("_phrase"), norm.gather(at)], separator=" ").alias("_phrase"),
                pl.concat_str([pl.col("_cased"), token.gather(at)], separator=" ").alias("_cased"),
                sent.gather(at).alias("_next"),
            ).filter(pl.col("_next") == pl.col("_sent"))
        if grown.is_empty():
            break
        frames.append(
            grown.select(
                "article_id",
                "sent_idx",
                "tok_idx",
                pl.lit(n, pl.Int32).alias("n"),
                "start",
                pl.col("_end").alias("end"),
                pl.col("_phrase").alias("phrase"),
                pl.col("_cased").alias("phrase_cased"),
            )
        )
    if not frames:
        return _ngrams_windowed(base.drop("_sent").head(0), max_n)
    return pl.concat(frames)


def _ngrams_windowed(base: pl.DataFrame, max_n: int) -> pl.DataFrame:
    """The same n-grams with one window per shift: correct for any row order, slower."""
    frames = []
    for n in range(1, max_n + 1):
        parts_norm = [pl.col("norm").shift(-k).over("article_id", "sent_idx") for k in range(n)]
        parts_cased = [pl.col("token").shift(-k).over("article_id", "sent_idx") for k in range(n)]
        end = pl.col("end").shift(-(n - 1)).over("article_id", "sent_idx")
        frames.append(
            base.select(
                "article_id",
                "sent_idx",
                "tok_idx",
                pl.lit(n, pl.Int32).alias("n"),
                "start",
                end.alias("end"),
                pl.concat_str(parts_norm, separator=" ").alias("phrase"),
                pl.concat_str(parts_cased, separator=" ").alias("phrase_cased"),
            ).drop_nulls("end")
        )
    return pl.concat(frames)


WORD_RE = re.compile(r"\w+", re.UNICODE)


def is_headline(sentence: str) -> bool:
    """A Title Case line ("Polri Selamatkan 1.943 Korban TPPO Sejak Satgas Dibentuk") is a headline, usually of
    another story linked from the page; its figures are not this article's facts."""
    if sentence.rstrip().endswith((".", '"', "”")):
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", sentence)
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75


# "Baca juga: OJK Blokir 10.000 Rekening." links another story, with or without a closing full stop.
LINK_LINE = r"(?i)^\W*(?:baca|simak|lihat)\s+(?:juga|pula)\b"


def closed_expr(text: pl.Expr) -> pl.Expr:
    """The sentence ends with a full stop or a closing quote (`is_headline`'s first test): no headline."""
    return text.str.strip_chars_end().str.contains(r"[.\"”]$")


def is_crosshead(sentence: str) -> bool:
    """A short Title Case line with no closing punctuation ("Polrestabes Tangani 20 Laporan", "27 Tersangka
    Diamankan"): a crosshead that repeats a figure of the body in headline words, with none of its attributes."""
    if sentence.rstrip().endswith((".", '"', "”", ":", ",", ";", "?", "!")):
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", sentence)
    if not 2 <= len(words) <= 12:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.75


def headline_expr(text: pl.Expr) -> pl.Expr:
    """`is_headline` as a Polars expression, for whole sentence tables. Filtering on `~closed_expr` first spares
    the word counts of most sentences (a filter evaluates every part of an `&` on every row)."""
    words = text.str.count_matches(r"[A-Za-z][\w'-]*")
    capitalised = text.str.count_matches(r"(?:^|[^\w'-])[A-Z][\w'-]*")
    return (words >= 4) & ~closed_expr(text) & (capitalised >= 0.75 * words)

"""What the fact rules know about one article: its sentences, mentions and the discourse so far.

`ArticleContext` is built once per article (`build_contexts`) and read by every resolver; `Discourse` is the
only state a resolver writes, the figures already resolved that later sentences refer back to ("312 di
antaranya", "pada periode yang sama", "rinciannya: ..."). Sentences and mentions are named records, not
positional tuples (they still unpack as tuples, which the delegation rules do).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

import polars as pl

from transforms.dates import Period, find_periods, years_in
from transforms.facts.lexicon import (
    ARRIVED_IN,
    DATELINE_DASH,
    DESTINATION_AFTER,
    ENVOY_TO_BEFORE,
    EVENT_DATE_BEFORE,
    IN_PLACE,
    MOVEMENT,
    NATIONALITY_BEFORE,
    NETWORK_NAMED_BEFORE,
    PURPOSE_BEFORE,
    QUOTE,
    RAID,
    SCOPE_CUES,
    SCOPE_KINDS,
    STATEMENT_CUES,
    STATEMENT_DAY_BEFORE,
    STATEMENT_NOUN,
    STATEMENT_PASSIVE,
    TOWARDS_BEFORE,
    WEEKDAY_BEFORE,
)
from transforms.text import may_match


class Sentence(NamedTuple):
    """One sentence of an article, offsets in the body."""

    sent_idx: int
    para_idx: int
    start: int
    end: int
    text: str


class Mention(NamedTuple):
    """An entity named at `start` of the body: an agency, a country, or a person (then `entity_id` is the
    person's agency, "" when unknown)."""

    start: int
    entity_id: str


# Between two countries of one list ("asal Tiongkok dan Vietnam", "asal Kamboja, Laos").
NATIONALITY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:dan\s+)?|(?:dan|serta|atau|maupun)\s+)", re.I)


class CaseMark(NamedTuple):
    """The latest case count, as later sentences refer back to it ("312 di antaranya", "105 lainnya")."""

    sent_idx: int
    unit: str
    category: str
    country_id: str | None
    stopped: bool = (
        False  # a stopped departure (cases.stopped_departure): what goes on with it is stopped too
    )


class BlockedMark(NamedTuple):
    """The latest blocked figure, whose list items ("Meta 7.523, Google 1.612") take its object and agency."""

    sent_idx: int
    object_type: str
    agency_id: str | None


# The lead of a story: its first paragraphs, where a raid story says when the raid took place.
LEAD_CHARS = 1200
# The capitalised words of a name ("Arab Saudi", "Malaysia").
NAME_WORDS = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


@dataclass
class Discourse:
    """What the figures resolved so far in an article leave for the next ones (written only by resolvers)."""

    period: Period | None = None  # of the latest figure resolved, for "pada periode yang sama"
    latest: Period | None = None  # of the latest figure kept, none when it states none: "Empat di antaranya"
    latest_at: int | None = None  # the sentence of that figure
    case: CaseMark | None = None  # the latest case count, for "312 di antaranya"
    kind: str | None = None  # "cases" or "blocked": what "dari jumlah itu" continues
    blocked: BlockedMark | None = None  # the latest blocked figure
    case_periods: dict[str, Period | None] = field(
        default_factory=dict
    )  # per case fact_id, for its repetitions


@dataclass
class ArticleContext:
    """What the resolution step needs to know about one article."""

    article_id: str
    body: str
    title: str
    published: date | None
    years: list[int]
    sentences: list[Sentence]
    agencies: list[Mention] = field(default_factory=list)  # the three sorted by start (in_span bisects them)
    countries: list[Mention] = field(default_factory=list)
    persons: list[Mention] = field(default_factory=list)  # entity_id: the person's agency
    country_end: dict[int, int] = field(default_factory=dict)
    titles: list[tuple[str, str]] = field(default_factory=list)  # (short title of a person, its agency)
    periods: dict[int, list[Period]] = field(default_factory=dict)  # per sentence, filled lazily
    # the same with the unresolved windows of an article with no date (attributes.window_length_of), lazily
    windowed: dict[int, list[Period]] = field(default_factory=dict)
    acting: dict[Mention, bool] = field(default_factory=dict)  # per agency mention, lazily
    placing: dict[Mention, bool] = field(default_factory=dict)  # per country mention (`located`), lazily
    # attributes.stated_next's answer per (sentence, figure token), lazily: it reads only the sentences
    stated: dict[tuple[int, str], Period | None] = field(default_factory=dict)
    # per sentence span: whether it attributes its statement by a pronoun (attributes.speakers), lazily
    pronoun: dict[tuple[int, int], bool] = field(default_factory=dict)
    discourse: Discourse = field(default_factory=Discourse)
    raid: list[Period | None] = field(
        default_factory=list
    )  # raid_day's answer once asked (it is per article)
    moved: list[Period | None] = field(default_factory=list)  # movement_day's answer once asked
    # in_span's start offsets per mention list (the list kept with them: its id is not reused), lazily
    starts: dict[int, tuple[list[Mention], list[int]]] = field(default_factory=dict)

    def sentence(self, sent_idx: int) -> Sentence:
        return self.sentences[sent_idx]

    def in_span(self, items: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end): `items` are sorted by start, so two bisections find them (in the
        list of their starts, made once per list: no key function called per step)."""
        known = self.starts.get(id(items))
        if known is None or known[0] is not items:
            known = self.starts[id(items)] = (items, [m.start for m in items])
        starts = known[1]
        lo = bisect_left(starts, start)
        return items[lo : bisect_left(starts, end, lo)]

    def located(self, items: list[Mention]) -> list[Mention]:
        """Country mentions that say where something is, not a nationality ("asal Tiongkok", "warga negara
        Indonesia"); Indonesia counts only as a place ("di Indonesia", "di seluruh Indonesia", a city)."""
        placing = self.placing  # the answer depends on the body and the mention only: asked again per figure
        out = []
        for mention in items:
            places = placing.get(mention)
            if places is None:
                places = placing[mention] = self._places(mention)
            if places:
                out.append(mention)
        return out

    def _places(self, mention: Mention) -> bool:
        before = self.body[max(0, mention.start - 25) : mention.start]
        wider = self.body[max(0, mention.start - 45) : mention.start]
        if (
            NATIONALITY_BEFORE.search(before)
            or NETWORK_NAMED_BEFORE.search(wider)
            or ENVOY_TO_BEFORE.search(wider)
            # "membawa lima korban untuk dipekerjakan di Malaysia": where people were to go, not where they are
            or PURPOSE_BEFORE.search(self.body[max(0, mention.start - 70) : mention.start])
        ):
            return False
        # "10 WNA asal Tiongkok dan Vietnam": a country listed after a nationality is a nationality too
        joined = [
            m
            for m in self.countries
            if m.start < mention.start
            # the gap read in place (no slice of the body per earlier country; the pattern has no anchor or \b)
            and NATIONALITY_LIST_GAP.fullmatch(
                self.body, self.country_end.get(m.start, m.start), mention.start
            )
        ]
        if joined and not self._places(joined[-1]):
            return False
        return not (mention.entity_id == "ID" and (not IN_PLACE.search(before) or ARRIVED_IN.search(before)))

    def raid_day(self) -> Period | None:
        """The day of the raid or operation the story opens with ("menggerebek ... pada Jumat (31/10/2025)", "Operasi
        digelar pada 12 Agustus"): the figures of that raid that state no date of their own happened on it. Asked
        for many figures of an article, found once."""
        if not self.raid:
            self.raid.append(self._lead_day(RAID))
        return self.raid[0]

    def movement_day(self) -> Period | None:
        """The one day of the deportation, repatriation or arrival the story opens with ("KJRI Kuching mendampingi
        pemulangan ratusan WNI ... Kamis (26/9/2024)"): the first lead sentence with a movement word and a single
        day. Asked for many figures of an article, found once."""
        if not self.moved:
            self.moved.append(self._lead_day(MOVEMENT))
        return self.moved[0]

    def _lead_day(self, cue: re.Pattern[str]) -> Period | None:
        """The single day of the first lead sentence that has `cue` (raid_day, movement_day)."""
        for sent in self.sentences:
            if sent.start > LEAD_CHARS:
                break
            if not (may_match(cue, sent.text) and cue.search(sent.text)):
                continue
            days = [
                p for p in sentence_periods(self, sent.sent_idx) if p.precision == "day" and p.start == p.end
            ]
            if days:
                return days[0]
        return None

    def only_foreign_country(self) -> str | None:
        """The one foreign country a story is set in, when it names exactly one as a place."""
        found = {
            m.entity_id
            for m in self.located(self.countries)
            if not TOWARDS_BEFORE.search(self.body[max(0, m.start - 20) : m.start])
            and not DESTINATION_AFTER.match(
                self.body[self._end_of_name(m.start) : self._end_of_name(m.start) + 60]
            )
        } - {"ID"}
        return found.pop() if len(found) == 1 else None

    def _end_of_name(self, start: int) -> int:
        """Where the name that starts at `start` ends (its capitalised words: "Malaysia", "Arab Saudi")."""
        m = NAME_WORDS.match(self.body, start)
        return m.end() if m else start

    def lead_scope(self) -> Period | None:
        """The period the headline scopes the whole story to ("Kemlu Tangani 3.310 Kasus ... Sepanjang 2024"):
        a period right after a scope word in the title. (Periods in a lead sentence scope only that sentence's
        figures: later paragraphs often move on to other agencies and dates.)"""
        for p in find_periods(self.title, self.published, self.years):
            if p.kind in SCOPE_KINDS and SCOPE_CUES.search(
                self.title[max(0, p.start_char - 30) : p.start_char + 12]
            ):
                return self._closed(p) if p.kind == "open" else self._narrowed(p)
        return None

    # How many sentences of the body's opening may restate a headline's year more exactly.
    LEAD_SENTENCES = 3

    def _narrowed(self, scope: Period) -> Period:
        """ "119 PMI ... Meninggal Sepanjang 2024" over "mencatat 119 pekerja migran ... sejak awal Januari hingga
        akhir November 2024": a headline's year that the body's opening sentences state more exactly (the same
        start, an earlier end inside it) is that stretch."""
        if scope.kind != "year" or scope.start is None or scope.end is None:
            return scope
        for sent in self.sentences[: self.LEAD_SENTENCES]:
            for p in sentence_periods(self, sent.sent_idx):
                if p.is_range and p.start == scope.start and p.end is not None and p.end < scope.end:
                    return p
        return scope

    def _closed(self, scope: Period) -> Period:
        """ "905 Kasus Perjudian Ditindak Sejak Awal 2022" over "menindak 905 kasus perjudian dari awal Januari hingga
        23 Mei 2022": a headline's open period ends where the body's period from the same start does."""
        for sent in self.sentences:
            for p in sentence_periods(self, sent.sent_idx):
                if p.start == scope.start and p.end is not None:
                    return p
        return scope


def build_contexts(
    articles: pl.DataFrame, sentences: pl.DataFrame, mentions: pl.DataFrame, persons: pl.DataFrame
) -> dict[str, ArticleContext]:
    """One context per article, with its sentences, mentions and the short titles of its persons."""
    ctx: dict[str, ArticleContext] = {}
    sent_rows: dict[str, list[Sentence]] = defaultdict(list)
    for art, *sentence in (
        sentences.sort("article_id", "sent_idx")
        .select("article_id", "sent_idx", "para_idx", "sent_start", "sent_end", "sentence_text")
        .iter_rows()
    ):
        sent_rows[art].append(Sentence(*sentence))
    titled = (
        articles
        if "title" in articles.columns
        else articles.with_columns(pl.lit(None, pl.String).alias("title"))
    )
    for art, body, title, published in titled.select(
        "article_id", "body", "title", "published_date"
    ).iter_rows():
        ctx[art] = ArticleContext(art, body, title or "", published, years_in(body), sent_rows.get(art, []))
    person_agency = {
        (a, p): ag for a, p, ag in persons.select("article_id", "person_id", "agency_id").iter_rows()
    }
    for art, title, agency in persons.select("article_id", "title", "agency_id").iter_rows():
        # short titles stand for their holder later on ("Kapolri mengatakan ...")
        if (
            art in ctx
            and title
            and agency
            and len(title.split()) <= 3
            and (title, agency) not in ctx[art].titles
        ):
            ctx[art].titles.append((title, agency))
    for art, etype, eid, start, end in (
        mentions.sort("char_start")
        .select("article_id", "entity_type", "entity_id", "char_start", "char_end")
        .iter_rows()
    ):
        c = ctx.get(art)
        if c is None:
            continue
        if etype == "agency":
            c.agencies.append(Mention(start, eid))
        elif etype == "country":
            c.countries.append(Mention(start, eid))
            c.country_end[start] = end
        elif etype == "person":
            c.persons.append(Mention(start, person_agency.get((art, eid)) or ""))
    return ctx


def is_event_date(sentence: str, period: Period) -> bool:
    """A weekday dateline ("Rabu (28/6/2023)") dates the event unless it closes an attribution ("ujar Arief di
    Jakarta, Rabu (8/1/2025)"), names the day of a statement ("dalam pernyataannya pada Kamis (21/9/2023)") or opens
    the story ("Jakarta, Kamis (20/7/2023) - ..."). After a closing quote the whole clause up to the date is the
    attribution, however long the speaker's title ("kata Direktur Reserse Kriminal Umum (Dirreskrimum) Polda
    Kaltara, Kombes Pol ..., Jumat (22/11/2024)")."""
    head = sentence[: period.start_char]
    before = head[-90:]
    if STATEMENT_DAY_BEFORE.search(before) or STATEMENT_PASSIVE.match(head):
        return False
    if EVENT_DATE_BEFORE.search(before):
        return True
    if period.start_char < 40 and DATELINE_DASH.match(sentence[period.end_char :]):
        return False
    quoted = QUOTE.split(head)
    clause = quoted[-1] if len(quoted) > 1 else before
    return not (STATEMENT_CUES.search(clause) or STATEMENT_NOUN.search(clause))


def _weekday_dated(sentence: str, period: Period) -> bool:
    """A date given with its weekday ("Rabu (28/6/2023)", "Jumat, 26 Mei 2023"): the form that closes statements."""
    return period.kind == "dateline" or (
        period.kind == "day"
        and bool(WEEKDAY_BEFORE.search(sentence[max(0, period.start_char - 12) : period.start_char]))
    )


def sentence_periods(c: ArticleContext, sent_idx: int, windows: bool = False) -> list[Period]:
    """Periods of one sentence in body offsets; weekday datelines of statements dropped (cached per sentence).
    `windows`: with the windows of the last N units an undated article cannot place (find_periods)."""
    cache = c.windowed if windows else c.periods
    cached = cache.get(sent_idx)
    if cached is not None:
        return cached
    sent = c.sentences[sent_idx]
    found = [
        replace(p, start_char=p.start_char + sent.start, end_char=p.end_char + sent.start)
        for p in find_periods(sent.text, c.published, c.years, windows=windows)
        if not _weekday_dated(sent.text, p) or is_event_date(sent.text, p)
    ]
    cache[sent_idx] = found
    return found

"""The attributes every kind of fact shares: category, qualifier, period, agency, country, and the base row.

Each is one function of the article context and the figure's position, so a rule can be read and tested alone
(tests/transforms/test_facts.py).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from datetime import date, timedelta
from typing import NamedTuple

import polars as pl

from transforms.dates import YEAR_SHIFTS, Period, find_periods, year_back
from transforms.facts.context import ArticleContext, Mention, Sentence, sentence_periods
from transforms.facts.figure import Figure
from transforms.facts.lexicon import (
    ABOUT_THEM,
    ACTION_DATED,
    ADDRESSEE_BEFORE,
    AGENCY_LIST_ITEM,
    AGENCY_REFERENCE,
    ANAPHORA,
    BARE_GAMBLING,
    BODY_STATES,
    BOTH_KINDS_AFTER,
    BREAKS_DOWN,
    CATEGORY_PATTERNS,
    CHANNEL_BEFORE,
    CITED_SOURCE_BEFORE,
    CLAUSE_BREAK,
    CLAUSE_OPENS_BEFORE,
    COMPARED,
    CONJ,
    COUNTRY_ADJACENT,
    COUNTRY_LIST_GAP,
    CYBER_TALLY,
    DAY_AFTER_OR_BEFORE,
    DEPORTED_FROM,
    DIGIT,
    EMPLOYER_BEFORE,
    ESCAPED_FROM,
    FORUM_BEFORE,
    FROM_OR_TO_BEFORE,
    FROM_THOSE_CASES,
    GAMBLING,
    GONE_TO,
    HOME_COUNTRY_WORD,
    HOME_UNIT_BEFORE,
    JOB_OFFER_FRAUD,
    JOINT_LIST_ITEM,
    LISTS_KINDS,
    MOVEMENT,
    NATIONAL_GOVERNMENT,
    NOW_AT,
    OFFLINE_AFTER,
    ONE_NAME_GAP,
    PART_OF_BEFORE,
    PERIOD_ANAPHOR,
    PLACE_RANKED,
    PREMISES_BEFORE,
    PREMISES_NAME,
    PREVIOUS_REPORT,
    PRONOUN_SPEAKER,
    PURPOSE_BEFORE,
    QUALIFIER_BEFORE,
    QUOTE,
    RECORD_CUE,
    REFERS_BACK_START,
    REPORTED_TO_BEFORE,
    RISEN_FROM_BEFORE,
    SAID_ONLINE,
    SAME_MOVEMENT,
    SAME_TIME_AS_BEFORE,
    SCAM,
    SPEAKS_OR_HANDLES,
    STATEMENT_CUES,
    WINDOW_NAMED,
)
from transforms.numbers import VAGUE
from transforms.reference import load_reference
from transforms.text import EndGated, Gated

Fact = dict[str, object]


def fact_id(*parts: object) -> str:
    """Stable id of a fact: the same article text always gives the same ids."""
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


# ----------------------------------------------------------------------------------------------- category


class CategoryCue(NamedTuple):
    """Where a category cue ("judi online") starts and ends in a text."""

    start: int
    category: str
    end: int


def _categories_at(text: str) -> CategoryCue | None:
    """The first category cue in `text`."""
    first: CategoryCue | None = None
    for name, cue in CATEGORY_PATTERNS:
        m = cue.search(text)
        if m and (first is None or m.start() < first.start):
            first = CategoryCue(m.start(), name, m.end())
    return first


def category(text_after: str, sentence: str, previous: list[str], body: str = "", title: str = "") -> str:
    """Category from the words right after the number ("judi online dan penipuan" -> mixed), else the sentence,
    else the previous sentences, else the topic the whole article (and its headline) talks about most."""
    first = _categories_at(text_after)
    if first is None and OTHER_EVENT_AFTER.match(text_after):
        return (
            "other"  # "97 WNI terlibat dalam kericuhan tersebut": counted for a riot, not the crime around it
        )
    if first is not None:
        start, name, end = first
        if name == "online_gambling" and OFFLINE_AFTER.match(text_after[end:]):
            return "other"  # "judi konvensional": gambling, not online
        if name == "online_gambling" and BOTH_KINDS_AFTER.match(text_after[end:]):
            return "mixed"  # "tersangka judi online maupun konvensional": gambling of both kinds
        conj = CONJ.match(text_after[end:])
        if conj:
            tail = text_after[end + conj.end() :]
            if any(cue.match(tail) and other != name for other, cue in CATEGORY_PATTERNS):
                return "mixed"
            if CYBER_TALLY.match(tail):
                return "mixed"  # "24 kasus penipuan dan kejahatan siber": a crime and other cyber crimes
        if name == "online_gambling" and BARE_GAMBLING.fullmatch(text_after[start:end]):
            return _gambling_kind(body)
        if name == "online_scam" and job_fraud_offline(text_after[start:], sentence):
            return "other"
        return name
    # people whose own sentence names no crime: what the story says they were recruited as, before the sentences
    # around them and the article's topic
    role = recruited_as(body) if PEOPLE_COUNTED.match(text_after) else None
    for i, text in enumerate([sentence, *previous]):
        if i == 1 and role is not None:
            return role
        found = _categories_in(text)
        if found == {"online_scam"} and job_fraud_offline(text, text):
            return "other"
        if found == {"online_gambling"} and any(
            BOTH_KINDS_AFTER.match(text[m.end() :]) for m in GAMBLING.finditer(text)
        ):
            return "mixed"
        if found == {"online_gambling"} and all(
            OFFLINE_AFTER.match(text[m.end() :]) for m in GAMBLING.finditer(text)
        ):
            return "other"  # "judi konvensional menyumbang 2.651 perkara": only offline gambling named
        if found == {"online_gambling"} and all(
            BARE_GAMBLING.fullmatch(m.group(0)) for m in GAMBLING.finditer(text)
        ):
            return _gambling_kind(body)
        if len(found) == 1:
            return next(iter(found))
        if len(found) == 2 and "trafficking" in found and TRAFFICKING_FOR.search(text):
            return (
                "trafficking"  # "kasus perdagangan orang ... yang terkait operasi penipuan daring": what for
            )
        if len(found) > 1:
            return "mixed"
    return role or topic(body, title)


# "97 WNI terlibat dalam kericuhan tersebut": people counted for a riot or a fight they took part in.
OTHER_EVENT_AFTER = re.compile(
    r"^\S+(?:\s+\S+){0,3}?\s+(?:yang\s+)?(?:terlibat|ikut)\s+(?:dalam\s+)?(?:aksi\s+)?"
    r"(?:kericuhan|keributan|kerusuhan|bentrokan|bentrok|perkelahian|pengeroyokan|tawuran)\b",
    re.I,
)


# "para WNI direkrut untuk bekerja sebagai penipu daring (online scammer)": what the people counted were made to do.
RECRUITED_AS = re.compile(
    r"\b(?:direkrut|dipekerjakan|dipaksa\s+bekerja|dijadikan)\s+(?:untuk\s+(?:bekerja\s+)?)?sebagai\s+[^.;]{0,60}",
    re.I,
)
# A figure that counts people ("34 orang", "30 WNI", "56 pekerja migran").
PEOPLE_COUNTED = re.compile(
    r"^\S+(?:\s+(?:ribu|juta))?\s+(?:orang|wni|wna|warga|pekerja|korban|pmi|cpmi|tki|pemuda|perempuan|pria)\b",
    re.I,
)


def recruited_as(body: str) -> str | None:
    """The one category of what the story says its people were recruited or made to work as ("direkrut untuk bekerja
    sebagai penipu daring"): a count of those people whose sentence names no crime is of that crime, not of the
    business their building or employer runs ("perusahaan POGO, usaha judi daring"). None when the story says
    nothing of it or names several."""
    found: set[str] = set()
    for m in RECRUITED_AS.finditer(body):
        # not the aim of a trafficking told in the same paragraph ("sindikat TPPO yang mengirim warga ke Kamboja untuk
        # dipekerjakan sebagai operator penipuan daring": trafficking victims)
        start, end = body.rfind("\n\n", 0, m.start()) + 1, body.find("\n\n", m.end())
        if "trafficking" in _categories_in(body[start : end if end >= 0 else len(body)]):
            return None
        found |= _categories_in(m.group(0))
    return next(iter(found)) if len(found) == 1 else None


# "kasus perdagangan orang untuk kejahatan paksa yang terkait operasi penipuan daring": trafficking whose purpose is
# the other crime named counts trafficking (the head noun), not two crimes
TRAFFICKING_FOR = re.compile(
    r"(?:\btppo\b|perdagangan\s+(?:orang|manusia))\s+(?:\S+\s+){0,4}?"
    r"(?:untuk|(?:yang\s+)?terkait(?:\s+dengan)?|(?:dengan\s+)?modus|bermodus)\s+(?:\S+\s+){0,2}?"
    r"(?:penipuan|(?:online\s+)?scam|judi|perjudian)",
    re.IGNORECASE,
)


def job_fraud_offline(text: str, sentence: str) -> bool:
    """Every fraud `text` names is job-offer fraud ("penipuan peluang kerja mencapai 44 kasus") and its sentence does
    not say it is online: `other`, not `online_scam` (devset README, Category: job-offer fraud; "penipuan lowongan kerja
    berbasis online scam" is an online scam)."""
    frauds = list(SCAM.finditer(text))
    if not frauds or SAID_ONLINE.search(sentence):
        return False
    jobs = [m.span() for m in JOB_OFFER_FRAUD.finditer(text)]
    return all(any(a <= m.start() < b for a, b in jobs) for m in frauds)


def cyber_tally_listed(c: ArticleContext, sent: Sentence, own: str) -> bool:
    """ "3.331 kasus kejahatan di ruang siber. Perkara itu meliputi penipuan, pencemaran nama baik, pornografi, hoaks
    ...": a tally of cyber crime whose paragraph lists its kinds, a tracked crime among others, spans several
    categories: `mixed` (devset README, Category: a crime tally that lists its kinds). A bare "kejahatan siber" tally
    naming no tracked crime is not."""
    if not CYBER_TALLY.search(own):
        return False
    paragraph = " ".join(s.text for s in c.sentences if s.para_idx == sent.para_idx)
    return any(_categories_in(m.group(0)) for m in LISTS_KINDS.finditer(paragraph))


def caseload_lists_kinds(c: ArticleContext, sent: Sentence, own: str) -> bool:
    """ "Kemlu mencatat 35.149 kasus menimpa WNI di luar negeri. Kasus-kasus tersebut meliputi masalah keimigrasian,
    evakuasi, ketenagakerjaan, ..., TPPO, ...": a caseload whose own words name no crime, and whose sentence or the
    next one lists its kinds, a tracked crime among others, spans several categories: `mixed` (devset README,
    Category: a crime tally that lists its kinds), not `other` as a bare consular caseload."""
    if names_category(own) or not CASES_WORD.search(own):
        return False
    texts = [sent.text]
    if sent.sent_idx + 1 < len(c.sentences):
        texts.append(c.sentences[sent.sent_idx + 1].text)
    return any(_categories_in(m.group(0)) for text in texts for m in LISTS_KINDS.finditer(text))


# "35.149 kasus", "perkara": a count of cases (`caseload_lists_kinds`).
CASES_WORD = re.compile(r"\b(?:kasus|perkara)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _gambling_kind(body: str) -> str:
    """The kind of gambling a bare "perjudian" / "judi" counts ("905 kasus perjudian"): online gambling when the
    story names gambling online somewhere, `mixed` when it also names offline gambling ("3.974 perkara perjudian" of a
    year-end release naming "judi konvensional" and "judi online" sentences later: the total counts both; devset
    README, Category: gambling of both kinds), else gambling in general, `other` (no online gambling named)."""
    online = offline = False
    for m in GAMBLING.finditer(body):
        if BOTH_KINDS_AFTER.match(body[m.end() :]):
            online = offline = True
        elif OFFLINE_AFTER.match(body[m.end() :]):
            offline = True
        elif not BARE_GAMBLING.fullmatch(m.group(0)):
            online = True
    if online and offline:
        return "mixed"
    return "online_gambling" if online else "other"


def kinds_named(text: str) -> frozenset[str]:
    """The categories `text` names, offline gambling ("judi konvensional") counted as `other`: "286 perkara judi
    online dan 453 perkara judi konvensional" names two."""
    kinds = set(_categories_in(text))
    if "online_gambling" in kinds:
        cues = [OFFLINE_AFTER.match(text[m.end() :]) is not None for m in GAMBLING.finditer(text)]
        if all(cues):
            kinds.discard("online_gambling")
        if any(cues) or any(BOTH_KINDS_AFTER.match(text[m.end() :]) for m in GAMBLING.finditer(text)):
            kinds.add("other")
    return frozenset(kinds)


def spans_kinds(c: ArticleContext, sent: Sentence, window: str) -> bool:
    """A figure whose own words name no crime counts across two kinds: its sentence names both ("286 perkara judi
    online dan 453 perkara judi konvensional dengan 1.298 tersangka"), or the next sentence breaks it down into both
    ("37 kasus. Dari jumlah itu, 18 kasus judi konvensional dan 19 kasus judi daring"). FORMAT.md: `mixed`."""
    first = _categories_at(window)
    if first is not None and not (
        first.category == "online_gambling"
        and BARE_GAMBLING.fullmatch(window[first.start : first.end])
        and not OFFLINE_AFTER.match(window[first.end :])
    ):
        return False  # (a bare "kasus perjudian" names no kind: "11 kasus perjudian, terdiri atas 10 kasus judi online
        # dan satu kasus judi konvensional" spans both)
    kinds = kinds_named(sent.text)
    if len(kinds) > 1 and not (
        len(kinds) == 2 and "trafficking" in kinds and TRAFFICKING_FOR.search(sent.text)
    ):
        return True
    if sent.sent_idx + 1 >= len(c.sentences):
        return False
    following = c.sentences[sent.sent_idx + 1].text
    opens_breakdown = ANAPHORA.search(following[:40]) or BREAKS_DOWN.search(following[:40])
    if REFERS_BACK_START.match(following):
        # "13 kasus judi dan menetapkan 22 tersangka. Para pelaku terlibat judi daring dan konvensional": the next
        # sentence says of those counted which kinds of gambling they are
        opens_breakdown = True
    if opens_breakdown and sent.sent_idx + 2 < len(c.sentences):
        after = c.sentences[sent.sent_idx + 2]
        if after.para_idx == c.sentences[sent.sent_idx + 1].para_idx and ANAPHORA.match(after.text):
            # "Ia merinci, 38 orang merupakan tersangka judi konvensional. Sisanya, 19 tersangka, terlibat judi
            # daring": the breakdown goes on with its remainder
            following = following + " " + after.text
    return bool(opens_breakdown) and len(kinds_named(following)) > 1


def gambling_in_general(
    sent: Sentence, num_at: int, window: str, following: str, body: str, headline: str = ""
) -> bool:
    """ "Polri menangani 4.926 kasus perjudian. 'Sebanyak 1.611 perkara di antaranya merupakan tindak pidana perjudian
    online'": a count whose own words name gambling bare ("perjudian", "judi") and whose part, given after it in its
    sentence or the next one ("di antaranya", "dari jumlah itu"), is the online kind counts gambling of every kind:
    `other`, as a count of gambling that names no online gambling ("905 kasus perjudian"), not its part's kind (a story
    that also names offline gambling counts both: `mixed`, `_gambling_kind`)."""
    if _gambling_kind(body) != "online_gambling":
        return False
    first = _categories_at(window)
    if first is None or first.category != "online_gambling":
        return False
    if not BARE_GAMBLING.fullmatch(window[first.start : first.end]) or OFFLINE_AFTER.match(
        window[first.end :]
    ):
        return False
    # (or the headline that gives the same count: "Polri Tangani 4.926 Kasus Perjudian ..., 1.611 di Antaranya Judi
    # Online")
    for text in (sent.text[num_at + len(window) :], following, headline):
        if PART_OF_BEFORE.search(text) and any(
            not BARE_GAMBLING.fullmatch(m.group(0)) and not OFFLINE_AFTER.match(text[m.end() :])
            for m in GAMBLING.finditer(text)
        ):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _categories_in(text: str) -> frozenset[str]:
    """The categories a sentence names (asked of the same sentence for each of its figures and the next ones')."""
    return frozenset(name for name, cue in CATEGORY_PATTERNS if cue.search(text))


# How much of the body is its lead (the opening sentence or two) for `topic`.
LEAD_LENGTH = 400


def conjoined(text: str) -> bool:
    """`text` names two crimes joined as one ("jaringan penipuan dan judi daring", "judi online dan penipuan
    siber")."""
    for name, cue in CATEGORY_PATTERNS:
        for m in cue.finditer(text):
            conj = CONJ.match(text[m.end() :])
            if conj:
                tail = text[m.end() + conj.end() :]
                if any(other != name and again.match(tail) for other, again in CATEGORY_PATTERNS):
                    return True
    return False


@functools.lru_cache(maxsize=4096)
def topic(body: str, title: str = "") -> str:
    """The category the whole article talks about most (counted once per article, not once per figure); `mixed` when
    its lead names two crimes joined as one ("69 WNI yang terlibat judi online dan penipuan siber di Filipina
    dideportasi": the story is about both, whichever word its body repeats more). Two crimes named as often: the one
    its headline names ("42 WN China Jaringan Love Scamming ... Diringkus" of a body naming love scamming once and
    online gambling once) is what the story is about."""
    if conjoined(body[:LEAD_LENGTH]):
        return "mixed"
    counts = Counter({name: len(cue.findall(body)) for name, cue in CATEGORY_PATTERNS})
    name, n = counts.most_common(1)[0]
    if not n:
        return "other"
    tied = [other for other, k in counts.items() if k == n]
    headlined = [other for other, cue in CATEGORY_PATTERNS if other in tied and cue.search(title)]
    return headlined[0] if len(tied) > 1 and len(headlined) == 1 else name


def names_category(text: str) -> bool:
    """The sentence names a crime itself."""
    return any(cue.search(text) for _, cue in CATEGORY_PATTERNS)


# ----------------------------------------------------------------------------------------------- qualifier


# How many words before a figure its qualifier phrase may end ("sedikitnya terdapat sekitar 29": three).
QUALIFIER_REACH = 3


def qualifier(prev: list[str | None], is_vague: bool, next_word: str | None) -> str:
    """ "lebih dari 600" -> at_least, "sekitar 5.000" / "ratusan" -> about, "hampir 700" -> at_most, else exact.
    Only the words since the previous figure count."""
    if is_vague:
        return "about"
    words: list[str] = []
    for w in reversed(prev):  # nearest first; another figure ends this figure's context
        if not w or DIGIT.search(w) or w in VAGUE:
            break
        words.insert(0, w)
    # a qualifier binds the figure it stands next to ("sudah hampir 900", "sedikitnya ada 29"), not one said of
    # something else earlier in the clause ("dideportasi karena melebihi batas izin tinggal, sedangkan 100 lainnya")
    near = len(words) - QUALIFIER_REACH
    runs = {tuple(words[i:j]) for i in range(len(words)) for j in range(max(i + 1, near + 1), len(words) + 1)}
    for phrase, qual in QUALIFIER_BEFORE:
        if phrase in runs:
            return qual
    if next_word == "lebih":
        return "at_least"
    return "exact"


# ----------------------------------------------------------------------------------------------- period


# A digit group separator inside a figure ("160.503", "3,2 juta") is no clause break.
_IN_NUMBER = re.compile(r"(?<=\d)[.,](?=\d)")


def _breaks(body: str, a: int, b: int) -> bool:
    """Whether a comma or semicolon separates body[a:b] into clauses (the figure's own separators do not; nor does
    a comma the figure's surface took in: "sebanyak 160.503, sedangkan periode 1-30 Desember")."""
    return bool(CLAUSE_BREAK.search(_IN_NUMBER.sub("", body[a:b])))


# Words that may stand between a date and the figure it dates: "Tahun 2023 ada 1.196 kasus", "pada 2024 tercatat
# sebanyak 792 kasus".
COUNT_VERBS = re.compile(
    r"[\s,:]*(?:(?:ada|terdapat|tercatat|sebanyak|mencapai|sejumlah|total|sudah|telah|yakni|yaitu|hanya)[\s,:]+)*",
    re.I,
)
# The next item of a series starts after the figure: "... dan tahun 2024", "..., sedangkan pada 2024".
SERIES_NEXT = re.compile(r"\b(?:dan|sedangkan|sementara|serta|lalu|kemudian)\b", re.I)


def closest_period(periods: list[Period], num_start: int, noun_end: int, body: str = "") -> Period | None:
    """The period that scopes a figure: a range or open period anywhere in the sentence, else the date expression
    right after the noun in the same clause ("15 kasus di tahun 2020", not "46 orang, disusul pada 28 Februari"),
    else the nearest one before it. A window of the last N units that the sentence names by its dates right after it
    ("dalam sepekan terakhir, yakni 11-17 November 2024") is those dates."""
    if body:
        periods = [p for p in periods if not _named_window(p, periods, body)]
    ranges = [p for p in periods if p.is_range]
    own_after = [
        p
        for p in periods
        if not p.is_range
        and p.start_char >= noun_end
        and p.start_char - noun_end <= 25
        and not _breaks(body, num_start, p.start_char)
    ]
    if ranges and body and own_after and all(r.start_char > own_after[0].end_char for r in ranges):
        # "naik dari 119 orang pada 2021 menjadi 298 orang pada Januari-Juli 2022": a date right after the noun is
        # the figure's own; a range further on dates the next figure
        return own_after[0]
    if ranges and body:
        # "55.846 konten pada periode 1-31 Agustus 2023, lalu 96.371 konten pada periode 1-30 September 2023": the
        # range in the figure's own clause (no comma or semicolon between them); else the one before the figure
        # ("pada periode 1-30 November, konten ... sebanyak 160.503, sedangkan periode 1-30 Desember ...")
        in_clause = [
            p
            for p in ranges
            if (p.end_char <= num_start and not _breaks(body, p.end_char, num_start))
            or (p.start_char >= noun_end and not _breaks(body, num_start, p.start_char))
        ]
        before_it = [p for p in ranges if p.end_char <= num_start]
        pick = in_clause or before_it
        if pick:
            return min(pick, key=lambda p: abs(p.start_char - num_start))
    if ranges:
        # "Tahun 2023 tercatat 3.240 entitas ditutup, sementara sejak Januari hingga 31 Agustus 2025 sudah 1.840":
        # a range only in a later clause dates that clause's figure, not one dated in its own clause before it
        own = [
            p
            for p in periods
            if body
            and not p.is_range
            and p.end_char <= num_start
            and not _breaks(body, p.end_char, num_start)
        ]
        if own and all(p.start_char >= noun_end for p in ranges):
            return own[-1]
        return min(ranges, key=lambda p: abs(p.start_char - num_start))
    # "Tahun 2023 1.196 kasus dan tahun 2024 sebanyak 792": a date written right before the figure is its own; the
    # one after its noun then heads the next item of the series.
    adjacent = [
        p
        for p in periods
        if p.end_char <= num_start and body and not body[p.end_char : num_start].strip(" ,:")
    ]
    after = [
        p
        for p in periods
        if p.start_char >= noun_end
        and p.start_char - noun_end <= 25
        and not _breaks(body, num_start, p.start_char)
    ]
    if adjacent and not (after and "," in body[adjacent[-1].end_char : num_start]):
        # "148 perkara pada 2021, 165 perkara pada 2022, dan 183 perkara sepanjang 2023": a date the comma ends
        # closes the item before; a figure whose noun has a date of its own right after it takes that one
        return adjacent[-1]
    if after and body and SERIES_NEXT.search(body[noun_end : after[0].start_char]):
        # "Tahun 2023 ada 1.196 kasus dan tahun 2024 sebanyak 792": with only a verb of being or counting between
        # them, the date before the figure is its own; the one after "dan"/"sedangkan" heads the series' next item
        told = [
            p
            for p in periods
            if p.end_char <= num_start and COUNT_VERBS.fullmatch(body[p.end_char : num_start])
        ]
        if told:
            return told[-1]
    if after:
        return after[0]
    before = [p for p in periods if p.end_char <= num_start]
    if before:
        return before[-1]
    return periods[0] if periods else None


def _named_window(window: Period, periods: list[Period], body: str) -> bool:
    """Whether `window` (of the last N units) is followed by the dates that name it ("sepekan terakhir, yakni 11-17
    November 2024": WINDOW_NAMED between them)."""
    if window.kind not in WINDOW_ONLY:
        return False
    return any(
        p.start_char >= window.end_char
        and p.kind not in WINDOW_KINDS
        and WINDOW_NAMED.match(body[window.end_char : p.start_char]) is not None
        for p in periods
    )


# How far before a figure the comparison that makes it an earlier value may start ("naik dari sebelumnya sebanyak").
EARLIER_REACH = 60


def earlier_value(c: ArticleContext, sent_idx: int, num_start: int, noun_end: int) -> bool:
    """ "OJK meminta pemblokiran 10.016 rekening, naik dari 8.618 rekening yang tercatat pada laporan sebelumnya",
    "Saat itu jumlahnya naik dari 30.392 rekening pada laporan sebelumnya": the value a figure rose (or fell) from,
    said to be the previous report's ("sebelumnya" in the comparison or in the figure's own clause after it),
    counts in no period the sentence or the story gives: none, unless its own clause after it dates it."""
    sent = c.sentences[sent_idx]
    cue = RISEN_FROM_BEFORE.search(c.body[max(sent.start, num_start - EARLIER_REACH) : num_start])
    if cue is None:
        return False
    clause_end = sent.end
    brk = CLAUSE_BREAK.search(c.body, noun_end, sent.end)
    if brk is not None:
        clause_end = brk.start()
    if not (cue.group("before") or PREVIOUS_REPORT.search(c.body, noun_end, clause_end)):
        return False
    return not any(noun_end <= p.start_char < clause_end for p in sentence_periods(c, sent_idx))


# "bertambah 841 perkara dibanding tahun sebelumnya": a year back named right after "dibanding(kan)" with no figure
# of its own between them is the period of the comparison, not of a figure (the one before it is of the story's
# year; the compared figure is unstated).
COMPARED_TO = re.compile(r"\bdibanding(?:kan)?(?:\s+dengan)?\s*$", re.I)


def compared_only(c: ArticleContext, p: Period) -> bool:
    """Whether `p` (body offsets) is a year-back period that only says what a change is measured against."""
    return (
        p.kind in YEAR_SHIFTS
        and COMPARED_TO.search(c.body, max(0, p.start_char - 30), p.start_char) is not None
    )


def _earlier_period(
    c: ArticleContext, sent_idx: int, same_paragraph: bool, windows: bool = False
) -> Period | None:
    """The period of the nearest sentence before that states one (within the paragraph when asked); the year a
    change is compared against is none (compared_only). A sentence that counts nothing and is dated only as "pada
    tahun yang sama" (SAME_TIME_AS_BEFORE: "Pada tahun yang sama, Polda Metro Jaya membongkar kelompok lain") states
    the period written before it (one with a figure took the period of the figure before it, not of some date
    written earlier: its own figures carry it on)."""
    para = c.sentences[sent_idx].para_idx
    for prev in range(sent_idx - 1, -1, -1):
        if same_paragraph and c.sentences[prev].para_idx != para:
            break
        found = [p for p in sentence_periods(c, prev, windows) if not compared_only(c, p)]
        if found:
            end = c.sentences[prev].end
            return closest_period(found, end, end)
        text = c.sentences[prev].text
        if SAME_TIME_AS_BEFORE.search(text) and not DIGIT.search(text):
            return _earlier_period(c, prev, same_paragraph=False, windows=windows)
        # "Pada hari yang sama, polisi menangkap ... Dari kasus keduanya, penyidik menemukan 16 situs": a day counted
        # from the day before it dates the sentences after it too
        counted = relative_day(c, prev)
        if counted is not None:
            return counted
    return None


def _day_shift(cue: re.Match[str]) -> int:
    """Days from the reference day a DAY_AFTER_OR_BEFORE cue counts: -1 "sehari sebelumnya", 0 "pada hari yang
    sama", else +1."""
    return -1 if cue.group("before") else 0 if cue.group("same") else 1


def _day_said_before(c: ArticleContext, sent_idx: int) -> Period | None:
    """The last period of the nearest sentence before that states one, a statement's weekday dateline included."""
    for prev in range(sent_idx - 1, -1, -1):
        found = find_periods(c.sentences[prev].text, c.published, c.years)
        if found:
            return found[-1]
    return None


def relative_day(c: ArticleContext, sent_idx: int) -> Period | None:
    """ "Sisanya, 154 orang, tiba keesokan harinya", "Sehari kemudian, ...": the day after (or before, "sehari
    sebelumnya") the day the nearest sentence before states, when that is one day; the cue opens the sentence or
    follows the movement it dates."""
    text = c.sentences[sent_idx].text
    cue = DAY_AFTER_OR_BEFORE.search(text)
    if cue is None or not (cue.start() == 0 or MOVEMENT.search(text[max(0, cue.start() - 25) : cue.start()])):
        return None  # "Judha, sehari sebelumnya menjelaskan ...": the day of a statement, not of the figure
    # "Pada hari yang sama": the day of the sentence before, also when that is the day a statement was made
    # ("kata kepala kantor itu, Minggu (3/3)."), which dates no figure of its own (sentence_periods drops it)
    ref = (
        _day_said_before(c, sent_idx)
        if cue.group("same")
        else _earlier_period(c, sent_idx, same_paragraph=False)
    )
    if ref is None or ref.precision != "day" or ref.start is None or ref.start != ref.end:
        return None
    day = ref.start + timedelta(days=_day_shift(cue))
    at = c.sentences[sent_idx].start + cue.start()
    return Period("day", at, at + len(cue.group(0)), day, day, "day")


# How many sentences after a movement figure its day may be given ("Deportasi dilakukan pada Kamis, 25 Mei 2023").
MOVEMENT_REACH = 3


def movement_day(c: ArticleContext, sent_idx: int) -> Period | None:
    """ "Bareskrim mengawal pemulangan 52 WNA ... Deportasi dilakukan pada Kamis, 25 Mei 2023": a figure of a
    deportation, repatriation or arrival whose sentence states no date happened on the day(s) the next sentences
    give that movement (from the first to the last day stated after the movement word: two flights, two days)."""
    if not MOVEMENT.search(c.sentences[sent_idx].text):
        return None
    for later in range(sent_idx + 1, min(sent_idx + 1 + MOVEMENT_REACH, len(c.sentences))):
        sent = c.sentences[later]
        moved = MOVEMENT.search(sent.text)
        if moved is None:
            continue
        days = [
            p
            for p in sentence_periods(c, later)
            if p.precision == "day" and p.start is not None and p.start_char >= sent.start + moved.start()
        ]
        if days:
            first, last = days[0], days[-1]
            # "Kloter pertama ... mendarat ... pada Selasa (18/3/2025). Sisanya, 154 orang, tiba keesokan harinya":
            # the next sentence's movement on a day of its own (or the day after) ends the span
            nxt = later + 1
            if nxt < len(c.sentences) and MOVEMENT.search(c.sentences[nxt].text):
                more = [
                    p
                    for p in sentence_periods(c, nxt)
                    if p.precision == "day" and p.start is not None and p.start == p.end
                ] or [p for p in (relative_day(c, nxt),) if p is not None]
                if more and more[-1].end is not None and last.end is not None and more[-1].end > last.end:
                    last = more[-1]
            kind = "day" if first.start == last.end else "day_range"
            return Period(kind, first.start_char, last.end_char, first.start, last.end, "day")
    return None


# How many sentences after a figure the one that dates it may come ("Jumlah itu tercatat sejak ... hingga ...").
STATED_NEXT_REACH = 3
# The sentence refers back to the figure before it: "laporan tersebut masuk sejak", "Permintaan itu masuk antara".
REFERS_TO_FIGURE = re.compile(
    r"\b(?:jumlah|angka|data|laporan|permintaan|pengaduan|aduan|kasus|catatan|capaian|pemblokiran|penanganan|rekapitulasi|rekap"
    r"|penindakan|pengungkapan|penangkapan|penurunan|pemutusan|penutupan|pembekuan|penonaktifan)\s+(?:itu|tersebut|ini)\b",
    re.I,
)
# A sentence whose figure counts within the one before it ("Dari ratusan kasus itu, penyidik menangkap 370
# tersangka") belongs to the same report: it does not end the search for the sentence that dates the report.
WITHIN_BEFORE = re.compile(r"^\W*dari\s+(?:[\w.,]+\s+){0,3}(?:itu|tersebut)\b", re.I)
# The ends of a count as it stood at a day or month, its start unsaid ("hingga Juli 2023", "per 3 Juli 2023").
AS_OF_KINDS = frozenset({"until_point", "until"})
# A sentence adding another count of the same report: "Polisi juga memblokir 405 situs", "Selain itu, polisi ...".
ALSO_COUNTED = re.compile(r"\W*(?:[^\W\d]+\s+){1,3}juga\s+(?![\d.,]+\b)[^\W\d]", re.I)
CLOCK_TIME = re.compile(r"\b[0-2]?\d[.:][0-5]\d\b")


def _without_figure(text: str, token: str) -> str:
    r"""`text` with each `token` that stands as a number of its own (no digit, "." or "," right before it, no digit
    nor "." / "," and a digit right after it) replaced by one space: `re.sub(r"(?<![\d.,])" + re.escape(token) +
    r"(?![\d]|[.,]\d)", " ", text)` without compiling a pattern per figure (`\d` is `str.isdecimal`)."""
    out: list[str] = []
    pos, n = 0, len(token)
    at = text.find(token)
    while at >= 0:
        end = at + n
        before = text[at - 1] if at else ""
        after = text[end : end + 1]
        if not (before.isdecimal() or before in (".", ",")) and not (
            after.isdecimal() or (after in (".", ",") and text[end + 1 : end + 2].isdecimal())
        ):
            out += (text[pos:at], " ")
            pos = end
            at = text.find(token, end)
        else:
            at = text.find(token, at + 1)
    out.append(text[pos:])
    return "".join(out)


def stated_next(c: ArticleContext, sent_idx: int, token: str = "") -> Period | None:
    """ "Sebanyak 2.493 WNI ... melaporkan diri ke KBRI. ... Menurut data KBRI, laporan tersebut masuk sejak 16
    Januari hingga 26 Januari 2026": the range a next sentence gives the figure when it refers back to it and counts
    nothing of its own (within STATED_NEXT_REACH sentences; a sentence with another figure ends the search, one that
    only repeats the figure, `token`, does not). "Sebanyak 14 orang ditetapkan sebagai tersangka. ... para tersangka
    ditangkap di Jakarta dalam kurun 1-9 Agustus 2024", "penangkapan dilakukan sepanjang Agustus hingga Desember
    2025": a sentence saying when the people counted were caught or moved (`ACTION_DATED`) gives its range too.
    Remembered per sentence and token (`ArticleContext.stated`): it reads nothing the resolvers write."""
    key = (sent_idx, token)
    if key in c.stated:
        return c.stated[key]
    found = c.stated[key] = _stated_next(c, sent_idx, token)
    return found


# A name written with digits ("BP3MI", "KP2MI", "P2TP2A"): no figure of its own (not "Rp79").
WITH_DIGITS = re.compile(r"\b(?!Rp)[A-Z][A-Za-z]*\d+[A-Za-z\d]*\b")


def _stated_next(c: ArticleContext, sent_idx: int, token: str) -> Period | None:
    later, last = sent_idx, sent_idx + STATED_NEXT_REACH
    while later < min(last, len(c.sentences) - 1):
        later += 1
        sent = c.sentences[later]
        periods = sentence_periods(c, later)
        rest = sent.text
        # every date is no figure, the statement's dropped dateline too ("..., kata Alexander, Rabu (17/9).")
        for p in find_periods(sent.text, c.published, c.years):
            rest = rest[: p.start_char] + " " * (p.end_char - p.start_char) + rest[p.end_char :]
        if token and any(ch.isdigit() for ch in token):
            rest = _without_figure(rest, token)
        if any(map(str.isdigit, WITH_DIGITS.sub(" ", CLOCK_TIME.sub(" ", rest)))):
            if WITHIN_BEFORE.search(sent.text) or PART_OF_BEFORE.search(sent.text):
                continue
            if ALSO_COUNTED.match(sent.text):
                # "... 55 kasus perjudian dengan 64 tersangka dalam sebulan terakhir. Polisi juga memblokir 405 situs
                # judi online. ... 'Data ini berdasarkan pada rentang Januari hingga 17 Februari'": another count of
                # the same report does not end the search, nor use up the reach
                last += 1
                continue
            return None
        ranges = [p for p in periods if p.is_range and p.start is not None and p.end is not None]
        days = [p for p in periods if p.precision == "day" and p.start is not None and p.start == p.end]
        # "Penutupan itu tercatat sampai dengan akhir Juli 2024": the figure as it stood at a month or day (as of)
        ends = [p for p in periods if p.kind in AS_OF_KINDS and p.start is None and p.end is not None]
        # ("penindakan dilakukan pada Jumat (1/11/2024)": an action is dated by its day too)
        for cue, dated in ((REFERS_TO_FIGURE, ranges + ends), (ACTION_DATED, ranges + days)):
            ref = cue.search(sent.text)
            after = [p for p in dated if ref is not None and p.start_char >= sent.start + ref.end()]
            if after:
                return min(after, key=lambda p: p.start_char)
    return None


def resolve_period(
    c: ArticleContext,
    sent_idx: int,
    num_start: int,
    noun_end: int,
    anaphoric: bool,
    breakdown: bool = False,
    windows: bool = False,
) -> Period | None:
    """The period of a figure (`_resolve_period`), then what the language adds to it: a figure counted "sampai
    hari ini" ends on the day it is said (`until_today`); "Sejak itu hingga Rabu (19/7/2023)" starts on the day the
    sentence before gives (`since_then`); "disusul 31 WNI keesokan harinya" is the day after the one before it in
    the sentence (`day_after_figure`); a window of the last N units ("dalam kurun waktu lima bulan terakhir")
    yields to the range a next sentence gives the same report ("data tersebut dihimpun sejak 15 Juni hingga 1
    November 2024", `stated_next`)."""
    if earlier_value(c, sent_idx, num_start, noun_end):
        return None
    found = _resolve_period(c, sent_idx, num_start, noun_end, anaphoric, breakdown, windows)
    if windows:
        return found
    own = closest_period(sentence_periods(c, sent_idx), num_start, noun_end, c.body)
    if own is None:
        found = still_after_the_day(c, noun_end, found)
    shifted = day_after_figure(c, sent_idx, noun_end) or listed_days(c, sent_idx, noun_end, own)
    if shifted is not None:
        return shifted
    today = until_today(c, sent_idx, own)
    if today is not None:
        return today
    then = since_then(c, sent_idx, own if own is not None else found)
    if then is not None:
        return then
    opened = opened_before(c, sent_idx, found)
    if opened is not None:
        return opened
    if found is not None and found.kind in WINDOW_ONLY:
        later = stated_next(c, sent_idx, c.body[num_start:noun_end].split(" ")[0])
        if later is not None:
            return later
    if found is not None and found.precision == "month" and _one_month(found):
        # "Pada akhir April lalu, polisi menggerebek ... dan mengamankan 11 orang. Penggerebekan itu dilakukan pada
        # Jumat (26/4)": the day a next sentence dates the same action, inside the month, narrows it
        later = stated_next(c, sent_idx, c.body[num_start:noun_end].split(" ")[0])
        if later is not None and _within(later, found):
            return later
    return found


def _one_month(period: Period) -> bool:
    """Whether `period` is one calendar month."""
    return (
        period.start is not None
        and period.end is not None
        and (period.start.year, period.start.month) == (period.end.year, period.end.month)
    )


def _within(inner: Period, outer: Period) -> bool:
    """Whether `inner` has both ends and lies inside `outer`."""
    return (
        inner.start is not None
        and inner.end is not None
        and outer.start is not None
        and outer.end is not None
        and outer.start <= inner.start <= inner.end <= outer.end
    )


# "sampai hari ini" / "hingga hari itu": a count up to the day it is said (group `itu`: the day named before it);
# "hingga berita ini diturunkan" (group `berita`): up to the publication itself, the article's date (session 20).
UNTIL_TODAY = re.compile(
    r"\b(?:hingga|sampai(?:\s+dengan)?)\s+(?:hari\s+(?:ini|(?P<itu>itu))"
    r"|(?P<berita>(?:berita|artikel|tulisan)\s+ini\s+(?:diturunkan|ditulis|dimuat|diterbitkan|dipublikasikan)))\b",
    re.I,
)


# "hingga saat ini", "sampai kini", "per hari ini": until now, which ends on the day the sentence states (none when it
# states no day: devset README, Periods, "until now").
UNTIL_NOW = re.compile(
    r"\b(?:(?:hingga|sampai(?:\s+dengan)?)\s+(?:saat\s+ini|kini|sekarang)|per\s+hari\s+ini)\b", re.I
)


def until_today(c: ArticleContext, sent_idx: int, own: Period | None) -> Period | None:
    """ "Sampai hari ini tim telah menahan 12 tersangka", "sejak awal 2024 hingga hari ini ..., kata X, Jumat
    (26/4/2024)": the count ends on the day it is said: the day written after "hari ini" in the sentence (an
    apposition or the statement's day), else the article's date; "hingga hari itu" ends on the day the sentence
    names before it; "hingga berita ini diturunkan" on the article's date. The start is the sentence's open start
    ("sejak awal 2024"), else none."""
    sent = c.sentences[sent_idx]
    cue = UNTIL_TODAY.search(sent.text)
    now = UNTIL_NOW.search(sent.text) if cue is None else None
    if cue is None and now is None and own is None:
        return stock_now(c, sent_idx)
    if (cue is None and now is None) or (own is not None and own.end is not None):
        return None
    days = [
        p
        for p in find_periods(sent.text, c.published, c.years)
        if p.precision == "day" and p.start is not None and p.start == p.end
    ]
    if now is not None:
        # "Hingga saat ini, Komdigi telah memblokir ..., kata Meutya, Senin (12/5/2025)": the day it is said
        said = next((p.start for p in days if p.start_char >= now.end()), None)
        if said is None:
            return None
        start = own.start if own is not None and own.start is not None and own.start <= said else None
        at = sent.start + now.start()
        return Period("until", at, at + len(now.group(0)), start, said, "day")
    if cue.group("berita"):
        said = c.published
    elif cue.group("itu"):
        said = next((p.start for p in reversed(days) if p.end_char <= cue.start()), None)
    else:
        said = next((p.start for p in days if p.start_char >= cue.end()), None) or c.published
    if said is None:
        return None
    start = own.start if own is not None and own.start is not None and own.start <= said else None
    at = sent.start + cue.start()
    return Period("until", at, at + len(cue.group(0)), start, said, "day")


# "Saat ini sebanyak 55 WNI ... masih dalam pemeriksaan", "saat ini masih ada 63 WNI ditahan": now, with no "hingga"
# before it; NOW_HELD: the people counted are held or present now (a stock).
NOW = re.compile(r"(?<!hingga )(?<!sampai )(?<!dengan )\bsaat\s+ini\b", re.I)
NOW_HELD = re.compile(r"\b(?:masih|berada|terdapat|ditahan|tertahan|menunggu)\b", re.I)


def stock_now(c: ArticleContext, sent_idx: int) -> Period | None:
    """ "'Saat ini sebanyak 55 WNI telah dibebaskan ... dan masih dalam pemeriksaan,' kata Ramadhan, Sabtu
    (30/7/2022)": a count as it stands now is dated by the day its own sentence states after "saat ini" (devset
    README, Periods, session 19: "until now" ends on that day, none without one); people held or present now (a
    stock, NOW_HELD) start that day too, a running total has no start."""
    sent = c.sentences[sent_idx]
    now = NOW.search(sent.text)
    if now is None:
        return None
    said = next(
        (
            p.start
            for p in find_periods(sent.text, c.published, c.years)
            if p.precision == "day" and p.start is not None and p.start == p.end and p.start_char >= now.end()
        ),
        None,
    )
    if said is None:
        return None
    at = sent.start + now.start()
    start = said if NOW_HELD.search(sent.text, now.end()) else None
    return Period("until", at, at + len(now.group(0)), start, said, "day")


# A period that opens a count: "sejak awal tahun ini", "mulai Januari".
OPENS = re.compile(r"\b(?:sejak|semenjak|mulai)(?:\s+(?:awal|akhir|pertengahan))?\s*$", re.I)


def opened_before(c: ArticleContext, sent_idx: int, found: Period | None) -> Period | None:
    """ "Penundaan itu terus bertambah sejak awal tahun ini. Hingga Minggu (3/8), sebanyak 1.249 WNI ...": a count
    up to a day with no start of its own starts where the sentence before (same paragraph, no figure in it) opens
    the count."""
    if found is None or found.start is not None or found.end is None or sent_idx == 0:
        return None
    prev = c.sentences[sent_idx - 1]
    if prev.para_idx != c.sentences[sent_idx].para_idx:
        return None
    periods = find_periods(prev.text, c.published, c.years)
    if not periods or any(ch.isdigit() for ch in _outside(prev.text, periods)):
        return None
    opening = next(
        (
            p
            for p in reversed(periods)
            if prev.text[p.start_char : p.start_char + 6].lower() in {"sejak ", "mulai "}
            or OPENS.search(prev.text[max(0, p.start_char - 25) : p.start_char])
        ),
        None,
    )
    if opening is None or opening.start is None or opening.start > found.end:
        return None
    return Period(found.kind, found.start_char, found.end_char, opening.start, found.end, found.precision)


def _outside(text: str, periods: list[Period]) -> str:
    """`text` without the spans of `periods` (their dates are no figures)."""
    kept, at = [], 0
    for p in periods:
        kept.append(text[at : p.start_char])
        at = max(at, p.end_char)
    return "".join(kept) + text[at:]


# "Sejak itu", "Sejak saat itu": from the time the sentence before gives.
SINCE_THEN = re.compile(r"\b(?:sejak|semenjak)\s+(?:saat\s+|hari\s+|waktu\s+)?itu\b", re.I)


def since_then(c: ArticleContext, sent_idx: int, own: Period | None) -> Period | None:
    """ "Satgas mulai bekerja pada Sabtu (10/6/2023). Sejak itu hingga Rabu (19/7/2023), Satgas ... 2.149
    korban", "dari 15 kasus pada 2020 ... Sejak saat itu angkanya terus naik. Hingga November 2024, total kasus
    ... 5.111": a count whose sentence gives only its end (an end-only period or one day), in a sentence that
    opens with "sejak itu" or right after one, starts at the start of the period stated before that sentence."""
    if own is None or own.end is None or (own.start is not None and own.start != own.end):
        return None
    for k in (sent_idx, sent_idx - 1):
        if k < 0:
            return None
        cue = SINCE_THEN.search(c.sentences[k].text)
        if cue is None:
            continue
        if k == sent_idx and own.start_char < c.sentences[k].start + cue.end():
            return None
        ref = _earlier_period(c, k, same_paragraph=False)
        if ref is None or ref.start is None or ref.start >= own.end:
            return None
        return Period("mixed_range", ref.start_char, own.end_char, ref.start, own.end, own.precision)
    return None


# "130 WNI ... dalam dua gelombang, yakni 46 orang pada 21 Februari dan 84 orang pada 28 Februari 2025": the parts
# of the figure listed after it.
LISTS_PARTS = re.compile(r"\b(?:yakni|yaitu|masing-masing|terdiri\s+(?:atas|dari))\b", re.I)


def listed_days(c: ArticleContext, sent_idx: int, noun_end: int, own: Period | None) -> Period | None:
    """A total whose parts the sentence lists after it ("yakni", "yaitu", "terdiri atas"), each on its own day,
    spans from the first of those days to the last."""
    if own is None or own.precision != "day" or own.start != own.end or own.start_char < noun_end:
        return None
    cue = LISTS_PARTS.search(c.body, noun_end, own.start_char)
    if cue is None:
        return None
    days = [
        p
        for p in sentence_periods(c, sent_idx)
        if p.precision == "day" and p.start is not None and p.start == p.end and p.start_char >= cue.end()
    ]
    if len(days) < 2 or days[-1].end is None or days[0].start is None or days[-1].end <= days[0].start:
        return None
    return Period("day_range", days[0].start_char, days[-1].end_char, days[0].start, days[-1].end, "day")


_SPACES = re.compile(r"\s*")


def day_after_figure(c: ArticleContext, sent_idx: int, noun_end: int) -> Period | None:
    """ "Gelombang pertama berisi 36 WNI mendarat pada Jumat (30/1/2026), disusul 31 WNI keesokan harinya": a
    figure followed by "keesokan harinya" / "sehari kemudian" counts on the day after the last single day stated
    before it in the sentence ("sehari sebelumnya": the day before)."""
    sent = c.sentences[sent_idx]
    cue = DAY_AFTER_OR_BEFORE.match(c.body, _SPACES.match(c.body, noun_end).end())  # type: ignore[union-attr]
    if cue is None or cue.end() > sent.end:
        return None
    days = [
        p
        for p in sentence_periods(c, sent_idx)
        if p.precision == "day" and p.start is not None and p.start == p.end and p.end_char <= noun_end
    ]
    if not days:
        return None
    day = days[-1].start + timedelta(days=_day_shift(cue))  # type: ignore[operator]
    return Period("day", cue.start(), cue.end(), day, day, "day")


# "Bulan itu, Komdigi memblokir 164.671 konten": the month (year) named last before, said again by its unit.
THAT_UNIT = re.compile(r"\b(?P<unit>bulan|tahun)\s+(?:itu|tersebut)\b", re.I)


def that_unit(c: ArticleContext, sent_idx: int, num_start: int, windows: bool = False) -> Period | None:
    """ "Tren kembali naik sejak Mei. Bulan itu, Komdigi memblokir 164.671 konten, disusul 165.349 konten pada Juni":
    a figure whose clause opens on "bulan itu" / "tahun itu", with no date of its own before it, is of the month
    (year) of the latest period before it in the paragraph, not of a date later in its sentence."""
    sent = c.sentences[sent_idx]
    before = sent.text[: num_start - sent.start]
    m = THAT_UNIT.search(re.split(r"[;:]", before)[-1])
    if (
        m is None
        or sent_idx == 0
        or any(p.start_char < num_start for p in sentence_periods(c, sent_idx, windows))
    ):
        return None
    prev = c.sentences[sent_idx - 1]
    if prev.para_idx != sent.para_idx:
        return None
    found = [p for p in sentence_periods(c, sent_idx - 1, windows) if p.start is not None]
    if not found:
        return None
    last = found[-1]
    start = last.start
    assert start is not None
    if m.group("unit").lower() == "tahun":
        return Period(
            "year", last.start_char, last.end_char, date(start.year, 1, 1), date(start.year, 12, 31), "year"
        )
    if last.precision not in {"month", "day"}:
        return None
    nxt = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return Period(
        "month", last.start_char, last.end_char, start.replace(day=1), nxt - timedelta(days=1), "month"
    )


# "Sebanyak 7 terdakwa perkara itu": the people of the case named just before, by its noun and a demonstrative.
OF_THAT_CASE_AFTER = re.compile(r"^\s+(?:dalam\s+|dari\s+)?(?:kasus|perkara)\s+(?:itu|tersebut|ini)\b", re.I)


def case_named_before(
    c: ArticleContext, sent_idx: int, noun_end: int, windows: bool = False
) -> Period | None:
    """ "Kasus keempat ...; para pelakunya ditangkap ... pada April 2024. || Sebanyak 7 terdakwa perkara itu ...": a
    figure of people or cases followed by "perkara itu" / "kasus tersebut", undated in its own sentence, is of the
    case the sentence right before it tells and dates: that sentence's (last) period."""
    if sent_idx == 0 or not OF_THAT_CASE_AFTER.match(c.body[noun_end : noun_end + 30]):
        return None
    prev = c.sentences[sent_idx - 1]
    found = [p for p in sentence_periods(c, sent_idx - 1, windows) if not compared_only(c, p)]
    return closest_period(found, prev.end, prev.end) if found else None


def _resolve_period(
    c: ArticleContext,
    sent_idx: int,
    num_start: int,
    noun_end: int,
    anaphoric: bool,
    breakdown: bool = False,
    windows: bool = False,
) -> Period | None:
    """The sentence's own period; else, for a figure that refers back ("dari jumlah itu", "periode yang sama") or
    is part of a breakdown (BREAKS_DOWN), the period of the figure before it; else a period stated earlier in the
    same paragraph, or the day a later sentence gives the movement the figure counts (`movement_day`); else the
    period that scopes the whole story in its lead ("sepanjang 2024"). A day counted from the day before
    ("keesokan harinya", `relative_day`) is the sentence's own. `windows`: the sentences' unresolved windows count
    too (an undated article's `window_length`, fact_base)."""
    own = (
        that_unit(c, sent_idx, num_start, windows)
        or closest_period(
            [p for p in sentence_periods(c, sent_idx, windows) if not compared_only(c, p)],
            num_start,
            noun_end,
            c.body,
        )
        or relative_day(c, sent_idx)
    )
    if own is not None and own.kind in YEAR_SHIFTS:
        # "dibanding 306 kasus pada periode yang sama tahun lalu": the period of the figure compared, a year back;
        # "... tahun berikutnya juga 12 orang", "Setahun kemudian ada 122 laporan": a year on from the period written
        # last before it (none when nothing before it gives the year)
        shift = YEAR_SHIFTS[own.kind]
        before = _earlier_period(c, sent_idx, same_paragraph=True, windows=windows)
        ref = (before or c.discourse.period) if shift > 0 else (c.discourse.period or before)
        back = year_back(ref, own.start_char, own.end_char, shift) if ref is not None else None
        return back or (own if shift < 0 else None)
    if own is not None:
        return own
    named = case_named_before(c, sent_idx, noun_end, windows)
    if named is not None:
        return named
    if undated_now(c, sent_idx, num_start, noun_end):
        # "Belum lama ini, Polda Bali menangkap 10 pelaku judi online" after a tally "sepanjang 2024": the figure
        # has a time of its own, recent and undated (a day- or week-granular word with no written date: null), not
        # the period of the figures or the lead before it
        return None
    if c.discourse.latest_at == sent_idx and c.discourse.latest is not None:
        # "kami menetapkan satu tersangka dengan lima korban": the figures of one sentence share the time the one
        # before it in the sentence was given (a repeated figure, a part of a dated total)
        return c.discourse.latest
    if of_those_cases(c, sent_idx, num_start):
        # "Sebanyak 1.611 perkara di antaranya ... Kasus judi daring itu melibatkan 1.918 tersangka ... Dari perkara
        # judi online tersebut, 343 kasus sudah tuntas": a sentence opening on the cases counted just before counts
        # within them, in their period (none when they have none)
        return _counted_within(c)
    if breakdown and c.discourse.period is not None:
        # "tahap pertama pemulangan mencakup 35 WNI. Mereka tiba ... 22-23 Oktober 2024": a part moved on the days
        # the next sentences give its movement, not when its total was counted
        return movement_day(c, sent_idx) or c.discourse.period
    if anaphoric:
        if within_figure_not_kept(c, sent_idx):
            # "PPATK mengungkap 5.885 rekening yang diduga terafiliasi ... Dari jumlah tersebut, 701 rekening telah
            # kami blokir": a part of a figure that is no fact (flagged, found) has that figure's period, not the
            # period of the latest fact before it
            prev = c.sentences[sent_idx - 1]
            found = sentence_periods(c, sent_idx - 1)
            return closest_period(found, prev.end, prev.end) if found else None
        if c.discourse.kind is not None and PART_OF_BEFORE.search(c.sentences[sent_idx].text):
            # "17 orang di antaranya" counts within the figure before: its period, none when that states none
            # (not a date of some earlier line, such as the article's own time stamp, nor of a figure before it);
            # "4.926 kasus sepanjang 2024. Angka itu naik dibandingkan tahun 2023 yang tercatat 2.519 perkara.
            # 'Sebanyak 1.611 perkara di antaranya ...'": a part of the current count, not of the one compared with it
            # (a figure of a period that ended before the current one began, cases.looks_back)
            return _group_told_before(c, sent_idx) or _counted_within(c)
        told = _period_told_before(c, sent_idx)
        if told is not None:
            return told
        if c.discourse.period is not None:
            return c.discourse.period
        earlier = _earlier_period(c, sent_idx, same_paragraph=False, windows=windows)
        if earlier is not None:
            return earlier
    in_paragraph = _earlier_period(c, sent_idx, same_paragraph=True, windows=windows) or movement_day(
        c, sent_idx
    )
    if in_paragraph is not None:
        return in_paragraph
    after = stated_next(c, sent_idx, c.body[num_start:noun_end].split(" ")[0])
    if after is not None:
        return after
    scope = c.lead_scope()
    if scope is not None or RECORD_CUE.search(c.sentences[sent_idx].text):
        return scope
    raid = c.raid_day()
    if raid is not None:
        return raid
    # "KJRI Kuching mendampingi pemulangan ratusan WNI ..., Kamis (26/9/2024)": a later figure of that movement
    # ("pada hari itu KJRI merepatriasi empat WNI", "kali ini berjumlah 402 orang") happened on its day
    if SAME_MOVEMENT.search(c.sentences[sent_idx].text):
        return c.movement_day()
    return None


# A recent, undated time of the sentence's own event: "belum lama ini", "baru-baru ini", "beberapa waktu lalu",
# "beberapa hari (yang) lalu", "tempo hari" (the devset README's "Periods": no written date, null).
RECENTLY = re.compile(
    r"\b(?:belum\s+lama\s+ini|baru-baru\s+ini|tempo\s+hari|beberapa\s+(?:waktu|hari|pekan|minggu)\s+(?:yang\s+)?"
    r"(?:lalu|silam))\b",
    re.I,
)
SAME_COUNT = re.compile(r"\W*(?:angka|jumlah)\b", re.I)
# People still in a state now, right after the figure: "32 WNI lainnya masih menunggu jadwal deportasi", "63 WNI
# masih ditahan": counted as they stand today, with no day written in the sentence (null), not at the raid or
# tally told before.
STILL_NOW = re.compile(
    r"(?:\s+[^\W\d]+){0,2}?\s+(?:kini\s+|saat\s+ini\s+)?masih\s+(?:menunggu|ditahan|tertahan|berada|terjebak"
    r"|menjalani|dirawat|dalam\s+proses|bertahan|tinggal)\b",
    re.I,
)
# "masih ada 63 WNI yang tertahan", "masih terdapat sekitar 40 orang": the same, told before the figure.
STILL_THERE_BEFORE = re.compile(
    r"\bmasih\s+(?:ada|terdapat|tersisa)\s+(?:sekitar\s+|sebanyak\s+|lebih\s+dari\s+|setidaknya\s+)?$", re.I
)


def undated_now(c: ArticleContext, sent_idx: int, num_start: int, noun_end: int) -> bool:
    """Whether the figure has a time of its own that no date places: recent ("belum lama ini", RECENTLY) or now
    ("32 WNI masih menunggu", "masih ada 63 WNI yang tertahan", STILL_NOW / STILL_THERE_BEFORE): null, neither the
    period of the figures before it nor the day of the story's raid or movement (cases.case_fact's fallbacks)."""
    sent = c.sentences[sent_idx]
    return bool(
        RECENTLY.search(sent.text)
        or STILL_THERE_BEFORE.search(c.body, max(sent.start, num_start - 40), num_start)
    )


def still_after_the_day(c: ArticleContext, noun_end: int, period: Period | None) -> Period | None:
    """ "Otoritas Filipina menggerebek ..., Sabtu (31/8/2024) ... Sebanyak 32 WNI lainnya masih menunggu
    penyelesaian proses hukum": people still in a state now (STILL_NOW) are not counted on the one day of the raid
    or movement told before (null); within a stretch ("sepanjang 2024 ... 1.243 perkara masih dalam tahap
    penyidikan", "sejak pertengahan Februari ... 105 lainnya masih menjalani pemeriksaan") they keep it."""
    if (
        period is not None
        and period.start is not None
        and period.start == period.end
        and STILL_NOW.match(c.body, noun_end)
    ):
        return None
    return period


# How many sentences after the latest figure a sentence opening on "kasus itu" / "dari perkara tersebut" may refer
# to its cases (the next sentence, or the one after a sentence that counts nothing).
THOSE_CASES_REACH = 2


def of_those_cases(c: ArticleContext, sent_idx: int, num_start: int) -> bool:
    """Whether the figure's sentence opens on the cases of the latest case count ("Kasus judi daring itu melibatkan
    1.918 tersangka", "Dari perkara judi online tersebut, 343 kasus", FROM_THOSE_CASES before the figure), that count
    one or two sentences before it."""
    at = c.discourse.latest_at
    if c.discourse.kind != "cases" or at is None or not 0 < sent_idx - at <= THOSE_CASES_REACH:
        return False
    sent = c.sentences[sent_idx]
    # not "Angka tersebut nyaris menyamai jumlah korban dalam tiga tahun ..., yakni 1.369 orang": the count before
    # compared with another one, of another time
    return FROM_THOSE_CASES.search(
        sent.text[: max(0, num_start - sent.start)]
    ) is not None and not SAME_COUNT.match(sent.text)


def _counted_within(c: ArticleContext) -> Period | None:
    """The period of the figure a part or a figure of its cases counts within: the latest figure's, unless that was
    compared with the current count (its sentence compares, COMPARED, and its period ended before the current one
    began, cases.looks_back): "4.926
    kasus sepanjang 2024. Angka itu naik dibandingkan tahun 2023 yang tercatat 2.519 perkara. 'Sebanyak 1.611 perkara
    di antaranya ...'" splits the 2024 count."""
    latest, current = c.discourse.latest, c.discourse.period
    at = c.discourse.latest_at
    if (
        at is not None
        and COMPARED.search(c.sentences[at].text)
        and latest is not None
        and current is not None
        and latest.end is not None
        and current.start is not None
        and latest.end < current.start
    ):
        return current
    return latest


AMONG_THEM = re.compile(r"\bdi\s*antaranya\b", re.I)


def _group_told_before(c: ArticleContext, sent_idx: int) -> Period | None:
    """ "Pada Sabtu (3/5/2025), tim gabungan memeriksa sejumlah warga di bandara. Hasil pemeriksaan menunjukkan dua
    orang di antaranya adalah CPMI ilegal": "di antaranya" counts within the group the sentence right before it in
    its paragraph names without a figure (that sentence comes after the latest figure): the one day that sentence
    states, not the period of the figure before it."""
    sent = c.sentences[sent_idx]
    if sent_idx == 0 or not AMONG_THEM.search(sent.text):
        return None
    prev = c.sentences[sent_idx - 1]
    if prev.para_idx != sent.para_idx or (
        c.discourse.latest_at is not None and sent_idx - 1 <= c.discourse.latest_at
    ):
        return None
    days = [p for p in sentence_periods(c, sent_idx - 1) if p.precision == "day" and p.start == p.end]
    return days[0] if len(days) == 1 else None


def within_figure_not_kept(c: ArticleContext, sent_idx: int) -> bool:
    """The sentence opens on "Dari jumlah tersebut" (WITHIN_BEFORE) right after a sentence of its paragraph that
    holds a figure (no date, money or time) and came after the latest fact: it counts within that figure."""
    sent = c.sentences[sent_idx]
    if sent_idx == 0 or not WITHIN_BEFORE.match(sent.text):
        return False
    prev = c.sentences[sent_idx - 1]
    if prev.para_idx != sent.para_idx or (
        c.discourse.latest_at is not None and sent_idx - 1 <= c.discourse.latest_at
    ):
        return False
    if REFERS_TO_FIGURE.match(prev.text.lstrip(' "\u201c')):
        return False  # "Laporan itu menyangkut 71.893 rekening": that figure goes on about the one before it
    rest = prev.text
    for p in find_periods(prev.text, c.published, c.years):
        rest = rest[: p.start_char] + " " * (p.end_char - p.start_char) + rest[p.end_char :]
    rest = MONEY_AMOUNT.sub(" ", CLOCK_TIME.sub(" ", WITH_DIGITS.sub(" ", rest)))
    return any(map(str.isdigit, rest))


# "Rp224 miliar", "Rp 1,2 triliun": an amount of money, no count.
MONEY_AMOUNT = re.compile(r"\bRp\.?\s*[\d.,]+", re.I)


def _period_told_before(c: ArticleContext, sent_idx: int) -> Period | None:
    """ "... 604.987 konten sejak 2018. || Judi bukan satu-satunya muatan yang ditangani tahun lalu. Dalam periode
    yang sama, Kemenkominfo juga memblokir 51.588 konten pornografi": "periode yang sama" refers to the period the
    sentence right before it in its paragraph states, when that sentence comes after the latest figure (it counts
    nothing of its own), not to the period of that earlier figure."""
    sent = c.sentences[sent_idx]
    cue = ANAPHORA.search(sent.text)
    if cue is None or not PERIOD_ANAPHOR.search(cue.group(0)) or sent_idx == 0:
        return None
    prev = c.sentences[sent_idx - 1]
    if prev.para_idx != sent.para_idx or (
        c.discourse.latest_at is not None and sent_idx - 1 <= c.discourse.latest_at
    ):
        return None
    found = sentence_periods(c, sent_idx - 1)
    return closest_period(found, prev.end, prev.end) if found else None


@functools.lru_cache(maxsize=4096)
def _breakdown_cues(text: str) -> tuple[re.Match[str], ...]:
    """BREAKS_DOWN's matches in a sentence (each figure of the sentence asks)."""
    return tuple(BREAKS_DOWN.finditer(text))


def breaks_down(text: str, num_at: int) -> bool:
    """Whether the figure at `num_at` of sentence `text` is a part of the figure before this sentence: a breakdown
    cue before it with no figure before the cue ("terdiri dari 3.236 rekening" after "1.322 pihak" in the same
    sentence breaks down that one instead), or "dari total" anywhere."""
    for m in _breakdown_cues(text):
        if m.group(0).lower().startswith("dari") or (
            m.start() < num_at and not DIGIT.search(text[: m.start()])
        ):
            return True
    return False


# ----------------------------------------------------------------------------------------------- agency


def _by_pronoun(c: ArticleContext, s_start: int, s_end: int) -> bool:
    """PRONOUN_SPEAKER in the body between the offsets, remembered per span (each figure of a sentence asks)."""
    key = (s_start, s_end)
    known = c.pronoun.get(key)
    if known is None:
        known = c.pronoun[key] = PRONOUN_SPEAKER.search(c.body, s_start, s_end) is not None
    return known


def speakers(c: ArticleContext, s_start: int, s_end: int) -> list[str]:
    """The agencies of the people a sentence names; a sentence that names no one but attributes its statement by a
    pronoun ("..., ujarnya", "Menurut dia, ...") speaks for the person named last before it (FORMAT.md: the
    quoted official's agency)."""
    named = c.in_span(c.persons, s_start, s_end)
    if named or not _by_pronoun(c, s_start, s_end):
        return [p.entity_id for p in named if p.entity_id]
    earlier = c.in_span(c.persons, 0, s_start)
    return [earlier[-1].entity_id] if earlier and earlier[-1].entity_id else []


def agency(c: ArticleContext, s_start: int, s_end: int, num_start: int) -> str | None:
    """The agency that reports or acts: in the sentence (the nearest before the figure, not an addressee such as
    "kepada OJK"), else a person's agency, else that of a person's title standing alone ("Kapolri"), else the
    agency the story has mentioned most so far."""
    in_sent = [a for a in c.in_span(c.agencies, s_start, s_end) if acting(c, a)]
    spoken = [a for a in in_sent if not _voiced_by_speaker(c, a)]
    people = speakers(c, s_start, s_end)
    if len(spoken) < len(in_sent) and (spoken or people):
        in_sent = spoken  # the official's own body (or the official's agency, below) states the figure
    if in_sent:
        before = [a for a in in_sent if a.start <= num_start]
        # the official quoted in the sentence, else in its paragraph ("Sebanyak 16.873 laporan disampaikan ke sistem
        # IASC" after the OJK official's sentence)
        quoting = people or [p for p in [_paragraph_speaker(c, s_start)] if p is not None]
        if not before:
            return _speaking_parent(in_sent[0].entity_id, quoting)
        lead = _list_lead(c, before)
        return _speaking_parent(lead if lead is not None else _unit_before_parent(before), quoting)
    if people:
        return people[0]
    sentence = c.body[s_start:s_end]
    for title, title_agency in c.titles:
        if re.search(r"\b" + re.escape(title) + r"\b", sentence):
            return title_agency  # "Kapolri mengatakan ... 10 orang tersangka": the titled speaker's agency
    # "pemerintah Indonesia telah menangani 4.730 kasus", "Namun, lima WNI lainnya masih dalam proses evakuasi": a
    # sentence that names no body goes on with the official its paragraph quotes
    # (the sentence after counts for a generic government, or when it attributes a statement: "..., kata Yvonne";
    # not a head of state merely named next)
    quoted = _paragraph_speaker(c, s_start, statement_ahead=NATIONAL_GOVERNMENT.search(sentence) is None)
    if quoted is not None:
        return quoted
    return (
        _body_speaking_next(c, s_start)
        or _referred_back(c, s_start, sentence)
        or _most_mentioned_before(c, s_start)
        or named_next(c, s_end)
    )


def _speaking_parent(found: str, people: list[str]) -> str:
    """ "Friderica ... menambahkan bahwa selama periode yang sama IASC menerima 53.748 laporan": a unit of the body
    whose official the sentence (or its paragraph) quotes reports through that official (FORMAT.md: the quoted
    official's agency); IASC is OJK's centre in the reference. A mission abroad named as the actor keeps its own
    code ("Pada 2021, KBRI Phnom Penh menangani 119 WNI" after the ministry's director speaks: FORMAT.md, an
    embassy's statement is KBRI)."""
    parent = _unit_of(found)
    if parent is None or parent not in people or found in _missions():
        return found
    return parent


@functools.cache
def _missions() -> frozenset[str]:
    """Diplomatic missions of the reference (KBRI, KJRI, ...)."""
    agencies = load_reference().agencies
    return frozenset(agencies.filter(pl.col("agency_type") == "DiplomaticMission")["agency_id"].to_list())


def _sentence_index(c: ArticleContext, s_start: int) -> int | None:
    """The index of the sentence that starts at `s_start` (the agency rules are given sentences by their span)."""
    return next((i for i, s in enumerate(c.sentences) if s.start == s_start), None)


def _body_speaking_next(c: ArticleContext, s_start: int) -> str | None:
    """ "Di tempat lain, 53 WNI korban TPPO di Filipina sudah dipulangkan. KBRI Manila menyebut repatriasi berjalan
    lancar": a sentence that names no body, followed in its paragraph by one in which a body (no person) makes a
    statement, reports what that body states."""
    idx = _sentence_index(c, s_start)
    if (
        idx is None
        or idx + 1 >= len(c.sentences)
        or c.sentences[idx + 1].para_idx != c.sentences[idx].para_idx
    ):
        return None
    nxt = c.sentences[idx + 1]
    cue = BODY_STATES.search(nxt.text)
    if cue is None or c.in_span(c.persons, nxt.start, nxt.end):
        return None
    bodies = [a for a in c.in_span(c.agencies, nxt.start, nxt.start + cue.start()) if acting(c, a)]
    return bodies[0].entity_id if bodies else None


def _voiced_by_speaker(c: ArticleContext, a: Mention) -> bool:
    """In a sentence that names an official of an agency, agency mention `a` only gives what the official says: a
    source cited ("berdasarkan informasi KBRI Phnom Penh"). The official's agency states the figure then (the
    missions abroad in general, "perwakilan RI menangani 934 WNI", are no mention: extract.drop_non_mentions)."""
    before = c.body[max(0, a.start - 60) : a.start]
    return bool(CITED_SOURCE_BEFORE.search(before))


def _paragraph_speaker(c: ArticleContext, s_start: int, statement_ahead: bool = False) -> str | None:
    """The agency of the person named nearest before the sentence at `s_start` in its paragraph, else in the next
    sentence of the paragraph ("..., kata Judha"; with `statement_ahead` only when that sentence attributes a
    statement): the official whose statement the sentence reports."""
    idx = _sentence_index(c, s_start)
    if idx is None:
        return None
    para = c.sentences[idx].para_idx
    order = [*range(idx - 1, -1, -1), idx + 1]
    for i in order:
        if not 0 <= i < len(c.sentences) or c.sentences[i].para_idx != para:
            continue
        sent = c.sentences[i]
        if i > idx and statement_ahead and not STATEMENT_CUES.search(sent.text):
            continue
        people = speakers(c, sent.start, sent.end)
        if people:
            return people[-1] if i < idx else people[0]
    return None


# How many sentences after a figure the body that states it may first be named, when none is named before.
NAMED_NEXT_REACH = 2


def named_next(c: ArticleContext, s_end: int, domestic_only: frozenset[str] | None = None) -> str | None:
    """ "Sebanyak 84 WNI ... tiba di Tanah Air. Juru Bicara Kementerian Luar Negeri (Kemlu) RI ... membenarkan":
    a lead figure no body is named for before takes the first body that acts in the next sentences in which a body
    speaks for or handles something, when the sentence right after still talks about the people counted
    (`ABOUT_THEM`) (a person's agency is not read here: a foreign head of state is often named
    right after). `domestic_only`: agencies to pass over (foreign ones)."""
    after = [s for s in c.sentences if s.start >= s_end][:NAMED_NEXT_REACH]
    if not after or not ABOUT_THEM.search(after[0].text):
        return None  # the story has moved on to another figure ("Pemerintah ... telah menangani 2.300 kasus")
    for sent in after:
        if not (STATEMENT_CUES.search(sent.text) or SPEAKS_OR_HANDLES.search(sent.text)):
            continue  # "Gedung itu ... sudah dilarang Presiden Ferdinand Marcos Jr.": named, not speaking
        for mention in (a for a in c.in_span(c.agencies, sent.start, sent.end) if acting(c, a)):
            if domestic_only is None or mention.entity_id not in domestic_only:
                return mention.entity_id
    return None


def _referred_back(c: ArticleContext, s_start: int, sentence: str) -> str | None:
    """ "... menjadi perhatian Direktorat Jenderal Pengawasan Ruang Digital. Direktorat itu sudah memblokir": the
    last agency named before the sentence whose name starts with the head noun the sentence refers back with."""
    ref = AGENCY_REFERENCE.search(sentence)
    if ref is None:
        return None
    head = ref.group("head").lower()
    named = [
        a for a in c.agencies if a.start < s_start and c.body[a.start : a.start + len(head)].lower() == head
    ]
    return named[-1].entity_id if named else None


def _list_lead(c: ArticleContext, before: list[Mention]) -> str | None:
    """ "Dalam operasi gabungan Polda Kepulauan Riau, Divhubinter Polri, dan Kementerian Keamanan Publik China, 88
    WN China diamankan": bodies listed together act together, led by the first named."""
    k = len(before) - 1
    while (
        k > 0
        and (
            AGENCY_LIST_ITEM.fullmatch(c.body[before[k - 1].start : before[k].start])
            # "Bakamla RI bersama Korea Coast Guard (KCG) dan KBRI Seoul menyelamatkan": the one that acts together with
            # the others named after "bersama" leads them
            or JOINT_LIST_ITEM.fullmatch(c.body[before[k - 1].start : before[k].start])
        )
    ):
        k -= 1
    if k == len(before) - 1 or before[k].entity_id == before[-1].entity_id:
        return None
    return before[k].entity_id


def _unit_before_parent(before: list[Mention]) -> str:
    """The last agency named before a figure, or the unit named right before it when that is its parent
    ("Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM (Kemenkumham) menunda ..." -> IMIGRASI)."""
    last = before[-1].entity_id
    run = len(before) - 1
    while run > 0 and before[run - 1].entity_id == last:
        run -= 1  # "Kementerian Hukum dan HAM (Kemenkumham)": one name, two mentions
    if (
        run > 0
        and _unit_of(before[run - 1].entity_id) == last
        and before[run].start - before[run - 1].start <= 40
    ):
        return before[run - 1].entity_id
    return last


def _unit_of(agency_id: str) -> str | None:
    """The parent agency of `agency_id` in the reference ("IMIGRASI" -> "KEMKUMHAM"), if any."""
    return _parents().get(agency_id)


@functools.cache
def _parents() -> dict[str, str]:
    agencies = load_reference().agencies
    return {a: p for a, p in agencies.select("agency_id", "parent_agency_id").iter_rows() if p}


def acting(c: ArticleContext, a: Mention) -> bool:
    """Whether agency mention `a` may state or handle a figure: not an addressee ("kepada OJK"), not the channel
    of another body ("Kemlu melalui KBRI"), not the employer of the people counted ("pegawai Komdigi"), not a forum
    ("KTT ASEAN"). Read once per mention (many figures ask)."""
    known = c.acting.get(a)
    if known is None:
        known = c.acting[a] = _acting(c, a)
    return known


# The scans of the 80 characters before an agency mention (`_acting`), each asked only of a window that can match:
# one ending with the pattern's last word (text.EndGated), or, for the forum, holding its first word (text.Gated).
_REPORTED_TO = EndGated(REPORTED_TO_BEFORE, ("ke",))
_ADDRESSEE = EndGated(ADDRESSEE_BEFORE, ("kepada", "ke", "dengan", "bersama", "("))
_CHANNEL = EndGated(CHANNEL_BEFORE, ("melalui",))
_EMPLOYER_ENDINGS = (
    "pegawai", "karyawan", "staf", "oknum", "pejabat", "asn", "sipil", "ahli", "khusus", "honorer", "kontrak", "di",
    "dari",
)  # fmt: skip
_EMPLOYER = EndGated(EMPLOYER_BEFORE, _EMPLOYER_ENDINGS)
_PREMISES = EndGated(PREMISES_BEFORE, ("kantor", "markas", "besar", "mabes", "gedung", "detensi"))
_FORUM = Gated(
    FORUM_BEFORE,
    ("ktt", "konferensi", "forum", "summit", "sidang", "kerangka", "keketuaan", "rangkaian"),
    remember=False,
)


def _acting(c: ArticleContext, a: Mention) -> bool:
    before = c.body[max(0, a.start - 80) : a.start]
    if before.rstrip().endswith(
        "("
    ):  # "pegawai Kementerian Komunikasi dan Digital (Komdigi)": as its full name
        full = [m for m in c.agencies if m.entity_id == a.entity_id and a.start - 120 <= m.start < a.start]
        if full:
            return acting(c, full[0])
    listed_after = [m for m in c.agencies if a.start - 60 <= m.start < a.start]
    if listed_after and AGENCY_LIST_ITEM.fullmatch(c.body[listed_after[-1].start : a.start]):
        # "Kemlu bersama KBRI Yangon dan KBRI Bangkok menangani": an item of a list goes with the item before it
        return acting(c, listed_after[-1])
    if (
        listed_after
        and listed_after[-1].entity_id == a.entity_id
        and ONE_NAME_GAP.fullmatch(c.body[listed_after[-1].start : a.start])
    ):
        # "BP3MI Sumut bersama Satreskrim Polres Batu Bara mencegah": a unit and the office it belongs to are one
        # name; the second word acts as the first does (here both are the partner, not the one that acts)
        return acting(c, listed_after[-1])
    if _REPORTED_TO.search(before):
        return (
            True  # "2.493 WNI melaporkan diri ke KBRI Phnom Penh": the body reported to handles the reports
        )
    return not (
        _ADDRESSEE.search(before)
        or _channel_of_another(c, a, before)
        or _EMPLOYER.search(before)
        or _FORUM.search(before)
        or _PREMISES.search(before)
        or PREMISES_NAME.search(c.body[a.start : a.start + 20])
    )


def _channel_of_another(c: ArticleContext, a: Mention, before: str) -> bool:
    """ "Kementerian Luar Negeri melalui KBRI Vientiane memfasilitasi kepulangan tujuh WNI": the body another named
    body acts through, in the same clause, is its channel (not when the one acting is the government in general:
    "Pemerintah melalui Kementerian Luar Negeri ... telah menangani 2.300 kasus" names the ministry that acts)."""
    if not _CHANNEL.search(before):
        return False
    through = [
        m for m in c.agencies if a.start - len(before) <= m.start < a.start and m.entity_id != a.entity_id
    ]
    return bool(through) and not any(ch in c.body[through[-1].start : a.start] for ch in ",.;")


def _most_mentioned_before(c: ArticleContext, s_start: int) -> str | None:
    """The agency mentioned most before `s_start` (as one that acts, `acting`); ties go to the most recently
    mentioned."""
    earlier = [a.entity_id for a in c.agencies if a.start < s_start and acting(c, a)]
    if not earlier:
        return None
    counts = Counter(earlier)
    top = max(counts.values())
    return next(a for a in reversed(earlier) if counts[a] == top)


# ----------------------------------------------------------------------------------------------- country


def _end_of(c: ArticleContext, mention: Mention) -> int:
    return c.country_end.get(mention.start, mention.start)


def _country_in_sentence(
    c: ArticleContext, in_sent: list[Mention], num_start: int, num_end: int
) -> str | None:
    """The country right before the figure ("Myanmar 487 kasus"), else the first one after it unless several are
    listed ("di Thailand, Malaysia, Vietnam" -> none), else a foreign one earlier in the sentence."""
    adjacent = [
        x
        for x in in_sent
        if x.start < num_start and COUNTRY_ADJACENT.fullmatch(c.body[_end_of(c, x) : num_start])
    ]
    if adjacent:
        return adjacent[-1].entity_id
    after = [x for x in in_sent if x.start >= num_end]
    distinct = [x for i, x in enumerate(after) if i == 0 or x.entity_id != after[i - 1].entity_id]
    if len(distinct) > 1 and COUNTRY_LIST_GAP.fullmatch(c.body[_end_of(c, distinct[0]) : distinct[1].start]):
        return None  # "tersebar di Thailand, Malaysia, Vietnam": no single country
    if after:
        first = after[0]
        between = c.body[num_end : first.start]
        if first.entity_id != "ID" or not (STATEMENT_CUES.search(between) or QUOTE.search(between)):
            return first.entity_id
    before = [x for x in in_sent if x.start < num_start and x.entity_id != "ID"]
    return before[-1].entity_id if before else None


def country(
    c: ArticleContext, sent: Sentence, num_start: int, num_end: int, in_paragraph: bool = True
) -> str | None:
    """Where the figure happened: the country people were deported from (`DEPORTED_FROM`), else a country of its
    sentence (`_country_in_sentence`; not where the people are now or go to, `NOW_AT`), else (`in_paragraph`) a foreign one earlier in the paragraph."""
    for m in c.in_span(c.countries, sent.start, sent.end):
        if DEPORTED_FROM.search(c.body[max(0, m.start - 60) : m.start]):
            return m.entity_id  # "dideportasi dari Indonesia": where they were caught, Indonesia too
    for m in c.located(c.in_span(c.countries, sent.start, sent.end)):
        if m.entity_id != "ID" and ESCAPED_FROM.search(c.body[max(sent.start, m.start - 70) : m.start]):
            return (
                m.entity_id
            )  # "ditemukan di Chiang Rai, Thailand, setelah menyeberang dari Tachilek, Myanmar"
    placed = c.located(c.in_span(c.countries, sent.start, sent.end))
    # "30 WNI telah menyeberang ke Thailand dan kini didampingi KBRI Bangkok": a foreign country the people went
    # to is where they are now in every mention of the sentence (the mission's city too), not where it happened
    gone_to = {
        m.entity_id
        for m in placed
        if m.entity_id != "ID"
        and NOW_AT.search(c.body[max(0, m.start - 50) : m.start])
        and GONE_TO.search(c.body[max(0, m.start - 50) : m.start])
    }
    in_sent = [
        m
        for m in placed
        if m.entity_id not in gone_to
        and not NOW_AT.search(c.body[max(0, m.start - 50) : m.start])
        # "membawa lima korban untuk dipekerjakan di Malaysia": where they were to go, not where they were counted
        and not PURPOSE_BEFORE.search(c.body[max(sent.start, m.start - 70) : m.start])
    ]
    if home_place_before(c, sent, num_start):
        return "ID"
    if in_sent:
        return _country_in_sentence(c, in_sent, num_start, num_end)
    return paragraph_country(c, sent) if in_paragraph else None


def home_place_before(c: ArticleContext, sent: Sentence, num_start: int) -> bool:
    """ "Berikutnya Sumatera Utara dengan 179 korban, Kalimantan Barat 160 korban": a province or city of Indonesia
    standing right before the figure (as "Myanmar 487 kasus" does abroad) is where it happened (README: ID when the
    sentence states a province or city in Indonesia); not where people come from or go to ("terbanyak dari Nusa
    Tenggara Timur sebanyak 59 orang, disusul Sulawesi Selatan dengan 58 orang": a list of origins, the whole list),
    nor the country's own name (a place only "di Indonesia")."""
    unit = HOME_UNIT_BEFORE.search(c.body, sent.start, num_start)
    if unit is not None and not FROM_OR_TO_BEFORE.search(c.body[max(0, unit.start() - 20) : unit.start()]):
        return True
    home = [
        m
        for m in c.in_span(c.countries, sent.start, num_start)
        if m.entity_id == "ID" and not HOME_COUNTRY_WORD.match(c.body, m.start)
    ]
    if any(FROM_OR_TO_BEFORE.search(c.body[max(0, m.start - 20) : m.start]) for m in home):
        return False
    return any(
        COUNTRY_ADJACENT.fullmatch(c.body[_end_of(c, m) : num_start])
        # (a place that opens its clause: "Polres Flores Timur mencatat 60 warga" names the police of the place)
        or (
            PLACE_RANKED.fullmatch(c.body[_end_of(c, m) : num_start])
            and CLAUSE_OPENS_BEFORE.search(c.body[sent.start : m.start]) is not None
        )
        for m in home
    )


def paragraph_country(c: ArticleContext, sent: Sentence) -> str | None:
    """The last foreign country named earlier in the figure's paragraph."""
    for earlier in reversed(c.sentences[: sent.sent_idx]):
        if earlier.para_idx != sent.para_idx:
            break
        hits = [
            x for x in c.located(c.in_span(c.countries, earlier.start, earlier.end)) if x.entity_id != "ID"
        ]
        if hits:
            return hits[-1].entity_id
    return None


# ----------------------------------------------------------------------------------------------- the base row


# Periods counted back from the article's date; of them, "dalam lima tahun terakhir" has no period of its own (the
# FORMAT.md annotations leave it null).
WINDOW_KINDS = frozenset({"relative", "this_year", "last_year"})
WINDOW_ONLY = frozenset({"relative"})
# A fact's period columns, defined once: the stated period, then the window counted back from the article's date.
# The fact schemas (ledger), the extracted suite's frame (expectations/derive.FACT_COLUMNS) and fill_gaps read them.
OWN_PERIOD_COLUMNS = ("period_start", "period_end", "period_precision")
WINDOW_COLUMNS = ("window_start", "window_end", "window_length")
PERIOD_COLUMNS = OWN_PERIOD_COLUMNS + WINDOW_COLUMNS


def period_columns(period: Period | None, length: str | None = None) -> Fact:
    """A fact's period and window columns. A period counted back from the article's date ("dalam lima tahun
    terakhir", "tahun lalu") is its window, resolved against that date; the annotations leave the period of a
    window of the last N units null (its anchor is the publication, not a stated date) and resolve "tahun lalu".
    `window_length` is the stated length of a window of the last N units ("P5Y"), also when no date places it
    (`length`, from window_length_of); "tahun lalu" / "tahun ini" are calendar years, not lengths: none."""
    own = period is not None and period.kind not in WINDOW_ONLY
    window = period is not None and period.kind in WINDOW_KINDS
    return {
        "period_start": period.start if own else None,  # type: ignore[union-attr]
        "period_end": period.end if own else None,  # type: ignore[union-attr]
        "period_precision": period.precision if own else None,  # type: ignore[union-attr]
        "window_start": period.start if window else None,  # type: ignore[union-attr]
        "window_end": period.end if window else None,  # type: ignore[union-attr]
        "window_length": period.length if window else length,  # type: ignore[union-attr]
    }


def window_length_of(fig: Figure, breakdown: bool) -> str | None:
    """The length of the window a figure of an article with no date counts in: the period it would resolve to if
    the article's windows could be placed (resolve_period with them), when that is a window ("Dalam lima tahun
    terakhir, ... 886.719 konten" -> "P5Y"). The same pattern and parser as a dated window (dates._window_size);
    the other period columns stay what the placed periods give."""
    c, cand = fig.c, fig.cand
    would = resolve_period(
        c, fig.sent.sent_idx, cand.num_start, fig.surface_end, fig.anaphoric, breakdown, windows=True
    )
    return would.length if would is not None else None


# "72 situs tersebut", "5.000 rekening itu": a figure named again with a demonstrative after its noun.
THAT_AFTER = re.compile(r"\s+(?:itu|tersebut)\b", re.I)


def hedged_before(body: str, num_start: int, num_end: int) -> str | None:
    """The qualifier the same figure had where the story first gave it ("kami menemukan sekitar 72 situs ... mengajukan
    permohonan pemblokiran atas 72 situs tersebut": about), for a mention that refers back to it; None when no earlier
    mention of it is hedged."""
    token = body[num_start:num_end]
    for m in re.finditer(r"(?<![\d.,])" + re.escape(token) + r"(?![\d.,]\d)", body[:num_start]):
        words = re.findall(r"[\w-]+", body[max(0, m.start() - 40) : m.start()].lower())[-3:]
        for phrase, qual in QUALIFIER_BEFORE:
            if tuple(words[-len(phrase) :]) == phrase:
                return qual
    return None


def figure_qualifier(fig: Figure) -> str:
    """The figure's qualifier (`qualifier`); a figure named again with a demonstrative ("72 situs tersebut") keeps
    the hedge of its first mention (`hedged_before`)."""
    own = qualifier(fig.prev, bool(fig.cand.is_vague), fig.noun1)
    if own != "exact" or not THAT_AFTER.match(fig.c.body, fig.surface_end):
        return own
    return hedged_before(fig.c.body, fig.cand.num_start, fig.cand.num_end) or own


def fact_base(fig: Figure, breakdown: bool) -> tuple[Fact, Period | None]:
    """A kept figure's common columns: period, as-of date, qualifier, evidence. Computed only once a candidate is
    kept (most are not); nothing it reads changes between the candidate's start and that point."""
    c, cand, text = fig.c, fig.cand, fig.sent.text
    period = resolve_period(c, fig.sent.sent_idx, cand.num_start, fig.surface_end, fig.anaphoric, breakdown)
    dateline = next((p.start for p in find_periods(text, c.published, c.years) if p.kind == "dateline"), None)
    length = window_length_of(fig, breakdown) if c.published is None else None
    return {
        "article_id": c.article_id,
        "value": fig.value,
        **period_columns(period, length),
        "qualifier": figure_qualifier(fig),
        "as_of_date": dateline or c.published,
        "surface_text": c.body[cand.num_start : fig.surface_end],
        "sentence_text": text,
        "char_start": cand.num_start,
        "char_end": fig.surface_end,
    }, period


def _narrows_end(fact: Fact, base: Fact) -> bool:
    """The repetition `base` has the same start as `fact` and ends on a day of the month `fact` ends with."""
    start, end, new_end = fact["period_start"], fact["period_end"], base["period_end"]
    return (
        start is not None
        and end is not None
        and new_end is not None
        and base["period_start"] == start
        and fact["period_precision"] == "month"
        and base["period_precision"] == "day"
        and (new_end.year, new_end.month) == (end.year, end.month)
        and new_end < end
    )


def fill_gaps(fact: Fact, base: Fact, agency_id: str | None, country_id: str | None = None) -> None:
    """A figure repeated later in the story ("tepatnya 2.945.150 konten" ... "menghapus 2.945.150 konten mulai
    dari 17 Juli 2023") is one fact: the repetition fills what the first mention left open."""
    if (
        fact["period_start"] is None
        and fact["period_end"] is None
        and (base["period_start"] or base["period_end"])
    ):
        for k in OWN_PERIOD_COLUMNS:
            fact[k] = base[k]
    elif _narrows_end(fact, base):
        # "1.158 tersangka dalam empat bulan pertama 2024" ... "Sejak awal tahun 2024 hingga hari ini ... 1.158
        # tersangka, Jumat (26/4/2024)": the repetition says on which day of the last month the count stood
        fact["period_end"] = base["period_end"]
        fact["period_precision"] = base["period_precision"]
    if all(fact[k] is None for k in WINDOW_COLUMNS):
        for k in WINDOW_COLUMNS:
            fact[k] = base[k]
    if fact.get("agency_id") is None and agency_id is not None:
        fact["agency_id"] = agency_id
    if "country_id" in fact and fact["country_id"] is None and country_id is not None:
        fact["country_id"] = country_id

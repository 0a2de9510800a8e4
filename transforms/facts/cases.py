"""Case counts: cases ("2.300 kasus", "1.200 aduan") and people affected ("13 WNI", "804 tersangka"), with
category, agency, country and period, and the parts of a count given after it ("312 di antaranya")."""

from __future__ import annotations

import functools
import re

import polars as pl

from transforms.dates import Period
from transforms.facts.attributes import (
    PERIOD_COLUMNS,
    Fact,
    acting,
    agency,
    breaks_down,
    caseload_lists_kinds,
    category,
    country,
    cyber_tally_listed,
    fact_base,
    fact_id,
    fill_gaps,
    gambling_in_general,
    kinds_named,
    named_next,
    names_category,
    paragraph_country,
    period_columns,
    spans_kinds,
    speakers,
    still_after_the_day,
    undated_now,
)
from transforms.facts.context import ArticleContext, CaseMark, sentence_periods
from transforms.facts.figure import Figure, says
from transforms.facts.ledger import Ledger
from transforms.facts.lexicon import (
    ABROAD,
    ACTION_DATED,
    AMONG_OPENS,
    ARREST_WORDS,
    ASKS_MISSION_HELP,
    AT_HOME,
    AT_STAGE,
    ATTENDANCE,
    BARE_AFTER,
    BARE_END,
    BODY_STATES,
    BREAKDOWN,
    BROUGHT_FROM_BEFORE,
    BULLET,
    CASE_NOUNS,
    COMPLAINTS,
    CONSULAR_OR_DETENTION,
    CONTEXT_WORDS,
    CONTRAST_BREAK,
    COUNTED_LATER,
    DEMOGRAPHIC,
    DEPARTURE_STOPPED,
    DIGIT,
    DOMESTIC,
    ELSEWHERE_BEFORE,
    FOREIGN_NATIONALS,
    FROM_THOSE_CASES,
    GENERIC_GOVERNMENT,
    GONE_TO,
    HANDLES,
    HOME_PRISON,
    IN_PLACE_AFTER,
    IN_WAVES,
    INSTITUTION_BEFORE,
    ITEMISED,
    LEFT_OR_MOVED,
    MIGRANT_COMPLAINTS,
    MOVEMENT,
    NATIONAL,
    NATIONALS_AFTER,
    NONPROCEDURAL_MIGRANTS,
    NOT_VICTIMS,
    NOW_AT,
    OF_WNI_BEFORE,
    OFFENCE,
    ORDINAL_WORDS,
    ORIGIN,
    PARTITIVE,
    PASSIVE_AGENT_BEFORE,
    PEOPLE_NAMED,
    PEOPLE_NOUNS_STRONG,
    PEOPLE_NOUNS_WEAK,
    PERPETRATOR_NOUNS,
    RANKED,
    RATE_AFTER,
    RECORDS_ANOTHER,
    REFERS_TO_FIGURE_BEFORE,
    REGIONAL_UNIT,
    RETURNING,
    RUMOUR,
    SENT_ABROAD,
    SENT_TO_BEFORE,
    SERIES_NEXT,
    SPREAD_OVER,
    STAGE_WORDS,
    STOP_VERB,
    SUBSET_AFTER,
    SUSPECTS_NAMED,
    THAT_PERIOD,
    THERE_ABROAD,
    THEY_OPEN,
    TOWARDS_BEFORE,
    TRAFFICKING,
    UNIT_AGAIN,
    VICTIM_BEFORE,
    WNI_COUNTED,
    YEAR_LIKE,
)
from transforms.facts.relations import relate, relate_split
from transforms.facts.screen import not_a_case_count
from transforms.numbers import parse_number
from transforms.reference import load_reference
from transforms.text import is_crosshead


def case_unit(fig: Figure, counted_noun_before: bool = False) -> str | None:
    """`cases` or `people` from the noun after the number ("2.300 kasus", "13 WNI"; "366 orang" only in a sentence
    about victims or arrests); a bare "312 di antaranya" / "105 lainnya" counts what the figure before it
    counted."""
    noun1, noun2, text = fig.noun1, fig.noun2, fig.sent.text
    if noun1 in CASE_NOUNS or (noun1 == "berkas" and noun2 == "perkara"):
        return "cases"
    if noun1 in PEOPLE_NOUNS_STRONG and noun2 not in NOT_VICTIMS:
        return "people"
    if (
        noun1 in PEOPLE_NOUNS_WEAK
        and noun2 not in NOT_VICTIMS
        and (
            says(CONTEXT_WORDS, text)
            or fig.anaphoric
            or noun2 in PEOPLE_NOUNS_STRONG
            or counted_noun_before
            or counts_on_people(fig)
            or in_waves(fig)
            or about_victims_before(fig)
        )
    ):
        return "people"  # "12 orang CPMI", "WNI yang berada di Myawaddy berjumlah 366 orang"
    last = fig.c.discourse.case
    if fig.refers_back and last is not None:
        return last.unit
    return None


def counts_on_people(fig: Figure) -> bool:
    """ "... 243 WNI datang meminta fasilitasi deportasi. Pada 18 Januari, jumlahnya bertambah 65 orang": "orang"
    within two sentences after a count of people goes on counting people (not an audience: ATTENDANCE); within
    four when it is placed in a country ("934 WNI korban online scam ... [two sentences] ... ada 142 orang di
    Myanmar": the count broken down by country)."""
    last = fig.c.discourse.case
    reach = 4 if in_country(fig) else 2
    return (
        last is not None
        and (fig.noun1 in {"orang", "jiwa"} or nationals(fig))
        and last.unit == "people"
        and fig.sent.sent_idx - last.sent_idx <= reach
        and not says(ATTENDANCE, fig.sent.text)
    )


def counts_people_last(fig: Figure) -> bool:
    """The latest count of the story counts people (the total waves and groups of people are parts of)."""
    last = fig.c.discourse.case
    return last is not None and last.unit == "people"


def about_victims_before(fig: Figure) -> bool:
    """ "Kemensos telah memberikan rehabilitasi sosial kepada korban TPPO. 'Pada 2023 yang sudah direhabsos 1.359
    orang'": "orang" right after a sentence of the paragraph that names victims or suspects without counting them
    counts them (not an audience: ATTENDANCE)."""
    if not fig.previous or says(ATTENDANCE, fig.sent.text):
        return False
    before = fig.previous[0]
    return bool(PEOPLE_NAMED.search(before)) and not DIGIT.search(before)


def in_waves(fig: Figure) -> bool:
    """ "Gelombang pertama memberangkatkan delapan orang, gelombang kedua 13 orang": a sentence that counts people
    by wave or flight (not an audience: ATTENDANCE)."""
    return says(IN_WAVES, fig.sent.text) and not says(ATTENDANCE, fig.sent.text)


def in_country(fig: Figure) -> bool:
    """ "142 orang di Myanmar", "60 orang dari Kamboja": a country mention right after "di" / "dari"."""
    c = fig.c
    m = IN_PLACE_AFTER.match(c.body[fig.surface_end : fig.surface_end + 8])
    return m is not None and any(x.start == fig.surface_end + m.end() for x in c.countries)


def nationals(fig: Figure) -> bool:
    """ "231 warga Myanmar", "73 orang asal Filipina": people of a nationality."""
    c = fig.c
    after = c.body[fig.surface_end : fig.surface_end + 30]
    if NATIONALS_AFTER.match(after):
        return True
    return fig.noun1 == "warga" and any(0 < m.start - fig.surface_end <= 2 for m in c.countries)


def elliptical_unit(fig: Figure) -> str | None:
    """ "Untuk tahun 2022, kita amankan 760 orang. Sedangkan tahun 2023, 106": a bare figure after a year, in the
    sentence of a count or the next one, counts what that count counted."""
    last = fig.c.discourse.case
    if last is None or fig.sent.sent_idx - last.sent_idx > 1:
        return None
    if not BARE_END.match(fig.text_after[fig.token_len :]):
        return None
    words = [w or "" for w in fig.prev[-3:]]
    if not any(w in {"tahun", "bulan", "periode"} or YEAR_LIKE.fullmatch(w.strip(",")) for w in words):
        return None
    return last.unit


def stage_item_unit(fig: Figure) -> str | None:
    """A bare figure naming a stage or wave of a count: "gelombang pertama 46 pada 21 Februari ... dan 28 Februari
    sejumlah 84 WNI" (the unit of the wave it parallels), "Kemudian 347 di tahap penyidikan" after case counts."""
    rest = fig.text_after[fig.token_len :]
    if not BARE_AFTER.match(rest):
        return None
    words = [w or "" for w in fig.prev[-2:]]
    if words[0] in STAGE_WORDS and words[1] in ORDINAL_WORDS:
        later = COUNTED_LATER.search(rest)
        if later:
            return "cases" if later.group(1).lower() in CASE_NOUNS else "people"
    last = fig.c.discourse.case
    if AT_STAGE.match(rest) and last is not None and last.sent_idx >= fig.sent.sent_idx - 2:
        return last.unit
    return None


def partitive_unit(fig: Figure, ledger: Ledger) -> str | None:
    """ "ia menyebut 16 dari 30 WNI tersebut berasal dari Jambi": a part of a count counts what the whole counts (its
    noun, or the unit of the count of that value the story gave before: "Empat dari 16 WNIB itu")."""
    m = PARTITIVE.match(fig.text_after)
    if m is None:
        return None
    noun = m.group(2).lower()
    if noun in CASE_NOUNS:
        return "cases"
    if noun in PEOPLE_NOUNS_STRONG:
        return "people"
    whole = parse_number(m.group(1))
    for unit in ("people", "cases"):
        if ("cases", fig.c.article_id, whole, unit) in ledger.seen:
            return unit
    return None


def counted_people_before(fig: Figure) -> bool:
    """ "Dirincikan, pada Januari sebanyak 330 orang, ...": items of the figure before count what it counted."""
    last = fig.c.discourse.case
    return any((w or "") in PEOPLE_NOUNS_STRONG for w in fig.prev) or (
        last is not None and last.unit == "people" and says(ITEMISED, fig.sent.text)
    )


def is_demographic_split(fig: Figure) -> bool:
    """ "terdiri dari delapan perempuan dan 22 laki-laki" after a count of people: a split of that total by sex
    or age ("Selanjutnya, ada 731 laki-laki dewasa" goes on with the split of the sentence before)."""
    last = fig.c.discourse.case
    if last is None or last.unit != "people":
        return False
    near = " ".join(w for w in fig.prev[-3:] if w) + " " + " ".join(fig.window.split()[:4])
    counted_before = last.sent_idx == fig.sent.sent_idx
    split_before = bool(fig.previous) and bool(BREAKDOWN.search(fig.previous[0]))
    return bool(DEMOGRAPHIC.search(near)) and bool(
        fig.anaphoric or says(BREAKDOWN, fig.sent.text) or counted_before or split_before
    )


def total_fact(fig: Figure, ledger: Ledger) -> Fact | None:
    """The total a part of the latest count ("8 perempuan", "312 di antaranya") belongs to: the article's latest
    top-level count (relations.relate keeps it). A part or a split item is never a total, so after "terdiri dari
    delapan perempuan" the next item ("dan 22 laki-laki") still finds the count they split."""
    if fig.c.discourse.case is None:
        return None
    return ledger.totals.get(("cases", fig.c.article_id))


# "Dari 30 WNI itu, delapan orang perempuan": the sentence opens on the figure its parts split, named again
NAMED_TOTAL_OPENING = re.compile(
    r"^\W*(?:dari|di\s+antara)\s+(?:total\s+|jumlah\s+)?(\d[\d.,]*)\s+(?:[\w-]+\s+){0,3}?(?:itu|tersebut)\b",
    re.IGNORECASE,
)


def named_total(fig: Figure, ledger: Ledger) -> Fact | None:
    """The total a part belongs to when its sentence opens by naming it again ("Dari 30 WNI itu, delapan orang
    perempuan dan 22 orang laki-laki"): the kept count of that value, which may itself be a part of a larger total
    (the 30 WNI of a raid's 34 people), not the latest top-level count (`total_fact`)."""
    m = NAMED_TOTAL_OPENING.match(fig.sent.text)
    if m is None or fig.num_at < m.end():
        return None
    value = parse_number(m.group(1))
    if value is None or value == fig.value:
        return None
    for unit in ("people", "cases"):
        fact = ledger.facts.get(("cases", fig.c.article_id, value, unit))
        if fact is not None:
            return fact
    return None


def resolve_split(fig: Figure, ledger: Ledger) -> None:
    """A split of the latest count of people by sex or age is a fact of its own (people) with the total's
    category, country and period, and its agency unless its own sentence names who states it; the total stays the
    figure later parts refer to (only its sentence moves on, for the series that follows)."""
    c = fig.c
    last = c.discourse.case
    assert last is not None
    base, _ = fact_base(fig, True)
    total = total_fact(fig, ledger)
    if total is None or stated_in_sentence(fig):  # "Menurut data KJRI, rombongan itu terdiri atas ..."
        agency_id = agency(c, fig.sent.start, fig.sent.end, fig.cand.num_start)
    else:
        agency_id = (named_total(fig, ledger) or total)["agency_id"]  # type: ignore[assignment]
    key = ("cases", c.article_id, fig.value, "people")
    if not ledger.first(key):
        fill_gaps(ledger.facts[key], base, agency_id, last.country_id)  # type: ignore[arg-type]
        return
    fact = {
        "fact_id": fact_id("cases", c.article_id, fig.cand.num_start),
        **base,
        "unit": "people",
        "category": last.category,
        "agency_id": agency_id,
        "country_id": last.country_id,
    }
    relate_split(fact, fig, total)  # a part of its total when it fits under it; never a total itself
    if (
        total is not None
        and fact.get("part_of_fact_id") == total["fact_id"]
        and total["sentence_text"] != fig.sent.text
        and not sentence_periods(c, fig.sent.sent_idx)
    ):
        # "Sembilan PMI ... Kesembilan korban terdiri atas enam laki-laki": a split of its total happened when the
        # total did (none when the total states none), not at a date of a figure resolved in between
        fact.update({k: total[k] for k in PERIOD_COLUMNS})
    ledger.facts[key] = fact
    ledger.cases.append(fact)
    # the series goes on from here ("Warga Laos ... 275 orang" next), with the total's attributes
    c.discourse.case = last._replace(sent_idx=fig.sent.sent_idx)


def tally(period: Period | None, text: str) -> bool:
    """A national tally over a stretch of time ("sepanjang 2023", "periode 5-20 Juni 2023", "secara nasional"),
    not one operation (a day or a few days)."""
    if NATIONAL.search(text):
        return True
    if period is not None and period.start is None and period.kind == "until_point":
        # "per 10 September 2023, Satgas baru mencatat ... 998 tersangka": a running total up to a day
        return True
    if period is None or period.start is None:
        return False
    end = period.end or period.start
    return period.precision in {"year", "month", "open"} or (end - period.start).days > 3


# A count of cases that many is the tally of several operations, not one ("1.297 perkara yang melibatkan 1.492
# tersangka"); fewer may be one raid ("2 kasus dengan 7 tersangka").
MANY_CASES = 10
CASES_COUNTED = re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:kasus|perkara|laporan(?:\s+polisi)?)\b", re.I)


def of_many_cases(fig: Figure) -> bool:
    """ "Desk ... telah menegakkan hukum atas 1.297 perkara yang melibatkan 1.492 tersangka": suspects counted with the
    many cases they come from, in the same sentence before them, are a tally (README: a national tally with no place
    stated has country null), not the arrests of one operation, even with no period stated."""
    text = fig.sent.text[: fig.num_at]
    return any((parse_number(m.group(1)) or 0) >= MANY_CASES for m in CASES_COUNTED.finditer(text))


def domestic(
    agency_id: str | None, fig: Figure, enforcers: frozenset[str], period: Period | None = None
) -> bool:
    """Arrests and suspects counted by an Indonesian police, immigration or prosecution body in one operation
    happened in Indonesia unless the sentence places them abroad; a national tally over a period names no
    country, a regional unit's tally does (`regional_tally`)."""
    if agency_id not in enforcers or says(NATIONAL, fig.sent.text):
        # "Bareskrim bersama Polda jajaran mengungkap 397 kasus ... Penindakan itu berlangsung sepanjang ...": a
        # nationwide operation's stretch is a national tally too
        return False
    if (
        (tally(period, fig.sent.text) or of_many_cases(fig))
        and not regional_tally(fig)
        and not operation_range(fig.c, period)
    ):
        return False
    return (
        fig.noun1 in PERPETRATOR_NOUNS or fig.noun2 in PERPETRATOR_NOUNS or says(ARREST_WORDS, fig.sent.text)
    )


def looks_back(period: Period | None, current: Period | None) -> bool:
    """ "Korban TPPO periode Januari sampai Juli 2024 adalah 698 orang. ... pada 2023 korban TPPO mencapai 3.366 orang,
    sedangkan pada 2022 tercatat 668 orang": a figure of a period that ended before the story's current one began is
    a comparison; the parts that follow ("korban terdiri atas 396 laki-laki dan 302 perempuan") still split the
    current figure."""
    return (
        period is not None
        and current is not None
        and period.end is not None
        and current.start is not None
        and period.end < current.start
    )


def operation_range(c: ArticleContext, period: Period | None) -> bool:
    """The period is stated as the time the people counted were caught ("penangkapan dilakukan sepanjang Agustus
    hingga Desember 2025", `ACTION_DATED`): one operation's stretch, not a tally over it."""
    if period is None:
        return False
    for sent in c.sentences:
        if sent.start <= period.start_char < sent.end:
            return period in sentence_periods(c, sent.sent_idx) and ACTION_DATED.search(sent.text) is not None
    return False


def regional_tally(fig: Figure) -> bool:
    """ "Selama Agustus, Polda Kalteng Amankan 57 Bandar Judi": a regional unit's month of arrests is a tally, but a
    provincial one; it happened in Indonesia (not so a national one, "secara nasional", nor the tally of a story that
    splits its cases into those at home and those of workers sent abroad: its totals span both, `spans_abroad`). A
    story that only says some of its cases concern workers sent abroad ("21 kasus berkaitan dengan pengiriman PMI ke
    luar negeri") still counts cases its unit handled in its province (README: a province's police tally is ID)."""
    c = fig.c
    return (
        REGIONAL_UNIT.search(c.title) is not None
        and not says(NATIONAL, fig.sent.text)
        and not (SENT_ABROAD.search(c.body) and AT_HOME.search(c.body))
    )


def regional_story(fig: Figure) -> bool:
    """ "Polda Sultra Tangkap 27 Pelaku TPPO dan Judi Online Sepanjang 2024": a story whose headline opens with a
    regional unit (`regional_tally`) is its tally, whatever unit of it a sentence names ("polisi di wilayah itu
    menangani 11 kasus TPPO"); not a headline that adds a regional case to a national one ("Satgas TPPO Selamatkan
    2.149 Korban, Polda Metro Tahan 12 Tersangka")."""
    title = FRONTED_PHRASE.sub(
        "", fig.c.title.lstrip(), count=1
    )  # "Sepanjang 2025, Polda Metro Jaya Tangani ..."
    return REGIONAL_UNIT.match(title) is not None and regional_tally(fig)


# A headline's fronted adverbial before its subject: "Sepanjang 2025, ", "Selama Operasi Pekat, "
FRONTED_PHRASE = re.compile(r"^(?:[\w.-]+\s+){0,3}[\w.-]+,\s+")


def spans_abroad(fig: Figure, period: Period | None) -> bool:
    """ "Jajaran Polda Jawa Tengah mengungkap 28 kasus TPPO sepanjang November 2024 ... enam kasus menyangkut PMI yang
    dikirim ke luar negeri. Adapun 22 kasus lainnya terjadi di dalam negeri": a regional unit's tally over a stretch
    of time that the story splits into cases at home and cases of workers sent abroad spans both: no single country
    (README: "28 korban dalam negeri" -> ID, "12 korban ... ke luar negeri" -> null, their total null). A tally with
    no such split, or one operation's count, stays in Indonesia."""
    body = fig.c.body
    return (
        tally(period, fig.sent.text)
        and says(SENT_ABROAD, body)  # (whole bodies: scanned once per article, not per figure)
        and says(AT_HOME, body)
    )


def suspects_or_rest(fig: Figure) -> bool:
    """ "12 tersangka sudah ditahan" is an arrest, "8 WNI lainnya" and a figure referring back count what their total
    counted: none of them is a caseload of its own (`consular_or_detention`, `returning`)."""
    return (
        fig.noun1 in PERPETRATOR_NOUNS
        or fig.noun2 in PERPETRATOR_NOUNS
        or fig.refers_back
        or fig.noun2 == "lainnya"
    )


def before_parts(fig: Figure) -> str:
    """The figure's sentence up to the clause of a part of it: "5.088 kasus WNI, dan 82 persen di antaranya terkait
    penipuan daring" names the crime of the part only."""
    own = fig.sent.text
    subset = SUBSET_AFTER.search(own, fig.num_at)
    return own[: subset.start()] if subset else own


def consular_or_detention(fig: Figure) -> bool:
    """ "KBRI menangani 1.300 kasus WNI bermasalah", "186 WNI dideportasi": a consular caseload, a detention or a
    deportation whose sentence names no crime is category `other` (not for suspects, nor a figure referring back)."""
    if suspects_or_rest(fig) or into_named_total(fig):
        return False
    own = before_parts(fig)
    if names_category(own):
        return False
    if CONSULAR_OR_DETENTION.search(own):
        return True
    if says(ASKS_MISSION_HELP, own) and not any(names_category(text) for text in fig.previous):
        return True
    # "BPS juga mengutip data BP2MI tentang pengaduan yang dialami pekerja migran. Pada 2020 tercatat 1.811 pengaduan":
    # complaints counted right after the sentence that says they are migrant workers' complaints, naming no crime
    return (
        says(COMPLAINTS, own)
        and bool(fig.previous)
        and says(MIGRANT_COMPLAINTS, fig.previous[0])
        and not names_category(fig.previous[0])
    )


def into_named_total(fig: Figure) -> bool:
    """ "... tujuh WNI yang tertipu bekerja di perusahaan penipuan daring ... Paspor lima orang di antaranya masih
    ditahan perusahaan", "3.167 WNI ... keluar dari sindikat penipuan daring. Dari seluruh laporan itu, sekitar 2.100
    laporan sudah diasesmen ... status keimigrasian": a figure referring into the count before it, whose sentence names
    the crime, counts what that count did (devset README: a part follows the figure it explicitly refers to), not a
    detention or consular caseload of its own. Not one counted for an offence of its own ("26 orang sudah menjalani
    proses hukum atas pelanggaran keimigrasian": `OFFENCE`)."""
    c = fig.c
    if OFFENCE.search(before_parts(fig)):
        return False
    last = c.discourse.case
    refers = (
        fig.within_total or fig.anaphoric or FROM_THOSE_CASES.search(fig.sent.text[: fig.num_at]) is not None
    )
    return refers and last is not None and names_category(c.sentence(last.sent_idx).text)


def returning(fig: Figure, unit: str | None) -> bool:
    """ "Gelombang pertama berisi 36 WNI mendarat", "2.277 WNI telah melapor untuk meminta bantuan kepulangan": a count
    of WNI brought home, evacuated, arriving or asking to go home follows the crime its own sentence names, or the one
    the sentence it refers to ("Dari jumlah itu") names; naming none it is a return caseload, `other`, whatever the
    story is about (devset README, Category). Not suspects, a bare "105 lainnya", nor foreign nationals."""
    # "Sehari kemudian, sebanyak 169 WNI lainnya mendarat": the rest of the people of a return, named by their own
    # noun, is a return count too (a bare "105 lainnya" counts what its total counted)
    named_rest = fig.noun2 == "lainnya" and fig.noun1 not in PERPETRATOR_NOUNS and not fig.refers_back
    if unit != "people" or (suspects_or_rest(fig) and not named_rest):
        return False
    own = before_parts(fig)
    # "Lima orang telah ditetapkan sebagai tersangka, sedangkan 210 calon pekerja migran sudah kembali ke daerah asal":
    # the return is the other clause's, not the suspects'
    start = max((m.end() for m in CONTRAST_BREAK.finditer(own, 0, fig.num_at)), default=0)
    after = CONTRAST_BREAK.search(own, fig.num_at)
    clause = own[start : after.start() if after else len(own)]
    if not RETURNING.search(clause) or names_category(own) or FOREIGN_NATIONALS.search(own):
        return False
    last = fig.c.discourse.case
    return not (
        (fig.within_total or fig.anaphoric)
        and last is not None
        and names_category(fig.c.sentence(last.sent_idx).text)
    )


# "wilayah perbatasan sangat rawan perdagangan orang": words saying a place or group is prone to a crime, right
# before it (`stopped_category`).
PRONE_BEFORE = re.compile(
    r"\b(?:rawan|rentan|kerawanan|kerentanan)\s+(?:(?:terhadap|akan|menjadi)\s+)?$", re.IGNORECASE
)

# "upaya mencegah tindak pidana perdagangan orang (TPPO)": words saying a measure aims to prevent a crime, right before
# it (`stopped_category`): the people stopped are not framed as its victims.
PREVENTS_BEFORE = re.compile(
    r"\b(?:men?cegah|cegah|pencegahan|antisipasi|mengantisipasi|menekan|memberantas|pemberantasan|memerangi"
    r"|menanggulangi|penanggulangan)\s+(?:(?:angka|kasus|terjadinya|maraknya|praktik|tindak\s+pidana)\s+)*"
    r"(?:perdagangan\s+(?:orang|manusia)\s*\(\s*)?$",
    re.IGNORECASE,
)
# "diduga menjadi korban tindak pidana perdagangan orang (TPPO)": people named as victims of trafficking.
TRAFFICKING_VICTIMS = re.compile(
    r"\bkorban\s+(?:dugaan\s+)?(?:tindak\s+pidana\s+)?(?:perdagangan\s+(?:orang|manusia)|tppo)\b",
    re.IGNORECASE,
)

# "Delapan kasus di antaranya": a figure placed among the count before it by the words right after it.
AMONG_RIGHT_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:di\s+antaranya|diantaranya)\b", re.IGNORECASE)

# A run of digits (a figure's boundary for `own_stretch`).
DIGIT_RUN = re.compile(r"\d+")

# How many sentences back a count of cases opening a paragraph goes on with the caseload counted before it.
FOLLOWS_ACROSS_PARAGRAPH = 4

# The bodies whose caseload is consular: the embassies and consulates and the foreign ministry they report to.
CONSULAR_BODIES = frozenset({"KBRI", "KJRI", "KEMLU"})


def consular_caseload(fig: Figure, agency_id: str | None, unit: str | None) -> bool:
    """ "KBRI menangani sekitar 3.300 kasus, dan lebih dari 2.500 di antaranya terkait penipuan online", "ada 4.030
    kasus yang ditangani": the cases an embassy or the foreign ministry handles are a consular caseload, category
    `other`, unless the figure's own clause names a crime (the crime of a part is the part's own; a part of a total
    counts what its total did)."""
    if unit != "cases" or agency_id not in CONSULAR_BODIES or fig.refers_back or fig.within_total:
        return False
    own = before_parts(fig)
    # "Kasus online scam kini di sembilan negara ... Kamboja masih mencatat angka tertinggi dengan 2.962 kasus yang
    # ditangani": a figure ranked against the others of the story's caseload is a part of it, of its kind
    return bool(HANDLES.search(own)) and not names_category(own) and not RANKED.search(own)


def recorder(fig: Figure) -> str | None:
    """ "Otoritas Jasa Keuangan (OJK) mencatat Indonesia Anti-Scam Centre (IASC) telah menerima 42.257 laporan": a
    body that records (`mencatat`) what another body named after it received or handled states the figure."""
    c, sent = fig.c, fig.sent
    before = [a for a in c.in_span(c.agencies, sent.start, fig.cand.num_start) if acting(c, a)]
    for i, a in enumerate(before):
        other = next((b for b in before[i + 1 :] if b.entity_id != a.entity_id), None)
        if other is not None and RECORDS_ANOTHER.match(c.body[a.start : other.start]):
            return a.entity_id
    return None


@functools.cache
def foreign_agencies() -> frozenset[str]:
    """Agencies of another state than Indonesia (the reference's country of each agency)."""
    agencies = load_reference().agencies
    return frozenset(agencies.filter(~pl.col("country_id").is_in(["ID", ""]))["agency_id"].to_list())


def stated_in_sentence(fig: Figure) -> bool:
    """The figure's sentence names an agency that acts or a person of an agency."""
    c, sent = fig.c, fig.sent
    return any(acting(c, a) for a in c.in_span(c.agencies, sent.start, sent.end)) or bool(
        speakers(c, sent.start, sent.end)
    )


def indonesian_reporter(fig: Figure) -> str | None:
    """The Indonesian body that reports a figure: a person of one in the sentence, else one named in the sentence,
    else in the paragraph before, else the one the story has mentioned most so far."""
    c, sent = fig.c, fig.sent
    foreign = foreign_agencies()
    people = speakers(c, sent.start, sent.end)
    named = [a.entity_id for a in c.in_span(c.agencies, sent.start, sent.end) if acting(c, a)]
    for found in (people, named):
        domestic = [a for a in found if a not in foreign]
        if domestic:
            return domestic[0]
    para = [s for s in c.sentences[: sent.sent_idx] if s.para_idx == sent.para_idx]
    earlier = [
        a.entity_id
        for a in c.agencies
        if a.start < sent.start and acting(c, a) and a.entity_id not in foreign
    ]
    if para:
        in_para = [a for a in c.in_span(c.agencies, para[0].start, sent.start) if acting(c, a)]
        domestic = [a.entity_id for a in in_para if a.entity_id not in foreign]
        if domestic:
            return domestic[-1]
    if earlier:
        return max(earlier, key=earlier.count)
    # "Jabatan Imigresen Malaysia ... 186 WNI dideportasi. Proses deportasi itu didampingi KJRI di Kuching"
    return named_next(c, sent.end, domestic_only=foreign)


def generic_government(fig: Figure, found: str | None) -> bool:
    """Whether the figure's sentence names `found` only generically ("pemerintah Filipina", "otoritas Kamboja")."""
    c, sent = fig.c, fig.sent
    named = [a for a in c.in_span(c.agencies, sent.start, sent.end) if a.entity_id == found]
    return bool(named) and all(GENERIC_GOVERNMENT.match(c.body[a.start : a.start + 20]) for a in named)


def passive_agent(fig: Figure) -> str | None:
    """ "sekitar 1.000 pekerja asing yang diamankan Kepolisian Nasional Kamboja": the body that carried out what the
    figure counts, named as the agent right after it, handles the figure (not the official quoted on it)."""
    c = fig.c
    for a in c.in_span(c.agencies, fig.surface_end, fig.sent.end):
        if PASSIVE_AGENT_BEFORE.search(c.body[fig.surface_end : a.start]):
            return a.entity_id
        break
    return None


def told_by_another(fig: Figure, total: Fact | None) -> str | None:
    """ "Semula, KBRI Phnom Penh menerima laporan tentang 97 WNI ... [a later paragraph] Sebelumnya, Direktur
    Pelindungan WNI Kemlu Judha Nugraha menjelaskan kondisi awal para WNI. Dari 97 orang itu, 86 orang ditampung
    di kantor polisi": a part told in a later paragraph than its total, after a sentence of that paragraph that
    names an official (FORMAT.md: the quoted official's agency), is that official's account, not the total's
    body's."""
    if total is None or total["char_start"] is None:
        return None
    c, sent = fig.c, fig.sent
    at = int(total["char_start"])  # type: ignore[call-overload]
    if any(s.start <= at < s.end and s.para_idx == sent.para_idx for s in c.sentences):
        return None  # the part goes on in its total's paragraph
    for earlier in reversed(c.sentences[: sent.sent_idx]):
        if earlier.para_idx != sent.para_idx or earlier.start <= at:
            break
        people = speakers(c, earlier.start, earlier.end)
        if people:
            return people[-1] if people[-1] != total["agency_id"] else None
        # "Kementerian Luar Negeri sebelumnya menyebut ke-20 WNI dibebaskan ... Mereka dibawa ke perbatasan dalam dua
        # gelombang, yakni ... 4 orang dan ... 16 orang": a body that makes the statement, no person named
        cue = BODY_STATES.search(earlier.text)
        if cue is not None:
            bodies = [
                a for a in c.in_span(c.agencies, earlier.start, earlier.start + cue.start()) if acting(c, a)
            ]
            if bodies:
                return bodies[0].entity_id if bodies[0].entity_id != total["agency_id"] else None
    return None


def named_suspects(fig: Figure, found: str | None, enforcers: frozenset[str]) -> str | None:
    """ "Lima orang telah ditetapkan sebagai tersangka", "Total ada empat orang yang sudah berstatus tersangka": only
    an investigating body names suspects; a sentence that names no body nor person for them goes with the
    Indonesian police, prosecution or immigration body the story named last before it (even as a partner:
    "bergerak bersama Kepolisian Daerah Sumatera Utara"), not with the official quoted on something else."""
    c, sent = fig.c, fig.sent
    if found in enforcers or found in foreign_agencies() or not enforcers or stated_in_sentence(fig):
        return None  # (a foreign body's statement keeps its own: "Sebanyak 88 tersangka ditangkap", says China's)
    if not (fig.noun1 == "tersangka" or SUSPECTS_NAMED.search(sent.text[fig.num_at :])):
        return None
    # (immigration offices stop and deport people; the police or prosecutors name suspects)
    earlier = [
        a.entity_id
        for a in c.agencies
        if a.start < sent.start and a.entity_id in enforcers and a.entity_id not in immigration()
    ]
    return earlier[-1] if earlier else None


@functools.cache
def immigration() -> frozenset[str]:
    """The immigration services of the reference and their units."""
    agencies = load_reference().agencies
    heads = agencies.filter(pl.col("agency_type") == "ImmigrationService")["agency_id"].to_list()
    return frozenset(
        agencies.filter(pl.col("agency_id").is_in(heads) | pl.col("parent_agency_id").is_in(heads))[
            "agency_id"
        ].to_list()
    )


def case_agency(
    fig: Figure, ledger: Ledger, breakdown: bool, enforcers: frozenset[str] = frozenset()
) -> str | None:
    """The agency that states or handles a count. A rumour ("beredar video ... tujuh WNI") has none; a part of a
    total ("Dari jumlah itu, 312 di antaranya") whose sentence names no one takes the total's; the WNI part of a
    foreign operation ("30 WNI ikut diamankan ketika otoritas Filipina menggerebek") belongs to the Indonesian body
    that reports it."""
    c, sent = fig.c, fig.sent
    if says(RUMOUR, sent.text):
        return None
    wni = (
        WNI_COUNTED.match(fig.text_after)
        or (fig.refers_back and fig.antecedent in {"wni", "pmi"})
        or OF_WNI_BEFORE.search(sent.text[: fig.num_at])  # "dari 69 WNI tersebut, dua orang ditetapkan ..."
    )
    if (fig.refers_back or fig.anaphoric or breakdown) and not stated_in_sentence(fig):
        total = named_total(fig, ledger) or total_fact(fig, ledger)
        told = told_by_another(fig, total)
        if told is not None:
            return told
        if total is not None and total["agency_id"] is not None:
            if total["agency_id"] in foreign_agencies() and wni:
                # "162 pekerja ..., 69 di antaranya WNI": the WNI part of a foreign body's total is reported by
                # an Indonesian body
                return indonesian_reporter(fig) or total["agency_id"]  # type: ignore[return-value]
            return total["agency_id"]  # type: ignore[return-value]
    found = passive_agent(fig) or recorder(fig) or agency(c, sent.start, sent.end, fig.cand.num_start)
    found = named_suspects(fig, found, enforcers) or found
    quoted = speakers(c, sent.start, sent.end)
    if quoted and generic_government(fig, found):
        # FORMAT.md: a generic "pemerintah" falls back to the quoted official's agency, a foreign one too
        return quoted[0]
    if found in foreign_agencies() and wni and not (quoted and quoted[0] in foreign_agencies()):
        # unless a foreign official states it ("kata Prasit"); never a government named only generically
        # ("ketika otoritas Filipina menggerebek"): the repeat of the figure that names its reporter decides
        return indonesian_reporter(fig) or (None if generic_government(fig, found) else found)
    return found


def carry_place(fig: Figure, national: bool, repeated: bool, unit: str | None = None) -> bool:
    """ "... 699 WNI dari Myawaddy. Gelombang pertama membawa 46 orang": a new count whose sentence names no place
    happened where the count one or two sentences before did (a foreign country: Indonesia there is mostly the
    guess of `domestic`); a repetition of an earlier figure ("Dari 3.310 kasus tersebut") does not move."""
    c, sent = fig.c, fig.sent
    last = c.discourse.case
    if (
        repeated
        or national
        or last is None
        or last.country_id in (None, "ID")
        or sent.sent_idx - last.sent_idx > 2
        or (unit is not None and unit != last.unit)  # "13 WNI ... di Myanmar" does not place "2.300 kasus"
    ):
        return False
    return not c.located(c.in_span(c.countries, sent.start, sent.end))


# How many sentences back the count of an operation placed in Indonesia may be for `carries_domestic`.
DOMESTIC_REACH = 4


def carries_domestic(
    fig: Figure, agency_id: str | None, enforcers: frozenset[str], period: Period | None
) -> bool:
    """ "Polisi menetapkan 39 tersangka ... 'Sebanyak 24 orang lainnya sudah kami masukkan dalam DPO'", "kami
    mengamankan 57 tersangka. Jumlah perkara yang ditangani mencapai 37 kasus": a count by an Indonesian police,
    immigration or prosecution body a few sentences after a count placed in Indonesia, whose sentence names no place,
    nothing abroad, no national scope and no stretch of time of its own (a tally: `domestic`), happened there too."""
    c, sent = fig.c, fig.sent
    last = c.discourse.case
    return (
        agency_id in enforcers
        and last is not None
        and last.country_id == "ID"
        and sent.sent_idx - last.sent_idx <= DOMESTIC_REACH
        and not says(NATIONAL, sent.text)
        # (a stretch of time of the unit named again: "pada 2021 pengadilan itu menyidangkan 5 perkara")
        and not (
            tally(period, sent.text)
            and sentence_periods(c, sent.sent_idx)
            and not says(UNIT_AGAIN, sent.text)
        )
        and not says(ABROAD, sent.text)
        and not c.located(c.in_span(c.countries, sent.start, sent.end))
    )


def victims_sent_abroad(fig: Figure) -> bool:
    """ "Tersangka kini berjumlah 46 dan korban 1.337 orang. ... sebanyak 1.036 orang sudah diberangkatkan ke luar
    negeri": the victims of a story that counts workers sent abroad were partly sent abroad, in no country named
    (README: their total spans home and abroad, null); the suspects and reports of the unit stay where it works."""
    c = fig.c
    before = c.body[max(fig.sent.start, fig.cand.num_start - 12) : fig.cand.num_start]
    victims = fig.noun1 == "korban" or VICTIM_BEFORE.search(before) is not None
    return victims and SENT_ABROAD.search(c.body) is not None


def sent_abroad(fig: Figure, place: str | None) -> bool:
    """ "Bareskrim menangkap lima tersangka perekrut yang mengirim para WNI ke Kamboja": the country perpetrators
    sent people to, in a clause after them, is not where they were caught."""
    if place is None or not (fig.noun1 in PERPETRATOR_NOUNS or fig.noun2 in PERPETRATOR_NOUNS):
        return False
    c = fig.c
    after = [m for m in c.in_span(c.countries, fig.surface_end, fig.sent.end) if m.entity_id == place]
    return bool(after) and all(SENT_TO_BEFORE.search(c.body[fig.surface_end : m.start]) for m in after)


def named_elsewhere(fig: Figure, place: str) -> bool:
    """ "Polda Metro Jaya membongkar sindikat TPPO yang menawarkan pekerjaan di Kamboja. Tujuh orang ditetapkan sebagai
    tersangka": a foreign country named earlier in the paragraph only as where people were sent or offered work
    (`ELSEWHERE_BEFORE`) is not where an Indonesian enforcer caught the suspects (README: arrests in Jakarta give
    ID); a country named as the place of a raid ("menggerebek sebuah kompleks di Bavet, Kamboja") still is."""
    c, sent = fig.c, fig.sent
    para = [s for s in c.sentences[: sent.sent_idx] if s.para_idx == sent.para_idx]
    if not para:
        return False
    named = [m for m in c.located(c.in_span(c.countries, para[0].start, sent.start)) if m.entity_id == place]
    return bool(named) and all(ELSEWHERE_BEFORE.search(c.body[max(0, m.start - 60) : m.start]) for m in named)


def refers_to_no_count(fig: Figure) -> bool:
    """ "Listyo juga menyebut beberapa perkara menonjol ... Di antaranya TPPO jaringan Arab Saudi dengan 15 tersangka":
    a sentence that refers back to a sentence counting nothing, the count before them in another paragraph, is no part
    of that count (nor of its place)."""
    c, sent = fig.c, fig.sent
    last = c.discourse.case
    if last is None or last.sent_idx >= sent.sent_idx - 1 or not AMONG_OPENS.match(sent.text):
        return False
    return c.sentence(last.sent_idx).para_idx != c.sentences[sent.sent_idx - 1].para_idx


def own_stretch(fig: Figure) -> str:
    """The figure's own stretch of its sentence: the words after it up to the next figure, and the words before it
    when no figure comes before it ("Untuk perkara dalam negeri, penyidik menetapkan 23 tersangka"; in "28 korban
    dalam negeri dan 12 korban yang diberangkatkan ke luar negeri" the words between belong to the 28)."""
    text = fig.sent.text
    end = fig.surface_end - fig.sent.start
    after = DIGIT_RUN.search(text, end)
    start = fig.num_at if DIGIT_RUN.search(text, 0, fig.num_at) else 0
    return text[start : after.start() if after else len(text)]


def spread_over(fig: Figure) -> bool:
    """ "Kemlu mencatat 4.730 WNI terlibat judi online di delapan negara", "... di perbatasan Thailand-Myanmar": a
    figure spread over several countries (or a border of two) has no country, not the one the story is set in."""
    return bool(SPREAD_OVER.search(fig.sent.text, fig.num_at))


# How much of the body opens the story (headline and lead) for `brought_from`.
LEAD_CHARS = 700


def brought_from(fig: Figure) -> str | None:
    """ "Gelombang besar pemulangan WNI korban TPPO dari Myawaddy, Myanmar, tiba di Jakarta. ... Sebanyak 400 WNI
    tiba di Bandara Soekarno-Hatta": an arrival or repatriation count whose sentence names no foreign place
    happened where the story's lead says the people were brought home from (README: WNI working in Myawaddy give
    MM, wherever they land)."""
    c = fig.c
    if c.located(c.in_span(c.countries, fig.sent.start, fig.sent.end)):
        return None
    for m in c.located(c.in_span(c.countries, 0, LEAD_CHARS)):
        if m.entity_id != "ID" and BROUGHT_FROM_BEFORE.search(c.body[max(0, m.start - 120) : m.start]):
            return m.entity_id
    return None


def placed_next(fig: Figure) -> str | None:
    """ "Korban yang teridentifikasi sejauh ini berjumlah 122 orang. Mereka menjalani operasi pengambilan ginjal di
    Rumah Sakit Preah Ket Mealea, Phnom Penh, Kamboja": people counted with no place in their sentence are where the
    next sentence of the paragraph, about them ("Mereka", "Para korban"), places them abroad; not a country they
    went to, were brought to, or passed through."""
    c, sent = fig.c, fig.sent
    if sent.sent_idx + 1 >= len(c.sentences):
        return None
    nxt = c.sentences[sent.sent_idx + 1]
    if nxt.para_idx != sent.para_idx or not THEY_OPEN.match(nxt.text):
        return None
    for m in c.located(c.in_span(c.countries, nxt.start, nxt.end)):
        before = c.body[max(0, m.start - 50) : m.start]
        if m.entity_id == "ID" or NOW_AT.search(before) or GONE_TO.search(before) or ORIGIN.search(before):
            continue  # (nor where they come from: "Para pekerja berasal dari China, Filipina, ...")
        if TOWARDS_BEFORE.search(c.body[max(0, m.start - 20) : m.start]) or INSTITUTION_BEFORE.search(before):
            continue
        return m.entity_id
    return None


def own_clause(fig: Figure) -> tuple[str, str]:
    """The figure's sentence and its own words (`Figure.window`) up to a part of it given after it: "lebih dari 12.000
    WNI menjadi korban, banyak di antaranya terkait TPPO", "dari sekitar 3.300 kasus, lebih dari 2.500 di antaranya
    terkait penipuan online": the crime of the part is the part's own, not the total's."""
    text, window = fig.sent.text, fig.window
    subset = SUBSET_AFTER.search(text, fig.num_at)
    if subset is None:
        return text, window
    return text[: subset.start()], window[: max(0, subset.start() - fig.num_at)]


def stopped_category(fig: Figure) -> str:
    """A stopped departure whose sentence names no crime: `trafficking` when its paragraph frames the people as
    TPPO ("menunda penerbitan paspor bagi 3.120 pemohon. Para pemohon tersebut terindikasi menjadi calon korban
    TPPO"), else `other` (FORMAT.md Conventions: "1.258 WNI yang diduga hendak bekerja di luar negeri tanpa prosedur
    resmi" are would-be migrants without papers, not a crime named; the article's topic does not decide)."""
    c, sent = fig.c, fig.sent
    paragraph = " ".join(s.text for s in c.sentences if s.para_idx == sent.para_idx)
    # ("Kepri sebagai wilayah perbatasan sangat rawan perdagangan orang": a place prone to trafficking frames no one)
    # ("upaya mencegah tindak pidana perdagangan orang": the aim of the measure frames no one either)
    framed = (
        m
        for m in TRAFFICKING.finditer(paragraph)
        if not PRONE_BEFORE.search(paragraph, 0, m.start())
        and not PREVENTS_BEFORE.search(paragraph, max(0, m.start() - 60), m.start())
    )
    if next(framed, None) is not None:
        return "trafficking"
    # "mencegah keberangkatan 98 PMI nonprosedural ... [a later paragraph] ke-98 orang tersebut diduga menjadi korban
    # TPPO": a later sentence that names the same people by their number as TPPO victims frames them
    token = c.body[fig.cand.num_start : fig.cand.num_end]
    if len(token) > 1 and token.isdigit():
        same = re.compile(rf"(?<![\d.,]){re.escape(token)}(?![\d.,]\d)")
        for later in c.sentences[sent.sent_idx + 1 :]:
            if same.search(later.text) and TRAFFICKING_VICTIMS.search(later.text):
                return "trafficking"
    return "other"


# Where the words after a figure stop belonging to it (`stopped_departure`): the next clause of a list.
STOP_CLAUSE_END = re.compile(r"[,;]|\b(?:serta|sedangkan|sementara)\b")


def stopped_departure(fig: Figure, unit: str | None, carry: bool = False) -> bool:
    """A stopped departure (README, Category: "its country is ID, where it was stopped, not the destination"): its
    sentence says a departure was stopped (`DEPARTURE_STOPPED`), unless the cases counted are complaints of which
    failing to leave is one kind ("aduan PMI yang gagal berangkat tercatat 84 kasus"); or it goes on with a stopped
    departure counted just before: people of the next sentences, no crime named, either stopped with a bare verb
    ("BP3MI Kepulauan Riau mencegah 128 orang") or with no word that they left or arrived ("Sebanyak 151 orang
    tujuannya Malaysia, 48 orang ke Arab Saudi", "87 dari 233 CPMI itu berasal dari Lombok Timur"). Suspects counted
    next ("Lima orang telah ditetapkan sebagai tersangka") were not stopped; they only `carry` the stopped departure
    on to the people counted after them ("sedangkan 210 calon pekerja migran sudah kembali ke daerah asal")."""
    c, sent = fig.c, fig.sent
    # (up to the end of the figure's own stretch: "mencakup pemulangan 10.568 PMI bermasalah, ..., serta pencegahan
    # keberangkatan nonprosedural terhadap 4.191 orang" stops the 4.191 only)
    end = fig.surface_end - sent.start
    upto = sent.text[:end] + STOP_CLAUSE_END.split(sent.text[end:], 1)[0]
    if says(DEPARTURE_STOPPED, upto):
        before = c.sentences[sent.sent_idx - 1].text if sent.sent_idx > 0 else ""
        return not (unit == "cases" and (says(COMPLAINTS, sent.text) or says(COMPLAINTS, before)))
    last = c.discourse.case
    return (
        last is not None
        and last.stopped
        and unit == "people"
        and last.unit == "people"
        and 0 <= sent.sent_idx - last.sent_idx <= 2
        and not names_category(own_clause(fig)[0])
        and (says(STOP_VERB, sent.text) or not says(LEFT_OR_MOVED, sent.text))
        and (
            carry
            or not (
                fig.noun1 in PERPETRATOR_NOUNS
                or fig.noun2 in PERPETRATOR_NOUNS
                or says(SUSPECTS_NAMED, c.body[fig.cand.num_end : sent.end])
            )
        )
    )


def case_category_and_country(
    fig: Figure,
    breakdown: bool,
    agency_id: str | None,
    enforcers: frozenset[str],
    period: Period | None = None,
    repeated: bool = False,
    unit: str | None = None,
) -> tuple[str, str | None]:
    """The category and country of a count. A stopped departure happened in Indonesia (`stopped_category`); a part of a
    breakdown, or a figure that refers back, counts what the figure before it counted and where."""
    c, sent = fig.c, fig.sent
    own, window = own_clause(fig)
    kind = category(window, own, fig.previous, c.body, c.title or "")
    # (the part may follow a comparison with the year before: "Angka itu naik ... 2.519 perkara. 'Sebanyak 1.611
    # perkara di antaranya ...'")
    following = " ".join(s.text for s in c.sentences[sent.sent_idx + 1 : sent.sent_idx + 3])
    token = c.body[fig.cand.num_start : fig.cand.num_end]
    headline = c.title if len(token) > 2 and token in c.title else ""
    if gambling_in_general(sent, fig.num_at, window, following, c.body, headline):
        kind = "other"
    place = country(c, sent, fig.cand.num_start, fig.cand.num_end, in_paragraph=False)
    if sent_abroad(fig, place):
        place = None
    spread = spread_over(fig)
    if spread:
        place = None
    last = c.discourse.case
    part = breakdown and last is not None
    stopped = stopped_departure(fig, unit)
    series = (
        last is not None
        and sent.sent_idx - last.sent_idx <= 1
        and SERIES_NEXT.search(sent.text[: fig.num_at]) is not None
    )
    # "Dari jumlah itu, 60.122 kasus": a figure inside its total counts what its total did; so does one of a sentence
    # opened by the cases just counted ("Dari perkara tersebut, 12 orang ditetapkan sebagai tersangka")
    from_cases = FROM_THOSE_CASES.search(sent.text[: fig.num_at]) is not None
    within = last is not None and (fig.within_total or from_cases)
    # "67.297 kasus yang melibatkan WNI ... 'Tahun 2023 ada 53.598 kasus yang ditangani'": a count of cases a
    # sentence or two after a count of cases, with no crime named in its sentence or the ones before it, goes on with
    # the same caseload (closer evidence than the topic of the whole article; people counted next are often others:
    # arrivals, suspects, a group of the victims)
    follows = (
        last is not None
        and unit == last.unit == "cases"
        and (
            sent.sent_idx - last.sent_idx <= 2
            # "... 30.894 kasus diselesaikan. [two sentences on kinds] \n\nKasus terbanyak terjadi di Malaysia, yaitu
            # 20.272 kasus": the first count of a paragraph with no crime named goes on with the caseload a few
            # sentences before it, not with the topic of the whole article
            or (not fig.previous and sent.sent_idx - last.sent_idx <= FOLLOWS_ACROSS_PARAGRAPH)
        )
        and not any(names_category(text) for text in fig.previous)
    )
    # "Petugas mendapati 17 orang PMI ilegal ... Delapan orang lainnya ... sempat kabur": the rest of a group of
    # migrant workers without the procedure counted just before, in its paragraph, counts what that group did (devset
    # README, Category: parts of a figure), not the article's topic
    rest = (
        fig.noun2 == "lainnya"
        and last is not None
        and says(NONPROCEDURAL_MIGRANTS, c.sentence(last.sent_idx).text)
        and sent.sent_idx - last.sent_idx <= 1
        and c.sentence(last.sent_idx).para_idx == sent.para_idx
    )
    # "24 kasus penipuan dan kejahatan siber. Delapan kasus di antaranya dinilai sudah memiliki bukti": a figure the
    # words right after it place among the count just before counts what that count did (devset README: parts of a
    # figure), not the crime a sentence before names
    among = (
        last is not None
        and 0 <= sent.sent_idx - last.sent_idx <= 1
        and AMONG_RIGHT_AFTER.match(c.body, fig.cand.num_end, sent.end) is not None
    )
    if (part or stopped or series or within or follows or rest or among) and not names_category(own):
        kind = stopped_category(fig) if stopped else last.category  # type: ignore[union-attr]
    if (
        not (part or stopped or series or within or follows or rest)
        and says(NONPROCEDURAL_MIGRANTS, fig.window)
        and not names_category(own)
        and not any(names_category(text) for text in fig.previous)
    ):
        # "Petugas mendapati 17 orang PMI ilegal", "setelah 2 pekerja migran Indonesia nonprosedural ... meninggal dunia
        # di Kamboja": migrant workers without the procedure, in a paragraph naming no crime, are would-be or undocumented
        # migrants (`other`, as a stopped departure), not the crime the whole article talks about most
        kind = stopped_category(fig)
    if (
        from_cases
        and not names_category(own)
        and sent.sent_idx > 0
        and len(kinds_named(c.sentences[sent.sent_idx - 1].text)) > 1
    ):
        # "641 perkara judi online dan 1.481 perkara judi konvensional. Dari pengungkapan itu, 3.926 orang ...": the
        # cases just counted are of two kinds
        kind = "mixed"
    if spans_kinds(c, sent, fig.window) and not part:
        kind = "mixed"
    if cyber_tally_listed(c, sent, own) and not part:
        kind = "mixed"
    if stopped:
        place = "ID"
    elif (
        consular_or_detention(fig) or consular_caseload(fig, agency_id, unit) or returning(fig, unit)
    ) and not part:
        kind = "other"
    if not part and caseload_lists_kinds(c, sent, own):
        kind = "mixed"
    if spread:
        return kind, None
    if place in (None, "ID") and not stopped and SENT_ABROAD.search(own_stretch(fig)):
        # "enam kasus menyangkut pekerja migran Indonesia yang dikirim ke luar negeri": abroad, no country named; not
        # where they come from (README: "28 korban dalam negeri" -> ID, "12 korban ... ke luar negeri" -> null)
        return kind, None
    if (
        place is None
        and not (fig.noun1 in PERPETRATOR_NOUNS or fig.noun2 in PERPETRATOR_NOUNS)
        and THERE_ABROAD.search(own_stretch(fig))
    ):
        # "60 warga ... korban TPPO meninggal dunia di luar negeri": abroad, in no country named (README: a national
        # tally with no place stated is null; not where they come from)
        return kind, None
    # "- Tujuh orang berperan sebagai agen": an item of a bulleted list counts where the figure it details did
    listed = bool(BULLET.match(sent.text))
    if place is None and DOMESTIC.search(own_stretch(fig)):
        # "Rinciannya 28 korban TPPO dalam negeri dan 12 korban ... ke luar negeri": at home, a part of a total
        # with no single place too
        place = "ID"
    if (
        place is None
        and (fig.refers_back or fig.anaphoric or part or listed or from_cases)
        and last is not None
        and (part or listed or not refers_to_no_count(fig))
    ):
        # "Dari jumlah itu, 105 lainnya masih menjalani pemeriksaan di Mae Sot": a part happened where its total
        # did, before any country named earlier in the paragraph ("dievakuasi dari Myawaddy melalui Mae Sot");
        # a part of a total with no single place ("Dari jumlah itu, 1.500 orang") has none either
        if last.country_id is None:
            return kind, None
        place = last.country_id
    if place is None:
        place = paragraph_country(c, sent)
        if place is not None and named_elsewhere(fig, place) and domestic(agency_id, fig, enforcers, period):
            place = "ID"  # "... menawarkan pekerjaan di Kamboja. Tujuh orang ditetapkan sebagai tersangka"
    if place is None and unit == "people" and says(MOVEMENT, sent.text):
        place = brought_from(fig)
    if place is None and unit == "people" and not spans_abroad(fig, period):
        place = placed_next(fig)
    national = agency_id in enforcers and tally(period, sent.text)
    if place is None and (
        domestic(agency_id, fig, enforcers, period)
        or (
            agency_id in enforcers
            # "Polda Sultra Tangkap 27 Pelaku ...": a case tally of a story about one regional unit is of its province
            and (says(REGIONAL_UNIT, sent.text) or (unit == "cases" and regional_story(fig)))
            and not spans_abroad(fig, period)
            and not victims_sent_abroad(fig)
        )
    ):
        place = "ID"
    if place is None and carries_domestic(fig, agency_id, enforcers, period) and not victims_sent_abroad(fig):
        place = "ID"
    if place is None and says(HOME_PRISON, sent.text) and not says(ABROAD, sent.text):
        # "19 narapidana perdagangan orang yang menghuni rutan dan lapas": held in a prison of Indonesia
        place = "ID"
    if place is None and carry_place(fig, national, repeated, unit):
        place = last.country_id  # type: ignore[union-attr]
    if place is None and agency_id in foreign_agencies():
        place = agency_country(
            agency_id
        )  # "PNP menyelamatkan 1.000 WNA dalam operasi itu": where the body works
    if (
        place is None and not national and not says(THERE_ABROAD, c.body)
    ):  # a national tally of an Indonesian enforcer is not the story's country; nor is the one country of a story
        # whose people are abroad in no country named ("119 pekerja migran ... meninggal dunia di luar negeri")
        place = c.only_foreign_country()
    return kind, place


@functools.cache
def agency_country(agency_id: str) -> str | None:
    """The country a (foreign) agency belongs to, from the reference."""
    agencies = load_reference().agencies
    found = agencies.filter(pl.col("agency_id") == agency_id)["country_id"].to_list()
    return found[0] if found and found[0] else None


def story_period(fig: Figure, ledger: Ledger, agency_id: str | None) -> Period | None:
    """ "Sejak dibentuk pada 5 Juni hingga 20 Juni 2023, Satgas telah menangani 456 laporan polisi. ... Satgas TPPO
    telah menangkap 532 tersangka": a count stating no period, by the body whose latest count was scoped to a
    stretch of time (more than a few days; "Selama tujuh bulan pertama tahun ini" is one, from the year's start),
    belongs to that stretch."""
    scope = fig.c.discourse.period
    last = ledger.cases[-1] if ledger.cases else None
    stretch = scope is not None and (scope.is_range or scope.kind == "this_year")
    if scope is None or not stretch or not tally(scope, "") or last is None or agency_id is None:
        return None  # (a raid of a few days scopes its own figures only)
    return scope if last["agency_id"] == agency_id and last["article_id"] == fig.c.article_id else None


def sum_of_periods(fig: Figure, ledger: Ledger, unit: str) -> Period | None:
    """ "Sepanjang tahun lalu ... 111 WNI. ... Dari awal tahun ini hingga September ... 42 orang. Dengan demikian,
    selama periode tersebut sudah 153 WNI": a count referring back to "the period" (THAT_PERIOD) that is the sum
    of the two counts before it, each of its own period, spans both periods (from the earlier start to the later
    end), not only the last one."""
    if not THAT_PERIOD.search(fig.sent.text):
        return None
    mine = [f for f in ledger.cases if f["article_id"] == fig.c.article_id and f["unit"] == unit]
    if len(mine) < 2:
        return None
    a, b = mine[-2], mine[-1]
    if float(a["value"]) + float(b["value"]) != fig.value:  # type: ignore[arg-type]
        return None
    starts = [f["period_start"] for f in (a, b)]
    ends = [f["period_end"] for f in (a, b)]
    if None in starts or None in ends or (starts[0], ends[0]) == (starts[1], ends[1]):
        return None
    start, end = min(starts), max(ends)  # type: ignore[type-var]
    return Period("mixed_range", fig.cand.num_start, fig.surface_end, start, end, "month")  # type: ignore[arg-type]


def event_day(fig: Figure, ledger: Ledger, unit: str) -> Period | None:
    """ "BP3MI menggagalkan keberangkatan 11 calon PMI ... Kamis (19/6/2025). ... Petugas juga mencegah tiga calon PMI":
    a count stating no period that fits under the story's total, which was dated to one day (an event), counts people
    of that event on that day."""
    c = fig.c
    total = ledger.totals.get(("cases", c.article_id))
    if total is None or total.get("unit") != unit or fig.value >= float(total["value"]):  # type: ignore[arg-type]
        return None
    day = c.discourse.case_periods.get(str(total["fact_id"]))
    if day is None or day.precision != "day" or day.start is None or day.start != day.end:
        return None
    return day


def another_figure(fig: Figure, earlier: Fact, base: Fact | None = None) -> bool:
    """The same value again is another figure, not a repetition, in its own sentence ("11 warga Ethiopia, enam
    warga Mozambik, dan enam warga Uganda"), as an item of a bulleted list ("- Dua orang memfilter situs"), or
    counted over another time (`other_time`)."""
    return (
        earlier["sentence_text"] == fig.sent.text
        or bool(BULLET.match(fig.sent.text))
        or other_crime(fig, earlier)
        or (base is not None and other_time(fig, earlier, base))
    )


def other_time(fig: Figure, earlier: Fact, base: Fact) -> bool:
    """ "menindak 3 kasus ... pada 2022. [...] Sepanjang Januari hingga Mei 2024, ... 4 kasus. 'Tiga kasus pertama
    dengan 3 tersangka'": the same value over a period that does not meet the period of its earlier mention counts
    something else (the first three of 2024's cases), not a repetition; not a figure naming the one before ("Dari
    3 kasus itu")."""
    if REFERS_TO_FIGURE_BEFORE.search(fig.sent.text[: fig.num_at]):
        return False
    start, end = base["period_start"], base["period_end"]
    before_start, before_end = earlier["period_start"], earlier["period_end"]
    if None in (start, end, before_start, before_end) or start == end or before_start == before_end:
        return False  # (a group found one day and flown home another is one figure: days are no counting periods)
    return end < before_start or before_end < start  # type: ignore[operator]


def other_crime(fig: Figure, earlier: Fact) -> bool:
    """ "Untuk perkara judi online, polisi mengungkap 11 kasus ... polisi menangani 11 kasus TPPO": the same value
    whose own words name a crime that the sentence of its earlier mention did not name, while that sentence named
    another, counts something else (a recap across crimes often gives two of them equal numbers), not a repetition;
    a headline or quote that names no crime ("Polisi Ungkap 11 Kasus") still only repeats."""
    if REFERS_TO_FIGURE_BEFORE.search(fig.sent.text[: fig.num_at]):
        return False  # "Dari 26 orang yang dipulangkan, satu di antaranya ...": the figure named again
    own = kinds_named(own_clause(fig)[1])
    before = kinds_named(str(earlier["sentence_text"]))
    return bool(own) and bool(before) and not own & before


def resolve_case(fig: Figure, ledger: Ledger, enforcers: frozenset[str]) -> None:
    """Keep a case count (or fill the gaps of its earlier mention) and note it in the discourse."""
    c, sent = fig.c, fig.sent
    if RATE_AFTER.match(c.body[fig.surface_end : fig.surface_end + 40]) or not_a_case_count(fig):
        return
    if is_demographic_split(fig):
        resolve_split(fig, ledger)
        return
    partitive = partitive_unit(fig, ledger) if fig.noun1 == "dari" else None
    unit = (
        case_unit(fig, counted_people_before(fig))
        or stage_item_unit(fig)
        or elliptical_unit(fig)
        or partitive
    )
    if unit is None:
        return
    # "Deportasi 52 WNA ... Gelombang pertama memberangkatkan delapan orang", "Para deportan berasal dari sejumlah
    # provinsi. Terbanyak dari Sulawesi Selatan dengan 60 orang": waves and groups of the people of a count are its
    # parts
    breakdown = (
        breaks_down(sent.text, fig.num_at)
        or partitive is not None
        or (
            fig.noun1 in PEOPLE_NOUNS_WEAK
            and (in_waves(fig) or about_victims_before(fig))
            and counts_people_last(fig)
        )
    )
    base, period = fact_base(fig, breakdown)
    agency_id = case_agency(fig, ledger, breakdown, enforcers)
    if period is None and not undated_now(c, sent.sent_idx, fig.cand.num_start, fig.surface_end):
        period = still_after_the_day(
            c, fig.surface_end, story_period(fig, ledger, agency_id) or event_day(fig, ledger, unit)
        )
        if period is not None:  # (the length of a window the undated article could not place stays)
            base.update(period_columns(period, base["window_length"]))
    summed = sum_of_periods(fig, ledger, unit)
    if summed is not None:
        period = summed
        base.update(period_columns(period, base["window_length"]))
    key = ("cases", c.article_id, fig.value, unit)
    if key in ledger.seen and another_figure(fig, ledger.facts[key], base):
        key = (*key, fig.cand.num_start)
    stopped = stopped_departure(fig, unit, carry=True)  # (before the count below becomes the latest one)
    kind, place = case_category_and_country(
        fig, breakdown, agency_id, enforcers, period, key in ledger.seen, unit
    )
    if not ledger.first(key):
        earlier = ledger.facts[key]
        if is_crosshead(str(earlier["sentence_text"])) and not is_crosshead(sent.text):
            # "Polrestabes Tangani 20 Laporan" ... "menangani 20 laporan polisi dari Januari sampai Juli 2024": the
            # body sentence states the figure; the crosshead before it only repeats it in headline words
            earlier.update(base, category=kind, agency_id=agency_id or earlier["agency_id"], country_id=place)
            c.discourse.case_periods[str(earlier["fact_id"])] = period
        fill_gaps(earlier, base, agency_id, place)
        last = c.discourse.case
        if last is not None and ledger.cases and ledger.cases[-1] is earlier and last.country_id is None:
            # "Dari pengungkapan itu, 41 orang ditetapkan sebagai tersangka. ... 'mengamankan 41 tersangka' ... Para
            # tersangka terdiri atas 26 laki-laki": the parts of the latest count take the place its repetition filled
            c.discourse.case = last._replace(country_id=earlier["country_id"])
        # "dari 400 WNI di kloter pertama, 313 orang laki-laki": a figure named again is what follows refers to
        repeated = c.discourse.case_periods.get(str(ledger.facts[key]["fact_id"]))
        c.discourse.period = repeated or c.discourse.period
        c.discourse.latest = repeated or period
        c.discourse.latest_at = sent.sent_idx
        return
    if not looks_back(period, c.discourse.period):
        c.discourse.period = period or c.discourse.period
    c.discourse.latest = period
    c.discourse.latest_at = sent.sent_idx
    fact = {
        "fact_id": fact_id("cases", c.article_id, fig.cand.num_start),
        **base,
        "unit": unit,
        "category": kind,
        "agency_id": agency_id,
        "country_id": place,
    }
    relate(fact, fig, period, ledger.totals, "cases", breakdown)
    c.discourse.case = CaseMark(sent.sent_idx, unit, kind, place, stopped)
    c.discourse.case_periods[str(fact["fact_id"])] = period
    c.discourse.kind = "cases"
    ledger.facts[key] = fact
    ledger.cases.append(fact)

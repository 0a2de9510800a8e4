"""Delegations: official visits or missions abroad ("kunjungan kerja ke Kamboja", "Delegasi RI ... ke"), with
destination, dates, lead ("dipimpin oleh"), members ("didampingi", "terdiri dari", "perwakilan dari") and
counterparts ("bertemu dengan", "pertemuan dengan"). Meetings at home and hosted summits are not delegations.
"""

from __future__ import annotations

import re
from collections import Counter

import polars as pl

from transforms.dates import find_periods
from transforms.facts import ArticleContext, fact_id
from transforms.text import starting_with

# Every sentence is searched by several of these: text.starting_with lets the engine skip a position without
# trying every alternative (same matches, ~1.5x faster).
TRIGGER = re.compile(starting_with(
    "dklmbtwo",
    r"\b(?:delegasi|kunjungan\s+kerja|kunker|lawatan|misi\s+(?:diplomatik|kemanusiaan|repatriasi|penyelamatan|"
    r"resmi|ke)|bertolak\s+ke|berangkat\s+ke|melakukan\s+kunjungan|berkunjung\s+ke|mengunjungi|tim\s+gabungan\s+ke|"
    r"working\s+visit|official\s+visit|mission\s+to)\b",
), re.I)
# A meeting or arrival in a foreign place is a visit too ("pertemuan ... di Phnom Penh", "tiba di Pnom Penh").
MEETING = re.compile(starting_with(
    "pbmrsjt",
    r"\b(?:pertemuan|bertemu|menemui|rapat|pembicaraan|perundingan|sidang\s+komisi\s+bersama|joint\s+commission|"
    r"tiba\s+di|mendarat\s+di)\b",
), re.I)
TO_COUNTRY = re.compile(r"\b(?:ke|di|to|in)\s+$", re.I)
# "dipimpin langsung Kadiv Hubinter, Irjen Krishna Murti": up to six title words between the verb and the name.
LEAD = re.compile(
    r"\b(?:dipimpin(?:\s+(?:langsung\s+)?oleh)?|dipimpin\s+langsung|diketuai(?:\s+oleh)?|dikepalai(?:\s+oleh)?|"
    r"led\s+by|headed\s+by)\s+(?:[A-Z][\w.()/-]*,?\s+){0,6}$"
)
MEMBER = re.compile(r"\b(?:didampingi|terdiri\s+(?:dari|atas)|beranggotakan|perwakilan\s+dari|turut\s+(?:serta|hadir)|anggota\s+delegasi|bersama\s+dengan)\b", re.I)
COUNTERPART = re.compile(r"\b(?:bertemu(?:\s+dengan)?|pertemuan(?:[\s,]+\w+){0,6}?[\s,]+dengan|menemui|audiensi\s+dengan|diterima\s+oleh|met\s+with|courtesy\s+call)\b", re.I)
CONTINUATION = re.compile(r"^\s*(?:selain\s+itu|selain|turut|juga|kemudian|serta)\b", re.I)
PLANNED = re.compile(r"\b(?:akan|rencana|direncanakan|berencana|dijadwalkan|mendatang)\b", re.I)
# Victims travel too ("anaknya berangkat ke Kamboja"): without a mission word such a sentence is no visit.
VICTIM = re.compile(starting_with(
    "kwacpd", r"\b(?:korban|wni|anak(?:nya)?|keluarga|calon\s+pekerja|pmi|cpmi|pekerja\s+migran|diberangkatkan)\b"
), re.I)
MISSION_WORD = re.compile(starting_with("dklmpb", r"\b(?:delegasi|kunjungan|kunker|lawatan|misi|pertemuan|bertemu)\b"), re.I)
HOSTED = re.compile(r"\b(?:menerima\s+(?:kunjungan|delegasi)|kedatangan\s+delegasi|menjadi\s+tuan\s+rumah)\b", re.I)

DELEGATION_SCHEMA = {
    "delegation_id": pl.String, "article_id": pl.String, "lead_agency_id": pl.String, "lead_person_id": pl.String,
    "origin_country_id": pl.String, "destination_country_id": pl.String, "start_date": pl.Date,
    "end_date": pl.Date, "purpose": pl.String, "sentence_text": pl.String,
}
PARTICIPANT_SCHEMA = {"delegation_id": pl.String, "person_id": pl.String, "agency_id": pl.String, "role": pl.String}


def extract_delegations(
    contexts: dict[str, ArticleContext],
    persons: pl.DataFrame,
    mentions: pl.DataFrame,
    domestic: frozenset[str] = frozenset(),
    missions: frozenset[str] = frozenset(),
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """One delegation per article and destination; participants with roles lead / member / counterpart.

    `domestic` are Indonesian agencies (who can lead a visit abroad), `missions` Indonesia's embassies abroad.
    """
    person_rows: dict[str, list[tuple[int, str, str | None]]] = {}
    for art, pid, agency, start in persons.select("article_id", "person_id", "agency_id", "char_start").iter_rows():
        person_rows.setdefault(art, []).append((start, pid, agency))
    person_mentions: dict[str, list[tuple[int, int, str]]] = {}
    for art, pid, start, end in mentions.filter(pl.col("entity_type") == "person").select(
        "article_id", "entity_id", "char_start", "char_end"
    ).iter_rows():
        person_mentions.setdefault(art, []).append((start, end, pid))
    agency_mentions: dict[str, list[tuple[int, int, str]]] = {}
    for art, aid, start, end in mentions.filter(pl.col("entity_type") == "agency").select(
        "article_id", "entity_id", "char_start", "char_end"
    ).iter_rows():
        agency_mentions.setdefault(art, []).append((start, end, aid))

    delegations: list[dict[str, object]] = []
    participants: list[dict[str, object]] = []
    for art, c in contexts.items():
        trig = [
            s for s in c.sentences
            if (TRIGGER.search(s[4]) or _meets_abroad(c, s)) and not (VICTIM.search(s[4]) and not MISSION_WORD.search(s[4]))
        ]
        if not trig:
            continue
        agency_of_person = {pid: ag for _, pid, ag in person_rows.get(art, [])}
        destination, trigger_sentence = _destination(c, trig)
        if destination is None:
            continue
        hosted = any(HOSTED.search(s[4]) for s in trig)
        visitor = _foreign_delegation(c, trig, agency_mentions.get(art, []), domestic)
        if visitor is not None:
            hosted, destination = True, visitor  # "Delegasi Kepolisian Thailand kunjungi Bareskrim": TH -> ID
        origin = "ID"
        if hosted:
            origin, destination = destination, "ID"
        d_id = fact_id("delegation", art, destination)
        start_date = end_date = None
        for s in [trigger_sentence, *trig]:
            periods = [p for p in find_periods(s[4], c.published, c.years) if p.kind in {"day_range", "day", "month_range", "month", "day_no_year"}]
            if periods:
                start_date, end_date = periods[0].start, periods[0].end
                break
        roles: dict[str, str] = {}
        lead_person = None
        p_mentions = sorted(person_mentions.get(art, []))
        member_sentences: set[int] = set()
        for s in c.sentences:
            idx, _, st, en, text = s
            for start, _end, pid in p_mentions:
                if not (st <= start < en):
                    continue
                before = text[: start - st]
                if LEAD.search(before[-90:]) and lead_person is None:
                    lead_person = pid
                    roles[pid] = "lead"
            if MEMBER.search(text) and (TRIGGER.search(text) or idx - 1 in member_sentences or _near(trig, idx)) or CONTINUATION.match(text) and idx - 1 in member_sentences:
                member_sentences.add(idx)
        for s in c.sentences:
            idx, _, st, en, text = s
            m = COUNTERPART.search(text)
            for start, _end, pid in p_mentions:
                if not (st <= start < en) or pid in roles:
                    continue
                if m and start - st > m.start() and (TRIGGER.search(text) or _near(trig, idx)):
                    roles[pid] = "counterpart"
                elif idx in member_sentences:
                    member_start = MEMBER.search(text)
                    if member_start is None or start - st > member_start.start() or CONTINUATION.match(text):
                        roles[pid] = "member"
        if lead_person is None and not hosted and _sender_agency(c, trig, agency_mentions.get(art, [])) in missions:
            continue  # an embassy acting in the country it sits in is not a visit abroad
        if lead_person is None:
            # No "dipimpin": the Indonesian official named in the visit's sentences leads it.
            lead_person = next(
                (pid for _, _, st, en, _ in trig for start, _e, pid in p_mentions
                 if st <= start < en and pid not in roles and agency_of_person.get(pid) in domestic),
                None,
            )
            if lead_person is not None:
                roles[lead_person] = "lead"
        lead_agency = agency_of_person.get(lead_person) if lead_person else None
        if lead_agency is None:
            lead_agency = _sender_agency(c, trig, agency_mentions.get(art, []))
        if lead_agency in missions and not hosted:
            continue  # an embassy acting in the country it sits in is not a visit abroad
        for pid, role in roles.items():
            participants.append({"delegation_id": d_id, "person_id": pid, "agency_id": agency_of_person.get(pid), "role": role})
        # Agencies sent as members ("perwakilan dari Kemlu, Ditjen Imigrasi Kemkumham, ...").
        member_agencies = _member_agencies(c, member_sentences, agency_mentions.get(art, []), lead_agency)
        for aid in member_agencies:
            participants.append({"delegation_id": d_id, "person_id": None, "agency_id": aid, "role": "member"})
        delegations.append({
            "delegation_id": d_id, "article_id": art, "lead_agency_id": lead_agency, "lead_person_id": lead_person,
            "origin_country_id": origin, "destination_country_id": destination, "start_date": start_date,
            "end_date": end_date, "purpose": _purpose(trigger_sentence[4]), "sentence_text": trigger_sentence[4],
        })
    return pl.DataFrame(delegations, schema=DELEGATION_SCHEMA), pl.DataFrame(participants, schema=PARTICIPANT_SCHEMA)


FOREIGN_ACTOR = re.compile(
    r"\b(?:pejabat|pemerintah|otoritas|menteri|militer|junta|polisi|kepolisian|tentara|aparat)\s+(?:[A-Z][\w.-]*\s+)?$", re.I
)


def _meets_abroad(c: ArticleContext, s: tuple[int, int, int, int, str]) -> bool:
    """A meeting or arrival sentence that places itself in a foreign country or city ("di Phnom Penh")."""
    _, _, st, en, text = s
    meeting = MEETING.search(text)
    if not meeting:
        return False
    in_sentence = c.in_span(c.countries, st, en)
    # "Para pejabat China akan melakukan pembicaraan dengan mitra dari Thailand": other countries meeting.
    indonesian = any(cid == "ID" for _, cid in in_sentence)
    for start, cid in in_sentence:
        actor = FOREIGN_ACTOR.search(text[max(0, start - st - 30) : start - st])
        if cid != "ID" and start - st < meeting.start() and actor and not indonesian:
            return False
    for start, cid in in_sentence:
        if cid != "ID" and TO_COUNTRY.search(text[max(0, start - st - 4) : start - st]):
            return True
    return False


def _foreign_delegation(
    c: ArticleContext, trig: list[tuple], agencies: list[tuple[int, int, str]], domestic: frozenset[str]
) -> str | None:
    """The country of a delegation named after a foreign body or country ("Delegasi Kepolisian Thailand"), which
    makes the visit one hosted in Indonesia."""
    for _, _, st, _en, text in trig:
        for m in re.finditer(r"\bdelegasi\s+", text, re.I):
            at = st + m.end()
            for start, cid in c.countries:
                between = c.body[at:start]
                if at <= start <= at + 25 and cid != "ID" and re.fullmatch(r"(?:[A-Z][\w.-]*\s+){0,2}", between):
                    return cid
            for start, _end, aid in agencies:
                if at <= start <= at + 3 and domestic and aid not in domestic:
                    country = next((cid for s2, cid in c.countries if start <= s2 < _end), None)
                    if country and country != "ID":
                        return country
    return None


def _near(trig: list[tuple[int, int, int, int, str]], idx: int) -> bool:
    return any(abs(t[0] - idx) <= 1 for t in trig)


def _destination(c: ArticleContext, trig: list[tuple[int, int, int, int, str]]) -> tuple[str | None, tuple]:
    """The foreign country the visit goes to: 'ke <Country>' in a trigger sentence; a planned trip is no visit."""
    votes: Counter[str] = Counter()
    first_sentence: dict[str, tuple] = {}
    for s in trig:
        _, _, st, en, text = s
        for start, cid in c.in_span(c.countries, st, en):
            if cid == "ID" and not HOSTED.search(text):
                continue
            before = text[: start - st]
            weight = 2 if TO_COUNTRY.search(before[-4:]) else 1
            if PLANNED.search(text) and weight == 1:
                continue
            votes[cid] += weight
            first_sentence.setdefault(cid, s)
    if not votes:
        return None, trig[0]
    best = votes.most_common(1)[0][0]
    return best, first_sentence[best]


def _sender_agency(c: ArticleContext, trig: list[tuple], agencies: list[tuple[int, int, str]]) -> str | None:
    for _, _, st, en, _ in trig:
        hits = [aid for s, _, aid in agencies if st <= s < en and not aid.endswith("_KH")]
        if hits:
            return hits[0]
    return None


def _member_agencies(
    c: ArticleContext, member_sentences: set[int], agencies: list[tuple[int, int, str]], lead_agency: str | None
) -> list[str]:
    out: list[str] = []
    for idx in sorted(member_sentences):
        _, _, st, en, text = c.sentences[idx]
        m = MEMBER.search(text)
        cut = st + (m.start() if m else 0)
        hits = sorted((s, e, a) for s, e, a in agencies if cut <= s < en)
        # "Ditjen Imigrasi Kemkumham": a unit named right before its parent ministry stands for the unit alone.
        skip: set[int] = set()
        for k in range(1, len(hits)):
            if hits[k][0] - hits[k - 1][1] <= 1:
                skip.add(k)
        for k, (_, _, aid) in enumerate(hits):
            if k in skip or aid == lead_agency or aid in out:
                continue
            out.append(aid)
    return out


def _purpose(text: str) -> str | None:
    m = re.search(r"\b(?:untuk|guna|dalam\s+rangka)\s+(.{10,160}?)(?:[.;]|$)", text, re.I)
    return m.group(1).strip() if m else None

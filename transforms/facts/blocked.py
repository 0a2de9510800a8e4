"""Blocked content: sites, contents, accounts blocked, taken down, cut off or frozen ("memblokir 2,1 juta situs"),
and the items of a blocked total listed after it ("rinciannya: ... Meta 7.523, Google 1.612")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from transforms.dates import NUMBER_WORDS, Period, find_periods
from transforms.facts.attributes import (
    PERIOD_COLUMNS,
    acting,
    agency,
    breaks_down,
    earlier_value,
    fact_base,
    fact_id,
    fill_gaps,
    period_columns,
)
from transforms.facts.context import ArticleContext, BlockedMark, Mention, sentence_periods
from transforms.facts.figure import Figure, says
from transforms.facts.ledger import Ledger
from transforms.facts.lexicon import (
    ADDRESSEE_LIST_BEFORE,
    ALL_OF_THEM_BLOCKED,
    ALSO_BEFORE,
    ANAPHORA,
    APPOSITION_GAP,
    AS_OF,
    ASKED_BEFORE,
    BARE_HEAD_SUBJECT,
    BERUPA,
    BLOCK_OBJECTS,
    BLOCK_VERBS,
    CASE_NOUNS,
    CITED_BEFORE,
    COMMS_MINISTRIES,
    CONJUNCTION,
    CONTRAST,
    DIGIT,
    FIGURE_JUST_BEFORE,
    FOLLOWERS,
    FOUND_WORDS,
    ITEMISING,
    JOINED_FIGURE,
    LATER_FIGURE,
    LIST_ITEM,
    LIST_LINE,
    MONTH_RIGHT_AFTER,
    NATIONAL_GOVERNMENT,
    NOT_BLOCKED_PART,
    NOT_BLOCKED_VERBS,
    OBJECT_REFERRED,
    OBJECT_REFINED,
    ONLINE_CONTENT,
    OPERATED_AT,
    PART_CUES,
    PARTITIVE_NOUN_AFTER,
    PEOPLE_NOUNS_STRONG,
    PEOPLE_NOUNS_WEAK,
    PERIOD_ANAPHOR,
    RANGE_WORDS,
    RATE_AFTER,
    RATE_BEFORE,
    REPORTING_AFTER,
    REPORTS_ANOTHER_BETWEEN,
    REQUEST_NOUNS,
    REQUEST_OBJECT,
    REQUESTED,
    REQUESTED_NEXT,
    REQUESTED_PASSIVELY,
    RESTATED_AFTER,
    RESTATED_BEFORE,
    SCOPE_CUES,
    SCOPE_KINDS,
    SITES_AND_CONTENTS,
    SITES_AND_IPS,
    SLIPPED_IN,
    SOURCE_BEFORE,
    SPARED_BEFORE_VERB,
    STRONG_BLOCK_VERBS,
    TERM_OF_OFFICE_BEFORE,
    UNBLOCKING_BEFORE,
    YEAR_LATER,
)
from transforms.facts.relations import relate
from transforms.text import Gated

# The stems one of which every blocking verb holds (text.Gated; checked by tests/transforms/test_scan_gates.py).
_BLOCK_VERBS = Gated(
    BLOCK_VERBS,
    (
        "blokir", "utus", "take", "utup", "urun", "nonaktif", "beku", "suspend", "block", "henti", "hapus",
        "angguh", "remove", "angan", "indak", "bersih",
    ),
)  # fmt: skip


def _block_verbs(text: str) -> tuple[re.Match[str], ...]:
    """The blocking verbs of a sentence, scanned once for all its figures; not one that is undone ("membuka kembali
    blokir lebih dari 30 juta rekening")."""
    return tuple(
        m
        for m in _BLOCK_VERBS.finditer(text)
        if not UNBLOCKING_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    )


def blocking(text: str, num_at: int) -> bool:
    """The sentence blocks something, and no 'found/reported' verb stands between that and the figure."""
    verbs = _block_verbs(text)
    if not verbs:
        return False
    before = [m for m in verbs if m.start() < num_at]
    after = [m for m in verbs if m.start() >= num_at]
    own_after = after and not DIGIT.search(text[num_at : after[0].start()].lstrip("0123456789.,"))
    # the figure's own verb, negated or only reported: "1.000 situs dijaga agar tidak ikut diblokir"
    if own_after and SPARED_BEFORE_VERB.search(text[num_at : after[0].start()]):
        return False
    if CONTRAST.search(text[before[-1].end() : num_at]) if before else False:
        return bool(own_after)  # "membekukan 1.200 rekening, sedangkan 700 rekening lainnya masih dianalisis"
    if not before:
        # "... 2,1 juta situs dan 300 ribu akun telah diblokir" - but in "ada 329 rekening, 202 rekening sudah kita
        # blokir" the verb belongs to the second figure only.
        # past the figure itself: the comma of "2,5 juta situs ... telah diblokir" is no clause break
        between = text[num_at : verbs[0].start()].lstrip("0123456789.,")
        later_figure = LATER_FIGURE.search(between)
        return not (later_figure and not CONJUNCTION.search(between))
    return not NOT_BLOCKED_VERBS.search(text[before[-1].end() : num_at])


def spared(fig: Figure) -> bool:
    """The figure's sentence says it was only found, flagged, reported or spared; or the figure counts followers
    (in its own words or before it: "45 akun milik pemengaruh dengan 87.000 pengikut" still counts accounts)."""
    text = fig.sent.text
    return says(NOT_BLOCKED_PART, text) or bool(FOLLOWERS.search(text[: fig.num_at] + fig.window))


def spared_beyond_finding(fig: Figure) -> bool:
    """`spared`, for a reason other than being found: a figure found ("menemukan 362 nomor") and then asked to be
    blocked in the next sentence is a request (devset README: a request to block is blocked), one found and left
    open ("belum diblokir", followers) is not."""
    text = fig.sent.text
    rest = FOUND_WORDS.sub(" ", text)
    return says(NOT_BLOCKED_PART, rest) or bool(FOLLOWERS.search(text[: fig.num_at] + fig.window))


def counts_followers(fig: Figure) -> bool:
    """The figure's own words count followers ("dengan 87.000 pengikut"), or it is the first of two figures joined
    before that noun ("masing-masing dengan 21.200 dan 32.700 pengikut"): no blocked item, whatever verb follows."""
    if FOLLOWERS.search(fig.window):
        return True
    joined = JOINED_FIGURE.match(fig.text_after)
    return bool(joined and FOLLOWERS.match(fig.text_after[joined.end() :]))


def follows_block_verb(fig: Figure, verbs: re.Pattern[str] = BLOCK_VERBS) -> bool:
    """The sentence before, in the same paragraph, blocks something ("... tetap harus kami tangani. Ada lebih dari
    123 ribu konten di file sharing")."""
    c, sent_idx = fig.c, fig.sent.sent_idx
    if sent_idx == 0 or c.sentences[sent_idx - 1].para_idx != c.sentences[sent_idx].para_idx:
        return False
    return bool(verbs.search(c.sentences[sent_idx - 1].text)) and not (
        says(NOT_BLOCKED_VERBS, fig.sent.text) or spared(fig)
    )


def all_blocked_next(fig: Figure) -> bool:
    """The next sentence of the paragraph blocks all of it: "PPATK mengidentifikasi 312 rekening ... 'Semuanya
    sudah kami bekukan'"."""
    c, idx = fig.c, fig.sent.sent_idx
    if idx + 1 >= len(c.sentences) or c.sentences[idx + 1].para_idx != fig.sent.para_idx:
        return False
    return bool(ALL_OF_THEM_BLOCKED.search(c.sentences[idx + 1].text))


def request_object(fig: Figure) -> str | None:
    """A request to block ("821 permohonan pemblokiran rekening bank", "mengajukan 401 pemblokiran"): the object
    named after it, else the one blocked in the sentence or the one before ("pengajuan pemblokiran situs"); None
    when the figure is no request."""
    if fig.noun1 not in REQUEST_NOUNS:
        return None
    m = REQUEST_OBJECT.match(fig.text_after)
    if m is None:
        return None
    named = (m.group(1) or "").lower()
    if named in BLOCK_OBJECTS:
        return BLOCK_OBJECTS[named]
    before = fig.sent.text[: fig.num_at]
    if fig.sent.sent_idx > 0:
        before = fig.c.sentences[fig.sent.sent_idx - 1].text + " " + before
    objects = [BLOCK_OBJECTS[w] for w in re.findall(r"\w+", before.lower()) if w in BLOCK_OBJECTS]
    return objects[-1] if objects else "other"


def requested_next(fig: Figure) -> Mention | None:
    """The next sentence of the paragraph asks a body to block what the figure counts ("3.908 URL ... terdampak konten
    judi. URL itu milik 678 instansi, dan BSSN sudah menyurati Komdigi agar memblokirnya"): the asker's mention (the
    body named before the request verb); None when no such sentence follows or it names no asker."""
    c, idx = fig.c, fig.sent.sent_idx
    if idx + 1 >= len(c.sentences) or c.sentences[idx + 1].para_idx != fig.sent.para_idx:
        return None
    nxt = c.sentences[idx + 1]
    m = REQUESTED_NEXT.search(nxt.text)
    if m is None:
        return None
    askers = [a for a in c.in_span(c.agencies, nxt.start, nxt.start + m.start())]
    return askers[-1] if askers else None


def requested_passively_next(fig: Figure) -> bool:
    """The next sentence of the paragraph says what the figure counts was asked to be blocked, the asker unsaid
    ("... satgas menemukan 1.092 nomor penagih utang. Nomor-nomor itu telah diajukan untuk diblokir kepada Komdigi"):
    a request of the figure's own body."""
    c, idx = fig.c, fig.sent.sent_idx
    if idx + 1 >= len(c.sentences) or c.sentences[idx + 1].para_idx != fig.sent.para_idx:
        return False
    return REQUESTED_PASSIVELY.match(c.sentences[idx + 1].text) is not None


def period_of_next_block(fig: Figure) -> Period | None:
    """A figure blocked by the next sentence that dates the blocking, its own dating nothing ("PPATK memetakan 5.000
    rekening ... 'Seluruhnya kami bekukan pada Februari'"): that date."""
    c, idx = fig.c, fig.sent.sent_idx
    if sentence_periods(c, idx) or not all_blocked_next(fig):
        return None
    dated = [p for p in sentence_periods(c, idx + 1) if p.kind != "dateline"]
    return dated[0] if dated else None


def year_after(fig: Figure, period: Period | None) -> Period | None:
    """ "Pada 2018, ... tercatat 84.484. Setahun kemudian jumlahnya turun menjadi 78.306": a series value a year
    after the year carried over from before, its own sentence dating nothing."""
    if period is None or period.precision != "year" or period.start is None or period.end is None:
        return None
    if period.start.year != period.end.year or sentence_periods(fig.c, fig.sent.sent_idx):
        return None
    if not YEAR_LATER.search(fig.sent.text[: fig.num_at]):
        return None
    year = period.start.year + 1
    return replace(period, start=date(year, 1, 1), end=date(year, 12, 31))


def object_before(fig: Figure) -> str | None:
    """A bare figure closing the clause of a blocked object named before it ("konten judi yang diblokir tercatat
    84.484", "rekening yang dibekukan sebanyak 4.196"): that object; None when it names none."""
    if not LIST_ITEM.match(fig.text_after):
        return None
    clause = re.split(r"\d", fig.sent.text[: fig.num_at])[-1]
    objects = [w for w in re.findall(r"[\w-]+", clause.lower()) if w in BLOCK_OBJECTS and w != "kata"]
    return BLOCK_OBJECTS[objects[-1]] if objects else None


def part_of_blocked(fig: Figure) -> bool:
    """A part or an earlier value of the latest blocked figure, in the next sentences without a blocking verb of
    its own: an item of a list under it ("Berikut rinciannya: - 442.165 situs web ..."), or a figure of the same
    object in a sentence that goes on about it ("Berikutnya ada 16.304 konten", "menyumbang 58.585 konten",
    "Angka itu kembali bertambah menjadi 80.305 konten"). Not when found, flagged, reported or spared."""
    c, sent = fig.c, fig.sent
    last = c.discourse.blocked
    if last is None or c.discourse.kind != "blocked":
        return False
    intro = list_intro(c, sent.sent_idx)
    near_intro = 0 <= intro - last.sent_idx <= 2 or (
        0 <= intro - last.sent_idx <= 6 and names_blocked_object(c, intro)
    )
    if not (0 <= sent.sent_idx - last.sent_idx <= 2 or near_intro):
        return False
    series = sent.sent_idx == last.sent_idx and dated_after_contrast(fig)
    if spared(fig) or (BLOCK_VERBS.search(sent.text[: fig.num_at]) and not series):
        return False
    if sent.sent_idx == last.sent_idx and BLOCK_VERBS.search(sent.text) and not series:
        return False  # "2,1 juta situs dan 300 ribu konten telah diblokir": two figures of one verb, no parts
    noun1 = fig.noun1
    if noun1 in CASE_NOUNS or noun1 in PEOPLE_NOUNS_STRONG or noun1 in PEOPLE_NOUNS_WEAK:
        return False
    prev_text = c.sentences[sent.sent_idx - 1].text.rstrip()
    in_list = bool(LIST_LINE.match(sent.text)) and (
        bool(LIST_LINE.match(prev_text)) or prev_text.endswith(":")
    )
    if in_list:
        first = not DIGIT.search(LIST_LINE.sub("", sent.text[: fig.num_at]))
        return first and (
            noun1 in BLOCK_OBJECTS or bool(LIST_ITEM.match(fig.text_after)) or noun1 in {"dari", "di", "pada"}
        )
    if noun1 not in BLOCK_OBJECTS or not says(PART_CUES, sent.text):
        return False
    kind = BLOCK_OBJECTS[noun1]
    return kind == last.object_type or (kind in ONLINE_CONTENT and last.object_type in ONLINE_CONTENT)


def dated_after_contrast(fig: Figure) -> bool:
    """ "Pada Juli, konten yang ditangani mencapai 199.986, sedangkan Agustus mencatat 197.523 konten": the next value
    of a monthly (yearly) series, in a clause of its own after a contrast that names its own period and no verb of its
    own (not "sedangkan 700 rekening lainnya masih dianalisis", which names no period)."""
    text, at = fig.sent.text, fig.num_at
    contrasts = list(CONTRAST.finditer(text[:at]))
    if not contrasts:
        return False
    clause_start = contrasts[-1].end()
    clause = text[clause_start:]
    if BLOCK_VERBS.search(clause) or DIGIT.search(text[clause_start:at]):
        return False
    other_verb = NOT_BLOCKED_VERBS.search(clause)
    if other_verb is not None and "catat" not in other_verb.group(0).lower():
        return False  # a series "records" its values ("Agustus mencatat"); found or reported ones are no part
    start = fig.sent.start + contrasts[-1].start()  # the period's span may hold the contrast word
    return any(
        start <= p.start_char < fig.sent.start + at for p in sentence_periods(fig.c, fig.sent.sent_idx)
    )


def partitive_part(fig: Figure) -> str | None:
    """A part of the blocked total of the sentence before or its own, told with a partitive word and its object
    ("Dari jumlah tersebut, 1.623 merupakan pinjol ilegal dan 18 lainnya investasi ilegal", "Sebanyak 173 di
    antaranya entitas pinjol ilegal", "Dari jumlah itu, 537 merupakan entitas pinjol ilegal"): the object it names;
    None when it is no such part (people, cases, found or spared figures)."""
    d, window = fig.c.discourse, fig.window
    last = d.blocked
    if last is None or d.kind != "blocked" or not 0 <= fig.sent.sent_idx - last.sent_idx <= 2:
        return None
    if (
        counts_followers(fig)
        or says(NOT_BLOCKED_VERBS, window)
        or says(NOT_BLOCKED_PART, OPERATED_AT.sub(" ", window))
    ):
        return None
    m = PARTITIVE_NOUN_AFTER.match(fig.text_after)
    if m is not None:
        return BLOCK_OBJECTS.get(m.group("noun").lower())
    if fig.noun1 in BLOCK_OBJECTS and fig.noun1 != "kata" and fig.anaphoric:
        return OBJECT_REFINED.get((fig.noun1, fig.noun2), BLOCK_OBJECTS[fig.noun1])
    return None


def list_intro(c: ArticleContext, sent_idx: int) -> int:
    """The line that opens the list a list line stands in ("Berikut rinciannya:"), -1 when it is no list line: a
    list is as near its total as the line that opens it ("... 2,1 juta konten. Konten itu tersebar di banyak
    platform. Berikut rinciannya: - 1.932.131 konten di situs")."""
    if not LIST_LINE.match(c.sentences[sent_idx].text):
        return -1
    k = sent_idx - 1
    while k >= 0 and LIST_LINE.match(c.sentences[k].text):
        k -= 1
    return k if k >= 0 and c.sentences[k].text.rstrip().endswith(":") else -1


def names_blocked_object(c: ArticleContext, idx: int) -> bool:
    """The line that opens a list, or the sentence before it in its paragraph, names what was blocked ("Konten judi
    yang diberangus tersebar di banyak platform. Berikut rinciannya:"): the list goes on about the blocked total
    even a few sentences (a quote) after it."""
    lines = [c.sentences[idx].text]
    if idx > 0 and c.sentences[idx - 1].para_idx == c.sentences[idx].para_idx:
        lines.append(c.sentences[idx - 1].text)
    return any(
        w in BLOCK_OBJECTS and w != "kata" for line in lines for w in re.findall(r"[\w-]+", line.lower())
    )


def continues_blocked(fig: Figure) -> bool:
    """The sentence goes on about the blocked figure before it: refers back to it, follows a blocking sentence,
    or itemises it within three sentences ("yakni sebanyak 1.248.405 konten")."""
    d, sent_idx = fig.c.discourse, fig.sent.sent_idx
    if follows_block_verb(fig, STRONG_BLOCK_VERBS):
        return True  # "Kami sudah melakukan pemblokiran terkait keyword. ... mencapai 1.361 kata kunci"
    return (
        d.kind == "blocked"
        and not spared(fig)  # "Sisanya, 1.000 situs, justru dijaga"
        and (
            fig.anaphoric
            or follows_block_verb(fig)
            or (
                d.blocked is not None
                and sent_idx - d.blocked.sent_idx <= 3
                and says(ITEMISING, fig.sent.text)
            )
            or refers_to_blocked_object(fig)
        )
    )


def refers_to_blocked_object(fig: Figure) -> bool:
    """ "Sebagian besar konten tersebut, sekitar 1,93 juta, berasal dari situs": the figure's clause names the blocked
    object of the latest blocked figure again with a demonstrative, within a few sentences (a quote may stand
    between them)."""
    last = fig.c.discourse.blocked
    if last is None or not 0 < fig.sent.sent_idx - last.sent_idx <= 5:
        return False
    clause = re.split(r"[;:]", fig.sent.text[: fig.num_at])[-1]
    m = OBJECT_REFERRED.search(clause)
    if m is None:
        return False
    kind = BLOCK_OBJECTS[m.group(1).lower()]
    return kind == last.object_type or (kind in ONLINE_CONTENT and last.object_type in ONLINE_CONTENT)


def is_list_item(fig: Figure, continues: bool) -> bool:
    """A bare figure of a list that itemises the latest blocked total ("lalu di Meta 106 ribu, Google 41 ribu")."""
    last = fig.c.discourse.blocked
    noun1 = fig.noun1
    return bool(
        last is not None
        and (last.sent_idx == fig.sent.sent_idx or continues)
        and not (fig.refers_back and fig.antecedent not in BLOCK_OBJECTS)
        and noun1 not in BLOCK_OBJECTS
        and noun1 not in CASE_NOUNS
        and noun1 not in PEOPLE_NOUNS_STRONG
        and noun1 not in PEOPLE_NOUNS_WEAK
        and (LIST_ITEM.match(fig.text_after) or noun1 in {"dari", "di", "pada"})
    )


def verb_right_before(fig: Figure) -> bool:
    """A blocking verb in the figure's own clause, before it ("kembali menutup tiga akun")."""
    clause = re.split(r"[,;:]", fig.sent.text[: fig.num_at])[-1]
    return bool(BLOCK_VERBS.search(clause)) and not NOT_BLOCKED_VERBS.search(clause)


def case_files(fig: Figure) -> bool:
    """ "12 berkas perkara": case files (a count of cases), not files taken down ("1.000 berkas di layanan berbagi
    file")."""
    return fig.noun1 == "berkas" and fig.noun2 in {
        "perkara",
        "kasus",
        "penyidikan",
        "tersangka",
        "permohonan",
    }


def range_end(fig: Figure) -> bool:
    """The upper end of a range ("masing-masing satu hingga tiga rekening", "1.000-2.000 situs"): no count."""
    prev1, prev2 = (fig.cand.prev1 or ""), (fig.cand.prev2 or "")
    return prev1 in RANGE_WORDS and (prev2[:1].isdigit() or prev2 in NUMBER_WORDS)


def restated(fig: Figure) -> bool:
    """ "Dari 504 akun itu, 431 tercatat sebagai pengguna PJP": a figure named again only to count within it; the
    fact, if any, is its earlier mention."""
    return bool(RESTATED_BEFORE.search(fig.sent.text[: fig.num_at]) and RESTATED_AFTER.match(fig.text_after))


@dataclass(frozen=True)
class BlockedCue:
    """Whether a figure is blocked content, and how: as a list item of the total before it or on its own."""

    list_item: bool
    claims: bool
    # the object when the figure's own noun does not name it (a request, a bare figure)
    kind: str | None = None


def blocked_cue(fig: Figure) -> BlockedCue:
    """A list item of a blocked total, or a blocked object ("situs", "akun") in a blocking sentence or one that
    continues a blocked figure."""
    if range_end(fig) or case_files(fig) or counts_followers(fig) or restated(fig):
        return BlockedCue(False, False)
    continues = continues_blocked(fig)
    list_item = is_list_item(fig, continues) or part_of_blocked(fig)
    own_verb = blocking(fig.sent.text, fig.num_at)
    requested = request_object(fig)
    if requested is not None:
        return BlockedCue(list_item, True, requested)
    if own_verb and fig.refers_back and fig.antecedent in BLOCK_OBJECTS:
        # "Dari 5.000 situs yang ditemukan, sekitar 4.000 di antaranya telah diblokir": what it refers back to
        return BlockedCue(list_item, True, BLOCK_OBJECTS[fig.antecedent])
    # the figure may close its clause before a noun of the next one ("mencapai 14.005," kata Sekretaris ...")
    if not list_item and own_verb and (fig.noun1 not in BLOCK_OBJECTS or LIST_ITEM.match(fig.text_after)):
        before = object_before(fig)
        if before is not None:
            return BlockedCue(False, True, before)
    if not (fig.cand.is_vague or DIGIT.match(fig.cand.token or "") or list_item):
        # a written-out number is blocked only right after its verb ("kembali menutup tiga akun"), not in
        # "Satu situs ditutup, tiga situs baru muncul"
        return BlockedCue(False, fig.noun1 in BLOCK_OBJECTS and verb_right_before(fig))
    claims = list_item or (
        fig.noun1 in BLOCK_OBJECTS
        and (
            own_verb
            or continues
            or all_blocked_next(fig)
            or (
                not spared_beyond_finding(fig)
                and (requested_next(fig) is not None or requested_passively_next(fig))
            )
        )
    )
    part = None if claims else partitive_part(fig)
    if part is not None:
        return BlockedCue(True, True, part)
    return BlockedCue(list_item, claims)


def object_type(fig: Figure, list_item: bool) -> str:
    """From the noun(s) ("akun dompet elektronik" -> e_wallet; "1.932.131 dari situs" -> site); else, for a list
    item, the object named before it in its clause or the list's; pages slipped into other sites are pages;
    "konten berupa situs" and contents of "situs dan alamat IP" are sites; "situs dan konten" is contents."""
    last = fig.c.discourse.blocked
    if fig.noun1 in BLOCK_OBJECTS:
        kind = OBJECT_REFINED.get((fig.noun1, fig.noun2), BLOCK_OBJECTS[fig.noun1])
    elif (
        list_item
        and fig.noun1 in {"dari", "di", "pada"}
        and fig.noun2 in BLOCK_OBJECTS
        and fig.noun2 != "layanan"
    ):
        # not "7.473 di layanan berbagi file": a platform the list's contents are on
        kind = BLOCK_OBJECTS[fig.noun2]
    elif list_item and last:
        kind = object_before(fig) or last.object_type
    else:
        kind = "other"
    if kind == "content" and (
        sites_and_ips_before(fig.sent.text[max(0, fig.num_at - 60) : fig.num_at])
        or SITES_AND_IPS.search(fig.window[:60])
    ):
        kind = "site"  # "berasal dari situs dan alamat IP, yaitu 213.336 konten"
    if kind == "site" and SITES_AND_CONTENTS.match(fig.text_after):
        kind = "content"
    if kind == "site" and SLIPPED_IN.search(fig.text_after[:80]):
        kind = "page"  # gambling pages slipped into school or government sites
    berupa = BERUPA.match(fig.text_after) or BERUPA.match(re.sub(r"\s+di\s+antaranya\b", "", fig.text_after))
    if berupa and berupa.group(1).lower() in BLOCK_OBJECTS:
        kind = BLOCK_OBJECTS[berupa.group(1).lower()]
    return kind


def sites_and_ips_before(before: str) -> bool:
    """ "berasal dari situs dan alamat IP, yaitu 213.336 konten": the contents are those sites (not in "171.420
    konten berupa situs dan alamat IP, sedangkan 15.596 konten lainnya")."""
    found = list(SITES_AND_IPS.finditer(before))
    if not found or not APPOSITION_GAP.match(before[found[-1].end() :]):
        return False
    # "352.572 berada di situs web dan alamat IP, 14.915 konten ... di platform Meta": the place of the list item
    # before, not what this figure's contents are
    return not FIGURE_JUST_BEFORE.search(before[: found[-1].start()])


def not_an_object(fig: Figure) -> bool:
    """ "kata" without "kunci", a rate ("14.238 konten per hari", "setiap hari ... memutus akses puluhan
    aplikasi"), "dompet" that is no e-wallet."""
    c, end = fig.c, fig.surface_end
    # not the "kata" of the next clause ("mencapai 14.005," kata Sekretaris ...")
    words = fig.noun1 == "kata" and fig.noun2 != "kunci" and not LIST_ITEM.match(fig.text_after)
    if words or RATE_AFTER.match(c.body[end : end + 40]):
        return True
    if RATE_BEFORE.search(re.split(r"[,;:]", fig.sent.text[: fig.num_at])[-1]):
        return True
    return fig.noun1 == "dompet" and fig.noun2 not in {"digital", "elektronik"}


def not_the_actor(fig: Figure, found: str | None) -> bool:
    """The agency found in the sentence only receives or reports the figure: a body asked to block ("meminta
    Bank Indonesia menutup 555 akun"), the second of the addressees ("kepada OJK dan Bank Indonesia (BI) untuk
    diblokir"), or the source quoted ("dikutip dari laman Sekretariat Kabinet")."""
    c, sent = fig.c, fig.sent
    mentions = [
        a
        for a in c.in_span(c.agencies, sent.start, sent.end)
        if a.entity_id == found and not c.body[sent.start : a.start].rstrip().endswith("(")
    ]  # "Bank Indonesia (BI)": the acronym stands where its full name does
    return bool(mentions) and all(
        ASKED_BEFORE.search(before)
        or ADDRESSEE_LIST_BEFORE.search(before)
        or CITED_BEFORE.search(before)
        or cited_for_another(fig, a, before)
        or reports_for_another(fig, a)
        for a, before in ((a, c.body[max(sent.start, a.start - 100) : a.start]) for a in mentions)
    )


def cited_for_another(fig: Figure, mention: Mention, before: str) -> bool:
    """ "Menurut OJK, Satgas PASTI memblokir 585 pinjol": the body after "menurut" is the source cited when another
    body stands between it and the figure; that one blocked."""
    if not SOURCE_BEFORE.search(before):
        return False
    c, sent = fig.c, fig.sent
    return any(
        b.entity_id != mention.entity_id and mention.start < b.start < fig.cand.num_start
        for b in c.in_span(c.agencies, sent.start, sent.end)
    )


def reports_for_another(fig: Figure, mention: Mention) -> bool:
    """ "Otoritas Jasa Keuangan (OJK) melaporkan Satuan Tugas ... (Satgas PASTI) telah menghentikan 1.641 entitas":
    a body whose reporting verb is followed by another body before the figure only reports what that one did."""
    c, sent = fig.c, fig.sent
    nxt = next(
        (
            b
            for b in c.in_span(c.agencies, sent.start, sent.end)
            if b.entity_id != mention.entity_id and mention.start < b.start < fig.cand.num_start
        ),
        None,
    )
    return nxt is not None and bool(REPORTS_ANOTHER_BETWEEN.match(c.body[mention.start : nxt.start]))


def term_of_office(c: ArticleContext, mention: Mention) -> bool:
    """ "pemerintahan Presiden Prabowo Subianto": a head named only to date the figure, no actor."""
    return bool(TERM_OF_OFFICE_BEFORE.search(c.body[max(0, mention.start - 40) : mention.start]))


def requester(fig: Figure, passive: str | None) -> str | None:
    """Who the figure belongs to when the body found only receives or reports it: another acting body named
    before the figure in its sentence, the quoted official's, the body the sentence's subject refers back to
    ("Kementerian juga meminta ..."), the body the story reports for (`reporting_agency`), else the one it has
    named most; never the body found."""
    c, sent = fig.c, fig.sent
    named = [
        a.entity_id
        for a in c.in_span(c.agencies, sent.start, sent.end)
        if a.entity_id != passive and a.start < fig.cand.num_start and acting(c, a)
    ]
    if named:
        return named[0]
    people = [p.entity_id for p in c.in_span(c.persons, sent.start, sent.end) if p.entity_id]
    if people:
        return people[0]
    for candidate in (subject_referred(fig), reporting_agency(fig)):
        if candidate is not None and candidate != passive:
            return candidate
    earlier = Counter(
        a.entity_id for a in c.agencies if a.start < sent.start and a.entity_id != passive and acting(c, a)
    )
    return earlier.most_common(1)[0][0] if earlier else None


def subject_referred(fig: Figure) -> str | None:
    """A sentence whose subject is a bare head noun ("Satgas juga menutup ribuan situs", "Kementerian juga
    meminta ..."): the latest body named before whose name starts with it."""
    m = BARE_HEAD_SUBJECT.match(fig.sent.text)
    if m is None:
        return None
    c, head = fig.c, m.group("head").lower()
    named = [
        a
        for a in c.agencies
        if a.start < fig.sent.start and c.body[a.start : a.start + len(head)].lower() == head
    ]
    return named[-1].entity_id if named else None


def reporting_agency(fig: Figure) -> str | None:
    """The agency that a passive blocked figure with no actor belongs to ("rekening yang sudah diblokir mencapai
    26.658 rekening"): the latest body before it that is the subject of a reporting or blocking verb ("OJK
    mencatat ...", "Kominfo telah memblokir ...")."""
    c = fig.c
    for a in reversed(c.agencies):
        if a.start >= fig.sent.start:
            continue
        if REPORTING_AFTER.match(c.body[a.start : a.start + 120]):
            return a.entity_id
    return None


def blocked_agency(fig: Figure, list_item: bool, kind: str, found: str | None) -> str | None:
    """With no agency in its sentence, a list item takes its list's; a bare head-noun subject ("Satgas juga
    menutup") the body it refers back to; sites and contents are cut off by the communications ministry the
    story names (if it names one before); other objects by the body the story reports for. A body only asked
    to block, addressed or quoted as a source is not the agency (`requester`)."""
    c, sent = fig.c, fig.sent
    in_sent = c.in_span(c.agencies, sent.start, sent.end) + c.in_span(c.persons, sent.start, sent.end)
    dating = [m for m in in_sent if m.entity_id and term_of_office(c, m)]
    named = [a for a in c.in_span(c.agencies, sent.start, sent.end) if a not in dating]
    people = [p for p in c.in_span(c.persons, sent.start, sent.end) if p.entity_id and p not in dating]
    if any(m.entity_id == found for m in dating) and not any(m.entity_id == found for m in named + people):
        found = None  # "sebulan pertama pemerintahan Presiden Prabowo, kementerian itu memblokir": a term of office
    if named:
        return requester(fig, found) if not_the_actor(fig, found) else found
    if people:
        return found  # "..., ujar Himawan": the quoted official's agency
    last = c.discourse.blocked
    if list_item and last:
        return last.agency_id  # "lalu di Meta 106 ribu": the list's agency
    referred = subject_referred(fig)
    if referred is not None:
        return referred
    if last is not None and REQUESTED.search(fig.sent.text):
        # "Polresta mengajukan pemblokiran 27 situs ... penyidik menemukan 16 situs yang turut diajukan
        # pemblokirannya": the requester of the blocked figure before, not the ministry asked
        return last.agency_id
    if kind in ONLINE_CONTENT:
        return next(
            (
                a.entity_id
                for a in reversed(c.agencies)
                if a.entity_id in COMMS_MINISTRIES and a.start < sent.end
            ),
            found,
        )
    if found is not None and NATIONAL_GOVERNMENT.search(sent.text[: fig.num_at]):
        # "Sebelumnya, pemerintah juga sudah memblokir 6 ribu rekening. Angka itu disampaikan Muhadjir ...": the
        # government in general blocked, as the one who states it tells; not the body that blocked before
        return found
    return reporting_agency(fig) or found


def as_of_point(fig: Figure, period: Period | None) -> bool:
    """A blocked total as it stood at one day or month ("Pada konferensi pers 8 Juli 2025, OJK masih melaporkan
    17.026 rekening"): a cumulative figure whose start is unknown, so only the period's end holds."""
    if period is None or period.start is None or period.precision not in {"day", "month"}:
        return False  # "hingga Juli 2025" states no start already
    one_unit = period.start == period.end or (
        period.precision == "month"
        and (period.start.year, period.start.month) == (period.end.year, period.end.month)
    )
    return one_unit and says(AS_OF, fig.sent.text)


def also_period(fig: Figure, period: Period | None) -> Period | None:
    """An undated blocking told as one more step of a report dated before it ("pada periode 23 April hingga 6 Mei
    2024 Polri mengungkap 115 perkara ... 'Kami juga mengajukan permintaan pemblokiran ... 2.862 situs'"): the
    period of the latest figure kept, when that is a count of the enforcement reported (cases or people; after
    another blocked total "juga" adds a total of its own, undated) and the period is written in the figure's
    paragraph or the one before (not a scope carried from the lead to a later, undated raid). None when the figure
    is dated or no dated count stands before it."""
    c, d = fig.c, fig.c.discourse
    if period is not None or d.latest is None or d.kind != "cases" or d.latest.start_char is None:
        return None
    if not ALSO_BEFORE.search(fig.sent.text[: fig.num_at]):
        return None
    written = [s.para_idx for s in c.sentences if s.start <= d.latest.start_char < s.end]
    return d.latest if written and fig.sent.para_idx - written[0] <= 1 else None


def one_more_action(fig: Figure, kind: str, period: Period | None, breakdown: bool, list_item: bool) -> bool:
    """ "Selain kata kunci, Kominfo juga menurunkan ribuan halaman judi", "Kementerian juga meminta Bank Indonesia
    menutup 555 akun": one more blocking, of another object than the dated blocked figure before it, told with no
    date of its own ("juga" in its clause): that figure's period is not its own."""
    c = fig.c
    if period is None or list_item or breakdown or fig.anaphoric or sentence_periods(c, fig.sent.sent_idx):
        return False
    last = c.discourse.blocked
    if last is None or c.discourse.kind != "blocked" or last.object_type == kind:
        return False
    return bool(ALSO_BEFORE.search(fig.sent.text[: fig.num_at]))


def covering_period(fig: Figure, breakdown: bool, ledger: Ledger) -> Period | None:
    """A part of a breakdown ("mencakup", "terdiri atas"), undated in its sentence, larger than the latest blocked figure ("pada periode 1-30
    Desember mencapai 168.895. Berdasarkan platformnya, pemblokiran mencakup 596.348 situs dan IP, ..."): a part is
    never larger than its total, so it breaks down the latest earlier total as large as it (the 800 ribu of "17
    Juli hingga 30 Desember 2023"); that total's period. None otherwise."""
    spans = ledger.blocked_spans.get(fig.c.article_id)
    if not breakdown or not spans or spans[-1][0] >= fig.value:
        return None
    if sentence_periods(fig.c, fig.sent.sent_idx):
        return None
    larger = [period for value, period in spans if value >= fig.value]
    return larger[-1] if larger else None


def headline_since(c: ArticleContext) -> bool:
    """The headline's scope (`ArticleContext.lead_scope`) is an open one ("5,2 Juta Konten Terblokir Sejak 2017"):
    the running total the headline counts, not the period of every figure of the story."""
    for p in find_periods(c.title, c.published, c.years):
        if p.kind in SCOPE_KINDS and SCOPE_CUES.search(
            c.title[max(0, p.start_char - 30) : p.start_char + 12]
        ):
            return p.kind == "open"
    return False


_HEADLINE_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*(juta|ribu|miliar|triliun)?", re.I)
_MULTIPLIERS = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "triliun": 1e12}


def headline_figure(c: ArticleContext, value: float) -> bool:
    """The figure is the one the headline counts, in full or rounded ("5,2 Juta" for 5.204.753)."""
    for m in _HEADLINE_NUMBER.finditer(c.title):
        digits, mult = m.group(1), (m.group(2) or "").lower()
        try:
            number = float(digits.replace(".", "").replace(",", ".")) * _MULTIPLIERS.get(mult, 1)
        except ValueError:
            continue
        if number and abs(number - value) <= 0.05 * number:
            return True
    return False


def headline_scope_only(fig: Figure, period: Period | None) -> bool:
    """A figure dated only by the headline's open scope ("... Terblokir Sejak 2017") that is not the headline's own
    figure: a daily takedown, a month's total or its list items in the same story are not counted since then."""
    c = fig.c
    if period is None or sentence_periods(c, fig.sent.sent_idx) or headline_figure(c, fig.value):
        return False
    return period == c.lead_scope() and headline_since(c)


def month_right_after(fig: Figure) -> Period | None:
    """ "Pada Januari, polisi mengajukan 42 situs, lalu 6 situs pada April, 28 situs pada Mei": the one month written
    right after the figure's noun dates it (not the month of the item before it in the sentence)."""
    c, end = fig.c, fig.surface_end
    for p in sentence_periods(c, fig.sent.sent_idx):
        if p.start_char < end or p.start is None or p.end is None or p.precision != "month":
            continue
        if (p.start.year, p.start.month) != (p.end.year, p.end.month):
            continue
        gap = c.body[end : p.start_char]
        m = MONTH_RIGHT_AFTER.match(
            gap + c.body[p.start_char : p.end_char]
        )  # the month's span may hold its "pada"
        if m is not None and m.end() > len(gap):  # the name after "pada" is this month's, not one before it
            return p
    return None


def same_period_said(text: str) -> bool:
    """ "Pada periode yang sama, satgas menemukan 362 nomor ...": the sentence dates its figure by the period before."""
    m = ANAPHORA.search(text)
    return m is not None and PERIOD_ANAPHOR.search(m.group(0)) is not None


def resolve_blocked(fig: Figure, cue: BlockedCue, ledger: Ledger) -> None:
    """Keep a blocked figure (or fill the gaps of its earlier mention) and note it in the discourse."""
    c, sent = fig.c, fig.sent
    kind = cue.kind or object_type(fig, cue.list_item)
    if not_an_object(fig):
        return
    breakdown = breaks_down(sent.text, fig.num_at)
    base, period = fact_base(fig, breakdown)
    if headline_scope_only(fig, period):
        period = None
        base.update(period_columns(None))
    own_month = month_right_after(fig)
    when_blocked = (
        own_month
        or period_of_next_block(fig)
        or year_after(fig, period)
        or covering_period(fig, breakdown, ledger)
        or also_period(fig, period)
    )
    if headline_scope_only(fig, when_blocked):
        when_blocked = (
            None  # "juga" after a count the headline's scope dated: not this figure's period either
        )
    if when_blocked is not None:
        period = when_blocked
        base.update(period_columns(period))
    if when_blocked is None and one_more_action(fig, kind, period, breakdown, cue.list_item):
        period = None
        base.update(period_columns(None))
    asker = None if cue.list_item or blocking(sent.text, fig.num_at) else requested_next(fig)
    if asker is not None and not (
        sentence_periods(c, sent.sent_idx)
        or sentence_periods(c, sent.sent_idx + 1)
        or same_period_said(sent.text)
    ):
        # a request told with no day of its own: not the day of a hearing or of the story's lead
        period = None
        base.update(period_columns(None))
    as_of = when_blocked is None and as_of_point(fig, period)
    if as_of:
        base["period_start"] = None
    found = agency(c, sent.start, sent.end, fig.cand.num_start)
    total = ledger.facts.get(("blocked_total", c.article_id))
    if (
        period is None
        and cue.list_item
        and total is not None
        and not earlier_value(c, sent.sent_idx, fig.cand.num_start, fig.surface_end)
    ):
        # an item of a blocked total ("Meta 7.523, Google 1.612") covers the total's period
        base.update({k: total[k] for k in PERIOD_COLUMNS})
    key: tuple[object, ...] = ("blocked", c.article_id, fig.value, kind)
    if (
        own_month is not None
        and key in ledger.facts
        and ledger.facts[key]["period_start"] not in {None, own_month.start}
    ):
        key = (
            *key,
            own_month.start,
        )  # "26 situs pada Juni ... Jumlah yang sama, 26 situs, diajukan pada Juli": two
    if not ledger.first(key):
        fill_gaps(ledger.facts[key], base, found)
        # the story goes on about the figure it repeats ("Jumlah itu melonjak ... OJK masih melaporkan 17.026")
        last = c.discourse.blocked
        if c.discourse.kind == "blocked" and last is not None:
            c.discourse.blocked = last._replace(sent_idx=sent.sent_idx)
        return
    if not as_of:  # "selama periode yang sama" after an earlier value of a series means the series' period
        c.discourse.period = period or c.discourse.period
    c.discourse.kind = "blocked"
    c.discourse.latest = period
    c.discourse.latest_at = sent.sent_idx
    agency_id = asker.entity_id if asker is not None else blocked_agency(fig, cue.list_item, kind, found)
    # a list keeps its total's object: "- 1.932.131 dari situs", then "- 35.092 dari Google" (contents)
    listed = c.discourse.blocked.object_type if cue.list_item and c.discourse.blocked else kind
    c.discourse.blocked = BlockedMark(sent.sent_idx, listed, agency_id)
    if not cue.list_item:
        ledger.facts[("blocked_total", c.article_id)] = base
        ledger.blocked_spans.setdefault(c.article_id, []).append((fig.value, period))
    fact = {
        "fact_id": fact_id("blocked", c.article_id, fig.cand.num_start),
        **base,
        "object_type": kind,
        "agency_id": agency_id,
    }
    relate(fact, fig, period, ledger.totals, "blocked", cue.list_item or breakdown)
    ledger.facts[key] = fact
    ledger.blocked.append(fact)

"""Delegations: official visits or missions abroad ("kunjungan kerja ke Kamboja", "Delegasi RI ... ke"), with
destination, dates, lead ("dipimpin oleh"), members ("didampingi", "terdiri dari", "perwakilan dari") and
counterparts ("bertemu dengan", "pertemuan dengan"). Meetings at home and hosted summits are not delegations.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

import polars as pl

from transforms.dates import NUMBER_WORDS, Period, find_periods, point_of
from transforms.facts import ArticleContext, Mention, Sentence, fact_id
from transforms.patterns import examples
from transforms.persons import WIFE_BEFORE
from transforms.text import Gated, cased_first, starting_with

# "Satgas ... diberangkatkan ke Kamboja", "tim ... dikirim ke Myanmar": a team sent abroad, in the passive (a visit's
# trigger, and a mission word that makes a sentence about WNI or PMI a mission).
TEAM_SENT_TO = r"(?:tim|satgas|penyidik|personel|petugas)(?:\s+[\w.]+){0,4}?\s+di(?:berangkatkan|kirim|utus|terjunkan)\s+ke"
# Every sentence is searched by several of these: text.starting_with lets the engine skip a position without
# trying every alternative (same matches, ~1.5x faster).
TRIGGER = re.compile(
    starting_with(
        "dklmbtworsp",
        r"\b(?:delegasi|kunjungan\s+kerja(?:nya)?|kunker|lawatan(?:nya)?|misi\s+(?:diplomatik|kemanusiaan|repatriasi|penyelamatan|"
        r"resmi|ke)|(?:bertolak|berangkat|terbang)\s+(?:ke|menuju|dari)|melakukan\s+kunjungan|berkunjung\s+ke|mengunjungi|tim\s+gabungan\s+ke|"
        r"menerima\s+kunjungan|kunjungan\s+kehormatan|working\s+visit|official\s+visit|mission\s+to|mengutus|"
        r"(?:memberangkatkan|mengirim(?:kan)?|menerjunkan)\s+(?:(?:satu|sebuah|se)\s+)?tim|berkantor(?:\s+sementara)?\s+di|"
        r"menjemput|memimpin\s+(?:tim|rombongan|misi)(?:\s+[\w.]+){0,3}?\s+(?:ke|menuju)|"
        + TEAM_SENT_TO
        + "|"
        r"dalam\s+(?:kunjungan|lawatan)\s+(?:itu|tersebut|ini)|datang\s+ke\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3}mewakili|"
        r"tim(?:\s+[\w.]+){0,4}?\s+(?:(?:sudah|telah|masih|tengah|sedang)\s+)?(?:berada|bertugas|disiagakan)\s+di|"
        r"tim\s[^.;]{0,120}?\b(?:kini|sudah|telah|masih|tengah|sedang)\s+(?:berada|bertugas|disiagakan)\s+di|"
        r"(?:direktur|deputi|dirjen|kadiv|kepala|menteri|rombongan)(?:\s+[\w.]+){0,3}?\s+(?:masih|tengah|sedang)\s+"
        r"(?:berada\s+)?di)\b",
    ),
    re.I,
)
# A meeting or arrival in a foreign place is a visit too ("pertemuan ... di Phnom Penh", "tiba di Pnom Penh").
MEETING = re.compile(
    starting_with(
        "pbmrsjtdkc",
        r"\b(?:pertemuan|bertemu|menemui|rapat|pembicaraan|perundingan|sidang\s+komisi\s+bersama|joint\s+commission|"
        r"tiba\s+di|mendarat\s+di|perjalanan\s+ke|menghadiri|dialog|konferensi(?!\s+pers)|KTT|(?<!zoom\s)meeting|summit|conference)\b",
    ),
    re.I,
)
TO_COUNTRY = re.compile(r"\b(?:ke|di|to|in|menuju)\s+$", re.I)
# "di Diaoyutai State Guesthouse, Beijing": a venue's name may stand between "di" and its city.
AT_PLACE = re.compile(r"\b(?i:ke|di|to|in|menuju)\s+(?:[A-Z][\w.'-]*,?\s+){0,5}$")
# "dipimpin langsung Kadiv Hubinter, Irjen Krishna Murti": title words between the verb and the name, as many as a
# deputy's office and its ministry's full name take ("dipimpin Deputi Bidang Koordinasi Politik Luar Negeri
# Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan (Kemenko Polhukam), Duta Besar Mohammad Koba").
LEAD = re.compile(
    r"\b(?:dipimpin(?:\s+(?:langsung\s+)?oleh)?|dipimpin\s+langsung|diketuai(?:\s+oleh)?|dikepalai(?:\s+oleh)?|"
    r"led\s+by|headed\s+by)\s+(?:(?:[A-Z(][\w.()/-]*|dan|untuk|&),?\s+){0,20}$"
)
# "Delegasi RI yang dipimpin oleh", "Pihak Indonesia dalam pertemuan itu dipimpin", "Tim dipimpin": "dipimpin" names
# a visit's lead only when what it leads is the delegation, its side or its meeting; "upacara pembukaan yang dipimpin
# Presiden Laos", "taklimat dari pejabat senior KDN yang diketuai oleh" lead something else.
LED_BODY = re.compile(
    r"\b(?:delegasi|rombongan|tim|misi|kunjungan|lawatan|kunker|pihak|kontingen|pertemuan|perundingan|pembicaraan|"
    r"sidang|dialog)\b(?:[\s,]+(?!yang\b|dan\b)[\w.()/-]+){0,5}?"
    r"(?:[\s,]+yang\s+(?:datang|berkunjung|tiba|hadir|berada)\b(?:[\s,]+(?!yang\b|dan\b)[\w.()/-]+){0,4}?)?"
    r"[\s,]+(?:yang\s+)?(?:(?:akan|telah|sudah)\s+)?$",
    re.I,
)
# "Hadi Tjahjanto memimpin delegasi Indonesia pada Pertemuan APSC": the subject heads the delegation or a part of it.
ACTIVE_LEAD = re.compile(r"\bmemimpin\s+(?:lawatan\s+|kunjungan\s+)?(?:delegasi|rombongan|tim)\b", re.I)
# "Delegasi Indonesia selaku tuan rumah dipimpin ...", "Dari pihak tuan rumah, sidang itu dipimpin ...": what is led
# is the host's side, whose head is met, not the lead.
HOST_SIDE = re.compile(r"\b(?:(?:selaku|sebagai)\s+tuan\s+rumah|(?:dari|di)\s+pihak\s+tuan\s+rumah)\b", re.I)
# "Dari pihak tuan rumah, Wakil Kepala Polri ... bertindak sebagai Ketua Delegasi RI": a sentence opening on the
# host's side names the hosts.
HOST_SIDE_OPENS = re.compile(r"^\W*(?:dari|di|pada)\s+pihak\s+tuan\s+rumah\b", re.I)
# "pelindungan pekerja migran Indonesia di Malaysia": the country where a group lives is a topic of the talks, not
# the place of the meeting.
POPULATION_AT = re.compile(
    r"\b(?:pelindungan|perlindungan|nasib|kesejahteraan|penempatan|keselamatan)\s+(?:para\s+)?"
    r"(?:pekerja(?:\s+migran)?|PMI|TKI|WNI|warga(?:\s+negara)?|diaspora)(?:\s+(?:Indonesia|RI|kita))?"
    r"(?:\s+yang\s+(?:bekerja|tinggal|berada|menetap))?\s+$",
    re.I,
)
# "Tim Polri berangkat ke Kamboja. Ketiganya diterbangkan dari Kamboja pada Jumat (14/10/2022) malam dan mendarat di
# Bandara Soekarno-Hatta, Tangerang, Sabtu (15/10/2022)": a day appended after a comma to a clause without a verb of
# its own dates the last clause that has one. Atomic `(?>...)`: a capitalised word is taken whole, the same matches;
# otherwise an all-caps run ("KBRI") could be cut anywhere, tried every way before a verb fails the match.
VERBLESS = re.compile(r"^[^\w]*(?:(?>[A-Z][\w.'-]*|pagi|siang|sore|malam|hari|ini|itu|lalu|dini)[^\w]*)*$")
# "Delegasi Indonesia berjumlah 36 personel yang dipimpin oleh Kadivhubinter Polri": the delegation itself is led.
DELEGATION_LED = re.compile(
    r"\b(?:delegasi|rombongan|kontingen)\b[^.;]{0,100}?\b(?:dipimpin|diketuai|dikepalai|di\s+bawah\s+pimpinan)\b",
    re.I,
)
# "pertemuan bilateral dengan NZP yang ", "Pihak Indonesia dalam pertemuan itu ": what is led is a meeting (or a side
# in it), not the delegation.
SIDE_MEETING = re.compile(r"\b(?:pertemuan|perundingan|pembicaraan|sidang|dialog)\b", re.I)
# "Seruan itu ia sampaikan dalam ...": a pronoun as the subject of a visit sentence.
PRONOUN_SUBJECT = re.compile(r"\b(?:ia|dia|beliau)\b", re.I)
# "X bertemu Y di sela-sela KTT. Pertemuan bilateral itu berlangsung di Kazan, Rusia": a visit sentence opening on
# the meeting or visit the sentence before told is made by the people that sentence names.
TOLD_BEFORE = re.compile(
    r"^\W*(?:pertemuan|kunjungan|lawatan|perjalanan|pembicaraan)(?:\s+(?:bilateral|kerja|resmi|kenegaraan))?\s+"
    r"(?:itu|tersebut|ini)\b",
    re.I,
)
# "Sejumlah menteri ikut dalam penerbangan Presiden, yakni ...": who flies or travels in the party is a member however
# far from the visit's sentences it is told.
IN_THE_PARTY = re.compile(r"\b(?:ikut|turut)\s+(?:dalam\s+)?(?:penerbangan|rombongan|delegasi)\b", re.I)
# "Tim terpadu ... kini berada di Kota Mae Sot": a team still there; the stay has not ended.
STAYING = re.compile(r"\b(?:kini|masih|sedang|tengah)\s+(?:berada|bertugas)\s+di\b", re.I)
# "Kemlu dan Direktorat Jenderal Imigrasi mengirimkan tim bantuan ke Phnom Penh": bodies that send a team together.
SENDS_TEAM = re.compile(
    r"\b(?:mengirim(?:kan)?|memberangkatkan|mengutus|menerjunkan)\s+(?:(?:satu|sebuah|se)\s+)?tim\b", re.I
)
MEMBER = re.compile(
    r"\b(?:didampingi|ditemani|disertai|terdiri\s+(?:dari|atas)|beranggotakan|perwakilan\s+dari|tim\s+(?:gabungan\s+|terpadu\s+)?dari|turut\s+(?:serta|hadir)|anggota\s+delegasi|"
    # "Anggotanya berasal dari Kementerian Luar Negeri, ... serta Divhubinter Polri": the bodies the party is made of
    r"anggota(?:nya|\s+(?:rombongan|delegasi|tim))?\s+berasal\s+dari|"
    r"bersama\s+dengan|(?:turut\s+)?mendampingi|(?:datang|tiba|hadir|berangkat|bertolak|terbang|mendarat)\s+bersama|"
    r"(?:ikut|turut)\s+(?:dalam\s+)?(?:penerbangan|rombongan|delegasi|lawatan|kunjungan)|"
    # "Dalam rombongan Komisi IX itu turut Direktur Jenderal ... Suhartono"
    r"dalam\s+(?:rombongan|delegasi)(?:\s+[\w-]+){0,4}?\s+(?:itu\s+|tersebut\s+)?(?:turut|ikut)(?:\s+serta)?)\b",
    re.I,
)
COUNTERPART = re.compile(
    r"\b(?:bertemu(?:\s+dengan)?|pertemuan(?:[\s,]+\w+){0,6}?[\s,]+dengan|menemui|"
    # "Retno juga menggelar pertemuan troika membahas isu Myanmar bersama Menteri Luar Negeri Laos ..."
    r"(?:menggelar|mengadakan|melakukan)\s+pertemuan(?:[\s,]+\w+){0,6}?[\s,]+bersama|(?:ber)?audiensi\s+dengan|met\s+with|"
    r"courtesy\s+call|(?:berdialog|berdiskusi|berkoordinasi|berbicara|berbincang|berunding)\s+dengan|"
    r"(?:diterima|disambut)(?:\s+langsung)?(?:\s+oleh)?|kunjungan\s+kehormatan\s+kepada|"
    # "menghadiri jamuan makan malam bersama mantan Perdana Menteri Thailand Thaksin": who dines with the visitor
    r"(?:jamuan\s+)?(?:makan|santap)\s+(?:malam|siang|pagi)\s+bersama|sarapan\s+bersama)\b",
    re.I,
)
# "Presiden Joko Widodo": a head of state titled without a country (a foreign one is "Presiden Filipina").
HEAD_OF_STATE = re.compile(r"^(?:Wakil\s+)?Presiden(?:\s+RI)?$", re.I)
# "Menlu Retno Marsudi juga mendampingi Presiden": the subject of "mendampingi" is a member too.
ACCOMPANYING = re.compile(r"\bmendampingi\b", re.I)
# "Menteri Sarawak Stephen Rundi Utom, bersama Wakil Menteri ...": those with the visitor.
BESIDE = re.compile(r"\b(?:bersama|beserta|didampingi|ditemani|disertai)\b", re.I)
# "Dari pihak China hadir", "sementara pihak Kamboja diwakili", "Delegasi Indonesia terdiri atas": a side.
SIDE = re.compile(r"\b(?:pihak|delegasi)\s+$", re.I)
# "Rombongan diterima langsung oleh ...": a sentence about the delegation itself, wherever it stands.
# "Siang harinya, rombongan bertemu dengan ...": a time said first may open the sentence.
DELEGATION_SUBJECT = re.compile(
    r"^\W*(?:[^,.;]{0,20}\b(?:hari(?:nya)?|pagi|siang|sore|malam|kemudian|selanjutnya|setibanya|sebelumnya|usai|"
    r"setelah|\d{1,2}/\d{1,2}(?:/\d{4})?\))[^,.;]{0,20},\s*)?(?:rombongan|delegasi|tim)\b",
    re.I,
)
# "kunjungan kehormatan kepada PM Hun Manet dan menyampaikan salam dari Presiden Joko Widodo": a new verb ends the
# list of those met.
NEW_CLAUSE = re.compile(
    r"\b(?:dan|lalu|serta|kemudian|sambil|sebelum|setelah|sesudah|seraya)\s+(?:me|ber|di)[a-z]{3,}\b"
)
# "Saat bertemu Menlu Malaysia Mohamad Hasan di Kuala Lumpur, Rabu (3/7/2024), Retno mengajak ...": after a fronted
# clause of time, the name that opens the main clause (a comma, then only title words, then a verb) is its subject, who
# meets, not one of those met.
FRONTED_CLAUSE = re.compile(
    r"^\W*(?:saat|ketika|sewaktu|tatkala|selama|usai|seusai|setelah|sesudah|dalam\s+(?:pertemuan|kunjungan|"
    r"lawatan|dialog|audiensi))\b",
    re.I,
)
TITLE_WORDS_ONLY = re.compile(r"^\s*(?:[A-Z][\w.'-]*\s+){0,5}$")
MAIN_VERB_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:juga|kembali|pun|lalu|kemudian|langsung|turut|telah|sudah)\s+)?"
    r"(?:me|ber|di|ter|mem|men|meng)[a-z]{2,}\b"
)
CONTINUATION = re.compile(r"^\s*(?:selain\s+itu|selain|turut|juga|kemudian|serta)\b", re.I)
# "Lawatan itu memenuhi undangan ...": a visit word that refers back to the visit of the sentence before.
SAME_VISIT = re.compile(r"\b(?:kunjungan|lawatan|perjalanan)\s+(?:itu|tersebut|ini)\b", re.I)
# "Filipina yang menjadi tuan rumah pertemuan": the host named right before is a foreign country.
FOREIGN_HOST = re.compile(
    r"^(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}\s*(?:,?\s*(?:yang|selaku|sebagai)\s+)?$", re.I
)
PLANNED = re.compile(r"\b(?:akan|rencana|direncanakan|berencana|dijadwalkan|mendatang)\b", re.I)
# "direncanakan bertolak ke", "akan segera berangkat ke", "rencana kunjungan kerja": a trip not made yet.
PLAN_BEFORE = re.compile(
    r"(?:\b(?:akan|direncanakan|berencana|dijadwalkan|rencana|rencananya|hendak|ingin|bakal|(?:ber)?sepakat)\s+"
    r"(?:\w+\s+){0,2}|"
    r"\b(?:untuk|guna)\s+|"
    r"\b(?:menyiapkan|mempersiapkan|persiapan|menjelang|jelang)\s+)$",
    re.I,
)
# "menyiapkan kunjungan kerja ... ke Republik Korea yang dijadwalkan dalam waktu dekat", "lawatan ke Korea Selatan
# nanti akan": the visit word's own clause sets it in a time to come.
PLANNED_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:yang\s+(?:akan|dijadwalkan|direncanakan|rencananya)|nanti\s+akan|dalam\s+waktu\s+dekat)\b",
    re.I,
)
# "pertemuan lanjutan di Phnom Penh pekan depan", "bertemu ... dalam waktu dekat": a meeting set for a time to come,
# said in its clause after the meeting word.
FUTURE_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:(?:pekan|minggu|bulan|tahun)\s+depan|mendatang|dalam\s+waktu\s+dekat|besok|lusa)\b",
    re.I,
)
# "Kunjungan kerja Kapolri ke Thailand batal dilaksanakan", "lawatan itu ditunda": a visit called off or put off.
CALLED_OFF = re.compile(r"[^,;.]{0,60}?\b(?:batal|dibatalkan|ditunda|diundur|urung)\b", re.I)
# "Rencana kunjungan Presiden ke Kamboja dibahas dalam rapat ...": a place named as the goal of a trip still
# planned is no place of the meeting.
PLANNED_TRIP_TO = re.compile(
    r"\b(?:rencana|rencananya|akan|hendak|dijadwalkan|direncanakan|berencana|menyiapkan|mempersiapkan|persiapan|"
    r"menjelang|jelang)\s+(?:\w+\s+){0,3}?"
    r"(?:kunjungan|lawatan|perjalanan|berkunjung|bertolak|berangkat)\b[^.;]{0,60}$",
    re.I,
)
# "PHNOM PENH, Selasa (9/7/2024) - Menlu ... bertemu ...": a foreign city opening the article is its dateline, where
# what the first sentence reports took place.
DATELINE_PLACE = re.compile(r"\W{0,3}[A-Z][\w.' ]{1,30}?(?:,\s*[^-–—,.]{0,40}?)?\s*[-–—]\s")
# "mencegah keberangkatan CPMI ke Kamboja", "pengiriman pekerja migran ke": the country the workers travel to.
WORKERS_TRIP_TO = re.compile(
    r"\b(?:keberangkatan|pemberangkatan|pengiriman|penempatan)\s+(?:[\w-]+\s+){0,3}?(?:ke|menuju)\s+"
    r"(?:[A-Z][\w.'-]*,?\s+){0,3}$",
    re.I,
)
# "Divhubinter Polri menjemput 16 WNI bermasalah yang terkait kasus penipuan online dari Vietnam": the people fetched
# come from that country (picked up on arrival); "menjemput ... di Manila" is where a team went.
FETCHED_FROM = re.compile(r"\bmenjemput\s+[^.;]{0,120}?\bdari\s+(?:[A-Z][\w.'-]*,?\s+){0,3}$")
PASSED_THROUGH = re.compile(
    r"\b(?:(?:terbang|pulang)\s+dari|(?:transit|singgah)\b[^.;]{0,30}?\bdi)\s+(?:[A-Z][\w.'-]*,?\s+){0,3}$"
)
# PLAN_BEFORE matches words and spaces only: a match starting before a window of the text covers the whole window.
_WORDS_AND_SPACES = re.compile(r"[\w\s]+")
_PLAN_WINDOW = 120


def plan_before(text: str, end: int) -> bool:
    """`PLAN_BEFORE.search(text[:end])` without scanning the whole prefix for each verb: the last _PLAN_WINDOW
    characters first (`search` with pos/endpos sees the character before `pos` for `\b` and ends `$` at `endpos`),
    the whole prefix only when the window is all words and spaces (then a match could begin before it)."""
    start = max(0, end - _PLAN_WINDOW)
    if PLAN_BEFORE.search(text, start, end):
        return True
    return (
        start > 0
        and _WORDS_AND_SPACES.fullmatch(text, start, end) is not None
        and PLAN_BEFORE.search(text, 0, end) is not None
    )


# Victims travel too ("anaknya berangkat ke Kamboja"): without a mission word such a sentence is no visit.
VICTIM = re.compile(
    starting_with(
        "kwacpdtnb",
        # "berangkat ke Kamboja tanpa prosedur resmi dan bekerja sebagai operator judi online": a worker's trip
        r"\b(?:korban|wni|anak(?:nya)?|keluarga|calon\s+pekerja|pmi|cpmi|pekerja\s+migran|diberangkatkan|"
        r"tanpa\s+prosedur|non-?prosedural|bekerja\s+sebagai)\b",
    ),
    re.I,
)
MISSION_WORD = re.compile(
    starting_with(
        "dklmpbts",
        r"\b(?:delegasi|kunjungan|kunker|lawatan|misi|pertemuan|bertemu|menjemput|mengutus|"
        r"memberangkatkan\s+tim|berkantor|tim(?:\s+[\w.]+){0,4}?\s+(?:(?:sudah|telah|masih)\s+)?berada\s+di|"
        r"(?:tim|rombongan)\b[^.;]{0,120}?\b(?:(?:tiba|mendarat)\s+di|(?:bertolak|berangkat|terbang)\s+(?:ke|menuju))|"
        r"(?:bersama|beserta)\s+(?:tim|rombongan|delegasi)(?!\s+(?:calon|pekerja|korban|wni|pmi|cpmi|tki)\b)|"
        r"mengirim(?:kan)?\s+(?:(?:satu|sebuah|se)\s+)?tim|" + TEAM_SENT_TO + "|"
        r"menerjunkan\s+tim|memimpin\s+(?:tim|rombongan|misi))\b",
    ),
    re.I,
)
# "delegasi Kepolisian Thailand": a delegation named after its country or body.
# "Delegasi Kepolisian Thailand", "Sebuah delegasi dari Kementerian Keamanan Publik China".
DELEGATION_OF = re.compile(r"\bdelegasi\s+(?:(?:dari|asal)\s+)?", re.I)
NAME_WORDS = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}")
PURPOSE = re.compile(r"\b(?:untuk|guna|dalam\s+rangka)\s+(.{10,160}?)(?:[.;]|$)", re.I)
VISIT_PERIOD_KINDS = {"day_range", "day", "month_range", "month", "day_no_year", "dateline"}
# "kata Retno dalam keterangan pers, Kamis (22/8/2024)": a day closing an attribution dates the statement.
STATEMENT_DATE = re.compile(
    r"\b(?:(?:kata|ujar|ucap|ungkap|tutur|jelas|sebut|tegas|imbuh|papar|terang|tambah)(?:nya)?|keterangan(?:nya)?|"
    r"wartawan|(?:konferensi|jumpa|siaran)\s+pers|dikutip|dilansir)\b",
    re.I,
)
# "lawatan kerja selama tiga hari ... yang dimulai Senin (24/2/2025)": a stated length ends a visit that starts that day.
DURATION = re.compile(
    r"\b(?:selama|berlangsung(?:\s+selama)?)\s+(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+hari\b", re.I
)
DAY_OF_EVENT = re.compile(r"\b(?:pada|sejak|hingga|sampai|tanggal|tgl\.?)\s*$", re.I)
# "Tim dari Kemlu sudah berada di Mae Sot sejak 23 Februari": a stay that began that day and has not ended.
SINCE = re.compile(r"\bsejak\s*$", re.I)
# "sejak 23 Juli 2024" starts a stay on a day; "sejak 2022" does not.
OPEN_DAY = re.compile(r"sejak\s+(?:[A-Za-z]+,?\s+)?\(?\d{1,2}\b", re.I)
# "Laporan Polisi Nomor LP/B/82/V/2023 tertanggal 2 Mei 2023": the day of a document, not of the visit.
DOCUMENT_DATE = re.compile(r"\b(?:tertanggal|bertanggal)\s*$", re.I)
DEPARTURE = re.compile(r"\b(?:bertolak|berangkat|terbang|lepas\s+landas|(?:mem|di)berangkatkan)\b", re.I)
# "Tim ... tiba di Phnom Penh, Kamboja, pada Sabtu (24/1/2026) untuk membantu pendataan": the day a team arrives
# starts its stay; like a departure day, it does not end it.
ARRIVAL = re.compile(r"\b(?:tiba|mendarat)\s+di\b", re.I)
# "Jumat 06 Des 2024 17:20 WIB": a header's time stamp, the publication and not the visit.
TIME_STAMP = re.compile(r"\s*[-|,]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}\b(?!\s+waktu\b)")
# "dalam pernyataannya pada Kamis (21/9/2023)", "Media Caixin melaporkan pada Jumat": the day of a statement.
REPORTED_ON = re.compile(
    r"\b(?:pernyataan|keterangan|siaran\s+pers|konferensi\s+pers|jumpa\s+pers|melaporkan|menyatakan|mengatakan|"
    r"menyebut(?:kan)?|mengumumkan|menjelaskan)(?:nya)?(?:\s+resmi)?\s+(?:pada|tanggal)\s*$",
    re.I,
)
# "Sebanyak 88 tersangka ditangkap pada 29 Agustus 2023": the day of an arrest, a raid or a deportation the clause
# reports, not of the visit.
OTHER_EVENT = re.compile(
    r"\b(?:ditangkap|diringkus|dibekuk|diamankan|ditahan|digerebek|digrebek|dideportasi|dipulangkan|dibebaskan|"
    r"diselamatkan|divonis|dilaporkan|dilantik|diekstradisi|dibawa\s+pulang|"
    r"diterbangkan\s+(?:kembali\s+)?(?:dari|ke\s+(?:Indonesia|Tanah\s+Air|Jakarta)))\b",
    re.I,
)
# "urusan kenegaraan menjelang akhir masa pemerintahannya pada 20 Oktober": a day the visit is set against, not one of
# its days.
REFERENCE_DAY = re.compile(r"\b(?:menjelang|jelang|akhir\s+masa)\b", re.I)
HOSTED = re.compile(
    r"\b(?:menerima\s+(?:kunjungan|delegasi)|kedatangan\s+delegasi|menjadi\s+tuan\s+rumah)\b", re.I
)
# "Mukhtarudin menerima kunjungan (kehormatan) Menteri ... Sarawak, Malaysia, Stephen Rundi Utom": the visitor is
# named after the host's verb.
RECEIVED = re.compile(
    r"\b(?:menerima|menyambut|menjamu)\s+(?:kunjungan|kedatangan|delegasi)(?:\s+kehormatan)?\b", re.I
)
# "Perdana Menteri Malaysia Anwar Ibrahim melakukan kunjungan bilateral ke Indonesia", "... tiba di Halim
# Perdanakusuma, Jakarta": a foreign official coming to Indonesia (a country or place of Indonesia follows).
INBOUND = cased_first(
    re.compile(
        starting_with(
            "mklbtd",
            r"\b(?:(?:melakukan\s+)?(?:kunjungan|lawatan)(?:\s+(?:kerja|resmi|kenegaraan|bilateral|kehormatan))?"
            r"(?:\s+(?:pertama|perdana|kedua|balasan))?(?:nya)?"
            r"(?:\s+selama\s+\w+\s+(?:hari|pekan|minggu))?\s+(?:ke|di)|"
            r"berkunjung\s+ke|mengunjungi|tiba\s+di|mendarat\s+di|berada\s+di|(?:di)?berangkatkan\s+ke|dikirim\s+ke|"
            r"diutus\s+ke)\s+",
        ),
        re.I,
    )
)
# The scans every sentence of every article gets (`trigger_sentences`), each behind the words one of which all its
# matches hold (text.Gated; tests/transforms/test_scan_gates.py checks the words against the patterns).
TRIGGER_GATED = Gated(
    TRIGGER,
    (
        "delegasi", "unjung", "kunker", "lawatan", "misi", "bertolak", "berangkat", "terbang", "tim", "visit",
        "mission", "utus", "kirim", "terjun", "berkantor", "jemput", "mewakili", "masih", "tengah", "sedang",
        "memimpin",
    ),
)  # fmt: skip
MEETING_GATED = Gated(
    MEETING,
    (
        "pertemuan", "bertemu", "menemui", "rapat", "pembicaraan", "perundingan", "sidang", "joint", "tiba",
        "mendarat", "perjalanan", "menghadiri", "dialog", "konferensi", "ktt", "meeting", "summit", "conference",
    ),
)  # fmt: skip
INBOUND_GATED = Gated(
    INBOUND, ("kunjungan", "lawatan", "berkunjung", "mengunjungi", "tiba", "mendarat", "berada", "berangkatkan", "dikirim", "diutus")
)  # fmt: skip
MEMBER_GATED = Gated(
    MEMBER,
    (
        "didampingi",
        "terdiri",
        "beranggotakan",
        "perwakilan",
        "tim",
        "turut",
        "anggota",
        "bersama",
        "mendampingi",
        "ikut",
        "ditemani",
        "disertai",
    ),
)
COUNTERPART_GATED = Gated(
    COUNTERPART,
    (
        "bertemu", "pertemuan", "menemui", "audiensi", "met", "courtesy", "berdialog", "berdiskusi", "berkoordinasi",
        "berbicara", "berbincang", "berunding", "diterima", "disambut", "kehormatan", "makan", "santap", "sarapan",
    ),
)  # fmt: skip
DELEGATION_LED_GATED = Gated(DELEGATION_LED, ("delegasi", "rombongan", "kontingen"))
ACTIVE_LEAD_GATED = Gated(ACTIVE_LEAD, ("memimpin",))
# "Myanmar, dan Bangkok, ": a destination, then "dan" / "serta" and a place before the next country.
JOINED_PLACE = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+(?i:dan|serta)\s+(?:[A-Z][\w.'-]*,?\s+){0,3}")
# "kepolisian China yang diberangkatkan ke": nothing but "yang" between the officers' country and their verb.
OFFICERS_TO_VERB = re.compile(
    r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*(?i:yang\s+)?(?i:(?:telah|sudah|sempat)\s+)?$"
)
# "Presiden Joko Widodo menyambut Anwar": the host before the verb, the visitor after it.
WELCOMES = re.compile(r"\b(?:menyambut|menjamu|menerima)\b", re.I)
WELCOMES_GATED = Gated(WELCOMES, ("menyambut", "menjamu", "menerima"))
# "Duta Besar Malaysia untuk Indonesia": a resident ambassador's call is no visit.
AMBASSADOR = re.compile(r"\b(?:duta\s+besar|dubes|ambassador|kuasa\s+usaha)\b", re.I)
# "Duta Besar Kamboja untuk Indonesia yang berkunjung ke kantor Kementerian P2MI": a resident envoy's call, whose
# country is not a destination.
RESIDENT_ENVOY = re.compile(
    r"\b(?i:duta\s+besar|dubes|kuasa\s+usaha)\s+(?:[A-Z][\w-]*\s+){1,3}untuk\s+(?:Indonesia|RI)\b|"
    r"\b(?i:pak|bu)\s+(?i:dubes|duta\s+besar)\s+[A-Z]",
)
# "Untung Widyatmoko, mengatakan tim Divhubinter menjemput ...": the subject of a speech verb whose report is the
# visit tells of it; he does not lead it (said right after his name, in his clause).
REPORTS = re.compile(
    r"^[\s,]*(?:(?:juga|pun|kemudian)\s+)?(?:mengatakan|menyatakan|menjelaskan|menyebut(?:kan)?|mengungkapkan|"
    r"menuturkan|menegaskan|menerangkan|memaparkan|melaporkan)\b",
    re.I,
)
# "mengatakan timnya bertolak", "menyebut pihaknya", "mengatakan kami": the speaker tells of his own party.
OWN_PARTY = re.compile(
    r"\s+(?:bahwa\s+)?(?:(?:tim|rombongan|delegasi|pihak)nya|(?:tim\s+)?kami|dirinya|ia|dia|beliau)\b", re.I
)
# "Menurut Kadiv Humas Polri Irjen Sandi Nugroho, Kapolri ... bertolak": the person the report is attributed to.
ACCORDING = re.compile(
    r"\b(?:menurut|sebagaimana\s+(?:disampaikan|dijelaskan|dikatakan)(?:\s+oleh)?|dikutip\s+dari|mengutip)\s+"
    r"(?:[\w.()/-]+\s+){0,8}$",
    re.I,
)
# "Kapolri bertolak ke Laos": a one-word title not followed by a name or a country.
BARE_TITLE = re.compile(r"\b([A-Z][\w-]*)\b(?=\s+[a-z]|\s*[,;(])")
# "kata Krishna kepada wartawan": the person right after a speech verb reports the visit, he does not make it.
SPEAKER = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|tutur|jelas|sebut|tegas|imbuh|papar|terang|tambah)(?:nya)?\s+"
    r"(?:[A-Z][\w.'-]*\s+){0,5}$"
)


DELEGATION_SCHEMA = {
    "delegation_id": pl.String,
    "article_id": pl.String,
    "lead_agency_id": pl.String,
    "lead_person_id": pl.String,
    "origin_country_id": pl.String,
    "destination_country_id": pl.String,
    "start_date": pl.Date,
    "end_date": pl.Date,
    "purpose": pl.String,
    "sentence_text": pl.String,
}
PARTICIPANT_SCHEMA = {
    "delegation_id": pl.String,
    "person_id": pl.String,
    "agency_id": pl.String,
    "role": pl.String,
}


class PersonAt(NamedTuple):
    """A person mention: body offsets and the person's id."""

    start: int
    end: int
    person_id: str


class AgencyAt(NamedTuple):
    """An agency mention: body offsets and the agency's id."""

    start: int
    end: int
    agency_id: str


@dataclass
class ArticleActors:
    """Who an article names: its persons' agencies, and the person and agency mentions in body order."""

    agency_of_person: dict[str, str | None] = field(default_factory=dict)
    persons: list[PersonAt] = field(default_factory=list)
    agencies: list[AgencyAt] = field(default_factory=list)
    heads_of_state: set[str] = field(default_factory=set)  # persons titled just "Presiden" / "Wakil Presiden"
    title_of_person: dict[str, str] = field(default_factory=dict)
    country_of_person: dict[str, str | None] = field(default_factory=dict)


@dataclass
class Roles:
    """The participants found so far: person -> lead / member / counterpart, and the sentences naming members."""

    of: dict[str, str] = field(default_factory=dict)
    lead: str | None = None
    member_sentences: set[int] = field(default_factory=set)
    heads: list[str] = field(default_factory=list)  # who "memimpin delegasi" (a delegation or a side of it)


def _actors(persons: pl.DataFrame, mentions: pl.DataFrame) -> dict[str, ArticleActors]:
    """Per article, the persons' agencies and the person and agency mentions."""
    actors: dict[str, ArticleActors] = defaultdict(ArticleActors)
    for art, pid, agency, title, country in persons.select(
        "article_id", "person_id", "agency_id", "title", "country_id"
    ).iter_rows():
        actors[art].agency_of_person[pid] = agency
        actors[art].country_of_person[pid] = country
        if title:
            actors[art].title_of_person[pid] = title
        if title and HEAD_OF_STATE.search(title.strip()):
            actors[art].heads_of_state.add(pid)
    for art, etype, eid, start, end in (
        mentions.filter(pl.col("entity_type").is_in(["person", "agency"]))
        .select("article_id", "entity_type", "entity_id", "char_start", "char_end")
        .iter_rows()
    ):
        if etype == "person":
            actors[art].persons.append(PersonAt(start, end, eid))
        else:
            actors[art].agencies.append(AgencyAt(start, end, eid))
    for found in actors.values():
        found.persons.sort()
    return actors


def trigger_sentences(c: ArticleContext) -> list[Sentence]:
    """Sentences about a visit: a mission word or a meeting abroad, and not about victims travelling nor a trip
    still planned ("Tim itu direncanakan bertolak ke Kamboja besok", "membahas rencana kunjungan kerja")."""
    found = []
    planned_before = False  # the sentence before announced a visit still planned
    for s in c.sentences:
        inbound = _inbound(c, s)
        triggers = TRIGGER_GATED.finditer(s.text)  # one scan for both questions
        done = _done(triggers, s.text)
        was_planned, planned_before = planned_before, bool(triggers) and not done
        # "Presiden akan melakukan kunjungan kenegaraan ke Beijing. Lawatan itu memenuhi undangan ...", "Pada lawatan
        # ke Beijing, Presiden akan bertemu ...": the same visit, still a plan
        if (
            was_planned
            and (SAME_VISIT.search(s.text) or PLANNED.search(s.text))
            and not DEPARTURE.search(s.text)
        ):
            planned_before = True
            continue
        if not (done or _meets_abroad(c, s) or inbound is not None):
            continue
        if VICTIM.search(s.text) and not MISSION_WORD.search(s.text) and inbound is None:
            continue
        if RESIDENT_ENVOY.search(s.text):
            continue  # a resident envoy calling on a ministry: the country he comes from is no destination
        if triggers and CALLED_OFF.match(s.text, triggers[0].end()):
            continue  # "Kunjungan kerja Kapolri ke Thailand batal dilaksanakan": no visit took place
        found.append(s)
    return found


def _done(matches: list[re.Match[str]], text: str) -> bool:
    """One of the matches (of a pattern in `text`) not announced as a plan by the words right before it nor by its
    own clause after it."""
    return any(not plan_before(text, m.start()) and not PLANNED_AFTER.match(text, m.end()) for m in matches)


def visit_dates(
    c: ArticleContext, first: Sentence, trig: list[Sentence], destination: str | None = None
) -> tuple[date | None, date | None]:
    """The days of the visit: the first day or range stated in the sentence naming the destination or the next one
    ("Rangkaian pertemuan berlangsung pada 3-8 Juni"), else in the other visit sentences or the one after each, in
    body order (the departure day: "Menteri bertolak ke Malaysia pada Minggu (3/3/2024)"). A single day is extended
    by the later days of those sentences within two weeks ("Keesokan harinya, Sabtu (24/5/2025)", "hingga 13
    November"). Left out: the date of a statement ("kata Retno, Kamis (22/8/2024)"), a header's time stamp and a
    start after the article's date (a plan)."""
    told = {t.sent_idx + k for t in trig for k in (0, 1)} | _between(trig)
    told |= _next_days(c, told)
    rest = sorted(
        (told | _returns(c, told) | _meetings_there(c, destination))
        - {first.sent_idx + k for k in (-1, 0, 1)}
    )
    order = [first.sent_idx, first.sent_idx + 1, first.sent_idx - 1, *rest]
    days, departure = _days_in(c, order)
    if not days:
        return None, None
    start, end, is_range = days[0]
    if is_range or end != start:
        return start, end
    if any(STAYING.search(s.text) for s in trig):
        return start, None  # "Tim ... kini berada di Mae Sot": still there, the end is unsaid
    length = _duration(c, [first.sent_idx, *(t.sent_idx for t in trig)])
    if length is not None and any(_closes_on_a_day(s.text) for s in [first, *trig]):
        # "menutup rangkaian kunjungan kerjanya di Malaysia pada Rabu (12/6/2024). Selama tiga hari di Kuala Lumpur":
        # the day told is the last of those days
        return start - timedelta(days=length - 1), start
    if length is not None:
        return start, start + timedelta(days=length - 1)
    holding = _range_holding(days, start)
    if holding is not None and holding not in _sideline_event_ranges(c, order):
        return holding
    earlier = [d for d, _, rng in days[1:] if not rng and start - timedelta(days=14) <= d < start]
    if earlier and not departure:
        # "Pada Sabtu (24/5/2025), ia bertemu ... Sehari sebelumnya, Jumat (23/5/2025), Karding meninjau ...": a day
        # of the visit told after a later one starts it; the later one ends it, unless the earlier one is the
        # departure ("Pertemuan ... Rabu (10/1/2024). Presiden bertolak ... pada Selasa (9/1/2024)"): then the end is
        # unsaid, as after any departure day
        if min(earlier) in _departure_days(c, order):
            return min(earlier), None
        start, end = min(earlier), max(start, end or start)
    # "Rabu (9/11) besok, ia dijadwalkan melanjutkan perjalanan ke Phnom Penh, Kamboja": a day of the next leg, to
    # another country, does not end this visit
    leg_days = {
        p.start
        for k in order
        if _next_leg(c, k, destination)
        for p in map(point_of, find_periods(c.sentences[k].text, c.published, c.years))
    }
    later = [
        d
        for d, _, rng in days[1:]
        if not rng and start < d <= start + timedelta(days=14) and d not in leg_days
    ]
    if departure:
        # "bertolak ... pada Selasa (8/10/2024)" and "KTT ... berlangsung pada 9-11 Oktober 2024 di ... Vientiane": the
        # event the traveller went for, held where the visit goes and starting within days of the departure, ends it.
        event = next(
            (
                b
                for a, b, rng in _days_at_destination(c, destination)
                if rng and b and start <= a <= start + timedelta(days=3)
            ),
            None,
        )
        if event is not None:
            return start, event
    if not later and _one_day_of_an_event(c, first, trig):
        return start, None
    if departure:
        # "bertolak dari Wina pada Senin (27/11/2023)", "mendarat di Kuching, Selasa (28/11/2023)": a landing day after
        # the departure is still the journey; it does not end the visit
        landings = _arrival_days(c, order)
        later = [d for d in later if d not in landings]
    # "timnya bertolak dari Jakarta pada Sabtu (15/3/2025)", "berada di Mae Sot sejak 23 Februari": the departure
    # day starts the visit, its end is unsaid.
    if departure and later and _scheduled_after(c, order, max(later), destination):
        # "Keesokan harinya, Kamis (8/6/2023) ... tiba di Kompleks Seri Perdana ... Sesudah pertemuan, Presiden
        # dijadwalkan menghadap Raja Malaysia": a programme still to come after the last day told: the visit goes on
        return start, None
    return start, max(later, default=None if departure else end)


def _scheduled_after(c: ArticleContext, order: list[int], day: date, destination: str | None) -> bool:
    """A sentence after the one telling `day` (among the visit's sentences at `order`, or right after it) reports
    more of the programme as still to come ("dijadwalkan", "akan"), not a next leg to another country."""
    told_at = [
        k
        for k in order
        if 0 <= k < len(c.sentences)
        and any(
            p.start == day for p in map(point_of, find_periods(c.sentences[k].text, c.published, c.years))
        )
    ]
    if not told_at:
        return False
    last = max(told_at)
    after = sorted({k for k in order if k > last} | {last + 1, last + 2} | set(range(last + 3, last + 6)))
    return any(
        0 <= k < len(c.sentences)
        # close by any word of a plan; further on (up to five sentences) only a word of the programme's schedule
        and (SCHEDULED if k > last + 2 else PLANNED).search(c.sentences[k].text)
        and not _next_leg(c, k, destination)
        and not find_periods(c.sentences[k].text, c.published, c.years)
        for k in after
    )


SCHEDULED = re.compile(r"\b(?:dijadwalkan|direncanakan|rencananya|diagendakan)\b", re.I)
examples(
    SCHEDULED,
    matches=("Presiden juga dijadwalkan beraudiensi dengan Raja", "rencananya bertemu Perdana Menteri"),
    rejects=("pertemuan digelar keesokan harinya",),
)


# "Keesokan harinya, Selasa (11/6/2024), Benny meninjau ...", "Pada hari kedua kunjungan": a sentence that opens on a
# day counted from the one told before goes on with the same visit.
NEXT_DAY = re.compile(
    r"^\W*(?:(?:pada|di)\s+)?(?:keesokan\s+harinya|esok(?:\s+hari)?nya|sehari\s+(?:kemudian|setelahnya|berikutnya)|"
    r"(?:dua|tiga)\s+hari\s+kemudian|hari\s+(?:kedua|ketiga|keempat|terakhir|berikutnya))\b",
    re.I,
)


# "Rombongan tiba kembali di Jakarta pada Rabu (12/6/2024)", "kembali ke Tanah Air": the day the travellers come home.
RETURN_HOME = re.compile(
    r"\b(?:(?:tiba\s+)?kembali|pulang)\s+(?:ke|di)\s+(?:tanah\s+air|indonesia|jakarta)\b", re.I
)
# "menutup rangkaian kunjungan kerjanya", "mengakhiri lawatan": the day told ends the visit.
CLOSING = re.compile(
    r"\b(?:menutup|mengakhiri|menuntaskan|menyelesaikan|merampungkan)\s+(?:rangkaian\s+)?(?:kunjungan|lawatan|kunker)",
    re.I,
)


def _closes_on_a_day(text: str) -> bool:
    """The sentence ends the visit on the day it tells ("menutup rangkaian kunjungan kerjanya ... pada Rabu
    (12/6/2024)"), not on one that starts it ("menuntaskan lawatan ... yang dimulai Senin (22/7/2024)")."""
    m = CLOSING.search(text)
    if m is None:
        return False
    day = re.search(r"\d", text[m.end() : m.end() + 100])
    return day is not None and not re.search(
        r"\b(?:dimulai|mulai|sejak)\b", text[m.end() : m.end() + day.start()], re.I
    )


def _meetings_there(c: ArticleContext, destination: str | None) -> set[int]:
    """The sentences telling a meeting with someone of the destination country ("Ia juga bertemu Menteri Dalam Negeri
    Kamboja Sar Sokha pada Selasa (11/6/2024)"), not one still planned nor the resident envoy's: a day of the
    visit, however far from its first sentences."""
    if destination is None or destination == "ID":
        return set()
    found: set[int] = set()
    for s in c.sentences:
        m = COUNTERPART_GATED.search(s.text)
        if m is None or PLANNED.search(s.text[: m.start()]) or AMBASSADOR.search(s.text[: m.start()]):
            continue
        named = c.in_span(c.countries, s.start, s.end)
        if any(x.entity_id == "ID" for x in named):
            continue  # "Sihasak bertemu Sugiono di Jakarta": a meeting in Indonesia is no day abroad
        if any(x.entity_id == destination and x.start - s.start > m.end() for x in named):
            found.add(s.sent_idx)
    return found


def _returns(c: ArticleContext, told: set[int]) -> set[int]:
    """The sentences at most three after a sentence of the visit that tell the travellers' return home (not one still
    planned): its day ends the visit."""
    found: set[int] = set()
    for s in c.sentences:
        m = RETURN_HOME.search(s.text)
        if m and not PLANNED.search(s.text[: m.start()]) and any(s.sent_idx - j in told for j in (1, 2, 3)):
            found.add(s.sent_idx)
    return found


def _next_days(c: ArticleContext, told: set[int]) -> set[int]:
    """The sentences, one or two after a sentence of the visit (or after another such sentence), that open on the
    next day or a later day of the visit."""
    found: set[int] = set()
    for s in c.sentences:
        if NEXT_DAY.match(s.text) and any(s.sent_idx - j in told | found for j in (1, 2)):
            found.add(s.sent_idx)
    return found


# "mengikuti rangkaian Pertemuan Menteri Luar Negeri ASEAN ... Pada Rabu (24/7/2024), Retno hadir dalam ...", "bertemu
# ... di sela rangkaian KTT ASEAN ke-46", "berada di ibu kota Kamboja untuk mengikuti rangkaian ASEAN Foreign Ministers'
# Meeting": the visit is for a series of meetings, the day told is one of its days and its later days are unsaid.
SERIES = re.compile(
    r"\brangkaian\s+(?:(?:pertemuan|sidang|KTT|konferensi)\b[^.;]{0,60}?\b(?:ASEAN|APEC|G20|Ministerial|Summit|Meeting)"
    r"|(?:[\w'-]+\s+){0,4}?(?:Meeting|Summit|Conference)\b)",
    re.I,
)


def _one_day_of_an_event(c: ArticleContext, first: Sentence, trig: list[Sentence]) -> bool:
    """The visit sentence, the one after it or another visit sentence tells that the traveller is there for a
    series of meetings (the day told dates one session of it): the visit goes on, its end is unsaid. A meeting told
    on one day, even at a summit or ahead of one ("Seruan itu ia sampaikan dalam APEC ... Sabtu (1/11/2025)",
    "digelar menjelang KTT ke-47 ASEAN"), is a one-day visit: nothing says it went on."""
    around = [first, *c.sentences[first.sent_idx + 1 : first.sent_idx + 2], *trig]
    return any(SERIES.search(s.text) for s in around)


def _next_leg(c: ArticleContext, idx: int, destination: str | None) -> bool:
    """The sentence sends the traveller on to another foreign country ("melanjutkan perjalanan ke Phnom Penh,
    Kamboja" in a visit to Malaysia)."""
    if destination is None or not 0 <= idx < len(c.sentences):
        return False
    s = c.sentences[idx]
    return any(
        m.entity_id not in ("ID", destination)
        and not _names_a_mission(c, m.start)
        and AT_PLACE.search(s.text[max(0, m.start - s.start - 60) : m.start - s.start])
        and re.search(
            r"\bke\s+(?:[A-Z][\w.'-]*,?\s+){0,5}$", s.text[max(0, m.start - s.start - 60) : m.start - s.start]
        )
        and not any(x.entity_id == destination for x in c.in_span(c.countries, s.start, s.end))
        for m in c.in_span(c.countries, s.start, s.end)
    )


def _between(trig: list[Sentence]) -> set[int]:
    """The sentences between two visit sentences at most four apart: they tell the same visit."""
    return {
        k
        for a, b in zip(trig, trig[1:], strict=False)
        if b.sent_idx - a.sent_idx <= 4
        for k in range(a.sent_idx + 1, b.sent_idx)
    }


def _days_at_destination(c: ArticleContext, destination: str | None) -> list[tuple[date, date | None, bool]]:
    """The visit days of the sentences naming the destination country or one of its places."""
    if destination is None:
        return []
    at = {m.start for m in c.located([m for m in c.countries if m.entity_id == destination])}
    return _days_in(c, [k for k, s in enumerate(c.sentences) if any(s.start <= x < s.end for x in at)])[0]


def _duration(c: ArticleContext, indices: list[int]) -> int | None:
    """The length in days a visit sentence states ("selama tiga hari"), if any."""
    for idx in indices:
        m = DURATION.search(c.sentences[idx].text) if 0 <= idx < len(c.sentences) else None
        if m:
            word = m.group(1).lower()
            n = int(word) if word.isdigit() else NUMBER_WORDS[word]
            if 1 <= n <= 31:
                return n
    return None


def leg_day(c: ArticleContext, destination: str) -> date | None:
    """The first single day of a sentence naming the destination as a place: a leg of a mission to several
    countries ("berangkat ke Yangon, Myanmar, dan Bangkok, Thailand") is dated where its place is named
    ("koordinasi berlangsung Selasa (9/5/2023) pukul 13.00 waktu Bangkok")."""
    places = {m.start for m in c.located([m for m in c.countries if m.entity_id == destination])}
    naming = [k for k, s in enumerate(c.sentences) if any(s.start <= at < s.end for at in places)]
    days, _ = _days_in(c, naming)
    return next((a for a, b, rng in days if not rng and b in (None, a)), None)


def _days_in(c: ArticleContext, indices: list[int]) -> tuple[list[tuple[date, date | None, bool]], bool]:
    """The visit days of the sentences at `indices`, in that order (start, end, a range), and whether the first is a
    departure."""
    n = len(c.sentences)
    days: list[tuple[date, date | None, bool]] = []
    departure = False
    for idx in indices:
        if not 0 <= idx < n:
            continue
        s = c.sentences[idx]
        periods = list(map(point_of, find_periods(s.text, c.published, c.years)))
        header = DATELINE_PLACE.match(s.text)
        for p in periods:
            if (
                header is not None
                and p.end_char <= header.end()
                and any(q.start_char >= header.end() and q.kind in VISIT_PERIOD_KINDS for q in periods)
            ):
                # "Dili, Kamis (12/6/2025) - Delegasi ... menuntaskan kunjungan kerja ... pada 8-11 Juni 2025": the
                # dateline's day gives way to a day the sentence itself tells
                continue
            if header is not None and p.end_char <= header.end() and days:
                # "Jakarta, Kamis (9/2/2023) - ... sepakat ...", after "bertemu ... Selasa (7/2/2023)": the day the
                # news was told, in another sentence's dateline, is no later day of the visit
                continue
            since_day = p.kind == "open" and bool(OPEN_DAY.match(s.text[p.start_char :]))
            if (
                (p.kind not in VISIT_PERIOD_KINDS and not since_day)
                or p.start is None
                or not _visit_day(s.text, p)
            ):
                continue
            # "pada Selasa (8/10/2024) pukul 14.00 WIB": after "pada" a clock time dates the event, not the header
            stamp = TIME_STAMP.match(s.text[p.end_char :]) and not DAY_OF_EVENT.search(s.text[: p.start_char])
            if stamp or (not days and c.published and p.start > c.published):
                continue
            departure = departure or (
                not days
                and bool(
                    DEPARTURE.search(s.text[: p.start_char])
                    or SINCE.search(s.text[: p.start_char])
                    or ARRIVAL.search(s.text[: p.start_char])
                )
            )
            days.append((p.start, p.end, p.kind.endswith("range")))
    return days, departure


def _departure_days(c: ArticleContext, indices: list[int]) -> set[date]:
    """The days of the sentences at `indices` said right after a departure or arrival verb ("bertolak ... pada Selasa
    (9/1/2024)")."""
    out: set[date] = set()
    for idx in indices:
        if not 0 <= idx < len(c.sentences):
            continue
        s = c.sentences[idx]
        for p in find_periods(s.text, c.published, c.years):
            before = s.text[: p.start_char]
            if (
                p.start is not None
                and (DEPARTURE.search(before) or ARRIVAL.search(before))
                and _visit_day(s.text, p)
            ):
                out.add(p.start)
    return out


def _arrival_days(c: ArticleContext, indices: list[int]) -> set[date]:
    """The days of the sentences at `indices` said right after a landing ("rombongan mendarat di Bandara
    Internasional Kuching, Sarawak, Selasa (28/11/2023)"), with no departure or meeting told between."""
    out: set[date] = set()
    for idx in indices:
        if not 0 <= idx < len(c.sentences):
            continue
        s = c.sentences[idx]
        for p in find_periods(s.text, c.published, c.years):
            before = s.text[: p.start_char]
            landing = list(ARRIVAL.finditer(before))
            if (
                p.start is not None
                and landing
                and not DEPARTURE.search(before[landing[-1].end() :])
                and not MEETING.search(before[landing[-1].end() :])
                and _visit_day(s.text, p)
            ):
                out.add(p.start)
    return out


def _visit_day(sentence: str, p: Period) -> bool:
    """A day that dates what the sentence reports ("bertolak pada Sabtu (15/3/2025)"), not the statement that
    reports it ("kata Untung di Jakarta, Jumat (21/3/2025)")."""
    before = sentence[max(0, p.start_char - 90) : p.start_char]
    if DOCUMENT_DATE.search(before):
        return False
    clause = re.split(r"[,;:\"”“]", before)[-1]
    if OTHER_EVENT.search(clause) or REFERENCE_DAY.search(clause) or REPORTED_ON.search(before):
        return False
    if OTHER_EVENT.search(_clause_dated(sentence[: p.start_char])):
        return False
    if DAY_OF_EVENT.search(before):
        return True
    clause = re.split(r"[\"”“]", before)[-1]
    return not (p.kind == "dateline" and STATEMENT_DATE.search(clause))


def _clause_dated(before: str) -> str:
    """The clause a day ends up dating: its own comma clause, or, when that one has no verb ("..., Tangerang, Sabtu
    (15/10/2022)"), the last clause before it that has one."""
    parts = re.split(r"[,]", re.split(r"[;:\"”“]", before)[-1])
    while len(parts) > 1 and VERBLESS.match(parts[-1]):
        parts.pop()
    return parts[-1] if VERBLESS.match(parts[-1]) is None else ""


# "Pertemuan digelar di sela Konferensi ... yang berlangsung di Abu Dhabi pada 6 hingga 11 Februari 2023": the range
# dates the event a meeting was held beside, not the visit
SIDELINE = re.compile(r"\bdi\s+sela(?:-sela)?\b", re.I)
examples(
    SIDELINE,
    matches=("Pertemuan digelar di sela Konferensi Regional Asia", "di sela-sela KTT ASEAN"),
    rejects=("Pertemuan digelar di Abu Dhabi",),
)


def _sideline_event_ranges(c: ArticleContext, indices: list[int]) -> set[tuple[date, date | None]]:
    """The ranges, in the sentences at `indices`, told after "di sela" (the days of the forum a meeting was held
    beside): they do not stretch a meeting's single day into the forum's days."""
    out: set[tuple[date, date | None]] = set()
    for idx in indices:
        if not 0 <= idx < len(c.sentences):
            continue
        s = c.sentences[idx]
        for p in map(point_of, find_periods(s.text, c.published, c.years)):
            if p.start is not None and p.kind.endswith("range") and SIDELINE.search(s.text[: p.start_char]):
                out.add((p.start, p.end))
    return out


def _range_holding(days: list[tuple[date, date | None, bool]], day: date) -> tuple[date, date | None] | None:
    """A range of the visit's sentences that holds a day named first ("9-11 Desember" after "Selasa (10/12)")."""
    return next(((a, b) for a, b, rng in days if rng and b is not None and a <= day <= b), None)


def _mentions_in(people: list[PersonAt], s: Sentence) -> list[PersonAt]:
    return [p for p in people if s.start <= p.start < s.end]


def _leads_the_visit(before: str) -> bool:
    """Whether the "dipimpin (oleh)" right after `before` leads the delegation, its side or its meeting: the noun it
    follows is one of those ("Rombongan yang dipimpin"), or the clause names none ("..., dipimpin Kepala ...")."""
    clause = re.split(r"[.;:\"”“]", before)[-1]
    return bool(LED_BODY.search(clause)) or not re.search(r"\w", clause)


def _lead_and_member_sentences(
    c: ArticleContext, trig: list[Sentence], people: list[PersonAt], roles: Roles
) -> None:
    """The lead: the first person named right after "dipimpin (oleh)". Member sentences: "didampingi",
    "terdiri dari" in or next to a visit sentence, and the sentences that continue them ("Selain itu, ...")."""
    delegation_led = False  # a sentence so far said who (or which office) leads the delegation itself
    for s in c.sentences:
        for p in _mentions_in(people, s):
            lead = LEAD.search(s.text[: p.start - s.start][-220:])
            led = s.text[: p.start - s.start][-220:][: lead.start()] if lead else ""
            body = LED_BODY.search(re.split(r"[.;:\"”“]", led)[-1]) if lead else None
            if (lead and HOST_SIDE.search(re.split(r"[.;:\"”“]", led)[-1])) or HOST_SIDE_OPENS.match(s.text):
                roles.of.setdefault(p.person_id, "counterpart")  # the host's side: its head is met
            elif body and delegation_led and SIDE_MEETING.search(body.group()):
                # "Delegasi ... dipimpin oleh Kadivhubinter Polri. ... pertemuan bilateral dengan NZP yang dipimpin
                # oleh Karokersin ... Dodied": who leads a meeting on the side of a led delegation is its member
                roles.of.setdefault(p.person_id, "member")
            elif (lead and roles.lead is None and _leads_the_visit(led)) or (
                roles.lead is None and _heads_the_party(c, s, p)
            ):
                roles.lead = p.person_id
                roles.of[p.person_id] = "lead"
        delegation_led = delegation_led or bool(DELEGATION_LED_GATED.search(s.text))
        for m in ACTIVE_LEAD_GATED.finditer(s.text):
            before = [p for p in _mentions_in(people, s) if p.start - s.start < m.start()]
            if before and not re.search(r"[.;,]", s.text[before[-1].end - s.start : m.start()]):
                roles.heads.append(before[-1].person_id)
        member = MEMBER_GATED.search(s.text) and (
            TRIGGER_GATED.search(s.text)
            or s.sent_idx - 1 in roles.member_sentences
            or _near(trig, s.sent_idx)
            or IN_THE_PARTY.search(s.text)
            # "Rombongan dipimpin Deputi ... Mohammad Koba. Anggotanya berasal dari ...": the sentence after the one
            # telling who leads the party goes on telling the party
            or (s.sent_idx > 0 and DELEGATION_LED_GATED.search(c.sentences[s.sent_idx - 1].text))
        )
        if member or CONTINUATION.match(s.text) and s.sent_idx - 1 in roles.member_sentences:
            roles.member_sentences.add(s.sent_idx)


# "Sidharto Suryodipuro selaku ketua delegasi Indonesia", "Ketua delegasi Indonesia, Deputi ... Sugeng Purnomo":
# the one named as the party's head leads it.
HEAD_OF_PARTY_AFTER = re.compile(
    r"\s*,?\s*(?:selaku|sebagai)\s+ketua\s+(?:delegasi|rombongan|tim|misi)\b", re.I
)
HEAD_OF_PARTY_BEFORE = re.compile(
    r"\b(?i:ketua)\s+(?i:delegasi|rombongan|tim|misi)(?:\s+(?:Indonesia|RI))?\s*,?\s*(?:[A-Z(][\w.()/-]*,?\s+){0,10}$"
)


def _heads_the_party(c: ArticleContext, s: Sentence, p: PersonAt) -> bool:
    """The person is named as the head of the travelling party ("selaku ketua delegasi")."""
    return bool(
        HEAD_OF_PARTY_AFTER.match(c.body, p.end, s.end)
        or HEAD_OF_PARTY_BEFORE.search(c.body[max(s.start, p.start - 160) : p.start])
    )


# "Rombongan terdiri dari Wakil Ketua Komisi I DPR ..., anggota ...": the party's own make-up, listed from its head.
PARTY_MAKEUP = re.compile(
    r"\b(?:rombongan|delegasi|tim)\b[^.;]{0,40}?\b(?:terdiri\s+(?:dari|atas)|beranggotakan)\b", re.I
)


def _first_of_the_party(c: ArticleContext, actors: ArticleActors, roles: Roles) -> None:
    """No one named as its lead: the first member listed in the party's make-up ("Rombongan terdiri dari ...") heads
    it (such lists run from the highest official down)."""
    for s in c.sentences:
        m = PARTY_MAKEUP.search(s.text)
        if m is None:
            continue
        first = next(
            (p for p in _mentions_in(actors.persons, s) if p.start - s.start > m.end() - 1),
            None,
        )
        if first is not None and roles.of.get(first.person_id) == "member":
            roles.lead = first.person_id
            roles.of[first.person_id] = "lead"
            return


# "Bey mengatakan Prabowo menjadi bagian dari delegasi yang mendampingi Presiden": said of someone, he travels with it.
PART_OF_PARTY = re.compile(
    r"^\s*(?:juga\s+|pun\s+)?menjadi\s+(?:salah\s+satu\s+)?(?:bagian|anggota)\s+(?:dari\s+)?"
    r"(?:delegasi|rombongan|tim)\b",
    re.I,
)


def _part_of_the_party(c: ArticleContext, people: list[PersonAt], roles: Roles) -> None:
    """The person named right before "menjadi bagian dari delegasi / rombongan" is a member, even one told elsewhere
    as welcoming the lead abroad ("Jokowi disambut Menteri Pertahanan Prabowo Subianto")."""
    for p in people:
        if PART_OF_PARTY.match(c.body[p.end : p.end + 80]) and roles.of.get(p.person_id) != "lead":
            roles.of[p.person_id] = "member"


# "Perdana Menteri Malaysia Anwar Ibrahim dan istrinya, Wan Azizah Wan Ismail, menyambut mereka di lobi": who welcomes
# the travelling party, named as a pronoun or a group noun, is met.
WELCOMES_PARTY = re.compile(
    r"\b(?:menyambut|menjamu|menerima)\s+(?:langsung\s+)?(?:mereka|rombongan|delegasi|para\s+tamu)\b", re.I
)


def _welcomers_of_the_party(
    c: ArticleContext, trig: list[Sentence], people: list[PersonAt], roles: Roles
) -> None:
    """The persons named before "menyambut mereka / rombongan" in or next to a visit sentence are met."""
    for s in c.sentences:
        m = WELCOMES_PARTY.search(s.text)
        if m is None or not (_near(trig, s.sent_idx) or TRIGGER_GATED.search(s.text)):
            continue
        for p in _mentions_in(people, s):
            if p.start - s.start < m.start() and p.person_id not in roles.of:
                roles.of[p.person_id] = "counterpart"


# "Presiden Prabowo Subianto menerima Wang di Istana Merdeka", "PM Hun Manet menyambut kedatangan Menlu Retno": a
# receiving verb, then (after "kunjungan" / "kedatangan" and title words) its object.
RECEIVES = re.compile(
    r"\b(?:menerima|menyambut|menjamu)\s+(?:(?:kunjungan|kedatangan)(?:\s+(?:kehormatan|resmi|kenegaraan|kerja))?\s+)?"
    r"(?:(?-i:[A-Z])[\w.'()-]*\s+){0,6}?(?=(?-i:[A-Z]))",
    re.I,
)
examples(
    RECEIVES,
    matches=(
        "Presiden Prabowo Subianto menerima Wang",
        "Hun Manet menyambut kedatangan Menteri Luar Negeri Retno",
    ),
    rejects=("Presiden Prabowo Subianto bertemu Wang",),
)


def _short_for(word: str, title: str) -> bool:
    """`word` names the office of `title`: one of its words, or its short form, whose letters run in order through
    the title from its first letter ("Wapres" for "Wakil Presiden", "Menlu" for "Menteri Luar Negeri")."""
    word, title = word.lower(), title.lower()
    if len(word) < 4 or not title.startswith(word[0]):
        return False
    if word in title.split():
        return True
    rest = iter(title.replace(" ", ""))
    return all(ch in rest for ch in word)


def _receivers_of_the_lead(
    c: ArticleContext, people: list[PersonAt], roles: Roles, lead_title: str | None = None
) -> None:
    """The person named right before a receiving verb whose object is the visit's lead (by any word of his name:
    "Presiden Prabowo Subianto menerima Wang di Istana Merdeka"; or by his office after "kedatangan / kunjungan":
    "Duta Besar RI untuk Malaysia Hermono menyambut kedatangan Wapres") is met."""
    if roles.lead is None:
        return
    lead_words = {w for w in roles.lead.split("-") if len(w) > 2}
    for m in RECEIVES.finditer(c.body):
        word = re.match(r"[\w'-]+", c.body[m.end() :])
        if word is None:
            continue
        by_office = (
            lead_title is not None
            and re.search(r"\b(?:kunjungan|kedatangan)\b", m.group(), re.I) is not None
            and _short_for(word.group(), lead_title)
        )
        if word.group().lower() not in lead_words and not by_office:
            continue
        host = next((p for p in reversed(people) if p.end <= m.start()), None)
        if (
            host is not None
            and host.person_id != roles.lead
            and not re.search(r"\S", c.body[host.end : m.start()])
            and host.person_id not in roles.of
        ):
            roles.of[host.person_id] = "counterpart"


def _main_clause_subject(s: Sentence, p: PersonAt) -> bool:
    """The person opens the main clause after a fronted clause of time ("Saat bertemu ..., Rabu (3/7/2024), Retno
    mengajak"): a comma, at most a title before the name, a verb after it."""
    if not FRONTED_CLAUSE.match(s.text):
        return False
    before = s.text[: p.start - s.start]
    if "," not in before:
        return False
    return bool(
        TITLE_WORDS_ONLY.fullmatch(before.rsplit(",", 1)[1])
        and MAIN_VERB_AFTER.match(s.text[p.end - s.start :])
    )


# "pertemuan bilateral antara Kepala PNP Jenderal Rodolfo Azurin Jr. dan Sekretaris NCB ... Amur Chandra": the two
# sides of a meeting, named in either order
BETWEEN_SIDES = re.compile(r"\bpertemuan\s+(?:bilateral\s+)?antara\s+[^.;,]{0,60}$", re.I)
examples(
    BETWEEN_SIDES,
    matches=("Kesepakatan dicapai dalam pertemuan bilateral antara Kepala PNP ",),
    rejects=("pertemuan digelar di Abu Dhabi. Antara lain ",),
)


def _met_between(c: ArticleContext, trig: list[Sentence], people: list[PersonAt], roles: Roles) -> None:
    """The other side of "pertemuan (bilateral) antara X dan Y", in a visit sentence, when one side is the lead:
    met, whichever is named first."""
    if roles.lead is None:
        return
    for s in trig:
        ps = _mentions_in(people, s)
        for a, b in zip(ps, ps[1:], strict=False):
            if not BETWEEN_SIDES.search(c.body[s.start : a.start]):
                continue
            if not re.search(r"\bdan\b", c.body[a.end : b.start]) or "," in c.body[a.end : b.start]:
                continue
            other = a if b.person_id == roles.lead else b if a.person_id == roles.lead else None
            if other is not None and other.person_id not in roles.of:
                roles.of[other.person_id] = "counterpart"


def _counterparts_and_members(
    c: ArticleContext,
    trig: list[Sentence],
    people: list[PersonAt],
    roles: Roles,
    envoys: frozenset[str] = frozenset(),
) -> None:
    """Counterparts: persons named after "bertemu dengan", "berdialog dengan", "diterima (oleh)" in or next to a
    visit sentence, unless the meeting is still planned or is the resident envoy's own ("Santo juga telah bertemu
    Menteri Senior Kamboja Chhay Sinarith": `envoys`, of no part in the visit); members: persons of a member sentence
    after its member word."""
    for s in c.sentences:
        meets = list(COUNTERPART_GATED.finditer(s.text))
        if meets and PLANNED.search(s.text[: meets[0].start()]):
            meets = []  # "dijadwalkan terbang ke Beijing untuk pertemuan dengan ...": not met yet
        for p in _mentions_in(people, s):
            if p.person_id in roles.of:
                continue
            # "bertemu Zhao Leji pada pagi hari, kemudian menggelar pertemuan bilateral dengan Perdana Menteri China Li
            # Qiang": the meeting word right before the name is the one that meets it
            m = next((x for x in reversed(meets) if x.start() < p.start - s.start), None)
            if m is not None and _envoy_subject(s, m.start(), people, roles, envoys):
                continue
            if (
                m
                and p.start - s.start > m.start()
                and not NEW_CLAUSE.search(s.text[m.end() : p.start - s.start])
                and (
                    TRIGGER_GATED.search(s.text)
                    or _near(trig, s.sent_idx)
                    or DELEGATION_SUBJECT.match(s.text)
                )
                and not _main_clause_subject(s, p)
            ):
                roles.of[p.person_id] = "counterpart"
            elif (
                s.sent_idx in roles.member_sentences
                and not SPEAKER.search(s.text[: p.start - s.start])
                and not _speaks(s, p)
            ):
                # ("... terdiri atas rombongan inti, staf pendamping," kata Budi: the speaker reports the delegation)
                member_start = MEMBER_GATED.search(s.text)
                if (
                    member_start is None
                    or p.start - s.start > member_start.start()
                    or CONTINUATION.match(s.text)
                    or ACCOMPANYING.search(member_start.group())  # "Retno juga mendampingi Presiden"
                ):
                    roles.of[p.person_id] = "member"


def _sides(c: ArticleContext, people: list[PersonAt], roles: Roles, host: str, visiting: str) -> None:
    """A side named by its country: "Dari pihak China hadir ...", "pihak Kamboja diwakili ...", "Delegasi Indonesia
    terdiri atas ..." (at a visit to Indonesia). The persons after the host's side are counterparts (its agencies
    are no members); on the visiting side, with no lead yet, the first person listed leads."""
    for s in c.sentences:
        sides = [
            m
            for m in c.in_span(c.countries, s.start, s.end)
            if SIDE.search(s.text[max(0, m.start - s.start - 10) : m.start - s.start])
        ]
        for k, side in enumerate(sides):
            stop = sides[k + 1].start if k + 1 < len(sides) else s.end
            after = [
                p
                for p in people
                if side.start < p.start < stop
                and roles.of.get(p.person_id) != "lead"
                and not _quotes_the_side(c, s, p)
            ]
            if side.entity_id == host:
                for p in after:
                    roles.of[p.person_id] = "counterpart"
                roles.member_sentences.discard(s.sent_idx)
            # "Dari pihak Indonesia, penghargaan diterima Kombes X": the visiting side's first person leads,
            # whatever verb ("diterima") made him look like one met
            elif (
                side.entity_id == visiting
                and after
                and roles.lead is None
                and (MEMBER_GATED.search(s.text) or roles.of.get(after[0].person_id) == "counterpart")
            ):
                roles.lead = after[0].person_id
                roles.of[roles.lead] = "lead"


def _quotes_the_side(c: ArticleContext, s: Sentence, p: PersonAt) -> bool:
    """The person is the speaker of the quote that names the side ('"... mendorong pihak Korea agar segera duduk
    bersama," kata Suhartono'): who says it, not one of that side."""
    return SPEAKER.search(c.body[s.start : p.start]) is not None


def _staying_there(
    c: ArticleContext,
    trig: list[Sentence],
    actors: ArticleActors,
    roles: Roles,
    domestic: frozenset[str],
    missions: frozenset[str],
) -> None:
    """A visit abroad: an official of the sending side named before "masih / kini berada di" in or next to a visit
    sentence ("Kementerian P2MI lalu mengirim tim ke Kamboja. Pelaksana tugas Direktur Siber KP2MI ... Guntur
    Saputro masih berada di sana") is there with the visit: a member (not a resident envoy)."""
    _members_named_before(STAYING, c, trig, actors, roles, domestic - missions, of_no_body=False)


def _members_named_before(
    cue: re.Pattern[str],
    c: ArticleContext,
    trig: list[Sentence],
    actors: ArticleActors,
    roles: Roles,
    sending: frozenset[str],
    *,
    of_no_body: bool,
) -> None:
    """The persons without a role named before `cue` in a sentence in or next to a visit sentence, who serve a
    `sending` body (or no body, when `of_no_body`): members."""
    for s in c.sentences:
        m = cue.search(s.text)
        if m is None or not _near(trig, s.sent_idx):
            continue
        for p in _mentions_in(actors.persons, s):
            agency = actors.agency_of_person.get(p.person_id)
            if (
                p.start - s.start < m.start()
                and p.person_id not in roles.of
                and ((agency is None and of_no_body) or agency in sending)
            ):
                roles.of[p.person_id] = "member"


def _envoy_subject(
    s: Sentence, at: int, people: list[PersonAt], roles: Roles, envoys: frozenset[str]
) -> bool:
    """The person named last before offset `at` of the sentence is a resident envoy of no part in the visit ("Santo
    juga telah bertemu Menteri Senior Kamboja Chhay Sinarith"), and nobody else before him: what he does there is
    his own work."""
    before = [q for q in _mentions_in(people, s) if q.start - s.start < at]
    # ("Retno, didampingi Dubes Santo, bertemu Hun Manet": another named first makes it the visit's meeting)
    return bool(before) and all(q.person_id in envoys and q.person_id not in roles.of for q in before)


def _host_officials(
    c: ArticleContext,
    trig: list[Sentence],
    actors: ArticleActors,
    roles: Roles,
    destination: str,
    envoys: frozenset[str] = frozenset(),
) -> None:
    """A visit abroad: an official of the host country named in or next to a visit sentence is met ("Retno
    memimpin JCBC bersama Menteri Luar Negeri Kamboja Sok Chenda Sophea"), whatever word introduces him, unless he is
    named as the one leading something else the visitor attends ("upacara pembukaan yang dipimpin Presiden Laos")."""
    for s in c.sentences:
        if not _near(trig, s.sent_idx):
            continue
        for p in _mentions_in(actors.persons, s):
            if AMBASSADOR.search(s.text[: p.start - s.start]) or _envoy_subject(
                s, p.start - s.start, actors.persons, roles, envoys
            ):
                continue  # "Duta Besar RI ... telah lebih dulu membahas ... dengan Sar Sokha": the envoy's talks
            before = s.text[: p.start - s.start][-160:]
            lead = LEAD.search(before)
            if lead and not _leads_the_visit(before[: lead.start()]):
                continue  # "upacara pembukaan yang dipimpin Presiden Laos": he leads what the visitor attends
            agency = actors.agency_of_person.get(p.person_id) or ""
            # ("Presiden Filipina didampingi Menteri Luar Negeri Enrique Manalo": who accompanies the host is met)
            if roles.of.get(p.person_id) in (None, "member") and agency.endswith(f"_{destination}"):
                roles.of[p.person_id] = "counterpart"


def _host_officials_met_later(
    c: ArticleContext,
    actors: ArticleActors,
    roles: Roles,
    destination: str,
    envoys: frozenset[str] = frozenset(),
) -> None:
    """A visit abroad: an official of the host country named after a meeting word anywhere in the article ("Ia juga
    bertemu Menteri Dalam Negeri Kamboja Sar Sokha pada Selasa") is met, however far from the visit's sentences;
    not a meeting still planned nor one of the resident ambassador's ("Duta Besar RI ... membahas ... dengan")."""
    for s in c.sentences:
        m = COUNTERPART_GATED.search(s.text)
        if (
            m is None
            or PLANNED.search(s.text[: m.start()])
            or AMBASSADOR.search(s.text[: m.start()])
            or _envoy_subject(s, m.start(), actors.persons, roles, envoys)
        ):
            continue
        for p in _mentions_in(actors.persons, s):
            agency = actors.agency_of_person.get(p.person_id) or ""
            if (
                p.person_id not in roles.of
                and p.start - s.start > m.start()
                and agency.endswith(f"_{destination}")
                and not NEW_CLAUSE.search(s.text[m.end() : p.start - s.start])
            ):
                roles.of[p.person_id] = "counterpart"


# "bersama Duta Besar RI untuk Turki Achmad Rizal Purnama": Indonesia's envoy to a country, named by his post.
ENVOY_TO = re.compile(
    r"\b(?i:duta\s+besar|dubes|konsul\s+jenderal|konjen)\s+(?:RI|Republik\s+Indonesia|Indonesia)\s+(?i:untuk|di)\s+"
    r"(?:(?i:kerajaan|republik)\s+)?$"
)
examples(
    ENVOY_TO,
    matches=("bersama Duta Besar RI untuk ", "didampingi Dubes Indonesia di Kerajaan "),
    rejects=("bersama Duta Besar Turki untuk ", "Duta Besar RI untuk Turki Achmad"),
)


# The envoy is a subject: a verb follows his name ("... Santo Darmosumarto telah lebih dulu membahas").
ENVOY_ACTS = re.compile(
    r"^\s*,?\s*(?:(?:juga|telah|sudah|pun|lebih\s+dulu|sebelumnya|kembali)\s+)*(?:me|ber|di|ter)[a-z]{2,}\b"
)
COUNTRY_THEN_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?[\s,]*")
examples(
    ENVOY_ACTS,
    matches=(" telah lebih dulu membahas", ", juga menyampaikan"),
    rejects=(" dan Menteri Luar Negeri", " serta rombongan"),
)
examples(COUNTRY_THEN_NAME, matches=("Turki ", "Korea Selatan, "), rejects=("untuk turki",))


def _envoy_there(
    c: ArticleContext,
    trig: list[Sentence],
    people: list[PersonAt],
    roles: Roles,
    destination: str,
    envoys: frozenset[str],
) -> None:
    """A visit abroad: Indonesia's envoy posted in the country visited, named by his post in or next to a visit
    sentence ("pertemuan di KBRI Ankara ... bersama Duta Besar RI untuk Turki Achmad Rizal Purnama"), is met, unless
    he has a role already (the one who receives or reports)."""
    for s in c.sentences:
        if not _near(trig, s.sent_idx):
            continue
        for p in _mentions_in(people, s):
            if p.person_id in roles.of or p.person_id not in envoys:
                continue
            if ENVOY_ACTS.match(s.text[p.end - s.start :]):
                continue  # "Duta Besar RI untuk Kamboja Santo Darmosumarto telah lebih dulu membahas ...": his own talks
            post = next(
                (m for m in reversed(c.in_span(c.countries, s.start, p.start)) if m.entity_id == destination),
                None,
            )
            if (
                post is not None
                and ENVOY_TO.search(c.body[max(s.start, post.start - 60) : post.start])
                and COUNTRY_THEN_NAME.fullmatch(c.body[post.start : p.start])
            ):
                roles.of[p.person_id] = "counterpart"


def _office_of_lead_before(text: str, lead_title: str | None) -> bool:
    """The text (a sentence up to a member or meeting word) names the lead by his office alone, said without a name
    or a country after it ("Pagi hari, Presiden beraudiensi dengan Raja Thailand", "Presiden didampingi Menteri
    ...", not "Presiden Filipina didampingi")."""
    if not lead_title:
        return False
    return any(
        _short_for(m.group(1), lead_title) and not re.match(r"\s+(?-i:[A-Z])", text[m.end() :])
        for m in re.finditer(r"\b((?-i:[A-Z])[\w'-]+)\b", text)
    )


def _members_of_lead(
    c: ArticleContext, people: list[PersonAt], roles: Roles, lead_title: str | None = None
) -> None:
    """ "Anwar didampingi Menteri Luar Negeri Malaysia ...": whoever accompanies the lead is a member, and "Wang
    Xiaohong ... telah bertemu Menko Polhukam Mahfud MD": whoever the lead meets is a counterpart, wherever the
    sentence stands (not a meeting still planned). The lead may be named by his office alone ("Presiden
    beraudiensi dengan Raja Thailand Maha Vajiralongkorn"); one met after a later meeting word of the same
    sentence ("bertemu Zhao Leji pada pagi hari, kemudian menggelar pertemuan bilateral dengan Perdana Menteri
    China Li Qiang") is met too."""
    if roles.lead is None:
        return
    for s in c.sentences:
        mentions = _mentions_in(people, s)
        # "Presiden Joko Widodo menyambut Anwar di Istana Bogor": whoever welcomes the lead is met.
        welcome = WELCOMES_GATED.search(s.text)
        if welcome and any(
            p.person_id == roles.lead and p.start - s.start > welcome.start() for p in mentions
        ):
            for p in mentions:
                if p.start - s.start < welcome.start() and p.person_id not in roles.of:
                    roles.of[p.person_id] = "counterpart"
        for pattern, role in ((MEMBER_GATED, "member"), (COUNTERPART_GATED, "counterpart")):
            m = pattern.search(s.text)
            if m is None or not (
                any(p.person_id == roles.lead and p.start - s.start < m.start() for p in mentions)
                or (
                    not any(p.start - s.start < m.start() for p in mentions)
                    and _office_of_lead_before(s.text[: m.start()], lead_title)
                )
            ):
                continue
            if role == "counterpart" and PLANNED.search(s.text[: m.start()]):
                continue
            if role == "member":
                roles.member_sentences.add(s.sent_idx)
            # "Prabowo, yang didampingi putranya, menghadiri jamuan makan malam bersama Perdana Menteri Thailand": who
            # is named after a meeting word that follows the member word is met, not a member
            met_after = COUNTERPART.search(s.text, m.end()) if role == "member" else None
            for p in mentions:
                if p.start - s.start <= m.start() or p.person_id in roles.of:
                    continue
                if met_after is not None and p.start - s.start > met_after.start():
                    continue
                # the meeting word nearest before the name
                near = m
                if role == "counterpart":
                    near = max(
                        (x for x in COUNTERPART.finditer(s.text, m.start()) if x.end() <= p.start - s.start),
                        key=lambda x: x.start(),
                        default=m,
                    )
                if role == "member" or not (
                    NEW_CLAUSE.search(s.text[near.end() : p.start - s.start]) or _main_clause_subject(s, p)
                ):
                    roles.of[p.person_id] = role


# "Karding bersama Wakil Menteri P2MI Christina Aryani dan rombongan, didampingi ...": right after the lead's name.
BESIDE_LEAD = re.compile(r"\s*,?\s*(?:juga\s+|pun\s+)?(?:bersama|beserta)\s+", re.I)
BESIDE_LATER = re.compile(r"\s(?:bersama|beserta)\s+(?=(?-i:[A-Z]))", re.I)
# The verb that ends the list of those "bersama" the lead ("..., menghadiri Job Fair").
CLAUSE_VERB = re.compile(r"\b(?:me|ber|di|ter)[a-z]{3,}\b")


def _beside_the_lead(
    c: ArticleContext, actors: ArticleActors, roles: Roles, hosted: bool, domestic: frozenset[str]
) -> None:
    """The officials named right after "<lead> bersama" (up to the clause's verb) travel with him, when they serve
    a body of his side (Indonesian ones on a visit abroad, foreign ones on a visit to Indonesia): members. A spouse
    of no body is none."""
    if roles.lead is None:
        return
    for p in actors.persons:
        if p.person_id != roles.lead:
            continue
        s = next((s for s in c.sentences if s.start <= p.start < s.end), None)
        if s is None:
            continue
        # "Kabareskrim ... bertolak ke Myanmar bersama Kadiv Hubinter ...": "bersama" later in the lead's clause,
        # unless it is the one of a meeting ("menggelar pertemuan ... bersama", "makan malam bersama")
        m = BESIDE_LEAD.match(c.body, p.end) or BESIDE_LATER.search(c.body, p.end, s.end)
        if m is None or COUNTERPART.search(c.body, p.end, m.end()) or MEETING.search(c.body, p.end, m.end()):
            continue
        verb = CLAUSE_VERB.search(c.body, m.end(), s.end)
        stop = verb.start() if verb else s.end
        for q in actors.persons:
            if not m.end() <= q.start < stop or q.person_id in roles.of:
                continue
            agency = actors.agency_of_person.get(q.person_id)
            if agency is not None and (agency in domestic) != hosted:
                roles.of[q.person_id] = "member"


def _no_spouses(c: ArticleContext, actors: ArticleActors, roles: Roles) -> None:
    """A spouse travelling along ("Wapres dan Ibu Wury Ma'ruf Amin", "Bersama istrinya, ...") holds no office in the
    delegation: of no body and named after a wife's word, she is not a member."""
    for p in actors.persons:
        if (
            roles.of.get(p.person_id) == "member"
            and actors.agency_of_person.get(p.person_id) is None
            and WIFE_BEFORE.search(c.body[max(0, p.start - 16) : p.start])
        ):
            del roles.of[p.person_id]


# "Puan tidak sendirian menerima tamunya. Turut mendampingi Wakil Ketua Komisi XI DPR ...": a sentence with no
# subject of its own that lists who accompanies.
COMPANIONS_NEXT = re.compile(
    r"^\W*(?:(?:turut|ikut)\s+(?:serta\s+)?(?:mendampingi|menyertai|hadir)|hadir\s+(?:pula|juga))\b", re.I
)


def _companions_told_next(c: ArticleContext, people: list[PersonAt], roles: Roles) -> None:
    """The persons a "Turut mendampingi ..." sentence lists accompany the subject of the sentence before (its first
    person with a role): the lead's or a member's companions travel (members), a host's are hosts (met)."""
    for s in c.sentences:
        if s.sent_idx == 0 or not COMPANIONS_NEXT.match(s.text):
            continue
        prev = c.sentences[s.sent_idx - 1]
        subject = next(
            (roles.of[p.person_id] for p in _mentions_in(people, prev) if p.person_id in roles.of), None
        )
        if subject is None:
            continue
        role = "counterpart" if subject == "counterpart" else "member"
        for p in _mentions_in(people, s):
            if roles.of.get(p.person_id) != "lead":
                roles.of[p.person_id] = role


VISIT_REFERENCE = re.compile(
    r"\b(?:dalam|pada|di\s+sela)\s+(?:pertemuan|kunjungan|lawatan|pembicaraan|jamuan)\s+(?:bilateral\s+|kenegaraan\s+)?"
    r"(?:itu|tersebut)\b",
    re.I,
)
# "Wapres dan Ibu Wury Ma'ruf Amin disambut oleh Menteri ...": who is welcomed (in the passive) is of the visiting side.
WELCOMED = re.compile(r"\b(?:disambut|dijemput)(?:\s+langsung)?(?:\s+oleh)?\b", re.I)
WELCOMED_GATED = Gated(WELCOMED, ("disambut", "dijemput"))


# "Jokowi memperkenalkan para pembantunya yang ikut menyambut, yakni Menteri Luar Negeri Retno Marsudi, ...": those a
# participant introduces are of his side.
INTRODUCES = re.compile(
    r"\bmemperkenalkan\b[^.;]{0,100}?(?:\b(?:yakni|yaitu|antara\s+lain|di\s+antaranya)\b|:)", re.I
)


def _introduced(
    c: ArticleContext, actors: ArticleActors, roles: Roles, hosted: bool, domestic: frozenset[str]
) -> None:
    """The persons listed after "memperkenalkan ..., yakni" take the side of the participant who introduces them:
    the host's people are met, the lead's (or a member's) travel with him. An introducer not named as a person
    ("Jokowi" said by nickname) leaves each listed person to his own body's side: Indonesian officials host a visit
    to Indonesia and travel on a visit abroad."""
    for s in c.sentences:
        m = INTRODUCES.search(s.text)
        if m is None:
            continue
        mentions = _mentions_in(actors.persons, s)
        before = [p for p in mentions if p.start - s.start < m.start()]
        side = roles.of.get(before[-1].person_id) if before else None
        if before and side is None:
            continue  # introduced by someone who takes no part in the visit
        for p in mentions:
            if p.start - s.start < m.end() or p.person_id in roles.of:
                continue
            if side is not None:
                roles.of[p.person_id] = "counterpart" if side == "counterpart" else "member"
            elif actors.agency_of_person.get(p.person_id) in domestic:
                roles.of[p.person_id] = "counterpart" if hosted else "member"


def _welcomed_travellers(
    c: ArticleContext,
    trig: list[Sentence],
    actors: ArticleActors,
    roles: Roles,
    domestic: frozenset[str],
    missions: frozenset[str],
) -> None:
    """A visit abroad: a person of no foreign body named before "disambut (oleh)" in or next to a visit sentence
    arrives with the visit: a member."""
    _members_named_before(WELCOMED_GATED, c, trig, actors, roles, domestic - missions, of_no_body=True)


# "sebagai utusan khusus Presiden Joko Widodo", "menyampaikan undangan Presiden Jokowi agar ... berkunjung",
# "atas nama Presiden": the official named right after these words sends the traveller or is quoted by him; he does
# not travel.
SENT_BY = re.compile(
    r"\b(?:utusan(?:\s+khusus)?|undangan|atas\s+nama|mewakili|salam|pesan|arahan|instruksi|perintah)\s+"
    r"(?:dari\s+)?(?:[A-Z][\w.'-]*\s+){0,3}$",
    re.I,
)
examples(
    SENT_BY,
    matches=(
        "sebagai utusan khusus Presiden ",
        "menyampaikan undangan Presiden ",
        "atas nama Wakil Presiden ",
    ),
    rejects=("Presiden ", "bertemu Presiden "),
)


def _domestic_lead(
    sentences: list[Sentence],
    trig: list[Sentence],
    people: list[PersonAt],
    roles: Roles,
    actors: ArticleActors,
    domestic: frozenset[str],
) -> None:
    """No "dipimpin": the President when the visit's sentences name him ("Presiden Joko Widodo bertolak ke Phnom
    Penh", with his ministers), else the Indonesian official named first in them."""
    named = [
        p.person_id
        for s in trig
        for p in _mentions_in(people, s)
        if p.person_id not in roles.of
        and not SPEAKER.search(s.text[: p.start - s.start])
        and not ACCORDING.search(re.split(r"[,;]", s.text[: p.start - s.start])[-1])
        and not _reports_the_visit(s, p)
        and not SENT_BY.search(s.text[: p.start - s.start][-80:])
    ]
    # "Tim terpadu ... kini berada di Mae Sot. ... Pada Jumat (14/3/2025), Direktur ... Judha Nugraha ... bertemu":
    # the sentences between two visit sentences a few sentences apart tell the same visit
    between = [
        p.person_id
        for k in sorted(_between(trig))
        for p in _mentions_in(people, sentences[k])
        if p.person_id not in roles.of
        and not SPEAKER.search(sentences[k].text[: p.start - sentences[k].start])
    ]
    travelling = [  # the President as the subject: named before the visit's verb ("... salam dari Presiden" is not)
        p.person_id
        for s in trig
        for p in _mentions_in(people, s)
        if (verb := TRIGGER_GATED.search(s.text) or MEETING_GATED.search(s.text))
        and p.start - s.start < verb.start()
        and not SENT_BY.search(s.text[: p.start - s.start][-80:])
    ]
    heads = [
        pid for pid in roles.heads if pid not in roles.of and actors.agency_of_person.get(pid) in domestic
    ]
    # "Presiden Prabowo Subianto menyerukan ... Seruan itu ia sampaikan dalam APEC ... Meeting di Gyeongju": a visit
    # sentence whose subject is a pronoun is made by the person the sentence before names
    first = trig[0]
    previous = (
        [
            p.person_id
            for p in _mentions_in(people, sentences[first.sent_idx - 1])
            if p.person_id not in roles.of
            and not SPEAKER.search(
                sentences[first.sent_idx - 1].text[: p.start - sentences[first.sent_idx - 1].start]
            )
        ]
        if first.sent_idx > 0 and (PRONOUN_SUBJECT.search(first.text) or TOLD_BEFORE.match(first.text))
        else []
    )
    roles.lead = next(
        (pid for pid in named if pid in actors.heads_of_state and pid in travelling),
        next(
            iter(heads),
            next(
                (pid for pid in named + between + previous if actors.agency_of_person.get(pid) in domestic),
                None,
            ),
        ),
    )
    if roles.lead is not None:
        roles.of[roles.lead] = "lead"
    for pid in heads:  # a minister heading a side meeting of the President's visit travels with him
        roles.of.setdefault(pid, "member")


def _hosts_among_themselves(
    c: ArticleContext, trig: list[Sentence], actors: ArticleActors, domestic: frozenset[str], destination: str
) -> bool:
    """Meetings in a foreign country whose sentences name only that country's own bodies and officials ("ujar
    Saifuddin pada penutupan Dialog Khas Polis III di Kuala Lumpur", "KNPA menuntaskan Pertemuan Operasi Global di
    Seoul"): no mission word and no Indonesian actor, so nobody from Indonesia travels."""
    if any(_done(TRIGGER_GATED.finditer(s.text), s.text) for s in trig):
        return False
    bodies = [
        *(
            actors.agency_of_person.get(p.person_id) or ""
            for s in trig
            for p in _mentions_in(actors.persons, s)
        ),
        *(a.agency_id for s in trig for a in actors.agencies if s.start <= a.start < s.end),
    ]
    if not bodies or any(b in domestic for b in bodies):
        return False
    # "Proyek itu masuk agenda Konferensi ASEANAPOL ke-43 di Bangkok yang dibuka Kepala Kepolisian Kerajaan
    # Thailand": foreign bodies of several countries, and Indonesia not named, meet without anyone from Indonesia
    # (a dateline, "Jakarta, Kamis (13/11/2025) - ...", is where the news was written, not an actor)
    naming_indonesia = any(
        m.entity_id == "ID" and not (m.start - s.start <= 3 and DATELINE_PLACE.match(s.text))
        for s in trig
        for m in c.in_span(c.countries, s.start, s.end)
    )
    return all(b.endswith(f"_{destination}") for b in bodies) or not naming_indonesia


def _titled_sender(
    trig: list[Sentence], titles: dict[str, str], domestic: frozenset[str], missions: frozenset[str]
) -> str | None:
    """An Indonesian official named by his title alone before the visit's verb ("Kapolri bertolak ke Laos"): his
    body leads the visit. A title followed by a name or a country ("Presiden Filipina") is not bare; an envoy's
    ("Dubes") resides abroad."""
    for s in trig:
        verb = TRIGGER_GATED.search(s.text) or MEETING_GATED.search(s.text)
        if verb is None:
            continue
        for w in BARE_TITLE.finditer(s.text):
            if w.start() >= verb.start():
                break
            aid = titles.get(w.group(1))
            if aid in domestic and aid not in missions:
                return aid
    return None


def _speaks(s: Sentence, p: PersonAt) -> bool:
    """The person is the subject of a speech verb about someone else ("Bey Machmudin mengatakan Prabowo menjadi
    bagian dari delegasi yang mendampingi Presiden"): he reports who travels; "mengatakan timnya" is his own party."""
    rest = re.sub(r"^[\s,]*(?:\([^)]*\)\s*)?,?", "", s.text[p.end - s.start :], count=1)
    said = REPORTS.match(rest)
    return said is not None and OWN_PARTY.match(rest, said.end()) is None


def _reports_the_visit(s: Sentence, p: PersonAt) -> bool:
    """The person is the subject of a speech verb ("..., mengatakan tim Divhubinter menjemput ...") and the visit is
    told after that verb: what he says, not what he does."""
    rest = re.sub(r"^[\s,]*(?:\([^)]*\)\s*)?,?", "", s.text[p.end - s.start :], count=1)
    said = REPORTS.match(rest)
    return (
        said is not None
        and OWN_PARTY.match(rest, said.end())
        is None  # "mengatakan timnya bertolak": his own team, he leads it
        and TRIGGER.search(rest) is not None
    )


def _inbound(c: ArticleContext, s: Sentence) -> str | None:
    """The country of a foreign official who comes to Indonesia in this sentence ("Perdana Menteri Malaysia Anwar
    Ibrahim melakukan kunjungan bilateral ke Indonesia"): a foreign country, then a person, then the visit verb, then
    Indonesia or one of its places. Not an ambassador (who resides here)."""
    verbs = INBOUND_GATED.finditer(s.text)
    if not verbs:
        return None  # most sentences
    persons = [m.start for m in c.in_span(c.persons, s.start, s.end)]
    countries = c.in_span(c.countries, s.start, s.end)
    for verb in verbs:
        at, to = s.start + verb.start(), s.start + verb.end()
        first_after = next((m for m in countries if m.start >= to), None)
        if first_after is None or first_after.entity_id != "ID" or first_after.start > to + 60:
            continue
        foreign = [m for m in countries if m.entity_id != "ID" and at - 100 <= m.start < at]
        if not foreign or AMBASSADOR.search(s.text[: verb.start()]):
            continue
        if any(m.entity_id == "ID" and foreign[-1].start < m.start < at for m in countries):
            continue  # "Menteri P2MI (Indonesia) ... ke Malaysia": an Indonesian official travelling
        if any(foreign[-1].start < p < at for p in persons):
            return foreign[-1].entity_id
        # "petugas kepolisian China yang diberangkatkan ke Indonesia": a foreign body's officers, unnamed.
        country_at = foreign[-1].start - s.start
        if FOREIGN_ACTOR.search(s.text[max(0, country_at - 30) : country_at]) and OFFICERS_TO_VERB.fullmatch(
            c.body[foreign[-1].start : at]
        ):
            return foreign[-1].entity_id
    return None


def _visitor(
    c: ArticleContext, trig: list[Sentence], actors: ArticleActors, roles: Roles, domestic: frozenset[str]
) -> str | re.Pattern[str] | None:
    """A visit to Indonesia: its lead, unless "dipimpin" named one, is the person named right after "menerima
    kunjungan" (the hosts before the verb are counterparts) or the foreign official coming ("Perdana Menteri
    Malaysia Anwar Ibrahim melakukan kunjungan ke Indonesia"). Returns the visitor's agency named in the lead's
    title (a foreign one), or AMBASSADOR when the visitor is a resident ambassador."""
    for s in trig:
        people = _mentions_in(actors.persons, s)
        m = RECEIVED.search(s.text)
        if m is not None:
            after = [p for p in people if p.start - s.start >= m.end()]
            title = c.body[s.start + m.end() : after[0].start] if after else s.text[m.end() : m.end() + 60]
            if AMBASSADOR.search(title) and roles.lead is None:
                return AMBASSADOR
            if not after:
                continue
            for p in people:
                if p.start - s.start < m.start() and p.person_id not in roles.of:
                    roles.of[p.person_id] = "counterpart"
            if roles.lead is None:
                roles.lead = after[0].person_id
                roles.of[roles.lead] = "lead"
            for p in after[1:]:  # "..., Stephen Rundi Utom, bersama Wakil Menteri ..., Datuk Gerawat Gala"
                if p.person_id not in roles.of and BESIDE.search(c.body[after[0].end : p.start]):
                    roles.of[p.person_id] = "member"
            return next(
                (
                    a.agency_id
                    for a in actors.agencies
                    if s.start + m.end() <= a.start < after[0].start and a.agency_id not in domestic
                ),
                None,
            )
        if roles.lead is None and _inbound(c, s) is not None:
            verb = INBOUND_GATED.search(s.text)
            before = [p for p in people if verb is not None and p.start - s.start < verb.start()]
            if before:
                roles.lead = before[-1].person_id
                roles.of[roles.lead] = "lead"
    return None


# "Gubernur Prefektur Mie, Ichimi Katsuyuki, datang ke Gedung KemenP2MI, Jakarta, ... dan diterima langsung oleh
# Menteri P2MI ...", "Zambry beserta delegasinya diterima Presiden Joko Widodo di Istana Merdeka": the passive of
# "menerima kunjungan", the visitor named before the verb and the host after it.
RECEIVED_BY = re.compile(r"\b(?:diterima|disambut)(?:\s+langsung)?(?:\s+oleh)?\s+(?=[A-Z])")
RECEIVED_BY_GATED = Gated(RECEIVED_BY, ("diterima", "disambut"))
examples(
    RECEIVED_BY,
    matches=("diterima langsung oleh Menteri", "disambut Kepala Badan"),
    rejects=("diterima dengan baik", "laporan yang diterima oleh"),
)


def _received_visitor(
    c: ArticleContext, actors: ArticleActors, domestic: frozenset[str]
) -> tuple[Sentence, PersonAt, str] | None:
    """(the sentence, the visitor, the visitor's country) of a foreign official received by an Indonesian one: the
    last person of the clause before "diterima (oleh)" holds a foreign body's office, the first one after it an
    Indonesian body's."""
    if not domestic:
        return None
    for s in c.sentences:
        for m in RECEIVED_BY_GATED.finditer(s.text):
            found = _foreign_visitor(s, m, actors, domestic, host_first=False)
            if found is not None:
                return s, *found
        met_here = _met_here(c, s, actors, domestic)
        if met_here is not None:
            return s, met_here[0], met_here[1]
        if not WELCOMES_GATED.possible(s.text):
            continue
        # the active voice: "Presiden Joko Widodo menyambut kedatangan Perdana Menteri Timor-Leste Taur Matan Ruak di
        # Istana Kepresidenan Bogor": the host before the verb, the visitor the first person after it
        for m in RECEIVED.finditer(s.text):
            found = _foreign_visitor(s, m, actors, domestic, host_first=True)
            if found is not None and not _envoy_receives(s, m):
                return s, *found
    return None


def _foreign_visitor(
    s: Sentence, m: re.Match[str], actors: ArticleActors, domestic: frozenset[str], *, host_first: bool
) -> tuple[PersonAt, str] | None:
    """(the visitor, his country) around a receiving verb `m`: the last person before it and the first within 80
    characters after it, the host first in the active voice ("menyambut"), the visitor first in the passive
    ("diterima oleh"); the visitor holds a foreign body's office, the host an Indonesian one's."""
    people = _mentions_in(actors.persons, s)
    before = [p for p in people if p.start < s.start + m.start()]
    after = [p for p in people if s.start + m.end() <= p.start <= s.start + m.end() + 80]
    if not before or not after:
        return None
    host, visitor = (before[-1], after[0]) if host_first else (after[0], before[-1])
    country = actors.country_of_person.get(visitor.person_id)
    if (
        country not in (None, "ID")
        and actors.agency_of_person.get(visitor.person_id) not in domestic
        and actors.agency_of_person.get(host.person_id) in domestic
    ):
        return visitor, country
    return None


# "pertemuan Menteri Luar Negeri RI Sugiono dengan Menteri Luar Negeri Thailand Sihasak Phuangketkeow di Jakarta":
# a bilateral meeting in Indonesia; not one on the side of a forum held here ("di sela AMMTC di Labuan Bajo").
MET_HERE = re.compile(r"\b(?:pertemuan|bertemu)\b", re.I)
FORUM_HERE = re.compile(
    r"\b(?:KTT|sela|forum|konferensi|summit|sidang|AMMTC|SOMTC|ASEAN|Bali\s+Process|multilateral|pleno)\b",
    re.I,
)
examples(
    MET_HERE,
    matches=(
        "pertemuan Menteri Luar Negeri RI dengan Menteri Luar Negeri Thailand",
        "Menlu bertemu Menlu Laos",
    ),
    rejects=("pertemuannya", "kunjungan kerja ke Jakarta"),
)
examples(
    FORUM_HERE,
    matches=("di sela AMMTC di Labuan Bajo", "KTT ASEAN di Jakarta", "dalam forum Bali Process"),
    rejects=("pertemuan bilateral di Istana Bogor",),
)


def _met_here(
    c: ArticleContext, s: Sentence, actors: ArticleActors, domestic: frozenset[str]
) -> tuple[PersonAt, str] | None:
    """(the visitor, his country) of a meeting in Indonesia between a foreign official (no envoy) and an Indonesian
    one: the sentence's meeting word and both persons, then "di" and a place of Indonesia after the last person."""
    m = MET_HERE.search(s.text)
    if m is None or FORUM_HERE.search(s.text):
        return None
    after = c.sentences[s.sent_idx + 1].text if s.sent_idx + 1 < len(c.sentences) else ""
    if FORUM_HERE.search(after):
        return None  # "Pertemuan itu berlangsung di sela rangkaian KTT ke-42 ASEAN": the forum told next
    people = _mentions_in(actors.persons, s)
    foreign = [
        p
        for p in people
        if actors.country_of_person.get(p.person_id) not in (None, "ID")
        and actors.agency_of_person.get(p.person_id) not in domestic
        and not AMBASSADOR.search(actors.title_of_person.get(p.person_id, ""))
    ]
    home = [p for p in people if actors.agency_of_person.get(p.person_id) in domestic]
    if len(foreign) != 1 or not home:
        return None
    last = max(p.end for p in people)
    place = next(
        (x for x in c.in_span(c.countries, last, s.end) if AT_PLACE.search(c.body[last : x.start])), None
    )
    if place is None or place.entity_id != "ID" or place.start - last > 40:
        return None
    return foreign[0], str(actors.country_of_person[foreign[0].person_id])


def _hosts_here(c: ArticleContext, s: Sentence, m: re.Match[str]) -> bool:
    """A host's verb that makes the visit one to Indonesia, unless the host is a foreign country ("mengapresiasi
    Filipina yang menjadi tuan rumah pertemuan ... di Manila") or Indonesia's envoy abroad ("Duta Besar RI untuk
    Kamboja ... menerima kunjungan Kadiv Hubinter Polri ... di KBRI Phnom Penh")."""
    if _envoy_receives(s, m):
        return False
    at = s.start + m.start()
    before = c.in_span(c.countries, s.start, at)
    return not (before and before[-1].entity_id != "ID" and FOREIGN_HOST.match(c.body[before[-1].start : at]))


# "Duta Besar Republik Indonesia untuk Kerajaan Kamboja, Santo Darmosumarto, menerima kunjungan": Indonesia's envoy
# (or its embassy) abroad is the host; the visitor comes from Indonesia to the envoy's country.
ENVOY_ABROAD = re.compile(
    r"\b(?i:duta\s+besar|dubes|kuasa\s+usaha|konsul\s+jenderal)\s+(?:RI|Republik\s+Indonesia|Indonesia)\s+"
    r"(?i:untuk|di)\s+(?:(?i:kerajaan|republik)\s+)?[A-Z]|\b(?:KBRI|KJRI)\s+[A-Z]"
)


def _envoy_receives(s: Sentence, m: re.Match[str]) -> bool:
    """The host of a "menerima kunjungan" (in its clause, before the verb) is Indonesia's envoy or embassy abroad."""
    clause = re.split(r"[.;\"”“]", s.text[: m.start()])[-1]
    return RECEIVED.match(s.text, m.start()) is not None and ENVOY_ABROAD.search(clause) is not None


def _direction(
    c: ArticleContext,
    trig: list[Sentence],
    actors: ArticleActors,
    domestic: frozenset[str],
    received_from: str | None = None,
) -> tuple[str, str, Sentence, bool] | None:
    """(origin, destination, the sentence naming the destination, hosted) of the article's visit, if any;
    `received_from` is the country of a foreign official an Indonesian one received (`_received_visitor`)."""
    destination, trigger_sentence = _destination(c, trig)
    if destination is None and received_from is None:
        return None
    hosted = any(_hosts_here(c, s, m) for s in trig for m in HOSTED.finditer(s.text))
    visitor = (
        _foreign_delegation(c, trig, actors.agencies, domestic)
        or next((country for s in trig if (country := _inbound(c, s)) is not None), None)
        or received_from
    )
    if visitor is not None:
        hosted, destination = True, visitor  # "Delegasi Kepolisian Thailand kunjungi Bareskrim": TH -> ID
    if hosted:
        return destination, "ID", trigger_sentence, True
    return "ID", destination, trigger_sentence, False


def _participants(
    c: ArticleContext,
    d_id: str,
    roles: Roles,
    actors: ArticleActors,
    lead_agency: str | None,
    destination: str,
    hosted: bool,
    domestic: frozenset[str],
    missions: frozenset[str] = frozenset(),
) -> list[dict[str, object]]:
    """The delegation's people by role, then its member bodies: agencies sent as members ("perwakilan dari Kemlu,
    Ditjen Imigrasi Kemkumham, ...") and the bodies of the members named ("Presiden didampingi Menlu Sugiono":
    KEMLU takes part)."""
    if hosted:
        # "Karding ... ke Riyadh dan bertemu Menteri Sumber Daya Manusia ... Arab Saudi Ahmad bin Sulaiman AlRajhi":
        # at a visit to Indonesia, one of a foreign country's government who is no envoy was met on another visit,
        # not by the visitors here
        met_elsewhere = set()
        for pid, role in list(roles.of.items()):
            if (
                role == "counterpart"
                and actors.country_of_person.get(pid) not in (None, "ID")
                and actors.agency_of_person.get(pid) not in domestic | missions
                and not _posted_abroad(c, actors, pid, ENVOY)
            ):
                del roles.of[pid]
                met_elsewhere.add(pid)
        # "Turut mendampingi (Puan) Wakil Ketua Komisi IX DPR Charles Honoris": at a visit to Indonesia, Indonesian
        # officials are hosts, whoever they accompany
        for pid, role in list(roles.of.items()):
            if role == "member" and actors.agency_of_person.get(pid) in domestic:
                roles.of[pid] = "counterpart"
            elif (
                role == "member"
                or (role == "counterpart" and actors.agency_of_person.get(pid) not in domestic | missions)
            ) and _posted_abroad(c, actors, pid, ENVOY):
                # ("disambut ... oleh ... Duta Besar China untuk Indonesia Wang Lutong": neither is he met)
                # "Sok Chenda didampingi Duta Besar Kamboja untuk Indonesia Sok Sopheak": the visitors' envoy
                # resides here; he neither travels with them nor is met
                del roles.of[pid]
        if lead_agency is not None and lead_agency not in domestic and not lead_agency.startswith("GOV_"):
            # "taklimat dari pejabat senior KDN ... yang diketuai oleh Ketua Setiausaha KDN Datuk Awang Alik Jeman": at
            # a visit to Indonesia, an official of the visiting lead's own ministry is of the visiting party (a whole
            # government, GOV_xx, also names its former heads and spokesmen, who stay home)
            for p in actors.persons:
                pid = p.person_id
                if (
                    pid not in roles.of
                    and pid not in met_elsewhere  # (nor one met on that other visit)
                    and actors.agency_of_person.get(pid) == lead_agency
                    and pid not in actors.heads_of_state
                    and not _posted_abroad(c, actors, pid, ENVOY)
                ):
                    roles.of[pid] = "member"
    else:
        # "Duta Besar RI untuk China ... juga hadir menjemput": the embassy in the host country meets the visit;
        # "didampingi Deputi ... dan Atase Pertahanan RI di Kuala Lumpur Brigjen TNI Tri Andi": one posted there
        # (his title says so, whatever body he belongs to) receives the visit, he does not travel with it
        for pid, role in roles.of.items():
            if role == "member" and (
                actors.agency_of_person.get(pid) in missions or _posted_abroad(c, actors, pid)
            ):
                roles.of[pid] = "counterpart"
        if VISIT_TO_MISSION.search(c.body):
            # "kunjungan kerja ke Kedutaan Besar Republik Indonesia (KBRI) Kuala Lumpur ... Wakil Kepala Perwakilan
            # KBRI Kuala Lumpur Danang Waskito memaparkan": a visit to the mission is received by its staff
            for p in actors.persons:
                if p.person_id not in roles.of and actors.agency_of_person.get(p.person_id) in missions:
                    roles.of[p.person_id] = "counterpart"
    _receivers_of_the_lead(c, actors.persons, roles, actors.title_of_person.get(roles.lead or ""))
    for pid, role in list(roles.of.items()):
        said = [p for p in actors.persons if p.person_id == pid]
        if (
            role == "counterpart"
            and said
            and all(ON_BEHALF_OF.search(c.body[max(0, p.start - 80) : p.start]) for p in said)
        ):
            # "menyerahkan piagam itu atas nama Perdana Menteri Thailand Srettha Thavisin": the one another acts for
            # is not there to be met
            del roles.of[pid]
    participants: list[dict[str, object]] = [
        {"delegation_id": d_id, "person_id": pid, "agency_id": actors.agency_of_person.get(pid), "role": role}
        for pid, role in roles.of.items()
    ]
    # "didampingi Menteri Luar Negeri Enrique Manalo": the title of someone met names no member body
    met_at = {p.start for p in actors.persons if roles.of.get(p.person_id) == "counterpart"}
    member_bodies = _member_agencies(
        c, roles.member_sentences, actors.agencies, lead_agency, destination, met_at
    )
    member_bodies += [a for a in _co_senders(c, actors.agencies, lead_agency) if a not in member_bodies]
    for pid, role in roles.of.items():
        aid = actors.agency_of_person.get(pid)
        if role == "member" and aid is not None and aid != lead_agency and aid not in member_bodies:
            member_bodies.append(aid)
    for aid in member_bodies:
        if hosted and aid in domestic:
            continue  # a visit to Indonesia: the Indonesian bodies named are hosts, not members
        if not hosted and aid in missions:
            continue  # "tim terpadu ... terdiri dari Kemlu, KBRI Bangkok, dan KBRI Yangon": embassies reside there
        participants.append({"delegation_id": d_id, "person_id": None, "agency_id": aid, "role": "member"})
    return participants


# "Atase Pertahanan RI di Kuala Lumpur", "Kuasa Usaha Ad Interim KBRI Tokyo", "Koordinator Fungsi Ekonomi": the
# title of an official posted at a mission abroad.
POSTED_ABROAD = re.compile(
    r"\b(?i:atase|kuasa\s+usaha|duta\s+besar|dubes|konsul(?:\s+jenderal)?|konjen|koordinator\s+fungsi|"
    r"wakil\s+kepala\s+perwakilan|deputy\s+chief\s+of\s+mission)\b|\b(?:KBRI|KJRI|KDEI)\b"
)
# The start of one item of a list of persons: his title follows the last of these.
LIST_ITEM_START = re.compile(r"[,;]|\b(?:dan|serta|didampingi|bersama|beserta|oleh|yakni|yaitu)\b", re.I)


# "melakukan kunjungan kerja ke Kedutaan Besar Republik Indonesia (KBRI) Kuala Lumpur", "bertandang ke Konsulat
# Jenderal Republik Indonesia": the visit goes to an Indonesian mission abroad.
VISIT_TO_MISSION = re.compile(
    r"\b(?:kunjungan(?:\s+kerja)?|kunker|berkunjung|bertandang|menyambangi|mengunjungi)\s+(?:ke\s+)?"
    r"(?:(?-i:Kedutaan\s+Besar\s+Republik\s+Indonesia|Konsulat\s+Jenderal\s+Republik\s+Indonesia)|KBRI|KJRI)\b",
    re.I,
)
examples(
    VISIT_TO_MISSION,
    matches=("melakukan kunjungan kerja ke Kedutaan Besar Republik Indonesia", "mengunjungi KBRI"),
    rejects=("berkunjung ke Kuala Lumpur",),
)
# "atas nama Perdana Menteri Thailand ", "mewakili Presiden ": the person named next is represented, not present.
ON_BEHALF_OF = re.compile(
    r"\b(?:atas\s+nama|mewakili)\s+(?:(?-i:[A-Z])[\w.'()/-]*\s+){0,6}$",
    re.I,
)
examples(
    ON_BEHALF_OF,
    matches=("menyerahkan piagam itu atas nama Perdana Menteri Thailand ", "hadir mewakili Presiden "),
    rejects=("menyerahkan piagam itu kepada Perdana Menteri Thailand ",),
)
# An envoy's title ("Duta Besar Kamboja untuk Indonesia").
ENVOY = re.compile(r"\b(?:atase|kuasa\s+usaha|duta\s+besar|dubes|konsul(?:\s+jenderal)?|konjen)\b", re.I)


def _posted_abroad(
    c: ArticleContext, actors: ArticleActors, pid: str, post: re.Pattern[str] = POSTED_ABROAD
) -> bool:
    """Whether a title of the person names a post at a mission abroad: the title the article gives him, or the words
    of his list item right before one of his names ("... dan Atase Pertahanan RI di Kuala Lumpur Brigjen TNI Tri
    Andi Kuswantoro")."""
    if post.search(actors.title_of_person.get(pid) or ""):
        return True
    for p in actors.persons:
        if p.person_id != pid:
            continue
        before = c.body[max(0, p.start - 120) : p.start]
        starts = [m.end() for m in LIST_ITEM_START.finditer(before)]
        if post.search(before[starts[-1] if starts else 0 :]):
            return True
    return False


def delegation_of(
    c: ArticleContext,
    actors: ArticleActors,
    domestic: frozenset[str],
    missions: frozenset[str],
    titles: dict[str, str] | None = None,
    outbound_only: bool = False,
) -> tuple[dict[str, object], list[dict[str, object]]] | None:
    """The article's delegation and its participants, or None when it reports no visit; `outbound_only`: the visit
    abroad told by sentences of its own besides a visit to Indonesia (`_outbound_sentences`)."""
    titles = titles or {}
    if outbound_only:
        c = _without_the_visit_here(c, actors.agencies, domestic)
    trig = trigger_sentences(c)
    if outbound_only:
        trig = _outbound_sentences(c, trig, actors.agencies, domestic)
    received = None if outbound_only else _received_visitor(c, actors, domestic)
    if received is not None and received[0] not in trig:
        trig = sorted([*trig, received[0]], key=lambda s: s.sent_idx)
    direction = _direction(c, trig, actors, domestic, received[2] if received else None) if trig else None
    if direction is None:
        return None
    origin, destination, trigger_sentence, hosted = direction
    if outbound_only and hosted:
        return None
    if not hosted and _hosts_among_themselves(c, trig, actors, domestic, destination):
        return None
    roles = Roles()
    # "Dalam pertemuan itu Presiden Filipina didampingi Menteri Luar Negeri Enrique Manalo, ...": a sentence that
    # refers back to the visit's meeting tells who took part in it, however far from the visit sentences it stands
    # ("Pesawat yang membawa Wang mendarat di Bandara Soekarno-Hatta ... Ia disambut ... oleh ...": at a visit to
    # Indonesia its arrival is told too)
    told = sorted(
        {
            *trig,
            *(
                s
                for s in c.sentences
                if VISIT_REFERENCE.search(s.text) or (hosted and ARRIVAL.search(s.text))
            ),
        },
        key=lambda s: s.sent_idx,
    )
    _lead_and_member_sentences(c, told, actors.persons, roles)
    _part_of_the_party(c, actors.persons, roles)
    envoys = frozenset(pid for pid, a in actors.agency_of_person.items() if a in missions)
    _counterparts_and_members(c, told, actors.persons, roles, envoys)
    if not hosted:
        _staying_there(c, told, actors, roles, domestic, missions)
    _welcomers_of_the_party(c, told, actors.persons, roles)
    _sides(c, actors.persons, roles, host="ID" if hosted else destination, visiting=origin)
    if not hosted:
        _host_officials(c, told, actors, roles, destination, envoys)
        _host_officials_met_later(c, actors, roles, destination, envoys)
        _envoy_there(c, trig, actors.persons, roles, destination, envoys)
    # "Duta Besar RI ... menerima kunjungan Kadiv Hubinter Polri": the visitor leads, the envoy is met; an envoy
    # receiving one of the host country's officials is no visit abroad
    if (
        not hosted
        and any(_envoy_receives(s, m) for s in trig for m in RECEIVED.finditer(s.text))
        and (
            _visitor(c, trig, actors, roles, domestic) is AMBASSADOR
            or (roles.lead is not None and actors.agency_of_person.get(roles.lead) not in domestic - missions)
        )
    ):
        return None
    sender = _sender_agency(c, trig, actors.agencies, None if hosted else destination)
    # "Presiden ... disambut Duta Besar RI dan staf KBRI Beijing": the embassy named first does not make a head of
    # state's visit the embassy's own work
    head_travels = any(
        p.person_id in actors.heads_of_state for s in trig for p in _mentions_in(actors.persons, s)
    )
    if (
        roles.lead is None
        and not hosted
        and sender in missions
        and not head_travels
        and not _official_before_mission(trig, actors, domestic, missions)
    ):
        return None  # an embassy acting in the country it sits in is not a visit abroad
    visitor_agency = None
    if hosted:
        called = _visitor(c, trig, actors, roles, domestic)
        if called is AMBASSADOR:
            return None  # a resident ambassador's call on a ministry
        visitor_agency = called
        if roles.lead is None and received is not None:
            roles.lead = received[1].person_id
            roles.of[roles.lead] = "lead"
    elif roles.lead is None:
        _domestic_lead(c.sentences, trig, actors.persons, roles, actors, domestic)
    _members_of_lead(c, actors.persons, roles, actors.title_of_person.get(roles.lead or ""))
    _beside_the_lead(c, actors, roles, hosted, domestic)
    _companions_told_next(c, actors.persons, roles)
    if not hosted:
        _welcomed_travellers(c, trig, actors, roles, domestic, missions)
    _introduced(c, actors, roles, hosted, domestic)
    if roles.lead is None:
        _first_of_the_party(c, actors, roles)
    _met_between(c, told, actors.persons, roles)
    _no_spouses(c, actors, roles)
    lead_agency = actors.agency_of_person.get(roles.lead) if roles.lead else None
    if hosted and (visitor_agency is not None or lead_agency in domestic):
        lead_agency = visitor_agency
    if hosted and lead_agency is None:
        lead_agency = _visiting_body(c, trig, actors.agencies, domestic, origin)
    if (
        lead_agency is None
        and not (hosted and sender in domestic)
        and roles.lead not in actors.heads_of_state
    ):
        lead_agency = sender  # (a President without an agency code is not led by the first body named)
    if (
        lead_agency is None
        and not hosted
        and roles.lead in actors.heads_of_state
        and "PRESIDEN_RI" in domestic
    ):
        lead_agency = (
            "PRESIDEN_RI"  # "Wakil Presiden Ma'ruf Amin bertolak ke Vientiane": Indonesia's presidency
        )
    if not hosted and domestic and lead_agency is not None and lead_agency not in domestic:
        # "Kapolri bertolak ke Laos ... untuk menghadiri pertemuan ASEANAPOL": a forum or a host body named in the
        # visit's sentences does not lead a visit from Indonesia
        lead_agency = None
    if lead_agency is None and not hosted:
        lead_agency = _titled_sender(trig, titles, domestic, missions)
    if lead_agency in missions and not hosted:
        return None  # an embassy acting in the country it sits in is not a visit abroad
    d_id = fact_id("delegation", c.article_id, destination)
    participants = _participants(c, d_id, roles, actors, lead_agency, destination, hosted, domestic, missions)
    start_date, end_date = visit_dates(c, trigger_sentence, trig, destination)
    delegation = {
        "delegation_id": d_id,
        "article_id": c.article_id,
        "lead_agency_id": lead_agency,
        "lead_person_id": roles.lead,
        "origin_country_id": origin,
        "destination_country_id": destination,
        "start_date": start_date,
        "end_date": end_date,
        "purpose": _purpose(trigger_sentence.text),
        "sentence_text": trigger_sentence.text,
    }
    return delegation, participants


def _outbound_sentences(
    c: ArticleContext, trig: list[Sentence], agencies: list[AgencyAt], domestic: frozenset[str]
) -> list[Sentence]:
    """The visit sentences of a trip abroad in an article about a visit to Indonesia ("Sekitar dua pekan
    sebelumnya, Karding melakukan kunjungan kerja ke Riyadh dan bertemu ..."): no word of a visitor coming, a host
    receiving, the host's side or a foreign delegation ("Delegasi Arab Saudi dipimpin ...")."""
    return [
        s
        for s in trig
        if _inbound(c, s) is None
        and not HOSTED.search(s.text)
        and not RECEIVED.search(s.text)
        and not RECEIVED_BY_GATED.search(s.text)
        and not HOST_SIDE.search(s.text)
        and _foreign_delegation(c, [s], agencies, domestic) is None
        and not (s.sent_idx == 0 and not SENTENCE_CLOSED.search(s.text))  # the headline tells the main visit
    ]


SENTENCE_CLOSED = re.compile(r"[.!?\"”]\s*$")
examples(SENTENCE_CLOSED, matches=("bertemu Menlu Malaysia.", 'kata Retno."'), rejects=("Menteri ke Seoul",))


def _without_the_visit_here(
    c: ArticleContext, agencies: list[AgencyAt], domestic: frozenset[str]
) -> ArticleContext:
    """The article with the sentences of its visit to Indonesia muted (blanked, offsets kept), so that the rules
    reading a trip abroad told beside it see none of its hosts and visitors ("Karding menerima delegasi ...")."""
    kept = {s.sent_idx for s in _outbound_sentences(c, c.sentences, agencies, domestic)}
    muted = [
        s if s.sent_idx in kept and not WELCOMES_PARTY.search(s.text) else s._replace(text=" " * len(s.text))
        for s in c.sentences
    ]
    return replace(c, sentences=muted)


def _second_visit(
    c: ArticleContext,
    actors: ArticleActors,
    first: dict[str, object],
    domestic: frozenset[str],
    missions: frozenset[str],
    titles: dict[str, str] | None,
) -> tuple[dict[str, object], list[dict[str, object]]] | None:
    """Besides a visit to Indonesia, an Indonesian body's own visit abroad told in the same article ("Kunjungan
    delegasi Arab Saudi merupakan kunjungan balasan. Sekitar dua pekan sebelumnya, Karding melakukan kunjungan
    kerja ke Riyadh"): led by an Indonesian body, to another country than Indonesia."""
    if first["destination_country_id"] != "ID":
        return None
    told = [
        s for s in _outbound_sentences(c, trigger_sentences(c), actors.agencies, domestic) if _own_trip(s)
    ]
    if not told:
        return None
    found = delegation_of(c, actors, domestic, missions, titles, outbound_only=True)
    if found is None:
        return None
    delegation, people = found
    lead = delegation["lead_person_id"]
    if (
        delegation["destination_country_id"] == "ID"
        or delegation["lead_agency_id"] not in domestic
        or lead is None
        or actors.agency_of_person.get(str(lead)) not in domestic
        or not any(p.person_id == lead for s in told for p in _mentions_in(actors.persons, s))
    ):
        return None  # an Indonesian official named as its lead in a sentence telling the trip
    return delegation, people


def _own_trip(s: Sentence) -> bool:
    """A sentence telling a trip of its own: a mission word ("melakukan kunjungan kerja ke Riyadh") or a led
    delegation ("delegasi Polri dipimpin"), not a word referring back to the visit here ("Dalam kunjungan ini") nor a
    bare "delegasi" ("saling memperkenalkan anggota delegasi")."""
    if SAME_VISIT.search(s.text):
        return False
    if DELEGATION_LED.search(s.text) or VISIT_OF_TO.search(s.text):
        return True
    return any(m.group().lower() != "delegasi" for m in TRIGGER_GATED.finditer(s.text))


# "menindaklanjuti kunjungan Presiden Prabowo Subianto ke Bangkok pada Mei lalu": a named official's visit to a place.
VISIT_OF_TO = re.compile(r"\b(?i:kunjungan|lawatan)\s+(?:[A-Z][\w.'-]*\s+){2,5}(?i:ke)\s+[A-Z]")
examples(
    VISIT_OF_TO,
    matches=("kunjungan Presiden Prabowo Subianto ke Bangkok", "lawatan Menteri Luar Negeri ke Dili"),
    rejects=("kunjungan kerja ke Bangkok", "rencana kunjungan ke Vietnam"),
)


def _official_before_mission(
    trig: list[Sentence], actors: ArticleActors, domestic: frozenset[str], missions: frozenset[str]
) -> bool:
    """ "Dalam kunjungan itu Mahfud didampingi Duta Besar RI untuk Malaysia ...": an official of a body at home named
    in a visit sentence before its first embassy mention travels; the embassy only receives him."""
    for s in trig:
        embassy = next(
            (a.start for a in actors.agencies if s.start <= a.start < s.end and a.agency_id in missions),
            s.end,
        )
        if any(
            s.start <= p.start < embassy and actors.agency_of_person.get(p.person_id) in domestic - missions
            for p in actors.persons
        ):
            return True
    return False


# An official party travelling: a delegation whose lead the story does not name is still one.
OFFICIAL_PARTY = re.compile(r"\b(?:rombongan|delegasi|tim|misi|utusan|kunjungan\s+kerja)\b", re.I)
# The people travelling are migrants, victims or deportees, counted or referred to as a group.
TRAVELLERS = re.compile(
    r"\b(?:ke(?:dua|tiga|empat|lima|enam)nya|para\s+(?:pekerja|wni|pmi|cpmi|korban|deportan|warga)"
    r"|\d[\d.]*\s+(?:orang|wni|pmi|cpmi|pekerja|warga|deportan|korban))\b",
    re.I,
)
examples(
    TRAVELLERS,
    matches=(
        "ketiganya mengaku berangkat dari Manado",
        "Sebanyak 217 pekerja migran Indonesia (PMI) yang dideportasi",
    ),
    rejects=("Kepala PNP bertemu Sekretaris NCB Interpol Indonesia di Abu Dhabi",),
)
examples(
    OFFICIAL_PARTY,
    matches=("rombongan bertolak ke Laos pada Rabu", "delegasi DPR tiba di Kuala Lumpur"),
    rejects=("ketiganya mengaku berangkat dari Manado dengan tujuan Thailand",),
)


def extract_delegations(
    contexts: dict[str, ArticleContext],
    persons: pl.DataFrame,
    mentions: pl.DataFrame,
    domestic: frozenset[str] = frozenset(),
    missions: frozenset[str] = frozenset(),
    titles: dict[str, str] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """One delegation per article and destination; participants with roles lead / member / counterpart.

    `domestic` are Indonesian agencies (who can lead a visit abroad), `missions` Indonesia's embassies abroad,
    `titles` the one-word titles of officials and their bodies ("Kapolri": POLRI).
    """
    actors = _actors(persons, mentions)
    delegations: list[dict[str, object]] = []
    participants: list[dict[str, object]] = []
    for art, c in contexts.items():
        found = delegation_of(c, actors.get(art, ArticleActors()), domestic, missions, titles)
        if (
            found is not None
            and found[0]["lead_agency_id"] is None
            and found[0]["lead_person_id"] is None
            and not OFFICIAL_PARTY.search(str(found[0]["sentence_text"] or ""))
            and TRAVELLERS.search(str(found[0]["sentence_text"] or ""))
        ):
            # "ketiganya mengaku berangkat dari Manado dengan tujuan Thailand", "217 PMI yang dideportasi ... tiba di
            # Pelabuhan Tunon Taka": people travelling whom no official body or person leads, and whom the sentence
            # calls no party ("rombongan bertolak ke Laos ... menghadiri pertemuan ASEANAPOL"), are no delegation
            found = None
        if found is not None:
            delegation, people = found
            # "berangkat ke Yangon, Myanmar, dan Bangkok, Thailand": the same team goes to each country listed; a
            # leg the mission's sentences leave undated takes the day of its own place.
            others = _joined_destinations(c, delegation)
            legs = [delegation] + [
                {
                    **delegation,
                    "delegation_id": fact_id("delegation", c.article_id, other),
                    "destination_country_id": other,
                }
                for other in others
            ]
            for leg in legs:
                if others and leg["start_date"] is None:
                    leg["start_date"] = leg_day(c, str(leg["destination_country_id"]))
            stops = [] if others else _tour_stops(c, delegation)
            if stops:
                # "Persinggahan pertama adalah Brunei ... Dari Brunei, Prabowo terbang ke Laos ...": a visit to each
                # country of the tour, told by its own sentences (its days, whom it met there)
                legs, people = _tour_legs(c, delegation, people, stops, actors.get(art, ArticleActors()))
            for leg in legs:
                delegations.append(leg)
                participants.extend(
                    {**p, "delegation_id": leg["delegation_id"]}
                    for p in people
                    # a tour's legs have people of their own; otherwise every leg has the visit's
                    if not stops or p["delegation_id"] == leg["delegation_id"]
                )
            second = _second_visit(
                c, actors.get(art, ArticleActors()), delegation, domestic, missions, titles
            )
            if second is not None:
                delegations.append(second[0])
                participants.extend(second[1])
    return pl.DataFrame(delegations, schema=DELEGATION_SCHEMA), pl.DataFrame(
        participants, schema=PARTICIPANT_SCHEMA
    )


FOREIGN_ACTOR = re.compile(
    r"\b(?:pejabat|pemerintah|otoritas|menteri|militer|junta|polisi|kepolisian|tentara|aparat)\s+"
    r"(?:[A-Z][\w.-]*\s+){0,3}$",
    re.I,
)


def _meets_abroad(c: ArticleContext, s: Sentence) -> bool:
    """A meeting or arrival sentence that places itself in a foreign country or city ("di Phnom Penh")."""
    if not MEETING_GATED.possible(s.text):
        return False  # most sentences
    in_sentence = c.in_span(c.countries, s.start, s.end)
    meeting = next(
        (
            m
            for m in MEETING_GATED.finditer(s.text)
            if not plan_before(s.text, m.start())
            and not FUTURE_AFTER.match(s.text, m.end())
            and not _arrives_home(in_sentence, s, m)
        ),
        None,
    )
    if not meeting:
        return False
    # "Para pejabat China akan melakukan pembicaraan dengan mitra dari Thailand": other countries meeting.
    indonesian = any(m.entity_id == "ID" for m in in_sentence)
    for m in in_sentence:
        at = m.start - s.start
        actor = FOREIGN_ACTOR.search(s.text[max(0, at - 30) : at])
        if m.entity_id != "ID" and at < meeting.start() and actor and not indonesian:
            return False
    return any(
        m.entity_id != "ID"
        and (
            _placed_at(s.text[: m.start - s.start])
            or (m.start - s.start <= 3 and DATELINE_PLACE.match(s.text) is not None)
        )
        and not PLANNED_TRIP_TO.search(s.text[: m.start - s.start])
        for m in in_sentence
    )


def _arrives_home(in_sentence: list[Mention], s: Sentence, m: re.Match[str]) -> bool:
    """ "Ketujuhnya tiba di Jakarta ... dengan penerbangan ... yang transit di Bangkok": an arrival at a place in
    Indonesia is a homecoming, whatever foreign place the flight passed."""
    if not ARRIVAL.match(m.group()):
        return False
    after = s.start + m.end()
    first = next((x for x in in_sentence if after <= x.start <= after + 30), None)
    return first is not None and first.entity_id == "ID"


def _placed_at(before: str) -> bool:
    """ "di Phnom Penh, " right before a country places what the sentence reports there, unless the place is where a
    group the talks are about lives ("pelindungan pekerja migran Indonesia di Malaysia")."""
    window = before[-60:]
    at = AT_PLACE.search(window)
    return at is not None and not POPULATION_AT.search(before[: len(before) - len(window) + at.start()])


def _foreign_delegation(
    c: ArticleContext, trig: list[Sentence], agencies: list[AgencyAt], domestic: frozenset[str]
) -> str | None:
    """The country of a delegation named after a foreign body or country ("Delegasi Kepolisian Thailand"), which
    makes the visit one hosted in Indonesia."""
    for s in trig:
        for m in DELEGATION_OF.finditer(s.text):
            at = s.start + m.end()
            for country in c.countries:
                between = c.body[at : country.start]
                if (
                    at <= country.start <= at + 25
                    and country.entity_id != "ID"
                    and NAME_WORDS.fullmatch(between)
                ):
                    return country.entity_id
            for agency in agencies:
                if at <= agency.start <= at + 3 and domestic and agency.agency_id not in domestic:
                    inside = next(
                        (x.entity_id for x in c.countries if agency.start <= x.start < agency.end), None
                    )
                    if inside and inside != "ID":
                        return inside
    return None


def _visiting_body(
    c: ArticleContext, trig: list[Sentence], agencies: list[AgencyAt], domestic: frozenset[str], origin: str
) -> str | None:
    """An unnamed foreign team's body: the foreign agency named with the visiting country in a visit sentence
    ("petugas kepolisian China yang diberangkatkan ke Indonesia": MPS_CN)."""
    for s in trig:
        for a in agencies:
            if not s.start <= a.start < s.end or a.agency_id in domestic:
                continue
            if any(a.start <= m.start < a.end and m.entity_id == origin for m in c.countries):
                return a.agency_id
    return None


# "Persinggahan pertama adalah Brunei Darussalam", "Dari Brunei, Prabowo terbang ke Laos", "Perjalanan berlanjut ke
# Kamboja": one traveller's tour of several countries, each stop a visit of its own.
TOUR_STOP = re.compile(
    r"\b(?i:persinggahan|tujuan|lawatan|kunjungan)\s+(?i:pertama|kedua|ketiga|berikutnya|selanjutnya|terakhir)\b"
    r"|\b(?i:perjalanan|lawatan|kunjungan)(?:nya)?\s+(?i:berlanjut|dilanjutkan)\s+ke\b"
    r"|\b(?i:melanjutkan)\s+(?i:perjalanan|lawatan|kunjungan)(?:nya)?\s+ke\b"
    r"|\bDari\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+(?:[A-Z][\w-]*\s+)?(?i:terbang|bertolak|berangkat)\s+ke\b"
)


def _tour_stops(c: ArticleContext, delegation: dict[str, object]) -> list[tuple[int, str]]:
    """(sentence, country) of each stop of a tour from Indonesia: a sentence saying the tour goes on to a country
    (the first country named after those words), not a plan; a tour has two stops or more, the visit's among them."""
    if delegation["origin_country_id"] != "ID":
        return []
    stops: list[tuple[int, str]] = []
    for s in c.sentences:
        m = TOUR_STOP.search(s.text)
        if m is None or PLANNED.search(s.text):
            continue
        after = [
            x
            for x in c.in_span(c.countries, s.start + m.end(), s.end)
            if x.entity_id != "ID" and not _names_a_mission(c, x.start)
        ]
        if after and after[0].entity_id not in {country for _, country in stops}:
            stops.append((s.sent_idx, after[0].entity_id))
    if len(stops) < 2 or delegation["destination_country_id"] not in {country for _, country in stops}:
        return []
    return stops


def _tour_legs(
    c: ArticleContext,
    delegation: dict[str, object],
    people: list[dict[str, object]],
    stops: list[tuple[int, str]],
    actors: ArticleActors,
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """One delegation per stop, with the tour's lead: its days from its own sentences (from its stop sentence to the
    next stop's), its persons those the visit's roles name in them; the bodies of members named only in other stops'
    sentences are left out."""
    legs: list[dict[str, object]] = []
    out: list[dict[str, object]] = []
    bounds = [k for k, _ in stops] + [len(c.sentences)]
    floor: date | None = None  # a tour goes forward: no stop starts before the one before it
    for (first, country), last in zip(stops, bounds[1:], strict=True):
        sents = c.sentences[first:last]
        lo, hi = sents[0].start, sents[-1].end
        d_id = fact_id("delegation", c.article_id, country)
        start_date, end_date = _stop_days(c, list(range(first, last)), floor)
        floor = start_date or floor
        legs.append(
            {
                **delegation,
                "delegation_id": d_id,
                "destination_country_id": country,
                "start_date": start_date,
                "end_date": end_date,
                "sentence_text": sents[0].text,
            }
        )
        here = {p.person_id for p in actors.persons if lo <= p.start < hi}
        kept = [
            p
            for p in people
            if p["person_id"] is not None and (p["role"] == "lead" or p["person_id"] in here)
        ]
        bodies = {p["agency_id"] for p in kept}
        dropped = {p["agency_id"] for p in people if p["person_id"] is not None} - bodies
        kept += [p for p in people if p["person_id"] is None and p["agency_id"] not in dropped]
        out.extend({**p, "delegation_id": d_id} for p in kept)
    return legs, out


def _stop_days(c: ArticleContext, indices: list[int], floor: date | None) -> tuple[date | None, date | None]:
    """The days of one stop of a tour: the first day or range its own sentences state (none before the previous
    stop's: "diterbangkan ... pada 29 Agustus 2024" is no day of a stop after 5 September), a single day extended by
    the later days told within two weeks ("Keesokan harinya, Jumat (6/9/2024)")."""
    days = [d for d in _days_in(c, indices)[0] if floor is None or d[0] >= floor]
    if not days:
        return None, None
    start, end, is_range = days[0]
    if is_range:
        return start, end
    later = [a for a, _, rng in days[1:] if not rng and start < a <= start + timedelta(days=14)]
    return start, max(later, default=end or start)


def _joined_destinations(c: ArticleContext, delegation: dict[str, object]) -> list[str]:
    """Other countries listed with the destination in its sentence ("ke Yangon, Myanmar, dan Bangkok, Thailand"):
    only "dan" / "serta" and place names stand between them."""
    if delegation["origin_country_id"] != "ID":
        return []
    text = str(delegation["sentence_text"])
    s = next((x for x in c.sentences if x.text == text), None)
    if s is None:
        return []
    found = c.in_span(c.countries, s.start, s.end)
    dest = next((m for m in found if m.entity_id == delegation["destination_country_id"]), None)
    out: list[str] = []
    for m in found:
        if dest is None or m.start <= dest.start:
            continue
        if m.entity_id == dest.entity_id:
            dest = m  # "Yangon, Myanmar": the city, then its country
            continue
        if m.entity_id in ("ID", *out) or _names_a_mission(c, m.start) or _in_border_pair(c, m):
            continue
        if JOINED_PLACE.fullmatch(c.body[dest.start : m.start]):
            out.append(m.entity_id)
            dest = m
    return out


# "perbatasan Thailand dan Myanmar", "perbatasan Myanmar-Thailand", "perbatasan antara Kamboja dan Thailand": two
# countries named as the sides of a border name a relation (or a route), not a place the visit goes to.
BORDER_PAIR_FIRST = re.compile(r"\bperbatasan\s+(?:(?:darat|wilayah|negara|antara)\s+)?$", re.I)
BORDER_PAIR_SECOND = re.compile(
    r"\bperbatasan\s+(?:(?:darat|wilayah|negara|antara)\s+)?(?-i:[A-Z])[\w'-]*\s*(?:-|–|\s(?i:dan|serta)\s)\s*$",
    re.I,
)
PAIR_NEXT = re.compile(r"(?-i:[A-Z])[\w']*\s*(?:-|–|\s(?i:dan|serta)\s)\s*(?-i:[A-Z])", re.I)


def _in_border_pair(c: ArticleContext, m: Mention) -> bool:
    """The country is one side of a border named by its two countries."""
    before = c.body[max(0, m.start - 60) : m.start]
    if BORDER_PAIR_SECOND.search(before):
        return True
    return bool(BORDER_PAIR_FIRST.search(before) and PAIR_NEXT.match(c.body, m.start, m.start + 40))


def _near(trig: list[Sentence], idx: int) -> bool:
    return any(abs(t.sent_idx - idx) <= 1 for t in trig)


# "KBRI Bangkok, dan KBRI Yangon": a city named in an Indonesian mission's name is no place the visit goes to.
MISSION_NAME = re.compile(r"\b(?:KBRI|KJRI|KDEI|KRI)\s+$")


def _names_a_mission(c: ArticleContext, at: int) -> bool:
    return bool(MISSION_NAME.search(c.body[max(0, at - 8) : at]))


def _destination(c: ArticleContext, trig: list[Sentence]) -> tuple[str | None, Sentence]:
    """The foreign country the visit goes to: 'ke <Country>' in a trigger sentence; a planned trip is no visit."""
    votes: Counter[str] = Counter()
    first_sentence: dict[str, Sentence] = {}
    for s in trig:
        for m in c.in_span(c.countries, s.start, s.end):
            if m.entity_id == "ID" or _names_a_mission(c, m.start):
                continue  # a visit to Indonesia comes from the foreign country named
            if _in_border_pair(c, m):
                continue  # "ke perbatasan Thailand dan Myanmar": the sides of a border, no destination
            before = s.text[: m.start - s.start]
            if WORKERS_TRIP_TO.search(before[-80:]):
                continue  # "mencegah keberangkatan CPMI ke Kamboja": where the workers go, not the visit
            if FETCHED_FROM.search(before[-140:]) or PASSED_THROUGH.search(before[-80:]):
                continue  # "menjemput 16 WNI ... dari Vietnam", "terbang dari Ho Chi Minh City dan transit di Bandara
                # Changi, Singapura": where people come from or change planes, not where a visit goes
            weight = 2 if TO_COUNTRY.search(before[-8:]) else 1
            if PLANNED.search(s.text) and weight == 1:
                continue
            votes[m.entity_id] += weight
            first_sentence.setdefault(m.entity_id, s)
    if not votes:
        return None, trig[0]
    best = votes.most_common(1)[0][0]
    return best, first_sentence[best]


def _sender_agency(
    c: ArticleContext, trig: list[Sentence], agencies: list[AgencyAt], destination: str | None = None
) -> str | None:
    """The first agency named in the visit's sentences, not a body of the host country ("pertemuan di kantor
    Kementerian Kehakiman Thailand" on a visit to Thailand) nor a Cambodian one."""
    host = f"_{destination}" if destination else "_KH"
    for s in trig:
        hits = [
            a.agency_id
            for a in agencies
            if s.start <= a.start < s.end and not a.agency_id.endswith(("_KH", host))
        ]
        if hits:
            return hits[0]
    return None


def _member_agencies(
    c: ArticleContext,
    member_sentences: set[int],
    agencies: list[AgencyAt],
    lead_agency: str | None,
    destination: str | None = None,
    met_at: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[str]:
    """Agencies named after the member word of a member sentence, except the lead's, those met ("anggota delegasi
    menggelar pertemuan dengan Kepolisian Nasional Kamboja"), the titles of persons met (`met_at`: where their names
    start) and the host country's bodies (code ending _KH)."""
    out: list[str] = []
    for idx in sorted(member_sentences):
        s = c.sentences[idx]
        m = MEMBER_GATED.search(s.text)
        cut = s.start + (m.start() if m else 0)
        met = COUNTERPART.search(s.text, m.end() if m else 0)
        stop = s.start + met.start() if met else s.end
        hits = sorted(
            a
            for a in agencies
            if cut <= a.start < stop and not (destination and a.agency_id.endswith(f"_{destination}"))
        )
        for k, hit in enumerate(hits):
            # "Ditjen Imigrasi Kemkumham": a unit named right before its parent ministry stands for the unit alone.
            parent_of_previous = k > 0 and hit.start - hits[k - 1].end <= 1
            titles_one_met = any(_titles(c, hit, at) for at in met_at)
            if parent_of_previous or titles_one_met or hit.agency_id == lead_agency or hit.agency_id in out:
                continue
            out.append(hit.agency_id)
    return out


def _titles(c: ArticleContext, hit: AgencyAt, at: int) -> bool:
    """Whether the agency mention is part of the title of the person named at `at`: close before his name, no list
    separator nor verb between ("Atase Kepolisian RI di Bangkok Kombes Pol Andi", "Menteri Luar Negeri, Retno")."""
    gap = c.body[hit.end : at]
    return (
        hit.end <= at
        and len(gap) <= 60
        and not LIST_ITEM_START.search(gap.lstrip(", "))
        and not CLAUSE_VERB.search(gap)
    )


def _co_senders(c: ArticleContext, agencies: list[AgencyAt], lead_agency: str | None) -> list[str]:
    """Bodies named with the lead's before "mengirimkan tim" ("Kemlu dan Direktorat Jenderal Imigrasi mengirimkan tim
    bantuan ke Phnom Penh"): they send the team together, so they take part in it."""
    out: list[str] = []
    for s in c.sentences:
        m = SENDS_TEAM.search(s.text)
        if m is None:
            continue
        clause = s.start + max((x.end() for x in re.finditer(r"[,;:]", s.text[: m.start()])), default=0)
        senders = [a for a in sorted(agencies) if clause <= a.start < s.start + m.start()]
        if lead_agency not in {a.agency_id for a in senders}:
            continue
        for prev, cur in zip(senders, senders[1:], strict=False):
            if re.fullmatch(r"\s+(?:dan|serta|bersama)\s+", c.body[prev.end : cur.start], re.I):
                out.extend(x for x in (prev.agency_id, cur.agency_id) if x != lead_agency and x not in out)
    return out


def _purpose(text: str) -> str | None:
    """What the visit is for: "untuk / guna / dalam rangka ..."."""
    m = PURPOSE.search(text)
    return m.group(1).strip() if m else None


# What each pattern exists for (checked by tests/transforms/test_lexicon.py).
examples(
    TRIGGER,
    matches=("Delegasi RI melakukan kunjungan kerja ke Kamboja",),
    rejects=("Polri menangkap 12 tersangka",),
)
examples(
    MEETING, matches=("Sugiono bertemu dengan Menlu Kamboja di Phnom Penh",), rejects=("Sugiono berpidato",)
)
examples(
    REPORTED_ON,
    matches=("dalam pernyataannya pada ", "Media Caixin melaporkan pada "),
    rejects=("bertolak ke Malaysia pada ",),
)
examples(
    OTHER_EVENT,
    matches=("Sebanyak 88 tersangka ditangkap pada ", "WNI yang dideportasi "),
    rejects=("Tim Polri berangkat pada ",),
)
examples(TO_COUNTRY, matches=("kunjungan kerja ke ",), rejects=("kunjungan kerja Menteri ",))
examples(
    LEAD,
    matches=("Delegasi RI yang dipimpin oleh Deputi ", "dipimpin langsung Kadiv Hubinter, Irjen "),
    rejects=("Delegasi RI yang dipimpin oleh seorang ",),
)
examples(
    LED_BODY,
    matches=("Delegasi RI yang ", "Pihak Indonesia dalam pertemuan itu ", "Rombongan "),
    rejects=(
        "upacara pembukaan yang ",
        "taklimat dari pejabat senior Kementerian Dalam Negeri (KDN) Malaysia yang ",
    ),
)
examples(
    MEMBER,
    matches=(
        "Delegasi didampingi Direktur",
        "Abalos datang bersama Kepala PNP",
        "menteri ikut dalam penerbangan Presiden",
    ),
    rejects=("Delegasi tiba di Phnom Penh",),
)
examples(
    COUNTERPART,
    matches=(
        "Delegasi bertemu dengan Menteri",
        "Retno menggelar pertemuan troika membahas isu Myanmar bersama Menteri",
        "menghadiri jamuan makan malam bersama Perdana Menteri",
    ),
    rejects=("Delegasi tiba di Phnom Penh", "Retno bersama Menteri Sekretaris Negara tiba"),
)
examples(CONTINUATION, matches=("Selain itu, hadir pula",), rejects=("Hadir pula",))
examples(PLANNED, matches=("Kapolri akan melakukan kunjungan",), rejects=("Kapolri melakukan kunjungan",))
examples(
    VICTIM,
    matches=("Anaknya berangkat ke Kamboja", "berangkat ke Kamboja tanpa prosedur resmi"),
    rejects=("Delegasi berangkat ke Kamboja",),
)
examples(MISSION_WORD, matches=("delegasi berangkat ke Kamboja",), rejects=("Anaknya berangkat ke Kamboja",))
examples(
    HOSTED,
    matches=("Bareskrim Polri menerima kunjungan delegasi Kepolisian Thailand",),
    rejects=("Delegasi Polri berkunjung ke Thailand",),
)
examples(
    FOREIGN_ACTOR,
    matches=("Para pejabat China ",),
    rejects=("Delegasi RI bertemu mitra dari ",),
)
examples(DELEGATION_OF, matches=("Delegasi Kepolisian Thailand",), rejects=("Kepolisian Thailand",))
examples(NAME_WORDS, matches=("Kepolisian ",), rejects=())
examples(
    PURPOSE,
    matches=("kunjungan kerja ke Kamboja untuk membahas penanganan kasus online scam.",),
    rejects=("kunjungan kerja ke Kamboja.",),
)
examples(
    STATEMENT_DATE,
    matches=('"Kami meminta percepatan," kata Kepala BP2MI di Jakarta, ',),
    rejects=("Delegasi bertemu Menteri Dalam Negeri Malaysia di Putrajaya, ",),
)
examples(
    REFERENCE_DAY,
    matches=("urusan kenegaraan menjelang akhir masa pemerintahannya pada ",),
    rejects=("bertolak pada ",),
)
examples(
    ACTIVE_LEAD, matches=("Hadi Tjahjanto memimpin delegasi Indonesia",), rejects=("Hadi memimpin rapat",)
)
examples(
    HOST_SIDE,
    matches=("Delegasi Indonesia selaku tuan rumah ", "Dari pihak tuan rumah, sidang itu "),
    rejects=("Delegasi Indonesia ", "Dari pihak Indonesia, sidang itu "),
)
examples(
    PLANNED_AFTER,
    matches=(" ke Republik Korea yang dijadwalkan dalam waktu dekat", " ke Korea Selatan nanti akan"),
    rejects=(" ke Kamboja pada Selasa (11/6/2024)",),
)
examples(BORDER_PAIR_FIRST, matches=("kota di perbatasan ", "perbatasan antara "), rejects=("berangkat ke ",))
examples(
    BORDER_PAIR_SECOND,
    matches=("perbatasan Thailand dan ", "perbatasan Myanmar-"),
    rejects=("berangkat ke Myanmar dan ",),
)
examples(
    PAIR_NEXT, matches=("Thailand dan Myanmar", "Myanmar-Thailand"), rejects=("Thailand untuk menjemput",)
)
examples(
    HOST_SIDE_OPENS,
    matches=("Dari pihak tuan rumah, Wakil Kepala Polri",),
    rejects=("Delegasi dari pihak tuan rumah",),
)
examples(
    POPULATION_AT,
    matches=("pentingnya pelindungan pekerja migran Indonesia ",),
    rejects=("Menlu bertemu WNI ",),
)
examples(
    DELEGATION_LED,
    matches=(
        "Delegasi Indonesia berjumlah 36 personel yang dipimpin oleh Kadivhubinter",
        "Delegasi Indonesia beranggotakan 36 personel di bawah pimpinan Kadivhubinter",
    ),
    rejects=("Pertemuan itu dipimpin oleh Karokersin",),
)
examples(
    SIDE_MEETING,
    matches=("pertemuan bilateral dengan NZP yang ", "Pihak Indonesia dalam pertemuan itu "),
    rejects=("Delegasi RI yang ",),
)
examples(PRONOUN_SUBJECT, matches=("Seruan itu ia sampaikan",), rejects=("Seruan itu disampaikan Presiden",))
examples(
    WELCOMES_PARTY,
    matches=("menyambut mereka di lobi", "menerima rombongan", "menjamu para tamu"),
    rejects=("menyambut baik", "menerima kunjungan"),
)
examples(
    PART_OF_PARTY,
    matches=(" menjadi bagian dari delegasi yang", " juga menjadi anggota rombongan"),
    rejects=(" menjadi tuan rumah", ", bagian dari delegasi"),
)
examples(
    TOUR_STOP,
    matches=(
        "Persinggahan pertama adalah Brunei",
        "Dari Brunei, Prabowo terbang ke Laos",
        "Perjalanan berlanjut ke Kamboja",
        "melanjutkan lawatan ke Vietnam",
    ),
    rejects=("Perjalanan dari Mae Sot ke Bangkok", "kunjungan kerja ke Malaysia", "dari Jakarta, terbang ke"),
)
examples(
    IN_THE_PARTY,
    matches=("ikut dalam penerbangan Presiden", "turut dalam rombongan", "ikut rombongan"),
    rejects=("ikut membahas", "turut hadir"),
)
examples(
    TOLD_BEFORE,
    matches=("Pertemuan bilateral itu berlangsung di Kazan", "Kunjungan tersebut digelar di Hanoi"),
    rejects=("Pertemuan dengan Menlu Laos berlangsung di Vientiane", "Dalam pertemuan itu, Presiden"),
)
examples(
    FETCHED_FROM,
    matches=("Polri menjemput 16 WNI yang terkait kasus penipuan online dari ",),
    rejects=("Tim Divhubinter menjemput 29 WNI di ",),
)
examples(
    PASSED_THROUGH,
    matches=("Rombongan itu terbang dari Ho Chi Minh ", "transit lebih dulu di Bandara Changi, "),
    rejects=("Rombongan itu terbang ke ",),
)
examples(VERBLESS, matches=(" Tangerang", " "), rejects=(" Tim itu mendarat di Jakarta",))
examples(STAYING, matches=("Tim terpadu itu kini berada di Kota Mae Sot",), rejects=("Tim tiba di Mae Sot",))
examples(
    SENDS_TEAM,
    matches=("Kemlu dan Ditjen Imigrasi mengirimkan tim bantuan",),
    rejects=("Kemlu mengirimkan nota diplomatik",),
)
examples(MISSION_NAME, matches=("KBRI ",), rejects=("Kota ",))
examples(DURATION, matches=("lawatan kerja selama tiga hari di Jakarta",), rejects=("selama tiga pekan",))
examples(DAY_OF_EVENT, matches=("timnya bertolak dari Jakarta pada ",), rejects=("kata Untung di Jakarta, ",))
examples(
    TIME_STAMP, matches=(" 17:20 WIB", " pukul 12.35"), rejects=(" di Jakarta", " pukul 13.00 waktu Bangkok")
)
examples(
    DEPARTURE,
    matches=("Menteri bertolak ke Malaysia pada ",),
    rejects=("Menteri bertemu Menlu Malaysia pada ",),
)
examples(
    RECEIVED,
    matches=("Menlu menerima kunjungan kehormatan Menteri Dalam Negeri Laos",),
    rejects=("Menlu melakukan kunjungan ke Laos",),
)
examples(
    INBOUND,
    matches=("Perdana Menteri Malaysia melakukan kunjungan bilateral ke ", "Anwar Ibrahim tiba di "),
    rejects=("Anwar Ibrahim menerima kunjungan ",),
)
examples(
    AMBASSADOR, matches=("Duta Besar Malaysia untuk Indonesia",), rejects=("Menteri Luar Negeri Malaysia",)
)
examples(_WORDS_AND_SPACES, matches=("akan segera ",), rejects=(",", "(/)"))
examples(
    PLAN_BEFORE,
    matches=("Tim itu direncanakan ", "besok tim tersebut akan "),
    rejects=("Tim itu telah ",),
)
examples(
    NEW_CLAUSE,
    matches=("Hun Manet dan menyampaikan salam", "Sonexay Siphandone sebelum mengikuti upacara"),
    rejects=("Hun Manet dan Menteri",),
)
examples(
    DELEGATION_SUBJECT,
    matches=("Rombongan diterima langsung oleh", "Siang harinya, rombongan bertemu"),
    rejects=("Kapolri diterima", "Kapolri, rombongan dan"),
)
examples(SIDE, matches=("Dari pihak ", "Delegasi "), rejects=("Dari Kamboja ",))
examples(
    AT_PLACE,
    matches=("dialog di Diaoyutai State Guesthouse, ", "Di "),
    rejects=("dialog tingkat menteri antara kedua negara, ",),
)
examples(HEAD_OF_STATE, matches=("Presiden", "Wakil Presiden"), rejects=("Presiden Senat Kerajaan Kamboja",))
examples(ACCOMPANYING, matches=("Retno juga mendampingi Presiden",), rejects=("Anwar didampingi Menlu",))
examples(
    BESIDE, matches=("Stephen Rundi Utom, bersama Wakil Menteri",), rejects=("Stephen Rundi Utom, di Kantor",)
)
examples(SINCE, matches=("Tim sudah berada di Mae Sot sejak ",), rejects=("Tim tiba di Mae Sot pada ",))
examples(OPEN_DAY, matches=("sejak 23 Februari 2025",), rejects=("sejak 2022",))
examples(
    DOCUMENT_DATE, matches=("Laporan Polisi Nomor LP/B/82/V/2023 tertanggal ",), rejects=("berangkat pada ",)
)
examples(
    RESIDENT_ENVOY,
    matches=("Duta Besar Kamboja untuk Indonesia yang berkunjung", "Pak Dubes Kamboja datang"),
    rejects=("Duta Besar RI untuk Kamboja Santo Darmosumarto",),
)
examples(SPEAKER, matches=('berangkat ke Yangon," kata Kadiv Hubinter ',), rejects=("Kadiv Hubinter ",))
examples(OFFICERS_TO_VERB, matches=("China yang ",), rejects=("China dan Indonesia ",))
examples(JOINED_PLACE, matches=("Myanmar, dan Bangkok, ",), rejects=("Myanmar, untuk bertemu ",))
examples(WELCOMES, matches=("Presiden Joko Widodo menyambut Anwar",), rejects=("Anwar tiba di Bogor",))
examples(SAME_VISIT, matches=("Lawatan itu memenuhi undangan",), rejects=("Lawatan ke Beijing",))
examples(FOREIGN_HOST, matches=("Filipina yang ", "Thailand "), rejects=("Filipina dan Indonesia ",))
examples(
    FUTURE_AFTER,
    matches=(" lanjutan di Phnom Penh pekan depan", " dengan Kapolri dalam waktu dekat"),
    rejects=(" di Phnom Penh pekan lalu",),
)
examples(
    ENVOY_ABROAD,
    matches=(
        "Duta Besar Republik Indonesia untuk Kerajaan Kamboja, Santo",
        "Dubes RI untuk Malaysia Hermono",
    ),
    rejects=("Duta Besar Kamboja untuk Indonesia",),
)
examples(
    REPORTS,
    matches=(", mengatakan tim Divhubinter menjemput", " juga menjelaskan delegasi"),
    rejects=(" memimpin delegasi",),
)
examples(OWN_PARTY, matches=(" timnya bertolak", " bahwa kami"), rejects=(" tim Divhubinter",))
examples(ARRIVAL, matches=("Tim itu tiba di Phnom Penh",), rejects=("Tim itu berangkat ke Phnom Penh",))
examples(
    ACCORDING,
    matches=("Menurut Kadiv Humas Polri Irjen ", "Sebagaimana disampaikan Direktur "),
    rejects=("Kapolri didampingi Kadiv Humas ",),
)
examples(BARE_TITLE, matches=("Kapolri bertolak",), rejects=("Presiden Filipina",))
examples(
    CALLED_OFF,
    matches=(" ke Thailand batal dilaksanakan", " itu ditunda hingga Agustus"),
    rejects=(" ke Thailand berlangsung tiga hari",),
)
examples(
    PLANNED_TRIP_TO,
    matches=("Rencana kunjungan Presiden ke ", "Menlu akan berkunjung ke "),
    rejects=("Menlu berkunjung ke ",),
)
examples(
    DATELINE_PLACE,
    matches=("PHNOM PENH, Selasa (9/7/2024) - Menlu", "Phnom Penh - Menlu"),
    rejects=("Menlu bertemu di Phnom Penh, Kamboja, untuk",),
)
examples(
    WORKERS_TRIP_TO,
    matches=("untuk mencegah keberangkatan CPMI ke ",),
    rejects=("Tim Polri berangkat ke ",),
)
examples(
    FRONTED_CLAUSE,
    matches=(
        "Saat bertemu Menlu Malaysia di Kuala Lumpur, Retno mengajak",
        "Dalam pertemuan itu, Menlu menegaskan",
    ),
    rejects=("Retno bertemu Menlu Malaysia di Kuala Lumpur",),
)
examples(TITLE_WORDS_ONLY, matches=(" Menlu ",), rejects=(" kata Menlu ",))
examples(
    MAIN_VERB_AFTER,
    matches=(" mengajak Pemerintah Malaysia", " juga menegaskan"),
    rejects=(" di Kuala Lumpur",),
)
examples(
    SERIES,
    matches=(
        "mengikuti rangkaian Pertemuan Menteri Luar Negeri ASEAN",
        "di sela rangkaian Konferensi Tingkat Tinggi (KTT) ASEAN ke-50",
        "untuk mengikuti rangkaian East Asia Summit",
    ),
    rejects=(
        "mengikuti Pertemuan Menteri Luar Negeri ASEAN",
        "rangkaian pertemuan delegasi dengan sejumlah otoritas",
        "menjalani rangkaian kunjungan kerja",
    ),
)
examples(
    WELCOMED, matches=("Wapres dan Ibu Wury disambut oleh Menteri",), rejects=("Menteri menyambut Wapres",)
)
examples(
    VISIT_REFERENCE,
    matches=(
        "Dalam pertemuan itu Presiden Filipina didampingi",
        "Dalam pertemuan bilateral itu Presiden juga",
    ),
    rejects=("Dalam pertemuan pekan depan",),
)
examples(
    INTRODUCES,
    matches=("Jokowi memperkenalkan para pembantunya yang ikut menyambut, yakni Menteri",),
    rejects=("Jokowi memperkenalkan program baru kepada para menteri",),
)
examples(
    NEXT_DAY,
    matches=("Keesokan harinya, Selasa (11/6/2024), Benny meninjau", "Pada hari kedua kunjungan, Menteri"),
    rejects=("Menteri tiba di Phnom Penh keesokan harinya",),
)
examples(
    RETURN_HOME,
    matches=("Rombongan tiba kembali di Jakarta pada Rabu", "Menteri pulang ke Tanah Air"),
    rejects=("WNI itu kembali bekerja di Kamboja",),
)
examples(
    CLOSING,
    matches=("Karding menutup rangkaian kunjungan kerjanya", "mengakhiri lawatan di Malaysia"),
    rejects=("menutup situs judi online",),
)
examples(
    HEAD_OF_PARTY_AFTER,
    matches=("Sidharto Suryodipuro selaku ketua delegasi Indonesia",),
    rejects=("Sidharto Suryodipuro selaku Staf Ahli Menteri",),
)
examples(
    HEAD_OF_PARTY_BEFORE,
    matches=("Ketua delegasi Indonesia, Deputi ",),
    rejects=("Ketua delegasi Indonesia menyampaikan bahwa ",),
)
examples(
    PARTY_MAKEUP,
    matches=("Rombongan terdiri dari Wakil Ketua Komisi I DPR", "tim gabungan itu beranggotakan"),
    rejects=("Rombongan tiba di Phnom Penh",),
)
examples(
    BESIDE_LEAD,
    matches=(" bersama Wakil Menteri P2MI", ", beserta rombongan"),
    rejects=(" didampingi Direktur",),
)
examples(
    BESIDE_LATER,
    matches=("bertolak ke Myanmar bersama Kadiv Hubinter",),
    rejects=("bertolak ke Myanmar bersama rombongan",),
)
examples(CLAUSE_VERB, matches=("menghadiri Job Fair", "dipimpin"), rejects=("Wakil Menteri P2MI",))
examples(
    COMPANIONS_NEXT,
    matches=("Turut mendampingi Wakil Ketua Komisi XI DPR", "Hadir pula Duta Besar RI"),
    rejects=("Menteri didampingi Direktur",),
)
examples(
    POSTED_ABROAD,
    matches=(
        "Atase Pertahanan RI di Kuala Lumpur",
        "Kuasa Usaha Ad Interim KBRI Tokyo",
        "Koordinator Fungsi Ekonomi",
    ),
    rejects=("Direktur Pelindungan WNI Kemlu",),
)
examples(
    LIST_ITEM_START,
    matches=("Menteri, Wakil Menteri", "Direktur dan Kepala Biro", "didampingi Kadiv"),
    rejects=("Direktur Pelindungan WNI",),
)
examples(
    ENVOY,
    matches=("Duta Besar Kamboja untuk Indonesia", "Atase Polri", "Konsul Jenderal RI di Kuching"),
    rejects=("Kepala Kepolisian Kamboja",),
)

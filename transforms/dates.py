"""Indonesian dates and periods: "Sabtu (15/6/2024)", "Jumat (7/7)", "7 Juli 2023", "11-15 Juni 2024",
"sejak 2020 hingga 2023", "periode 2020-2023", "17 Juli 2023 hingga 9 Oktober 2024", "pada tahun 2023",
"dalam lima tahun terakhir", "Agt 2024".

`find_periods` returns every period expression of a sentence with its character span, so a fact can take
the one that scopes it. Nothing here raises on bad input: an impossible date is simply not a period.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from transforms.text import folded, starting_with

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agus": 8,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "december": 12,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
NUMBER_WORDS: dict[str, int] = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "dua belas": 12,
}

_M = r"(?P<{name}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?P<{name}>(?:19|20)\d{{2}})"
_D = r"(?P<{name}>[0-3]?\d)"
_TO = r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?/?d\.?|-|–|—|ke)\s*"
_PART = r"(?:(?:awal|pertengahan|akhir|medio)\s+)?"  # "sejak pertengahan Februari 2025": the month is enough
_ORDINALS = {
    "i": 1,
    "1": 1,
    "pertama": 1,
    "satu": 1,
    "ii": 2,
    "2": 2,
    "kedua": 2,
    "dua": 2,
    "iii": 3,
    "3": 3,
    "ketiga": 3,
    "tiga": 3,
    "iv": 4,
    "4": 4,
    "keempat": 4,
    "empat": 4,
}
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
_ORDINAL_WORDS = r"I{1,3}V?|IV|[1-4]|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat"
_HALF = r"(?P<unit>semester|kuartal|triwulan|caturwulan)\s*(?P<n>" + _ORDINAL_WORDS + r")\b"


def _p(template: str) -> str:
    names = re.findall(r"\{([mdy]\d)\}", template)
    out = template
    for name in names:
        kind = name.rstrip("0123456789")
        part = {"m": _M, "y": _Y, "d": _D}[kind].format(name=name)
        out = out.replace("{" + name + "}", part, 1)
    return out


_MONTH_FIRST = "".join(sorted({m[0] for m in MONTHS}))
# Month names that are no abbreviation ("Mar", "Des" are words too), with "Mei".
_LONG_MONTHS = "|".join(
    name for name in sorted(MONTHS, key=len, reverse=True) if len(name) > 3 or name == "mei"
)
_WD_FIRST = "".join(sorted({w[0] for w in WEEKDAYS}))
_YEAR_WORDS_FIRST = "sdmpat"  # sejak mulai dari periode antara tahun pada selama

# Ordered: the longest, most specific forms first; a match hides shorter ones inside it.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "antara 16 Januari dan 22 Februari 2026": two days joined by "dan" after "antara", the year written once.
    (
        "day_range",
        re.compile(
            starting_with(
                "a",
                _p(
                    r"\bantara\s+(?:tanggal\s+)?{d1}\s+{m1}\s+(?:dan|hingga|sampai(?:\s+dengan)?)\s+{d2}\s+{m2}\s+{y2}\b"
                ),
            ),
            re.I,
        ),
    ),
    (
        "day_range",
        re.compile(starting_with(r"\d", _p(r"\b{d1}\s+{m1}\s+{y1}" + _TO + r"{d2}\s+{m2}\s+{y2}\b")), re.I),
    ),
    (
        "day_range",
        re.compile(starting_with(r"\d", _p(r"\b{d1}\s+{m1}" + _TO + r"{d2}\s+{m2}\s+{y2}\b")), re.I),
    ),
    (
        "day_range",
        re.compile(
            starting_with(
                r"\d",
                _p(
                    r"\b{d1}\s*(?:[-–—]|hingga|sampai(?:\s+dengan)?|s\.?/?d\.?|\s+dan\s+)\s*{d2}\s+{m2}\s+{y2}\b"
                ),
            ),
            re.I,
        ),
    ),
    (
        "month_range",
        re.compile(starting_with(_MONTH_FIRST, _p(r"\b{m1}\s+{y1}" + _TO + r"{m2}\s+{y2}\b")), re.I),
    ),
    (
        "month_range",
        re.compile(
            starting_with(
                _MONTH_FIRST, _p(r"\b{m1}\s*(?:-|–|—|hingga|sampai)\s*" + _PART + r"{m2}\s+{y2}\b")
            ),
            re.I,
        ),
    ),
    # "dari awal Januari hingga 23 Mei 2022": a start month and an end day, the year written once, at the end.
    (
        "month_to_day",
        re.compile(
            starting_with(
                _MONTH_FIRST,
                _p(
                    r"\b{m1}\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?/?d\.?)\s*(?:tanggal\s+)?{d2}\s+{m2}\s+{y2}\b"
                ),
            ),
            re.I,
        ),
    ),
    (
        "year_range",
        re.compile(
            starting_with(
                _YEAR_WORDS_FIRST,
                _p(
                    r"\b(?:sejak|mulai|dari|periode|antara|tahun|pada|selama)\s+(?:periode\s+|tahun\s+)?{y1}"
                    + _TO.replace("|ke)", "|ke|dan)")
                    + r"(?:tahun\s+)?{y2}\b"
                ),
            ),
            re.I,
        ),
    ),
    ("year_range", re.compile(starting_with("12", _p(r"\b{y1}\s*[-–—/]\s*{y2}\b")), re.I)),
    # Ends of different precision: "sejak 2018 hingga 3 Juli 2024", "sejak 2020 hingga Agustus 2024".
    (
        "mixed_range",
        re.compile(
            starting_with(
                "smdpa",
                _p(
                    r"\b(?:sejak|mulai|dari|periode|antara)\s+(?:tanggal\s+)?"
                    + _PART
                    + r"(?:{d1}\s+)?(?:{m1}\s+)?(?:tahun\s+)?{y1}"
                    + _TO
                    + _PART
                    + r"(?:{d2}\s+)?(?:{m2}\s+)?(?:tahun\s+)?{y2}\b"
                ),
            ),
            re.I,
        ),
    ),
    (
        "mixed_range",
        re.compile(
            starting_with(
                r"\dt" + _MONTH_FIRST,
                _p(
                    r"\b(?:{d1}\s+)?(?:{m1}\s+)?(?:tahun\s+)?{y1}\s+(?:hingga|sampai(?:\s+dengan)?|s\.?/?d\.?)\s+"
                    + _PART
                    + r"(?:{d2}\s+)?(?:{m2}\s+)?(?:tahun\s+)?{y2}\b"
                ),
            ),
            re.I,
        ),
    ),
    # "dari tahun 2020 hingga semester pertama 2024": from a year to the end of a half or quarter.
    (
        "year_to_half",
        re.compile(
            starting_with(
                "smdpat12",
                r"\b(?:(?:sejak|mulai|dari|periode|antara)\s+)?(?:tahun\s+)?(?P<y1>(?:19|20)\d{2})"
                + _TO
                + _HALF
                + r"(?:\s*[-–]\s*|\s+(?:tahun\s+)?)(?P<y2>(?:19|20)\d{2})\b",
            ),
            re.I,
        ),
    ),
    # "kuartal I hingga kuartal III 2024", "semester I-II 2023": from the first to the last of several halves.
    (
        "half_range",
        re.compile(
            starting_with(
                "sktc",
                r"\b(?P<unit>semester|kuartal|triwulan|caturwulan)\s*(?P<n1>"
                + _ORDINAL_WORDS
                + r")"
                + _TO
                + r"(?:(?:semester|kuartal|triwulan|caturwulan)\s*)?(?P<n>"
                + _ORDINAL_WORDS
                + r")"
                + r"(?:\s*[-–]\s*|\s+(?:tahun\s+)?)(?P<y1>(?:19|20)\d{2})\b",
            ),
            re.I,
        ),
    ),
    # "Untuk 2024 sampai per April", "tahun 2025 hingga Maret": a year up to a month of that same year.
    (
        "year_to_month",
        re.compile(
            starting_with(
                "t12",
                _p(
                    r"\b(?:tahun\s+)?{y1}\s+(?:hingga|sampai(?:\s+dengan)?|s\.?/?d\.?)\s+(?:per\s+|bulan\s+)?"
                    + _PART
                    + r"{m1}\b(?!\s*(?:[0-3]?\d\b|(?:19|20)\d{2}))"
                ),
            ),
            re.I,
        ),
    ),
    (
        "half",
        re.compile(
            starting_with(
                "sktc",
                r"\b(?P<unit>semester|kuartal|triwulan|caturwulan)\s*(?P<n>I{1,3}V?|IV|[1-4]|pertama|kedua|ketiga|keempat|satu|dua|tiga|empat)\b(?:\s*[-–]\s*|\s+(?:tahun\s+)?)(?P<y1>(?:19|20)\d{2})\b",
            ),
            re.I,
        ),
    ),
    # "tiga bulan pertama tahun 2025", "enam bulan pertama 2024": January to the end of month N.
    (
        "first_months",
        re.compile(
            starting_with(
                r"\dstelmdp",
                r"\b(?P<n>\d{1,2}|"
                + "|".join(NUMBER_WORDS)
                + r")\s+bulan\s+pertama\s+(?:tahun\s+)?(?P<y1>(?:19|20)\d{2})\b",
            ),
            re.I,
        ),
    ),
    # "sejak Sabtu (9/11) hingga hari ini, Senin (11/11/2024)": two weekday dates joined as a range, the year
    # written on the second.
    (
        "weekday_range",
        re.compile(
            starting_with(
                "smd",
                r"\b(?:sejak|mulai|dari)\s+(?:hari\s+)?(?:"
                + "|".join(WEEKDAYS)
                + r")\s*\(\s*(?P<d1>[0-3]?\d)/(?P<mm1>[01]?\d)(?:/(?:(?:19|20)?\d{2}))?\s*\)\s*,?\s*"
                r"(?:hingga|sampai(?:\s+dengan)?)\s+(?:hari\s+ini\s*,?\s*)?(?:"
                + "|".join(WEEKDAYS)
                + r")\s*\(\s*(?P<d2>[0-3]?\d)/(?P<mm2>[01]?\d)/(?P<y2>(?:19|20)\d{2})\s*\)",
            ),
            re.I,
        ),
    ),
    # "hingga Selasa (3/2/2026)", "per Rabu (19/7/2023)": a count up to a weekday date, whose start the sentence
    # does not state: the end only (as "hingga 3 Februari 2026").
    (
        "until_weekday",
        re.compile(
            starting_with(
                "hsp",
                r"\b(?:hingga|sampai(?:\s+dengan)?|per)\s+(?:hari\s+)?"
                + _WD
                + r"\s*(?:\(\s*|,\s*)(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)(?:/(?P<yy>(?:19|20)?\d{2}))?\s*\)?",
            ),
            re.I,
        ),
    ),
    (
        "dateline",
        re.compile(
            starting_with(
                _WD_FIRST,
                _WD + r"\s*(?:\(\s*|,\s*)(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)(?:/(?P<yy>(?:19|20)?\d{2}))?\s*\)?",
            ),
            re.I,
        ),
    ),
    (
        "open",
        re.compile(
            starting_with(
                "sm",
                _p(
                    r"\b(?:sejak|mulai)\s+(?:tanggal\s+)?"
                    + _PART
                    + r"(?:{d1}\s+)?(?:{m1}\s+)?(?:tahun\s+)?{y1}\b"
                ),
            ),
            re.I,
        ),
    ),
    # "Dari awal tahun 2024 sampai sekarang": a start up to the day it is said is open, as "sejak 2024".
    (
        "open",
        re.compile(
            starting_with(
                "smd",
                _p(
                    r"\b(?:sejak|mulai|dari)\s+(?:tanggal\s+)?"
                    + _PART
                    + r"(?:{d1}\s+)?(?:{m1}\s+)?(?:tahun\s+)?{y1}\s*,?\s+(?:hingga|sampai(?:\s+dengan)?)\s+"
                    r"(?:kini|sekarang|saat\s+ini|hari\s+ini)\b"
                ),
            ),
            re.I,
        ),
    ),
    # "sejak krisis mencuat pada 22 Oktober 2025", "sejak operasi militer pada 17 November 2025": from the day an
    # event named after "sejak" took place, with no end (as "sejak 22 Oktober 2025").
    (
        "open",
        re.compile(
            starting_with(
                "s",
                _p(
                    r"\bsejak\s+(?:[^\W\d][\w-]*\s+){1,6}?pada\s+(?:tanggal\s+|bulan\s+)?(?:{d1}\s+)?{m1}\s+{y1}\b"
                ),
            ),
            re.I,
        ),
    ),
    # "sejak rapat terbatas terakhir soal judi daring pada 19 April lalu": the same with a day of a month and no
    # year (the article's year, or the year before for a day after the article's date, _build_day_no_year).
    (
        "since_event",
        re.compile(
            starting_with(
                "s",
                _p(
                    r"\bsejak\s+(?:[^\W\d][\w-]*\s+){1,6}?pada\s+(?:tanggal\s+)?{d1}\s+{m1}\b"
                    r"(?!\s*(?:[0-3]?\d\b|(?:19|20)\d{2}\b|[-/]))"
                ),
            ),
            re.I,
        ),
    ),
    # "sejak bulan lalu", "sejak tahun lalu": open from the start of the month or year before the article's.
    ("since_last", re.compile(starting_with("s", r"\bsejak\s+(?P<unit>bulan|tahun)\s+lalu\b"), re.I)),
    # "sejak dibentuk hingga 20 Juni": a count up to a day from a start the text does not date.
    (
        "until",
        re.compile(
            starting_with(
                "s",
                _p(
                    r"\bsejak\s+(?:[a-z]+\s+){1,3}?(?:hingga|sampai(?:\s+dengan)?)\s+(?:tanggal\s+)?{d1}\s+{m1}(?:\s+{y1})?\b"
                ),
            ),
            re.I,
        ),
    ),
    # "hingga Juli 2023", "per Juni 2023", "sampai 3 Juli 2023": a count up to a month or day whose start the
    # sentence does not state (a start before it makes one of the ranges above): the end only.
    (
        "until_point",
        re.compile(
            starting_with(
                "hsp",
                _p(
                    r"\b(?:hingga|sampai(?:\s+dengan)?|per)\s+(?:tanggal\s+|bulan\s+|(?:akhir|awal|pertengahan)\s+)?(?:{d1}\s+)?{m1}"
                    r"\s+{y1}\b"
                ),
            ),
            re.I,
        ),
    ),
    # "Hingga 10 September, jumlahnya menjadi 84 orang": the same with a day of a month and no year (the year of the
    # article's date, _build_until); not the end of a day range ("Dari 4 hingga 20 Mei": day_no_year).
    (
        "until_point",
        re.compile(
            starting_with(
                "hsp",
                _p(
                    r"(?<!\d\s)\b(?:hingga|sampai(?:\s+dengan)?|per)\s+(?:tanggal\s+)?{d1}\s+{m1}\b"
                    r"(?!\s*(?:[0-3]?\d\b|(?:19|20)\d{2}\b|[-/]))"
                ),
            ),
            re.I,
        ),
    ),
    ("day", re.compile(starting_with(r"\d", _p(r"\b{d1}\s+{m1}\s+{y1}\b")), re.I)),
    # "Senin-Selasa (10-11/6/2024)": two days of one month written with the numeric date of the second.
    (
        "day_range",
        re.compile(
            starting_with(
                r"\d",
                r"\b(?P<d1>[0-3]?\d)\s*[-–]\s*(?P<d2>[0-3]?\d)/(?P<mm>[01]?\d)/(?P<yy>(?:19|20)\d{2})\b",
            )
        ),
    ),
    ("day", re.compile(starting_with(r"\d", r"\b(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)/(?P<yy>(?:19|20)\d{2})\b"))),
    ("month", re.compile(starting_with(_MONTH_FIRST, _p(r"\b{m1}\s+{y1}\b")), re.I)),
    (
        "relative",
        re.compile(
            starting_with(
                "ds",
                r"\b(?:dalam|selama|sepanjang)\s+(?:(?:kurun|rentang|jangka)\s+(?:waktu\s+)?)?(?:(?P<n>\d+|"
                + "|".join(NUMBER_WORDS)
                + r")\s+|se)(?P<unit>tahun|bulan|minggu|pekan|hari)\s+(?:terakhir|belakangan)",
            ),
            re.I,
        ),
    ),
    (
        # "dalam waktu kurang dari seminggu": a window up to the day it is said, as "sepekan terakhir"
        "relative",
        re.compile(
            starting_with(
                "ds",
                r"\b(?:dalam|selama)\s+(?:waktu\s+)?kurang\s+dari\s+(?:(?P<n>\d+|"
                + "|".join(NUMBER_WORDS)
                + r")\s+|se)(?P<unit>tahun|bulan|minggu|pekan|hari)\b",
            ),
            re.I,
        ),
    ),
    # "dari tahun sebelumnya", "setahun sebelumnya", "pada periode yang sama tahun lalu": the compared figure's period
    # one year back (resolved against the period before it: year_before), before "tahun lalu" alone takes the match;
    # "tahun berikutnya", "setahun kemudian" (group `next`): one year on.
    (
        "year_before",
        re.compile(
            starting_with(
                "pst",
                r"\b(?:(?:pada\s+)?periode\s+yang\s+sama\s+tahun\s+(?:lalu|sebelumnya)|(?:se)?tahun\s+sebelumnya"
                r"|(?P<next>(?:se)?tahun\s+(?:berikutnya|kemudian|selanjutnya)))\b",
            ),
            re.I,
        ),
    ),
    # "sejak April hingga bulan lalu", "Januari sampai pertengahan bulan ini": from a month to the article's month
    # ("ini") or the month before it ("lalu" / "kemarin"), before the month alone takes the match (session 20).
    (
        "month_to_this",
        re.compile(
            starting_with(
                _MONTH_FIRST + "smdp",
                r"\b(?:(?:sejak|mulai|dari|sepanjang|selama|periode)\s+)?(?:bulan\s+)?(?P<m1>"
                + _LONG_MONTHS
                + r")\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?)\s*(?:(?:awal|akhir|pertengahan)\s+)?bulan\s+"
                r"(?P<which>ini|lalu|kemarin)\b",
            ),
            re.I,
        ),
    ),
    # "selama bulan ini", "254 orang bulan lalu", "hingga akhir bulan lalu": the article's month or the month before
    # it (session 20: a calendar month named from the article's day resolves against it); not "dua bulan lalu",
    # "beberapa bulan ini" (counted back: no month of their own, _build_this_month).
    (
        "this_month",
        re.compile(
            starting_with(
                "pshsab",
                r"\b(?:(?P<until>hingga|sampai(?:\s+dengan)?)\s+)?(?:(?:pada|selama|sepanjang|awal|akhir|pertengahan)"
                r"\s+)*bulan\s+(?P<which>ini|lalu|kemarin)\b",
            ),
            re.I,
        ),
    ),
    # "Pada Juli tahun lalu, OJK menyebut ...": a month of the year before the article's ("tahun ini": of its year),
    # before "tahun lalu" alone takes the year.
    (
        "month_of_year_word",
        re.compile(
            starting_with(
                _MONTH_FIRST,
                r"\b(?P<m1>"
                + "|".join(name for name in sorted(MONTHS, key=len, reverse=True) if len(name) > 3)
                + r")\s+tahun\s+(?P<rel>lalu|ini)\b",
            ),
            re.I,
        ),
    ),
    ("this_year", re.compile(starting_with(r"spt\s", r"\b(?:sepanjang|selama|pada)?\s*tahun\s+ini\b"), re.I)),
    (
        "last_year",
        re.compile(starting_with(r"spt\s", r"\b(?:sepanjang|selama|pada)?\s*tahun\s+lalu\b"), re.I),
    ),
    (
        "year",
        re.compile(
            starting_with(
                "pdshta12",
                _p(
                    r"\b(?:(?:pada|di|sepanjang|selama|hingga|sampai|tahun|akhir|awal)\s+)*(?:tahun\s+)?{y1}\b"
                ),
            ),
            re.I,
        ),
    ),
    # "Januari hingga Mei": a range of months of the latest year whose last month is not after the article's date.
    (
        "month_range_no_year",
        re.compile(
            starting_with(
                _MONTH_FIRST,
                r"\b(?P<m1>"
                + _LONG_MONTHS
                + r")\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?)\s*"
                + _PART
                + r"(?P<m2>"
                + _LONG_MONTHS
                + r")\b(?!\s*(?:[0-3]?\d\b|(?:19|20)\d{2}))",
            ),
            re.I,
        ),
    ),
    # "pada Oktober lalu", "Selama November" (a headline's scope), "aduan Desember" (the month's tally): the latest
    # such month up to the article's date.
    (
        "month_no_year",
        re.compile(
            starting_with(
                "psbapld",
                # ("sedangkan Agustus mencatat 197.523 konten": the next month of a series)
                r"\b(?:pada|sejak|selama|sepanjang|bulan|awal|akhir|pertengahan|aduan|pengaduan|laporan|data|sedangkan"
                r"|sementara|adapun)\s+"
                r"(?:bulan\s+)?(?P<m1>"
                # full names only (not "Jan", "Okt"), "Mei" among them
                + "|".join(
                    name for name in sorted(MONTHS, key=len, reverse=True) if len(name) > 3 or name == "mei"
                )
                + r")\b(?:\s+(?:lalu|kemarin|ini))?(?!\s*(?:[0-3]?\d|(?:19|20)\d{2})\b)",
            ),
            re.I,
        ),
    ),
    (
        "day_no_year",
        re.compile(
            starting_with(
                r"\d",
                _p(
                    r"\b{d1}\s*(?:(?:[-–—]|\s+dan\s+|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?/?d\.?)\s+)\s*{d2}\s+)?\s*{m1}\b(?!\s+(?:19|20)\d{2})"
                ),
            ),
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class Period:
    kind: str  # day_range, month_range, year_range, dateline, open, day, month, year, relative, ...
    start_char: int
    end_char: int
    start: date | None
    end: date | None
    precision: str | None  # day / month / year / open
    # A window of the last N units ("dalam lima tahun terakhir"): its ISO 8601 length ("P5Y"), known whether or not
    # the article's date places it (`window_length`); None for every other kind.
    length: str | None = None

    @property
    def is_range(self) -> bool:
        return self.kind in {
            "day_range",
            "month_range",
            "year_range",
            "mixed_range",
            "half",
            "open",
            "relative",
            "until",
            "until_point",
        }


def _safe_date(y: int, m: int, d: int) -> date | None:
    """date(y, m, d), or None when impossible; huge ints raise OverflowError in C, not ValueError."""
    try:
        return date(y, m, d)
    except (ValueError, TypeError, OverflowError):
        return None


def _month_end(y: int, m: int) -> date | None:
    try:
        return date(y, m, calendar.monthrange(y, m)[1])
    except (ValueError, TypeError, OverflowError, calendar.IllegalMonthError):
        return None


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _month(m: re.Match[str], name: str) -> int | None:
    v = _g(m, name)
    return MONTHS.get(v.lower().rstrip(".")) if v else None


def _int(m: re.Match[str], name: str) -> int | None:
    v = _g(m, name)
    return int(v) if v and v.isdigit() else None


def resolve_dateline(
    day: int, month: int, year: int | None, weekday: int | None, years: list[int]
) -> date | None:
    """A "Jumat (7/7)" date: the year given, else the candidate year whose weekday matches (none if no year fits
    the weekday), else the latest candidate year."""
    if year is not None:
        if year < 100:
            year += 2000
        return _safe_date(year, month, day)
    candidates = sorted(set(years), reverse=True)
    for y in candidates:
        d = _safe_date(y, month, day)
        if d is not None and (weekday is None or d.weekday() == weekday):
            return d
    # A weekday that fits none of the article's years: the year is not known.
    return None if weekday is not None or not candidates else _safe_date(candidates[0], month, day)


def _build_day_range(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y2 = _int(m, "y2") or _int(m, "yy")
    m2 = _month(m, "m2") or _int(m, "mm")
    m1 = _month(m, "m1") or m2
    y1 = _int(m, "y1") or y2
    start = _safe_date(y1, m1, _int(m, "d1")) if y1 and m1 else None
    end = _safe_date(y2, m2, _int(m, "d2")) if y2 and m2 else None
    return Period(kind, s, e, start, end, "day") if start and end and start <= end else None


def _build_weekday_range(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "sejak Sabtu (9/11) hingga Senin (11/11/2024)": the first day in the second's year (the year before when its
    month comes later)."""
    y2, m1, m2 = _int(m, "y2"), _int(m, "mm1"), _int(m, "mm2")
    d1, d2 = _int(m, "d1"), _int(m, "d2")
    if not (y2 and m1 and m2 and d1 and d2):
        return None
    end = _safe_date(y2, m2, d2)
    start = _safe_date(y2 - (1 if m1 > m2 else 0), m1, d1)
    return Period("day_range", s, e, start, end, "day") if start and end and start <= end else None


def _build_month_range(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y2 = _int(m, "y2")
    y1 = _int(m, "y1") or y2
    m1, m2 = _month(m, "m1"), _month(m, "m2")
    start = _safe_date(y1, m1, 1) if y1 and m1 else None
    end = _month_end(y2, m2) if y2 and m2 else None
    return Period(kind, s, e, start, end, "month") if start and end and start <= end else None


def _build_year_range(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y1, y2 = _int(m, "y1"), _int(m, "y2")
    if not (y1 and y2) or y1 >= y2:
        return None
    return Period(kind, s, e, date(y1, 1, 1), date(y2, 12, 31), "year")


def _build_mixed_range(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y1, y2 = _int(m, "y1"), _int(m, "y2")
    m1, m2, d1, d2 = _month(m, "m1"), _month(m, "m2"), _int(m, "d1"), _int(m, "d2")
    if not (y1 and y2) or (d1 and not m1) or (d2 and not m2):
        return None
    start = _safe_date(y1, m1 or _start_month(m), d1 or 1)
    end = _safe_date(y2, m2, d2) if d2 and m2 else _month_end(y2, m2) if m2 else date(y2, 12, 31)
    precision = "day" if d2 else "month" if m2 else "year"
    return Period(kind, s, e, start, end, precision) if start and end and start <= end else None


def _build_half(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y, n = _int(m, "y1"), _ORDINALS.get(m.group("n").lower())
    size = {"semester": 6, "kuartal": 3, "triwulan": 3, "caturwulan": 4}[m.group("unit").lower()]
    if not (y and n) or n * size > 12:
        return None
    first = (n - 1) * size + 1
    return Period(kind, s, e, date(y, first, 1), _month_end(y, first + size - 1), "month")


_HALF_SIZE = {"semester": 6, "kuartal": 3, "triwulan": 3, "caturwulan": 4}


def _build_year_to_half(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "dari tahun 2020 hingga semester pertama 2024": 1 January of the first year to the half's last day."""
    y1, y2, n = _int(m, "y1"), _int(m, "y2"), _ORDINALS.get(m.group("n").lower())
    size = _HALF_SIZE[m.group("unit").lower()]
    if not (y1 and y2 and n) or y1 > y2 or n * size > 12:
        return None
    return Period("mixed_range", s, e, date(y1, 1, 1), _month_end(y2, n * size), "month")


def _build_half_range(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "kuartal I hingga kuartal III 2024": the first day of the first half to the last day of the last."""
    y, n1, n2 = _int(m, "y1"), _ORDINALS.get(m.group("n1").lower()), _ORDINALS.get(m.group("n").lower())
    size = _HALF_SIZE[m.group("unit").lower()]
    if not (y and n1 and n2) or n1 >= n2 or n2 * size > 12:
        return None
    return Period("month_range", s, e, date(y, (n1 - 1) * size + 1, 1), _month_end(y, n2 * size), "month")


def _build_year_to_month(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "2024 sampai per April": from 1 January of the year to the end of that month of the same year."""
    y, mo = _int(m, "y1"), _month(m, "m1")
    end = _month_end(y, mo) if y and mo else None
    return Period("mixed_range", s, e, date(y, 1, 1), end, "month") if y and end else None


def _build_month_range_no_year(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "Januari hingga Mei" with no year: those months of the latest year whose last month is not after the
    article's date (capitalised month names only: "mei" is also a word)."""
    m1, m2 = _month(m, "m1"), _month(m, "m2")
    if (
        not (published and m1 and m2)
        or m1 >= m2
        or not (m.group("m1")[0].isupper() and m.group("m2")[0].isupper())
    ):
        return None
    y = published.year if m2 <= published.month else published.year - 1
    return Period("month_range", s, e, date(y, m1, 1), _month_end(y, m2), "month")


# "akhir 2023" as the start of a range: its last month ("sejak akhir 2023 hingga Maret 2024" = 2023-12..2024-03).
_YEAR_END_START = re.compile(r"\bakhir\s+(?:tahun\s+)?$", re.I)


def _start_month(m: re.Match[str]) -> int:
    """The month a range starting at a bare year begins: December after "akhir", else January."""
    return 12 if _YEAR_END_START.search(m.string[max(0, m.start() - 20) : m.start("y1")]) else 1


def _build_first_months(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    word = m.group("n").lower()
    y, n = _int(m, "y1"), int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if not (y and n) or not 1 <= n <= 12:
        return None
    return Period("month_range", s, e, date(y, 1, 1), _month_end(y, n), "month")


def _build_month_no_year(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    mo = _month(m, "m1")
    if not mo or not m.group("m1")[0].isupper():
        return None
    if published is None:
        # an undated article naming a single year ("Selama Agustus" over "Selama Agustus 2022 kami ..."): that year
        if len(set(years)) != 1:
            return None
        return Period(kind, s, e, date(years[0], mo, 1), _month_end(years[0], mo), "month")
    y = published.year if mo <= published.month else published.year - 1
    return Period(kind, s, e, date(y, mo, 1), _month_end(y, mo), "month")


def _build_month_of_year_word(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "Juli tahun lalu": July of the year before the article's; "Maret tahun ini": of its year."""
    mo = _month(m, "m1")
    if not mo or not m.group("m1")[0].isupper() or published is None:
        return None
    y = published.year - (m.group("rel").lower() == "lalu")
    return Period("month", s, e, date(y, mo, 1), _month_end(y, mo), "month")


def _build_dateline(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    pub_year = published.year if published else None
    d = resolve_dateline(
        _int(m, "dd") or 0,
        _int(m, "mm") or 0,
        _int(m, "yy"),
        WEEKDAYS.get(m.group("wd").lower()),
        years + ([pub_year] if pub_year else []),
    )
    return Period(kind, s, e, d, d, "day") if d else None


def _build_until_weekday(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "hingga Selasa (3/2/2026)": the end only, on the weekday date (its year as a dateline's)."""
    day = _build_dateline(kind, m, s, e, published, years)
    if day is None:
        return None
    if _DATE_BEFORE.search(m.string[max(0, s - 12) : s]):
        # "Senin (18/11/2024) hingga Sabtu (16/11/2024)": a date before "hingga" makes it no end of an undated start
        return replace(day, kind="dateline", start_char=m.start("wd"))
    return Period("until", s, e, None, day.end, "day")


_DATE_BEFORE = re.compile(r"(?:\d|\d\s*\))\s*$")


def _build_open(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y = _int(m, "y1")
    mo = _month(m, "m1")
    d = _int(m, "d1")
    start = _safe_date(y, mo or _start_month(m), d if (d and mo) else 1) if y else None
    return Period(kind, s, e, start, None, "open") if start else None


# "sejak awal tahun hingga 22 Agustus 2022": the start is the first day of the end's year.
_SINCE_YEAR_START = re.compile(r"sejak\s+awal\s+tahun(?:\s+ini)?\s+(?:hingga|sampai)\b", re.I)
# "sejak Januari hingga 10 September": from the first day of a month named with no year (of the end's year).
_SINCE_MONTH = re.compile(
    r"sejak\s+(?:awal\s+)?(?:bulan\s+)?(?P<m0>" + _LONG_MONTHS + r")\s+(?:hingga|sampai)\b", re.I
)


def _build_until(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "sejak dibentuk hingga 20 Juni", "hingga Juli 2023", "per 3 Juli 2023": up to a day, or to the end of a
    month ("hingga Juli 2023" counts July in), from a start the text does not date ("sejak awal tahun hingga 22
    Agustus 2022" dates it: 1 January of that year)."""
    d, mo, y = _int(m, "d1"), _month(m, "m1"), _int(m, "y1")
    if y is None and published is not None and d and mo:
        y = published.year if (mo, d) <= (published.month, published.day) else published.year - 1
    if not d:
        end = _month_end(y, mo) if (y and mo) else None
        return Period(kind, s, e, None, end, "month") if end else None
    end = _safe_date(y, mo, d) if (y and mo and d) else None
    if end is not None and _SINCE_YEAR_START.match(m.group(0)):
        return Period("mixed_range", s, e, date(end.year, 1, 1), end, "day")
    since = _SINCE_MONTH.match(m.group(0)) if end is not None else None
    if since is not None and end is not None:
        first = MONTHS[since.group("m0").lower()]
        start = date(end.year if first <= end.month else end.year - 1, first, 1)
        return Period("mixed_range", s, e, start, end, "day")
    return Period(kind, s, e, None, end, "day") if end else None


def _build_since_event(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "sejak rapat terbatas ... pada 19 April lalu": open from that day, its year placed as a day with no year's."""
    day = _build_day_no_year(kind, m, s, e, published, years)
    if day is None or day.start is None:
        return None
    return Period("open", s, e, day.start, None, "open")


def _build_since_last(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "sejak bulan lalu" / "sejak tahun lalu": open from the first day of the month or year before the article's
    date (none without that date)."""
    if published is None:
        return None
    if m.group("unit").lower() == "tahun":
        start = date(published.year - 1, 1, 1)
    else:
        start = date(published.year - (published.month == 1), (published.month - 2) % 12 + 1, 1)
    return Period("open", s, e, start, None, "open")


def point_of(period: Period) -> Period:
    """An `until_point` ("hingga 13 November 2022") as the day or month it names, as the patterns before it read it
    (a visit's last day); any other period as it is."""
    if period.kind != "until_point" or period.end is None:
        return period
    if period.precision == "month":
        start = date(period.end.year, period.end.month, 1)
        return Period("month", period.start_char, period.end_char, start, period.end, "month")
    return Period("day", period.start_char, period.end_char, period.end, period.end, "day")


def _build_month_to_day(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "dari awal Januari hingga 23 Mei 2022": from the first of the start month to the end day, both of the one
    year written at the end."""
    y, m1, m2, d2 = _int(m, "y2"), _month(m, "m1"), _month(m, "m2"), _int(m, "d2")
    start = _safe_date(y, m1, 1) if (y and m1) else None
    end = _safe_date(y, m2, d2) if (y and m2 and d2) else None
    return Period("mixed_range", s, e, start, end, "day") if start and end and start < end else None


def _build_year_before(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "tahun sebelumnya", "periode yang sama tahun lalu" before `find_periods` anchors it to the period stated
    before it in the sentence (`year_back`): meanwhile, as "tahun lalu", the year before the article's. "tahun
    berikutnya" / "setahun kemudian" is `year_after_open` (the year after the article's meanwhile: a figure whose
    context anchors none gets no period from it, attributes.resolve_period)."""
    if not published:
        return None
    if m.group("next"):
        y = published.year + 1
        return Period("year_after_open", s, e, date(y, 1, 1), date(y, 12, 31), "year")
    y = published.year - 1
    return Period("year_before_open", s, e, date(y, 1, 1), date(y, 12, 31), "year")


# The kinds of a year counted from the period before it, and the years they move it by.
YEAR_SHIFTS = {"year_before_open": -1, "year_after_open": 1}


def year_back(period: Period, s: int, e: int, years: int = -1) -> Period | None:
    """The same stretch of the year before ("periode yang sama tahun lalu" of Januari-Maret 2025 = Januari-Maret
    2024): both ends one year back, a month's last day staying its month's last day; `years=1`: one year on ("pada
    2019 tercatat 12 korban, dan tahun berikutnya juga 12 orang" = 2020)."""
    if period.start is None or period.end is None:
        return None
    end = period.end
    if end == _month_end(end.year, end.month):
        back_end = _month_end(end.year + years, end.month)
    else:
        back_end = _safe_date(end.year + years, end.month, end.day)
    back_start = _safe_date(period.start.year + years, period.start.month, period.start.day)
    if back_start is None or back_end is None:
        return None
    return Period("year_before" if years < 0 else "year_after", s, e, back_start, back_end, period.precision)


def _build_day(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    d = _int(m, "d1") or _int(m, "dd")
    mo = _month(m, "m1") or _int(m, "mm")
    y = _int(m, "y1") or _int(m, "yy")
    dt = _safe_date(y, mo, d) if (y and mo and d) else None
    return Period(kind, s, e, dt, dt, "day") if dt else None


def _build_month(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y, mo = _int(m, "y1"), _month(m, "m1")
    if not (y and mo):
        return None
    return Period(kind, s, e, date(y, mo, 1), _month_end(y, mo), "month")


def _build_year(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    y = _int(m, "y1")
    return Period(kind, s, e, date(y, 1, 1), date(y, 12, 31), "year") if y else None


# A window's unit -> (ISO 8601 designator, how many of it one unit is, precision). A week is counted as 7 days,
# as the window is resolved ("sepekan terakhir" is P7D).
_WINDOW_UNITS: dict[str, tuple[str, int, str]] = {
    "tahun": ("Y", 1, "year"),
    "bulan": ("M", 1, "month"),
    "minggu": ("D", 7, "day"),
    "pekan": ("D", 7, "day"),
    "hari": ("D", 1, "day"),
}


def _window_size(m: re.Match[str]) -> tuple[int, str] | None:
    """How many of which unit a "relative" match counts back ("lima tahun" -> (5, "tahun"), "sepekan" -> (1,
    "pekan")); None for no number or more than 50 units (not a window a figure is counted in)."""
    raw = (m.group("n") or "1").lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    return (n, m.group("unit").lower()) if n and n <= 50 else None


# Every window_length the parser writes: N years, months or days (weeks are written as days). The extracted suite
# and dbt's matches_pattern test (var window_length_pattern) check the column against it.
WINDOW_LENGTH_PATTERN = r"^P[1-9][0-9]*[YMD]$"


def window_length(n: int, unit: str) -> str:
    """The ISO 8601 duration of N units of a window: (5, "tahun") -> "P5Y", (6, "bulan") -> "P6M", (1, "pekan")
    -> "P7D", (3, "hari") -> "P3D"."""
    designator, per_unit, _ = _WINDOW_UNITS[unit]
    return f"P{n * per_unit}{designator}"


def _build_relative(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "dalam lima tahun terakhir", "selama sepekan terakhir": the N units up to and including the article's
    date (2019-06-19 .. 2024-06-18 for five years before 18 June 2024), with its length ("P5Y"); none without
    that date (`_unresolved_window` then keeps the length alone)."""
    size = _window_size(m)
    if not published or size is None:
        return None
    n, unit = size
    if unit in {"tahun", "bulan"}:
        months = n * (12 if unit == "tahun" else 1)
        y, mo = divmod(published.year * 12 + published.month - 1 - months, 12)
        back = date(y, mo + 1, min(published.day, calendar.monthrange(y, mo + 1)[1]))
    else:
        back = published - timedelta(days=n * (7 if unit in {"minggu", "pekan"} else 1))
    return Period(
        kind, s, e, back + timedelta(days=1), published, _WINDOW_UNITS[unit][2], window_length(n, unit)
    )


def _unresolved_window(m: re.Match[str]) -> Period | None:
    """A "relative" match of an article with no date: the window's length and precision, no dates (nothing
    anchors them). Only `find_periods(..., windows=True)` returns these."""
    size = _window_size(m)
    if size is None:
        return None
    n, unit = size
    s, e = m.span()
    return Period("relative", s, e, None, None, _WINDOW_UNITS[unit][2], window_length(n, unit))


def _build_this_year(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    if not published:
        return None
    y = published.year - (1 if kind == "last_year" else 0)
    return Period(kind, s, e, date(y, 1, 1), date(y, 12, 31) if kind == "last_year" else published, "year")


# Words before "bulan" that count months back ("dua bulan lalu", "beberapa bulan ini"): no calendar month.
_COUNTED = frozenset(NUMBER_WORDS) | {"beberapa", "berapa", "sekian", "banyak"}


def _article_month(published: date, which: str) -> tuple[int, int]:
    """(year, month) of the article's month ("ini") or of the month before it ("lalu", "kemarin")."""
    if which.lower() == "ini":
        return published.year, published.month
    return published.year - (published.month == 1), (published.month - 2) % 12 + 1


def _build_this_month(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "bulan ini" / "bulan lalu": the article's month (up to its date) or the month before it; after "hingga" /
    "sampai" the end only. None without the article's date or after a count ("dua bulan lalu")."""
    if published is None:
        return None
    before = m.string[max(0, s - 20) : s].split()
    if before and (before[-1].lower() in _COUNTED or before[-1].isdigit()):
        return None
    y, mo = _article_month(published, m.group("which"))
    end = published if m.group("which").lower() == "ini" else _month_end(y, mo)
    start = None if m.group("until") else date(y, mo, 1)
    return Period(kind, s, e, start, end, "month")


def _build_month_to_this(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    """ "sejak April hingga bulan lalu": from the named month (of the end's year, or the year before when it falls
    after the end's month) to the article's month or the one before it."""
    mo = _month(m, "m1")
    if published is None or not mo:
        return None
    y, end_mo = _article_month(published, m.group("which"))
    end = published if m.group("which").lower() == "ini" else _month_end(y, end_mo)
    start_year = y if mo <= end_mo else y - 1
    return Period("month_range", s, e, date(start_year, mo, 1), end, "month")


# How far after the article's date a day written without a year may fall and still be of the article's year.
_DAYS_AHEAD = 92


def _build_day_no_year(
    kind: str, m: re.Match[str], s: int, e: int, published: date | None, years: list[int]
) -> Period | None:
    ref = published.year if published else (max(years) if years else None)
    mo = _month(m, "m1")
    if not (ref and mo):
        return None
    d1 = _int(m, "d1")
    d2 = _int(m, "d2") or d1
    if published is not None and (mo, d2 or 0) > (published.month, published.day):
        # "periode 1-30 Desember" in an article of 2 January: a day months after the article's date is of the year
        # before (a day a few weeks ahead is a plan or a schedule of the same year: "dijadwalkan 9-11 Mei")
        ahead = _safe_date(ref, mo, d2 or 0)
        if ahead is not None and (ahead - published).days > _DAYS_AHEAD:
            ref -= 1
    start, end = _safe_date(ref, mo, d1 or 0), _safe_date(ref, mo, d2 or 0)
    return Period(kind, s, e, start, end, "day") if start and end and start <= end else None


_BUILDERS: dict[str, Callable[[str, re.Match[str], int, int, date | None, list[int]], Period | None]] = {
    "day_range": _build_day_range,
    "weekday_range": _build_weekday_range,
    "month_range": _build_month_range,
    "year_range": _build_year_range,
    "mixed_range": _build_mixed_range,
    "half": _build_half,
    "year_to_half": _build_year_to_half,
    "half_range": _build_half_range,
    "year_to_month": _build_year_to_month,
    "month_range_no_year": _build_month_range_no_year,
    "first_months": _build_first_months,
    "month_no_year": _build_month_no_year,
    "month_of_year_word": _build_month_of_year_word,
    "dateline": _build_dateline,
    "until_weekday": _build_until_weekday,
    "open": _build_open,
    "until": _build_until,
    "since_last": _build_since_last,
    "since_event": _build_since_event,
    "until_point": _build_until,
    "month_to_day": _build_month_to_day,
    "year_before": _build_year_before,
    "day": _build_day,
    "month": _build_month,
    "year": _build_year,
    "relative": _build_relative,
    "this_year": _build_this_year,
    "day_no_year": _build_day_no_year,
    "last_year": _build_this_year,
    "this_month": _build_this_month,
    "month_to_this": _build_month_to_this,
}


def _build(kind: str, m: re.Match[str], published: date | None, years: list[int]) -> Period | None:
    """The period a match of pattern `kind` stands for (None when its parts make no date): one builder per kind."""
    builder = _BUILDERS.get(kind)
    if builder is None:  # pragma: no cover
        return None
    s, e = m.span()
    return builder(kind, m, s, e, published, years)


# Phone, account and ticket numbers ("0811-9224-5450", "1991-7669-6261"): three or more digit groups joined by
# dashes or dots. A year-looking group inside one is not a date.
# `\b\d{3,}(?:[-–.]\d{3,}){2,}\b` with its first digit consumed before the word-boundary check (a digit is a word
# character, so `\b` before it is "no word character before it"): a pattern opening with a digit class lets the
# regex engine skip to the next digit instead of trying every position (same matches, ~30% faster).
_DIGIT_CHAIN = re.compile(r"\d(?<!\w\d)\d{2,}(?:[-–.]\d{3,}){2,}\b")


# Kinds whose every pattern has a mandatory year ("(?:19|20)\d{2}") or digit: a sentence without one cannot
# match them, so most sentences (no year in them) are scanned by 6 patterns instead of 22. Same matches.
_NEEDS_YEAR = {
    "day_range",
    "weekday_range",
    "month_to_day",
    "until_point",
    "month_range",
    "year_range",
    "mixed_range",
    "half",
    "year_to_half",
    "half_range",
    "year_to_month",
    "first_months",
    "open",
    "day",
    "month",
    "year",
}
_NEEDS_DIGIT = _NEEDS_YEAR | {"dateline", "until_weekday", "day_no_year", "since_event"}
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_ANY_DIGIT = re.compile(r"\d")
# ... but for the end at a day of a month with no year ("Hingga 10 September"), which needs a digit only.
_UNTIL_DAY_NO_YEAR = next(
    p for k, p in _PATTERNS if k == "until_point" and p.pattern.startswith(r"(?=[hsp])(?<!")
)
_WITHOUT_YEAR = [
    (kind, pattern) for kind, pattern in _PATTERNS if kind not in _NEEDS_YEAR or pattern is _UNTIL_DAY_NO_YEAR
]
_WITHOUT_DIGIT = [(kind, pattern) for kind, pattern in _PATTERNS if kind not in _NEEDS_DIGIT]


def _digit_chains(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _DIGIT_CHAIN.finditer(text)]


# The article's own date needs only full dates, months and datelines: the patterns after the last of those
# ("month") can hide none of them (a match only hides the matches of later patterns), so they are not scanned.
# The ends and ranges read against a day (until_point, month_to_day) are left out: the article's date reads the day
# and month inside them.
_DATE_PATTERNS = [
    (kind, pattern)
    for kind, pattern in _PATTERNS[: max(i for i, (kind, _) in enumerate(_PATTERNS) if kind == "month") + 1]
    if kind not in {"until_point", "month_to_day", "weekday_range", "until_weekday"}
]


# Kinds whose every pattern has a mandatory word of a closed list (a month name, a weekday, "tahun", ...): a sentence
# whose lower case contains none of them cannot match them. Exact because Python's IGNORECASE matches an ASCII
# letter only by its two cases, except the letters of text.OTHER_FOLDS (the long s, the dotless and the dotted capital
# i): a sentence holding one of those is not gated (`text.folded`).
# Each list is kept to its words that contain no other of its words ("sep" covers "september").
def _shortest(words: Iterable[str]) -> tuple[str, ...]:
    words = tuple(words)
    return tuple(w for w in words if not any(o != w and o in w for o in words))


_GATES: list[tuple[str, ...]] = [
    _shortest(MONTHS),
    _shortest(WEEKDAYS),
    ("sejak",),
    ("dalam", "selama", "sepanjang"),
    ("tahun",),
    ("semester", "kuartal", "triwulan", "caturwulan"),
    ("bulan",),
    # the words of single patterns (_PATTERN_GATES), for kinds whose other patterns lack them
    ("hingga", "sampai", "sd", "s.d", "s/d", "s./d"),  # 7: an end after a year ("2024 hingga Maret 2025")
    ("sejak", "mulai"),  # 8
    ("sejak", "mulai", "dari"),  # 9
    ("hingga", "sampai"),  # 10
    ("kini", "sekarang", "saat", "hari"),  # 11
    ("pada",),  # 12
    ("/",),  # 13
    ("-", "\u2013", "\u2014", "/"),  # 14
    ("sejak", "mulai", "dari", "periode", "antara"),  # 15
    ("terakhir", "belakangan"),  # 16: "dalam tiga bulan terakhir"
    ("-", "\u2013", "\u2014", "hingga", "sampai"),  # 17: "Januari hingga Maret"
    ("antara",),  # 18
    ("kurang",),  # 19: "dalam waktu kurang dari seminggu"
]
_GATE_OF: dict[str, int] = {
    "day_range": 0,
    "month_range": 0,
    "month_to_day": 0,
    "until_point": 0,
    "month": 0,
    "month_no_year": 0,
    "month_of_year_word": 0,
    "day_no_year": 0,
    "dateline": 1,
    "until_weekday": 1,
    "weekday_range": 1,
    "until": 2,
    "since_last": 2,
    "since_event": 2,
    "relative": 3,
    "this_year": 4,
    "last_year": 4,
    "year_before": 4,
    "year_to_month": 0,  # "tahun 2025 hingga Maret": its month
    "month_range_no_year": 0,  # "Januari hingga Maret": opens with a month
    "half": 5,
    "half_range": 5,
    "year_to_half": 5,
    "first_months": 6,  # "tiga bulan pertama 2025"
    "this_month": 6,  # "bulan lalu"
    "month_to_this": 6,  # "April hingga bulan lalu"
}


# Gates of single patterns of a kind, each pattern named by its kind and a piece of its source only it holds: each
# of the listed word lists must hold a word of the sentence. Every one is a mandatory part of its pattern
# (tests/transforms/test_period_gates.py).
_PATTERN_GATES: dict[tuple[str, str], tuple[int, ...]] = {
    ("day_range", r"antara\s+(?:tanggal"): (18,),  # "antara 3 Maret dan 5 April 2024"
    ("year_range", r"\s*[-–—/]\s*(?P<y2>"): (14,),  # "2019-2022", "2019/2020"
    ("mixed_range", r"(?:sejak|mulai|dari|periode|antara)\s+(?:tanggal"): (
        15,
    ),  # "sejak Maret 2024 hingga ..."
    ("mixed_range", r"(?=[\dtadfjmnops])"): (7,),  # "Maret 2024 hingga Juni 2025"
    ("open", r"(?=[sm])(?:sejak|mulai)\s+"): (8,),  # "sejak 2020"
    ("open", r"(?:kini|sekarang|saat\s+ini|hari\s+ini)"): (9, 10, 11),  # "sejak 2020 hingga kini"
    ("open", r"{1,6}?pada\s+"): (8, 12),  # "sejak ... pada 3 Maret 2024"
    ("day", r"(?=[\d])(?P<d1>[0-3]?\d)\s+(?P<m1>"): (0,),  # "3 Maret 2024"
    ("day", r"(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)/(?P<yy>"): (13,),  # "3/3/2024"
    ("relative", r"(?:terakhir|belakangan)"): (16,),  # "dalam tiga bulan terakhir"
    ("relative", r"kurang\s+dari"): (19,),  # "dalam waktu kurang dari seminggu"
    ("month_range_no_year", ""): (17,),  # "Januari hingga Maret"
}


def gated_pattern(kind: str, piece: str) -> re.Pattern[str]:
    """The one pattern of `kind` whose source holds `piece` (_PATTERN_GATES)."""
    found = [p for k, p in _PATTERNS if k == kind and piece in p.pattern]
    if len(found) != 1:
        raise AssertionError(f"_PATTERN_GATES: {len(found)} patterns of {kind} hold {piece!r}")
    return found[0]


_GATES_OF_PATTERN: dict[int, tuple[int, ...]] = {
    id(gated_pattern(kind, piece)): gates for (kind, piece), gates in _PATTERN_GATES.items()
}


def _passes(kind: str, pattern: re.Pattern[str], passed: tuple[bool, ...]) -> bool:
    gate = _GATE_OF.get(kind)
    return (gate is None or passed[gate]) and all(passed[g] for g in _GATES_OF_PATTERN.get(id(pattern), ()))


def _worded(sentence: str, patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, re.Pattern[str]]]:
    """`patterns` without those of the kinds whose words (_GATES) the sentence does not contain, nor the patterns
    whose own words (_PATTERN_GATES) it does not contain."""
    lower = folded(sentence)
    if lower is None:
        return patterns
    passed = tuple(any(map(lower.__contains__, words)) for words in _GATES)
    key = (id(patterns), passed)
    kept = _WORDED.get(key)
    if kept is None:
        kept = _WORDED[key] = [(kind, p) for kind, p in patterns if _passes(kind, p, passed)]
    return kept


# `_worded`'s answers per pattern list (the module's own lists, which live as long as it) and gates passed
_WORDED: dict[tuple[int, tuple[bool, ...]], list[tuple[str, re.Pattern[str]]]] = {}


@lru_cache(maxsize=4096)
def _matches(sentence: str, dates_only: bool = False) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every raw match of every pattern (`dates_only`: of _DATE_PATTERNS), in pattern order, outside digit chains.
    The scan does not depend on `published` or `years`, so repeated calls on one text (each figure of a sentence)
    scan it once."""
    if dates_only:
        patterns = _DATE_PATTERNS
    elif _YEAR_DIGITS.search(sentence):
        patterns = _PATTERNS
    elif _ANY_DIGIT.search(sentence):
        patterns = _WITHOUT_YEAR
    else:
        patterns = _WITHOUT_DIGIT
    patterns = _worded(sentence, patterns)
    chains = _digit_chains(sentence)
    if not chains:  # most sentences: no match to drop
        return tuple((kind, m) for kind, pattern in patterns for m in pattern.finditer(sentence))
    return tuple(
        (kind, m)
        for kind, pattern in patterns
        for m in pattern.finditer(sentence)
        if not any(m.start() < ce and cs < m.end() for cs, ce in chains)
    )


def find_periods(
    sentence: str,
    published: date | None = None,
    years: list[int] | None = None,
    *,
    dates_only: bool = False,
    windows: bool = False,
) -> list[Period]:
    """Every period expression of `sentence`, non-overlapping, in text order. Never raises. `dates_only`: only
    full dates, date ranges, months and datelines (the same ones, found faster). `windows`: with no `published`
    date, also the windows of the last N units, unresolved (`_unresolved_window`: a length, no dates), where a
    dated article would have them; the default leaves them out, as every period has dates."""
    if not isinstance(sentence, str) or not sentence:
        return []
    return list(_found_periods(sentence, published, tuple(years or ()), dates_only, windows))


@lru_cache(maxsize=4096)
def _found_periods(
    sentence: str, published: date | None, years_seen: tuple[int, ...], dates_only: bool, windows: bool
) -> tuple[Period, ...]:
    """`find_periods`' answer, remembered: the rules of one article ask it of the same sentence with the same date
    and years several times (the figures' periods, the visits' days, the lead's scope). Periods are immutable."""
    years = list(years_seen)
    taken: list[tuple[int, int]] = []
    found: list[Period] = []
    for kind, m in _matches(sentence, dates_only):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        try:
            period = _build(kind, m, published, years)
        except (ValueError, OverflowError):
            period = None
        if period is None and windows and kind == "relative" and published is None:
            period = _unresolved_window(m)
        if period is not None:
            taken.append((s, e))
            found.append(period)
    ordered = _joined_ranges(sentence, sorted(found, key=lambda p: p.start_char))
    return tuple(_same_month_year(_anchored(_month_pairs(sentence, ordered))))


# "Februari dan Maret kemarin", "Juli dan Agustus 2024": a month, "dan", the next month (its year, if written).
_AND_NEXT_MONTH = re.compile(
    r"\s+dan\s+(?:bulan\s+)?(?P<m>"
    + "|".join(name for name in sorted(MONTHS, key=len, reverse=True) if len(name) > 3 or name == "mei")
    + r")\b(?:\s+(?P<y>(?:19|20)\d{2})\b)?",
    re.I,
)


def _month_pairs(sentence: str, found: list[Period]) -> list[Period]:
    """Two consecutive months joined by "dan" are one span: "Sejak Februari dan Maret kemarin, kami sudah memulangkan
    total 699 WNI" counts February to March (the second month's year, when written, is both months')."""
    out: list[Period] = []
    skip_until = -1
    for p in found:
        if p.start_char < skip_until:
            continue  # the second month, parsed on its own
        m = None
        if (
            p.precision == "month"
            and p.start is not None
            and p.end is not None
            and p.start.month == p.end.month
        ):
            m = _AND_NEXT_MONTH.match(sentence, p.end_char)
        if m is None or p.start is None:
            out.append(p)
            continue
        m2 = MONTHS[m.group("m").lower()]
        year = int(m.group("y")) if m.group("y") else None
        first_year = p.start.year if year is None else (year - 1 if m2 == 1 else year)
        second_year = first_year + 1 if m2 == 1 else first_year
        start, end = _safe_date(first_year, p.start.month, 1), _month_end(second_year, m2)
        if m2 != p.start.month % 12 + 1 or start is None or end is None:
            out.append(p)
            continue
        out.append(replace(p, kind="month_range", end_char=m.end(), start=start, end=end))
        skip_until = m.end()
    return out


# Periods written without a year, read in the article's year (or the year before) by their builders.
_YEARLESS = frozenset({"day_no_year", "month_no_year"})


def _same_month_year(found: list[Period]) -> list[Period]:
    """A day or month written without a year takes the year of the same month named with its year before it in
    the sentence: "Pada pekan-pekan terakhir Oktober 2024, yakni 20 hingga 31 Oktober" is October 2024 (not the
    article's year, 2025)."""
    out = list(found)
    for i, p in enumerate(out):
        if p.kind not in _YEARLESS or p.start is None or p.end is None or p.start.year != p.end.year:
            continue
        named = [
            q
            for q in out[:i]
            if q.kind not in _YEARLESS
            and q.start is not None
            and q.end is not None
            and q.precision in {"month", "day"}
            and (q.start.year, q.start.month) == (q.end.year, q.end.month)
            and q.start.month == p.start.month == p.end.month
            and q.start.year != p.start.year
        ]
        if named:
            year = named[-1].start.year
            start, end = (
                _safe_date(year, p.start.month, p.start.day),
                _safe_date(year, p.end.month, p.end.day),
            )
            if start is not None and end is not None:
                out[i] = replace(p, start=start, end=end)
    return out


# Kinds a "tahun sebelumnya" cannot be counted back from: windows counted from the article's date and the day a
# statement was made.
_NOT_ANCHORS = frozenset(
    {
        "relative",
        "this_year",
        "last_year",
        "year_before",
        "year_before_open",
        "year_after",
        "year_after_open",
        "dateline",
    }
)


def _anchored(found: list[Period]) -> list[Period]:
    """Periods read against one stated before them in the sentence. "Pada tahun 2024 tercatat 1.794 korban, turun ...
    dari tahun sebelumnya yang mencapai 3.104 orang": a "tahun sebelumnya" / "periode yang sama tahun lalu" is that
    period a year back; with none, it stays `year_before_open` (the figure's context anchors it:
    attributes.resolve_period). "Tahun ini ... hingga Juli 2022": an end with no start of its own starts with the
    year stated before it."""
    out: list[Period] = []
    for period in found:
        if period.kind == "until_point" and period.end is not None:
            # "Tahun ini jumlahnya meningkat: hingga Juli 2022 tercatat 291 WNI": up to the month from the start
            # of the year the sentence scopes itself to
            year = next(
                (
                    p
                    for p in reversed(out)
                    if p.kind in {"year", "this_year"} and p.end and p.end.year == period.end.year
                ),
                None,
            )
            if year is not None:
                period = Period(
                    "mixed_range",
                    period.start_char,
                    period.end_char,
                    year.start,
                    period.end,
                    period.precision,
                )
        if period.kind in YEAR_SHIFTS:
            ref = next((p for p in reversed(out) if p.kind not in _NOT_ANCHORS), None)
            shift = YEAR_SHIFTS[period.kind]
            back = year_back(ref, period.start_char, period.end_char, shift) if ref is not None else None
            if back is not None:
                period = back
        out.append(period)
    return out


# Between two dates that bound one range: "Sabtu (16/11/2024) hingga Senin (18/11/2024)", "16/11 s.d. 18/11".
_RANGE_JOIN = re.compile(
    r"\s*(?:hingga|sampai(?:\s+dengan)?|s\.?/?d\.?|[-–—])\s*", re.I
)  # used with fullmatch


def _joined_ranges(sentence: str, found: list[Period]) -> list[Period]:
    """Two single days written as separate dates and joined by "hingga" / "sampai" / a dash are one day range
    (the range patterns cover "16 hingga 18 November 2024", not numeric dates or dates with their weekday)."""
    out: list[Period] = []
    for period in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind in {"day", "dateline"}
            and period.kind in {"day", "dateline"}
            and last.start == last.end
            and period.start == period.end
            and last.start is not None
            and period.start is not None
            and last.start < period.start
            and _RANGE_JOIN.fullmatch(sentence[last.end_char : period.start_char])
        ):
            out[-1] = Period("day_range", last.start_char, period.end_char, last.start, period.end, "day")
            continue
        if (
            last is not None
            and last.kind in {"day", "dateline", "day_no_year"}
            and period.kind in {"until_point", "until"}
            and period.start is None
            and last.start == last.end
            and last.start is not None
            and period.end is not None
            and last.start < period.end
            and not sentence[last.end_char : period.start_char].strip()
        ):
            # "pada 3 Juli hingga 6 Oktober", "sejak 16 Januari hingga Senin (26/1)": a day, then the end it runs to
            out[-1] = Period("day_range", last.start_char, period.end_char, last.start, period.end, "day")
            continue
        if (
            period.kind == "until_point"
            and period.start is None
            and period.end is not None
            and period.precision == "day"
            and sentence.startswith(("hingga", "sampai"), period.start_char)
        ):
            # "pada rentang Januari hingga 17 Februari", "periode Januari sampai 17 Februari": a month named with no
            # year right before the end starts the range (of the end's year), as "sejak Januari hingga 10 September"
            month = _MONTH_BEFORE.search(sentence, 0, period.start_char)
            if month is not None:
                first = MONTHS[month.group("m0").lower()]
                end = period.end
                start = date(end.year if first <= end.month else end.year - 1, first, 1)
                period = Period("mixed_range", month.start(), period.end_char, start, end, "day")
        out.append(period)
    return out


# A month with no year, after a word that opens a range, right before "hingga" / "sampai" (_joined_ranges).
_MONTH_BEFORE = re.compile(
    r"\b(?:sejak|mulai|dari|periode|rentang(?:\s+waktu)?|antara|kurun(?:\s+waktu)?|sepanjang|selama)\s+"
    r"(?:(?:awal|bulan)\s+)?(?P<m0>" + _LONG_MONTHS + r")\s+$",
    re.I,
)


# `\b((?:19|20)\d{2})\b` with the word-boundary check behind the first digit (as in _DIGIT_CHAIN): a pattern whose
# alternatives open with a literal lets the engine skip to the next "1" or "2" of the body (same matches, ~2.5x faster).
_YEAR = re.compile(r"((?:1(?<!\w1)9|2(?<!\w2)0)\d{2})\b")


def years_in(text: str) -> list[int]:
    """Four-digit years 1990..2099 stated in a text (to resolve dates written without one)."""
    if not isinstance(text, str):
        return []
    chains = _digit_chains(text)
    if not chains:
        return [y for m in _YEAR.finditer(text) if 1990 <= (y := int(m.group(1))) <= 2099]
    return [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if 1990 <= int(m.group(1)) <= 2099 and not any(cs <= m.start() < ce for cs, ce in chains)
    ]


# A page's own time stamp: "RABU, 23 OKTOBER 2024 | 17:27 WIB", "30 August 2023 20:47", "22 Aug 2024 06:09".
_STAMP = re.compile(
    _p(
        r"\b(?:"
        + "|".join(WEEKDAYS)
        + r")?\s*,?\s*{d1}\s+{m1}\s+{y1}\s*(?:[,|•·-]\s*)?(?:pukul\s*)?[0-2]?\d[:.][0-5]\d\b"
    ),
    re.I,
)
# "Rabu, 19 Juli 2023": a weekday with a full date, as bylines and attributions write it.
_WEEKDAY_FULL = re.compile(
    _p(r"\b(?P<wd>" + "|".join(WEEKDAYS) + r")(?:\s*,\s*|\s+){d1}\s+{m1}\s+{y1}\b"), re.I
)


def published_date_from_text(text: str) -> date | None:
    """The article's own date: the page's time stamp ("23 Oktober 2024 | 17:27 WIB") when it has one, else the
    latest weekday dateline ("Sabtu (15/6/2024)", "Rabu, 19 Juli 2023", "Jumat (7/7)" with the year from the
    article's full dates, kept only when the weekday fits). None when the text states none."""
    if not isinstance(text, str):
        return None
    for m in _STAMP.finditer(text[:1500]):
        d = _safe_date(_int(m, "y1") or 0, _month(m, "m1") or 0, _int(m, "d1") or 0)
        if d and 1990 <= d.year <= 2100:
            return d
    years = [
        p.start.year
        for p in find_periods(text, dates_only=True)
        if p.kind in {"day", "day_range", "month"} and p.start
    ]
    years = years or years_in(text)
    datelines = [
        p.start for p in find_periods(text, None, years, dates_only=True) if p.kind == "dateline" and p.start
    ]
    for m in _WEEKDAY_FULL.finditer(text):
        d = _safe_date(_int(m, "y1") or 0, _month(m, "m1") or 0, _int(m, "d1") or 0)
        if d and d.weekday() == WEEKDAYS.get(m.group("wd").lower()):
            datelines.append(d)
    plausible = [d for d in datelines if 1990 <= d.year <= 2100]
    return max(plausible) if plausible else None

"""Every word list and pattern the fact rules read, each with the sentence it exists for.

A pattern is declared with `pattern(...)`, which compiles it and records the text it must find (`matches`) and
the text it must not (`rejects`); tests/transforms/test_lexicon.py checks every pattern of this module against
them. A new cue arrives here with its example, and its rule's row in tests/transforms/test_facts.py.
"""

from __future__ import annotations

import re

from transforms.dates import NUMBER_WORDS
from transforms.patterns import EXAMPLES, Examples, pattern  # noqa: F401 (the registry, re-exported)
from transforms.text import starting_with

# ------------------------------------------------------------------------------------------- what is counted

# "2.300 kasus", "1.200 aduan": the noun after a figure that makes it a count of cases.
CASE_NOUNS = {
    "kasus": "cases",
    "perkara": "cases",
    "pengaduan": "cases",
    "aduan": "cases",
    "laporan": "cases",
}
# "13 WNI", "804 tersangka": nouns that make a figure a count of people on their own.
PEOPLE_NOUNS_STRONG = {
    "wni",
    "korban",
    "tersangka",
    "pelaku",
    "pmi",
    "tki",
    "pekerja",
    "terdakwa",
    "penjudi",
    "pemain",
    "buruh",
    "imigran",
    "abk",
    "calon",
    "cpmi",
    "wna",
    "tahanan",
    "deportan",
    "pengungsi",
    "pmib",
    "selebgram",
    "influencer",
    "pemengaruh",
    "promotor",
    "bandar",
    "perekrut",
    "calo",
    "narapidana",
    # acc-cases: "88 WN China diamankan", "menangkap tiga buronan"
    "wn",
    "buronan",
}
# "366 orang", "12 warga": people only when the sentence is about victims or arrests (CONTEXT_WORDS).
PEOPLE_NOUNS_WEAK = {
    "orang",
    "warga",
    "anak",
    "perempuan",
    "jiwa",
    "mahasiswa",
    "pemuda",
    "remaja",
    "pelajar",
    "pemohon",
    # acc-cases: a split by sex or age ("enam laki-laki dan tiga perempuan") counts people of the total before it
    "laki-laki",
    "lelaki",
    "pria",
    "wanita",
    "anak-anak",
    "balita",
}
# "300 orang peserta", "50 orang petugas": people who are not victims, suspects or migrants.
NOT_VICTIMS = {
    "peserta",
    "anggota",
    "delegasi",
    "staf",
    "petugas",
    "personel",
    "pegawai",
    "wartawan",
    "pengunjung",
    "relawan",
    "saksi",
    "penyidik",
    "hakim",
    "jaksa",
    "polisi",
    "pengikut",
    "followers",
    "subscriber",
    "penonton",
}
# Words of a sentence about victims, arrests or returns, in which "orang" counts people affected.
CONTEXT_WORDS = pattern(
    r"korban|ditangkap|diamankan|(?:dipulang|memulang|pemulang)(?:kan|an)|diselamatkan|menyelamatkan|penyelamatan|"
    r"repatriasi|evakuasi|deportasi|dideportasi|terjerat|tertipu|paspor|keberangkatan|"
    r"terlibat|dipekerjakan|disekap|ditahan|diberangkatkan|dijanjikan|tppo|judi|scam|penipuan|perdagangan|"
    r"menangkap|mengamankan|menjaring|terjaring|membekuk|dibekuk|meringkus|diringkus|menahan|menipu|judol|"
    # "transaksi prostitusi dan pornografi daring yang melibatkan lebih dari 24.000 anak": sexual exploitation
    r"prostitusi|eksploitasi|"
    # "259 orang telah ditetapkan sebagai tersangka": people charged
    r"\b(?:di|me)tetapkan\s+(?:\w+\s+)?(?:sebagai\s+)?tersangka",
    matches=(
        "sebanyak 25 orang berhasil dipulangkan",
        "12 orang diamankan polisi",
        "259 orang telah ditetapkan sebagai tersangka",
        "transaksi prostitusi daring yang melibatkan lebih dari 24.000 anak",
    ),
    rejects=("rapat dihadiri 300 orang",),
)
# ---- acc-cases: what is no count of cases or people affected, and series that go on counting people ----
# "Pada 2023 ada 410 orang. Sementara 95 orang tahun ini": "orang" right after a count of people counts people
# too, unless the sentence is about an audience ("rapat itu dihadiri 300 orang").
ATTENDANCE = pattern(
    r"\b(?:dihadiri|menghadiri|hadir|diikuti|mengikuti|peserta|undangan|penonton|pengunjung|anggota)\b",
    matches=("rapat itu dihadiri 300 orang",),
    rejects=("jumlahnya bertambah 65 orang",),
)
# "Gelombang pertama memberangkatkan delapan orang, gelombang kedua 13 orang", "dibawa ke perbatasan dalam dua
# gelombang, yakni pada 5 Mei sebanyak 4 orang": people moved in waves or flights are people sent home or expelled.
IN_WAVES = pattern(
    r"\b(?:gelombang|kloter|batch)\b",
    matches=("gelombang kedua 13 orang", "dipulangkan dalam tiga kloter"),
    rejects=("tahap penyidikan",),
)
# "... bantuan kewirausahaan kepada korban TPPO dan PMI bermasalah": a sentence naming the people affected, whose
# next sentence counts them in "orang" (cases.about_victims_before).
PEOPLE_NAMED = pattern(
    r"\b(?:korban|tersangka|pelaku)\b|"
    # "Para deportan berasal dari sejumlah provinsi. Terbanyak dari Sulawesi Selatan dengan 60 orang"
    r"\bpara\s+(?:" + "|".join(sorted(PEOPLE_NOUNS_STRONG)) + r")\b",
    matches=("bantuan kewirausahaan kepada korban TPPO", "Para deportan berasal dari sejumlah provinsi"),
    rejects=("rapat koordinasi lintas kementerian",),
)
# "jumlah WNI yang tinggal di negara itu melebihi 73.000 orang", "58.000 WNI tinggal di Kamboja": a population,
# no one affected.
POPULATION_BEFORE = pattern(
    r"\b(?:yang\s+)?(?:tinggal|menetap|bermukim|berdomisili)\s+(?:di|dan)\b|\b(?:populasi|diaspora|penduduk)\b",
    matches=("jumlah WNI yang tinggal di negara itu melebihi ",),
    rejects=("jumlah WNI yang disekap di negara itu mencapai ",),
)
POPULATION_AFTER = pattern(
    r"^\S+\s+(?:\S+\s+)?(?:yang\s+)?(?:tinggal|menetap|bermukim|berdomisili)\b"
    # not those staying beyond their permit ("31 orang tinggal melebihi izin") or held in a shelter ("1.213 WNI yang
    # tinggal di penampungan sementara"): people affected
    r"(?!\s+(?:melebihi|melewati|melampaui)\b|\s+(?:sementara\s+)?(?:di\s+)?(?:tempat\s+)?(?:penampungan|shelter|"
    r"rumah\s+aman|detensi|rumah\s+detensi)\b)",
    matches=("58.000 WNI tinggal di negara itu",),
    rejects=(
        "58 WNI disekap di negara itu",
        "31 orang tinggal melebihi izin (overstay)",
        "1.213 WNI yang tinggal di penampungan sementara",
    ),
)
# "210 laporan hasil analisis", "42,7 juta laporan transaksi keuangan mencurigakan": documents, not complaints.
DOCUMENT_AFTER = pattern(
    r"^\s*(?:hasil|transaksi|keuangan|analisis|analisa|intelijen|ltkm|lha|lhp|lhks|pemeriksaan|tahunan|kinerja)\b",
    matches=(" hasil analisis", " transaksi keuangan mencurigakan"),
    rejects=(" polisi", " masyarakat"),
)
# "Sepanjang 2025 PPATK menerima 42,7 juta laporan" after "laporan transaksi keuangan mencurigakan (LTKM)": the
# reports the sentence or the one before names are documents.
DOCUMENT_NAMED = pattern(
    r"\blaporan\s+(?:hasil\s+analisis|transaksi\s+keuangan|keuangan)|\b(?:LTKM|LHA)\b",
    matches=("laporan transaksi keuangan mencurigakan (LTKM)",),
    rejects=("laporan polisi",),
)
# "dua kloter masing-masing berisi 11 WNI", "kelompok kerja berisi 30 hingga 40 orang": the size of each group.
GROUP_SIZE = pattern(
    r"\b(?:masing-masing|kelompok|setiap|tiap|per)\b(?:\s+\S+){0,3}?\s+(?:berisi|beranggotakan|berjumlah)"
    r"(?:\s+\S+){0,2}\s*$",
    matches=("dua kloter masing-masing berisi ", "dalam kelompok kerja berisi 30 hingga "),
    rejects=("sebuah kapal berisi ",),
)
# Category `other`: a consular caseload ("1.300 kasus WNI bermasalah", "117 kasus WNI", "kasus perlindungan WNI",
# "kasus yang melibatkan / menimpa WNI": cases of the people, not a crime done to them), a detention or a
# deportation ("186 WNI dideportasi", "400 WNI yang ditahan di depot imigresen") in a sentence that names no crime.
# "3.173 WNI telah mendatangi kedutaan untuk meminta bantuan dan pelindungan": people asking the mission for help, a
# consular caseload when no sentence before it in its paragraph names the crime they left (cases.consular_or_detention).
ASKS_MISSION_HELP = pattern(
    r"\b(?:mendatangi|mengunjungi|datang\s+ke)\s+(?:kantor\s+)?(?:kedutaan|kbri|kjri|konsulat)\b"
    r"|\bmeminta\s+(?:bantuan|pertolongan|pelindungan|perlindungan)\b",
    matches=(
        "3.173 WNI telah mendatangi kedutaan untuk meminta bantuan",
        "911 laporan WNI yang meminta bantuan",
    ),
    rejects=("KBRI memberikan bantuan kepada WNI",),
)
CONSULAR_OR_DETENTION = pattern(
    r"\bbermasalah\b|\bkasus\s+(?:(?:pe(?:r)?lindungan|(?:konsuler\s+)?yang\s+(?:melibatkan|menimpa))\s+)?"
    r"(?:warga\s+(?:negara\s+)?indonesia|wni|pmi)\b|\bkasus\s+konsuler\b|\b(?:di)?deportasi\b|\bdeportan\b|"
    r"\bditahan\b|\bdetensi\b|\bimigresen\b|\bpenahanan\b|"
    # "mengamankan delapan calon PMI yang tidak membawa dokumen resmi": undocumented migrants held
    r"\b(?:tanpa|tidak\s+(?:membawa|memiliki|dilengkapi))\s+dokumen\b|"
    # consular help: "722 WNI memperoleh pemutihan denda keimigrasian", "1.213 WNI masih berada di penampungan"
    r"\bkeimigrasian\b|\bpemutihan\b|\bdiputihkan\b|\bpenampungan\s+sementara\b|"
    # migrant workers' complaints: "BP2MI menerima 898 pengaduan dari pekerja migran Indonesia (PMI)"
    r"\b(?:pengaduan|aduan)\s+(?:dari\s+)?(?:para\s+)?(?:calon\s+)?(?:pekerja\s+migran|pmi|cpmi|tki)\b",
    matches=(
        "722 WNI memperoleh pemutihan denda keimigrasian",
        "BP2MI menerima 898 pengaduan dari pekerja migran Indonesia (PMI)",
        "1.213 WNI masih berada di penampungan sementara",
        "mengamankan delapan calon PMI yang tidak membawa dokumen resmi",
        "KBRI menangani 1.300 kasus WNI bermasalah",
        "sebanyak 143 WNI dideportasi",
        "menangani 900 kasus yang melibatkan warga negara Indonesia",
        "mencatat 500 kasus perlindungan WNI",
        "KBRI menangani 3.310 kasus konsuler yang melibatkan warga Indonesia",
    ),
    rejects=("KBRI memulangkan 62 WNI korban", "kasus yang merugikan warga negara Indonesia"),
)
# "Pada 2020 ... 56 kasus WNI bermasalah. Namun pada 2024, jumlahnya meningkat menjadi 3.310 kasus": "jumlahnya"
# before the figure continues the series of the count before it (the same thing counted, another time).
SERIES_NEXT = pattern(
    r"\b(?:jumlah|angka|total)(?:nya|\s+(?:itu|tersebut|ini))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:menjadi|mencapai|sebanyak|ada|tercatat|sebesar)\s+$"
    # "Gelombang pertama membawa pulang 46 WNI. Sepekan kemudian, giliran 84 WNI": the next turn of the same series
    r"|\bgiliran\s+$",
    matches=(
        "jumlahnya meningkat drastis menjadi ",
        "angkanya naik menjadi ",
        "jumlah itu mencapai ",
        "giliran ",
    ),
    rejects=("jumlah tersangka mencapai ", "dari jumlah itu, "),
)
# "11 kasus TPPO ... \n\nDari perkara tersebut, 12 orang ditetapkan sebagai tersangka": a sentence opened by the cases
# just counted ("dari kasus / perkara / pengungkapan itu", "angka itu") counts within them or the same series: the same
# crime (whoever is counted) and place.
FROM_THOSE_CASES = pattern(
    r"^\W*(?:dari\s+(?:(?:seluruh|semua|keseluruhan|rangkaian|serangkaian|hasil)\s+)?(?:kasus|perkara|pengungkapan|penanganan|laporan|aduan|pengaduan)"
    r"|(?:kasus|perkara))(?:\s+[\w-]+){0,3}?\s+(?:itu|tersebut)\b"
    # "Angka itu naik 39,97 persen dibandingkan tahun 2023 yang tercatat 2.519 perkara": the same count, another year
    r"|^\W*(?:angka|jumlah)\s+(?:itu|tersebut)\b",
    matches=(
        "Dari perkara tersebut, ",
        "Dari pengungkapan kasus itu, polisi menetapkan ",
        "Dari perkara judi online tersebut, ",
        "Kasus judi daring itu melibatkan ",
        "Angka itu naik 39,97 persen dibandingkan tahun 2023 yang tercatat ",
        "Dari seluruh laporan itu, sekitar ",
        "Dari rangkaian pengungkapan tersebut, polisi ",
    ),
    rejects=(
        "Dari jumlah itu, ",
        "Selain kasus tersebut, ",
        "Dari 11 kasus itu, ",
        "Polisi menangani kasus itu ",
    ),
)
# "Dari 26 orang yang dipulangkan, ...", "Ke-12 tersangka itu": a figure that names an earlier one again.
REFERS_TO_FIGURE_BEFORE = pattern(
    r"(?:\bdari|\bke-)\s*$", matches=("Dari ", "Ke-"), rejects=("menangani ", "dari Malaysia sebanyak ")
)
# "Di antaranya TPPO jaringan Arab Saudi dengan 15 tersangka": a sentence opened by "di antaranya" picks from what the
# sentence before it named (cases.refers_to_no_count).
AMONG_OPENS = pattern(
    r"^\W*di\s*antaranya\b",
    matches=("Di antaranya TPPO jaringan Arab Saudi", "Diantaranya "),
    rejects=("Dari 26 orang, satu di antaranya", "Dari jumlah itu, "),
)
# "26 orang sudah menjalani proses hukum atas pelanggaran keimigrasian": people counted for an offence of their own.
OFFENCE = pattern(
    r"\b(?:pelanggaran|melanggar|dilanggar)\b",
    matches=("atas pelanggaran keimigrasian", "karena melanggar izin tinggal"),
    rejects=("memetakan status keimigrasian", "paspor masih ditahan perusahaan"),
)
# "Secara nasional, Satgas TPPO mengungkap 242 kasus": a national tally, whose country is not stated.
NATIONAL = pattern(
    r"\bsecara\s+nasional\b|\bse-?indonesia\b|\bpolda\s+jajaran\b",
    matches=("Secara nasional, Ramadhan menyebut", "Bareskrim bersama polda jajaran"),
    rejects=("Polda Metro Jaya menangkap",),
)
# "Sedangkan tahun 2023, 106," / "tahun 2024 sebanyak 792": a bare figure closing a clause, in a series that
# goes on with the count before it.
BARE_END = pattern(
    r"^\s*(?:[,.;:\"”)]|$|(?:dan|sedangkan|sementara|serta)\b)",
    matches=(", kata Adi", '."', ""),
    rejects=(" persen", " orang"),
)
# "ada 73 orang asal Filipina", "231 warga Myanmar": people of a nationality, parts of a count of people.
NATIONALS_AFTER = pattern(
    r"^\s*(?:asal|berkewarganegaraan|kewarganegaraan)\b",
    matches=(" asal Filipina",),
    rejects=(" di Filipina",),
)
# "ada 142 orang di Myanmar dan 97 orang di Filipina": people counted per country (a country mention follows).
IN_PLACE_AFTER = pattern(
    r"^\s+(?:di|dari)\s+", matches=(" di Myanmar", " dari Kamboja"), rejects=(" diamankan di Batam",)
)
# "- Empat orang berperan sebagai bandar": an item of a bulleted list.
BULLET = pattern(r"^\s*[-•*–]\s", 0, matches=("- Empat orang",), rejects=("Empat orang",))
# "5.088 kasus WNI, dan 82 persen di antaranya terkait penipuan daring": what follows names a part of the figure.
SUBSET_AFTER = pattern(
    r"[,;]\s*(?:dan\s+|serta\s+)?(?:\S+\s+){0,3}?(?:di\s+antaranya|diantaranya)\b|"
    # "841 kasus WNI bermasalah pada Januari-Februari 2025, sekitar 75 persen terkait penipuan daring": a share of the
    # figure given right after it, its crime the share's own
    r"[,;]\s*(?:dan\s+|serta\s+|yang\s+)?(?:(?:sekitar|kurang\s+lebih|lebih\s+dari|hampir|sedikitnya|mencapai)\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:persen|%)\s+(?:(?:di\s+antaranya|diantaranya|dari\s+jumlah\s+itu)\s+)?"
    r"(?:terkait|berkaitan|merupakan|adalah|korban|kasus)\b",
    matches=(
        ", dan 82 persen di antaranya terkait",
        ", sekitar 75 persen terkait penipuan daring",
        "; 60% merupakan kasus judi online",
    ),
    rejects=(" kasus WNI bermasalah", ", sebagian besar terkait penipuan daring", ", naik 75 persen dari"),
)
# "jumlah perkara turun 404 kasus": a difference between two counts, no count itself.
DIFFERENCE_BEFORE = {
    "turun",
    "menurun",
    "berkurang",
    "naik",
    "meningkat",
    "selisih",
    "penurunan",
    "kenaikan",
    "peningkatan",
    "merosot",
    "anjlok",
    "susut",
}
# "Delapan orang lainnya hanya berstatus saksi": people cleared are no one affected ("saksi korban" are victims).
CLEARED = pattern(
    r"\b(?:hanya\s+)?(?:berstatus|sebagai)\s+saksi\b(?!\s+korban)|\b(?:dibebaskan|dilepas)\s+karena\s+tidak\s+terbukti\b",
    matches=("Delapan orang lainnya hanya berstatus saksi.",),
    rejects=("empat berstatus saksi korban",),
)

# "312 di antaranya", "105 lainnya": count nouns that stand for the figure they follow.
ANAPHORIC_NOUNS = {"lainnya", "sisanya", "diantaranya"}
COUNTED_NOUNS = {*CASE_NOUNS, *PEOPLE_NOUNS_STRONG, *PEOPLE_NOUNS_WEAK, "berkas"}
# "pasal 27", "pukul 10", "usia 17": words after which a number is no count.
# "belum mengungkap satu kasus pun", "tidak ada satu pun korban": "not even one", no count.
NOT_EVEN_ONE = pattern(
    r"^(?:satu|seorang|sebuah)(?:\s+[\w-]+)?\s+pun\b",
    matches=("satu kasus pun", "satu pun korban", "seorang pun"),
    rejects=("satu kasus penipuan", "satu situs punya"),
)
NOT_A_COUNT_BEFORE = {
    "pukul",
    "pasal",
    "ayat",
    "nomor",
    "no",
    "ke",
    "peringkat",
    "usia",
    "umur",
    "berusia",
    "jam",
    "tanggal",
    "tgl",
    "hotline",
    "telepon",
    "uu",
    "perpres",
    "pp",
    "permen",
    "halaman",
    "kode",
    "tahun",
    "periode",
    "sejak",
    "rt",
    "rw",
    "lantai",
    "gedung",
    "jalan",
    "jl",
    "kamar",
    "ruang",
    "edisi",
    "vol",
    "seri",
    "versi",
    "salah",
}
# "dengan pengikut masing-masing 21.200 dan 32.700": a follower count; the fillers may stand between.
AUDIENCE_WORDS = {
    "pengikut",
    "followers",
    "follower",
    "subscriber",
    "subscribers",
    "pelanggan",
    "penonton",
    "views",
}
AUDIENCE_FILLERS = {
    "masing-masing",
    "masing",
    "dan",
    "serta",
    "sekitar",
    "lebih",
    "dari",
    "hingga",
    "sampai",
    "sebanyak",
    "mencapai",
    "hampir",
    "ribu",
    "juta",
    "rb",
    "jt",
    ",",
}
# "menetapkan 10 tersangka", "5 bandar": people an Indonesian police body arrests are counted in Indonesia.
PERPETRATOR_NOUNS = {"tersangka", "pelaku", "terdakwa", "bandar", "penjudi", "pemain", "terpidana"}
ARREST_WORDS = pattern(
    r"ditangkap|menangkap|diamankan|mengamankan|meringkus|diringkus|ditetapkan|menetapkan|mengungkap|membongkar|"
    r"menggerebek|digerebek|menolak\s+keberangkatan|menunda|"
    # "20 tersangka ini kami amankan": the passive with the actor first
    r"\b(?:kami|kita)\s+(?:amankan|tangkap|ringkus)\b|"
    # "Imigrasi akan mendeportasi 27 WNA asal China", "mengawal pemulangan 52 WNA": foreigners expelled from here
    r"\bmendeportasi\b|\b(?:pemulangan|memulangkan)\s+(?:[\w-]+\s+){0,2}?(?:wna|warga\s+negara\s+asing)\b|"
    # "Bareskrim menyerahkan 26 warga negara asing ... kepada Ditjen Imigrasi": foreigners held here, handed over
    r"\bmenyerahkan\s+(?:[\w.]+\s+){0,2}?(?:wna|warga\s+negara\s+asing)\b",
    matches=(
        "Bareskrim Polri menyerahkan 26 warga negara asing (WNA) asal China",
        "Polri menangkap 12 orang",
        "sebanyak 7 orang diringkus",
        "Imigrasi akan mendeportasi 27 WNA asal China",
        "Bareskrim mengawal pemulangan 52 warga negara asing",
        "Sebanyak 20 tersangka ini kami amankan berdasarkan tiga laporan polisi",
    ),
    rejects=("12 orang dipulangkan ke Indonesia", "memulangkan 62 WNI"),
)
# "gelombang pertama 46 pada 21 Februari": a bare figure naming a wave of a count.
STAGE_WORDS = {"gelombang", "tahap", "kloter", "batch", "tahapan"}
ORDINAL_WORDS = {
    "pertama",
    "kedua",
    "ketiga",
    "keempat",
    "kelima",
    "keenam",
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "1",
    "2",
    "3",
}
BARE_AFTER = pattern(
    r"^\s*(?:pada|di|dan|,|dalam|yang|sejak|tanggal)\b",
    matches=(" pada 21 Februari",),
    rejects=(" orang pada 21 Februari",),
)
COUNTED_LATER = pattern(
    r"\b\d[\d.,]*\s+(" + "|".join(sorted(PEOPLE_NOUNS_STRONG | PEOPLE_NOUNS_WEAK | set(CASE_NOUNS))) + r")\b",
    matches=("dan 28 Februari sejumlah 84 WNI",),
    rejects=("dan 28 Februari sejumlah 84",),
)
# "16 dari 30 WNI tersebut berasal dari Jambi", "Empat dari 16 WNIB itu": a part of a count (the whole and the
# word it counts).
PARTITIVE = pattern(
    r"^\S+\s+dari\s+(\d[\d.,]*)\s+([\w-]+)",
    matches=("16 dari 30 WNI tersebut", "Empat dari 16 WNIB itu"),
    rejects=("16 WNI dari Jambi",),
)
# "Kemudian 347 di tahap penyidikan": a stage of the case count before it.
AT_STAGE = pattern(
    r"^\s*(?:di|dalam|pada)\s+tahap(?:an)?\b", matches=(" di tahap penyidikan",), rejects=(" di Jakarta",)
)
# A figure and the counted word after it ("sepuluh negara", "449 orang"), for what "105 lainnya" refers to.
COUNTED = pattern(
    r"(?:\b\d[\d.,]*|\b(?:" + "|".join(NUMBER_WORDS) + r"))\s+(?:(?:ribu|juta|miliar)\s+)?([\w-]+)",
    matches=("449 orang tiba", "sepuluh negara"),
    rejects=("orang tiba",),
)
# "merekrut lima hingga delapan pemain setiap hari": a rate, not a count of people or cases.
RATE_AFTER = pattern(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:setiap|tiap|per)\s+(?:hari|minggu|pekan|bulan|tahun|jam)\b",
    matches=(" konten per hari", " pemain setiap hari"),
    rejects=(" konten sejak Juli",),
)
# Splits of a total by sex or age ("terdiri dari delapan perempuan dan 22 laki-laki", "711 korban perempuan
# dewasa") are parts of that total: facts of their own with the total's attributes.
DEMOGRAPHIC = pattern(
    r"\b(?:perempuan|wanita|pria|laki[\s-]*laki|lelaki|dewasa|anak[\s-]*anak|balita)\b",
    matches=("8 perempuan dan 22 laki-laki",),
    rejects=("22 korban TPPO",),
)
BREAKDOWN = pattern(
    r"\b(?:terdiri|merinci|rinci(?:an|nya)?|masing-masing)\b",
    matches=("terdiri dari 8 perempuan",),
    rejects=("sebanyak 30 korban",),
)
# "Dirincikan, pada Januari sebanyak 330 orang": the items of the figure before count what it counted.
ITEMISED = pattern(
    r"\b(?:dirinci(?:kan)?|rinciannya|dengan\s+rincian|merinci)\b",
    matches=("Dirincikan, pada Januari sebanyak 330 orang",),
    rejects=("pada Januari sebanyak 330 orang",),
)
# A sentence that breaks the figure before it down ("rinciannya", "terdiri dari", "mencakup 10.517 situs",
# "diikuti oleh Meta dengan 7.523 konten", "93% dari total"): its figures are parts of that figure and cover its
# period when they state none.
BREAKS_DOWN = pattern(
    r"\b(?:terdiri|(?:di)?(?:pe)?rinci(?:an(?:nya)?|nya|kan)?|me(?:me|mpe)?rinci|mencakup|meliputi|sebaran|diikuti|dari\s+total"
    r"|sebagian\s+besar|sisanya)\b",
    matches=(
        "diikuti oleh Meta dengan 7.523 konten",
        "mencakup 10.517 situs",
        "memerinci bahwa dari 400 WNI",
        "Sebagian besar konten yang diblokir berupa situs web, yakni 10.517 situs",
        "Sisanya tersebar di platform Meta sebanyak 518 konten",
        "Rinciannya, 148 perkara pada 2021",
    ),
    rejects=("Kominfo memblokir 7.523 konten",),
)
DIGIT = pattern(r"\d", 0, matches=("10.517",), rejects=("sepuluh",))
# "2023 kasus" is a count; "2023" alone is a year.
YEAR_LIKE = pattern(r"(19|20)\d{2}", 0, matches=("2023",), rejects=("123",))
# Departures stopped at home: passports withheld, migrant workers stopped at the airport. In Indonesia, whatever
# destination the sentence names; trafficking only where the text frames them as TPPO (cases.stopped_category).
# Migrant workers named as going or working without the procedure ("17 orang PMI ilegal", "2 pekerja migran Indonesia
# nonprosedural ... meninggal dunia di Kamboja", "25 calon pekerja migran Indonesia nonprosedural (CPMI-NP)"): people
# without papers, not a crime named (devset README, Category: `other` unless the paragraph frames them as TPPO).
NONPROCEDURAL_MIGRANTS = pattern(
    r"\b(?:c?pmi|tki|(?:calon\s+)?pekerja\s+migran(?:\s+indonesia)?)\s+(?:\([\w-]{2,8}\)\s+)?"
    r"(?:non[\s-]?prosedural|unprosedural|ilegal|tidak\s+(?:resmi|prosedural))\b|\bc?pmi-np\b",
    matches=(
        "17 orang PMI ilegal",
        "2 pekerja migran Indonesia nonprosedural",
        "30 calon pekerja migran Indonesia (CPMI) non prosedural",
        "sebanyak 25 CPMI-NP",
    ),
    rejects=("pekerja migran Indonesia yang bekerja di Malaysia", "PMI korban TPPO"),
)
DEPARTURE_STOPPED = pattern(
    r"\b(?:gagal|batal)\s+(?:di)?berangkat|"  # "gagal melindungi PMI" is no stopped departure
    # "petugas sudah menahan keberangkatan 50 calon pekerja lainnya"
    r"\b(?:menahan|ditahan)\s+keberangkatan(?:nya)?\b|"
    r"\b(?:menunda|penundaan|ditunda|tunda|menangguhkan|penangguhan|ditangguhkan|tangguhkan|mencegah|pencegahan|"
    r"dicegah|menolak|penolakan|ditolak|menggagalkan|menggagal|digagalkan)\s+(?:[\w.,]+\s+){0,4}?"
    # "menggagalkan pengiriman 123 calon PMI ilegal ... ke Malaysia": the sending (pengiriman) stopped is a departure
    r"(?:paspor|keberangkatan|berangkat|diberangkatkan|pengiriman|pmi|cpmi|tki)(?:nya)?\b|"
    # the other order: "613 PMI yang akan berangkat ke berbagai negara berhasil ditunda"
    r"\b(?:berangkat|keberangkatan(?:nya)?)\s+(?:[\w.,]+\s+){0,6}?(?:berhasil\s+)?"
    r"(?:ditunda|ditangguhkan|dicegah|ditolak|digagalkan)\b|"
    # "123 calon PMI diselamatkan sebelum sempat diberangkatkan": rescued before they left
    r"\bsebelum\s+(?:sempat\s+)?(?:di)?berangkat(?:kan)?\b|"
    # "7.701 calon pekerja migran Indonesia yang bisa kita cegah"
    r"\b(?:bisa|dapat|berhasil)\s+(?:kita\s+|kami\s+)?(?:di)?cegah\b|"
    # "mengamankan delapan CPMI di Terminal 2", "dua calon pekerja migran lain diamankan": would-be migrant workers
    # (not yet gone: "calon") held by officers were stopped before they left
    r"\b(?:mengamankan|diamankan|dicegah|mencegah|menahan)\s+(?:(?!tersangka|pelaku|perekrut|penyalur|calo\b)[\w.,]+\s+){0,3}?(?:cpmi|calon\s+(?:pmi|tki|pekerja))\b|"
    r"\b(?:cpmi|calon\s+(?:pmi|tki|pekerja(?:\s+migran)?(?:\s+indonesia)?))\s+(?:\([\w\s]+\)\s+)?"
    r"(?:[\w.,]+\s+){0,3}?(?:berhasil\s+)?(?:diamankan|dicegah)\b|"
    # "menemukan 20 WNI dan 9 WN Bangladesh yang akan diberangkatkan tanpa dokumen resmi": people found about to be
    # sent abroad without papers were stopped before they left
    r"\b(?:akan|hendak)\s+diberangkatkan\s+(?:[\w.,]+\s+){0,4}?(?:tanpa\s+dokumen|secara\s+(?:non-?\s?prosedural|ilegal))\b",
    matches=(
        "menemukan 20 WNI yang akan diberangkatkan tanpa dokumen resmi",
        "yang hendak diberangkatkan ke Malaysia secara nonprosedural",
        "petugas mengamankan delapan CPMI di Terminal 2",
        "dua CPMI lain diamankan di Terminal 2",
        "Polres Sanggau menahan 18 calon PMI lain beserta terduga pengurusnya",
        "14 calon pekerja migran Indonesia (CPMI) nonprosedural berhasil diamankan",
        "7.701 calon pekerja migran Indonesia yang bisa kita cegah",
        "123 calon PMI diselamatkan sebelum sempat diberangkatkan",
        "Imigrasi menunda penerbitan paspor 1.200 pemohon",
        "613 PMI yang akan berangkat ke berbagai negara berhasil ditunda",
        "120 orang dicegah keberangkatannya",
        "sudah 153 WNI yang batal berangkat",
        "Satgas menggagalkan pengiriman 40 pekerja migran ke Malaysia",
        "petugas sudah menahan keberangkatan 50 calon pekerja lainnya",
    ),
    rejects=(
        "pemerintah gagal melindungi PMI",
        "perusahaan menahan paspor mereka",
        "polisi mengamankan tiga tersangka perekrut calon pekerja",
        "500 PMI yang akan diberangkatkan ke Korea Selatan bulan depan",
    ),
)

# ------------------------------------------------------------------------------------------- what is blocked

# "2,1 juta situs", "573 akun": the noun after a figure -> the object type of a blocked figure.
BLOCK_OBJECTS = {
    "situs": "site",
    "website": "site",
    "web": "site",
    "laman": "site",
    "domain": "site",
    "url": "page",  # a URL addresses one page ("penurunan 487 URL"; dev gold: every URL figure is a page)
    "tautan": "content",
    "link": "content",
    "konten": "content",
    "video": "content",
    "unggahan": "content",
    "postingan": "content",
    "halaman": "page",
    "akun": "account",
    "rekening": "bank_account",
    "e-wallet": "e_wallet",
    "ewallet": "e_wallet",
    "dompet": "e_wallet",
    "kata": "keyword",
    "keyword": "keyword",
    "aplikasi": "other",
    "grup": "other",
    "kanal": "other",
    "channel": "other",
    "nomor": "other",
    "ip": "other",
    "entitas": "other",
    "sisipan": "page",
    "pinjol": "other",
    "pinpri": "other",
    "iklan": "content",
    "pinjaman": "other",  # "memblokir 585 pinjaman online (pinjol) ilegal": lenders, as "pinjol"
    # "terdiri atas 1.812 investasi ilegal, 11.166 pinjol ilegal, dan 251 gadai ilegal": illegal entities, as "pinjol"
    "investasi": "other",
    "gadai": "other",
    "penawaran": "other",
    "kartu": "other",  # "257 rekening bank dan 296 kartu ATM ... telah diblokir": cards blocked  # "menghentikan 69 penawaran investasi ilegal": illegal offers stopped, as "layanan"
    "layanan": "other",  # "pihaknya menutup 302 layanan" (illegal lending services and offers; session 21)
    "berkas": "content",  # "16.165 berkas di layanan berbagi file" (not "berkas perkara": blocked.case_files)
}
# "Sebagian besar konten tersebut, sekitar 1,93 juta, berasal dari situs": a blocked object named again with a
# demonstrative before the figure; the sentence goes on about the blocked figure told before (blocked.continues_blocked).
OBJECT_REFERRED = pattern(
    r"\b("
    + "|".join(sorted((re.escape(k) for k in BLOCK_OBJECTS if k != "kata"), key=len, reverse=True))
    + r")(?:-\1)?(?:\s+(?:judi|judol|perjudian)(?:\s+(?:online|daring))?)?\s+(?:tersebut|itu)\b",
    matches=("Sebagian besar konten tersebut, sekitar", "Dari situs-situs itu, "),
    rejects=("konten judi online sebanyak", "Kata itu"),
)
# A figure at most three words before a phrase ("352.572 berada di situs web"): the phrase is that figure's place.
FIGURE_JUST_BEFORE = pattern(
    r"\d[\d.,]*(?:\s+(?:ribu|juta|miliar))?(?:\s+[^\s\d]+){0,3}\s*$",
    0,
    matches=("Rinciannya, 352.572 berada di ",),
    rejects=("berasal dari ",),
)
# "537 merupakan entitas pinjol", "352.572 berada di situs web": a copula or a verb of place between a figure and
# the noun it counts; the figure counts the noun after it.
COPULAS = {"merupakan", "adalah", "ialah", "berada"}
# "57 terduga tersangka", "12 terduga pelaku": an alleged suspect is counted as the noun after the hedge.
HEDGES = {"terduga"}
# Sites and contents are cut off by the communications ministry the story names, if it names one.
ONLINE_CONTENT = {"site", "content", "page", "keyword"}
COMMS_MINISTRIES = {"KOMINFO", "KOMDIGI"}
# "555 akun dompet elektronik", "573 akun uang elektronik (e-wallet)": two nouns name the object more exactly.
OBJECT_REFINED = {
    ("akun", "dompet"): "e_wallet",
    ("akun", "uang"): "e_wallet",
    ("akun", "e-wallet"): "e_wallet",
    ("akun", "ewallet"): "e_wallet",
    ("akun", "rekening"): "bank_account",
    ("nomor", "rekening"): "bank_account",
    ("nomor", "telepon"): "other",
    ("nomor", "ponsel"): "other",
}
# "171.420 konten berupa situs": the object named after "berupa".
BERUPA = pattern(
    r"^\S+\s+\S+\s+(?:berupa|yakni|yaitu)\s+(\S+)",
    matches=("171.420 konten berupa situs judi",),
    rejects=("171.420 konten judi online",),
)
# "1.500 situs yang disisipi konten judi": gambling pages slipped into school or government sites.
SLIPPED_IN = pattern(
    r"\b(?:disisipkan|disisipi|sisipan|menumpang|menyusup|disusupi|disusupkan|terdampak)\b",
    matches=(
        "1.500 situs pendidikan yang disisipi konten judi",
        "3.908 URL di domain pemerintah terdampak konten judi daring",
    ),
    rejects=("1.500 situs judi online",),
)
BLOCK_VERBS = pattern(
    starting_with(  # searched in every sentence with a figure: skip a letter no alternative starts with
        "bdhmprst",
        r"(?:blokir|pemblokiran|pemutusan\s+akses|memutus\s+akses|diputus|take\s*-?\s*down|takedown|menutup|ditutup|"
        r"penutupan|menurunkan|diturunkan|penurunan\s+konten|menonaktifkan|dinonaktifkan|penonaktifan|membekukan|"
        r"dibekukan|pembekuan|men-take|suspend|block(?:ed|ing)?|menghentikan|dihentikan|penghentian|menghapus|"
        r"dihapus|penghapusan|menonaktifkan|ditangguhkan|menangguhkan|removed?|hapus|menangani|ditangani|tangani|"
        r"penanganan\s+terhadap|penindakan\s+terhadap|bekukan|menindak(?!lanjut)|ditindak(?!lanjut)|"
        r"dibersihkan|membersihkan|"
        # "mengeksekusi penurunan 487 URL": a takedown of a counted object (not "penurunan 20 persen")
        r"penurunan(?=\s+(?:sebanyak\s+)?\d[\d.,]*(?:\s+(?:ribu|juta))?\s+(?:url|konten|situs|akun|tautan|link|video|unggahan|halaman)\b))",
    ),
    matches=(
        "Kominfo telah memblokir 2,1 juta situs",
        "melakukan pemutusan akses 886.719 konten",
        "situs judi yang menyusup ke laman sekolah telah dibersihkan",
        "SAMAN sudah mengeksekusi penurunan 487 URL",
    ),
    rejects=("Kominfo menemukan 2,1 juta situs", "terjadi penurunan 20 persen"),
)
# "PPATK membekukan 1.200 rekening, sedangkan 700 rekening lainnya masih dianalisis": a contrast opens a clause of
# its own, so a figure after it needs a blocking verb of its own.
CONTRAST = pattern(
    r"(?:[,;]\s*(?:sementara|namun|tetapi|tapi|adapun|padahal)|\bsedangkan)\b",  # not "menghentikan sementara"
    matches=(" rekening, sedangkan ", " situs, sementara "),
    rejects=(" rekening dan ", " menghentikan sementara transaksi pada "),
)
# A verb between the blocking verb and the figure that says the figure was only found or reported:
# "Selain menutup situs, Komdigi juga melaporkan 23.604 rekening kepada PPATK".
NOT_BLOCKED_VERBS = pattern(
    r"\b(?:melaporkan|dilaporkan|menemukan|ditemukan|mendeteksi|terdeteksi|mengidentifikasi|teridentifikasi|"
    r"mencatat|menerima|diterima|menyita|disita|sitaan)\b|"
    # "Pemblokiran itu tindak lanjut atas laporan masyarakat terhadap 90.377 rekening": what was reported
    r"\blaporan\s+(?:\w+\s+){0,2}?(?:terhadap|atas|tentang|mengenai)\s+$",
    matches=(
        "juga melaporkan 23.604 rekening kepada PPATK",
        "Penyidik menyita 58 rekening",
        " tindak lanjut atas laporan masyarakat terhadap ",
    ),
    rejects=("juga memblokir 23.604 rekening", "berdasarkan laporan masyarakat, Kominfo memblokir "),
)
# "PPATK sudah membuka kembali blokir lebih dari 30 juta rekening", "rekening yang dibuka blokirnya": the words
# before a blocking verb that undo it; that verb blocks nothing.
UNBLOCKING_BEFORE = pattern(
    r"\b(?:membuka|dibuka|buka|pembukaan|mencabut|dicabut|pencabutan|melepas|dilepas)\s+(?:kembali\s+)?$",
    matches=("PPATK sudah membuka kembali ", "melakukan pembukaan "),
    rejects=("PPATK sudah ", "Kominfo kembali "),
)
# "Polri juga mengajukan pemblokiran terhadap 76.722 situs", "Kami juga memblokir ...": a blocking told as one more
# step of the same report ("juga" in the figure's clause before it).
ALSO_BEFORE = pattern(
    r"\bjuga\b[^,;:.]*$",
    matches=(
        "Polri juga mengajukan pemblokiran terhadap ",
        '"Kami juga mengajukan permintaan pemblokiran situs ',
    ),
    rejects=("Polri mengajukan pemblokiran terhadap ", "Polri juga hadir, lalu memblokir "),
)
# "ada 329 rekening, 202 rekening sudah kita blokir": a figure after a comma before the verb takes the verb.
LATER_FIGURE = pattern(
    r"(?<!\d)[,;]\s*(?:\w+\s+){0,3}?\d",
    0,
    matches=(" rekening, 202 rekening sudah kita ",),
    rejects=(" rekening dan ", " rekening (28,72 persen) sudah "),  # a decimal comma is no clause break
)
CONJUNCTION = pattern(
    r"\b(?:dan|serta|maupun|atau)\b", 0, matches=(" situs dan 300 ribu akun telah ",), rejects=(" situs, ",)
)
# A bare figure closing an item of a list that continues a blocked figure: "di Meta 106 ribu, Google 41 ribu".
LIST_ITEM = pattern(
    r"^[\d.,]*\d(?:\s+(?:ribu|rb|juta|jt|miliar))?\s*(?:,(?!\d)|\.(?!\d)|;|$|\s+dan\b)",
    matches=("106 ribu, Google 41 ribu", "84.484."),
    rejects=("106 ribu konten", "10.000 sampel situs"),  # not the "10." of a dotted figure
)
# A sentence that itemises a blocked total ("yakni sebanyak 1.248.405 konten", "Serta 2.032 konten dari Google").
ITEMISING = pattern(
    r"\b(?:yakni|yaitu|sisanya|terdiri|(?:di)?rinci(?:an|nya|kan)?|merinci|antara\s+lain|meliputi|serta|berupa)\b",
    matches=("yakni sebanyak 1.248.405 konten", "Serta 2.032 konten dari Google"),
    rejects=("Kominfo memblokir 2.032 konten",),
)

# ------------------------------------------------------------------------------------------- blocked: continuations
# (issue #19) Figures that go on about a blocked total without a blocking verb of their own.

# A line of a bulleted or numbered list ("- 19.752 konten di platform Meta", "1. BCA: 517 rekening").
LIST_LINE = pattern(
    r"^\s*(?:[-\u2013\u2022*\u00b7]|\d{1,2}[.)])\s",
    0,
    matches=("- 442.165 situs web dan alamat IP", "2) BRI: 126 rekening"),
    rejects=("442.165 situs web", "2023 situs"),
)
# What stops a figure from being a part or a later value of a blocked series: it was only found, flagged,
# reported to someone, seized, or explicitly spared ("agar tidak ikut diblokir").
NOT_BLOCKED_PART = pattern(
    r"\b(?:menemukan|ditemukan|temuan|mendeteksi|terdeteksi|mengidentifikasi|teridentifikasi|terindikasi|"
    r"menyita|disita|sitaan|dibiarkan|membiarkan|lolos|dijaga|dibina|dilindungi|"
    r"(?:tetap|masih|yang)\s+(?:bisa\s+|dapat\s+)?(?:diakses|aktif|beroperasi)|"
    r"(?:masih|sedang)\s+(?:dalam\s+)?(?:proses\s+)?(?:di)?(?:analisis|periksa|telusuri|dalami|proses|verifikasi|"
    r"selidiki|blokir|nonaktifkan|tutup|turunkan)|"
    r"(?:tidak|tak|belum|bukan)\s+(?:ikut\s+)?(?:di|ter)?(?:blokir|tutup|turunkan|putus))\b|"
    r"\b(?:melaporkan|dilaporkan)\s+(?:[\w.,]+\s+){0,4}?(?:kepada|ke)\b",
    matches=(
        "1.000 situs dijaga agar tidak ikut diblokir",
        "25.000 rekening yang terindikasi",
        "dilaporkan ke atasan",
        "1.000 situs judi online yang disebut dibiarkan beroperasi",
        'Sisanya, 1.000 situs, justru "dibina" alias dijaga agar tetap bisa diakses.',
        "masih ada 2.000 situs judi yang aktif",
        "700 rekening lainnya masih dianalisis",
        "Masih ada 412 URL yang sedang dalam proses dinonaktifkan",
    ),
    rejects=("Telegram mencatat 880 konten", "OJK masih melaporkan 17.026 rekening."),
)
# A follower count ("@awcogans yang diikuti 430 ribu akun", "dengan 87.000 pengikut"): searched in the figure's own
# words and before it only, since "45 akun milik pemengaruh dengan 87.000 pengikut" still counts 45 accounts.
FOLLOWERS = pattern(
    r"\b(?:pengikut|followers|subscribers?|pelanggan\s+kanal|diikuti\s+[\d.,]+\s)",
    matches=("@awcogans yang diikuti 430 ribu akun", "akun dengan 87.000 pengikut"),
    rejects=("45 akun milik pemengaruh dengan ",),
)
# "masing-masing dengan 21.200 dan 32.700 pengikut": the first of two joined figures whose noun is after the second.
JOINED_FIGURE = pattern(
    r"^[\d.,]*\d(?:\s+(?:ribu|juta))?\s+(?:dan|atau|hingga|sampai|-)\s+[\d.,]*\d(?:\s+(?:ribu|juta))?\s+",
    matches=("21.200 dan 32.700 pengikut", "428 ribu dan 357 ribu pengikut"),
    rejects=("21.200 akun dan 32.700 pengikut",),
)
# A blocking verb after the figure that is negated or only reported: "1.000 situs dijaga agar tidak ikut
# diblokir", "4.000 situs lain dilaporkan ke atasan untuk diblokir".
SPARED_BEFORE_VERB = pattern(
    r"\b(?:tidak|tak|belum|bukan|jangan)\s+(?:ikut\s+|sampai\s+|akan\s+)?\S*$|"
    r"\b(?:dilaporkan|melaporkan|ditemukan|terindikasi|dijaga|dilindungi)\b|"
    r"\bdalam\s+proses\s+$|\b(?:sedang|masih)\s+(?:di)?proses\s+$",
    matches=(
        " situs dijaga agar tidak ikut ",
        " situs lain dilaporkan ke atasan untuk ",
        " URL yang sedang dalam proses ",
    ),
    rejects=(" situs judi online telah ", " situs ataupun konten telah diajukan untuk "),
)
# "821 permohonan pemblokiran rekening", "mengajukan 401 pemblokiran": a request to block, counted as blocked
# (agency = the requester); the object is named after it when it is.
REQUEST_NOUNS = {"permohonan", "pengajuan", "usulan", "permintaan", "pemblokiran", "blokir"}
REQUEST_OBJECT = pattern(
    r"^\S+(?:\s+(?:ribu|juta))?\s+(?:(?:permohonan|pengajuan|usulan|permintaan)\s+)?(?:pemblokiran|blokir)"
    r"(?:\s+(?:terhadap|atas))?(?:\s+(\w+))?",
    re.I,
    matches=("821 permohonan pemblokiran rekening bank", "401 pemblokiran,"),
    rejects=("821 rekening bank",),
)
# "Dari 504 akun itu, 431 tercatat sebagai pengguna PJP": a figure named again to count within it (its words after it
# end in "itu" / "tersebut"), no count of its own: `RESTATED_AFTER` on the words from the figure, `RESTATED_BEFORE`
# on the words before it in its sentence.
RESTATED_BEFORE = pattern(r"\bdari\s+$", matches=('"Dari ',), rejects=("memblokir ",))
RESTATED_AFTER = pattern(
    r"^[\d.,]+(?:\s+(?:ribu|juta))?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:itu|tersebut)\b",
    matches=("504 akun itu, 431 tercatat", "5.000 rekening judi tersebut"),
    rejects=("504 akun yang terindikasi", "504 akun. Itu"),
)
# "penyidik menemukan 16 situs yang turut diajukan pemblokirannya": a figure requested to be blocked, by the body that
# requested the blocking before it (not the ministry asked to block it).
REQUESTED = pattern(
    r"\b(?:di|meng)?ajukan\s+(?:untuk\s+)?(?:pemblokiran|blokir|diblokir)|\bpermohonan\s+(?:pemblokiran|blokir)",
    matches=(
        "16 situs yang turut diajukan pemblokirannya",
        "ajukan blokir ke Kominfo",
        "diajukan untuk diblokir",
    ),
    rejects=("Kominfo memblokir 16 situs", "mengajukan diri"),
)
# "sebanyak 3.908 URL ... terdampak konten judi daring. URL itu milik 678 instansi, dan BSSN sudah menyurati Komdigi agar
# memblokirnya": the next sentence asks a body to block what the figure counts (blocked: a request, of the asker).
# "Nomor-nomor itu telah diajukan untuk diblokir kepada Komdigi": the things counted before, asked to be blocked,
# the asker unsaid (the subject of the sentence before; blocked.requested_passively_next).
REQUESTED_PASSIVELY = pattern(
    r"^\W*[\w-]+(?:\s+[\w-]+)?\s+(?:itu|tersebut)\s+(?:(?:telah|sudah|juga|pun)\s+)*(?:diajukan|dimintakan|diusulkan)"
    r"\s+(?:untuk\s+)?(?:diblokir|pemblokirannya|pemblokiran|ditutup|diturunkan|dinonaktifkan|di-take\s*down)\b"
    # "Untuk rekening-rekening tersebut, satgas mengajukan pemblokiran kepada ...": the asker is the sentence's own
    r"|^\W*(?:untuk|atas|terhadap)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:itu|tersebut),?\s+(?:[\w-]+\s+){1,3}?"
    r"(?:(?:telah|sudah|juga|lalu|kemudian)\s+)*mengajukan\s+(?:permohonan\s+)?pemblokiran\b",
    matches=(
        "Nomor-nomor itu telah diajukan untuk diblokir kepada Kementerian Komunikasi dan Digital.",
        "Rekening tersebut sudah diusulkan pemblokirannya ke OJK.",
        "Untuk rekening-rekening tersebut, satgas mengajukan pemblokiran kepada OJK.",
    ),
    rejects=("Nomor-nomor itu milik penagih utang.", "Laporan itu diajukan ke polisi."),
)
REQUESTED_NEXT = pattern(
    r"\b(?:menyurati|meminta|mendesak|mengirim\s+surat\s+(?:ke|kepada))\s+(?:[\w-]+\s+){0,4}?(?:agar|untuk|supaya)"
    r"\s+(?:segera\s+)?(?:(?:mem|di)?blokir|(?:men|di)?tutup|menutup|(?:me|di)nurunkan|menurunkan|"
    r"(?:me|di)nonaktifkan|take\s*down)(?:nya)?\b|"
    # "Satgas PASTI kemudian mengajukan pemblokiran nomor-nomor itu kepada Kominfo" (session 21)
    r"\bmengajukan\s+(?:permohonan\s+)?pemblokiran\s+(?:terhadap\s+)?[\w-]+\s+(?:itu|tersebut)\b",
    matches=(
        "URL itu milik 678 instansi, dan BSSN sudah menyurati Komdigi agar memblokirnya.",
        "Polda meminta Kominfo untuk segera menutupnya.",
        "Satgas PASTI kemudian mengajukan pemblokiran nomor-nomor itu kepada Kominfo.",
    ),
    rejects=(
        "BSSN menyurati Komdigi soal temuan itu.",
        "Kominfo memblokir situs itu.",
        "Polda mengajukan pemblokiran 72 situs.",
    ),
)
# "Semuanya sudah kami bekukan": the next sentence blocks all of the figure before ("PPATK mengidentifikasi 312
# rekening ... 'Semuanya sudah kami bekukan'").
ALL_OF_THEM_BLOCKED = pattern(
    r"^\W*(?:(?:semua|seluruh|kesemua)(?:nya)?|(?:konten|situs|rekening|akun|laman)(?:-\w+)?\s+(?:itu|tersebut))"
    r"\b(?:\s+(?!(?:tidak|tak|belum|bukan)\b)[\w-]+){0,3}?\s+(?!(?:tidak|tak|belum|bukan)\b)\w*"
    r"(?:blokir|bekukan|tutup|putus|take\s*down|hapus|nonaktifkan|turunkan)",
    matches=(
        '"Semuanya sudah kami bekukan," kata Ivan.',
        "Seluruhnya kami bekukan pada Februari.",
        "Konten-konten itu kini sudah diturunkan.",
    ),
    rejects=("Semua pihak diminta melapor.", "Rekening-rekening itu belum diblokir."),
)
# The words of a sentence that goes on with the parts or the earlier values of a blocked figure: "Berikutnya ada
# 16.304 konten", "media sosial menyumbang 170.438 konten", "Angka itu kembali bertambah menjadi 80.305 konten".
PART_CUES = pattern(
    r"\b(?:berikut(?:nya)?|selanjutnya|kemudian|disusul|diikuti|menyusul|menyumbang|sisanya|sedangkan|sementara|"
    r"lalu|serta|ditempati|posisi|platform|angka(?:nya)?|jumlah(?:nya)?|menjadi|naik|turun|bertambah|melonjak|"
    r"lonjakan|kenaikan|puncak(?:nya)?|tertinggi|"
    r"meningkat|mencapai|masih|baru|sebelumnya|hanya|ikut|di\s+antaranya|(?:di)?rinci(?:an)?(?:nya|kan)?|yakni|yaitu|"
    r"terdiri|mencakup|meliputi|termasuk|tersebar)\b",
    matches=(
        "Berikutnya ada 16.304 konten",
        "Angka itu kembali bertambah menjadi 80.305 konten",
        "Lonjakan terbesar terjadi pada 2023 dengan 999.537 konten",
        "Rinciannya: BCA",
    ),
    rejects=("Di Indonesia ada 10.000 situs judi",),
)
# The verbs that surely block (not "menangani", "menghentikan"): a sentence after one of them that counts a
# blocked object goes on about it ("Kami sudah melakukan pemblokiran terkait keyword. ... 1.361 kata kunci").
STRONG_BLOCK_VERBS = pattern(
    starting_with(
        "bmpt", r"(?:blokir|pemutusan\s+akses|memutus\s+akses|take\s*-?\s*down|takedown|bekukan|pembekuan)"
    ),
    matches=("Kami sudah melakukan pemblokiran terkait keyword.",),
    rejects=("Polri menangani 20 kasus.",),
)
# A blocked total reported as it stands at a day or month ("Pada konferensi pers 8 Juli 2025, OJK masih melaporkan
# 17.026 rekening", "data per Maret 2025, angkanya baru 14.117 rekening"): cumulative, so its start is unknown.
AS_OF = pattern(
    r"\b(?:telah|sudah|masih|baru|per|hingga|sampai)\b",
    matches=("OJK masih melaporkan 17.026 rekening", "data per Maret 2025"),
    rejects=("Pada Rabu, Kominfo memblokir 500 situs",),
)
# "setiap hari petugas memutus akses 1.500 hingga 2.000 situs serta puluhan aplikasi": a daily rate before the figure
# in its clause, not a count of items blocked.
RATE_BEFORE = pattern(
    r"\b(?:setiap|tiap|per)\s+(?:hari|minggu|pekan|jam)\b",
    matches=("setiap hari petugas memutus akses 1.500 hingga 2.000 situs serta ",),
    rejects=("sejak Juli 2018 hingga hari ini, Kominfo memblokir ",),
)
# "Kementerian juga meminta Bank Indonesia menutup 555 akun": the body asked to block is the addressee, not the
# agency of the figure (the requester is).
ASKED_BEFORE = pattern(
    r"\b(?:meminta|memerintahkan|mendesak|menginstruksikan|menyurati)\s+(?:kepada\s+)?$",
    matches=("Kementerian juga meminta ", "Komdigi mendesak "),
    rejects=("Kementerian juga memblokir ",),
)
# "mengajukan 14.478 rekening kepada Otoritas Jasa Keuangan (OJK) dan Bank Indonesia (BI) untuk diblokir": the
# bodies after the first addressee are addressed too.
ADDRESSEE_LIST_BEFORE = pattern(
    r"\b(?:kepada|ke)\s+[A-Z][^.;,\"]{0,80}?\s(?:dan|serta|maupun)\s+(?:kepada\s+)?$",
    0,
    matches=("nomor rekening kepada Otoritas Jasa Keuangan (OJK) dan ",),
    rejects=("Komdigi bersama OJK dan ", "kepada wartawan, OJK dan "),
)
# "..., tutur Budi Arie, sebagaimana dikutip dari laman Sekretariat Kabinet (Setkab)": the source quoted, not the body
# that blocked.
CITED_BEFORE = pattern(
    r"\b(?:dikutip\s+dari|mengutip|menukil|dinukil\s+dari|dilansir\s+dari|melansir|bersumber\s+dari|"
    r"merujuk|berdasarkan\s+data)\s+(?:(?:laman|situs|akun|kanal|unggahan|siaran\s+pers|keterangan)\s+)?"
    r"(?:resmi\s+)?$|"
    # "22.933 nomor telepon yang masuk melalui kanal Indonesia Anti-Scam Centre (IASC)": the channel the items
    # came in through, not the body that blocked them
    r"\b(?:melalui|lewat|via)\s+(?:kanal|laman|layanan|portal|aplikasi)\s+$",
    matches=("sebagaimana dikutip dari laman ", "menukil laman resmi ", "yang masuk melalui kanal "),
    rejects=("dikutip dari laman resmi pada Jumat, ",),
)
# "Menurut OJK, Satgas PASTI memblokir ...": the body after "menurut" is the source of the statement.
SOURCE_BEFORE = pattern(
    r"\bmenurut\s+(?:data\s+|catatan\s+|laporan\s+)?$",
    matches=("Menurut ", "menurut data "),
    rejects=("memblokir ",),
)
# "Otoritas Jasa Keuangan (OJK) melaporkan Satuan Tugas ... (Satgas PASTI) telah menghentikan 1.641 entitas": between
# a body and the next one, a reporting verb: the first body only reports what the second did (session 21).
REPORTS_ANOTHER_BETWEEN = pattern(
    r"^[^.;,\"]{0,80}?\s(?:melaporkan|menyebut(?:kan)?|mengungkapkan|menyatakan|mengumumkan|mencatat)"
    r"\s+(?:bahwa\s+)?$",
    matches=("Otoritas Jasa Keuangan (OJK) melaporkan ", "OJK menyebutkan bahwa "),
    rejects=("OJK bersama ", "OJK meminta ", "OJK, kata Hudiyanto, melaporkan "),
)
# "18 lainnya investasi ilegal", "173 di antaranya entitas pinjol ilegal": a part of the blocked total before, the
# object named after the partitive word (session 21).
PARTITIVE_NOUN_AFTER = pattern(
    r"^[\d.,]+\s+(?:lainnya|sisanya|di\s+antaranya)\s+(?:(?:adalah|merupakan|berupa)\s+)?(?P<noun>[\w-]+)",
    matches=(
        "18 lainnya investasi ilegal",
        "28 sisanya berupa konten penawaran",
        "173 di antaranya entitas pinjol",
        "129 lainnya konten penawaran",
    ),
    rejects=("18 orang lainnya", "173 entitas di antaranya"),
)
# "537 merupakan entitas pinjol ilegal yang beroperasi di situs web": where a blocked part operated, not one left
# running (NOT_BLOCKED_PART's "yang beroperasi"; session 21).
OPERATED_AT = pattern(
    r"\byang\s+beroperasi\s+(?:di|lewat|melalui|via)\b",
    matches=("entitas pinjol ilegal yang beroperasi di situs web", "yang beroperasi lewat aplikasi"),
    rejects=("situs yang beroperasi", "yang masih beroperasi"),
)
# The finding verbs of NOT_BLOCKED_PART: a figure only found is blocked when the next sentence asks for its
# blocking ("satgas menemukan 362 nomor telepon ... Satgas PASTI kemudian mengajukan pemblokiran nomor-nomor itu").
FOUND_WORDS = pattern(
    r"\b(?:menemukan|ditemukan|temuan|mendeteksi|terdeteksi|mengidentifikasi|teridentifikasi|terindikasi)\b",
    matches=("satgas menemukan 362 nomor",),
    rejects=("belum diblokir",),
)
# "Dalam sebulan pertama pemerintahan Presiden Prabowo Subianto, ... kementerian itu memblokir 325.385 konten": a
# head of state or government named only to date the figure (a term of office), not the body that acted (session 21).
TERM_OF_OFFICE_BEFORE = pattern(
    r"\b(?:pemerintahan|era|rezim|kabinet|masa\s+(?:jabatan|kepemimpinan|pemerintahan|bakti))\s+"
    r"(?:(?:Presiden|Wakil\s+Presiden|Wapres|Perdana\s+Menteri|PM|Menteri|Gubernur)\s+)?$",
    matches=("sebulan pertama pemerintahan ", "di era ", "pada masa jabatan ", "pemerintahan Presiden "),
    rejects=("kata ", "pemerintah "),
)
# "- 26 situs pada Juni", "28 situs pada Mei": a month written right after the figure's noun dates that figure,
# not the one before it in a monthly list (session 21).
MONTH_RIGHT_AFTER = pattern(
    r"^,?\s*(?:[a-z/-]+\s+){0,2}?pada\s+(?:bulan\s+)?[A-Z]",
    0,
    matches=(" pada Mei", ", diajukan pada Juli", " pada bulan Mei"),
    rejects=(" dan 6 situs pada April", ", lalu 28 situs pada Mei", " sejak Mei"),
)
# "Satgas juga menutup ribuan situs", "Kementerian juga meminta ...": a sentence whose subject is a bare head noun
# of a body named before.
BARE_HEAD_SUBJECT = pattern(
    r"^\W*(?P<head>Satgas|Kementerian|Kementrian|Direktorat|Badan|Lembaga|Kepolisian|Kedutaan|Otoritas)"
    r"\s+(?:(?:juga|pun|kemudian|lalu|telah|sudah|kembali|turut|ikut|itu|tersebut)\s+)+",
    0,
    matches=("Satgas juga menutup ribuan situs", "Kementerian juga meminta Bank Indonesia"),
    rejects=("Kementerian Komunikasi dan Digital juga memblokir", "Satgas Judi Online menutup"),
)
# "Otoritas Jasa Keuangan (OJK) mencatat jumlah rekening yang diblokir ...": an agency as the subject of a reporting
# or blocking verb, the body that states the passive blocked figures after it ("rekening yang sudah diblokir
# mencapai 26.658 rekening").
REPORTING_AFTER = pattern(
    r"^(?:(?!\b(?:tidak|tak|belum|bukan)\b)[\w\s()&'-]){0,70}?\s(?:(?:telah|sudah|juga|kembali|terus|pun|kini|masih)\s+){0,2}"
    r"(?:mencatat|mengungkapkan|mengungkap|menyebut(?:kan)?|melaporkan|menyampaikan|mengklaim|merilis|memaparkan|"
    r"memblokir|membekukan|menutup|memutus|menurunkan|menangani|mengajukan|menghentikan)\b",
    matches=(
        "Otoritas Jasa Keuangan (OJK) mencatat jumlah rekening",
        "Kominfo telah memblokir 2,1 juta situs",
    ),
    rejects=(
        "OJK) dan Bank Indonesia (BI) untuk diblokir.",
        "IASC) mulai beroperasi. Dalam periode itu",
        "OJK tidak bekerja memblokir dan menangani ini",  # a body named in a negated (conditional) clause
    ),
)
# "Setahun kemudian jumlahnya turun menjadi 78.306": the value of the next year of a series.
YEAR_LATER = pattern(
    r"\b(?:(?:setahun|satu\s+tahun)\s+(?:kemudian|berikutnya|setelahnya)|(?:pada\s+)?tahun\s+berikutnya)\b",
    matches=("Setahun kemudian jumlahnya turun menjadi ", "Pada tahun berikutnya, angkanya "),
    rejects=("Setahun terakhir, Kominfo memblokir ",),
)
# "satu hingga tiga rekening": the word before the upper end of a range.
RANGE_WORDS = {"hingga", "sampai", "s.d.", "-", "\u2013"}
# "situs dan alamat IP", "laman dan alamat IP": contents that are sites ("berasal dari situs dan alamat IP, yaitu
# 213.336 konten").
SITES_AND_IPS = pattern(
    r"\b(?:situs|laman|website|web)(?:\s+web)?\s+(?:dan|atau|maupun|serta|&)\s+(?:alamat\s+)?IP\b",
    matches=("berasal dari situs dan alamat IP, yaitu", "1.932.131 dari situs atau alamat IP"),
    rejects=("konten di media sosial",),
)
# What may stand between "situs dan alamat IP" and the contents it names: "..., yaitu 213.336 konten".
APPOSITION_GAP = pattern(
    r"^[\s,:]*(?:yaitu|yakni|sebanyak|sejumlah|mencapai|ada)?\s*$",
    matches=(", yaitu ", ", yakni "),
    rejects=(", sedangkan ",),
)
# "2,46 juta situs dan konten judol": a total of sites and contents is contents.
SITES_AND_CONTENTS = pattern(
    r"^\S+(?:\s+(?:ribu|juta|miliar))?\s+(?:situs|laman|website)\s+(?:dan|atau|ataupun|maupun|serta)\s+konten\b",
    matches=("52.151 situs dan konten terkait", "2,4 juta situs dan konten judi"),
    rejects=("52.151 situs judi",),
)

# ------------------------------------------------------------------------------------------- category

# Each pattern opens with a lookahead on the letters its matches start with (text.starting_with): they are searched
# over whole bodies, where trying every alternative at every character is slow.
GAMBLING = pattern(
    starting_with(
        "jpskg",
        r"(?:judi\s*(?:online|daring|slot|bola)|judol|perjudian(?:\s+(?:online|daring))?|slot\s+online|"
        r"kasino\s+online|situs\s+judi|\bjudi\b|gambling)",
    ),
    matches=("2,1 juta konten judi online", "pemberantasan judol"),
    rejects=("penipuan daring",),
)
SCAM = pattern(
    starting_with(
        "osplif",
        r"(?:(?:online\s+)?scam(?:ming)?(?:\s+online)?|penipuan(?:\s+(?:berbasis\s+)?(?:daring|online))?|"
        r"love\s+scam|investasi\s+bodong|\bfraud)",
    ),
    matches=("842 kasus online scam", "korban penipuan daring"),
    rejects=("judi online",),
)
TRAFFICKING = pattern(
    starting_with(
        "tphedk",
        r"(?:\btppo\b|perdagangan\s+(?:orang|manusia)|human\s+trafficking|\btrafficking|eksploitasi|"
        r"\bperekrut\b|"  # acc-cases: "tersangka perekrut" recruit people for trafficking
        # forced work (devset README: trafficking when the text frames the figure as TPPO or forced work)
        r"\bdipaksa\s+(?:untuk\s+)?bekerja\b|\bkerja\s+paksa\b)",
    ),
    matches=(
        "13 korban TPPO",
        "tindak pidana perdagangan orang",
        "120.000 orang di Myanmar dipaksa bekerja dalam operasi penipuan daring",
    ),
    rejects=("perdagangan saham",),
)
CATEGORY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("online_gambling", GAMBLING),
    ("online_scam", SCAM),
    ("trafficking", TRAFFICKING),
]
# "905 kasus perjudian", "tersangka judi": gambling named without saying it is online (attributes._gambling_kind).
BARE_GAMBLING = pattern(
    r"^(?:perjudian|judi)$",
    matches=("perjudian", "Judi"),
    rejects=("judi online", "situs judi", "perjudian daring"),
)
# "14 kasus merupakan judi konvensional seperti togel": gambling that is not online is no online_gambling.
OFFLINE_AFTER = pattern(
    r"^\s*(?:konvensional|darat|offline|luring|manual|tradisional)\b",
    matches=(" konvensional seperti togel", " darat"),
    rejects=(" online", " daring di Kamboja"),
)
# "tersangka perjudian, baik judi online maupun konvensional", "judi daring dan konvensional", "praktik judi, daring
# maupun konvensional": gambling named of both kinds at once (online and offline: `mixed`, as "57 tersangka perjudian"
# of a story of "judi konvensional" and "judi daring").
BOTH_KINDS_AFTER = pattern(
    r"^\s*,?\s*(?:baik\s+)?(?:(?:online|daring)\s+)?(?:dan|maupun|atau|serta)\s+(?:judi\s+|perjudian\s+)?"
    r"(?:konvensional|darat|offline|luring)\b",
    matches=(
        " maupun konvensional",
        " dan konvensional",
        ", daring maupun konvensional",
        ", baik daring maupun luring",
    ),
    rejects=(" konvensional", " dan penipuan", " online di Kamboja"),
)
# "penipuan peluang kerja", "penipuan lowongan pekerjaan": job-offer fraud. It is an online scam only when its
# sentence says it is online (devset README, Category: job-offer fraud; as gambling is online only when said so).
JOB_OFFER_FRAUD = pattern(
    r"\bpenipuan\s+(?:(?:peluang|lowongan|tawaran|rekrutmen)\s+(?:kerja|pekerjaan)|kerja)\b",
    matches=("penipuan peluang kerja mencapai 44 kasus", "penipuan lowongan pekerjaan"),
    rejects=("penipuan daring", "penipuan berkedok investasi"),
)
# "berbasis online scam", "daring", "lewat media sosial": words that make a fraud an online one.
SAID_ONLINE = pattern(
    r"\b(?:online|daring|scam(?:ming)?|siber|media\s+sosial|internet|aplikasi)\b",
    matches=("penipuan lowongan kerja berbasis online scam", "lewat media sosial"),
    rejects=("penipuan peluang kerja mencapai 44 kasus",),
)
# "3.331 kasus kejahatan di ruang siber", "perkara siber", "tindak pidana siber": a tally of cyber crime in general.
CYBER_TALLY = pattern(
    r"(?<!direktorat\s)\b(?:kejahatan|tindak\s+pidana|perkara|kasus)\s+(?:di\s+(?:ruang|dunia)\s+)?siber\b",
    matches=("3.331 kasus kejahatan di ruang siber", "Jumlah perkara siber tersebut"),
    rejects=("Direktorat Tindak Pidana Siber", "penipuan siber"),
)
# "Para pelaku terlibat judi daring dan konvensional": a sentence that opens on those just counted, saying what
# they are (attributes.spans_kinds, for a bare gambling count).
REFERS_BACK_START = pattern(
    r"^\s*(?:mereka|para\s+(?:pelaku|tersangka|bandar)|(?:kasus|perkara)(?:-(?:kasus|perkara))?\s+(?:itu|tersebut))\b",
    matches=(
        "Para pelaku terlibat judi daring dan konvensional",
        "Mereka terlibat judi",
        "Perkara tersebut meliputi",
    ),
    rejects=("Polisi juga menyita", "Dari para bandar judi konvensional"),
)
# "meliputi penipuan, pencemaran nama baik, pornografi, hoaks, ...": the kinds a tally lists (three or more items).
LISTS_KINDS = pattern(
    r"\b(?:meliputi|terdiri\s+(?:dari|atas)|mencakup|antara\s+lain)\s+[^.,;]{2,40}(?:,\s*[^.,;]{2,40}){2,}",
    matches=("meliputi penipuan, pencemaran nama baik, pornografi, hoaks",),
    rejects=("meliputi penipuan dan judi online",),
)
# "markas judi online dan penipuan": a second category joined to the first makes the figure `mixed`.
# (past the crime's acronym in parentheses: "perdagangan orang (TPPO) dan judi online")
CONJ = pattern(
    r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,|dan|serta|maupun|atau|/|&)\s*",
    matches=(" dan penipuan", " (TPPO) dan judi online"),
    rejects=(" di Kamboja", " (TPPO) di Kamboja"),
)

# ------------------------------------------------------------------------------------------- period

# A sentence that refers back to a figure already given ("dari jumlah itu", "pada periode yang sama") takes the
# period of that figure when it states none itself.
ANAPHORA = pattern(
    r"\b(?:(?:periode|tahun|kurun(?:\s+waktu)?|waktu|masa|rentang(?:\s+waktu)?|bulan)\s+yang\s+sama"
    r"|(?:periode|kurun\s+waktu|rentang\s+waktu|masa)\s+(?:tersebut|itu)|sisanya"
    r"|dari\s+(?:jumlah|angka|total)\s+(?:itu|tersebut|ini)|di\s+antaranya|dari\s+[\d.,]+\s+\w+\s+(?:itu|tersebut))\b",
    matches=("Dari jumlah itu, 312 orang", "pada periode yang sama"),
    rejects=("pada periode 2023",),
)
# The cues of ANAPHORA that refer to a period ("periode yang sama", "kurun waktu tersebut"), not to a figure.
PERIOD_ANAPHOR = pattern(
    r"\byang\s+sama\b|^(?:periode|kurun|rentang|masa)\b",
    matches=("periode yang sama", "kurun waktu tersebut"),
    rejects=("di antaranya", "dari jumlah itu", "sisanya"),
)
# "selama periode tersebut", "dalam kurun waktu itu": a sentence referring back to the period(s) before it.
THAT_PERIOD = pattern(
    r"\b(?:periode|kurun\s+waktu|rentang\s+waktu|masa)\s+(?:tersebut|itu)\b",
    matches=("selama periode tersebut sudah 153 WNI", "dalam kurun waktu itu"),
    rejects=("pada periode yang sama", "periode Januari"),
)
# "Pada tahun yang sama, Polda Metro Jaya membongkar ...": a sentence dated only by reference to the period written
# before it (not "periode yang sama tahun lalu", a year back, which the period scan reads itself).
SAME_TIME_AS_BEFORE = pattern(
    r"\b(?:pada|dalam|di|selama|sepanjang)\s+(?:tahun|periode|bulan|kurun\s+waktu|rentang\s+waktu|masa)\s+yang\s+sama\b"
    r"(?!\s+(?:tahun|periode)\s+(?:lalu|sebelumnya))",
    matches=("Pada tahun yang sama, Polda Metro Jaya membongkar", "dalam periode yang sama"),
    rejects=("pada periode yang sama tahun lalu", "Pada saat yang sama"),
)
# "Angka itu naik 39,97 persen dibandingkan tahun 2023 yang tercatat 2.519 perkara": a sentence on the count before
# it that gives another figure to compare it with (not "Dari Januari hingga September 2025, ada 4.030 kasus ..., naik
# 73 persen dibanding periode yang sama tahun lalu": a count of its own).
COMPARED = pattern(
    r"^\W*(?:angka|jumlah)\s+(?:itu|tersebut|ini)\b.*?\b(?:dibanding(?:kan)?|ketimbang)\b",
    matches=("Angka itu naik dibandingkan tahun 2023 yang tercatat 2.519 perkara",),
    rejects=(
        "Sepanjang 2018 hingga 2022, Polda NTT menerima 73 laporan TPPO",
        "Dari Januari hingga September 2025, ada 4.030 kasus, naik 73 persen dibanding periode yang sama",
    ),
)
# A figure written as a word right before a part cue ("11 orang, sepuluh di antaranya"): the cue is that figure's.
WORD_FIGURE_BEFORE = pattern(
    r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\w+\s+(?:belas|puluh|ratus))\s*$",
    matches=("11 orang, sepuluh ", "Empat orang berperan sebagai bandar, satu "),
    rejects=("Dari 14 orang tersebut ", "tersangka lainnya "),
)
# Words of attribution: a weekday date after them is when something was said, not when it happened.
# A raid or operation the story opens with: the day it took place dates the raid's figures (ArticleContext.raid_day).
RAID = pattern(
    r"\b(?:meng?gerebek|penggerebekan|digerebek|razia|operasi)\b",
    matches=("Satgas menggerebek sebuah gedung pada Jumat (31/10/2025)", "Operasi digelar pada 12 Agustus"),
    rejects=("Polisi memeriksa 20 saksi pada Senin",),
)
# An item of a list of bodies up to the next one: "Polda Kepulauan Riau, ", "Divhubinter Polri, dan ".
AGENCY_LIST_ITEM = pattern(
    r"[A-Z][\w.()'-]*(?:\s+[A-Z(][\w.()'-]*)*\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)",
    flags=0,
    matches=(
        "Polda Kepulauan Riau, ",
        "Divhubinter Polri, dan ",
        "Polri dan ",
    ),
    rejects=("Polri menangkap 5 orang di ", "menurut keterangan polisi"),
)
# "Bakamla RI) bersama Korea Coast Guard (KCG) dan ": a body acting together with others, listed after "bersama"
# (attributes._list_lead: the first named leads them).
JOINT_LIST_ITEM = pattern(
    r"[A-Z][\w.()'-]*(?:\s+[A-Z(][\w.()'-]*)*\s+bersama(?:\s+dengan)?\s+"
    r"[A-Z][\w.()'-]*(?:\s+[A-Z(][\w.()'-]*)*\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)",
    flags=0,
    matches=("Bakamla RI) bersama Korea Coast Guard (KCG) dan ", "Kemlu bersama KBRI Yangon dan "),
    rejects=("Polri bersama warga menangkap 5 orang dan ", "menurut keterangan polisi"),
)
# "Satreskrim Polres Batu Bara": a unit named right before the office it belongs to, one name in two mentions of
# the same body (attributes._acting).
ONE_NAME_GAP = pattern(
    r"[A-Z][\w.'-]*\s+",
    flags=0,
    matches=("Satreskrim ", "Ditreskrimum "),
    rejects=("dan ", ", "),
)
# "berdasarkan data ...", "mencatat", "hingga ...": a running record, not a figure of the raid the story opens with.
RECORD_CUE = pattern(
    r"\b(?:data|mencatat|dicatat|tercatat|catatan|hingga|sejak)\b",
    matches=(
        "berdasarkan data kementerian, 300 kasus",
        "Kemlu mencatat 4.730 WNI",
        "hingga kini 2.780 orang",
    ),
    rejects=("Mereka terdiri atas 489 laki-laki dan 282 perempuan.",),
)
STATEMENT_CUES = pattern(
    r"\b(?:kata|ujar|ucap|ungkap|tutur|jelas|sebut|tegas|imbuh|papar|terang|tambah|katanya|ujarnya|tuturnya|"
    r"jelasnya|menurut|mengatakan|menyatakan|menjelaskan|menegaskan|menyampaikan|mengungkapkan|menuturkan|"
    r"menambahkan|memaparkan|menerangkan|keterangan(?:nya)?|konferensi|jumpa|wartawan|dikutip|dilansir|rilis|siaran|"
    r"said|told)\b",
    matches=("ujar Arief di Jakarta, ", "kata Judha dalam keterangannya, "),
    rejects=("Polisi menangkap 5 orang pada ",),
)
# "KBRI Manila menyebut repatriasi berjalan lancar": a body that states something (attributes._body_speaking_next).
BODY_STATES = pattern(
    r"\b(?:menyebut(?:kan)?|mengatakan|menyatakan|menjelaskan|menegaskan|menyampaikan|mengungkapkan|mencatat"
    r"|membenarkan|mengonfirmasi|melaporkan)\b",
    matches=("KBRI Manila menyebut repatriasi berjalan lancar", "KBRI membenarkan"),
    rejects=("KBRI memulangkan 53 WNI",),
)
# "..., ujarnya.", "Menurut dia, ...": a statement attributed by a pronoun, to the person named last before it.
PRONOUN_SPEAKER = pattern(
    r"\b(?:(?:kata|ujar|ucap|ungkap|tutur|jelas|sebut|tegas|imbuh|papar|terang|tambah)nya|menurutnya"
    r"|(?:kata|ujar|tutur|menurut)\s+(?:dia|ia|beliau))\b",
    matches=('722 WNI itu dendanya telah diputihkan," ujarnya.', "Menurut dia, alasan deportasi beragam."),
    rejects=("kata Judha", "Menurut Yvonne, tim gabungan", "dendanya telah diputihkan"),
)
# A full date led by its weekday ("dalam keterangan tertulis, Jumat, 26 Mei 2023"): dated like "Jumat (26/5/2023)".
WEEKDAY_BEFORE = pattern(
    r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad),?\s*$",
    matches=("keterangan tertulis, Jumat, ",),
    rejects=("pada ",),
)
EVENT_DATE_BEFORE = pattern(
    r"\b(?:pada|sejak|hingga|sampai|tanggal|tgl\.?)\s*$",
    matches=("menangkap 5 orang pada ",),
    rejects=("ujar Arief di Jakarta, ",),
)
# The day a statement was made, named right before it: "dalam pernyataannya pada Kamis (21/9/2023)", "dalam
# keterangan tertulis pada Jumat (26/5/2023)", "konferensi pers pada Senin (8/7/2024)" (not the day of the event).
STATEMENT_DAY_BEFORE = pattern(
    r"\b(?:pernyataan(?:nya)?|keterangan(?:nya)?(?:\s+(?:pers|resmi|tertulis))?|(?:konferensi|jumpa|siaran)\s+pers"
    r"|wawancara(?:nya)?)\s+pada\s*$",
    matches=("dalam pernyataannya pada ", "dalam keterangan tertulis pada ", "dalam konferensi pers pada "),
    rejects=("menangkap 5 orang pada ", "dalam operasi pada "),
)
# "..., demikian pernyataan KBRI Yangon, Jumat (21/11/2025)": a statement named by its noun closes the sentence.
STATEMENT_NOUN = pattern(
    r"\bpernyataan(?:nya)?\b",
    matches=("demikian pernyataan KBRI Yangon, ",),
    rejects=("menyatakan keberatan ",),
)
# "Angka itu disampaikan Menkominfo ... usai rapat terbatas di Istana Kepresidenan, Jakarta, Rabu (22/5)": a sentence
# that says who told the figures before it and when, however long its clauses; its day is the day they were said.
STATEMENT_PASSIVE = pattern(
    r"^\W*(?:[\w-]+\s+){1,3}?(?:itu|tersebut|ini)\s+(?:di)?(?:sampaikan|ungkapkan|paparkan|umumkan|beberkan)\b",
    matches=("Angka itu disampaikan Menkominfo ", "Data tersebut diungkapkan Kepala PPATK "),
    rejects=("Polisi menangkap 5 orang pada ", "Pemblokiran itu dilakukan pada "),
)
# "Jakarta, Kamis (20/7/2023) - ...": a dateline that opens the story.
DATELINE_DASH = pattern(r"\s*[-–—]", 0, matches=(" - Kementerian",), rejects=(", kata",))
QUOTE = pattern(r"[\"”“]", 0, matches=('"Kami',), rejects=("Kami",))
# Phrases that scope every figure of the story to a period when they open it ("sepanjang 2024").
# "month_no_year": a headline's "Selama November" (the article's latest November) scopes the story as a dated month
SCOPE_KINDS = {
    "year",
    "year_range",
    "month_range",
    "day_range",
    "mixed_range",
    "half",
    "open",
    "month",
    "month_no_year",
}
SCOPE_CUES = pattern(
    r"\b(?:sepanjang|selama|sejak|periode|kurun|pada\s+tahun|tahun\s+lalu)\b",
    matches=("Kemlu Tangani 3.310 Kasus Sepanjang 2024",),
    rejects=("Kemlu Tangani 3.310 Kasus",),
)
CLAUSE_BREAK = pattern(r"[,;]", 0, matches=(" orang, disusul pada ",), rejects=(" kasus di tahun ",))

# ------------------------------------------------------------------------------------------- qualifier

QUALIFIER_BEFORE = [
    # longer phrases first: "tidak kurang dari" is at least, "tidak lebih dari" at most
    (("tidak", "kurang", "dari"), "at_least"),
    (("tidak", "lebih", "dari"), "at_most"),
    (("paling", "sedikit"), "at_least"),
    (("paling", "tidak"), "at_least"),  # "menerima paling tidak 30 pengaduan"
    (("lebih", "dari"), "at_least"),
    (("di", "atas"), "at_least"),
    (("kurang", "dari"), "at_most"),
    (("kurang", "lebih"), "about"),
    (("sedikitnya",), "at_least"),
    (("setidaknya",), "at_least"),
    (("minimal",), "at_least"),
    (("melebihi",), "at_least"),
    (("lebih",), "at_least"),
    (("sekitar",), "about"),
    (("kira-kira",), "about"),
    (("kurang",), "at_most"),
    (("hampir",), "at_most"),
    (("maksimal",), "at_most"),
    (("nyaris",), "at_most"),
    (("mendekati",), "at_most"),
]
# "14 ribu rekening": a figure written round (restates an exact one within 10%).
ROUNDED = pattern(
    r"^\d+(?:,\d)?\s+(?:ribu|rb|juta|jt)\b", matches=("14 ribu rekening",), rejects=("14.117 rekening",)
)

# ------------------------------------------------------------------------------------------- agency and country

# "kepada Otoritas Jasa Keuangan (OJK)": the agency a request goes to, not the one acting.
ADDRESSEE_BEFORE = pattern(
    r"\b(?:kepada|ke|dengan|bersama)\b\s*(?:[^,.;()]{0,60}\(\s*)?$",
    matches=("mengajukan pemblokiran 433 rekening kepada ", "kepada Otoritas Jasa Keuangan ("),
    rejects=("menurut ", "Jakarta - Kedutaan Besar Republik Indonesia ("),
)
# "Kementerian Luar Negeri melalui KBRI Vientiane memfasilitasi ...": the body another acts through (a channel).
CHANNEL_BEFORE = pattern(
    r"\bmelalui\s*$",
    matches=("Kementerian Luar Negeri melalui ", "Pemerintah melalui "),
    rejects=("Kementerian Luar Negeri ", "melalui jalur resmi, Kemlu "),
)
# "2.493 WNI melaporkan diri ke KBRI Phnom Penh": the body people report to receives and handles the reports (an
# addressee that acts, unlike "kepada OJK").
REPORTED_TO_BEFORE = pattern(
    r"\b(?:melapor(?:kan\s+diri)?|mengadu|laporan|pengaduan|aduan)\s+ke\s*$",
    matches=(
        "2.493 WNI melaporkan diri ke ",
        "WNI yang melapor ke ",
        "lonjakan laporan ke ",
        "pengaduan ke ",
    ),
    rejects=("mengajukan pemblokiran 433 rekening kepada ", "dipulangkan ke "),
)
# "Otoritas Jasa Keuangan (OJK) mencatat Indonesia Anti-Scam Centre (IASC) telah menerima 42.257 laporan",
# "Kementerian Luar Negeri mencatat, hingga Selasa, KBRI Phnom Penh telah menerima 3.100 aduan": the text right after
# from the body that records what another body received to that body; the recorder states the figure.
RECORDS_ANOTHER = pattern(
    r"^[^.\"]{0,60}?\bmencatat\b",
    matches=("Otoritas Jasa Keuangan (OJK) mencatat ", "Kementerian Luar Negeri mencatat, hingga Selasa, "),
    rejects=("KBRI Phnom Penh telah menerima ", "Kemlu. Polri mencatat "),
)
# "KBRI menangani sekitar 3.300 kasus, dan lebih dari 2.500 di antaranya terkait penipuan online": the caseload an
# embassy or the foreign ministry handles.
# "Kamboja masih mencatat angka tertinggi dengan 2.962 kasus yang ditangani": a figure ranked against others (the
# highest, the most) is one part of the caseload the story compares, of that caseload's kind.
RANKED = pattern(
    r"\b(?:tertinggi|terbanyak|terbesar|paling\s+banyak)\b",
    matches=(
        "Kamboja masih mencatat angka tertinggi dengan 2.962 kasus",
        "korban paling banyak berada di Kamboja",
    ),
    rejects=("KBRI menangani 3.300 kasus yang tinggi",),
)
# A count of people brought home, evacuated, arriving home or reporting to ask to go home (cases.returning).
RETURNING = pattern(
    r"\b(?:(?:di|me(?:m)?)?pulang(?:kan)?|memulangkan|kepulangan|pemulangan|(?:di|me)?repatriasi|(?:di|meng)?evakuasi|"
    r"kembali\s+ke\s+(?:tanah\s+air|indonesia|daerah\s+asal)|tiba|mendarat|gelombang|kloter|datang\s+melapor|"
    r"melapor(?:kan)?\s+diri)\b",
    matches=(
        "Gelombang pertama berisi 36 WNI mendarat pada Jumat",
        "sebanyak 2.277 WNI telah melapor untuk meminta bantuan kepulangan",
        "telah memulangkan 312 WNI yang dievakuasi dari Myawaddy",
        "tercatat 122 WNI datang melapor",
        "kami sudah memulangkan total 699 WNI dari Myawaddy",
    ),
    rejects=("KBRI mencatat 3.300 kasus", "melaporkan 20 kasus penipuan"),
)
# Where a sentence turns to another group: "..., sementara 105 lainnya", "..., sedangkan 210 calon pekerja migran".
CONTRAST_BREAK = pattern(
    r",\s*(?:sementara|sedangkan|adapun)\b|;",
    matches=("tersangka, sedangkan 210", "skrining, sementara tiga lainnya"),
    rejects=(", disusul 31 WNI",),
)
# Foreign nationals ("52 WNA asal China", "5.000 warga negara China"): a return home that is not of WNI.
FOREIGN_NATIONALS = pattern(
    r"\bWNA\b|\bwarga\s+negara\s+(?!indonesia\b)[a-z]+\b|\bWN\s+[A-Z]|\b(?:dari|asal)\s+berbagai\s+negara\b",
    matches=(
        "mengawal pemulangan 52 WNA asal China",
        "kepulangan 5.000 warga negara China",
        "2.000 korban lain yang berasal dari berbagai negara",
    ),
    rejects=("26 warga negara Indonesia (WNI)", "400 WNI tiba"),
)
HANDLES = pattern(
    r"\b(?:menangani|ditangani)\b",
    matches=("KBRI menangani sekitar 3.300 kasus", "ada 4.030 kasus yang ditangani"),
    rejects=("KBRI mencatat 3.300 kasus",),
)
# "86 orang ditampung di kantor polisi Chrey Thum", "di Markas Besar Kepolisian Kamboja": a body's premises, named as
# where someone is or meets, not the body stating or handling a figure.
PREMISES_BEFORE = pattern(
    r"\b(?:di|ke|dari)\s+(?:kantor|markas(?:\s+besar)?|mabes|gedung)\s*$"
    # "kini berada di Detensi Imigrasi Preak Pnov": a detention centre named after the body that runs it
    r"|\b(?:rumah\s+)?detensi\s*$",
    matches=("86 orang ditampung di kantor ", "bertemu di Markas Besar ", "kini berada di Detensi "),
    rejects=("Kepala Kantor ", "Polri menangkap "),
)
# "deportasi WNI dari dua Depot Tahanan Imigresen (DTI) di Sarawak": an agency named as its detention depot (the
# alias itself) is the place people were held, not a body that states or handles them.
PREMISES_NAME = pattern(
    r"^(?:depot|depo)\b",
    matches=("Depot Tahanan Imigresen", "Depot Imigresen"),
    rejects=("Jabatan Imigresen Malaysia", "Kepolisian Depok"),
)
# ---- acc-cases: agencies that do not state or handle a figure ----
# "sembilan di antaranya pegawai Kemenhub", "oknum pegawai Komdigi": the employer of the people counted.
EMPLOYER_BEFORE = pattern(
    r"\b(?:pegawai|karyawan|staf|oknum|pejabat|asn|aparatur\s+sipil)\b(?:\s+(?:dan|serta)\s+staf)?"
    r"(?:\s+(?:ahli|khusus|honorer|kontrak|di|dari))?\s*$",
    matches=("12 orang merupakan pegawai ", "sepuluh di antaranya pegawai dan staf ahli "),
    rejects=("Polisi menangkap 12 tersangka bersama ",),
)
# "di sela KTT ASEAN", "Konferensi Tingkat Tinggi (KTT) ASEAN ke-46", "melalui ASEAN": a forum, no one who counts.
FORUM_BEFORE = pattern(
    r"\b(?:ktt|konferensi(?:\s+tingkat\s+tinggi)?|forum|summit|sidang|kerangka|keketuaan|rangkaian)"
    r"(?:\s*\(\w+\))?(?:\s+[\w-]+){0,2}\s*$",
    matches=("di sela rangkaian Konferensi Tingkat Tinggi (KTT) ", "baik bilateral maupun dalam kerangka "),
    rejects=("Data ", "Pemerintah melalui "),
)
# "beredar video yang memperlihatkan tujuh WNI", "video viral menyebut 60 WNI": a rumour, stated by no agency.
RUMOUR = pattern(
    r"\bberedar\b|\bviral\b|\bvideo\s+(?:yang\s+)?(?:memperlihatkan|menunjukkan|menyebut)|\bhoaks?\b|\bkabar\s+burung\b",
    matches=("beredar luas di media sosial sebuah video", "video viral menyebut 60 WNI"),
    rejects=("KBRI mencatat 60 WNI",),
)
# "Irhamni menambahkan, berdasarkan informasi KBRI Phnom Penh, sekitar 600 WNI ...": a body cited as the source of
# what the quoted official says (the official's agency states the figure, FORMAT.md Conventions).
CITED_SOURCE_BEFORE = pattern(
    r"\b(?:berdasarkan|mengutip|merujuk(?:\s+pada)?)\s+(?:(?:informasi|info|keterangan|laporan|kabar)"
    r"(?:\s+(?:awal|terbaru|sementara))?\s+(?:dari\s+)?)?$",
    matches=("Irhamni menambahkan, berdasarkan informasi ", "mengutip keterangan dari "),
    rejects=("Berdasarkan data tersebut, ", "kata juru bicara "),
)
# "pemerintah Filipina memperkirakan ...", "otoritas Kamboja": a government named generically, not by its body.
GENERIC_GOVERNMENT = pattern(
    r"(?i)^(?:pemerintah(?:an)?|otoritas|pihak\s+berwenang)\b",
    matches=("pemerintah Filipina", "otoritas Kamboja"),
    rejects=("Presidential Anti-Organized",),
)
# "Mereka menjalani operasi ... di Phnom Penh, Kamboja": a sentence about the people just counted
# (cases.placed_next).
THEY_OPEN = pattern(
    r"(?:Mereka|Para\s+(?:korban|WNI|pekerja|PMI))\b",
    flags=0,
    matches=("Mereka menjalani operasi", "Para korban dipekerjakan"),
    rejects=("Polisi menangkap", "mereka"),
)
# "Para pekerja berasal dari China, Filipina, dan sejumlah negara lain": where people come from (cases.placed_next).
ORIGIN = pattern(
    r"\b(?:berasal\s+dari|asal|dari\s+negara)\b[^.;]{0,45}$",
    matches=("Para pekerja berasal dari ", "Para pekerja berasal dari China, "),
    rejects=("Mereka menjalani operasi di rumah sakit di ",),
)
# "Lima orang telah ditetapkan sebagai tersangka", "empat orang yang sudah berstatus tersangka": people named
# suspects (cases.named_suspects).
SUSPECTS_NAMED = pattern(
    r"^[^.;]{0,40}?\b(?:ditetapkan\s+(?:sebagai\s+)?|berstatus\s+(?:sebagai\s+)?)tersangka\b",
    matches=(" orang telah ditetapkan sebagai tersangka", " orang yang sudah berstatus tersangka"),
    rejects=(" orang korban, sementara polisi belum menetapkan tersangka",),
)
# "Sebanyak 30 WNI ikut diamankan ketika otoritas Filipina menggerebek": the WNI part of a foreign operation.
WNI_COUNTED = pattern(
    r"^\S+\s+(?:orang\s+)?(?:di\s*antaranya\s+(?:adalah\s+|merupakan\s+)?)?"
    r"(?:wni|warga\s+negara\s+indonesia|pmi|pekerja\s+migran\s+indonesia)\b",
    matches=("30 WNI ikut diamankan", "35 warga negara Indonesia (WNI)", "69 di antaranya WNI"),
    rejects=("771 orang dari berbagai negara",),
)

# "dari 69 WNI tersebut, dua orang ditetapkan sebagai tersangka": a part of a count of WNI given in the same sentence.
OF_WNI_BEFORE = pattern(
    r"\bdari\s+(?:\S+\s+){0,2}?(?:wni|warga\s+negara\s+indonesia|pmi|pekerja\s+migran\s+indonesia)\b"
    r"[^.;:]{0,120}$",
    matches=("Menurut Judha, dari 69 WNI tersebut, ", "Dari ratusan WNI itu, sebanyak "),
    rejects=("dari 162 pekerja asing, ", "dari Kamboja, "),
)
# "1.000 pekerja asing yang diamankan Kepolisian Nasional Kamboja": the body named as the agent of the passive
# verb that closes the figure's phrase (between the figure's noun and the agency).
PASSIVE_AGENT_BEFORE = pattern(
    r"^[^,.;:\"\d]{0,40}?\byang\s+(?:telah\s+|sudah\s+)?di(?:amankan|tangkap|tahan|gerebek|selamatkan|evakuasi)\s+(?:oleh\s+)?$",
    matches=(" pekerja asing yang diamankan ", " orang yang ditangkap oleh "),
    rejects=(" WNI, kata juru bicara ", " orang yang diamankan di Bavet oleh "),
)
# "Duta Besar RI untuk Thailand Rachmat Budiman menjelaskan, dari 30 WNI itu, 26 orang ...": the country of an
# envoy's office, part of a title, not where something happened.
ENVOY_TO_BEFORE = pattern(
    r"\b(?:duta\s+besar|dubes|konsul(?:\s+jenderal)?|konjen)\s+(?:\(?(?:ri|indonesia|republik\s+indonesia)\)?\s+)?"
    r"untuk\s+$",
    matches=("Duta Besar RI untuk ", "Dubes Indonesia untuk ", "Duta Besar Republik Indonesia untuk "),
    rejects=("bantuan untuk ", "WNI yang bekerja di "),
)
# "Malaysia menjadi negara tujuan dengan kasus terbanyak": a country the people counted were sent to, named after it,
# is no setting of the whole story (ArticleContext.only_foreign_country).
DESTINATION_AFTER = pattern(
    r"^\s*(?:\w+\s+){0,2}?(?:menjadi\s+|sebagai\s+|merupakan\s+)?negara\s+tujuan\b",
    matches=(" menjadi negara tujuan dengan kasus terbanyak", " sebagai negara tujuan utama"),
    rejects=(" menangkap 30 WNI", ", negara yang dituju"),
)
# "perdagangan orang ke negeri jiran", "dikirim ke Kamboja": a country named as where people go, not as a place
# (ArticleContext.only_foreign_country: the setting of a story is named as a place, "di Kamboja").
TOWARDS_BEFORE = pattern(
    r"\bke\s+(?:negeri\s+|negara\s+)?$"
    # "hendak ke Kamboja lewat Singapura", "transit di Bangkok": a country passed through on the way is no setting
    r"|\b(?:lewat|melalui|via|transit(?:\s+di)?)\s+$",
    matches=("perdagangan orang ke negeri ", "dikirim ke ", "hendak ke Kamboja lewat ", "dengan transit di "),
    rejects=("bekerja di ", "WNI asal "),
)
# "membawa lima korban untuk dipekerjakan di Malaysia", "hendak mempekerjakan 41 korban di Malaysia", "memberangkatkan
# delapan PMI dengan tujuan Kamboja": a country named as where people were to go or to work (a purpose, an intention,
# a destination) is not where the count happened: they are counted before they got there (attributes.country).
PURPOSE_BEFORE = pattern(
    r"\b(?:untuk|akan|hendak|ingin|mau|rencananya)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:di)?(?:bekerja|kerja|pekerjakan|mempekerjakan|kirim|mengirim|berangkat(?:kan)?|memberangkatkan|bawa|membawa"
    r"|menyeberang|pergi|terbang)(?:kan)?\s+(?:[\w-]+\s+){0,4}?(?:di|ke)\s+(?:negara\s+|negeri\s+)?$"
    r"|\btujuan(?:nya)?\s+(?:ke\s+)?(?:negara\s+)?$",
    matches=(
        "membawa lima korban asal NTB untuk dipekerjakan di ",
        "Ia diduga hendak membawa dan mempekerjakan 41 korban di ",
        "memberangkatkan delapan PMI secara nonprosedural dengan tujuan ",
        "Sebanyak 151 orang tujuannya ",
        "dua calon PMI yang hendak berangkat ke ",
    ),
    rejects=("WNI yang bekerja di ", "dipulangkan ke ", "korban yang dikirim ke ", "akan dipulangkan dari "),
)
# "dibongkar Polri bersama Kementerian Keamanan Publik China": a country that closes the name of a body is whose body
# it is, not where the people of the sentence are (cases.placed_next).
INSTITUTION_BEFORE = pattern(
    r"\b(?:Kementerian|Kepolisian|Kedutaan|Departemen|Badan|Komisi|Pemerintah|Otoritas|Imigrasi|Polisi)"
    r"(?:\s+[A-Z][\w-]*){0,4}\s+$",
    flags=0,
    matches=("bersama Kementerian Keamanan Publik ", "Kepolisian "),
    rejects=("operasi pengambilan ginjal di Rumah Sakit Preah Ket Mealea, Phnom Penh, ",),
)
# A stopped departure's verb without its object ("BP3MI Kepulauan Riau mencegah 128 orang", "menggagalkan 9 orang"):
# it goes on with a stopped departure counted just before (cases.stopped_departure).
STOP_VERB = pattern(
    r"\b(?:mencegah|dicegah|menggagalkan|digagalkan|menunda|ditunda|menahan\s+keberangkatan)\b",
    matches=("BP3MI Kepulauan Riau mencegah 128 orang", "13 CPMI asal NTB digagalkan oleh BP3MI Banten"),
    rejects=("pencegahan TPPO perlu ditingkatkan",),
)
# People who left, arrived, worked or were sent home: no stopped departure goes on in their sentence.
LEFT_OR_MOVED = pattern(
    r"\b(?:berangkat|diberangkatkan|tiba|mendarat|dipulangkan|dideportasi|bekerja|dipekerjakan|meninggal|ditempatkan)\b",
    matches=("21.252 PMI asal NTB diberangkatkan ke luar negeri",),
    rejects=("Sebanyak 151 orang tujuannya Malaysia",),
)
# "aduan PMI yang gagal berangkat tercatat 84 kasus": complaints, of which failing to leave is one kind; not a departure
# stopped by officers (cases.stopped_departure).
COMPLAINTS = pattern(
    r"\b(?:aduan|pengaduan|diadukan|mengadu(?:kan)?)\b",
    matches=("aduan PMI yang gagal berangkat", "menurut jenis kasusnya, aduan Desember"),
    rejects=("laporan polisi",),
)
# "BPS juga mengutip data BP2MI tentang pengaduan yang dialami pekerja migran. Pada 2020 tercatat 1.811 pengaduan":
# complaints of migrant workers, whatever their kind (cases.consular_or_detention: a caseload, `other`).
MIGRANT_COMPLAINTS = pattern(
    r"\b(?:pengaduan|aduan)\b(?:\s+\S+){0,3}?\s+(?:para\s+)?(?:calon\s+)?(?:pekerja\s+migran|pmi|cpmi|tki)\b",
    matches=(
        "data BP2MI tentang pengaduan yang dialami pekerja migran",
        "aduan PMI",
        "pengaduan dari para TKI",
    ),
    rejects=("pengaduan masyarakat terkait judi online", "laporan pekerja migran"),
)
# "22 kasus lainnya terjadi di dalam negeri", "28 korban TPPO dalam negeri": a count said to be domestic happened in
# Indonesia (cases.case_category_and_country reads the figure's own stretch of its sentence, between the figures
# around it: "28 korban TPPO dalam negeri dan 12 korban yang diberangkatkan ke luar negeri").
DOMESTIC = pattern(
    # README "Country of a case count": ID when the clause says so ("di seluruh Indonesia", "se-Indonesia")
    r"\bdalam\s+negeri\b|\b[Dd]i\s+(?:seluruh\s+(?:wilayah\s+)?)?Indonesia\b|\bse-?Indonesia\b",
    0,  # lower case: not "Kementerian Dalam Negeri"
    matches=(
        "22 kasus lainnya terjadi di dalam negeri",
        "Untuk perkara dalam negeri, penyidik",
        "jajaran kepolisian di seluruh Indonesia menindak 905 kasus",
    ),
    rejects=("diberangkatkan ke luar negeri", "Kementerian Dalam Negeri"),
)
# "enam lainnya teridentifikasi berada di luar negeri", "jaringan internasional": a clause that places its people abroad.
ABROAD = pattern(
    r"\bluar\s+negeri\b|\binternasional\b|\blintas\s+negara\b",
    matches=("enam lainnya teridentifikasi berada di luar negeri", "sindikat internasional"),
    rejects=("24 orang lainnya masuk daftar pencarian orang",),
)
# "PMI yang dikirim ke luar negeri", "pengiriman pekerja ke luar negeri": people sent abroad, no country named.
SENT_ABROAD = pattern(
    r"\b(?:dikirim|diberangkatkan|pengiriman|dipekerjakan|ditempatkan|berangkat)\b[^.;]{0,40}?\bke\s+luar\s+negeri\b",
    matches=(
        "enam kasus menyangkut PMI yang dikirim ke luar negeri",
        "dalam kasus pengiriman pekerja ke luar negeri",
    ),
    rejects=("ditolak berangkat ke Malaysia", "22 kasus lainnya terjadi di dalam negeri"),
)
# "Tersangka kini berjumlah 46 dan korban 1.337 orang": the victims counted right after the word.
VICTIM_BEFORE = pattern(
    r"\bkorban\s+(?:sebanyak\s+|sejumlah\s+|mencapai\s+)?$",
    matches=("Tersangka kini berjumlah 46 dan korban ", "jumlah korban sebanyak "),
    rejects=("korban TPPO ", "46 tersangka dan "),
)
# "22 kasus lainnya terjadi di dalam negeri": a story that sets cases at home against those abroad (lower case: not
# "Kementerian Dalam Negeri").
AT_HOME = pattern(
    r"\bdalam\s+negeri\b",
    0,
    matches=("22 kasus lainnya terjadi di dalam negeri", "Untuk perkara dalam negeri, penyidik"),
    rejects=("Kementerian Dalam Negeri",),
)
# "asal Tiongkok", "warga negara Indonesia": a nationality, not where something happened.
NATIONALITY_BEFORE = pattern(
    # ("kapal ikan berbendera China": a ship's flag, not where its crew were)
    r"\b(?:asal|warga|berkewarganegaraan|kewarganegaraan|negara|wn|wna|berbendera)\)?\s*$",
    matches=("12 WNA asal ", "warga negara ", "23 warga negara (WN) ", "kapal ikan berbendera "),
    rejects=("12 kasus di ",),
)
# "TPPO jaringan Arab Saudi dengan 15 tersangka", "sindikat Kamboja": a network named by the country it sends people
# to (or works from) is no place where its suspects or victims were counted.
NETWORK_NAMED_BEFORE = pattern(
    # ("jaringan pengiriman pekerja ke Jerman dengan lima tersangka": the network named by where it sends people)
    r"\b(?:jaringan|sindikat)(?:\s+(?:pengiriman|perdagangan|penyelundupan|penempatan|tppo)(?:\s+[\w-]+){0,3}?\s+ke)?\s*$",
    matches=("TPPO jaringan ", "sindikat ", "jaringan pengiriman pekerja ke "),
    rejects=("ditangkap di ", "jaringan di "),
)
# Indonesia counts as the place of a figure only as a place: "di seluruh Indonesia", not "tiba di Indonesia".
IN_PLACE = pattern(
    r"\b(?:di|seluruh|wilayah|dalam)\s*$", matches=("terjadi di seluruh ",), rejects=("WNI asal ",)
)
ARRIVED_IN = pattern(
    r"\b(?:tiba|mendarat|pulang|kembali)\s+di\s*$", matches=("WNI tiba di ",), rejects=("terjadi di ",)
)
# "449 orang tiba di Tanah Air, 105 lainnya masih menjalani pemeriksaan di Mae Sot", "30 WNI telah menyeberang ke
# Thailand": where the people counted are now or go to, not where the counted cases happened.
NOW_AT = pattern(
    # ("600 WNI masih berada di Kamboja", "paling banyak berada di Filipina": a stock of people where they are
    # counted, not where they went)
    r"\b(?:tiba|mendarat|(?<!masih\s)(?<!banyak\s)berada|ditampung|menunggu|transit|pemeriksaan|diperiksa|menyeberang|dipindahkan|dibawa"
    r"|diterbangkan|dipulangkan|diserahkan)\b[^.;,]{0,30}\b(?:di|ke)\s+(?:kota\s+)?(?:(?:wilayah|perbatasan)\s+)?"
    # "tiba di KBRI Bangkok": the mission in the city they reached
    r"(?:(?:KBRI|KJRI)\s+)?$"
    # "20 WNI kabur ke Thailand dari lokasi penipuan di Myawaddy": where people fled to; "26 orang menjalani proses
    # hukum atas pelanggaran keimigrasian di Thailand": where the people counted are processed after the event
    r"|\b(?:kabur|melarikan\s+diri|lari)\b[^.;,]{0,30}\bke\s+$|\bproses\s+hukum\b[^.;,]{0,40}\bdi\s+$",
    matches=(
        "105 lainnya masih menjalani pemeriksaan di ",
        "kini berada di ",
        "30 WNI telah menyeberang ke ",
        "mencatat 20 WNI kabur ke ",
        "26 orang sudah menjalani proses hukum atas pelanggaran keimigrasian di ",
        "sekitar 20 WNI sudah menyeberang ke wilayah ",
        "Mereka dibawa ke perbatasan ",
        "tiga lainnya baru tiba di KBRI ",
    ),
    rejects=(
        "WNI yang bekerja di ",
        "ditangkap di ",
        "dipulangkan dari ",
        "kabur dari perusahaan di ",
        "sekitar 600 WNI masih berada di ",
        "korban paling banyak berada di ",
    ),
)
# "30 WNI telah menyeberang ke Thailand": of `NOW_AT`, a country the people went to ("ke"), not one a place is
# in ("lokasi penipuan yang juga berada di Myawaddy").
GONE_TO = pattern(
    r"\bke\s+(?:kota\s+)?(?:(?:wilayah|perbatasan)\s+)?(?:(?:KBRI|KJRI)\s+)?$",
    matches=("30 WNI telah menyeberang ke ", "sudah menyeberang ke wilayah ", "dibawa ke perbatasan "),
    rejects=("lokasi penipuan daring yang juga berada di ", "tiba di KBRI "),
)
# "pemulangan WNI korban TPPO dari Myawaddy, ": the place people are brought home from (a country right after).
BROUGHT_FROM_BEFORE = pattern(
    r"\b(?i:pemulangan|memulangkan|dipulangkan|evakuasi|dievakuasi|mengevakuasi|repatriasi|direpatriasi)\b"
    r"[^.;]{0,80}?\bdari\s+(?:[A-Z][\w-]*[\s,]+){0,3}$",
    flags=0,
    matches=("Pemulangan warga negara Indonesia (WNI) korban TPPO dari Myawaddy, ", "evakuasi 669 WNI dari "),
    rejects=("WNI yang bekerja di ", "pemulangan 52 WNA asal "),
)
# "Sisanya, 154 orang, tiba keesokan harinya", "Sehari sebelumnya, dua WNI ... dipulangkan": a day counted from the
# day stated just before (group `before`: the day before it).
# A sentence after a figure that says when the people it counts were caught or moved: "para tersangka ditangkap di
# Jakarta dalam kurun 1-9 Agustus 2024", "penangkapan dilakukan sepanjang Agustus hingga Desember 2025"
# (attributes.stated_next).
ACTION_DATED = pattern(
    r"\b(?:(?:penangkapan|penggerebekan|pengungkapan|penindakan|operasi|razia|pemulangan|deportasi|evakuasi"
    r"|penyelamatan|pembebasan|pemblokiran|penutupan|pemutusan(?:\s+akses)?|penurunan\s+konten|takedown"
    # "Pencegahan itu dilakukan selama periode Januari hingga April 2024": departures stopped; "... terjadi pada"
    r"|pencegahan|penggagalan|penundaan(?:\s+keberangkatan)?)"
    r"(?:\s+(?:itu|tersebut|ini))?\s+(?:dilakukan|berlangsung|digelar|dilaksanakan|terjadi)"
    r"|(?:(?:para|seluruh)\s+(?:tersangka|pelaku|wni|wna|korban|pmi|pekerja|warga)(?:\s+(?:itu|tersebut|ini))?"
    r"|ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)nya)"
    r"\s+(?:(?:berhasil|akhirnya|telah|sudah|baru)\s+)?(?:ditangkap|diamankan|dipulangkan|dideportasi|dibebaskan"
    r"|diselamatkan|dievakuasi|tiba|mendarat)"
    # "Surat permohonannya dikirim pada Jumat (28/6/2024)": the day a request to block was sent
    r"|(?:surat\s+)?(?:permohonan|pengajuan|permintaan)(?:nya)?(?:\s+(?:pemblokiran|blokir)(?:nya)?)?"
    r"(?:\s+(?:itu|tersebut|ini))?\s+(?:dikirim(?:kan)?|diajukan|disampaikan|dilayangkan))\b",
    matches=(
        "Surat permohonannya dikirim pada Jumat (28/6/2024).",
        "Dani menjelaskan para tersangka ditangkap di Jakarta dalam kurun 1-9 Agustus 2024",
        "Keempatnya berhasil dipulangkan pada Jumat (28/2/2025)",
        "penangkapan dilakukan sepanjang Agustus hingga Desember 2025",
        "Pemblokiran dilakukan sejak Sabtu (16/11/2024) hingga Senin (18/11/2024)",
        "Pencegahan itu dilakukan selama periode Januari hingga April 2024",
        "Penggerebekan itu terjadi pada Sabtu (3/2/2024) malam",
        "Keenamnya tiba di Surabaya pada Senin (8/1/2024)",
    ),
    rejects=("Polisi menangkap para tersangka", "penangkapan para tersangka", "pemblokiran 405 situs"),
)
# A window of the last N units named by its dates in apposition ("dalam sepekan terakhir, yakni 11-17 November
# 2024"): the dates it is followed by (attributes.closest_period).
WINDOW_NAMED = pattern(
    r"^\s*,?\s*(?:yakni|yaitu|tepatnya|atau|mulai)\s+(?:pada\s+|sejak\s+|dari\s+|periode\s+|tanggal\s+)?$",
    matches=(", yakni ", " yaitu pada ", ", tepatnya sejak "),
    rejects=(", dan ", " kata Hadi, "),
)
# The earlier value a figure is compared with ("naik dari 30.392 rekening pada laporan sebelumnya", "bertambah dari
# sebelumnya 10.016"): the figure before it ... (attributes.earlier_value) ...
RISEN_FROM_BEFORE = pattern(
    r"\b(?:naik|bertambah|meningkat|melonjak|turun|menurun|berkurang)\s+(?:dari|dibandingkan(?:\s+dengan)?)"
    r"(?:\s+(?:data|laporan|angka|jumlah|posisi))?(?P<before>\s+sebelumnya)?(?:\s+(?:yang\s+)?(?:sebanyak|sebesar"
    r"|sekitar|mencapai|hanya|berjumlah))?\s*$",
    matches=("naik dari ", "bertambah dari sebelumnya sebanyak ", "meningkat dibandingkan data sebelumnya "),
    rejects=("menangkap ", "naik menjadi "),
)
# ... said to be the previous report's ("pada laporan sebelumnya", "bulan sebelumnya", "periode sebelumnya").
PREVIOUS_REPORT = pattern(
    r"\b(?:laporan|data|periode|bulan|pekan|catatan|posisi|pendataan)\s+sebelumnya\b",
    matches=("yang tercatat pada laporan sebelumnya", "pada bulan sebelumnya"),
    rejects=("sebulan sebelumnya", "sebelumnya, OJK"),
)
# A sentence that tells the same movement as the lead or points back to its day ("pada hari itu KJRI merepatriasi
# empat WNI", "Pada saat yang sama, dilakukan juga deportasi", "WNI yang dideportasi ... kali ini berjumlah 402").
SAME_MOVEMENT = pattern(
    r"(?<!belum )(?<!tidak )(?<!tak )(?<!batal )"  # "tiga WNA lainnya belum dideportasi": not moved that day
    r"\b(?:(?:pada\s+)?hari\s+itu|(?:pada\s+)?saat\s+yang\s+sama|kali\s+ini|me?repatriasi|direpatriasi"
    r"|dideportasi|deportasi|dipulangkan|pemulangan"
    # an escape: "sekitar 40 WNI berhasil keluar dari kompleks itu"
    r"|melarikan\s+diri|kabur|berhasil\s+keluar)\b",
    matches=(
        "pada hari itu KJRI merepatriasi empat WNI",
        "sekitar 40 WNI berhasil keluar dari kompleks itu",
        "dilakukan juga deportasi",
        "kali ini berjumlah 402",
    ),
    rejects=("KBRI menangani 1.000 kasus WNI", "tiba di Jakarta", "tiga WNA lainnya belum dideportasi"),
)
DAY_AFTER_OR_BEFORE = pattern(
    r"\b(?:keesokan\s+harinya|esok\s+harinya|sehari\s+(?:kemudian|setelahnya|berikutnya)"
    r"|(?P<before>sehari\s+sebelumnya)|(?P<same>(?:(?:pada|di)\s+)?hari\s+yang\s+sama))\b",
    matches=(
        "Pada hari yang sama, polisi menangkap dua kakak beradik",
        "Sisanya, 154 orang, tiba keesokan harinya.",
        "Sehari kemudian, 169 WNI lainnya mendarat",
        "Sehari sebelumnya, dua WNI sudah dipulangkan",
        "Pada hari yang sama, petugas menunda keberangkatan dua pria",
    ),
    rejects=("Keesokan hari Senin", "sehari-hari"),
)
# "Bareskrim mengawal pemulangan 52 WNA ... Deportasi dilakukan pada Kamis, 25 Mei 2023": a movement of people
# (deportation, repatriation, arrival) whose day a later sentence gives.
MOVEMENT = pattern(
    r"\b(?:dideportasi|deportasi|pemulangan|dipulangkan|memulangkan|tiba|mendarat|diterbangkan|repatriasi"
    r"|direpatriasi|(?:mem|di)bawa\s+pulang|melarikan\s+diri)\b",
    matches=(
        "mengawal pemulangan 52 WNA",
        "puluhan pekerja melarikan diri dari kompleks itu pada Senin (3/3/2025)",
        "pesawat Hercules membawa pulang 14 WNI",
        "Deportasi dilakukan pada Kamis",
        "penerbangan kedua tiba pada Sabtu",
    ),
    rejects=("ditangkap di Jakarta pada Rabu", "kepulangan mereka"),
)
# A sentence after a figure in which a body speaks for it or handles it ("Juru Bicara Kemlu ... membenarkan
# kepulangan mereka", "didampingi penuh oleh KJRI", "Kementerian ... dalam pernyataannya"): attributes.named_next.
SPEAKS_OR_HANDLES = pattern(
    r"\b(?:membenarkan|pernyataan(?:nya)?|mencatat|data|didampingi|mendampingi|memfasilitasi|menangani|mengawal)\b",
    matches=("Rolliansyah Soemirat, membenarkan kepulangan mereka", "didampingi penuh oleh KJRI di Kuching"),
    rejects=("Gedung itu selama ini menjadi tempat tinggal para pekerja",),
)
# "enam WNI ... ditemukan di Chiang Rai, Thailand, setelah menyeberang secara ilegal dari Tachilek, Myanmar": people
# who crossed, fled or escaped from a place were held or worked there (README: WNI working in Myawaddy give MM, even
# if they are waiting in Mae Sot).
ESCAPED_FROM = pattern(
    r"\b(?:menyeberang|menyeberangi\s+perbatasan|kabur|melarikan\s+diri|lolos|melintas|melintasi\s+perbatasan)\b"
    r"[^.;]{0,40}?\bdari\s+(?:[A-Z][\w-]*[\s,]+){0,3}$",
    flags=0,
    matches=(
        "setelah menyeberang secara ilegal dari Tachilek, ",
        "yang kabur dari ",
        "berhasil melarikan diri dari ",
    ),
    rejects=("dipulangkan dari ", "menyeberang ke ", "kabur ke Thailand melalui "),
)
# "150 WN China yang dideportasi dari Indonesia": people deported from a country were caught there, Indonesia too.
DEPORTED_FROM = pattern(
    r"\b(?:dideportasi|deportasi|dideportasikan)\s+(?:[\w-]+\s+){0,6}?dari\s+$",
    matches=(
        "150 WN China yang dideportasi dari ",
        "deportasi para pelaku dari ",
        "35 WNI dideportasi ke berbagai titik di Indonesia dari ",
    ),
    rejects=("WNI dipulangkan dari ", "dideportasi ke "),
)
# The sentence right after a figure goes on about the people it counts or their movement ("membenarkan kepulangan
# mereka", "para korban terdiri atas", "Proses deportasi itu"): attributes.named_next reads on only then.
ABOUT_THEM = pattern(
    r"\b(?:mereka|para\s+(?:korban|tersangka|pekerja|pelaku|wni|wna|pmi|deportan)|rombongan|kepulangan|pemulangan"
    r"|deportasi)\b",
    matches=("membenarkan kepulangan mereka", "para korban terdiri atas", "Proses deportasi itu didampingi"),
    rejects=("Pemerintah melalui Kementerian Luar Negeri telah menangani sedikitnya 2.300 kasus",),
)
# "Myanmar 487 kasus", "Kamboja, yakni 1.200 kasus": a country right before the figure is where it happened.
# "Kasatreskrim Polrestabes Semarang ... menangani 20 laporan polisi": a regional office of an Indonesian enforcer,
# named with its place, counts what happened in its jurisdiction (Indonesia), also over a period.
REGIONAL_UNIT = pattern(
    # (the head of a unit speaks for it, "kata Kapolresta ...", not a former one: "mantan Kapolda Banten")
    r"\b(?:Polda|Polresta(?:bes)?|Polres|Polsek|(?<![Mm]antan\s)(?:(?:Wa)?[Kk]apol(?:da|resta(?:bes)?|res|sek)"
    r"|(?:Wa)?Kaja[tr]i)|Kantor\s+Imigrasi|Kejaksaan\s+(?:Tinggi|Negeri)|Keja[tr]i"
    r"|Pengadilan\s+(?:Negeri|Tinggi)(?:\s+\(PN\))?|PN)\s+(?!Jajaran\b)[A-Z]\w+",
    0,
    matches=(
        "Polrestabes Semarang",
        "Polda Metro Jaya",
        "Polres Nunukan",
        "Kantor Imigrasi Batam",
        "Data Pengadilan Negeri (PN) Kupang per",
        "PN Kupang",
        "Sepanjang 2024, Kejati NTT menangani",
        "Kejari Batam",
        "kata Kapolresta Bandara Soekarno-Hatta",
        "kata Wakapolda Jateng",
    ),
    rejects=(
        "Polda jajaran",
        "Bareskrim dan Polda Jajaran Ungkap",
        "polres setempat",
        "Polri",
        "ujar mantan Kapolda Banten itu",
    ),
)
# "19 narapidana perdagangan orang yang menghuni rutan dan lapas", "ditahan di Lapas Kelas IIB Ende": people held in
# a prison of Indonesia's own kind (lembaga pemasyarakatan, rumah tahanan) are in Indonesia.
HOME_PRISON = pattern(
    r"\b(?:lapas|rutan|lembaga\s+pemasyarakatan|rumah\s+tahanan)\b",
    matches=("yang menghuni rutan dan lapas di provinsi", "berada di Lapas Kelas IIB Ende"),
    rejects=("ditahan di penjara Malaysia", "Rumah Detensi Imigrasi"),
)
# "pada 2021 pengadilan itu menyidangkan 5 perkara": the regional unit named before, again.
UNIT_AGAIN = pattern(
    r"\b(?:pengadilan|polres|polresta|polda|kejaksaan|kejari|kejati|lapas|rutan)\s+(?:itu|tersebut)\b",
    matches=("pada 2021 pengadilan itu menyidangkan", "Polres tersebut menangkap"),
    rejects=("pengadilan negeri", "Polri itu sendiri"),
)
# "60 warga ... korban TPPO meninggal dunia di luar negeri": people who died or are held abroad, in no country named.
THERE_ABROAD = pattern(
    r"\b(?:meninggal(?:\s+dunia)?|wafat|tewas|berada|terjebak|telantar|terlantar|ditahan|dipenjara)\s+di\s+luar\s+negeri\b",
    matches=(
        "korban TPPO meninggal dunia di luar negeri",
        "pekerja migran asal NTT meninggal di luar negeri",
    ),
    rejects=("dijanjikan bekerja di luar negeri", "dikirim ke luar negeri"),
)
# "pemerintah Indonesia telah menangani 4.730 kasus": the government in general, not a body; the figure is stated by
# the official the paragraph quotes. Not another country's government ("pemerintah Filipina") nor a regional one.
# (Named apart from GENERIC_GOVERNMENT above, the foreign one cases.generic_government reads: one name shadowed it.)
NATIONAL_GOVERNMENT = pattern(
    r"\b[Pp]emerintah(?:\s+(?:Indonesia|RI|pusat))?\b(?!\s+(?:[A-Z]|daerah|provinsi|kabupaten|kota|setempat))",
    0,
    matches=(
        "pemerintah Indonesia telah menangani",
        "Pemerintah telah memulangkan",
        "pemerintah RI mencatat",
    ),
    rejects=("pemerintah Filipina mendeportasi", "pemerintah daerah mencatat", "pemerintah setempat"),
)
# Between a country and its figure: "Myanmar 487 kasus", "di Kamboja dengan 4.300 kasus", "Di Laos tercatat 691".
# "Indonesia", "Republik Indonesia", "RI", "Tanah Air": the country's own name (a place only "di Indonesia"), not a
# province or city of it ("Sumatera Utara").
HOME_COUNTRY_WORD = pattern(
    r"(?:(?:Republik\s+)?Indonesia|RI|NKRI|Tanah\s+Air|tanah\s+air|INDONESIA)\b",
    0,
    matches=("Indonesia", "Republik Indonesia", "Tanah Air"),
    rejects=("Sumatera Utara", "Jakarta"),
)
# "berasal dari ", "asal ", "dipulangkan ke ": a province or city named as where people come from or go to.
FROM_OR_TO_BEFORE = pattern(
    r"\b(?:dari|asal|ke|menuju|tujuan)\s*$",
    matches=("Jumlah terbanyak dari ", "dipulangkan ke "),
    rejects=("Berikutnya ",),
)
COUNTRY_ADJACENT = pattern(
    # ("Malaysia menyusul dengan 137 kasus": the next of a ranked list)
    r"[\s,:]*(?:(?:yakni|yaitu|sebanyak|sekitar|ada|dengan|tercatat|terdapat|mencapai|berjumlah|menyusul)[\s,:]+){0,2}",
    matches=(" sebanyak ", " dengan ", " tercatat ", " tercatat sebanyak ", " menyusul dengan "),
    rejects=(),
)
# "Jawa Barat berada di urutan teratas dengan 535.644 pemain", "Jawa Timur mencatat 135.227 pemain": a place ranked
# or recording a figure, between them (attributes.home_place_before; "Bogor Selatan": the rest of its name first).
PLACE_RANKED = pattern(
    r"(?:\s+[A-Z][a-z]+)?\s+(?:(?:berada|ada)\s+di\s+|menempati\s+)(?:urutan|posisi|peringkat)\s+"
    r"(?:\w+\s+){1,2}?dengan\s+(?:sebanyak\s+)?|(?:\s+[A-Z][a-z]+)?\s+mencatat\s+(?:sebanyak\s+)?",
    flags=0,
    matches=(" berada di urutan teratas dengan ", " Selatan berada di posisi pertama dengan ", " mencatat "),
    rejects=(" dan ", " menyebut bahwa dari "),
)
# The start of a clause right before a place: the sentence's start, a comma, or a word that joins clauses.
CLAUSE_OPENS_BEFORE = pattern(
    r"(?:^|[,;:]\s*|\b(?:sedangkan|dan|serta|disusul|lalu|kemudian|berikutnya|Berikutnya)\s+)$",
    flags=0,
    matches=("", "Berdasarkan data PPATK, ", "sedangkan "),
    rejects=("LARANTUKA - Satuan Tugas Tindak Pidana Perdagangan Orang (Satgas TPPO) Polres ",),
)
# "Kecamatan Tambora dengan 7.619 pemain": an administrative unit of Indonesia (a word other countries do not use)
# standing right before the figure, named or not in the reference of places (attributes.home_place_before).
HOME_UNIT_BEFORE = pattern(
    r"\b(?:Kecamatan|Kelurahan|Kabupaten)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"(?:[\s,:]*(?:(?:yakni|yaitu|sebanyak|sekitar|ada|dengan|tercatat|terdapat|mencapai|berjumlah)[\s,:]+){0,2}"
    r"|\s+(?:(?:berada|ada)\s+di\s+|menempati\s+)(?:urutan|posisi|peringkat)\s+(?:\w+\s+){1,2}?dengan\s+)$",
    flags=0,
    matches=(
        "Berikutnya Kecamatan Tambora dengan ",
        "serta Kecamatan Cengkareng dengan ",
        "Kecamatan Bogor Selatan berada di posisi pertama dengan ",
    ),
    rejects=("Kota Kinabalu dengan ", "Kecamatan Tambora pada tahun "),
)
# "4.730 WNI terlibat judi online di delapan negara", "di perbatasan Thailand-Myanmar": the figure is spread over
# several countries or a border of two, so it has no single place ("dari berbagai negara" is where people come from).
SPREAD_OVER = pattern(
    r"\bdi\s+(?:\w+\s+)?(?:berbagai|sejumlah|beberapa|banyak|\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
    r"|sepuluh|belasan|puluhan)\s+negara\b|\bdi\s+perbatasan\s+[A-Z]\w+\s*-\s*[A-Z]\w+",
    0,
    matches=(
        "4.730 WNI terlibat judi online di delapan negara",
        "korban jaringan penipuan daring di sepuluh negara",
        "menjadi korban penipuan daring di berbagai negara",
        "kasus online scam di perbatasan Thailand-Myanmar",
    ),
    rejects=(
        "menjaring 2.780 orang dari berbagai negara",
        "dipulangkan dari Myanmar ke Indonesia",
        "di negara itu",
    ),
)
# "tersebar di Thailand, Malaysia, Vietnam": countries listed, none of them the figure's place.
COUNTRY_LIST_GAP = pattern(
    r"\s*(?:,|\bdan\b|\bserta\b|\bhingga\b|\batau\b)\s*(?:dan\s+|hingga\s+)?",
    0,
    matches=(", ", " dan "),
    rejects=(),
)

# ------------------------------------------------------------------------------------------- money

# Currency words and prefixes -> ISO 4217 ("1.500 dolar AS", "RM 3.000", "50 juta yuan").
CURRENCY_WORDS = {
    "rupiah": "IDR",
    "dolar": "USD",
    "dollar": "USD",
    "usd": "USD",
    "us$": "USD",
    "ringgit": "MYR",
    "baht": "THB",
    "dirham": "AED",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "riel": "KHR",
    "peso": "PHP",
    "kyat": "MMK",
    "euro": "EUR",
    "yen": "JPY",
    "won": "KRW",
    "dong": "VND",
    "sgd": "SGD",
    "myr": "MYR",
    "thb": "THB",
}
CURRENCY_PREFIXES = {
    "rp": "IDR",
    "rm": "MYR",
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "sgd": "SGD",
    "s$": "SGD",
}
# "dolar Singapura": a dollar of another country.
DOLLAR_COUNTRY = {"singapura": "SGD", "australia": "AUD", "hong": "HKD", "kanada": "CAD", "taiwan": "TWD"}
MONEY_NOUNS = set(CURRENCY_WORDS)
# "Rp500 juta": a currency prefix written onto the figure.
CURRENCY_PREFIX = pattern(r"^(Rp|RM|US\$|S\$)", matches=("Rp500", "RM17,9", "US$1,5"), rejects=("500",))
# The vectorised finder's version of the same prefix (Polars regex, case-sensitive where it must be).
MONEY_TOKEN = r"^(?:[Rr]p|RM|US\$|S\$)"
WORD = pattern(r"[\w$]+", 0, matches=("dolar AS",), rejects=(" ,",))
# "2.300 kasus hingga 2023 ... 1.200 kasus": the next figure in the sentence ends this figure's window.
NEXT_NUMBER = pattern(r"\s\d", 0, matches=("kasus judi dan 12 kasus",), rejects=("kasus judi online",))

# "menangkap lima tersangka perekrut yang mengirim para WNI ke Kamboja": a country right after "ke" in a clause
# about the perpetrators is where they sent people, not where they were caught (cases.sent_abroad).
# "sindikat TPPO yang menawarkan pekerjaan di ", "korban yang diberangkatkan ke ", "dengan tujuan ": the country named
# right after is where people were sent or offered work (a destination); "jaringan judi online yang dikendalikan dari ":
# where a network is run from. Neither is where the recruiters or operators at home were caught.
ELSEWHERE_BEFORE = pattern(
    # (and the nouns of sending: "menggagalkan pengiriman calon pekerja migran ke Kamboja")
    r"\b(?:(?:bekerja|pekerjaan|kerja|dipekerjakan|diberangkatkan|dikirim|mengirim|memberangkatkan|berangkat|menyeberang"
    r"|pengiriman|pemberangkatan|keberangkatan|penempatan)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:di|ke)|tujuan|(?:dikendalikan|dikelola|dioperasikan)\s+dari)\s+(?:negara\s+)?$",
    matches=(
        "sindikat TPPO yang menawarkan pekerjaan di ",
        "korban yang diberangkatkan ke ",
        "modus kerja di ",
        "calon pekerja dengan tujuan ",
        "jaringan judi online yang dikendalikan dari ",
        "33 CPMI nonprosedural yang akan menyeberang ke ",
        "menggagalkan pengiriman calon pekerja migran ke ",
    ),
    rejects=("polisi menggerebek sebuah kompleks di ", "WNI yang ditangkap di "),
)
SENT_TO_BEFORE = pattern(
    r"\byang\b[^.;]*\bke\s+(?:negara\s+)?$",
    matches=("tersangka perekrut yang mengirim para WNI tersebut ke ",),
    rejects=("tersangka ditangkap di ", "yang ditangkap di "),
)

# "Direktorat itu sudah memblokir ...", "Kementerian tersebut mencatat ...": an agency referred back to by its head
# noun and a demonstrative (attributes.agency: the last agency named before whose name starts with that noun).
AGENCY_REFERENCE = pattern(
    r"\b(?P<head>direktorat|kementerian|kementrian|lembaga|badan|kepolisian|kedutaan|kejaksaan|satgas|kantor"
    r"|konsulat|komite|komisi)\s+(?:itu|tersebut)\b",
    matches=("Direktorat itu sudah memblokir", "Kementerian tersebut mencatat", "kantor itu menunda"),
    rejects=("Direktorat Jenderal Imigrasi", "kementerian terkait"),
)

# ------------------------------------------------------------------------------------------- relations
# (transforms/facts/relations.py: how the figures of one article relate: part of a total, running total, change)

# "312 di antaranya", "sisanya 40", "dari jumlah itu 200 orang": the figure is a part of the figure before it.
PART_OF_BEFORE = pattern(
    r"\b(?:di\s*antaranya|sisanya|dari\s+(?:jumlah|angka|total)\s+(?:itu|tersebut|ini)"
    r"|dari\s+[\d.,]+\s+\w+\s+(?:itu|tersebut))\b",
    matches=("Dari jumlah itu, 312 orang", "312 di antaranya WNI", "200 diantaranya"),
    rejects=("105 lainnya", "pada periode yang sama"),
)
# "sejak 2017", "sejak dibentuk", "hingga kini", "sampai saat ini", "secara keseluruhan", "akan terus bertambah": a
# total counted up to the day it is said. The word "total" alone is no such cue ("total 27 tersangka diamankan dalam
# penggerebekan itu" counts one raid), nor "secara total" ("diblokir secara total": completely).
RUNNING_TOTAL = pattern(
    r"\b(?:hingga|sampai(?:\s+dengan)?)\s+(?:kini|sekarang|saat\s+ini|hari\s+ini)\b|\bsejauh\s+ini\b"
    r"|\b(?:sejak|semenjak)\b|\bsecara\s+(?:keseluruhan|kumulatif)\b|\bkumulatif\b|\bakumulasi\b"
    r"|\bterus\s+bertambah\b",
    matches=(
        "hingga kini",
        "telah memblokir 2,1 juta situs dan akan terus bertambah",
        "sampai saat ini",
        "sejak dibentuk, Satgas telah menangani",
    ),
    rejects=("hingga 2023", "pada tahun 2023", "total 27 tersangka diamankan", "diblokir secara total"),
)
# "sejak periode 2020 hingga 2023, Kemlu telah menangani 2.842 kasus": a range opened by "sejak" is a running total.
SINCE = pattern(
    r"\b(?:sejak|semenjak)\s+(?:[a-z]+\s+){0,2}\d",
    matches=("sejak periode 2020 hingga 2023", "sejak Januari 2020 sampai Juni 2024"),
    rejects=("pada periode 2020 hingga 2023",),
)
# "telah memblokir 2,1 juta": for blocked content, a total said as of a day (when the figure states no closed
# period).
PERFECT_BEFORE = pattern(
    r"\b(?:telah|sudah)\s+(?:[\w-]+\s+){0,6}?$",
    matches=("pihaknya telah memblokir ", "sudah diblokir sebanyak "),
    rejects=("akan memblokir ",),
)
# "bertambah 1.200 kasus", "naik sebesar 300", "penurunan sekitar 40": the figure is a difference, not a level
# ("meningkat menjadi 1.386 kasus", "dari 15 kasus" are levels).
CHANGE_BEFORE = pattern(
    r"\b(?:naik|meningkat|bertambah|turun|menurun|berkurang|melonjak|kenaikan|peningkatan|penambahan|penurunan"
    r"|lonjakan|tambahan|selisih)\s+(?:(?:sebesar|sebanyak|sekitar|lagi|lebih\s+dari|hampir|sedikitnya)\s+)*$",
    matches=("bertambah ", "naik sebesar ", "ada tambahan "),
    rejects=("meningkat menjadi ", "meningkat dari "),
)
# "Dalam lima tahun terakhir, ... 886.719 konten": a window ending at publication, counted within it (not a total
# up to a day, whatever "telah" says).
RECENT_WINDOW = pattern(
    r"\b(?:dalam|selama|sepanjang)\s+(?:[\w-]+\s+){0,2}?(?:tahun|bulan|minggu|pekan|hari)\s+"
    r"(?:terakhir|belakangan)\b",
    matches=("Dalam lima tahun terakhir, Kemenkominfo", "selama tiga bulan terakhir"),
    rejects=("sejak lima tahun lalu", "tahun terakhir masa jabatannya"),
)
# "Setahun kemudian jumlahnya turun menjadi 78.306": a new level of the figure before, not a part of it.
NEW_LEVEL_BEFORE = pattern(
    r"\b(?:menjadi|jadi)\s+(?:(?:sebanyak|sekitar|lebih\s+dari|hampir|sedikitnya)\s+)*$",
    matches=("jumlahnya turun menjadi ",),
    rejects=("terdiri dari ",),
)

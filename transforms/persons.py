"""Persons: runs of capitalised name-like tokens next to a rank/title, a speech verb or an apposition; titles and
agencies come from the words around the name.

Each sentence is read as a list of `Token` records by a `SentenceScan`, whose methods are the rules: what is a
name word (`is_name_token`), how far a name runs (`name_end`), what is a place or an institution rather than a
person (`names_no_person`), where the title before a name starts (`title_start_before`), which cue makes the
run a person (`cues`), and the title and agency (`title_and_agency_of`). tests/transforms/test_entities.py has
a row per rule.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

import polars as pl

from transforms.entities import MENTION_SCHEMA
from transforms.patterns import examples
from transforms.reference import Reference
from transforms.text import LINK_LINE, is_headline

# Capitalised words that begin or belong to a title or position, not to a name.
POSITION_WORDS = {
    "analis",
    "asisten",
    # "Kakanwil Kemenkumham Jambi Tholib", "Kakanim Batam ...": the head of a regional or immigration office
    "kakanwil",
    "kakanim",
    # "Pejabat Fungsi Protokol dan Konsuler KBRI Bangkok Arif Sulaksono": an official, the first word of a title
    "pejabat",
    "deputi",
    "direktur",
    "dirjen",
    "kepala",
    "ketua",
    "menteri",
    "sekretaris",
    "sekjen",
    "kabid",
    "kasubdit",
    "kapolda",
    "kapolres",
    "kapolri",
    "kabareskrim",
    "juru",
    "jubir",
    "staf",
    "anggota",
    "wakil",
    "duta",
    "dubes",
    "koordinator",
    "komisioner",
    "plt",
    # "Pelaksana Tugas Direktur Jenderal ...": acting, the first word of a title
    "pelaksana",
    "plh",
    "pj",
    "gubernur",
    "bupati",
    "wali",
    "walikota",
    "kasat",
    "kanit",
    "kadiv",
    "karo",
    "kabag",
    "kasubag",
    "kasi",
    "kabiro",
    "presiden",
    "wapres",
    "pendiri",
    "peneliti",
    "pengamat",
    "ekonom",
    "dosen",
    "guru",
    "founder",
    "ceo",
    "secretary",
    "minister",
    "deputy",
    "director",
    "head",
    "chairman",
    "chairperson",
    "commissioner",
    "ambassador",
    "permanent",
    "senior",
    "spokesperson",
    "chief",
    "officer",
    "president",
    "vice",
    "general",
    "governor",
    "inspektur",
    "atase",
    "konsul",
    "konjen",
    "dirut",
    "direktorat",
    "panit",
    "penyidik",
    "jaksa",
    "hakim",
    "menko",
    "mendagri",
    "menlu",
    "menaker",
    "mensos",
    "menkominfo",
    "menkumham",
    "wamenlu",
    "wamen",
    "kapuspen",
    "kadis",
    "kajati",
    "kajari",
    "kasatreskrim",
    "dirreskrimum",
    "dirreskrimsus",
    "dirtipidum",
    "dirtipidsiber",
    "kabid humas",
    "kabidhumas",
    "ketum",
    "sesmenko",
    "komandan",
    "danlanal",
    "panglima",
    "pangdam",
    "kasad",
    "kapolsek",
    "pimpinan",
    "wadir",
    "wakapolri",
    "wakapolda",
    "kabaharkam",
    "kakorlantas",
    "kabaintelkam",
    "irwasum",
    "kalemdiklat",
    "wakabareskrim",
    "sestama",
    "kasubbag",
    "advokat",
    "pengacara",
    "aktivis",
    "ketua umum",
    "sekretaris jenderal",
    "direktur jenderal",
    "staf khusus",
    "stafsus",
    "tenaga ahli",
}
SPEECH_BEFORE = {
    "ujar",
    "kata",
    "jelas",
    "ungkap",
    "tutur",
    "tegas",
    "imbuh",
    "sebut",
    "terang",
    "papar",
    "pungkas",
    "lanjut",
    "tambah",
    "ucap",
    "katanya",
    "tandas",
    "urai",
    "beber",
    "sambung",
    "oleh",
    "said",
    # "Hal itu disampaikan Muhadjir Effendy": passive speech verbs before the speaker
    "disampaikan",
    "diungkapkan",
    "dikatakan",
    "dijelaskan",
    "ditegaskan",
    "diutarakan",
}
SPEECH_AFTER = {
    "mengatakan",
    "menjelaskan",
    "mengungkapkan",
    "menegaskan",
    "menyampaikan",
    "menuturkan",
    "menyebutkan",
    "menyebut",
    "menilai",
    "mengaku",
    "menambahkan",
    "berharap",
    "mengharapkan",
    "memaparkan",
    "menerangkan",
    "membeberkan",
    "mengimbau",
    "meminta",
    "menyatakan",
    "mengingatkan",
    "mengklaim",
    "membenarkan",
    "memastikan",
    "said",
    "told",
    "stated",
    "menekankan",
    "mengutarakan",
}
# "Senior Officials Meeting on Transnational Crime", "Joint Working Group Meeting": a meeting's name is no person.
MEETING_WORDS = {
    "ministerial",
    "meeting",
    "meetings",
    "officials",
    "summit",
    "conference",
    "workshop",
    "dialogue",
    "retreat",
    "session",
}
NAME_STOP = {
    "nomor",  # "Keputusan Presiden Nomor 21 Tahun 2024": a document's number follows the title word, no name
    "tinggi",  # "Menteri Pendidikan Tinggi Don Polye", "Kejaksaan Tinggi": the adjective of an office's name
    "penuntut",  # "Jaksa Penuntut Umum Suudi": the prosecutor's title, no name
    "kementerian",
    "pemerintah",
    "delegasi",
    "provinsi",
    "kabupaten",
    "kota",
    "polisi",
    "komisi",
    "badan",
    "dinas",
    "satgas",
    "tim",
    "pusat",
    "republik",
    "negara",
    "dalam",
    "untuk",
    "selain",
    "namun",
    "menurut",
    "kami",
    "kita",
    "mereka",
    "dia",
    "ia",
    "saat",
    "sementara",
    "adapun",
    "bahkan",
    "kemudian",
    "sebanyak",
    "sejak",
    "pada",
    "di",
    "ke",
    "dari",
    "yang",
    "dan",
    "atau",
    "itu",
    "ini",
    "para",
    "pihak",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "bang",
    "mas",
    "mbak",
    "kak",
    "the",
    "of",
    "and",
    "ministry",
    "national",
    "committee",
    "police",
    "kepolisian",
    "direktorat",
    "jenderal",
    "bidang",
    "kerja",
    "sama",
    "biro",
    "divisi",
    "subdit",
    "unit",
    "rapat",
    "sidang",
    "konferensi",
    "kunjungan",
    "forum",
    "sekretariat",
    "daerah",
    "lembaga",
    "organisasi",
    "perhimpunan",
    "bangsa",
    "asia",
    "tenggara",
    "pasifik",
    "afrika",
    "eropa",
    "timur",
    "barat",
    "utara",
    "selatan",
    "tengah",
    "jawa",
    "sumatera",
    "kalimantan",
    "sulawesi",
    "papua",
    "nusa",
    "islam",
    "kristen",
    "tindak",
    "pidana",
    "perdagangan",
    "orang",
    "online",
    "judi",
    "scam",
    "berita",
    "foto",
    "video",
    "pertemuan",
    "deklarasi",
    "ktt",
    "rakor",
    "hari",
    "tahun",
    "bulan",
    "minggu",
    "pekan",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "ahad",
    "general",
    "state",
    "labour",
    "vocational",
    "training",
    "interior",
    "counter",
    "trafficking",
    "for",
    "koordinasi",
    "penanganan",
    "kejahatan",
    "transnasional",
    "luar",
    "biasa",
    "kebijakan",
    "ahli",
    "pertama",
    "perlindungan",
    "pelindungan",
    "informasi",
    "komunikasi",
    "publik",
    "informatika",
    "digital",
    "keamanan",
    "hukum",
    "politik",
    "kesejahteraan",
    "rakyat",
    "protokol",
    "konsuler",
    "imigrasi",
    "tenaga",
    "sosial",
    "keuangan",
    "bareskrim",
    "mabes",
    "polda",
    "polres",
    "jakarta",
    "kasus",
    "korban",
    "warga",
    "lebih",
    "lanjut",
    "terkait",
    "sebelumnya",
    "selanjutnya",
    "oleh",
    "karena",
    "meski",
    "tetapi",
    "tapi",
    "jika",
    "bila",
    "agar",
    "supaya",
    "setelah",
    "sebelum",
    "ketika",
    "usai",
}
# Words of organisation and unit names ("Deputi Komisioner Pengawasan Perilaku Pelaku Usaha Jasa Keuangan OJK"):
# capitalised inside titles, never part of a person's name.
ORG_WORDS = {
    # "di Istana Merdeka", "di Kompleks Parlemen": the place after a name is no person
    "istana",
    "kompleks",
    # "Anggota Komisi I DPR dari Fraksi Partai Golkar": a party is no person
    "fraksi",
    "partai",
    # "Presiden Senat Kerajaan Kamboja": a legislature, not the name after a title
    "senat",
    "senate",
    "pengawasan",
    "pengawas",
    "perilaku",
    "pelaku",
    "usaha",
    # "Kepala Subbagian Tata Usaha M. ...", "Departemen Surveilans Sistem Pembayaran", "Plh Dirjen Bina Adwil ...",
    # "Kasub Dal Ops Polres ...": units and their short forms inside a title, never a name
    "subbagian",
    "subbag",
    "bagian",
    "seksi",
    "subseksi",
    "subdirektorat",
    "departemen",
    "surveilans",
    "sistem",
    "adwil",
    "bina",
    "kasub",
    "dal",
    "ops",
    # "Migrant Smuggling and Trafficking in Persons": English names of crimes in a programme's name
    "smuggling",
    "jasa",
    "misi",
    "internasional",
    "eksekutif",
    "pekerja",
    "migran",
    "penanaman",
    "modal",
    "kelompok",
    "substansi",
    "humas",
    "contact",
    "person",
    "tipidum",
    "tipidsiber",
    "tipideksus",
    "fakultas",
    "universitas",
    "sosiologi",
    "psikologi",
    "institut",
    "sekolah",
    "hubungan",
    "pelayanan",
    "penegakan",
    "pemberantasan",
    "pencegahan",
    "pengendalian",
    "aplikasi",
    "ekonomi",
    # "Menteri Ekonomi Digital dan Masyarakat Prasert ...": a portfolio's field, never the first word of a name
    "masyarakat",
    "pembangunan",
    "perencanaan",
    "hak",
    "asasi",
    "manusia",
    "pemberdayaan",
    "perempuan",
    "anak",
    "penempatan",
    "administrasi",
    "umum",
    "strategis",
    "operasional",
    "teknologi",
    "pertahanan",
    "intelijen",
    "reserse",
    "kriminal",
    "khusus",
    "narkoba",
    "lalu",
    "lintas",
    "propam",
    "profesi",
    "pengamanan",
    "pengembangan",
    "penelitian",
    "pendidikan",
    "pelatihan",
    "kesehatan",
    "lingkungan",
    "perhubungan",
    "pariwisata",
    "industri",
    "pertanian",
    "kelautan",
    "perikanan",
    "energi",
    "sumber",
    "daya",
    "mineral",
    "agama",
    "kebudayaan",
    "olahraga",
    "pemuda",
    "transmigrasi",
    "koperasi",
    "investasi",
    "siber",
    "sandi",
    "bank",
    "asuransi",
    "pasar",
    "moneter",
    "fiskal",
    "pajak",
    "bea",
    "cukai",
    "perbendaharaan",
    "anggaran",
    "kekayaan",
    "ruang",
    "konsumen",
    "edukasi",
    "literasi",
    "inklusi",
    "keuangan",
    "perlindungan",
    "pelindungan",
    "penyidikan",
    "penyelidikan",
    "penindakan",
    "operasi",
    "satuan",
    "tugas",
    "direktur",
    "regional",
    "wilayah",
    "cabang",
    "kantor",
    "markas",
    "besar",
    "media",
    "sosial",
    "komunikasi",
    "informasi",
    "publik",
    "rehabilitasi",
    "pusat",
    "data",
    "statistik",
    "tambang",
    "batu",
    "bara",
    # "Gubernur Prefektur Miyagi", "Menteri Komunikasi dan Multimedia", "Menteri Pembangunan Luar Bandar", "Presiden
    # IDN Global": words of the names of offices and bodies, never of a person
    "prefektur",
    "multimedia",
    "bandar",
    "global",
    "siapa",
    "saja",
}
# Words after which a capitalised run names a place or an institution ("UIN Sunan Kalijaga", "Jalan Sudirman").
ORG_HEADS = {
    "daerah",  # "Kepolisian Daerah Metro Jaya", "Daerah Istimewa Yogyakarta": a region, no person
    "istana",
    "kompleks",
    "universitas",
    "uin",
    "iain",
    "institut",
    "fakultas",
    "yayasan",
    "masjid",
    "jalan",
    "jl",
    "gedung",
    "hotel",
    "bandara",
    "pelabuhan",
    "kampus",
    "sma",
    "smp",
    "smk",
    "sd",
    "stasiun",
    "kecamatan",
    "desa",
    "kelurahan",
    "kabupaten",
    "provinsi",
    "kota",
    "pt",
    "cv",
    "rs",
    "rsud",
    "wisma",
    "lapas",
    "rutan",
    "pondok",
    "pesantren",
    "kawasan",
    "perumahan",
    "apartemen",
    "tol",
    "taman",
    "pantai",
    "pulau",
    "gunung",
    "sungai",
    "selat",
}
# Words naming a building or a landmark, at the start ("Menara Kembar Petronas", "Istana Merdeka") or the end
# ("Government House", "Merdeka Palace") of a capitalised run: the run is a place, never a person, and a title
# does not run on over "di <place>" to it.
BUILDING_WORDS = {
    "menara",
    "istana",
    "gedung",
    "wisma",
    "graha",
    "balai",
    "aula",
    "pendopo",
    "hotel",
    "house",
    "palace",
    "tower",
    "towers",
    "building",
    "hall",
    "centre",
    "center",
    "plaza",
}
# "ruang VIP Bunga Raya", "Kompleks Seri Perdana": the capitalised words after a room's or compound's noun name it
ROOM_WORDS = {"ruang", "ruangan", "kompleks"}
ROOM_KINDS = {"vip", "utama", "tunggu"}
# Lower-case nouns for a role that a name after a comma fills ("melalui atase kepolisiannya, Li Wei"). An office
# serves the body the sentence named before it ("-nya"); a relative or a private role serves none.
# "Presiden terpilih", "President-elect": the office is not held yet.
ELECT_WORDS = {"terpilih", "elect", "-elect"}
OFFICE_NOUNS = {"atase", "jubir", "utusan", "ajudan", "asisten", "staf"}
PRIVATE_NOUNS = {
    "putra",
    "putri",
    "anak",
    "istri",
    "suami",
    "ayah",
    "adik",
    "kakak",
    "cucu",
    "menantu",
    "pengusaha",
    "pemilik",
    "bos",
    # "buronan kelas kakap Thailand, Chaowalit Thongduang": a wanted man, of no agency
    "buronan",
}
HONORIFIC_TOKENS = {
    "h.e",
    "he",
    "dr",
    "prof",
    "drs",
    "dra",
    "ir",
    "h",
    "hj",
    "bapak",
    "ibu",
    "pak",
    "bu",
    "mr",
    "mrs",
    "ms",
    "yang",
    "mulia",
    "yth",
    "k.h",
    "kh",
    "sir",
    "datuk",
    "dato",
    "tan",
    "sri",
    "haji",
    "hajjah",
    # Khmer honorifics ("Samdech Akka Moha Sena Padei Techo Hun Sen")
    "samdech",
    "akka",
    "moha",
    "sena",
    "padei",
    "techo",
    "oknha",
}
FORMER = frozenset({"mantan", "eks", "bekas"})
# Descriptions of private people after a name and a comma ("Rizal Sampurna, pekerja migran asal Banyuwangi").
PRIVATE_PEOPLE = frozenset(
    {"pekerja", "warga", "buruh", "pria", "wanita", "perempuan", "pemuda", "remaja", "mahasiswa", "mahasiswi"}
)
# Position words that start a title only when capitalised: "Pejabat Fungsi Konsuler KBRI Bangkok Arif", but "pejabat
# dari Divhubinter, Bareskrim, Lemdiklat" names units, no one.
CAPITALISED_POSITIONS = frozenset({"pejabat"})
# Honorifics that Arab and Malay names also carry inside them, between name words ("Sitti Saleha Habib Yussof").
NAME_HONORIFICS = frozenset(
    {"habib", "haji", "hajjah", "syed", "sayid", "sayyid", "tengku", "tuan", "wan", "nik"}
)
# "dari": "Anggota Komisi I DPR dari Fraksi Partai Golkar, Nurul Arifin" (the member's body comes first)
CONNECTORS = {
    "dan",
    "untuk",
    "di",
    "dari",
    "of",
    "the",
    "and",
    "for",
    "bidang",
    "pada",
    "ri",
    "&",
    "(p)",
    "p",
    "/",
    # "Menteri Pertahanan RI sekaligus Presiden terpilih Prabowo": two offices of one person
    "sekaligus",
}
# accented letters are a name's too ("Dédé Sétiawan", "Nguyễn"): any lower-case letter after the capital
_NAME_TOKEN = re.compile(
    r"^[A-Z\u00c0-\u00de][^\W\dA-Z_\u00c0-\u00de]+(?:['’\-][^\W\d_][^\W\dA-Z_\u00c0-\u00de]+)*$"
)
_NAME_LETTERS = re.compile(r"^[A-Z]{2}$")
# "Abdullah bin Abdulrahman Al-Hamad": the lower-case particles "son of" / "daughter of" inside Arab and Malay names;
# "Bendito dos Santos Freitas", "Roberto Sarmento de Oliveira Soares": the Portuguese "of (the)" inside Timorese ones.
PATRONYMIC_PARTICLES = frozenset({"bin", "binti", "bint", "dos", "das", "da", "de", "do"})
_INITIALS = re.compile(r"^[A-Z](?:\.[A-Z]){1,2}$")
# "Menteri Imigrasi dan Pemasyarakatan Agus Andrianto": pe-/ke- ... -an nouns name fields and bodies, never people.
_NOMINALISATION = re.compile(r"^(?:Pe|Ke)[a-z]{4,}an$")
# "Perdana Menteri Hun Manet": an office Indonesia does not have belongs to the foreign country of the sentence.
_FOREIGN_OFFICE = re.compile(r"^(?:Wakil\s+)?(?:Perdana\s+Menteri|Prime\s+Minister)\b", re.I)
# "Presiden Ferdinand Marcos Jr.": a bare "Presiden" (titles.csv: PRESIDEN_RI) before a name that is none of the
# Republic's presidents is a foreign head of state. The words of the names of Indonesia's presidents (a closed,
# historical list: Sukarno to Prabowo, with the short forms the press uses).
_INDONESIAN_PRESIDENT_WORDS = frozenset(
    {
        "soekarno",
        "sukarno",
        "bung",
        "karno",
        "soeharto",
        "suharto",
        "habibie",
        "abdurrahman",
        "wahid",
        "gus",
        "dur",
        "megawati",
        "soekarnoputri",
        "sukarnoputri",
        "susilo",
        "bambang",
        "yudhoyono",
        "sby",
        "joko",
        "widodo",
        "jokowi",
        "prabowo",
        "subianto",
    }
)
# "sembilan terdakwa lainnya, yakni Zidan, Andi Ismail, ... dan Syahrul Firmansyah": the names a count of people
# introduces with "yakni"/"yaitu" are persons even without a title or a speech verb.
# "Juru bicara lainnya, Mao Ning": another holder of an office that several people hold at once in one body
_OTHER = frozenset({"lainnya", "lain", "lainya"})
# "Rekannya di komisi yang sama, Rieke ...": a colleague of the person named before
_COLLEAGUE_WORDS = frozenset({"rekannya", "koleganya", "rekan", "kolega", "sejawatnya"})
# "Partai Golkar", "Kabinet Merah Putih": the capitalised run after these nouns names a party or a cabinet
_GROUP_NOUNS = frozenset({"partai", "kabinet"})
# Balinese birth-order and caste names that follow the article "I" / "Ni" ("I Ketut Kasna Dedi", "Ni Luh Putu")
_BALINESE_NAMES = frozenset(
    {"wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "gusti", "nengah", "luh"}
)
# "Gubernur West Sepik Tony Wouwou": an English compass word starts a place's name, never a person's
_COMPASS_WORDS = frozenset(
    {"west", "east", "north", "south", "central", "western", "eastern", "northern", "southern"}
)
# "Konsul RI di Vanimo Allen Simarmata": the capitalised word right after a locative inside a title is a place
_LOCATIVES = frozenset({"di", "ke", "dari"})
# "Pulau Sebatik", "Kecamatan Sebatik": nouns (and locatives) after which the article writes a place
_PLACE_NOUNS = "di|ke|dari|Pulau|Kecamatan|Kabupaten|Kota|Distrik|Provinsi|Desa|Kampung|Kelurahan|Pelabuhan|perbatasan|wilayah"
_DEPUTY = re.compile(r"^(?:Wakil|Deputy|Vice)\s+(?P<office>\w+)$", re.I)
_OFFICES_SHARED = frozenset(
    {"juru bicara", "jubir", "wakil ketua", "deputi", "anggota", "staf khusus", "asisten"}
)
# "Kapolri saat itu", "Kepala PNP kala itu": the words before "itu" that date an office
_THEN = frozenset({"saat", "kala", "ketika", "waktu"})
LIST_INTRODUCERS = {"yakni", "yaitu", "masing-masing"}
MEMBER_NOUNS = {"anggota", "pejabat", "legislator"}
LISTED_PEOPLE = {"terdakwa", "tersangka", "pelaku", "korban", "saksi", "terpidana", "narapidana", "buronan"}
# "Angkatan ke-34", "Sidang ke 5": an ordinal after a capitalised word numbers a cohort or a session.
_ORDINAL = re.compile(r"^ke-?\d+$", re.I)
# "Presiden terpilih 2024-2029 Prabowo Subianto", "Kapolri periode 2019-2021": the term of an office is in its title
_TERM_OF_OFFICE = re.compile(r"^(?:19|20)\d{2}(?:[-–/](?:19|20)\d{2})?$")
_TRAILING_BREAK = re.compile(r"[,.;:!?)\"”’]$")

# "Universitas Indonesia" is no person's name; "Jakarta, Kamis" closes a sentence.
_SENTENCE_END = re.compile(r"[;.!?\"”]$")
_TITLE_WORD = re.compile(r"^[A-Z][\w.()/&'-]*$")
_LOWER_WORD = re.compile(r"^[A-Za-z][a-z]+$")
# A headline ("Baca juga: Polri Tangkap Bandar ...") does not close with a full stop.
_SENTENCE_CLOSED = re.compile(r"[.!?\"”]$")

PERSONS_SCHEMA = {
    "article_id": pl.String,
    "person_id": pl.String,
    "full_name": pl.String,
    "title": pl.String,
    "agency_id": pl.String,
    "country_id": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "sent_idx": pl.Int32,
}


def person_slug(name: str) -> str:
    """Stable id: ascii-folded, lower-case, hyphen-separated full name."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


@functools.lru_cache(maxsize=1 << 16)
def _name_word(token: str, norm: str) -> bool:
    """The part of `is_name_token` that reads only the word: its shape (a capital, then small letters; no "Pe...an"
    nominalisation) and the closed word lists. Answered once per distinct word, not once per token."""
    return (
        bool(_NAME_TOKEN.match(token))
        and not _NOMINALISATION.match(token)
        and norm not in NAME_STOP
        and norm not in BUILDING_WORDS
        and norm not in POSITION_WORDS
        and norm not in ORG_WORDS
        and norm not in MEETING_WORDS
    )


class Token(NamedTuple):
    """One token of a sentence: `token` without the punctuation around it, `norm` its lower case, `raw` as
    written (with a trailing comma, a closing parenthesis), `start`/`end` its body offsets."""

    token: str
    norm: str
    raw: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """The word as titles.csv spells it: lower case, dots dropped ("Irjen." -> "irjen")."""
        return self.norm.strip(".")


class EntitySpan(NamedTuple):
    """An agency or country mention: its type, id and where it ends (body offset, or token index)."""

    entity_type: str
    entity_id: str
    end: int


class TitleEntry(NamedTuple):
    """A title or rank of titles.csv: its kind (rank, position, honorific) and the agency it names, if any."""

    kind: str
    agency_id: str


NO_TITLE = TitleEntry("", "")

# Heads whose deputy is written "Wakil <title>" ("Wakil Menteri Imigrasi dan Pemasyarakatan", "Wakil Kepala BP2MI"):
# the deputy serves the same body as the head the title names.
_DEPUTY_HEADS = frozenset(
    {"menteri", "kepala", "ketua", "direktur", "gubernur", "sekretaris", "jaksa", "panglima"}
)


def _deputies(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The deputy forms of a head's title (as lower-case token tuples): "Wakil Menteri P2MI" and "Wamen P2MI" of
    "Menteri P2MI"; none for a title that already is a deputy's or heads nothing."""
    if not key or key[0] not in _DEPUTY_HEADS:
        return []
    out = [("wakil", *key)]
    if key[0] == "menteri" and len(key) > 1:
        out.append(("wamen", *key[1:]))
    return out


@dataclass(frozen=True)
class Titles:
    """Titles and ranks from titles.csv as token tuples (lower case, dots dropped), and per last word the lengths
    of the titles ending in it, longest first (a title lookup then only tries those)."""

    entries: dict[tuple[str, ...], TitleEntry]
    lengths: dict[str, tuple[int, ...]]

    @classmethod
    def from_reference(cls, ref: Reference) -> Titles:
        entries: dict[tuple[str, ...], TitleEntry] = {}
        for title, kind, agency in ref.titles.select("title", "kind", "agency_id").iter_rows():
            key = tuple(t.strip(".,").lower() for t in title.split() if t.strip(".,"))
            if key:
                entries[key] = TitleEntry(kind, agency or "")
        for key, deputy in [(k, d) for k, e in entries.items() if e.kind == "position" for d in _deputies(k)]:
            entries.setdefault(deputy, entries[key])
        lengths: dict[str, set[int]] = {}
        for key in entries:
            lengths.setdefault(key[-1], set()).add(len(key))
        return cls(entries, {last: tuple(sorted(n, reverse=True)) for last, n in lengths.items()})

    @functools.cached_property
    def longest(self) -> int:
        """The word count of the longest title: once per batch, where `title_and_agency` took a max over every
        title's lengths on each call (560,000 key calls on 2,000 articles)."""
        return max(self.lengths.values(), key=lambda n: n[0], default=(1,))[0]

    def words_of(self, kinds: set[str]) -> set[str]:
        """Every word of the titles of these kinds."""
        return {w for key, entry in self.entries.items() if entry.kind in kinds for w in key}


# Head words of a title -> words of the foreign body it belongs to ("Menteri Dalam Negeri Malaysia" -> KDN_MY).
_BODY_KEYWORDS: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = [
    (
        re.compile(r"polis|police|kepolisian|keamanan\s+publik|public\s+security", re.I),
        re.compile(r"polis|police|kepolisian|keamanan\s+publik|public\s+security", re.I),
    ),
    (re.compile(r"luar\s+negeri|foreign", re.I), re.compile(r"luar\s+negeri|foreign", re.I)),
    (re.compile(r"imigra|imigresen|immigration", re.I), re.compile(r"imigra|imigresen|immigration", re.I)),
    (
        re.compile(r"dalam\s+negeri|interior|home\s+affairs", re.I),
        re.compile(r"dalam\s+negeri|interior|home\s+affairs", re.I),
    ),
    (re.compile(r"tenaga\s+kerja|labou?r", re.I), re.compile(r"tenaga\s+kerja|labou?r", re.I)),
    (re.compile(r"pertahanan|defen[cs]e", re.I), re.compile(r"pertahanan|defen[cs]e", re.I)),
    (re.compile(r"perdagangan(?!\s+orang)|trade", re.I), re.compile(r"perdagangan(?!\s+orang)|trade", re.I)),
    # "Perdana Menteri Kamboja": the head of government heads the government itself (GOV_KH)
    # (the national one: never "Pemerintah Provinsi Tak", listed before it in the reference)
    (re.compile(r"perdana\s+menteri|prime\s+minister", re.I), None),
    # "Duta Besar Malaysia untuk Indonesia", "Konsul Jenderal Malaysia di Medan": a foreign ambassador or consul
    # serves that country's foreign ministry
    (
        re.compile(r"duta\s+besar|dubes|ambassador|\bkonsul\b|\bkonjen\b|\bconsul\b", re.I),
        re.compile(r"luar\s+negeri|foreign\s+affairs", re.I),
    ),
]
# "Presiden Filipina", "Sekretaris Pers Filipina", "Menteri Pertanian China": an office of a foreign government whose
# own ministry the reference lacks still belongs to that government (GOV_PH), never to an Indonesian body.
_GOVERNMENT_OFFICE = re.compile(
    r"\b(?:(?:wakil\s+)?presiden|president|perdana\s+menteri|prime\s+minister|premier|menteri|minister|sekretaris|"
    r"secretary|kanselir|chancellor)\b",
    re.I,
)
# "Raja Thailand Maha Vajiralongkorn", "Yang di-Pertuan Agong Malaysia": a monarch is head of state, not of its
# government, and heads no body of the story: his title names his country and no agency.
_MONARCH = re.compile(r"^(?:raja|ratu|king|queen|sultan|kaisar|emperor|yang\s+di-pertuan\s+agong)\b", re.I)
# "Menteri Sumber Daya Air China": the portfolio after the last minister word; the words that tell portfolios apart.
# Possessive `\S++\s*+`: whole words only, the same matches; `\S+\s*` could cut a word anywhere, and on a title with
# a second minister word the engine tried every cut (exponential: a third of the persons' time).
_MINISTER_OF = re.compile(
    r"\b(?:menteri|minister(?:\s+of)?)\s+(?P<portfolio>(?:(?!menteri\b|minister\b)\S++\s*+)+)$", re.I
)
_STATE_GOVERNMENT = re.compile(
    r"^(?:pemerintah|kerajaan)\s+(?:negeri|negara\s+bagian|provinsi)\s+(?P<state>.+)$", re.I
)
_LOCAL_GOVERNMENT = re.compile(r"^pemerintah\s+(?P<place>(?:kabupaten|kota)\s+.+)$", re.I)
_PROVINCE_GOVERNMENT = re.compile(r"^pemerintah\s+(?P<place>provinsi\s+.+)$", re.I)
# "Sekretaris Daerah Kabupaten Indramayu", "Sekretaris Daerah Provinsi Sumut": the regency, city or province a title
# names, one to three capitalised words
_LOCAL_IN_TITLE = re.compile(r"\b(?P<place>(?:Kabupaten|Kota|Provinsi)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
# "Kepala Disnakertrans NTB", "Kepala Dinas Sosial Sumut": a provincial office (its name or the abbreviation "Dis..."
# / "Din...") before the province's name, with no "Provinsi" between (never "Distrik", a district)
_PROVINCIAL_OFFICE_IN_TITLE = re.compile(
    r"\b(?:Dinas(?:\s+(?:[A-Z][\w-]*|dan))+?|(?!Distrik\b)Di[ns][a-z]{3,})\s+"
    r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
_REGION_WORDS = frozenset({"provinsi", "kabupaten", "kota"})
# "Komisi IX", "Komisi XIII": a commission of a house, numbered in Roman numerals
_COMMISSION = re.compile(r"\bKomisi\s+[IVX]{1,5}\b")
# "Dari Komisi III, Wakil Ketua ...": the commission said in the clause before the title
_COMMISSION_CLAUSE = re.compile(r"\bKomisi\s+[IVX]{1,5}\s*,\s*$")
# "Lalu Muhamad Iqbal", "Baiq Nelly": common words that are also the first word of a Sasak noble's name
_NAME_OPENERS = frozenset({"lalu"})
# Words of organisation names or honorifics that are also common Indonesian given names ("Badan Siber dan Sandi
# Negara" / "Sandi Nugroho", "Yang Mulia" / "Mulia Nugraha"): inside a name run where a title or a name frames them
_GIVEN_NAME_ORG_WORDS = frozenset({"sandi", "mulia"})
# function words that never sit inside a name ("Jokowi Dan Anwar" in a headline is two names)
_NOT_INSIDE_NAMES = frozenset(
    {
        "dan",
        "serta",
        "atau",
        "dengan",
        "di",
        "ke",
        "dari",
        "untuk",
        "dalam",
        "pada",
        "oleh",
        "yang",
        "bersama",
        "kepada",
        "terhadap",
        "tentang",
        "vs",
        "versus",
        "and",
        "or",
        "with",
        "of",
        "the",
        "to",
        "in",
        "at",
        "for",
    }
)
# "Dosen Fakultas Psikologi UGM": an academic's title names no agency of the story (a lecturer is null)
_ACADEMIC = frozenset({"dosen", "guru", "peneliti", "pengamat", "akademisi", "profesor", "mahasiswa"})


def _phrase_key(text: str) -> str:
    return " ".join(re.findall(r"\w[\w-]*", text.lower()))


_MINISTRY_NAME = re.compile(r"^(?:kementerian|kementrian)\s", re.I)
_PORTFOLIO_STOP = frozenset({"dan", "and", "of", "for", "the", "urusan", "affairs", "serta", "&"})


def _portfolio_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", text.lower())) - _PORTFOLIO_STOP


_GOVERNMENT_NAME = re.compile(r"^(?:pemerintah|kerajaan|government|royal\s+government)\b", re.I)
_NAMES_INDONESIA = re.compile(r"\b(?:RI|Indonesia)\b")
# "Dubes RI untuk Kamboja": the country after these words is where the title serves, not whose it is.
_COUNTRY_OF_SERVICE = {"untuk", "di", "ke", "for", "to", "in"}


class ForeignBodies:
    """Which foreign body a title names: "Wakil Kepala Kepolisian Myanmar" -> POLICE_MM, "Wakil Menteri Luar
    Negeri Myanmar" -> MOFA_MM. A title that names a foreign country belongs to that country's body, never to
    the Indonesian ministry of the same name."""

    def __init__(self, ref: Reference) -> None:
        self.by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.government: dict[str, str] = {}
        self.country_of: dict[str, str] = {}
        self.mission: dict[str, bool] = {}
        self.parent_of: dict[str, str] = {}
        self.ministries: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        self.states: dict[str, list[tuple[re.Pattern[str], str]]] = defaultdict(list)
        self.local_government: dict[str, str] = {}
        # one-word foreign places that are no country's name ("Danang", "Yangon"): a city is also a first name
        country_words = set()
        for col in ("name_id", "name_en", "aliases"):
            for value in ref.countries[col].drop_nulls().to_list():
                country_words.update(form.strip("=").lower() for form in value.split("|"))
        self.place_words = frozenset(
            phrase
            for phrase, etype, eid in ref.surface_forms.select(
                "phrase", "entity_type", "entity_id"
            ).iter_rows()
            if etype == "country" and eid != "ID" and " " not in phrase and phrase not in country_words
        )
        self.successor_of: dict[str, str] = {}
        for aid, cid, name_id, name_en, atype, parent, aliases, successor in ref.agencies.select(
            "agency_id",
            "country_id",
            "name_id",
            "name_en",
            "agency_type",
            "parent_agency_id",
            "aliases",
            "successor_of",
        ).iter_rows():
            self.country_of[aid] = cid or ""
            # "Pemerintah Kabupaten Indramayu": the regency or city an Indonesian title names ("Sekda Kabupaten ...")
            if cid == "ID" and (m := _LOCAL_GOVERNMENT.match(name_id or "")):
                self.local_government[_phrase_key(m.group("place"))] = aid
            # "Pemerintah Provinsi Sumut" (an alias): the short names of a province ("Sekretaris Daerah Provinsi Sumut")
            if cid == "ID" and atype == "LocalGovernmentOrganisation":
                for form in (aliases or "").split("|"):
                    if m := _PROVINCE_GOVERNMENT.match(form):
                        self.local_government.setdefault(_phrase_key(m.group("place")), aid)
            # "Pemerintah Negeri Sarawak": a state's government, named by the state
            if (
                cid
                and cid != "ID"
                and atype == "LocalGovernmentOrganisation"
                and (m := _STATE_GOVERNMENT.match(name_id or ""))
            ):
                self.states[cid].append((re.compile(rf"\b{re.escape(m.group('state'))}\b"), aid))
            if cid and cid != "ID" and _MINISTRY_NAME.match(name_id or ""):
                self.ministries[cid].append((aid, _portfolio_words(f"{name_id} {name_en} {aliases}")))
            self.mission[aid] = atype == "DiplomaticMission"
            self.parent_of[aid] = parent or ""
            self.successor_of[aid] = successor or ""
            if cid and cid != "ID":
                self.by_country[cid].append((aid, f"{name_id or ''} {name_en or ''}"))
                # the national government of the country (not a state's: "Pemerintah Negeri Sabah" has a parent)
                if (
                    atype == "CentralGovernmentOrganisation"
                    and not parent
                    and _GOVERNMENT_NAME.search(name_id or "")
                    and cid not in self.government
                ):
                    self.government[cid] = aid

    def __call__(
        self, tokens: list[Token], a: int | None, b: int, entities: dict[int, EntitySpan], agency: str | None
    ) -> str | None:
        if a is None or b < a:
            return agency
        cc = self.country_named(tokens, a, b, entities)
        if cc is None or cc == "ID":
            return agency
        return self.body_of(" ".join(t.token for t in tokens[a : b + 1]), cc, agency)

    def country_named(
        self, tokens: list[Token], a: int, b: int, entities: dict[int, EntitySpan]
    ) -> str | None:
        """The country whose office the title a..b names: "ID" for RI / Indonesia, a foreign one, or None."""
        countries = []
        for k in range(a, b + 1):
            hit = entities.get(k)
            before = tokens[k - 1].norm if k > 0 else ""
            # "Atase Kepolisian KBRI Manila": the city of an Indonesian mission says where it sits, not whose it is
            office = entities.get(k - 1) if k > 0 else None
            indonesian_office = (
                office is not None
                and office is not hit
                and office.entity_type == "agency"
                and self.country_of.get(office.entity_id) == "ID"
                and self.mission.get(office.entity_id, False)
            )
            if (
                hit
                and hit.entity_type == "country"
                and hit.entity_id != "ID"
                and before not in _COUNTRY_OF_SERVICE
                and not indonesian_office
            ):
                countries.append(hit.entity_id)
        # "Duta Besar Malaysia untuk Indonesia": Indonesia is where the title serves, not whose it is
        own_words = " ".join(
            tokens[k].token
            for k in range(a, b + 1)
            if k == 0 or tokens[k - 1].norm not in _COUNTRY_OF_SERVICE
        )
        if _NAMES_INDONESIA.search(own_words):
            return "ID"
        return countries[-1] if countries else None

    def body_of(self, title_words: str, cc: str, agency: str | None) -> str | None:
        """The body of country cc that the title's head words name; an office of its government without a body of
        its own in the reference ("Presiden Filipina", "Sekretaris Pers Filipina") is the government's (None:
        neither)."""
        if _MONARCH.match(title_words):
            return None
        if agency and self.country_of.get(agency) == cc:
            return agency
        # "Wakil Menteri Imigrasi dan Pekerja Migran Sarawak": a minister of a state serves the state's government
        if _GOVERNMENT_OFFICE.search(title_words):
            state = next((aid for name, aid in self.states.get(cc, []) if name.search(title_words)), None)
            if state is not None:
                return state
        for head, body in _BODY_KEYWORDS:
            if head.search(title_words):
                if body is None:
                    return self.government.get(cc)
                found = next((aid for aid, names in self.by_country[cc] if body.search(names)), None)
                if found is not None:
                    return found
                break
        else:
            if found := self.ministry_of(title_words, cc):
                return found
        return self.government.get(cc) if _GOVERNMENT_OFFICE.search(title_words) else None

    def ministry_of(self, title_words: str, cc: str) -> str | None:
        """ "Menteri Pertanian dan Pedesaan China", "Menteri Energi dan Pertambangan Laos": a minister whose portfolio no
        head word above covers serves the ministry of country cc whose names hold every word of the portfolio (the
        one with the fewest words of those that do)."""
        m = _MINISTER_OF.search(title_words)
        if m is None:
            return None
        wanted = _portfolio_words(m.group("portfolio"))
        if not wanted:
            return None
        fits = [(len(words), aid) for aid, words in self.ministries.get(cc, []) if wanted <= words]
        return min(fits)[1] if fits else None


@dataclass(frozen=True)
class PersonRules:
    """What the person rules read besides the sentence: the titles, the words that are no names in this article
    (`common`: written in lower case more often than not, and rank words), the body and the foreign bodies."""

    titles: Titles
    common: set[str]
    body: str
    foreign_body: ForeignBodies


class Cues(NamedTuple):
    """What makes a capitalised run a person's name."""

    title_start: int | None  # a title or rank before it ("Kapolri Listyo Sigit")
    speech_before: bool  # "ujar Hudiyanto", "dipimpin Krishna Murti"
    speech_after: bool  # "Usman Kansong mengatakan"
    apposition: bool  # "Usman Kansong, Dirjen IKP Kominfo"
    listed: bool  # "tiga tersangka, yakni Budi Santoso, Ahmad, dan Rina"
    role_at: int | None = None  # "melalui atase kepolisiannya, Li Wei": the role noun before the comma
    # "Hudiyanto dari Sekretariat Satgas PASTI mengatakan": the first token of the body the name is from
    from_body: int | None = None
    # "Judha Nugraha selaku Direktur ...", "Muhadjir Effendy ketika masih menjabat Menteri ...": the title after
    title_after: int | None = None
    # "Rizal Sampurna, pekerja migran asal Banyuwangi": a private person's description after the comma
    private_after: bool = False

    @property
    def any_but_role(self) -> bool:
        return (
            self.title_start is not None
            or self.speech_before
            or self.speech_after
            or self.apposition
            or self.listed
            or self.from_body is not None
            or self.title_after is not None
            or self.private_after
        )

    @property
    def any(self) -> bool:
        return self.any_but_role or self.role_at is not None


def entities_by_token(tokens: list[Token], entity_at: dict[int, EntitySpan]) -> dict[int, EntitySpan]:
    """Token index -> the agency or country mention it belongs to (`end`: the index of its last token);
    `entity_at`: the article's mentions by start offset."""
    out: dict[int, EntitySpan] = {}
    if not entity_at:
        return out
    n = len(tokens)
    for i, tok in enumerate(tokens):
        hit = entity_at.get(tok.start)
        if hit:
            j = i
            while j + 1 < n and tokens[j + 1].start < hit.end:
                j += 1
            for k in range(i, j + 1):
                out[k] = EntitySpan(hit.entity_type, hit.entity_id, j)
    return out


@dataclass
class SentenceScan:
    """One sentence read for persons: its tokens, the entity mentions over them and the rules (its methods)."""

    article_id: str
    sent_idx: int
    tokens: list[Token]
    entities: dict[int, EntitySpan]
    rules: PersonRules
    n: int = field(init=False)
    ranks: dict[tuple[str, ...], TitleEntry] = field(init=False)
    listed: set[int] = field(init=False)  # tokens that start a name in a list of people
    last_name_end: int = field(init=False)  # the last token of the latest person found (-1: none yet)
    last_country: str | None = field(init=False)  # the foreign country the latest person's title named
    person_country: str | None = field(init=False)  # the foreign country of the current person's office
    rank_start: dict[int, int | None] = field(init=False)  # rank_ending_at's answers so far
    keys: list[str] = field(init=False)  # each token's `key`, computed once (the rules read them many times)
    name_token: dict[int, bool] = field(init=False)  # is_name_token's answers so far
    name_start: dict[int, bool] = field(init=False)  # starts_name's answers so far
    listed_body: dict[int, str] = field(init=False)  # listed members' body ("anggota BKSAP seperti ...")

    def __post_init__(self) -> None:
        self.n = len(self.tokens)
        self.ranks = self.rules.titles.entries
        self.rank_start = {}
        self.keys = [t.norm.strip(".") for t in self.tokens]  # Token.key, without a property call per token
        self.name_token = {}
        self.name_start = {}
        self.listed_body = {}
        self.listed = self.listed_names()
        self.last_name_end = -1
        self.last_country = None
        self.person_country = None

    # --------------------------------------------------------------------------------------- name words

    def is_name_token(self, i: int) -> bool:
        """A capitalised word that is no stop word, title, organisation word, common word, entity or rank
        (remembered per token: it reads only the token, the article's words and the sentence's entities)."""
        known = self.name_token.get(i)
        if known is None:
            known = self.name_token[i] = self._is_name_token(i)
        return known

    def _is_name_token(self, i: int) -> bool:
        tok = self.tokens[i]
        return (
            _name_word(tok.token, tok.norm)
            and tok.norm not in self.rules.common
            and (i not in self.entities or self.place_as_name(i))
            and (tok.norm,) not in self.ranks
        )

    def place_as_name(self, i: int) -> bool:
        """A one-word foreign place read at token i that starts a name instead: right after a title's word or body,
        before a name word ("Deputi PPATK Danang Tri Hartono"; not "di Danang", not "KBRI Yangon")."""
        hit = self.entities[i]
        if (
            hit.entity_type != "country"
            or hit.end != i
            or i == 0
            or i + 1 >= self.n
            or self.tokens[i].norm not in self.rules.foreign_body.place_words
            or _TRAILING_BREAK.search(self.tokens[i].raw)
            or not self.tokens[i - 1].token[:1].isupper()
            or _TRAILING_BREAK.search(self.tokens[i - 1].raw)
        ):
            return False
        head = i - 1
        before = self.entities.get(head)
        if before is not None:
            # a foreign place after a foreign body is its seat ("Departemen Imigrasi Sabah"), after an Indonesian
            # body that a title word heads ("Deputi PPATK") it is no unit of it
            if (
                before.entity_type != "agency"
                or before.end >= i
                or self.rules.foreign_body.country_of.get(before.entity_id) != "ID"
            ):
                return False
            while head > 0 and self.entities.get(head - 1) == before:
                head -= 1
            head -= 1
        if head < 0 or (
            self.tokens[head].key not in POSITION_WORDS and (self.tokens[head].key,) not in self.ranks
        ):
            return False
        nxt = self.tokens[i + 1]
        return bool(_NAME_TOKEN.match(nxt.token)) and i + 1 not in self.entities and self.is_name_token(i + 1)

    def past_place_words(self, i: int, j: int) -> int:
        """Where the name i..j starts once the place words glued before it are left out: "Konsul RI di Vanimo Allen
        Simarmata", "Kepala PLBN Sebatik Hariman Latuconsina" (the article says "Pulau Sebatik"), "Gubernur West
        Sepik Tony Wouwou" (an English compass word starts a place), "Imigrasi Tanjung Balai Asahan Wawan Anjaryono"
        (the article writes "Balai Asahan" elsewhere without the name). Two name words always stay."""
        while j - i >= 2:
            if self.tokens[i].norm in _COMPASS_WORDS and j - i >= 3:
                i += 2
            elif self.place_word(i):
                i += 1
            else:
                break
        return i

    def region_place_end(self, i: int, j: int) -> int | None:
        """ "Sekretaris Dinas ... Provinsi Jawa Barat Sudianti": right after "Provinsi" / "Kabupaten" / "Kota", the
        words i.. that with it name a local government of the reference are its place; the last token of that place
        (at most three words, before j) or None."""
        if (
            i == 0
            or self.tokens[i - 1].norm not in _REGION_WORDS
            or _TRAILING_BREAK.search(self.tokens[i - 1].raw)
        ):
            return None
        local = self.rules.foreign_body.local_government
        for n in range(min(3, j - i), 0, -1):
            if any(_TRAILING_BREAK.search(t.raw) for t in self.tokens[i : i + n - 1]):
                continue
            words = self.rules.body[self.tokens[i - 1].start : self.tokens[i + n - 1].end]
            if local.get(_phrase_key(words)):
                return i + n - 1
        return None

    def past_region_place(self, i: int, j: int) -> int:
        """Where the name i..j starts once a local government's place glued before it is left out."""
        end = self.region_place_end(i, j)
        return i if end is None or _TRAILING_BREAK.search(self.tokens[end].raw) else end + 1

    def region_place_before(self, i: int) -> bool:
        """Token i follows "Provinsi / Kabupaten / Kota <place>" that names a local government of the reference."""
        for n in range(1, 4):
            start = i - n
            if start >= 1 and self.region_place_end(start, i) == i - 1:
                return True
        return False

    def place_word(self, i: int) -> bool:
        """Token i, the first word of a name run after a title, is a place of the article: right after "di"/"ke"/
        "dari", or written elsewhere after a place noun or a locative ("Pulau Sebatik", "di Sebatik"), or elsewhere
        after the same word as here with no name after it ("Balai Asahan menunda")."""
        if i == 0:
            return False
        word = self.tokens[i].token
        before = self.tokens[i - 1]
        if _TRAILING_BREAK.search(before.raw) or not word.isalpha():
            return False
        # inside a title: a capitalised word before the locative ("RI di Vanimo"; not "surat dari Abdul Kadir ...")
        if before.norm in _LOCATIVES:
            return (
                i > 1
                and self.tokens[i - 2].token[:1].isupper()
                and not _TRAILING_BREAK.search(self.tokens[i - 2].raw)
            )
        # the place elsewhere has no name after it ("Pulau Sebatik," but not "dari Abdul Kadir Karding")
        alone = r"(?:[,.;:)]|\s+[a-z(]|\s*$)"
        here = self.tokens[i].start
        if self.elsewhere(rf"\b(?:{_PLACE_NOUNS})\s+(?P<w>{re.escape(word)}){alone}", here, word):
            return True
        if before.key in POSITION_WORDS or before.token[:1].islower() or (before.key,) in self.ranks:
            return False
        return self.elsewhere(rf"\b{re.escape(before.token)}\s+(?P<w>{re.escape(word)}){alone}", here, word)

    def elsewhere(self, pattern: str, here: int, word: str = "") -> bool:
        """Whether the article matches `pattern` with its group "w" at another place than offset `here`. `word`: what
        group "w" matches, as written; an article that writes it only at `here` is not scanned (half the calls)."""
        body = self.rules.body
        if word and body.find(word) == here and body.find(word, here + 1) == -1:
            return False
        return any(m.start("w") != here for m in re.finditer(pattern, body))

    def is_initial(self, i: int) -> bool:
        """ "M." in "M. Natsir Kongah", "J." in "Maroli J. Indarto"; two or three written together, "A.A." in "A.A. Raka
        Putra Dharmana" (not a degree or honorific of titles.csv: "S.H.")."""
        tok = self.tokens[i]
        if tok.raw != tok.token + ".":
            return False
        return (len(tok.token) == 1 and tok.token.isupper()) or (
            bool(_INITIALS.match(tok.token)) and (tok.key,) not in self.ranks
        )

    def is_letters_part(self, i: int) -> bool:
        """Two capitals written as part of a name: "Mahfud MD", "Retno LP Marsudi" (not an acronym found as an
        agency or country, not a rank)."""
        tok = self.tokens[i]
        return (
            bool(_NAME_LETTERS.match(tok.token)) and i not in self.entities and (tok.norm,) not in self.ranks
        )

    def starts_name(self, i: int) -> bool:
        """A name word, or an initial before one ("M. Natsir"), or, right after a rank, an organisation word that is
        also a first name before a name word ("Irjen Pol. Sandi Nugroho"). The last word of an honorific of
        several words is none ("Tan Sri Acryl Sani": "Sri" alone is also a first name). Remembered per token."""
        known = self.name_start.get(i)
        if known is None:
            known = self.name_start[i] = self._starts_name(i)
        return known

    def _starts_name(self, i: int) -> bool:
        start = self.rank_ending_at(i)
        if start is not None and start < i:
            kind = self.ranks[tuple(self.keys[start : i + 1])].kind
            if kind == "honorific":
                return False
            # "Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno": the last word of a title of several words
            # is the title's, when a name follows it; "Jaksa Agung meminta": and when a lower-case word does
            if kind == "position" and (
                i + 1 >= self.n
                or self.is_name_token(i + 1)
                or self.tokens[i + 1].token[:1].islower()
                or _TRAILING_BREAK.search(self.tokens[i].raw)
            ):
                return False
        return (
            self.is_name_token(i)
            or (self.is_initial(i) and i + 1 < self.n and self.is_name_token(i + 1))
            or self.balinese_article(i)
            or self.noble_word_after_body(i)
            or self.given_name_after_comma(i)
            or (
                self.tokens[i].norm in ORG_WORDS
                and self.after_rank(i)
                and i + 1 < self.n
                and self.is_name_token(i + 1)
                and bool(_NAME_TOKEN.match(self.tokens[i].token))
                and i not in self.entities
            )
        )

    def balinese_article(self, i: int) -> bool:
        """ "Kajari Batam I Ketut Kasna Dedi", "Ni Luh Putu ...": the Balinese "I" (a man's) or "Ni" (a woman's)
        before a birth-order or caste name starts the name (not the Roman numeral of "Komisi I")."""
        return (
            self.tokens[i].token in {"I", "Ni"}
            and not _TRAILING_BREAK.search(self.tokens[i].raw)
            and i + 1 < self.n
            and self.tokens[i + 1].norm in _BALINESE_NAMES
            and self.is_name_token(i + 1)
        )

    def noble_word_after_body(self, i: int) -> bool:
        """ "Gubernur NTB Lalu Muhamad Iqbal": right after a body or place that ends a title, a capitalised common word
        that is also the first word of a name (a Sasak noble's "Lalu") starts the name before a name word."""
        tok = self.tokens[i]
        before = self.entities.get(i - 1) if i > 1 else None
        return (
            before is not None
            and before.end == i - 1
            and not _TRAILING_BREAK.search(self.tokens[i - 1].raw)
            and (tok.norm in _NAME_OPENERS or tok.norm in _GIVEN_NAME_ORG_WORDS)
            and bool(_NAME_TOKEN.match(tok.token))
            and i not in self.entities
            and i + 1 < self.n
            and self.is_name_token(i + 1)
            and self.title_start_before(i) is not None
        )

    def given_name_after_comma(self, i: int) -> bool:
        """ "Kepala BP3MI Jawa Barat saat itu, Mulia Nugraha, memaparkan": an organisation word that is also a given
        name opens the name after a comma, before a name word that the next break closes."""
        tok = self.tokens[i]
        return (
            i > 0
            and self.tokens[i - 1].raw.endswith(",")
            and tok.norm in _GIVEN_NAME_ORG_WORDS
            and bool(_NAME_TOKEN.match(tok.token))
            and not _TRAILING_BREAK.search(tok.raw)
            and i not in self.entities
            and i + 1 < self.n
            and self.is_name_token(i + 1)
            and bool(_TRAILING_BREAK.search(self.tokens[i + 1].raw))
        )

    def after_rank(self, i: int) -> bool:
        """Token i follows a police or military rank ("Irjen Pol.", "AKBP")."""
        start = self.rank_ending_at(i - 1) if i > 0 else None
        return start is not None and self.ranks[tuple(self.keys[start:i])].kind == "rank"

    def rank_introduces(self, k: int) -> bool:
        """A rank starts at token k and a name follows it: "Kepala Kepolisian Nasional Pol. Jend. Torsak Sukvimol",
        the capitalised words before the rank end the office, they name no one."""
        for length in range(1, 5):
            end = k + length
            key = tuple(self.keys[k:end])
            if end < self.n and self.ranks.get(key, NO_TITLE).kind == "rank" and self.is_name_token(end):
                return True
        return False

    def rank_ending_at(self, i: int) -> int | None:
        """Start index of a rank/title phrase from titles.csv that ends at token i (remembered per token: the
        rules ask it of the same tokens many times)."""
        if i in self.rank_start:
            return self.rank_start[i]
        found = None
        for length in self.rules.titles.lengths.get(self.keys[i], ()):
            if length <= i + 1 and tuple(self.keys[i - length + 1 : i + 1]) in self.ranks:
                found = i - length + 1
                break
        self.rank_start[i] = found
        return found

    def extends(self, j: int) -> bool:
        """Whether the name running to token j goes on with token j + 1 (not past a comma or a parenthesis)."""
        if j + 1 >= self.n or self.tokens[j + 1].raw.startswith("("):
            return False
        if _TRAILING_BREAK.search(self.tokens[j].raw) and not self.is_initial(j):
            return False
        return (
            self.is_name_token(j + 1)
            or self.is_letters_part(j + 1)
            or (self.is_initial(j + 1) and j + 2 < self.n and self.is_name_token(j + 2))
        )

    def stop_word_inside(self, j: int) -> bool:
        """ "AKBP Jenda Kita Sitepu": a capitalised common word (no conjunction or preposition) between two name
        words inside a sentence is part of the name."""
        if j + 2 >= self.n or _TRAILING_BREAK.search(self.tokens[j].raw):
            return False
        mid = self.tokens[j + 1]
        return (
            # "Wakil Menteri Urusan Keamanan Sipil": not after a title's word
            self.tokens[j].key not in POSITION_WORDS
            and self.rank_ending_at(j) is None
            and mid.norm in NAME_STOP
            # "Urusan Keamanan Sipil": a noun of an office's name ("Keamanan") is none
            and not _NOMINALISATION.match(mid.token)
            and mid.norm not in ORG_WORDS
            and mid.norm not in POSITION_WORDS
            and mid.norm not in CONNECTORS
            and mid.norm not in _NOT_INSIDE_NAMES
            and bool(_NAME_TOKEN.match(mid.token))
            and not mid.token.isupper()
            and not _TRAILING_BREAK.search(mid.raw)
            and (j + 1) not in self.entities
            and self.is_name_token(j + 2)
        )

    def honorific_inside(self, j: int) -> bool:
        """A name of two words or more running to token j goes on over an Arab or Malay honorific that is also a
        part of names there, before another name word: "Sitti Saleha Habib Yussof", "Tuan Ibrahim Tuan Man"."""
        return (
            j + 2 < self.n
            and not _TRAILING_BREAK.search(self.tokens[j].raw)
            and not _TRAILING_BREAK.search(self.tokens[j + 1].raw)
            and self.tokens[j + 1].token[:1].isupper()
            and self.tokens[j + 1].key in NAME_HONORIFICS
            and self.is_name_token(j + 2)
        )

    def patronymic_inside(self, j: int) -> bool:
        """A name running to token j goes on over an Arab or Malay patronymic particle before another name word:
        "Abdullah bin Abdulrahman Al-Hamad", "Siti binti Ahmad"."""
        return (
            j + 2 < self.n
            and not _TRAILING_BREAK.search(self.tokens[j].raw)
            and not _TRAILING_BREAK.search(self.tokens[j + 1].raw)
            and self.tokens[j + 1].token in PATRONYMIC_PARTICLES
            and self.is_name_token(j + 2)
        )

    def name_end(self, i: int) -> int:
        """The last token of the name starting at i (at most six words)."""
        j = i
        while j - i < 5:
            if self.extends(j):
                j += 1
            elif j > i and self.honorific_inside(j):
                j += 2
            elif self.patronymic_inside(j):
                j += 2
            elif self.stop_word_inside(j):
                j += 2
            else:
                break
        # "Kepala PPATK Muhammad Yusuf Hakim mengatakan": a word that is also a title ("hakim") ends a name of two
        # words or more when no name follows it (a title would introduce one)
        if (
            j > i
            and j - i < 5
            and j + 1 < self.n
            and not _TRAILING_BREAK.search(self.tokens[j].raw)
            and self.tokens[j + 1].norm.strip(",.") in POSITION_WORDS
            and bool(_NAME_TOKEN.match(self.tokens[j + 1].token))
            and (j + 2 >= self.n or self.tokens[j + 2].token[:1].islower())
        ):
            j += 1
        # "Anggota Komisi V DPRD Jawa Barat Toto Purwanto Sandi menggelar": an organisation word that is also a given
        # name ends a name of two words or more when a lower-case word or a break follows it
        elif (
            j > i
            and j - i < 5
            and j + 1 < self.n
            and not _TRAILING_BREAK.search(self.tokens[j].raw)
            and self.tokens[j + 1].norm.strip(",.") in _GIVEN_NAME_ORG_WORDS
            and bool(_NAME_TOKEN.match(self.tokens[j + 1].token.rstrip(",.")))
            and (j + 1) not in self.entities
            and (
                _TRAILING_BREAK.search(self.tokens[j + 1].raw)
                or j + 2 >= self.n
                or self.tokens[j + 2].token[:1].islower()
            )
        ):
            j += 1
        return j

    # --------------------------------------------------------------------------------------- no person

    def title_continues(self, j: int) -> bool:
        """A capitalised run followed, still inside the same title, by another name-like run is part of that title:
        "Direktur Jenderal Pengawasan Ruang Digital Komdigi Rahmat Hidayatullah Siregar"."""
        if self.tokens[j].raw.endswith(",") and j not in self.entities:
            return False
        k = j + 1
        while k < self.n and k - j <= 10:
            tok = self.tokens[k]
            if (
                k + 1 < self.n
                and self.is_name_token(k)
                and self.is_name_token(k + 1)
                and not tok.raw.startswith("(")
            ):
                return True
            if tok.norm in {"dan", "serta", "and", "atau"}:
                return False
            if tok.norm in {"di", "at"} and self.names_building(k + 1):
                return False
            if (
                tok.norm in {"di", "at"}
                and k == j + 1
                and j > 0
                and j not in self.entities
                and j - 1 not in self.entities
                and self.is_name_token(j)
                and self.is_name_token(j - 1)
            ):
                # "Perdana Menteri Papua Nugini James Marape di APEC Haus, Port Moresby": a name of two words or
                # more right before "di" is the person, the run after "di" his whereabouts
                return False
            if (
                k in self.entities
                or tok.token[:1].isupper()
                or tok.norm in CONNECTORS
                or tok.raw.startswith("(")
            ):
                if _TRAILING_BREAK.search(tok.raw) and not (
                    k in self.entities or tok.raw.rstrip(",").endswith(")")
                ):
                    return False
                k += 1
                continue
            return False
        return False

    def after_org_head(self, i: int) -> bool:
        """ "Bandara Internasional Soekarno-Hatta": an institution or place named after a person (not past a comma:
        "Kepala Keamanan Publik Provinsi Bokeo, Anousin Sackpaseuth" names the person after the title)."""
        toks = self.tokens
        if i > 0 and toks[i - 1].raw.endswith(","):
            return False
        # "Gubernur Provinsi Tak Chucheep Phongchai": the word after the head completes a known place or body
        # (a mention ending there), so the run from i is a new name, not the rest of the institution's
        completed = self.entities.get(i - 1) if i > 1 else None
        if completed is not None and completed.end == i - 1 and self.entities.get(i - 2) == completed:
            return toks[i - 1].norm in ORG_HEADS
        # "Sekretaris Daerah Provinsi Sumut Effendy Pohan": a region word and the region's name (a place) end an
        # office's title, the run after them is a name
        if (
            completed is not None
            and completed.entity_type == "country"
            and completed.end == i - 1
            and toks[i - 2].norm in _REGION_WORDS
            and i > 2
            and toks[i - 3].token[:1].isupper()
        ):
            return False
        return (i > 0 and toks[i - 1].norm in ORG_HEADS) or (
            i > 1 and toks[i - 2].norm in ORG_HEADS and toks[i - 1].token[:1].isupper()
        )

    def office_place(self, i: int, j: int) -> bool:
        """ "Imigrasi Soekarno Hatta, Bambang Tri Cahyono": a place naming the office before it, then the person."""
        toks = self.tokens
        before = self.entities.get(i - 1) if i > 0 else None
        return (
            before is not None
            and before.entity_type == "agency"
            and not toks[i - 1].raw.endswith(",")
            and toks[j].raw.endswith(",")
            and j + 2 < self.n
            and self.is_name_token(j + 1)
            and self.is_name_token(j + 2)
        )

    def names_building(self, k: int) -> bool:
        """The capitalised run from token k names a building or a landmark ("Menara Kembar Petronas, Kuala Lumpur",
        "Government House")."""
        while k < self.n and self.tokens[k].token[:1].isupper():
            if self.tokens[k].norm in BUILDING_WORDS:
                return True
            if _TRAILING_BREAK.search(self.tokens[k].raw):
                return False
            k += 1
        return False

    def names_no_person(self, i: int, j: int) -> bool:
        """The run i..j names a place, an institution or is part of a title; the topic of a meeting named before
        it ("Senior Officer Meeting Transnational Crime"); a numbered cohort or session ("Angkatan ke-34")."""
        toks = self.tokens
        k = i - 1
        while k >= 0 and toks[k].norm in ROOM_KINDS:
            k -= 1
        return (
            (i > 0 and toks[i - 1].norm in MEETING_WORDS and not toks[i - 1].raw.endswith(","))
            # "Politikus Partai Golkar", "Kabinet Merah Putih": the name of a party or a cabinet
            or (
                i > 0
                and toks[i - 1].norm in _GROUP_NOUNS
                and (i == j or toks[i - 1].norm == "kabinet")
                and not toks[i - 1].raw.endswith(",")
                # "Sekretaris Kabinet Teddy Indra Wijaya": an office of the cabinet, a person after it
                and not (i > 1 and toks[i - 2].token[:1].isupper() and toks[i - 2].key in POSITION_WORDS)
            )
            or toks[i].norm in _GROUP_NOUNS
            # "Di ruang VIP Bunga Raya, Presiden disambut ...": a room or compound is named after its noun
            or (0 <= k < i and toks[k].norm in ROOM_WORDS)
            or (j + 1 < self.n and _ORDINAL.match(toks[j + 1].token) is not None)
            or self.after_org_head(i)
            or (
                j + 1 < self.n
                and not _TRAILING_BREAK.search(self.tokens[j].raw)
                and self.names_building(j + 1)
            )
            or self.office_place(i, j)
            or self.title_continues(j)
            or (not _TRAILING_BREAK.search(toks[j].raw) and self.rank_introduces(j + 1))
        )

    # --------------------------------------------------------------------------------------- cues

    def listed_names(self) -> set[int]:
        """Token indices that start a name in a list of people ("tiga tersangka, yakni Budi Santoso, Ahmad, dan
        Rina"): after a list word that follows, within six words, a noun for people; the list ends at the first
        word that is neither a name nor a separator."""
        starts: set[int] = set()
        for k in range(1, self.n - 1):
            introduces = self.tokens[k].norm in LIST_INTRODUCERS
            # "didampingi sejumlah anggota MPR, yakni Firman Soebagyo, Rinto Subekti (Demokrat), ...": members too
            if introduces and any(
                t.norm in LISTED_PEOPLE or t.norm in MEMBER_NOUNS for t in self.tokens[max(0, k - 6) : k]
            ):
                starts |= self._list_items(k + 1)
            # "sejumlah anggota Badan Kerja Sama Antar Parlemen (BKSAP) seperti Gilang ..., Stevano ..., dan Pinka
            # ...": examples of members of a body, the name of the body between them
            elif self.tokens[k].norm == "seperti" and any(
                t.norm in MEMBER_NOUNS for t in self.tokens[max(0, k - 9) : k]
            ):
                items = self._list_items(k + 1)
                starts |= items
                # the members serve the body named between the noun and "seperti"
                body = next(
                    (
                        self.entities[m].entity_id
                        for m in range(k - 1, max(0, k - 9) - 1, -1)
                        if m in self.entities and self.entities[m].entity_type == "agency"
                    ),
                    None,
                )
                if body is not None:
                    self.listed_body.update(dict.fromkeys(items, body))
        return starts

    def _list_items(self, m: int) -> set[int]:
        """The names of a list starting at token m, separated by commas, "dan" or "serta"."""
        starts: set[int] = set()
        item_start = True
        while m < self.n:
            tok = self.tokens[m]
            if tok.norm in {"dan", "serta"}:
                item_start = True
            elif not item_start and tok.raw.startswith("(") and m > 0 and self.is_name_token(m - 1):
                # "Rinto Subekti (Demokrat), ...": a bracketed affiliation after a name, then the next item
                while m < self.n and not self.tokens[m].raw.rstrip(",").endswith(")"):
                    m += 1
                if m >= self.n or not self.tokens[m].raw.endswith(","):
                    break
                item_start = True
            elif self.is_name_token(m) or (not item_start and self.is_letters_part(m)):
                if item_start:
                    starts.add(m)
                item_start = tok.raw.endswith(",")
                if _TRAILING_BREAK.search(tok.raw) and not item_start:
                    break
            else:
                break
            m += 1
        return starts

    def title_start_before(self, i: int) -> int | None:
        """Where the title before the name at i starts: walk back over title words, ranks, agencies, acronyms and
        connectors. A comma may separate them: "Sekretaris ... Kemlu RI, Didik Eko Pujianto mengungkapkan"."""
        k, title_start = self.relative_clause_before(i), None
        only_ranks, crossed, items = True, False, 0
        # "Menlu China Wang Yi dan Menhan Dong Jun": a title never reaches back over the person before it
        while k > self.last_name_end:
            tok = self.tokens[k]
            # "Dubes RI untuk Kamboja, Dr. Santo ...": an agency or country may close the title before the comma
            entity = self.entities.get(k)
            if (
                k < i - 1
                and tok.raw.endswith(",")
                and not (entity and entity.entity_type in {"agency", "country"})
            ):
                # "Menteri Industri Makanan, Komoditi, dan Pembangunan Wilayah Sarawak": the commas of a portfolio's
                # enumeration stay inside the title (each item one word, the last after "dan")
                if _TITLE_WORD.match(tok.token) and self.enumerates(k, i):
                    items += 1
                # "Kepala Kepolisian Provinsi Mondulkiri, Mayor Jenderal Lor Sokha": a rank right after a comma
                # goes on with the office before it (once)
                elif crossed or title_start is None or not only_ranks:
                    break
                else:
                    crossed = True
            # "Kepala PNP kala itu, Police Director General ...": "saat itu" dates the office, inside its title
            if (
                tok.norm.strip(",") == "itu"
                and k - 1 > self.last_name_end
                and self.tokens[k - 1].norm in _THEN
            ):
                k -= 2
                continue
            rank_start = self.rank_ending_at(k)
            if rank_start is not None:
                entry = self.ranks[tuple(t.key for t in self.tokens[rank_start : k + 1])]
                only_ranks = only_ranks and entry.kind == "rank"
                title_start, k = rank_start, rank_start - 1
                continue
            if tok.key in POSITION_WORDS and (
                tok.key not in CAPITALISED_POSITIONS or tok.token[:1].isupper()
            ):
                only_ranks = False
                title_start, k = k, k - 1
                continue
            if tok.norm == "dan" and self.pair_of_offices(k, title_start):
                break
            # "anggota DPD RI asal Jawa Barat Agita Nurfianti": the origin ("asal" and a capitalised place) of a
            # member's seat is inside the title
            if tok.norm == "asal" and k + 1 < i - 1 and _TITLE_WORD.match(self.tokens[k + 1].token):
                k -= 1
                continue
            # "Presiden Filipina ke-12, Fidel Ramos": the ordinal of an office belongs to its title
            if (
                entity
                or tok.key in CONNECTORS
                or _TITLE_WORD.match(tok.token)
                or _ORDINAL.match(tok.key)
                or _TERM_OF_OFFICE.match(tok.token)
            ):
                k -= 1
                if i - k > 14 + items:
                    break
                continue
            # "Pengamat kebijakan publik Agus Pambagio": an academic's field in lower-case words after the noun
            if title_start is None and _LOWER_WORD.match(tok.token):
                field_start = self.academic_before(k)
                if field_start is not None:
                    title_start = field_start
            break
        if title_start is None and i not in self.listed and 0 <= self.last_name_end == k < i - 1:
            # "Kepala Divisi Humas Polri M. Natsir Kongah dan Maroli J. Indarto": the next name of a list after a
            # titled person is a person too (its title is not the one before the first name)
            between = {t.norm.strip(",") for t in self.tokens[k + 1 : i]}
            if between <= {"dan", "serta", ""}:
                return k + 1
        return title_start

    def pair_of_offices(self, d: int, title_start: int | None) -> bool:
        """ "Wapres dan Menteri Luar Negeri Retno Marsudi", "kepada Presiden dan Menko Polhukam Mahfud MD": the "dan"
        at token d joins two offices, the name holds only the one after it, when an office word starts right after
        "dan" and a whole office of titles.csv ends right before it ("Menteri Hukum dan Hak Asasi Manusia": no
        office word after "dan", one title)."""
        if title_start != d + 1 or d < 1:
            return False
        after = self.tokens[d + 1]
        if after.key not in POSITION_WORDS and self.rank_ending_at(d + 1) is None:
            before = next(
                (e for e in range(d + 2, d + 6) if e < self.n and self.rank_ending_at(e) == d + 1), None
            )
            if before is None:
                return False
        start = self.rank_ending_at(d - 1)
        return start is not None and self.ranks[tuple(self.keys[start:d])].kind == "position"

    def academic_before(self, k: int) -> int | None:
        """Where "Pengamat kebijakan publik" starts when its last lower-case word is token k: an academic noun
        (_ACADEMIC) followed by one to three lower-case words."""
        m = k
        while m > self.last_name_end and k - m <= 3:
            tok = self.tokens[m]
            if tok.key in _ACADEMIC and m < k:
                return m
            if not _LOWER_WORD.match(tok.token) or _TRAILING_BREAK.search(tok.raw):
                return None
            m -= 1
        return None

    def relative_clause_before(self, i: int) -> int:
        """The last token of the title before the name at i, over a short relative clause that ends with a comma:
        "Menteri Sumber Manusia Malaysia yang baru dilantik, Sim Chee Keong" (the title ends at "Malaysia")."""
        k = i - 1
        if k <= self.last_name_end or not self.tokens[k].raw.endswith(","):
            return k
        m = k
        while m > self.last_name_end and k - m < 4 and self.tokens[m].norm != "yang":
            if not self.tokens[m].token[:1].islower() or (
                m < k and _TRAILING_BREAK.search(self.tokens[m].raw)
            ):
                return k
            m -= 1
        if (
            m < k
            and m - 1 > self.last_name_end
            and self.tokens[m].norm == "yang"
            and self.tokens[m - 1].token[:1].isupper()
            and not _TRAILING_BREAK.search(self.tokens[m - 1].raw)
        ):
            return m - 1
        return k

    def enumerates(self, k: int, i: int) -> bool:
        """Whether the comma of token k opens the rest of an enumeration before the name at i: one capitalised word
        that is no office, then another such comma or "dan" / "serta" ("Keuangan, Edukasi, dan Pelindungan")."""
        n = k + 1
        if n + 1 >= i:
            return False
        if self.tokens[n].norm in {
            "dan",
            "serta",
        }:  # "Makanan, Komoditi, dan ...": the comma before the last item
            return True
        item = self.tokens[n]
        if (
            not _TITLE_WORD.match(item.token)
            or item.key in POSITION_WORDS
            or self.rank_ending_at(n) is not None
        ):
            return False
        if self.tokens[n + 1].norm in {"dan", "serta"}:
            return True
        return item.raw.endswith(",") and self.enumerates(n, i)

    def cues(self, i: int, j: int) -> Cues:
        """The cues around the run i..j."""
        toks = self.tokens
        prev_norm = toks[i - 1].norm if i > 0 else ""
        next_norm = toks[j + 1].norm if j + 1 < self.n else ""
        apposition = (
            toks[j].raw.endswith(",")
            and j + 1 < self.n
            and (
                toks[j + 1].key in POSITION_WORDS
                or self.rank_ending_at(j + 1) is not None
                or self.former_office_at(j + 1)
            )
        )
        return Cues(
            title_start=self.title_start_before(i),
            speech_before=prev_norm.strip(",") in SPEECH_BEFORE
            or (i >= 2 and toks[i - 2].norm == "dipimpin"),
            speech_after=next_norm in SPEECH_AFTER,
            apposition=apposition,
            listed=i in self.listed,
            role_at=self.role_before(i, j)
            if self.role_before(i, j) is not None
            else self.colleague_clause_at(i, j),
            from_body=self.said_from_body(j),
            title_after=self.title_after_name(j),
            # a weaker cue: only after a lower-case word, not for a run that opens the sentence (or follows its
            # dateline), whose first capital may be a common word ("BANYUWANGI - Jenazah Rizal Sampurna, pekerja")
            private_after=(
                j > i > 0
                and toks[i - 1].token[:1].islower()
                and toks[j].raw.endswith(",")
                and j + 1 < self.n
                and toks[j + 1].token[:1].islower()
                and toks[j + 1].norm.strip(",") in PRIVATE_PEOPLE
            ),
        )

    def title_after_name(self, j: int) -> int | None:
        """Where the title said after the name ending at j starts: "Judha Nugraha selaku Direktur Pelindungan WNI",
        "Muhadjir Effendy ketika masih menjabat Menteri Koordinator ...", "... yang menjabat sebagai Kepala ..."."""
        if _TRAILING_BREAK.search(self.tokens[j].raw):
            return None
        k = j + 1
        words = []
        while k < self.n and len(words) < 4 and self.tokens[k].token[:1].islower():
            words.append(self.tokens[k].norm)
            if _TRAILING_BREAK.search(self.tokens[k].raw):
                return None
            k += 1
        if not words or k >= self.n:
            return None
        # "Andina Thresia Narang dari Fraksi NasDem": a member of a house's party group
        if words == ["dari"] and self.tokens[k].norm == "fraksi":
            return k
        if not (words == ["selaku"] or "menjabat" in words and words[0] in _THEN | {"yang", "menjabat"}):
            return None
        tok = self.tokens[k]
        if tok.key in POSITION_WORDS or self.rank_ending_at(k) is not None or self.title_word_at(k):
            return k
        return None

    def title_word_at(self, k: int) -> bool:
        """A title of titles.csv starts at token k ("Menko Polkam", "Kapolri")."""
        for length in range(1, 6):
            if k + length <= self.n and tuple(t.key for t in self.tokens[k : k + length]) in self.ranks:
                return True
        return False

    def former_office_at(self, k: int) -> bool:
        """ "Alice Guo, mantan Wali Kota Bamban": a former office after the comma (a title word or rank follows
        "mantan" / "eks")."""
        return (
            self.tokens[k].norm in FORMER
            and k + 1 < self.n
            and (self.tokens[k + 1].key in POSITION_WORDS or self.rank_ending_at(k + 1) is not None)
        )

    def said_from_body(self, j: int) -> int | None:
        """The agency a name ending at j is said to be from before a speech verb: "Hudiyanto dari Sekretariat Satgas
        PASTI mengatakan" (the first token of the body; up to three capitalised unit words before it: "Nur Harsono dari
        Divisi Bantuan Hukum Migrant Care mengatakan")."""
        k = j + 1
        if k >= self.n or _TRAILING_BREAK.search(self.tokens[j].raw) or self.tokens[k].norm != "dari":
            return None
        m = k + 1
        while m < self.n and m - k <= 4:
            hit = self.entities.get(m)
            if hit is not None and hit.entity_type == "agency":
                after = hit.end + 1
                if after < self.n and self.tokens[after].norm.strip(",") in SPEECH_AFTER:
                    return m
                return None
            if not self.tokens[m].token[:1].isupper() or _TRAILING_BREAK.search(self.tokens[m].raw):
                return None
            m += 1
        return None

    def role_before(self, i: int, j: int) -> int | None:
        """The role noun a name of two words or more fills after a comma, within four lower-case words (or a
        country, "pengusaha asal China, Zhao Wei") before it: "putranya, Hun Manet"."""
        if j == i or i == 0 or not self.tokens[i - 1].raw.endswith(","):
            return None
        k = i - 1
        while k >= 0 and i - k <= 4:
            tok = self.tokens[k]
            if not (
                tok.token[:1].islower() or (k in self.entities and self.entities[k].entity_type == "country")
            ):
                return None
            noun = tok.norm.strip(",")
            stem = noun[:-3] if noun.endswith("nya") else noun
            if noun in OFFICE_NOUNS | PRIVATE_NOUNS or stem in OFFICE_NOUNS | PRIVATE_NOUNS:
                return k
            k -= 1
        return None

    def one_word_name_after_title(self, i: int) -> bool:
        """One-word names are common in Indonesia ("ujar Hudiyanto", taken after any speech verb), but after a title a
        lone capitalised word is as often the title's last word ("Pertemuan Bilateral"). It is a name only right after
        a rank ("AKBP Rahmat") or a one-word title that names its agency ("Menlu Sugiono", "Kapolri Listyo")."""
        if i == 0:
            return False
        rank_start = self.rank_ending_at(i - 1)
        if (
            rank_start is not None
            and self.ranks[tuple(t.key for t in self.tokens[rank_start:i])].kind == "rank"
        ):
            return True
        entry = self.ranks.get((self.tokens[i - 1].key,), NO_TITLE)
        if entry.kind == "position" and bool(entry.agency_id):
            return True
        # "Menteri Pelindungan Pekerja Migran Indonesia (P2MI) Mukhtarudin", "Duta Besar RI untuk Malaysia Hermono": a
        # title that closes with the body it belongs to or the country it serves in
        hit = self.entities.get(i - 1)
        if hit is not None and self.title_start_before(i) is not None:
            start = i - 1
            while start > 0 and self.entities.get(start - 1) == hit:
                start -= 1
            if hit.entity_type == "agency" or (
                start > 0 and self.tokens[start - 1].norm in _COUNTRY_OF_SERVICE
            ):
                return True
            # "Kepala Kanwil Kemenkumham Jambi Tholib": a regional office, its body and then its province
            before = self.entities.get(start - 1) if start > 0 else None
            if (
                hit.entity_type == "country"
                and hit.entity_id == "ID"
                and before
                and before.entity_type == "agency"
            ):
                return True
        if self.next_official_of_list(i):
            return True
        # "Sekretaris Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Barat Sudianti": a title that closes with the
        # province, regency or city of the local government it serves
        if self.region_place_before(i) and self.title_start_before(i) is not None:
            return True
        # "Menteri Luar Negeri Sugiono", "Menlu RI Sugiono": a longer title that names its agency, maybe followed
        # by the country it serves
        end = i - 1
        hit = self.entities.get(end)
        if hit is not None and hit.entity_type == "country" and hit.entity_id == "ID" and end > 0:
            end -= 1
        start = self.rank_ending_at(end)
        if start is None:
            return False
        entry = self.ranks[tuple(t.key for t in self.tokens[start : end + 1])]
        return entry.kind == "position" and bool(entry.agency_id)

    def next_official_of_list(self, i: int) -> bool:
        """ "Sekretaris Jenderal Kementerian P2MI Dwiyono, Direktur Jenderal Pelindungan Rinardi, dan Direktur
        Jenderal Penempatan Ahnas": in a list of officials, right after a person found, an item that opens with an
        office word and closes with one capitalised word names that person (the word ends the item)."""
        if self.last_name_end < 0 or not self.tokens[self.last_name_end].raw.endswith(","):
            return False
        start = self.last_name_end + 1
        while start < i and self.tokens[start].norm in {"dan", "serta"}:
            start += 1
        if start >= i - 1 or self.tokens[start].key not in POSITION_WORDS:
            return False
        if any(_TRAILING_BREAK.search(t.raw) for t in self.tokens[start:i]):
            return False
        tok = self.tokens[i]
        closes = tok.raw.endswith((",", ".")) or (
            i + 1 < self.n and self.tokens[i + 1].norm in {"dan", "serta"}
        )
        # "Menteri Pendidikan Tinggi, Sains, dan Teknologi": a word that opens an enumeration of capitalised words
        # is a portfolio's, not a name
        if i + 1 < self.n and tok.raw.endswith(","):
            nxt = self.tokens[i + 1]
            if (
                nxt.token[:1].isupper()
                and nxt.key not in POSITION_WORDS
                and self.rank_ending_at(i + 1) is None
            ):
                return False
        return closes and self.title_start_before(i) == start

    def is_person(self, i: int, j: int, cues: Cues) -> bool:
        """A cue makes the run a name; a one-word run needs a speech verb, a list, a rank or an agency's title."""
        if not cues.any:
            return False
        return (
            j != i
            or cues.speech_before
            or cues.listed
            or cues.from_body is not None
            or cues.title_after is not None
            or self.one_word_name_after_title(i)
        )

    # --------------------------------------------------------------------------------------- title and agency

    def apposition_end(self, a: int) -> int:
        """The last token of an apposition title starting at a ("Usman Kansong, Dirjen IKP Kominfo, ..."): up to
        the sentence end, a lower-case word, the next name or a rank."""
        b = a
        while b + 1 < self.n and b - a < 24 and not _SENTENCE_END.search(self.tokens[b].raw):
            nxt = self.tokens[b + 1]
            lower_word = nxt.token[:1].islower() and nxt.key not in CONNECTORS
            next_is_name = nxt.key in {"dan", "serta", "and"} and b + 2 < self.n and self.is_name_token(b + 2)
            next_rank = (
                self.rank_ending_at(b + 1) is not None and self.ranks.get((nxt.key,), NO_TITLE).kind == "rank"
            )
            if lower_word or next_is_name or nxt.key in HONORIFIC_TOKENS or next_rank:
                break
            b += 1
        return b

    def title_and_agency(self, a: int | None, b: int) -> tuple[str | None, str | None]:
        """Title text of tokens a..b without trailing agency/country names and honorifics; agency from a name inside
        the span, else from the title itself (titles.csv: "Dubes" -> KBRI, "Menkominfo" -> KOMINFO)."""
        if a is None or b < a:
            return None, None
        toks = self.tokens
        agency = self.employer_in(a, b)
        end = b
        while end >= a and (
            end in self.entities
            or toks[end].norm.strip(".,") in CONNECTORS
            or not toks[end].token
            or toks[end].key in HONORIFIC_TOKENS  # "Duta Besar Malaysia untuk Indonesia Datuk Syed ..."
        ):
            end -= 1
        begin = a
        while begin <= end and toks[begin].key in HONORIFIC_TOKENS:
            begin += 1
        if begin > end:
            return None, agency
        title = self.rules.body[toks[begin].start : toks[end].end].strip(" ,;")
        # "Atase Kepolisian KBRI Manila": the attaché is posted at the embassy but serves the body the title names;
        # "Menteri Imigrasi dan Pemasyarakatan": a whole title that names its ministry says more than a word in it
        # "Menteri Pelindungan Pekerja Migran Indonesia": a whole title may close with the country it names
        whole = self.ranks.get(tuple(t.key for t in toks[begin : b + 1])) or self.ranks.get(
            tuple(t.key for t in toks[begin : end + 1])
        )
        if whole and whole.agency_id and whole.kind == "position":
            agency = whole.agency_id
        if agency is None or self.rules.foreign_body.mission.get(agency):
            longest = self.rules.titles.longest
            for length in range(min(longest, end - begin + 1), 0, -1):
                # "Presiden terpilih": an office not held yet names no body
                if begin + length <= end and toks[begin + length].key in ELECT_WORDS:
                    continue
                entry = self.ranks.get(tuple(t.key for t in toks[begin : begin + length]))
                # a police or military rank says who employs the person less well than the story does
                if entry and entry.agency_id and entry.kind == "position":
                    agency = entry.agency_id
                    break
        return (title or None), agency

    def employer_in(self, a: int, b: int) -> str | None:
        """The agency a title a..b names as the person's employer. Indonesian titles name the field or unit first and
        the body last ("Direktur Jenderal Kerja Sama ASEAN Kemlu": Kemlu), so the last agency counts, unless it is the
        parent of an earlier one (that unit is more precise); not one named after "untuk"/"di" (where the title
        serves) nor one inside a rank ("Laksda TNI" says less than "Sekretaris Militer Presiden")."""
        in_rank: set[int] = set()
        for k in range(a, b + 1):
            start = self.rank_ending_at(k)
            if start is not None and start >= a:
                key = tuple(t.key for t in self.tokens[start : k + 1])
                if self.ranks[key].kind == "rank" and len(key) > 1:
                    in_rank.update(range(start, k + 1))
        found: list[str] = []
        for k in range(a, b + 1):
            # "Chairperson of NCCT and the Secretary of State ...": a second office joined by "and" is not the first's body
            if found and self.tokens[k].norm in {"dan", "serta", "and"}:
                break
            hit = self.entities.get(k)
            if hit is None or hit.entity_type != "agency" or k in in_rank:
                continue
            first = k == a or self.entities.get(k - 1) != hit
            if first and k > a and self.tokens[k - 1].norm in _COUNTRY_OF_SERVICE:
                continue
            if first:
                found.append(hit.entity_id)
        if not found:
            return None
        last = found[-1]
        parent_of = self.rules.foreign_body.parent_of
        # "Dirjen Imigrasi Kementerian Imigrasi dan Pemasyarakatan": the unit's parent may be named by the body that
        # succeeded it (KEMKUMHAM -> KEMENIMIPAS in 2024)
        parents = {last, self.rules.foreign_body.successor_of.get(last) or last}
        return next((aid for aid in found if parent_of.get(aid) in parents), last)

    def closed_by_comma(self, a: int, i: int) -> bool:
        """Whether the words a..i-1 before a name end with a comma (honorifics such as "H.E." after it aside)."""
        return any(t.raw.endswith(",") for t in self.tokens[a:i])

    def title_and_agency_of(self, i: int, j: int, cues: Cues) -> tuple[str | None, str | None]:
        """Prefer the apposition ("Name, Title Agency"), else the words before the name. With a title before the
        name, the words after the comma are as often the next item of a list of officials ("Menteri Dalam Negeri
        Tito Karnavian, Menteri Sosial Saifullah Yusuf, ..."): the title before comes first then."""
        title, agency = None, None
        self.person_country = None
        title_start = cues.title_start
        if (
            title_start is not None
            and cues.apposition
            and self.closed_by_comma(title_start, i)
            # "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD, Menteri ...": commas inside one
            # known title do not close it
            and self.rank_ending_at(i - 1) != title_start
        ):
            # "H.E. Santo Darmosumarto, Dubes LBBP RI untuk Kamboja, H.E. Hou Vudthy, Secretary of State, ...": the
            # words before the name end with a comma: they are the previous person's apposition, not this title
            title_start = None
        if cues.apposition and title_start is None:
            a = j + 1
            b = self.apposition_end(a)
            title, agency = self.title_and_agency(a, b)
            agency = self.foreign_office(a, b, agency)
        if title_start is not None:
            title, agency = self.title_and_agency(title_start, i - 1)
            agency = self.foreign_office(title_start, i - 1, agency)
            if cues.apposition and agency is None:
                a = j + 1
                b = self.apposition_end(a)
                t2, a2 = self.title_and_agency(a, b)
                a2 = self.foreign_office(a, b, a2)
                title = title or t2
                agency = agency or a2
        if title is None and agency is None and cues.title_after is not None:
            a = cues.title_after
            b = self.apposition_end(a)
            title, agency = self.title_and_agency(a, b)
            agency = self.foreign_office(a, b, agency)
        if agency is None and title_start is not None:
            agency = self.local_government_in(title_start, i - 1)
        if agency is None and title_start is not None and title_start > 0:
            # "Direktur ... (PPA-PPO) Bareskrim Polri Brigjen Pol. Nurul Azizah": a rank right after the body its
            # long title closed with serves that body (the title itself, cut at its "dan"/"serta", named none)
            hit = self.entities.get(title_start - 1)
            if (
                hit is not None
                and hit.entity_type == "agency"
                and not self.tokens[title_start - 1].raw.endswith((",", ".", ";", ":"))
                and self.rank_ending_at(i - 1) == title_start
            ):
                agency = hit.entity_id
        agency = self.foreign_side(title, agency, title_start, i)
        if (
            agency == "PRESIDEN_RI"
            and self.person_country is None
            # "Putra Presiden, Didit ...": a title closed by a comma is someone else's office
            and title_start is not None
            and not self.closed_by_comma(title_start, i)
            # "Juru Bicara Presiden Adita Irawati": an office that serves the president is held by no head of state
            and re.match(r"(?i)presiden|president", title or "") is not None
            and self.foreign_president(i, j)
        ):
            agency = self.foreign_head_of_state()
        return title, agency

    def local_government_in(self, a: int, b: int) -> str | None:
        """The regency or city government a title a..b names ("Sekretaris Daerah Kabupaten Indramayu",
        "Wakil Wali Kota Batam"), when the reference has it."""
        words = self.rules.body[self.tokens[a].start : self.tokens[b].end]
        local = self.rules.foreign_body.local_government
        for m in _LOCAL_IN_TITLE.finditer(words):
            parts = _phrase_key(m.group("place")).split()
            for n in range(len(parts), 1, -1):
                if aid := local.get(" ".join(parts[:n])):
                    return aid
        for m in _PROVINCIAL_OFFICE_IN_TITLE.finditer(words):
            parts = _phrase_key(m.group("place")).split()
            for n in range(len(parts), 0, -1):
                aid = local.get("provinsi " + " ".join(parts[:n]))
                if aid:
                    return aid
        return None

    def foreign_president(self, i: int, j: int) -> bool:
        """Whether the name i..j after a bare "Presiden" is none of Indonesia's presidents ("Presiden Ferdinand
        Marcos Jr.", not "Presiden Jokowi" nor "Presiden Joko Widodo")."""
        return not any(t.norm in _INDONESIAN_PRESIDENT_WORDS for t in self.tokens[i : j + 1])

    def foreign_head_of_state(self) -> str | None:
        """The government (GOV_PH) of the one foreign country the sentence names, noting it as the person's
        country; None when it names none or several: a foreign head of state never takes PRESIDEN_RI."""
        cc = self.only_foreign_country()
        if cc is None:
            return None
        self.person_country = cc
        return self.rules.foreign_body.government.get(cc)

    def only_foreign_country(self) -> str | None:
        """The one foreign country the sentence names; None when it names none or several."""
        foreign = {
            e.entity_id for e in self.entities.values() if e.entity_type == "country" and e.entity_id != "ID"
        }
        return foreign.pop() if len(foreign) == 1 else None

    def foreign_office(self, a: int, b: int, agency: str | None) -> str | None:
        """The agency of a title a..b that names a foreign country ("Presiden Tiongkok": GOV_CN, "Menteri Luar Negeri
        Filipina": MOFA_PH), noting that country for the person: a foreign official never takes an Indonesian body,
        here nor from the article's agencies later."""
        cc = self.rules.foreign_body.country_named(self.tokens, a, b, self.entities) if b >= a else None
        if cc and cc != "ID" and self.person_country is None:
            self.person_country = cc
        return self.rules.foreign_body(self.tokens, a, b, self.entities, agency)

    def foreign_side(self, title: str | None, agency: str | None, a: int | None, i: int) -> str | None:
        """A title that names no country of its own takes the foreign side the sentence opens with ("Dari pihak
        China hadir Menteri Luar Negeri Wang Yi": MOFA_CN); an office Indonesia does not have ("Perdana Menteri")
        takes the one foreign country the sentence names."""
        if a is None:
            return agency
        own = self.rules.foreign_body.country_named(self.tokens, a, i - 1, self.entities)
        if own:
            self.last_country = own if own != "ID" else None
            return agency
        listed = self.listed_after_last(a)
        self.last_country = None
        if listed is not None:
            # "Anwar didampingi Menteri Luar Negeri Malaysia Mohamad Hasan, Menteri Dalam Negeri Saifuddin Nasution
            # Ismail, ...": the next official of a list serves the country the one before named
            self.last_country = listed
            title = " ".join(t.token for t in self.tokens[a:i])
            return self.on_side(title, listed, agency)
        # the title's words, its agency's name included ("Menteri Luar Negeri" is also KEMLU's alias)
        title = " ".join(t.token for t in self.tokens[a:i])
        if self.names_own_body(a, i):
            # "Puan didampingi ... Wakil Ketua MPR Ahmad Basarah": a title that names an Indonesian body by its
            # own name (not by an office's words) keeps it beside a foreign host
            return agency
        side = self.side_country(a) or self.escort_country(a)
        if side:
            self.last_country = side
            return self.on_side(title, side, agency)
        if _FOREIGN_OFFICE.match(title) and (cc := self.only_foreign_country()):
            self.person_country = cc
            return self.rules.foreign_body.body_of(title, cc, None) or agency
        return agency

    def names_own_body(self, a: int, i: int) -> bool:
        """Whether the title a..i-1 holds an Indonesian body named as a body ("MPR", "Komisi I DPR"), not through
        an office's words ("Menteri Pertahanan")."""
        k = a
        while k < i:
            hit = self.entities.get(k)
            if hit is None:
                k += 1
                continue
            first = k
            while k < i and self.entities.get(k) == hit:
                k += 1
            if (
                hit.entity_type == "agency"
                and self.rules.foreign_body.country_of.get(hit.entity_id) == "ID"
                and self.tokens[first].key not in POSITION_WORDS
            ):
                return True
        return False

    def on_side(self, title: str, cc: str, agency: str | None) -> str | None:
        """The body of country cc a title without a country of its own names on that country's side: "Menteri
        Pertahanan" beside the Philippine President is the Philippine defence department, or the Philippine
        government, or unknown; never the Indonesian ministry the same words name."""
        self.person_country = cc
        found = self.rules.foreign_body.body_of(title, cc, agency)
        if found is None and agency and self.rules.foreign_body.country_of.get(agency) not in ("ID", ""):
            return agency
        return found

    def escort_country(self, a: int) -> str | None:
        """The foreign country of an official escorted by the officials listed after him ("Presiden Filipina
        didampingi Menteri Luar Negeri ..., Sekretaris Eksekutif ..."): the country named within six words before
        "didampingi" / "beserta", which stands before the title at a."""
        verb = next(
            (k for k in range(a - 1, -1, -1) if self.tokens[k].norm in {"didampingi", "beserta"}), None
        )
        if verb is None:
            return None
        country_of = self.rules.foreign_body.country_of
        for k in range(verb - 1, max(-1, verb - 7), -1):
            hit = self.entities.get(k)
            if hit is None:
                continue
            # "KBRI Manila didampingi ...": an Indonesian body (its mission's city included) escorts Indonesians
            if hit.entity_type == "agency" and country_of.get(hit.entity_id) == "ID":
                return None
            if hit.entity_type != "country":
                continue
            before = self.tokens[k - 1].norm if k > 0 else ""
            office = self.entities.get(k - 1) if k > 0 else None
            if (
                hit.entity_id == "ID"
                or before in _COUNTRY_OF_SERVICE
                or (office is not None and office is not hit and country_of.get(office.entity_id) == "ID")
            ):
                return None
            return hit.entity_id
        return None

    def listed_after_last(self, a: int) -> str | None:
        """The foreign country of the person just before when the title at a follows that person's name as the
        next item of a list (only a comma, "dan" or "serta" between them)."""
        if self.last_country is None or self.last_name_end < 0 or a <= self.last_name_end:
            return None
        between = {t.norm.strip(",") for t in self.tokens[self.last_name_end + 1 : a]}
        if not self.tokens[self.last_name_end].raw.endswith(",") and not between & {"dan", "serta"}:
            return None
        return self.last_country if between <= {"dan", "serta", ""} else None

    def side_country(self, a: int) -> str | None:
        """The foreign country of "(Dari) pihak <country>" before the title at a, if any."""
        for k in range(min(a, self.n) - 1):
            hit = self.entities.get(k + 1)
            if (
                self.tokens[k].norm == "pihak"
                and hit
                and hit.entity_type == "country"
                and hit.entity_id != "ID"
            ):
                return hit.entity_id
        return None

    # --------------------------------------------------------------------------------------- the sentence

    def person(self, i: int, j: int, cues: Cues) -> dict[str, object]:
        """The person row of the name i..j."""
        start, end = self.tokens[i].start, self.tokens[j].end
        full_name = " ".join(self.rules.body[start:end].split())
        title, agency = self.title_and_agency_of(i, j, cues)
        if agency is None and cues.from_body is not None:
            agency = self.entities[cues.from_body].entity_id
        private = False
        if cues.private_after and not (cues.title_start is not None or cues.apposition or cues.title_after):
            # "Gregor Johann Haas, warga Australia buronan BNN": a private person, of no body of the story
            last = self.apposition_end(j + 1)
            title = " ".join(t.token for t in self.tokens[j + 1 : last + 1])
            agency, private = None, True
        if cues.apposition and cues.title_start is None and self.former_office_at(j + 1):
            # a former office alone names no body the person serves now (no fallback to the story's bodies)
            last = self.apposition_end(j + 2)
            last = next((k for k in range(j + 1, last) if self.tokens[k].raw.endswith(",")), last)
            title = " ".join(t.token for t in self.tokens[j + 1 : last + 1])
            agency, private = None, True
        if cues.role_at is not None and not cues.any_but_role:
            title = " ".join(t.token for t in self.tokens[cues.role_at : i]).strip(" ,")
            role = self.tokens[cues.role_at].norm.strip(",")
            if role in _COLLEAGUE_WORDS:
                # "rekannya di Komisi V, Weni ...": the colleague's body comes from the person named before
                agency = None
            elif role.removesuffix("nya") in OFFICE_NOUNS:
                # the office serves the body named last before it
                agency = next(
                    (
                        self.entities[k].entity_id
                        for k in range(cues.role_at - 1, -1, -1)
                        if k in self.entities and self.entities[k].entity_type == "agency"
                    ),
                    None,
                )
            else:
                private = True
        if agency is None and title and title.split()[0].lower() in _ACADEMIC:
            private = True
        # "rekannya di Komisi V, Weni ...": a colleague named by the clause alone takes the body of the person before
        colleague_only = (
            cues.role_at is not None
            and not cues.any_but_role
            and cues.role_at == self.colleague_clause_at(i, j)
        )
        if agency is None and not colleague_only:
            agency = self.house_of(title, cues.title_start)
        if agency is None and i in self.listed_body:
            agency = self.listed_body[i]
        return {
            "article_id": self.article_id,
            "person_id": person_slug(full_name),
            "full_name": full_name,
            "title": title,
            "agency_id": agency,
            "country_id": self.person_country,
            "char_start": start,
            "char_end": end,
            "sent_idx": self.sent_idx,
            "listed": private or (cues.listed and not (cues.title_start is not None or cues.apposition)),
            "another_of": self.another_of(i) if agency is None else None,
            "colleague": agency is None and self.colleague_before(i),
        }

    def colleague_clause_at(self, i: int, j: int) -> int | None:
        """ "Dorongan serupa datang dari rekannya di Komisi V, Weni Dwi Aprianti.": a name of two words or more right
        after the comma that closes a clause opened by a colleague word; the colleague word's token (a role)."""
        if j == i or i == 0 or not self.tokens[i - 1].raw.endswith(","):
            return None
        k = i - 1
        while k >= 0 and i - k <= 8 and not _SENTENCE_END.search(self.tokens[k].raw):
            if k < i - 1 and _TRAILING_BREAK.search(self.tokens[k].raw):
                return None
            if self.tokens[k].norm.strip(",") in _COLLEAGUE_WORDS:
                return k
            k -= 1
        return None

    def colleague_before(self, i: int) -> bool:
        """ "Rekannya di komisi yang sama, Rieke Diah Pitaloka, ...": the clause before the name opens with a
        colleague word, so the person shares the body of the person named before."""
        k = i - 1
        while k >= 0 and i - k <= 8 and not _SENTENCE_END.search(self.tokens[k].raw):
            if self.tokens[k].norm.strip(",") in _COLLEAGUE_WORDS:
                return True
            k -= 1
        return False

    def house_of(self, title: str | None, title_start: int | None) -> str | None:
        """ "Anggota Komisi I Rizki ...", "Dari Komisi III, Wakil Ketua Ahmad Sahroni", "... dari Fraksi NasDem": a
        numbered commission (Roman numerals) or a party group (fraksi) is the house's: DPR, or DPRD when the title
        or the sentence names a regional house."""
        said = title or ""
        if title_start is not None and title_start > 0:
            before = self.rules.body[
                self.tokens[max(0, title_start - 4)].start : self.tokens[title_start].start
            ]
            if _COMMISSION_CLAUSE.search(before):
                said = f"{before} {said}"
        if not (_COMMISSION.search(said) or re.match(r"(?i)fraksi\b", said)):
            return None
        sentence = " ".join(t.token for t in self.tokens)
        return "DPRD" if re.search(r"\bDPRD\b", f"{said} {sentence}") else "DPR"

    def another_of(self, i: int) -> str | None:
        """The role of "Juru bicara lainnya, Mao Ning": another holder of an office named before in the article
        (its words, lower case), whose body the person shares."""
        if (
            i < 3
            or not self.tokens[i - 1].raw.endswith(",")
            or self.tokens[i - 1].norm.strip(",") not in _OTHER
        ):
            return None
        k = i - 2
        while k > self.last_name_end and i - 2 - k < 3 and _LOWER_WORD.match(self.tokens[k].token):
            k -= 1
        words = [t.norm for t in self.tokens[k + 1 : i - 1]]
        # "Sementara juru bicara lainnya": the office is the words that end the phrase
        return next(
            (" ".join(words[n:]) for n in range(len(words)) if " ".join(words[n:]) in _OFFICES_SHARED), None
        )

    def persons(self) -> list[dict[str, object]]:
        """Every person named in the sentence, left to right."""
        out: list[dict[str, object]] = []
        i = 0
        while i < self.n:
            # a name starts with a capital: the other tokens skip the rules
            if not (self.tokens[i].token[:1].isupper() and self.starts_name(i)):
                i += 1
                continue
            j = self.name_end(i)
            i = self.past_place_words(i, j)
            i = self.past_region_place(i, j)
            if i < j and i > 0 and self.tokens[i - 1].norm == "partai":
                i += 1  # "Ketua Umum Partai Gerindra Prabowo Subianto": the party's name is the title's
            if not self.names_no_person(i, j):
                cues = self.cues(i, j)
                if self.is_person(i, j, cues):
                    out.append(self.person(i, j, cues))
                    self.last_name_end = j
            i = j + 1
        return out


# ------------------------------------------------------------------------------------------- the articles


def _common_words(tokens: pl.DataFrame) -> dict[str, set[str]]:
    """Words an article writes in lower case more often than capitalised are common words there, not names.
    Counted per article, so an article's persons never depend on the other articles of the batch (the
    incremental extraction cache relies on that)."""
    counts = (
        tokens.filter(pl.col("token").str.contains(_LOWER_WORD.pattern))
        .group_by("article_id", "norm")
        .agg((pl.col("token").str.contains(r"^[a-z]")).mean().alias("lower_share"), pl.len().alias("n"))
        .filter((pl.col("lower_share") > 0.5) & (pl.col("n") >= 2))
    )
    common: dict[str, set[str]] = defaultdict(set)
    for art, norm in counts.select("article_id", "norm").iter_rows():
        common[art].add(norm)
    return common


def _sentences_with_names(tokens: pl.DataFrame) -> pl.DataFrame:
    """The tokens of the sentences with a capitalised word before a name-like word (the only ones that can name a
    person; the first may be an acronym: "Menteri P2MI Mukhtarudin")."""
    # The next token of the same sentence: the next row when each sentence's tokens are one block of rows
    # (tokenize's order; checked as in text.ngrams), else a window per sentence.
    key = pl.struct("article_id", "sent_idx")
    block_starts = tokens.filter(key.ne_missing(key.shift(1)) | (pl.int_range(pl.len()) == 0))
    contiguous = block_starts.height == block_starts.select("article_id", "sent_idx").n_unique()
    next_cap = (
        pl.col("_cap").shift(-1) & key.eq_missing(key.shift(-1))
        if contiguous
        else pl.col("_cap").shift(-1).over("article_id", "sent_idx")
    )
    candidate_sents = (
        tokens.with_columns(
            pl.col("token").str.contains(_NAME_TOKEN.pattern).alias("_cap"),
            pl.col("token").str.contains(r"^[A-Z]").alias("_upper"),
        )
        .with_columns((pl.col("_upper") & next_cap).alias("_pair"))
        .group_by("article_id", "sent_idx")
        .agg(pl.col("_pair").any())
        .filter(pl.col("_pair"))
        .select("article_id", "sent_idx")
    )
    return tokens.join(candidate_sents, on=["article_id", "sent_idx"]).sort(
        "article_id", "sent_idx", "tok_idx"
    )


def _raw_persons(
    tokens: pl.DataFrame,
    mentions: pl.DataFrame,
    bodies: pl.DataFrame,
    ref: Reference,
    foreign: ForeignBodies,
) -> list[dict[str, object]]:
    """Every person-naming run of every sentence (a row per mention, titles and agencies as that sentence gives
    them)."""
    titles = Titles.from_reference(ref)
    # "Sri" of "Tan Sri" is also a common first name ("Sri Wahyuningsih Purba"), "Sena" of "Moha Sena" a name
    # word too ("Kompol Andika Dharma Sena"), "Puan" of "Puan Sri" a first name ("Ketua DPR RI Puan Maharani").
    rank_words = titles.words_of({"rank", "honorific"}) - {"sri", "sena", "puan"}
    entity_at: dict[str, dict[int, EntitySpan]] = defaultdict(dict)
    for art, etype, eid, start, end in mentions.select(
        "article_id", "entity_type", "entity_id", "char_start", "char_end"
    ).iter_rows():
        # "Turkiye Is Kurumu": a country and a longer agency mention starting on the same word; the longer one covers
        # its words (none of them starts a name)
        known = entity_at[art].get(start)
        if known is None or end > known.end:
            entity_at[art][start] = EntitySpan(etype, eid, end)
    common = _common_words(tokens)
    body_of = dict(bodies.select("article_id", "body").iter_rows())
    found: list[dict[str, object]] = []
    # One pass over plain lists: a Polars group per sentence costs more than the work done on it. Columns to
    # lists and tokens built by `tuple.__new__` (no Python frame per row): ~5x faster than `rows()` + `Token(*r)`.
    named = _sentences_with_names(tokens)
    all_tokens = list(
        map(
            functools.partial(tuple.__new__, Token),
            zip(*(named[c].to_list() for c in Token._fields), strict=True),
        )
    )
    rules_of: dict[str, PersonRules] = {}
    offset = 0
    for (art, sent), group in itertools.groupby(
        zip(named["article_id"].to_list(), named["sent_idx"].to_list(), strict=True)
    ):
        size = sum(1 for _ in group)
        toks, offset = all_tokens[offset : offset + size], offset + size
        closed = _SENTENCE_CLOSED.search(toks[-1].raw) is not None
        text = body_of[art][toks[0].start : toks[-1].end]
        if (not closed and is_headline(text)) or re.match(LINK_LINE, text):
            continue  # "Baca juga" headlines: Title Case makes every word look like a name
        rules = rules_of.get(art)
        if rules is None:  # once per article, not per sentence
            rules = rules_of[art] = PersonRules(titles, common[art] | rank_words, body_of[art], foreign)
        scan = SentenceScan(str(art), int(sent), toks, entities_by_token(toks, entity_at.get(art, {})), rules)
        found.extend(scan.persons())
    return found


def _with_agencies(
    found: list[dict[str, object]], mentions: pl.DataFrame, ref: Reference, foreign_bodies: ForeignBodies
) -> pl.DataFrame:
    """Agency fallback: the article's most mentioned agency before the person (delegation members,
    spokespeople); suspects, defendants and victims listed by name ("tiga tersangka, yakni ...") belong to no
    agency of the story. The country is the agency's."""
    government = foreign_bodies.government
    agency_country = dict(ref.agencies.select("agency_id", "country_id").iter_rows())
    agency_rows: dict[str, list[tuple[int, str]]] = defaultdict(list)
    # the foreign countries an article names before a point, by its foreign agencies and its country mentions
    foreign_rows: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for art, etype, eid, start in (
        mentions.filter(pl.col("entity_type").is_in(["agency", "country"]))
        .select("article_id", "entity_type", "entity_id", "char_start")
        .iter_rows()
    ):
        if etype == "agency":
            agency_rows[art].append((start, eid))
        cc = agency_country.get(eid) if etype == "agency" else eid
        if cc and cc != "ID":
            foreign_rows[art].append((start, cc))
    # `listed` is no column of the persons frame: its schema leaves the key out.
    unaffiliated = {(p["article_id"], p["char_start"]) for p in found if p["listed"]}
    # "Juru bicara lainnya, Mao Ning": the body of the last holder of that office named before in the article
    shared: dict[tuple[str, int], str | None] = {}
    for p in found:
        if p["another_of"]:
            shared[(p["article_id"], p["char_start"])] = next(
                (
                    q["agency_id"]
                    for q in reversed(found)
                    if q["article_id"] == p["article_id"]
                    and q["char_start"] < p["char_start"]
                    and q["agency_id"]
                    and (q["title"] or "").lower().startswith(p["another_of"])
                ),
                None,
            )
    # "Gubernur NTT Melki Laka Lena ... Wakil Gubernur Johni Asadoma": a deputy whose title names no body serves the
    # body of the office he deputises, held by a person named before (or after) in the article
    for p in found:
        office = _DEPUTY.match(p["title"] or "")
        if p["agency_id"] or office is None or p["listed"]:
            continue
        principal = office.group("office").lower()
        holders = [
            q
            for q in found
            if q["article_id"] == p["article_id"]
            and q["agency_id"]
            and (q["title"] or "").lower().startswith(principal)
            and _DEPUTY.match(q["title"] or "") is None
        ]
        before = [q for q in holders if q["char_start"] < p["char_start"]]
        if before or holders:
            shared[(p["article_id"], p["char_start"])] = (before[-1] if before else holders[0])["agency_id"]
    shared.update(_colleagues(found))
    filled = []
    for row in pl.DataFrame(found, schema=PERSONS_SCHEMA).iter_rows(named=True):
        # a foreign official ("Presiden Tiongkok Xi Jinping") takes no Indonesian body of the story
        foreign = row["country_id"] not in (None, "ID")
        if not row["agency_id"] and shared.get((row["article_id"], row["char_start"])):
            row["agency_id"] = shared[(row["article_id"], row["char_start"])]
        elif not row["agency_id"] and _FOREIGN_OFFICE.match(row["title"] or ""):
            # "Perdana Menteri Srettha Thavisin" in a story about Thai police: an office Indonesia does not have
            # heads the government of the foreign country the article names most before him, never a body of
            # the story
            before = [
                cc for start, cc in foreign_rows.get(row["article_id"], []) if start < row["char_start"]
            ]
            if before:
                row["agency_id"] = government.get(Counter(before).most_common(1)[0][0])
        elif (
            not row["agency_id"]
            and not foreign
            and _MINISTER_OF.search(row["title"] or "")
            and (ministry := _story_ministry(row, foreign_rows, foreign_bodies))
        ):
            # "Menteri Ekonomi Digital dan Masyarakat Prasert" in a story about Thai police: a minister whose
            # portfolio names no Indonesian body serves the ministry of that portfolio of the story's foreign country
            row["agency_id"] = ministry
        elif (
            not row["agency_id"]
            and not foreign
            and (row["article_id"], row["char_start"]) not in unaffiliated
        ):
            before = [
                eid for start, eid in agency_rows.get(row["article_id"], []) if start < row["char_start"]
            ]
            if before:
                row["agency_id"] = Counter(before).most_common(1)[0][0]
        row["country_id"] = agency_country.get(row["agency_id"] or "", "") or row["country_id"] or None
        filled.append(row)
    return pl.DataFrame(filled, schema=PERSONS_SCHEMA)


def _colleagues(found: list[dict[str, object]]) -> dict[tuple[str, int], str]:
    """ "Rekannya di komisi yang sama, Rieke Diah Pitaloka": a colleague takes the body of the person with a body
    named last before him in the article."""
    out: dict[tuple[str, int], str] = {}
    last: dict[str, str] = {}
    for p in sorted(found, key=lambda q: (q["article_id"], q["char_start"])):
        if p.get("colleague") and p["article_id"] in last:
            out[(p["article_id"], p["char_start"])] = last[p["article_id"]]
        if p["agency_id"]:
            last[p["article_id"]] = p["agency_id"]
    return out


def _story_ministry(
    row: dict[str, object], foreign_rows: dict[str, list[tuple[int, str]]], foreign_bodies: ForeignBodies
) -> str | None:
    """The ministry of the portfolio a minister's title names, of the foreign country the article names most before
    him."""
    before = [cc for start, cc in foreign_rows.get(row["article_id"], []) if start < row["char_start"]]
    if not before:
        return None
    return foreign_bodies.ministry_of(row["title"] or "", Counter(before).most_common(1)[0][0])


def extract_persons(
    tokens: pl.DataFrame, mentions: pl.DataFrame, bodies: pl.DataFrame, ref: Reference
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Persons per article and their mentions.

    Returns (persons: article_id, person_id, full_name, title, agency_id, country_id, char_start, sent_idx,
    mentions: article_id, sent_idx, entity_type='person', entity_id, char_start, char_end).
    """
    foreign = ForeignBodies(ref)  # once per batch: both passes read it
    found = _raw_persons(tokens, mentions, bodies, ref, foreign)
    raw_persons = pl.DataFrame(found, schema=PERSONS_SCHEMA)
    if raw_persons.is_empty():
        return raw_persons, pl.DataFrame(schema=MENTION_SCHEMA)
    raw_persons = _merge_partial_names(_with_agencies(found, mentions, ref, foreign), _wives(found, bodies))
    persons = (
        raw_persons.sort("article_id", "char_start")
        .group_by("article_id", "person_id", maintain_order=True)
        .agg(
            pl.col("full_name").first(),
            pl.col("title").drop_nulls().first(),
            pl.col("agency_id").drop_nulls().first(),
            pl.col("country_id").drop_nulls().first(),
            pl.col("char_start").first(),
            pl.col("sent_idx").first(),
        )
    )
    return persons, _person_mentions(raw_persons, tokens)


# "Wapres dan Ibu Wury Ma'ruf Amin": a wife addressed as "Ibu" / "Nyonya" carries her husband's name after her own;
# so does the First Lady under her title ("Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo") and a wife named as
# one ("Bersama istrinya, Wury Ma'ruf Amin, Wapres bertolak", "didampingi sang istri Wury Ma'ruf Amin").
WIFE_BEFORE = re.compile(r"\b(?:Ibu(?:\s+Negara)?|Nyonya|Ny\.|(?:sang\s+)?(?i:istri)(?:nya)?,?)\s+$")


def _wives(found: list[dict[str, object]], bodies: pl.DataFrame) -> set[tuple[str, str]]:
    """(article, person) of the names said right after "Ibu" / "Nyonya": a wife, whose name ends with her
    husband's."""
    text = dict(bodies.select("article_id", "body").iter_rows())
    out: set[tuple[str, str]] = set()
    for row in found:
        art, start = str(row["article_id"]), int(row["char_start"])  # type: ignore[call-overload]
        if WIFE_BEFORE.search(str(text.get(art) or "")[max(0, start - 16) : start]):
            out.add((art, str(row["person_id"])))
    return out


def _merge_partial_names(
    raw_persons: pl.DataFrame,
    wives: set[tuple[str, str]] = frozenset(),  # type: ignore[assignment]
) -> pl.DataFrame:
    """ "Budi Arie" and "Budi Arie Setiadi" in one article are one person: a name whose words run inside a longer
    name of the same article takes that longer name. A husband's name ending his wife's ("Ma'ruf Amin" in "Ibu Wury
    Ma'ruf Amin", `wives`) stays his own."""
    names = raw_persons.select("article_id", "person_id", "full_name").unique().rows()
    by_article: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for art, pid, _name in names:
        by_article[art].append((pid, pid.split("-")))
    renames: dict[tuple[str, str], tuple[str, str]] = {}
    spouses: set[tuple[str, str]] = (
        set()
    )  # wives named after a husband of the article: no office of their own
    full_of = {(art, pid): name for art, pid, name in names}
    for art, people in by_article.items():
        for pid, parts in people:
            longer = []
            for other, oparts in people:
                if len(oparts) <= len(parts) or not (_runs_inside(parts, oparts) or _blended(parts, oparts)):
                    continue
                if (art, other) in wives and oparts[-len(parts) :] == parts:
                    spouses.add((art, other))
                else:
                    longer.append(other)
            if longer:
                # the longest; of equally long ones the first
                other = max(longer, key=lambda name: len(name.split("-")))
                renames[(art, pid)] = (other, full_of[(art, other)])
    if not renames and not spouses:
        return raw_persons
    rows = []
    for row in raw_persons.iter_rows(named=True):
        new = renames.get((row["article_id"], row["person_id"]))
        if new:
            row["person_id"], row["full_name"] = new
        if (row["article_id"], row["person_id"]) in spouses:
            # "Wapres dan Ibu Wury Ma'ruf Amin": the title before "dan Ibu" is her husband's
            row["title"] = row["agency_id"] = None
        rows.append(row)
    return pl.DataFrame(rows, schema=raw_persons.schema)


def _blended(parts: list[str], longer: list[str]) -> bool:
    """ "Jokowi" for "Joko Widodo" in one article: a one-word nickname blending the start of the
    first name (3 letters or more) with the start of the next (2 or more)."""
    if len(parts) != 1 or len(longer) < 2:
        return False
    word, first, second = parts[0], longer[0], longer[1]
    return any(
        word[:i] == first[:i] and len(word) - i >= 2 and second.startswith(word[i:])
        for i in range(3, min(len(first), len(word) - 2) + 1)
    )


def _runs_inside(parts: list[str], longer: list[str]) -> bool:
    """The words of `parts` appear in a row inside `longer`."""
    return any(longer[k : k + len(parts)] == parts for k in range(len(longer) - len(parts) + 1))


def _person_mentions(raw_persons: pl.DataFrame, tokens: pl.DataFrame) -> pl.DataFrame:
    """Every full-name mention, plus later single-name mentions ("Usman") linked to the article's full name."""
    full = raw_persons.select(
        "article_id",
        "sent_idx",
        pl.lit("person").alias("entity_type"),
        pl.col("person_id").alias("entity_id"),
        "char_start",
        "char_end",
    )
    parts = (
        raw_persons.select("article_id", "person_id", pl.col("full_name").str.split(" ").alias("part"))
        .explode("part")
        .filter(pl.col("part").str.len_chars() >= 3)
        .unique()
    )
    # A name part shared by two persons of the article is ambiguous: do not link it.
    parts = parts.filter(pl.len().over("article_id", "part") == 1)
    singles = (
        tokens.join(parts, left_on=["article_id", "token"], right_on=["article_id", "part"])
        .select(
            "article_id",
            "sent_idx",
            pl.lit("person").alias("entity_type"),
            pl.col("person_id").alias("entity_id"),
            pl.col("start").cast(pl.Int64).alias("char_start"),
            pl.col("end").cast(pl.Int64).alias("char_end"),
        )
        .join(full.select("article_id", "char_start", "char_end"), on="article_id", how="left")
        .filter(
            ~(
                (pl.col("char_start") >= pl.col("char_start_right"))
                & (pl.col("char_end") <= pl.col("char_end_right"))
            ).fill_null(False)
        )
        .group_by("article_id", "sent_idx", "entity_type", "entity_id", "char_start", "char_end")
        .agg(pl.len().alias("_n"), pl.col("char_start_right").is_not_null().sum().alias("_m"))
    )
    # keep a single-name token only when it lies outside *every* full-name span of the article
    n_full = full.group_by("article_id").agg(pl.len().alias("_full"))
    singles = (
        singles.join(n_full, on="article_id")
        .filter(pl.col("_n") == pl.col("_full"))
        .drop("_n", "_m", "_full")
        .sort("article_id", "char_start")
    )
    # "Menurut Ade Safri,": name parts next to each other are one mention of the person, not one each
    joined = (
        (pl.col("article_id") == pl.col("article_id").shift(1))
        & (pl.col("sent_idx") == pl.col("sent_idx").shift(1))
        & (pl.col("entity_id") == pl.col("entity_id").shift(1))
        & (pl.col("char_start") - pl.col("char_end").shift(1) == 1)
    ).fill_null(False)
    singles = (
        singles.with_columns((~joined).cast(pl.Int32).cum_sum().alias("_run"))
        .group_by("_run", maintain_order=True)
        .agg(
            pl.col("article_id", "sent_idx", "entity_type", "entity_id").first(),
            pl.col("char_start").min(),
            pl.col("char_end").max(),
        )
        .drop("_run")
    )
    return (
        pl.concat([full, singles])
        .unique(subset=["article_id", "char_start"], keep="first")
        .sort("article_id", "char_start")
    )


# What each pattern exists for (checked by tests/transforms/test_lexicon.py).
examples(_NAME_TOKEN, matches=("Sutrisno", "Al-Hakim", "Dédé"), rejects=("SUTRISNO", "sutrisno", "MD"))
examples(_NAME_LETTERS, matches=("MD",), rejects=("Mahfud", "KBRI"))
examples(_TRAILING_BREAK, matches=("Kansong,", "Indarto."), rejects=("Kansong",))
examples(_SENTENCE_END, matches=("diblokir.",), rejects=("Kominfo,",))
examples(_TITLE_WORD, matches=("Kadiv", "Polri(P)"), rejects=("mengatakan", "(Kapolri)"))
examples(_LOWER_WORD, matches=("senja", "Senja"), rejects=("KBRI", "2024"))
examples(_SENTENCE_CLOSED, matches=("diblokir.", 'kata dia."'), rejects=("Utara",))
examples(
    _NOMINALISATION, matches=("Pemasyarakatan", "Perdagangan", "Keamanan"), rejects=("Setiawan", "Permana")
)
examples(_ORDINAL, matches=("ke-34", "ke5"), rejects=("kedua", "ke"))
examples(_TERM_OF_OFFICE, matches=("2024-2029", "2019", "2019/2024"), rejects=("20", "2024-29", "12.000"))
examples(
    _MONARCH,
    matches=("Raja Thailand", "Yang di-Pertuan Agong Malaysia", "King of Jordan"),
    rejects=("Perdana Menteri Thailand", "Bupati Raja Ampat"),
)
examples(
    _FOREIGN_OFFICE, matches=("Perdana Menteri", "Wakil Perdana Menteri"), rejects=("Menteri Luar Negeri",)
)
examples(_NAMES_INDONESIA, matches=("Dubes RI untuk Kamboja",), rejects=("Menteri Dalam Negeri Malaysia",))
examples(
    _GOVERNMENT_OFFICE,
    matches=("Presiden Filipina", "Sekretaris Pers Filipina", "Menteri Pertanian dan Pedesaan China"),
    rejects=("Kepala Kepolisian Provinsi", "Ketua Partai"),
)
examples(
    _GOVERNMENT_NAME,
    matches=("Pemerintah Republik Filipina", "Kerajaan Malaysia (Pemerintah Persekutuan)"),
    rejects=("Kementerian Luar Negeri Filipina",),
)
examples(
    _MINISTER_OF,
    matches=("Menteri Pertanian dan Pedesaan China", "Wakil Menteri Energi dan Pertambangan Laos"),
    rejects=("Kepala Kepolisian Provinsi",),
)
examples(_MINISTRY_NAME, matches=("Kementerian Energi dan Pertambangan Laos",), rejects=("Pemerintah Laos",))
examples(
    _STATE_GOVERNMENT,
    matches=("Pemerintah Negeri Sarawak", "Pemerintah Provinsi Tak"),
    rejects=("Pemerintah Malaysia",),
)
examples(
    _LOCAL_GOVERNMENT,
    matches=("Pemerintah Kabupaten Indramayu", "Pemerintah Kota Batam"),
    rejects=("Pemerintah Provinsi Jawa Barat",),
)
examples(
    _LOCAL_IN_TITLE,
    matches=("Sekretaris Daerah Kabupaten Indramayu", "Wakil Wali Kota Batam"),
    rejects=("Bupati Indramayu", "kota besar"),
)
examples(
    WIFE_BEFORE,
    matches=(
        "Wapres dan Ibu ",
        "didampingi Nyonya ",
        "Presiden dan Ibu Negara ",
        "Bersama istrinya, ",
        "sang istri ",
    ),
    rejects=("Menteri Ibu Kota ", "Wapres dan "),
)
examples(_INITIALS, matches=("A.A", "I.G.N"), rejects=("A", "Ab", "Dr.A"))
examples(
    _DEPUTY, matches=("Wakil Gubernur", "Vice President"), rejects=("Wakil Ketua Komisi XIII DPR", "Gubernur")
)
examples(
    _PROVINCE_GOVERNMENT,
    matches=("Pemerintah Provinsi Sumut", "Pemerintah Provinsi Jawa Barat"),
    rejects=("Pemerintah Kabupaten Indramayu",),
)
examples(
    _PROVINCIAL_OFFICE_IN_TITLE,
    matches=("Kepala Disnakertrans NTB", "Kepala Dinas Sosial Sumut", "Kadis Dinsos Jatim"),
    rejects=("Kepala Distrik Bokeo", "Direktur Jenderal"),
)
examples(
    _COMMISSION,
    matches=("Anggota Komisi IX DPR", "Komisi XIII"),
    rejects=("Komisi Yudisial", "Komisi A DPRD"),
)
examples(_COMMISSION_CLAUSE, matches=("Dari Komisi III, ",), rejects=("Komisi III DPR menilai",))

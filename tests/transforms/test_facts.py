"""One row per fact rule (transforms/facts/): a sentence or short article and the fields the rule decides.

Each row's id names the rule it exists for (the function or lexicon entry in transforms/facts/), so a broken
rule fails a test that says which. `kept` rows pick the fact of that value and compare the given fields;
`dropped` rows assert that no table holds a fact of that value. A new rule arrives with its rows here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest


def kept(rule: str, body: str, value: float, *, title: str | None = None, **fields: object) -> object:
    return pytest.param(body, title, value, fields, id=rule)


def dropped(rule: str, body: str, value: float, *, title: str | None = None) -> object:
    return pytest.param(body, title, value, None, id=rule)


Y2023 = {"period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31), "period_precision": "year"}

RULES = [
    # ---------------------------------------------------------------- screen: numbers that are no counts
    dropped(
        "screen.not_a_count:NOT_A_COUNT_BEFORE", "Polisi menjerat pelaku dengan Pasal 27 kasus judi.", 27
    ),
    kept(
        "cases.counts_on_people:in_country",
        "KBRI menangani 410 WNI korban penipuan daring sepanjang tahun lalu. Keterangan itu disampaikan Senin. "
        "Malaysia paling banyak. Selain itu, terdapat 57 orang di Vietnam.",
        57,
        table="cases",
        unit="people",
        country_id="VN",
    ),
    kept(
        "figure.noun1:past_a_hedge",
        "Polres menangkap 23 terduga pelaku judi daring dalam sepekan.",
        23,
        table="cases",
        unit="people",
    ),
    kept(
        "screen.not_a_count:count_after_pasal",
        "Polisi menjerat pelaku dengan Pasal 27 dan menangkap 12 tersangka judi online.",
        12,
        table="cases",
        unit="people",
    ),
    dropped(
        "screen.after_audience_word",
        "Akun itu memiliki pengikut masing-masing 21.200 dan 32.700 orang korban penipuan.",
        32_700,
    ),
    dropped(
        "screen.restates_vague",
        "Polri menetapkan 804 tersangka judi online. Ratusan tersangka ditahan di Jakarta.",
        100,
    ),
    kept(
        "screen.restates_vague:lainnya",
        "Polri menetapkan 804 tersangka judi online. Ratusan tersangka lainnya masih diburu.",
        100,
        table="cases",
        qualifier="about",
    ),
    kept(
        "screen.year_not_count:year_with_count_noun",
        "Sepanjang 2023 ada 2023 kasus penipuan online yang ditangani Polri.",
        2023,
        table="cases",
        unit="cases",
        **Y2023,
    ),
    dropped("screen.year_not_count", "Pada 2023 situs judi online yang diblokir Kominfo bertambah.", 2023),
    dropped(
        "screen.dangling_reference",
        "Polri menangani 20 kasus judi online di sepuluh negara, dengan tujuh di antaranya di Asia Tenggara.",
        7,
    ),
    # ---------------------------------------------------------------- money
    kept(
        "money.currency:prefix_on_token",
        "Polisi menyita uang tunai Rp500 juta dari bandar judi online.",
        500_000_000,
        table="money",
        currency="IDR",
        surface_text="Rp500 juta",
    ),
    kept(
        "money.currency:prefix_on_token:ringgit",
        "Total kerugian korban penipuan di Terengganu mencapai RM17,9 juta.",
        17_900_000,
        table="money",
        currency="MYR",
        surface_text="RM17,9 juta",
    ),
    kept(
        "money.currency:prefix_on_token:ringgit_thousands",
        "Seorang pensiunan kehilangan RM892.000 setelah ditipu sindikat.",
        892_000,
        table="money",
        currency="MYR",
    ),
    kept(
        "money.currency:prefix_on_token:us_dollar",
        "Sindikat itu meraup US$1,5 juta dari para korban.",
        1_500_000,
        table="money",
        currency="USD",
        surface_text="US$1,5 juta",
    ),
    dropped(
        "money.resolve_money:vague_amount",
        "Perputaran uang judi online diperkirakan mencapai ratusan triliun rupiah setiap tahun.",
        100,
    ),
    kept(
        "money.money_fact:separate_prefix_starts_surface",
        "Pelaku mengirim RM 3.000 kepada korban penipuan.",
        3000,
        table="money",
        currency="MYR",
        surface_text="RM 3.000",
    ),
    kept(
        "money.currency:word_after",
        "Korban dijanjikan gaji 1.500 dolar AS per bulan oleh perusahaan scam.",
        1500,
        table="money",
        currency="USD",
        what="dolar AS per bulan oleh perusahaan scam.",
    ),
    kept(
        "money.currency:word_after:dirham",
        "Korban dijanjikan gaji 3.500 dirham per bulan di Dubai.",
        3500,
        table="money",
        currency="AED",
    ),
    kept(
        "money.currency:DOLLAR_COUNTRY",
        "Korban dijanjikan gaji 2.000 dolar Singapura per bulan.",
        2000,
        table="money",
        currency="SGD",
    ),
    # ---------------------------------------------------------------- blocked content
    # session 20 (issue #19, blocked periods; dev_379 … dev_386)
    # session 23 (issue #19, blocked recall on dev_461 … dev_466)
    kept(
        "blocked.blocked_cue:object_before_past_a_clause_end",
        'Satgas PASTI kembali memblokir 611 entitas pinjol ilegal.\n\n"Dengan perkembangan tersebut, total entitas'
        ' keuangan ilegal yang telah dihentikan Satgas PASTI mencapai 14.005," kata Sekretaris Satgas PASTI'
        " Hudiyanto.",
        14_005,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "lexicon.BLOCK_OBJECTS:penawaran",
        "Satgas PASTI kembali memblokir 611 entitas pinjol ilegal. Satgas juga menghentikan 69 penawaran investasi"
        " ilegal.",
        69,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "attributes._stated_next:dropped_dateline_is_no_figure",
        "Komdigi telah menangani 2.179.223 konten judi online. Angka itu dihitung sejak 20 Oktober 2024 hingga 16"
        " September 2025, kata Direktur Jenderal Alexander Sabar di Jakarta, Rabu (17/9).",
        2_179_223,
        table="blocked",
        period_start=date(2024, 10, 20),
        period_end=date(2025, 9, 16),
    ),
    kept(
        "blocked.refers_to_blocked_object:OBJECT_REFERRED",
        'Komdigi telah memblokir 2.179.223 konten judi online. "Ada permintaan maka ada yang menyediakan," ujar'
        ' Alexander. "Itu sebabnya judi online terus berkembang."\n\nSebagian besar konten tersebut, sekitar 1,93'
        " juta, berasal dari situs atau alamat IP.",
        1_930_000,
        table="blocked",
        object_type="site",
        agency_id="KOMDIGI",
    ),
    kept(
        "lexicon.BLOCK_VERBS:penurunan_of_a_counted_object",
        "Sejak uji coba pada 1 Februari hingga 17 September 2025, sistem itu sudah mengeksekusi penurunan 487 URL.",
        487,
        table="blocked",
        object_type="page",
    ),
    kept(
        "attributes.REFERS_TO_FIGURE:rekapitulasi",
        "Komdigi mencatat telah menangani 2.096.966 konten judi online lewat patroli siber. Rekapitulasi itu mencakup"
        " periode 24 Oktober 2024 hingga 3 September 2025.",
        2_096_966,
        title="Komdigi Tangani Konten Judi",
        table="blocked",
        period_start=date(2024, 10, 24),
        period_end=date(2025, 9, 3),
    ),
    kept(
        "dates._same_month_year",
        "Pada pekan-pekan terakhir Oktober 2023, yakni 20 hingga 31 Oktober, konten judi online yang diturunkan"
        " Komdigi berjumlah 187.297.",
        187_297,
        table="blocked",
        period_start=date(2023, 10, 20),
        period_end=date(2023, 10, 31),
    ),
    kept(
        "attributes.that_unit:month_no_year_mei",
        "Komdigi memblokir 120.758 konten pada April 2025. Tren kembali naik sejak Mei. Bulan itu, Komdigi memblokir"
        " 164.671 konten, disusul 165.349 konten pada Juni.",
        164_671,
        table="blocked",
        period_start=date(2024, 5, 1),
        period_end=date(2024, 5, 31),
    ),
    kept(
        "blocked.dated_after_contrast:month_no_year_sedangkan",
        "Komdigi memblokir 120.758 konten pada April. Pada Juli, konten yang ditangani mencapai 199.986, sedangkan"
        " Agustus mencatat 197.523 konten.",
        197_523,
        table="blocked",
        object_type="content",
        agency_id="KOMDIGI",
        period_start=date(2024, 8, 1),
        period_end=date(2024, 8, 31),
    ),
    dropped(
        "blocked.dated_after_contrast:no_period_no_series",
        "PPATK membekukan 1.200 rekening pada Juli, sedangkan 700 rekening lainnya masih dianalisis.",
        700,
    ),
    kept(
        "dates.until_point:hingga_awal_bulan",
        "Bareskrim terus membekukan rekening judi online. Sebanyak 865 rekening sudah diblokir. Jumlah itu tercatat"
        " hingga awal Mei 2024.",
        865,
        table="blocked",
        period_start=None,
        period_end=date(2024, 5, 31),
    ),
    kept(
        "attributes.within_figure_not_kept",
        "Bareskrim terus membekukan rekening judi online. Sebanyak 865 rekening sudah diblokir sepanjang Mei 2024."
        '\n\nKabareskrim menerima laporan dari PPATK.\n\n"Data tambahan dari PPATK mengungkap 5.885 rekening yang'
        " diduga terafiliasi dengan judi online, dengan nilai transaksi sekitar Rp224 miliar. Dari jumlah tersebut,"
        ' sebanyak 701 rekening telah kami blokir," kata Wahyu.',
        701,
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "blocked.requested_passively_next:REQUESTED_PASSIVELY",
        "Pada periode yang sama, Satgas PASTI menemukan 1.092 nomor kontak penagih utang pinjol ilegal. Nomor-nomor itu"
        " telah diajukan untuk diblokir kepada Komdigi.",
        1092,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "figure.antecedent_noun:past_a_copula:PARTITIVE_NOUN_AFTER_sisanya",
        "Satgas PASTI memblokir 536 entitas keuangan ilegal selama Januari hingga Februari 2025.\n\nDari jumlah"
        " tersebut, 508 merupakan entitas pinjol ilegal, sedangkan 28 sisanya berupa konten penawaran pinjaman"
        " pribadi.",
        28,
        table="blocked",
        object_type="content",
        agency_id="SATGAS_PASTI",
    ),
    # session 23 (issue #19, case periods)
    kept(
        "attributes.case_named_before:OF_THAT_CASE_AFTER",
        "Sepanjang Januari hingga Mei 2024, Polda Sumsel mengungkap 4 kasus judi online.\n\nKasus keempat bermodus"
        " penjualan nomor WhatsApp; para pelakunya ditangkap di sebuah rumah di Palembang pada April 2024.\n\n"
        "Sebanyak 7 terdakwa perkara itu juga telah disidangkan di pengadilan yang sama.",
        7,
        table="cases",
        period_start=date(2024, 4, 1),
        period_end=date(2024, 4, 30),
    ),
    kept(
        "attributes.fill_gaps:_narrows_end",
        'Polri menetapkan 1.158 tersangka judi online dalam empat bulan pertama 2024.\n\n"Sejak awal tahun 2024'
        ' hingga hari ini, telah dilakukan penangkapan kepada 1.158 tersangka," kata Trunoyudo, Jumat (26/4/2024).',
        1158,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 4, 26),
    ),
    kept(
        "dates._month_pairs",
        '"Sejak Februari dan Maret kemarin, kami sudah memulangkan total 699 WNI korban online scam dari Myawaddy,"'
        " ujar Judha di Jakarta.",
        699,
        table="cases",
        period_start=date(2024, 2, 1),
        period_end=date(2024, 3, 31),
    ),
    kept(
        "attributes.category:recruited_as",
        "Otoritas Filipina menggerebek sebuah gedung di Pasay. Gedung itu menjadi tempat tinggal para pekerja"
        " perusahaan POGO, usaha judi daring lintas negara.\n\nPAOCC mengamankan 34 orang dalam operasi tersebut.\n\n"
        "Menurut pengakuan mereka, para WNI direkrut untuk bekerja sebagai penipu daring (online scammer).",
        34,
        table="cases",
        category="online_scam",
    ),
    kept(
        "attributes.recruited_as:not_the_aim_of_trafficking",
        "Polda Jatim membongkar sindikat TPPO yang mengirim warga ke Kamboja untuk dipekerjakan sebagai operator"
        " penipuan daring.\n\nSindikat tersebut telah memberangkatkan 21 korban ke Kamboja secara bertahap. Korban"
        " TPPO itu dijanjikan gaji besar.",
        21,
        title="Polda Jatim Bongkar Sindikat TPPO Kirim Warga ke Kamboja",
        table="cases",
        category="trafficking",
    ),
    kept(
        "attributes.category:OTHER_EVENT_AFTER",
        "KBRI Phnom Penh menyatakan 110 WNI telah diamankan dari lokasi operasi penipuan daring. Sebelumnya, Judha"
        " Nugraha menjelaskan bahwa 97 WNI terlibat dalam kericuhan tersebut.",
        97,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.figure_qualifier:hedged_before",
        '"Dari patroli siber, kami menemukan sekitar 72 situs yang terindikasi judi online," kata Jules.\n\nPolda'
        " Jabar sudah mengajukan permohonan pemblokiran atas 72 situs tersebut kepada Kominfo.",
        72,
        table="blocked",
        qualifier="about",
    ),
    kept(
        "lexicon.BLOCK_OBJECTS:kartu",
        "Dari ratusan kasus itu, polisi menyita uang Rp67,5 miliar. Selain itu, 257 rekening bank dan 296 kartu ATM"
        " yang terkait aktivitas perjudian telah diblokir.",
        296,
        table="blocked",
        object_type="other",
    ),
    kept(
        "lexicon.REQUESTED_PASSIVELY:untuk_X_tersebut_mengajukan_pemblokiran",
        "Satgas PASTI juga menerima laporan mengenai 47 rekening bank yang diduga dipakai pinjol ilegal. Untuk"
        " rekening-rekening tersebut, satgas mengajukan pemblokiran kepada OJK.",
        47,
        table="blocked",
        object_type="bank_account",
    ),
    # session 21 (issue #19, blocked content on unseen text; dev_425 … dev_430)
    kept(
        "blocked.reports_for_another:REPORTS_ANOTHER_BETWEEN",
        "Otoritas Jasa Keuangan (OJK) melaporkan Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI)"
        " telah menghentikan 1.641 entitas keuangan ilegal sejak 1 Januari hingga 11 November 2023.\n\nAngka itu"
        " dipaparkan Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan, Edukasi, dan Pelindungan Konsumen OJK"
        " Friderica Widyasari Dewi dalam konferensi pers hasil Rapat Dewan Komisioner Bulanan November 2023 di Jakarta,"
        " Senin (4/12/2023).",
        1641,
        table="blocked",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "blocked.term_of_office:TERM_OF_OFFICE_BEFORE",
        "Kementerian Komunikasi dan Digital (Komdigi) terus memberantas judi online.\n\nDalam sebulan pertama"
        " pemerintahan Presiden Prabowo Subianto, yakni 20 Oktober sampai 20 November 2024, kementerian itu memblokir"
        " 325.385 konten judol.",
        325_385,
        table="blocked",
        agency_id="KOMDIGI",
    ),
    kept(
        "blocked.headline_scope_only:headline_since",
        "Komdigi menutup akun yang mempromosikan judi online. Dalam dua hari ini saja, Komdigi melakukan takedown"
        " terhadap 9.960 konten perjudian online.\n\nSecara kumulatif, Komdigi mencatat 5.204.753 konten judi online"
        " telah diblokir sejak 2017 sampai 20 Juli 2024.",
        9960,
        title="Komdigi Tutup Akun Promotor Judol, 5,2 Juta Konten Terblokir Sejak 2017",
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "blocked.headline_scope_only:headline_figure_keeps_it",
        "Komdigi menutup akun yang mempromosikan judi online.\n\nSecara kumulatif, Komdigi mencatat 5.204.753 konten"
        " judi online telah diblokir.",
        5_204_753,
        title="Komdigi Tutup Akun Promotor Judol, 5,2 Juta Konten Terblokir Sejak 2017",
        table="blocked",
        period_start=date(2017, 1, 1),
    ),
    kept(
        "blocked.spared_beyond_finding:FOUND_WORDS_REQUESTED_NEXT_mengajukan",
        "Pada periode September-Oktober 2023, Satgas PASTI menutup 302 layanan pinjol ilegal. Pada periode yang sama,"
        " satgas menemukan 362 nomor telepon milik penagih utang pinjol ilegal. Satgas PASTI kemudian mengajukan"
        " pemblokiran nomor-nomor itu kepada Kominfo.",
        362,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
        period_start=date(2023, 9, 1),
        period_end=date(2023, 10, 31),
    ),
    kept(
        "lexicon.BLOCK_OBJECTS:layanan",
        "Pada periode September-Oktober 2023, Satgas PASTI menutup 302 layanan pinjol ilegal.",
        302,
        table="blocked",
        object_type="other",
    ),
    kept(
        "blocked.object_type:layanan_is_a_platform_of_a_list",
        "Komdigi memblokir 10.000 konten judi online. Berikut rinciannya:\n- 9.000 di situs web;\n- 1.000 di layanan"
        " berbagi file.",
        1000,
        table="blocked",
        object_type="content",
    ),
    kept(
        "blocked.partitive_part:PARTITIVE_NOUN_AFTER",
        "Satgas PASTI telah menghentikan 1.641 entitas keuangan ilegal sepanjang 2023. Dari jumlah tersebut, 1.623"
        " merupakan pinjaman online ilegal dan 18 lainnya investasi ilegal.",
        18,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "blocked.partitive_part:OPERATED_AT",
        "Satgas PASTI memblokir 585 pinjol ilegal dan pinpri selama Februari-Maret 2024.\n\nDari jumlah itu, 537"
        " merupakan entitas pinjol ilegal yang beroperasi di situs web dan aplikasi.",
        537,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
    ),
    dropped(
        "blocked.spared_beyond_finding:found_and_left_open",
        "Satgas menemukan 362 nomor telepon milik penagih utang pinjol ilegal. Nomor-nomor itu masih diverifikasi.",
        362,
    ),
    kept(
        "blocked.month_right_after:MONTH_RIGHT_AFTER",
        "Polda Sumut mengajukan pemblokiran 231 situs judi online kepada Kominfo. Pada Januari, polisi mengajukan 42"
        " situs, lalu 6 situs pada April, 28 situs pada Juni, dan 26 situs pada Juli.",
        28,
        table="blocked",
        period_start=date(2024, 6, 1),
        period_end=date(2024, 6, 30),
    ),
    kept(
        "attributes.stated_next:REFERS_TO_FIGURE_as_of_end",
        "Bank Indonesia (BI) telah menutup 343 akun uang elektronik yang diduga dipakai untuk judi daring. Penutupan"
        " itu tercatat sampai dengan akhir Juli 2024.",
        343,
        table="blocked",
        period_start=None,
        period_end=date(2024, 7, 31),
    ),
    kept(
        "dates.since_event:day_with_no_year",
        "Kominfo memutus akses 290.850 konten judi daring sejak rapat terbatas terakhir soal judi daring pada 19 April"
        " lalu.",
        290_850,
        table="blocked",
        period_start=date(2024, 4, 19),
        period_end=None,
    ),
    kept(
        "context.is_event_date:STATEMENT_PASSIVE",
        "Kominfo memutus akses 290.850 konten judi daring.\n\nAngka itu disampaikan Menkominfo Budi Arie usai rapat"
        " terbatas mengenai Satgas Judi Online di Istana Kepresidenan, Jakarta, Rabu (22/5). Menurut Budi, total"
        " konten judi daring yang sudah diblokir kementeriannya mencapai 1.904.246 konten.",
        1_904_246,
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.stated_next:ACTION_DATED_request_sent",
        "Polresta Bogor Kota mengajukan pemblokiran 27 situs judi daring kepada Kominfo. Surat permohonannya dikirim"
        " pada Jumat (28/6/2024).",
        27,
        table="blocked",
        agency_id="POLRI",
        period_start=date(2024, 6, 28),
        period_end=date(2024, 6, 28),
    ),
    kept(
        "blocked.blocked_agency:REQUESTED",
        "Polresta Bogor Kota mengajukan pemblokiran 27 situs judi daring kepada Kominfo.\n\nDari kasus itu saja,"
        " penyidik menemukan 16 situs yang turut diajukan pemblokirannya.",
        16,
        table="blocked",
        agency_id="POLRI",
    ),
    kept(
        "attributes.relative_day:same_day_dates_the_next_sentence",
        "Polisi mengajukan pemblokiran 27 situs judi daring kepada Kominfo pada Jumat (28/6/2024).\n\nPada hari yang"
        " sama, polisi menangkap WR dan IR. Dari kasus keduanya, penyidik menemukan 16 situs yang turut diajukan"
        " pemblokirannya.",
        16,
        table="blocked",
        period_start=date(2024, 6, 28),
        period_end=date(2024, 6, 28),
    ),
    kept(
        "attributes._period_told_before:periode_yang_sama",
        "Kominfo telah memblokir 604.987 konten perjudian daring sejak 2018.\n\nJudi bukan satu-satunya muatan yang"
        " ditangani kementerian tahun lalu. Dalam periode yang sama, Kominfo juga memblokir 51.588 konten pornografi.",
        51_588,
        table="blocked",
        **Y2023,
    ),
    kept(
        "dates.month_of_year_word:as_of_month",
        "OJK meminta bank memblokir 10.016 rekening judi online. Pada Juli tahun lalu, OJK menyebut telah meminta"
        " perbankan memblokir lebih dari 7.000 rekening yang terindikasi judi online.",
        7000,
        table="blocked",
        period_start=None,
        period_end=date(2023, 7, 31),
    ),
    kept(
        "dates.open:since_event_in_a_month",
        "Meutya menyebut kementeriannya telah memutus akses 187 ribu situs judi sejak pelantikan kabinet pada Oktober"
        " 2024.",
        187_000,
        table="blocked",
        period_start=date(2024, 10, 1),
        period_end=None,
    ),
    kept(
        "ledger.without_roundings:about_round_is_no_exact_figure",
        "OJK meminta perbankan memblokir kurang lebih 8.500 rekening yang terkait judi online sepanjang 2024.\n\n"
        "Hingga Juni 2024, jumlah rekening yang diminta untuk diblokir sudah lebih dari 7.000 rekening. Angka itu"
        " kembali naik menjadi lebih dari 8.000 rekening hingga akhir September 2024.",
        8000,
        table="blocked",
        qualifier="at_least",
        period_end=date(2024, 9, 30),
    ),
    kept(
        "blocked.requested_next:REQUESTED_NEXT",
        "BSSN memantau situs pemerintah, Rabu (22/1/2025).\n\nMenurut dia, sebanyak 3.908 URL di domain pemerintah"
        " terdampak konten judi daring. URL itu milik 678 instansi, dan BSSN sudah menyurati Komdigi agar"
        " memblokirnya.",
        3908,
        table="blocked",
        object_type="page",
        agency_id="BSSN",
        period_start=None,
        period_end=None,
    ),
    kept(
        "blocked.one_more_action",
        "Kominfo mengajukan pemblokiran 5.779 rekening bank kepada OJK dalam periode 18 September 2023 hingga 28 Mei"
        " 2024. Kementerian juga meminta Bank Indonesia menutup 555 akun dompet elektronik.",
        555,
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.until_today:UNTIL_NOW_day_of_the_sentence",
        "Sejak 2018 hingga kini, Kominfo telah memblokir 1.200 situs judi online, kata Budi, Kamis (12/3/2025).",
        1200,
        table="blocked",
        period_start=date(2018, 1, 1),
        period_end=date(2025, 3, 12),
    ),
    kept(
        "attributes.until_today:UNTIL_NOW_per_hari_ini",
        "Per hari ini, Komdigi telah memblokir 1.200 situs judi online, kata Meutya di Jakarta, Senin (12/5/2025).",
        1200,
        table="blocked",
        period_start=None,
        period_end=date(2025, 5, 12),
    ),
    dropped(
        "blocked.all_blocked_next:ALL_OF_THEM_BLOCKED_negated",
        "Budi menyebut ada sekitar 300 ribu rekening bank yang terkait dengan judi daring. Rekening-rekening itu belum"
        " diblokir.",
        300_000,
    ),
    dropped(
        "blocked.blocking:SPARED_BEFORE_VERB_in_process",
        "BSSN sudah menyurati Komdigi. Masih ada 412 URL yang sedang dalam proses dinonaktifkan, ujar Dominggus.",
        412,
    ),
    dropped(
        "blocked.restated",
        "Kominfo menginformasikan 504 rekening dan akun yang terindikasi dipakai untuk judi daring kepada BI. BI telah"
        ' menutup 343 akun.\n\n"Dari 504 akun itu, 431 tercatat sebagai pengguna PJP," kata Anton.',
        504,
    ),
    kept(
        "blocked.part_of_blocked:list_intro_two_sentences_on",
        "Kominfo memutus akses 50.000 konten judi sepanjang 2023. Dari jumlah itu, 40.000 konten di antaranya judi"
        " slot.\n\nKonten tersebut ditemukan di banyak layanan. Rinciannya sebagai berikut:\n"
        "- 30.000 konten di situs web\n- 6.000 konten di Facebook\n- 4.000 konten di YouTube",
        6000,
        table="blocked",
        object_type="content",
        agency_id="KOMINFO",
        period_start=date(2023, 1, 1),
    ),
    kept(
        "blocked.part_of_blocked:list_intro_names_the_object_after_a_quote",
        "Kominfo memutus akses 50.000 konten judi sepanjang 2023.\n\nMenteri menilai judi merusak keluarga."
        ' "Kami tidak akan berhenti," ujarnya. Ia meminta warga melapor.\n\nKonten yang diputus aksesnya'
        " tersebar di banyak layanan. Rinciannya sebagai berikut:\n- 30.000 konten di situs web\n"
        "- 6.000 konten di Facebook",
        6000,
        table="blocked",
        agency_id="KOMINFO",
        period_start=date(2023, 1, 1),
    ),
    dropped(
        "blocked.part_of_blocked:list_far_from_its_total",
        "Kominfo memutus akses 50.000 konten judi sepanjang 2023.\n\nPemerintah juga menggelar sosialisasi."
        " Kampanye digelar di banyak kota. Warga diajak melapor. Berikut daftar kotanya:\n- 12 kota di Jawa\n"
        "- 6 kota di Sumatra",
        6,
    ),
    kept(
        "blocked.sites_and_ips_before:place_of_the_item_before",
        "Kominfo memblokir 9.000 konten judi online pada 2023. Rinciannya, 7.000 berada di situs web dan alamat IP,"
        " 1.500 konten di platform Meta, dan 500 konten di X.",
        1500,
        table="blocked",
        object_type="content",
    ),
    kept(
        "figure.noun1:copula_before_the_noun",
        "Kominfo memblokir 9.000 konten judi online pada 2023. Rinciannya, 7.000 berada di situs web dan alamat IP,"
        " 1.500 konten di platform Meta, dan 500 konten di X.",
        7000,
        table="blocked",
        object_type="site",
        agency_id="KOMINFO",
    ),
    kept(
        "blocked.BLOCK_OBJECTS:pinjaman_online",
        "Satgas PASTI menghentikan 320 pinjaman online ilegal pada Januari 2025.",
        320,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "blocked.not_the_actor:cited_for_another",
        "Menurut OJK, Satgas PASTI memblokir 120 rekening pinjol ilegal selama Januari 2025.",
        120,
        table="blocked",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "blocked.not_the_actor:cited_source_is_the_actor",
        "Menurut OJK, pihaknya memblokir 120 rekening pinjol ilegal selama Januari 2025.",
        120,
        table="blocked",
        agency_id="OJK",
    ),
    kept(
        "blocked.blocking:verb_before",
        "Kominfo telah memblokir 2,1 juta situs judi online sepanjang 2023.",
        2_100_000,
        table="blocked",
        object_type="site",
        agency_id="KOMINFO",
        **Y2023,
    ),
    kept(
        "blocked.blocking:verb_after_joined_figures",
        "Sebanyak 2,1 juta situs dan 300 ribu akun judi online telah diblokir Kominfo.",
        2_100_000,
        table="blocked",
        object_type="site",
    ),
    dropped(
        "blocked.blocking:LATER_FIGURE_takes_the_verb",
        "Menurut Kominfo, ada 329 rekening, 202 rekening sudah kita blokir.",
        329,
    ),
    kept(
        "blocked.blocking:LATER_FIGURE_blocked",
        "Menurut Kominfo, ada 329 rekening, 202 rekening sudah kita blokir.",
        202,
        table="blocked",
        object_type="bank_account",
    ),
    dropped(
        "blocked.blocking:NOT_BLOCKED_VERBS",
        "Selain menutup situs, Komdigi juga melaporkan 23.604 rekening kepada PPATK.",
        23_604,
    ),
    kept(
        "blocked.follows_block_verb",
        "Kominfo memblokir 2.000 situs judi online. Konten judi online tetap harus kami tangani. Ada lebih dari 123 ribu konten di file sharing.",
        123_000,
        table="blocked",
        object_type="content",
        qualifier="at_least",
    ),
    kept(
        "blocked.continues_blocked:ITEMISING",
        "Kominfo memblokir 1,2 juta konten judi online. Data itu dirilis Senin. Serta 2.032 konten dari Google.",
        2032,
        table="blocked",
        agency_id="KOMINFO",
    ),
    kept(
        "blocked.is_list_item",
        "Kominfo memblokir 1,2 juta konten judi online sepanjang 2023. Rinciannya, di Meta 106 ribu, Google 41 ribu.",
        41_000,
        table="blocked",
        object_type="content",
        agency_id="KOMINFO",
        **Y2023,
    ),
    kept(
        "blocked.object_type:OBJECT_REFINED",
        "Kominfo menonaktifkan 555 akun dompet elektronik terkait judi online.",
        555,
        table="blocked",
        object_type="e_wallet",
    ),
    kept(
        "blocked.object_type:SLIPPED_IN",
        "Kominfo memblokir 1.500 situs pendidikan yang disisipi konten judi online.",
        1500,
        table="blocked",
        object_type="page",
    ),
    kept(
        "blocked.object_type:BERUPA",
        "Kominfo memblokir 171.420 konten berupa situs judi online.",
        171_420,
        table="blocked",
        object_type="site",
    ),
    dropped("blocked.not_an_object:RATE_AFTER", "Kominfo memblokir sekitar 14.238 konten per hari.", 14_238),
    dropped(
        "blocked.not_an_object:kata_without_kunci",
        "Kominfo memblokir 20 kata kunci dan 30 kata terkait judi.",
        30,
    ),
    dropped(
        "blocked.not_an_object:dompet_without_digital",
        "Kominfo memblokir 40 dompet milik bandar judi online.",
        40,
    ),
    kept(
        "blocked.not_an_object:kata_kunci",
        "Kominfo memblokir 20 kata kunci dan 30 kata terkait judi.",
        20,
        table="blocked",
        object_type="keyword",
    ),
    kept(
        "blocked.blocked_agency:COMMS_MINISTRIES",
        "Polri menggelar rapat dengan Polri daerah dan Komdigi. Sebanyak 5.000 situs judi online telah diblokir.",
        5000,
        table="blocked",
        agency_id="KOMDIGI",
    ),
    kept(
        "attributes.fill_gaps:blocked_repeat",
        "Kominfo memblokir 3.000 situs judi online. Kominfo memblokir 3.000 situs judi online sejak Januari 2024.",
        3000,
        table="blocked",
        period_start=date(2024, 1, 1),
        period_precision="open",
    ),
    # ---------------------------------------------------------------- blocked content: continuations (#19)
    kept(
        "blocked.part_of_blocked:LIST_LINE",
        "Kominfo memblokir 5.000 konten judi online sepanjang 2023. Berikut rinciannya:\n- 4.100 situs web\n- 900 konten di Facebook",
        900,
        table="blocked",
        object_type="content",
        agency_id="KOMINFO",
        **Y2023,
    ),
    kept(
        "blocked.part_of_blocked:LIST_LINE_own_object",
        "Kominfo memblokir 5.000 konten judi online sepanjang 2023. Berikut rinciannya:\n- 4.100 situs web\n- 900 konten di Facebook",
        4100,
        table="blocked",
        object_type="site",
        agency_id="KOMINFO",
        **Y2023,
    ),
    kept(
        "blocked.part_of_blocked:LIST_LINE_dari_keeps_the_total_object",
        "Komdigi memblokir 5.000 konten judi online. Rinciannya sebagai berikut:\n- 4.000 dari situs atau alamat IP\n- 700 dari Google",
        700,
        table="blocked",
        object_type="content",
        agency_id="KOMDIGI",
    ),
    kept(
        "blocked.object_type:SITES_AND_IPS_list_item",
        "Komdigi memblokir 5.000 konten judi online. Rinciannya sebagai berikut:\n- 4.000 dari situs atau alamat IP\n- 700 dari Google",
        4000,
        table="blocked",
        object_type="site",
    ),
    dropped(
        "blocked.part_of_blocked:LIST_LINE_people",
        "Kominfo memblokir 5.000 konten judi online. Polisi merinci peran tersangka:\n- Empat orang berperan sebagai bandar",
        4,
    ),
    kept(
        "blocked.part_of_blocked:PART_CUES",
        "Kominfo memblokir 5.000 konten judi online sepanjang 2023. Selanjutnya, ada 812 konten di YouTube.",
        812,
        table="blocked",
        object_type="content",
        agency_id="KOMINFO",
        **Y2023,
    ),
    kept(
        "blocked.part_of_blocked:series_value",
        "OJK telah memblokir 25.000 rekening judi online. Jumlah itu naik tajam. Pada Mei 2024, angkanya baru 9.240 rekening.",
        9240,
        table="blocked",
        object_type="bank_account",
        agency_id="OJK",
    ),
    dropped(
        "blocked.part_of_blocked:no_cue",
        "Kominfo memblokir 5.000 situs judi online.\n\nDi Indonesia ada 10.000 situs judi.",
        10_000,
    ),
    dropped(
        "blocked.part_of_blocked:NOT_BLOCKED_PART",
        "Kominfo memblokir 5.000 situs judi online. Masih ada 1.000 situs lain yang terindikasi judi online.",
        1000,
    ),
    dropped(
        "blocked.part_of_blocked:other_object",
        "Kominfo memblokir 5.000 situs judi online.\n\nSementara itu, bandar memakai 300 rekening penampung.",
        300,
    ),
    dropped(
        "blocked.blocking:SPARED_BEFORE_VERB_negated",
        "Pegawai itu menjaga sekitar 1.000 situs judi online agar tidak ikut diblokir.",
        1000,
    ),
    dropped(
        "blocked.blocking:SPARED_BEFORE_VERB_reported",
        "Sekitar 1.000 situs dijaga, sementara sekitar 4.000 situs lain dilaporkan ke atasan untuk diblokir.",
        4000,
    ),
    kept(
        "blocked.blocking:verb_after_request",
        "Sebanyak 52.151 situs judi online telah diajukan untuk diblokir oleh Polri.",
        52_151,
        table="blocked",
        object_type="site",
    ),
    dropped(
        "blocked.follows_block_verb:NOT_BLOCKED_PART_spared",
        "Untuk setiap situs yang lolos dari pemblokiran, tersangka menerima uang. Total ada sekitar 1.000 situs judi online yang dibiarkan beroperasi.",
        1000,
    ),
    kept(
        "blocked.follows_block_verb:STRONG_BLOCK_VERBS",
        '"Kami sudah melakukan pemblokiran terkait keyword. Hingga kini mencapai 1.361 kata kunci di Google," kata Menteri Komdigi.',
        1361,
        table="blocked",
        object_type="keyword",
    ),
    # ---------------------------------------------------------------- blocked content (session 19, blocked7)
    kept(
        "screen.restates_vague:not_a_smaller_exact_figure",
        "Polres Kendal memblokir ratusan akun promosi judi online. Sehari setidaknya ada satu akun yang diblokir.",
        100,
        table="blocked",
        object_type="account",
        qualifier="about",
    ),
    dropped(
        "blocked.blocking:UNBLOCKING_BEFORE",
        "Sejak Mei 2025, PPATK sudah membuka kembali blokir lebih dari 30 juta rekening dormant.",
        30_000_000,
    ),
    kept(
        "blocked.not_the_actor:CITED_BEFORE_channel",
        "Satgas PASTI memblokir 2.000 situs judi online pada 2024. Dalam rentang itu juga diblokir 22.933 nomor"
        " telepon yang masuk melalui kanal Indonesia Anti-Scam Centre (IASC).",
        22_933,
        table="blocked",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "blocked.reporting_agency:REPORTING_AFTER_not_negated",
        "Satgas PASTI telah memblokir 13.229 entitas ilegal sejak 2017. Kerugian masyarakat mencapai Rp142 triliun."
        ' "Kalau OJK tidak bekerja memblokir ini, masyarakat rugi," kata Dahnial. Jumlahnya naik turun setiap'
        " tahun. Pada 2017 hanya 79 entitas yang ditutup.",
        79,
        table="blocked",
        agency_id="SATGAS_PASTI",
        period_start=date(2017, 1, 1),
    ),
    kept(
        "blocked.reporting_agency:REPORTING_AFTER_menghentikan",
        "Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) telah menghentikan 13.229 entitas"
        ' ilegal sejak 2017.\n\n"Ini kerja bersama," kata Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa'
        " Keuangan OJK Friderica Widyasari Dewi. Jumlahnya naik turun setiap tahun. Pada 2017 hanya 79 entitas"
        " yang ditutup.",
        79,
        table="blocked",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "blocked.BLOCK_OBJECTS:investasi",
        "Satgas PASTI menghentikan 500 entitas ilegal, terdiri atas 120 investasi ilegal dan 30 gadai ilegal.",
        120,
        table="blocked",
        object_type="other",
        agency_id="SATGAS_PASTI",
    ),
    kept(
        "blocked.BLOCK_OBJECTS:gadai",
        "Satgas PASTI menghentikan 500 entitas ilegal, terdiri atas 120 investasi ilegal dan 30 gadai ilegal.",
        30,
        table="blocked",
        object_type="other",
    ),
    kept(
        "blocked.BLOCK_OBJECTS:berkas",
        "Komdigi memblokir 9.000 konten judi online, meliputi 8.000 situs dan 1.000 berkas di layanan berbagi file.",
        1000,
        table="blocked",
        object_type="content",
        agency_id="KOMDIGI",
    ),
    kept(
        "blocked.case_files",
        "Kejaksaan menghentikan 12 berkas perkara judi online.",
        12,
        table="cases",
        unit="cases",
    ),
    kept(
        "blocked.blocked_agency:NATIONAL_GOVERNMENT_stated_by",
        "PPATK telah membekukan 13.481 rekening di 28 bank. Nilainya besar sekali.\n\nSebelumnya, pemerintah juga"
        " sudah memblokir 6 ribu rekening yang diduga terkait judi online. Angka itu disampaikan Muhadjir Effendy"
        " ketika masih menjabat Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (PMK).",
        6000,
        table="blocked",
        agency_id="KEMENKO_PMK",
    ),
    dropped(
        "screen.not_a_count:NOT_EVEN_ONE",
        "Polres Kendal, Jawa Tengah, terus menggelar patroli siber. Kepala Satuan Reserse Kriminal Polres Kendal AKP"
        " Untung Setiyahadi mengatakan tim siber sudah diterjunkan sejak April 2024, meski hingga kini belum ada"
        " kasus judi online yang terungkap.\n\nWalau belum mengungkap satu kasus pun, selama tiga bulan patroli"
        " siber itu Polres Kendal disebut telah memblokir ratusan akun yang mempromosikan judi online.",
        1,
    ),
    kept(
        "blocked.covering_period:part_larger_than_the_latest_total",
        "Kominfo memblokir 800 ribu konten judi online sepanjang 17 Juli hingga 30 Desember 2023. Pada periode"
        " 1-30 November sebanyak 160.503 konten diblokir, sedangkan periode 1-30 Desember mencapai 168.895 konten."
        "\n\nBerdasarkan platformnya, pemblokiran mencakup 596.348 situs dan IP, 173.134 konten di Meta, serta"
        " 5.993 konten di Google.",
        5993,
        table="blocked",
        object_type="content",
        period_start=date(2023, 7, 17),
        period_end=date(2023, 12, 30),
    ),
    kept(
        "blocked.also_period:ALSO_BEFORE_after_a_dated_count",
        "Karo Penmas Divisi Humas Polri Trunoyudo Wisnu Andiko mengatakan pada periode 23 April hingga 6 Mei 2024"
        ' Polri mengungkap 115 perkara judi online dengan 142 tersangka.\n\n"Kami juga mengajukan permintaan'
        ' pemblokiran situs terkait judi online sebanyak 2.862 situs kepada Kominfo," kata Trunoyudo.',
        2862,
        table="blocked",
        agency_id="POLRI",
        period_start=date(2024, 4, 23),
        period_end=date(2024, 5, 6),
    ),
    kept(
        "blocked.also_period:not_after_another_blocked_total",
        "Kominfo memutus akses 3.796.902 konten judi online dalam periode 17 Juli 2023 hingga 9 Oktober 2024.\n\n"
        "Kementerian juga memblokir setidaknya 31.751 sisipan halaman judi pada situs lembaga pendidikan.",
        31_751,
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "blocked.also_period:not_a_scope_written_paragraphs_before",
        "Polri mengungkap 235 kasus judi online dalam kurun Mei hingga Agustus 2025.\n\nDirektur Tindak Pidana"
        " Siber Bareskrim Polri Himawan Bayu Aji mengatakan sebagian besar tersangka adalah pemain.\n\nKasus"
        " teranyar adalah pembongkaran jaringan yang mengoperasikan tiga situs.\n\nDalam perkara tersebut,"
        " penyidik menangkap tiga tersangka berinisial MR, BI, dan AF.\n\nDari jaringan itu, penyidik menyita"
        " laptop dan ponsel. Polisi juga memblokir 76 rekening milik jaringan itu.",
        76,
        table="blocked",
        period_start=None,
    ),
    dropped(
        "blocked.counts_followers:JOINED_FIGURE",
        "Kementerian Komunikasi dan Digital (Komdigi) memblokir 11.544 konten judi online hanya dalam tiga hari."
        "\n\nSebagian besar konten yang diblokir berupa situs web, yakni 10.517 situs. Sisanya tersebar di platform"
        " Meta sebanyak 518 konten.\n\nDua akun Instagram yang cukup populer, masing-masing dengan 21.200 dan 32.700"
        " pengikut, juga ikut diblokir karena diduga mempromosikan situs judi online.",
        21_200,
    ),
    kept(
        "attributes.closest_period:own_clause_before_a_later_range",
        "Tahun 2023 tercatat 3.240 entitas ditutup Satgas PASTI, sementara sejak Januari hingga 31 Agustus 2025"
        " sudah 1.840 entitas dihentikan.",
        3240,
        table="blocked",
        **Y2023,
    ),
    kept(
        "blocked.request_object:named",
        "Komdigi mengajukan 821 permohonan pemblokiran rekening bank kepada Otoritas Jasa Keuangan (OJK).",
        821,
        table="blocked",
        object_type="bank_account",
        agency_id="KOMDIGI",
    ),
    kept(
        "blocked.request_object:from_sentence_before",
        "Polri rutin mengajukan pemblokiran situs judi online kepada Kominfo. Selama 2022 Polri sudah mengajukan 401 pemblokiran.",
        401,
        table="blocked",
        object_type="site",
        agency_id="POLRI",
    ),
    dropped(
        "blocked.request_object:no_block_noun",
        "Polri menerima 401 permohonan informasi dari masyarakat.",
        401,
    ),
    kept(
        "blocked.object_before",
        "Pada 2018, konten judi yang diblokir Kominfo tercatat 84.484.",
        84_484,
        table="blocked",
        object_type="content",
    ),
    kept(
        "blocked.object_before:in_a_list_of_the_sentence",
        "Situs yang diblokir Polri mencapai 40.642 situs, dengan rekening yang dibekukan sebanyak 4.196 dan aset yang disita.",
        4196,
        table="blocked",
        object_type="bank_account",
    ),
    kept(
        "blocked.all_blocked_next",
        'Pada 2022 saja, PPATK mengidentifikasi 312 rekening terkait judi online. "Semuanya sudah kami bekukan," kata Ivan.',
        312,
        table="blocked",
        object_type="bank_account",
        agency_id="PPATK",
    ),
    dropped(
        "blocked.all_blocked_next:not_blocking",
        'Pada 2022 saja, PPATK mengidentifikasi 312 rekening terkait judi online. "Semuanya sedang kami analisis," kata Ivan.',
        312,
    ),
    kept(
        "blocked.BLOCK_VERBS:bekukan",
        '"Yang kami bekukan saja sudah hampir 500 rekening," ujar Kepala PPATK.',
        500,
        table="blocked",
        object_type="bank_account",
        qualifier="at_most",
    ),
    kept(
        "blocked.BLOCK_VERBS:menindak",
        "Kemkomdigi menindak 14.219 konten judi online.",
        14_219,
        table="blocked",
        object_type="content",
    ),
    dropped(
        "blocked.NOT_BLOCKED_VERBS:seized",
        "Kominfo memblokir 5.000 situs judi online. Penyidik menyita 58 rekening bank sebagai barang bukti.",
        58,
    ),
    kept(
        "blocked.BLOCK_OBJECTS:iklan",
        "Meta juga menurunkan lebih dari 450.000 iklan perjudian.",
        450_000,
        table="blocked",
        object_type="content",
    ),
    kept(
        "blocked.object_type:SITES_AND_IPS",
        "Kominfo memblokir 5.000 konten. Mayoritas konten berasal dari situs dan alamat IP, yaitu 4.000 konten.",
        4000,
        table="blocked",
        object_type="site",
    ),
    kept(
        "blocked.object_type:SITES_AND_IPS_not_the_next_figure",
        "Dari jumlah itu, 4.000 konten berupa situs dan alamat IP, sedangkan 1.000 konten lainnya tersebar di media sosial, kata Kominfo yang memblokir semuanya.",
        1000,
        table="blocked",
        object_type="content",
    ),
    kept(
        "blocked.object_type:SITES_AND_CONTENTS",
        "Komdigi memblokir 2,4 juta situs dan konten judi online.",
        2_400_000,
        table="blocked",
        object_type="content",
    ),
    kept(
        "blocked.resolve_blocked:repeat_moves_the_discourse",
        'OJK memblokir 25.912 rekening judi online. Hal itu disampaikan pekan lalu. Ia menjelaskan datanya. "OJK memblokir 25.912 rekening," kata Dian. Jumlah itu melonjak. Pada Juli 2025, OJK masih melaporkan 17.026 rekening.',
        17_026,
        table="blocked",
        object_type="bank_account",
        agency_id="OJK",
    ),
    # ---------------------------------------------------------------- blocked content: passive figures, requests (#19)
    kept(
        "blocked.blocking:decimal_figure_before_its_verb",
        "Sementara itu, Kemkomdigi mencatat lebih dari 1,7 juta konten judi online telah diblokir sepanjang 2024.",
        1_700_000,
        table="blocked",
        object_type="content",
        qualifier="at_least",
    ),
    kept(
        "blocked.LATER_FIGURE:decimal_percentage_in_parentheses",
        "Dari 60.000 rekening yang diadukan, sebanyak 12.500 rekening (20,83 persen) sudah dibekukan.",
        12_500,
        table="blocked",
        object_type="bank_account",
    ),
    dropped(
        "blocked.LATER_FIGURE:reported_total_before_the_part",
        "Dari 60.000 rekening yang diadukan, sebanyak 12.500 rekening (20,83 persen) sudah dibekukan.",
        60_000,
    ),
    dropped(
        "blocked.NOT_BLOCKED_VERBS:laporan_terhadap",
        "Pemblokiran itu menindaklanjuti laporan warga terhadap 71.000 rekening yang diduga dipakai penipu.",
        71_000,
    ),
    kept(
        "blocked.part_of_blocked:PART_CUES_lonjakan",
        "Kominfo memblokir 120.000 konten judi pada 2021. Angkanya naik menjadi 150.000 konten pada 2022.\n\n"
        "Lonjakan terbesar terjadi pada 2023 dengan 640.000 konten.",
        640_000,
        table="blocked",
        object_type="content",
        agency_id="KOMINFO",
        period_start=date(2023, 1, 1),
    ),
    dropped(
        "blocked.not_an_object:RATE_BEFORE",
        "Menurut menteri, setiap hari petugas Kominfo memutus akses 1.200 situs judi.",
        1200,
    ),
    kept(
        "blocked.reporting_agency:passive_no_actor",
        "Otoritas Jasa Keuangan (OJK) mencatat aduan terus bertambah sejak Indonesia Anti-Scam Centre (IASC) "
        "berdiri. Hingga Maret 2025, rekening yang sudah diblokir mencapai 31.000 rekening.",
        31_000,
        table="blocked",
        object_type="bank_account",
        agency_id="OJK",
    ),
    kept(
        "blocked.requester:ASKED_BEFORE",
        "Kementerian Komunikasi dan Informatika mengajukan 900 rekening ke OJK. Kementerian juga meminta "
        "Bank Indonesia menutup 310 akun dompet elektronik.",
        310,
        table="blocked",
        object_type="e_wallet",
        agency_id="KOMINFO",
    ),
    kept(
        "blocked.requester:ADDRESSEE_LIST_BEFORE",
        "Komdigi memutus akses 5.000 situs judi. Sepanjang 2024, kementerian mengajukan 9.100 nomor rekening "
        "kepada Otoritas Jasa Keuangan (OJK) dan Bank Indonesia (BI) untuk diblokir.",
        9100,
        table="blocked",
        object_type="bank_account",
        agency_id="KOMDIGI",
    ),
    kept(
        "blocked.requester:CITED_BEFORE",
        'Menteri Komunikasi dan Informatika Budi Arie Setiadi menjelaskan langkah kementeriannya. "Kami sudah '
        'mengajukan blokir 1.800 rekening bank ke OJK," tutur Budi Arie, sebagaimana dikutip dari laman '
        "Sekretariat Kabinet (Setkab).",
        1800,
        table="blocked",
        object_type="bank_account",
        agency_id="KOMINFO",
    ),
    kept(
        "blocked.subject_referred:BARE_HEAD_SUBJECT",
        "Satgas Pemberantasan Judi Online menggelar rapat di Jakarta. Kominfo memutus akses 400.000 konten. "
        "Satgas juga menutup 3.000 situs yang menyamar sebagai toko daring.",
        3000,
        table="blocked",
        object_type="site",
        agency_id="SATGAS_JUDI_ONLINE",
    ),
    kept(
        "blocked.period_of_next_block",
        'Sepekan sebelumnya, PPATK telah memetakan 5.000 rekening milik satu jaringan judi. "Seluruhnya kami '
        'bekukan pada Februari. Mulai Maret, blokirnya dilanjutkan oleh Polri," ujar Ivan.',
        5000,
        table="blocked",
        object_type="bank_account",
        period_start=date(2024, 2, 1),
        period_end=date(2024, 2, 29),
    ),
    kept(
        "blocked.year_after:YEAR_LATER",
        "Data kementerian memperlihatkan angka pemblokiran naik turun. Pada 2018, konten judi yang diblokir Kominfo "
        "tercatat 84.484. Setahun kemudian jumlahnya turun menjadi 78.306.",
        78_306,
        table="blocked",
        object_type="content",
        period_start=date(2019, 1, 1),
        period_end=date(2019, 12, 31),
    ),
    kept(
        "blocked.spared:FOLLOWERS_of_the_accounts_counted",
        "Komdigi memblokir 1,2 juta konten judi. Dari jumlah itu, 45 akun milik pemengaruh dengan 87.000 pengikut.",
        45,
        table="blocked",
        object_type="account",
        agency_id="KOMDIGI",
    ),
    dropped(
        "blocked.spared:FOLLOWERS_count_itself",
        "Komdigi memblokir 1,2 juta konten judi. Dari jumlah itu, 45 akun milik pemengaruh dengan 87.000 pengikut.",
        87_000,
    ),
    kept(
        "blocked.blocked_cue:refers_back_to_a_block_object",
        "Kominfo menemukan 5.000 situs judi. Sekitar 4.000 di antaranya telah diblokir.",
        4000,
        table="blocked",
        object_type="site",
        agency_id="KOMINFO",
        qualifier="about",
    ),
    dropped(
        "blocked.blocked_cue:refers_back_found_total",
        "Kominfo menemukan 5.000 situs judi. Sekitar 4.000 di antaranya telah diblokir.",
        5000,
    ),
    dropped(
        "blocked.blocking:CONTRAST_clause_of_its_own",
        "Selama 2024, PPATK membekukan 1.200 rekening, sedangkan 700 rekening lainnya masih dianalisis.",
        700,
    ),
    kept(
        "blocked.blocking:CONTRAST_not_menghentikan_sementara",
        "PPATK menghentikan sementara transaksi pada 13.000 rekening di 28 bank.",
        13_000,
        table="blocked",
        object_type="bank_account",
    ),
    kept(
        "blocked.BLOCK_VERBS:dibersihkan_SLIPPED_IN_menyusup",
        "Sebanyak 2.000 situs judi online yang menyusup ke laman sekolah telah dibersihkan Kemkomdigi.",
        2000,
        table="blocked",
        object_type="page",
        agency_id="KOMDIGI",
    ),
    kept(
        "blocked.all_blocked_next:ALL_OF_THEM_BLOCKED_those_items",
        "Kominfo mengungkap 4.500 konten judi online yang tersebar di media sosial. Konten-konten itu kini sudah "
        "diturunkan.",
        4500,
        table="blocked",
        object_type="content",
        agency_id="KOMINFO",
    ),
    kept(
        "blocked.resolve_blocked:as_of_value_keeps_the_series_period",
        "OJK memblokir 26.000 rekening selama 22 November 2024 hingga 24 Februari 2025. Angka itu naik dibanding "
        "posisi 22 Januari 2025. Kala itu, sebanyak 14.000 rekening sudah dibekukan. Selama periode yang sama "
        "OJK menerima 50.000 laporan penipuan.",
        50_000,
        table="cases",
        period_start=date(2024, 11, 22),
    ),
    dropped(
        "blocked.is_list_item:LIST_ITEM_whole_figure",
        "Komdigi memblokir 2,4 juta konten judi online. Dari 10.000 sampel situs yang dianalisis, 76 persen memakai Cloudflare.",
        10_000,
    ),
    dropped(
        "blocked.continues_blocked:NOT_BLOCKED_PART",
        'Tersangka menemukan 5.000 situs judi. Dari jumlah itu, biasanya sekitar 4.000 situs diblokir. Sisanya, 1.000 situs, justru "dibina" alias dijaga agar tetap bisa diakses.',
        1000,
    ),
    kept(
        "blocked.continues_blocked:NOT_BLOCKED_PART_not_the_blocked_one",
        'Tersangka menemukan 5.000 situs judi. Dari jumlah itu, biasanya sekitar 4.000 situs diblokir. Sisanya, 1.000 situs, justru "dibina" alias dijaga agar tetap bisa diakses.',
        4000,
        table="blocked",
        object_type="site",
        qualifier="about",
    ),
    # ------------------------------------------------ periods5 (session 17, issue #19): periods of real reporting
    kept(
        "attributes.closest_period:range_in_the_figures_clause",
        "Kominfo memblokir 30.013 konten pada periode 17-31 Juli 2024, lalu 55.846 konten pada periode 1-31 "
        "Agustus 2023.",
        55_846,
        table="blocked",
        period_start=date(2023, 8, 1),
        period_end=date(2023, 8, 31),
    ),
    kept(
        "attributes.closest_period:range_before_the_figure_across_a_comma",
        "Pada periode 1-30 Juni, konten yang diblokir Kominfo sebanyak 160.503, sedangkan periode 1-31 Juli "
        "mencapai 168.895.",
        160_503,
        table="blocked",
        period_start=date(2024, 6, 1),
        period_end=date(2024, 6, 30),
    ),
    kept(
        "attributes.stated_next:REFERS_TO_FIGURE_pemblokiran_itu",
        "Komdigi memblokir 94.720 konten judi online hanya dalam tiga hari. Pemblokiran itu berlangsung sejak "
        "Sabtu (27/7) hingga hari ini, Senin (29/7/2024).",
        94_720,
        table="blocked",
        period_start=date(2024, 7, 27),
        period_end=date(2024, 7, 29),
    ),
    kept(
        "attributes.resolve_period:window_yields_to_the_range_stated_next",
        "Satgas Polri membongkar 300 kasus judi online dalam kurun waktu lima bulan terakhir. Dari ratusan kasus "
        "itu, penyidik menangkap 370 tersangka.\n\nWakabareskrim menjelaskan, data tersebut dihimpun sejak 15 "
        "Februari hingga 1 Juli 2024.",
        300,
        table="cases",
        period_start=date(2024, 2, 15),
        period_end=date(2024, 7, 1),
    ),
    kept(
        "attributes.stated_next:WITHIN_BEFORE_does_not_end_the_search",
        "Satgas Polri membongkar 300 kasus judi online dalam kurun waktu lima bulan terakhir. Dari ratusan kasus "
        "itu, penyidik menangkap 370 tersangka.\n\nWakabareskrim menjelaskan, data tersebut dihimpun sejak 15 "
        "Februari hingga 1 Juli 2024.",
        370,
        table="cases",
        period_start=date(2024, 2, 15),
        period_end=date(2024, 7, 1),
    ),
    kept(
        "attributes.until_today:ends_on_the_articles_date",
        "Polda Metro Jaya mengungkap sindikat penjualan ginjal. Polisi menggerebek rumah penampungan pada 19 Juni "
        '2024.\n\n"Sampai hari ini tim telah menahan 12 tersangka," ujar Kapolda.',
        12,
        table="cases",
        period_start=None,
        period_end=date(2024, 8, 2),
    ),
    kept(
        "attributes.until_today:hari_itu_is_the_day_named_before",
        "Pada Jumat (26/4/2024), Karo Penmas menyebut sejak awal 2024 hingga hari itu Polri sudah menangkap 1.158 "
        "tersangka judi online.",
        1158,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 4, 26),
    ),
    kept(
        "attributes.since_then:start_from_the_sentence_before",
        "Satgas TPPO mulai bekerja pada 10 Juni 2024. Sejak itu hingga Rabu (17/7/2024), Satgas TPPO telah "
        "menyelamatkan 2.149 korban.",
        2149,
        table="cases",
        period_start=date(2024, 6, 10),
        period_end=date(2024, 7, 17),
    ),
    kept(
        "attributes.since_then:sentence_after_sejak_saat_itu",
        "Kemlu mencatat 15 kasus online scam pada 2020. Sejak saat itu angkanya terus naik. Hingga Juli 2024, total "
        "kasus yang tercatat sudah mencapai 5.111 kasus.",
        5111,
        table="cases",
        period_start=date(2020, 1, 1),
        period_end=date(2024, 7, 31),
    ),
    kept(
        "attributes.day_after_figure:keesokan_harinya_after_the_figure",
        "Gelombang pertama berisi 36 WNI mendarat pada Jumat (26/7/2024), disusul 31 WNI keesokan harinya.",
        31,
        table="cases",
        period_start=date(2024, 7, 27),
        period_end=date(2024, 7, 27),
    ),
    kept(
        "attributes.relative_day:pada_hari_yang_sama_is_the_statement_day_before_it",
        "Kantor Imigrasi menunda keberangkatan 520 warga sepanjang Januari hingga awal Juni 2024. Sebanyak 300 "
        'orang ditunda pada Januari dan 220 orang pada Februari.\n\n"Modusnya selalu sama," kata kepala kantor '
        "itu di Medan, Selasa (4/6).\n\nPada hari yang sama, petugas menunda keberangkatan tiga warga yang hendak "
        "bekerja di Kamboja.",
        3,
        table="cases",
        period_start=date(2024, 6, 4),
        period_end=date(2024, 6, 4),
    ),
    kept(
        "attributes.compared_only:change_against_tahun_sebelumnya_keeps_the_story_year",
        "Sepanjang tahun ini, Polri mencatat 3.900 perkara perjudian.\n\nJudi konvensional menyumbang 2.600 "
        "perkara, bertambah 800 perkara dibanding tahun sebelumnya. Adapun judi online tercatat 1.300 perkara.",
        2600,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 8, 2),
    ),
    kept(
        "attributes.compared_only:no_earlier_period_from_a_comparison",
        "Sepanjang tahun ini, Polri mencatat 3.900 perkara perjudian.\n\nJudi konvensional menyumbang 2.600 "
        "perkara, bertambah 800 perkara dibanding tahun sebelumnya. Adapun judi online tercatat 1.300 perkara.",
        1300,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 8, 2),
    ),
    kept(
        "attributes.until_today:hingga_berita_ini_diturunkan_ends_on_the_published_date",
        "Polisi memeriksa sejumlah saksi pada Senin (29/7/2024). Hingga berita ini diturunkan, jumlah korban TPPO "
        "yang dipulangkan mencapai 25 orang.",
        25,
        table="cases",
        period_start=None,
        period_end=date(2024, 8, 2),
    ),
    kept(
        "attributes.opened_before:count_up_to_a_day_starts_where_the_sentence_before_opens_it",
        "Kepala bidang itu mengatakan penundaan semacam ini terus bertambah sejak awal tahun ini. Hingga Minggu "
        "(28/7), sebanyak 1.120 WNI yang terindikasi pekerja migran nonprosedural ditunda keberangkatannya di "
        "Bandara Kualanamu.",
        1120,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 7, 28),
    ),
    kept(
        "dates.this_month:month_to_this_range_ends_the_month_before_the_article",
        "Kantor Imigrasi menunda keberangkatan 412 warga di pelabuhan sejak Maret hingga bulan lalu.",
        412,
        table="cases",
        period_start=date(2024, 3, 1),
        period_end=date(2024, 7, 31),
        period_precision="month",
    ),
    kept(
        "attributes.listed_days:LISTS_PARTS_total_spans_its_parts_days",
        "Sebelumnya, Kemlu telah memulangkan 130 WNI korban online scam dari Myawaddy dalam dua gelombang, yakni 46 "
        "orang pada 21 Februari dan 84 orang pada 28 Februari 2024.",
        130,
        table="cases",
        period_start=date(2024, 2, 21),
        period_end=date(2024, 2, 28),
    ),
    kept(
        "attributes.movement_day:next_sentence_moves_the_day_after",
        "Pemerintah memulangkan total 554 WNI korban penipuan daring dari Myawaddy dalam dua kloter penerbangan. "
        "Kloter pertama berisi 400 WNI yang mendarat di Bandara Soekarno-Hatta pada Selasa (18/6/2024). Sisanya, "
        "154 orang, tiba keesokan harinya.",
        554,
        table="cases",
        period_start=date(2024, 6, 18),
        period_end=date(2024, 6, 19),
    ),
    kept(
        "blocked.as_of_point",
        "Pada konferensi pers 8 Juli 2025, OJK masih melaporkan pemblokiran 17.026 rekening judi online.",
        17_026,
        table="blocked",
        period_start=None,
        period_end=date(2025, 7, 8),
    ),
    kept(
        "figure.anaphoric:WORD_FIGURE_BEFORE",
        "Sepanjang 2023, Polda menetapkan 28 tersangka judi online.\n\n"
        "Polisi menggerebek sebuah ruko di Bekasi pada Jumat (1/11/2024). Saat itu polisi menangkap 11 orang, "
        "sepuluh di antaranya pegawai kementerian.",
        11,
        table="cases",
        period_start=date(2024, 11, 1),
        period_end=date(2024, 11, 1),
    ),
    kept(
        "resolve_period:movement_day_MOVEMENT_membawa_pulang",
        "Pesawat TNI AU membawa pulang 14 WNI korban perdagangan orang dari Myanmar. Menurut keterangan TNI, para "
        "WNI itu mendarat di Halim Perdanakusuma pada Selasa (25/6/2024) malam.",
        14,
        table="cases",
        period_start=date(2024, 6, 25),
        period_end=date(2024, 6, 25),
    ),
    kept(
        "resolve_period:part_of_an_undated_figure_has_no_period",
        "Dua buronan judi online dipulangkan dari Kamboja pada Jumat (14/10/2022).\n\n"
        "Dalam perkara ini, Polri telah menetapkan 12 tersangka berstatus DPO. Lima di antaranya sudah dicegah "
        "ke luar negeri.",
        5,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "lexicon.BREAKS_DOWN:memerinci",
        "Kloter pertama berisi 400 WNI yang mendarat di Jakarta pada Selasa (18/3/2025). Sisanya, 154 orang, tiba "
        "keesokan harinya.\n\nDirektur memerinci bahwa dari 400 WNI di kloter pertama, 313 orang laki-laki dan 87 "
        "orang perempuan.",
        313,
        table="cases",
        period_start=date(2025, 3, 18),
        period_end=date(2025, 3, 18),
    ),
    kept(
        "resolve_period:breakdown_moved_on_its_movement_day",
        "Sebanyak 80 WNI terjaring penggerebekan di Cebu pada Sabtu (31/8/2024).\n\n"
        "Kepala Divhubinter mengatakan, tahap pertama pemulangan mencakup 40 WNI. Mereka tiba secara terpisah pada "
        "Selasa dan Rabu, 22-23 Oktober 2024, melalui Jakarta dan Medan.",
        40,
        table="cases",
        period_start=date(2024, 10, 22),
        period_end=date(2024, 10, 23),
    ),
    kept(
        "cases.looks_back:a_comparison_does_not_rescope_the_story",
        '"Korban TPPO untuk periode Januari sampai Juli 2024 ini adalah 450 orang," ujar Deputi di Jakarta.\n\n'
        "Angka itu lebih kecil dibanding tahun sebelumnya. Pada 2023, jumlah korban mencapai 2.100 orang, sedangkan "
        "pada 2022 tercatat 900 orang.\n\nDilihat dari jenis kelamin, korban terdiri atas 250 laki-laki dan 200 "
        "perempuan.",
        250,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 7, 31),
    ),
    kept(
        "cases.event_day:a_count_within_the_story_total_of_one_day",
        "BP3MI Kepri menggagalkan keberangkatan 14 calon pekerja migran nonprosedural ke Malaysia di Pelabuhan "
        "Batam Center, Kamis (19/6/2025).\n\nKepala BP3MI mengatakan, para calon PMI itu hanya membawa paspor.\n\n"
        "Petugas juga mencegah empat calon PMI asal Nusa Tenggara Barat yang mengaku berangkat sendiri.",
        4,
        table="cases",
        period_start=date(2025, 6, 19),
        period_end=date(2025, 6, 19),
    ),
    kept(
        "context.lead_scope:an_open_headline_period_ends_where_the_body_says",
        "Bareskrim Polri mencatat jajaran kepolisian menindak 720 kasus perjudian dari awal Januari hingga 20 Mei "
        "2024.\n\nBerdasarkan satuan kerja, Polda Sumatera Utara menjadi yang terbanyak dengan 120 perkara.",
        120,
        title="Bareskrim Catat 720 Kasus Perjudian Ditindak Sejak Awal 2024",
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 5, 20),
    ),
    kept(
        "relations.link_sums:a_total_of_two_days_spans_them",
        "Sebanyak 300 WNI korban TPPO tiba di Bandara Soekarno-Hatta, Selasa (18/3/2025). Mereka terdiri dari 200 "
        "laki-laki dan 100 perempuan.\n\nMenteri Luar Negeri mengatakan 120 WNI lainnya dijadwalkan tiba pada Rabu "
        "(19/3/2025). Dengan begitu, total yang dipulangkan mencapai 420 orang.",
        420,
        table="cases",
        period_start=date(2025, 3, 18),
        period_end=date(2025, 3, 19),
    ),
    kept(
        "resolve_period:raid_day",
        "Aparat Thailand menggerebek sebuah kompleks penipuan di Mae Sot pada Selasa (4/6/2024). "
        "Dari lokasi itu, petugas menahan 312 orang.\n\nMereka terdiri atas 201 laki-laki dan 111 perempuan.",
        111,
        period_start=date(2024, 6, 4),
        period_end=date(2024, 6, 4),
    ),
    kept(
        "resolve_period:raid_day_next_sentence",
        "Polisi Kamboja menahan 420 orang di sebuah kasino di Bavet. Operasi itu digelar pada 3 Maret 2025 "
        "dan melibatkan 80 personel.\n\nSebanyak 35 WNI ikut ditahan dalam operasi itu.",
        35,
        period_start=date(2025, 3, 3),
    ),
    kept(
        "resolve_period:RECORD_CUE_not_the_raid_day",
        "Aparat Thailand menggerebek sebuah kompleks penipuan di Mae Sot pada Selasa (4/6/2024).\n\n"
        "Berdasarkan data kementerian, 950 WNI menjadi korban penipuan daring di Thailand.",
        950,
        period_start=None,
        period_end=None,
    ),
    kept(
        "dates.day_range:two_days_joined_by_dan",
        "Sebanyak 186 WNI dideportasi dari Sabah selama dua hari, 9 dan 10 Mei 2024.",
        186,
        table="cases",
        period_start=date(2024, 5, 9),
        period_end=date(2024, 5, 10),
    ),
    kept(
        "dates.day_no_year:two_days_joined_by_dan",
        "Menurut data KBRI, pada 3 dan 4 Februari sebanyak 75 WNI korban penipuan daring melapor ke kedutaan.",
        75,
        table="cases",
        period_start=date(2024, 2, 3),
        period_end=date(2024, 2, 4),
    ),
    kept(
        "dates.month_range:part_of_the_end_month",
        "KJRI mencatat sejak Februari hingga akhir Agustus 2024 sudah 912 WNI dideportasi dari Malaysia.",
        912,
        table="cases",
        period_start=date(2024, 2, 1),
        period_end=date(2024, 8, 31),
    ),
    kept(
        "context.sentence_periods:STATEMENT_CUES_keterangannya",
        "Polisi Thailand menggerebek sebuah kasino di Mae Sot pada Senin (8/7/2024) malam.\n\n"
        '"Dalam operasi ini, petugas menahan 41 orang," kata Direktur Pelindungan Warga Negara '
        "Indonesia Kementerian Luar Negeri, Budi Santoso, dalam keterangannya, Selasa (9/7/2024).",
        41,
        table="cases",
        period_start=date(2024, 7, 8),
        period_end=date(2024, 7, 8),
    ),
    kept(
        "context.is_event_date:attribution_after_the_quote_with_a_long_title",
        '"Jumlah tersangka 37 orang, sedangkan korban yang diselamatkan 64 orang," kata Direktur Reserse '
        "Kriminal Umum (Dirreskrimum) Polda Kalimantan Timur, Kombes Pol Andi Surya Pratama, Jumat (12/7/2024).",
        37,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "context.is_event_date:STATEMENT_DAY_BEFORE",
        "Kementerian Keamanan Publik Vietnam dalam pernyataannya pada Kamis (11/7/2024) menyebut para tersangka "
        "terlibat dalam 240 kasus penipuan daring.",
        240,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "context.is_event_date:STATEMENT_NOUN",
        '"Menurut informasi awal, ada 73 WNI yang ditahan aparat setempat," demikian pernyataan KBRI Hanoi, '
        "Senin (15/7/2024).",
        73,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "context.sentence_periods:WEEKDAY_BEFORE_statement_day",
        "Bareskrim Polri telah mengajukan pemblokiran 2.400 situs judi online, kata Kabareskrim dalam keterangan "
        "tertulis, Kamis, 11 Juli 2024.",
        2400,
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "cases.passive_agent:PASSIVE_AGENT_BEFORE",
        "Konsul Jenderal RI di Tawau mengatakan, mereka bagian dari sekitar 240 pekerja asing yang ditangkap "
        "Polis Diraja Malaysia dalam razia pada Senin (5/8/2024).",
        240,
        table="cases",
        agency_id="PDRM_MY",
    ),
    kept(
        "blocked.as_of_point:event_of_the_day",
        "Kominfo memblokir 500 situs judi online pada Rabu (28/6/2023).",
        500,
        table="blocked",
        period_start=date(2023, 6, 28),
    ),
    kept(
        "candidates.is_word:BLOCK_OBJECTS",
        "Komdigi kembali menutup tiga akun media sosial populer penyebar judi online.",
        3,
        table="blocked",
        object_type="account",
        agency_id="KOMDIGI",
    ),
    dropped(
        "blocked.verb_right_before:written_out_number",
        '"Polanya selalu sama. Satu situs ditutup, tiga situs baru muncul," ujar Kominfo.',
        3,
    ),
    kept(
        "blocked.part_of_blocked:written_out_number",
        "Komdigi mengajukan pemblokiran 821 rekening bank kepada OJK. Rinciannya: BCA 517 rekening. Sembilan rekening sisanya tersebar di tujuh bank lain, masing-masing satu hingga tiga rekening.",
        9,
        table="blocked",
        object_type="bank_account",
        agency_id="KOMDIGI",
    ),
    dropped(
        "blocked.range_end",
        "Komdigi mengajukan pemblokiran 821 rekening bank kepada OJK. Rinciannya: BCA 517 rekening. Sembilan rekening sisanya tersebar di tujuh bank lain, masing-masing satu hingga tiga rekening.",
        3,
    ),
    dropped(
        "blocked.part_of_blocked:NOT_BLOCKED_PART_followers",
        "Komdigi kembali menutup tiga akun populer. Ketiganya akun Instagram, yakni @mimin dengan 774 ribu pengikut, serta @awcogans yang diikuti 430 ribu akun.",
        430_000,
    ),
    dropped(
        "blocked.part_of_blocked:NOT_BLOCKED_PART_still_active",
        "Kominfo memblokir 5.000 situs judi online.\n\nMenurut Kominfo, saat ini masih ada 2.000 situs judi yang aktif.",
        2000,
    ),
    kept(
        "blocked.part_of_blocked:same_verb_is_no_part",
        "Kominfo memblokir 5.000 konten judi online pada 2023. Hingga kini, sebanyak 2,1 juta situs dan 300 ribu konten telah diblokir Kominfo sejak 2018.",
        300_000,
        table="blocked",
        object_type="content",
        period_start=date(2018, 1, 1),
    ),
    # ---------------------------------------------------------------- case counts: unit
    kept(
        "cases.case_unit:CASE_NOUNS",
        "Polri mengungkap 50 kasus penipuan online di Jawa Timur.",
        50,
        table="cases",
        unit="cases",
    ),
    kept(
        "cases.case_unit:berkas_perkara",
        "Kejaksaan menerima 15 berkas perkara TPPO.",
        15,
        table="cases",
        unit="cases",
        category="trafficking",
    ),
    kept(
        "cases.case_unit:PEOPLE_NOUNS_WEAK_with_CONTEXT_WORDS",
        "Sebanyak 25 orang korban TPPO berhasil dipulangkan.",
        25,
        table="cases",
        unit="people",
    ),
    dropped(
        "cases.case_unit:PEOPLE_NOUNS_WEAK_without_context",
        "Rapat itu dihadiri 300 orang dari berbagai daerah.",
        300,
    ),
    dropped(
        "cases.case_unit:NOT_VICTIMS",
        "Sebanyak 50 orang petugas dikerahkan untuk menyelamatkan korban TPPO.",
        50,
    ),
    dropped(
        "cases.case_unit:NOT_VICTIMS_after_strong_noun",
        "Sebanyak 12 WNI anggota delegasi tiba di Phnom Penh.",
        12,
    ),
    kept(
        "cases.case_unit:refers_back",
        "Polri menangani 120 kasus TPPO sepanjang 2023. Sebanyak 45 di antaranya telah disidangkan.",
        45,
        table="cases",
        unit="cases",
        category="trafficking",
        **Y2023,
    ),
    kept(
        "cases.stage_item_unit:wave",
        "Pemulangan dilakukan dua gelombang, gelombang pertama 46 pada 21 Februari dan 28 Februari sejumlah 84 WNI.",
        46,
        table="cases",
        unit="people",
        period_start=date(2024, 2, 21),
    ),
    kept(
        "cases.stage_item_unit:AT_STAGE",
        "Polri menangani 400 kasus TPPO. Kemudian 347 di tahap penyidikan.",
        347,
        table="cases",
        unit="cases",
    ),
    kept(
        "cases.counted_people_before:ITEMISED",
        "Sebanyak 30 WNI korban TPPO dipulangkan dari Kamboja. Dirincikan, pada Januari sebanyak 12 orang dan Februari 18 orang.",
        12,
        table="cases",
        unit="people",
        country_id="KH",
        period_precision="month",
    ),
    kept(
        "cases.resolve_split",
        "Sebanyak 30 korban TPPO dipulangkan dari Kamboja, terdiri dari 8 perempuan dan 22 laki-laki.",
        22,
        table="cases",
        unit="people",
        category="trafficking",
        country_id="KH",
    ),
    kept(
        "cases.resolve_split:total_agency_and_period",
        "KBRI Phnom Penh memulangkan 30 korban TPPO pada Mei 2024. Para korban itu terdiri atas enam laki-laki"
        " dan 24 perempuan.",
        6,
        table="cases",
        unit="people",
        agency_id="KBRI",
        period_precision="month",
    ),
    kept(
        "cases.is_demographic_split:split_before",
        "Polri menyelamatkan 1.572 korban TPPO. Korban terdiri atas 711 perempuan dewasa dan 86 anak perempuan."
        " Selanjutnya, ada 731 laki-laki dewasa dan 44 anak laki-laki.",
        731,
        table="cases",
        unit="people",
        category="trafficking",
    ),
    dropped(
        "cases.is_demographic_split:no_people_total",
        "Rapat itu dihadiri 8 perempuan dan 22 laki-laki.",
        22,
    ),
    # ---------------------------------------------------------------- acc-cases: no count, and series of people
    dropped(
        "screen.population:before",
        "Jumlah WNI yang tinggal di Kamboja melebihi 73.000 orang, dengan 58.307 di antaranya memiliki izin kerja.",
        58_307,
    ),
    dropped("screen.population:after", "Sekitar 58.000 WNI tinggal di negara itu.", 58_000),
    kept(
        "screen.population:victims_kept",
        "Sebanyak 58 WNI korban penipuan daring disekap di Kamboja.",
        58,
        table="cases",
        unit="people",
    ),
    dropped(
        "screen.document_count:DOCUMENT_AFTER",
        "PPATK telah menyerahkan 210 laporan hasil analisis terkait judi online kepada penyidik.",
        210,
    ),
    dropped(
        "screen.document_count:DOCUMENT_NAMED",
        "Judi online penyumbang terbesar laporan transaksi keuangan mencurigakan (LTKM). Sepanjang 2025, PPATK"
        " menerima 42,7 juta laporan terkait judol.",
        42_700_000,
    ),
    kept(
        "screen.document_count:complaints_kept",
        "OJK menerima 1.200 laporan masyarakat terkait penipuan online.",
        1_200,
        table="cases",
        unit="cases",
    ),
    dropped(
        "screen.difference",
        "Tahun 2023 ada 1.196 kasus judi online dan tahun 2024 sebanyak 792. Artinya, jumlah perkara turun 404 kasus.",
        404,
    ),
    dropped(
        "screen.cleared",
        "Polisi mengamankan 24 orang terkait judi online. Delapan orang lainnya hanya berstatus saksi. Kapolsek"
        " menjelaskan, lima di antaranya baru mulai bekerja.",
        5,
    ),
    kept(
        "screen.cleared:saksi_korban_kept",
        "Dari 35 WNI yang dipulangkan, dua ditetapkan sebagai tersangka dan 14 orang berstatus saksi korban TPPO.",
        14,
        table="cases",
        unit="people",
    ),
    dropped(
        "screen.group_size",
        "Sekitar 600 WNI lain tersebar dalam kelompok kerja berisi 30 hingga 40 orang.",
        40,
    ),
    dropped(
        "screen.group_size:masing-masing",
        "Sebanyak 35 WNI dipulangkan. Dua kloter masing-masing berisi 11 WNI tiba di Jakarta.",
        11,
    ),
    kept(
        "cases.counts_on_people",
        "KBRI mencatat 243 WNI eks pekerja sindikat penipuan daring meminta fasilitasi. Pada 18 Januari, jumlahnya"
        " bertambah 65 orang.",
        65,
        table="cases",
        unit="people",
    ),
    dropped(
        "cases.counts_on_people:ATTENDANCE",
        "KBRI mencatat 243 WNI korban penipuan daring. Sosialisasi itu dihadiri 300 orang.",
        300,
    ),
    kept(
        "cases.case_unit:CONTEXT_WORDS_arrest",
        "Polisi menggerebek apartemen itu dan mengamankan 24 orang.",
        24,
        table="cases",
        unit="people",
    ),
    kept(
        "cases.elliptical_unit",
        '"Untuk tahun 2022, kita amankan tersangka judi online 760 orang. Sedangkan tahun 2023, 106," kata Adi.',
        106,
        table="cases",
        unit="people",
        period_precision="year",
    ),
    kept(
        "cases.elliptical_unit:cases",
        '"Tahun 2023 ada 1.196 kasus dan tahun 2024 sebanyak 792," ujar Trunoyudo.',
        792,
        table="cases",
        unit="cases",
    ),
    dropped(
        "cases.elliptical_unit:no_count_before",
        "Rapat digelar pada tahun 2024 sebanyak 12 kali.",
        12,
    ),
    kept(
        "cases.nationals",
        "Aparat Laos menahan 771 orang dalam penggerebekan itu. Warga Laos menjadi kelompok terbesar, disusul 231"
        " warga Myanmar dan 73 orang asal Filipina.",
        231,
        table="cases",
        unit="people",
    ),
    kept(
        "lexicon.PEOPLE_NOUNS_STRONG:wn",
        "Sebanyak 88 WN China diamankan di Batam pada 29 Agustus 2023.",
        88,
        table="cases",
        unit="people",
    ),
    dropped(
        "cases.resolve_case:RATE_AFTER", "Sindikat itu merekrut lima hingga delapan pemain setiap hari.", 8
    ),
    # ---------------------------------------------------------------- case counts: category
    kept(
        "attributes.category:trafficking_for_another_crime",
        "Laporan itu mencatat kasus perdagangan manusia dengan modus perekrutan untuk penipuan online meningkat tajam, "
        "dari 150 kasus pada 2021 menjadi 420 kasus pada 2022.",
        420,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.stopped_category:prone_place_frames_no_one",
        "Sepanjang tahun ini petugas menggagalkan keberangkatan 350 calon PMI nonprosedural di pelabuhan. "
        '"Daerah kami rentan perdagangan orang karena berbatasan dengan negara tetangga," ujarnya.',
        350,
        table="cases",
        category="other",
    ),
    kept(
        "cases.case_category_and_country:among_the_count_before",
        "Penyidik menelaah 30 kasus penipuan dan kejahatan siber sepanjang tahun. Sepuluh kasus di antaranya sudah "
        "lengkap berkasnya.",
        10,
        table="cases",
        category="mixed",
    ),
    kept(
        "cases.consular_or_detention:migrant_complaints_named_before",
        "Perdagangan orang dan penipuan online menjadi sorotan laporan itu.\n\nKementerian juga mencatat aduan "
        "yang disampaikan pekerja migran. Pada 2021 tercatat 2.130 aduan.",
        2_130,
        table="cases",
        category="other",
    ),
    kept(
        "lexicon.SUBSET_AFTER:share_in_percent",
        "Kedutaan menangani 420 kasus WNI bermasalah sepanjang semester pertama, hampir 60 persen terkait penipuan "
        "online.",
        420,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.topic:tie_goes_to_the_headline",
        "Polisi menahan 27 warga asing di sebuah rumah kontrakan, Selasa. Mereka diduga anggota sindikat penipuan "
        "daring.\n\nSepekan sebelumnya, polisi menggerebek kantor lain yang juga menjalankan judi online.",
        27,
        title="Polisi Tangkap 27 Warga Asing Anggota Sindikat Penipuan",
        table="cases",
        category="online_scam",
    ),
    kept(
        "cases.consular_or_detention:caseload",
        "Penipuan daring marak di Kamboja. Sepanjang 2025, KBRI Phnom Penh menangani 1.300 kasus WNI bermasalah.",
        1_300,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_or_detention:caseload_of_people",
        "Penipuan daring marak di Kamboja. Sepanjang 2024, Kemlu menangani 900 kasus yang melibatkan warga negara "
        "Indonesia di luar negeri.",
        900,
        table="cases",
        category="other",
    ),
    kept(
        "cases.category:within_total_counts_what_its_total_did",
        "Kemlu menangani 900 kasus yang melibatkan WNI di luar negeri sepanjang 2024. Dari jumlah itu, 800 kasus "
        "telah diselesaikan. Kasus khusus meliputi TPPO.",
        800,
        table="cases",
        category="other",
    ),
    kept(
        "cases.category:next_count_of_the_same_thing_not_the_topic",
        "Kemlu menangani 900 kasus yang melibatkan WNI di luar negeri sepanjang 2024.\n\n"
        "Tahun 2023 ada 700 kasus yang ditangani.\n\nKorban TPPO dan TPPO lintas negara jadi perhatian. TPPO marak.",
        700,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_or_detention:deportation",
        "Korban online scam terus bertambah. Sebanyak 186 WNI dideportasi dari Malaysia pekan lalu.",
        186,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_or_detention:crime_named",
        "Sebanyak 186 WNI korban TPPO dideportasi dari Malaysia pekan lalu.",
        186,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.consular_or_detention:suspects_detained",
        "Satgas TPPO mengembangkan kasus itu. Kini 12 tersangka sudah ditahan.",
        12,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.returning:wave_no_crime_named",
        "Ratusan WNI keluar dari sindikat penipuan daring di Kamboja. Gelombang pertama berisi 36 WNI mendarat di "
        "Jakarta pada Jumat.",
        36,
        table="cases",
        category="other",
    ),
    kept(
        "cases.returning:asking_to_return",
        "Penipuan daring marak di Kamboja. Sebanyak 2.277 WNI telah melapor untuk meminta bantuan kepulangan ke "
        "Indonesia.",
        2_277,
        table="cases",
        category="other",
    ),
    kept(
        "cases.returning:within_a_total_naming_no_crime",
        "Penipuan daring marak di Kamboja. Kemlu menyelamatkan 206 WNI yang kini ditampung di rumah aman. Dari jumlah "
        "itu, 72 orang telah dipulangkan.",
        72,
        table="cases",
        category="other",
    ),
    kept(
        "cases.returning:within_a_total_naming_the_crime",
        "Sebanyak 554 WNI korban online scam dievakuasi dari Myawaddy. Dari jumlah itu, 449 orang telah tiba di "
        "Tanah Air.",
        449,
        table="cases",
        category="online_scam",
    ),
    kept(
        "cases.returning:crime_named",
        "Sebanyak 400 WNI korban TPPO tiba di Bandara Soekarno-Hatta pada Selasa.",
        400,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.returning:CONTRAST_BREAK",
        "Polisi mengusut kasus TPPO ke Kamboja. Lima orang telah ditetapkan sebagai tersangka, sedangkan 210 korban "
        "sudah dipulangkan.",
        5,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.returning:FOREIGN_NATIONALS:many_countries",
        "Ribuan korban penipuan daring dibebaskan di Myawaddy. Untuk 2.000 korban lain yang berasal dari berbagai "
        "negara, Thailand mengatur pemulangan.",
        2_000,
        table="cases",
        category="online_scam",
    ),
    kept(
        "cases.returning:FOREIGN_NATIONALS",
        "Polisi membongkar sindikat penipuan daring di Batam. Bareskrim mengawal pemulangan 52 WNA asal China pekan "
        "lalu.",
        52,
        table="cases",
        category="online_scam",
    ),
    # ---------------------------------------------------------------- acc-cases: who stated the figure
    kept(
        "attributes.acting:EMPLOYER_BEFORE",
        "Polda Metro Jaya menangkap 11 tersangka judi online. Sembilan orang merupakan oknum pegawai Komdigi.",
        9,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "attributes.acting:acronym_of_employer",
        "Polda Metro Jaya menetapkan 16 tersangka judi online, sebagian pegawai Kementerian Komunikasi dan Digital"
        " (Komdigi). Dengan tambahan itu, jumlah tersangka kini mencapai 18 orang.",
        18,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "attributes.acting:FORUM_BEFORE",
        "KBRI Phnom Penh mencatat lonjakan kasus. Di sela KTT ASEAN, tercatat 1.301 kasus WNI bermasalah di Kamboja.",
        1_301,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "attributes._unit_before_parent",
        "Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM (Kemenkumham) menunda penerbitan paspor bagi 3.120"
        " pemohon yang terindikasi calon korban TPPO.",
        3_120,
        table="cases",
        agency_id="IMIGRASI",
    ),
    kept(
        "attributes._list_lead",
        "Dalam operasi gabungan Polda Bali dan Kementerian Keamanan Publik China di Denpasar, sebanyak 40 WN China"
        " diamankan.",
        40,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "attributes._acting:ONE_NAME_GAP",
        "BP3MI Sumut bersama Satreskrim Polres Batu Bara mencegah keberangkatan 33 CPMI nonprosedural ke Malaysia"
        " pada Rabu.",
        33,
        table="cases",
        agency_id="BP2MI",  # the partner "bersama Satreskrim Polres ..." is one name: neither word acts
    ),
    kept(
        "attributes._list_lead:JOINT_LIST_ITEM",
        "Badan Keamanan Laut (Bakamla) bersama Korea Coast Guard (KCG) dan KBRI Seoul menyelamatkan delapan anak"
        " buah kapal WNI di perairan Korea Selatan.",
        8,
        table="cases",
        agency_id="BAKAMLA",
    ),
    kept(
        "cases.told_by_another:BODY_STATES",
        "Polri mencatat 20 WNI korban TPPO dibebaskan dari Myawaddy pada Mei 2023.\n\nKementerian Luar Negeri"
        " sebelumnya menyebut ke-20 WNI itu dibebaskan berkat kerja sama KBRI Yangon. Mereka dibawa ke perbatasan"
        " Thailand dalam dua gelombang, yakni pada 5 Mei 2023 sebanyak 4 orang dan 6 Mei 2023 sebanyak 16 orang.",
        16,
        table="cases",
        agency_id="KEMLU",  # the body whose statement the paragraph reports, no person named
    ),
    kept(
        "cases.named_suspects:SUSPECTS_NAMED",
        "BP2MI bergerak bersama Kepolisian Daerah Sumatera Utara dan Imigrasi menggagalkan keberangkatan ratusan calon"
        ' pekerja di Bandara Kualanamu. "Kami berhasil mencegah keberangkatan 215 WNI," kata Kepala BP2MI Benny'
        " Rhamdani. Lima orang telah ditetapkan sebagai tersangka.",
        5,
        table="cases",
        agency_id="POLRI",  # the police named before, not the official quoted on the stopped departures
    ),
    kept(
        "cases.case_agency:RUMOUR",
        "KBRI Vientiane memulangkan 37 WNI korban online scam. Sebelumnya, beredar luas di media sosial sebuah video"
        " yang memperlihatkan tujuh WNI di sebuah kamar.",
        7,
        table="cases",
        agency_id=None,
    ),
    kept(
        "cases.case_agency:part_takes_total",
        "KBRI Phnom Penh mencatat 1.301 kasus WNI bermasalah di Kamboja pada 2025. Di sela KTT ASEAN, Menlu"
        " menyinggung angka itu. Dari jumlah itu, 1.112 kasus berkaitan dengan penipuan daring.",
        1_112,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "cases.case_agency:WNI_COUNTED_foreign_operation",
        "Kemlu menerima laporan penggerebekan di Manila. Sebanyak 30 WNI ikut diamankan ketika Kepolisian Nasional"
        " Filipina menggerebek sebuah gedung di Pasay.",
        30,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.indonesian_reporter:person_in_sentence",
        "Sebanyak 18 WNI ikut diamankan ketika Kepolisian Nasional Filipina menggerebek kantor itu, ujar Direktur "
        "Pelindungan WNI Kemlu Judha Nugraha.",
        18,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.indonesian_reporter:agency_in_sentence",
        "Sebanyak 18 WNI ikut diamankan ketika Kepolisian Nasional Filipina dan KBRI Manila mendatangi kantor itu.",
        18,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "cases.indonesian_reporter:earlier_in_paragraph",
        "KBRI Phnom Penh terus memantau kasus itu. Kemlu mencatat ada 3 laporan baru. Sebanyak 18 WNI ikut "
        "diamankan ketika Kepolisian Kamboja menggerebek kantor itu.",
        18,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.resolve_split:own_speaker",
        "Sebanyak 35 WNI pekerja judi online di Filipina tiba di Jakarta, kata Kemlu. Kepala Divisi Hubungan"
        " Internasional Polri Krishna Murti mengatakan rombongan itu terdiri atas 8 perempuan dan 27 laki-laki.",
        27,
        table="cases",
        agency_id="POLRI",
    ),
    # ---------------------------------------------------------------- acc-cases: where
    kept(
        "cases.tally",
        "Sepanjang 2023, Polri menangkap 1.987 tersangka judi online.",
        1_987,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.tally:NATIONAL",
        "Secara nasional, Satgas TPPO mengungkap 242 kasus dengan 284 tersangka.",
        284,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.domestic:one_operation",
        "Pada Jumat (1/11/2024), Polda Metro Jaya menangkap 11 tersangka judi online di Bekasi.",
        11,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.carry_place",
        "Kemlu telah memulangkan 699 WNI korban online scam dari Myawaddy, Myanmar. Pemulangan dilakukan dalam tiga"
        " gelombang. Gelombang pertama pada 20 Februari membawa 46 orang.",
        46,
        table="cases",
        country_id="MM",
    ),
    kept(
        "cases.carry_place:repetition_stays",
        "Kemlu menangani 3.310 kasus WNI terjerat online scam sepanjang 2024. Sebanyak 1.200 kasus terjadi di"
        " Kamboja dan 400 kasus di Myanmar.\n\nMenurut Kemlu, 3.310 kasus itu melibatkan 1.012 korban TPPO.",
        3_310,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.consular_or_detention:SUBSET_AFTER",
        "Sepanjang 2025, KBRI menangani 5.088 kasus WNI, dan 82 persen di antaranya terkait sindikat penipuan daring.",
        5_088,
        table="cases",
        category="other",
    ),
    kept(
        "lexicon.TRAFFICKING:perekrut",
        "Polisi memulangkan 400 korban online scam. Bareskrim juga menetapkan 16 tersangka perekrut.",
        16,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.story_period",
        "Sejak dibentuk pada 5 Juni 2023 hingga 20 Juni 2023, Satgas TPPO Polri telah menangani 456 laporan polisi."
        "\n\nKepala Biro Penerangan Masyarakat Divisi Humas Polri mengatakan Satgas TPPO Polri telah menangkap 532"
        " tersangka.",
        532,
        table="cases",
        period_start=date(2023, 6, 5),
        period_end=date(2023, 6, 20),
    ),
    kept(
        "cases.story_period:raid_scopes_itself",
        "Pada 10-12 Agustus 2024, Kepolisian Laos menggerebek perusahaan penipuan daring dan mengamankan 771 orang."
        "\n\nKepolisian Laos memperkirakan masih ada 300 orang korban lainnya di kawasan itu.",
        300,
        table="cases",
        period_start=None,
    ),
    kept(
        "attributes.acting:FORUM_BEFORE_not_melalui",
        "Pemerintah melalui Kementerian Luar Negeri sejak 2020 telah menangani sedikitnya 2.300 kasus penipuan daring.",
        2_300,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.carry_place:same_unit_only",
        "Sebanyak 13 WNI korban TPPO di Myawaddy, Myanmar, dipulangkan. Sebelumnya, 20 WNI dipulangkan dari Kamboja."
        "\n\nJAKARTA - Pemerintah sejak 2020 telah"
        " menangani 2.300 kasus penipuan daring dengan korban WNI di Asia Tenggara, Afrika, dan Timur Tengah.",
        2_300,
        table="cases",
        country_id=None,
    ),
    kept(
        "attributes.category:CONJ_mixed",
        "Polri mengungkap 50 kasus judi online dan penipuan daring.",
        50,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.category:sentence",
        "Polri mengungkap 50 kasus di Jawa Timur terkait perjudian online.",
        50,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes.category:previous_sentences",
        "Penipuan online dan penipuan daring marak.\n\nJudi online merajalela. Polisi kemudian mengungkap 50 kasus di sana.",
        50,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes.topic",
        "Judi online merajalela di kota itu.\n\nPolisi kemudian mengungkap 50 kasus di sana.",
        50,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED",
        "Imigrasi menunda penerbitan paspor 1.200 pemohon yang hendak bekerja ke Kamboja.",
        1200,
        table="cases",
        unit="people",
        category="other",  # FORMAT.md Conventions: no crime named -> other, not the destination's story
        country_id="ID",
    ),
    kept(
        "cases.stopped_departure:goes_on_with_a_stopped_departure",
        "BP3MI mencatat 233 calon pekerja migran yang hendak dikirim secara nonprosedural dicegah keberangkatannya"
        ' sepanjang 2023. Rinciannya, BP3MI Kepulauan Riau mencegah 128 orang. "Sebanyak 151 orang tujuannya'
        ' Malaysia, 48 orang ke Arab Saudi," ujarnya.',
        151,
        table="cases",
        country_id="ID",  # the destination of people stopped before they left is not where they were counted
    ),
    kept(
        "cases.stopped_departure:COMPLAINTS_failing_to_leave_is_a_kind_of_complaint",
        "Menurut jenis kasusnya, aduan Desember didominasi PMI yang ingin dipulangkan, yaitu 50 kasus. Selanjutnya"
        " PMI gagal berangkat 16 kasus, gaji tidak dibayar 13 kasus.",
        16,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.stopped_departure:STOP_CLAUSE_END_only_its_own_clause",
        "Angka itu mencakup pemulangan 10.568 PMI bermasalah, penanganan 262 PMI yang sakit, serta pencegahan"
        " keberangkatan nonprosedural terhadap 4.191 orang.",
        262,
        table="cases",
        country_id=None,
    ),
    kept(
        "attributes.country:PURPOSE_BEFORE_to_be_employed_there",
        "Polisi menangkap satu tersangka yang membawa lima korban asal Nusa Tenggara Barat untuk dipekerjakan di"
        " Malaysia melalui Bandara Supadio.",
        5,
        table="cases",
        country_id="ID",
    ),
    kept(
        "attributes.country:PURPOSE_BEFORE_destination",
        "Polres Bandara menangkap seorang perekrut yang memberangkatkan delapan pekerja migran secara nonprosedural"
        " dengan tujuan Kamboja.",
        8,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.placed_next:INSTITUTION_BEFORE",
        "Polda Kepri menangkap 42 warga negara asing di Pulau Kasu, Batam. Mereka diduga bagian dari jaringan yang"
        " dibongkar Polri bersama Kementerian Keamanan Publik China.",
        42,
        table="cases",
        country_id="ID",  # the country that closes a body's name does not place the people of the sentence
    ),
    kept(
        "attributes.country:COUNTRY_ADJACENT_menyusul",
        "Aduan terbanyak berasal dari Arab Saudi dengan 261 kasus. Malaysia menyusul dengan 137 kasus, lalu Hong Kong"
        " 117 kasus.",
        137,
        table="cases",
        country_id="MY",
    ),
    kept(
        "context.located:PURPOSE_BEFORE",
        "Kejati menerima berkas tersangka OT dari Polda NTT. Ia diduga hendak membawa dan mempekerjakan 41 korban di"
        " Malaysia secara ilegal.",
        41,
        table="cases",
        country_id=None,  # where they were to be employed is no place of the count
    ),
    kept(
        "attributes.country:NOW_AT_a_stock_still_there",
        "Bareskrim menyebut sekitar 600 warga negara Indonesia masih berada di Kamboja dan diduga bekerja untuk"
        " jaringan penipuan daring. Sebagian dari mereka sebelumnya bekerja di Myanmar.",
        600,
        table="cases",
        country_id="KH",  # people still there are counted where they are, not moved there after the event
    ),
    kept(
        "cases.named_elsewhere:ELSEWHERE_BEFORE_noun_of_sending",
        "Polres Bandara menggagalkan pengiriman calon pekerja migran ke Kamboja yang diduga merupakan TPPO. Dua orang"
        " perekrut ditetapkan sebagai tersangka.",
        2,
        table="cases",
        country_id="ID",
    ),
    kept(
        "context.located:NETWORK_NAMED_BEFORE_by_where_it_sends",
        "Polri mengungkap 621 perkara TPPO sepanjang 2024. Salah satunya jaringan pengiriman pekerja ke Jerman dengan"
        " lima tersangka dan 110 korban.",
        110,
        table="cases",
        country_id=None,  # a network named by where it sends people is no place of its victims
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED_about_to_be_sent_without_papers",
        "Saat kapal diperiksa di perairan Asahan, petugas menemukan 20 warga negara Indonesia yang akan"
        " diberangkatkan tanpa dokumen resmi ke Malaysia.",
        20,
        table="cases",
        category="other",
        country_id="ID",  # stopped where they were found, not the destination
    ),
    kept(
        "cases.named_elsewhere:ELSEWHERE_BEFORE_crossing_to",
        "Polres Batu Bara mencegah 33 CPMI yang akan menyeberang ke Malaysia dengan kapal. Polisi kemudian"
        " mengamankan tiga anak buah kapal yang memberangkatkan mereka.",
        3,
        table="cases",
        country_id="ID",
    ),
    kept(
        "context.only_foreign_country:TOWARDS_BEFORE_route",
        "BP3MI memeriksa warga Medan yang hendak ke Kamboja lewat Singapura.\n\nSebanyak 12 orang di antaranya"
        " dipulangkan ke rumah masing-masing.",
        12,
        table="cases",
        country_id=None,  # a country passed through is no setting of the story
    ),
    kept(
        "context._places:NATIONALITY_BEFORE_flag",
        "SBMI mencatat 774 kasus kerja paksa terhadap awak kapal perikanan migran sepanjang 2023. Mereka bekerja"
        " di kapal ikan berbendera China.",
        774,
        table="cases",
        country_id=None,  # a ship's flag is not where its crew were counted
    ),
    kept(
        "cases.placed_next:THEY_OPEN",
        "Polda Metro Jaya menahan 12 tersangka sindikat jual beli ginjal. Direktur Reserse Kriminal Umum menyebut korban"
        " yang teridentifikasi berjumlah 122 orang. Mereka menjalani operasi pengambilan ginjal di sebuah rumah sakit di"
        " Phnom Penh, Kamboja.",
        122,
        table="cases",
        country_id="KH",  # where the next sentence, about them, places them abroad
    ),
    kept(
        "cases.placed_next:ORIGIN",
        "Polisi Filipina menyelamatkan lebih dari 1.000 warga negara asing di Pampanga, Filipina. Di antara mereka"
        " terdapat 154 WNI korban perdagangan orang. Para pekerja berasal dari China, Filipina, dan negara lain.",
        154,
        table="cases",
        country_id="PH",  # where they come from is no place of the count
    ),
    kept(
        "attributes.home_place_before:PLACE_RANKED",
        "Berdasarkan data PPATK, Jawa Barat berada di urutan teratas dengan 535.644 pemain judi online.",
        535_644,
        table="cases",
        country_id="ID",
    ),
    kept(
        "attributes.home_place_before:CLAUSE_OPENS_BEFORE",
        "Satgas TPPO Polres Flores Timur mencatat 60 warga yang menjadi korban TPPO meninggal dunia di luar negeri.",
        60,
        table="cases",
        country_id=None,  # the place names the police unit that records, not where they died
    ),
    kept(
        "attributes.home_place_before:HOME_UNIT_BEFORE",
        "Data PPATK memetakan pemain judi online per kecamatan. Berikutnya Kecamatan Tambora dengan 7.619 pemain"
        " judi online.",
        7_619,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.consular_caseload:RANKED",
        "Kemlu kini menangani kasus online scam yang menjerat WNI di sembilan negara. Kesembilan negara itu antara"
        " lain Kamboja, Myanmar, dan Filipina. Kamboja masih mencatat angka tertinggi dengan 2.962 kasus yang"
        " ditangani.",
        2962,
        table="cases",
        category="online_scam",  # one country's part of the compared caseload, not a consular caseload of its own
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED_would_be_migrants_held",
        "Petugas pertama kali mengamankan delapan CPMI di Terminal 2 pada Rabu (11/9/2024). Para CPMI itu"
        " dijanjikan pekerjaan sebagai admin judi online.",
        8,
        table="cases",
        category="other",  # held before they left: a stopped departure, not the promised job's crime
        country_id="ID",
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED_would_be_migrants_held_passive",
        "Sindikat itu menjanjikan pekerjaan di Kamboja. Pada Sabtu, dua CPMI lain diamankan di Terminal 2.",
        2,
        table="cases",
        category="other",
        country_id="ID",
    ),
    kept(
        "attributes.home_place_before",
        "Satgas TPPO Polri menangani 1.528 korban sepanjang Juni 2023. Berikutnya Sumatera Utara dengan 179 korban,"
        " Kalimantan Barat 160 korban.",
        179,
        table="cases",
        country_id="ID",  # a province of Indonesia right before the figure (as "Myanmar 487 kasus" abroad)
    ),
    kept(
        "attributes.home_place_before:FROM_OR_TO_BEFORE",
        "Sebanyak 166 WNI dideportasi dari Sabah, Malaysia. Jumlah terbanyak dari Nusa Tenggara Timur sebanyak 59"
        " orang, disusul Sulawesi Selatan dengan 58 orang.",
        58,
        table="cases",
        country_id="MY",  # a list of where the deportees come from, not where they were caught
    ),
    kept(
        "cases.domestic:NATIONAL_overrides_operation_range",
        "Bareskrim bersama Polda jajaran menangkap 215 tersangka judi online. Penangkapan itu berlangsung sepanjang"
        " 1 Maret hingga 31 Maret 2025.",
        215,
        table="cases",
        country_id=None,  # a nationwide operation's month is a national tally: no place stated
    ),
    kept(
        "lexicon.REGIONAL_UNIT:not_polda_jajaran_in_title",
        "Polisi menggelar operasi serentak sepanjang 1 Maret hingga 31 Maret 2025. Dari hasil penindakan itu, polisi"
        " menangkap 215 tersangka judi online.",
        215,
        title="Sebulan, Bareskrim dan Polda Jajaran Tangkap 215 Tersangka",
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.tally:until_point_is_running_total",
        "Hingga 15 Agustus 2024, Satgas TPPO mencatat 640 laporan dengan 712 tersangka.",
        712,
        table="cases",
        country_id=None,  # a running total up to a day, no place stated
    ),
    kept(
        "lexicon.FROM_THOSE_CASES:dari_rangkaian",
        "Polri bersama Polda jajaran mengungkap 310 kasus TPPO dalam sebulan. Penindakan itu berlangsung sepanjang"
        " 1 hingga 31 Mei 2024. Dari rangkaian pengungkapan itu, polisi menangkap 350 tersangka.\n\nDi Jawa Timur,"
        " polisi juga menangkap 9 pelaku judi online.",
        350,
        table="cases",
        category="trafficking",
        country_id=None,
    ),
    kept(
        "cases.case_category_and_country:THERE_ABROAD",
        "Polres Sikka mencatat 41 warga Kabupaten Sikka yang menjadi korban TPPO meninggal dunia di luar negeri"
        " sepanjang 2020 hingga 2024.",
        41,
        table="cases",
        country_id=None,  # died abroad in no country named, not where they come from
    ),
    kept(
        "cases.case_category_and_country:THERE_ABROAD_no_only_foreign_country",
        "Dinas Nakertrans Sumba Barat mencatat 33 pekerja migran meninggal dunia di luar negeri sepanjang 2023. Salah"
        " satunya bekerja di sebuah pabrik di Johor, Malaysia.\n\nMenurut dia, korban terbanyak berasal dari Kota"
        " Waikabubak, yaitu 12 orang.",
        12,
        table="cases",
        country_id=None,  # one body from Malaysia does not make the story's count Malaysian
    ),
    kept(
        "lexicon.REGIONAL_UNIT:court",
        "Pengadilan Negeri (PN) Atambua mencatat 3 perkara TPPO yang disidangkan sepanjang 2024.",
        3,
        table="cases",
        country_id="ID",  # a court of Indonesia with its city
    ),
    kept(
        "cases.carries_domestic:UNIT_AGAIN",
        "Pengadilan Negeri (PN) Atambua mencatat 3 perkara TPPO yang disidangkan hingga Juni 2024. Pada 2022"
        " pengadilan itu menyidangkan 8 perkara TPPO.",
        8,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.case_category_and_country:HOME_PRISON",
        "Kanwil Kemenkumham Jawa Barat mencatat 27 narapidana kasus perdagangan orang menghuni lapas di provinsi itu.",
        27,
        table="cases",
        country_id="ID",  # held in a prison of Indonesia
    ),
    kept(
        "cases.spans_abroad",
        "Jajaran Polda Jawa Tengah mengungkap 28 kasus TPPO sepanjang November 2024. Dari laporan itu, enam kasus"
        " menyangkut pekerja migran yang dikirim ke luar negeri, sisanya terjadi di dalam negeri.",
        28,
        table="cases",
        country_id=None,  # the regional tally spans cases at home and abroad
    ),
    kept(
        "cases.spans_abroad:no_split_stays_home",
        "Polda Jawa Timur membongkar 28 kasus TPPO selama operasi sejak 29 Oktober sampai 20 November 2024. Menurut"
        " Farman, 21 kasus berkaitan dengan pengiriman pekerja migran ke luar negeri secara ilegal.",
        28,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.spans_abroad:one_operation_stays_home",
        "Polda Jawa Tengah menangkap 5 tersangka pada Senin (4/11/2024). Para tersangka mengaku pernah mengirim"
        " pekerja ke luar negeri.",
        5,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.named_elsewhere:ELSEWHERE_BEFORE",
        "Polda Metro Jaya membongkar sindikat TPPO yang menawarkan pekerjaan di Kamboja. Tujuh orang ditetapkan"
        " sebagai tersangka.",
        7,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.named_elsewhere:ELSEWHERE_BEFORE_run_from_abroad",
        "Dittipidsiber Bareskrim Polri membongkar jaringan judi online yang dikendalikan dari Kamboja. Sebanyak 14"
        " orang ditetapkan sebagai tersangka dalam kasus ini.",
        14,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.named_elsewhere:raid_place_stays",
        "Bareskrim Polri bersama polisi setempat menggerebek sebuah kompleks di Kamboja. Sebanyak 12 tersangka"
        " diamankan.",
        12,
        table="cases",
        country_id="KH",
    ),
    kept(
        "cases.regional_story:fronted_phrase_in_headline",
        "Direktorat Reserse Kriminal Umum mencatat puluhan perkara sepanjang 2024. Dalam setahun itu tercatat 21 kasus"
        " perdagangan orang.",
        21,
        title="Sepanjang 2024, Polda Riau Tangani 21 Kasus TPPO",
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.named_total:split_of_the_wni_part",
        "Kepolisian Kamboja menahan 52 orang dalam penggerebekan itu. Direktur Pelindungan WNI Kemlu Judha Nugraha"
        ' menyebut "Yang ditahan terdiri dari 40 WNI dan 12 warga asing lainnya." Dari 40 WNI tersebut, sembilan'
        " orang perempuan dan 31 orang laki-laki.",
        31,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED_sending_thwarted",
        "Polda Kalimantan Barat menggagalkan pengiriman 40 pekerja migran nonprosedural dari Entikong ke Malaysia.",
        40,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED_rescued_before_leaving",
        "Satgas TPPO membongkar jaringan pengiriman pekerja migran. Polisi menyelamatkan 85 calon pekerja migran"
        " sebelum sempat diberangkatkan ke Malaysia.",
        85,
        table="cases",
        category="trafficking",
        country_id="ID",
    ),
    kept(
        "attributes._voiced_by_speaker:cited_source",
        "Brigjen Irhamni dari Bareskrim Polri menambahkan, berdasarkan informasi KBRI Phnom Penh, sekitar 450 WNI"
        " lain masih berada di Kamboja.",
        450,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "attributes._voiced_by_speaker:source_without_speaker_states_it",
        "Berdasarkan informasi KBRI Phnom Penh, sekitar 450 WNI lain masih berada di Kamboja.",
        450,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "attributes._voiced_by_speaker:missions_in_general",
        "Direktur Pelindungan WNI Kemlu Judha Nugraha menyebut perwakilan RI menangani 812 WNI korban online scam"
        " sepanjang 2023.",
        812,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes._acting:list_after_bersama_is_the_partner",
        "Kementerian Luar Negeri (Kemlu) bersama KBRI Yangon dan KBRI Bangkok menangani kasus tujuh WNI di"
        " Myawaddy.",
        7,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.domestic:foreigners_deported_by_indonesian_immigration",
        "Jakarta - Direktorat Jenderal Imigrasi akan mendeportasi 31 warga negara asing (WNA) asal China yang diduga"
        " menjadi bagian sindikat penipuan daring.",
        31,
        table="cases",
        country_id="ID",
    ),
    kept(
        "attributes.spans_kinds:online_and_offline_gambling_in_its_sentence",
        "Pada Juli, ada 120 perkara judi online dan 80 perkara judi konvensional dengan 310 tersangka.",
        310,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.spans_kinds:own_cue_decides",
        "Pada Juli, ada 120 perkara judi online dan 80 perkara judi konvensional dengan 310 tersangka.",
        80,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.spans_kinds:broken_down_next_sentence",
        "Polda Riau memberantas perjudian. Jumlah perkara yang ditangani mencapai 45 kasus. Dari jumlah itu, 20 kasus"
        " judi konvensional dan 25 kasus judi daring.",
        45,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.spans_kinds:one_kind_next_sentence",
        "Polda Riau memberantas perjudian. Jumlah perkara yang ditangani mencapai 45 kasus. Dari jumlah itu, 20 kasus"
        " judi daring di Pekanbaru.",
        45,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes._paragraph_speaker:sentence_naming_no_body_goes_on_with_the_official",
        "Polri menerima 40 WNI di Bandara Soekarno-Hatta. Polri juga memeriksa paspor mereka.\n\nMenteri Luar Negeri"
        " Retno Marsudi menyebut seluruh WNI dalam kondisi sehat. Namun, tujuh WNI masih dalam proses evakuasi.",
        7,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes._paragraph_speaker:not_a_head_of_state_named_next",
        "Polri menerima 40 WNI di Bandara Soekarno-Hatta.\n\nSebanyak 25 WNI ikut diamankan di gedung itu. Usaha itu"
        " sudah dilarang Presiden Ferdinand Marcos Jr.",
        25,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "cases.brought_from:arrivals_happened_where_the_lead_brings_them_from",
        "JAKARTA - Pemulangan WNI korban penipuan daring dari Hpa Lu, Myanmar, berlanjut. Mereka sempat transit di"
        " Bangkok, Thailand.\n\nSebanyak 120 WNI tiba di Bandara Soekarno-Hatta pada Selasa (18/3/2025).",
        120,
        table="cases",
        country_id="MM",
    ),
    kept(
        "cases.brought_from:not_without_a_repatriation_from_abroad",
        "JAKARTA - WNI yang bekerja di Myanmar dan Thailand terus bertambah.\n\nSebanyak 120 WNI tiba di Bandara"
        " Soekarno-Hatta pada Selasa (18/3/2025).",
        120,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.case_category_and_country:DOMESTIC_di_seluruh_Indonesia",
        "Bareskrim Polri mencatat jajaran kepolisian di seluruh Indonesia menindak 640 kasus judi online sepanjang"
        " 2023.",
        640,
        table="cases",
        country_id="ID",
    ),
    kept(
        "attributes.qualifier:paling_tidak",
        "Kemlu masih menerima paling tidak 45 pengaduan dari WNI di Myawaddy.",
        45,
        table="cases",
        qualifier="at_least",
    ),
    kept(
        "attributes.qualifier:QUALIFIER_REACH_not_a_word_said_of_something_else",
        "Dari rombongan itu, 43 WNI dideportasi karena melebihi batas izin tinggal, sedangkan 120 lainnya masuk ke"
        " Malaysia tanpa dokumen.",
        120,
        table="cases",
        qualifier="exact",
    ),
    kept(
        "attributes.qualifier:QUALIFIER_REACH_next_to_the_figure",
        "Kemlu mencatat sedikitnya ada 29 kasus WNI di Laos.",
        29,
        table="cases",
        qualifier="at_least",
    ),
    kept(
        "attributes._paragraph_speaker:statement_attributed_in_the_next_sentence",
        "Polri menerima 40 WNI di Bandara Soekarno-Hatta. Polri juga memeriksa paspor mereka.\n\nSelain itu, 650 WNI"
        ' memperoleh keringanan dari otoritas Kamboja. "Ini hasil negosiasi panjang," kata Menteri Luar Negeri'
        " Retno Marsudi.",
        650,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes.category:TRAFFICKING_forced_work",
        "Mengutip laporan PBB, ia menyebut sedikitnya 85.000 orang di Laos dipaksa bekerja dalam operasi penipuan"
        " daring.",
        85_000,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.case_category_and_country:SENT_ABROAD_no_country_named",
        "Semarang - Polda Jawa Tengah menetapkan 12 tersangka TPPO di Semarang. Tiga tersangka lain dijerat dalam"
        " kasus pengiriman pekerja ke luar negeri.",
        3,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.case_category_and_country:SENT_ABROAD_not_a_stopped_departure",
        "Imigrasi mencatat sekitar 4.000 WNI ditolak berangkat ke luar negeri sepanjang 2024.",
        4000,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.stopped_category:paragraph_frames_them_as_tppo",
        "Imigrasi menunda penerbitan paspor bagi 1.200 pemohon sepanjang 2024. Para pemohon tersebut terindikasi"
        " menjadi calon korban TPPO.",
        1200,
        table="cases",
        category="trafficking",
        country_id="ID",
    ),
    kept(
        "cases.stopped_category:without_papers_is_no_crime_named",
        "Perdagangan orang marak di Batam.\n\nSepanjang Januari 2024, kantor imigrasi menunda keberangkatan 900 WNI"
        " yang diduga hendak bekerja di luar negeri tanpa prosedur resmi.",
        900,
        table="cases",
        category="other",
        country_id="ID",
    ),
    kept(
        "cases.consular_or_detention:undocumented_migrants_held",
        "Satgas TPPO Polda Riau bekerja sejak Juni.\n\nPolres Dumai mengamankan sembilan calon PMI yang tidak"
        " membawa dokumen resmi.",
        9,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_or_detention:immigration_fine_waived",
        "Ribuan WNI keluar dari sindikat penipuan daring di Kamboja.\n\nSelain itu, 640 WNI memperoleh pemutihan"
        " denda keimigrasian dari otoritas Kamboja.",
        640,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_or_detention:temporary_shelter",
        "Ribuan WNI keluar dari sindikat penipuan daring di Kamboja.\n\nSaat ini, 930 WNI masih berada di"
        " penampungan sementara sebelum dipulangkan.",
        930,
        table="cases",
        category="other",
    ),
    kept(
        "cases.case_category_and_country:DEPARTURE_STOPPED_could_prevent",
        "Banyak PMI dieksploitasi di Myanmar.\n\nMenurut Menteri, ada 6.120 calon pekerja migran Indonesia yang"
        " bisa kita cegah sepanjang 2024.",
        6120,
        table="cases",
        category="other",
        country_id="ID",
    ),
    kept(
        "cases.stopped_category:not_the_article_topic",
        "Judi online merajalela di Kamboja.\n\nPetugas mencegah keberangkatan 14 calon PMI nonprosedural di"
        " Pelabuhan Dumai.",
        14,
        table="cases",
        category="other",
    ),
    kept(
        "cases.case_category_and_country:bulleted_item_counts_where_its_total_did",
        "Polda Jawa Barat menangkap 20 tersangka judi online di Bandung.\n\nPeran mereka:\n\n"
        "- Enam orang berperan sebagai operator situs.\n\n- Tiga orang menampung uang dari pemain.",
        6,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.case_category_and_country:part_of_breakdown",
        "Polri menangani 400 kasus penipuan online sepanjang 2023. Dari jumlah itu, terdiri dari 300 kasus di Kamboja.",
        300,
        table="cases",
        category="online_scam",
        country_id="KH",
        **Y2023,
    ),
    # ---------------------------------------------------------------- case counts: country
    kept(
        "attributes.country:COUNTRY_ADJACENT",
        "Di Myanmar 487 kasus TPPO ditangani KBRI.",
        487,
        table="cases",
        country_id="MM",
        agency_id="KBRI",
    ),
    kept(
        "attributes.country:COUNTRY_ADJACENT_over_first_after",
        "KBRI mencatat Myanmar 487 kasus TPPO dan Thailand 200 kasus TPPO.",
        487,
        table="cases",
        country_id="MM",
    ),
    kept(
        "attributes.country:first_after",
        "KBRI menangani 487 kasus TPPO di Myanmar.",
        487,
        table="cases",
        country_id="MM",
    ),
    kept(
        "attributes.country:COUNTRY_LIST_GAP",
        "KBRI menangani 487 kasus TPPO yang tersebar di Thailand, Malaysia, dan Vietnam.",
        487,
        table="cases",
        country_id=None,
    ),
    kept(
        "attributes.country:foreign_before",
        "Di Kamboja, KBRI menangani 487 kasus TPPO yang melibatkan WNI.",
        487,
        table="cases",
        country_id="KH",
    ),
    kept(
        "attributes.country:earlier_in_paragraph",
        "KBRI Phnom Penh menerima aduan dari Kamboja. KBRI menangani 487 kasus TPPO yang melibatkan WNI.\n\nKasus serupa terjadi di Laos.",
        487,
        table="cases",
        country_id="KH",
    ),
    kept("cases.domestic", "Polri menangkap 25 tersangka judi online.", 25, table="cases", country_id="ID"),
    kept(
        "cases.case_category_and_country:refers_back_country",
        "Polri menangani 400 kasus TPPO di Kamboja.\n\nSebanyak 45 di antaranya melibatkan anak. Kasus lain terjadi di Myanmar.",
        45,
        table="cases",
        country_id="KH",
    ),
    # ---------------------------------------------------------------- agency
    kept(
        "attributes.agency:ADDRESSEE_BEFORE",
        "Sebelumnya Komdigi bertindak tegas. Sebanyak 433 rekening judi online diajukan untuk diblokir kepada OJK.",
        433,
        table="blocked",
        agency_id="KOMDIGI",
    ),
    kept(
        "attributes.agency:person_in_sentence",
        'Polri dan Polri daerah hadir. Dirjen Imigrasi Silmy Karim juga hadir. "Kami menangani 300 kasus penipuan online," kata Silmy.',
        300,
        table="cases",
        agency_id="IMIGRASI",
    ),
    kept(
        "attributes.agency:title_of_a_person",
        'Kapolri Listyo Sigit Prabowo hadir di Jakarta. "Kami menangkap 20 tersangka judi online," ujar Kapolri.',
        20,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "attributes.agency:most_mentioned_before",
        "Polri dan Polri daerah serta Kemlu bekerja sama. Sebanyak 300 kasus penipuan online telah ditangani.",
        300,
        table="cases",
        agency_id="POLRI",
    ),
    # ---------------------------------------------------------------- period
    kept(
        "attributes.closest_period:after_noun",
        "Polri menangani 300 kasus penipuan online pada 2023.",
        300,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes.closest_period:date_before_a_count_verb_in_a_series",
        'Polri mencatat kasus judi online tiap tahun. "Tahun 2023 ada 1.196 kasus dan tahun 2024 sebanyak 792," ujarnya.',
        1196,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes.closest_period:date_before_tercatat_in_a_series",
        "Penipuan online terus naik. Pada 2022 tercatat 450 kasus dan pada 2023 sebanyak 610 kasus.",
        450,
        table="cases",
        period_start=date(2022, 1, 1),
        period_end=date(2022, 12, 31),
    ),
    kept(
        "attributes.closest_period:own_date_after_the_noun_in_a_comma_series",
        "Kejaksaan menangani 500 perkara TPPO. Rinciannya, 150 perkara pada 2021, 165 perkara pada 2022, dan 185 perkara pada 2023.",
        165,
        table="cases",
        period_start=date(2022, 1, 1),
        period_end=date(2022, 12, 31),
    ),
    kept(
        "attributes.closest_period:own_date_before_a_later_range",
        "Jumlah WNI korban TPPO di Kamboja naik dari 120 orang pada 2021 menjadi 300 orang pada Januari-Juli 2022.",
        120,
        table="cases",
        period_start=date(2021, 1, 1),
        period_end=date(2021, 12, 31),
    ),
    kept(
        "attributes.closest_period:range",
        "Polri menangani 300 kasus penipuan online sejak Januari hingga Juni 2024.",
        300,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 6, 30),
    ),
    kept(
        "attributes.closest_period:range_first",
        "Pada Mei 2024, Polri mencatat 300 kasus penipuan online, naik dari Januari hingga April 2024.",
        300,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 4, 30),
    ),
    kept(
        "attributes.resolve_period:ANAPHORA",
        "Polri menangani 400 kasus penipuan online sepanjang 2023. Angka itu naik dibanding 2022.\n\nPada periode yang sama, 100 orang korban penipuan ditangkap.",
        100,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes.resolve_period:earlier_in_paragraph",
        "Pada 2023 terjadi lonjakan. Polri menangani 300 kasus penipuan online.",
        300,
        table="cases",
        **Y2023,
    ),
    kept(
        "context.lead_scope:SCOPE_CUES",
        "Kemlu menangani 3.310 kasus penipuan online.",
        3310,
        title="Kemlu Tangani 3.310 Kasus Penipuan Sepanjang 2024",
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
    ),
    kept(
        "context.lead_scope:month_no_year",
        "Polres Bogor menangani 31 kasus penipuan online.\n\nDari jumlah itu, 12 kasus sudah P21.",
        31,
        title="Selama Juli, Polres Bogor Tangani 31 Kasus Penipuan",
        table="cases",
        period_start=date(2024, 7, 1),
        period_end=date(2024, 7, 31),
    ),
    kept(
        "cases.case_category_and_country:regional_tally_in_indonesia",
        "Kepolisian menangkap 20 tersangka judi daring dalam operasi itu.",
        20,
        title="Selama Juli, Polres Bogor Amankan 31 Tersangka",
        table="cases",
        country_id="ID",
        period_start=date(2024, 7, 1),
    ),
    kept(
        "cases.case_category_and_country:regional_tally_spanning_abroad",
        "Kepolisian menangkap 20 tersangka TPPO dalam operasi itu. Enam kasus menyangkut pekerja yang dikirim ke "
        "luar negeri, sisanya terjadi di dalam negeri.",
        20,
        title="Selama Juli, Polres Bogor Amankan 31 Tersangka",
        table="cases",
        country_id=None,
    ),
    kept(
        "context.is_event_date:EVENT_DATE_BEFORE",
        "Polri menangkap 20 tersangka judi online pada Rabu (28/6/2023).",
        20,
        table="cases",
        period_start=date(2023, 6, 28),
        as_of_date=date(2023, 6, 28),
    ),
    kept(
        "context.is_event_date:STATEMENT_CUES",
        '"Kami menangkap 20 tersangka judi online," ujar Kapolri di Jakarta, Rabu (28/6/2023).',
        20,
        table="cases",
        period_start=None,
        as_of_date=date(2023, 6, 28),
    ),
    # ---------------------------------------------------------------- helpers that decide (bench/rule_coverage.py)
    kept(
        "attributes.names_category:stopped_departure_is_other",
        "Imigrasi Soekarno-Hatta menunda keberangkatan 45 PMI ke Kamboja.",
        45,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.names_category:stopped_departure_names_its_crime",
        "Imigrasi Soekarno-Hatta menunda keberangkatan 45 PMI yang diduga akan bekerja di perusahaan judi online di"
        " Kamboja.",
        45,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes.names_category:consular_case_is_other",
        "KBRI Phnom Penh menangani 120 kasus WNI bermasalah sepanjang 2023.",
        120,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.names_category:consular_case_names_its_crime",
        "KBRI Phnom Penh menangani 120 kasus WNI bermasalah terkait judi online sepanjang 2023.",
        120,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes._categories_at:first_cue_after_the_figure",
        "Polisi menangkap 30 tersangka penipuan online yang juga mengelola situs judi online.",
        30,
        table="cases",
        category="online_scam",
    ),
    kept(
        "attributes._categories_at:first_cue_not_first_category",
        "Polisi menangkap 30 tersangka judi online yang juga melakukan penipuan online.",
        30,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes._earlier_period:same_paragraph",
        "Sepanjang 2023 Bareskrim Polri menangani kasus judi online. Polisi menetapkan 120 tersangka judi online.",
        120,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes._earlier_period:not_across_paragraphs",
        "Sepanjang 2023 Bareskrim Polri menangani kasus judi online.\n\nPolisi menetapkan 120 tersangka judi online.",
        120,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes._referred_back:Direktorat_itu",
        "Polri menyerahkan kasus itu kepada Direktorat Jenderal Imigrasi, kata juru bicara Polri. Direktorat itu"
        " menunda keberangkatan 45 PMI ke Kamboja.",
        45,
        table="cases",
        agency_id="IMIGRASI",
    ),
    kept(
        "attributes._referred_back:no_reference_most_mentioned",
        "Polri menyerahkan kasus itu kepada Direktorat Jenderal Imigrasi, kata juru bicara Polri. Petugas menunda"
        " keberangkatan 45 PMI ke Kamboja.",
        45,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "attributes._country_in_sentence:adjacent_before",
        "Korban penipuan online terbanyak berasal dari Myanmar 487 kasus, disusul Vietnam.",
        487,
        table="cases",
        country_id="MM",
    ),
    kept(
        "attributes._country_in_sentence:COUNTRY_LIST_GAP_no_single_country",
        "Polri mencatat 487 kasus penipuan online yang tersebar di Thailand, Malaysia, dan Vietnam.",
        487,
        table="cases",
        country_id=None,
    ),
    kept(
        "context.located:nationality_is_no_place",
        "Polisi menangkap 12 tersangka judi online asal Tiongkok di Batam.",
        12,
        table="cases",
        country_id="ID",
    ),
    kept(
        "context.located:place",
        "Polisi menangkap 12 tersangka judi online di Tiongkok.",
        12,
        table="cases",
        country_id="CN",
    ),
    kept(
        "context.only_foreign_country:story_set_abroad",
        "Ratusan WNI menjadi korban perusahaan penipuan online di Kamboja.\n\nPolisi menyebut modus itu marak. Para"
        " korban dijanjikan gaji besar. Mereka direkrut lewat media sosial. Sebanyak 25 korban penipuan online"
        " telah dipulangkan.",
        25,
        table="cases",
        country_id="KH",
    ),
    kept(
        "context.only_foreign_country:two_countries_none",
        "Ratusan WNI menjadi korban perusahaan penipuan online di Kamboja dan Myanmar.\n\nPolisi menyebut modus itu"
        " marak. Para korban dijanjikan gaji besar. Mereka direkrut lewat media sosial. Sebanyak 25 korban"
        " penipuan online telah dipulangkan.",
        25,
        table="cases",
        country_id=None,
    ),
    kept(
        "context._weekday_dated:statement_weekday_is_no_period",
        "Polri menangkap 12 tersangka judi online, kata Kapolri di Jakarta, Rabu (28/6/2023).",
        12,
        table="cases",
        period_start=None,
    ),
    kept(
        "context._weekday_dated:date_without_weekday_stays",
        "Polri menangkap 12 tersangka judi online, kata Kapolri, 28 Juni 2023.",
        12,
        table="cases",
        period_start=date(2023, 6, 28),
    ),
    kept(
        "cases.stated_in_sentence:part_names_its_own_agency",
        "Polri menangkap 20 tersangka judi online. Dari jumlah itu, 8 di antaranya warga negara asing, kata Kepala"
        " Imigrasi Batam.",
        8,
        table="cases",
        agency_id="IMIGRASI",
    ),
    kept(
        "cases.stated_in_sentence:part_takes_the_total_agency",
        "Imigrasi Batam dan Imigrasi Tanjung Pinang membantu operasi itu. Polri menangkap 20 tersangka judi online."
        " Dari jumlah itu, 8 di antaranya warga negara asing.",
        8,
        table="cases",
        agency_id="POLRI",
    ),
    kept(
        "blocked.blocked_cue:written_out_number_right_after_its_verb",
        "Kominfo kembali menutup tiga akun judi online pada pekan ini.",
        3,
        table="blocked",
        object_type="account",
    ),
    dropped(
        "blocked.blocked_cue:written_out_number_away_from_the_verb",
        "Satu situs judi online ditutup Kominfo, tiga situs baru muncul keesokan harinya.",
        3,
    ),
    kept(
        "candidates._is_counted_number_word:before_count_noun",
        "Polisi menangkap lima tersangka judi online di Jakarta.",
        5,
        table="cases",
        unit="people",
    ),
    dropped(
        "candidates._is_counted_number_word:before_other_noun",
        "Polisi menggerebek lima lokasi judi online dan menangkap para tersangka.",
        5,
    ),
    kept(
        "candidates._is_money:first_end_of_a_range",
        "Korban dijanjikan gaji 1.000 hingga 1.500 dolar AS per bulan.",
        1000,
        table="money",
        currency="USD",
    ),
    dropped(
        "candidates._is_money:range_of_people",
        "Polisi memulangkan 1.000 hingga 1.500 korban penipuan online.",
        1000,
    ),
    # ---------------------------------------------------------------- qualifier and roundings
    kept(
        "attributes.qualifier:lebih_dari",
        "Polri menangani lebih dari 600 kasus penipuan online.",
        600,
        table="cases",
        qualifier="at_least",
    ),
    kept(
        "attributes.qualifier:tidak_kurang_dari",
        "Polri menangani tidak kurang dari 600 kasus penipuan online.",
        600,
        table="cases",
        qualifier="at_least",
    ),
    kept(
        "attributes.qualifier:hampir",
        "Polri menangani hampir 700 kasus penipuan online.",
        700,
        table="cases",
        qualifier="at_most",
    ),
    kept(
        "attributes.qualifier:vague",
        "Polri menangani ratusan kasus judi online di Filipina.",
        100,
        table="cases",
        qualifier="about",
        country_id="PH",
    ),
    dropped(
        "ledger.without_roundings",
        "Polri menangani 14.117 kasus penipuan online, atau sekitar 14 ribu kasus.",
        14_000,
    ),
    kept(
        "blocked.sites_and_ips_before",
        "Kominfo menutup akses 40.120 konten judi online yang berasal dari situs dan alamat IP, yaitu 38.000 konten.",
        38_000,
        table="blocked",
        object_type="site",
    ),
    kept(
        "ledger.without_roundings:exact_kept",
        "Polri menangani 14.117 kasus penipuan online, atau sekitar 14 ribu kasus.",
        14_117,
        table="cases",
        qualifier="exact",
    ),
    dropped(
        "ledger.rounds:at_least_below_the_exact",
        "Bareskrim Polri menangkap 613 tersangka judi online sepanjang Maret. Lebih dari 600 tersangka itu kini "
        "ditahan di Jakarta.",
        600,
    ),
    kept(
        "ledger.rounds:at_least_above_the_exact_is_another_count",
        "Bareskrim Polri menangkap 587 tersangka judi online sepanjang Maret. Lebih dari 600 tersangka itu kini "
        "ditahan di Jakarta.",
        600,
        table="cases",
        qualifier="at_least",
    ),
    dropped(
        "ledger.rounds:at_most_above_the_exact",
        "Bareskrim Polri menangkap 687 tersangka judi online sepanjang Maret. Hampir 700 tersangka itu kini "
        "ditahan di Jakarta.",
        700,
    ),
    dropped(
        "ledger.is_rounding:ROUNDED_ribu",
        "Bareskrim Polri menangkap 2.040 tersangka judi online sepanjang Maret. Sekitar 2 ribu tersangka itu kini "
        "ditahan di Jakarta.",
        2_000,
    ),
    kept(
        "ledger.is_rounding:about_in_digits_is_another_count",
        "Bareskrim Polri menangkap 2.040 tersangka judi online sepanjang Maret. Sekitar 2.000 tersangka itu kini "
        "ditahan di Jakarta.",
        2_000,
        table="cases",
        qualifier="about",
    ),
    kept(
        "attributes.resolve_period:part_of_an_undated_count_has_no_period",
        "Minggu, 23 Februari 2025 | 09:40 WIB\nKemlu menyatakan sebanyak 62 WNI korban online scam di Kamboja telah"
        " tiba di Jakarta.\nMenurut Hendra, 17 orang di antaranya merupakan korban perdagangan orang.",
        17,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.resolve_period:part_takes_the_period_of_its_count",
        "Kemlu menyatakan sebanyak 62 WNI korban online scam di Kamboja telah tiba di Jakarta pada Sabtu"
        " (22/2/2025).\nMenurut Hendra, 17 orang di antaranya merupakan korban perdagangan orang.",
        17,
        table="cases",
        period_start=date(2025, 2, 22),
        period_end=date(2025, 2, 22),
    ),
    kept(
        "cases.sent_abroad:SENT_TO_BEFORE",
        "Sementara itu, di Jakarta, Bareskrim Polri menangkap lima tersangka perekrut yang mengirim para WNI"
        " tersebut ke Kamboja.",
        5,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.sent_abroad:victims_sent_abroad_stay_there",
        "KBRI Phnom Penh memulangkan 62 WNI korban online scam yang dikirim perekrut ke Kamboja.",
        62,
        table="cases",
        country_id="KH",
    ),
    kept(
        "attributes.agency:AGENCY_REFERENCE",
        "Polri menangkap lima tersangka perekrut. Polri juga memburu dua orang lain.\nKasus ini juga menjadi"
        " perhatian Direktorat Jenderal Pengawasan Ruang Digital. Direktorat itu sudah memblokir 340 akun media"
        " sosial yang menyebarkan lowongan palsu.",
        340,
        table="blocked",
        agency_id="KOMDIGI",
    ),
    kept(
        "attributes.period_columns:RECENT_window_has_no_period",
        "Dalam lima tahun terakhir, Kemenkominfo telah memutus akses terhadap 886.719 konten judi online.",
        886_719,
        table="blocked",
        period_start=None,
        period_end=None,
        window_start=date(2019, 8, 3),
        window_end=date(2024, 8, 2),
        window_length="P5Y",
    ),
    kept(
        "attributes.period_columns:tahun_lalu_is_period_and_window",
        "Tahun lalu Polri menangkap 500 tersangka judi online.",
        500,
        table="cases",
        period_start=date(2023, 1, 1),
        period_end=date(2023, 12, 31),
        window_start=date(2023, 1, 1),
        window_end=date(2023, 12, 31),
        window_length=None,  # a calendar year, not a length
    ),
    kept(
        "attributes.period_columns:stated_period_has_no_window",
        "Sepanjang 2023 Polri menangkap 500 tersangka judi online.",
        500,
        table="cases",
        window_start=None,
        window_end=None,
        window_length=None,
    ),
    # ---------------------------------------------------------------- case-count attributes (session 9, issue 19)
    kept(
        "cases.resolve_split:total_period_not_a_later_date",
        "Sembilan pekerja migran korban TPPO dipulangkan dari Kamboja. Kasus itu terungkap setelah polisi menerima"
        " laporan pada Senin (8/12/2025). Kesembilan korban terdiri atas enam laki-laki dan tiga perempuan.",
        6,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "cases.spread_over:SPREAD_OVER",
        "Polri memulangkan 35 WNI dari Filipina pada 22 Oktober 2024.\n\nKemlu mencatat 4.730 WNI terlibat judi"
        " online di delapan negara.",
        4730,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.spread_over:border_of_two",
        "Menlu berterima kasih atas bantuan Thailand dalam memulangkan ratusan WNI yang terjerat kasus online scam"
        " di perbatasan Thailand-Myanmar.",
        100,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.case_category_and_country:part_of_placeless_total",
        "KBRI memulangkan 62 WNI dari Kamboja.\n\nKemlu mencatat lebih dari 10.000 WNI menjadi korban penipuan"
        " daring di sepuluh negara sejak 2020. Dari jumlah itu, sekitar 1.500 orang dikategorikan sebagai korban"
        " TPPO.",
        1500,
        table="cases",
        country_id=None,
    ),
    kept(
        "attributes.country:NOW_AT",
        "Sedikitnya 554 WNI korban online scam telah dievakuasi dari Myawaddy melalui Mae Sot sejak Februari 2025."
        " Dari jumlah itu, 449 orang telah tiba di Tanah Air, sementara 105 lainnya masih menjalani pemeriksaan di"
        " Mae Sot.",
        105,
        table="cases",
        country_id="MM",
    ),
    kept(
        "cases.case_category_and_country:part_before_paragraph_country",
        "Sedikitnya 554 WNI korban online scam telah dievakuasi dari Myawaddy melalui Mae Sot sejak Februari 2025."
        " Dari jumlah itu, 449 orang telah tiba di Tanah Air.",
        449,
        table="cases",
        country_id="MM",
    ),
    kept(
        "attributes.paragraph_country",
        "Polisi Kamboja menggerebek sebuah kompleks di Bavet. Sebanyak 35 WNI ikut diamankan.",
        35,
        table="cases",
        country_id="KH",
    ),
    kept(
        "attributes.relative_day:DAY_AFTER_OR_BEFORE",
        "Gelombang pertama sebanyak 400 WNI tiba di Bandara Soekarno-Hatta pada Selasa (18/3/2025). Sehari"
        " kemudian, sebanyak 169 WNI lainnya mendarat dengan pesawat ketiga.",
        169,
        table="cases",
        period_start=date(2025, 3, 19),
        period_end=date(2025, 3, 19),
    ),
    kept(
        "attributes.relative_day:day_before",
        "Pada hari pertama, Rabu (16/10/2024), sebanyak 143 WNI dideportasi dari Sarawak. Sehari sebelumnya, dua"
        " WNI yang sakit sudah lebih dulu dipulangkan.",
        2,
        table="cases",
        period_start=date(2024, 10, 15),
        period_end=date(2024, 10, 15),
    ),
    kept(
        "attributes.relative_day:statement_day_is_not_the_figure_day",
        "KBRI Vientiane menerima laporan pada 22 Mei 2023.\n\nDirektur Pelindungan WNI Kemlu, Judha Nugraha,"
        " sehari sebelumnya menjelaskan bahwa kasus itu melibatkan 45 WNI korban perusahaan online scam di Laos.",
        45,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.movement_day:MOVEMENT",
        "Bareskrim Polri mengawal pemulangan 52 warga negara asing asal China yang terlibat penipuan. Mereka"
        " sebelumnya ditangkap di Jakarta pada Rabu, 5 April 2023.\n\nDeportasi dilakukan pada Kamis, 25 Mei 2023,"
        " dalam tiga kloter.",
        52,
        table="cases",
        period_start=date(2023, 5, 25),
        period_end=date(2023, 5, 25),
    ),
    kept(
        "attributes.movement_day:two_flights_two_days",
        "Sebanyak 84 WNI korban penipuan daring di Myawaddy tiba di Tanah Air.\n\nPenerbangan pertama mendarat di"
        " Bandara Soekarno-Hatta pada Jumat (28/2/2025) malam, sedangkan penerbangan kedua tiba pada Sabtu"
        " (1/3/2025) dini hari.",
        84,
        table="cases",
        period_start=date(2025, 2, 28),
        period_end=date(2025, 3, 1),
    ),
    kept(
        "attributes.movement_day:not_a_movement_figure",
        "Polisi menangkap 12 tersangka judi online.\n\nPenerbangan pertama mendarat pada Jumat (28/2/2025).",
        12,
        table="cases",
        period_start=None,
    ),
    kept(
        "cases.resolve_case:repetition_reanchors_the_period",
        "Pemerintah memulangkan 554 WNI. Kloter pertama berisi 400 WNI yang mendarat pada Selasa (18/3/2025)."
        " Sisanya, 154 orang, tiba keesokan harinya.\n\nDari 400 WNI di kloter pertama, 313 orang laki-laki dan"
        " 87 orang perempuan.",
        87,
        table="cases",
        period_start=date(2025, 3, 18),
    ),
    kept(
        "attributes.named_next:SPEAKS_OR_HANDLES",
        "Sebanyak 84 WNI korban penipuan daring di Myawaddy tiba di Tanah Air. Juru Bicara Kementerian Luar Negeri"
        " (Kemlu) RI, Rolliansyah Soemirat, membenarkan kepulangan mereka.",
        84,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes.named_next:named_without_speaking",
        "Sebanyak 84 WNI korban penipuan daring di Myawaddy tiba di Tanah Air. Gedung tempat mereka bekerja pernah"
        " disegel Kementerian Luar Negeri Myanmar.",
        84,
        table="cases",
        agency_id=None,
    ),
    kept(
        "attributes.named_next:ABOUT_THEM_story_moved_on",
        "Sebanyak 13 WNI korban TPPO di Myawaddy dipulangkan ke Indonesia pada 7 Juli 2023.\n\nJAKARTA - Pemerintah"
        " melalui Kementerian Luar Negeri sejak 2020 telah menangani sedikitnya 2.300 kasus penipuan daring.",
        13,
        table="cases",
        agency_id=None,
    ),
    kept(
        "cases.agency_country",
        "Bulan lalu Polri memulangkan 20 WNI dari Kamboja. Pemulangan itu berjalan lancar. Tim sudah kembali.\n\n"
        "Kepala Divisi Hubungan Internasional Polri menuturkan, PNP menyelamatkan lebih dari 1.000 warga negara"
        " asing dalam operasi itu.",
        1000,
        table="cases",
        agency_id="PNP_PH",
        country_id="PH",
    ),
    kept(
        "attributes.country:DEPORTED_FROM",
        "Kementerian Keamanan Publik China menyatakan lebih dari 150 WN China yang dideportasi dari Indonesia telah"
        " tiba di negaranya.",
        150,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.foreign_agencies:foreign_police_reported_by_the_embassy",
        "Polis Diraja Malaysia menangkap 45 WNI dalam penggerebekan pusat judi online di Kuala Lumpur, menurut "
        "keterangan KBRI Kuala Lumpur.",
        45,
        table="cases",
        agency_id="KBRI",
        country_id="MY",
    ),
    kept(
        "blocked._block_verbs:one_verb_after_two_figures",
        "Sepanjang 2024, sebanyak 2,1 juta situs dan 300 ribu akun judi online telah diblokir Kominfo.",
        300_000,
        table="blocked",
        agency_id="KOMINFO",
        object_type="account",
    ),
    kept(
        "money.resolve_money:seized_cash",
        "Polri menyita uang Rp 1,2 miliar dari bandar judi online.",
        1_200_000_000,
        table="money",
    ),
    kept(
        "blocked.not_the_actor:asked_to_block",
        "Kementerian Kominfo meminta Bank Indonesia menutup 555 akun yang dipakai bandar judi online.",
        555,
        table="blocked",
        agency_id="KOMINFO",
    ),
    dropped(
        "screen.not_a_case_count:difference_from_last_year",
        "Selisih 300 orang dibanding tahun lalu, Polri menangkap 1.500 tersangka judi online.",
        300,
    ),
    kept(
        "attributes._unit_of:directorate_before_its_ministry",
        "Direktorat Jenderal Imigrasi Kementerian Hukum dan HAM menunda keberangkatan 120 WNI yang diduga akan "
        "bekerja di perusahaan judi online.",
        120,
        table="cases",
        agency_id="IMIGRASI",
    ),
    kept(
        "cases.indonesian_reporter:named_next",
        "Jabatan Imigresen Malaysia kembali memulangkan WNI bermasalah. Sebanyak 186 WNI dideportasi melalui ICQS"
        " Tebedu pada 16 Oktober 2024.\n\nProses deportasi itu didampingi penuh oleh KJRI di Kuching.",
        186,
        table="cases",
        agency_id="KJRI",
    ),
    # "162 pekerja ..., 69 di antaranya WNI": the part cue is the 69's; the 162 takes the raid of its paragraph
    kept(
        "figure.anaphoric:part_cue_of_a_later_figure",
        "Pada 22-23 Oktober 2024 sebanyak 35 WNI dideportasi dari Filipina, kata Direktur Pelindungan WNI Kemlu Judha"
        " Nugraha.\n\nPenggerebekan itu dilakukan PAOCC pada 31 Agustus 2024 di Lapu-Lapu City. Dalam razia"
        " tersebut, aparat Filipina mengamankan 162 pekerja online scamming dari berbagai negara, 69 di antaranya WNI.",
        162,
        table="cases",
        period_start=date(2024, 8, 31),
    ),
    kept(
        "cases.case_agency:wni_part_of_a_foreign_total",
        "Pada 22-23 Oktober 2024 sebanyak 35 WNI dideportasi dari Filipina, kata Direktur Pelindungan WNI Kemlu Judha"
        " Nugraha.\n\nPenggerebekan itu dilakukan PAOCC pada 31 Agustus 2024 di Lapu-Lapu City. Dalam razia"
        " tersebut, aparat Filipina mengamankan 162 pekerja online scamming dari berbagai negara, 69 di antaranya WNI.",
        69,
        table="cases",
        agency_id="KEMLU",
        period_start=date(2024, 8, 31),
    ),
    kept(
        "figure.anaphoric:PERIOD_ANAPHOR_scopes_the_clause",
        "Sejak 17 Juli 2023 hingga 10 September 2024, Kominfo memutus akses 2,1 juta konten judi online. Selain itu,"
        " Kominfo juga telah mengajukan pemblokiran 18.877 rekening bank kepada OJK serta 555 akun e-wallet kepada"
        " BI dalam periode yang sama.",
        18_877,
        table="blocked",
        period_start=date(2023, 7, 17),
    ),
    # "jumlahnya meningkat menjadi 3.310 kasus" continues the series of the count before: what it counted
    kept(
        "cases.case_category_and_country:SERIES_NEXT",
        "Penipuan daring marak di Kamboja. Banyak WNI terjerat penipuan online.\n\nDuta Besar RI untuk Kamboja Santo"
        ' Darmosumarto mengatakan tren itu terlihat. "Pada 2020, KBRI hanya menangani 56 kasus WNI bermasalah. Namun'
        ' pada 2024, jumlahnya meningkat drastis menjadi 3.310 kasus," kata Santo.',
        3310,
        table="cases",
        category="other",
    ),
    # a regional office of an Indonesian enforcer named with its place counts cases in Indonesia, over a period too
    kept(
        "cases.case_category_and_country:REGIONAL_UNIT",
        "Kasatreskrim Polrestabes Semarang Kompol Andika menyebut pihaknya menangani 20 laporan polisi judi online"
        " dari Januari sampai Juli 2024.",
        20,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.case_category_and_country:REGIONAL_UNIT:national_stays_null",
        "Polri menangani 792 kasus judi online dari Januari sampai April 2024.",
        792,
        table="cases",
        country_id=None,
    ),
    # gambling that is not online ("judi konvensional") is category other
    kept(
        "attributes._gambling_kind:gambling_never_said_to_be_online",
        "Bareskrim Polri menindak 905 kasus perjudian dari awal Januari hingga 23 Mei 2022 di seluruh Indonesia.",
        905,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.category:OFFLINE_AFTER",
        "Polrestabes Semarang menangani 20 laporan polisi sepanjang 2024. Dari jumlah itu, 14 kasus merupakan judi"
        " konvensional seperti togel, sedangkan enam kasus sisanya judi online.",
        14,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.category:OFFLINE_AFTER:online_stays",
        "Polrestabes Semarang menangani 20 laporan polisi sepanjang 2024. Dari jumlah itu, 14 kasus merupakan judi"
        " konvensional seperti togel, sedangkan enam kasus sisanya judi online.",
        6,
        table="cases",
        category="online_gambling",
    ),
    # a generic "pemerintah" states what the official quoted in its paragraph says, not the body named most
    kept(
        "attributes.agency:NATIONAL_GOVERNMENT:speaker_before",
        "Seluruhnya akan diperiksa Bareskrim Polri. Polri juga memeriksa perekrut. Polri menahan dua orang.\n\nJudha"
        " Nugraha, Direktur Pelindungan WNI, mengingatkan kasus semacam ini berulang. Dari tahun 2020 hingga semester pertama 2024,"
        " pemerintah Indonesia telah menangani 4.730 kasus online scamming di delapan negara.",
        4730,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes.agency:NATIONAL_GOVERNMENT:speaker_after",
        "Seluruhnya akan diperiksa Bareskrim Polri. Polri juga memeriksa perekrut.\n\nSejak 2020, pemerintah"
        ' Indonesia telah menangani 4.730 kasus online scamming. "Tidak seluruhnya korban," kata Direktur'
        " Pelindungan WNI Kemlu Judha Nugraha.",
        4730,
        table="cases",
        agency_id="KEMLU",
    ),
    # a foreign government named only generically states what the official quoted in the sentence says
    kept(
        "cases.generic_government:GENERIC_GOVERNMENT:foreign_speaker",
        "Pemerintah Kerajaan Thailand mencatat 3.200 kasus penipuan daring sepanjang 2024, kata Duta Besar RI untuk"
        " Thailand Rachmat Budiman.",
        3200,
        table="cases",
        agency_id="KBRI",
    ),
    # the country named right before a figure, joined by a verb of record, not the next one of a list
    kept(
        "attributes._country_in_sentence:COUNTRY_ADJACENT:dengan",
        "Sejak 2021 terdapat 7.596 kasus PMI-B yang terlibat online scam. Kasus terbanyak terjadi di Kamboja dengan"
        " 4.300 kasus, disusul Myanmar 1.170 kasus.",
        4300,
        table="cases",
        country_id="KH",
    ),
    kept(
        "attributes._country_in_sentence:COUNTRY_ADJACENT:tercatat",
        "Sejak 2021 terdapat 7.596 kasus PMI-B yang terlibat online scam. Di Laos tercatat 691 kasus, sedangkan di"
        " Thailand 464 kasus.",
        691,
        table="cases",
        country_id="LA",
    ),
    # a short Title Case crosshead repeats a body figure: the body sentence gives its period, not the line before
    kept(
        "cases.resolve_case:crosshead_repeats_body",
        "Dari awal tahun 2024 sampai sekarang, Polda Jateng menangkap 75 tersangka judi online.\n\n"
        "Polrestabes Tangani 20 Laporan\n\n"
        "Polrestabes Semarang menangani 20 laporan polisi judi online dari Januari sampai Juli 2024.",
        20,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 7, 31),
    ),
    kept(
        "cases.resolve_case:crosshead_repeats_body:its_parts_follow",
        "Polda Jateng menangkap 75 tersangka judi online sepanjang 2024.\n\nPolrestabes Tangani 20 Laporan\n\n"
        "Polrestabes Semarang menangani 20 laporan polisi judi online dari Januari sampai Juli 2024. Dari jumlah"
        " itu, enam kasus merupakan judi online.",
        6,
        table="cases",
        period_end=date(2024, 7, 31),
    ),
    # ---------------------------------------------------------------- helpers every figure goes through
    kept(
        "attributes._paragraph_speaker:official_named_in_the_sentence_before",
        "Polri memeriksa perekrut. Polri juga menahan dua orang. Polri menyita tiga ponsel.\n\nDirektur Pelindungan"
        " WNI Kemlu Judha Nugraha menyebut tren kasus terus naik. Sejak 2020 pemerintah telah menangani 4.730 kasus"
        " WNI korban penipuan daring.",
        4730,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes._categories_in:a_cue_before_the_figure_in_its_sentence",
        "Polri menangani 40 kasus judi online dan 30 kasus judi online lain. Terkait penipuan online, Polri menangkap"
        " 15 tersangka.",
        15,
        table="cases",
        category="online_scam",
    ),
    kept(
        "attributes._end_of:country_name_right_before_the_figure",
        "Kemlu mencatat 2.000 kasus WNI terkait penipuan daring, antara lain Myanmar 500 kasus dan Laos 70 kasus.",
        500,
        table="cases",
        country_id="MM",
    ),
    kept(
        "relations.settle:ledger.Ledger.frames:the_part_of_a_dropped_rounding_is_top_level",
        "Polri menangkap 1.213 tersangka judi online sepanjang 2024, atau sekitar 1,2 ribu orang. Dari jumlah"
        " tersebut, 300 tersangka adalah perempuan.",
        300,
        table="cases",
        part_of_fact_id=None,
    ),
    kept(
        "cases.total_fact:a_part_takes_the_agency_of_its_total",
        "Polri memeriksa dokumen para pelaku. Polri juga menyita 40 ponsel. Ditjen Imigrasi kemudian mendeportasi 40"
        " WNA pelaku penipuan daring. Dari jumlah itu, 12 orang berasal dari Tiongkok.",
        12,
        table="cases",
        agency_id="IMIGRASI",
    ),
    dropped(
        "figure.Figure.previous:screen.cleared:di_antaranya_of_people_cleared_in_the_sentence_before",
        "Polda Metro Jaya menangkap 20 tersangka judi online. Delapan orang lainnya hanya berstatus saksi. Lima di"
        " antaranya sudah dipulangkan.",
        5,
    ),
    dropped(
        "figure.Figure.previous:screen.document_count:documents_named_in_the_sentence_before",
        "PPATK mencatat laporan hasil analisis terkait judi online terus naik. Sepanjang 2024 ada 210 laporan dari"
        " bank.",
        210,
    ),
    kept(
        "attributes._parents:_unit_of:a_unit_named_before_its_parent",
        "Indonesia Anti-Scam Centre (IASC) OJK memblokir 2.300 rekening penipuan online sepanjang 2024.",
        2300,
        table="blocked",
        object_type="bank_account",
        agency_id="IASC",
    ),
    kept(
        "context.ArticleContext.in_span:_start:only_the_agencies_of_its_own_sentence",
        "Polri menggelar operasi siber di Batam pekan lalu. Sebanyak 300 situs judi online kemudian diblokir Kominfo.",
        300,
        table="blocked",
        agency_id="KOMINFO",
    ),
    kept(
        "attributes.fact_id:the_same_text_gives_the_same_id",
        "Kemlu menangani 3.500 kasus WNI terkait online scam sepanjang 2024.",
        3500,
        table="cases",
        fact_id="29a670f5f644006b",
    ),
    kept(
        "attributes.fact_base:evidence_period_and_qualifier",
        "Bareskrim Polri menangkap sedikitnya 12 tersangka penipuan online di Batam pada Mei 2024.",
        12,
        table="cases",
        surface_text="12 tersangka",
        qualifier="at_least",
        period_start=date(2024, 5, 1),
        as_of_date=date(2024, 8, 2),
    ),
    kept(
        "figure.Figure.prev:candidates.Candidate.words_before:qualifier_of_the_words_before",
        "Polda Riau menangkap lebih dari 40 tersangka judi online.",
        40,
        table="cases",
        qualifier="at_least",
    ),
    kept(
        "figure.Figure.value:decimal_comma_before_juta",
        "Kominfo telah memutus akses 2,1 juta konten judi online sepanjang 2023.",
        2_100_000,
        table="blocked",
        object_type="content",
    ),
    kept(
        "figure.Figure.surface_end:evidence_ends_after_the_noun",
        "Kominfo telah memutus akses 2,1 juta konten judi online sepanjang 2023.",
        2_100_000,
        table="blocked",
        surface_text="2,1 juta konten",
    ),
    kept(
        "figure.Figure.window:token_len:text_after:each_figure_its_own_object",
        "Kominfo memblokir 1.200 situs dan 300 akun judi online sepanjang 2024.",
        300,
        table="blocked",
        object_type="account",
    ),
    kept(
        "figure.Figure.noun1:unit_of_the_noun_after",
        "Polri menangani 40 kasus judi online sepanjang 2024.",
        40,
        table="cases",
        unit="cases",
    ),
    kept(
        "figure.Figure.noun2:di_antaranya_counts_people_of_the_total",
        "Polri menangkap 500 tersangka judi online sepanjang 2024, 312 di antaranya perempuan.",
        312,
        table="cases",
        unit="people",
    ),
    kept(
        "candidates.find_number_candidates:_with_neighbours:a_number_in_words",
        "Polri menangkap 30 tersangka judi online pada Maret 2024, terdiri dari delapan perempuan dan 22 laki-laki.",
        8,
        table="cases",
        unit="people",
    ),
    kept(
        "candidates.iter_candidates:dispatch.extract_facts:money_is_no_count",
        "Polisi menyita uang tunai Rp500 juta dan menangkap 12 tersangka judi online.",
        500_000_000,
        table="money",
        currency="IDR",
    ),
    dropped(
        "dispatch.exact_nouns:a_vague_figure_restating_an_exact_one",
        "Bareskrim menangkap 57 tersangka penipuan online. Puluhan tersangka ditahan di Batam.",
        10,
    ),
    # ---------------------------------------------------------------- periods of counts (issue #19)
    kept(
        "dates.until_point:an_end_with_no_start",
        "Untuk penipuan daring, Kemlu telah menyelesaikan 1.845 kasus hingga Mei 2024.",
        1845,
        table="cases",
        period_start=None,
        period_end=date(2024, 5, 31),
    ),
    kept(
        "dates.until_point:per_month",
        "Dari Myanmar, pemerintah telah memulangkan 612 WNI korban TPPO per April 2024.",
        612,
        table="cases",
        period_start=None,
        period_end=date(2024, 4, 30),
    ),
    kept(
        "dates._anchored:until_point_from_the_year_stated_before",
        "Tahun ini kasusnya bertambah: hingga Juni 2024 tercatat 377 WNI menjadi korban penipuan daring.",
        377,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 6, 30),
    ),
    kept(
        "dates.month_to_day:the_year_written_once_at_the_end",
        "Polda Riau menindak 412 kasus judi online dari awal Februari hingga 14 Juni 2024.",
        412,
        table="cases",
        period_start=date(2024, 2, 1),
        period_end=date(2024, 6, 14),
    ),
    kept(
        "dates._anchored:tahun_sebelumnya_of_the_year_before_it",
        "Pada tahun 2023 tercatat 860 korban TPPO, naik 220 orang dari tahun sebelumnya yang mencapai 640 orang.",
        640,
        table="cases",
        period_start=date(2022, 1, 1),
        period_end=date(2022, 12, 31),
    ),
    kept(
        "resolve_period:setahun_sebelumnya_of_the_year_in_the_sentence_before",
        "Polri mencatat 3.100 perkara penipuan online pada 2024. Angka itu turun dibandingkan 4.300 perkara setahun "
        "sebelumnya.",
        4300,
        table="cases",
        period_start=date(2023, 1, 1),
        period_end=date(2023, 12, 31),
    ),
    kept(
        "dates._anchored:tahun_berikutnya_a_year_on",
        "Pada 2019 tercatat 15 korban TPPO asal Malaka meninggal di luar negeri, dan tahun berikutnya 17 orang.",
        17,
        table="cases",
        period_start=date(2020, 1, 1),
        period_end=date(2020, 12, 31),
    ),
    kept(
        "attributes._earlier_period:pada_tahun_yang_sama_the_period_written_before",
        "Kapolri memaparkan capaian pemberantasan judi dalam raker, Rabu (12/4/2023).\n\n"
        "Pada 2022 Bareskrim membongkar jaringan judi online dan menangkap 17 orang.\n\n"
        "Pada tahun yang sama, Polda Metro Jaya membongkar kelompok lain. Dari 14 tersangka, 13 orang sudah "
        "ditangkap.",
        14,
        table="cases",
        period_start=date(2022, 1, 1),
        period_end=date(2022, 12, 31),
    ),
    kept(
        "stated_next:ACTION_DATED_keempatnya_dipulangkan_on_a_day",
        "Migrant CARE mencatat 261 pengaduan WNI korban TPPO dalam periode 2022-2023.\n\n"
        "Kasus terbaru menimpa empat warga Medan yang terjebak sindikat perdagangan orang di Laos. Keempatnya "
        "berhasil dipulangkan pada Jumat (28/2/2025) setelah hampir setahun disekap.",
        4,
        table="cases",
        period_start=date(2025, 2, 28),
        period_end=date(2025, 2, 28),
    ),
    kept(
        "dates.month_no_year:aduan_Juli_the_month_of_a_tally",
        "KP2MI menerima 1.500 aduan pekerja migran sepanjang 2024.\n\n"
        "Menurut jenis kasusnya, aduan Juli didominasi PMI yang ingin dipulangkan, yaitu 50 kasus.",
        50,
        table="cases",
        period_start=date(2024, 7, 1),
        period_end=date(2024, 7, 31),
    ),
    kept(
        "attributes._counted_within:a_part_splits_the_current_count_not_the_compared_one",
        "Polri menggelar rilis akhir tahun di Jakarta, Selasa (31/12/2024).\n\n"
        "Sepanjang 2024, Polri menangani 4.926 kasus perjudian. Angka itu naik dibandingkan tahun 2023 yang tercatat "
        "2.519 perkara.\n\n"
        '"Sebanyak 1.611 perkara di antaranya merupakan tindak pidana perjudian online," kata Listyo.',
        1611,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 12, 31),
    ),
    dropped(
        "screen.year_not_count:a_comma_parts_the_year_from_the_noun",
        "Pada 2023, kasus perdagangan orang dan penipuan online menempati urutan teratas.",
        2023,
    ),
    kept(
        "cases.consular_or_detention:migrant_workers_complaints_are_other",
        "BP2MI menerima 898 pengaduan dari pekerja migran Indonesia (PMI) selama Januari-Juni 2023.\n\n"
        "Aduan terkait perdagangan orang mencapai 29 kasus.",
        898,
        table="cases",
        category="other",
    ),
    kept(
        "resolve_period:setahun_kemudian_a_year_on_from_the_year_written_before",
        "Polri menangani 300 laporan TPPO dalam 11 hari, sejak 5 hingga 15 Juni 2024.\n\n"
        "Rinciannya, pada 2020 tercatat 126 laporan polisi. Setahun kemudian ada 122 laporan.",
        122,
        table="cases",
        period_start=date(2021, 1, 1),
        period_end=date(2021, 12, 31),
    ),
    kept(
        "context.lead_scope:a_headline_year_the_opening_states_more_exactly",
        "Polda Riau menangani 230 kasus TPPO sejak awal Januari hingga akhir Oktober 2024.\n\nPenangkapan terakhir "
        "dilakukan di pelabuhan Dumai.\n\nMenurut Kabid Humas, korban terbanyak berasal dari Kabupaten Bengkalis, "
        "yaitu 41 orang.",
        41,
        title="Polda Riau Tangani 230 Kasus TPPO Sepanjang 2024",
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 10, 31),
    ),
    kept(
        "resolve_period:year_before_open_the_same_period_a_year_back",
        "Sepanjang Januari-Maret 2024, KBRI menangani 900 kasus WNI korban penipuan daring.\n\n"
        "Jumlah itu naik tajam dibanding 410 kasus pada periode yang sama tahun lalu.",
        410,
        table="cases",
        period_start=date(2023, 1, 1),
        period_end=date(2023, 3, 31),
    ),
    kept(
        "resolve_period:stated_next_a_later_sentence_refers_back",
        "Sebanyak 1.204 WNI di Laos melapor ke KBRI Vientiane dan meminta dipulangkan. Jumlah itu terus bertambah.\n\n"
        "Menurut data KBRI, laporan tersebut masuk sejak 3 Maret hingga 18 Maret 2024 pukul 17.00 waktu setempat.",
        1204,
        table="cases",
        period_start=date(2024, 3, 3),
        period_end=date(2024, 3, 18),
    ),
    kept(
        "resolve_period:a_month_narrowed_by_the_day_a_next_sentence_dates_the_action",
        "Pada awal Maret lalu, polisi menggerebek sebuah ruko di Medan yang dijadikan markas judi online dan "
        "mengamankan 14 orang. Penggerebekan itu dilakukan pada Selasa (5/3).\n\nJakarta, Senin (20/5/2024).",
        14,
        table="cases",
        period_start=date(2024, 3, 5),
        period_end=date(2024, 3, 5),
    ),
    kept(
        "resolve_period:stated_next_ACTION_DATED",
        "Polda Sumut membongkar jaringan penipuan daring. Sebanyak 23 orang ditangkap di Medan dan Binjai.\n\n"
        "Kapolda menjelaskan, penangkapan dilakukan sepanjang Maret hingga Mei 2024.",
        23,
        table="cases",
        period_start=date(2024, 3, 1),
        period_end=date(2024, 5, 31),
    ),
    kept(
        "resolve_period:stated_next_ACTION_DATED_departures_stopped",
        "Imigrasi Bandara Kualanamu menunda keberangkatan 215 calon pekerja migran nonprosedural.\n\n"
        "Kepala kantor menyebut mereka tidak memiliki visa kerja.\n\n"
        "Penundaan itu dilakukan sepanjang periode Januari hingga April 2024.",
        215,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 4, 30),
    ),
    kept(
        "resolve_period:stated_next_ACTION_DATED_terjadi",
        '"Kami menangkap tiga tersangka dan menyelamatkan enam korban," kata Kapolres dalam jumpa pers, Senin '
        "(12/8/2024).\n\nPenangkapan terjadi Rabu (7/8/2024) sekitar pukul 09.00 WIB di terminal keberangkatan.",
        6,
        table="cases",
        period_start=date(2024, 8, 7),
        period_end=date(2024, 8, 7),
    ),
    kept(
        "resolve_period:stated_next_ACTION_DATED_tiba",
        "KBRI Phnom Penh memfasilitasi kepulangan enam warga negara Indonesia (WNI) yang tertipu bekerja di "
        "perusahaan penipuan daring di Sihanoukville. Keenamnya tiba di Surabaya pada Senin (8/1/2024) dengan "
        "penerbangan transit Kuala Lumpur.",
        6,
        table="cases",
        period_start=date(2024, 1, 8),
        period_end=date(2024, 1, 8),
    ),
    kept(
        "resolve_period:di_antaranya_counts_within_the_group_the_sentence_before_dates",
        "Pada Rabu (6/3/2024), BP3MI mencegah keberangkatan 25 CPMI nonprosedural di Pelabuhan Dumai.\n\n"
        "Pemeriksaan juga digelar di bandara. Pada Senin (15/4/2024), petugas memeriksa sejumlah penumpang tujuan "
        "Kuala Lumpur. Hasil pemeriksaan menunjukkan tiga orang di antaranya adalah CPMI ilegal.",
        3,
        table="cases",
        period_start=date(2024, 4, 15),
        period_end=date(2024, 4, 15),
    ),
    kept(
        "resolve_period:stated_next_past_a_name_written_with_digits",
        "Imigrasi Bandara Juanda menunda keberangkatan 126 calon pekerja migran nonprosedural.\n\n"
        "Penundaan itu dilakukan sepanjang Januari hingga Maret 2024 bersama BP3MI Jawa Timur.",
        126,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 3, 31),
    ),
    kept(
        "resolve_period:stated_next_three_sentences_on",
        "Polresta Bandara mencegah keberangkatan 215 pekerja migran nonprosedural ke Timur Tengah. Mereka akan "
        "dipekerjakan sebagai asisten rumah tangga.\n\nKapolresta mengatakan ratusan orang itu tidak memiliki "
        "visa kerja.\n\nPencegahan itu dilakukan sepanjang Januari hingga April 2024.",
        215,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 4, 30),
    ),
    kept(
        "resolve_period:SAME_MOVEMENT_an_escape_on_the_day_the_lead_gives",
        "JAKARTA - Sejumlah pekerja asing, termasuk warga Indonesia, melarikan diri dari sebuah kompleks penipuan "
        "daring di Sihanoukville, Kamboja, pada Senin (3/3/2025) pagi. Kompleks itu dikenal sebagai sarang "
        "penipuan.\n\nMenurut KBRI Phnom Penh, sekitar 40 WNI berhasil keluar dari kompleks tersebut.",
        40,
        table="cases",
        period_start=date(2025, 3, 3),
        period_end=date(2025, 3, 3),
    ),
    kept(
        "cases.domestic:operation_range",
        "Bareskrim Polri membongkar jaringan judi online internasional. Sebanyak 23 tersangka ditangkap.\n\n"
        "Direktur menjelaskan, penangkapan dilakukan sepanjang Maret hingga Mei 2024.",
        23,
        table="cases",
        country_id="ID",
        period_start=date(2024, 3, 1),
    ),
    kept(
        "cases.domestic:ARREST_WORDS_kami_amankan",
        '"Sebanyak 20 tersangka ini kami amankan berdasarkan tiga laporan polisi," kata Direktur Tindak Pidana Umum '
        "Bareskrim Polri.",
        3,
        table="cases",
        unit="cases",
        country_id="ID",
    ),
    kept(
        "resolve_period:stated_next_past_a_repetition_of_the_figure",
        "Polda Sumut membongkar jaringan judi online. Sebanyak 17 orang ditetapkan sebagai tersangka.\n\n"
        '"Kami telah menetapkan 17 tersangka," kata Kapolda. Ia menjelaskan para tersangka ditangkap di Medan '
        "dalam kurun 2-6 Juni 2024.",
        17,
        table="cases",
        period_start=date(2024, 6, 2),
        period_end=date(2024, 6, 6),
    ),
    kept(
        "resolve_period:stated_next_ACTION_DATED_a_day",
        "Satgas TPPO Polres Metro menggagalkan keberangkatan tiga perempuan yang akan dikirim ke Malaysia.\n\n"
        "Kapolres mengatakan, penindakan dilakukan pada Jumat (1/11/2024) sekitar pukul 17.00 WIB di Neglasari.",
        3,
        table="cases",
        period_start=date(2024, 11, 1),
        period_end=date(2024, 11, 1),
    ),
    kept(
        "resolve_period:a_figure_shares_the_time_of_the_figure_before_it_in_its_sentence",
        "Perkara pertama diungkap di Kubu Raya pada Senin (5/6/2023) malam. Petugas menangkap satu tersangka "
        "berinisial MU.\n\n"
        '"Dari pengungkapan itu kami menetapkan satu tersangka dengan tujuh korban asal NTB," ujar Wakapolda.',
        7,
        table="cases",
        period_start=date(2023, 6, 5),
        period_end=date(2023, 6, 5),
    ),
    kept(
        "resolve_period:stated_next_not_past_another_figure",
        "Sebanyak 1.204 WNI di Laos melapor ke KBRI Vientiane dan meminta dipulangkan.\n\n"
        "Sebanyak 300 laporan tersebut masuk sejak 3 Maret hingga 18 Maret 2024.",
        1204,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "dates.day_range:antara_two_days_joined_by_dan",
        "Kemlu mencatat 3.150 WNI meminta dipulangkan dari Kamboja antara 5 Januari dan 20 Februari 2024.",
        3150,
        table="cases",
        period_start=date(2024, 1, 5),
        period_end=date(2024, 2, 20),
    ),
    kept(
        "closest_period:a_date_right_before_the_figure",
        '"Tahun 2022 640 kasus judi online dan tahun 2023 sebanyak 515," ucapnya.',
        640,
        table="cases",
        period_start=date(2022, 1, 1),
        period_end=date(2022, 12, 31),
    ),
    kept(
        "context.build_contexts:a_person_carries_the_agency_of_the_title",
        "Sebanyak 64 WNI korban penipuan daring tiba di Jakarta, ujar Direktur Pelindungan WNI Kemlu Judha Nugraha.",
        64,
        table="cases",
        agency_id="KEMLU",
    ),
    # ---------------------------------------------------------------- who states a figure, consular caseloads (#19)
    kept(
        "cases.consular_caseload",
        "Banyak WNI terjerat penipuan daring di Laos. Duta Besar RI di Laos menjelaskan, sepanjang 2023 KBRI"
        " Vientiane menangani sekitar 1.200 kasus, dan lebih dari 800 di antaranya terkait penipuan daring.",
        1200,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_caseload:part_names_its_crime",
        "Banyak WNI terjerat penipuan daring di Laos. Duta Besar RI di Laos menjelaskan, sepanjang 2023 KBRI"
        " Vientiane menangani sekitar 1.200 kasus, dan lebih dari 800 di antaranya terkait penipuan daring.",
        800,
        table="cases",
        category="online_scam",
    ),
    kept(
        "cases.consular_or_detention:kasus_konsuler",
        "Banyak WNI terjerat penipuan daring di Malaysia. Sepanjang 2024, KJRI Kuching menangani 540 kasus"
        " konsuler yang melibatkan warga Indonesia.",
        540,
        table="cases",
        category="other",
    ),
    kept(
        "cases.case_category_and_country:follows_across_paragraph",
        "Sepanjang 2024, Kemlu menangani 41.000 kasus yang melibatkan warga negara Indonesia. Sebagian kecil di"
        " antaranya terkait perdagangan orang. Kemlu juga memperkuat layanan hotline.\n\nKasus terbanyak terjadi di"
        " Arab Saudi, yaitu 12.500 kasus.",
        12500,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.topic:lead_conjoined",
        "Sebanyak 40 WNI yang terlibat jaringan judi online dan penipuan daring di Laos dideportasi. Judi online"
        " marak di kawasan itu, dan bandar judi online merekrut WNI lewat media sosial.\n\nSebanyak 12 WNI lainnya"
        " masih menunggu proses hukum.",
        12,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.acting:PREMISES_BEFORE",
        'Direktur Pelindungan WNI Kemlu Judha Nugraha memberi keterangan di Jakarta. "Dari 40 WNI itu, 30 orang'
        ' ditampung di kantor polisi Poipet," kata Judha.',
        30,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.case_category_and_country:DOMESTIC",
        "Kemensos mendampingi 300 korban TPPO sepanjang 2024. Sebanyak 120 korban dieksploitasi di dalam negeri,"
        " sedangkan 180 korban diberangkatkan ke luar negeri.",
        120,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.own_stretch:words_after_belong_to_the_figure_before",
        "Kemensos mendampingi 300 korban TPPO sepanjang 2024. Sebanyak 120 korban dieksploitasi di dalam negeri,"
        " sedangkan 180 korban diberangkatkan ke luar negeri.",
        180,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.recorder:RECORDS_ANOTHER",
        "Kementerian Luar Negeri mencatat, hingga Senin (2/3/2026), KBRI Bangkok telah menerima 410 aduan WNI"
        " korban penipuan daring.",
        410,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes.acting:REPORTED_TO_BEFORE",
        "Sebanyak 310 WNI di Laos melaporkan diri ke KBRI Vientiane untuk meminta dipulangkan.",
        310,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "attributes.country:NOW_AT:fled_to",
        "KBRI Yangon mencatat 45 WNI kabur ke Thailand dari kompleks penipuan daring di Myawaddy, Myanmar.",
        45,
        table="cases",
        country_id="MM",
    ),
    kept(
        "attributes.country:DEPORTED_FROM:destination_between",
        "Pada 10-11 Mei sebanyak 40 WNI dideportasi ke berbagai bandara di Indonesia dari Kamboja, kata Judha.",
        40,
        table="cases",
        country_id="KH",
    ),
    kept(
        "context.only_foreign_country:TOWARDS_BEFORE",
        "Kemensos mencatat 500 korban TPPO sepanjang 2024.\n\nSindikat itu biasanya mengirim para korban ke Malaysia.",
        500,
        table="cases",
        country_id=None,
    ),
    kept(
        "context.only_foreign_country:DESTINATION_AFTER",
        "Kemensos mencatat 500 korban TPPO sepanjang 2024.\n\nArab Saudi menjadi negara tujuan terbanyak.",
        500,
        table="cases",
        country_id=None,
    ),
    kept(
        "context.located:ENVOY_TO_BEFORE",
        "Sebanyak 90 WNI korban penipuan daring dievakuasi dari kompleks di Myawaddy, Myanmar. Duta Besar RI untuk"
        " Thailand Budi Santoso mengatakan, dari 90 WNI itu, 70 orang sudah diperiksa.",
        70,
        table="cases",
        country_id="MM",
    ),
    # ---------------------------------------------------------------- caseattr4: agency of a case count
    kept(
        "attributes.speakers:PRONOUN_SPEAKER",
        "KBRI Bangkok membuka posko pengaduan. Juru Bicara Kemlu Rolliansyah Soemirat memberi keterangan.\n\n"
        'KBRI juga menyediakan penampungan. "Sebanyak 415 WNI sudah dibantu oleh Imigrasi Thailand," ujarnya.',
        415,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes._paragraph_speaker:PRONOUN_SPEAKER",
        "KBRI Bangkok membuka posko pengaduan. Juru Bicara Kemlu Rolliansyah Soemirat memberi keterangan.\n\n"
        'KBRI juga menyediakan penampungan. "Semua berjalan lancar," katanya. Kini 318 WNI masih menunggu'
        " kepulangan.",
        318,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes._acting:CHANNEL_BEFORE",
        "Kementerian Luar Negeri melalui KBRI Hanoi memulangkan sembilan WNI korban penipuan daring dari Vietnam.",
        9,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes._acting:CHANNEL_BEFORE_generic_government",
        "Pemerintah melalui Kementerian Luar Negeri telah menangani 1.400 kasus penipuan daring sejak 2021.",
        1_400,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "extract.drop_non_mentions:missions_in_general_leave_the_ministry_named_before",
        "Kemlu mencatat korban penipuan daring di kawasan. Perwakilan RI juga menangani 44 WNI korban di Vietnam.",
        44,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "cases.carries_domestic",
        "Polres Kupang menangkap 14 tersangka penipuan daring pada Selasa. Polisi masih memeriksa barang bukti. "
        "Menurut Kapolres, sembilan orang lainnya masuk daftar pencarian orang.",
        9,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.carries_domestic:cases_of_the_operation",
        "Polres Kupang menangkap 14 tersangka penipuan daring pada Selasa. Jumlah perkara yang ditangani mencapai"
        " enam kasus.",
        6,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.carries_domestic:ABROAD",
        "Polres Kupang menangkap 14 tersangka penipuan daring pada Selasa. Sembilan orang lainnya masih"
        " berada di luar negeri.",
        9,
        table="cases",
        country_id=None,
    ),
    kept(
        "attributes._gambling_kind:no_online_named",
        "Polres Banyumas menindak 48 kasus perjudian sepanjang 2023. Kapolres meminta warga melapor.",
        48,
        table="cases",
        category="other",
    ),
    kept(
        "attributes._gambling_kind:online_named",
        "Polres Banyumas menindak 48 kasus perjudian sepanjang 2023. Sebagian besar adalah judi online.",
        48,
        table="cases",
        category="online_gambling",
    ),
    kept(
        # (a bare gambling figure of a story naming both kinds counts both: `mixed`; devset README, Category)
        "attributes._gambling_kind:both_named",
        "Polres Banyumas menangkap 48 tersangka perjudian sepanjang Mei 2023. Kapolres menyebut ada judi"
        " konvensional seperti togel. Ada pula pelaku judi daring.",
        48,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes._gambling_kind:both_named_sentences_later",
        "Polri mencatat 3.900 perkara perjudian sepanjang tahun ini. Jumlah itu naik dari tahun lalu.\n\nDari sisi"
        " penyelesaian, Polri merampungkan 2.300 perkara judi konvensional dan 1.100 perkara judi online.",
        3900,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.spans_kinds:bare_gambling_broken_down_in_its_sentence",
        "Polres Lumajang mengungkap 11 kasus perjudian dalam sebulan terakhir, terdiri atas 10 kasus judi online dan"
        " satu kasus judi konvensional.",
        11,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.spans_kinds:offline_part_of_the_breakdown",
        "Polres Lumajang mengungkap 11 kasus perjudian dalam sebulan terakhir, terdiri atas 10 kasus judi online dan"
        " satu kasus judi konvensional.",
        10,
        table="cases",
        category="online_gambling",
    ),
    kept(
        "attributes.spans_kinds:breakdown_goes_on_with_its_remainder",
        '"Selama Agustus kami mengamankan 57 tersangka perjudian," kata Faisal.\n\nIa merinci, 38 orang tersangka'
        " judi konvensional. Sisanya, 19 tersangka, terlibat judi daring.",
        57,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.spans_kinds:REFERS_BACK_START",
        "Polda NTT mengungkap 13 kasus judi dan menetapkan 22 tersangka. Para pelaku terlibat judi daring dan"
        " konvensional.",
        22,
        table="cases",
        category="mixed",
    ),
    kept(
        "cases.stopped_category:PREVENTS_BEFORE",
        "Kantor Imigrasi menahan keberangkatan 93 warga yang diduga pekerja migran nonprosedural sejak awal 2023."
        " Langkah itu merupakan upaya mencegah tindak pidana perdagangan orang (TPPO).",
        93,
        table="cases",
        category="other",
    ),
    kept(
        "cases.stopped_category:TRAFFICKING_VICTIMS_by_number_later",
        "Imigrasi mencegah keberangkatan 98 pekerja migran Indonesia (PMI) nonprosedural di Bandara Soekarno-Hatta."
        "\n\nPolisi menyebut ke-98 orang tersebut diduga menjadi korban tindak pidana perdagangan orang (TPPO).",
        98,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.case_category_and_country:SERIES_NEXT_giliran",
        "Pemerintah memulangkan WNI korban TPPO dari Myawaddy secara bertahap. Para korban TPPO itu dijemput tim"
        " gabungan.\n\nGelombang pertama pada 20 Februari membawa pulang 46 WNI. Sepekan kemudian, 27 Februari,"
        " giliran 84 WNI yang terdiri dari 69 laki-laki dan 15 perempuan.",
        84,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_or_detention:asking_the_mission_for_help",
        "KBRI Phnom Penh terus menerima WNI yang keluar dari perusahaan penipuan daring. Penipuan daring itu"
        " menjerat banyak WNI.\n\nAntara 16 Januari hingga 3 Februari 2026 sebanyak 3.173 WNI telah mendatangi"
        " kedutaan untuk meminta bantuan dan pelindungan.",
        3173,
        table="cases",
        category="other",
    ),
    kept(
        "cases.consular_or_detention:ASKS_MISSION_HELP_after_the_crime_in_its_paragraph",
        "WNI yang keluar dari sindikat penipuan daring (online scam) di Kamboja terus berdatangan ke KBRI Phnom"
        " Penh. Dalam empat hari, KBRI menerima 911 laporan WNI yang meminta bantuan.",
        911,
        table="cases",
        category="online_scam",
    ),
    kept(
        "attributes.caseload_lists_kinds",
        "Kemlu mencatat 35.100 kasus menimpa WNI di luar negeri sepanjang 2022. Kasus-kasus tersebut meliputi"
        " keimigrasian, ketenagakerjaan, penyanderaan, tindak pidana perdagangan orang (TPPO), dan hukuman mati.",
        35100,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.caseload_lists_kinds:no_tracked_crime_listed",
        "Kemlu mencatat 35.100 kasus menimpa WNI di luar negeri sepanjang 2022. Kasus-kasus tersebut meliputi"
        " keimigrasian, ketenagakerjaan, penyanderaan, dan hukuman mati.",
        35100,
        table="cases",
        category="other",
    ),
    kept(
        "cases.own_clause:crime_of_the_part",
        "Kemlu mencatat penipuan daring terus meningkat. Sepanjang 2023, lebih dari 800 WNI menjadi korban,"
        " sebagian di antaranya terkait TPPO.",
        800,
        table="cases",
        category="online_scam",
    ),
    kept(
        "cases.own_clause:consular_caseload_follows",
        "KBRI Hanoi telah menangani 900 kasus WNI bermasalah sepanjang 2024. Pada 2023, dari sekitar 700 kasus,"
        " lebih dari 400 di antaranya terkait penipuan online.",
        700,
        table="cases",
        category="other",
    ),
    kept(
        "attributes._acting:REPORTED_TO_BEFORE:laporan_ke",
        "Kemenkes dan Kementerian Sosial membuka posko di Jakarta. Tim itu menyusul lonjakan laporan ke KBRI Hanoi."
        " Hingga Senin, sebanyak 812 WNI telah melapor untuk meminta bantuan.",
        812,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "attributes._body_speaking_next",
        "Kemlu mencatat 29 kasus WNI di Laos.\n\nDi tempat lain, 41 WNI korban TPPO di Vietnam sudah dipulangkan."
        " KBRI Hanoi menyebut pemulangan berjalan lancar.",
        41,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "cases.case_agency:OF_WNI_BEFORE",
        "Polisi Vietnam menggerebek sebuah kompleks penipuan daring dan menahan 40 WNI. Menurut Direktur Pelindungan"
        " WNI Kemlu Judha Nugraha, dari 40 WNI tersebut, tiga orang ditetapkan sebagai tersangka oleh Kepolisian"
        " Vietnam dan lima lainnya berstatus saksi korban.",
        5,
        table="cases",
        agency_id="KEMLU",
    ),
    kept(
        "attributes._acting:PREMISES_BEFORE:detensi",
        "KBRI Hanoi terus mendampingi para WNI.\n\nSebanyak 64 WNI korban penipuan daring kini berada di Detensi"
        " Imigrasi Batam.",
        64,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "extract.drop_non_mentions:a_placed_mission_is_an_embassy",
        "Kemlu mencatat korban penipuan daring di kawasan. Perwakilan RI di Hanoi juga menangani 44 WNI korban.",
        44,
        table="cases",
        agency_id="KBRI",
    ),
    # ---------------------------------------------------------------- session 17: who states, which country
    kept(
        "attributes.country:gone_to_in_every_mention",
        "KBRI Yangon mencatat 50 WNI bekerja di pusat penipuan daring di Myawaddy, Myanmar. Sebanyak 30 WNI "
        "telah menyeberang ke Thailand dan kini didampingi KBRI Bangkok.",
        30,
        table="cases",
        country_id="MM",
    ),
    kept(
        "lexicon.NOW_AT:ke_wilayah",
        "KBRI Yangon mencatat 75 WNI kabur dari kompleks penipuan daring di Myawaddy, Myanmar. Sekitar 20 WNI "
        "sudah menyeberang ke wilayah Thailand melalui Sungai Moei.",
        20,
        table="cases",
        country_id="MM",
    ),
    kept(
        "lexicon.NOW_AT:ke_perbatasan",
        "Polri memulangkan 20 WNI korban TPPO dari Myawaddy, Myanmar. Mereka dibawa ke perbatasan Thailand "
        "dalam dua gelombang, yakni sebanyak 4 orang dan 16 orang.",
        16,
        table="cases",
        country_id="MM",
    ),
    kept(
        "lexicon.AGENCY_REFERENCE:kantor_itu",
        "Kepala BP2MI Benny Rhamdani meminta BP2MI memperketat pengawasan di Batam.\n\nData Kantor Imigrasi Batam "
        "menunjukkan arus keberangkatan ilegal. Sepanjang Januari 2023, kantor itu menunda keberangkatan 1.258 WNI "
        "yang diduga hendak bekerja di luar negeri.",
        1_258,
        table="cases",
        agency_id="IMIGRASI",
    ),
    kept(
        "attributes._acting:PREMISES_NAME",
        'KJRI Kuching mendampingi pemulangan WNI dari Sarawak, Malaysia.\n\n"Pada saat yang sama, dilakukan juga '
        'deportasi WNI bermasalah dari Depot Tahanan Imigresen di Sarawak sebanyak 227 orang," kata Konsul '
        "Jenderal RI di Kuching Raden Sigit Witjaksono.",
        227,
        table="cases",
        agency_id="KJRI",
    ),
    kept(
        "attributes._speaking_parent",
        "OJK mencatat Indonesia Anti-Scam Centre (IASC) menerima banyak laporan.\n\nKepala Eksekutif Pengawas "
        "Perilaku Pelaku Usaha Jasa Keuangan OJK Friderica Widyasari Dewi menambahkan bahwa selama periode yang sama "
        "IASC menerima 53.748 laporan penipuan.",
        53_748,
        table="cases",
        agency_id="OJK",
    ),
    kept(
        "attributes._speaking_parent:paragraph_speaker",
        "Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan OJK Friderica Widyasari Dewi mengatakan "
        "IASC menerima banyak laporan penipuan. Sebanyak 16.873 laporan disampaikan korban langsung ke sistem IASC.",
        16_873,
        table="cases",
        agency_id="OJK",
    ),
    kept(
        "attributes._speaking_parent:mission_keeps_its_code",
        "Direktur Pelindungan WNI dan BHI Kemlu Judha Nugraha mengatakan perekrutan nonprosedural masih terjadi. "
        "Pada 2021, KBRI Phnom Penh menangani dan memulangkan 119 WNI korban online scam.",
        119,
        table="cases",
        agency_id="KBRI",
    ),
    kept(
        "cases.told_by_another",
        "Semula, KBRI Phnom Penh menerima laporan tentang 97 WNI yang kabur dari perusahaan penipuan daring di "
        "Kamboja.\n\nSebelumnya, Direktur Pelindungan WNI Kemlu Judha Nugraha menjelaskan kondisi para WNI. "
        "Dari 97 orang itu, 86 orang ditampung di kantor polisi.",
        86,
        table="cases",
        agency_id="KEMLU",
    ),
    # ------------------------------------------------ periods6 (session 18, issue #19): periods of real reporting
    kept(
        "attributes.closest_period:WINDOW_NAMED_window_named_by_its_dates",
        "Polda Jatim menangkap 21 pelaku judi online dalam sepekan terakhir, yaitu 22-28 Juli 2024.",
        21,
        table="cases",
        period_start=date(2024, 7, 22),
        period_end=date(2024, 7, 28),
    ),
    kept(
        "attributes.stated_next:ACTION_DATED_pemblokiran_dilakukan",
        "Kominfo memblokir 5.210 konten judi online hanya dalam dua hari. Pemblokiran dilakukan sejak Sabtu "
        "(27/7/2024) hingga Minggu (28/7/2024).\n\nSebagian besar berupa situs web, yakni 4.900 situs. Sisanya "
        "tersebar di platform Meta sebanyak 310 konten.",
        5210,
        table="blocked",
        period_start=date(2024, 7, 27),
        period_end=date(2024, 7, 28),
    ),
    kept(
        "lexicon.BREAKS_DOWN:sebagian_besar_carries_the_totals_period",
        "Kominfo memblokir 5.210 konten judi online hanya dalam dua hari. Pemblokiran dilakukan sejak Sabtu "
        "(27/7/2024) hingga Minggu (28/7/2024).\n\nSebagian besar berupa situs web, yakni 4.900 situs. Sisanya "
        "tersebar di platform Meta sebanyak 310 konten.",
        4900,
        table="blocked",
        period_start=date(2024, 7, 27),
        period_end=date(2024, 7, 28),
    ),
    kept(
        "lexicon.BREAKS_DOWN:sisanya_carries_the_totals_period",
        "Kominfo memblokir 5.210 konten judi online hanya dalam dua hari. Pemblokiran dilakukan sejak Sabtu "
        "(27/7/2024) hingga Minggu (28/7/2024).\n\nSebagian besar berupa situs web, yakni 4.900 situs. Sisanya "
        "tersebar di platform Meta sebanyak 310 konten.",
        310,
        table="blocked",
        period_start=date(2024, 7, 27),
        period_end=date(2024, 7, 28),
    ),
    kept(
        "attributes.earlier_value:previous_report_has_no_period",
        "Hingga akhir Juni 2024, OJK telah meminta bank memblokir 6.056 rekening judi online. Saat itu jumlahnya "
        "naik dari 5.364 rekening pada laporan sebelumnya.",
        5364,
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.earlier_value:in_the_dated_sentence",
        "Pada Juni 2024, OJK meminta pemblokiran 6.056 rekening judi online, naik dari 5.364 rekening yang "
        "tercatat pada laporan sebelumnya.",
        5364,
        table="blocked",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes._resolve_period:SAME_MOVEMENT_takes_the_leads_movement_day",
        "KJRI Tawau mendampingi pemulangan ratusan WNI dari Sabah melalui Pelabuhan Tunon Taka, Kamis (25/7/2024)."
        "\n\nKonsul RI Ahmad Yani mengatakan, pada hari itu KJRI merepatriasi empat WNI dari tempat penampungan."
        "\n\nSecara keseluruhan, WNI yang dideportasi kali ini berjumlah 310 orang.",
        4,
        table="cases",
        period_start=date(2024, 7, 25),
        period_end=date(2024, 7, 25),
    ),
    kept(
        "cases.story_period:this_year_is_a_stretch",
        "Sepanjang tahun ini, Satgas TPPO Polda Kepri menangani 40 kasus perdagangan orang.\n\nSubdit IV Ditreskrimum "
        "Polda Kepri menangani 11 kasus dengan 41 korban.",
        11,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 8, 2),
    ),
    kept(
        "dates.relative:kurang_dari_seminggu_is_a_window",
        "Polda Jatim menangkap 21 pelaku judi online pada 22-28 Juli 2024.\n\nDi tempat lain, Polres Gresik menangkap "
        "17 pelaku judi online dalam waktu kurang dari seminggu.",
        17,
        table="cases",
        period_start=None,
        period_end=None,
        window_length="P7D",
    ),
    kept(
        "cases.sum_of_periods:THAT_PERIOD_spans_both_parts",
        "Sepanjang 2023, Kantor Imigrasi Dumai menunda keberangkatan 90 warga. Pada Januari hingga Juni 2024, petugas "
        "menunda keberangkatan 35 orang. Dengan demikian, selama periode tersebut sudah 125 WNI batal berangkat.",
        125,
        table="cases",
        period_start=date(2023, 1, 1),
        period_end=date(2024, 6, 30),
    ),
    kept(
        "lexicon.SAME_MOVEMENT:kali_ini",
        "KJRI Tawau mendampingi pemulangan ratusan WNI dari Sabah melalui Pelabuhan Tunon Taka, Kamis (25/7/2024)."
        "\n\nKonsul RI Ahmad Yani mengatakan, pada hari itu KJRI merepatriasi empat WNI dari tempat penampungan."
        "\n\nSecara keseluruhan, WNI yang dideportasi kali ini berjumlah 310 orang.",
        310,
        table="cases",
        period_start=date(2024, 7, 25),
        period_end=date(2024, 7, 25),
    ),
    # ---------------------------------------------------------------- session 19: category / country of recaps
    kept(
        "lexicon.CONJ:past_an_acronym",
        "Polda Sultra mencatat 27 orang pelaku tindak pidana perdagangan orang (TPPO) dan judi online ditangkap.",
        27,
        table="cases",
        category="mixed",
    ),
    kept(
        "cases.case_category_and_country:FROM_THOSE_CASES",
        "Polda Sultra mengungkap 30 kasus judi online. Situs judi online dipromosikan selebgram. Judi online marak."
        "\n\nPolda Sultra juga menangani 9 kasus TPPO pada 2024. Seluruhnya prostitusi daring.\n\n"
        "Dari perkara tersebut, 12 orang ditetapkan sebagai tersangka.",
        12,
        table="cases",
        category="trafficking",
    ),
    kept(
        "cases.case_category_and_country:FROM_THOSE_CASES_two_kinds",
        "Sejak Januari polisi mengungkap 641 perkara judi online dan 1.481 perkara judi konvensional. Dari pengungkapan"
        " itu, kurang lebih 3.926 orang ditetapkan sebagai tersangka.",
        3926,
        table="cases",
        category="mixed",
    ),
    kept(
        "cases.case_category_and_country:FROM_THOSE_CASES_series",
        "Sepanjang 2024, Polri menangani 4.926 kasus perjudian. Angka itu naik dibandingkan tahun 2023 yang tercatat"
        " 2.519 perkara. Sebanyak 1.611 perkara di antaranya merupakan perjudian online.",
        2519,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.gambling_in_general",
        "Sepanjang 2024, Polri menangani 4.926 kasus perjudian. Angka itu naik dibandingkan tahun 2023. Sebanyak 1.611"
        " perkara di antaranya merupakan tindak pidana perjudian online.",
        4926,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.gambling_in_general:offline_named_too",
        'Penindakan mencakup judi daring serta judi konvensional.\n\n"Selama Agustus 2022 kami mengamankan 57 tersangka'
        ' perjudian," kata Faisal.\n\nIa merinci, 38 orang tersangka judi konvensional. Sisanya, 19 tersangka, judi daring.',
        57,
        table="cases",
        category="mixed",
    ),
    kept(
        "cases.regional_story:not_a_national_headline",
        "Satgas TPPO telah menyelamatkan 2.149 korban dari 699 laporan polisi sejak Juni 2023.",
        699,
        title="Satgas TPPO Selamatkan 2.149 Korban, Polda Metro Tahan 12 Tersangka",
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.case_category_and_country:FROM_THOSE_CASES_national",
        'Sepanjang 2024, Polri menangani 4.926 kasus perjudian.\n\n"Sebanyak 1.611 perkara di antaranya merupakan'
        ' tindak pidana perjudian online," kata Listyo. Kasus judi daring itu melibatkan 1.918 tersangka.',
        1918,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.case_category_and_country:regional_tally_of_cases",
        "Untuk perkara perdagangan orang, polisi di wilayah itu menangani 11 kasus TPPO pada 2024.",
        11,
        title="Polda Sultra Tangkap 27 Pelaku TPPO Sepanjang 2024",
        table="cases",
        country_id="ID",
    ),
    kept(
        "lexicon.RETURNING:memulangkan",
        'Pemerintah berupaya menyelamatkan WNI korban online scam di Myanmar. "Sejak Februari, kami sudah memulangkan'
        ' total 699 WNI dari Myawaddy," ujarnya.',
        699,
        table="cases",
        category="other",
    ),
    kept(
        "lexicon.BREAKS_DOWN:rinciannya",
        "JAKARTA - Kejaksaan di seluruh Indonesia menangani 496 perkara TPPO dalam kurun 2021 hingga 2023. Rinciannya,"
        " 148 perkara pada 2021, 165 perkara pada 2022, dan 183 perkara sepanjang 2023.",
        148,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.case_category_and_country:domestic_part",
        "Jajaran Polda Jawa Tengah mengungkap 28 kasus TPPO sepanjang November 2024. Pengungkapan itu melibatkan 40"
        ' korban.\n\n"Korban yang berhasil kami identifikasi berjumlah 40 orang. Rinciannya 27 korban TPPO dalam negeri dan'
        ' 13 korban yang diberangkatkan ke luar negeri," ujarnya.',
        27,
        table="cases",
        country_id="ID",
    ),
    # ---------------------------------------------------------------- session 21: country of regional tallies
    kept(
        "cases.regional_tally:part_sent_abroad",
        "Kepolisian Daerah Kalimantan Barat menangani 15 kasus TPPO di wilayahnya sepanjang Mei 2024. Sebagian perkara"
        " itu terkait pengiriman pekerja ke luar negeri tanpa prosedur.",
        15,
        title="Polda Kalbar Tangani 15 Kasus TPPO",
        table="cases",
        country_id="ID",
    ),
    kept(
        "lexicon.REGIONAL_UNIT:kejati",
        "Selama 2023, Kejati Sulsel menangani 12 perkara TPPO.",
        12,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.victims_sent_abroad",
        "Polda Kalbar menetapkan 25 tersangka TPPO. Tersangka berjumlah 25 dan korban 300 orang. Dari 300 korban,"
        " 200 orang sudah diberangkatkan ke luar negeri.",
        300,
        title="Polda Kalbar Tangani 15 Kasus TPPO",
        table="cases",
        country_id=None,
    ),
    kept(
        "lexicon.REGIONAL_UNIT:head_of_unit",
        'Polisi mencegah keberangkatan 120 calon pekerja migran.\n\n"Dari 12 laporan polisi yang kami tangani pada'
        ' Maret hingga Mei, kami menetapkan 20 tersangka," kata Kapolres Nunukan kepada wartawan.',
        12,
        table="cases",
        country_id="ID",
    ),
    kept(
        "lexicon.ESCAPED_FROM",
        "Atase polisi di KBRI Bangkok mendampingi sembilan WNI korban penipuan daring yang diamankan di Mae Sai,"
        " Thailand, setelah kabur dari Tachileik, Myanmar.",
        9,
        table="cases",
        country_id="MM",
    ),
    kept(
        "lexicon.NETWORK_NAMED_BEFORE",
        "Polda Metro Jaya membongkar TPPO jaringan Arab Saudi dengan 15 tersangka.",
        15,
        table="cases",
        country_id="ID",
    ),
    kept(
        "cases.refers_to_no_count",
        "Sepanjang 2023 Polri memulangkan 226 WNI korban TPPO dari Filipina.\n\nListyo juga menyebut beberapa perkara"
        " menonjol yang dibongkar di tahun 2023. Di antaranya TPPO jaringan Kamboja dengan 35 korban.",
        35,
        table="cases",
        country_id=None,
    ),
    kept(
        "cases.into_named_total",
        "KBRI Vientiane memulangkan tujuh WNI yang tertipu bekerja di perusahaan penipuan daring di Laos.\n\nKetika"
        " dihubungi KBRI, mereka sudah dikeluarkan perusahaan. Paspor lima orang di antaranya masih ditahan perusahaan.",
        5,
        table="cases",
        category="online_scam",
    ),
    kept(
        "lexicon.FROM_THOSE_CASES:laporan",
        "KBRI mencatat 3.167 WNI telah melapor setelah keluar dari sindikat penipuan daring. Dari seluruh laporan itu,"
        " sekitar 2.100 laporan sudah diasesmen untuk memetakan status keimigrasian masing-masing WNI.",
        2100,
        table="cases",
        category="online_scam",
    ),
    kept(
        "cases.into_named_total:OFFENCE",
        "Sebanyak 30 WNI melarikan diri dari pusat penipuan daring di Myawaddy, Myanmar.\n\nDuta Besar menjelaskan, dari"
        " 30 WNI itu, 26 orang sudah menjalani proses hukum atas pelanggaran keimigrasian di Thailand.",
        26,
        table="cases",
        category="other",
    ),
    kept(
        "lexicon.NATIONALITY_BEFORE:acronym_in_parentheses",
        "Sebanyak 23 warga negara (WN) Vietnam yang diduga menjadi korban TPPO diamankan petugas imigrasi di Kota"
        " Ternate, Maluku Utara.",
        23,
        table="cases",
        country_id="ID",
    ),
    # ---------------------------------------------------------------- session 20: category8 (issue #19)
    kept(
        "cases.case_category_and_country:NONPROCEDURAL_MIGRANTS",
        "Polisi menyelamatkan 82 korban TPPO di Nunukan pekan lalu.\n\nPetugas mendapati 17 orang PMI ilegal di atas"
        " kapal itu.",
        17,
        table="cases",
        category="other",
    ),
    kept(
        "cases.case_category_and_country:rest_of_a_group",
        "Polisi menyelamatkan 82 korban TPPO di Nunukan pekan lalu.\n\nPetugas mendapati 17 orang PMI ilegal di atas"
        " kapal itu. Sebanyak 8 orang lainnya sempat kabur.",
        8,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.category:BOTH_KINDS_AFTER",
        "Polda Metro Jaya menetapkan 296 orang sebagai tersangka perjudian, baik judi online maupun konvensional.",
        296,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes._gambling_kind:BOTH_KINDS_AFTER",
        "Polda NTT mengungkap 13 kasus judi dan menetapkan 22 tersangka. Para pelaku terlibat judi daring dan"
        " konvensional.",
        22,
        table="cases",
        category="mixed",
    ),
    kept(
        "cases.domestic:of_many_cases",
        "Kapolri Jenderal Pol. Listyo Sigit Prabowo melaporkan bahwa Desk Pemberantasan Perjudian Daring telah"
        " menegakkan hukum atas 1.297 perkara yang melibatkan 1.492 tersangka.",
        1_492,
        table="cases",
        country_id=None,
    ),
    kept(
        "context._places:NATIONALITY_LIST_GAP",
        "Imigrasi Batam mendeportasi 10 WNA asal Tiongkok dan Vietnam yang ditangkap Polda Kepri.",
        10,
        table="cases",
        country_id="ID",
    ),
    kept(
        "lexicon.ARREST_WORDS:handed_over_foreigners",
        "Bareskrim Polri menyerahkan 26 warga negara asing (WNA) asal China yang diduga anggota sindikat penipuan"
        " siber kepada Direktorat Jenderal Imigrasi. Informasi buronan itu diterima dari Taiwan.",
        26,
        table="cases",
        country_id="ID",
    ),
    kept(
        "lexicon.BOTH_KINDS_AFTER:luring",
        "Polda Aceh mengungkap 55 kasus perjudian, baik daring maupun luring, dengan 64 tersangka dalam sebulan"
        " terakhir.",
        64,
        table="cases",
        category="mixed",
    ),
    kept(
        "lexicon.DEPARTURE_STOPPED:batal_berangkat",
        "Polisi membongkar sindikat TPPO ke Kamboja pekan lalu. Korban TPPO itu dipulangkan.\n\nImigrasi mencatat,"
        " selama dua tahun sudah 153 WNI yang batal berangkat melalui pelabuhan di kota itu.",
        153,
        table="cases",
        category="other",
    ),
    kept(
        "lexicon.DEPARTURE_STOPPED:menahan_keberangkatan",
        "Polisi membongkar sindikat TPPO ke Kamboja pekan lalu. Korban TPPO itu dipulangkan.\n\nSejak awal Juli 2023,"
        " petugas sudah menahan keberangkatan 50 calon pekerja lainnya.",
        50,
        table="cases",
        category="other",
    ),
    kept(
        "cases.returning:named_rest",
        "Sebanyak 669 WNI korban TPPO dipulangkan dari Myawaddy. Gelombang pertama sebanyak 400 WNI tiba di Bandara"
        " Soekarno-Hatta pada Selasa (18/3/2025). Sehari kemudian, sebanyak 169 WNI lainnya mendarat dengan pesawat"
        " ketiga.",
        169,
        table="cases",
        category="other",
    ),
    kept(
        "lexicon.DEPARTURE_STOPPED:menahan_calon_pmi",
        "Polisi menangkap lima tersangka TPPO.\n\nPada malam yang sama, Polres Sanggau menahan 18 calon PMI lain beserta"
        " terduga pengurusnya.",
        18,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.gambling_in_general:headline",
        "JAKARTA - Polri menangani 4.926 kasus perjudian sepanjang tahun 2024. Capaian itu dipaparkan Kapolri.\n\n"
        "Sigit juga menyebut 1.918 tersangka judi online.",
        4_926,
        title="Polri Tangani 4.926 Kasus Perjudian Sepanjang 2024, 1.611 di Antaranya Judi Online",
        table="cases",
        category="other",
    ),
    kept(
        "lexicon.CONTEXT_WORDS:sexual_exploitation",
        "PPATK menemukan dugaan transaksi prostitusi dan pornografi daring yang melibatkan lebih dari 24.000 anak"
        " berusia 10 hingga 18 tahun.",
        24_000,
        table="cases",
        unit="people",
    ),
    kept(
        "cases.another_figure:other_time",
        "Polisi menindak 3 kasus judi online dengan 9 tersangka pada 2022.\n\nSepanjang Januari hingga Mei 2024, polisi"
        ' kembali mengungkap 4 kasus. "Tiga kasus pertama dengan 5 tersangka," kata dia.',
        5,
        table="cases",
        period_start=date(2024, 1, 1),
    ),
    # ---------------------------------------------------------------- session 21, periods11 (issue #19)
    kept(
        "attributes.of_those_cases:opening_on_the_cases_counted_before",
        'Kapolri memaparkan capaian Polri di Jakarta, Jumat (29/12/2023).\n\nSepanjang 2023, Polri menangani 4.000 kasus perjudian.\n\n"Sebanyak 1.500 perkara di antaranya merupakan'
        ' judi online," kata Kapolri. Kasus judi daring itu melibatkan 1.900 tersangka.',
        1_900,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes.of_those_cases:dari_perkara_tersebut",
        'Sepanjang 2023, Polri menangani 4.000 kasus perjudian. "Sebanyak 1.500 perkara di antaranya merupakan judi'
        ' online," kata Kapolri.\n\nDari perkara judi online tersebut, 340 kasus sudah tuntas.',
        340,
        table="cases",
        **Y2023,
    ),
    kept(
        "attributes.RECENTLY:belum_lama_ini_has_no_period_of_the_tally",
        "Polda Bali mencatat 20 perkara judi daring sepanjang 2023. Belum lama ini, Polda Bali menangkap 10 pelaku"
        " judi online.",
        10,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.RECENTLY:part_of_a_recent_figure",
        "Polda Bali mencatat 20 perkara judi daring sepanjang 2023. Baru-baru ini, polisi menangkap 10 pelaku judi"
        " online. Delapan di antaranya adalah selebgram.",
        8,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.stated_next:ALSO_COUNTED_another_count_of_the_same_report",
        "Polda Aceh mengungkap 55 kasus perjudian dengan 64 tersangka dalam sebulan terakhir. Polisi juga memblokir"
        " 405 situs judi online. Joko menjelaskan, angka tersebut merupakan hasil penindakan sejak awal tahun."
        ' "Data ini berdasarkan pada rentang Januari hingga 17 Juli," kata Joko.',
        55,
        table="cases",
        period_start=date(2024, 1, 1),
        period_end=date(2024, 7, 17),
    ),
    kept(
        "attributes.stock_now:held_now_on_the_day_said",
        'Polisi Kamboja membebaskan puluhan WNI korban penyekapan.\n\n"Saat ini sebanyak 55 WNI telah dibebaskan dan'
        ' masih dalam pemeriksaan polisi," kata Ramadhan, Sabtu (27/7/2024).',
        55,
        table="cases",
        period_start=date(2024, 7, 27),
        period_end=date(2024, 7, 27),
    ),
    kept(
        "attributes.stock_now:running_total_ends_on_the_day_said",
        'Sepanjang 2023, KBRI menangani 400 kasus WNI.\n\n"Saat ini sudah 120 WNI kami pulangkan," kata Judha,'
        " Senin (29/7/2024).",
        120,
        table="cases",
        period_start=None,
        period_end=date(2024, 7, 29),
    ),
    kept(
        "attributes.STILL_NOW:still_waiting_has_no_period_of_the_tally",
        "Otoritas Filipina menggerebek kantor judi daring di Cebu, Sabtu (27/7/2024), dan mengamankan 69 WNI.\n\n"
        "Kepala Divhubinter Polri menambahkan, 32 WNI kini masih menunggu jadwal deportasi.",
        32,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    kept(
        "attributes.STILL_NOW:masih_ada_before_the_figure",
        "Sepanjang 2023, KBRI Yangon memulangkan 107 WNI dari Myawaddy. Judha mengonfirmasi masih ada 63 WNI yang"
        " tertahan di Myawaddy karena terjerat online scam.",
        63,
        table="cases",
        period_start=None,
        period_end=None,
    ),
    # session 21 (issue #19, category9): job-offer fraud is an online scam only when said online; a cyber-crime tally
    # listing a tracked crime among others, or a crime joined to "kejahatan siber", spans several categories
    kept(
        "attributes.job_fraud_offline:not_said_online",
        "Disnaker Jawa Barat menerima 63 aduan penipuan lowongan kerja dari calon pekerja pabrik.",
        63,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.job_fraud_offline:sentence_of_another_figure",
        "Dinas mencatat 31 aduan gaji tak dibayar, sedangkan penipuan tawaran kerja tercatat 12 kasus.",
        31,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.job_fraud_offline:said_online",
        "Polda Jambi mengungkap 17 kasus penipuan lowongan kerja lewat media sosial.",
        17,
        table="cases",
        category="online_scam",
    ),
    kept(
        "attributes.cyber_tally_listed:next_sentence_lists",
        "Polda Sumut menangani 512 perkara kejahatan siber sepanjang 2023. Perkara itu meliputi penipuan, peretasan,"
        " pornografi, dan penyebaran hoaks.",
        512,
        table="cases",
        category="mixed",
    ),
    kept(
        "attributes.category:offline_gambling_before_figure",
        "Polisi menindak judi online dan judi konvensional. Kapolda memerinci, judi konvensional menyumbang 88 perkara,"
        " naik dari tahun lalu.",
        88,
        table="cases",
        category="other",
    ),
    kept(
        "attributes.category:crime_and_cyber_crime",
        "Bareskrim menyelidiki 37 kasus penipuan dan kejahatan siber lintas negara.",
        37,
        table="cases",
        category="mixed",
    ),
]


@pytest.mark.parametrize(("body", "title", "value", "fields"), RULES)
def test_fact_rule(
    body: str,
    title: str | None,
    value: float,
    fields: dict[str, object] | None,
    extract: Callable,
    facts_of: Callable,
) -> None:
    found = [f for f in facts_of(extract(body, title)) if f["value"] == value]
    if fields is None:
        assert found == [], f"no fact of {value} expected, got {found}"
        return
    assert len(found) == 1, f"one fact of {value} expected, got {found}"
    got = {k: found[0][k] for k in fields}
    assert got == fields


# An article with no published date: its windows keep their length (the same parser as a dated article's), the
# dates stay null. Each row: body, value, window_length; the dated article gives that length too.
UNDATED_WINDOWS = [
    pytest.param(
        "Dalam lima tahun terakhir, Kemenkominfo telah memutus akses terhadap 886.719 konten judi online.",
        886_719,
        "P5Y",
        id="attributes.window_length_of:window_in_its_sentence",
    ),
    pytest.param(
        "Selama 6 bulan terakhir, Bareskrim Polri menangkap 500 tersangka judi online.",
        500,
        "P6M",
        id="attributes.window_length_of:digits",
    ),
    pytest.param(
        "Polri menggencarkan patroli siber dalam sepekan terakhir. Polri menangkap 37 tersangka judi online.",
        37,
        "P7D",
        id="attributes.window_length_of:window_earlier_in_the_paragraph",
    ),
    pytest.param(
        "Tahun lalu Polri menangkap 500 tersangka judi online.",
        500,
        None,
        id="attributes.window_length_of:tahun_lalu_is_no_length",
    ),
    pytest.param(
        "Dalam lima tahun terakhir, Polri menindak judi online.\n\nPada 2023 Kominfo memblokir 1.200 situs judi.",
        1_200,
        None,
        id="attributes.window_length_of:own_period_wins",
    ),
]


DATED = date(2024, 8, 2)  # conftest.extract's published date


@pytest.mark.parametrize(("body", "value", "length"), UNDATED_WINDOWS)
def test_window_length_of_an_undated_article(
    body: str, value: float, length: str | None, extract: Callable, facts_of: Callable
) -> None:
    """attributes.window_length_of: the window the figure would resolve to with its article dated, so an undated
    and a dated article give the same length; the undated one has no window dates, and its other period columns
    and figure_kind are what they were before the length was kept (the dated one's figure_kind too)."""
    (undated,) = [f for f in facts_of(extract(body, None, published=None)) if f["value"] == value]
    (dated,) = [f for f in facts_of(extract(body)) if f["value"] == value]
    assert (undated["window_length"], dated["window_length"]) == (length, length)
    assert (undated["window_start"], undated["window_end"]) == (None, None)
    if length is not None:  # dated, the same window is placed: it ends on the published date
        assert dated["window_end"] == DATED and dated["period_start"] is None
    assert undated["figure_kind"] == dated["figure_kind"]


# Rows where one value must give several facts (kept/dropped pick exactly one): value -> how many facts.
REPEATS = [
    pytest.param(
        "Polisi Laos menahan 771 orang. Otoritas juga menahan 11 warga Ethiopia, enam warga Mozambik, dan enam warga"
        " Uganda.",
        6,
        2,
        id="cases.another_figure:same_sentence",
    ),
    pytest.param(
        "Polda Metro Jaya menetapkan 28 tersangka judi online dan menetapkan 4 orang sebagai DPO.\n\n"
        "- Empat orang berperan sebagai bandar.\n\n- Tujuh orang berperan sebagai agen.",
        4,
        2,
        id="cases.another_figure:bullet",
    ),
    pytest.param(
        "Polri menangkap 12 tersangka judi online di Jakarta. Ke-12 tersangka itu ditahan, kata Kapolri. Polisi juga"
        " menyita barang bukti dari 12 tersangka judi online itu.",
        12,
        1,
        id="cases.another_figure:repetition_is_one",
    ),
    pytest.param(
        "Untuk perkara judi online, polisi mengungkap 11 kasus sepanjang 2024.\n\nUntuk perkara perdagangan orang,"
        " polisi menangani 11 kasus TPPO pada 2024.",
        11,
        2,
        id="cases.other_crime",
    ),
    pytest.param(
        "Pemerintah memulangkan 26 WNI korban online scam dari Myanmar.\n\nDari 26 orang yang dipulangkan, satu di"
        " antaranya diduga berperan sebagai perekrut dalam perdagangan orang.",
        26,
        1,
        id="cases.other_crime:named_again_after_dari",
    ),
]


# ---------------------------------------------------------------- relations between the figures of one article
# (transforms/facts/relations.py) Each row: the figure, the value of the total it is a part of (None: top-level)
# and its figure_kind.


def related(rule: str, body: str, value: float, part_of: float | None, kind: str) -> object:
    return pytest.param(body, value, part_of, kind, id=rule)


RELATIONS = [
    related(
        "relations._runs_next_to:parts_in_the_next_sentence",
        "Polri menangani 50 kasus judi online sepanjang 2023. Sebanyak 20 kasus ditangani Polda Metro Jaya dan 30 "
        "kasus ditangani Polda Jawa Timur.",
        20,
        50,
        "period",
    ),
    related(
        "relations._measure:breakdown_in_the_same_unit",
        "Polri menangkap 30 tersangka judi online, terdiri dari 10 tersangka di Jakarta dan 20 tersangka di Bandung.",
        10,
        30,
        "period",
    ),
    related(
        "relations._adds_up:parts_sum_to_the_total",
        "Polri menangani 50 kasus judi online pada 2023, yakni 20 kasus di Medan dan 30 kasus di Batam.",
        20,
        50,
        "period",
    ),
    related(
        "relations._same_period:parts_of_another_year",
        "Polri menangani 50 kasus judi online pada 2023. Pada 2024, tercatat 20 kasus di Medan dan 30 kasus di Batam.",
        20,
        None,
        "period",
    ),
    related(
        "attributes.breaks_down:cue_before_the_figure",
        "Bareskrim menangani 88 kasus judi online pada Maret 2024. Sebaran kasus mencakup 30 kasus di Jawa Timur.",
        30,
        88,
        "period",
    ),
    related(
        "relations.link_sums:seed_breakdown_after_total",
        "Kasus WNI di Kamboja meningkat dari 15 kasus di tahun 2020 menjadi 1.386 kasus di tahun 2023. Adapun pada"
        " tahun 2023, 544 kasus merupakan kasus judi online dan 842 kasus merupakan kasus scam online.",
        544,
        1386,
        "period",
    ),
    related(
        "relations.link_sums:total_is_top_level",
        "Kasus WNI di Kamboja meningkat dari 15 kasus di tahun 2020 menjadi 1.386 kasus di tahun 2023. Adapun pada"
        " tahun 2023, 544 kasus merupakan kasus judi online dan 842 kasus merupakan kasus scam online.",
        1386,
        None,
        "period",
    ),
    related(
        "relations.link_sums:parts_before_total",
        "Pada 2024 Polri menangani 120 kasus judi online dan 80 kasus penipuan online, sehingga seluruhnya 200"
        " kasus.",
        80,
        200,
        "period",
    ),
    related(
        "relations.link_sums:no_sum_no_part",
        "Pada 2024 Polri menangani 120 kasus judi online dan 80 kasus penipuan online, lalu 150 kasus lain.",
        80,
        None,
        "period",
    ),
    related(
        "relations.refers_into:di_antaranya",
        "Polisi Kamboja menangkap 500 orang dalam penggerebekan markas judi online, 200 di antaranya WNI.",
        200,
        500,
        "period",
    ),
    related(
        "relations.refers_into:dari_jumlah_itu",
        "Sepanjang 2023 Kemlu menangani 1.200 kasus WNI korban online scam. Dari jumlah itu, 312 kasus terjadi di"
        " Kamboja.",
        312,
        1200,
        "period",
    ),
    related(
        "relations.relate_split:next_item_splits_the_count",
        "Polisi menangkap 30 tersangka judi online di Jakarta, terdiri dari delapan perempuan dan 22 laki-laki.",
        22,
        30,
        "period",
    ),
    related(
        "relations.relate_split:split_item_is_no_total",
        "Polisi menangkap tiga tersangka judi online di Jakarta. Sepanjang tahun ini, pelaku yang diamankan terdiri"
        " dari 40 laki-laki dan 12 perempuan.",
        12,
        None,
        "period",
    ),
    related(
        "relations._fits:split_larger_than_the_count",
        "Polisi menangkap tiga tersangka judi online di Jakarta. Sepanjang tahun ini, pelaku yang diamankan terdiri"
        " dari 40 laki-laki dan 12 perempuan.",
        40,
        None,
        "period",
    ),
    related(
        "relations.relate:blocked_list_item",
        "Sejak 2018 Kominfo telah memblokir 10.000 konten judi online. Rinciannya, di Meta 7.000 dan Google 3.000.",
        7000,
        10000,
        "running_total",
    ),
    related(
        "relations.relate:NEW_LEVEL_BEFORE",
        "Pada 2022 Kominfo telah memblokir 118.320 konten judi online. Setahun kemudian jumlahnya turun menjadi"
        " 78.306.",
        78_306,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:SINCE_open",
        "Pemerintah melalui Kementerian Luar Negeri sejak 2020 telah menangani sedikitnya 2.300 kasus online scam.",
        2300,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:SINCE_range",
        "Sejak periode 2020 hingga 2023, Kemlu telah menangani 2.842 kasus online scamming.",
        2842,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:RUNNING_TOTAL",
        "Usman mengungkapkan bahwa saat ini pihaknya telah memblokir 2,1 juta situs judi online dan akan terus"
        " bertambah.",
        2_100_000,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:RUNNING_TOTAL_sejak_without_year",
        "Sejak dibentuk, Satgas TPPO telah menangkap total 900 tersangka perdagangan orang.",
        900,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:total_since_is_running",
        "Kominfo telah memblokir total 2,1 juta situs judi online sejak 2018.",
        2_100_000,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:total_of_one_raid_is_period",
        "Polisi menggerebek markas judi online di Batam. Total 27 tersangka diamankan dalam penggerebekan itu.",
        27,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:total_hingga_kini_is_running",
        "Hingga kini total 1.200 WNI korban online scam telah dipulangkan dari Kamboja.",
        1200,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:PERFECT_BEFORE_blocked",
        "Kominfo telah memblokir 5.000 akun judi online.",
        5000,
        None,
        "running_total",
    ),
    related(
        "relations.figure_kind:perfect_case_is_no_total",
        "Polri telah menangkap 12 tersangka judi online di Jakarta.",
        12,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:RECENT_WINDOW",
        "Dalam lima tahun terakhir, Kemenkominfo setidaknya telah melakukan pemutusan akses terhadap 886.719"
        " konten judi online.",
        886_719,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:closed_period",
        "Pada tahun 2023 Kominfo telah memblokir 5.000 akun judi online.",
        5000,
        None,
        "period",
    ),
    related(
        "relations.figure_kind:CHANGE_BEFORE",
        "Pada 2024 aduan penipuan online ke Kominfo bertambah 1.200 kasus dibanding tahun sebelumnya.",
        1200,
        None,
        "change",
    ),
    related(
        "relations._is_part:figure.says:dari_jumlah_tersebut_another_object",
        "Kominfo memblokir 5.000 konten judi online sepanjang 2024. Dari jumlah tersebut, 3.200 konten berupa situs.",
        3200,
        5000,
        "period",
    ),
    related(
        "relations._is_part:figure.Figure.num_at:NEW_LEVEL_BEFORE_is_no_part",
        "Kominfo memblokir 5.000 konten judi online sepanjang 2024. Jumlah itu turun menjadi 4.100 konten pada 2025.",
        4100,
        None,
        "period",
    ),
    related(
        "figure.Figure.antecedent:antecedent_noun:di_antaranya_counts_within_the_figure_before",
        "Polri menangkap 500 tersangka judi online sepanjang 2024, 312 di antaranya perempuan.",
        312,
        500,
        "period",
    ),
    related(
        "relations.figure_kind:level_after_meningkat_menjadi",
        "Aduan penipuan online ke Kominfo meningkat menjadi 1.200 kasus pada 2024.",
        1200,
        None,
        "period",
    ),
]


def test_blocked_same_value_other_month(extract: Callable, facts_of: Callable) -> None:
    """blocked.month_right_after: "26 situs pada Juni. Jumlah yang sama, 26 situs, diajukan pada Juli": one value,
    two months, two facts (session 21)."""
    body = (
        "Polda Sumut mengajukan pemblokiran 231 situs judi online kepada Kominfo. Polisi mengajukan 28 situs pada Mei"
        " 2024 dan 26 situs pada Juni 2024. Jumlah yang sama, 26 situs, diajukan pada Juli 2024."
    )
    found = sorted(
        f["period_start"] for f in facts_of(extract(body)) if f["value"] == 26 and f["table"] == "blocked"
    )
    assert found == [date(2024, 6, 1), date(2024, 7, 1)]


@pytest.mark.parametrize(("body", "value", "count"), REPEATS)
def test_repeated_value(body: str, value: float, count: int, extract: Callable, facts_of: Callable) -> None:
    found = [f for f in facts_of(extract(body, None)) if f["value"] == value and f["table"] == "cases"]
    assert len(found) == count, found


@pytest.mark.parametrize(("body", "value", "part_of", "kind"), RELATIONS)
def test_relation_rule(
    body: str, value: float, part_of: float | None, kind: str, extract: Callable, facts_of: Callable
) -> None:
    facts = [f for f in facts_of(extract(body)) if f["table"] != "money"]
    found = [f for f in facts if f["value"] == value]
    assert len(found) == 1, f"one fact of {value} expected, got {found}"
    total = [f["value"] for f in facts if f["fact_id"] == found[0]["part_of_fact_id"]]
    assert (total[0] if total else None, found[0]["figure_kind"]) == (part_of, kind)

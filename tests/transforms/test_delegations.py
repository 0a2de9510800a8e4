"""One row per delegation rule (transforms/delegations.py): a short article and the delegation it reports (or
none), with the participants a rule gives a role. Each row's id names the rule it exists for."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

MISSION = (
    "Delegasi RI yang dipimpin oleh Deputi Kemenko Polhukam Nur Rokhmah Hidayah melakukan kunjungan kerja ke Kamboja "
    "pada 11-15 Juni 2024 untuk membahas penanganan kasus online scam. Delegasi didampingi Adhi Satya Perkasa dari "
    "Kemlu. Delegasi bertemu dengan Menteri Dalam Negeri Kamboja Sar Kheng."
)
TEAM = (
    "Kemlu mengirim tim ke Kamboja. Tim gabungan ke Kamboja terdiri dari perwakilan dari Bareskrim Polri, "
    "Ditjen Imigrasi Kemkumham, dan BP2MI."
)


Participant = tuple[str | None, str | None, str]  # person_id, agency_id, role


def visit(
    rule: str,
    body: str,
    participants: set[Participant] = frozenset(),
    absent: set[Participant] = frozenset(),
    **fields: object,
) -> object:
    return pytest.param(body, fields, set(participants), set(absent), id=rule)


def no_visit(rule: str, body: str) -> object:
    return pytest.param(body, None, set(), set(), id=rule)


RULES = [
    no_visit(
        "extract_delegations:no_lead_no_delegation",
        "Tiga warga Manado diamankan petugas imigrasi di Bandara Sultan Hasanuddin. Dalam wawancara, ketiganya mengaku"
        " berangkat dari Manado dengan tujuan Thailand, lalu berencana melanjutkan perjalanan darat ke Kamboja.",
    ),
    no_visit(
        "_met_here:FORUM_HERE:the_forum_told_in_the_next_sentence",
        "Presiden Joko Widodo mengadakan pertemuan bilateral dengan Perdana Menteri Vietnam Pham Minh Chinh di Hotel"
        " Mulia, Jakarta, Selasa (5/9/2023). Pertemuan itu berlangsung di sela rangkaian KTT ke-43 ASEAN.",
    ),
    visit(
        "_met_here:a_bilateral_meeting_in_indonesia_with_a_foreign_minister",
        "Indonesia dan Vietnam sepakat memperkuat kerja sama. Kesepakatan itu ditandai pertemuan Menteri Luar Negeri"
        " RI Retno Marsudi dengan Menteri Luar Negeri Vietnam Bui Thanh Son di Jakarta, Selasa (4/6/2024).",
        {("bui-thanh-son", "MOFA_VN", "lead"), ("retno-marsudi", "KEMLU", "counterpart")},
        destination_country_id="ID",
        start_date=date(2024, 6, 4),
    ),
    no_visit(
        "_met_here:FORUM_HERE:a_meeting_on_the_side_of_a_forum_held_here_is_no_visit",
        "Menteri Luar Negeri RI Retno Marsudi bertemu Menteri Luar Negeri Vietnam Bui Thanh Son di sela KTT ASEAN"
        " di Jakarta, Selasa (5/9/2023).",
    ),
    visit(
        "MEMBER:anggotanya_berasal_dari_after_the_sentence_telling_the_lead",
        "Delegasi Indonesia melakukan kunjungan kerja ke Vietnam pada 3-5 Juni 2024. Kunjungan itu membahas"
        " perdagangan orang. Kedua negara sepakat bertukar data. Rombongan dipimpin Deputi Kemenko Polhukam Nur"
        " Rokhmah Hidayah. Anggotanya berasal dari Kementerian Luar Negeri serta Direktorat Jenderal Imigrasi.",
        {(None, "KEMLU", "member"), (None, "IMIGRASI", "member")},
        destination_country_id="VN",
    ),
    visit(
        "LEAD:a_deputys_long_office_and_ministry_between_dipimpin_and_the_name",
        "Delegasi Indonesia berkunjung ke Vietnam pada 3-5 Juni 2024. Rombongan dipimpin Deputi Bidang Koordinasi"
        " Kerja Sama Internasional Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan (Kemenko Polhukam),"
        " Laksamana Muda Rudi Hartono.",
        {("rudi-hartono", "KEMENKO_POLHUKAM", "lead")},
        destination_country_id="VN",
        lead_person_id="rudi-hartono",
    ),
    visit(
        "_days_in:DATELINE_PLACE:the_datelines_day_gives_way_to_a_range_the_sentence_tells",
        "Hanoi, Jumat (7/6/2024) - Delegasi Kemenko Polhukam telah menuntaskan kunjungan kerja ke Vietnam pada 3-5"
        " Juni 2024 untuk membahas penanganan perdagangan orang.",
        destination_country_id="VN",
        start_date=date(2024, 6, 3),
        end_date=date(2024, 6, 5),
    ),
    visit(
        "_domestic_lead:SENT_BY:the_president_who_sends_an_envoy_does_not_travel",
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD bertemu Presiden Filipina Ferdinand Marcos"
        " Jr. di Manila, Kamis (30/6/2022). Mahfud hadir sebagai utusan khusus Presiden Joko Widodo. Ia juga"
        " menyampaikan undangan Presiden Joko Widodo agar Marcos berkunjung ke Indonesia.",
        {("mahfud-md", "KEMENKO_POLHUKAM", "lead")},
        {("joko-widodo", "PRESIDEN_RI", "lead")},
        destination_country_id="PH",
        lead_person_id="mahfud-md",
    ),
    visit(
        "_received_visitor:the_active_voice_menyambut_kedatangan_a_foreign_official",
        "Presiden Joko Widodo menyambut kedatangan Perdana Menteri Vietnam Pham Minh Chinh di Istana Kepresidenan"
        " Bogor, Jawa Barat, Kamis (6/7/2023). Presiden didampingi Menteri Luar Negeri Retno Marsudi.",
        {("pham-minh-chinh", "GOV_VN", "lead"), ("joko-widodo", "PRESIDEN_RI", "counterpart")},
        destination_country_id="ID",
        start_date=date(2023, 7, 6),
    ),
    visit(
        "persons.PATRONYMIC_PARTICLES:a_portuguese_particle_inside_a_visitors_name",
        "Menteri Luar Negeri dan Kerja Sama Timor-Leste Adaljiza Albertina da Silva Magno melakukan kunjungan kerja"
        " ke Jakarta dan diterima Menteri Luar Negeri RI Retno Marsudi, Selasa (4/6/2024).",
        {("adaljiza-albertina-da-silva-magno", "MOFA_TL", "lead"), ("retno-marsudi", "KEMLU", "counterpart")},
        destination_country_id="ID",
        lead_agency_id="MOFA_TL",
    ),
    visit(
        "_received_visitor:a_foreign_official_received_by_an_indonesian_one_visits_indonesia",
        "Gubernur Prefektur Miyagi, Yoshihiro Murai, datang ke kantor Kemnaker, Jakarta, Kamis (9/11/2023), dan"
        " diterima oleh Menteri Ketenagakerjaan Ida Fauziyah.",
        {("yoshihiro-murai", "PREF_MIYAGI_JP", "lead"), ("ida-fauziyah", "KEMNAKER", "counterpart")},
        destination_country_id="ID",
        lead_agency_id="PREF_MIYAGI_JP",
        start_date=date(2023, 11, 9),
    ),
    visit(
        "INBOUND:kunjungan_pertamanya_ke_indonesia",
        "Menteri Luar Negeri Vietnam Bui Thanh Son melakukan kunjungan pertamanya ke Indonesia pada Senin (3/6/2024)"
        " dan bertemu Menteri Luar Negeri Sugiono di Jakarta.",
        {("bui-thanh-son", "MOFA_VN", "lead")},
        destination_country_id="ID",
    ),
    visit(
        "_quotes_the_side:the_speaker_of_a_quote_naming_the_host_side_is_none_of_it",
        "Komisi IX DPR melakukan kunjungan kerja ke Jepang pada Senin (29/7/2024). Dalam rombongan itu turut Dirjen"
        ' Binapenta Kemnaker Suhartono. "Kami berharap pihak Jepang segera membuka sektor baru," kata Suhartono.',
        {("suhartono", "KEMNAKER", "member")},
        {("suhartono", "KEMNAKER", "counterpart")},
        destination_country_id="JP",
    ),
    visit(
        "ENVOY_ACTS:the_envoy_who_holds_his_own_talks_is_not_met",
        "Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke Kamboja pada Rabu (3/7/2024). Sebelum kedatangan"
        " Menlu, Duta Besar RI untuk Kamboja Santo Darmosumarto telah lebih dulu membahas isu itu dengan Menteri"
        " Dalam Negeri Kamboja Sar Sokha.",
        absent={("santo-darmosumarto", "KBRI", "counterpart")},
        destination_country_id="KH",
    ),
    visit(
        "MEMBER:dalam_rombongan_itu_turut",
        "Komisi IX DPR melakukan kunjungan kerja ke Korea Selatan pada Senin (1/7/2024). Dalam rombongan itu turut"
        " Sekretaris Jenderal Kemnaker Anwar Sanusi.",
        {("anwar-sanusi", "KEMNAKER", "member")},
        destination_country_id="KR",
    ),
    visit(
        "_envoy_there:the_envoy_posted_in_the_country_visited_is_met",
        "Wakil Menteri P2MI Christina Aryani melakukan kunjungan kerja ke Jerman pada 3-5 Juni 2024. Ia mengawali"
        " kunjungan dengan rapat di KBRI Berlin pada Senin (3/6/2024) bersama Duta Besar RI untuk Jerman Arif Havas"
        " Oegroseno dan jajarannya.",
        {("arif-havas-oegroseno", "KBRI", "counterpart")},
        destination_country_id="DE",
    ),
    visit(
        "_between:the_day_between_two_visit_sentences",
        "Tim Bareskrim Polri berangkat ke Kamboja untuk menjemput WNI korban penipuan daring. Tim terdiri dari penyidik"
        " dan petugas imigrasi. Penjemputan dilakukan pada Rabu (5/6/2024) pagi. Tim Bareskrim juga berkunjung ke Phnom"
        " Penh untuk berkoordinasi dengan KBRI.",
        destination_country_id="KH",
        start_date=date(2024, 6, 5),
    ),
    visit(
        "_names_a_mission:the_city_of_a_KBRI_is_no_destination",
        "Tim Bareskrim Polri berangkat ke Yangon, Myanmar, serta KBRI Bangkok untuk menjemput 20 WNI.",
        destination_country_id="MM",
        lead_agency_id="POLRI",
    ),
    visit(
        "_duration:selama_tiga_hari_sets_the_end",
        "Menteri Luar Negeri Sugiono melakukan kunjungan kerja selama tiga hari ke Malaysia mulai Senin (3/6/2024).",
        {("sugiono", "KEMLU", "lead")},
        destination_country_id="MY",
        start_date=date(2024, 6, 3),
        end_date=date(2024, 6, 5),
    ),
    visit(
        "_arrival_days:a_landing_the_day_after_the_departure_ends_nothing",
        "Wakil Presiden Ma'ruf Amin meneruskan lawatan ke Malaysia. Wapres bertolak dari Bandara Internasional"
        " Schwechat, Wina, Austria, pada Senin (27/11/2023). Setelah penerbangan sekitar 13 jam, rombongan mendarat di"
        " Bandara Internasional Kuching, Sarawak, Selasa (28/11/2023). Ma'ruf dijadwalkan bertemu Perdana Menteri"
        " Malaysia Anwar Ibrahim.",
        destination_country_id="MY",
        start_date=date(2023, 11, 27),
        end_date=None,
    ),
    visit(
        "_receivers_of_the_lead:_short_for:who_welcomes_the_arrival_of_the_lead_by_office_is_met",
        "Wakil Presiden Ma'ruf Amin tiba di Kuching, Malaysia, Selasa (28/11/2023). Duta Besar RI untuk Malaysia"
        " Hermono menyambut kedatangan Wapres di bandara.",
        {("ma-ruf-amin", "PRESIDEN_RI", "lead"), ("hermono", "KBRI", "counterpart")},
        destination_country_id="MY",
    ),
    visit(
        "INTRODUCES:di_antaranya_lists_who_the_host_introduces",
        "Presiden Joko Widodo bertemu Perdana Menteri Papua Nugini James Marape di Port Moresby, Papua Nugini, Rabu"
        " (5/7/2023). Sebelum pertemuan, Marape memperkenalkan sejumlah anggota kabinetnya kepada Jokowi, di"
        " antaranya Menteri Perikanan Jelta Wong dan Menteri Kesehatan Lino Tom.",
        {("jelta-wong", "GOV_PG", "counterpart"), ("lino-tom", "KEMENKES", "counterpart")},
        {("lino-tom", "KEMENKES", "member")},
        destination_country_id="PG",
    ),
    visit(
        "_members_of_lead:_office_of_lead_before:the_lead_named_by_his_office_meets",
        "Presiden Prabowo Subianto melakukan kunjungan resmi ke Thailand, Senin (19/5/2025). Kedua negara sepakat"
        " memperkuat kerja sama ekonomi. Nilai perdagangan terus meningkat. Kerja sama energi juga dibahas. Pagi hari,"
        " Presiden beraudiensi dengan Raja Thailand Maha Vajiralongkorn di Istana Amphorn, Bangkok.",
        {("maha-vajiralongkorn", None, "counterpart")},
        destination_country_id="TH",
    ),
    visit(
        "_members_of_lead:who_is_met_after_a_later_meeting_word_is_met",
        "Presiden Prabowo Subianto melakukan kunjungan kenegaraan ke China, Sabtu (9/11/2024). Kedua negara sepakat"
        " memperkuat kerja sama ekonomi. Nilai perdagangan terus meningkat. Kerja sama energi juga dibahas. Prabowo"
        " bertemu Ketua Kongres Rakyat Nasional Zhao Leji pada pagi hari, kemudian menggelar pertemuan bilateral"
        " dengan Perdana Menteri China Li Qiang.",
        {("zhao-leji", "NPC_CN", "counterpart"), ("li-qiang", "GOV_CN", "counterpart")},
        destination_country_id="CN",
    ),
    visit(
        "_envoy_subject:the_resident_envoys_own_meeting_is_none_of_the_visit",
        "Kementerian P2MI lalu mengirim tim ke Kamboja. Pelaksana tugas Direktur Siber KP2MI Kombes Pol Guntur"
        " Saputro masih berada di sana untuk melihat kondisi di lapangan. Duta Besar RI untuk Kamboja Santo"
        " Darmosumarto menyebut KBRI menangani 841 kasus WNI. Santo juga telah bertemu Menteri Senior Kamboja Chhay"
        " Sinarith untuk membahas penanganan WNI.",
        set(),
        {("chhay-sinarith", "GOV_KH", "counterpart")},
        destination_country_id="KH",
    ),
    visit(
        "_staying_there:an_official_still_there_after_a_team_is_sent_is_a_member",
        "Kementerian P2MI lalu mengirim tim ke Kamboja. Pelaksana tugas Direktur Siber KP2MI Kombes Pol Guntur"
        " Saputro masih berada di sana untuk melihat kondisi di lapangan.",
        {("guntur-saputro", "KP2MI", "member")},
        destination_country_id="KH",
    ),
    visit(
        "text.ABBREVIATIONS:an_acting_office_Plh_ends_no_sentence_of_a_member_list",
        "Presiden Joko Widodo tiba di Port Moresby, Papua Nugini, Rabu (5/7/2023). Dalam pertemuan bilateral itu,"
        " Presiden didampingi Menteri Luar Negeri Retno Marsudi dan Plh. Dirjen Asia Pasifik dan Afrika Kementerian"
        " Luar Negeri Adi Dzulfuat.",
        {("adi-dzulfuat", "KEMLU", "member")},
        destination_country_id="PG",
    ),
    visit(
        "_scheduled_after:a_programme_still_to_come_after_the_last_day_leaves_the_end_unsaid",
        "Presiden Joko Widodo bertolak menuju Kuala Lumpur, Malaysia, pada Rabu (7/6/2023) siang. Keesokan harinya,"
        " Kamis (8/6/2023) sekitar pukul 10.00, Jokowi dan rombongan tiba di Kompleks Seri Perdana, Putrajaya."
        " Perdana Menteri Malaysia Anwar Ibrahim menyambut mereka di lobi. Sesudah pertemuan, Presiden dijadwalkan"
        " menghadap Raja Malaysia Al-Sultan Abdullah.",
        destination_country_id="MY",
        start_date=date(2023, 6, 7),
        end_date=None,
    ),
    visit(
        "_scheduled_after:SCHEDULED:a_scheduled_audience_a_few_sentences_on_leaves_the_end_unsaid",
        "Presiden Joko Widodo bertolak menuju Kuala Lumpur, Malaysia, pada Rabu (7/6/2023) siang. Keesokan harinya,"
        " Kamis (8/6/2023) sekitar pukul 10.00, Jokowi dan rombongan tiba di Kompleks Seri Perdana, Putrajaya."
        " Perdana Menteri Malaysia Anwar Ibrahim menyambut mereka di lobi. Kedua pemimpin lalu saling memperkenalkan"
        " anggota delegasi. Jokowi dan Anwar kemudian berbicara empat mata. Sesudah pertemuan, Presiden dijadwalkan"
        " menghadap Raja Malaysia Al-Sultan Abdullah.",
        destination_country_id="MY",
        start_date=date(2023, 6, 7),
        end_date=None,
    ),
    no_visit(
        "plan_before:a_planned_trip_is_no_visit",
        "Kemlu membahas rencana kunjungan kerja ke Vietnam bulan depan.",
    ),
    visit(
        "_days_at_destination:_days_in:the_day_of_a_sentence_naming_a_place_there",
        "Tim Bareskrim Polri bertolak ke Kamboja untuk menjemput 20 WNI korban penipuan daring. Di Phnom Penh, Selasa"
        " (4/6/2024), tim bertemu Kepolisian Nasional Kamboja.",
        destination_country_id="KH",
        start_date=date(2024, 6, 4),
    ),
    visit(
        "_actors:_mentions_in:extract_delegations:the_titled_official_leads",
        "Kapolri Jenderal Listyo Sigit Prabowo berkunjung ke Thailand untuk membahas kejahatan siber.",
        {("listyo-sigit-prabowo", "POLRI", "lead")},
        lead_person_id="listyo-sigit-prabowo",
        lead_agency_id="POLRI",
        destination_country_id="TH",
    ),
    visit(
        "_near:escort_named_in_the_next_sentence",
        "Menko Polhukam Budi Gunawan melakukan kunjungan kerja ke Kamboja pada 11 Juni 2024. Ia didampingi "
        "Kabareskrim Polri Komjen Wahyu Widada.",
        {("budi-gunawan", "KEMENKO_POLHUKAM", "lead"), ("wahyu-widada", "POLRI", "member")},
        destination_country_id="KH",
    ),
    visit("TRIGGER:destination_ke", MISSION, destination_country_id="KH", origin_country_id="ID"),
    visit("visit_dates", MISSION, start_date=date(2024, 6, 11), end_date=date(2024, 6, 15)),
    visit(
        "_visit_day:OTHER_EVENT_arrest_day_is_no_visit_day",
        "Operasi itu melibatkan petugas kepolisian China yang diberangkatkan ke Indonesia. Sebanyak 88 tersangka "
        "ditangkap pada 29 Juli 2024, sementara sisanya diringkus kemudian.",
        destination_country_id="ID",
        start_date=None,
    ),
    visit(
        "_visit_day:REPORTED_ON_statement_day_is_no_visit_day",
        "Kementerian Keamanan Publik China dalam pernyataannya pada Kamis (25/7/2024) menyebut kasus itu besar. "
        "Operasi itu melibatkan petugas kepolisian China yang diberangkatkan ke Indonesia.",
        destination_country_id="ID",
        start_date=None,
    ),
    visit(
        "_done:departure_reported",
        "Tim Polri berangkat ke Kamboja pada Senin (29/7/2024).",
        destination_country_id="KH",
        start_date=date(2024, 7, 29),
    ),
    no_visit(
        "_done:PLAN_BEFORE_departure_still_planned", "Tim Polri direncanakan berangkat ke Kamboja besok."
    ),
    visit(
        "_sender_agency:first_body_named_leads",
        "Kemlu mengirim tim ke Kamboja.",
        destination_country_id="KH",
        lead_agency_id="KEMLU",
    ),
    visit(
        "_sender_agency:host_body_is_no_sender",
        "Kepolisian Nasional Kamboja menyambut tim Bareskrim Polri yang berkunjung ke Kamboja.",
        destination_country_id="KH",
        lead_agency_id="POLRI",
    ),
    visit(
        "visit_dates:TIME_STAMP_local_event_time_is_no_header",
        "Tim Bareskrim Polri berangkat ke Bangkok, Thailand. Pertemuan berlangsung Selasa (30/7/2024) pukul 13.00 "
        "waktu Bangkok di Markas Royal Thai Police.",
        destination_country_id="TH",
        start_date=date(2024, 7, 30),
    ),
    visit(
        "visit_dates:range_in_next_sentence",
        "Delegasi Bareskrim Polri melakukan kunjungan kerja ke Laos. "
        "Rangkaian pertemuan berlangsung pada 3-8 Juni 2024 di tiga kota.",
        start_date=date(2024, 6, 3),
        end_date=date(2024, 6, 8),
    ),
    visit(
        "visit_dates:SIDELINE_a_forum_range_does_not_stretch_a_meeting_day",
        "Kepala PNP bertemu Sekretaris NCB Interpol Indonesia Brigjen Amur Chandra di Abu Dhabi, Uni Emirat Arab, "
        "Selasa (7/2/2023). Pertemuan digelar di sela Konferensi Regional Asia ke-24 Interpol yang berlangsung di "
        "Abu Dhabi pada 6 hingga 11 Februari 2023.",
        start_date=date(2023, 2, 7),
        end_date=date(2023, 2, 7),
    ),
    visit(
        "visit_dates:a_publication_dateline_in_another_sentence_is_no_later_day",
        "Jakarta, Kamis (9/2/2023) - Polri dan PNP sepakat memperluas kerja sama. Kesepakatan dicapai saat Brigjen "
        "Amur Chandra bertemu Kepala PNP di Abu Dhabi, Uni Emirat Arab, Selasa (7/2/2023).",
        start_date=date(2023, 2, 7),
        end_date=date(2023, 2, 7),
    ),
    visit(
        "_met_between:BETWEEN_SIDES_the_host_named_before_the_lead",
        "Kesepakatan itu dicapai dalam pertemuan bilateral antara Kepala PNP Jenderal Rodolfo Azurin Jr. dan "
        "Sekretaris NCB Interpol Indonesia Divhubinter Polri Brigjen Amur Chandra Juli Buana di Abu Dhabi, Uni Emirat "
        "Arab, Selasa (7/2/2023).",
        {("rodolfo-azurin-jr", "PNP_PH", "counterpart")},
        destination_country_id="AE",
    ),
    visit(
        "visit_dates:weekday_dateline",
        "Menteri Luar Negeri Retno Marsudi bertemu Menlu Laos di Vientiane, Laos, Minggu (3/3/2024).",
        start_date=date(2024, 3, 3),
        end_date=date(2024, 3, 3),
    ),
    visit(
        "visit_dates:STATEMENT_DATE",
        "Delegasi BP2MI melakukan kunjungan kerja ke Malaysia pada Senin (1/7/2024). "
        '"Kami meminta percepatan deportasi," kata Kepala BP2MI di Jakarta, Kamis (4/7/2024).',
        start_date=date(2024, 7, 1),
        end_date=date(2024, 7, 1),
    ),
    visit(
        "visit_dates:later_day_extends",
        "Menteri P2MI melakukan kunjungan kerja ke Malaysia pada Jumat (5/7/2024). "
        "Keesokan harinya, Sabtu (6/7/2024), ia bertemu Menteri Dalam Negeri Malaysia di Putrajaya.",
        start_date=date(2024, 7, 5),
        end_date=date(2024, 7, 6),
    ),
    visit(
        "visit_dates:_range_holding",
        "Kapolri bertemu Kepala Kepolisian Thailand di Bangkok, Selasa (11/6/2024). "
        "Kapolri melakukan kunjungan kerja ke Thailand pada 10-12 Juni 2024.",
        start_date=date(2024, 6, 10),
        end_date=date(2024, 6, 12),
    ),
    visit(
        "visit_dates:DEPARTURE",
        "Kadiv Hubinter Polri mengatakan timnya bertolak dari Jakarta pada Sabtu (6/7/2024). "
        "Tim kemudian melanjutkan perjalanan ke Bangkok, Thailand.",
        destination_country_id="TH",
        start_date=date(2024, 7, 6),
        end_date=None,
    ),
    visit(
        "visit_dates:TIME_STAMP",
        "Jumat, 2 Agustus 2024 17:20 WIB\nDelegasi Kemlu melakukan kunjungan kerja ke Myanmar pada 29-31 Juli 2024.",
        start_date=date(2024, 7, 29),
        end_date=date(2024, 7, 31),
    ),
    visit(
        "visit_dates:no_start_after_publication",
        "Delegasi Kemlu melakukan kunjungan kerja ke Myanmar. Pertemuan berikutnya digelar 20 Agustus 2024.",
        start_date=None,
    ),
    visit("_purpose", MISSION, purpose="membahas penanganan kasus online scam"),
    visit(
        "_lead_and_member_sentences:LEAD",
        MISSION,
        {("nur-rokhmah-hidayah", "KEMENKO_POLHUKAM", "lead")},
        lead_person_id="nur-rokhmah-hidayah",
        lead_agency_id="KEMENKO_POLHUKAM",
    ),
    visit("_counterparts_and_members:COUNTERPART", MISSION, {("sar-kheng", "MOI_KH", "counterpart")}),
    visit("_member_agencies:MEMBER", MISSION, {(None, "KEMLU", "member")}),
    visit(
        "_no_spouses:a_wife_travelling_along_is_no_member",
        "Presiden Joko Widodo bertolak ke Vietnam pada Senin (8/1/2024) untuk kunjungan kenegaraan. Setibanya di Hanoi,"
        " Presiden dan Ibu Iriana Joko Widodo disambut oleh Menteri Luar Negeri Vietnam Bui Thanh Son.",
        set(),
        {("iriana-joko-widodo", None, "member")},
    ),
    visit(
        "_counterparts_and_members:member_person",
        "Delegasi RI melakukan kunjungan kerja ke Kamboja pada 11-15 Juni 2024. "
        "Delegasi didampingi Direktur Pelindungan WNI Kemlu Judha Nugraha.",
        {("judha-nugraha", "KEMLU", "member")},
    ),
    visit(
        "_domestic_lead",
        "Kapolri Listyo Sigit Prabowo melakukan kunjungan kerja ke Kamboja.",
        {("listyo-sigit-prabowo", "POLRI", "lead")},
        lead_person_id="listyo-sigit-prabowo",
        lead_agency_id="POLRI",
    ),
    visit(
        "_member_agencies:unit_before_parent",
        TEAM,
        {(None, "IMIGRASI", "member")},
        {(None, "KEMKUMHAM", "member")},
    ),
    visit(
        "_member_agencies:lead_agency_left_out",
        TEAM,
        {(None, "BP2MI", "member"), (None, "POLRI", "member")},
        {(None, "KEMLU", "member")},
        lead_agency_id="KEMLU",  # "Kemlu mengirim tim ke Kamboja": the sender leads
    ),
    visit(
        "_lead_and_member_sentences:LEAD_over_the_first_official",
        "Kunjungan kerja ke Kamboja diumumkan Menkominfo Budi Arie Setiadi. "
        "Delegasi dipimpin oleh Deputi Kemenko Polhukam Nur Rokhmah Hidayah.",
        {("nur-rokhmah-hidayah", "KEMENKO_POLHUKAM", "lead")},
        lead_person_id="nur-rokhmah-hidayah",
    ),
    visit(
        "_meets_abroad",
        "Menteri Luar Negeri Sugiono bertemu dengan Menlu Kamboja di Phnom Penh, Kamboja, Senin (3/2/2025).",
        destination_country_id="KH",
    ),
    no_visit(
        "_meets_abroad:FOREIGN_ACTOR",
        "Para pejabat China dilaporkan akan melakukan pembicaraan dengan mitra dari Thailand dan Myanmar "
        "mengenai pusat penipuan di Myawaddy.",
    ),
    no_visit(
        "trigger_sentences:VICTIM", "Anaknya berangkat ke Kamboja untuk bekerja dan menjadi korban penipuan."
    ),
    no_visit(
        "_destination:PLANNED",
        "Kapolri Listyo Sigit Prabowo akan melakukan kunjungan kerja untuk bertemu Menteri Dalam Negeri Kamboja.",
    ),
    visit(
        "_direction:HOSTED",
        "Kemlu menerima kunjungan kerja Menteri Luar Negeri Thailand.",
        origin_country_id="TH",
        destination_country_id="ID",
    ),
    visit(
        "_foreign_delegation",
        "Delegasi Kepolisian Thailand berkunjung ke Bareskrim Polri di Jakarta.",
        origin_country_id="TH",
        destination_country_id="ID",
        lead_agency_id="POLICE_TH",
    ),
    visit(
        "_visitor:RECEIVED",
        "Menteri Luar Negeri Retno Marsudi menerima kunjungan kehormatan Menteri Dalam Negeri Laos, Vilay Lakhamfong, "
        "di Jakarta, Senin (1/7/2024).",
        {("retno-marsudi", "KEMLU", "counterpart")},
        origin_country_id="LA",
        destination_country_id="ID",
        lead_person_id="vilay-lakhamfong",
    ),
    no_visit(
        "_visitor:AMBASSADOR",
        "Menteri Luar Negeri Retno Marsudi menerima kunjungan kehormatan Duta Besar Laos untuk Indonesia, "
        "Vilay Lakhamfong, di Jakarta.",
    ),
    visit(
        "_inbound",
        "Perdana Menteri Vietnam Pham Minh Chinh melakukan kunjungan resmi ke Indonesia pada 1-2 Juli 2024.",
        origin_country_id="VN",
        destination_country_id="ID",
        lead_person_id="pham-minh-chinh",
    ),
    visit(
        "_inbound:indonesian_official_abroad",
        "Kuala Lumpur - Menteri Pelindungan Pekerja Migran Indonesia Abdul Kadir Karding melakukan kunjungan kerja "
        "ke Malaysia untuk meninjau pekerja migran Indonesia.",
        origin_country_id="ID",
        destination_country_id="MY",
    ),
    no_visit(
        "trigger_sentences:PLAN_BEFORE",
        "Polri telah membentuk tim khusus. Tim itu direncanakan bertolak ke Kamboja besok.",
    ),
    visit(
        "_counterparts_and_members:berdialog_dengan",
        "Delegasi Kemlu melakukan kunjungan kerja ke Myanmar. "
        "Delegasi juga berdialog dengan Duta Besar RI untuk Myanmar, Irawan Santoso Mulyadi, di Yangon.",
        {("irawan-santoso-mulyadi", "KBRI", "counterpart")},
    ),
    visit(
        "_counterparts_and_members:DELEGATION_SUBJECT",
        "Delegasi Kepolisian Thailand melakukan kunjungan ke Bareskrim Polri di Jakarta. Kunjungan membahas jalur "
        "Mae Sot. Pertemuan berlangsung tiga hari. Rombongan diterima langsung oleh Kepala Bareskrim Polri "
        "Komjen Pol. Wahyu Widada.",
        {("wahyu-widada", "POLRI", "counterpart")},
    ),
    visit(
        "_counterparts_and_members:planned_meeting",
        "Menlu Retno Marsudi melakukan kunjungan kerja ke Kamboja. "
        "Retno dijadwalkan terbang ke Beijing untuk pertemuan bilateral dengan Menteri Luar Negeri Tiongkok Wang Yi.",
        absent={("wang-yi", None, "counterpart"), ("wang-yi", "MOFA_CN", "counterpart")},
    ),
    visit(
        "_counterparts_and_members:NEW_CLAUSE",
        "Menlu Retno Marsudi melakukan kunjungan kerja ke Kamboja. Retno melakukan kunjungan kehormatan kepada "
        "Perdana Menteri Kamboja Hun Manet dan menyampaikan salam dari Menteri Sekretaris Negara Pratikno.",
        {("hun-manet", "GOV_KH", "counterpart")},
        {("pratikno", "SETNEG", "counterpart")},
    ),
    visit(
        "_lead_and_member_sentences:LEAD_long_title",
        "Delegasi Indonesia melakukan kunjungan kerja ke Filipina. Delegasi dipimpin Deputi Bidang Koordinasi "
        "Hukum dan Hak Asasi Manusia Kemenko Polhukam, Irjen Pol. Sugeng Widodo.",
        lead_person_id="sugeng-widodo",
    ),
    visit(
        "_sides:host_side",
        "Kadiv Hubinter Polri Irjen Krishna Murti melakukan kunjungan kerja ke Kamboja pada 7-13 April 2025. "
        "Pertemuan berlangsung di Phnom Penh, sementara pihak Kamboja diwakili Deputy Chief of Staff CNP, "
        "MajGen Pheanuk Kolkomar.",
        {("pheanuk-kolkomar", "POLICE_KH", "counterpart")},
    ),
    visit(
        "_sides:visiting_side_lead",
        "Kesepakatan itu lahir dari kunjungan kerja ke Beijing, China, Senin (21/4/2025). Delegasi Indonesia "
        "terdiri atas Menteri Luar Negeri Sugiono Wibowo dan Menteri Pertahanan Sjafrie Sjamsoeddin.",
        lead_person_id="sugiono-wibowo",
    ),
    visit(
        "_sides:host_delegation_at_home",
        "Presiden Prabowo Subianto menerima kunjungan kehormatan Presiden Senat Kamboja Hun Sen, Senin (5/5/2025). "
        "Delegasi Indonesia terdiri atas Menteri Luar Negeri Sugiono Wibowo dan Menteri Dalam Negeri Tito Karnavian.",
        {("tito-karnavian", "KEMENDAGRI", "counterpart"), ("hun-sen", "SENATE_KH", "lead")},
        {("tito-karnavian", "KEMLU", "member"), (None, "KEMENDAGRI", "member")},
        destination_country_id="ID",
    ),
    visit(
        "_members_of_lead",
        "Perdana Menteri Malaysia Anwar Ibrahim melakukan kunjungan resmi ke Indonesia pada 8-9 Januari 2023. "
        "Ia mendarat di Bandara Soekarno-Hatta. Upacara digelar di Istana Bogor. "
        "Anwar didampingi Sekretaris Jenderal Kementerian Luar Negeri Malaysia Amran Mohamed Zin.",
        {("amran-mohamed-zin", "MOFA_MY", "member")},
        lead_person_id="anwar-ibrahim",
    ),
    visit(
        "TRIGGER:team_sent",
        "BP2MI mengutus tim ke Myanmar, Rabu (5/6/2024), untuk memverifikasi data pekerja migran.",
        destination_country_id="MM",
        start_date=date(2024, 6, 5),
    ),
    visit(
        "TRIGGER:memberangkatkan_tim",
        "Polri memberangkatkan tim ke Laos, Rabu (5/6/2024).",
        destination_country_id="LA",
        lead_agency_id="POLRI",
    ),
    visit(
        "TRIGGER:menjemput_abroad",
        "Tim gabungan Polri menjemput 20 WNI di Bavet, Kamboja, Selasa (4/6/2024).",
        destination_country_id="KH",
    ),
    no_visit(
        "trigger_sentences:PLAN_BEFORE_purpose",
        "Polri telah membentuk tim khusus untuk menjemput WNI korban penyekapan di Poipet, Kamboja.",
    ),
    no_visit(
        "trigger_sentences:planned_visit_discussed",
        "Menteri membahas rencana kunjungan kerja ke Vietnam dengan jajarannya di Jakarta.",
    ),
    visit(
        "_meets_abroad:AT_PLACE_venue",
        "Menlu Sugiono menggelar dialog dengan Menlu Wang Yi di Diaoyutai State Guesthouse, Beijing, Senin (22/7/2024).",
        destination_country_id="CN",
        start_date=date(2024, 7, 22),
    ),
    visit(
        "_domestic_lead:HEAD_OF_STATE",
        "Presiden Joko Widodo bertolak menuju Hanoi, Vietnam, pada Rabu (10/7/2024). "
        "Menteri Luar Negeri Retno Marsudi juga mendampingi Presiden dalam rangkaian pertemuan di Hanoi.",
        {("joko-widodo", "PRESIDEN_RI", "lead"), ("retno-marsudi", "KEMLU", "member")},
        lead_person_id="joko-widodo",
    ),
    visit(
        "_domestic_lead:HEAD_OF_STATE_only_as_subject",
        "Menlu Retno Marsudi melakukan kunjungan kerja ke Kamboja. Retno melakukan kunjungan kehormatan kepada "
        "Perdana Menteri Kamboja Hun Manet dan menyampaikan salam dari Presiden Joko Widodo.",
        lead_person_id="retno-marsudi",
    ),
    visit(
        "_domestic_lead:minister_meeting_police_chief",
        "Menteri Luar Negeri Retno Marsudi bertemu Kepala Kepolisian Nasional Kamboja Jenderal Sar Thet "
        "di Phnom Penh, Kamboja.",
        {("retno-marsudi", "KEMLU", "lead")},
        {("retno-marsudi", "KEMLU", "counterpart")},
        lead_person_id="retno-marsudi",
    ),
    visit(
        "_members_of_lead:counterpart_met_by_lead",
        "Wakil Presiden Ma'ruf Amin menerima kunjungan kehormatan Menteri Keamanan Publik China, Wang Xiaohong, "
        "di Jakarta. Keduanya membahas kerja sama penegakan hukum. Hubungan kedua negara terus membaik. "
        "Wang Xiaohong menyebut ia telah lebih dulu bertemu Menko Polhukam Mahfud MD pada pagi harinya.",
        {("mahfud-md", "KEMENKO_POLHUKAM", "counterpart")},
        lead_person_id="wang-xiaohong",
    ),
    visit(
        "_visitor:BESIDE",
        "Menteri P2MI Abdul Kadir Karding menerima kunjungan Menteri Sumber Daya Manusia Malaysia, Steven Sim, "
        "bersama Wakil Menteri Dalam Negeri Malaysia, Datuk Shamsul Anuar Nasarah, di Jakarta.",
        {("shamsul-anuar-nasarah", "KDN_MY", "member"), ("abdul-kadir-karding", "KP2MI", "counterpart")},
        lead_person_id="steven-sim",
    ),
    no_visit(
        "_visitor:AMBASSADOR_unnamed",
        "Menlu Retno Marsudi menerima kunjungan Duta Besar Kamboja untuk Indonesia di Jakarta.",
    ),
    no_visit(
        "delegation_of:embassy_in_its_country",
        "KBRI Phnom Penh melakukan kunjungan ke lokasi penampungan WNI di Sihanoukville, Kamboja.",
    ),
    no_visit(
        "delegation_of:embassy_sender_without_lead",
        "KBRI Phnom Penh bersama Direktur Pelindungan WNI Kemlu Judha Nugraha melakukan kunjungan ke Sihanoukville, Kamboja.",
    ),
    no_visit(
        "delegation_of:embassy_lead",
        "Dubes Santo Darmosumarto melakukan kunjungan ke Sihanoukville, Kamboja.",
    ),
    visit(
        "TRIGGER:team_sent_counted",
        "Kementerian P2MI mengirimkan satu tim ke Kamboja untuk memotret situasi di lapangan.",
        destination_country_id="KH",
        lead_agency_id="KP2MI",
    ),
    visit(
        "TRIGGER:team_stationed_abroad",
        "Tim dari Kemlu sudah berada di Mae Sot, Thailand, sejak 23 Juli 2024 untuk menjalin kontak dengan "
        "berbagai pihak.",
        destination_country_id="TH",
        lead_agency_id="KEMLU",
    ),
    visit(
        "visit_dates:SINCE",
        "Tim dari Kemlu sudah berada di Mae Sot, Thailand, sejak 23 Juli 2024 untuk menjalin kontak dengan "
        "berbagai pihak.",
        start_date=date(2024, 7, 23),
        end_date=None,
    ),
    visit(
        "TRIGGER:official_still_abroad",
        "Kementerian P2MI mengirimkan satu tim dari direktorat pelindungan. Tim dipimpin Direktur Siber KP2MI "
        'Guntur Saputro. "Direktur Siber masih di Kamboja, melihat situasinya," kata Wakil Menteri P2MI '
        "Christina Aryani.",
        {("guntur-saputro", "KP2MI", "lead")},
        destination_country_id="KH",
        lead_person_id="guntur-saputro",
    ),
    visit(
        "TRIGGER:dalam_kunjungan_itu_members",
        "Presiden Joko Widodo tiba di Kuala Lumpur, Malaysia, Senin (29/7/2024). Kedatangannya disambut upacara "
        "kenegaraan. Dalam kunjungan itu, Presiden didampingi Menteri Luar Negeri Retno Marsudi.",
        {("retno-marsudi", "KEMLU", "member")},
        destination_country_id="MY",
    ),
    visit(
        "visit_dates:DEPARTURE_dispatched",
        "Kepolisian Republik Indonesia memberangkatkan tim pemeriksa ke Filipina pada hari ini, Selasa (9/7/2024).",
        destination_country_id="PH",
        start_date=date(2024, 7, 9),
        end_date=None,
    ),
    visit(
        "visit_dates:DOCUMENT_DATE",
        "Bareskrim Polri melakukan kunjungan kerja ke Myanmar. Langkah itu merujuk Laporan Polisi Nomor "
        "LP/B/82/V/2024 tertanggal 2 Mei 2024.",
        destination_country_id="MM",
        start_date=None,
    ),
    no_visit(
        "trigger_sentences:RESIDENT_ENVOY",
        "Duta Besar Kamboja untuk Indonesia berkunjung ke kantor Kementerian P2MI pada Juli 2024 dan menyampaikan "
        "peningkatan kasus judi online.",
    ),
    visit(
        "_domestic_lead:SPEAKER",
        '"Bareskrim bersama Divhubinter Polri berangkat ke Yangon, Myanmar," kata Kadiv Hubinter Polri '
        "Krishna Murti.",
        absent={("krishna-murti", "POLRI", "lead")},
        lead_person_id=None,
        lead_agency_id="POLRI",
    ),
    visit(
        "_member_agencies:host_bodies_met",
        "Sebanyak 40 anggota delegasi Polri menggelar pertemuan di Phnom Penh, Kamboja, dengan Kepolisian "
        "Nasional Kamboja dan Komite Nasional Penanggulangan Perdagangan Orang Kamboja.",
        absent={(None, "POLICE_KH", "member"), (None, "NCCT_KH", "member")},
        destination_country_id="KH",
    ),
    visit(
        "delegation_of:member_person_agency",
        "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Thailand. Presiden didampingi Menteri Luar Negeri "
        "Retno Marsudi.",
        {("retno-marsudi", "KEMLU", "member"), (None, "KEMLU", "member")},
    ),
    visit(
        "_host_officials",
        "Menlu Retno Marsudi melakukan kunjungan kerja ke Kamboja pada Rabu (21/8/2024). Di ibu kota Kamboja itu, "
        "Retno memimpin Pertemuan Komisi Bersama kelima bersama Menteri Luar Negeri Kamboja Sok Chenda Sophea.",
        {("sok-chenda-sophea", "MOFA_KH", "counterpart")},
    ),
    visit(
        "_host_officials:AMBASSADOR_own_talks",
        "Menlu Retno Marsudi melakukan kunjungan kerja ke Kamboja pada Rabu (21/8/2024). Sebelumnya, Duta Besar RI "
        "untuk Kamboja Santo Darmosumarto telah membahas isu serupa dengan Menteri Luar Negeri Kamboja "
        "Sok Chenda Sophea.",
        absent={("sok-chenda-sophea", "MOFA_KH", "counterpart")},
    ),
    visit(
        "_members_of_lead:WELCOMES",
        "Perdana Menteri Malaysia Anwar Ibrahim melakukan kunjungan bilateral ke Indonesia pada 8-9 Juli 2024. "
        "Presiden Joko Widodo menyambut Anwar di Istana Kepresidenan Bogor dengan upacara kenegaraan.",
        {("joko-widodo", "PRESIDEN_RI", "counterpart")},
        lead_person_id="anwar-ibrahim",
    ),
    visit(
        "_inbound:OFFICERS_TO_VERB",
        "Penangkapan itu hasil operasi bersama kepolisian Indonesia dan petugas kepolisian China yang "
        "diberangkatkan ke Indonesia.",
        destination_country_id="ID",
        origin_country_id="CN",
        lead_agency_id="MPS_CN",
    ),
    visit(
        "_visiting_body:foreign_police_sent_in",
        "Penggerebekan di Batam itu hasil operasi bersama Polri dan petugas kepolisian Thailand yang "
        "diberangkatkan ke Indonesia.",
        destination_country_id="ID",
        origin_country_id="TH",
        lead_agency_id="POLICE_TH",
    ),
    visit(
        "_hosts_here:FOREIGN_HOST_is_no_visit_to_indonesia",
        "Menteri Pertahanan Sjafrie Sjamsoeddin melakukan kunjungan kerja ke Vietnam pada Senin (15/7/2024). Ia "
        "memuji Vietnam yang menjadi tuan rumah pertemuan para menteri pertahanan di Hanoi.",
        destination_country_id="VN",
        origin_country_id="ID",
        lead_agency_id="KEMENHAN",
    ),
    no_visit(
        "trigger_sentences:SAME_VISIT_of_a_planned_visit",
        "Kemlu menyebut Presiden akan melakukan kunjungan kenegaraan ke Laos pada pekan depan. Lawatan itu memenuhi "
        "undangan Presiden Laos Thongloun Sisoulith.",
    ),
    no_visit(
        "trigger_sentences:planned_visit_goes_on_planned",
        'Kemlu menyebut Presiden akan melakukan kunjungan kenegaraan ke Laos pada pekan depan. "Pada lawatan ke '
        'Vientiane, Presiden akan bertemu Perdana Menteri Laos Sonexay Siphandone," kata juru bicara Kemlu.',
    ),
    visit(
        "_sender_agency:not_a_body_of_the_host_country",
        "Penghargaan diserahkan dalam pertemuan di kantor Kementerian Kehakiman Thailand di Bangkok, Rabu (5/6/2024). "
        "Dari pihak Indonesia, penghargaan diterima Kabag Jatinter Divhubinter Polri Kombes Pol. Rudi Hartono, yang "
        "datang ke Bangkok mewakili Polri.",
        {("rudi-hartono", "POLRI", "lead")},
        destination_country_id="TH",
        lead_agency_id="POLRI",
        lead_person_id="rudi-hartono",
    ),
    visit(
        "_participants:embassy_meets_the_visit",
        "Presiden Joko Widodo bertolak ke Beijing pada Selasa (16/7/2024) didampingi Menteri Luar Negeri Retno "
        "Marsudi. Duta Besar RI untuk China Djauhari Oratmangun turut mendampingi Presiden di Beijing.",
        {("djauhari-oratmangun", "KBRI", "counterpart"), ("retno-marsudi", "KEMLU", "member")},
        absent={("djauhari-oratmangun", "KBRI", "member")},
        destination_country_id="CN",
    ),
    visit(
        "_counterparts_and_members:SPEAKER_is_no_member",
        'Delegasi Polri berangkat ke Kamboja pada Senin (1/7/2024). "Delegasi terdiri atas enam perwira dari '
        'Bareskrim," kata Kabid Humas Kombes Pol. Rahmat Hidayat.',
        absent={("rahmat-hidayat", "POLRI", "member")},
        destination_country_id="KH",
    ),
    visit(
        "_leads_the_visit:LED_BODY_a_ceremony_led_by_the_host_is_no_lead",
        "Menteri Luar Negeri Sugiono bertolak ke Vientiane, Laos, pada Senin (15/7/2024). Ia mengikuti upacara "
        "pembukaan yang dipimpin Presiden Laos Thongloun Sisoulith.",
        destination_country_id="LA",
        lead_person_id="sugiono",
    ),
    visit(
        "NEW_CLAUSE+_host_officials:the_host_leading_a_ceremony_after_sebelum_is_not_met",
        "Menteri Luar Negeri Sugiono bertolak ke Vientiane, Laos, pada Senin (15/7/2024). Sugiono disambut Menteri "
        "Luar Negeri Laos Saleumxay Kommasith sebelum mengikuti upacara pembukaan yang dipimpin Presiden Laos "
        "Thongloun Sisoulith.",
        participants={("saleumxay-kommasith", "MOFA_LA", "counterpart")},
        absent={("thongloun-sisoulith", "GOV_LA", "counterpart")},
    ),
    visit(
        "_leads_the_visit:LED_BODY_briefing_officials_are_no_lead",
        "Menteri Dalam Negeri Malaysia Saifuddin Nasution Ismail melakukan kunjungan kerja ke Jakarta, Senin "
        "(22/7/2024). Ia menerima taklimat dari pejabat senior Kementerian Dalam Negeri Malaysia yang diketuai oleh "
        "Ketua Setiausaha Awang Alik Jeman.",
        destination_country_id="ID",
        lead_person_id="saifuddin-nasution-ismail",
    ),
    visit(
        "INBOUND:lawatan_selama_n_hari_di_an_Indonesian_city",
        "Menteri Dalam Negeri Malaysia Saifuddin Nasution Ismail menuntaskan lawatan kerja selama tiga hari di "
        "Jakarta yang dimulai Senin (22/7/2024).",
        destination_country_id="ID",
        origin_country_id="MY",
        lead_person_id="saifuddin-nasution-ismail",
    ),
    visit(
        "visit_dates:DURATION_selama_tiga_hari_ends_the_visit",
        "Menteri Dalam Negeri Malaysia Saifuddin Nasution Ismail menuntaskan lawatan kerja selama tiga hari di "
        "Jakarta yang dimulai Senin (22/7/2024).",
        start_date=date(2024, 7, 22),
        end_date=date(2024, 7, 24),
    ),
    visit(
        "visit_dates:TIME_STAMP_a_clock_time_after_pada_dates_the_departure",
        "Menteri Luar Negeri Sugiono bertolak ke Vientiane, Laos, pada Selasa (9/7/2024) pukul 14.00 WIB.",
        start_date=date(2024, 7, 9),
    ),
    visit(
        "_visit_day:REFERENCE_DAY_a_day_after_menjelang_is_no_visit_day",
        "Menteri Luar Negeri Sugiono bertolak ke Vientiane, Laos, pada Selasa (9/7/2024), menjelang akhir masa "
        "jabatan kabinet pada 20 Juli.",
        start_date=date(2024, 7, 9),
        end_date=None,
    ),
    visit(
        "visit_dates:_days_at_destination_the_event_range_ends_the_trip",
        "Menteri Luar Negeri Sugiono bertolak ke Vientiane, Laos, pada Selasa (23/7/2024). KTT itu sendiri "
        "berlangsung pada 24-27 Juli 2024 di Vientiane.",
        start_date=date(2024, 7, 23),
        end_date=date(2024, 7, 27),
    ),
    visit(
        "_counterparts_and_members:DELEGATION_SUBJECT_after_a_time_phrase",
        "Rombongan Kepolisian Filipina yang dipimpin Kepala PNP Rommel Marbil tiba di Jakarta, Kamis (25/7/2024). "
        "Mereka datang untuk menjemput seorang buronan. Buronan itu ditangkap di Tangerang dua hari sebelumnya. "
        "Siang harinya, rombongan bertemu dengan Kadiv Hubinter Polri Irjen Krishna Murti.",
        participants={("krishna-murti", "POLRI", "counterpart")},
        destination_country_id="ID",
    ),
    visit(
        "_members_of_lead:MEMBER_datang_bersama",
        "Menteri Dalam Negeri Filipina Benjamin Abalos tiba di Jakarta, Kamis (25/7/2024). Abalos datang bersama "
        "Kepala Kepolisian Nasional Filipina Rommel Marbil.",
        participants={("rommel-marbil", "PNP_PH", "member")},
        destination_country_id="ID",
    ),
    visit(
        "_domestic_lead:ACTIVE_LEAD_a_minister_heading_a_side_meeting_travels_with_the_President",
        "Presiden Joko Widodo bertolak ke Vientiane, Laos, pada Selasa (9/7/2024). Sehari sebelumnya, Menteri Luar "
        "Negeri Retno Marsudi memimpin delegasi Indonesia pada pertemuan para menteri di Vientiane.",
        participants={("retno-marsudi", "KEMLU", "member")},
        lead_person_id="joko-widodo",
    ),
    visit(
        "delegation_of:a_Vice_President_leads_for_the_presidency",
        "Wakil Presiden Ma'ruf Amin bertolak ke Vientiane, Laos, pada Selasa (9/7/2024).",
        lead_person_id="ma-ruf-amin",
        lead_agency_id="PRESIDEN_RI",
    ),
    visit(
        "TRIGGER:a_team_kini_berada_di_after_a_long_subject",
        "Tim terpadu yang terdiri dari Kementerian Luar Negeri, KBRI Bangkok, dan KBRI Yangon kini berada di Kota Mae "
        "Sot, Thailand.",
        destination_country_id="TH",
        lead_agency_id="KEMLU",
    ),
    visit(
        "_domestic_lead:_between_the_official_named_between_two_visit_sentences",
        "Tim terpadu yang terdiri dari Kementerian Luar Negeri dan KBRI Bangkok kini berada di Kota Mae Sot, "
        "Thailand. Tim itu menyiapkan pemulangan WNI. Pada Jumat (26/7/2024), Direktur Pelindungan WNI Kemlu Judha "
        "Nugraha bertemu dengan Gubernur Provinsi Tak. Pertemuan itu membahas penyeberangan para WNI ke Mae Sot.",
        lead_person_id="judha-nugraha",
        start_date=date(2024, 7, 26),
    ),
    visit(
        "visit_dates:STAYING_a_team_still_there_has_no_end",
        "Tim terpadu yang terdiri dari Kementerian Luar Negeri dan KBRI Bangkok kini berada di Kota Mae Sot, "
        "Thailand. Tim itu menyiapkan pemulangan WNI. Pada Jumat (26/7/2024), Direktur Pelindungan WNI Kemlu Judha "
        "Nugraha bertemu dengan Gubernur Provinsi Tak. Pertemuan itu membahas penyeberangan para WNI ke Mae Sot.",
        end_date=None,
    ),
    visit(
        "_participants:an_embassy_is_no_member_body_abroad",
        "Tim gabungan ke Thailand terdiri dari Kemlu, KBRI Bangkok, dan Bareskrim Polri. Tim berangkat ke Bangkok, "
        "Thailand, Senin (22/7/2024).",
        participants={(None, "POLRI", "member")},
        absent={(None, "KBRI", "member")},
        destination_country_id="TH",
    ),
    visit(
        "_co_senders:SENDS_TEAM_bodies_sending_a_team_together",
        "Kemlu dan Direktorat Jenderal Imigrasi mengirimkan tim bantuan ke Phnom Penh, Kamboja.",
        participants={(None, "IMIGRASI", "member")},
        lead_agency_id="KEMLU",
    ),
    no_visit(
        "_meets_abroad:FUTURE_AFTER_a_meeting_set_for_a_time_to_come_is_a_plan",
        "Bareskrim Polri membahas kejahatan siber dengan Kepolisian Diraja Malaysia. Pertemuan lanjutan digelar di "
        "Kuala Lumpur bulan depan.",
    ),
    no_visit(
        "PLAN_BEFORE:sepakat_a_meeting_agreed_on_is_a_plan",
        "Polri dan Kepolisian Kamboja membahas judi online. Kedua pihak sepakat menggelar pertemuan di Phnom Penh "
        "untuk menyusun operasi bersama.",
    ),
    visit(
        "_hosts_here:_envoy_receives_a_visit_abroad_goes_to_the_envoys_country",
        "Duta Besar RI untuk Malaysia Hermono menerima kunjungan Kabareskrim Polri Komjen Wahyu Widada di KBRI "
        "Kuala Lumpur.",
        {("wahyu-widada", "POLRI", "lead"), ("hermono", "KBRI", "counterpart")},
        destination_country_id="MY",
        origin_country_id="ID",
        lead_agency_id="POLRI",
    ),
    no_visit(
        "delegation_of:_envoy_receives_an_official_of_the_host_country_is_no_visit",
        "Duta Besar RI untuk Kamboja Santo Darmosumarto menerima kunjungan Menteri Dalam Negeri Kamboja Sar Sokha di "
        "KBRI Phnom Penh.",
    ),
    visit(
        "MISSION_WORD:a_team_arriving_abroad_is_a_mission_whoever_it_comes_for",
        "Tim dari Kementerian Luar Negeri dan Kementerian Imigrasi dan Pemasyarakatan tiba di Kuala Lumpur, "
        "Malaysia, pada Senin (29/7/2024) untuk mendata WNI yang ditahan.",
        {(None, "KEMENIMIPAS", "member")},
        destination_country_id="MY",
        lead_agency_id="KEMLU",
        start_date=date(2024, 7, 29),
    ),
    visit(
        "visit_dates:ARRIVAL_the_arrival_day_leaves_the_end_open",
        "Tim dari Kementerian Luar Negeri dan Kementerian Imigrasi dan Pemasyarakatan tiba di Kuala Lumpur, "
        "Malaysia, pada Senin (29/7/2024) untuk mendata WNI yang ditahan.",
        end_date=None,
    ),
    visit(
        "_domestic_lead:_reports_the_visit_the_speaker_telling_of_a_team_is_no_lead",
        "Kepala Divisi Humas Polri Irjen Sandi Nugroho mengatakan tim Bareskrim menjemput 12 WNI di Bangkok, Thailand.",
        destination_country_id="TH",
        lead_agency_id="POLRI",
        lead_person_id=None,
    ),
    visit(
        "_reports_the_visit:OWN_PARTY_the_speaker_telling_of_his_own_team_leads_it",
        "Kepala Divisi Humas Polri Irjen Sandi Nugroho mengatakan timnya menjemput 12 WNI di Bangkok, Thailand.",
        destination_country_id="TH",
        lead_person_id="sandi-nugroho",
    ),
    no_visit(
        "_hosts_among_themselves:a_host_countrys_own_officials_meeting_at_home",
        "Menteri Dalam Negeri Malaysia Saifuddin Nasution Ismail berbicara pada penutupan dialog kepolisian di Kuala "
        "Lumpur, Selasa (30/7/2024).",
    ),
    visit(
        "_domestic_lead:ACCORDING_the_person_a_report_is_attributed_to_is_no_lead",
        "Menurut Kadiv Humas Polri Irjen Sandi Nugroho, Kapolri Listyo Sigit Prabowo bertolak ke Beijing, China, pada "
        "Senin (29/7/2024).",
        destination_country_id="CN",
        lead_person_id="listyo-sigit-prabowo",
    ),
    visit(
        "delegation_of:a_forum_attended_abroad_does_not_lead_a_visit_from_Indonesia",
        "Kepala Biro Penmas Brigjen Trunoyudo Wisnu Andiko menjelaskan, rombongan bertolak ke Laos pada Rabu "
        "(10/7/2024) untuk menghadiri pertemuan ASEANAPOL.",
        destination_country_id="LA",
        lead_agency_id=None,
    ),
    visit(
        "_titled_sender:BARE_TITLE_a_title_alone_names_the_body_that_leads",
        "Kepala Biro Penmas Brigjen Trunoyudo Wisnu Andiko menjelaskan, Kapolri bertolak ke Laos pada Rabu "
        "(10/7/2024) untuk menghadiri pertemuan ASEANAPOL.",
        destination_country_id="LA",
        lead_agency_id="POLRI",
        lead_person_id=None,
    ),
    no_visit(
        "trigger_sentences:CALLED_OFF_a_visit_called_off_is_none",
        "Kunjungan kerja Kapolri ke Thailand batal dilaksanakan.",
    ),
    no_visit(
        "_meets_abroad:PLANNED_TRIP_TO_the_goal_of_a_planned_trip_is_no_meeting_place",
        "Rencana kunjungan Presiden ke Kamboja dibahas dalam rapat terbatas di Istana, Kamis (18/7/2024).",
    ),
    visit(
        "visit_dates:DURATION_berlangsung_N_hari_ends_the_visit",
        "Kunjungan kerja ke Malaysia itu berlangsung tiga hari, mulai Senin (8/7/2024).",
        destination_country_id="MY",
        start_date=date(2024, 7, 8),
        end_date=date(2024, 7, 10),
    ),
    visit(
        "TRIGGER:a_team_sent_in_the_passive_is_a_mission",
        "Satgas TPPO Bareskrim diberangkatkan ke Kamboja, Kamis (4/7/2024), untuk menjemput 20 WNI di Bavet.",
        destination_country_id="KH",
        lead_agency_id="POLRI",
        start_date=date(2024, 7, 4),
    ),
    visit(
        "TRIGGER:menerjunkan_tim_sends_a_team",
        "Polri menerjunkan tim ke Kamboja untuk menjemput 34 WNI di Poipet. Tim tiba di Phnom Penh pada Selasa "
        "(30/7/2024).",
        destination_country_id="KH",
        lead_agency_id="POLRI",
        start_date=date(2024, 7, 30),
    ),
    visit(
        "MISSION_WORD:an_official_arriving_with_his_team_is_on_a_mission",
        "Direktur Pelindungan WNI Judha Nugraha bersama tim tiba di Mae Sot, Thailand, pada Minggu (28/7/2024).",
        destination_country_id="TH",
        lead_person_id="judha-nugraha",
        start_date=date(2024, 7, 28),
    ),
    visit(
        "FOREIGN_ACTOR:a_foreign_minister_named_by_his_title_comes_to_Indonesia",
        "Menteri Dalam Negeri Laos tiba di Jakarta pada Senin (15/7/2024) untuk kunjungan resmi tiga hari.",
        destination_country_id="ID",
        origin_country_id="LA",
        start_date=date(2024, 7, 15),
    ),
    visit(
        "visit_dates:an_earlier_day_told_after_a_later_one_starts_the_visit",
        "Menteri P2MI Abdul Kadir Karding melakukan kunjungan kerja ke Malaysia. Pada Rabu (31/7/2024), ia bertemu "
        "Menteri Dalam Negeri Malaysia di Putrajaya. Sehari sebelumnya, Selasa (30/7/2024), Karding meninjau "
        "perkebunan sawit di Pahang.",
        start_date=date(2024, 7, 30),
        end_date=date(2024, 7, 31),
    ),
    visit(
        "_meets_abroad:DATELINE_PLACE_a_foreign_dateline_places_the_meeting",
        "PHNOM PENH, Selasa (9/7/2024) - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Kamboja Sok "
        "Chenda Sophea.",
        destination_country_id="KH",
        lead_person_id="retno-marsudi",
        start_date=date(2024, 7, 9),
    ),
    visit(
        "MISSION_WORD:mengirim_tim_sends_a_team_for_the_workers_it_fetches",
        "Kepala BP2MI Benny Rhamdani mengatakan, pihaknya telah mengirim tim ke Kamboja sejak Senin (1/7/2024) untuk "
        "memulangkan 30 PMI.",
        destination_country_id="KH",
        lead_agency_id="BP2MI",
        start_date=date(2024, 7, 1),
    ),
    visit(
        "MISSION_WORD:a_team_departing_is_on_a_mission_whatever_its_leads_title_says",
        "Tim yang dipimpin Direktur Perlindungan WNI Judha Nugraha telah bertolak ke Phnom Penh, Kamboja, Minggu "
        "(7/7/2024). Tim dijadwalkan bertemu Kepolisian Kamboja keesokan harinya.",
        destination_country_id="KH",
        lead_person_id="judha-nugraha",
        start_date=date(2024, 7, 7),
    ),
    no_visit(
        "_destination:WORKERS_TRIP_TO_the_country_workers_travel_to_is_no_destination",
        "Delegasi BP2MI bertemu Bupati Indramayu untuk mencegah keberangkatan CPMI ke Kamboja.",
    ),
    no_visit(
        "MISSION_WORD:victims_travelling_with_a_group_of_workers_are_no_mission",
        "Para korban berangkat ke Kamboja bersama rombongan calon pekerja lain pada Maret 2024.",
    ),
    no_visit(
        "_destination:WORKERS_TRIP_TO_officers_sent_to_a_home_airport_are_no_visit_abroad",
        "Petugas imigrasi dikirim ke Bandara Kualanamu untuk mencegah keberangkatan CPMI ke Kamboja.",
    ),
    visit(
        "delegation_of:embassy_named_first_president_leads",
        "Lawatan ke Beijing itu merupakan kunjungan kenegaraan Presiden Joko Widodo. Duta Besar RI untuk China "
        "Djauhari Oratmangun dan staf KBRI Beijing menyambut kedatangannya di Beijing, Selasa (16/7/2024).",
        destination_country_id="CN",
        lead_person_id="joko-widodo",
    ),
    visit(
        "_lead_and_member_sentences:HOST_SIDE_the_hosts_own_delegation_is_met_not_the_lead",
        "Delegasi Kepolisian Thailand melakukan kunjungan kerja ke Jakarta, Selasa (4/6/2024). Delegasi Indonesia "
        "selaku tuan rumah dipimpin Kadiv Hubinter Polri Krishna Murti. Delegasi Thailand dipimpin oleh Wakil Kepala "
        "Kepolisian Thailand Surachate Hakparn.",
        participants={("krishna-murti", "POLRI", "counterpart")},
        absent={("krishna-murti", "POLRI", "lead")},
        destination_country_id="ID",
        lead_person_id="surachate-hakparn",
    ),
    visit(
        "LED_BODY:a_relative_clause_of_motion_between_the_delegation_and_dipimpin",
        "Delegasi Filipina yang datang ke Bogor dipimpin oleh Wakil Menteri Luar Negeri Filipina Jesus Domingo. "
        "Pertemuan itu berlangsung pada Kamis (11/7/2024).",
        destination_country_id="ID",
        lead_person_id="jesus-domingo",
        start_date=date(2024, 7, 11),
    ),
    visit(
        "MEETING:a_conference_abroad_is_a_visit",
        "Wakil Menteri Luar Negeri Arrmanatha Nasir hadir dalam Konferensi Internasional Melawan Penipuan Daring di "
        "Bangkok, Thailand. Konferensi itu berlangsung pada 17-18 Juli 2024.",
        destination_country_id="TH",
        lead_person_id="arrmanatha-nasir",
        start_date=date(2024, 7, 17),
        end_date=date(2024, 7, 18),
    ),
    visit(
        "MEETING:an_English_Meeting_name_abroad_is_a_visit",
        "Presiden Prabowo Subianto berpidato dalam APEC Economic Leaders' Meeting di Gyeongju, Korea Selatan, Jumat "
        "(5/7/2024).",
        destination_country_id="KR",
        lead_person_id="prabowo-subianto",
        start_date=date(2024, 7, 5),
    ),
    visit(
        "_domestic_lead:PRONOUN_SUBJECT_the_person_of_the_sentence_before_makes_the_visit",
        "Presiden Prabowo Subianto menyerukan kerja sama global melawan judi daring. Seruan itu ia sampaikan dalam "
        "APEC Economic Leaders' Meeting di Gyeongju, Korea Selatan, Jumat (5/7/2024).",
        destination_country_id="KR",
        lead_person_id="prabowo-subianto",
        lead_agency_id="PRESIDEN_RI",
    ),
    no_visit(
        "_hosts_among_themselves:foreign_bodies_of_several_countries_at_a_conference_abroad",
        "Pertemuan operasi global digelar di Bangkok, Thailand, oleh Kepolisian Nasional Korea dan Kepolisian Kerajaan "
        "Thailand. Proyek itu sebelumnya masuk agenda Konferensi ASEANAPOL ke-43 di Bangkok.",
    ),
    no_visit(
        "_hosts_among_themselves:DATELINE_PLACE_an_Indonesian_dateline_names_no_Indonesian_actor",
        "Jakarta, Kamis (13/11/2025) - Kepolisian Nasional Korea menuntaskan pertemuan operasi di Seoul. Proyek itu "
        "sebelumnya masuk agenda Konferensi ASEANAPOL ke-43 di Bangkok yang dibuka Kepala Kepolisian Kerajaan Thailand.",
    ),
    visit(
        "_lead_and_member_sentences:SIDE_MEETING_who_leads_a_side_meeting_of_a_led_delegation_is_a_member",
        "Delegasi Polri menghadiri konferensi di Bangkok, Thailand, Selasa (4/11/2025). Delegasi beranggotakan 36 "
        "personel di bawah pimpinan Kadivhubinter Polri. Di sela konferensi, Polri menggelar pertemuan bilateral dengan"
        " Kepolisian Selandia Baru. Pihak Indonesia dalam pertemuan itu dipimpin Karokersin Divhubinter Polri Brigjen "
        "Pol. Dodied Prasetyo Aji.",
        participants={("dodied-prasetyo-aji", "POLRI", "member")},
        destination_country_id="TH",
        lead_agency_id="POLRI",
        lead_person_id=None,
    ),
    no_visit(
        "_destination:FETCHED_FROM+PASSED_THROUGH_people_fetched_from_a_country_via_a_transit",
        "Divhubinter Polri menjemput 16 WNI yang terkait kasus penipuan online dari Vietnam, Sabtu (4/1/2025). "
        "Rombongan itu terbang dari Ho Chi Minh City dan transit lebih dulu di Bandara Changi, Singapura, sebelum "
        "mendarat di Jakarta.",
    ),
    no_visit(
        "MEETING:a_press_conference_abroad_is_no_visit",
        "Juru bicara Kementerian Luar Negeri China Mao Ning menyambut kerja sama itu dalam konferensi pers di Beijing, "
        "China.",
    ),
    no_visit(
        "_placed_at:POPULATION_AT_the_country_where_a_group_lives_is_no_meeting_place",
        "Dalam pertemuan di Labuan Bajo, Presiden Joko Widodo membahas pelindungan pekerja migran Indonesia di "
        "Malaysia.",
    ),
    visit(
        "_clause_dated:OTHER_EVENT_a_day_appended_to_the_clause_of_people_flown_home",
        "Tim gabungan Polri yang dikirim ke Kamboja menjemput tiga buronan. Ketiganya diterbangkan dari Kamboja pada "
        "malam hari dan mendarat di Bandara Soekarno-Hatta, Tangerang, Sabtu (15/10/2022) pagi.",
        destination_country_id="KH",
        start_date=None,
        end_date=None,
    ),
    visit(
        "visit_dates:DEPARTURE_a_later_meeting_day_does_not_end_the_visit",
        "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Filipina. Pertemuan dengan Presiden Filipina "
        "Ferdinand Marcos Jr. berlangsung di Manila, Rabu (10/1/2024). Presiden bertolak dari Jakarta menuju Manila "
        "pada Selasa (9/1/2024).",
        destination_country_id="PH",
        start_date=date(2024, 1, 9),
        end_date=None,
    ),
    visit(
        "_main_clause_subject:the_subject_after_a_fronted_meeting_clause_leads",
        "Menteri Luar Negeri Sugiono membahas pelindungan pekerja migran dengan Thailand. Saat bertemu Menteri Luar"
        " Negeri Thailand Maris Sangiampongsa di Bangkok, Senin (3/6/2024), Sugiono mengajak Thailand memperkuat"
        " kerja sama.",
        {("sugiono", "KEMLU", "lead"), ("maris-sangiampongsa", "MOFA_TH", "counterpart")},
        {("sugiono", "KEMLU", "counterpart")},
        lead_person_id="sugiono",
        destination_country_id="TH",
    ),
    visit(
        "_official_before_mission:a_minister_received_by_the_embassy_travels",
        "Menko Polhukam Hadi Tjahjanto meninjau layanan pelindungan WNI di KBRI Kuala Lumpur, Malaysia, Selasa"
        " (4/6/2024). Dalam kunjungan itu Hadi didampingi Duta Besar RI untuk Malaysia Hermono.",
        {("hadi-tjahjanto", "KEMENKO_POLHUKAM", "lead")},
        lead_agency_id="KEMENKO_POLHUKAM",
        destination_country_id="MY",
        start_date=date(2024, 6, 4),
    ),
    visit(
        "_next_leg:a_day_of_the_next_leg_does_not_end_the_visit",
        "Menteri Luar Negeri Retno Marsudi berkunjung ke Kuala Lumpur, Malaysia, Senin (1/7/2024). Setelah itu,"
        " Rabu (3/7/2024), ia melanjutkan perjalanan ke Phnom Penh, Kamboja, untuk menghadiri pertemuan lain.",
        destination_country_id="MY",
        start_date=date(2024, 7, 1),
        end_date=date(2024, 7, 1),
    ),
    visit(
        "_one_day_of_an_event:SERIES:a_day_of_a_series_of_meetings_leaves_the_end_unsaid",
        "Menteri Luar Negeri Retno Marsudi mengikuti rangkaian Pertemuan Menteri Luar Negeri ASEAN di Kuala Lumpur,"
        " Malaysia. Pada Selasa (9/7/2024), Retno hadir dalam pertemuan para menlu ASEAN dengan mitra wicara.",
        destination_country_id="MY",
        start_date=date(2024, 7, 9),
        end_date=None,
    ),
    visit(
        "_one_day_of_an_event:the_day_of_a_speech_at_a_summit_is_a_one_day_visit",
        "Presiden Joko Widodo menyerukan kerja sama memberantas judi online. Seruan itu ia sampaikan dalam KTT"
        " ASEAN-Jepang di Tokyo, Jepang, Sabtu (16/12/2023).",
        destination_country_id="JP",
        start_date=date(2023, 12, 16),
        end_date=date(2023, 12, 16),
    ),
    visit(
        "_one_day_of_an_event:SERIES:a_meeting_on_the_sidelines_of_a_series_leaves_the_end_unsaid",
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Vietnam di sela rangkaian Konferensi Tingkat Tinggi"
        " (KTT) ASEAN ke-44 di Vientiane, Laos, Kamis (9/5/2024).",
        destination_country_id="LA",
        start_date=date(2024, 5, 9),
        end_date=None,
    ),
    visit(
        "_one_day_of_an_event:SERIES:a_series_told_in_the_next_sentence_leaves_the_end_unsaid",
        "Menteri Luar Negeri Retno Marsudi bertemu Perdana Menteri Laos di Vientiane, Laos, Kamis (25/7/2024). Retno"
        " berada di Vientiane untuk mengikuti rangkaian ASEAN Foreign Ministers' Meeting ke-57.",
        destination_country_id="LA",
        start_date=date(2024, 7, 25),
        end_date=None,
    ),
    visit(
        "_one_day_of_an_event:a_meeting_of_one_day_ends_on_that_day",
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Vietnam di Hanoi, Vietnam, Senin (4/3/2024). Mereka"
        " membahas pelindungan pekerja migran selama sekitar satu jam.",
        destination_country_id="VN",
        start_date=date(2024, 3, 4),
        end_date=date(2024, 3, 4),
    ),
    no_visit(
        "_arrives_home:an_arrival_in_Indonesia_is_no_visit_abroad",
        "Kemlu memfasilitasi kepulangan tujuh WNI. Ketujuhnya tiba di Jakarta pada Kamis (2/5/2024) dengan penerbangan"
        " Thai Lion Air yang transit di Bangkok, Thailand.",
    ),
    visit(
        "_welcomed_travellers:_no_spouses:a_wife_welcomed_with_the_lead_is_no_member",
        "Wakil Presiden Ma'ruf Amin tiba di Vientiane, Laos, Selasa (9/7/2024). Wapres dan Ibu Wury Ma'ruf Amin"
        " disambut oleh Menteri Luar Negeri Laos Saleumxay Kommasith.",
        {("ma-ruf-amin", "PRESIDEN_RI", "lead")},
        {("wury-ma-ruf-amin", None, "member")},
        lead_person_id="ma-ruf-amin",
        destination_country_id="LA",
    ),
    visit(
        "TOLD_BEFORE:_domestic_lead:the_meeting_told_the_sentence_before_names_the_lead",
        "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Thailand Maris Sangiampongsa di sela-sela KTT BRICS"
        " Plus. Pertemuan bilateral itu berlangsung di Kazan, Rusia, pada 23-24 Oktober 2024.",
        {("sugiono", "KEMLU", "lead"), ("maris-sangiampongsa", "MOFA_TH", "counterpart")},
        lead_person_id="sugiono",
        lead_agency_id="KEMLU",
        destination_country_id="RU",
    ),
    visit(
        "PART_OF_PARTY:_part_of_the_party:a_welcomer_said_to_be_of_the_delegation_is_a_member",
        "Presiden Joko Widodo tiba di Kuala Lumpur, Malaysia, pada Rabu (7/6/2023). Setibanya di hotel, Presiden"
        " disambut Menteri Pertahanan Prabowo Subianto. Deputi Protokol Sekretariat Presiden Bey Machmudin mengatakan"
        " Prabowo menjadi bagian dari delegasi yang mendampingi Presiden.",
        {("prabowo-subianto", "KEMENHAN", "member")},
        {("prabowo-subianto", "KEMENHAN", "counterpart")},
        destination_country_id="MY",
    ),
    visit(
        "WELCOMES_PARTY:_welcomers_of_the_party:who_welcomes_them_is_met",
        "Presiden Joko Widodo tiba di Putrajaya, Malaysia, pada Kamis (8/6/2023). Perdana Menteri Malaysia Anwar"
        " Ibrahim dan istrinya, Wan Azizah Wan Ismail, menyambut mereka di lobi.",
        {("wan-azizah-wan-ismail", None, "counterpart")},
        destination_country_id="MY",
    ),
    visit(
        "MEMBER:ikut_dalam_penerbangan_names_members",
        "Presiden Joko Widodo bertolak menuju Kuala Lumpur, Malaysia, pada Rabu (7/6/2023). Sejumlah menteri ikut"
        " dalam penerbangan Presiden, yakni Menteri Luar Negeri Retno Marsudi dan Menteri Sekretaris Negara Pratikno.",
        {("retno-marsudi", "KEMLU", "member"), ("pratikno", "SETNEG", "member")},
        lead_person_id="joko-widodo",
        destination_country_id="MY",
    ),
    visit(
        "IN_THE_PARTY:who_flies_with_the_President_is_a_member_however_far",
        "Presiden Joko Widodo bertolak menuju Kuala Lumpur, Malaysia, pada Rabu (7/6/2023). Pesawat mendarat sekitar"
        " pukul 15.40 waktu setempat. Cuaca cerah dan rombongan langsung menuju hotel. Sejumlah menteri ikut dalam"
        " penerbangan Presiden, yakni Menteri Luar Negeri Retno Marsudi dan Menteri Sekretaris Negara Pratikno.",
        {("retno-marsudi", "KEMLU", "member"), ("pratikno", "SETNEG", "member")},
        lead_person_id="joko-widodo",
        destination_country_id="MY",
    ),
    visit(
        "_speaks:who_says_who_accompanies_is_no_member",
        "Presiden Joko Widodo tiba di Kuala Lumpur, Malaysia, pada Rabu (7/6/2023). Deputi Bidang Protokol Sekretariat"
        " Presiden Bey Machmudin mengatakan Menteri Pertahanan Prabowo Subianto turut mendampingi Presiden.",
        {("prabowo-subianto", "KEMENHAN", "member")},
        {("bey-machmudin", None, "member"), ("bey-machmudin", "SETNEG", "member")},
        lead_person_id="joko-widodo",
        destination_country_id="MY",
    ),
    visit(
        "WIFE_BEFORE:the_First_Lady_travelling_with_the_President_does_not_lead",
        "Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo bertolak menuju Kuala Lumpur, Malaysia, pada Rabu"
        " (7/6/2023). Presiden disambut Menteri Luar Negeri Malaysia Zambry Abdul Kadir.",
        {("joko-widodo", "PRESIDEN_RI", "lead")},
        lead_person_id="joko-widodo",
        destination_country_id="MY",
    ),
    visit(
        "VISIT_REFERENCE:_host_officials:_member_agencies:who_accompanies_the_host_in_the_meeting_is_met",
        "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Filipina, Selasa (9/1/2024). Ia bertemu Presiden"
        " Filipina Ferdinand Marcos Jr. di Istana Malacanang. Kedua negara sepakat memperkuat kerja sama maritim."
        " Keduanya juga membahas isu kawasan. Dalam pertemuan itu Presiden Filipina didampingi Menteri Luar Negeri"
        " Filipina Enrique Manalo.",
        {("enrique-manalo", "MOFA_PH", "counterpart")},
        {("enrique-manalo", "MOFA_PH", "member"), (None, "KEMLU", "member")},
        destination_country_id="PH",
    ),
    visit(
        "VISIT_REFERENCE:_lead_and_member_sentences:who_accompanies_the_lead_in_the_meeting_travels",
        "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Filipina, Selasa (9/1/2024). Ia bertemu Presiden"
        " Filipina Ferdinand Marcos Jr. di Istana Malacanang. Kedua negara sepakat memperkuat kerja sama maritim."
        " Keduanya juga membahas isu kawasan. Dalam pertemuan bilateral itu Presiden juga didampingi Menteri"
        " Koordinator Bidang Perekonomian Airlangga Hartarto.",
        {("airlangga-hartarto", "KEMENKO_PEREKONOMIAN", "member")},
        destination_country_id="PH",
    ),
    visit(
        "_introduced:INTRODUCES:the_hosts_introduced_are_met",
        "Presiden Filipina Ferdinand Marcos Jr. melakukan kunjungan kenegaraan ke Indonesia, Senin (5/9/2022)."
        " Presiden Joko Widodo menyambut Marcos di Istana Bogor. Jokowi memperkenalkan para menterinya yang ikut"
        " menyambut, yakni Menteri Luar Negeri Retno Marsudi dan Menteri Sekretaris Negara Pratikno.",
        {("retno-marsudi", "KEMLU", "counterpart"), ("pratikno", "SETNEG", "counterpart")},
        destination_country_id="ID",
    ),
    visit(
        "delegation_of:ARRIVAL:those_welcoming_the_visitor_on_arrival_in_Indonesia_are_met",
        "Delegasi Kepolisian Thailand yang dipimpin Jenderal Kittirat Phanphet melakukan kunjungan kerja ke"
        " Indonesia untuk membahas penipuan daring. Kunjungan berlangsung tiga hari. Kedua pihak sepakat bertukar"
        " data. Pesawat yang membawa Kittirat mendarat di Bandara Soekarno-Hatta, Senin (5/2/2024). Ia"
        " disambut oleh Kadiv Hubinter Polri Irjen Krishna Murti.",
        {("krishna-murti", "POLRI", "counterpart")},
        {("krishna-murti", "POLRI", "member")},
        destination_country_id="ID",
    ),
    visit(
        "COUNTERPART:a_meeting_held_together_with_ministers_meets_them",
        "Menteri Luar Negeri Retno Marsudi menghadiri Pertemuan Menteri Luar Negeri ASEAN di Vientiane, Laos, Rabu"
        " (24/7/2024). Pertemuan membahas kerja sama kawasan. Isu perdagangan orang juga dibahas. Di sela pertemuan,"
        " Retno menggelar pertemuan troika bersama Menteri Luar Negeri Laos Saleumxay Kommasith.",
        {("retno-marsudi", "KEMLU", "lead"), ("saleumxay-kommasith", "MOFA_LA", "counterpart")},
        destination_country_id="LA",
    ),
    visit(
        "_posted_abroad:POSTED_ABROAD:_member_agencies:_titles:an_attache_listed_with_the_companions_is_met",
        "Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke Thailand, Senin (3/6/2024). Sugiono didampingi"
        " Direktur Jenderal Kerja Sama ASEAN Kemlu Sidharto Suryodipuro dan Atase Kepolisian RI di Bangkok Kombes"
        " Pol Andi Rahman Hakim.",
        {("andi-rahman-hakim", "POLRI", "counterpart"), ("sidharto-suryodipuro", "KEMLU", "member")},
        {("andi-rahman-hakim", "POLRI", "member"), (None, "POLRI", "member")},
        destination_country_id="TH",
    ),
    visit(
        "_posted_abroad:a_coordinator_of_an_embassy_function_is_posted_there",
        "Kepala BP2MI Benny Rhamdani berkunjung ke Korea Selatan, Selasa (4/6/2024). Benny didampingi Direktur"
        " Penempatan BP2MI Rinardi serta Koordinator Fungsi Ketenagakerjaan Agus Santoso.",
        {("agus-santoso", "BP2MI", "counterpart")},
        {("agus-santoso", "BP2MI", "member")},
        destination_country_id="KR",
    ),
    visit(
        "_beside_the_lead:BESIDE_LEAD:who_comes_bersama_the_lead_travels_with_him",
        "Menteri P2MI Abdul Kadir Karding bersama Wakil Menteri P2MI Christina Aryani dan rombongan melakukan"
        " kunjungan kerja ke Jepang, Rabu (20/8/2025), untuk membahas penempatan pekerja migran.",
        {("christina-aryani", "KP2MI", "member")},
        lead_person_id="abdul-kadir-karding",
        destination_country_id="JP",
    ),
    visit(
        "_companions_told_next:_participants:the_host's_companions_are_met",
        "Ketua DPR RI Puan Maharani menerima kunjungan kehormatan Ketua Majelis Nasional Korea Selatan Woo Won-shik"
        " di Gedung DPR, Jakarta, Kamis (22/1/2026). Puan tidak sendirian menerima tamunya. Turut mendampingi Wakil"
        " Ketua Komisi IX DPR Charles Honoris dan anggota Komisi I DPR Dave Laksono.",
        {("puan-maharani", "DPR", "counterpart"), ("charles-honoris", "DPR", "counterpart")},
        {("charles-honoris", "DPR", "member"), ("dave-laksono", "DPR", "member")},
        destination_country_id="ID",
    ),
    visit(
        "_companions_told_next:the_lead's_companions_told_next_travel",
        "Ketua DPR RI Puan Maharani melakukan kunjungan kerja ke Malaysia, Senin (2/10/2023). Di Kuala Lumpur, Puan"
        " bertemu Ketua Dewan Rakyat Malaysia Johari Abdul. Pertemuan berlangsung selama satu jam. Isu pekerja"
        " migran dibahas. Puan datang dengan rombongan kecil. Turut mendampingi Wakil Ketua Komisi I DPR Charles"
        " Honoris.",
        {("puan-maharani", "DPR", "lead"), ("charles-honoris", "DPR", "member")},
        destination_country_id="MY",
    ),
    visit(
        "_next_days:NEXT_DAY:keesokan_harinya_goes_on_with_the_visit",
        "Kepala BP2MI Benny Rhamdani tiba di Kuala Lumpur, Malaysia, Senin (10/6/2024), untuk kunjungan kerja. Benny"
        " bertemu Menteri Sumber Manusia Malaysia Steven Sim. Keesokan harinya, Selasa (11/6/2024), Benny meninjau"
        " shelter KBRI.",
        destination_country_id="MY",
        start_date=date(2024, 6, 10),
        end_date=date(2024, 6, 11),
    ),
    visit(
        "_beside_the_lead:BESIDE_LATER:bersama_after_the_lead's_travel_verb",
        "Kabareskrim Polri Komjen Wahyu Widada bertolak ke Myanmar bersama Kadiv Hubinter Polri Irjen Krishna Murti,"
        " Senin (10/6/2024). Setibanya di Yangon, keduanya diterima Kepala Kepolisian Myanmar Letjen Zin Min Htet.",
        {("wahyu-widada", "POLRI", "lead"), ("krishna-murti", "POLRI", "member")},
        destination_country_id="MM",
    ),
    visit(
        "_participants:ENVOY:the_visitors'_own_envoy_here_neither_travels_nor_is_met",
        "Menteri Luar Negeri Kamboja Sok Chenda Sophea berkunjung ke Jakarta, Senin (10/6/2024). Ia diterima Menteri"
        " Luar Negeri Retno Marsudi di Gedung Pancasila. Sok Chenda didampingi Duta Besar Kamboja untuk Indonesia Sok"
        " Sopheak dan Sekretaris Negara Kementerian Luar Negeri Kamboja Chum Sounry.",
        {("chum-sounry", "MOFA_KH", "member"), ("retno-marsudi", "KEMLU", "counterpart")},
        {("sok-sopheak", "MOFA_KH", "member"), ("sok-sopheak", "MOFA_KH", "counterpart")},
        destination_country_id="ID",
    ),
    visit(
        "_posted_abroad:ArticleActors.title_of_person:an_attache_titled_elsewhere_and_listed_bare_is_met",
        "Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke Vietnam, Senin (3/6/2024). Atase Pertahanan KBRI"
        " Hanoi Brigjen TNI Andi Wijaya juga hadir menjemput. Esoknya Sugiono bertemu Menteri Luar Negeri Vietnam Bui"
        " Thanh Son. Dalam pertemuan itu Sugiono didampingi Direktur Jenderal Asia Pasifik Kemlu Abdul Kadir Jailani"
        " dan Andi Wijaya.",
        {("andi-wijaya", "TNI", "counterpart")},
        {("andi-wijaya", "TNI", "member")},
        destination_country_id="VN",
    ),
    visit(
        "dates.day_range:two_days_written_with_the_numeric_date_of_the_second",
        "Wakil Menteri Luar Negeri Pahala Mansury berkunjung ke Laos selama dua hari, Senin-Selasa (10-11/6/2024)."
        " Pahala bertemu Wakil Menteri Luar Negeri Laos Phoxay Khaykhamphithoune.",
        destination_country_id="LA",
        start_date=date(2024, 6, 10),
        end_date=date(2024, 6, 11),
    ),
    visit(
        "_returns:RETURN_HOME:the_day_they_come_home_ends_the_visit",
        "Kapolri Jenderal Listyo Sigit Prabowo bertolak ke Thailand pada Senin (10/6/2024). Kapolri bertemu Kepala"
        " Kepolisian Thailand Torsak Sukvimol. Rombongan tiba kembali di Jakarta pada Rabu (12/6/2024).",
        destination_country_id="TH",
        start_date=date(2024, 6, 10),
        end_date=date(2024, 6, 12),
    ),
    visit(
        "_closes_on_a_day:CLOSING:TRIGGER:the_day_a_visit_of_n_days_closes_is_its_last",
        "Menteri Ketenagakerjaan Ida Fauziyah menutup rangkaian kunjungan kerjanya di Malaysia pada Rabu (12/6/2024)."
        " Selama tiga hari di Kuala Lumpur, Ida bertemu Menteri Sumber Manusia Malaysia Steven Sim.",
        destination_country_id="MY",
        start_date=date(2024, 6, 10),
        end_date=date(2024, 6, 12),
    ),
    visit(
        "TRIGGER:MISSION_WORD:who_leads_a_team_to_a_place_goes_there",
        "Direktur Pelindungan WNI Kemlu Judha Nugraha memimpin tim ke Myawaddy, Myanmar. Tim berangkat pada Senin"
        " (10/6/2024) dan baru kembali ke Jakarta pada Kamis (13/6/2024).",
        {("judha-nugraha", "KEMLU", "lead")},
        destination_country_id="MM",
        start_date=date(2024, 6, 10),
        end_date=date(2024, 6, 13),
    ),
    visit(
        "_heads_the_party:HEAD_OF_PARTY_AFTER:selaku_ketua_delegasi_leads",
        "Kepala Divisi Hubungan Internasional Polri Irjen Krishna Murti menghadiri pertemuan dengan pejabat Thailand"
        " di Bangkok, Senin (10/6/2024), mendampingi Deputi Bidang Koordinasi Hukum dan HAM Kemenko Polhukam Sugeng"
        " Purnomo selaku ketua delegasi Indonesia.",
        {("sugeng-purnomo", "KEMENKO_POLHUKAM", "lead"), ("krishna-murti", "POLRI", "member")},
        lead_agency_id="KEMENKO_POLHUKAM",
        destination_country_id="TH",
    ),
    visit(
        "_foreign_delegation:DELEGATION_OF:a_delegation_dari_a_foreign_body_comes_to_Indonesia",
        "Sebuah delegasi dari Kementerian Keamanan Publik China tiba di Jakarta, Senin (10/6/2024). Delegasi yang"
        " dipimpin Wakil Menteri Keamanan Publik China Liu Zhongyi itu diterima Kabareskrim Polri Komjen Wahyu Widada.",
        {("liu-zhongyi", "MPS_CN", "lead"), ("wahyu-widada", "POLRI", "counterpart")},
        lead_agency_id="MPS_CN",
        origin_country_id="CN",
        destination_country_id="ID",
    ),
    visit(
        "MEMBER:ditemani_and_disertai_name_companions",
        "Kapolri Jenderal Listyo Sigit Prabowo melakukan kunjungan kerja ke Thailand, Senin (10/6/2024). Kapolri"
        " ditemani Kabareskrim Polri Komjen Wahyu Widada dan disertai Asisten Kapolri Bidang Operasi Irjen Pol Verdianto"
        " Iskandar Bitticaca.",
        {("wahyu-widada", "POLRI", "member")},
        destination_country_id="TH",
    ),
    visit(
        "_first_of_the_party:PARTY_MAKEUP:the_first_of_the_party's_make-up_heads_it",
        "Rombongan Komisi I DPR melakukan kunjungan kerja ke Kamboja, Senin (10/6/2024). Rombongan terdiri dari"
        " Wakil Ketua Komisi I DPR Abdul Kharis Almasyhari, anggota Komisi I DPR Dave Laksono, dan anggota Komisi I"
        " DPR Sukamta.",
        {("abdul-kharis-almasyhari", "DPR", "lead"), ("dave-laksono", "DPR", "member")},
        lead_person_id="abdul-kharis-almasyhari",
        destination_country_id="KH",
    ),
    visit(
        "_host_officials_met_later:a_host_official_met_paragraphs_later_is_met",
        "Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke Kamboja, Senin (10/6/2024). Kunjungan itu membahas"
        " kerja sama ekonomi. Isu perdagangan orang juga dibahas. Kamboja menjadi tujuan banyak WNI. Ia juga bertemu"
        " Menteri Dalam Negeri Kamboja Sar Sokha pada Selasa (11/6/2024).",
        {("sar-sokha", "MOI_KH", "counterpart")},
        destination_country_id="KH",
    ),
    visit(
        "_meetings_there:a_meeting_with_a_host_official_told_later_dates_the_visit",
        "Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke Kamboja, Senin (10/6/2024). Kunjungan itu membahas"
        " kerja sama ekonomi. Isu perdagangan orang juga dibahas. Kamboja menjadi tujuan banyak WNI. Pada Selasa"
        " (11/6/2024), Menlu bertemu Menteri Dalam Negeri Kamboja Sar Sokha.",
        destination_country_id="KH",
        start_date=date(2024, 6, 10),
        end_date=date(2024, 6, 11),
    ),
    visit(
        "HOST_SIDE:the_host's_side_led_by_its_chair_is_met",
        "Menteri Luar Negeri Sugiono melakukan kunjungan kerja ke Laos, Selasa (9/7/2024). Dari pihak tuan rumah,"
        " pertemuan itu dipimpin Menteri Luar Negeri Laos Saleumxay Kommasith.",
        {("sugiono", "KEMLU", "lead"), ("saleumxay-kommasith", "MOFA_LA", "counterpart")},
        {("saleumxay-kommasith", "MOFA_LA", "lead")},
        destination_country_id="LA",
        lead_person_id="sugiono",
    ),
    visit(
        "HOST_SIDE_OPENS:a_sentence_opening_on_the_host's_side_names_the_hosts",
        "Polri menerima kunjungan delegasi Kepolisian Kerajaan Thailand di Jakarta, Kamis (6/6/2024). Delegasi"
        " Thailand dipimpin Jenderal Torsak Sukvimol. Dari pihak tuan rumah, Kabareskrim Polri Komjen Wahyu Widada"
        " bertindak sebagai ketua delegasi Indonesia.",
        {("wahyu-widada", "POLRI", "counterpart")},
        destination_country_id="ID",
    ),
    no_visit(
        "PLAN_BEFORE:a_visit_being_prepared_is_a_plan",
        "Menteri P2MI memimpin rapat koordinasi di Jakarta untuk menyiapkan kunjungan kerja ke Jepang.",
    ),
    no_visit(
        "PLANNED_AFTER:a_visit_that_is_scheduled_is_a_plan",
        "Rapat itu membahas kunjungan kerja Menteri Ketenagakerjaan ke Taiwan yang dijadwalkan dalam waktu dekat.",
    ),
    visit(
        "_counterparts_and_members:the_meeting_word_right_before_a_name_meets_it",
        "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Jepang, Sabtu (9/3/2024). Jokowi bertemu Kaisar"
        " Naruhito pada pagi hari, kemudian menggelar pertemuan bilateral dengan Ketua Parlemen Jepang Fukushiro"
        " Nukaga.",
        {("fukushiro-nukaga", None, "counterpart")},
        destination_country_id="JP",
    ),
    visit(
        "COUNTERPART:an_audience_with_someone_meets_him",
        "Presiden Joko Widodo melakukan kunjungan kenegaraan ke Malaysia dan beraudiensi dengan Ketua Dewan Rakyat"
        " Johari Abdul di Kuala Lumpur, Senin (4/3/2024).",
        {("johari-abdul", "DEWAN_RAKYAT_MY", "counterpart")},
        destination_country_id="MY",
    ),
    visit(
        "VISIT_TO_MISSION:a_visit_to_the_embassy_is_received_by_its_staff",
        "Menteri Koordinator Bidang Politik dan Keamanan Djamari Chaniago melakukan kunjungan kerja ke Kedutaan Besar"
        " Republik Indonesia (KBRI) Kuala Lumpur, Sabtu (25/5/2024). Di hadapan jajaran kedutaan, Djamari menyoroti"
        " persoalan pekerja migran. Duta Besar RI untuk Malaysia Hermono memaparkan layanan kedutaan.",
        {("hermono", "KBRI", "counterpart")},
        destination_country_id="MY",
    ),
    visit(
        "ON_BEHALF_OF:the_one_another_acts_for_is_not_met",
        "Kapolri Listyo Sigit Prabowo melakukan kunjungan kerja ke Thailand, Rabu (5/6/2024). Di Bangkok ia bertemu"
        " Menteri Dalam Negeri Thailand Anutin Charnvirakul, yang menyerahkan penghargaan atas nama Perdana Menteri"
        " Thailand Srettha Thavisin.",
        {("anutin-charnvirakul", "MOI_TH", "counterpart")},
        {("srettha-thavisin", "GOV_TH", "counterpart")},
        destination_country_id="TH",
    ),
    visit(
        "RECEIVES:_receivers_of_the_lead:who_receives_the_lead_is_met",
        "Ketua Majelis Nasional Vietnam Tran Thanh Man tiba di Jakarta untuk kunjungan resmi pada Rabu (6/3/2024)."
        " Pesawat yang membawa Tran mendarat di Bandara Soekarno-Hatta sekitar pukul 13.25 WIB. Ia disambut oleh"
        " Wakil Ketua MPR Eddy Soeparno dan Duta Besar Vietnam untuk Indonesia Tran Van Hung. Keesokan harinya, Kamis"
        " (7/3/2024), Presiden Joko Widodo menerima Tran di Istana Merdeka, Jakarta.",
        {("joko-widodo", "PRESIDEN_RI", "counterpart")},
        destination_country_id="ID",
    ),
    visit(
        "ENVOY:_participants:the_visitors'_own_envoy_who_welcomes_them_is_not_met",
        "Ketua Majelis Nasional Vietnam Tran Thanh Man tiba di Jakarta untuk kunjungan resmi pada Rabu (6/3/2024). Ia"
        " disambut oleh Wakil Ketua MPR Eddy Soeparno dan Duta Besar Vietnam untuk Indonesia Ta Van Thong.",
        {("eddy-soeparno", "MPR", "counterpart")},
        {("ta-van-thong", "MOFA_VN", "counterpart")},
        destination_country_id="ID",
    ),
    visit(
        "_participants:an_official_of_the_visiting_lead's_ministry_is_of_the_party",
        "Menteri Dalam Negeri Malaysia Saifuddin Nasution Ismail melakukan kunjungan kerja ke Jakarta, Senin"
        " (24/6/2024). Hari pertama diisi dengan taklimat yang dipimpin Ketua Setiausaha Kementerian Dalam Negeri"
        " Malaysia Datuk Awang Alik Jeman.",
        {("awang-alik-jeman", "KDN_MY", "member")},
        destination_country_id="ID",
    ),
    no_visit(
        "VICTIM:a_worker's_trip_without_procedure_is_no_visit",
        "Budi, 30 tahun, berangkat ke Kamboja tanpa prosedur resmi dan bekerja sebagai operator judi online.",
    ),
    visit(
        "_in_border_pair:_joined_destinations:the_sides_of_a_border_are_no_second_destination",
        "Tim Kemlu tiba di Mae Sot, kota di perbatasan Thailand dan Myanmar, Jumat (23/2/2024), untuk menjemput"
        " korban penipuan daring.",
        destination_country_id="TH",
    ),
    visit(
        "_one_day_of_an_event:a_meeting_ahead_of_a_summit_is_a_one_day_visit",
        "Menteri Luar Negeri Sugiono menghadiri Pertemuan Menteri Luar Negeri ASEAN di Vientiane, Laos, Kamis"
        " (24/7/2024). Pertemuan itu digelar menjelang KTT ASEAN.",
        destination_country_id="LA",
        start_date=date(2024, 7, 24),
        end_date=date(2024, 7, 24),
    ),
]


@pytest.mark.parametrize(("body", "fields", "participants", "absent"), RULES)
def test_delegation_rule(
    body: str,
    fields: dict[str, object] | None,
    participants: set[Participant],
    absent: set[Participant],
    extract: Callable,
) -> None:
    x = extract(body)
    if fields is None:
        assert x.delegations.height == 0, x.delegations.rows(named=True)
        return
    assert x.delegations.height == 1
    row = x.delegations.row(0, named=True)
    assert {k: row[k] for k in fields} == fields
    got = set(x.delegation_participants.select("person_id", "agency_id", "role").rows())
    assert participants <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(
    ("body", "destinations"),
    [
        pytest.param(
            '"Bareskrim bersama Divhubinter Polri berangkat ke Yangon, Myanmar, dan Bangkok, Thailand," kata Krishna.',
            {"MM", "TH"},
            id="_joined_destinations:JOINED_PLACE",
        ),
        pytest.param(
            "Tim Polri berangkat ke Bangkok, Thailand, untuk bertemu pihak yang pernah bekerja di Kamboja.",
            {"TH"},
            id="_joined_destinations:not_joined",
        ),
        pytest.param(
            "Tim terpadu yang terdiri dari Kemlu, KBRI Bangkok, dan KBRI Yangon tiba di Mae Sot, Thailand, Senin "
            "(22/7/2024).",
            {"TH"},
            id="_joined_destinations:MISSION_NAME_an_embassy_city_is_no_destination",
        ),
    ],
)
def test_joined_destinations(body: str, destinations: set[str], extract: Callable) -> None:
    """A team sent to several countries listed with "dan" is one delegation per country, with the same lead."""
    x = extract(body)
    assert set(x.delegations["destination_country_id"]) == destinations
    assert x.delegations["lead_agency_id"].n_unique() == 1


@pytest.mark.parametrize(
    ("body", "starts"),
    [
        pytest.param(
            "Polri berkoordinasi dengan Interpol di Bangkok soal 20 WNI. Koordinasi berlangsung Selasa (30/7/2024) "
            "pukul 13.00 waktu Bangkok. Polri juga menyiapkan pemulangan. "
            '"Bareskrim bersama Divhubinter Polri berangkat ke Yangon, Myanmar, dan Bangkok, Thailand," kata Krishna.',
            {"TH": date(2024, 7, 30), "MM": None},
            id="leg_day:dated_where_its_place_is_named",
        ),
        pytest.param(
            "Polri berkoordinasi dengan Interpol soal 20 WNI pada Selasa (30/7/2024). Polri juga menyiapkan "
            'pemulangan. "Bareskrim bersama Divhubinter Polri berangkat ke Yangon, Myanmar, dan Bangkok, Thailand," '
            "kata Krishna.",
            {"TH": None, "MM": None},
            id="leg_day:day_of_a_sentence_not_naming_the_place",
        ),
    ],
)
def test_leg_day_dates_an_undated_leg_where_its_place_is_named(
    body: str, starts: dict[str, date | None], extract: Callable
) -> None:
    """leg_day: a leg of a mission to several countries that its own sentences leave undated takes the first day of
    a sentence naming its place; a leg whose place is named without a day stays undated."""
    x = extract(body)
    assert dict(x.delegations.select("destination_country_id", "start_date").iter_rows()) == starts


def test_second_visit_abroad_beside_a_visit_to_indonesia(extract: Callable) -> None:
    """_second_visit / _outbound_sentences / _without_the_visit_here: an article about a foreign delegation received
    in Jakarta that also tells the Indonesian host's own earlier trip to that country has two visits, each with its
    own lead; the minister met abroad is met on the trip, neither met nor a member of the visit here."""
    x = extract(
        "Menteri P2MI Abdul Kadir Karding menerima delegasi Kementerian Sumber Manusia Malaysia di Jakarta, Senin"
        " (1/7/2024). Kedua pihak membahas pelindungan pekerja migran. Kedatangan delegasi Malaysia itu merupakan"
        " kunjungan balasan. Sebulan sebelumnya, Karding melakukan kunjungan kerja ke Kuala Lumpur dan bertemu"
        " Menteri Sumber Manusia Malaysia Steven Sim.",
    )
    rows = {r["destination_country_id"]: r for r in x.delegations.iter_rows(named=True)}
    assert set(rows) == {"ID", "MY"}, rows
    assert rows["MY"]["lead_person_id"] == "abdul-kadir-karding"
    assert rows["MY"]["lead_agency_id"] == "KP2MI"
    roles = {
        (p["delegation_id"], p["person_id"], p["role"])
        for p in x.delegation_participants.iter_rows(named=True)
    }
    assert (rows["MY"]["delegation_id"], "steven-sim", "counterpart") in roles, roles
    assert not any(d == rows["ID"]["delegation_id"] and pid == "steven-sim" for d, pid, _ in roles), roles


def test_a_foreign_minister_met_on_another_visit_is_no_host(extract: Callable) -> None:
    """_participants (met_elsewhere): at a visit to Indonesia, a foreign minister the host met on his own trip abroad
    is neither met by the visitors here nor a member of their ministry's party; that trip is a visit of its own."""
    x = extract(
        "Menteri P2MI Abdul Kadir Karding menerima delegasi Kementerian Sumber Daya Manusia dan Pembangunan Sosial"
        " Arab Saudi di Kantor KP2MI, Jakarta, Senin (17/2/2025). Kedatangan delegasi Arab Saudi ke Jakarta merupakan"
        " kunjungan balasan. Sekitar dua pekan sebelumnya, Karding melakukan kunjungan kerja ke Riyadh dan bertemu"
        " Menteri Sumber Daya Manusia dan Pembangunan Sosial Arab Saudi Ahmad bin Sulaiman AlRajhi.",
        published=date(2025, 2, 18),
    )
    here = x.delegations.filter(x.delegations["destination_country_id"] == "ID")["delegation_id"].to_list()
    assert len(here) == 1
    roles = {
        (p["person_id"], p["role"])
        for p in x.delegation_participants.iter_rows(named=True)
        if p["delegation_id"] == here[0]
    }
    assert ("abdul-kadir-karding", "counterpart") in roles, roles
    assert not any(pid == "ahmad-bin-sulaiman" for pid, _ in roles), roles


def test_tour_stops_are_one_visit_each(extract: Callable) -> None:
    """_tour_stops / _tour_legs / _stop_days (TOUR_STOP): a tour told stop by stop ("Persinggahan pertama adalah
    Brunei ...", "Dari Brunei, Prabowo terbang ke Laos") is a visit to each country, with the tour's lead, the days
    and the persons met of its own sentences."""
    x = extract(
        "Menteri Pertahanan Prabowo Subianto melakukan kunjungan kerja ke sejumlah negara Asia Tenggara. Persinggahan"
        " pertama adalah Brunei Darussalam. Prabowo bertemu Sultan Hassanal Bolkiah pada Kamis (5/9/2024). Dari"
        " Brunei, Prabowo terbang ke Laos. Keesokan harinya, Jumat (6/9/2024), ia bertemu Presiden Laos Thongloun"
        " Sisoulith.",
        published=date(2024, 9, 10),
    )
    rows = {r["destination_country_id"]: r for r in x.delegations.iter_rows(named=True)}
    assert set(rows) == {"BN", "LA"}
    assert (rows["BN"]["start_date"], rows["BN"]["end_date"]) == (date(2024, 9, 5), date(2024, 9, 5))
    assert (rows["LA"]["start_date"], rows["LA"]["end_date"]) == (date(2024, 9, 6), date(2024, 9, 6))
    assert {r["lead_person_id"] for r in rows.values()} == {"prabowo-subianto"}
    met = {
        (r["delegation_id"], r["person_id"])
        for r in x.delegation_participants.iter_rows(named=True)
        if r["role"] == "counterpart"
    }
    assert (rows["LA"]["delegation_id"], "thongloun-sisoulith") in met
    assert (rows["BN"]["delegation_id"], "thongloun-sisoulith") not in met


def test_who_dines_with_the_visitor_is_met(extract: Callable) -> None:
    """COUNTERPART ("menghadiri jamuan makan malam bersama ..."): at a stop of a tour whose roles were read for another
    country, who dines with the visitor is met, not a member of a sentence that also says "didampingi"."""
    x = extract(
        "Menteri Pertahanan Prabowo Subianto melakukan kunjungan kerja ke sejumlah negara Asia Tenggara. Persinggahan"
        " pertama adalah Kamboja. Di Phnom Penh, Prabowo bertemu Perdana Menteri Kamboja Hun Manet pada Jumat"
        " (6/9/2024)."
        " Persinggahan terakhir adalah Thailand. Cuaca cerah sore itu. Di Bangkok, Prabowo, yang didampingi Wakil"
        " Menteri Pertahanan Muhammad"
        " Herindra, menghadiri jamuan makan malam bersama Perdana Menteri Thailand Paetongtarn Shinawatra.",
        published=date(2024, 9, 10),
    )
    roles = {
        (r["destination_country_id"], p["person_id"], p["role"])
        for r in x.delegations.iter_rows(named=True)
        for p in x.delegation_participants.iter_rows(named=True)
        if p["delegation_id"] == r["delegation_id"]
    }
    assert ("TH", "paetongtarn-shinawatra", "counterpart") in roles, roles
    assert ("TH", "paetongtarn-shinawatra", "member") not in roles, roles


def test_visit_of_to_a_named_officials_earlier_trip_beside_a_visit_here(extract: Callable) -> None:
    """VISIT_OF_TO: "menindaklanjuti kunjungan Presiden Joko Widodo ke Hanoi" beside a visit to Indonesia is a trip
    of its own (a second delegation, to VN)."""
    x = extract(
        "Menteri Luar Negeri RI Retno Marsudi bertemu dengan Menteri Luar Negeri Vietnam Bui Thanh Son di Jakarta,"
        " Selasa (4/6/2024). Pertemuan ini menindaklanjuti kunjungan Presiden Joko Widodo ke Hanoi pada Januari"
        " lalu."
    )
    assert set(x.delegations["destination_country_id"]) == {"ID", "VN"}

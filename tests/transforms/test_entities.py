"""One row per entity rule: persons (transforms/persons.py, the methods of SentenceScan and the article steps) and
agency / country mentions (transforms/entities.py, transforms/extract.py).

Each row's id names the rule it exists for. Person rows check the person of that full name (or that there is
none); mention rows check the entity a surface text is read as (or that an entity is not mentioned).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest


def person(rule: str, body: str, name: str, **fields: object) -> object:
    return pytest.param(body, name, fields, id=rule)


def no_person(rule: str, body: str, name: str) -> object:
    return pytest.param(body, name, None, id=rule)


PERSON_RULES = [
    person(
        "titles.csv:dato_seri_diraja_is_an_honorific",
        "Menteri Luar Negeri Malaysia, Dato' Seri Diraja Mohamad Hasan, bertemu Menlu Sugiono di Jakarta.",
        "Mohamad Hasan",
    ),
    person(
        "titles.csv:dato_paduka_is_an_honorific",
        "Presiden menerima Sekretaris Jenderal ASEAN Dato Paduka Kao Kim Hourn di Istana Merdeka.",
        "Kao Kim Hourn",
    ),
    no_person(
        "_raw_persons:the_longer_mention_at_one_start_covers_its_words",
        "Wamen bertemu pimpinan Turkiye Is Kurumu (ISKUR), badan ketenagakerjaan pemerintah Turki.",
        "Is Kurumu",
    ),
    person(
        "ORG_WORDS:masyarakat_ends_a_portfolio_and_starts_no_name",
        "Menteri Pendidikan dan Masyarakat Somchai Boonmee mengatakan 40 situs judi diblokir.",
        "Somchai Boonmee",
    ),
    person(
        "titles.csv:yang_di-pertuan_agong_is_malaysia's_king_and_heads_no_agency",
        "Kunjungan itu memenuhi undangan Yang di-Pertuan Agong Malaysia, Sultan Nazrin Shah.",
        "Sultan Nazrin Shah",
        agency_id=None,
        country_id="MY",
    ),
    person(
        "agencies.csv:GOV_TL:the_prime_minister_of_timor_leste_heads_its_government",
        "Di sela KTT, Presiden bertemu Perdana Menteri Malaysia dan Perdana Menteri Timor Leste Xanana Gusmao.",
        "Xanana Gusmao",
        agency_id="GOV_TL",
    ),
    person(
        "_with_agencies:a_prime_minister_heads_the_government_of_the_story's_foreign_country",
        "Kepolisian Thailand menutup 30 situs judi. Juru bicara polisi mengatakan operasi itu menjawab"
        " kekhawatiran Perdana Menteri Anutin Charoen soal maraknya situs judi ilegal.",
        "Anutin Charoen",
        agency_id="GOV_TH",
    ),
    person(
        "_with_agencies:a_prime_minister_takes_no_indonesian_body_of_the_story",
        "Kemlu RI menyebut juru bicara Kementerian Luar Negeri China akan hadir. Ia menambahkan bahwa Perdana"
        " Menteri Wen Bao juga akan menerima Presiden Indonesia.",
        "Wen Bao",
        agency_id="GOV_CN",
    ),
    person(
        "titles.csv:a_king_named_with_his_country_heads_no_agency",
        "Menteri Luar Negeri diterima Raja Yordania Abdullah II di Amman pada Selasa.",
        "Abdullah II",
        agency_id=None,
        country_id="JO",
    ),
    person(
        "ForeignBodies.body_of:_MONARCH:a_king_is_head_of_state_not_of_the_government",
        "Dalam kunjungan itu Presiden beraudiensi dengan Raja Thailand Somchai Wattana di Bangkok.",
        "Somchai Wattana",
        agency_id=None,
        country_id="TH",
    ),
    person(
        "places.csv:raja_ampat_is_a_place_not_a_king",
        "Bupati Raja Ampat Orideko Burdam menyebut 14 warganya dipulangkan dari Kamboja.",
        "Orideko Burdam",
    ),
    person(
        "after_org_head:a_known_province_completes_the_head_before_the_name",
        "Tim itu bertemu dengan Gubernur Provinsi Tak Somsak Kaewmanee di Mae Sot pada Jumat.",
        "Somsak Kaewmanee",
        agency_id="TAK_PROVINCE_TH",
    ),
    no_person(
        "_merge_partial_names:_blended:a_nickname_blending_the_full_name",
        "Presiden Joko Widodo tiba di Vientiane. Wapres menyampaikan salam dari Presiden Jokowi kepada peserta.",
        "Jokowi",
    ),
    person(
        "_raw_persons:rank_words:sena_is_a_name_word_too",
        "Kasatreskrim Polrestabes Semarang Kompol Andika Dharma Sena menyebut pihaknya menangani 20 laporan polisi.",
        "Andika Dharma Sena",
        agency_id="POLRI",
    ),
    person(
        "text.ABBREVIATIONS:a_rank_with_a_full_stop_ends_no_sentence",
        "Kadiv Humas Polri Irjen. Pol. Sandi Nugroho mengatakan 12 tersangka ditahan.",
        "Sandi Nugroho",
        agency_id="POLRI",
    ),
    person(
        "text.ABBREVIATIONS:a_dotted_rank_stays_in_the_title",
        "Direktur Reserse Kriminal Khusus Polda Metro Jaya Kombes. Pol. Ade Ary Syam Indradi mengatakan hal itu.",
        "Ade Ary Syam Indradi",
        title="Direktur Reserse Kriminal Khusus Polda Metro Jaya Kombes. Pol",
        agency_id="POLRI",
    ),
    person(
        "_NAME_TOKEN:accented_letters_are_a_name_too",
        "Kasat Reskrim AKBP Dédé Sétiawan mengatakan 12 tersangka ditahan.",
        "Dédé Sétiawan",
        agency_id="POLRI",
    ),
    no_person(
        "NAME_STOP:nomor_a_document_number_after_a_title_word",
        "Presiden Joko Widodo meneken Keputusan Presiden Nomor 21 Tahun 2024 tentang Satuan Tugas Perjudian Daring.",
        "Nomor",
    ),
    no_person(
        "ORG_HEADS:daerah_a_region_named_after_it",
        "JAKARTA - Kepolisian Daerah Metro Jaya membeberkan hasil penindakan perkara judi daring.",
        "Metro Jaya",
    ),
    no_person(
        "MEETING_WORDS:ministerial_a_meeting_name",
        "Menteri Luar Negeri Retno Marsudi mengikuti Pertemuan Menteri Luar Negeri ASEAN (ASEAN Ministerial"
        " Meeting/AMM) di Vientiane, Laos.",
        "Ministerial",
    ),
    no_person(
        "Cues.any:a_capitalised_run_without_a_cue_is_no_name",
        "Tawaran Kerja Paruh Waktu itu menjerat ratusan korban penipuan daring.",
        "Paruh Waktu",
    ),
    person(
        "SentenceScan.extends:a_name_ends_at_its_comma",
        "Polisi menahan tiga tersangka, yakni Budi Hartono, Ahmad Yani, dan Rina Marlina, di Batam.",
        "Budi Hartono",
        person_id="budi-hartono",
    ),
    person(
        "SentenceScan.foreign_office:a_title_naming_a_foreign_country",
        "Menteri Luar Negeri Filipina Enrique Manalo bertemu Menteri Luar Negeri Sugiono di Manila.",
        "Enrique Manalo",
        agency_id="MOFA_PH",
        country_id="PH",
    ),
    person(
        "SentenceScan.on_side:a_minister_beside_a_foreign_president",
        "Presiden Filipina Ferdinand Marcos Jr. didampingi Menteri Pertahanan Gilberto Teodoro dalam pertemuan itu.",
        "Gilberto Teodoro",
        agency_id="DND_PH",
        country_id="PH",
    ),
    person(
        "person_slug:dots_dropped_hyphens_between_words",
        "Presiden Filipina Ferdinand Marcos Jr. didampingi Menteri Pertahanan Gilberto Teodoro dalam pertemuan itu.",
        "Ferdinand Marcos Jr",
        person_id="ferdinand-marcos-jr",
    ),
    person(
        "SentenceScan.rank_ending_at:after_rank:a_rank_of_several_words",
        "Komisaris Besar Polisi Ade Safri Simanjuntak memimpin penggerebekan di Jakarta Barat.",
        "Ade Safri Simanjuntak",
        title="Komisaris Besar",
        agency_id="POLRI",
    ),
    person(
        "entities_by_token:the_agency_named_in_the_title",
        "Juru bicara Kominfo Dedy Permadi mengatakan pemblokiran terus berjalan.",
        "Dedy Permadi",
        title="Juru bicara",
        agency_id="KOMINFO",
    ),
    person(
        "SentenceScan.persons:extract_persons:a_single_name_after_a_title_and_rank",
        "Kapolda Metro Jaya Irjen Karyoto mengatakan pihaknya terus memburu bandar judi online.",
        "Karyoto",
        agency_id="POLRI",
    ),
    person(
        "titles.csv:army_corps_after_a_rank_Kolonel_Cku",
        "Wapres disambut Atase Pertahanan RI di Vientiane Kolonel Cku Edward Edo Trinata Rambe.",
        "Edward Edo Trinata Rambe",
        agency_id="TNI",
    ),
    person(
        "titles.csv:army_corps_after_a_rank_Letkol_Arm",
        "Pengamanan dipimpin Komandan Kodim Letkol Arm Suhendro Oktosatrio.",
        "Suhendro Oktosatrio",
    ),
    person(
        "SentenceScan.apposition_end:title_between_commas",
        "Usman Kansong, Dirjen Informasi dan Komunikasi Publik Kominfo, mengatakan pemblokiran terus berjalan.",
        "Usman Kansong",
        title="Dirjen Informasi dan Komunikasi Publik",
        agency_id="KOMINFO",
    ),
    person(
        "SentenceScan._list_items:single_names_after_yakni",
        "Polisi menahan tiga tersangka, yakni Budi Santoso, Ahmad, dan Rina, di Batam.",
        "Ahmad",
    ),
    person(
        "SentenceScan.listed_after_last:next_official_serves_the_country_before",
        "Anwar didampingi Menteri Luar Negeri Malaysia Mohamad Hasan, Menteri Dalam Negeri Saifuddin Nasution "
        "Ismail, dan Ketua Menteri Sabah Hajiji Noor.",
        "Saifuddin Nasution Ismail",
        agency_id="KDN_MY",
    ),
    person(
        "SentenceScan.listed_after_last:not_after_an_indonesian_official",
        "Rombongan disambut Menteri Luar Negeri Sugiono, Menteri Dalam Negeri Tito Karnavian, dan Wakil Gubernur "
        "DKI Jakarta Rano Karno.",
        "Tito Karnavian",
        agency_id="KEMENDAGRI",
    ),
    person(
        "ForeignBodies.body_of:_BODY_KEYWORDS_defence",
        "Dari pihak China hadir Menteri Luar Negeri Wang Yi dan Menteri Pertahanan Dong Jun.",
        "Dong Jun",
        agency_id="MND_CN",
    ),
    person(
        "ForeignBodies.body_of:_BODY_KEYWORDS_trade",
        "Anwar didampingi Menteri Luar Negeri Malaysia Zambry Abd Kadir, Menteri Perdagangan Internasional dan "
        "Industri Tengku Zafrul Abdul Aziz.",
        "Tengku Zafrul Abdul Aziz",
        agency_id="MITI_MY",
    ),
    no_person(
        "SentenceScan.names_no_person:topic_after_a_meeting_word",
        '"Kami ada pertemuan teknis, Senior Officer Meeting Transnational Crime di Laos," kata Krishna, Sabtu.',
        "Transnational Crime",
    ),
    no_person(
        "SentenceScan.names_no_person:_ORDINAL_numbered_cohort",
        "Pertemuan delegasi Sekolah Staf dan Pimpinan Tinggi (Sespimti) Polri Angkatan ke-34 digelar di Kamboja.",
        "Angkatan",
    ),
    person(
        "SentenceScan.starts_name:last_word_of_an_honorific",
        "Kapolri menerima Kepala Kepolisian Diraja Malaysia Tan Sri Acryl Sani Abdullah Sani di Jakarta, Selasa.",
        "Acryl Sani Abdullah Sani",
        agency_id="PDRM_MY",
    ),
    person(
        "ForeignBodies.country_named:city_of_an_indonesian_mission",
        "Tim didampingi Atase Kepolisian KBRI Manila, Kombes Pol Retno Prihawati. Tim berkoordinasi dengan PNP.",
        "Retno Prihawati",
        agency_id="POLRI",
    ),
    person(
        "SentenceScan.title_and_agency:whole_title_closing_with_its_country",
        "Presiden didampingi Menteri Pelindungan Pekerja Migran Indonesia Abdul Kadir Karding di Kuala Lumpur, "
        "Malaysia.",
        "Abdul Kadir Karding",
        agency_id="KP2MI",
    ),
    person(
        "SentenceScan.role_before:OFFICE_NOUNS_serves_the_body_before",
        "Kami berkoordinasi dengan Kementerian Keamanan Publik Tiongkok melalui atase kepolisiannya, Li Wei. "
        "Proses hukum berjalan.",
        "Li Wei",
        agency_id="MPS_CN",
    ),
    person(
        "SentenceScan.role_before:PRIVATE_NOUNS_serve_no_agency",
        "Hun Sen menjabat sejak 1985 sebelum menyerahkan posisinya kepada putranya, Hun Manet.",
        "Hun Manet",
        agency_id=None,
    ),
    no_person(
        "SentenceScan.role_before:one_word_needs_another_cue",
        "Ia datang bersama putranya, Budi. Mereka pulang.",
        "Budi",
    ),
    person(
        "_sentences_with_names:acronym_before_a_one_word_name",
        "Laporan itu diserahkan kepada Menteri P2MI Mukhtarudin, yang kemudian memanggil kementerian.",
        "Mukhtarudin",
        agency_id="KP2MI",
    ),
    no_person(
        "SentenceScan.names_no_person:BUILDING_WORDS_place_after_di",
        "Presiden bertemu Perdana Menteri Malaysia Anwar Ibrahim di Menara Kembar Petronas, Kuala Lumpur, Senin.",
        "Menara Kembar Petronas",
    ),
    person(
        "SentenceScan.title_continues:stops_at_di_building",
        "Presiden bertemu Perdana Menteri Thailand Paetongtarn Shinawatra di Government House, Bangkok, Senin.",
        "Paetongtarn Shinawatra",
        agency_id="GOV_TH",
    ),
    no_person(
        "SentenceScan.names_no_person:BUILDING_WORDS_run_before_building_word",
        "Pertemuan digelar Perdana Menteri Thailand di Government House, Bangkok, Senin.",
        "Government",
    ),
    person(
        "split_sentences:bracketed_rank_suffix_keeps_the_name",
        "Delegasi dipimpin Deputi Kemenko Polhukam, Irjen Pol. (Purn.) Sugeng Prasetyo Widodo. Anggota hadir.",
        "Sugeng Prasetyo Widodo",
        agency_id="KEMENKO_POLHUKAM",
    ),
    no_person(
        "SentenceScan.is_name_token:MEETING_WORDS",
        "Pertemuan Senior Officials Meeting Bali Process digelar di Jakarta.",
        "Meeting",
    ),
    person(
        "SentenceScan.is_name_token:MEETING_WORDS_person_next_to_a_meeting",
        "Direktur Judha Nugraha memimpin Joint Working Group Meeting di Phnom Penh.",
        "Judha Nugraha",
    ),
    person(
        "SentenceScan.cues:speech_before",
        '"Penindakan akan terus berjalan," ujar Sutrisno di Jakarta, Senin.',
        "Sutrisno",
    ),
    person("SentenceScan.cues:speech_after", "Usman Kansong mengatakan jaringan itu besar.", "Usman Kansong"),
    person(
        "SentenceScan.one_word_name_after_title:rank",
        "Operasi itu digelar Kombes Pol. Ade kemarin.",
        "Ade",
        title="Kombes Pol",
    ),
    person(
        "SentenceScan.one_word_name_after_title:title_naming_agency",
        "Menurut Menlu Sugiono, jaringan itu beroperasi di Kamboja.",
        "Sugiono",
        title="Menlu",
        agency_id="KEMLU",
    ),
    no_person(
        "SentenceScan.one_word_name_after_title:not_after_other_titles",
        "Menurut Menko Polhukam Mahfud MD, korban tersebar di Pertemuan Bilateral Tingkat Tinggi kedua negara.",
        "Bilateral",
    ),
    no_person(
        "SentenceScan.is_person:one_word_after_a_generic_title",
        "Hal itu dibahas Kepala Sutarman di Jakarta, Senin.",
        "Sutarman",
    ),
    person(
        "SentenceScan.is_letters_part",
        "Menurut Menko Polhukam Mahfud MD, korban tersebar di Pertemuan Bilateral Tingkat Tinggi kedua negara.",
        "Mahfud MD",
        agency_id="KEMENKO_POLHUKAM",
    ),
    person(
        "SentenceScan.is_initial:first_name",
        "Hadir pula Kepala Divisi Humas Polri Irjen Pol. M. Natsir Kongah dan Maroli J. Indarto yang mengatakan kasus itu besar.",
        "M. Natsir Kongah",
        agency_id="POLRI",
    ),
    person(
        "SentenceScan.is_initial:middle_name",
        "Hadir pula Kepala Divisi Humas Polri Irjen Pol. M. Natsir Kongah dan Maroli J. Indarto yang mengatakan kasus itu besar.",
        "Maroli J. Indarto",
    ),
    person(
        "SentenceScan.title_start_before:title_and_agency",
        "Hadir pula Kepala Divisi Humas Polri Irjen Pol. M. Natsir Kongah dan Maroli J. Indarto yang mengatakan kasus itu besar.",
        "M. Natsir Kongah",
        title="Kepala Divisi Humas Polri Irjen Pol",
    ),
    person(
        "SentenceScan.cues:apposition",
        "Usman Kansong, Dirjen IKP Kominfo, mengatakan situs itu diblokir.",
        "Usman Kansong",
        agency_id="KOMINFO",
    ),
    no_person(
        "SentenceScan.after_org_head:ORG_HEADS",
        "Acara digelar di Universitas Gadjah Mada, kata Budi Santoso.",
        "Gadjah Mada",
    ),
    no_person(
        "SentenceScan.after_org_head:street",
        "Operasi dipimpin Kombes Pol. Ade dari Jalan Jenderal Sudirman.",
        "Sudirman",
    ),
    person(
        "SentenceScan.office_place:person",
        "Kepala Kantor Imigrasi Soekarno Hatta, Bambang Tri Cahyono mengatakan pemeriksaan diperketat.",
        "Bambang Tri Cahyono",
        agency_id="IMIGRASI",
    ),
    no_person(
        "SentenceScan.office_place:place",
        "Kepala Kantor Imigrasi Soekarno Hatta, Bambang Tri Cahyono mengatakan pemeriksaan diperketat.",
        "Soekarno Hatta",
    ),
    no_person(
        "SentenceScan.title_continues",
        "Direktur Jenderal Pengawasan Ruang Digital Komdigi Rahmat Hidayatullah Siregar hadir di Jakarta.",
        "Ruang Digital",
    ),
    no_person(
        "SentenceScan.title_continues:two_title_words",
        "Direktur Penyelenggara Siaran Kominfo Budi Santoso mengatakan situs itu diblokir.",
        "Penyelenggara Siaran",
    ),
    person(
        "SentenceScan.title_continues:name_after_the_title",
        "Direktur Jenderal Pengawasan Ruang Digital Komdigi Rahmat Hidayatullah Siregar hadir di Jakarta.",
        "Rahmat Hidayatullah Siregar",
        agency_id="KOMDIGI",
        title="Direktur Jenderal Pengawasan Ruang Digital",
    ),
    person(
        "SentenceScan.listed_names:LIST_INTRODUCERS",
        "Polda Riau menetapkan tiga tersangka, yaitu Budi Santoso, Ahmad, dan Rina Wati.",
        "Ahmad",
        agency_id=None,
    ),
    person(
        "SentenceScan.listed_names:two_words",
        "Polda Riau menetapkan tiga tersangka, yaitu Budi Santoso, Ahmad, dan Rina Wati.",
        "Rina Wati",
        agency_id=None,
    ),
    person(
        "ForeignBodies",
        "Wakil Kepala Kepolisian Myanmar Aung Naing Thu mengatakan kerja sama diperkuat.",
        "Aung Naing Thu",
        agency_id="POLICE_MM",
        country_id="MM",
    ),
    person(
        "ForeignBodies:over_the_indonesian_ministry",
        "Wakil Menteri Luar Negeri Myanmar Than Swe mengatakan kerja sama diperkuat.",
        "Than Swe",
        agency_id="MOFA_MM",
        country_id="MM",
    ),
    person(
        "_with_agencies:most_mentioned_before",
        "Delegasi Kemlu datang ke Kamboja. Anggota tim Budi Setiawan mengatakan evakuasi lancar.",
        "Budi Setiawan",
        agency_id="KEMLU",
        country_id="ID",
    ),
    person(
        "_merge_partial_names:_wives:a_husband_stays_his_own_person",
        "Wakil Presiden Ma'ruf Amin tiba di Vientiane. Wapres dan Ibu Wury Ma'ruf Amin disambut Menteri Laos.",
        "Ma'ruf Amin",
        title="Wakil Presiden",
        agency_id="PRESIDEN_RI",
    ),
    person(
        "_merge_partial_names:_wives:the_wife_holds_no_office",
        "Wakil Presiden Ma'ruf Amin tiba di Vientiane. Wapres dan Ibu Wury Ma'ruf Amin disambut Menteri Laos.",
        "Wury Ma'ruf Amin",
        title=None,
        agency_id=None,
    ),
    no_person(
        "SentenceScan.names_no_person:ROOM_WORDS:a_room_is_no_person",
        "Di ruang VIP Bunga Raya, Presiden Joko Widodo disambut Menteri Luar Negeri Malaysia Zambry Abdul Kadir.",
        "Bunga Raya",
    ),
    person(
        "_merge_partial_names:_wives:WIFE_BEFORE:a_wife_named_after_istrinya_leaves_her_husband_his_name",
        "Wakil Presiden Ma'ruf Amin melanjutkan lawatan ke Malaysia. Bersama istrinya, Wury Ma'ruf Amin, dan"
        " rombongan, Wapres bertolak dari Wina, Austria.",
        "Ma'ruf Amin",
        title="Wakil Presiden",
        agency_id="PRESIDEN_RI",
    ),
    person(
        "SentenceScan.title_continues:a_name_right_before_di_is_the_person_not_the_title",
        "Presiden Joko Widodo bertemu Perdana Menteri Papua Nugini James Marape di APEC Haus, Port Moresby, Rabu"
        " (5/7/2023).",
        "James Marape",
    ),
    person(
        "SentenceScan.listed_names:_list_items:members_listed_with_their_party_in_brackets",
        "Wakil Ketua MPR Edhie Baskoro Yudhoyono didampingi sejumlah anggota MPR, yakni Firman Soebagyo, Rinto"
        " Subekti (Demokrat), dan Ujang Bey (NasDem).",
        "Rinto Subekti",
    ),
    person(
        "SentenceScan.title_start_before:_TERM_OF_OFFICE:a_term_of_office_inside_the_title",
        "Menteri Pertahanan sekaligus presiden terpilih 2024-2029 Prabowo Subianto menjalani kunjungan kerja ke Brunei.",
        "Prabowo Subianto",
        agency_id="KEMENHAN",
    ),
    person(
        "_merge_partial_names:_wives:WIFE_BEFORE:the_First_Lady_is_not_the_President",
        "Presiden Joko Widodo dan Ibu Negara Iriana Joko Widodo bertolak menuju Kuala Lumpur, Malaysia.",
        "Joko Widodo",
        title="Presiden",
        agency_id="PRESIDEN_RI",
    ),
    person(
        "_merge_partial_names",
        "Menkominfo Budi Arie Setiadi hadir. Budi Arie mengatakan situs judi diblokir.",
        "Budi Arie Setiadi",
        title="Menkominfo",
        agency_id="KOMINFO",
    ),
    person(
        "SentenceScan.title_start_before:not_past_the_previous_person",
        "Dari pihak China hadir Menlu China Wang Yi dan Menhan Dong Jun di Beijing.",
        "Dong Jun",
        title="Menhan",
    ),
    person(
        "SentenceScan.title_and_agency_of:title_before_in_a_list_of_officials",
        "Hadir Menteri Dalam Negeri Tito Karnavian, Menteri Sosial Saifullah Yusuf, dan Sekretaris Kabinet Teddy Indra Wijaya.",
        "Tito Karnavian",
        agency_id="KEMENDAGRI",
    ),
    person(
        "SentenceScan.closed_by_comma:previous_persons_apposition_is_no_title",
        "Delegasi bertemu H.E. Santo Darmosumarto, Dubes LBBP RI untuk Kamboja, H.E. Hou Vudthy, Secretary of State,"
        " Ministry of Labour and Vocational Training (MLVT) Kamboja, di Phnom Penh.",
        "Hou Vudthy",
        agency_id="MLVT_KH",
    ),
    person(
        "SentenceScan.title_and_agency_of:apposition_without_title_before",
        "Usman Kansong, Dirjen IKP Kominfo, mengatakan situs itu diblokir.",
        "Usman Kansong",
        agency_id="KOMINFO",
    ),
    person(
        "SentenceScan.one_word_name_after_title:longer_title_naming_agency",
        "Menteri Luar Negeri RI Sugiono bertemu mitranya di Kuala Lumpur.",
        "Sugiono",
        agency_id="KEMLU",
    ),
    no_person(
        "SentenceScan.one_word_name_after_title:longer_title_without_agency",
        "Hal itu disampaikan Sekretaris Jenderal Sutarman di Jakarta.",
        "Sutarman",
    ),
    no_person(
        "ORG_WORDS:senate_after_a_title",
        "Prabowo menerima Presiden Senat Kerajaan Kamboja Hun Sen di Istana Merdeka.",
        "Senat",
    ),
    person(
        "SentenceScan.after_org_head:not_past_a_comma",
        "Operasi itu dipimpin Kepala Keamanan Publik Provinsi Bokeo, Anousin Sackpaseuth. Aparat Laos bekerja sama.",
        "Anousin Sackpaseuth",
        agency_id="POLICE_LA",
    ),
    no_person(
        "SentenceScan.after_org_head:place_named_after_a_person",
        "Rombongan tiba di Bandara Internasional Soekarno Hatta pada Senin malam, ujar petugas.",
        "Soekarno Hatta",
    ),
    person(
        "SentenceScan.starts_name:organisation_word_after_a_rank",
        "Kadiv Humas Polri Irjen Pol. Sandi Nugroho menyebut pertemuan ini penting.",
        "Sandi Nugroho",
        agency_id="POLRI",
    ),
    no_person(
        "SentenceScan.starts_name:organisation_word_without_a_rank",
        "Kerja sama dengan Badan Siber dan Sandi Negara Republik terus diperkuat, ujar dia.",
        "Sandi Negara",
    ),
    person(
        "HONORIFIC_TOKENS:khmer_honorific",
        "Prabowo menerima Presiden Senat Kerajaan Kamboja, Samdech Akka Moha Sena Padei Techo Hun Sen, di Jakarta.",
        "Hun Sen",
        agency_id="SENATE_KH",
    ),
    person(
        "ForeignBodies:ambassador_serving_in_indonesia",
        "Hal itu disampaikan Duta Besar Malaysia untuk Indonesia Datuk Syed Hasrin Hussin di Jakarta.",
        "Syed Hasrin Hussin",
        agency_id="MOFA_MY",
    ),
    person(
        "ForeignBodies:indonesian_ambassador_abroad",
        "Hal itu disampaikan Dubes RI untuk Kamboja Santo Darmosumarto di Phnom Penh.",
        "Santo Darmosumarto",
        agency_id="KBRI",
    ),
    person(
        "SentenceScan.title_start_before:embassy_head_as_agency_title",
        "Pemulangan didampingi Duta Besar RI untuk Thailand, Wahyu Setiawan Hadi.",
        "Wahyu Setiawan Hadi",
        agency_id="KBRI",
    ),
    no_person(
        "POSITION_WORDS:pelaksana",
        '"Situs itu sudah ditutup," kata Pelaksana Tugas Direktur Jenderal Imigrasi, Rudi Hartono, di Jakarta.',
        "Pelaksana",
    ),
    person(
        "POSITION_WORDS:pelaksana_title_before_apposition",
        '"Situs itu sudah ditutup," kata Pelaksana Tugas Direktur Jenderal Imigrasi, Rudi Hartono, di Jakarta.',
        "Rudi Hartono",
    ),
    no_person(
        "ORG_WORDS:istana",
        "Tamu negara itu diterima Menteri Luar Negeri Budi Santoso di Istana Bogor, Selasa.",
        "Istana Bogor",
    ),
    person(
        "ORG_WORDS:istana_person_before_the_palace",
        "Tamu negara itu diterima Menteri Luar Negeri Budi Santoso di Istana Bogor, Selasa.",
        "Budi Santoso",
        agency_id="KEMLU",
    ),
    no_person(
        "ORG_WORDS:kompleks",
        "Rapat digelar bersama Menlu di Kompleks Parlemen, Senayan, Jakarta, Senin.",
        "Kompleks Parlemen",
    ),
    person(
        "CONNECTORS:dari_party_member",
        "Anggota Komisi I DPR dari Fraksi Partai Demokrat, Siti Rahmawati, menilai pemblokiran belum cukup.",
        "Siti Rahmawati",
        agency_id="DPR",
    ),
    no_person(
        "ORG_WORDS:fraksi_partai",
        "Anggota Komisi I DPR dari Fraksi Partai Demokrat, Siti Rahmawati, menilai pemblokiran belum cukup.",
        "Partai Demokrat",
    ),
    person(
        "is_name_token:_NOMINALISATION",
        "Pertemuan dihadiri Menteri Hukum dan Perundangan Budi Darmawan dan pejabat lain.",
        "Budi Darmawan",
    ),
    person(
        "name_end:title_word_ends_a_name",
        "Kepala PPATK Andi Rahman Hakim mengatakan transaksi itu terus dipantau.",
        "Andi Rahman Hakim",
        agency_id="PPATK",
    ),
    person(
        "name_end:title_word_before_a_name_is_a_title",
        "Wakil Ketua Majelis Hakim Rina Lestari membacakan putusan itu.",
        "Rina Lestari",
    ),
    person(
        "one_word_name_after_title:title_closes_with_its_agency",
        "Kepala Badan Pelindungan Pekerja Migran Indonesia (BP2MI) Suyanto menerima rombongan itu.",
        "Suyanto",
        agency_id="BP2MI",
    ),
    person(
        "one_word_name_after_title:title_closes_with_country_of_service",
        "Rombongan disambut Duta Besar RI untuk Malaysia Suwarno di Kuala Lumpur.",
        "Suwarno",
        agency_id="KBRI",
    ),
    person(
        "titles.csv:hereditary_name_part",
        "Menteri Perdagangan Malaysia Tengku Ismail Abdul Rahman ikut dalam rombongan.",
        "Tengku Ismail Abdul Rahman",
    ),
    person(
        "employer_in:last_agency_is_the_body",
        "Direktur Jenderal Kerja Sama ASEAN Kemlu Andi Wijaya mengatakan kerja sama itu penting.",
        "Andi Wijaya",
        agency_id="KEMLU",
    ),
    person(
        "employer_in:rank_agency_says_less_than_the_title",
        "Presiden didampingi Sekretaris Militer Presiden Marsda TNI Bambang Irawan dalam penerbangan itu.",
        "Bambang Irawan",
        agency_id="SETNEG",
    ),
    person(
        "title_and_agency:title_of_any_length",
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Agus Salim menerima tamu itu pagi ini.",
        "Agus Salim",
        agency_id="KEMENKO_POLHUKAM",
    ),
    person(
        "title_and_agency:whole_title_wins_over_a_word_in_it",
        "Pertemuan dihadiri Menteri Imigrasi dan Pemasyarakatan Rudi Setiawan di Denpasar.",
        "Rudi Setiawan",
        agency_id="KEMENIMIPAS",
    ),
    person(
        "foreign_side:pihak_country",
        "Dari pihak Vietnam hadir Menteri Luar Negeri Nguyen Van Long dan sejumlah pejabat.",
        "Nguyen Van Long",
        agency_id="MOFA_VN",
    ),
    person(
        "foreign_side:office_indonesia_lacks",
        "Penggerebekan itu menjalankan perintah Perdana Menteri Sok Phal kepada aparat Kamboja.",
        "Sok Phal",
        agency_id="GOV_KH",
    ),
    person(
        "ForeignBodies.body_of:_GOVERNMENT_OFFICE_head_of_state",
        "Presiden Vietnam To Lam menerima rombongan itu di Hanoi.",
        "To Lam",
        agency_id="GOV_VN",
        country_id="VN",
    ),
    person(
        "ForeignBodies.body_of:_GOVERNMENT_OFFICE_office_without_a_body",
        "Sekretaris Pers Malaysia Tunku Nashrul Abaidah mengatakan kedua pemimpin akan bertemu.",
        "Tunku Nashrul Abaidah",
        agency_id="GOV_MY",
    ),
    person(
        "ForeignBodies.body_of:_GOVERNMENT_OFFICE_listed_government",
        "Kemlu menyebut Presiden Tiongkok Xi Jinping mengundang Presiden Joko Widodo ke Beijing.",
        "Xi Jinping",
        agency_id="GOV_CN",
    ),
    person(
        "SentenceScan.foreign_president:bare_presiden_before_a_foreign_name",
        "Kebijakan itu diumumkan Presiden Ferdinand Marcos Jr. di Manila, Filipina, pada Juli 2024.",
        "Ferdinand Marcos Jr",
        agency_id="GOV_PH",
        country_id="PH",
    ),
    person(
        "SentenceScan.foreign_head_of_state:no_single_foreign_country",
        "Kebijakan itu diumumkan Presiden Ferdinand Marcos Jr. pekan lalu, kata pejabat Polri.",
        "Ferdinand Marcos Jr",
        agency_id=None,
    ),
    person(
        "SentenceScan.foreign_president:indonesian_president_abroad",
        "Presiden Prabowo Subianto tiba di Manila, Filipina, pada Senin pagi.",
        "Prabowo Subianto",
        agency_id="PRESIDEN_RI",
    ),
    person(
        "SentenceScan.foreign_president:short_name_of_an_indonesian_president",
        "Presiden Jokowi bertemu Perdana Menteri Hun Manet di Phnom Penh, Kamboja.",
        "Jokowi",
        agency_id="PRESIDEN_RI",
    ),
    person(
        "_with_agencies:foreign_official_takes_no_indonesian_body",
        "Kemlu dan Polri menggelar rapat bersama. Presiden Meksiko Claudia Sheinbaum mengirim pesan kepada peserta.",
        "Claudia Sheinbaum",
        agency_id=None,
        country_id="MX",
    ),
    person(
        "SentenceScan.escort_country:officials_escorting_a_foreign_head",
        "Presiden Laos Thongloun Sisoulith didampingi Menteri Luar Negeri Saleumxay Kommasith dan Menteri Keamanan "
        "Publik Vilay Lakhamfong.",
        "Vilay Lakhamfong",
        agency_id="POLICE_LA",
    ),
    person(
        "SentenceScan.escort_country:not_an_indonesian_envoy",
        "Duta Besar RI untuk Filipina Agus Widjojo didampingi Atase Kepolisian Kombes Budi Santoso.",
        "Budi Santoso",
        country_id="ID",
    ),
    person(
        "SentenceScan.side_country:only_a_side_named_before_the_title",
        "Delegasi Polri dipimpin Kepala Divisi Hubungan Internasional Polri Irjen Pol. Budi Santoso, sementara pihak "
        "Laos diwakili Kolonel Vong Phet.",
        "Budi Santoso",
        agency_id="POLRI",
    ),
    person(
        "SentenceScan.starts_name:last_word_of_a_title",
        "Acara itu dihadiri Menteri Pariwisata dan Ekonomi Kreatif Widiyanti Putri di Bali.",
        "Widiyanti Putri",
        agency_id="KEMENPAREKRAF",
    ),
    person(
        "title_and_agency_of:commas_inside_a_known_title",
        "Presiden didampingi Menteri Luar Negeri Retno Marsudi, Menteri Koordinator Bidang Politik, Hukum, dan "
        "Keamanan Hadi Tjahjanto, Menteri Sekretaris Negara Pratikno.",
        "Hadi Tjahjanto",
        agency_id="KEMENKO_POLHUKAM",
    ),
    person(
        "title_and_agency:ELECT_WORDS_office_not_held_yet",
        "Presiden terpilih Budi Santoso berbicara kepada wartawan.",
        "Budi Santoso",
        agency_id=None,
    ),
    person(
        "CONNECTORS:sekaligus_two_offices",
        "Menteri Pertahanan RI sekaligus Presiden terpilih Budi Santoso tiba di Manila.",
        "Budi Santoso",
        agency_id="KEMENHAN",
    ),
    person(
        "title_start_before:_ORDINAL_of_an_office",
        "Ia mengenang Presiden Filipina ke-12, Fidel Ramos, yang wafat pada Juli lalu.",
        "Fidel Ramos",
        agency_id="GOV_PH",
    ),
    person(
        "role_before:PRIVATE_NOUNS_wanted_man",
        "Polri menangkap buronan asal Thailand, Somchai Prasert, di Bali.",
        "Somchai Prasert",
        agency_id=None,
    ),
    person(
        "Titles.from_reference:_deputies:wamen_of_a_minister",
        "Wamen Imipas Silmy Karim meninjau layanan paspor di Bandara Soekarno-Hatta.",
        "Silmy Karim",
        agency_id="KEMENIMIPAS",
    ),
    person(
        "Titles.from_reference:_deputies:wakil_of_a_head",
        "Wakil Menteri Imigrasi dan Pemasyarakatan Silmy Karim meninjau layanan paspor di Bandara Soekarno-Hatta.",
        "Silmy Karim",
        agency_id="KEMENIMIPAS",
    ),
    person(
        "ForeignBodies.body_of:_BODY_KEYWORDS_prime_minister_heads_the_national_government",
        "Polisi Thailand bergerak atas arahan Perdana Menteri Srettha Thavisin.",
        "Srettha Thavisin",
        agency_id="GOV_TH",
    ),
    person(
        "split_sentences:ABBREVIATIONS_jend_rank",
        "Dari pihak Thailand hadir wakil kepala kepolisian Pol. Jend. Kitrat Phanphet.",
        "Kitrat Phanphet",
        agency_id="POLICE_TH",
    ),
    no_person(
        "SentenceScan.rank_introduces:office_words_before_a_rank_name_no_one",
        "Tim itu dipimpin Kepala Kepolisian Nasional Pol. Gen. Torsak Sukvimol pada Kamis.",
        "Nasional",
    ),
    person(
        "reference:agencies_foreign_police_korea",
        "Direktur Kerja Sama Internasional KNPA, Lee Jae-young, menyebut forum itu titik awal.",
        "Lee Jae-young",
        agency_id="POLICE_KR",
    ),
    person(
        "split_sentences:ABBREVIATIONS_jend_rank_keeps_the_side_of_the_list",
        "Dari pihak Thailand turut hadir wakil kepala kepolisian Pol. Jend. Kitrat Phanphet dan asisten kepala "
        "kepolisian Pol. Letjen Thatchai Pitanilabutr.",
        "Thatchai Pitanilabutr",
        agency_id="POLICE_TH",
    ),
    person(
        "local_persons_abroad:bare_police_title_in_a_story_abroad",
        "KUALA LUMPUR - Polis Diraja Malaysia menahan 11 orang. Operasi itu dipimpin Kepala Kepolisian Nasional "
        "Razarudin Husain.",
        "Razarudin Husain",
        agency_id="PDRM_MY",
    ),
    person(
        "titled_domestic_bodies:read_after_the_persons_a_minister_keeps_his_title",
        "Menteri Komunikasi dan Digital Meutya Hafid membuka rapat itu.",
        "Meutya Hafid",
        title="Menteri Komunikasi dan Digital",
        agency_id="KOMDIGI",
    ),
    no_person(
        "_common_words",
        "Operasi berhasil, ujar Senja di Jakarta, Senin. Pada senja hari, polisi datang. Setiap senja mereka berjaga.",
        "Senja",
    ),
    no_person(
        "_raw_persons:headline",
        "Baca Juga: Kapolri Listyo Sigit Minta Bandar Judi Ditangkap\nKasus penipuan ditangani Kemlu.",
        "Listyo",
    ),
    person(
        "ForeignBodies.ministry_of:a_foreign_minister_serves_the_ministry_of_his_portfolio",
        "Di bawah tangga pesawat ia disambut Menteri Pertanian dan Pedesaan China Zhang Wei serta duta besar.",
        "Zhang Wei",
        agency_id="MARA_CN",
    ),
    person(
        "ForeignBodies.ministry_of:every_portfolio_word_is_in_the_ministrys_names",
        "Rombongan disambut Menteri Energi dan Pertambangan Laos Bounthong Keomany di bandara Wattay.",
        "Bounthong Keomany",
        agency_id="MEM_LA",
    ),
    person(
        "ForeignBodies.body_of:_BODY_KEYWORDS_trade_is_the_thai_commerce_ministry",
        "Presiden disambut Menteri Luar Negeri Thailand Somsak Chaiyo, Menteri Perdagangan Wichai Boonma, serta"
        " pejabat kedutaan.",
        "Wichai Boonma",
        agency_id="MOC_TH",
    ),
    person(
        "titles.csv:the_coordinating_minister_for_economic_affairs",
        "Dalam pertemuan itu Presiden didampingi Menteri Koordinator Bidang Perekonomian Budi Hartono.",
        "Budi Hartono",
        agency_id="KEMENKO_PEREKONOMIAN",
    ),
    person(
        "SentenceScan.title_start_before:a_rank_after_a_comma_goes_on_with_the_office_before_it",
        "Kemlu dan KBRI mendampingi para WNI. Menurut Kemlu, Dubes juga menemui Kepala Satuan Antiperdagangan Orang"
        " Kepolisian Kamboja Wilayah Utara, Kolonel Chea Sokha.",
        "Chea Sokha",
        agency_id="POLICE_KH",
    ),
    person(
        "SentenceScan.title_start_before:_THEN_saat_itu_dates_the_office_inside_its_title",
        "Kemlu menyambut kerja sama itu. Menurut Kemlu, nota itu diteken Kepala PNP kala itu, Police Director General"
        " Arturo Reyes.",
        "Arturo Reyes",
        agency_id="PNP_PH",
    ),
    person(
        "ForeignBodies.body_of:a_minister_of_a_state_serves_the_states_government",
        "Rombongan dipimpin Wakil Menteri Imigrasi dan Pekerja Migran Sarawak Datuk Ahmad Razali.",
        "Ahmad Razali",
        agency_id="GOV_SARAWAK_MY",
    ),
    person(
        "title_and_agency_of:an_office_serving_the_president_is_no_foreign_head_of_state",
        "KTT ASEAN digelar di Vientiane. Juru Bicara Wapres Ahmad Fauzi mengatakan Wapres hadir di ASEAN.",
        "Ahmad Fauzi",
        agency_id="PRESIDEN_RI",
    ),
    person(
        "SentenceScan.another_of:another_spokesperson_shares_the_body_of_the_one_before",
        "Kemlu RI menyambut rencana itu. Dari Beijing, juru bicara Kementerian Luar Negeri China Hua Chunying"
        " membenarkannya. Sementara juru bicara lainnya, Lin Jian, menambahkan bahwa Kemlu RI telah diberi tahu.",
        "Lin Jian",
        agency_id="MOFA_CN",
    ),
    person(
        "SentenceScan.local_government_in:a_title_naming_a_regency_serves_its_government",
        "BP2MI menggelar sosialisasi. BP2MI hadir. Sekretaris Daerah Kabupaten Indramayu, Agus Wibowo, menyatakan"
        " desa siap mendata warga.",
        "Agus Wibowo",
        agency_id="PEMKAB_INDRAMAYU",
    ),
    person(
        "SentenceScan.person:_ACADEMIC_a_lecturer_takes_no_agency_of_the_story",
        "KemenPPPA menggelar seminar. KemenPPPA hadir. Dosen Fakultas Psikologi UGM, Bagas Santoso, menjelaskan"
        " mekanisme judi online.",
        "Bagas Santoso",
        agency_id=None,
    ),
    person(
        "SentenceScan.enumerates:the_commas_of_a_portfolio_enumeration_stay_inside_the_title",
        'OJK menerima 42.257 laporan," ujar Kepala Eksekutif Pengawas Perilaku Pelaku Usaha Jasa Keuangan, Edukasi,'
        " dan Pelindungan Konsumen OJK Rina Kartika Dewi, Selasa.",
        "Rina Kartika Dewi",
        agency_id="OJK",
    ),
    person(
        "SentenceScan.enumerates:a_state_ministers_long_title_before_his_honorifics",
        "Menteri P2MI menerima kunjungan Menteri Industri Makanan, Komoditi, dan Pembangunan Wilayah Sarawak,"
        " Malaysia, Dato Sri Dr. Abang Johari Openg, bersama rombongan di Jakarta.",
        "Abang Johari Openg",
        agency_id="GOV_SARAWAK_MY",
    ),
    person(
        "titles.csv:the_coordinating_minister_for_law_written_with_ham",
        "Keesokan harinya, ia diterima Menteri Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan Budi"
        " Santoso di Jakarta.",
        "Budi Santoso",
        agency_id="KEMENKO_KUMHAM_IMIPAS",
    ),
    person(
        "persons_of:puan_of_puan_sri_is_also_a_first_name",
        "Ketua DPR RI Puan Maharani bertemu Ketua Senat Kamboja di Jakarta.",
        "Puan Maharani",
        agency_id="DPR",
    ),
    person(
        "NAME_STOP:multimedia_ends_a_portfolio_and_starts_no_name",
        "Hadir pula Menteri Komunikasi dan Multimedia Fahmi Fadzil dalam pertemuan itu.",
        "Fahmi Fadzil",
    ),
    person(
        "NAME_STOP:bandar_of_luar_bandar_starts_no_name",
        "Hadir pula Menteri Kemajuan Desa dan Wilayah Luar Bandar Zahid Hamidi dalam pertemuan itu.",
        "Zahid Hamidi",
    ),
    person(
        "NAME_STOP:global_of_a_body's_name_starts_no_name",
        "Acara itu dibuka oleh Ketua Diaspora Global Rina Kartika di Jakarta.",
        "Rina Kartika",
    ),
    person(
        "place_as_name:a_foreign_city_word_after_a_title_starts_a_name",
        "Deputi PPATK Danang Tri Hartono menuturkan, nilai deposit judi online mencapai Rp51 triliun.",
        "Danang Tri Hartono",
        agency_id="PPATK",
    ),
    person(
        "extends:an_honorific_between_name_words_belongs_to_the_name",
        "Direktur Departemen Imigrasi Sabah Sitti Saleha Habib Yussof mengatakan 255 WNI dideportasi.",
        "Sitti Saleha Habib Yussof",
    ),
    person(
        "patronymic_inside:bin_between_name_words_belongs_to_the_name",
        "Menteri Pembangunan Luar Bandar Malaysia Mahdzir bin Khalid hadir dalam pertemuan itu.",
        "Mahdzir bin Khalid",
    ),
    person(
        "is_initial:two_initials_written_together_start_a_name",
        '"Belum ada," kata Kepala Seksi Penerangan Hukum Kejati NTT, A.A. Raka Putra Dharmana, Selasa (19/9/2023).',
        "A.A. Raka Putra Dharmana",
        agency_id="KEJAGUNG",
    ),
    person(
        "one_word_name_after_title:a_regional_office_named_by_its_body_and_province",
        "Kepala Kanwil Kemenkumham Jambi Tholib menuturkan, penggerebekan dilakukan polisi Malaysia.",
        "Tholib",
        agency_id="KEMKUMHAM",
    ),
    person(
        "from_body:a_name_said_to_be_from_a_body_before_a_speech_verb",
        "Satgas PASTI memblokir 585 entitas. Hudiyanto dari Sekretariat Satgas PASTI mengatakan pemblokiran"
        " dilakukan bersama anggota satgas.",
        "Hudiyanto",
        agency_id="SATGAS_PASTI",
    ),
    person(
        "POSITION_WORDS:pejabat_starts_a_title",
        "Kabar tersebut disampaikan Pejabat Fungsi Protokol dan Konsuler KBRI Bangkok Arif Sulaksono, Rabu"
        " (29/10/2025).",
        "Arif Sulaksono",
        agency_id="KBRI",
    ),
    person(
        "cues:a_former_office_after_a_comma_is_an_apposition",
        "Polri menangkap Alice Guo, mantan Wali Kota Bamban, di Tangerang pekan lalu.",
        "Alice Guo",
    ),
    person(
        "_with_agencies:a_deputy_shares_the_body_of_the_office_he_deputises",
        "TNI dan Polri diminta ikut mencegah TPPO. Gubernur NTT Melki Laka Lena menyampaikan hal itu bersama"
        " TNI/Polri. Melki dan Wakil Gubernur Johni Asadoma dilantik pada Februari.",
        "Johni Asadoma",
        agency_id="PEMPROV_NTT",
    ),
    no_person(
        "CAPITALISED_POSITIONS:a_lower-case_official_before_a_list_of_units_names_no_one",
        "Rombongan diperkuat pejabat dari Divhubinter, Bareskrim, Lemdiklat, Puslitbang, dan Baintelkam Polri.",
        "Lemdiklat",
    ),
    person(
        "relative_clause_before:a_short_clause_between_a_title_and_the_name",
        "Menteri Ketenagakerjaan bertemu Menteri Sumber Manusia Malaysia yang baru dilantik, Sim Chee Keong, di"
        " Kuala Lumpur.",
        "Sim Chee Keong",
        agency_id="KSM_MY",
    ),
    person(
        "_story_ministry:a_foreign_story's_minister_by_his_portfolio",
        "Kepolisian Thailand menutup 30 situs judi. Menteri Ekonomi Digital dan Masyarakat Prasert Jantararuangtong"
        " mengatakan operasi itu penting.",
        "Prasert Jantararuangtong",
        agency_id="MDES_TH",
    ),
    person(
        "SPEECH_BEFORE:a_passive_speech_verb_before_the_speaker",
        "Angka itu disampaikan Muhadjir Effendy ketika masih menjabat Menteri Koordinator Bidang Pembangunan Manusia"
        " dan Kebudayaan (PMK) di era Presiden Joko Widodo.",
        "Muhadjir Effendy",
        agency_id="KEMENKO_PMK",
    ),
    person(
        "title_after_name:selaku_and_the_title",
        "Nasib 37 WNI di Kamboja belum jelas. Judha Nugraha selaku Direktur Perlindungan WNI dan BHI Kemlu"
        " menjelaskan KBRI terus memantau.",
        "Judha Nugraha",
        agency_id="KEMLU",
    ),
    person(
        "cues:private_after:a_private_person_described_after_the_comma",
        "Polri membahas buronan BNN yang ditahan di Filipina. Krishna menyinggung Gregor Johann Haas, warga"
        " Australia yang ditahan sejak Mei.",
        "Gregor Johann Haas",
        agency_id=None,
    ),
    no_person(
        "cues:private_after:not_for_a_run_that_opens_the_sentence",
        "BANYUWANGI - Jenazah Rizal Sampurna, pekerja migran asal Banyuwangi, tiba di rumah duka.",
        "Jenazah",
    ),
    person(
        "employer_in:a_unit_under_the_successor_of_its_parent",
        "Dirjen Imigrasi Kementerian Imigrasi dan Pemasyarakatan Yuldi Yusman mengatakan paspor ditunda.",
        "Yuldi Yusman",
        agency_id="IMIGRASI",
    ),
    person(
        "POSITION_WORDS:kakanwil_heads_a_regional_office",
        "Kakanwil Kemenkumham Jambi Tholib menuturkan penggerebekan dilakukan polisi Malaysia.",
        "Tholib",
        agency_id="KEMKUMHAM",
    ),
    person(
        "_BODY_KEYWORDS:a_foreign_consul_general_serves_his_foreign_ministry",
        "Ia menemui Konsul Jenderal Malaysia di Medan, Tuan Shahril Nizam Abdul Malek. Keduanya membahas kerja sama.",
        "Shahril Nizam Abdul Malek",
        agency_id="MOFA_MY",
    ),
    person(
        "after_org_head:local_government_in:a_province_named_by_its_short_name_ends_the_title",
        "Menurut Sekretaris Daerah Provinsi Sumut Effendy Pohan, gubernur menjadi ketua gugus tugas.",
        "Effendy Pohan",
        agency_id="PEMPROV_SUMUT",
    ),
    person(
        "after_org_head:a_regency_named_in_the_title_before_the_name",
        "Sekretaris Daerah Kabupaten Indramayu Aep Surahman mengatakan hal itu kepada wartawan.",
        "Aep Surahman",
        agency_id="PEMKAB_INDRAMAYU",
    ),
    person(
        "_PROVINCIAL_OFFICE_IN_TITLE:an_abbreviated_provincial_office_before_the_province",
        "Pelaksana tugas Kepala Disnakertrans NTB Baiq Nelly Yuniarti menambahkan, NTB kini di peringkat ketiga.",
        "Baiq Nelly Yuniarti",
        agency_id="PEMPROV_NTB",
    ),
    no_person(
        "_starts_name:the_last_word_of_a_title_before_a_lower-case_word_is_no_name",
        "Jaksa Agung meminta seluruh jajarannya memantau buronan yang masih berkeliaran.",
        "Agung",
    ),
    person(
        "noble_word_after_body:a_sasak_noble's_lalu_opens_the_name",
        "Gubernur NTB Lalu Muhamad Iqbal meresmikan pusat layanan migrasi di Mataram.",
        "Lalu Muhamad Iqbal",
        agency_id="PEMPROV_NTB",
    ),
    person(
        "stop_word_inside:a_capitalised_common_word_between_name_words",
        "Kasubdit Patroli Ditpolairud Polda Sumut AKBP Jenda Kita Sitepu menemui konsul itu di Medan.",
        "Jenda Kita Sitepu",
        agency_id="POLRI",
    ),
    person(
        "academic_before:an_analyst's_field_in_lower-case_words",
        "Pengamat kebijakan publik Agus Pambagio berpendapat penyidik perlu memeriksa pejabat yang lebih tinggi.",
        "Agus Pambagio",
        agency_id=None,
    ),
    person(
        "house_of:a_numbered_commission_is_the_dpr's",
        "Adapun anggota Komisi I Rizki Aulia Rahman Natakusumah meminta pembagian tugas antara Komdigi dan BSSN.",
        "Rizki Aulia Rahman Natakusumah",
        agency_id="DPR",
    ),
    person(
        "house_of:the_commission_said_in_the_clause_before_the_title",
        "Dari Komisi III, Wakil Ketua Ahmad Sahroni mendesak polisi dan Komdigi tidak hanya menutup situs kecil.",
        "Ahmad Sahroni",
        agency_id="DPR",
    ),
    person(
        "title_after_name:house_of:a_member_of_a_party_group_after_the_name",
        "Rekannya di Komisi I, Andina Thresia Narang dari Fraksi NasDem, menilai kasus ini serius.",
        "Andina Thresia Narang",
        agency_id="DPR",
    ),
    person(
        "names_own_body:an_indonesian_body_named_in_the_title_beside_a_foreign_host",
        "Dalam lawatan ke gedung parlemen negeri jiran itu, Puan didampingi Wakil Ketua MPR Ahmad Basarah.",
        "Ahmad Basarah",
        agency_id="MPR",
    ),
    no_person(
        "stop_word_inside:no_noun_of_an_office's_name_joins_a_run",
        "Delegasi itu dipimpin oleh Wakil Menteri Urusan Keamanan Sipil dan Konsuler Departemen Luar Negeri Filipina"
        " (DFA), Jesus S. Domingo.",
        "Urusan Keamanan Sipil",
    ),
    person(
        "next_official_of_list:a_one-word_name_closing_an_office_item_of_a_list",
        "Menteri didampingi Sekretaris Jenderal Kementerian P2MI Dwiyono, Direktur Jenderal Pelindungan Rinardi, dan"
        " Direktur Jenderal Penempatan Ahnas.",
        "Rinardi",
        agency_id="KP2MI",
    ),
    person(
        "listed_names:MEMBER_NOUNS:seperti_lists_members_of_a_body",
        "Hadir pula sejumlah anggota Badan Kerja Sama Antar Parlemen (BKSAP) seperti Gilang Dhielafararez, Stevano"
        " Rizki Adranacus, dan Pinka Hapsari.",
        "Stevano Rizki Adranacus",
        agency_id="DPR",
    ),
    no_person(
        "next_official_of_list:not_the_first_word_of_a_portfolio's_enumeration",
        "Rapat dihadiri Kapolri Listyo Sigit Prabowo, Menteri Pendidikan Tinggi, Sains, dan Teknologi, serta Kepala"
        " BSSN.",
        "Tinggi",
    ),
    person(
        "titles.csv:agencies.csv:KEMENKOP:the_2024_ministry_of_cooperatives",
        "Menteri Koperasi Budi Arie Setiadi membantah terlibat dalam kasus judi online.",
        "Budi Arie Setiadi",
        agency_id="KEMENKOP",
    ),
    person(
        "persons.title_and_agency_of:rank_right_after_the_body_of_a_long_title",
        "Tim gabungan Badan Keamanan Laut (Bakamla) menggagalkan keberangkatan 25 orang. Direktur Tindak Pidana"
        " Perlindungan Perempuan dan Anak serta Pidana Perdagangan Orang (PPA-PPO) Bareskrim Polri Brigjen Pol."
        " Nurul Azizah mengatakan timnya menyelamatkan 82 korban.",
        "Nurul Azizah",
        agency_id="POLRI",
    ),
    person(
        "pair_of_offices:the_office_before_dan_is_another_person's",
        "Setibanya di bandara, Jokowi disambut Wapres dan Menteri Luar Negeri Retno Marsudi.",
        "Retno Marsudi",
        agency_id="KEMLU",
    ),
    person(
        "pair_of_offices:one_office_with_dan_inside_stays_whole",
        "Saifuddin juga menemui Menteri Hukum dan Hak Asasi Manusia Yasonna H. Laoly di Jakarta.",
        "Yasonna H. Laoly",
        title="Menteri Hukum dan Hak Asasi Manusia",
        agency_id="KEMKUMHAM",
    ),
    person(
        "place_word:a_place_the_article_writes_after_pulau_is_no_first_name",
        "Rombongan diterima Kepala PLBN Sebatik Hariman Latuconsina. Mereka lalu meninjau Pulau Sebatik.",
        "Hariman Latuconsina",
    ),
    person(
        "place_word:the_word_after_di_inside_a_title_is_a_place",
        "Rombongan itu didampingi Konsul RI di Vanimo Tangkuman Alexander.",
        "Tangkuman Alexander",
        agency_id="KJRI",
    ),
    person(
        "place_word:a_phrase_written_elsewhere_without_the_name_keeps_its_last_word",
        "Kantor Imigrasi Tanjung Balai Asahan menunda 153 paspor. Kepala Kantor Imigrasi Tanjung Balai Asahan Wawan"
        " Anjaryono menilai penurunan itu wajar.",
        "Wawan Anjaryono",
        agency_id="IMIGRASI",
    ),
    person(
        "place_word:a_first_name_written_elsewhere_after_dari_stays",
        "Ia menerima surat dari Abdul Kadir Karding. Menteri P2MI Abdul Kadir Karding membenarkannya.",
        "Abdul Kadir Karding",
        agency_id="KP2MI",
    ),
    person(
        "_COMPASS_WORDS:an_english_compass_word_starts_a_place",
        "Upacara itu dihadiri Gubernur West Sepik Tony Wouwou dan pejabat perbatasan.",
        "Tony Wouwou",
    ),
    person(
        "balinese_article:the_balinese_i_starts_the_name_after_a_place",
        "Supervisi itu diikuti Kajari Batam I Ketut Kasna Dedi beserta jajarannya.",
        "I Ketut Kasna Dedi",
        agency_id="KEJAGUNG",
    ),
    person(
        "NAME_STOP:tinggi_ends_an_office's_name",
        "Marape memperkenalkan Menteri Pendidikan Tinggi Don Polye kepada Jokowi.",
        "Don Polye",
    ),
    person(
        "agencies.csv:GOV_PG:the_prime_minister_of_png_heads_its_government",
        "Pembukaan pos itu merupakan kesepakatan Presiden Joko Widodo dan Perdana Menteri PNG James Marape.",
        "James Marape",
        agency_id="GOV_PG",
    ),
    no_person(
        "NAME_STOP:penuntut_is_the_prosecutor's_title",
        "Jaksa Penuntut Umum Suudi mengatakan berkas tuntutan sudah rampung.",
        "Penuntut",
    ),
    no_person(
        "_GROUP_NOUNS:a_party's_name_is_no_person",
        "Politikus Partai Golkar yang pernah menjabat Wakil Ketua Komisi I itu meminta penjelasan.",
        "Golkar",
    ),
    no_person(
        "_GROUP_NOUNS:a_cabinet's_name_is_no_person",
        "Presiden Prabowo Subianto dilantik, sedangkan para menteri Kabinet Merah Putih dilantik keesokan harinya.",
        "Merah Putih",
    ),
    person(
        "_GROUP_NOUNS:an_office_of_the_cabinet_has_a_person_after_it",
        "Presiden didampingi Sekretaris Kabinet Teddy Indra Wijaya dan Menlu Sugiono.",
        "Teddy Indra Wijaya",
    ),
    person(
        "persons:the_party's_name_after_partai_ends_the_title",
        "Ketua Umum Partai Gerindra Prabowo Subianto hadir dalam acara itu.",
        "Prabowo Subianto",
    ),
    person(
        "titles.csv:agencies.csv:BNPP:the_head_of_a_border_post_serves_the_border_agency",
        "Rombongan Wamen P2MI tiba di Pulau Sebatik. Mereka diterima Kepala PLBN Sebatik Hariman Latuconsina.",
        "Hariman Latuconsina",
        agency_id="BNPP",
    ),
    person(
        "colleague_before:a_colleague_shares_the_body_of_the_person_before",
        "Kasus pegawai Komdigi itu dibahas dalam rapat. Anggota Komisi VI DPR Mufti Anam meminta klarifikasi."
        " Rekannya di komisi yang sama, Rieke Diah Pitaloka, mengingatkan ucapan itu.",
        "Rieke Diah Pitaloka",
        agency_id="DPR",
    ),
    person(
        "agencies.csv:PARLIAMENT_PG:a_committee_of_the_png_parliament_is_no_dpr_commission",
        "Upacara dihadiri Ketua Komisi Parlemen PNG untuk Urusan Perbatasan dan Keamanan Belden Namah.",
        "Belden Namah",
        agency_id="PARLIAMENT_PG",
    ),
    person(
        "_fuzzy_agencies:a_commission_of_a_provincial_dprd_is_no_typo_of_a_dpr_commission",
        "Ketua Komisi IV DPRD Provinsi Bengkulu Edwar Samsi mengatakan satgas itu melibatkan kepolisian.",
        "Edwar Samsi",
        agency_id="DPRD",
    ),
    person(
        "_GIVEN_NAME_ORG_WORDS:an_organisation_word_that_is_a_given_name_ends_a_name",
        "Anggota DPRD Provinsi Jawa Barat Toto Purwanto Sandi menggelar sosialisasi peraturan daerah di desa.",
        "Toto Purwanto Sandi",
        agency_id="DPRD",
    ),
    person(
        "_GIVEN_NAME_ORG_WORDS:noble_word_after_body:a_given_name_after_the_body_that_ends_a_title",
        "Rombongan itu diterima Kepala BP3MI Jawa Tengah Mulia Handayani di kantornya.",
        "Mulia Handayani",
    ),
    no_person(
        "ORG_WORDS:a_subsection_of_an_office_is_no_name",
        "Ia didampingi Kepala Subbagian Tata Usaha M. Rahmat Hidayat dan sejumlah staf.",
        "Subbagian Tata",
    ),
    person(
        "ORG_WORDS:an_initial_name_after_a_subsection_title",
        "Ia didampingi Kepala Subbagian Tata Usaha M. Rahmat Hidayat dan sejumlah staf.",
        "M. Rahmat Hidayat",
    ),
    no_person(
        "ORG_WORDS:abbreviated_units_before_a_rank_are_no_name",
        "Penjemputan dihadiri Kepala Kantor Imigrasi Kelas II TPI Sambas Budi Hartono dan Kasub Dal Ops Polres Sambas"
        " AKP Hendra, bersama unsur TNI dan Bea Cukai.",
        "Kasub Dal Ops",
    ),
    no_person(
        "ORG_WORDS:a_department_of_a_central_bank_is_no_name",
        "Data itu disampaikan Kepala Departemen Surveilans Sistem Pembayaran Bank Indonesia dalam rapat.",
        "Departemen Surveilans Sistem",
    ),
    no_person(
        "ORG_WORDS:an_english_programme_name_is_no_name",
        "Hal itu disampaikan Budi Santoso, National Programme Officer for Migrant Smuggling UNODC.",
        "Migrant Smuggling",
    ),
    person(
        "given_name_after_comma:an_organisation_word_that_is_a_given_name_after_a_comma",
        "Dalam rapat itu, Kepala BP3MI Jawa Tengah saat itu, Mulia Handayani, memaparkan upaya pencegahan.",
        "Mulia Handayani",
    ),
    no_person(
        "ORG_WORDS:bina_of_a_directorate_general_is_no_name",
        "Rapat dipimpin Plh Dirjen Bina Adwil Suryanto dan dihadiri pejabat Kemlu.",
        "Bina",
    ),
    person(
        "title_start_before:asal_and_a_place_inside_a_member's_title",
        "BP3MI Jawa Tengah menerima kunjungan Kemnaker. Dalam rapat itu, anggota DPD RI asal Jawa Tengah Siti"
        " Rahmawati meminta pengawasan diperketat.",
        "Siti Rahmawati",
        agency_id="DPD",
    ),
    person(
        "titles.csv:a_functional_post_of_a_labour_office_is_a_title",
        "Pengantar Kerja Disnakertrans Kabupaten Sukabumi, Rudi Hartono, berterima kasih atas respons cepat itu.",
        "Rudi Hartono",
        agency_id="PEMKAB_SUKABUMI",
    ),
    person(
        "region_place_before:a_one-word_name_after_the_province_that_closes_a_title",
        "Sekretaris Dinas Sosial Provinsi Jawa Barat Sulastri mendorong pemerintah daerah membentuk satgas.",
        "Sulastri",
        agency_id="PEMPROV_JABAR",
    ),
    person(
        "region_place_before:a_one-word_name_after_the_regency_that_closes_a_title",
        "Kepala Dinas Sosial Kabupaten Cianjur Hermawan mengatakan hal itu kepada wartawan.",
        "Hermawan",
        agency_id="PEMKAB_CIANJUR",
    ),
    no_person(
        "region_place_before:a_place_word_after_a_regency_without_a_title_is_no_name",
        "Warga Kabupaten Cianjur Barat menolak rencana itu.",
        "Barat",
    ),
    person(
        "said_from_body:three_unit_words_before_the_body_after_dari",
        "Pada kesempatan yang sama, Budi Santoso dari Divisi Advokasi Hukum Migrant Care mengatakan evakuasi masih"
        " bisa ditempuh.",
        "Budi Santoso",
        agency_id="MIGRANT_CARE",
    ),
    person(
        "colleague_clause_at:a_colleague_named_after_the_comma_with_no_verb_after",
        "Anggota Komisi V DPRD Provinsi Jawa Tengah Budi Hartono menggelar sosialisasi. Dorongan serupa datang dari"
        " rekannya di Komisi V, Siti Rahmawati Lestari. Politikus itu meminta posko pengaduan.",
        "Siti Rahmawati Lestari",
        agency_id="DPRD",
    ),
    person(
        "agencies.csv:OMBUDSMAN_PH:a_foreign_ombudsman_is_no_ombudsman_ri",
        "Kepala Ombudsman Filipina Jesus Crispin Remulla memuji langkah pemerintah Indonesia.",
        "Jesus Crispin Remulla",
        agency_id="OMBUDSMAN_PH",
    ),
]


@pytest.mark.parametrize(("body", "name", "fields"), PERSON_RULES)
def test_person_rule(body: str, name: str, fields: dict[str, object] | None, extract: Callable) -> None:
    persons = {p["full_name"]: p for p in extract(body).persons.iter_rows(named=True)}
    if fields is None:
        assert not any(name in full for full in persons), (
            f"no person named {name!r} expected, got {list(persons)}"
        )
        return
    assert name in persons, f"{name!r} expected among {list(persons)}"
    assert {k: persons[name][k] for k in fields} == fields


def mention(rule: str, body: str, surface: str, entity_type: str, entity_id: str | None) -> object:
    return pytest.param(body, surface, entity_type, entity_id, id=rule)


MENTION_RULES = [
    mention(
        "reference.agencies:BPS",
        "Badan Pusat Statistik (BPS) melaporkan kasus perdagangan orang menempati urutan teratas.",
        "Badan Pusat Statistik",
        "agency",
        "BPS",
    ),
    mention(
        "_TITLED_ROLE:the_city_of_its_seat_after_a_comma",
        "Pertemuan digelar di markas Kementerian Keamanan Publik, Hanoi, pada Senin.",
        "Kementerian Keamanan Publik, Hanoi",
        "agency",
        "MPS_VN",
    ),
    mention(
        "_TITLED_ROLE:a_gloss_in_brackets_between_the_role_and_the_country",
        "Polri bertemu Kementerian Keamanan Publik (Ministry of Public Security/MPS) Vietnam di Hanoi.",
        "Kementerian Keamanan Publik (Ministry of Public Security/MPS) Vietnam",
        "agency",
        "MPS_VN",
    ),
    mention(
        "_TITLED_ROLE:labour:a_foreign_labour_minister_is_no_kemnaker",
        "Ia bertemu Wakil Menteri Tenaga Kerja dan Jaminan Sosial Republik Turkiye di Ankara.",
        "Wakil Menteri Tenaga Kerja dan Jaminan Sosial Republik Turkiye",
        "agency",
        "MOLSS_TR",
    ),
    mention(
        "_TITLED_ROLE:labour:the_minister_of_a_country",
        "Menteri Sumber Manusia Malaysia Steven Sim bertemu Menteri P2MI di Putrajaya.",
        "Menteri Sumber Manusia Malaysia",
        "agency",
        "KSM_MY",
    ),
    mention(
        "agencies.csv:BNPP:the_national_border_agency",
        "Pos lintas batas itu dikelola Badan Nasional Pengelola Perbatasan (BNPP).",
        "Badan Nasional Pengelola Perbatasan",
        "agency",
        "BNPP",
    ),
    mention(
        "agencies.csv:MINDEF_MY:malaysia's_defence_minister_heads_its_ministry",
        "Prabowo menerima Menteri Pertahanan Malaysia Mohamad Hasan di Jakarta.",
        "Menteri Pertahanan Malaysia",
        "agency",
        "MINDEF_MY",
    ),
    mention(
        "agencies.csv:DPR:bksap_is_an_organ_of_the_house",
        "Kerja sama itu dibahas Badan Kerja Sama Antar Parlemen (BKSAP) bersama parlemen Korea.",
        "Badan Kerja Sama Antar Parlemen",
        "agency",
        "DPR",
    ),
    mention(
        "agencies.csv:GIZ_DE:germany's_development_agency",
        "Pusat layanan itu hasil kerja sama KP2MI dengan lembaga kerja sama pembangunan Jerman, GIZ.",
        "GIZ",
        "agency",
        "GIZ_DE",
    ),
    mention(
        "agencies.csv:KEMENIMIPAS:imipas_in_parentheses",
        "Kantor itu berada di bawah Kementerian Imigrasi dan Pemasyarakatan (Imipas) sejak Oktober 2024.",
        "Imipas",
        "agency",
        "KEMENIMIPAS",
    ),
    mention(
        "agencies.csv:PDRM_MY:the_malaysian_marine_police",
        "Keduanya membahas kerja sama dengan Polis Marin Malaysia untuk memutus penyelundupan pekerja migran.",
        "Polis Marin Malaysia",
        "agency",
        "PDRM_MY",
    ),
    mention(
        "agencies.csv:DEWAN_RAKYAT_MY:the_malaysian_lower_house",
        "Puan bertemu Ketua Dewan Rakyat Malaysia Johari Abdul di Kuala Lumpur.",
        "Dewan Rakyat Malaysia",
        "agency",
        "DEWAN_RAKYAT_MY",
    ),
    mention(
        "agencies.csv:NA_KR:the_korean_national_assembly",
        "Puan menerima Ketua Majelis Nasional Republik Korea Woo Won-shik di Jakarta.",
        "Majelis Nasional Republik Korea",
        "agency",
        "NA_KR",
    ),
    mention(
        "agencies.csv:KPLB_MY:the_malaysian_rural_development_ministry",
        "Hadir pula Menteri Pembangunan Luar Bandar Mahdzir Khalid dari Kementerian Pembangunan Luar Bandar.",
        "Kementerian Pembangunan Luar Bandar",
        "agency",
        "KPLB_MY",
    ),
    mention(
        "agencies.csv:KKMM_MY:the_malaysian_communications_ministry",
        "Kementerian Komunikasi dan Multimedia Malaysia memblokir 120 situs judi.",
        "Kementerian Komunikasi dan Multimedia Malaysia",
        "agency",
        "KKMM_MY",
    ),
    mention(
        "agencies.csv:MOJ_JP:the_japanese_justice_ministry",
        "Karding diterima Menteri Kehakiman Jepang di kantor Kementerian Kehakiman Jepang, Tokyo.",
        "Kementerian Kehakiman Jepang",
        "agency",
        "MOJ_JP",
    ),
    mention(
        "agencies.csv:MHLW_JP:the_japanese_health_and_labour_ministry",
        "Ia bertemu pejabat Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan Jepang di Tokyo.",
        "Kementerian Kesehatan, Tenaga Kerja, dan Kesejahteraan Jepang",
        "agency",
        "MHLW_JP",
    ),
    mention(
        "agencies.csv:PREF_MIYAGI_JP:a_japanese_prefecture's_government",
        "Kementerian P2MI dan Pemerintah Prefektur Miyagi menandatangani nota kesepahaman.",
        "Pemerintah Prefektur Miyagi",
        "agency",
        "PREF_MIYAGI_JP",
    ),
    mention(
        "agencies.csv:AIPA:the_asean_inter-parliamentary_assembly",
        "Kedua parlemen bekerja sama di forum ASEAN Inter-Parliamentary Assembly (AIPA).",
        "ASEAN Inter-Parliamentary Assembly",
        "agency",
        "AIPA",
    ),
    mention(
        "agencies.csv:IDN_GLOBAL:the_indonesian_diaspora_network",
        "Forum daring itu digelar IDN Global bersama sejumlah KBRI.",
        "IDN Global",
        "agency",
        "IDN_GLOBAL",
    ),
    mention(
        "_person_mentions:name_parts_side_by_side_are_one_mention",
        "Direktur Reserse Kriminal Khusus Polda Metro Jaya Kombes Pol Ade Safri Simanjuntak hadir. Menurut Ade"
        " Safri, puluhan tersangka itu dijerat.",
        "Ade Safri",
        "person",
        "ade-safri-simanjuntak",
    ),
    mention(
        "_local_bodies:_bodies_by_role:the_bare_ministry_of_the_interior_abroad",
        "Sebanyak 300 warga asing ditangkap di Kamboja dalam penggerebekan pusat penipuan daring. Mereka kini ditahan"
        " Kementerian Dalam Negeri di Phnom Penh.",
        "Kementerian Dalam Negeri",
        "agency",
        "MOI_KH",
    ),
    mention(
        "_runs_inside:a_shorter_name_is_the_full_name_before",
        'Komisaris Besar Polisi Ade Safri Simanjuntak memimpin penggerebekan. "Kami menangkap 30 orang," kata Ade'
        " Safri.",
        "Ade Safri",
        "person",
        "ade-safri-simanjuntak",
    ),
    mention(
        "_domestic_heads:a_provincial_office",
        "Dinas Ketenagakerjaan Provinsi Sumatera Utara mendata warga yang menjadi korban penipuan daring.",
        "Dinas Ketenagakerjaan Provinsi Sumatera Utara",
        "agency",
        "PEMPROV_SUMUT",
    ),
    mention(
        "_longest_form:_phrase:_mention:a_long_name_with_commas",
        "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan menggelar rapat koordinasi soal judi online.",
        "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan",
        "agency",
        "KEMENKO_POLHUKAM",
    ),
    mention(
        "_foreign_countries_by_article:local_police_of_the_country_named",
        "Sebanyak 45 WNI ditangkap di Kamboja oleh polisi setempat dalam penggerebekan pusat judi online.",
        "polisi",
        "agency",
        "POLICE_KH",
    ),
    mention(
        "extract_all:title_agencies_replace_the_alias_at_the_same_place",
        "Anwar didampingi Menteri Luar Negeri Malaysia Zambry Abd Kadir, Menteri Perdagangan Internasional dan "
        "Industri Tengku Zafrul Abdul Aziz.",
        "Menteri Perdagangan",
        "agency",
        None,
    ),
    mention(
        "match_reference_entities:exact",
        "Rapat digelar bersama Kementerian Luar Negeri di Jakarta.",
        "Kementerian Luar Negeri",
        "agency",
        "KEMLU",
    ),
    mention(
        "match_reference_entities:place_implies_country",
        "Delegasi RI tiba di Phnom Penh.",
        "Phnom Penh",
        "country",
        "KH",
    ),
    mention(
        "_fuzzy_agencies",
        "Rapat digelar oleh Kemenko Polhukan di Jakarta.",
        "Kemenko Polhukan",
        "agency",
        "KEMENKO_POLHUKAM",
    ),
    mention(
        "contextual_agencies:_LOCAL_BODY",
        "Sebanyak 20 WNI dipulangkan dari Kamboja. Mereka diselamatkan kepolisian setempat pekan lalu.",
        "kepolisian",
        "agency",
        "POLICE_KH",
    ),
    mention(
        "contextual_agencies:_country_before:latest_foreign_country_before",
        "Sebanyak 14 WNI dipulangkan dari Kamboja. Dua orang lainnya ditahan di Myanmar oleh kepolisian setempat.",
        "kepolisian",
        "agency",
        "POLICE_MM",
    ),
    mention(
        "contextual_agencies:_country_before:only_foreign_country_after",
        "Kepolisian setempat menahan 14 WNI. Mereka ditangkap di Myanmar pekan lalu.",
        "Kepolisian",
        "agency",
        "POLICE_MM",
    ),
    mention(
        "contextual_agencies:_foreign_police_and_immigration:immigration",
        "Sebanyak 30 WNI ditangkap di Malaysia. Mereka kini ditahan imigrasi setempat di Johor.",
        "imigrasi",
        "agency",
        "IMMIGRATION_MY",
    ),
    mention(
        "_slash_pairs:first",
        "Pengamanan perbatasan dilakukan aparat TNI/Polri sejak pekan lalu.",
        "TNI",
        "agency",
        "TNI",
    ),
    mention(
        "_slash_pairs:second",
        "Pengamanan perbatasan dilakukan aparat TNI/Polri sejak pekan lalu.",
        "Polri",
        "agency",
        "POLRI",
    ),
    mention(
        "_slash_pairs:not_in_a_web_address",
        "Aduan dapat dikirim lewat https://aduan.kominfo.go.id/judi setiap hari.",
        "kominfo",
        "agency",
        None,
    ),
    mention(
        "titled_foreign_agencies:minister_and_country",
        "Retno juga bertemu Menteri Dalam Negeri Kamboja Sar Sokha di Phnom Penh.",
        "Menteri Dalam Negeri Kamboja",
        "agency",
        "MOI_KH",
    ),
    mention(
        "titled_foreign_agencies:police_and_place",
        "KBRI meminta bantuan Kepolisian Bokeo untuk mengambil paspor para WNI.",
        "Kepolisian Bokeo",
        "agency",
        "POLICE_LA",
    ),
    mention(
        "titled_foreign_agencies:head_of_immigration",
        "Silmy berdiskusi dengan Direktur Jenderal Imigrasi Kamboja, Sok Veasna, di Phnom Penh.",
        "Direktur Jenderal Imigrasi Kamboja",
        "agency",
        "IMMIGRATION_KH",
    ),
    mention(
        "titled_foreign_agencies:city_police",
        "Para tersangka diserahkan ke Komisariat Kepolisian Kota Phnom Penh untuk diproses.",
        "Kepolisian Kota Phnom Penh",
        "agency",
        "POLICE_KH",
    ),
    mention(
        "contextual_agencies:_POLICE_NAME:public_security_ministry",
        "Ada 29 kasus WNI di Laos yang kini ditangani kepolisian setempat.",
        "kepolisian",
        "agency",
        "POLICE_LA",
    ),
    mention(
        "inside_ranks",
        "Presiden didampingi Sekretaris Militer Presiden Laksda TNI Hersan di Phnom Penh.",
        "TNI",
        "agency",
        None,
    ),
    mention(
        "inside_ranks:body_outside_a_rank_stays",
        "Pengamanan dilakukan oleh TNI dan Polri di Labuan Bajo.",
        "TNI",
        "agency",
        "TNI",
    ),
    mention(
        "titled_foreign_agencies:interior_minister_by_title",
        "Menteri Dalam Negeri Laos menerima delegasi RI di Vientiane.",
        "Menteri Dalam Negeri Laos",
        "agency",
        "MOI_LA",
    ),
    mention(
        "match_reference_entities:body_named_inside_another",
        "Kasus itu dilaporkan ke Komisi Kejaksaan RI oleh keluarga korban.",
        "Komisi Kejaksaan RI",
        "agency",
        "KOMISI_KEJAKSAAN",
    ),
    mention(
        "titled_foreign_agencies:foreign_ncb_interpol",
        "Informasi itu diperoleh dari NCB Interpol Kamboja pada Senin.",
        "NCB Interpol Kamboja",
        "agency",
        "POLICE_KH",
    ),
    mention(
        "titled_foreign_agencies:indonesian_ncb_interpol_stays",
        "Informasi itu diteruskan NCB Interpol Indonesia kepada Bareskrim.",
        "NCB Interpol Indonesia",
        "agency",
        "POLRI",
    ),
    mention(
        "titled_foreign_agencies:indonesian_role_stays",
        "Menteri Dalam Negeri Tito Karnavian menerima delegasi Kamboja di Jakarta.",
        "Menteri Dalam Negeri",
        "agency",
        "KEMENDAGRI",
    ),
    mention(
        # the seed annotation lists no agency for "otoritas Myanmar": a government named generically is none
        "titled_foreign_agencies:_TITLED_ROLE_generic_government_is_no_mention",
        "Mereka dideportasi setelah pemerintah Filipina menutup operasi itu.",
        "pemerintah Filipina",
        "agency",
        None,
    ),
    mention(
        "match_reference_entities:embassy_by_its_head",
        "Pemulangan didampingi Duta Besar RI untuk Thailand, Wahyu Setiawan Hadi.",
        "Duta Besar RI",
        "agency",
        "KBRI",
    ),
    mention(
        "match_reference_entities:foreign_task_force",
        "Duta besar bertemu Kepala Sekretariat Committee to Combat Online Scams (CCOS) Kamboja.",
        "Committee to Combat Online Scams",
        "agency",
        "CCOS_KH",
    ),
    mention(
        "match_reference_entities:head_of_government_by_title",
        "Retno melakukan kunjungan kehormatan kepada Perdana Menteri Kamboja Hun Manet.",
        "Perdana Menteri Kamboja",
        "agency",
        "GOV_KH",
    ),
    mention(
        "_merge_partial_names:shorter_name_is_the_longer",
        "Menkominfo Budi Arie Setiadi hadir. Budi Arie mengatakan situs judi diblokir.",
        "Budi Arie",
        "person",
        "budi-arie-setiadi",
    ),
    mention(
        "_person_mentions:single_name_linked",
        "Menkominfo Budi Arie Setiadi hadir. Menurut Budi, ribuan situs diblokir.",
        "Budi",
        "person",
        "budi-arie-setiadi",
    ),
    mention(
        "title_agencies:title_names_its_office",
        "Presiden Joko Widodo meminta aparat menindak tegas judi online.",
        "Presiden",
        "agency",
        "PRESIDEN_RI",
    ),
    mention(
        "contextual_agencies:security_forces_of_a_country",
        "Aparat keamanan Myanmar menahan 300 orang di sebuah kompleks penipuan.",
        "Aparat keamanan",
        "agency",
        "POLICE_MM",
    ),
    mention(
        "contextual_agencies:joint_task_force_of_a_country",
        "Satuan Tugas Gabungan Komando Terpadu Kamboja menggerebek sebuah gedung di Phnom Penh.",
        "Satuan Tugas Gabungan",
        "agency",
        "POLICE_KH",
    ),
    mention(
        "contextual_agencies:authorities_alone_are_not_the_police",
        "Selain warga Indonesia, aparat Kamboja juga membekuk warga negara lain.",
        "aparat",
        "agency",
        None,
    ),
    mention(
        "_longest_non_overlapping:longest_at_a_start",
        "Kepolisian Nasional Kamboja menangkap 20 WNI di Sihanoukville.",
        "Kepolisian Nasional Kamboja",
        "agency",
        "POLICE_KH",
    ),
    mention(
        "_longest_non_overlapping:shorter_form_inside_is_dropped",
        "Kepolisian Nasional Kamboja menangkap 20 WNI di Sihanoukville.",
        "Kepolisian",
        "agency",
        None,
    ),
    mention(
        "titled_foreign_agencies:_TITLED_ROLE_generic_authorities_are_no_mention",
        "Sebanyak 30 WNI ikut diamankan ketika otoritas Filipina menggerebek gedung itu.",
        "otoritas Filipina",
        "agency",
        None,
    ),
    mention(
        "titled_foreign_agencies:_TITLED_ROLE_generic_pemerintah_is_no_mention",
        "Banyak WNI keluar setelah keputusan pemerintah Kamboja menindak penipuan daring.",
        "pemerintah Kamboja",
        "agency",
        None,
    ),
    mention(
        "titled_foreign_agencies:_TITLED_ROLE_a_places_authorities_are_no_mention",
        "Bantuan logistik datang dari otoritas Sihanoukville pekan lalu.",
        "otoritas Sihanoukville",
        "agency",
        None,
    ),
    mention(
        "titled_foreign_agencies:_TITLED_ROLE_foreign_embassy",
        "Imigrasi bekerja sama dengan Kedutaan Besar China di Jakarta untuk deportasi.",
        "Kedutaan Besar China",
        "agency",
        "MOFA_CN",
    ),
    mention(
        "titled_foreign_agencies:_TITLED_ROLE_foreign_embassy_not_kbri",
        "Imigrasi bekerja sama dengan Kedutaan Besar China di Jakarta untuk deportasi.",
        "Kedutaan Besar",
        "agency",
        None,
    ),
    mention(
        "reference:agencies_foreign_police_new_zealand",
        "Polri menggelar pertemuan bilateral dengan New Zealand Police (NZP).",
        "New Zealand Police",
        "agency",
        "POLICE_NZ",
    ),
    mention(
        "reference:agencies_no_generic_national_police_alias",
        "Badan Kepolisian Nasional Korea (Korean National Police Agency/KNPA) menggelar rapat di Seoul.",
        "National Police",
        "agency",
        None,
    ),
    mention(
        "reference:agencies_body_named_inside_another_name_aseanapol",
        "KNPA menggandeng Kepolisian Nasional ASEAN (ASEANAPOL) dalam operasi itu.",
        "Kepolisian Nasional ASEAN",
        "agency",
        "ASEANAPOL",
    ),
    mention(
        "reference:agencies_foreign_regulators_thailand",
        "Kepolisian membahas dengan Kantor Anti Pencucian Uang (AMLO) cara mengembalikan aset korban.",
        "Kantor Anti Pencucian Uang",
        "agency",
        "AMLO_TH",
    ),
    mention(
        "reference:agencies_foreign_regulators_malaysia",
        "Sosialisasi digelar kepolisian, Komisi Komunikasi dan Multimedia Malaysia (MCMC) dan Bank Negara Malaysia.",
        "Bank Negara Malaysia",
        "agency",
        "BNM_MY",
    ),
    mention(
        "local_bodies_abroad:bare_police_in_a_story_abroad",
        "BANGKOK - Kepolisian Kerajaan Thailand menangkap 500 orang. Kepolisian kini membahas pengembalian aset.",
        "Kepolisian",
        "agency",
        "POLICE_TH",
    ),
    mention(
        "stories_abroad:an_indonesian_body_named_keeps_the_bare_words_indonesian",
        "Polri bekerja sama dengan Kepolisian Kerajaan Thailand. Kepolisian kini membahas pengembalian aset.",
        "Kepolisian",
        "agency",
        "POLRI",
    ),
    mention(
        "local_bodies_abroad:bare_police_after_a_foreign_police_when_polri_is_never_named",
        "KBRI Vientiane mengirim permintaan kepada kepolisian Laos di Bokeo. Pada Jumat, staf KBRI kembali meminta "
        "bantuan kepolisian untuk mengambil paspor 8 WNI.",
        "kepolisian",
        "agency",
        "POLICE_LA",
    ),
    mention(
        "local_bodies_abroad:an_office_named_by_its_indonesian_town_stays_indonesian",
        "Imigrasi Malaysia memulangkan 110 PMI lewat Tawau. Setibanya di Nunukan, mereka diperiksa Kantor Imigrasi "
        "Nunukan.",
        "Kantor Imigrasi",
        "agency",
        "IMIGRASI",
    ),
    mention(
        "titled_domestic_bodies:_MINISTER_unnamed_minister_names_the_ministry",
        "Hadir pula Menteri Pendidikan Tinggi, Sains, dan Teknologi dalam rapat itu.",
        "Menteri Pendidikan Tinggi, Sains, dan Teknologi",
        "agency",
        "KEMENDIKTISAINTEK",
    ),
    mention(
        "titled_domestic_bodies:_PROVINCIAL_OFFICE_names_the_provincial_government",
        "BP3MI bergerak bersama Dinas Ketenagakerjaan Provinsi Sumatera Utara.",
        "Dinas Ketenagakerjaan Provinsi Sumatera Utara",
        "agency",
        "PEMPROV_SUMUT",
    ),
    mention("drop_non_mentions:currency", "Gaji dijanjikan 1.000 dolar AS per bulan.", "AS", "country", None),
    mention(
        "drop_non_mentions:headline",
        "Baca Juga: Polri Tangkap Bandar Judi Online Di Jakarta Utara\nKasus penipuan ditangani Kemlu.",
        "Polri",
        "agency",
        None,
    ),
    mention(
        "_with_titled_foreign_agencies:no_indonesian_ministry_inside_a_foreign_deputy_ministers_title",
        "Pertemuan itu dihadiri Wakil Menteri Dalam Negeri Myanmar Aung Kyaw Kyaw dan pejabat kepolisian.",
        "Menteri Dalam Negeri",
        "agency",
        None,
    ),
    mention(
        "drop_non_mentions:the_missions_abroad_in_general_are_no_embassy",
        "Pekerja diminta segera melapor kepada perwakilan RI bila kontraknya dilanggar.",
        "perwakilan RI",
        "agency",
        None,
    ),
    mention(
        "drop_non_mentions:the_missions_abroad_at_large_are_no_embassy",
        "Penanganan butuh kerja sama kementerian, perwakilan RI di luar negeri, dan otoritas setempat.",
        "perwakilan RI",
        "agency",
        None,
    ),
    mention(
        "agencies.csv:an_embassy_by_its_city_is_kbri",
        "Pekerja diminta segera melapor kepada KBRI Kuala Lumpur bila kontraknya dilanggar.",
        "KBRI Kuala Lumpur",
        "agency",
        "KBRI",
    ),
    mention(
        "places.csv:every_cambodian_province_names_cambodia",
        "Sebanyak 13 WNI ditangkap dalam penggerebekan di Mondulkiri pekan lalu.",
        "Mondulkiri",
        "country",
        "KH",
    ),
    mention(
        "_entity_mentions:a_place_read_inside_a_person's_name_is_no_country",
        "Deputi PPATK Danang Tri Hartono menuturkan, nilai deposit judi online mencapai Rp51 triliun.",
        "Danang",
        "country",
        None,
    ),
    mention(
        "agencies.csv:SC_MY:the_securities_commission_of_malaysia",
        "Warga diminta memeriksa daftar peringatan Bank Negara Malaysia serta Suruhanjaya Sekuriti sebelum berinvestasi.",
        "Suruhanjaya Sekuriti",
        "agency",
        "SC_MY",
    ),
    mention(
        "agencies.csv:DPR:the_inter-parliamentary_body_written_without_a_hyphen",
        "Hadir pula sejumlah anggota Badan Kerja Sama Antar Parlemen (BKSAP) dalam pertemuan itu.",
        "Badan Kerja Sama Antar Parlemen",
        "agency",
        "DPR",
    ),
    mention(
        "agencies.csv:NA_KR:the_national_assembly_of_korea",
        "Ketua DPR menerima kunjungan Ketua Majelis Nasional Republik Korea di Jakarta.",
        "Majelis Nasional Republik Korea",
        "agency",
        "NA_KR",
    ),
    mention(
        "agencies.csv:MOI_SA:saudi_arabia's_interior_ministry_is_no_kemendagri",
        "Polri bekerja sama dengan Kementerian Dalam Negeri Arab Saudi memberantas perdagangan orang.",
        "Kementerian Dalam Negeri Arab Saudi",
        "agency",
        "MOI_SA",
    ),
    mention(
        "offices_before_foreign_bodies:a_foreign_ministry's_secretary_of_state_is_no_setneg",
        "Sekretaris Negara Kementerian Dalam Negeri Kamboja Chou Bun Eng menyampaikan data itu.",
        "Sekretaris Negara",
        "agency",
        None,
    ),
    mention(
        "agencies.csv:ABF_AU:australia's_border_force_is_no_home_affairs_department",
        "Lokakarya itu digelar bersama Australian Border Force di Semarang.",
        "Australian Border Force",
        "agency",
        "ABF_AU",
    ),
    mention(
        "agencies.csv:MILITARY_KH:cambodia's_armed_forces",
        "Hibah senjata itu diserahkan kepada Komando Pasukan Khusus Angkatan Bersenjata Kerajaan Kamboja.",
        "Angkatan Bersenjata Kerajaan Kamboja",
        "agency",
        "MILITARY_KH",
    ),
    mention(
        "agencies.csv:APMM_MY:malaysia's_maritime_enforcement_agency",
        "Kapal itu dicegat Agensi Penguatkuasaan Maritim Malaysia (APMM) di perairan Johor.",
        "Agensi Penguatkuasaan Maritim Malaysia",
        "agency",
        "APMM_MY",
    ),
    mention(
        "drop_non_mentions:LINK_LINE:a_link_to_another_story_closed_by_a_full_stop",
        "Polisi menangkap dua orang di Batam.\nBaca juga: BNN Musnahkan Ladang Ganja di Aceh Besar.\nKasus itu masih"
        " didalami.",
        "BNN",
        "agency",
        None,
    ),
    mention(
        "drop_non_mentions:LINK_LINE:a_link_inside_a_paragraph",
        "Polisi menangkap dua orang. Baca juga: OJK Blokir 10.000 Rekening Judi Online. Kasus itu masih didalami.",
        "OJK",
        "agency",
        None,
    ),
]


@pytest.mark.parametrize(("body", "surface", "entity_type", "entity_id"), MENTION_RULES)
def test_mention_rule(
    body: str, surface: str, entity_type: str, entity_id: str | None, extract: Callable
) -> None:
    mentions = extract(body).entity_mentions
    got = [
        m["entity_id"]
        for m in mentions.iter_rows(named=True)
        if m["surface_text"] == surface and m["entity_type"] == entity_type
    ]
    assert got == ([entity_id] if entity_id else [])


def dated(
    rule: str, body: str, published: str, surface: str, entity_id: str, *, person: bool = False
) -> object:
    return pytest.param(body, date.fromisoformat(published), surface, entity_id, person, id=rule)


# Rules that read the article's date: a unit of a body renamed on a day belongs to the successor after it.
DATED_RULES = [
    dated(
        "renamed_by_date:a_unit_of_a_renamed_body_serves_the_successor",
        "Petugas BP3MI Kepulauan Riau menggagalkan keberangkatan 11 calon PMI ke Malaysia.",
        "2025-06-21",
        "BP3MI",
        "KP2MI",
    ),
    dated(
        "renamed_by_date:before_the_change_the_unit_is_the_old_bodys",
        "Petugas BP3MI Kepulauan Riau menggagalkan keberangkatan 11 calon PMI ke Malaysia.",
        "2023-03-31",
        "BP3MI",
        "BP2MI",
    ),
    dated(
        "renamed_by_date:the_old_body_by_its_own_name_keeps_it",
        "Data BP2MI menunjukkan 11 calon PMI digagalkan berangkat ke Malaysia.",
        "2025-06-21",
        "BP2MI",
        "BP2MI",
    ),
    dated(
        "renamed_by_date:a_directorate_general_of_kominfo_in_the_komdigi_era",
        "Ditjen Aptika memutus akses 5.000 konten judi online pekan ini.",
        "2025-01-15",
        "Ditjen Aptika",
        "KOMDIGI",
    ),
    dated(
        "renamed_persons:the_head_of_a_unit_serves_the_successor",
        "Kepala BP3MI Kepri Kombes Pol Imam Santoso mengatakan 11 calon PMI digagalkan berangkat.",
        "2025-06-21",
        "Imam Santoso",
        "KP2MI",
        person=True,
    ),
]


@pytest.mark.parametrize(("body", "published", "surface", "entity_id", "is_person"), DATED_RULES)
def test_dated_rule(
    body: str, published: date, surface: str, entity_id: str, is_person: bool, extract: Callable
) -> None:
    x = extract(body, None, published)
    if is_person:
        got = [p["agency_id"] for p in x.persons.iter_rows(named=True) if p["full_name"] == surface]
    else:
        got = [
            m["entity_id"]
            for m in x.entity_mentions.iter_rows(named=True)
            if m["surface_text"] == surface and m["entity_type"] == "agency"
        ]
    assert got == [entity_id]

"""The printed documents' words in Indonesian (default) and English, plus date formatting.

A plain table instead of Qt translations: printing runs headless (command line, worker threads)
and the documents' language is chosen per print job, not by the interface language. The names
of stored codes (post kinds, rings) come from the one vocabulary, desktop/vocabulary.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop import vocabulary
from desktop.messages import format_text

LANGS = ("id", "en")

_T: dict[str, tuple[str, str]] = {
    # page furniture
    "page_of": ("Halaman {n} dari ", "Page {n} of "),
    "made": ("Dicetak", "Printed"),  # the print time, not the document's date
    "revision": ("Revisi", "Revision"),
    "annex": ("LAMPIRAN", "ANNEX"),
    "annex_of": ("RENCANA PENGAMANAN", "TO THE SECURITY PLAN OF"),
    "annex_of_sprin": ("SURAT PERINTAH", "TO THE ORDER OF"),
    "number": ("NOMOR", "NUMBER"),
    "date": ("TANGGAL", "DATE"),
    "police_hq": ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "INDONESIAN NATIONAL POLICE"),
    # cover
    "security_plan": ("RENCANA PENGAMANAN", "SECURITY PLAN"),
    "briefing_packet": ("BAHAN APEL DAN PENGARAHAN", "BRIEFING PACKET"),
    "operation": ("Kegiatan", "Operation"),
    "venue": ("Tempat", "Venue"),
    "address": ("Alamat", "Address"),
    "when": ("Waktu", "Time"),
    "classification": ("Klasifikasi", "Classification"),
    "commander": ("Penanggung jawab", "Commander"),
    "deputy": ("Wakil penanggung jawab", "Deputy commander"),
    "field_commander": ("Pengendali lapangan", "Field commander"),
    "strength": ("Kekuatan", "Strength"),
    "strength_value": (
        "{people} personel, {posts} pos, {shifts} tahap/sif",
        "{people} personnel, {posts:#post|posts}, {shifts:#phase/shift|phases/shifts}",
    ),
    "contents": ("Isi", "Contents"),
    "until": ("s.d.", "to"),
    # orders
    "orders_title": ("RENCANA PENGAMANAN", "SECURITY PLAN"),
    "sec_situation": ("SITUASI", "SITUATION"),
    "sec_mission": ("TUGAS POKOK", "MISSION"),
    "sec_execution": ("PELAKSANAAN", "EXECUTION"),
    "sec_rules": ("KETENTUAN DAN SOP", "RULES AND SOP"),
    "sec_contingency": ("KONTINJENSI", "CONTINGENCY"),
    "sec_logistics": ("ADMINISTRASI DAN LOGISTIK", "ADMINISTRATION AND LOGISTICS"),
    "sec_communications": ("KOMANDO, PENGENDALIAN DAN KOMUNIKASI", "COMMAND, CONTROL AND COMMUNICATIONS"),
    "sec_closing": ("PENUTUP", "CLOSING"),
    "closing_text": (
        "Demikian rencana pengamanan ini dibuat untuk dipedomani dan dilaksanakan dengan penuh tanggung jawab.",
        "This security plan is issued to be followed and carried out with full responsibility.",
    ),
    "not_filled": ("(belum diisi)", "(not filled in)"),
    "phases": ("Tahap / sif", "Phases / shifts"),
    "code": ("Kode", "Code"),
    "name": ("Nama", "Name"),
    "time": ("Waktu", "Time"),
    "personnel_count": ("Personel", "Personnel"),
    # org chart
    "orgchart": ("STRUKTUR ORGANISASI PENGAMANAN", "CHAIN OF COMMAND"),
    "danpos": ("Danpos", "Post commander"),
    "no_danpos": ("(danpos belum ditunjuk)", "(no post commander yet)"),
    "groups": ("Kelompok", "Groups"),
    "group_cdr": ("Dan", "Cdr"),
    "group_cdr_col": ("Komandan", "Commander"),
    "group_members": ("{n} anggota di luar pos", "{n:#member|members} not at a post"),
    "held_at": ("Disiagakan di", "Held at"),
    "trigger": ("Digerakkan bila", "Committed when"),
    "no_group": ("Pos tanpa kelompok", "Posts in no group"),
    "ring": ("Ring", "Ring"),
    # site plan
    "siteplan": ("SKETSA / DENAH PENGAMANAN", "SITE PLAN"),
    "legend": ("Keterangan", "Legend"),
    "no_image": ("(denah belum dimuat: posisi pos pada grid)", "(no plan image: posts on a grid)"),
    "printed_scale": ("Skala pada cetakan ini \u00b1 {ratio}", "Scale of this printout \u00b1 {ratio}"),
    "post": ("Pos", "Post"),
    "kind": ("Jenis", "Kind"),
    # plotting
    "plotting": ("PLOTTING PERSONEL", "DEPLOYMENT TABLE (PLOTTING)"),
    "shift": ("Sif", "Shift"),
    "members": ("Anggota", "Members"),
    "total": ("Jml", "Total"),
    "grand_total": ("Jumlah", "Total"),
    "people_total": ("Jumlah personel di pos (orang)", "Personnel at the posts (people)"),
    "phases_n": ("{n} tahap", "{n:#phase|phases}"),
    "to_follow": ("(nama menyusul)", "(name to follow)"),
    "no": ("No", "No"),
    # contacts
    "contacts": ("DAFTAR KONTAK DAN SANDI PANGGILAN", "CONTACT AND CALL-SIGN LIST"),
    "radio_net": ("Jaring radio", "Radio net"),
    "outside_parties": ("Pihak luar kepolisian", "Parties outside the police"),
    "party": ("Instansi / pihak", "Agency / party"),
    "contact_person": ("Yang dihubungi", "Contact"),
    "channel": ("Kanal", "Channel"),
    "posts": ("Pos", "Posts"),
    "position": ("Jabatan", "Position"),
    "role": ("Peran", "Role"),
    "callsign": ("Sandi panggilan", "Call sign"),
    "phone": ("Telepon", "Phone"),
    "rank": ("Pangkat", "Rank"),
    "rank_nrp": ("Pangkat / NRP", "Rank / NRP"),
    "nrp": ("NRP", "NRP"),
    "unit": ("Satuan", "Unit"),
    # post sheet
    "post_sheet": ("LEMBAR POS", "POST SHEET"),
    "location": ("Lokasi", "Location"),
    "people": ("Personel", "Personnel"),
    "tasks": ("Tugas dan perintah", "Tasks and orders"),
    "equipment": ("Peralatan", "Equipment"),
    "report_to": ("Lapor kepada", "Report to"),
    "command_post": ("Posko", "Command post"),
    "staffing": ("Kekuatan", "Strength"),
    "staffing_value": ("{n} orang (minimal {lo})", "{n} people (minimum {lo})"),
    "none": ("-", "-"),
    "role_danpos": ("Danpos", "Post cdr"),
    "role_anggota": ("Anggota", "Member"),
    # slips
    "slips": ("KARTU PENUGASAN", "ASSIGNMENT SLIPS"),
    "callsign_short": ("Sandi pgl.", "Call sign"),
    "slip_title": ("KARTU PENUGASAN", "ASSIGNMENT SLIP"),
    "where": ("Pos", "Post"),
    # attendance
    "attendance": ("DAFTAR HADIR APEL", "ROLL-CALL ATTENDANCE SHEET"),
    "signature": ("Tanda tangan", "Signature"),
    "remarks": ("Ket.", "Notes"),
    "att_totals": (
        "Jumlah personel: {n}    Hadir: ........    Tidak hadir: ........    Keterangan: ....................",
        "Personnel: {n}    Present: ........    Absent: ........    Remarks: ....................",
    ),
    "checked_by": ("Yang memeriksa", "Checked by"),
    "reserve": ("cadangan", "reserve"),
    "unassigned": ("(tidak ditugaskan di pos)", "(not posted)"),
    # roster
    "roster": ("DAFTAR PERSONEL PER SATUAN", "ROSTER BY UNIT"),
    "assignments": ("Penugasan", "Assignments"),
    "unit_total": ("{n} orang", "{n} people"),
    "no_unit": ("Tanpa satuan", "No unit"),
    # accepted warnings (annex G)
    "accepted": ("CATATAN PENERIMAAN PERINGATAN", "ACCEPTED WARNINGS"),
    "accepted_sub": (
        "Catatan perencana, bukan bagian dari rencana yang ditandatangani",
        "Planner's notes, not part of the signed plan",
    ),
    "accepted_intro": (
        "Peringatan berikut telah diperiksa dan diterima oleh perencana dengan catatan "
        "alasannya. Kesalahan (error) tidak dapat diterima dan tidak tercantum di sini.",
        "The planner reviewed the following warnings and accepted them, with the reason "
        "noted. Errors cannot be accepted and are not listed here.",
    ),
    "rule": ("Aturan", "Rule"),
    "finding": ("Uraian peringatan", "Warning"),
    "concerns": ("Menyangkut", "Concerns"),
    "note": ("Catatan penerimaan", "Note"),
    "accepted_at": ("Diterima", "Accepted"),
    "person": ("Personel", "Person"),
    "whole_operation": ("Seluruh operasi", "Whole operation"),
    "accepted_total": ("Jumlah peringatan yang diterima: {n}", "Accepted warnings: {n}"),
    # Surat Perintah
    "sprin_title": ("SURAT PERINTAH", "ORDER (SURAT PERINTAH)"),
    "number_line": ("Nomor", "Number"),
    "considering": ("Pertimbangan", "Considering"),
    "basis": ("Dasar", "Basis"),
    "ordered": ("DIPERINTAHKAN", "IT IS ORDERED"),
    "to": ("Kepada", "To"),
    "to_text": (
        "Personel sebagaimana tercantum dalam lampiran Surat Perintah ini ({n} orang).",
        "The personnel listed in the annex to this order ({n} people).",
    ),
    "for": ("Untuk", "For"),
    "done": ("Selesai.", "End of order."),
    "issued_at": ("Dikeluarkan di", "Issued at"),
    "on_date": ("pada tanggal", "on"),
    "copies_to": ("Tembusan", "Copies to"),
    "sprin_list": ("DAFTAR NAMA PERSONEL", "NAME LIST"),
    "col_rank_nrp": ("PANGKAT/NRP", "RANK/NRP"),
    "col_position": ("JABATAN", "POSITION"),
    "col_unit": ("KESATUAN", "UNIT"),
    "col_task": ("TUGAS DALAM PENGAMANAN", "TASK IN THE OPERATION"),
    "col_remarks": ("KET", "REMARKS"),
    "all_phases": ("semua tahap", "all phases"),
    "bko_from": ("BKO dari {origin}", "BKO from {origin}"),
    "in_reserve": ("cadangan ({group})", "reserve ({group})"),
    "group_member": ("kelompok {group}", "group {group}"),
    "group_leader": ("Dan {group}", "commands {group}"),
    # strength (kekuatan)
    "strength_title": ("Kekuatan personel", "Strength"),
    "col_pa": ("Pa", "Off."),
    "col_ba": ("Ba/Ta", "NCO/Pte"),
    "col_pns": ("PNS", "Civil"),
    "col_other": ("Instansi lain", "Other agency"),
    "col_total": ("Jumlah", "Total"),
    "col_bko": ("BKO", "BKO"),
    "col_reserve": ("Cadangan", "Reserve"),
    # a vote (operation kind "pemilu"): rekap, plotting per cluster, TPS sheet, chart per Polsek
    "rekap": ("REKAP POLA PENGAMANAN TPS", "TPS SECURITY PATTERN SUMMARY"),
    "rekap_pattern": ("Pola yang berlaku: {name}, ditulis {notation}", "Pattern in force: {name}, written {notation}"),
    "rekap_no_pattern": (
        "Belum ada pola pengamanan yang berlaku: kebutuhan personel tidak dihitung.",
        "No staffing pattern in force: the personnel required are not computed.",
    ),
    "rekap_no_tps": ("Rencana ini tidak memuat TPS.", "This plan holds no polling stations (TPS)."),
    "rekap_note": (
        "Kebutuhan Polri dan Linmas per kategori TPS menurut pola, dibulatkan ke atas per kecamatan; personel yang"
        " bertugas dihitung satu kali. Cadangan yang dibutuhkan: {share} % dari kebutuhan Polri.",
        "Police and Linmas required per TPS category under the pattern, rounded up per kecamatan; people on duty are"
        " counted once. Reserve required: {share} % of the police required.",
    ),
    "rekap_polsek_total": ("Jumlah {name}", "{name} total"),
    "rekap_label": ("Rekap pola pengamanan TPS", "TPS security pattern summary"),
    "rekap_kurang_rawan": ("kurang rawan", "less vuln."),
    "rekap_rawan": ("rawan", "vuln."),
    "rekap_sangat_rawan": ("sangat rawan", "very vuln."),
    "rekap_khusus": ("khusus", "special"),
    "col_reserve_upper": ("CADANGAN", "RESERVE"),
    "col_district": ("KECAMATAN", "SUB-DISTRICT"),
    "col_polsek": ("POLSEK", "POLSEK"),
    "col_tps_total": ("JML TPS", "TOTAL TPS"),
    "col_clusters": ("KLASTER", "CLUSTERS"),
    "col_police": ("POLRI", "POLICE"),
    "col_linmas": ("LINMAS", "LINMAS"),
    "col_need": ("Butuh", "Req."),
    "col_have": ("Ada", "Asgd."),
    "col_short": ("Kurang", "Short"),
    "col_name": ("NAMA", "NAME"),
    "col_tps": ("TPS", "TPS"),
    "col_category": ("KATEGORI", "CATEGORY"),
    "col_pattern": ("POLA", "PATTERN"),
    "rekap_total": ("JUMLAH POLRES", "POLRES TOTAL"),
    "no_category": ("tanpa kategori", "no category"),
    "no_polsek": ("Tanpa Polsek", "No Polsek"),
    "plot_short_police": ("kurang {n} Polri", "{n} police short"),
    "plot_short_linmas": ("kurang {n} Linmas", "{n} Linmas short"),
    "plot_no_police": ("TANPA POLRI", "NO POLICE"),
    "plot_others": ("+{n} instansi lain", "+{n} other agencies"),
    "plot_shifts": ("tahap {shifts}", "phases {shifts}"),
    "plot_cluster": ("klaster {cluster}", "cluster {cluster}"),
    "plot_total": ("Jumlah Polri {police}, Linmas {linmas}, TPS {tps}", "Police {police}, Linmas {linmas}, TPS {tps}"),
    "tps_category": ("Kategori", "Category"),
    "tps_pattern": ("Pola", "Pattern"),
    "tps_cluster": ("Klaster", "Cluster"),
    "tps_neighbours": ("TPS se-klaster", "Cluster TPS"),
    "tps_voters": ("DPT", "Voters (DPT)"),
    "tps_voters_value": ("{n} pemilih", "{n} registered voters"),
    "escort_route": ("Pengawalan", "Escort"),
    "polsek": ("Polsek", "Polsek"),
    "polsek_heading": ("Polsek dan TPS wilayahnya", "Polsek and the TPS of their sectors"),
    "polsek_tps": ("{n} TPS, {c} klaster", "{n} TPS, {c} clusters"),
    "polsek_cdr": ("Kapolsek", "Polsek commander"),
    "polsek_clusters": ("Klaster: {clusters}", "Clusters: {clusters}"),
    "polsek_posts": ("Pos: {posts}", "Posts: {posts}"),
    "polsek_reserve": ("Cadangan: {name}, {n} orang", "Reserve: {name}, {n} people"),
    "strength_note": (
        "Jumlah personel dihitung per orang; angka per tahap ada pada tabel tahap.",
        "People are counted once each; per-phase figures are in the phases table.",
    ),
    "per_phase": ("Personel per tahap", "Personnel per phase"),
    "sec_introduction": ("PENDAHULUAN", "INTRODUCTION"),
    "sec_general": ("Umum", "General"),
    "sec_basis": ("Dasar", "Basis"),
    "sec_purpose": ("Maksud dan tujuan", "Purpose"),
    "sec_scope": ("Ruang lingkup", "Scope"),
    "sec_concept": ("Konsep operasi", "Concept of operations"),
    "sec_strength": ("Kekuatan", "Strength"),
    "sec_functions": ("Tugas per fungsi", "Tasks per function"),
    "sec_course": ("Cara bertindak", "Course of action"),
    "sec_rules_sub": ("Ketentuan dan SOP", "Rules and SOP"),
    "sec_contingency_sub": ("Kontinjensi", "Contingency"),
    "sec_coordination": ("Koordinasi", "Coordination"),
    "sec_command": ("KOMANDO DAN PENGENDALIAN", "COMMAND AND CONTROL"),
    "notes_title": ("CATATAN PERENCANA", "PLANNER'S NOTES"),
    "ladder_title": (
        "Cara bertindak menurut situasi (Perkap 16/2006)",
        "Course of action by situation (Perkap 16/2006)",
    ),
    "situation_col": ("Situasi", "Situation"),
    "crowd_col": ("Keadaan massa", "The crowd"),
    "acting_col": ("Yang bertindak", "Who acts"),
    "command_col": ("Kendali", "In command"),
    "sit_green": ("Hijau", "Green"),
    "sit_yellow": ("Kuning", "Yellow"),
    "sit_red": ("Merah", "Red"),
    "sit_green_text": (
        "Tertib: negosiasi dan Dalmas awal tanpa perlengkapan khusus",
        "Orderly: negotiation and Dalmas awal without special equipment",
    ),
    "sit_yellow_text": (
        "Tidak tertib: Dalmas lanjut menggantikan Dalmas awal di tempat",
        "Disorderly: Dalmas lanjut takes over in place",
    ),
    "sit_red_text": ("Rusuh: diserahkan kepada PHH Brimob", "Riot: handed to Brimob riot companies"),
    "notes_none": ("Tidak ada peringatan yang diterima.", "No accepted warnings."),
    # numbered copies
    "copy_of": ("Salinan ke-{i} dari {n}", "Copy {i} of {n}"),
    # misc
    "no_assignments": ("Belum ada personel yang ditugaskan.", "Nobody is assigned yet."),
    "nothing": ("Tidak ada yang dicetak untuk pilihan ini.", "Nothing to print for this selection."),
    "shortened": (
        "Teks yang terlalu panjang untuk dicetak dipotong (\u2026); teks lengkapnya ada di berkas operasi.",
        "Texts too long to print are cut short (\u2026); the operation file holds them in full.",
    ),
}

_MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def has(key: str) -> bool:
    """True when the documents have words for `key`."""
    return key in _T


def tr(key: str, lang: str, **values: object) -> str:
    text = _T[key][0 if lang == "id" else 1]
    return format_text(text, values) if values else text  # English plurals: "{n:#phase|phases}"


def kind_name(kind: str, lang: str) -> str:
    return vocabulary.label(vocabulary.POST_KIND, kind, lang)


def ring_name(ring: str | None, lang: str) -> str:
    """ "Ring II"; a ring the planner named otherwise as written; no ring: outside the rings."""
    return vocabulary.label(vocabulary.RING, ring or None, lang)


def roman(n: int) -> str:
    return _ROMAN[n - 1] if 1 <= n <= len(_ROMAN) else str(n)


def zone_name(dt: datetime) -> str:
    """WIB/WITA/WIT for Indonesia's zones, else the UTC offset."""
    offset = dt.utcoffset()
    if offset is None:
        return ""
    hours = offset / timedelta(hours=1)
    return {7.0: "WIB", 8.0: "WITA", 9.0: "WIT"}.get(hours, dt.strftime("UTC%z"))


def fmt_date(dt: datetime | None, lang: str, weekday: bool = True) -> str:
    if dt is None:
        return "-"
    day = f"{dt.day} {_MONTHS[lang][dt.month - 1]} {dt.year}"
    return f"{_DAYS[lang][dt.weekday()]}, {day}" if weekday else day


def fmt_time(dt: datetime | None) -> str:
    return "-" if dt is None else f"{dt.hour:02d}.{dt.minute:02d}"


def fmt_window(start: datetime | None, end: datetime | None, lang: str) -> str:
    """'Rabu, 4 Desember 2024 pukul 10.00 s.d. 18.30 WIB' (dates repeated when days differ)."""
    if start is None and end is None:
        return "-"
    at = "pukul" if lang == "id" else "at"
    zone = zone_name(start or end)  # type: ignore[arg-type]
    if start and end and start.date() == end.date():
        return f"{fmt_date(start, lang)} {at} {fmt_time(start)} {tr('until', lang)} {fmt_time(end)} {zone}".strip()
    parts = []
    for dt in (start, end):
        parts.append(f"{fmt_date(dt, lang)} {at} {fmt_time(dt)}" if dt else "-")
    return f"{parts[0]} {tr('until', lang)} {parts[1]} {zone}".strip()


def fmt_span(start: datetime | None, end: datetime | None) -> str:
    """Short '10.00-12.30' (with the day when the span crosses midnight)."""
    if start is None or end is None:
        return "-"
    text = f"{fmt_time(start)}-{fmt_time(end)}"
    if start.date() != end.date():
        text = f"{start.day:02d}/{start.month:02d} {fmt_time(start)}-{end.day:02d}/{end.month:02d} {fmt_time(end)}"
    return text


def fmt_stamp_time(dt: datetime) -> str:
    return f"{dt.day:02d}-{dt.month:02d}-{dt.year} {fmt_time(dt)} {zone_name(dt)}".strip()


def month_roman(dt: datetime | None) -> str:
    return roman(dt.month) if dt else ""

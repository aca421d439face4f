"""The one catalogue of Renpam's sentences: code -> (Indonesian, English).

Templates use `str.format` names ("{who}"); English writes a count with its noun as
"{count:#place|places}" ("1 place", "3 places": the words for one and for any other number;
Indonesian has no plural). Both languages of one code use the same names
(`tests/test_messages.py` checks it, and that every code used in the program is here). Keys are
grouped by kind: errors, opening a file, site-plan images, findings and rule titles, spreadsheet
import, plan documents, auto-assign shortfalls, candidates' reasons, reading a spreadsheet.
Codes are stable: scripts read them from `--json`; a text may be reworded freely.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ errors (RenpamError)
    "error": ("Terjadi kesalahan.", "Something went wrong."),
    "cancelled": ("Dibatalkan; tidak ada yang diubah.", "Cancelled; nothing was changed."),
    # ------------------------------------------------------------------ writing files (desktop.files, storage)
    # WriteError, LockFileError and ExternalChangeError render their own sentences (message(lang));
    # these are their codes' texts in the catalogue's terms.
    "write_failed": ("Tidak dapat menyimpan {path}: {reason}.", "Cannot save {path}: {reason}."),
    "read_only": ("Berkas dibuka di tempat lain; gunakan Simpan Sebagai.", "The file is open elsewhere; use Save As."),
    "external_change": (
        "Tidak dapat menyimpan {path}: program lain mengubahnya sejak dibuka; tidak ada yang disimpan.",
        "Cannot save {path}: another program changed it since it was opened; nothing was saved.",
    ),
    "lock_not_regular": (
        "Berkas kunci {lock} bukan berkas biasa: Renpam tidak menulis ke berkas operasi ini.",
        "The lock file {lock} is not an ordinary file: Renpam does not write to this operation file.",
    ),
    # ------------------------------------------------------------------ opening an operation file
    # {name} is the file name, {reason} one of the open.* messages below.
    "file.cannot_open": ("Tidak dapat membuka {name}: {reason}.", "Cannot open {name}: {reason}."),
    "open.missing": ("berkas tidak ada", "the file does not exist"),
    "open.unreadable": ("berkas tidak dapat dibaca ({detail})", "the file cannot be read ({detail})"),
    "open.folder": ("itu sebuah folder, bukan berkas", "it is a folder, not a file"),
    "open.empty": ("berkas kosong", "the file is empty"),
    "open.too_large": ("berkas terlalu besar ({mb} MB)", "the file is too large ({mb} MB)"),
    "open.grew": ("berkas berubah saat sedang dibaca (bertambah besar)", "the file changed while being read (it grew)"),
    "open.not_renpam": ("ini bukan berkas operasi Renpam", "it is not a Renpam operation file"),
    "open.no_version": (
        "ini bukan berkas operasi Renpam (tanpa versi format)",
        "it is not a Renpam operation file (no format version)",
    ),
    "open.other_application": (
        "ini basis data SQLite milik aplikasi lain, bukan operasi Renpam",
        "it is an SQLite database of another application, not a Renpam operation",
    ),
    "open.newer": (
        "berkas dibuat oleh Renpam yang lebih baru (format {version}, Renpam ini membaca sampai "
        "{supported}); perbarui Renpam",
        "it was written by a newer Renpam (file format {version}, this Renpam reads up to {supported}); update Renpam",
    ),
    "open.damaged_or_truncated": ("berkas rusak atau terpotong", "the file is damaged or truncated"),
    "open.truncated": ("berkas terpotong (salinan tidak lengkap)", "the file is truncated (incomplete copy)"),
    "open.integrity_failed": (
        "berkas rusak (pemeriksaan integritas SQLite gagal)",
        "the file is damaged (SQLite integrity check failed)",
    ),
    "open.too_many_objects": (
        "strukturnya bukan struktur Renpam ({count} tabel dan indeks)",
        "its structure is not Renpam's ({count} tables and indexes)",
    ),
    "open.foreign_structure": (
        "strukturnya bukan struktur Renpam ({detail})",
        "its structure is not Renpam's ({detail})",
    ),
    "open.damaged": ("berkas rusak ({detail})", "the file is damaged ({detail})"),
    "open.content_damaged": ("isinya rusak ({detail})", "its content is damaged ({detail})"),
    "open.inconsistent": ("isinya tidak konsisten: {problem}", "its content is inconsistent: {problem}"),
    "open.inconsistent_more": (
        "isinya tidak konsisten: {problem} dan {more} lainnya",
        "its content is inconsistent: {problem} and {more} more",
    ),
    "open.too_much_work": (
        "membacanya memerlukan kerja jauh melebihi rencana mana pun, sehingga dihentikan demi keamanan",
        "reading it took far more work than any plan needs, so it was stopped for safety",
    ),
    # ------------------------------------------------------------------ site-plan images
    "image.too_many_bytes": ("gambar lebih besar dari {mb} MB", "the image is larger than {mb} MB"),
    "image.not_png_or_jpeg": ("gambar bukan PNG atau JPEG", "the image is not a PNG or JPEG"),
    "image.no_pixels": ("gambar tidak memiliki piksel", "the image has no pixels"),
    "image.bomb": ("gambar terlalu besar (bom dekompresi)", "the image is too large (a decompression bomb)"),
    "image.too_many_pixels": (
        "gambar terlalu besar ({width} x {height} piksel)",
        "the image is too large ({width} x {height} pixels)",
    ),
    "image.damaged": ("gambar rusak ({detail})", "the image is damaged ({detail})"),
    "open_warning.image_left_out": (
        "Gambar denah dihilangkan karena {problem}; rencana menampilkan grid kosong.",
        "The site-plan image was left out because {problem}; the plan shows a blank grid.",
    ),
    # ------------------------------------------------------------------ findings (desktop.planning.rules)
    # {who} is "RANK NAME", {where} "CODE (name)" of a post, {shift} a shift code.
    "finding.double_booking": (
        "{who} ditugaskan di dua pos pada waktu yang sama: {post_a} dan {post_b} (sif {when}). "
        "Satu orang tidak dapat menjaga dua pos; salah satu pos akan kosong.",
        "{who} is assigned to two posts at the same time: {post_a} and {post_b} (shift {when}). "
        "One person cannot hold two posts; one of them will stand empty.",
    ),
    "finding.outside_window": (
        "{who} ditugaskan di {post} pada sif {shift} ({shift_span}), di luar waktu operasi ({operation_span}). "
        "Surat perintah tidak mencakup tugas itu.",
        "{who} is assigned to {post} in shift {shift} ({shift_span}), outside the operation's time "
        "({operation_span}). The order does not cover that duty.",
    ),
    "finding.tps_duty_hours": (
        "{who} bertugas {hours} jam tanpa putus (sif {shifts}), lebih dari batas tugas TPS {limit} jam. "
        "Tugas TPS satu kali jaga sejak malam sebelumnya sampai kotak suara diserahkan; lebih lama melelahkan.",
        "{who} is on duty {hours} hours without a break (shift {shifts}), more than the polling-station duty "
        "limit of {limit} hours. A TPS duty runs from the night before until the ballot boxes are handed over; "
        "longer wears people out.",
    ),
    "finding.max_hours": (
        "{who} bertugas {hours} jam dalam 24 jam (sif {shifts}), lebih dari batas {limit} jam. "
        "Personel yang kelelahan lambat bereaksi.",
        "{who} works {hours} hours within 24 hours (shift {shifts}), more than the limit of {limit} hours. "
        "Tired personnel react slowly.",
    ),
    "finding.min_rest": (
        "{who} hanya beristirahat {hours} jam antara sif {before} dan {after} (minimal {limit} jam).",
        "{who} rests only {hours:#hour|hours} between shift {before} and {after} (at least {limit} hours).",
    ),
    "finding.commander_on_post": (
        "Komandan operasi ({who}) ditugaskan di pos {where} pada sif {shift}. "
        "Komandan memimpin seluruh operasi dan tidak boleh terikat pada satu pos.",
        "The operation commander ({who}) is assigned to post {where} in shift {shift}. "
        "A commander leads the whole operation and must not be tied to one post.",
    ),
    "finding.field_commander_on_post": (
        "Wakil komandan lapangan ({who}) ditugaskan di pos {where} pada sif {shift}. "
        "Komandan memimpin seluruh operasi dan tidak boleh terikat pada satu pos.",
        "The field commander ({who}) is assigned to post {where} in shift {shift}. "
        "A commander leads the whole operation and must not be tied to one post.",
    ),
    "finding.post_not_manned": (
        "{who} ditugaskan di pos {where} pada sif {shift}, padahal pos tidak dijaga pada sif itu.",
        "{who} is assigned to post {where} in shift {shift}, when the post is not manned.",
    ),
    "finding.post_not_manned_places": (
        "Pos {where} memegang {count} tempat (nama menyusul) pada sif {shift}, padahal pos tidak dijaga pada sif itu.",
        "Post {where} holds {count:#place|places} (names to follow) in shift {shift}, when the post is not manned.",
    ),
    "finding.post_understaffed": (
        "Pos {where} kurang personel pada sif {shift}: {count} dari minimal {minimum}. "
        "Tugas pos tidak dapat dilaksanakan penuh.",
        "Post {where} is short in shift {shift}: {count} of at least {minimum}. "
        "The post cannot carry out all its tasks.",
    ),
    "finding.post_overstaffed": (
        "Pos {where} kelebihan personel pada sif {shift}: {count} dari maksimal {maximum}. "
        "Personel lebih bermanfaat di pos lain atau sebagai cadangan.",
        "Post {where} is over its maximum in shift {shift}: {count} of at most {maximum}. "
        "The extra people are more useful at another post or in reserve.",
    ),
    "finding.missing_danpos": (
        "Pos {where} belum memiliki danpos pada sif {shift}. Setiap pos dipimpin seorang komandan pos "
        "yang menerima perintah dan melapor.",
        "Post {where} has no post commander (danpos) in shift {shift}. Every post needs a commander who "
        "takes orders and reports.",
    ),
    "finding.several_danpos": (
        "Pos {where} memiliki {count} danpos pada sif {shift}; komando harus satu.",
        "Post {where} has {count} post commanders in shift {shift}; command must be single.",
    ),
    "finding.danpos_rank": (
        "Danpos {where} pada sif {shift} ({who}) berpangkat di bawah minimal {minimum}.",
        "The post commander of {where} in shift {shift} ({who}) is ranked below the minimum {minimum}.",
    ),
    "finding.danpos_outranked": (
        "Danpos {where} pada sif {shift} ({who}) berpangkat di bawah anggotanya {senior}. "
        "Danpos adalah yang paling senior di pos.",
        "The post commander of {where} in shift {shift} ({who}) is ranked below a member, {senior}. "
        "The danpos is the senior of the post.",
    ),
    "finding.other_agency_danpos": (
        "Danpos {where} pada sif {shift} ({who}) berasal dari {agency}, bukan Polri. Pos Polri dipimpin "
        "oleh anggota Polri; instansi lain mendukung.",
        "The post commander of {where} in shift {shift} ({who}) is from {agency}, not Polri. A Polri post "
        "is led by a police officer; other agencies support.",
    ),
    "finding.skill_missing": (
        "Pos {where} pada sif {shift} memerlukan {count} {skill}, baru ada {have}: {why}.",
        "Post {where} in shift {shift} needs {count} {skill}, has {have}: {why}.",
    ),
    "finding.ring1_skill": (
        "{who} di pos Ring I {where} (sif {shift}) tidak memiliki keahlian yang disyaratkan untuk Ring I "
        "({skills}). Ring I melindungi objek utama.",
        "{who} at Ring I post {where} (shift {shift}) holds none of the skills Ring I requires ({skills}). "
        "Ring I protects the main object.",
    ),
    "finding.pattern_shortfall": (
        "{name} ({count} TPS) pada sif {shift} tidak memenuhi pola {pattern} [{written}]: {shortfalls}.",
        "{name} ({count} TPS) in shift {shift} falls short of pattern {pattern} [{written}]: {shortfalls}.",
    ),
    "finding.cluster_missing_danpos": (
        "{name} ({codes}) pada sif {shift} tanpa danpos di TPS mana pun. Salah satu polisi klaster memimpin TPS-nya.",
        "{name} ({codes}) in shift {shift} has no post commander at any of its polling stations. One of the cluster's "
        "police officers commands its TPS.",
    ),
    "finding.reserve_short": (
        "{unit} menyiagakan {held} personel cadangan; pola meminta {police} polisi untuk TPS-nya, dan cadangan "
        "{share}% berarti {required}. Tambahkan anggota Polsek ke kelompok cadangannya.",
        "{unit} holds {held} in reserve; the pattern asks {police} police for its polling stations, and a "
        "{share}% reserve means {required}. Add Polsek officers to its reserve group.",
    ),
    "finding.tps_without_police": (
        "{name} ({count} TPS: {codes}) pada sif {shift} tanpa polisi sama sekali ({linmas} Linmas). TPS atau "
        "klasternya memerlukan polisi; Linmas membantu, tidak menggantikan.",
        "{name} ({count} TPS: {codes}) in shift {shift} has no police at all ({linmas} Linmas). A polling "
        "station or its cluster needs police; Linmas support, they do not replace them.",
    ),
    "finding.group_commander_outranked": (
        "Komandan kelompok {group} ({who}) berpangkat di bawah anggotanya {senior}. "
        "Tunjuk perwira tertinggi sebagai komandan atau pindahkan anggota itu.",
        "The commander of group {group} ({who}) ranks below its member {senior}. "
        "Name the senior officer as commander or move that member.",
    ),
    "finding.dalmas_awal_kit": (
        '{where} termasuk Dalmas awal ({group}) tetapi diberi perlengkapan Dalmas lanjut ("{kit}"). '
        "Dalmas awal tanpa perlengkapan khusus (Perkap 16/2006); tameng, helm dan gas disiagakan untuk Dalmas lanjut.",
        '{where} belongs to Dalmas awal ({group}) but is issued Dalmas lanjut kit ("{kit}"). '
        "The first line carries no special equipment (Perkap 16/2006); shields, helmets and gas are held "
        "for Dalmas lanjut.",
    ),
    "finding.siteplan_scale": (
        "Catatan skala denah menulis {written}, tetapi lebar tanah yang tergambar belum diisi: skala itu hanya "
        "benar pada satu ukuran cetak dan tidak dapat dicek terhadap batang skala. Isi lebar denah dalam meter; "
        "Renpam lalu mencetak batang skala dan skala sesuai ukuran cetaknya.",
        "The site plan's scale note says {written}, but the ground width the picture spans is not given: that "
        "ratio is true at one print size only and cannot be checked against the scale bar. Give the plan's width "
        "in metres; Renpam then prints a scale bar and the scale of each printout.",
    ),
    "finding.reserve_not_planned": (
        "Kontinjensi memanggil cadangan, tetapi tidak ada kelompok cadangan yang direncanakan. Buat kelompok "
        "cadangan dengan komandan, anggota, tempat siaga dan syarat penggerakan.",
        "The contingency calls on a reserve, but no reserve group is planned. Add a reserve group with its "
        "commander, members, where it is held and what commits it.",
    ),
    "finding.pattern_row": ("{category} {numbers} ({notation})", "{category} {numbers} ({notation})"),
    "finding.pattern_cluster": ("Klaster {cluster}", "Cluster {cluster}"),
    "finding.pattern_tps": ("TPS {code}", "Polling station {code}"),
    "finding.police_short": ("kurang {short} polisi ({have} dari {need})", "{short} police short ({have} of {need})"),
    "finding.linmas_short": ("kurang {short} Linmas ({have} dari {need})", "{short} Linmas short ({have} of {need})"),
    "finding.integrity": ("Data tidak konsisten: {problem}", "Inconsistent data: {problem}"),
    "finding.commander_missing": (
        "Komandan operasi belum ditetapkan. Rencana pengamanan dan surat perintah memerlukan penanggung jawab.",
        "No operation commander is named. The security plan and the order need the officer responsible.",
    ),
    "finding.field_commander_missing": (
        "Wakil/komandan lapangan belum ditetapkan. Komando di lapangan harus jelas sejak apel.",
        "No field commander is named. Command on the ground must be clear from the roll call on.",
    ),
    # The rules' titles (desktop.planning.rules.RULE_NAMES), shown in lists and annex G.
    "rule.integrity": ("Data tidak konsisten", "Inconsistent data"),
    "rule.double_booking": ("Tugas rangkap pada waktu yang sama", "Two posts at the same time"),
    "rule.outside_window": ("Tugas di luar waktu operasi", "Duty outside the operation's time"),
    "rule.max_hours": ("Jam kerja melebihi batas", "Working hours above the limit"),
    "rule.min_rest": ("Istirahat kurang", "Too little rest"),
    "rule.commander_on_post": ("Komandan terikat pada pos", "Commander tied to a post"),
    "rule.field_commander_on_post": ("Komandan lapangan terikat pada pos", "Field commander tied to a post"),
    "rule.post_understaffed": ("Pos kurang personel", "Post below minimum staff"),
    "rule.post_overstaffed": ("Pos kelebihan personel", "Post above maximum staff"),
    "rule.post_not_manned": ("Tugas di pos yang tidak dijaga", "Duty at an unmanned post"),
    "rule.missing_danpos": ("Pos tanpa danpos", "Post without danpos"),
    "rule.several_danpos": ("Danpos lebih dari satu", "More than one danpos"),
    "rule.danpos_rank": ("Pangkat danpos di bawah minimal", "Danpos below minimum rank"),
    "rule.danpos_outranked": ("Danpos di bawah pangkat anggota", "Danpos ranked below a member"),
    "rule.other_agency_danpos": ("Danpos dari instansi lain", "Danpos from another agency"),
    "rule.skill_missing": ("Keahlian yang diperlukan tidak ada", "Required skill missing"),
    "rule.ring1_skill": ("Personel Ring I tanpa keahlian", "Ring I personnel without the skill"),
    "rule.commander_missing": ("Komandan operasi belum ditetapkan", "No operation commander"),
    "rule.field_commander_missing": ("Komandan lapangan belum ditetapkan", "No field commander"),
    "rule.reserve_short": ("Cadangan Polsek kurang", "Polsek reserve too small"),
    "rule.tps_without_police": ("TPS tanpa polisi", "Polling station without police"),
    "rule.pattern_shortfall": ("Pola pengamanan TPS tidak terpenuhi", "TPS staffing pattern not met"),
    "rule.group_commander_outranked": (
        "Komandan kelompok di bawah pangkat anggota",
        "Group commander ranked below a member",
    ),
    "rule.dalmas_awal_kit": ("Dalmas awal diberi perlengkapan Dalmas lanjut", "Dalmas awal issued riot kit"),
    "rule.reserve_not_planned": ("Cadangan tidak direncanakan", "Reserve not planned"),
    "rule.siteplan_scale": ("Skala denah tidak teruji", "Site-plan scale unchecked"),
    # Why a skill matters at a post (the {why} of finding.skill_missing).
    "skill_reason.polwan": ("pengunjuk rasa perempuan ditangani oleh Polwan", "women protesters are handled by Polwan"),
    "skill_reason.negosiator": (
        "komunikasi dan negosiasi didahulukan sebelum tindakan tegas",
        "communication and negotiation come before firm action",
    ),
    "skill_reason.dalmas": (
        "pengendalian massa memerlukan personel Dalmas terlatih",
        "crowd control needs trained Dalmas personnel",
    ),
    "skill_reason.lantas": (
        "pengaturan lalu lintas memerlukan personel Lantas",
        "traffic control needs traffic police",
    ),
    "skill_reason.medis": ("pertolongan pertama memerlukan tenaga medis", "first aid needs medical staff"),
    "skill_reason.intel": ("pemantauan memerlukan personel intelijen", "observation needs intelligence personnel"),
    "skill_reason.sopir": ("kendaraan patroli memerlukan pengemudi", "the patrol vehicle needs a driver"),
    "skill_reason.other": ("pos ini memerlukannya", "the post needs it"),
    # ------------------------------------------------------------------ spreadsheet import (desktop.spreadsheets)
    # {text} is the cell as written (quoted); where a problem is: import.at_row(_column).
    "import.at_row": ("baris {row}", "row {row}"),
    "import.at_row_column": ("baris {row}, kolom {column}", "row {row}, column {column}"),
    "import.file_empty": ("berkas tidak berisi baris apa pun", "the file has no rows"),
    "import.file_missing_column": (
        "kolom {column} tidak ditemukan pada baris judul",
        "no {column} column in the header row",
    ),
    "import.missing_name": ("nama kosong", "name is missing"),
    "import.unknown_agency": ("instansi tidak dikenal: {text}", "unknown agency: {text}"),
    "import.unknown_rank": ("pangkat Polri tidak dikenal: {text}", "unknown Polri rank: {text}"),
    "import.missing_rank": ("pangkat kosong (personel Polri)", "rank is missing (Polri personnel)"),
    "import.duplicate_nrp": ("NRP {nrp} sudah ada di baris {first}", "NRP {nrp} already appears in row {first}"),
    "import.bad_phone": ("nomor HP tidak terbaca: {text}", "phone number cannot be read: {text}"),
    "import.unknown_choice": ("{what} tidak dikenal: {text}", "unknown {what}: {text}"),
    "import.unknown_choice_hint": ("{what} tidak dikenal: {text} ({hint})", "unknown {what}: {text} ({hint})"),
    "import.what_gender": ("jenis kelamin", "gender"),
    "import.what_ring": ("ring", "ring"),
    "import.what_category": ("kategori", "category"),
    "import.what_kind": ("jenis pos", "post kind"),
    "import.missing_code": ("kode pos kosong", "post code is missing"),
    "import.duplicate_code": ("kode {code} sudah ada di baris {first}", "code {code} already appears in row {first}"),
    "import.missing_post_name": ("nama pos kosong", "post name is missing"),
    "import.bad_count": ("jumlah {limit} harus bilangan bulat: {text}", "{limit} must be a whole number: {text}"),
    "import.bad_limits": (
        "maksimal ({high}) lebih kecil dari minimal ({low})",
        "maximum ({high}) is below minimum ({low})",
    ),
    "import.bad_position": ("{axis} harus angka 0 sampai 1: {text}", "{axis} must be a number from 0 to 1: {text}"),
    "import.bad_coordinate": (
        "{axis} harus angka derajat dari {low} sampai {high}: {text}",
        "{axis} must be a number of degrees from {low} to {high}: {text}",
    ),
    "import.half_coordinates": (
        "lintang dan bujur diisi keduanya atau tidak sama sekali",
        "latitude and longitude are given both or neither",
    ),
    "import.bad_voters": (
        "DPT harus bilangan bulat 0 sampai {limit}: {text}",
        "registered voters must be a whole number from 0 to {limit}: {text}",
    ),
    "import.bad_tps_number": ("nomor TPS tidak terbaca: {text}", "TPS number cannot be read: {text}"),
    "import.no_such_tps": (
        "TPS {number}{where} tidak ada dalam rencana; impor daftar TPS lebih dulu",
        "there is no TPS {number}{where} in the plan; import the polling-station list first",
    ),
    "import.ambiguous_tps": (
        "TPS {number}{where} ada {count} ({codes}); tambahkan kolom kelurahan/desa dan kecamatan",
        "TPS {number}{where} matches {count} polling stations ({codes}); add the village and kecamatan columns",
    ),
    "import.tps_where": (" di {place}", " in {place}"),
    "import.missing_category": ("kategori kosong", "category is missing"),
    # ------------------------------------------------------------------ field formats (desktop.fields)
    "field_error": ("isian tidak sesuai formatnya", "a field does not have its format"),
    "field.nrp_polri": ("NRP harus 8 angka: {value!r}", "NRP must be 8 digits: {value!r}"),
    "field.nrp_polri_staff": (
        "NRP harus 8 angka, atau NIP PNS Polri 18 angka: {value!r}",
        "NRP must be 8 digits, or a Polri civil servant's NIP 18 digits: {value!r}",
    ),
    "field.nrp_missing": ("NRP kosong (personel Polri)", "NRP is missing (Polri personnel)"),
    "field.bad_phone": ("nomor HP tidak terbaca: {value!r}", "phone number cannot be read: {value!r}"),
    "field.bad_time": ("{value!r} bukan waktu ISO 8601", "{value!r} is not an ISO 8601 time"),
    "field.span_reversed": ("waktu selesai harus sesudah waktu mulai", "the end must come after the start"),
    # ------------------------------------------------------------------ paperwork (desktop.briefing.paperwork)
    # {what} names the value (a Words), {limit} its bound; nothing was changed.
    "paperwork_invalid": (
        "Nilai kelengkapan naskah tidak dapat dipakai; tidak ada yang diubah.",
        "That paperwork value cannot be used; nothing was changed.",
    ),
    "paperwork_not_text": ("{what} harus berupa teks.", "The {what} must be text."),
    "paperwork_too_long": (
        "{what} terlalu panjang (paling banyak {limit} karakter).",
        "The {what} is too long (at most {limit} characters).",
    ),
    "paperwork_control": ("{what} berisi karakter kontrol.", "The {what} holds control characters."),
    "paperwork_contact": (
        "{value} tidak berbentuk 'pihak; nama; telepon; keterangan'.",
        "{value} is not written as 'party; name; phone; note'.",
    ),
    "paperwork_kop_lines": ("Kop paling banyak {limit} baris.", "The kop has at most {limit} lines."),
    "paperwork_items": ("Daftar {what} paling banyak {limit} butir.", "The {what} list has at most {limit} items."),
    "paperwork_doc": ("Tidak ada nomor surat untuk dokumen {doc}.", "There is no letter number for document {doc}."),
    "paperwork_date": ("{value} bukan tanggal seperti 2024-11-26.", "{value} is not a date like 2024-11-26."),
    "paperwork_part": ("Tidak ada bagian {part}.", "There is no part {part}."),
    "paperwork_slash": (
        "Bagian nomor surat {part} tidak boleh memuat '/'.",
        "The letter-number part {part} may not contain '/'.",
    ),
    # ------------------------------------------------------------------ plan documents (desktop.plan_json)
    # {where} locates the entry in the JSON ("personnel[2] (id p-1), field rank"); {detail} is the
    # JSON Schema's or the parser's own (English) words.
    "plan_doc.invalid": (
        "Dokumen rencana memiliki {count} masalah; tidak ada yang diubah.",
        "The plan document has {count:#problem|problems}; nothing was changed.",
    ),
    "plan_doc.schema": ("{where}: {detail}", "{where}: {detail}"),
    "plan_doc.bad_json": ("baris {line}, kolom {column}: {detail}", "line {line}, column {column}: {detail}"),
    "plan_doc.bad_time": ("{where}: {value} bukan waktu ISO 8601", "{where}: {value} is not an ISO 8601 time"),
    "plan_doc.needs_name": ("{where}: personel baru memerlukan nama", "{where}: a new person needs a name"),
    "plan_doc.bad_base64": ("{where}: bukan base64 yang sah", "{where}: not valid base64"),
    "plan_doc.bad_image": ("{where}: {problem}", "{where}: {problem}"),
    "plan_doc.field": ("{where}: {problem}", "{where}: {problem}"),
    "plan_doc.value": ("{where}: {problem}", "{where}: {problem}"),
    "plan_doc.key": ("{where}: sebuah kunci {problem}", "{where}: a key {problem}"),
    "plan_doc.too_many_characters": (
        "dokumen: {count} karakter, melebihi isi dokumen rencana ({limit})",
        "document: {count} characters, more than a plan document holds ({limit})",
    ),
    "plan_doc.about_too_many_values": (
        "dokumen: sekitar {count} nilai, melebihi isi dokumen rencana ({limit})",
        "document: about {count} values, more than a plan document holds ({limit})",
    ),
    "plan_doc.too_many_values": (
        "dokumen: {count} nilai, melebihi isi dokumen rencana ({limit})",
        "document: {count} values, more than a plan document holds ({limit})",
    ),
    "plan_doc.too_deep": (
        "dokumen: bersarang {depth} tingkat, paling banyak {limit}",
        "document: nested {depth} levels deep, at most {limit}",
    ),
    "plan_doc.long_number": (
        "baris {line}: angka lebih dari {limit} digit",
        "line {line}: a number of more than {limit} digits",
    ),
    "plan_doc.bad_value": ("dokumen: {detail}", "document: {detail}"),
    "plan_doc.file_too_large": (
        "berkas terlalu besar ({size} MB, melebihi isi dokumen rencana: {limit} MB)",
        "the file is too large ({size} MB, more than a plan document holds: {limit} MB)",
    ),
    "plan_doc.not_utf8": ("baris {line} bukan teks UTF-8", "line {line} is not UTF-8 text"),
    "plan_doc.inconsistent": ("data tidak konsisten: {problem}", "{problem}"),
    # ------------------------------------------------------------------ auto-assign (desktop.planning.autoassign)
    # What auto-assignment could not do as wished; {where} lists post codes, {count} the places.
    "autoassign.window": (
        "Sif {shift} berada di luar waktu operasi; tempatnya tidak diisi otomatis.",
        "Shift {shift} lies outside the operation's time; its places are not filled automatically.",
    ),
    "autoassign.unit": (
        "Tidak ada personel {name} yang bebas pada sif {shift} untuk {count} tempat (nama menyusul): "
        "{total} orang, {state}. Tempat tetap dipegang untuk {name} di {where}.",
        "No free personnel of {name} in shift {shift} for {count:#place|places} (names to follow): "
        "{total} people, {state}. The places stay held for {name} at {where}.",
    ),
    "autoassign.all_assigned": ("semuanya sudah bertugas", "all assigned"),
    "autoassign.too_few_free": ("{free} bebas tetapi kurang", "{free} free but not enough"),
    "autoassign.skill": (
        "Tidak ada {skill} yang bebas pada sif {shift}: {total} {skill}, semuanya sudah bertugas. "
        "{count} tempat yang memerlukan {skill} diisi personel lain di {where}.",
        "No free {skill} in shift {shift}: {total} {skill}, all assigned. "
        "{count:#place|places} needing {skill} got other personnel at {where}.",
    ),
    "autoassign.rank": (
        "Tidak ada perwira/bintara berpangkat {rank} ke atas yang bebas pada sif {shift}: {total} orang, "
        "semuanya sudah bertugas. {count} pos mendapat danpos berpangkat lebih rendah: {where}.",
        "No free officer of rank {rank} or above in shift {shift}: {total} such officers, all "
        "assigned. {count:#post gets|posts get} a lower-ranked danpos: {where}.",
    ),
    "autoassign.police": (
        "Tidak ada polisi yang bebas pada sif {shift} untuk memenuhi pola TPS: {total} polisi, "
        "semuanya sudah bertugas. {count} tempat polisi diisi personel lain di {where}.",
        "No free police officer in shift {shift} to meet the TPS pattern: {total} officers, all "
        "assigned. {count:#police place|police places} got other personnel at {where}.",
    ),
    "autoassign.unfilled": (
        "Tidak ada personel yang bebas pada sif {shift}: {total} personel, {busy} sudah bertugas "
        "pada sif itu dan {used} sisanya sudah terpakai. {count} tempat tetap kosong di {where}.",
        "No free personnel in shift {shift}: {total} personnel, {busy} already on duty in that "
        "shift and the other {used} used. {count:#place stays|places stay} empty at {where}.",
    ),
    # ------------------------------------------------------------------ reading a spreadsheet (SpreadsheetError)
    "sheet.missing": ("{name}: berkas tidak ditemukan", "{name}: file not found"),
    "sheet.old_excel": (
        "{name}: format Excel 97-2003 yang lama; simpan dulu sebagai .xlsx atau .csv",
        "{name}: old Excel 97-2003 format; save it as .xlsx or .csv first",
    ),
    "sheet.not_spreadsheet": (
        "{name}: bukan lembar kerja (diharapkan .xlsx atau .csv)",
        "{name}: not a spreadsheet (.xlsx or .csv expected)",
    ),
    "sheet.bad_workbook": (
        "{name}: tidak dapat dibaca sebagai buku kerja Excel ({detail})",
        "{name}: cannot be read as an Excel workbook ({detail})",
    ),
    "sheet.no_sheet": ("{name}: buku kerja tidak memiliki lembar", "{name}: the workbook has no sheet"),
    "sheet.unknown_sheet": (
        "{name}: tidak ada lembar {sheet} (lembar yang ada: {sheets})",
        "{name}: no sheet {sheet} (sheets: {sheets})",
    ),
    "sheet.unreadable": ("{name}: {detail}", "{name}: {detail}"),
    "sheet.excel_named_csv": (
        "{name}: ini buku kerja Excel; beri nama berakhiran .xlsx",
        "{name}: this is an Excel workbook; name it .xlsx",
    ),
    "sheet.too_large": (
        "{name}: berkas terlalu besar ({size} MB, paling besar {limit} MB)",
        "{name}: the file is too large ({size} MB, at most {limit} MB)",
    ),
    "sheet.too_many_parts": (
        "{name}: buku kerja berisi {count} bagian, melebihi kebutuhan daftar ({limit})",
        "{name}: the workbook holds {count} parts, more than a roster needs ({limit})",
    ),
    "sheet.part_too_large": (
        "{name}: {part} membesar menjadi {size} MB saat dibuka, melebihi kebutuhan daftar ({limit} MB)",
        "{name}: {part} unpacks to {size} MB, more than a roster needs ({limit} MB)",
    ),
    "sheet.unpacks_too_large": (
        "{name}: buku kerja membesar menjadi {size} MB saat dibuka, melebihi kebutuhan daftar ({limit} MB)",
        "{name}: the workbook unpacks to {size} MB, more than a roster needs ({limit} MB)",
    ),
    "sheet.too_many_columns": (
        "{name}: lembar memiliki {count} kolom, lebih dari {limit}",
        "{name}: the sheet has {count} columns, more than {limit}",
    ),
    "sheet.too_many_rows": (
        "{name}: lembar memiliki lebih dari {limit} baris",
        "{name}: the sheet has more than {limit} rows",
    ),
    "sheet.list_too_many_rows": (
        "{name}: daftar memiliki lebih dari {limit} baris",
        "{name}: the list has more than {limit} rows",
    ),
    "sheet.row_too_wide": (
        "{name}: baris {row} memiliki lebih dari {limit} kolom",
        "{name}: row {row} has more than {limit} columns",
    ),
    "sheet.damaged": ("{name}: lembar {sheet} rusak ({detail})", "{name}: the sheet {sheet} is damaged ({detail})"),
    "sheet.cell_too_long": (
        "{name}: baris {row}, kolom {column} berisi {length} karakter; sel lembar kerja paling banyak {limit}",
        "{name}: row {row}, column {column} holds {length} characters; a spreadsheet cell holds at most {limit}",
    ),
    "sheet.csv_cell_too_long": (
        "{name}: baris {row} berisi sel yang lebih panjang dari {limit} karakter",
        "{name}: row {row} holds a cell longer than {limit} characters",
    ),
    "sheet.undecodable": (
        "{name}: baris {row} tidak dapat dibaca sebagai teks (bita {byte} bukan {encoding}); "
        "simpan daftar sebagai CSV UTF-8 atau sebagai .xlsx",
        "{name}: row {row} cannot be read as text (byte {byte} is not {encoding}); "
        "save the list as UTF-8 CSV or as .xlsx",
    ),
    "sheet.bad_csv_row": ("{name}: baris {row}: {detail}", "{name}: row {row}: {detail}"),
    # ------------------------------------------------------------------ candidates (desktop.planning.candidates)
    # Why a person is proposed for a place (short phrases, listed after the name).
    "reason.has_skill": ("memiliki keahlian {skill} yang diperlukan pos", "holds the {skill} skill the post needs"),
    "reason.lacks_skill": ("tidak memiliki {skill}", "lacks {skill}"),
    "reason.below_danpos_rank": ("pangkat di bawah minimal danpos {rank}", "ranked below the danpos minimum {rank}"),
    "reason.meets_danpos_rank": ("pangkat memenuhi minimal danpos {rank}", "rank meets the danpos minimum {rank}"),
    "reason.senior_for_danpos": ("senior untuk danpos", "senior enough for danpos"),
    "reason.no_polri_rank": ("tanpa pangkat Polri", "no Polri rank"),
    "reason.held_for_unit": (
        "dari satuan tempat ini dipegang (nama menyusul)",
        "from the unit this place is held for (name to follow)",
    ),
    "reason.police_as_pattern": ("polisi sesuai pola TPS", "police, as the TPS pattern asks"),
    "reason.not_police": ("bukan polisi, pola meminta polisi", "not police; the pattern asks for police"),
    "reason.linmas_as_pattern": ("Linmas sesuai pola TPS", "Linmas, as the TPS pattern asks"),
    "reason.not_linmas": ("bukan Linmas, pola meminta Linmas", "not Linmas; the pattern asks for Linmas"),
    "reason.other_agency": ("dari {agency}, pos ini pos Polri", "from {agency}; this is a Polri post"),
    "reason.same_unit": ("satuan yang sama dengan personel pos", "same unit as the post's people"),
    "reason.same_sector": ("dari sektor {sector}", "from sector {sector}"),
    "reason.other_sector": ("dari sektor lain ({sector})", "from another sector ({sector})"),
    "reason.hours_so_far": ("sudah {hours} jam bertugas", "{hours} h on duty so far"),
    "reason.no_duty_yet": ("belum bertugas", "no duty yet"),
    "reason.over_hours": ("akan melebihi batas jam kerja", "would exceed the working-hours limit"),
    "reason.short_rest": ("istirahat akan kurang", "would get too little rest"),
    "reason.keep_scarce_skills": (
        "keahlian {skills} sebaiknya disimpan untuk pos yang memerlukannya",
        "{skills} better kept for posts needing it",
    ),
    # ------------------------------------------------------------------ bounds (desktop.limits)
    # A value beyond Renpam's bounds; numbers come in each language's digit grouping.
    "limit": ("{problem}", "{problem}"),
    "limit.at": ("{where}, {problem}", "{where}, {problem}"),
    "limit.field": ("{field}: {problem}", "{field}: {problem}"),
    "limit.too_long": ("{length} karakter, paling banyak {limit}", "{length} characters, at most {limit}"),
    "limit.control_character": (
        "berisi karakter kendali ({char}) pada posisi {position}",
        "contains a control character ({char}) at position {position}",
    ),
    "limit.bad_character": (
        "berisi karakter tidak sah ({char}) pada posisi {position}",
        "contains an invalid character ({char}) at position {position}",
    ),
    "limit.too_many": ("{count} isian, paling banyak {limit}", "{count} entries, at most {limit}"),
    "limit.out_of_range": ("{value} tidak di antara {low} dan {high}", "{value} is not from {low} to {high}"),
    "limit.not_number": ("harus berupa angka", "must be a number"),
    "limit.not_text": ("harus berupa teks", "must be text"),
    "limit.not_skills": ("harus berupa daftar keahlian", "must be a list of skill words"),
    "limit.too_big_to_store": (
        "{size} bita, lebih besar daripada yang dapat disimpan berkas operasi dalam satu nilai ({limit})",
        "{size} bytes, more than an operation file holds in one value ({limit})",
    ),
    "limit.too_big_to_store_file": (
        "teks dan gambarnya memerlukan {size} MB, melebihi isi berkas operasi ({limit} MB)",
        "its texts and image take {size} MB, more than an operation file holds ({limit} MB)",
    ),
    "limit.other": ("di luar batas ({code})", "out of bounds ({code})"),
    # ------------------------------------------------------------------ print revisions and the roll call (desktop.revisions)
    "revision_error": (
        "Revisi cetak atau apel tidak dapat diproses.",
        "The print revision or roll call cannot be processed.",
    ),
    "never_printed": ("Rencana ini belum pernah dicetak.", "The plan was never printed."),
    "no_revision": ("Tidak ada revisi cetak {number}.", "There is no print revision {number}."),
    "snapshot_pruned": (
        "Revisi {number} terlalu lama untuk dibandingkan.",
        "Revision {number} is too old to compare with.",
    ),
    "snapshot_damaged": (
        "Isi revisi yang tersimpan rusak; bandingkan dengan revisi lain (--since).",
        "The stored content of that revision is damaged; compare with another one (--since).",
    ),
    "unknown_reason": ("Alasan tidak dikenal: {reason}.", "Unknown reason: {reason}."),
    "unknown_person": (
        "Tidak ada personel {person} yang bertugas pada sif {shift}.",
        "No one called {person} has a duty in shift {shift}.",
    ),
    "ambiguous_person": (
        "{person} cocok dengan beberapa orang: {matches}.",
        "{person} matches several people: {matches}.",
    ),
    "unknown_shift": ("Tidak ada sif {shift}.", "There is no shift {shift}."),
    # ------------------------------------------------------------------ sector plans (desktop.sectorplans)
    "sector.error": ("Rencana sektor tidak dapat diproses.", "The sector plan cannot be processed."),
    "sector.nothing_selected": (
        "Pilih sektor, pos, satuan atau kecamatan yang akan diekspor.",
        "Choose the sectors, posts, units or sub-districts to export.",
    ),
    "sector.selection_too_large": ("Pilihan sektor terlalu besar.", "The sector selection is too large."),
    "sector.unknown_unit": ("Tidak ada satuan {unit}.", "There is no unit {unit}."),
    "sector.unknown_post": ("Tidak ada pos {post}.", "There is no post {post}."),
    "sector.no_posts": ("Pilihan {selection} tidak memuat satu pos pun.", "The selection {selection} holds no post."),
    "sector.too_large": ("Sektor ini terlalu besar untuk diekspor.", "This sector is too large to export."),
    "sector.not_a_sector": (
        "Berkas ini bukan rencana sektor (tidak diekspor dari sebuah operasi); tidak ada yang diubah.",
        "This file is not a sector plan (it was not exported from an operation); nothing was changed.",
    ),
    "sector.other_operation": (
        "Berkas ini sektor dari operasi lain ({operation}), bukan dari operasi ini; tidak ada yang diubah.",
        "This file is a sector of another operation ({operation}), not of this one; nothing was changed.",
    ),
    "sector.unknown_export": (
        "Sektor {label} tidak tercatat sebagai ekspor operasi ini; tidak ada yang diubah.",
        "Sector {label} is not recorded as an export of this operation; nothing was changed.",
    ),
    "sector.base_damaged": (
        "Isi ekspor sektor {label} yang tersimpan rusak; ekspor ulang sektor tersebut.",
        "The stored export of sector {label} is damaged; export that sector again.",
    ),
    "sector.merge_inconsistent": (
        "Hasil penggabungan tidak konsisten ({problem}); tidak ada yang diubah.",
        "The merged plan would be inconsistent ({problem}); nothing was changed.",
    ),
    "sector.unresolved": (
        "{count} konflik belum diputuskan; pilih --take mine atau --take theirs, tidak ada yang diubah.",
        "{count:#conflict is|conflicts are} not resolved; choose --take mine or --take theirs; nothing was changed.",
    ),
    "sector.too_many_exports": (
        "Operasi ini sudah mencatat {limit} ekspor sektor.",
        "This operation has recorded {limit} sector exports already.",
    ),
    "sector.too_many_merges": (
        "Operasi ini sudah mencatat {limit} penggabungan sektor.",
        "This operation has recorded {limit} sector merges already.",
    ),
    "sector.conflict.changed_both": (
        "{what}: diubah berbeda di rencana induk dan di sektor ({fields})",
        "{what}: changed differently in the master plan and in the sector ({fields})",
    ),
    "sector.conflict.deleted_in_master": (
        "{what}: dihapus di rencana induk, tetapi diubah oleh sektor",
        "{what}: deleted in the master plan but changed by the sector",
    ),
    "sector.conflict.deleted_in_sector": (
        "{what}: dihapus oleh sektor, tetapi diubah di rencana induk",
        "{what}: deleted by the sector but changed in the master plan",
    ),
    "sector.conflict.double_booking": (
        "{what}: sektor menempatkannya di {post} (tahap {shift}), padahal rencana induk sudah "
        "menempatkannya di {other}",
        "{what}: the sector places them at {post} (shift {shift}) where the master plan already has them at {other}",
    ),
    "sector.conflict.operation_wide": (
        "{what}: diubah oleh sektor ({fields}); bagian ini berlaku untuk seluruh operasi",
        "{what}: changed by the sector ({fields}); this part holds for the whole operation",
    ),
    "sector.kept_mine_operation_wide": (
        "{what}: perubahan sektor tidak diterapkan karena berlaku untuk seluruh operasi; pilih ambil dari sektor bila perlu",
        "{what}: the sector's change not applied, it would hold for the whole operation; take it from the sector if wanted",
    ),
    "sector.kept_mine": (
        "{what}: versi rencana induk dipertahankan, perubahan sektor tidak diterapkan ({fields})",
        "{what}: the master plan's version kept, the sector's change not applied ({fields})",
    ),
    "sector.kept_mine_place": (
        "{what}: tidak diterapkan, penempatan di rencana induk dipertahankan",
        "{what}: not applied, the master plan's placement kept",
    ),
    "sector.kept_mine_deleted_in_master": (
        "{what}: tetap terhapus seperti di rencana induk, perubahan sektor tidak diterapkan",
        "{what}: stays deleted as in the master plan, the sector's change not applied",
    ),
    "sector.kept_mine_deleted_in_sector": (
        "{what}: dipertahankan seperti di rencana induk, penghapusan oleh sektor tidak diterapkan",
        "{what}: kept as in the master plan, the sector's deletion not applied",
    ),
    "sector.removal_kept": (
        "{what}: penghapusan oleh sektor tidak diterapkan karena masih dipakai di rencana induk",
        "{what}: the sector's deletion not applied, the master plan still uses it",
    ),
    "sector.dropped_reference": (
        "{what}: tidak diterapkan, {missing} tidak ada lagi di rencana induk",
        "{what}: not applied, {missing} no longer exists in the master plan",
    ),
    "sector.group_added": ("Grup {group} ditambahkan", "Group {group} added"),
    "sector.group_changed": ("Grup {group} diubah", "Group {group} changed"),
    "sector.group_removed": ("Grup {group} dihapus", "Group {group} removed"),
    "sector.is_sector": (
        "Sektor {label} dari operasi {operation} (diekspor {exported_at} oleh {by})",
        "Sector {label} of the operation {operation} (exported {exported_at} by {by})",
    ),
    "sector.merged": (
        "Sektor {label} digabungkan dari {file}: {applied} perubahan diterapkan, {not_applied} tidak diterapkan.",
        "Sector {label} merged from {file}: {applied:#change|changes} applied, {not_applied} not applied.",
    ),
    "sector.nothing_to_merge": (
        "Sektor {label} dari {file} sudah digabungkan; tidak ada yang berubah.",
        "Sector {label} from {file} is merged already; nothing changed.",
    ),
    "sector.exported": (
        "Sektor {label} diekspor ke {file}: {posts} pos, {people} personel.",
        "Sector {label} exported to {file}: {posts} posts, {people} people.",
    ),
}

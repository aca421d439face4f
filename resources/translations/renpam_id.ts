<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AcceptFindings</name>
    <message>
        <location filename="../../ui/accept_findings.py" line="26"/>
        <location filename="../../ui/accept_findings.py" line="62"/>
        <location filename="../../ui/accept_findings.py" line="97"/>
        <source>Accept warning</source>
        <translation>Terima peringatan</translation>
    </message>
    <message>
        <location filename="../../ui/accept_findings.py" line="46"/>
        <location filename="../../ui/accept_findings.py" line="112"/>
        <source>Withdraw acceptance</source>
        <translation>Batalkan penerimaan</translation>
    </message>
    <message>
        <location filename="../../ui/accept_findings.py" line="114"/>
        <source>Change note...</source>
        <translation>Ubah catatan...</translation>
    </message>
    <message>
        <location filename="../../ui/accept_findings.py" line="123"/>
        <source>Errors cannot be accepted, only fixed</source>
        <translation>Kesalahan tidak dapat diterima, hanya diperbaiki</translation>
    </message>
    <message>
        <location filename="../../ui/accept_findings.py" line="65"/>
        <source>Why is this acceptable? (kept in the plan and printed)</source>
        <translation>Mengapa ini dapat diterima? (disimpan dalam rencana dan dicetak)</translation>
    </message>
    <message>
        <location filename="../../ui/accept_findings.py" line="119"/>
        <source>Accept warning...</source>
        <translation>Terima peringatan...</translation>
    </message>
</context>
<context>
    <name>ApelView</name>
    <message>
        <location filename="../../ui/apel_view.py" line="83"/>
        <source>Roll call (apel)</source>
        <translation>Apel (absensi)</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="92"/>
        <source>All units</source>
        <translation>Semua satuan</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="97"/>
        <source>NRP or name, then Enter</source>
        <translation>NRP atau nama, lalu Enter</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="102"/>
        <source>Mark present</source>
        <translation>Tandai hadir</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="105"/>
        <source>Replace all</source>
        <translation>Ganti semua</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="106"/>
        <location filename="../../ui/apel_view.py" line="212"/>
        <source>Apel report (PDF)...</source>
        <translation>Laporan apel (PDF)...</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="107"/>
        <source>Fill place</source>
        <translation>Isi tempat</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="108"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="113"/>
        <source>Shift</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="114"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="115"/>
        <location filename="../../ui/apel_view.py" line="124"/>
        <source>Absent</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="121"/>
        <source>On duty, by unit</source>
        <translation>Bertugas, per satuan</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="128"/>
        <source>Open places</source>
        <translation>Tempat kosong</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="130"/>
        <source>Candidates</source>
        <translation>Calon</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="180"/>
        <location filename="../../ui/apel_view.py" line="198"/>
        <source>Absent at the apel: %1</source>
        <translation>Tidak hadir saat apel: %1</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="184"/>
        <location filename="../../ui/apel_view.py" line="201"/>
        <source>%1 marked absent.</source>
        <translation>%1 ditandai tidak hadir.</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="232"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="235"/>
        <source>Saved %1</source>
        <translation>Disimpan %1</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="244"/>
        <source>Present at the apel</source>
        <translation>Hadir saat apel</translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="250"/>
        <location filename="../../ui/apel_view.py" line="266"/>
        <source>Replace the absent</source>
        <translation>Ganti yang tidak hadir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/apel_view.py" line="252"/>
        <source>%n places filled.</source>
        <translation>
            <numerusform>%n tempat terisi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/apel_view.py" line="284"/>
        <source>Strength %1, absent %2, present %3</source>
        <translation>Jumlah %1, kurang %2, hadir %3</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="55"/>
        <source>File not found: %1</source>
        <translation>Berkas tidak ditemukan: %1</translation>
    </message>
</context>
<context>
    <name>AutoAssignDialog</name>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="115"/>
        <source>Auto-assign</source>
        <translation>Plotting otomatis</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="121"/>
        <source>All shifts</source>
        <translation>Semua sif</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="125"/>
        <source>Fill open places in:</source>
        <translation>Isi tempat kosong di:</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="127"/>
        <source>Fill up to maximum</source>
        <translation>Isi sampai maksimum</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="130"/>
        <source>After the required places, the people left fill posts up to their maximum. Posts without a maximum get only what they need.</source>
        <translation>Setelah tempat wajib terisi, personel yang tersisa mengisi pos sampai jumlah maksimumnya. Pos tanpa maksimum hanya mendapat yang dibutuhkan.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="152"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="160"/>
        <source>Could not be done as wished:</source>
        <translation>Tidak dapat dilakukan sesuai keinginan:</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="186"/>
        <source>Working out the assignments...</source>
        <translation>Menyusun plotting...</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="193"/>
        <source>Auto-assign was cancelled; nothing was changed.</source>
        <translation>Plotting otomatis dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="207"/>
        <source>%1 of %2 open places will be filled.</source>
        <translation>%1 dari %2 tempat kosong akan diisi.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="213"/>
        <source>Up to maximum: %1 of %2 further places.</source>
        <translation>Sampai maksimum: %1 dari %2 tempat tambahan.</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="219"/>
        <source>One member becomes danpos.</source>
        <translation>Satu anggota menjadi danpos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/auto_assign_dialog.py" line="221"/>
        <source>%n members become danpos.</source>
        <translation>
            <numerusform>%n anggota menjadi danpos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="223"/>
        <source>Objective, in order:</source>
        <translation>Sasaran, berurutan:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/auto_assign_dialog.py" line="238"/>
        <source>Auto-assign (%n people)</source>
        <translation>
            <numerusform>Plotting otomatis (%n orang)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="229"/>
        <source>No shortfalls: every open place can be filled.</source>
        <translation>Tidak ada kekurangan: semua tempat kosong dapat diisi.</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../ui/candidates_panel.py" line="77"/>
        <source>Person</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="77"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="77"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="140"/>
        <source>Select a post to see who fits it.</source>
        <translation>Pilih pos untuk melihat siapa yang cocok.</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="144"/>
        <source>post commander (danpos)</source>
        <translation>komandan pos (danpos)</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="145"/>
        <source>a place needing %1</source>
        <translation>tempat yang memerlukan %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="146"/>
        <source>a place held for %1</source>
        <translation>tempat yang disediakan untuk %1</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="147"/>
        <source>a police place of the TPS pattern</source>
        <translation>tempat polisi menurut pola TPS</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="148"/>
        <source>a Linmas place of the TPS pattern</source>
        <translation>tempat Linmas menurut pola TPS</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="149"/>
        <source>a member&apos;s place</source>
        <translation>tempat anggota</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="151"/>
        <source>Candidates for %1 in shift %2: %3</source>
        <translation>Calon untuk %1 pada sif %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/candidates_panel.py" line="184"/>
        <source>Make %1 danpos of %2</source>
        <translation>Jadikan %1 danpos %2</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../ui/changes_panel.py" line="60"/>
        <source>The plan has not been printed yet.</source>
        <translation>Rencana ini belum pernah dicetak.</translation>
    </message>
    <message>
        <location filename="../../ui/changes_panel.py" line="63"/>
        <source>The last print is too old to compare with.</source>
        <translation>Cetakan terakhir terlalu lama untuk dibandingkan.</translation>
    </message>
    <message>
        <location filename="../../ui/changes_panel.py" line="69"/>
        <source>The last print&apos;s stored content is damaged; it cannot be compared.</source>
        <translation>Isi cetakan terakhir yang tersimpan rusak; tidak dapat dibandingkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/changes_panel.py" line="74"/>
        <source>Since print revision %1 (%2): %n changes</source>
        <translation>
            <numerusform>Sejak cetak revisi %1 (%2): %n perubahan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="326"/>
        <source>Check and import</source>
        <translation>Periksa dan impor</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="330"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="330"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="330"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337"/>
        <source>Import only the &amp;valid rows (the rows listed above are left out)</source>
        <translation>Impor hanya baris yang &amp;valid (baris yang tercantum di atas dilewati)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="340"/>
        <source>With any problem nothing is imported, unless you choose to import only the valid rows.</source>
        <translation>Selama ada masalah tidak ada yang diimpor, kecuali Anda memilih mengimpor baris yang valid saja.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="361"/>
        <source>%n rows read. Importing gives: %1.</source>
        <translation>
            <numerusform>%n baris terbaca. Hasil impor: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="363"/>
        <source>Ignored columns: %1.</source>
        <translation>Kolom diabaikan: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365"/>
        <source>New units: %1.</source>
        <translation>Satuan baru: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="367"/>
        <source>No problems found.</source>
        <translation>Tidak ada masalah.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/commands.py" line="24"/>
        <source>Assign %1 to %2</source>
        <translation>Tempatkan %1 di %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="47"/>
        <source>Remove %1 from %2</source>
        <translation>Keluarkan %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="67"/>
        <source>Make %1 danpos of %2</source>
        <translation>Jadikan %1 danpos %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="85"/>
        <source>Move post %1</source>
        <translation>Pindahkan pos %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="104"/>
        <source>Edit post %1</source>
        <translation>Ubah pos %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="106"/>
        <source>Add post %1</source>
        <translation>Tambah pos %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="126"/>
        <source>Delete post %1</source>
        <translation>Hapus pos %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="150"/>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="152"/>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="174"/>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="209"/>
        <source>Edit shift %1</source>
        <translation>Ubah sif %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="211"/>
        <source>Add shift %1</source>
        <translation>Tambah sif %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="233"/>
        <source>Edit unit %1</source>
        <translation>Ubah satuan %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="235"/>
        <source>Add unit %1</source>
        <translation>Tambah satuan %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="255"/>
        <source>Fill a place at %1 with %2</source>
        <translation>Isi tempat di %1 dengan %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="276"/>
        <source>Remove a place at %1</source>
        <translation>Hapus tempat di %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="296"/>
        <source>Delete unit %1</source>
        <translation>Hapus satuan %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="312"/>
        <source>Edit operation</source>
        <translation>Ubah data operasi</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="327"/>
        <source>Change site plan</source>
        <translation>Ganti denah</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="341"/>
        <source>Draw outline of ring %1</source>
        <translation>Gambar batas ring %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="39"/>
        <source>Edit group %1</source>
        <translation>Ubah kelompok %1</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="57"/>
        <source>Delete group %1</source>
        <translation>Hapus kelompok %1</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="58"/>
        <source>Edit paperwork</source>
        <translation>Ubah naskah dinas</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="26"/>
        <source>Edit duty settings</source>
        <translation>Ubah pengaturan jam tugas</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <location filename="../../ui/duty_dialog.py" line="43"/>
        <source>Duty and reserve</source>
        <translation>Jam tugas dan cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="47"/>
        <source>By the kind of operation (now: %1)</source>
        <translation>Menurut jenis operasi (kini: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="48"/>
        <source>Shifts: hours in any 24 hours</source>
        <translation>Sif: jam kerja dalam 24 jam</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="49"/>
        <source>Vote: a TPS or escort phase is one duty</source>
        <translation>Pemungutan suara: tahap TPS atau pengawalan satu kali tugas</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="51"/>
        <location filename="../../ui/duty_dialog.py" line="53"/>
        <location filename="../../ui/duty_dialog.py" line="55"/>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="52"/>
        <location filename="../../ui/duty_dialog.py" line="56"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="54"/>
        <source>no minimum</source>
        <translation>tanpa minimum</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="58"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="59"/>
        <source>Duty &amp;model</source>
        <translation>&amp;Model jam tugas</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="60"/>
        <source>&amp;Hours in any 24 hours</source>
        <translation>&amp;Jam kerja dalam 24 jam</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="61"/>
        <source>Minimum &amp;rest between duties</source>
        <translation>Istirahat mi&amp;nimal antar tugas</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="62"/>
        <source>Longest &amp;TPS duty</source>
        <translation>Tugas &amp;TPS paling lama</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="63"/>
        <source>Vote phases (shifts with polling stations or escorts): %1</source>
        <translation>Tahap pemungutan suara (sif dengan TPS atau pengawalan): %1</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="64"/>
        <source>Reserve per &amp;Polsek</source>
        <translation>Cadangan per &amp;Polsek</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="70"/>
        <source>vote</source>
        <translation>pemungutan suara</translation>
    </message>
    <message>
        <location filename="../../ui/duty_dialog.py" line="70"/>
        <source>shifts</source>
        <translation>sif</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../ui/file_controller.py" line="100"/>
        <source>Open operation</source>
        <translation>Buka operasi</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="124"/>
        <source>Opened read-only</source>
        <translation>Dibuka hanya-baca</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="127"/>
        <source>%1 is held by %2; opened read-only.</source>
        <translation>%1 sedang dipegang oleh %2; dibuka hanya-baca.</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="132"/>
        <source>%1 is open in another window; opened read-only.</source>
        <translation>%1 sedang dibuka di jendela lain; dibuka hanya baca.</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="142"/>
        <source>Opening %1...</source>
        <translation>Membuka %1...</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="148"/>
        <location filename="../../ui/file_controller.py" line="150"/>
        <source>Cannot open file</source>
        <translation>Berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="160"/>
        <source>Opened with warnings: %1</source>
        <translation>Dibuka dengan peringatan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="171"/>
        <location filename="../../ui/file_controller.py" line="189"/>
        <source>Saving %1...</source>
        <translation>Menyimpan %1...</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="175"/>
        <location filename="../../ui/file_controller.py" line="194"/>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="184"/>
        <source>Save operation as</source>
        <translation>Simpan operasi sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="205"/>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="220"/>
        <source>Clear list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="222"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="233"/>
        <source>Could not write the recovery copy: %1</source>
        <translation>Salinan pemulihan tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="248"/>
        <source>Restore unsaved work</source>
        <translation>Pulihkan pekerjaan yang belum disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="249"/>
        <source>Renpam was not closed properly. Restore this unsaved work?</source>
        <translation>Renpam tidak ditutup dengan benar. Pulihkan pekerjaan yang belum disimpan ini?</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="259"/>
        <source>Restoring unsaved work...</source>
        <translation>Memulihkan pekerjaan yang belum disimpan...</translation>
    </message>
    <message>
        <location filename="../../ui/file_controller.py" line="263"/>
        <source>Cannot restore</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="105"/>
        <source>Choose the personnel list</source>
        <translation>Pilih daftar personel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="107"/>
        <source>Choose the TPS category list</source>
        <translation>Pilih daftar kategori TPS</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="109"/>
        <source>Choose the post list</source>
        <translation>Pilih daftar pos</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="113"/>
        <source>An Excel workbook (.xlsx) or a CSV file (UTF-8 or Windows-1252; comma, semicolon or tab separated).</source>
        <translation>Buku kerja Excel (.xlsx) atau berkas CSV (UTF-8 atau Windows-1252; dipisah koma, titik koma atau tab).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="117"/>
        <source>File of the list</source>
        <translation>Berkas daftar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="118"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="128"/>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="130"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="151"/>
        <source>Reading %1...</source>
        <translation>Membaca %1...</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <location filename="../../ui/file_safety.py" line="41"/>
        <source>Cannot save %1: %2.</source>
        <translation>Tidak dapat menyimpan %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="54"/>
        <source>Saving %1...</source>
        <translation>Menyimpan %1...</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="57"/>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="65"/>
        <source>Reloading %1...</source>
        <translation>Memuat ulang %1...</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="68"/>
        <source>Cannot reload</source>
        <translation>Tidak dapat memuat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="74"/>
        <source>Reloaded %1 from disk</source>
        <translation>%1 dimuat ulang dari disk</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="87"/>
        <source>File taken by another program</source>
        <translation>Berkas diambil program lain</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="91"/>
        <source>The lock file of %1 had been deleted; Renpam recreated it. Another program may have changed the file meanwhile.</source>
        <translation>Berkas kunci %1 telah dihapus; Renpam membuatnya kembali. Program lain mungkin telah mengubah berkas itu sementara itu.</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="97"/>
        <source>Lock file recreated</source>
        <translation>Berkas kunci dibuat kembali</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="114"/>
        <source>Renpam met an unexpected error (%1). Save your work under a new name to be safe.</source>
        <translation>Renpam mengalami kesalahan tak terduga (%1). Simpan pekerjaan Anda dengan nama baru agar aman.</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="118"/>
        <source>The details are in %1; please send that file to whoever supports Renpam.</source>
        <translation>Rinciannya ada di %1; kirimkan berkas itu kepada pihak yang mendukung Renpam.</translation>
    </message>
    <message>
        <location filename="../../ui/file_safety.py" line="121"/>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
</context>
<context>
    <name>FileTrust</name>
    <message>
        <location filename="../../ui/file_trust.py" line="33"/>
        <source>%1 on computer %2 since %3</source>
        <translation>%1 di komputer %2 sejak %3</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/groups_page.py" line="87"/>
        <source>Edit group</source>
        <translation>Ubah kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="87"/>
        <source>Add group</source>
        <translation>Tambah kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="99"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="122"/>
        <source>Reserve (cadangan), not at a post</source>
        <translation>Cadangan, tidak di pos</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="130"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="131"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="132"/>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="133"/>
        <source>C&amp;ommander</source>
        <translation>K&amp;omandan</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="134"/>
        <source>&amp;Posts</source>
        <translation>&amp;Pos</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="135"/>
        <source>&amp;Members not at a post</source>
        <translation>&amp;Anggota di luar pos</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="137"/>
        <source>&amp;Held at</source>
        <translation>&amp;Disiagakan di</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="138"/>
        <source>Committed &amp;when</source>
        <translation>Digerakkan &amp;bila</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="158"/>
        <source>A group needs a code and a name.</source>
        <translation>Kelompok memerlukan kode dan nama.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="161"/>
        <source>There is already a group %1.</source>
        <translation>Sudah ada kelompok %1.</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="166"/>
        <source>What commits the reserve is longer than %1 characters.</source>
        <translation>Syarat penggerakan cadangan lebih dari %1 karakter.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../ui/groups_page.py" line="208"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="209"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="210"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="211"/>
        <source>Commander</source>
        <translation>Komandan</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="212"/>
        <source>Posts</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="213"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="216"/>
        <source>Add group...</source>
        <translation>Tambah kelompok...</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="217"/>
        <source>Edit group...</source>
        <translation>Ubah kelompok...</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="218"/>
        <source>Delete group</source>
        <translation>Hapus kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/groups_page.py" line="227"/>
        <source>reserve</source>
        <translation>cadangan</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="74"/>
        <source>Renpam Help</source>
        <translation>Bantuan Renpam</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="105"/>
        <source>The manual (README.md) is not installed with this copy of Renpam.</source>
        <translation>Buku petunjuk (README.md) tidak terpasang bersama salinan Renpam ini.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="109"/>
        <source>Quick start</source>
        <translation>Mulai cepat</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="110"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="111"/>
        <source>Manual</source>
        <translation>Buku petunjuk</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="112"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="115"/>
        <source>&lt;h3&gt;First steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Look at the demo&lt;/b&gt;: write it with &lt;tt&gt;renpam demo demo.renpam&lt;/tt&gt; and open it (Ctrl+O) to see a finished operation: people, posts on the site plan, shifts and the problems list.&lt;/li&gt;&lt;li&gt;&lt;b&gt;New operation&lt;/b&gt; (Ctrl+N): fill in the &lt;i&gt;Operation&lt;/i&gt; tab: name, venue, times (WIB, typed as 27-11-2024 18.00).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Shifts first&lt;/b&gt;: add at least one shift in the &lt;i&gt;Shifts&lt;/i&gt; tab; posts are manned per shift.&lt;/li&gt;&lt;li&gt;&lt;b&gt;People&lt;/b&gt;: File &amp;gt; Import &amp;gt; Roster to read a spreadsheet, or Add Person (Ctrl+Shift+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Posts&lt;/b&gt;: load the site plan image (Plan menu), then right-click the map to add a post where it stands; draw the ring outlines by clicking their corners, double-click to close.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Assign&lt;/b&gt;: drag people onto a marker, or select them, press Ctrl+Enter and choose the post; the &lt;i&gt;Candidates&lt;/i&gt; panel ranks who fits the selected post.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check&lt;/b&gt;: the &lt;i&gt;Problems&lt;/i&gt; pane lists what is still wrong; click one to go to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Print&lt;/b&gt; (Ctrl+P) the briefing packet for the roll call, and &lt;b&gt;save&lt;/b&gt; (Ctrl+S).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Langkah pertama&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Lihat demo&lt;/b&gt;: buat dengan &lt;tt&gt;renpam demo demo.renpam&lt;/tt&gt; lalu buka (Ctrl+O) untuk melihat operasi yang sudah jadi: personel, pos pada denah, sif, dan daftar masalah.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Operasi baru&lt;/b&gt; (Ctrl+N): isi tab &lt;i&gt;Operasi&lt;/i&gt;: nama, tempat, waktu (WIB, diketik 27-11-2024 18.00).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sif dahulu&lt;/b&gt;: tambahkan paling sedikit satu sif di tab &lt;i&gt;Sif&lt;/i&gt;; pos dijaga per sif.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Personel&lt;/b&gt;: Berkas &amp;gt; Impor &amp;gt; Daftar personel (lembar kerja) untuk membaca spreadsheet, atau Tambah Personel (Ctrl+Shift+N).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pos&lt;/b&gt;: muat gambar denah (menu Denah), lalu klik kanan pada peta untuk menambah pos di tempatnya; gambar garis ring dengan mengeklik sudut-sudutnya, klik ganda untuk menutup.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tempatkan&lt;/b&gt;: seret personel ke penanda pos, atau pilih mereka, tekan Ctrl+Enter dan pilih posnya; panel &lt;i&gt;Calon&lt;/i&gt; mengurutkan siapa yang cocok untuk pos terpilih.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Periksa&lt;/b&gt;: panel &lt;i&gt;Masalah&lt;/i&gt; memuat apa yang masih salah; klik untuk menuju ke sana.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Cetak&lt;/b&gt; (Ctrl+P) paket bahan apel, lalu &lt;b&gt;simpan&lt;/b&gt; (Ctrl+S).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="419"/>
        <source>Import roster</source>
        <translation>Impor personel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="421"/>
        <source>Import TPS categories</source>
        <translation>Impor kategori TPS</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="423"/>
        <source>Import posts</source>
        <translation>Impor pos</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="449"/>
        <source>Reading %1...</source>
        <translation>Membaca %1...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="458"/>
        <source>Reading the columns...</source>
        <translation>Membaca kolom...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="468"/>
        <source>Checking %n rows...</source>
        <translation>
            <numerusform>Memeriksa %n baris...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="486"/>
        <source>Importing %1...</source>
        <translation>Mengimpor %1...</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="489"/>
        <source>Import roster from %1</source>
        <translation>Impor personel dari %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="491"/>
        <source>Import TPS categories from %1</source>
        <translation>Impor kategori TPS dari %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="493"/>
        <source>Import posts from %1</source>
        <translation>Impor pos dari %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="504"/>
        <source>Choose a list</source>
        <translation>Pilih daftar</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="506"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv *.txt *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="521"/>
        <location filename="../../ui/import_wizard.py" line="535"/>
        <location filename="../../ui/import_wizard.py" line="542"/>
        <source>Export deployment table</source>
        <translation>Ekspor plotting personel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="523"/>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, dipisah titik koma (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="543"/>
        <source>Cannot write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="107"/>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>Start a new operation</source>
        <translation>Mulai operasi baru</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <source>&amp;Open...</source>
        <translation>&amp;Buka...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116"/>
        <source>Open an operation file</source>
        <translation>Buka berkas operasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124"/>
        <source>Save the operation</source>
        <translation>Simpan operasi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="131"/>
        <source>Save &amp;As...</source>
        <translation>Simpan Seb&amp;agai...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="132"/>
        <source>Save the operation under another name</source>
        <translation>Simpan operasi dengan nama lain</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="140"/>
        <source>Merge a plan document (JSON) into this operation</source>
        <translation>Gabungkan dokumen rencana (JSON) ke operasi ini</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="148"/>
        <source>Import personnel from a spreadsheet</source>
        <translation>Impor personel dari lembar kerja</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="157"/>
        <source>Import posts from a spreadsheet</source>
        <translation>Impor pos dari lembar kerja</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="175"/>
        <source>Write the whole operation as a plan document</source>
        <translation>Tulis seluruh operasi sebagai dokumen rencana</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <location filename="../../ui/actions.py" line="174"/>
        <source>&amp;Plan (JSON)...</source>
        <translation>&amp;Rencana (JSON)...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="147"/>
        <source>&amp;Roster (spreadsheet)...</source>
        <translation>&amp;Daftar personel (lembar kerja)...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="156"/>
        <source>P&amp;osts (spreadsheet)...</source>
        <translation>&amp;Pos (lembar kerja)...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="165"/>
        <source>TPS &amp;categories (spreadsheet)...</source>
        <translation>&amp;Kategori TPS (lembar kerja)...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="166"/>
        <source>Set the vulnerability category of polling stations from a list</source>
        <translation>Tetapkan kategori kerawanan TPS dari sebuah daftar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="182"/>
        <source>&amp;Deployment table (spreadsheet)...</source>
        <translation>&amp;Tabel plotting (lembar kerja)...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="183"/>
        <source>Write the plotting per shift as an Excel workbook or CSV</source>
        <translation>Tulis plotting per sif sebagai buku kerja Excel atau CSV</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="190"/>
        <source>&amp;Sector Plan (Polsek)...</source>
        <translation>Rencana &amp;Sektor (Polsek)...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="191"/>
        <source>Write the posts of chosen Polsek as a sector file they plan and send back</source>
        <translation>Tulis pos Polsek terpilih sebagai berkas sektor yang mereka rencanakan lalu kirim kembali</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="198"/>
        <source>&amp;Merge Sector Plan...</source>
        <translation>&amp;Gabungkan Rencana Sektor...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="199"/>
        <source>Merge a sector file sent back by a Polsek: preview, conflicts, one undo step</source>
        <translation>Gabungkan berkas sektor kiriman Polsek: pratinjau, konflik, satu langkah urung</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="206"/>
        <source>&amp;Print...</source>
        <translation>&amp;Cetak...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="207"/>
        <source>Print or export the plan documents as PDF</source>
        <translation>Cetak atau ekspor dokumen rencana sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="214"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="215"/>
        <source>Close this operation</source>
        <translation>Tutup operasi ini</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="222"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="223"/>
        <source>Quit Renpam</source>
        <translation>Keluar dari Renpam</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="233"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="241"/>
        <source>&amp;Find Person</source>
        <translation>&amp;Cari Personel</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="242"/>
        <source>Search the roster by name or NRP</source>
        <translation>Cari di daftar personel menurut nama atau NRP</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="249"/>
        <source>Add &amp;Person...</source>
        <translation>Tambah &amp;Personel...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="250"/>
        <source>Add a person to the roster</source>
        <translation>Tambah personel ke daftar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="257"/>
        <source>&amp;Edit Person...</source>
        <translation>&amp;Ubah Personel...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="258"/>
        <source>Edit the selected person</source>
        <translation>Ubah personel yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="265"/>
        <source>&amp;Assign to Post...</source>
        <translation>&amp;Tempatkan di Pos...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="266"/>
        <source>Assign the selected people to a post in this shift</source>
        <translation>Tempatkan personel yang dipilih di sebuah pos pada sif ini</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="273"/>
        <source>A&amp;uto-assign...</source>
        <translation>Plotting &amp;otomatis...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="274"/>
        <source>Let Renpam propose a plotting for this shift</source>
        <translation>Biarkan Renpam mengusulkan plotting untuk sif ini</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="281"/>
        <source>&amp;Duty and Reserve...</source>
        <translation>&amp;Jam Tugas dan Cadangan...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="282"/>
        <source>How duty hours are judged (a vote&apos;s TPS duty is one duty) and the reserve share</source>
        <translation>Cara menilai jam tugas (tugas TPS pemungutan suara satu kali tugas) dan besar cadangan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="291"/>
        <source>Se&amp;ttings...</source>
        <translation>Pe&amp;ngaturan...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="292"/>
        <source>Language and preferences</source>
        <translation>Bahasa dan preferensi</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="300"/>
        <source>Add P&amp;ost...</source>
        <translation>Tambah P&amp;os...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="301"/>
        <source>Add a post in the middle of the plan</source>
        <translation>Tambah pos di tengah denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="341"/>
        <source>Draw Ring &amp;I Outline</source>
        <translation>Gambar Batas Ring &amp;I</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="350"/>
        <source>Draw Ring I&amp;I Outline</source>
        <translation>Gambar Batas Ring I&amp;I</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="359"/>
        <source>Draw Ring II&amp;I Outline</source>
        <translation>Gambar Batas Ring II&amp;I</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="310"/>
        <source>Edit the selected post</source>
        <translation>Ubah pos yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="309"/>
        <source>&amp;Edit Post...</source>
        <translation>&amp;Ubah Pos...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="317"/>
        <source>&amp;Load Site Plan Image...</source>
        <translation>&amp;Muat Gambar Denah...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="318"/>
        <source>Use a PNG or JPEG drawing as the site plan</source>
        <translation>Gunakan gambar PNG atau JPEG sebagai denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="325"/>
        <source>Use &amp;Blank Grid</source>
        <translation>Gunakan &amp;Grid Kosong</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="326"/>
        <source>Remove the site plan image</source>
        <translation>Hapus gambar denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="333"/>
        <source>Site Plan &amp;Title and Scale...</source>
        <translation>&amp;Judul dan Skala Denah...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="334"/>
        <source>The title and scale note printed with the site plan</source>
        <translation>Judul dan catatan skala yang dicetak bersama denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="27"/>
        <source>Click the corners; double-click or Enter closes it</source>
        <translation>Klik sudut-sudutnya; klik ganda atau Enter untuk menutup</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="368"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="369"/>
        <source>Zoom into the site plan</source>
        <translation>Perbesar denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="377"/>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="378"/>
        <source>Zoom out of the site plan</source>
        <translation>Perkecil denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="386"/>
        <source>&amp;Fit Plan</source>
        <translation>&amp;Seluruh Denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="387"/>
        <source>Show the whole site plan</source>
        <translation>Tampilkan seluruh denah</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="401"/>
        <source>&amp;Roll Call (Apel)...</source>
        <translation>&amp;Apel (absensi)...</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="402"/>
        <source>Mark who is absent at the roll call and fill their places</source>
        <translation>Catat yang tidak hadir saat apel dan isi tempat mereka</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="409"/>
        <source>&amp;Quick Start</source>
        <translation>&amp;Mulai Cepat</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="410"/>
        <source>What to do first, with the demo</source>
        <translation>Apa yang dikerjakan lebih dulu, dengan demo</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="418"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="419"/>
        <source>Every shortcut of the window</source>
        <translation>Semua pintasan jendela</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="427"/>
        <source>&amp;Manual</source>
        <translation>&amp;Buku Petunjuk</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="428"/>
        <source>The sections of the manual (README)</source>
        <translation>Bagian-bagian buku petunjuk (README)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="434"/>
        <source>&amp;About Renpam</source>
        <translation>&amp;Tentang Renpam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Plan</source>
        <translation>&amp;Denah</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Draw &amp;Rings</source>
        <translation>Gambar &amp;Ring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Roster</source>
        <translation>Daftar Personel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <source>Posts</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Undo History</source>
        <translation>Riwayat Urungkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Sectors</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;dibuka&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="379"/>
        <source>Site Plan</source>
        <translation>Denah</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Operation</source>
        <translation>Operasi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Shifts</source>
        <translation>Sif</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382"/>
        <source>Units</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Groups</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Paperwork</source>
        <translation>Naskah dinas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Shift:</source>
        <translation>Sif:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>another window</source>
        <translation>jendela lain</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>Read-only: open by %1</source>
        <translation>Hanya baca: dibuka oleh %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="452"/>
        <source>(no shifts yet)</source>
        <translation>(belum ada sif)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Untitled operation</source>
        <translation>Operasi tanpa judul</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>read-only, held by %1</source>
        <translation>hanya baca, dipegang oleh %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>read-only</source>
        <translation>hanya baca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="562"/>
        <source>Imported from %1: %2.</source>
        <translation>Diimpor dari %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="627"/>
        <source>Click the corners of the ring; double-click or Enter closes it, Escape cancels.</source>
        <translation>Klik sudut-sudut ring; klik ganda atau Enter menutupnya, Escape membatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="376"/>
        <source>Changes since the last print</source>
        <translation>Perubahan sejak cetak terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="234"/>
        <source>Delete what is selected: people, posts, shifts or units</source>
        <translation>Hapus yang dipilih: personel, pos, sif atau satuan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>Candidates</source>
        <translation>Calon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="474"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="475"/>
        <source>%n posts</source>
        <translation>
            <numerusform>%n pos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="476"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n sif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="481"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n kesalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="481"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="647"/>
        <source>About Renpam</source>
        <translation>Tentang Renpam</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>&lt;b&gt;Renpam&lt;/b&gt; — security deployment planning (Rencana Pengamanan).&lt;br&gt;Roster, posts on the site plan, shifts and plotting in one operation file.</source>
        <translation>&lt;b&gt;Renpam&lt;/b&gt; — perencanaan pengamanan (Rencana Pengamanan).&lt;br&gt;Daftar personel, pos pada denah, sif dan plotting dalam satu berkas operasi.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="242"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="243"/>
        <source>Check what each column means. Columns set to &apos;(ignore)&apos; are not read.</source>
        <translation>Periksa arti setiap kolom. Kolom bertanda &apos;(abaikan)&apos; tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="246"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="246"/>
        <source>Header</source>
        <translation>Judul kolom</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="246"/>
        <source>Example</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="246"/>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="276"/>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="301"/>
        <source>Each field can be read from one column only: %1.</source>
        <translation>Setiap isian hanya boleh dibaca dari satu kolom: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>Choose the column that holds the name.</source>
        <translation>Pilih kolom yang berisi nama.</translation>
    </message>
</context>
<context>
    <name>OperationPage</name>
    <message>
        <location filename="../../ui/pages.py" line="151"/>
        <source>Operation &amp;name</source>
        <translation>&amp;Nama operasi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="152"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="153"/>
        <source>&amp;Venue</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="154"/>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="155"/>
        <source>&amp;Time</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="156"/>
        <source>C&amp;lassification</source>
        <translation>K&amp;lasifikasi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="157"/>
        <source>&amp;Commander</source>
        <translation>&amp;Komandan</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="158"/>
        <source>&amp;Field commander</source>
        <translation>Komandan &amp;lapangan</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="162"/>
        <source>until</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="166"/>
        <source>Situation</source>
        <translation>Situasi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="167"/>
        <source>Mission</source>
        <translation>Tugas pokok</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="168"/>
        <source>Execution (course of action)</source>
        <translation>Cara bertindak</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="169"/>
        <source>Rules / SOP</source>
        <translation>Ketentuan / SOP</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="170"/>
        <source>Contingency</source>
        <translation>Kontijensi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="171"/>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="172"/>
        <source>Communications</source>
        <translation>Komunikasi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="200"/>
        <source>(not named)</source>
        <translation>(belum ditetapkan)</translation>
    </message>
</context>
<context>
    <name>PaperworkPage</name>
    <message>
        <location filename="../../ui/paperwork_page.py" line="161"/>
        <source>Letterhead (kop) and signing</source>
        <translation>Kop dan penandatanganan</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="163"/>
        <source>Kop line %1</source>
        <translation>Baris kop %1</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="164"/>
        <source>Signed at (place)</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="165"/>
        <source>Signed on</source>
        <translation>Tanggal penandatanganan</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="166"/>
        <source>Letter numbers (empty parts print as dots)</source>
        <translation>Nomor surat (bagian kosong dicetak titik-titik)</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="168"/>
        <source>Letter</source>
        <translation>Huruf klasifikasi</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="169"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="170"/>
        <source>Serial</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="171"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="172"/>
        <source>Archive code</source>
        <translation>Kode arsip</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="173"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="177"/>
        <source>Security plan</source>
        <translation>Rencana pengamanan</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="178"/>
        <source>Order (Sprin)</source>
        <translation>Surat perintah (Sprin)</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="179"/>
        <source>Order (Surat Perintah): one item per line</source>
        <translation>Surat Perintah: satu butir per baris</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="180"/>
        <source>Considering</source>
        <translation>Pertimbangan</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="181"/>
        <source>Basis (Dasar)</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="182"/>
        <source>Tasks (Untuk)</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="183"/>
        <source>Copies to (Tembusan)</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <location filename="../../ui/paperwork_page.py" line="185"/>
        <source>Outside parties for the contacts annex: party; name; phone; note (one per line)</source>
        <translation>Pihak luar untuk lampiran kontak: instansi; nama; telepon; keterangan (satu per baris)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Edit person</source>
        <translation>Ubah personel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Add person</source>
        <translation>Tambah personel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="106"/>
        <source>8 digits for Polri officers; 18 (NIP) for civil staff</source>
        <translation>8 angka untuk anggota Polri; 18 (NIP) untuk PNS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="108"/>
        <source>(no unit)</source>
        <translation>(tanpa satuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="118"/>
        <source>lending unit, for BKO personnel (e.g. Sat Brimob Polda Jabar)</source>
        <translation>satuan asal, untuk personel BKO (mis. Sat Brimob Polda Jabar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="121"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="122"/>
        <source>&amp;Rank</source>
        <translation>&amp;Pangkat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="123"/>
        <source>NR&amp;P</source>
        <translation>NR&amp;P</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="124"/>
        <source>&amp;Unit</source>
        <translation>&amp;Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="125"/>
        <source>P&amp;osition</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="126"/>
        <source>&amp;Gender</source>
        <translation>Jenis &amp;kelamin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="127"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="128"/>
        <source>&amp;Call sign</source>
        <translation>Sandi &amp;panggilan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="129"/>
        <source>&amp;Skills</source>
        <translation>K&amp;eahlian</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130"/>
        <source>BKO &amp;from</source>
        <translation>BKO &amp;dari</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="162"/>
        <source>A person needs a name.</source>
        <translation>Personel harus memiliki nama.</translation>
    </message>
</context>
<context>
    <name>PlaceFilterBar</name>
    <message>
        <location filename="../../ui/post_place_filter.py" line="44"/>
        <source>Polsek</source>
        <translation>Polsek</translation>
    </message>
    <message>
        <location filename="../../ui/post_place_filter.py" line="45"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/post_place_filter.py" line="46"/>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <location filename="../../ui/post_place_filter.py" line="47"/>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <location filename="../../ui/post_place_filter.py" line="54"/>
        <source>All areas</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <location filename="../../ui/post_place_filter.py" line="59"/>
        <source>Show only the posts of one Polsek, kecamatan, village or cluster</source>
        <translation>Tampilkan hanya pos satu Polsek, kecamatan, desa atau klaster</translation>
    </message>
    <message>
        <location filename="../../ui/post_place_filter.py" line="60"/>
        <source>By sector</source>
        <translation>Per sektor</translation>
    </message>
    <message>
        <location filename="../../ui/post_place_filter.py" line="61"/>
        <source>Order the posts by Polsek, kecamatan, cluster and TPS number</source>
        <translation>Urutkan pos menurut Polsek, kecamatan, klaster dan nomor TPS</translation>
    </message>
</context>
<context>
    <name>PlanTimeEdit</name>
    <message>
        <location filename="../../ui/time_edit.py" line="63"/>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
</context>
<context>
    <name>PostChooser</name>
    <message>
        <location filename="../../ui/dialogs.py" line="375"/>
        <source>Assign to post in shift %1</source>
        <translation>Tempatkan di pos pada sif %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="375"/>
        <source>Assign to post</source>
        <translation>Tempatkan di pos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="380"/>
        <source>Search post by code, name, kind...</source>
        <translation>Cari pos menurut kode, nama, jenis...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="393"/>
        <source>%n people selected.</source>
        <translation>
            <numerusform>%n personel dipilih.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="395"/>
        <source>The selected person goes to the post chosen below, in shift %1.</source>
        <translation>Personel terpilih ditempatkan di pos yang dipilih di bawah, pada sif %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="398"/>
        <source>%1 selected people go to the post chosen below, in shift %2.</source>
        <translation>%1 personel terpilih ditempatkan di pos yang dipilih di bawah, pada sif %2.</translation>
    </message>
</context>
<context>
    <name>PostDetail</name>
    <message>
        <location filename="../../ui/panels.py" line="271"/>
        <source>Make danpos</source>
        <translation>Jadikan danpos</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="272"/>
        <source>Make the selected person the post commander in this shift</source>
        <translation>Jadikan personel yang dipilih komandan pos pada sif ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="273"/>
        <source>Remove from post</source>
        <translation>Keluarkan dari pos</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="287"/>
        <source>No post selected</source>
        <translation>Belum ada pos yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="288"/>
        <source>Select a post on the plan or in the list. Drop people here to assign them.</source>
        <translation>Pilih pos pada denah atau di daftar. Seret personel ke sini untuk menempatkannya.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="296"/>
        <source>yet %n assigned</source>
        <translation>
            <numerusform>namun %n personel ditugaskan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="301"/>
        <source>staff %1</source>
        <translation>personel %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="305"/>
        <source>channel %1</source>
        <translation>kanal %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="336"/>
        <source>Remove %n from %1</source>
        <translation>
            <numerusform>Keluarkan %n dari %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="186"/>
        <source>Edit post %1</source>
        <translation>Ubah pos %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="186"/>
        <source>Add post</source>
        <translation>Tambah pos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="199"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="202"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="204"/>
        <source>max</source>
        <translation>maks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="209"/>
        <source>(any rank)</source>
        <translation>(pangkat apa saja)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="229"/>
        <location filename="../../ui/dialogs.py" line="296"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="230"/>
        <location filename="../../ui/dialogs.py" line="297"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="231"/>
        <source>&amp;Ring</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="232"/>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="233"/>
        <location filename="../../ui/dialogs.py" line="302"/>
        <location filename="../../ui/dialogs.py" line="303"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="234"/>
        <location filename="../../ui/dialogs.py" line="298"/>
        <source>Required s&amp;kills</source>
        <translation>Keahlian yang &amp;diperlukan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="235"/>
        <source>Danpos at least</source>
        <translation>Danpos minimal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="236"/>
        <location filename="../../ui/dialogs.py" line="299"/>
        <source>Radio c&amp;hannel</source>
        <translation>K&amp;anal radio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="237"/>
        <source>Manned in shifts</source>
        <translation>Dijaga pada sif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="238"/>
        <location filename="../../ui/dialogs.py" line="300"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tugas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="239"/>
        <location filename="../../ui/dialogs.py" line="301"/>
        <source>&amp;Equipment</source>
        <translation>&amp;Peralatan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="282"/>
        <source>A post needs a code.</source>
        <translation>Pos harus memiliki kode.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="285"/>
        <source>There is already a post %1.</source>
        <translation>Pos %1 sudah ada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="288"/>
        <source>The maximum is below the minimum.</source>
        <translation>Maksimal lebih kecil dari minimal.</translation>
    </message>
</context>
<context>
    <name>PostPeopleModel</name>
    <message>
        <location filename="../../ui/post_models.py" line="263"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="263"/>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="263"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="263"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="279"/>
        <location filename="../../ui/post_models.py" line="295"/>
        <source>Danpos</source>
        <translation>Danpos</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="297"/>
        <source>(name to follow)</source>
        <translation>(nama menyusul)</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="305"/>
        <source>Place %1 held for %2; drop a person here to fill it.</source>
        <translation>Tempat %1 untuk %2; seret personel ke sini untuk mengisinya.</translation>
    </message>
</context>
<context>
    <name>PostsModel</name>
    <message>
        <location filename="../../ui/post_models.py" line="83"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="84"/>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="85"/>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="86"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="87"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/post_models.py" line="88"/>
        <source>Danpos</source>
        <translation>Danpos</translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="414"/>
        <source>Filter posts</source>
        <translation>Saring pos</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="89"/>
        <source>Shift</source>
        <translation>Sif</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="89"/>
        <source>Post</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="89"/>
        <source>Person</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="89"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/auto_assign_dialog.py" line="89"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="182"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="221"/>
        <source>sheet %1</source>
        <translation>lembar %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="227"/>
        <source>%1: %2 data rows below the header in row %3 (%4). The first rows are shown as the file holds them.</source>
        <translation>%1: %2 baris data di bawah judul kolom pada baris %3 (%4). Baris-baris pertama ditampilkan apa adanya.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/print_dialog.py" line="112"/>
        <source>Print documents</source>
        <translation>Cetak dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="133"/>
        <source>More than one: every copy is marked &quot;Copy i of N&quot; and numbered from page 1</source>
        <translation>Lebih dari satu: setiap salinan diberi tanda &quot;Salinan ke-i dari N&quot; dan halamannya dinomori mulai dari 1</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="140"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="141"/>
        <source>Shifts</source>
        <translation>Sif</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="142"/>
        <source>Posts</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="143"/>
        <source>Units</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="150"/>
        <source>Filter by code or name</source>
        <translation>Saring menurut kode atau nama</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="164"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="164"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="173"/>
        <source>Language of the documents</source>
        <translation>Bahasa dokumen</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="174"/>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="175"/>
        <source>Numbered copies</source>
        <translation>Salinan bernomor</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="177"/>
        <source>Only what changed since the last print</source>
        <translation>Hanya yang berubah sejak cetak terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="179"/>
        <source>A change sheet, then only the pages to replace, with the choices of the last print</source>
        <translation>Lembar perubahan, lalu hanya halaman pengganti, dengan pilihan cetak terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="186"/>
        <source>Generate preview</source>
        <translation>Buat pratinjau</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="188"/>
        <source>Cancel generation</source>
        <translation>Batalkan pembuatan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="193"/>
        <source>Choose what to print, then generate the preview.</source>
        <translation>Pilih yang akan dicetak, lalu buat pratinjau.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="226"/>
        <source>Save PDF...</source>
        <translation>Simpan PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="227"/>
        <source>Print...</source>
        <translation>Cetak...</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="228"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="255"/>
        <source>Briefing packet (complete)</source>
        <translation>Paket arahan (lengkap)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="256"/>
        <source>Order (Surat Perintah) with its name list</source>
        <translation>Surat Perintah (Sprin) dengan daftar nama</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="257"/>
        <source>Post sheets</source>
        <translation>Lembar pos</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="258"/>
        <source>Assignment slips</source>
        <translation>Slip penugasan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="259"/>
        <source>Attendance sheets (per unit)</source>
        <translation>Daftar hadir (per satuan)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="260"/>
        <source>Roster by unit</source>
        <translation>Daftar personel per satuan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="261"/>
        <source>Planner&apos;s notes (accepted warnings)</source>
        <translation>Catatan perencana (peringatan yang diterima)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="262"/>
        <source>TPS security pattern summary (vote)</source>
        <translation>Rekap pola pengamanan TPS (pemilu)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="267"/>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="268"/>
        <source>F4 / folio (215 x 330 mm)</source>
        <translation>F4 / folio (215 x 330 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="269"/>
        <source>Letter (216 x 279 mm)</source>
        <translation>Letter (216 x 279 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="353"/>
        <source>Choose at least one document.</source>
        <translation>Pilih paling sedikit satu dokumen.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="355"/>
        <source>shift</source>
        <translation>sif</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="356"/>
        <source>post</source>
        <translation>pos</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="357"/>
        <source>unit</source>
        <translation>satuan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="360"/>
        <source>Choose at least one %1.</source>
        <translation>Pilih paling sedikit satu %1.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="380"/>
        <source>Generating...</source>
        <translation>Sedang membuat...</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="395"/>
        <source>Cancelling...</source>
        <translation>Sedang membatalkan...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="402"/>
        <source>Generating %n parts...</source>
        <translation>
            <numerusform>Menyusun %n bagian...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="405"/>
        <source>%v / %m parts</source>
        <translation>%v / %m bagian</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="421"/>
        <source>%n pages ready.</source>
        <translation>
            <numerusform>%n halaman siap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_dialog.py" line="506"/>
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>%n halaman dikirim ke pencetak.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="428"/>
        <source>Generation cancelled.</source>
        <translation>Pembuatan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="433"/>
        <source>Could not generate the documents: %1</source>
        <translation>Dokumen tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="445"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="445"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="465"/>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="467"/>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.py" line="519"/>
        <source>Recorded as print revision %1.</source>
        <translation>Dicatat sebagai revisi cetak %1.</translation>
    </message>
</context>
<context>
    <name>ProblemsFilterBar</name>
    <message>
        <location filename="../../ui/problems_filter.py" line="97"/>
        <source>Errors only</source>
        <translation>Hanya kesalahan</translation>
    </message>
    <message>
        <location filename="../../ui/problems_filter.py" line="98"/>
        <source>This shift</source>
        <translation>Sif ini</translation>
    </message>
    <message>
        <location filename="../../ui/problems_filter.py" line="99"/>
        <source>Only problems of the shift chosen in the toolbar</source>
        <translation>Hanya masalah pada sif yang dipilih di bilah alat</translation>
    </message>
    <message>
        <location filename="../../ui/problems_filter.py" line="100"/>
        <source>By rule</source>
        <translation>Per aturan</translation>
    </message>
    <message>
        <location filename="../../ui/problems_filter.py" line="101"/>
        <source>Group the problems by rule, with the count of each</source>
        <translation>Kelompokkan masalah per aturan, dengan jumlah masing-masing</translation>
    </message>
    <message>
        <location filename="../../ui/problems_filter.py" line="102"/>
        <source>Filter by post, unit or person</source>
        <translation>Saring menurut pos, satuan atau personel</translation>
    </message>
    <message>
        <location filename="../../ui/problems_filter.py" line="110"/>
        <source>All rules (%1)</source>
        <translation>Semua aturan (%1)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/models.py" line="472"/>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="472"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="472"/>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
</context>
<context>
    <name>ProblemsPane</name>
    <message>
        <location filename="../../ui/panels.py" line="586"/>
        <location filename="../../ui/panels.py" line="608"/>
        <source>Checking the plan...</source>
        <translation>Memeriksa rencana...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="619"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n kesalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="619"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="622"/>
        <source>No planning problems in this operation.</source>
        <translation>Tidak ada masalah perencanaan dalam operasi ini.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/prompts.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="30"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>Simpan perubahan pada %1 sebelum menutup?</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="31"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Perubahan akan hilang jika tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="32"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="33"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="34"/>
        <location filename="../../ui/prompts.py" line="114"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="83"/>
        <source>File in use on another computer</source>
        <translation>Berkas sedang dipakai di komputer lain</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="84"/>
        <source>%1 is marked as open by %2.</source>
        <translation>%1 tercatat sedang dibuka oleh %2.</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="87"/>
        <source>If that person is still working on it, opening it anyway lets you both save over each other and they may lose their changes. Open anyway only if you are sure the file is no longer open there (for example, that computer crashed or was switched off).</source>
        <translation>Jika orang itu masih mengerjakannya, membukanya tetap membuat Anda berdua saling menimpa saat menyimpan dan ia bisa kehilangan perubahan. Tetap buka hanya jika Anda yakin berkas itu tidak lagi terbuka di sana (misalnya komputer itu macet atau sudah dimatikan).</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="92"/>
        <source>Open anyway</source>
        <translation>Tetap buka</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="93"/>
        <source>Open read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="103"/>
        <source>File changed on disk</source>
        <translation>Berkas berubah di disk</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="104"/>
        <source>%1 was changed by another program since you opened it.</source>
        <translation>%1 telah diubah oleh program lain sejak Anda membukanya.</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="107"/>
        <source>Overwrite replaces those changes with yours. Save As keeps both files. Reload drops your unsaved changes and shows the file as it is now.</source>
        <translation>Timpa mengganti perubahan itu dengan perubahan Anda. Simpan Sebagai menyimpan kedua berkas. Muat Ulang membuang perubahan Anda yang belum disimpan dan menampilkan berkas seperti sekarang.</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="111"/>
        <source>Overwrite</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="112"/>
        <source>Save As...</source>
        <translation>Simpan Sebagai...</translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="113"/>
        <source>Reload</source>
        <translation>Muat Ulang</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../ui/models.py" line="217"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="218"/>
        <source>Rank</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="219"/>
        <source>NRP</source>
        <translation>NRP</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="220"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="221"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="222"/>
        <source>Skills</source>
        <translation>Keahlian</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="223"/>
        <source>Shifts</source>
        <translation>Sif</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="224"/>
        <source>Post (this shift)</source>
        <translation>Pos (sif ini)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="227"/>
        <source>In how many shifts the person has a duty</source>
        <translation>Pada berapa sif personel ini bertugas</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="282"/>
        <source>NRP %1</source>
        <translation>NRP %1</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../ui/panels.py" line="169"/>
        <source>Search name or NRP  (Ctrl+F)</source>
        <translation>Cari nama atau NRP  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="170"/>
        <source>Only free in this shift</source>
        <translation>Hanya yang bebas pada sif ini</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="171"/>
        <source>Show only people without a post in the selected shift</source>
        <translation>Tampilkan hanya personel tanpa pos pada sif yang dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="177"/>
        <source>All units</source>
        <translation>Semua satuan</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="178"/>
        <source>All ranks</source>
        <translation>Semua pangkat</translation>
    </message>
    <message>
        <location filename="../../ui/panels.py" line="182"/>
        <source>All skills</source>
        <translation>Semua keahlian</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels.py" line="197"/>
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 dari %n personel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectorExportDialog</name>
    <message>
        <location filename="../../ui/sector_plans.py" line="76"/>
        <source>Export Sector Plan</source>
        <translation>Ekspor Rencana Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="81"/>
        <source>Choose the sectors (Polsek) to export. The sector file holds their posts, the people and units that staff them, the order and the settings; merge it back with File &gt; Merge Sector Plan.</source>
        <translation>Pilih sektor (Polsek) yang akan diekspor. Berkas sektor memuat pos-posnya, personel dan satuan yang mengisinya, perintah dan pengaturan; gabungkan kembali dengan Berkas &gt; Gabungkan Rencana Sektor.</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="103"/>
        <source>%1 · %2 (%3 posts)</source>
        <translation>%1 · %2 (%3 pos)</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="109"/>
        <source>No post belongs to a Polsek: give the Polsek units the sub-districts they cover (Units tab).</source>
        <translation>Belum ada pos yang menjadi milik Polsek: isi kecamatan yang dicakup tiap Polsek (tab Satuan).</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="113"/>
        <source>Or sub-districts (kecamatan), whatever Polsek covers them:</source>
        <translation>Atau kecamatan, Polsek mana pun yang mencakupnya:</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="117"/>
        <source>%1 (%2 posts)</source>
        <translation>%1 (%2 pos)</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="122"/>
        <source>And the posts selected in the window (%1)</source>
        <translation>Dan pos yang dipilih di jendela (%1)</translation>
    </message>
</context>
<context>
    <name>SectorMergeDialog</name>
    <message>
        <location filename="../../ui/sector_plans.py" line="205"/>
        <source>Merge Sector Plan</source>
        <translation>Gabungkan Rencana Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="241"/>
        <source>Keep mine</source>
        <translation>Pertahankan induk</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="242"/>
        <source>Take theirs</source>
        <translation>Ambil dari sektor</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="305"/>
        <source>Comparing the sector plan...</source>
        <translation>Membandingkan rencana sektor...</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="327"/>
        <source>Changes from the sector (%1)</source>
        <translation>Perubahan dari sektor (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="328"/>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="329"/>
        <source>Not applied (%1)</source>
        <translation>Tidak diterapkan (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="331"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="331"/>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="331"/>
        <source>Mine (master)</source>
        <translation>Induk</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="331"/>
        <source>Theirs (sector)</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="336"/>
        <source>Sector %1 from %2, exported %3. Changes since then: by the sector %4, by the master to the same part %5. Changes to apply, in one undo step: %6.</source>
        <translation>Sektor %1 dari %2, diekspor %3. Perubahan sejak itu: oleh sektor %4, oleh rencana induk pada bagian yang sama %5. Perubahan yang diterapkan, dalam satu langkah urung: %6.</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="364"/>
        <source>Merge sector %1</source>
        <translation>Gabungkan sektor %1</translation>
    </message>
</context>
<context>
    <name>SectorPlans</name>
    <message>
        <location filename="../../ui/sector_plans.py" line="386"/>
        <source>Sector %1 of %2</source>
        <translation>Sektor %1 dari operasi %2</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="405"/>
        <location filename="../../ui/sector_plans.py" line="415"/>
        <location filename="../../ui/sector_plans.py" line="422"/>
        <location filename="../../ui/sector_plans.py" line="425"/>
        <source>Export Sector Plan</source>
        <translation>Ekspor Rencana Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="405"/>
        <location filename="../../ui/sector_plans.py" line="448"/>
        <source>Renpam operation (*.renpam)</source>
        <translation>Operasi Renpam (*.renpam)</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="415"/>
        <source>The sector file cannot be the open operation file itself.</source>
        <translation>Berkas sektor tidak boleh berkas operasi yang sedang dibuka.</translation>
    </message>
    <message>
        <location filename="../../ui/sector_plans.py" line="448"/>
        <location filename="../../ui/sector_plans.py" line="452"/>
        <source>Merge Sector Plan</source>
        <translation>Gabungkan Rencana Sektor</translation>
    </message>
</context>
<context>
    <name>SectorsPanel</name>
    <message>
        <location filename="../../ui/sectors_panel.py" line="49"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="50"/>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="51"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="52"/>
        <source>Merged</source>
        <translation>Digabungkan</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="53"/>
        <source>Posts</source>
        <translation>Pos</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="54"/>
        <source>Open places</source>
        <translation>Tempat kosong</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="55"/>
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="56"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="70"/>
        <source>This file is sector %1 of the operation %2, exported %3 by %4.</source>
        <translation>Berkas ini Sektor %1 dari operasi %2, diekspor %3 oleh %4.</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="79"/>
        <source>%1 of %2 sectors not sent back yet.</source>
        <translation>%1 dari %2 sektor belum dikirim kembali.</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="84"/>
        <source>No sector has been exported. File &gt; Export &gt; Sector Plan writes one per Polsek.</source>
        <translation>Belum ada sektor yang diekspor. Berkas &gt; Ekspor &gt; Rencana Sektor menulis satu berkas per Polsek.</translation>
    </message>
    <message>
        <location filename="../../ui/sectors_panel.py" line="88"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="452"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="458"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Bahasa antarmuka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="459"/>
        <source>&amp;Keep the previous version as NAME.renpam.bak</source>
        <translation>&amp;Simpan versi sebelumnya sebagai NAMA.renpam.bak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="463"/>
        <source>Each save first keeps the file as it was before, beside it, so a wrong save can be undone by opening the .bak copy.</source>
        <translation>Setiap penyimpanan lebih dulu menyimpan berkas seperti sebelumnya di sampingnya, sehingga simpanan yang keliru dapat dibatalkan dengan membuka salinan .bak.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="467"/>
        <source>Saving</source>
        <translation>Penyimpanan</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="321"/>
        <source>Edit shift</source>
        <translation>Ubah sif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="321"/>
        <source>Add shift</source>
        <translation>Tambah sif</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="329"/>
        <location filename="../../ui/dialogs.py" line="352"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="330"/>
        <location filename="../../ui/dialogs.py" line="352"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="331"/>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="332"/>
        <source>&amp;End</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="344"/>
        <source>A shift needs a code.</source>
        <translation>Sif harus memiliki kode.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="347"/>
        <source>There is already a shift %1.</source>
        <translation>Sif %1 sudah ada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="350"/>
        <source>The shift ends before it starts.</source>
        <translation>Sif berakhir sebelum dimulai.</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="264"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="264"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="264"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="264"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="264"/>
        <source>People on duty</source>
        <translation>Personel bertugas</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>Add shift...</source>
        <translation>Tambah sif...</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="267"/>
        <source>Edit shift...</source>
        <translation>Ubah sif...</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="268"/>
        <location filename="../../ui/pages.py" line="309"/>
        <source>Delete shift</source>
        <translation>Hapus sif</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="271"/>
        <source>Shifts (phases) of the operation: preparation and roll call, execution, consolidation. The shift selector in the toolbar chooses what the plan, posts and roster show.</source>
        <translation>Sif (tahap) operasi: persiapan dan apel, pelaksanaan, konsolidasi. Pemilih sif di bilah alat menentukan apa yang ditampilkan denah, pos dan daftar personel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages.py" line="310"/>
        <source>Shift %1 has %n duties. Delete the shift and its duties?</source>
        <translation>
            <numerusform>Sif %1 memiliki %n tugas. Hapus sif beserta tugasnya?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="316"/>
        <source>Delete shift %1</source>
        <translation>Hapus sif %1</translation>
    </message>
</context>
<context>
    <name>SitePlanDetailsDialog</name>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="34"/>
        <source>Site plan title and scale</source>
        <translation>Judul dan skala denah</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="37"/>
        <source>e.g. Security plan of the KPU office</source>
        <translation>mis. Denah Pengamanan Kantor KPU</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="39"/>
        <source>e.g. Approx. 1 : 1,000 (one grid square = 10 m)</source>
        <translation>mis. Skala kira-kira 1 : 1.000 (1 kotak grid = 10 m)</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="47"/>
        <source>not given</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="51"/>
        <source>The ground the picture spans from its left edge to its right edge, e.g. measured along the scale bar drawn in it. Renpam then prints a true scale bar and the scale of each printout.</source>
        <translation>Lebar tanah yang tergambar dari tepi kiri sampai tepi kanan gambar, misalnya diukur dengan batang skala pada gambar. Renpam lalu mencetak batang skala yang benar dan skala setiap cetakan.</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="57"/>
        <source>All are printed with the site plan in the briefing packet. A scale written as 1:N is only true at one print size: with the width given, the printout states its own.</source>
        <translation>Semuanya dicetak bersama denah dalam bahan apel. Skala yang ditulis 1:N hanya benar pada satu ukuran cetak: bila lebar diisi, cetakan menyebut skalanya sendiri.</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="66"/>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="67"/>
        <source>&amp;Scale note:</source>
        <translation>Catatan &amp;skala:</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="68"/>
        <source>&amp;Width covered:</source>
        <translation>&amp;Lebar denah:</translation>
    </message>
    <message>
        <location filename="../../ui/site_plan_dialog.py" line="80"/>
        <source>Change site plan title and scale</source>
        <translation>Ubah judul dan skala denah</translation>
    </message>
</context>
<context>
    <name>SitePlanScene</name>
    <message>
        <location filename="../../ui/siteplan_scene.py" line="325"/>
        <source>Right-click to add a post here.
Plan &gt; Load Site Plan Image to use a drawing of the venue.
Then drag people from the roster onto the posts.</source>
        <translation>Klik kanan untuk menambah pos di sini.
Denah &gt; Muat Gambar Denah untuk memakai gambar lokasi.
Lalu seret personel dari daftar ke pos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/siteplan_scene.py" line="438"/>
        <source>Move %n posts</source>
        <translation>
            <numerusform>Pindahkan %n pos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitePlanView</name>
    <message>
        <location filename="../../ui/siteplan_view.py" line="226"/>
        <source>Edit post %1...</source>
        <translation>Ubah pos %1...</translation>
    </message>
    <message>
        <location filename="../../ui/siteplan_view.py" line="228"/>
        <source>Assign selected people here</source>
        <translation>Tempatkan personel yang dipilih di sini</translation>
    </message>
    <message>
        <location filename="../../ui/siteplan_view.py" line="230"/>
        <source>Delete post %1</source>
        <translation>Hapus pos %1</translation>
    </message>
    <message>
        <location filename="../../ui/siteplan_view.py" line="237"/>
        <source>Add post here...</source>
        <translation>Tambah pos di sini...</translation>
    </message>
    <message>
        <location filename="../../ui/siteplan_view.py" line="241"/>
        <source>Fit plan to window</source>
        <translation>Sesuaikan denah dengan jendela</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../ui/background.py" line="162"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="165"/>
        <source>Cancelling...</source>
        <translation>Sedang membatalkan...</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/pages.py" line="342"/>
        <source>Edit unit</source>
        <translation>Ubah satuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="342"/>
        <source>Add unit</source>
        <translation>Tambah satuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="351"/>
        <source>sub-districts a Polsek covers</source>
        <translation>kecamatan wilayah Polsek</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="353"/>
        <location filename="../../ui/pages.py" line="374"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="354"/>
        <location filename="../../ui/pages.py" line="374"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="355"/>
        <source>&amp;Agency</source>
        <translation>&amp;Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="356"/>
        <location filename="../../ui/pages.py" line="374"/>
        <source>&amp;Sector</source>
        <translation>&amp;Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="365"/>
        <source>A unit needs a code.</source>
        <translation>Satuan harus memiliki kode.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="368"/>
        <source>There is already a unit %1.</source>
        <translation>Satuan %1 sudah ada.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="411"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="411"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="411"/>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="411"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="411"/>
        <source>People</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="413"/>
        <source>Add unit...</source>
        <translation>Tambah satuan...</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="414"/>
        <location filename="../../ui/pages.py" line="440"/>
        <source>Edit unit...</source>
        <translation>Ubah satuan...</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="415"/>
        <location filename="../../ui/pages.py" line="441"/>
        <location filename="../../ui/pages.py" line="469"/>
        <source>Delete unit</source>
        <translation>Hapus satuan</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="464"/>
        <source>Unit %1 still has %2 people and %3 places waiting for names. Delete the unit? The people stay in the roster and at their posts without a unit; the places waiting for names are removed.</source>
        <translation>Satuan %1 masih memiliki %2 personel dan %3 tempat yang menunggu nama. Hapus satuan ini? Personelnya tetap ada di daftar personel dan di posnya, tanpa satuan; tempat yang menunggu nama dihapus.</translation>
    </message>
</context>
<context>
    <name>VoteFields</name>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="38"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="47"/>
        <source>as the kecamatan</source>
        <translation>sama dengan kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="50"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="57"/>
        <source>lat</source>
        <translation>lintang</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="59"/>
        <source>lon</source>
        <translation>bujur</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="62"/>
        <source>TPS 001-012 -&gt; PPK Kec. Cibeureum -&gt; KPU</source>
        <translation>TPS 001-012 -&gt; PPK Kec. Cibeureum -&gt; KPU</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="65"/>
        <source>Cate&amp;gory</source>
        <translation>Kate&amp;gori</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="66"/>
        <location filename="../../ui/post_vote_fields.py" line="89"/>
        <source>Cl&amp;uster</source>
        <translation>Kl&amp;aster</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="67"/>
        <location filename="../../ui/post_vote_fields.py" line="90"/>
        <source>&amp;Village</source>
        <translation>Kelurahan/&amp;Desa</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="68"/>
        <location filename="../../ui/post_vote_fields.py" line="91"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="69"/>
        <location filename="../../ui/post_vote_fields.py" line="92"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="70"/>
        <source>Registered voters (DPT)</source>
        <translation>Jumlah pemilih (DPT)</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="71"/>
        <source>Coordinates</source>
        <translation>Koordinat</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="75"/>
        <location filename="../../ui/post_vote_fields.py" line="93"/>
        <source>Escort &amp;route</source>
        <translation>&amp;Rute pengawalan</translation>
    </message>
    <message>
        <location filename="../../ui/post_vote_fields.py" line="108"/>
        <source>Coordinates: give latitude (-90 to 90) and longitude (-180 to 180) in degrees, both or neither.</source>
        <translation>Koordinat: isi lintang (-90 sampai 90) dan bujur (-180 sampai 180) dalam derajat, keduanya atau tidak sama sekali.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <location filename="../../ui/workspace.py" line="88"/>
        <source>Move %n people to %1</source>
        <translation>
            <numerusform>Pindahkan %n personel ke %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workspace.py" line="90"/>
        <source>Assign %n people to %1</source>
        <translation>
            <numerusform>Tempatkan %n personel di %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="130"/>
        <source>%1 now has two posts at the same time: %2 and %3 (shift %4).</source>
        <translation>%1 kini bertugas di dua pos pada waktu yang sama: %2 dan %3 (sif %4).</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="144"/>
        <source>%1 is now over its maximum in shift %2: %3 people, at most %4.</source>
        <translation>%1 kini melebihi maksimal pada sif %2: %3 personel, paling banyak %4.</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="165"/>
        <source>Fill a place at %1 with %2</source>
        <translation>Isi tempat di %1 dengan %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workspace.py" line="187"/>
        <source>Remove %n people from %1</source>
        <translation>
            <numerusform>Keluarkan %n personel dari %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceEdits</name>
    <message>
        <location filename="../../ui/edits.py" line="61"/>
        <source>Cannot change the plan</source>
        <translation>Rencana tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="94"/>
        <source>Delete people</source>
        <translation>Hapus personel</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="90"/>
        <source>%1 of the selected people have duties (%2). Delete them and their duties?</source>
        <translation>%1 dari personel yang dipilih memiliki tugas (%2). Hapus mereka beserta tugasnya?</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="87"/>
        <source>%1 has duties. Delete this person and the duties?</source>
        <translation>%1 sedang bertugas. Hapus personel ini beserta tugasnya?</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="108"/>
        <source>Select people in the roster first.</source>
        <translation>Pilih personel di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="131"/>
        <source>Post added. Add a shift first (tab Shifts): people are assigned to a post in a shift.</source>
        <translation>Pos ditambahkan. Tambahkan sif dahulu (tab Sif): personel ditempatkan di pos pada suatu sif.</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="158"/>
        <source>Delete posts</source>
        <translation>Hapus pos</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="158"/>
        <source>Delete %1 and the duties at it?</source>
        <translation>Hapus %1 beserta tugas di pos tersebut?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="97"/>
        <source>Delete %n people</source>
        <translation>
            <numerusform>Hapus %n personel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="162"/>
        <source>Delete %n posts</source>
        <translation>
            <numerusform>Hapus %n pos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="181"/>
        <source>Load site plan image</source>
        <translation>Muat gambar denah</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="187"/>
        <location filename="../../ui/edits.py" line="191"/>
        <source>Cannot load image</source>
        <translation>Gambar tidak dapat dimuat</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="203"/>
        <source>Site plan loaded. Give it a title and scale: Plan &gt; Site Plan Title and Scale.</source>
        <translation>Denah dimuat. Beri judul dan skala: Denah &gt; Judul dan Skala Denah.</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="231"/>
        <source>Import plan document</source>
        <translation>Impor dokumen rencana</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="244"/>
        <source>Importing %1...</source>
        <translation>Mengimpor %1...</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="248"/>
        <location filename="../../ui/edits.py" line="254"/>
        <source>Cannot import %1</source>
        <translation>Tidak dapat mengimpor %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="249"/>
        <source>The plan document has %n problems; nothing was changed.</source>
        <translation>
            <numerusform>Dokumen rencana memiliki %n masalah; tidak ada yang diubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/edits.py" line="260"/>
        <source>Imported %n entries from %1</source>
        <translation>
            <numerusform>%n entri diimpor dari %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="257"/>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="267"/>
        <source>Export plan document</source>
        <translation>Ekspor dokumen rencana</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="275"/>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <location filename="../../ui/edits.py" line="277"/>
        <source>Exported to %1</source>
        <translation>Diekspor ke %1</translation>
    </message>
</context>
</TS>

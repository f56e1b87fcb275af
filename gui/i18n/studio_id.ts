<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="+130"/>
        <source>About Studio Konten Cimahi</source>
        <translation>Tentang Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio Konten Cimahi</source>
        <translation>Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 · MIT licence</source>
        <translation>Versi %1 · lisensi MIT</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Built with %n component(s), each under its own licence</source>
        <translation>
            <numerusform>Dibuat dengan %n komponen, masing-masing dengan lisensinya sendiri</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All notices…</source>
        <translation>Semua pemberitahuan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every component with its licence and where its source is (THIRD-PARTY-NOTICES.md)</source>
        <translation>Setiap komponen beserta lisensinya dan tempat kode sumbernya (THIRD-PARTY-NOTICES.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Branded photos, videos and captions for the social-media officers of the Cimahi city government. Works offline.</source>
        <translation>Foto, video, dan keterangan bermerek untuk para PIC media sosial Pemerintah Kota Cimahi. Bekerja tanpa internet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The logos in this build are stand-ins, not the official emblem of Kota Cimahi.</source>
        <translation>Logo dalam versi ini adalah pengganti sementara, bukan lambang resmi Kota Cimahi.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../calendar/__init__.py" line="+43"/>
        <source>Content &amp;calendar</source>
        <translation>&amp;Kalender konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content calendar</source>
        <translation>Kalender konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays, commemorative days and the unit&apos;s planned posts (Ctrl+K)</source>
        <translation>Hari libur, hari peringatan, dan rencana unggahan unit (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../calendar/screen.py" line="+81"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded</source>
        <translation>Diunggah</translation>
    </message>
</context>
<context>
    <name>CalendarDialogs</name>
    <message>
        <location filename="../calendar/dialogs.py" line="+27"/>
        <source>Content plans</source>
        <translation>Rencana konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the unit&apos;s plan file</source>
        <translation>Pilih berkas rencana unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New content plan</source>
        <translation>Rencana konten baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the unit (e.g. Diskominfo Kota Cimahi):</source>
        <translation>Nama unit (mis. Diskominfo Kota Cimahi):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the new plan file</source>
        <translation>Simpan berkas rencana baru</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export to a calendar (.ics)</source>
        <translation>Ekspor ke kalender (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files</source>
        <translation>Berkas kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to a spreadsheet (.xlsx)</source>
        <translation>Ekspor ke lembar kerja (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed by another PIC</source>
        <translation>Diubah juga oleh PIC lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 also changed “%2” in the plan since you opened it.</source>
        <translation>%1 juga mengubah “%2” di rencana sejak Anda membukanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another PIC</source>
        <translation>PIC lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which version should the plan keep?</source>
        <translation>Versi mana yang disimpan di rencana?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Pakai versi saya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep theirs</source>
        <translation>Pakai versi mereka</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+24"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Delete planned post</source>
        <translation>Hapus rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” from the plan?</source>
        <translation>Hapus “%1” dari rencana?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its event file is not deleted; it can still be opened.</source>
        <translation>Berkas kegiatannya tidak ikut dihapus dan masih bisa dibuka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other PICs will no longer see it in the calendar.</source>
        <translation>PIC lain tidak akan melihatnya lagi di kalender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan file needed</source>
        <translation>Perlu berkas rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned posts are kept in the unit&apos;s plan file.</source>
        <translation>Rencana unggahan disimpan di berkas rencana unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the plan file (it can be in a shared folder) or make a new one.</source>
        <translation>Pilih berkas rencananya (boleh di folder bersama) atau buat yang baru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose plan file…</source>
        <translation>Pilih berkas rencana…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New plan file…</source>
        <translation>Berkas rencana baru…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Template not installed</source>
        <translation>Templat tidak terpasang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” is not installed on this computer.</source>
        <translation>Templat “%1” tidak terpasang di komputer ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the planned post and choose one of the installed templates, or import the template first.</source>
        <translation>Ubah rencana ini dan pilih salah satu templat yang terpasang, atau impor templatnya dulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../calendar/screen.py" line="+481"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Exported: %1</source>
        <translation>Diekspor: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No plan file chosen</source>
        <translation>Belum ada berkas rencana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: %1</source>
        <translation>Rencana: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content calendar</source>
        <translation>Kalender konten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>← Start screen</source>
        <translation>← Layar awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan file</source>
        <translation>Berkas rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose plan file…</source>
        <translation>Pilih berkas rencana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plan file…</source>
        <translation>Berkas rencana baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar for phone/Outlook (.ics)…</source>
        <translation>Kalender untuk ponsel/Outlook (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet for the meeting (.xlsx)…</source>
        <translation>Lembar kerja untuk rapat (.xlsx)…</translation>
    </message>
</context>
<context>
    <name>CaptionCard</name>
    <message>
        <location filename="../production/caption_panel.py" line="+255"/>
        <source>Characters, counted the way %1 counts them</source>
        <translation>Jumlah karakter, dihitung seperti cara %1 menghitungnya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The caption was shortened to fit the platform.</source>
        <translation>Keterangan dipendekkan agar muat di platform ini.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copied</source>
        <translation>Tersalin ✓</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the caption to paste it in the app</source>
        <translation>Salin keterangan untuk ditempel di aplikasi media sosial</translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <location line="+80"/>
        <source>This template has no caption.</source>
        <translation>Templat ini tidak memiliki keterangan.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Captions are made from the event details for each chosen platform. Copy one and paste it when you post.</source>
        <translation>Keterangan dibuat dari rincian kegiatan untuk setiap platform yang dipilih. Salin lalu tempel saat mengunggah.</translation>
    </message>
</context>
<context>
    <name>CaptionWarnings</name>
    <message>
        <location line="-353"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser or source</source>
        <translation>Penyelenggara atau sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting</source>
        <translation>Ucapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions</source>
        <translation>Sebutan akun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo credit</source>
        <translation>Kredit foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To fit %1 characters, left out: %2.</source>
        <translation>Agar muat %1 karakter, bagian ini tidak dipakai: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To fit %1 characters, the closing line was left out.</source>
        <translation>Agar muat %1 karakter, kalimat penutup tidak dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 ends after a whole sentence to fit %1 characters.</source>
        <translation>%2 dipotong di akhir kalimat agar muat %1 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caption ends after a whole sentence to fit %1 characters.</source>
        <translation>Keterangan dipotong di akhir kalimat agar muat %1 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written more briefly to fit %1 characters (without labels or the full address).</source>
        <translation>Ditulis lebih ringkas agar muat %1 karakter (tanpa label atau alamat lengkap).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%2 was cut after a word to fit %1 characters and ends with “…”. Check it before posting.</source>
        <translation>%2 dipotong setelah satu kata agar muat %1 karakter dan diakhiri “…”. Periksa sebelum mengunggah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption was cut after a word to fit %1 characters and ends with “…”. Check it before posting.</source>
        <translation>Keterangan dipotong setelah satu kata agar muat %1 karakter dan diakhiri “…”. Periksa sebelum mengunggah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption was cut inside a word to fit %1 characters. Check it before posting.</source>
        <translation>Keterangan terpotong di tengah kata agar muat %1 karakter. Periksa sebelum mengunggah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To fit %1 characters, your extra hashtags were left out first: %2. The official hashtags stay.</source>
        <translation>Agar muat %1 karakter, tagar tambahan Anda dilepas lebih dulu: %2. Tagar resmi tetap dipakai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To fit %1 characters, even official hashtags were left out: %2.</source>
        <translation>Agar muat %1 karakter, tagar resmi pun terpaksa tidak dipakai: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 takes %n hashtag(s) here, official ones (%4) first: left out your extra hashtags %3.</source>
        <translation>
            <numerusform>%1 hanya memuat %n tagar di keterangan ini dan tagar resmi (%4) didahulukan, jadi tagar tambahan Anda tidak dipakai: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 takes %n hashtag(s) here: left out your extra hashtags %3.</source>
        <translation>
            <numerusform>%1 hanya memuat %n tagar di keterangan ini, jadi sebagian tagar tambahan Anda tidak dipakai: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 allows %n hashtag(s): left out %3.</source>
        <translation>
            <numerusform>%1 hanya membolehkan %n tagar: %3 tidak dipakai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 hashtags in the text; %2 allows %n.</source>
        <translation>
            <numerusform>Ada %1 tagar di teks; %2 hanya membolehkan %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>another part</source>
        <translation>bagian lain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../calendar/screen.py" line="-570"/>
        <source>+ Add planned post</source>
        <translation>+ Tambah rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a post on this day (also: double-click a day or press Enter in the calendar)</source>
        <translation>Rencanakan unggahan pada hari ini (juga: klik dua kali sebuah tanggal atau tekan Enter di kalender)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the unit&apos;s plan file to keep planned posts and their status (it can be in a shared folder).</source>
        <translation>Pilih berkas rencana unit agar rencana unggahan dan statusnya tersimpan (boleh di folder bersama).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose plan file…</source>
        <translation>Pilih berkas rencana…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimated</source>
        <translation>perkiraan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested greeting:</source>
        <translation>Usulan ucapan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a greeting</source>
        <translation>Buat ucapan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make an event with the Ucapan template, this date and the suggested greeting filled in, and open it</source>
        <translation>Buat kegiatan dengan templat Ucapan, tanggal ini, dan usulan ucapan sudah terisi, lalu buka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned posts</source>
        <translation>Rencana unggahan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>all day</source>
        <translation>sepanjang hari</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template: %1</source>
        <translation>Templat: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIC: %1</source>
        <translation>PIC: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open event</source>
        <translation>Buka kegiatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event file is not reachable from this computer: %1</source>
        <translation>Berkas kegiatan tidak terjangkau dari komputer ini: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make event</source>
        <translation>Buat kegiatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make an event file with this post&apos;s template, date, time and title filled in, and open it</source>
        <translation>Buat berkas kegiatan dengan templat, tanggal, jam, dan judul rencana ini sudah terisi, lalu buka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as uploaded</source>
        <translation>Tandai diunggah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the title, date, time, template, note or PIC</source>
        <translation>Ubah judul, tanggal, jam, templat, catatan, atau PIC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this planned post from the plan (asks first)</source>
        <translation>Hapus rencana ini dari kalender (ditanyakan dulu)</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Nothing marked or planned on this day.</source>
        <translation>Tidak ada peringatan atau rencana pada hari ini.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="+31"/>
        <source>Photos and videos</source>
        <translation>Foto dan video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Add photos or videos</source>
        <translation>Tambah foto atau video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the output folder</source>
        <translation>Pilih folder hasil</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Events</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Open event</source>
        <translation>Buka kegiatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save event</source>
        <translation>Simpan kegiatan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1”?</source>
        <translation>Simpan perubahan pada “%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you do not save, the changes are lost.</source>
        <translation>Jika tidak disimpan, perubahan akan hilang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+54"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Export in progress</source>
        <translation>Ekspor sedang berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export is still running. Stop it and close?</source>
        <translation>Ekspor masih berjalan. Hentikan lalu tutup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop and close</source>
        <translation>Hentikan dan tutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep exporting</source>
        <translation>Lanjutkan ekspor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Folder already used</source>
        <translation>Folder sudah dipakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder holds the export of another event, “%1”. Its files could be replaced.</source>
        <translation>Folder ini berisi hasil ekspor kegiatan lain, “%1”. Berkasnya bisa tertimpa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save this event in its own folder “%1” inside it?</source>
        <translation>Simpan kegiatan ini di foldernya sendiri “%1” di dalamnya?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use its own folder</source>
        <translation>Pakai folder sendiri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another folder…</source>
        <translation>Pilih folder lain…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this folder anyway</source>
        <translation>Tetap pakai folder ini</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore unsaved event?</source>
        <translation>Pulihkan kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the event that was not saved?</source>
        <translation>Pulihkan kegiatan yang belum disimpan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio Konten Cimahi closed before “%1” was saved. The changes up to %2 were kept.</source>
        <translation>Studio Konten Cimahi tertutup sebelum “%1” disimpan. Perubahan sampai %2 tersimpan otomatis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n more unsaved event(s) will be offered after this one.</source>
        <translation>%n kegiatan lain yang belum disimpan akan ditawarkan setelah ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No photo or video</source>
        <translation>Belum ada foto atau video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” is made for a photo or video, and this event has none that can be used.</source>
        <translation>Templat “%1” dirancang untuk foto atau video, dan kegiatan ini belum punya foto atau video yang dapat dipakai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add photos or videos first, or export the design without a photo?</source>
        <translation>Tambahkan foto atau video dulu, atau ekspor desainnya tanpa foto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photos or videos…</source>
        <translation>Tambah foto atau video…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export without a photo</source>
        <translation>Ekspor tanpa foto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../error_messages.py" line="+81"/>
        <source>This file cannot be read as a photo.</source>
        <translation>Berkas ini tidak dapat dibaca sebagai foto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the file is a photo and not damaged.</source>
        <translation>Pastikan berkas ini foto dan tidak rusak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file type is not supported.</source>
        <translation>Jenis berkas ini tidak didukung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use JPEG, PNG, HEIC or WebP photos, or MP4/MOV videos.</source>
        <translation>Gunakan foto JPEG, PNG, HEIC atau WebP, atau video MP4/MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+368"/>
        <source>The file was not found.</source>
        <translation>Berkas tidak ditemukan.</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>It may have been moved or deleted. Add it again.</source>
        <translation>Mungkin sudah dipindah atau dihapus. Tambahkan lagi.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The photo is too large to open safely.</source>
        <translation>Foto terlalu besar untuk dibuka dengan aman.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a smaller photo (up to about 90 megapixels).</source>
        <translation>Gunakan foto yang lebih kecil (paling besar sekitar 90 megapiksel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the file again from the camera.</source>
        <translation>Salin lagi berkas dari kamera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is incomplete.</source>
        <translation>Berkas tidak lengkap.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Copy the file again from the camera or phone.</source>
        <translation>Salin lagi berkas dari kamera atau ponsel.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The video tool (ffmpeg) is missing.</source>
        <translation>Alat video (ffmpeg) tidak ditemukan.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Reinstall Studio Konten Cimahi.</source>
        <translation>Pasang ulang Studio Konten Cimahi.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The video file was not found.</source>
        <translation>Berkas video tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>This video cannot be read.</source>
        <translation>Video ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Check that the file is a video and not damaged.</source>
        <translation>Pastikan berkas ini video dan tidak rusak.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The video file is empty.</source>
        <translation>Berkas video kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the file again.</source>
        <translation>Salin lagi berkasnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video file is incomplete.</source>
        <translation>Berkas video tidak lengkap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no picture (audio only?).</source>
        <translation>Berkas ini tidak berisi gambar (hanya suara?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a video with picture.</source>
        <translation>Pilih video yang ada gambarnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a still image, not a video.</source>
        <translation>Ini gambar diam, bukan video.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it as a photo instead.</source>
        <translation>Tambahkan sebagai foto saja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video tool took too long and was stopped.</source>
        <translation>Alat video bekerja terlalu lama dan dihentikan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or use a shorter clip.</source>
        <translation>Coba lagi, atau gunakan klip yang lebih pendek.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The video could not be made.</source>
        <translation>Video tidak dapat dibuat.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Try again; if it fails again, report it.</source>
        <translation>Coba lagi; jika gagal lagi, laporkan.</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+673"/>
        <source>A file with this name already exists.</source>
        <translation>Sudah ada berkas dengan nama ini.</translation>
    </message>
    <message>
        <location line="-672"/>
        <source>Choose another folder or tick “Replace existing files”.</source>
        <translation>Pilih folder lain atau centang “Timpa berkas yang sudah ada”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full.</source>
        <translation>Disk penuh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space or choose another drive.</source>
        <translation>Kosongkan sebagian ruang atau pilih drive lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write in this folder.</source>
        <translation>Tidak dapat menulis di folder ini.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Choose another output folder.</source>
        <translation>Pilih folder hasil yang lain.</translation>
    </message>
    <message>
        <location line="+175"/>
        <location line="+741"/>
        <source>The file could not be written.</source>
        <translation>Berkas tidak dapat ditulis.</translation>
    </message>
    <message>
        <location line="-740"/>
        <source>Check the output folder.</source>
        <translation>Periksa folder hasil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than the platform allows.</source>
        <translation>Ukuran berkas melebihi batas platform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a simpler photo or another platform.</source>
        <translation>Gunakan foto yang lebih sederhana atau platform lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file-name pattern is not valid.</source>
        <translation>Pola nama berkas tidak sah.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The text is too long for its place in the design.</source>
        <translation>Teks terlalu panjang untuk tempatnya di desain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <location line="+137"/>
        <source>Shorten the text.</source>
        <translation>Pendekkan teksnya.</translation>
    </message>
    <message>
        <location line="-599"/>
        <source>This is a folder or a special file, not a photo.</source>
        <translation>Ini folder atau berkas khusus, bukan foto.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Ask the designer who made it to export it again from Studio Konten.</source>
        <translation>Minta desainer pembuatnya mengekspor ulang dari Studio Konten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed. Please report this.</source>
        <translation>Tidak ada yang diubah. Mohon laporkan hal ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not use it; ask the designer to publish it again.</source>
        <translation>Jangan dipakai; minta desainer menerbitkannya ulang.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the photo files themselves.</source>
        <translation>Pilih berkas fotonya langsung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You do not have permission to read this file.</source>
        <translation>Anda tidak punya izin membaca berkas ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the file to your own folder first.</source>
        <translation>Salin dulu berkasnya ke folder Anda sendiri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is damaged.</source>
        <translation>Foto ini rusak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo.</source>
        <translation>Berkas ini bukan foto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you chose the right file.</source>
        <translation>Pastikan Anda memilih berkas yang benar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This photo made the image tool stop.</source>
        <translation>Foto ini membuat pengolah gambar berhenti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the photo again in another program, then retry.</source>
        <translation>Simpan ulang foto dengan program lain, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The subtitle file was not found.</source>
        <translation>Berkas teks video tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file name.</source>
        <translation>Periksa nama berkasnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subtitle file holds no subtitles that can be read.</source>
        <translation>Berkas teks video tidak berisi teks yang dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an .srt file.</source>
        <translation>Gunakan berkas .srt.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Use {{platform}}, {{name}}, {{template}}, {{index}}, {{judul}}, {{tanggal}}.</source>
        <translation>Gunakan {{platform}}, {{name}}, {{template}}, {{index}}, {{judul}}, {{tanggal}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The written file could not be checked.</source>
        <translation>Berkas yang ditulis tidak dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk, then export again.</source>
        <translation>Periksa disk, lalu ekspor lagi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The template file (template.toml) is damaged.</source>
        <translation>Berkas templat (template.toml) rusak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template file is not UTF-8 text.</source>
        <translation>Berkas templat bukan teks UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template file is too large.</source>
        <translation>Berkas templat terlalu besar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template&apos;s id does not match its folder name.</source>
        <translation>Id templat tidak sama dengan nama foldernya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A file of the template lies outside its folder, so it was refused.</source>
        <translation>Ada berkas templat yang berada di luar foldernya, sehingga ditolak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An image of the template cannot be read.</source>
        <translation>Ada gambar templat yang tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text of layer “{layer}” is not valid.</source>
        <translation>Teks lapisan “{layer}” tidak sah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text of layer “{layer}” asks for something that is not allowed.</source>
        <translation>Teks lapisan “{layer}” meminta sesuatu yang tidak diizinkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text of layer “{layer}” takes too long to make.</source>
        <translation>Teks lapisan “{layer}” terlalu lama dibuat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A detail has a value that layer “{layer}” cannot use.</source>
        <translation>Ada isian yang nilainya tidak dapat dipakai lapisan “{layer}”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The template could not be saved safely.</source>
        <translation>Templat tidak dapat disimpan dengan aman.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The package file was not found.</source>
        <translation>Berkas paket tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a template package (.zip) or it is damaged.</source>
        <translation>Berkas ini bukan paket templat (.zip) atau rusak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package contains files that point outside it, so it was refused.</source>
        <translation>Paket berisi berkas yang mengarah ke luar paket, sehingga ditolak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package contains a file that does not belong in a template.</source>
        <translation>Paket berisi berkas yang bukan bagian dari templat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package has too many files.</source>
        <translation>Paket berisi terlalu banyak berkas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is too large when unpacked.</source>
        <translation>Paket terlalu besar setelah dibuka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The package holds no template (template.toml is missing).</source>
        <translation>Paket tidak berisi templat (template.toml tidak ada).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template in the package is not valid.</source>
        <translation>Templat di dalam paket tidak sah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template is already installed.</source>
        <translation>Templat ini sudah terpasang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file with this name exists already.</source>
        <translation>Sudah ada berkas dengan nama ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name.</source>
        <translation>Pilih nama lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This value is not allowed here ({detail}).</source>
        <translation>Nilai ini tidak diperbolehkan di sini ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field is not valid ({detail}).</source>
        <translation>Isian tidak sah ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” is not a valid id.</source>
        <translation>“{value}” bukan id yang sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use lower-case letters, digits and - (e.g. liputan-rapat).</source>
        <translation>Gunakan huruf kecil, angka dan - (mis. liputan-rapat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{value}” is not a valid name.</source>
        <translation>“{value}” bukan nama yang sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use letters, digits, - and _ (e.g. logo_acara).</source>
        <translation>Gunakan huruf, angka, - dan _ (mis. logo_acara).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{aspect}” is not an aspect.</source>
        <translation>“{aspect}” bukan rasio yang dikenal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{kind}” is not a kind of brand kit entry.</source>
        <translation>“{kind}” bukan jenis isi kit merek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{kind}” is not a layer type.</source>
        <translation>“{kind}” bukan jenis lapisan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{prop}” cannot be changed here.</source>
        <translation>“{prop}” tidak dapat diubah di sini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The layer “{layer}” no longer exists.</source>
        <translation>Lapisan “{layer}” sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field “{field}” no longer exists.</source>
        <translation>Isian “{field}” sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A layer with the id “{layer}” exists already.</source>
        <translation>Sudah ada lapisan dengan id “{layer}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field with the key “{field}” exists already.</source>
        <translation>Sudah ada isian dengan kunci “{field}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another key.</source>
        <translation>Pilih kunci lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template has at most one photo/video layer.</source>
        <translation>Satu templat paling banyak punya satu lapisan foto/video.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This property is the same for every aspect.</source>
        <translation>Pengaturan ini sama untuk semua rasio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose “Base design” to change it.</source>
        <translation>Pilih “Desain dasar” untuk mengubahnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variant cannot remove this; reset the override instead.</source>
        <translation>Varian tidak dapat menghapus ini; kembalikan pengaturannya ke desain dasar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A template with the id “{template}” exists already.</source>
        <translation>Sudah ada templat dengan id “{template}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another id.</source>
        <translation>Pilih id lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in templates cannot be deleted.</source>
        <translation>Templat bawaan tidak dapat dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate it and change the copy.</source>
        <translation>Duplikat lalu ubah salinannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files cannot be added to a built-in template.</source>
        <translation>Berkas tidak dapat ditambahkan ke templat bawaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the template first: it becomes yours, then add the image.</source>
        <translation>Simpan templat dulu agar menjadi milik Anda, lalu tambahkan gambarnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only PNG, JPEG and WebP images can be used.</source>
        <translation>Hanya gambar PNG, JPEG dan WebP yang dapat dipakai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image cannot be read.</source>
        <translation>Gambar ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PNG, JPEG or WebP file.</source>
        <translation>Gunakan berkas PNG, JPEG atau WebP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This font file cannot be read.</source>
        <translation>Berkas fon ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a TTF or OTF font file.</source>
        <translation>Gunakan berkas fon TTF atau OTF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logos must be PNG, JPEG or WebP images.</source>
        <translation>Logo harus berupa gambar PNG, JPEG atau WebP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clips must be MP4 or MOV videos.</source>
        <translation>Klip harus berupa video MP4 atau MOV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is too large.</source>
        <translation>Berkas terlalu besar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a file under 50 MB.</source>
        <translation>Gunakan berkas di bawah 50 MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The brand kit file (brand.toml) is damaged.</source>
        <translation>Berkas kit merek (brand.toml) rusak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The brand kit was made by a newer version of the app.</source>
        <translation>Kit merek ini dibuat dengan versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+233"/>
        <location line="+99"/>
        <source>Update Studio Konten Cimahi.</source>
        <translation>Perbarui Studio Konten Cimahi.</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>“{value}” is not a colour.</source>
        <translation>“{value}” bukan warna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write colours as #RRGGBB.</source>
        <translation>Tulis warna sebagai #RRGGBB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The brand kit has no colour “{name}”.</source>
        <translation>Kit merek tidak punya warna “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The brand kit has no font “{name}”.</source>
        <translation>Kit merek tidak punya fon “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The brand kit has no logo “{name}”.</source>
        <translation>Kit merek tidak punya logo “{name}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The brand kit could not be saved safely.</source>
        <translation>Kit merek tidak dapat disimpan dengan aman.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The platform list (platforms.toml) is not valid.</source>
        <translation>Daftar platform (platforms.toml) tidak sah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform “{platform}” is not known.</source>
        <translation>Platform “{platform}” tidak dikenal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another platform.</source>
        <translation>Pilih platform lain.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The caption template file was not found.</source>
        <translation>Berkas templat keterangan tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The caption template asks for something that is not allowed.</source>
        <translation>Templat keterangan meminta sesuatu yang tidak diizinkan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caption template uses a detail the template does not have.</source>
        <translation>Templat keterangan memakai isian yang tidak ada di templat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caption could not be made from these details.</source>
        <translation>Keterangan tidak dapat dibuat dari isian ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the event details.</source>
        <translation>Periksa rincian kegiatan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The platform list names an unknown way of counting characters.</source>
        <translation>Daftar platform memakai cara menghitung karakter yang tidak dikenal.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The event has not been saved yet.</source>
        <translation>Kegiatan belum disimpan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it first.</source>
        <translation>Simpan dulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No platform is chosen.</source>
        <translation>Belum ada platform yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one platform.</source>
        <translation>Pilih paling sedikit satu platform.</translation>
    </message>
    <message>
        <location line="-446"/>
        <location line="+169"/>
        <source>This template is not made for videos.</source>
        <translation>Templat ini tidak dibuat untuk video.</translation>
    </message>
    <message>
        <location line="-279"/>
        <source>Choose a template for videos, or use photos.</source>
        <translation>Pilih templat untuk video, atau gunakan foto.</translation>
    </message>
    <message>
        <location line="+588"/>
        <source>There is not enough memory.</source>
        <translation>Memori tidak cukup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close other programs and export again.</source>
        <translation>Tutup program lain lalu ekspor lagi.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Another export is writing into this folder.</source>
        <translation>Ekspor lain sedang menulis ke folder ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for it to finish or choose another folder.</source>
        <translation>Tunggu sampai selesai atau pilih folder lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export record in the output folder cannot be written.</source>
        <translation>Catatan ekspor di folder hasil tidak dapat ditulis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the disk or choose another output folder.</source>
        <translation>Periksa disk atau pilih folder hasil lain.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The caption needs a detail that is empty.</source>
        <translation>Keterangan memerlukan isian yang masih kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the event details.</source>
        <translation>Lengkapi rincian kegiatan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A detail is too long for the caption.</source>
        <translation>Ada isian yang terlalu panjang untuk keterangan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A detail has a value the caption cannot use.</source>
        <translation>Ada isian yang nilainya tidak dapat dipakai keterangan.</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+242"/>
        <source>Check the date and time.</source>
        <translation>Periksa tanggal dan waktunya.</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>The clip&apos;s start and end do not fit the video.</source>
        <translation>Awal dan akhir klip tidak sesuai dengan videonya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the start and end again.</source>
        <translation>Atur lagi awal dan akhirnya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No picture could be read at this moment of the video.</source>
        <translation>Tidak ada gambar yang terbaca pada saat ini di video.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another moment.</source>
        <translation>Pilih saat yang lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This platform size is for photos only.</source>
        <translation>Ukuran platform ini hanya untuk foto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick it for videos or use a photo.</source>
        <translation>Hapus centangnya untuk video atau gunakan foto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clip is longer than the platform allows.</source>
        <translation>Klip lebih panjang dari batas platform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set an earlier end for the clip.</source>
        <translation>Atur akhir klip lebih awal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The clip is too long to stay under the platform&apos;s file size.</source>
        <translation>Klip terlalu panjang untuk batas ukuran berkas platform.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Keep a shorter part of the clip.</source>
        <translation>Pakai bagian klip yang lebih pendek.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The video file is larger than the platform allows.</source>
        <translation>Ukuran berkas video melebihi batas platform.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The brand&apos;s intro or outro clip cannot be used.</source>
        <translation>Klip pembuka atau penutup merek tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Ask the designer to check the brand kit.</source>
        <translation>Minta desainer memeriksa kit merek.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>The template “{template}” is not installed.</source>
        <translation>Templat “{template}” tidak terpasang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another template.</source>
        <translation>Pilih templat lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template is not valid ({where}).</source>
        <translation>Templat tidak sah ({where}).</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Ask the designer to fix the template.</source>
        <translation>Minta desainer memperbaiki templat.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>The template uses a field it does not define.</source>
        <translation>Templat memakai isian yang tidak didefinisikannya.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This folder holds no template.</source>
        <translation>Folder ini tidak berisi templat.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A file of the template is missing.</source>
        <translation>Ada berkas templat yang hilang.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>The brand kit was not found.</source>
        <translation>Kit merek tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A file of the brand kit is missing.</source>
        <translation>Ada berkas kit merek yang hilang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the file back or ask the designer.</source>
        <translation>Kembalikan berkasnya atau hubungi desainer.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The event file was not found.</source>
        <translation>Berkas kegiatan tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>It may have been moved or deleted.</source>
        <translation>Mungkin sudah dipindah atau dihapus.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The event file is not valid.</source>
        <translation>Berkas kegiatan tidak sah.</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Fix it in a text editor or create the event again.</source>
        <translation>Perbaiki dengan editor teks atau buat ulang kegiatannya.</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>The event file is damaged.</source>
        <translation>Berkas kegiatan rusak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event file is not text.</source>
        <translation>Berkas kegiatan bukan teks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event was made by a newer version of the app.</source>
        <translation>Kegiatan ini dibuat dengan versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update Studio Konten Cimahi to open it.</source>
        <translation>Perbarui Studio Konten Cimahi untuk membukanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event file is too large.</source>
        <translation>Berkas kegiatan terlalu besar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event file cannot be read.</source>
        <translation>Berkas kegiatan tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file.</source>
        <translation>Periksa berkasnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event could not be saved safely.</source>
        <translation>Kegiatan tidak dapat disimpan dengan aman.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>The previous file was kept. Please report this.</source>
        <translation>Berkas sebelumnya tetap utuh. Mohon laporkan hal ini.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>A photo or video of this event is missing.</source>
        <translation>Ada foto atau video kegiatan ini yang hilang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it from the list or add it again.</source>
        <translation>Hapus dari daftar atau tambahkan lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo or video was found in a new place.</source>
        <translation>Ada foto atau video yang ditemukan di tempat baru.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The caption template “{caption}” is not installed.</source>
        <translation>Templat keterangan “{caption}” tidak terpasang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The caption template is not valid.</source>
        <translation>Templat keterangan tidak sah.</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>Ask the designer to fix it.</source>
        <translation>Minta desainer memperbaikinya.</translation>
    </message>
    <message>
        <location line="+492"/>
        <source>The caption took too long to make.</source>
        <translation>Pembuatan keterangan terlalu lama.</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>Opening this photo would need too much memory.</source>
        <translation>Membuka foto ini membutuhkan memori terlalu banyak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as an 8-bit JPEG or at a smaller size.</source>
        <translation>Simpan sebagai JPEG 8-bit atau dengan ukuran lebih kecil.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>An image in the template is not PNG, JPEG or WebP.</source>
        <translation>Sebuah gambar dalam templat bukan PNG, JPEG, atau WebP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to save it as PNG.</source>
        <translation>Minta desainer menyimpannya sebagai PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An image in the template is too large.</source>
        <translation>Sebuah gambar dalam templat terlalu besar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to save it smaller.</source>
        <translation>Minta desainer menyimpannya lebih kecil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A layout variant of the template is not valid.</source>
        <translation>Salah satu varian tata letak templat tidak valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template has more layers than the app can draw.</source>
        <translation>Templat memiliki lapisan lebih banyak daripada yang bisa digambar aplikasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to simplify it.</source>
        <translation>Minta desainer menyederhanakannya.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>A logo in the brand kit cannot be used.</source>
        <translation>Sebuah logo dalam kit merek tidak bisa dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it with a PNG file in the brand kit.</source>
        <translation>Ganti dengan berkas PNG di kit merek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A font in the brand kit is not a font file.</source>
        <translation>Sebuah fon dalam kit merek bukan berkas fon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it with a TTF or OTF font.</source>
        <translation>Ganti dengan fon TTF atau OTF.</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>This file is not a video: it points to other files.</source>
        <translation>Berkas ini bukan video: isinya menunjuk ke berkas lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an MP4, MOV, MKV, WebM or AVI clip.</source>
        <translation>Gunakan klip MP4, MOV, MKV, WebM, atau AVI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is too large.</source>
        <translation>Video terlalu besar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the clip at 4K or smaller.</source>
        <translation>Ekspor klip dengan resolusi 4K atau lebih kecil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is too long to use.</source>
        <translation>Video terlalu panjang untuk dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the part you need with the phone&apos;s editor first.</source>
        <translation>Potong dulu bagian yang diperlukan dengan penyunting di ponsel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video&apos;s frame rate is too high.</source>
        <translation>Laju bingkai video terlalu tinggi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the clip at 30 or 60 frames a second.</source>
        <translation>Ekspor klip dengan 30 atau 60 bingkai per detik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video has too many tracks.</source>
        <translation>Video memiliki terlalu banyak trek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export it again with one video and one sound track.</source>
        <translation>Ekspor ulang dengan satu trek video dan satu trek suara.</translation>
    </message>
    <message>
        <location line="+423"/>
        <source>The export met an unexpected problem.</source>
        <translation>Ekspor mengalami masalah yang tidak terduga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export would replace the original photo or video.</source>
        <translation>Ekspor akan menimpa foto atau video aslinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file is not valid.</source>
        <translation>Berkas data tidak sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spreadsheet.</source>
        <translation>Periksa lembar kerjanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file was not found.</source>
        <translation>Berkas data tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This kind of data file cannot be read.</source>
        <translation>Jenis berkas data ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as .xlsx or .csv.</source>
        <translation>Simpan sebagai .xlsx atau .csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file cannot be read.</source>
        <translation>Berkas data tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is not damaged or open in another program.</source>
        <translation>Pastikan berkasnya tidak rusak atau sedang dibuka program lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file is too large.</source>
        <translation>Berkas data terlalu besar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split it into smaller files.</source>
        <translation>Bagi menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file has no rows.</source>
        <translation>Berkas data tidak berisi baris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the field names in the first row and one post in each row below.</source>
        <translation>Tulis nama isian di baris pertama dan satu unggahan di tiap baris di bawahnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file has no column for the photos.</source>
        <translation>Berkas data tidak punya kolom untuk foto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the column&apos;s name.</source>
        <translation>Periksa nama kolomnya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A detail is too long.</source>
        <translation>Sebuah isian terlalu panjang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are too many details.</source>
        <translation>Isiannya terlalu banyak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only the details the templates use.</source>
        <translation>Sisakan hanya isian yang dipakai templat.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A photo in the sheet is outside the sheet&apos;s folder.</source>
        <translation>Sebuah foto di lembar kerja berada di luar folder lembar kerja itu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the photos in the sheet&apos;s folder.</source>
        <translation>Letakkan foto-foto di folder lembar kerja.</translation>
    </message>
    <message>
        <location line="-618"/>
        <source>Something unexpected went wrong.</source>
        <translation>Terjadi masalah yang tidak terduga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it happens again, report it with the details.</source>
        <translation>Coba lagi; jika terjadi lagi, laporkan beserta rinciannya.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The video tool was stopped by the computer before the video was finished.</source>
        <translation>Alat video dihentikan oleh komputer sebelum videonya selesai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close other programs and export again; the finished files are kept.</source>
        <translation>Tutup program lain, lalu ekspor lagi; berkas yang sudah jadi tetap disimpan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The recap is longer than the platform allows ({limit} seconds).</source>
        <translation>Video rekap lebih panjang dari batas platform ({limit} detik).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a shorter recap, fewer photos, or turn the intro off.</source>
        <translation>Pilih durasi yang lebih pendek, kurangi foto, atau matikan pembuka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recap is 15 to 60 seconds long.</source>
        <translation>Video rekap berdurasi 15 sampai 60 detik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a length from 15 to 60 seconds.</source>
        <translation>Pilih durasi 15 sampai 60 detik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the photos for the recap can be opened.</source>
        <translation>Tidak ada foto untuk video rekap yang bisa dibuka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos that open (JPEG, PNG, HEIC...) and try again.</source>
        <translation>Tambahkan foto yang bisa dibuka (JPEG, PNG, HEIC...) lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>A detail is longer than this template takes.</source>
        <translation>Ada isian yang lebih panjang dari batas templat ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten the text; it is never cut.</source>
        <translation>Persingkat teksnya; teks tidak pernah dipotong.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The carousel has no photo that can be used.</source>
        <translation>Carousel tidak punya foto yang bisa dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos to the event, or choose one post per photo.</source>
        <translation>Tambahkan foto ke kegiatan, atau pilih satu post per foto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This template makes no carousel.</source>
        <translation>Templat ini tidak membuat carousel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Liputan Kegiatan, or one post per photo.</source>
        <translation>Pilih Liputan Kegiatan, atau satu post per foto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cover&apos;s moment is after the end of the clip.</source>
        <translation>Waktu sampul ada setelah akhir klip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the cover on the clip again.</source>
        <translation>Pilih lagi sampulnya pada klip.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Music must be an MP3, M4A, AAC, WAV, OGG or FLAC audio file.</source>
        <translation>Musik harus berupa berkas audio MP3, M4A, AAC, WAV, OGG, atau FLAC.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The disk is full, so nothing was saved. The previous version is unchanged.</source>
        <translation>Disk penuh, jadi tidak ada yang disimpan. Versi sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free some space, then save again.</source>
        <translation>Kosongkan sebagian ruang disk, lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be written, so nothing was saved. The previous version is unchanged.</source>
        <translation>Folder ini tidak bisa ditulisi, jadi tidak ada yang disimpan. Versi sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save into another folder.</source>
        <translation>Simpan ke folder lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+417"/>
        <source>It could not be saved. The previous version is unchanged.</source>
        <translation>Tidak bisa disimpan. Versi sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Check the disk, then save again.</source>
        <translation>Periksa disk, lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This folder holds the export of another event (“{owner}”).</source>
        <translation>Folder ini berisi hasil ekspor kegiatan lain (“{owner}”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export into a folder of its own.</source>
        <translation>Ekspor ke folder tersendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file or folder name is too long.</source>
        <translation>Nama berkas atau folder terlalu panjang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a shorter file-name pattern or shorter details.</source>
        <translation>Pakai pola nama berkas yang lebih pendek atau isian yang lebih singkat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design is too complex to draw.</source>
        <translation>Desainnya terlalu rumit untuk digambar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to simplify the template.</source>
        <translation>Minta desainer menyederhanakan templat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file was made, then deleted or moved away with its folder during the export.</source>
        <translation>Berkas sudah dibuat, lalu terhapus atau terpindah bersama foldernya selama ekspor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export again: the missing files are made again.</source>
        <translation>Ekspor lagi: berkas yang hilang akan dibuat ulang.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The calendar&apos;s data file is missing.</source>
        <translation>Berkas data kalender tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar&apos;s data file is too large.</source>
        <translation>Berkas data kalender terlalu besar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar&apos;s data file cannot be read.</source>
        <translation>Berkas data kalender tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar&apos;s data file is not valid.</source>
        <translation>Berkas data kalender tidak sah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar file was made by a newer version of the app.</source>
        <translation>Berkas kalender dibuat dengan versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{zone}” is not a time zone.</source>
        <translation>“{zone}” bukan zona waktu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use WIB, WITA or WIT.</source>
        <translation>Gunakan WIB, WITA atau WIT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir sebelum tanggal mulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an end date on or after the start date.</source>
        <translation>Pilih tanggal akhir yang sama dengan atau sesudah tanggal mulai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan file was not found.</source>
        <translation>Berkas rencana tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the shared folder or choose the plan file again.</source>
        <translation>Periksa folder bersama atau pilih lagi berkas rencananya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan file cannot be read.</source>
        <translation>Berkas rencana tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the shared folder can be reached.</source>
        <translation>Pastikan folder bersama dapat dijangkau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan file is not valid.</source>
        <translation>Berkas rencana tidak sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix it in a text editor or choose another plan file.</source>
        <translation>Perbaiki dengan editor teks atau pilih berkas rencana lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan has too many posts.</source>
        <translation>Rencana berisi terlalu banyak unggahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new plan file for the new year.</source>
        <translation>Mulai berkas rencana baru untuk tahun yang baru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A plan file with this name already exists.</source>
        <translation>Sudah ada berkas rencana dengan nama ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it instead.</source>
        <translation>Buka berkas itu saja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another PIC is saving the plan right now.</source>
        <translation>PIC lain sedang menyimpan rencana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment.</source>
        <translation>Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write in the plan&apos;s folder.</source>
        <translation>Tidak dapat menulis di folder rencana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the shared folder can be written to.</source>
        <translation>Pastikan folder bersama dapat ditulisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan could not be saved safely.</source>
        <translation>Rencana tidak dapat disimpan dengan aman.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another PIC changed the same planned post(s): {titles}.</source>
        <translation>PIC lain mengubah unggahan terencana yang sama: {titles}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whose version to keep, then save again.</source>
        <translation>Pilih versi yang dipertahankan, lalu simpan lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The planned post is no longer in the plan.</source>
        <translation>Unggahan terencana itu sudah tidak ada di rencana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date has no commemorative day.</source>
        <translation>Tanggal ini tidak memiliki hari peringatan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date has several commemorative days.</source>
        <translation>Tanggal ini memiliki beberapa hari peringatan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of them.</source>
        <translation>Pilih salah satunya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder for the event cannot be made.</source>
        <translation>Folder untuk kegiatan tidak dapat dibuat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the folder can be written to.</source>
        <translation>Pastikan folder tersebut dapat ditulisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The spreadsheet must be an .xlsx file.</source>
        <translation>Lembar kerja harus berupa berkas .xlsx.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name it e.g. kalender.xlsx.</source>
        <translation>Beri nama mis. kalender.xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package&apos;s signature cannot be checked.</source>
        <translation>Tanda tangan paket tidak dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This package is not signed.</source>
        <translation>Paket ini tidak bertanda tangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A shared library only accepts templates signed by a designer this computer trusts.</source>
        <translation>Pustaka bersama hanya menerima templat yang ditandatangani desainer yang dipercaya komputer ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed by {signer} (key {key_id}), a key this computer does not trust.</source>
        <translation>Ditandatangani {signer} (kunci {key_id}), kunci yang tidak dipercaya komputer ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only templates signed by Diskominfo&apos;s designers are accepted. If the key is right, ask the administrator to trust it.</source>
        <translation>Hanya templat yang ditandatangani desainer Diskominfo yang diterima. Bila kunci itu benar, minta administrator memercayainya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by {signer} (key {key_id}), a key that was revoked on {date} ({reason}).</source>
        <translation>Ditandatangani {signer} (kunci {key_id}), kunci yang dicabut pada {date} ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by {signer} (key {key_id}), but only the city&apos;s key may sign this.</source>
        <translation>Ditandatangani {signer} (kunci {key_id}), padahal hanya kunci kota yang boleh menandatangani ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature does not match: the package was changed after signing.</source>
        <translation>Tanda tangan tidak cocok: isi paket diubah setelah ditandatangani.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The package was signed by a newer version of the app.</source>
        <translation>Paket ditandatangani dengan versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was changed after {signer} signed the package.</source>
        <translation>{file} diubah setelah {signer} menandatangani paket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is missing from the package {signer} signed.</source>
        <translation>{file} hilang dari paket yang ditandatangani {signer}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was added after {signer} signed the package.</source>
        <translation>{file} ditambahkan setelah {signer} menandatangani paket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package&apos;s name does not match what it holds.</source>
        <translation>Nama berkas paket tidak sesuai dengan isinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder holds a link; a signed folder holds plain files only.</source>
        <translation>Folder berisi tautan; folder bertanda tangan hanya boleh berisi berkas biasa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder has too many files to sign.</source>
        <translation>Folder berisi terlalu banyak berkas untuk ditandatangani.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change notes are too long.</source>
        <translation>Catatan perubahan terlalu panjang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten the notes.</source>
        <translation>Pendekkan catatannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version is not on this computer.</source>
        <translation>Versi ini tidak ada di komputer ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the shared folder and check for updates.</source>
        <translation>Sambungkan ke folder bersama, lalu periksa pembaruan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {existing} is already in the shared library.</source>
        <translation>Versi {existing} sudah ada di pustaka bersama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a higher version number and publish again.</source>
        <translation>Pilih nomor versi yang lebih tinggi, lalu terbitkan lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two different packages claim the same version; the one in use was kept.</source>
        <translation>Dua paket berbeda mengaku versi yang sama; yang sedang dipakai tetap dipertahankan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the designer to publish a new version number.</source>
        <translation>Minta desainer menerbitkan dengan nomor versi baru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the version as numbers, for example 1.2.0.</source>
        <translation>Tulis versi dengan angka, misalnya 1.2.0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no earlier version on this computer.</source>
        <translation>Tidak ada versi sebelumnya di komputer ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not in the shared library&apos;s copy on this computer.</source>
        <translation>Ini tidak ada di salinan pustaka bersama di komputer ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for updates first.</source>
        <translation>Periksa pembaruan dulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no template of your own with this id.</source>
        <translation>Anda tidak punya templat sendiri dengan id ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import or make one first.</source>
        <translation>Impor atau buat dulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no official template with this id.</source>
        <translation>Tidak ada templat resmi dengan id ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else is publishing into this folder right now.</source>
        <translation>Ada yang sedang menerbitkan ke folder ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a minute.</source>
        <translation>Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared library folder cannot be reached.</source>
        <translation>Folder pustaka bersama tidak terjangkau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the network or plug in the drive, then try again.</source>
        <translation>Sambungkan ke jaringan atau pasang flashdisk, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package could not be written into the shared folder.</source>
        <translation>Paket tidak dapat ditulis ke folder bersama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the folder is connected and that you may write into it.</source>
        <translation>Periksa bahwa folder tersambung dan Anda boleh menulis ke dalamnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package could not be read from the shared folder.</source>
        <translation>Paket tidak dapat dibaca dari folder bersama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for updates again when the folder is back.</source>
        <translation>Periksa pembaruan lagi setelah folder itu tersambung kembali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package is too large.</source>
        <translation>Paket terlalu besar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app could not write its local copy.</source>
        <translation>Aplikasi tidak dapat menulis salinan lokalnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk is not full.</source>
        <translation>Periksa apakah disk sudah penuh.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose another name or remove the old file first.</source>
        <translation>Pilih nama lain atau hapus dulu berkas lamanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder cannot be a library source.</source>
        <translation>Folder ini tidak dapat menjadi folder pustaka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of library folders cannot be read.</source>
        <translation>Daftar folder pustaka tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the library folders again in Settings.</source>
        <translation>Tambahkan lagi folder pustaka di Pengaturan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of trusted keys cannot be read.</source>
        <translation>Daftar kunci tepercaya tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the administrator to check it.</source>
        <translation>Minta administrator memeriksanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no signing key yet.</source>
        <translation>Anda belum punya kunci tanda tangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make one with “New key…”.</source>
        <translation>Buat dengan “Kunci baru…”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have several signing keys.</source>
        <translation>Anda punya beberapa kunci tanda tangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the one to use.</source>
        <translation>Pilih kunci yang akan dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file was not found.</source>
        <translation>Berkas kunci tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid key file.</source>
        <translation>Ini bukan berkas kunci yang sah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the right kind of key file.</source>
        <translation>Jenis berkas kunci ini tidak sesuai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This key is protected by a passphrase.</source>
        <translation>Kunci ini dilindungi frasa sandi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the key&apos;s passphrase.</source>
        <translation>Ketik frasa sandi kunci ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is wrong.</source>
        <translation>Frasa sandi salah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the passphrase chosen when the key was made.</source>
        <translation>Ketik frasa sandi yang dipilih saat kunci dibuat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Frasa sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a sentence you can remember.</source>
        <translation>Pakai kalimat yang mudah Anda ingat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase twice.</source>
        <translation>Ketik frasa sandi yang sama dua kali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the key a name, for example your name and office.</source>
        <translation>Beri nama kunci, misalnya nama dan kantor Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a key id.</source>
        <translation>Ini bukan id kunci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No trusted key has this id.</source>
        <translation>Tidak ada kunci tepercaya dengan id ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key is not a city key on this computer.</source>
        <translation>Kunci ini bukan kunci kota di komputer ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign trust lists with the city&apos;s key.</source>
        <translation>Tandatangani daftar kepercayaan dengan kunci kota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A --set value is not key=value.</source>
        <translation>Nilai --set tidak berbentuk kunci=nilai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--focus needs X,Y between 0 and 1.</source>
        <translation>--focus memerlukan X,Y antara 0 dan 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--workers must be 0 or more.</source>
        <translation>--workers harus 0 atau lebih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--output is needed for a recap made from photos.</source>
        <translation>--output diperlukan untuk video rekap yang dibuat dari foto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--cover-at needs a time in seconds.</source>
        <translation>--cover-at perlu waktu dalam detik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example --cover-at 3.5 or 0:03.5.</source>
        <translation>Contohnya --cover-at 3.5 atau 0:03.5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--language must be id or en.</source>
        <translation>--language harus id atau en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event file already exists.</source>
        <translation>Berkas kegiatan sudah ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another name or add --force.</source>
        <translation>Pilih nama lain atau tambahkan --force.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a caption template with --template.</source>
        <translation>Pilih templat keterangan dengan --template.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command needs an id.</source>
        <translation>Perintah ini memerlukan id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command needs a folder.</source>
        <translation>Perintah ini memerlukan folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong.</source>
        <translation>Terjadi masalah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The carousel could not be made.</source>
        <translation>Carousel gagal dibuat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This photo or video cannot be used.</source>
        <translation>Foto atau video ini tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a problem with this video.</source>
        <translation>Ada masalah dengan video ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design could not be made.</source>
        <translation>Desain tidak dapat dibuat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a problem with the template.</source>
        <translation>Ada masalah dengan templat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template package cannot be used.</source>
        <translation>Paket templat tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change cannot be made.</source>
        <translation>Perubahan ini tidak dapat dilakukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a problem with the brand kit.</source>
        <translation>Ada masalah dengan kit merek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is a problem with the event file.</source>
        <translation>Ada masalah dengan berkas kegiatan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recap video could not be made.</source>
        <translation>Video rekap tidak bisa dibuat.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A face falls under the design or at the edge; set the focal point or choose another photo.</source>
        <translation>Ada wajah yang tertutup desain atau terpotong di tepi; atur titik fokus atau pilih foto lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo is small for this size and will look soft; use a larger photo.</source>
        <translation>Foto ini terlalu kecil untuk ukuran ini dan akan tampak kabur; gunakan foto yang lebih besar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out of the recap video: the photo cannot be read.</source>
        <translation>Tidak dimasukkan ke video rekap: foto tidak bisa dibaca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brand kit has no music: the recap video was made without music.</source>
        <translation>Kit merek tidak punya musik: video rekap dibuat tanpa musik.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The caption could not be made.</source>
        <translation>Keterangan tidak dapat dibuat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export had a problem.</source>
        <translation>Ekspor mengalami masalah.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>There is a problem with the platform list.</source>
        <translation>Ada masalah dengan daftar platform.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is a problem with the data file.</source>
        <translation>Ada masalah dengan berkas data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a problem with the content calendar.</source>
        <translation>Ada masalah dengan kalender konten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A detail cannot be used.</source>
        <translation>Ada isian yang tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a problem with the shared library.</source>
        <translation>Ada masalah pada pustaka bersama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a problem with the signing key.</source>
        <translation>Ada masalah dengan kunci tanda tangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command is not valid.</source>
        <translation>Perintah tidak sah.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signature does not match: the package says it was signed by {signer} (key {key_id}), but it was changed after signing.</source>
        <translation>Tanda tangan tidak cocok: paket mengaku ditandatangani {signer} (kunci {key_id}), tetapi isinya diubah setelah ditandatangani.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The package&apos;s name does not match what {signer} (key {key_id}) signed.</source>
        <translation>Nama paket tidak sesuai dengan yang ditandatangani {signer} (kunci {key_id}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text is too long for its place and was shortened.</source>
        <translation>Teks terlalu panjang untuk tempatnya dan dipendekkan.</translation>
    </message>
</context>
<context>
    <name>EventSession</name>
    <message>
        <location filename="../session.py" line="+197"/>
        <source>Update the templates</source>
        <translation>Perbarui templat</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Edit a detail</source>
        <translation>Ubah isian</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a template</source>
        <translation>Pilih templat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose platforms</source>
        <translation>Pilih platform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the output folder</source>
        <translation>Pilih folder hasil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the export options</source>
        <translation>Ubah pilihan ekspor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add photos or videos</source>
        <translation>Tambah foto atau video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove photos or videos</source>
        <translation>Hapus foto atau video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the focal point</source>
        <translation>Atur titik fokus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trim the clip</source>
        <translation>Potong klip</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the video&apos;s cover</source>
        <translation>Pilih sampul video</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave out of the export</source>
        <translation>Lewati saat ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back in the export</source>
        <translation>Sertakan lagi saat ekspor</translation>
    </message>
</context>
<context>
    <name>EventVersionsBar</name>
    <message>
        <location filename="../library/event_versions.py" line="+55"/>
        <source>Update this event</source>
        <translation>Perbarui kegiatan ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This event uses version %2 of this template; version %3 is available.</source>
        <translation>Kegiatan ini memakai versi %2 templat ini; versi %3 sudah tersedia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %2, which this event was made with, is no longer on this computer; version %3 is used.</source>
        <translation>Versi %2 yang dipakai saat kegiatan ini dibuat tidak ada lagi di komputer ini; dipakai versi %3.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../production/export_panel.py" line="+237"/>
        <source>Fill in the required details first: %1</source>
        <translation>Lengkapi dulu isian wajib: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one platform.</source>
        <translation>Pilih paling sedikit satu platform.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export not started: add photos or videos, or choose to export without a photo.</source>
        <translation>Ekspor belum dimulai: tambahkan foto atau video, atau pilih ekspor tanpa foto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopping after the current file…</source>
        <translation>Berhenti setelah berkas yang sedang dibuat…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1% done</source>
        <translation>%1% selesai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>sisa sekitar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n file(s) were finished before that.</source>
        <translation>
            <numerusform>%n berkas sudah selesai sebelumnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) written; some could not be made:</source>
        <translation>
            <numerusform>%n berkas dibuat; ada yang tidak dapat dibuat:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Done: %n file(s) written.</source>
        <translation>
            <numerusform>Selesai: %n berkas dibuat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) were already done by an earlier export and were kept.</source>
        <translation>
            <numerusform>%n berkas sudah dibuat oleh ekspor sebelumnya dan dibiarkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export cancelled. Nothing half-written was left; export again to finish the rest.</source>
        <translation>Ekspor dibatalkan. Tidak ada berkas setengah jadi; ekspor lagi untuk menyelesaikan sisanya.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export not started: choose an output folder for this event.</source>
        <translation>Ekspor belum dimulai: pilih folder hasil untuk kegiatan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export not started: the folder holds another event&apos;s files.</source>
        <translation>Ekspor belum dimulai: folder ini berisi berkas kegiatan lain.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No file can be made: no photo or video can be used.</source>
        <translation>Tidak ada berkas yang bisa dibuat: tidak ada foto atau video yang bisa dipakai.</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n recap video(s) will be made</source>
        <translation>
            <numerusform>%n video rekap akan dibuat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2, one per platform</source>
        <translation>%1 dari %2, satu per platform</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n file(s) will be made</source>
        <translation>
            <numerusform>%n berkas akan dibuat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <location line="+23"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n platform(s)</source>
        <translation>
            <numerusform>%n platform</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platforms</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder</source>
        <translation>Folder hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace existing files</source>
        <translation>Timpa berkas yang sudah ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also save the captions as text files</source>
        <translation>Simpan juga keterangan sebagai berkas teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video intro and outro:</source>
        <translation>Pembuka dan penutup video:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the platform suits</source>
        <translation>Sesuai platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, whole</source>
        <translation>Selalu, utuh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Tanpa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The brand kit&apos;s opening and closing clips around every video. As the platform suits: short on Reels, TikTok and Shorts, none on Stories and WhatsApp status, whole elsewhere.</source>
        <translation>Klip pembuka dan penutup dari kit merek di awal dan akhir setiap video. Sesuai platform: singkat di Reels, TikTok, dan Shorts; tanpa di Story dan status WhatsApp; utuh di platform lain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recap video: all photos in one video</source>
        <translation>Video rekap: semua foto dalam satu video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One vertical video per platform from the event&apos;s photos and short clips, with the brand intro, outro and title</source>
        <translation>Satu video vertikal per platform dari foto dan klip pendek kegiatan, dengan pembuka, penutup, dan judul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length:</source>
        <translation>Durasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> detik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music from the brand kit</source>
        <translation>Musik dari kit merek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all</source>
        <translation>Ekspor semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make every file (Ctrl+E)</source>
        <translation>Buat semua berkas (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../production/field_form.py" line="+168"/>
        <source>set by the designer</source>
        <translation>ditetapkan desainer</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>e.g. 19.30</source>
        <translation>mis. 19.30</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Not a time: type it like 19.30</source>
        <translation>Bukan jam: tulis seperti 19.30</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too long: %1 characters; this field takes at most %2. Shorten it.</source>
        <translation>Terlalu panjang: %1 karakter; isian ini paling banyak %2. Persingkat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added: that would make %1 characters; this field takes at most %2. Shorten the text first.</source>
        <translation>Tidak dimasukkan: teksnya menjadi %1 karakter, padahal isian ini paling banyak %2. Persingkat dulu teksnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required: please fill this in.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Event details</source>
        <translation>Rincian kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* required</source>
        <translation>* wajib diisi</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../help.py" line="+188"/>
        <source>User guide — Studio Konten Cimahi</source>
        <translation>Panduan pengguna — Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Studio Konten Cimahi</source>
        <translation>Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="+81"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Untitled event</source>
        <translation>Kegiatan tanpa judul</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../calendar/screen.py" line="-138"/>
        <source>National holiday</source>
        <translation>Libur nasional</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collective leave</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commemorative day (greeting)</source>
        <translation>Hari peringatan (ucapan)</translation>
    </message>
</context>
<context>
    <name>LibraryBadges</name>
    <message>
        <location filename="../library/badges.py" line="+25"/>
        <source>Official</source>
        <translation>Resmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not official</source>
        <translation>Tidak resmi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Official: comes with the app (version %1).</source>
        <translation>Resmi: bawaan aplikasi (versi %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official: from the shared library, version %1, signed by %2.</source>
        <translation>Resmi: dari pustaka bersama, versi %1, ditandatangani %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Official: signed by %1 (installed on this computer).</source>
        <translation>Resmi: ditandatangani %1 (dipasang di komputer ini).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not official: made or imported on this computer, not signed by a trusted designer.</source>
        <translation>Tidak resmi: dibuat atau diimpor di komputer ini, tidak ditandatangani desainer tepercaya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used instead of the official template with the same id, as chosen; the official one stays available.</source>
        <translation>Dipakai menggantikan templat resmi dengan id yang sama, sesuai pilihan Anda; templat resmi tetap tersedia.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../library/library_dialog.py" line="+113"/>
        <source>Brand kit</source>
        <translation>Kit merek</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Updates</source>
        <translation>Pembaruan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update all</source>
        <translation>Perbarui semua</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n update(s) are ready. Events you already made keep their versions until you update them.</source>
        <translation>
            <numerusform>%n pembaruan siap. Kegiatan yang sudah dibuat tetap memakai versinya sampai Anda memperbaruinya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 in %3 is older than version %4 in use; it was ignored.</source>
        <translation>%1 %2 di %3 lebih lama daripada versi %4 yang dipakai; diabaikan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In use from the shared library</source>
        <translation>Dipakai dari pustaka bersama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing from the shared library yet.</source>
        <translation>Belum ada apa pun dari pustaka bersama.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: version %2 → %3</source>
        <translation>%1: versi %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no change notes)</source>
        <translation>(tanpa catatan perubahan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust list</source>
        <translation>Daftar kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 version %2 was refused.</source>
        <translation>%1 versi %2 ditolak.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — version %2, signed by %3</source>
        <translation>%1 — versi %2, ditandatangani %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to %1</source>
        <translation>Kembali ke %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use version %1 again; version %2 stays on this computer.</source>
        <translation>Pakai lagi versi %1; versi %2 tetap tersimpan di komputer ini.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No library folder is set. Add one in Settings.</source>
        <translation>Belum ada folder pustaka. Tambahkan di Pengaturan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the shared library…</source>
        <translation>Membaca pustaka bersama…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No library folder can be reached (checked %1). The app works from its local copy.</source>
        <translation>Tidak ada folder pustaka yang terjangkau (diperiksa %1). Aplikasi bekerja dari salinan lokal.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s); last read %1.</source>
        <translation>
            <numerusform>%n folder; terakhir dibaca %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going back…</source>
        <translation>Mengembalikan versi…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 now uses version %2.</source>
        <translation>%1 sekarang memakai versi %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Shared library</source>
        <translation>Pustaka bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for updates</source>
        <translation>Periksa pembaruan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library folders…</source>
        <translation>Folder pustaka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="+96"/>
        <source>%n template(s) could not be loaded</source>
        <translation>
            <numerusform>%n templat tidak dapat dimuat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Clear the list</source>
        <translation>Kosongkan daftar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sample event</source>
        <translation>Kegiatan contoh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open event</source>
        <translation>Buka kegiatan</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n photo(s) or video(s) of this event are missing</source>
        <translation>
            <numerusform>%n foto atau video kegiatan ini hilang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) were found in a new place</source>
        <translation>
            <numerusform>%n berkas ditemukan di tempat baru</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save event</source>
        <translation>Simpan kegiatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Studio Konten Cimahi</source>
        <translation>Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event</source>
        <translation>Kegiatan &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open event…</source>
        <translation>&amp;Buka kegiatan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try with the &amp;sample</source>
        <translation>Coba dengan &amp;contoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Simpan &amp;sebagai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export all</source>
        <translation>&amp;Ekspor semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start screen</source>
        <translation>Layar awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe-area &amp;guides</source>
        <translation>Panduan &amp;area aman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Studio Konten Cimahi</source>
        <translation>&amp;Tentang Studio Konten Cimahi</translation>
    </message>
</context>
<context>
    <name>MediaListModel</name>
    <message>
        <location filename="../models.py" line="+184"/>
        <source>(no photo)</source>
        <translation>(tanpa foto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A design without a photo</source>
        <translation>Desain tanpa foto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped in the export</source>
        <translation>Dilewati saat ekspor</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../production/media_list.py" line="+179"/>
        <source>Skip in the export</source>
        <translation>Lewati saat ekspor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic focal point</source>
        <translation>Titik fokus otomatis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from the event</source>
        <translation>Hapus dari kegiatan</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n berkas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be used</source>
        <translation>
            <numerusform>%n tidak dapat dipakai</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet — drop photos or videos here</source>
        <translation>belum ada — seret foto atau video ke sini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photos &amp; videos</source>
        <translation>Foto &amp; video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or videos…</source>
        <translation>Tambah foto atau video…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drag files or a folder onto the strip</source>
        <translation>Atau seret berkas atau folder ke deretan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../calendar/grid.py" line="+329"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../library/publish_dialog.py" line="+131"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi berbeda.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key %1 made. Give the administrator the public key file:
%2
and read them the key id %1 so they know it is yours.</source>
        <translation>Kunci %1 sudah dibuat. Berikan berkas kunci publik ini kepada administrator:
%2
dan bacakan id kunci %1 agar ia yakin kunci itu milik Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New signing key</source>
        <translation>Kunci tanda tangan baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key signs what you publish, so PICs know it comes from you and was not changed. The private key stays on this computer, protected by your passphrase.</source>
        <translation>Kunci Anda menandatangani yang Anda terbitkan, sehingga PIC tahu isinya dari Anda dan tidak diubah. Kunci privat tetap di komputer ini, dilindungi frasa sandi Anda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Desainer Diskominfo - Rina</source>
        <translation>mis. Desainer Diskominfo - Rina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make key</source>
        <translation>Buat kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PlanEntryDialog</name>
    <message>
        <location filename="../calendar/entry_dialog.py" line="+208"/>
        <source>Type a title for the post.</source>
        <translation>Isi judul rencananya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a time. Type it as 19.30, or leave it empty.</source>
        <translation>“%1” bukan jam. Tulis seperti 19.30, atau kosongkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note is too long (at most %1 characters).</source>
        <translation>Catatannya terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No template is installed on this computer.</source>
        <translation>Belum ada templat yang terpasang di komputer ini.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit planned post</source>
        <translation>Ubah rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add planned post</source>
        <translation>Tambah rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ime</source>
        <translation>J&amp;am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tem&amp;plate</source>
        <translation>Tem&amp;plat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PI&amp;C</source>
        <translation>P&amp;IC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Coverage of the kelurahan Musrenbang</source>
        <translation>mis. Liputan Musrenbang Kelurahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 19.30 (may be empty)</source>
        <translation>mis. 19.30 (boleh kosong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the plan&apos;s time zone (%1). Empty: no set time.</source>
        <translation>Dalam zona waktu rencana (%1). Kosong: tanpa jam tertentu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the team, e.g. ask the school for photos</source>
        <translation>Untuk tim, mis. minta foto dari sekolah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who makes the post</source>
        <translation>Siapa yang membuat unggahannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This post is linked to the event file “%1”; it stays linked. Changes here do not change the event file.</source>
        <translation>Rencana ini terhubung ke berkas kegiatan “%1” dan tetap terhubung. Perubahan di sini tidak mengubah berkas kegiatannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (not installed on this computer)</source>
        <translation>%1 (tidak terpasang di komputer ini)</translation>
    </message>
</context>
<context>
    <name>PlatformListModel</name>
    <message>
        <location filename="../models.py" line="+209"/>
        <source>%1 pixels, caption up to %2 characters</source>
        <translation>%1 piksel, keterangan paling banyak %2 karakter</translation>
    </message>
</context>
<context>
    <name>PostModeChoice</name>
    <message>
        <location filename="../production/post_mode.py" line="+86"/>
        <source>This template makes no carousel. Choose Liputan Kegiatan, or one post per photo.</source>
        <translation>Templat ini tidak membuat carousel. Pilih Liputan Kegiatan, atau satu post per foto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the chosen platforms takes a carousel (Instagram, Facebook and LinkedIn feeds do).</source>
        <translation>Tidak ada platform terpilih yang menerima carousel (feed Instagram, Facebook dan LinkedIn menerimanya).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A carousel for %1. At most %2 pages each: more photos are split into several carousels.</source>
        <translation>Carousel untuk %1. Paling banyak %2 halaman per carousel: foto yang lebih banyak dibagi menjadi beberapa carousel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other platforms: one post per photo.</source>
        <translation>Platform lain: satu post per foto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This template makes one post per photo only.</source>
        <translation>Templat ini hanya membuat satu post per foto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Post</source>
        <translation>Unggahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One post per photo</source>
        <translation>Satu post per foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carousel — several photos in one post</source>
        <translation>Carousel — beberapa foto dalam satu unggahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cover with the title, one slide per photo and a closing page, numbered 01-sampul, 02-… in each platform&apos;s folder, with one caption</source>
        <translation>Sampul dengan judul, satu halaman per foto dan halaman penutup, bernomor 01-sampul, 02-… di folder setiap platform, dengan satu keterangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End with a closing page</source>
        <translation>Akhiri dengan halaman penutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last page names the accounts to follow (from the brand kit)</source>
        <translation>Halaman terakhir berisi akun untuk diikuti (dari kit merek)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../production/preview.py" line="+837"/>
        <source>Add photos or videos: drag them onto the strip above or click “Add photos or videos…”</source>
        <translation>Tambahkan foto atau video: seret ke deretan di atas atau klik “Tambah foto atau video…”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot be used — see the message above</source>
        <translation>Berkas ini tidak dapat dipakai — lihat pesan di atas</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+164"/>
        <source>Opening the photo…</source>
        <translation>Membuka foto…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe-area guides</source>
        <translation>Area aman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaded: covered by the platform&apos;s buttons and captions. Gold lines: what the profile grid shows.</source>
        <translation>Bagian berarsir tertutup tombol dan teks aplikasi. Garis emas: bagian yang tampil di grid profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic focus</source>
        <translation>Fokus otomatis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the focal point set by clicking</source>
        <translation>Lupakan titik fokus yang dipilih dengan klik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the photo to choose what must stay in view</source>
        <translation>Klik foto untuk memilih bagian yang harus tetap terlihat</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Click what must stay in view</source>
        <translation>Klik bagian yang harus tetap terlihat</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>This photo&apos;s slide</source>
        <translation>Slide foto ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover</source>
        <translation>Sampul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing page</source>
        <translation>Halaman penutup</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>All chosen sizes — click one to enlarge it</source>
        <translation>Semua ukuran terpilih — klik salah satu untuk memperbesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole design in the room there is</source>
        <translation>Tampilkan seluruh desain sebesar ruang yang ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the design at its real size, one pixel for each pixel of the post (scroll to move)</source>
        <translation>Tampilkan desain dalam ukuran sebenarnya, satu piksel layar untuk setiap piksel unggahan (gulir untuk bergeser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sizes</source>
        <translation>Semua ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide every chosen size beside the preview</source>
        <translation>Tampilkan atau sembunyikan semua ukuran terpilih di samping pratinjau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview at the size of this platform</source>
        <translation>Pratinjau pada ukuran platform ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which page of the carousel the feed sizes show</source>
        <translation>Halaman carousel yang ditampilkan ukuran feed</translation>
    </message>
</context>
<context>
    <name>ProductionView</name>
    <message>
        <location filename="../production/view.py" line="+121"/>
        <source>Captions</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../library/publish_dialog.py" line="-111"/>
        <source>Choose the shared library folder</source>
        <translation>Pilih folder pustaka bersama</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose your private key</source>
        <translation>Pilih kunci privat Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private keys</source>
        <translation>Kunci privat</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>This key has no passphrase</source>
        <translation>Kunci ini tanpa frasa sandi</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Signing and publishing…</source>
        <translation>Menandatangani dan menerbitkan…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published version %1, signed by %2. PICs receive it the next time their app reads the shared library.</source>
        <translation>Diterbitkan versi %1, ditandatangani %2. PIC menerimanya saat aplikasinya membaca pustaka bersama berikutnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer does not trust your key %1 yet: PICs will refuse the package until the administrator trusts it.</source>
        <translation>Komputer ini belum memercayai kunci Anda %1: PIC akan menolak paket ini sampai administrator memercayai kunci itu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>Publish to the shared library</source>
        <translation>Terbitkan ke pustaka bersama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template “%1” (%2), now version %3.</source>
        <translation>Templat “%1” (%2), sekarang versi %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The brand kit in use (%1).</source>
        <translation>Kit merek yang dipakai (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library folder</source>
        <translation>Folder pustaka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>Kunci tanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change notes</source>
        <translation>Catatan perubahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New key…</source>
        <translation>Kunci baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other file…</source>
        <translation>Berkas lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed, in a sentence PICs understand (shown with the update)</source>
        <translation>Apa yang berubah, dalam kalimat yang dipahami PIC (ditampilkan bersama pembaruan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RecentEventsModel</name>
    <message>
        <location filename="../models.py" line="+130"/>
        <source>Not found: %1</source>
        <translation>Tidak ditemukan: %1</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../calendar/reminders.py" line="+31"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in %1 days</source>
        <translation>%1 hari lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 — not made yet</source>
        <translation>%1: %2 — belum dibuat</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>… and %n more in the calendar</source>
        <translation>
            <numerusform>… dan %n lagi di kalender</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Coming up in the content calendar</source>
        <translation>Segera di kalender konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open calendar</source>
        <translation>Buka kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the reminders until tomorrow</source>
        <translation>Sembunyikan pengingat sampai besok</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="+63"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once. Templates and captions keep their own wording.</source>
        <translation>Bahasa langsung berganti. Templat dan keterangan tetap memakai kata-katanya sendiri.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../library/sources_panel.py" line="+39"/>
        <source>Choose the shared library folder</source>
        <translation>Pilih folder pustaka bersama</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Not checked yet</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachable · last read %1</source>
        <translation>Terjangkau · terakhir dibaca %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reachable — working from the local copy (checked %1)</source>
        <translation>Tidak terjangkau — bekerja dari salinan lokal (diperiksa %1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading the shared library…</source>
        <translation>Membaca pustaka bersama…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No library folder can be reached. The app works from its local copy.</source>
        <translation>Tidak ada folder pustaka yang terjangkau. Aplikasi bekerja dari salinan lokal.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n package(s) were refused: see Shared library.</source>
        <translation>
            <numerusform>%n paket ditolak: lihat Pustaka bersama.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to date.</source>
        <translation>Sudah terbaru.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shared library</source>
        <translation>Pustaka bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders the official templates and brand kit come from: a network share, a synced folder (Nextcloud, OneDrive, Google Drive) or a USB stick. The app only reads them and keeps a local copy.</source>
        <translation>Folder asal templat dan kit merek resmi: folder jaringan, folder sinkron (Nextcloud, OneDrive, Google Drive) atau flashdisk. Aplikasi hanya membacanya dan menyimpan salinan lokal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check now</source>
        <translation>Periksa sekarang</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="+178"/>
        <source>Studio Konten Cimahi</source>
        <translation>Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branded photos, videos and captions for every platform — type the event details once.</source>
        <translation>Foto, video, dan keterangan bermerek untuk setiap platform — cukup ketik rincian kegiatan sekali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New event</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from an empty event (Ctrl+N)</source>
        <translation>Mulai dari kegiatan kosong (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open event…</source>
        <translation>Buka kegiatan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a saved event file (Ctrl+O)</source>
        <translation>Buka berkas kegiatan yang tersimpan (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try with the sample</source>
        <translation>Coba dengan contoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An example event with sample photos, to see how it works</source>
        <translation>Kegiatan contoh dengan foto contoh, untuk melihat cara kerjanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent events</source>
        <translation>Kegiatan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events you save appear here.</source>
        <translation>Kegiatan yang Anda simpan akan muncul di sini.</translation>
    </message>
</context>
<context>
    <name>SupportInfo</name>
    <message>
        <location filename="../about.py" line="+28"/>
        <source>Copy support info</source>
        <translation>Salin info dukungan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Support info copied. Paste it into your message to Diskominfo; it holds no event details.</source>
        <translation>Info dukungan sudah disalin. Tempelkan ke pesan Anda untuk Diskominfo; isinya tidak memuat data kegiatan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The support info could not be gathered.</source>
        <translation>Info dukungan tidak bisa dikumpulkan.</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../production/template_gallery.py" line="+217"/>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../models.py" line="-200"/>
        <source>Version %1 · %2</source>
        <translation>Versi %1 · %2</translation>
    </message>
</context>
<context>
    <name>VideoScrubber</name>
    <message>
        <location filename="../production/video_scrubber.py" line="+203"/>
        <source>Kept: %1 – %2 (%3 s)</source>
        <translation>Dipakai: %1 – %2 (%3 dtk)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The whole clip is kept</source>
        <translation>Seluruh klip dipakai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover: automatic</source>
        <translation>Sampul: otomatis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover: %1</source>
        <translation>Sampul: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover shows the picture at %1</source>
        <translation>Sampul memakai gambar pada %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start here</source>
        <translation>Mulai di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip starts at the current moment</source>
        <translation>Klip dimulai pada saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End here</source>
        <translation>Selesai di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip ends at the current moment</source>
        <translation>Klip berakhir pada saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep all</source>
        <translation>Pakai semua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the animations&apos; timing</source>
        <translation>Tampilkan waktu animasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off: titles and logos are shown as they stand once they have come in. On: as they are at this moment of the clip (fading or sliding in).</source>
        <translation>Mati: judul dan logo tampil seperti saat sudah masuk penuh. Nyala: seperti pada saat ini di klip (sedang muncul atau bergeser masuk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use as cover</source>
        <translation>Jadikan sampul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip&apos;s cover image shows this moment</source>
        <translation>Gambar sampul klip memakai saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default cover</source>
        <translation>Sampul otomatis</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>The cover shows the event&apos;s first photo, or the clip&apos;s first good picture</source>
        <translation>Sampul memakai foto pertama kegiatan, atau gambar bagus pertama dari klip</translation>
    </message>
</context>
<context>
    <name>_LibraryMenu</name>
    <message>
        <location filename="../library/__init__.py" line="+95"/>
        <source>S&amp;hared library</source>
        <translation>&amp;Pustaka bersama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for updates</source>
        <translation>Periksa pembaruan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates and versions…</source>
        <translation>Pembaruan dan versi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library folders…</source>
        <translation>Folder pustaka…</translation>
    </message>
</context>
<context>
    <name>_LibraryStatus</name>
    <message>
        <location line="+27"/>
        <source>Shared library: reading…</source>
        <translation>Pustaka bersama: membaca…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared library: not reachable, using the local copy</source>
        <translation>Pustaka bersama: tidak terjangkau, memakai salinan lokal</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Shared library: %n update(s)</source>
        <translation>
            <numerusform>Pustaka bersama: %n pembaruan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared library: up to date</source>
        <translation>Pustaka bersama: sudah terbaru</translation>
    </message>
</context>
</TS>

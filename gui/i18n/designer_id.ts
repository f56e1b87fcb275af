<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>BrandEditorWindow</name>
    <message>
        <location filename="../designer/brand_editor.py" line="+225"/>
        <location line="+461"/>
        <source>passes</source>
        <translation>lolos</translation>
    </message>
    <message>
        <location line="-460"/>
        <location line="+461"/>
        <source>fails</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>The font file is missing or cannot be read</source>
        <translation>Berkas fon tidak ada atau tidak dapat dibaca</translation>
    </message>
    <message>
        <location line="+256"/>
        <location line="+107"/>
        <source>Brand kit — Studio Konten Cimahi</source>
        <translation>Kit merek — Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+222"/>
        <location line="+31"/>
        <source>Brand kit</source>
        <translation>Kit merek</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fonts</source>
        <translation>Fon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logos</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro and outro</source>
        <translation>Pembuka dan penutup</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the built-in kit…</source>
        <translation>Kembali ke kit merek bawaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add colour…</source>
        <translation>Tambah warna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove colour</source>
        <translation>Hapus warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast with text (4.5:1 or more passes for normal text):</source>
        <translation>Kontras dengan teks (lolos bila 4,5:1 atau lebih untuk teks biasa):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace file…</source>
        <translation>Ganti berkas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Import font (TTF/OTF)…</source>
        <translation>Impor fon (TTF/OTF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import logo…</source>
        <translation>Impor logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates use fonts by name (e.g. brand:heading). Import a TTF or OTF file with its licence; the file is copied into the kit.</source>
        <translation>Templat memakai fon lewat namanya (mis. brand:heading). Impor berkas TTF atau OTF beserta lisensinya; berkasnya disalin ke dalam kit merek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates use logos by name (e.g. brand:white). Replace a file to change the logo in every template. Use transparent PNG files, at least 1200 px wide.</source>
        <translation>Templat memakai logo lewat namanya (mis. brand:white). Ganti berkasnya untuk mengubah logo di semua templat. Gunakan PNG transparan, lebar minimal 1200 px.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clips joined before and after every video (MP4 or MOV). A template may switch them off. The music bed plays under recap reels (MP3, M4A, WAV...).</source>
        <translation>Klip yang disambung sebelum dan sesudah setiap video (MP4 atau MOV). Templat boleh mematikannya. Musik latar diputar di bawah video rekap (MP3, M4A, WAV...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intro</source>
        <translation>Pembuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outro</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Music bed</source>
        <translation>Musik latar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose music…</source>
        <translation>Pilih musik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose clip…</source>
        <translation>Pilih klip…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit in files</source>
        <translation>Kredit di berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hashtags (every caption)</source>
        <translation>Tagar (setiap keterangan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions (every caption)</source>
        <translation>Sebutan akun (setiap keterangan)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (file missing)</source>
        <translation>%1 (berkas tidak ada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The built-in brand kit. Saving keeps your version in %1 (the built-in kit is not changed).</source>
        <translation>Kit merek bawaan. Menyimpan membuat versi Anda di %1 (kit merek bawaan tidak diubah).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your brand kit, in %1.</source>
        <translation>Kit merek Anda, di %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a colour in the list</source>
        <translation>Pilih warna di daftar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>White text</source>
        <translation>Teks putih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black text</source>
        <translation>Teks hitam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Used by: %1</source>
        <translation>Dipakai oleh: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No installed template uses this colour.</source>
        <translation>Tidak ada templat terpasang yang memakai warna ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a colour; use #RRGGBB.</source>
        <translation>“%1” bukan warna; tulis sebagai #RRGGBB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change colour %1</source>
        <translation>Ubah warna %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Add colour</source>
        <translation>Tambah warna</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Name (letters, digits, _):</source>
        <translation>Nama (huruf, angka, _):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a new name of letters, digits and _.</source>
        <translation>Pilih nama baru dari huruf, angka dan _.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name in the brand kit</source>
        <translation>Nama di kit merek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates will use it as brand:&lt;name&gt;:</source>
        <translation>Templat akan memakainya sebagai brand:&lt;nama&gt;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed; these templates use it and now show a problem: %1</source>
        <translation>Dihapus; templat berikut memakainya dan kini menunjukkan masalah: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>The brand kit was not saved</source>
        <translation>Kit merek tidak tersimpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the built-in kit</source>
        <translation>Kembali ke kit merek bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop using your brand kit and use the built-in one again? Your kit is moved to the trash in the user data folder.</source>
        <translation>Berhenti memakai kit merek Anda dan kembali ke bawaan? Kit merek Anda dipindah ke tempat sampah di folder data pengguna.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the brand kit</source>
        <translation>kit merek</translation>
    </message>
</context>
<context>
    <name>BrandRoles</name>
    <message>
        <location filename="../designer/texts.py" line="+26"/>
        <source>Primary</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary, dark</source>
        <translation>Utama gelap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent</source>
        <translation>Aksen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Putih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ink</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muted</source>
        <translation>Redup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold</source>
        <translation>Tebal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semibold</source>
        <translation>Setengah tebal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main logo</source>
        <translation>Logo utama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White logo</source>
        <translation>Logo putih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark</source>
        <translation>Tanda</translation>
    </message>
</context>
<context>
    <name>ColorPicker</name>
    <message>
        <location filename="../designer/widgets.py" line="+134"/>
        <source>Other colour…</source>
        <translation>Warna lain…</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <location filename="../designer/__init__.py" line="+88"/>
        <source>The template cannot be opened</source>
        <translation>Templat tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>DesignerDialogs</name>
    <message>
        <location filename="../designer/dialogs.py" line="+56"/>
        <source>Replace?</source>
        <translation>Ganti?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template “%1” is already installed (version %2). The package has version %3.

Replace it? The installed one is kept in the trash.</source>
        <translation>Templat “%1” sudah terpasang (versi %2). Paket ini berisi versi %3.

Ganti? Yang terpasang disimpan di tempat sampah.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete template</source>
        <translation>Hapus templat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template “%1”?

It is moved to the trash and can be restored from there.</source>
        <translation>Hapus templat “%1”?

Templat dipindah ke tempat sampah dan dapat dipulihkan dari sana.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Simpan perubahan pada “%1” sebelum ditutup?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a colour</source>
        <translation>Pilih warna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import template package</source>
        <translation>Impor paket templat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Template packages</source>
        <translation>Paket templat</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export template package</source>
        <translation>Ekspor paket templat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Import a font</source>
        <translation>Impor fon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a logo</source>
        <translation>Impor logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a clip</source>
        <translation>Pilih klip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose music</source>
        <translation>Pilih musik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fonts</source>
        <translation>Fon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Official template</source>
        <translation>Templat resmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has the id of an official template. Use the imported one instead of the official one on this computer?</source>
        <translation>“%1” memakai id templat resmi. Pakai templat yang diimpor ini sebagai pengganti templat resmi di komputer ini?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The official template stays available; you can switch back at any time.</source>
        <translation>Templat resmi tetap tersedia; Anda dapat kembali kapan saja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the imported one</source>
        <translation>Pakai yang diimpor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the official one</source>
        <translation>Tetap pakai yang resmi</translation>
    </message>
</context>
<context>
    <name>DesignerTexts</name>
    <message>
        <location filename="../designer/texts.py" line="+8"/>
        <source>Base design (all aspects)</source>
        <translation>Desain dasar (semua rasio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tall 9:16</source>
        <translation>Tinggi 9:16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait 4:5</source>
        <translation>Potret 4:5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Square 1:1</source>
        <translation>Persegi 1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape 16:9</source>
        <translation>Lanskap 16:9</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo / video</source>
        <translation>Foto / video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image / logo</source>
        <translation>Gambar / logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole canvas</source>
        <translation>Seluruh kanvas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe area</source>
        <translation>Area aman</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top</source>
        <translation>Atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectangle</source>
        <translation>Persegi panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounded rectangle</source>
        <translation>Persegi sudut bulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient</source>
        <translation>Gradasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Elips</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top to bottom</source>
        <translation>Dari atas ke bawah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to top</source>
        <translation>Dari bawah ke atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to right</source>
        <translation>Dari kiri ke kanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to left</source>
        <translation>Dari kanan ke kiri</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As typed</source>
        <translation>Sesuai ketikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPPER CASE</source>
        <translation>HURUF BESAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower case</source>
        <translation>huruf kecil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Tanpa efek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade</source>
        <translation>Memudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide up</source>
        <translation>Geser ke atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide in from the right</source>
        <translation>Geser masuk dari kanan</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Fill (crop)</source>
        <translation>Penuhi (dipotong)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+4"/>
        <source>Show whole</source>
        <translation>Tampil utuh</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show whole on blurred photo</source>
        <translation>Tampil utuh di atas foto buram</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Short text</source>
        <translation>Teks pendek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Teks panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No media</source>
        <translation>Tanpa media</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layer “%1” uses the field “%2”, which the template does not have. Add the field or change the text.</source>
        <translation>Lapisan “%1” memakai isian “%2” yang tidak ada di templat. Tambahkan isiannya atau ubah teksnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1”: the text is not valid (%2).</source>
        <translation>Lapisan “%1”: teksnya tidak valid (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer “%1” uses the colour “%2”, which the brand kit does not have.</source>
        <translation>Lapisan “%1” memakai warna “%2” yang tidak ada di kit merek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1” uses the font “%2”, which the brand kit does not have.</source>
        <translation>Lapisan “%1” memakai fon “%2” yang tidak ada di kit merek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer “%1” uses the logo “%2”, which the brand kit does not have.</source>
        <translation>Lapisan “%1” memakai logo “%2” yang tidak ada di kit merek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer “%1”: “%2” is not a colour.</source>
        <translation>Lapisan “%1”: “%2” bukan warna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer “%1”: the file “%2” is missing.</source>
        <translation>Lapisan “%1”: berkas “%2” tidak ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variant %2: layer “%1” is not valid there (%3).</source>
        <translation>Varian %2: lapisan “%1” tidak valid di sana (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer “%1” lies completely outside its area.</source>
        <translation>Lapisan “%1” seluruhnya berada di luar areanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer “%1” reaches outside the safe area on %2; the app&apos;s buttons may cover it.</source>
        <translation>Lapisan “%1” keluar dari area aman di %2; tombol aplikasinya bisa menutupinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template takes a photo or video but has no photo/video layer.</source>
        <translation>Templat menerima foto atau video tetapi tidak punya lapisan foto/video.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer “%1”: the sample text does not fit and was shortened. Make the box larger or the minimum size smaller.</source>
        <translation>Lapisan “%1”: teks contoh tidak muat dan dipotong. Perbesar kotaknya atau perkecil ukuran minimumnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sample text of the field “%1” is longer than the field allows; the rest is left out.</source>
        <translation>Contoh teks isian “%1” lebih panjang dari batas isian; sisanya tidak dipakai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1” cannot be drawn yet and is left out of the preview.</source>
        <translation>Lapisan “%1” belum dapat digambar dan tidak ditampilkan di pratinjau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer “%1”: a face in the sample photo falls under the design or at the edge. Leave more of the photo visible.</source>
        <translation>Lapisan “%1”: ada wajah di foto contoh yang tertutup desain atau terpotong di tepi. Sisakan lebih banyak bagian foto yang terlihat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layer “%1”: the sample photo is small for this size and looks soft.</source>
        <translation>Lapisan “%1”: foto contoh terlalu kecil untuk ukuran ini dan tampak kabur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was left out of the recap video: it cannot be read.</source>
        <translation>“%1” tidak dimasukkan ke video rekap: tidak bisa dibaca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The brand kit has no music: the recap video has none.</source>
        <translation>Kit merek tidak punya musik: video rekap dibuat tanpa musik.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template&apos;s background colour “%1” is not usable.</source>
        <translation>Warna latar templat “%1” tidak dapat dipakai.</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../designer/field_list.py" line="+198"/>
        <source>Change field</source>
        <translation>Ubah isian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New field</source>
        <translation>Isian baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. length</source>
        <translation>Panjang maks.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Nilai bawaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Officers must fill it in</source>
        <translation>PIC wajib mengisinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officers cannot change it (the default is used)</source>
        <translation>PIC tidak dapat mengubahnya (nilai bawaan dipakai)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One choice per line</source>
        <translation>Satu pilihan per baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name in text layers, e.g. {{ judul }}. The shared keys let one event form fill every template.</source>
        <translation>Nama di lapisan teks, mis. {{ judul }}. Kunci bersama membuat satu formulir kegiatan mengisi semua templat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown greyed in the empty field</source>
        <translation>Ditampilkan samar di isian yang kosong</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The key uses lower-case letters, digits and _ and starts with a letter.</source>
        <translation>Kunci memakai huruf kecil, angka dan _ serta diawali huruf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template has a field with this key already.</source>
        <translation>Templat sudah punya isian dengan kunci ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the label officers see.</source>
        <translation>Tulis label yang dilihat PIC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A choice field needs choices.</source>
        <translation>Isian pilihan membutuhkan daftar pilihan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locked field needs a default: officers cannot fill it in.</source>
        <translation>Isian yang dikunci membutuhkan nilai bawaan: PIC tidak dapat mengisinya.</translation>
    </message>
</context>
<context>
    <name>FieldListModel</name>
    <message>
        <location line="-138"/>
        <source>required</source>
        <translation>wajib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked</source>
        <translation>dikunci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked: officers cannot change it; the default is used.</source>
        <translation>Dikunci: PIC tidak dapat mengubahnya; nilai bawaan dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officers fill this in.</source>
        <translation>PIC mengisi ini.</translation>
    </message>
</context>
<context>
    <name>FieldListPanel</name>
    <message>
        <location line="+187"/>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What officers fill in, in this order. Use a field in a text layer as {{ key }}.</source>
        <translation>Yang diisi PIC, dengan urutan ini. Pakai isian di lapisan teks sebagai {{ kunci }}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add field</source>
        <translation>Tambah isian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change field</source>
        <translation>Ubah isian</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove field</source>
        <translation>Hapus isian</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reorder fields</source>
        <translation>Ubah urutan isian</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../designer/layer_list.py" line="+131"/>
        <source>Rename layer</source>
        <translation>Ganti nama lapisan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide layer</source>
        <translation>Tampilkan atau sembunyikan lapisan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock or unlock layer</source>
        <translation>Kunci atau buka kunci lapisan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reorder layers</source>
        <translation>Ubah urutan lapisan</translation>
    </message>
</context>
<context>
    <name>LayerListPanel</name>
    <message>
        <location line="+145"/>
        <source>Top layer first. Drag to reorder; the eye hides a layer in the output, the lock stops officers from changing it.</source>
        <translation>Lapisan teratas di atas. Seret untuk mengubah urutan; ikon mata menyembunyikan lapisan di hasil, ikon gembok mencegah PIC mengubahnya.</translation>
    </message>
</context>
<context>
    <name>PreviewStripModel</name>
    <message>
        <location filename="../designer/preview_strip.py" line="+54"/>
        <source>This size cannot be drawn: %1</source>
        <translation>Ukuran ini tidak dapat digambar: %1</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../designer/properties.py" line="+616"/>
        <source>Shown in the output</source>
        <translation>Tampil di hasil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officers cannot change it</source>
        <translation>PIC tidak dapat mengubahnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soft shadow under the text</source>
        <translation>Bayangan lembut di bawah teks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>ke</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed in</source>
        <translation>Diletakkan di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>Kepekatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visible</source>
        <translation>Terlihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focal point</source>
        <translation>Titik fokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alignment</source>
        <translation>Perataan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical</source>
        <translation>Vertikal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Gradient</source>
        <translation>Gradasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corners</source>
        <translation>Sudut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Font</source>
        <translation>Fon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (min–max)</source>
        <translation>Ukuran (min–maks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max. lines</source>
        <translation>Baris maks.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line spacing</source>
        <translation>Jarak baris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters</source>
        <translation>Huruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shadow</source>
        <translation>Bayangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video timing</source>
        <translation>Waktu di video</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No layer selected</source>
        <translation>Belum ada lapisan dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a layer on the canvas or in the layer list to see its settings.</source>
        <translation>Klik lapisan di kanvas atau di daftar lapisan untuk melihat pengaturannya.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Editing the base design: changes apply to every aspect that does not override them.</source>
        <translation>Mengedit desain dasar: perubahan berlaku untuk semua rasio yang tidak mengubahnya sendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editing the variant for this aspect. Bold settings differ from the base design; ↺ resets one.</source>
        <translation>Mengedit varian untuk rasio ini. Pengaturan bercetak tebal berbeda dari desain dasar; ↺ mengembalikannya.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Overridden in this aspect</source>
        <translation>Diubah khusus untuk rasio ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same for every aspect</source>
        <translation>Sama untuk semua rasio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to the base design</source>
        <translation>Kembali ke desain dasar</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <location filename="../designer/dialogs.py" line="-163"/>
        <source>Hu&amp;e:</source>
        <translation>&amp;Rona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sat:</source>
        <translation>&amp;Saturasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Val:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Red:</source>
        <translation>&amp;Merah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Green:</source>
        <translation>&amp;Hijau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bl&amp;ue:</source>
        <translation>Bir&amp;u:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;lpha channel:</source>
        <translation>&amp;Transparansi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basic colors</source>
        <translation>Warna &amp;dasar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Custom colors</source>
        <translation>Warna &amp;kustom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Tambah ke Warna Kustom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Ambil Warna Layar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select Color</source>
        <translation>Pilih Warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Kursor di %1, %2
Tekan ESC untuk batal</translation>
    </message>
</context>
<context>
    <name>SaveNewDialog</name>
    <message>
        <location filename="../designer/template_info.py" line="+191"/>
        <source>Save new template</source>
        <translation>Simpan templat baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The id names the template&apos;s folder and package; it cannot change later (duplicate the template for a new id).</source>
        <translation>Id menjadi nama folder dan paket templat; tidak dapat diubah nanti (duplikat templat untuk id baru).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the template a name.</source>
        <translation>Beri nama templat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The id uses lower-case letters, digits and -.</source>
        <translation>Id memakai huruf kecil, angka dan -.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A template with this id exists already.</source>
        <translation>Sudah ada templat dengan id ini.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorWindow</name>
    <message>
        <location filename="../designer/editor_window.py" line="+300"/>
        <location line="+521"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="-521"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo / video layer</source>
        <translation>Lapisan foto / video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape (band)</source>
        <translation>Bentuk (pita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image / logo</source>
        <translation>Gambar / logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+457"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="-456"/>
        <location line="+470"/>
        <source>Remove layer</source>
        <translation>Hapus lapisan</translation>
    </message>
    <message>
        <location line="-470"/>
        <location line="+476"/>
        <source>Duplicate layer</source>
        <translation>Duplikat lapisan</translation>
    </message>
    <message>
        <location line="-475"/>
        <location line="+7"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Template details…</source>
        <translation>Detail templat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand kit…</source>
        <translation>Kit merek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+458"/>
        <source>Add layer</source>
        <translation>Tambah lapisan</translation>
    </message>
    <message>
        <location line="-449"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the layer up (in front)</source>
        <translation>Naikkan lapisan (ke depan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the layer down (behind)</source>
        <translation>Turunkan lapisan (ke belakang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layer</source>
        <translation>&amp;Lapisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template</source>
        <translation>&amp;Templat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Size: </source>
        <translation>  Ukuran: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Edit: </source>
        <translation>  Sunting: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample text</source>
        <translation>Teks contoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every platform</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1[*] — Template editor</source>
        <translation>%1[*] — Editor templat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base design: these settings apply to every size unless an aspect variant changes them. The canvas shows the base design without variants.</source>
        <translation>Desain dasar: pengaturan ini berlaku untuk semua ukuran kecuali diubah oleh varian rasio. Kanvas menampilkan desain dasar tanpa varian.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant “%1”: changes apply only to this aspect. Changed settings are bold in the panel; ↺ takes a setting back to the base design.</source>
        <translation>Varian “%1”: perubahan hanya berlaku untuk rasio ini. Pengaturan yang diubah bercetak tebal di panel; ↺ mengembalikannya ke desain dasar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a built-in template: saving keeps your version in your templates, in place of the built-in one.</source>
        <translation>Ini templat bawaan: menyimpan membuat versi Anda di templat Anda, menggantikan yang bawaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo: %1</source>
        <translation>Urungkan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo</source>
        <translation>Tidak ada yang dapat diurungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo: %1</source>
        <translation>Ulangi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo</source>
        <translation>Tidak ada yang dapat diulangi</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Try long or short texts here: they are only used in the previews.</source>
        <translation>Coba teks panjang atau pendek di sini: hanya dipakai untuk pratinjau.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Problems: none ✔</source>
        <translation>Masalah: tidak ada ✔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems: %1 error(s), %2 warning(s)</source>
        <translation>Masalah: %1 galat, %2 peringatan</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The preview could not be made: %1</source>
        <translation>Pratinjau tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Move layer</source>
        <translation>Geser lapisan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move or resize layer</source>
        <translation>Geser atau ubah ukuran lapisan</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Reset to the base design</source>
        <translation>Kembalikan ke desain dasar</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Change %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change image</source>
        <translation>Ganti gambar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Photo / video</source>
        <translation>Foto / video</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Band</source>
        <translation>Pita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New text</source>
        <translation>Teks baru</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reorder layers</source>
        <translation>Ubah urutan lapisan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change template details</source>
        <translation>Ubah detail templat</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name the template</source>
        <translation>Beri nama templat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template was not saved</source>
        <translation>Templat tidak tersimpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export package</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package written: %1</source>
        <translation>Paket tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>TemplateInfoDialog</name>
    <message>
        <location filename="../designer/template_info.py" line="-115"/>
        <source>Template details</source>
        <translation>Detail templat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Pembuat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aspects</source>
        <translation>Rasio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Latar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intro clip</source>
        <translation>Klip pembuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outro clip</source>
        <translation>Klip penutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most </source>
        <translation>paling lama </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any length</source>
        <translation>durasi bebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption template id (optional)</source>
        <translation>id templat keterangan (opsional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise it when you change a shared template, e.g. 1.0.0 → 1.1.0: importing asks before replacing an installed version.</source>
        <translation>Naikkan bila Anda mengubah templat yang sudah dibagikan, mis. 1.0.0 → 1.1.0: saat impor, aplikasi bertanya sebelum mengganti versi yang terpasang.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the template a name.</source>
        <translation>Beri nama templat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the version as numbers, e.g. 1.0.0.</source>
        <translation>Tulis versi sebagai angka, mis. 1.0.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one aspect.</source>
        <translation>Pilih minimal satu rasio.</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryWindow</name>
    <message>
        <location filename="../designer/library_window.py" line="+333"/>
        <source>New template</source>
        <translation>Templat baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import package…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export package…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from trash…</source>
        <translation>Pulihkan dari tempat sampah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish to the shared library…</source>
        <translation>Terbitkan ke pustaka bersama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand kit…</source>
        <translation>Kit merek…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates — Studio Konten Cimahi</source>
        <translation>Templat — Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, id or author</source>
        <translation>Cari nama, id atau pembuat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 templates: %2 official, %3 yours. Your templates are in %4.</source>
        <translation>%1 templat: %2 resmi, %3 milik Anda. Templat Anda ada di %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These template folders cannot be used:</source>
        <translation>Folder templat berikut tidak dapat dipakai:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built-in templates cannot be deleted; duplicate them instead.</source>
        <translation>Templat bawaan tidak dapat dihapus; duplikat saja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the trash</source>
        <translation>Pindahkan ke tempat sampah</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+14"/>
        <source>Duplicate template</source>
        <translation>Duplikat templat</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Name of the copy:</source>
        <translation>Nama salinan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied as “%1”.</source>
        <translation>Disalin sebagai “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete template</source>
        <translation>Hapus templat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was moved to the trash. Restore from trash brings it back.</source>
        <translation>“%1” dipindah ke tempat sampah. “Pulihkan dari tempat sampah” mengembalikannya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Restore from trash</source>
        <translation>Pulihkan dari tempat sampah</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Template to restore:</source>
        <translation>Templat yang dipulihkan:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported “%1” version %2.</source>
        <translation>“%1” versi %2 berhasil diimpor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled; the installed template was kept.</source>
        <translation>Impor dibatalkan; templat yang terpasang tetap dipakai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import package</source>
        <translation>Impor paket</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export package</source>
        <translation>Ekspor paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package written: %1</source>
        <translation>Paket tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>_AnimationEditor</name>
    <message>
        <location filename="../designer/properties.py" line="-286"/>
        <source>Show only part of a video</source>
        <translation>Tampil hanya sebagian video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect</source>
        <translation>Efek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect length</source>
        <translation>Lama efek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end</source>
        <translation>akhir</translation>
    </message>
</context>
<context>
    <name>_BoxEditor</name>
    <message>
        <location line="-298"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H</source>
        <translation>T</translation>
    </message>
</context>
<context>
    <name>_ChipEditor</name>
    <message>
        <location line="+228"/>
        <source>Chip behind the text</source>
        <translation>Label latar di belakang teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Padding</source>
        <translation>Jarak tepi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corners</source>
        <translation>Sudut</translation>
    </message>
</context>
<context>
    <name>_DesignerMenu</name>
    <message>
        <location filename="../designer/__init__.py" line="+43"/>
        <source>&amp;Designer</source>
        <translation>&amp;Desainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates…</source>
        <translation>Templat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New template…</source>
        <translation>Templat baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand kit…</source>
        <translation>Kit merek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the brand kit to the shared library…</source>
        <translation>Terbitkan kit merek ke pustaka bersama…</translation>
    </message>
</context>
<context>
    <name>_ExpressionEditor</name>
    <message>
        <location filename="../designer/properties.py" line="-70"/>
        <source>Insert field</source>
        <translation>Sisipkan isian</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The template has no fields yet</source>
        <translation>Templat belum punya isian</translation>
    </message>
</context>
<context>
    <name>_FocusEditor</name>
    <message>
        <location line="+187"/>
        <source>Centre</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the sample photo&apos;s subject is; drag the cross on the canvas. Officers choose it for each photo.</source>
        <translation>Letak subjek foto contoh; seret tanda silang di kanvas. PIC memilihnya untuk setiap foto.</translation>
    </message>
</context>
<context>
    <name>_SourceEditor</name>
    <message>
        <location line="-254"/>
        <source>File…</source>
        <translation>Berkas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an image file (it is copied into the template)</source>
        <translation>Pakai berkas gambar (disalin ke dalam templat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brand logo: %1</source>
        <translation>Logo brand: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="+29"/>
        <source>About Studio Konten Cimahi</source>
        <translation>Tentang Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Studio Konten Cimahi</source>
        <translation>Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branded photos, videos and captions for the social-media officers of the Cimahi city government. Works offline.</source>
        <translation>Foto, video, dan keterangan bermerek untuk para PIC media sosial Pemerintah Kota Cimahi. Bekerja tanpa internet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MIT licence</source>
        <translation>Lisensi MIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>SIL Open Font Licence 1.1 — &lt;a href=&apos;%1&apos;&gt;licence text&lt;/a&gt;</source>
        <translation>SIL Open Font Licence 1.1 — &lt;a href=&apos;%1&apos;&gt;teks lisensi&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LGPL/GPL build of FFmpeg, shipped unchanged as a separate program</source>
        <translation>FFmpeg versi LGPL/GPL, disertakan tanpa diubah sebagai program terpisah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LGPLv3</source>
        <translation>LGPLv3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open-source licences (MIT, BSD, HPND)</source>
        <translation>lisensi sumber terbuka (MIT, BSD, HPND)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The logos in this build are stand-ins, not the official emblem of Kota Cimahi.</source>
        <translation>Logo dalam versi ini adalah pengganti sementara, bukan lambang resmi Kota Cimahi.</translation>
    </message>
</context>
<context>
    <name>CaptionCard</name>
    <message>
        <location filename="../production/caption_panel.py" line="+115"/>
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
        <location line="+25"/>
        <source>Captions are made from the event details for each chosen platform. Copy one and paste it when you post.</source>
        <translation>Keterangan dibuat dari rincian kegiatan untuk setiap platform yang dipilih. Salin lalu tempel saat mengunggah.</translation>
    </message>
</context>
<context>
    <name>CaptionWarnings</name>
    <message>
        <location line="-218"/>
        <source>Too long (%1/%2): left out %3.</source>
        <translation>Terlalu panjang (%1/%2): bagian %3 tidak dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was shortened to fit %2 characters.</source>
        <translation>Bagian “%1” dipendekkan agar muat dalam %2 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” was left out: it does not fit in %2 characters.</source>
        <translation>Bagian “%1” tidak dipakai: tidak muat dalam %2 karakter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortened to fit %1 characters.</source>
        <translation>Dipendekkan agar muat dalam %1 karakter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 allows %2 hashtag(s): left out %3.</source>
        <translation>%1 hanya membolehkan %2 tagar: %3 tidak dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This caption keeps %1 hashtag(s) on %2: left out %3.</source>
        <translation>Keterangan ini memakai %1 tagar di %2: %3 tidak dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hashtags in the text; %2 allows %3.</source>
        <translation>Ada %1 tagar di teks; %2 hanya membolehkan %3.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dialogs.py" line="+29"/>
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
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="-33"/>
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
        <translation>Simpan hasil kegiatan ini di foldernya sendiri, “%1”, di dalamnya?</translation>
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
        <location line="+21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../error_messages.py" line="+48"/>
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
        <location line="+3"/>
        <location line="+32"/>
        <source>The file was not found.</source>
        <translation>Berkas tidak ditemukan.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <location line="+123"/>
        <source>It may have been moved or deleted. Add it again.</source>
        <translation>Mungkin sudah dipindah atau dihapus. Tambahkan lagi.</translation>
    </message>
    <message>
        <location line="-152"/>
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
        <location line="+3"/>
        <source>The file is incomplete.</source>
        <translation>Berkas tidak lengkap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+147"/>
        <source>Copy the file again from the camera or phone.</source>
        <translation>Salin lagi berkas dari kamera atau ponsel.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The video tool (ffmpeg) is missing.</source>
        <translation>Alat video (ffmpeg) tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>Reinstall Studio Konten Cimahi.</source>
        <translation>Pasang ulang Studio Konten Cimahi.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The video file was not found.</source>
        <translation>Berkas video tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>This video cannot be read.</source>
        <translation>Video ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Check that the file is a video and not damaged.</source>
        <translation>Pastikan berkas ini video dan tidak rusak.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
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
        <location line="-66"/>
        <location line="+69"/>
        <source>The video could not be made.</source>
        <translation>Video tidak dapat dibuat.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>Try again; if it fails again, report it.</source>
        <translation>Coba lagi; jika gagal lagi, laporkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name already exists.</source>
        <translation>Sudah ada berkas dengan nama ini.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Cannot write in this folder.</source>
        <translation>Tidak dapat menulis di folder ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another output folder.</source>
        <translation>Pilih folder hasil yang lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>The file could not be written.</source>
        <translation>Berkas tidak dapat ditulis.</translation>
    </message>
    <message>
        <location line="-113"/>
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
        <location line="+1"/>
        <source>Use {platform}, {name}, {template}, {index}, {judul}, {tanggal}.</source>
        <translation>Gunakan {platform}, {name}, {template}, {index}, {judul}, {tanggal}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is too long for its place in the design.</source>
        <translation>Teks terlalu panjang untuk tempatnya di desain.</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+111"/>
        <source>Shorten the text.</source>
        <translation>Pendekkan teksnya.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>This is a folder or a special file, not a photo.</source>
        <translation>Ini folder atau berkas khusus, bukan foto.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>The photo is damaged.</source>
        <translation>Foto ini rusak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a photo.</source>
        <translation>Berkas ini bukan foto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you chose the right file.</source>
        <translation>Pastikan Anda memilih berkas yang benar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This photo made the image tool stop.</source>
        <translation>Foto ini membuat pengolah gambar berhenti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the photo again in another program, then retry.</source>
        <translation>Simpan ulang foto dengan program lain, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The written file could not be checked.</source>
        <translation>Berkas yang ditulis tidak dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk, then export again.</source>
        <translation>Periksa disk, lalu ekspor lagi.</translation>
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
        <location line="+3"/>
        <location line="+82"/>
        <source>This template is not made for videos.</source>
        <translation>Templat ini tidak dibuat untuk video.</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Choose a template for videos, or use photos.</source>
        <translation>Pilih templat untuk video, atau gunakan foto.</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+3"/>
        <source>There is not enough memory.</source>
        <translation>Memori tidak cukup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close other programs and export again.</source>
        <translation>Tutup program lain lalu ekspor lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>The output would replace its own original.</source>
        <translation>Hasil ekspor akan menimpa berkas aslinya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another output folder or file-name pattern.</source>
        <translation>Pilih folder hasil atau pola nama berkas lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file or folder name is too long.</source>
        <translation>Nama berkas atau folder terlalu panjang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a shorter file-name pattern or shorter details.</source>
        <translation>Pakai pola nama berkas atau isian yang lebih pendek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The design is too complex to draw.</source>
        <translation>Desainnya terlalu rumit untuk digambar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to simplify the template.</source>
        <translation>Minta desainer menyederhanakan templatnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A font of the brand kit is not a valid font file.</source>
        <translation>Salah satu fon di kit merek bukan berkas fon yang sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to replace the font.</source>
        <translation>Minta desainer mengganti fonnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be read or written.</source>
        <translation>Sebuah berkas tidak bisa dibaca atau ditulis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the disk and the file, then try again.</source>
        <translation>Periksa disk dan berkasnya, lalu coba lagi.</translation>
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
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Check the date and time.</source>
        <translation>Periksa tanggal dan waktunya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip&apos;s start and end do not fit the video.</source>
        <translation>Awal dan akhir klip tidak sesuai dengan videonya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the start and end again.</source>
        <translation>Atur lagi awal dan akhirnya.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+7"/>
        <source>The clip is longer than the platform allows.</source>
        <translation>Klip lebih panjang dari batas platform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set an earlier end for the clip.</source>
        <translation>Atur akhir klip lebih awal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clip is too long to stay under the platform&apos;s file size.</source>
        <translation>Klip terlalu panjang untuk batas ukuran berkas platform.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Keep a shorter part of the clip.</source>
        <translation>Pakai bagian klip yang lebih pendek.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The video file is larger than the platform allows.</source>
        <translation>Ukuran berkas video melebihi batas platform.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The brand&apos;s intro or outro clip cannot be used.</source>
        <translation>Klip pembuka atau penutup merek tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to check the brand kit.</source>
        <translation>Minta desainer memeriksa kit merek.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The template “{template}” is not installed.</source>
        <translation>Templat “{template}” tidak terpasang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another template.</source>
        <translation>Pilih templat lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template is not valid ({where}).</source>
        <translation>Templat tidak sah ({where}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>Ask the designer to fix the template.</source>
        <translation>Minta desainer memperbaiki templat.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The template uses a field it does not define.</source>
        <translation>Templat memakai isian yang tidak didefinisikannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder holds no template.</source>
        <translation>Folder ini tidak berisi templat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file of the template is missing.</source>
        <translation>Ada berkas templat yang hilang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The brand kit was not found.</source>
        <translation>Kit merek tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file of the brand kit is missing.</source>
        <translation>Ada berkas kit merek yang hilang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the file back or ask the designer.</source>
        <translation>Kembalikan berkasnya atau hubungi desainer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event file was not found.</source>
        <translation>Berkas kegiatan tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been moved or deleted.</source>
        <translation>Mungkin sudah dipindah atau dihapus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event file is not valid.</source>
        <translation>Berkas kegiatan tidak sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Fix it in a text editor or create the event again.</source>
        <translation>Perbaiki dengan editor teks atau buat ulang kegiatannya.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The event file is damaged.</source>
        <translation>Berkas kegiatan rusak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event file is not text.</source>
        <translation>Berkas kegiatan bukan teks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event was made by a newer version of the app.</source>
        <translation>Kegiatan ini dibuat dengan versi aplikasi yang lebih baru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update Studio Konten Cimahi to open it.</source>
        <translation>Perbarui Studio Konten Cimahi untuk membukanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event file is too large.</source>
        <translation>Berkas kegiatan terlalu besar.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>The previous file was kept. Please report this.</source>
        <translation>Berkas sebelumnya tetap utuh. Mohon laporkan hal ini.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>The caption template “{caption}” is not installed.</source>
        <translation>Templat keterangan “{caption}” tidak terpasang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The caption template is not valid.</source>
        <translation>Templat keterangan tidak sah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the designer to fix it.</source>
        <translation>Minta desainer memperbaikinya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caption took too long to make.</source>
        <translation>Pembuatan keterangan terlalu lama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected went wrong.</source>
        <translation>Terjadi masalah yang tidak terduga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it happens again, report it with the details.</source>
        <translation>Coba lagi; jika terjadi lagi, laporkan beserta rinciannya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The carousel could not be made.</source>
        <translation>Carousel gagal dibuat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This photo or video cannot be used.</source>
        <translation>Foto atau video ini tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a problem with this video.</source>
        <translation>Ada masalah dengan video ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The design could not be made.</source>
        <translation>Desain tidak dapat dibuat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a problem with the template.</source>
        <translation>Ada masalah dengan templat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The template package cannot be used.</source>
        <translation>Paket templat tidak dapat dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a problem with the brand kit.</source>
        <translation>Ada masalah dengan kit merek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a problem with the event file.</source>
        <translation>Ada masalah dengan berkas kegiatan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caption could not be made.</source>
        <translation>Keterangan tidak dapat dibuat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export had a problem.</source>
        <translation>Ekspor mengalami masalah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a problem with the platform list.</source>
        <translation>Ada masalah dengan daftar platform.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The text is too long for its place and was shortened.</source>
        <translation>Teks terlalu panjang untuk tempatnya dan dipendekkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design has a warning ({code}).</source>
        <translation>Desain memiliki peringatan ({code}).</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../production/export_panel.py" line="+172"/>
        <source>Fill in the required details first: %1</source>
        <translation>Lengkapi dulu isian wajib: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one platform.</source>
        <translation>Pilih paling sedikit satu platform.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+10"/>
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
        <location line="+11"/>
        <source>Export cancelled. Nothing half-written was left; export again to finish the rest.</source>
        <translation>Ekspor dibatalkan. Tidak ada berkas setengah jadi; ekspor lagi untuk menyelesaikan sisanya.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export not started: choose an output folder for this event.</source>
        <translation>Ekspor belum dimulai: pilih folder hasil untuk kegiatan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export not started: the folder holds another event&apos;s files.</source>
        <translation>Ekspor belum dimulai: folder ini berisi berkas kegiatan lain.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n file(s) will be made</source>
        <translation>
            <numerusform>%n berkas akan dibuat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../production/field_form.py" line="+148"/>
        <source>set by the designer</source>
        <translation>ditetapkan desainer</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location line="+148"/>
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
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="+79"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled event</source>
        <translation>Kegiatan tanpa judul</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="+80"/>
        <source>%n template(s) could not be loaded</source>
        <translation>
            <numerusform>%n templat tidak dapat dimuat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+111"/>
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
        <location line="+29"/>
        <source>Studio Konten Cimahi</source>
        <translation>Studio Konten Cimahi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../models.py" line="+179"/>
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
        <location filename="../production/media_list.py" line="+175"/>
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
    <name>PlatformListModel</name>
    <message>
        <location filename="../models.py" line="+174"/>
        <source>%1 pixels, caption up to %2 characters</source>
        <translation>%1 piksel, keterangan paling banyak %2 karakter</translation>
    </message>
</context>
<context>
    <name>PostModeChoice</name>
    <message>
        <location filename="../production/post_mode.py" line="+97"/>
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
        <source>End with a closing page (accounts to follow)</source>
        <translation>Akhiri dengan halaman penutup (akun untuk diikuti)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../production/preview.py" line="+614"/>
        <source>Add photos or videos: drag them onto the strip above or click “Add photos or videos…”</source>
        <translation>Tambahkan foto atau video: seret ke deretan di atas atau klik “Tambah foto atau video…”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot be used — see the message above</source>
        <translation>Berkas ini tidak dapat dipakai — lihat pesan di atas</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+137"/>
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
        <location line="+1"/>
        <source>Click the photo to choose what must stay in view</source>
        <translation>Klik foto untuk memilih bagian yang harus tetap terlihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All chosen sizes — click one to enlarge it</source>
        <translation>Semua ukuran terpilih — klik salah satu untuk memperbesar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview at the size of this platform</source>
        <translation>Pratinjau pada ukuran platform ini</translation>
    </message>
</context>
<context>
    <name>ProductionView</name>
    <message>
        <location filename="../production/view.py" line="+91"/>
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
    <name>RecentEventsModel</name>
    <message>
        <location filename="../models.py" line="+121"/>
        <source>Not found: %1</source>
        <translation>Tidak ditemukan: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="+58"/>
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
    <name>StartScreen</name>
    <message>
        <location filename="../start_screen.py" line="+164"/>
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
    <name>TemplateGallery</name>
    <message>
        <location filename="../production/template_gallery.py" line="+180"/>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../models.py" line="-186"/>
        <source>Version %1 · %2</source>
        <translation>Versi %1 · %2</translation>
    </message>
</context>
<context>
    <name>VideoScrubber</name>
    <message>
        <location filename="../production/video_scrubber.py" line="+185"/>
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
        <source>Cover: automatic (the event&apos;s first photo)</source>
        <translation>Sampul: otomatis (foto pertama kegiatan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover: the picture at %1</source>
        <translation>Sampul: gambar pada %1</translation>
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
        <location line="+1"/>
        <source>The cover shows the event&apos;s first photo, or the clip&apos;s first good picture</source>
        <translation>Sampul memakai foto pertama kegiatan, atau gambar bagus pertama dari klip</translation>
    </message>
</context>
</TS>

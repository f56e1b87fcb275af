"""Sample field values for the caption tests."""

from __future__ import annotations

# A real-looking event, as a PIC of Diskominfo would type it.
SAMPLE_EVENT = {
    "judul": "Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial",
    "subjudul": "Menyatukan langkah komunikasi publik perangkat daerah",
    "tanggal": "2026-11-30",
    "waktu": "09:00",
    "zona": "WIB",
    "lokasi": "Aula Gedung B Pemkot Cimahi",
    "penyelenggara": "Diskominfo Kota Cimahi",
    "deskripsi": (
        "Rapat dibuka oleh Kepala Diskominfo Kota Cimahi dan diikuti 45 pengelola media sosial "
        "dari seluruh perangkat daerah. Peserta menyepakati jadwal unggahan bersama serta "
        "standar penulisan keterangan foto agar informasi yang diterima warga seragam dan mudah "
        "dipahami. Diskominfo juga akan menggelar pendampingan rutin setiap bulan bagi admin "
        "media sosial perangkat daerah, dimulai pada Desember 2026."
    ),
    "ucapan": "Selamat Hari Guru Nasional 2026",
    "nama": "Ngatiyana",
    "jabatan": "Wali Kota Cimahi",
    "kontak": "Rina (0812-3456-7890)",
    "tautan": "https://cimahikota.go.id/rakor-kehumasan",
    "tagar": "#CimahiMelayani, kehumasan cimahi",
    # kutipan and angka
    "kutipan": "Pelayanan publik yang cepat dan ramah adalah janji kami kepada seluruh warga "
               "Cimahi.",
    "angka_1": "1.250",
    "label_1": "peserta pelatihan digital",
    "angka_2": "48",
    "label_2": "UMKM naik kelas",
    "angka_3": "Rp2,1 M",
    "label_3": "transaksi selama pameran",
}

# Long official titles (100–150 characters), as the city writes them.
LONG_TITLE = ("Rapat Koordinasi Percepatan Penurunan Stunting bersama Seluruh Perangkat "
              "Daerah Kota Cimahi Tahun 2026")
LONGEST_TITLE = ("Sosialisasi Peraturan Wali Kota tentang Pengelolaan Sampah Berbasis Wilayah "
                 "dan Penguatan Bank Sampah di Seluruh Kelurahan se-Kota Cimahi Tahun 2026")

# An event with a long title, a long place with its address, and a description
# that opens by repeating the title.
LONG_EVENT = {
    "judul": LONG_TITLE,
    "subjudul": "Menyatukan langkah OPD, puskesmas, dan kader posyandu menuju zero stunting",
    "tanggal": "2026-11-30", "waktu": "08:30", "zona": "WIB",
    "lokasi": "Aula Gedung A Kompleks Perkantoran Pemkot Cimahi, Jl. Rd. Demang Hardjakusumah",
    "penyelenggara": "Dinas Kesehatan Kota Cimahi",
    "deskripsi": (
        f"{LONG_TITLE} dibuka langsung oleh Wali Kota Cimahi dan diikuti 120 peserta dari "
        "perangkat daerah, puskesmas, dan kader posyandu. Dalam rapat ini, setiap kelurahan "
        "memaparkan capaian penimbangan balita serta kendala di lapangan. Pemerintah Kota "
        "Cimahi menargetkan prevalensi stunting turun di bawah 14 persen pada akhir 2026."),
    "kontak": "Rina (0812-3456-7890)", "tautan": "https://cimahikota.go.id/rakor-stunting",
    "tagar": "#CimahiBebasStunting, cegah stunting",
    "ucapan": "Selamat Hari Kesehatan Nasional ke-62",
    "nama": "Ngatiyana", "jabatan": "Wali Kota Cimahi",
}

# The longest title a form takes (150 characters), over two days, a place with an address.
LONGEST_EVENT = {
    **LONG_EVENT,
    "judul": LONGEST_TITLE,
    "subjudul": "",
    "tanggal": "2026-12-03", "tanggal_selesai": "2026-12-04", "waktu": "09:00-12:00",
    "lokasi": "Gedung Technopark Cimahi, Jl. Baros No. 10, Kelurahan Baros",
    "penyelenggara": "Dinas Lingkungan Hidup Kota Cimahi",
    "deskripsi": (
        "Pemerintah Kota Cimahi melalui Dinas Lingkungan Hidup menggelar sosialisasi kepada "
        "ketua RW, pengelola bank sampah, dan kader lingkungan. Peserta akan mendapat "
        "penjelasan tentang kewajiban memilah sampah dari rumah."),
    "tagar": "cimahi bersih, bank sampah cimahi, #PilahSampah",
}

# Notices that are not events.
ROAD_CLOSURE = {
    "judul": "Penutupan Sementara Jalan Gatot Subroto",
    "subjudul": "Selama perbaikan saluran air",
    "tanggal": "2026-12-07", "tanggal_selesai": "2026-12-13",
    "lokasi": "Jalan Gatot Subroto, simpang Pasar Atas sampai Alun-alun Cimahi",
    "penyelenggara": "Dinas Perhubungan Kota Cimahi",
    "deskripsi": (
        "Arus kendaraan dari arah Pasar Atas dialihkan melalui Jalan Sriwijaya dan Jalan "
        "Stasiun. Warga diimbau menyesuaikan rute perjalanan dan mengikuti arahan petugas di "
        "lapangan."),
}
SELECTION_RESULT = {
    "judul": "Pengumuman Hasil Seleksi Administrasi Calon Anggota Paskibraka Kota Cimahi 2026",
    "tanggal": "2026-06-15",
    "penyelenggara": "Dinas Pemuda, Olahraga dan Pariwisata Kota Cimahi",
    "deskripsi": (
        "Daftar nama peserta yang lolos seleksi administrasi dapat dilihat di laman resmi "
        "Pemkot Cimahi. Peserta yang lolos wajib mengikuti tes fisik pada 20 Juni 2026."),
}

# A public service with its source.
SERVICE = {
    "judul": ("Perekaman KTP Elektronik Keliling untuk Warga Lanjut Usia dan Penyandang "
              "Disabilitas di Seluruh Kecamatan"),
    "subjudul": "Gratis, petugas datang ke kelurahan",
    "tanggal": "2026-11-16", "tanggal_selesai": "2026-11-27", "waktu": "08:00-14:00",
    "lokasi": "Kantor Kelurahan se-Kota Cimahi",
    "penyelenggara": "Disdukcapil Kota Cimahi",
    "deskripsi": (
        "Disdukcapil Kota Cimahi membuka layanan perekaman KTP-el keliling bagi warga lanjut "
        "usia dan penyandang disabilitas. Warga cukup membawa Kartu Keluarga asli. Layanan ini "
        "tidak dipungut biaya."),
    "kontak": "WhatsApp 0812-2000-3000", "tautan": "disdukcapil.cimahikota.go.id",
    "tagar": "ktp el, #CimahiMelayani",
}

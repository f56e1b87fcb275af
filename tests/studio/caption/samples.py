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

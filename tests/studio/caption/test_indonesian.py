"""Indonesian dates, times, money, titles, hashtags and mentions (Babel, locale id)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from studio.caption.hashtags import normalise_hashtags, normalise_mentions
from studio.caption.indonesian import (
    FILTERS,
    clock_time,
    date_range,
    day_name,
    long_date,
    news_date,
    rupiah,
    short_date,
    title_case,
)

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des"]
# 2024-01-01 was a Monday.
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_long_and_short(month):
    d = date(2026, month, 9)
    assert long_date(d.isoformat(), hari=False) == f"9 {MONTHS[month - 1]} 2026"
    assert short_date(d.isoformat()) == f"9 {SHORT_MONTHS[month - 1]} 2026"
    assert long_date(d.isoformat()).endswith(f", 9 {MONTHS[month - 1]} 2026")


@pytest.mark.parametrize("offset", range(7))
def test_every_weekday(offset):
    d = date(2024, 1, 1) + timedelta(days=offset)
    assert day_name(d.isoformat()) == WEEKDAYS[offset]
    assert long_date(d) == f"{WEEKDAYS[offset]}, {d.day} Januari 2024"


def test_the_examples_from_the_issue():
    assert long_date("2024-02-22") == "Kamis, 22 Februari 2024"
    assert long_date("2026-11-30") == "Senin, 30 November 2026"
    assert short_date("2024-02-22") == "22 Feb 2024"
    assert day_name("2024-02-22") == "Kamis"
    assert news_date("2026-11-30") == "Senin (30/11/2026)"


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("2024-02-22", "2024-02-23", "22–23 Februari 2024"),
    ("2024-01-30", "2024-02-02", "30 Januari–2 Februari 2024"),
    ("2024-12-31", "2025-01-01", "31 Desember 2024–1 Januari 2025"),
    ("2024-02-28", "2024-03-01", "28 Februari–1 Maret 2024"),  # leap year boundary
    ("2024-02-22", "", "22 Februari 2024"),
    ("2024-02-22", "2024-02-22", "22 Februari 2024"),
    ("", "", ""),
])
def test_date_ranges_across_month_and_year(start, end, expected):
    assert date_range(start, end) == expected


def test_date_range_with_day_names():
    assert date_range("2026-11-30", "2026-12-01", hari=True) == \
        "Senin–Selasa, 30 November–1 Desember 2026"
    assert date_range("2026-11-30", "", hari=True) == "Senin, 30 November 2026"
    # A week or longer: day names would repeat, so none.
    assert date_range("2026-12-07", "2026-12-14", hari=True) == "7–14 Desember 2026"


def test_date_range_refuses_an_end_before_the_start():
    with pytest.raises(ValueError, match="before the start"):
        date_range("2026-12-01", "2026-11-30")


def test_bad_dates_name_the_value():
    with pytest.raises(ValueError, match="'30-11-2026' is not a date"):
        long_date("30-11-2026")
    with pytest.raises(ValueError):
        long_date("2026-02-30")


@pytest.mark.parametrize(("value", "zone", "expected"), [
    ("09:00", "WIB", "09.00 WIB"),
    ("9:05", "wita", "09.05 WITA"),
    ("19.30", "WIT", "19.30 WIT"),
    ("09:00", "", "09.00 WIB"),
    ("08:00-14:00", "WIB", "08.00–14.00 WIB"),
    ("08:00 s.d. 14:00", "WITA", "08.00–14.00 WITA"),
    ("19:30-selesai", "WIB", "19.30 WIB s.d. selesai"),
    ("", "WIB", ""),
])
def test_times_with_zones(value, zone, expected):
    assert clock_time(value, zone) == expected


def test_time_open_end():
    assert clock_time("09:00", "WIB", selesai=True) == "09.00 WIB s.d. selesai"
    assert clock_time("09:00-12:00", "WIB", selesai=True) == "09.00–12.00 WIB"


@pytest.mark.parametrize("bad", ["25:00", "09:60", "jam sembilan", "0900"])
def test_bad_times(bad):
    with pytest.raises(ValueError, match="not a time"):
        clock_time(bad)


def test_unknown_zone():
    with pytest.raises(ValueError, match="time zone"):
        clock_time("09:00", "GMT+7")


@pytest.mark.parametrize(("value", "expected"), [
    (1500000, "Rp1.500.000"),
    ("1500000", "Rp1.500.000"),
    ("1.500.000", "Rp1.500.000"),
    ("Rp 1.500.000,-", "Rp1.500.000"),
    ("2500,50", "Rp2.500,50"),
    (0, "Rp0"),
    ("", ""),
])
def test_rupiah(value, expected):
    assert rupiah(value) == expected


def test_rupiah_refuses_ambiguous_amounts():
    with pytest.raises(ValueError, match="not an amount"):
        rupiah("1500000.50")


@pytest.mark.parametrize(("value", "expected"), [
    ("rapat koordinasi kehumasan penguatan pengelolaan media sosial",
     "Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial"),
    ("rapat opd dan pic ikps di aula diskominfo",
     "Rapat OPD dan PIC IKPS di Aula Diskominfo"),
    ("SOSIALISASI UMKM DI KECAMATAN CIMAHI SELATAN",
     "Sosialisasi UMKM di Kecamatan Cimahi Selatan"),
    ("di balik layar rsud cibabat", "Di Balik Layar RSUD Cibabat"),
    ("kunjungan dprd ke pasar atas untuk warga yang membutuhkan dari pagi",
     "Kunjungan DPRD ke Pasar Atas untuk Warga yang Membutuhkan dari Pagi"),
    ("hut ke-24 kota cimahi: dari warga untuk warga",
     "HUT ke-24 Kota Cimahi: Dari Warga untuk Warga"),
    ("perbaikan alun-alun tahap ii", "Perbaikan Alun-Alun Tahap II"),
    ("layanan eKTP (keliling)", "Layanan eKTP (Keliling)"),
])
def test_title_case_keeps_acronyms_and_small_words(value, expected):
    assert title_case(value) == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("pemkot cimahi", ("#PemkotCimahi",)),
    ("#hari guru nasional #Cimahi", ("#HariGuruNasional", "#Cimahi")),
    ("umkm naik kelas, hut cimahi", ("#UMKMNaikKelas", "#HUTCimahi")),
    ("#Cimahi!!, #cimahi; CIMAHI", ("#Cimahi",)),
    ("#2026 #HUT-Cimahi ke-24", ("#HUTCimahiKe24",)),
    ("ktp el", ("#KTPel",)),
    ("  ,  ", ()),
])
def test_hashtag_normalisation(typed, expected):
    assert normalise_hashtags(typed) == expected


def test_hashtags_dedup_across_sources_first_spelling_wins():
    assert normalise_hashtags("#kotacimahi #Diskominfo", ("#KotaCimahi", "#PemkotCimahi")) == \
        ("#Kotacimahi", "#Diskominfo", "#PemkotCimahi")


def test_mentions():
    assert normalise_mentions("pemkotcimahi, @diskominfo.cimahi @PemkotCimahi", "@x_y!") == \
        ("@pemkotcimahi", "@diskominfo.cimahi", "@x_y")


def test_filters_are_registered_under_their_jinja_names():
    assert set(FILTERS) == {"tanggal_panjang", "tanggal_pendek", "tanggal_berita", "hari",
                            "rentang_tanggal", "jam", "rupiah", "tagar", "mention",
                            "judul_kapital", "tempat_singkat", "kalimat_pertama",
                            "tanpa_kalimat_pertama", "tanpa_ulangan", "diawali_judul",
                            "menyebut_judul", "menyebut_tempat", "menyebut_tanggal", "jadi_lead"}


def test_empty_values_give_empty_text():
    for name in ("tanggal_panjang", "tanggal_pendek", "tanggal_berita", "hari", "jam",
                 "rupiah", "mention", "judul_kapital", "tempat_singkat", "kalimat_pertama",
                 "tanpa_kalimat_pertama"):
        assert FILTERS[name]("") == "", name

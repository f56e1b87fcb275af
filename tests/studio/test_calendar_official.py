"""National holidays and collective leave against the government's published lists.

2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497
Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (signed 19 September 2025):
17 national holidays, 8 collective-leave days. Checked against
disdiksmg.semarangkota.go.id ("Resmi! Daftar Hari Libur Nasional dan Cuti
Bersama Tahun 2026 Berdasarkan SKB 3 Menteri"), jpnn.com (19 September 2025)
and soearatimoer.net (September 2025).

2027: the SKB announced on 15 September 2026 (kemnaker.go.id, "Pemerintah
Tetapkan 18 Hari Libur Nasional dan 8 Hari Cuti Bersama Tahun 2027"; the
``holidays`` package cites setneg.go.id, "Inilah SKB 3 Menteri Libur Nasional
dan Cuti Bersama 2027"): 18 national holidays (Isra Mikraj falls twice) and 8
collective-leave days, as transcribed from the decree's annex. The decree's
own page could not be opened from here; its numbers are not in the data file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from studio.calendar import official
from studio.calendar.official import (
    compare_with_package,
    decreed_years,
    load_decrees,
    official_days,
    package_days,
)
from studio.errors import CalendarError

D = dt.date

SKB_2026_HOLIDAYS = {
    D(2026, 1, 1): "tahun-baru", D(2026, 1, 16): "isra-mikraj", D(2026, 2, 17): "imlek",
    D(2026, 3, 19): "nyepi", D(2026, 3, 21): "idulfitri", D(2026, 3, 22): "idulfitri",
    D(2026, 4, 3): "wafat-yesus", D(2026, 4, 5): "paskah", D(2026, 5, 1): "hari-buruh",
    D(2026, 5, 14): "kenaikan-yesus", D(2026, 5, 27): "iduladha", D(2026, 5, 31): "waisak",
    D(2026, 6, 1): "hari-lahir-pancasila", D(2026, 6, 16): "tahun-baru-islam",
    D(2026, 8, 17): "hut-ri", D(2026, 8, 25): "maulid", D(2026, 12, 25): "natal",
}
SKB_2026_LEAVE = {
    D(2026, 2, 16): "imlek", D(2026, 3, 18): "nyepi", D(2026, 3, 20): "idulfitri",
    D(2026, 3, 23): "idulfitri", D(2026, 3, 24): "idulfitri", D(2026, 5, 15): "kenaikan-yesus",
    D(2026, 5, 28): "iduladha", D(2026, 12, 24): "natal",
}
SKB_2027_HOLIDAYS = {
    D(2027, 1, 1): "tahun-baru", D(2027, 1, 5): "isra-mikraj", D(2027, 2, 6): "imlek",
    D(2027, 3, 8): "nyepi", D(2027, 3, 10): "idulfitri", D(2027, 3, 11): "idulfitri",
    D(2027, 3, 26): "wafat-yesus", D(2027, 3, 28): "paskah", D(2027, 5, 1): "hari-buruh",
    D(2027, 5, 6): "kenaikan-yesus", D(2027, 5, 17): "iduladha", D(2027, 5, 20): "waisak",
    D(2027, 6, 1): "hari-lahir-pancasila", D(2027, 6, 6): "tahun-baru-islam",
    D(2027, 8, 15): "maulid", D(2027, 8, 17): "hut-ri", D(2027, 12, 25): "natal",
    D(2027, 12, 26): "isra-mikraj",
}
SKB_2027_LEAVE = {
    D(2027, 2, 5): "imlek", D(2027, 3, 9): "idulfitri", D(2027, 3, 12): "idulfitri",
    D(2027, 3, 15): "idulfitri", D(2027, 3, 25): "wafat-yesus", D(2027, 5, 18): "iduladha",
    D(2027, 5, 19): "waisak", D(2027, 12, 24): "natal",
}


@pytest.mark.parametrize(("year", "holidays", "leave"), [
    (2026, SKB_2026_HOLIDAYS, SKB_2026_LEAVE),
    (2027, SKB_2027_HOLIDAYS, SKB_2027_LEAVE),
])
def test_the_calendar_has_exactly_the_decrees_days(year, holidays, leave):
    days = official_days([year])
    assert {d.date: d.key for d in days if d.kind == "libur"} == holidays
    assert {d.date: d.key for d in days if d.kind == "cuti"} == leave
    assert all(d.source == "skb" and not d.estimated for d in days)
    assert all(d.date.year == year for d in days)


def test_counts_match_the_announcements():
    assert sum(d.kind == "libur" for d in official_days([2026])) == 17
    assert sum(d.kind == "cuti" for d in official_days([2026])) == 8
    assert sum(d.kind == "libur" for d in official_days([2027])) == 18
    assert sum(d.kind == "cuti" for d in official_days([2027])) == 8


@pytest.mark.parametrize("year", [2026, 2027])
def test_the_package_agrees_with_the_decree(year):
    # holidays >= 0.109 has both years' collective leave (its "government" category).
    # When a release disagrees, the SKB file still decides; this says where to look.
    missing, extra = compare_with_package(year)
    assert missing == () and extra == ()


def test_the_package_marks_islamic_dates_it_only_estimates():
    # 2027's Idulfitri is decreed, yet holidays 0.109 still labels it estimated:
    # one reason the SKB file is laid over the package.
    package = {d.date: d for d in package_days(2027)}
    assert package[D(2027, 3, 10)].estimated
    assert not {d.date: d for d in official_days([2027])}[D(2027, 3, 10)].estimated


def test_years_without_a_decree_come_from_the_package():
    assert 2028 not in decreed_years()
    days = official_days([2028])
    assert days and all(d.source == "package" for d in days)
    assert D(2028, 8, 17) in {d.date for d in days if d.key == "hut-ri"}
    assert any(d.estimated for d in days if d.key == "idulfitri")


def test_names_are_indonesian_with_english_for_the_english_ui():
    idulfitri = next(d for d in official_days([2027]) if d.date == D(2027, 3, 10))
    assert idulfitri.name == "Idulfitri 1448 Hijriah"
    assert idulfitri.name_en == "Eid al-Fitr"
    leave = next(d for d in official_days([2027]) if d.date == D(2027, 3, 9))
    assert leave.name.startswith("Cuti Bersama") and leave.name_en.startswith("Collective leave")


def test_every_decree_year_names_its_sources():
    for year in load_decrees().values():
        assert year.sources and all(s.startswith("https://") for s in year.sources)
        assert year.decree and year.signed is not None


@pytest.mark.parametrize(("text", "message"), [
    ("schema = 2\n", "schema"),
    ("schema = 1\n[[tahun]]\ntahun = 2026\nlibur = [{ tanggal = 2025-01-01, kunci = 'x', "
     "nama = 'X' }]\n", "tanggal must be a date in 2026"),
    ("schema = 1\n[[tahun]]\ntahun = 2026\nlibur = [{ tanggal = 2026-01-01, nama = 'X' }]\n",
     "kunci and nama"),
    ("schema = 1\n[[tahun]]\ntahun = 2026\n[[tahun]]\ntahun = 2026\n", "twice"),
    ("schema = 1\n[[tahun\n", "not valid TOML"),
])
def test_a_broken_holiday_file_is_named_with_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "libur-skb.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarError) as info:
        load_decrees(path)
    assert message in str(info.value) and info.value.path == path


def test_a_new_years_decree_added_to_the_file_overrides_the_package(tmp_path):
    path = tmp_path / "libur-skb.toml"
    path.write_text(official.SKB_FILE.read_text(encoding="utf-8") + (
        "\n[[tahun]]\ntahun = 2028\nskb = 'uji'\nditetapkan = 2027-09-20\n"
        "sumber = ['https://example.go.id']\n"
        "libur = [{ tanggal = 2028-01-01, kunci = 'tahun-baru', nama = 'Tahun Baru 2028' }]\n"
        "cuti = [{ tanggal = 2028-01-02, kunci = 'tahun-baru', nama = 'Cuti Bersama' }]\n"),
        encoding="utf-8")
    days = official_days([2028], path)
    assert [(d.date, d.kind) for d in days] == [(D(2028, 1, 1), "libur"),
                                                (D(2028, 1, 2), "cuti")]

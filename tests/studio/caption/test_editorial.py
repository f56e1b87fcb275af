"""What an editor knows: sentence ends, short places, repeated openings, a complete lead."""

from __future__ import annotations

import pytest

from studio.caption.editorial import (
    after_first_sentence,
    can_lead,
    first_sentence,
    is_complete_lead,
    names_date,
    opens_with_title,
    sentence_ends,
    sentences,
    short_place,
    title_reference,
    without_repeated_title,
)

TITLE = "Rapat Koordinasi Percepatan Penurunan Stunting Tahun 2026"


# -- sentences ------------------------------------------------------------------

def test_sentences_end_at_full_stops_before_a_capital():
    text = "Rapat dibuka pukul 09.00 WIB. Peserta hadir 120 orang! Apa hasilnya? Semua sepakat."
    assert sentences(text) == ["Rapat dibuka pukul 09.00 WIB.", "Peserta hadir 120 orang!",
                               "Apa hasilnya?", "Semua sepakat."]


@pytest.mark.parametrize("text", [
    "Lokasi di Jl. Rd. Demang Hardjakusumah No. 1 Cimahi.",
    "Dibuka oleh H. Ngatiyana dan dr. Nurul Hidayati.",
    "Pukul 09.00 WIB s.d. selesai di aula.",
    "Membawa KTP, KK, dll. dan surat pengantar RT.",
    "Biaya Rp1.500.000 per peserta.",
    "Daftar di cimahikota.go.id sebelum Jumat.",
    "Hubungi Sdr. Rina atau Prof. Budi.",
])
def test_abbreviations_initials_and_numbers_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


def test_a_line_break_ends_a_sentence_and_quotes_stay_with_theirs():
    text = 'Wali Kota berkata, "Terima kasih." Peserta bertepuk tangan.\nTempat: Aula'
    assert sentences(text) == ['Wali Kota berkata, "Terima kasih."', "Peserta bertepuk tangan.",
                               "Tempat: Aula"]
    assert all(0 < end < len(text) for end in sentence_ends(text))


def test_first_sentence_and_the_rest():
    text = "Rapat dibuka Wali Kota. Peserta hadir. Semua sepakat."
    assert first_sentence(text) == "Rapat dibuka Wali Kota."
    assert after_first_sentence(text) == "Peserta hadir. Semua sepakat."
    assert first_sentence("") == after_first_sentence("") == ""
    assert after_first_sentence("Satu kalimat saja.") == ""


# -- places ---------------------------------------------------------------------

@pytest.mark.parametrize(("place", "short"), [
    ("Aula Gedung A Pemkot Cimahi, Jl. Rd. Demang Hardjakusumah", "Aula Gedung A Pemkot Cimahi"),
    ("Kantor Kelurahan se-Kota Cimahi", "Kantor Kelurahan se-Kota Cimahi"),
    ("", ""),
])
def test_short_place_keeps_the_place_and_drops_the_address(place, short):
    assert short_place(place) == short


# -- repeated openings ----------------------------------------------------------

def test_a_description_opening_with_the_title_refers_back_to_it():
    text = f"{TITLE} dibuka langsung oleh Wali Kota Cimahi. Peserta hadir."
    assert opens_with_title(text, TITLE)
    assert without_repeated_title(text, TITLE) == \
        "Rapat tersebut dibuka langsung oleh Wali Kota Cimahi. Peserta hadir."


@pytest.mark.parametrize(("title", "reference"), [
    ("Rapat Koordinasi Kehumasan", "Rapat tersebut"),
    ("Penutupan Sementara Jalan Gatot Subroto", "Penutupan tersebut"),
    ("Sosialisasi Pengelolaan Sampah", "Sosialisasi tersebut"),
    ("PEREKAMAN KTP-el KELILING", "Perekaman tersebut"),
    ("HUT ke-25 Kota Cimahi", ""),
    ("Cimahi Creative Festival", ""),
    ("Pemerintah Kota Cimahi Gelar Bazar", ""),
])
def test_the_title_gives_its_own_back_reference_when_it_opens_with_a_noun(title, reference):
    assert title_reference(title) == reference


def test_without_a_noun_the_template_names_the_reference_or_nothing_changes():
    title = "HUT ke-25 Kota Cimahi"
    text = f"{title} dimeriahkan pawai budaya. Warga memadati jalan."
    assert without_repeated_title(text, title) == text
    assert without_repeated_title(text, title, "Kegiatan tersebut") == \
        "Kegiatan tersebut dimeriahkan pawai budaya. Warga memadati jalan."


def test_the_repeat_is_found_whatever_the_case():
    text = f"{TITLE.upper()} berlangsung lancar."
    assert without_repeated_title(text, TITLE) == "Rapat tersebut berlangsung lancar."


def test_an_appositive_clause_loses_both_commas():
    text = f"{TITLE}, yang digelar Dinas Kesehatan, berlangsung lancar. Peserta hadir."
    assert without_repeated_title(text, TITLE) == \
        "Rapat yang digelar Dinas Kesehatan berlangsung lancar. Peserta hadir."


def test_a_sentence_that_is_only_the_title_goes():
    assert without_repeated_title(f"{TITLE}. Peserta hadir 120 orang.", TITLE) == \
        "Peserta hadir 120 orang."
    assert without_repeated_title(TITLE, TITLE) == ""


def test_a_partial_repeat_counts_only_where_a_clause_starts():
    # The first five words of the title, then a verb: the noun phrase ended there.
    text = "Rapat Koordinasi Percepatan Penurunan Stunting digelar di Aula Gedung A."
    assert without_repeated_title(text, TITLE) == "Rapat tersebut digelar di Aula Gedung A."
    # The same words, then more of a different name: not safe to rewrite.
    other = "Rapat Koordinasi Percepatan Penurunan Stunting Tingkat Kelurahan berlanjut."
    assert not opens_with_title(other, TITLE)
    assert without_repeated_title(other, TITLE) == other


def test_descriptions_that_do_not_repeat_are_kept_as_written():
    for text in ("Sebanyak 120 peserta hadir.", "Rapat dibuka pukul 09.00 WIB.", ""):
        assert without_repeated_title(text, TITLE) == text


# -- a lead the officer wrote ----------------------------------------------------

@pytest.mark.parametrize("written", ["Senin (30/11/2026)", "30/11", "30 November 2026",
                                     "30 Nov 2026", "tanggal 30-11-2026"])
def test_dates_are_recognised_in_the_ways_news_writes_them(written):
    assert names_date(f"Rapat digelar {written}.", "2026-11-30")


def test_other_dates_are_not_taken_for_the_date():
    assert not names_date("Rapat digelar 3/11/2026.", "2026-11-30")
    assert not names_date("Rapat digelar 130 hari lagi.", "2026-11-30")
    assert names_date("Rapat digelar.", "")  # no date asks nothing


def test_a_complete_lead_names_what_where_and_when():
    lead = ("Pemerintah Kota Cimahi meresmikan Taman Tematik Cimahi Utara di Kelurahan "
            "Citeureup, Senin (12/10/2026). Taman ini dilengkapi jalur lari.")
    title, place = "Peresmian Taman Tematik Cimahi Utara", "Kelurahan Citeureup"
    assert is_complete_lead(lead, title, place, "2026-10-12")
    assert can_lead(lead, title, place, "2026-10-12")
    assert not is_complete_lead(lead, title, place, "2026-10-13")
    assert not is_complete_lead(lead, "Festival Kuliner Cimahi", place, "2026-10-12")


def test_who_leads():
    place, when = "Aula Gedung A", "2026-11-30"
    # Opens on the title and lacks the place and date: the house lead goes first.
    assert not can_lead(f"{TITLE} dibuka oleh Wali Kota.", TITLE, place, when)
    # Names the event further in: a lead of its own (the template adds what it lacks).
    assert can_lead(f"Wali Kota membuka {TITLE}.", TITLE, place, when)
    # Says nothing of the event: the house lead.
    assert not can_lead("Sebanyak 120 peserta hadir.", TITLE, place, when)

"""Shortening like an editor: secondary lines and labels go before the title, whole sentences only,
the officer's hashtags before the city's, and every step said with a code."""

from __future__ import annotations

import pytest

from studio.caption import parse_caption_text, render_caption
from studio.errors import CaptionError

BRAND_TAGS = ("#PemkotCimahi", "#KotaCimahi")

NOTICE = """\
name = "Uji"
hashtags = ["#InfoCimahi"]
[fields]
required = ["judul", "tanggal"]
optional = ["subjudul", "lokasi", "penyelenggara", "deskripsi", "tagar"]
[sections]
kepala = '''
PENGUMUMAN: {{ judul }}
'''
judul = '''{{ judul }}'''
subjudul = '''{{ subjudul }}'''
rincian = '''
Hari/tanggal: {{ tanggal | tanggal_panjang }}
{% if lokasi %}
Tempat: {{ lokasi }}
{% endif %}
'''
ringkas = '''{{ tanggal | tanggal_panjang }}{% if lokasi %}, di {{ lokasi }}{% endif %}.'''
singkat = '''
{{ tanggal | tanggal_panjang }}{% if lokasi %}, di {{ lokasi | tempat_singkat }}{% endif %}.
'''
isi = '''{{ deskripsi }}'''
sumber = '''{% if penyelenggara %}Sumber: {{ penyelenggara }}{% endif %}'''
penutup = '''Terima kasih.'''
tagar = '''{{ semua_tagar }}'''
[variants.default]
sections = ["kepala", "subjudul", "rincian", "isi", "sumber", "penutup", "tagar"]
shorten = ["penutup", "sumber", "isi", "subjudul", "isi", { rincian = "ringkas" },
           { ringkas = "singkat" }, { kepala = "judul" }]
trim = "isi"
"""

TITLE = ("Rapat Koordinasi Percepatan Penurunan Stunting bersama Seluruh Perangkat Daerah "
         "Kota Cimahi Tahun 2026")
PLACE = "Aula Gedung A Kompleks Perkantoran Pemkot Cimahi, Jl. Rd. Demang Hardjakusumah"
DESCRIPTION = ("Rapat dibuka langsung oleh Wali Kota Cimahi. Peserta berasal dari perangkat "
               "daerah, puskesmas, dan kader posyandu. Target prevalensi stunting di bawah 14 "
               "persen. Setiap kelurahan diminta memperbarui data balita setiap bulan agar "
               "intervensi tepat sasaran.")
LONGEST_TITLE = ("Sosialisasi Peraturan Wali Kota tentang Pengelolaan Sampah Berbasis Wilayah dan "
                 "Penguatan Bank Sampah di Seluruh Kelurahan se-Kota Cimahi Tahun 2026")
FIELDS = {"judul": TITLE, "tanggal": "2026-11-30", "lokasi": PLACE,
          "subjudul": "Menyatukan langkah menuju zero stunting",
          "penyelenggara": "Dinas Kesehatan Kota Cimahi", "deskripsi": DESCRIPTION}


@pytest.fixture(scope="module")
def notice():
    return parse_caption_text(NOTICE, template_id="uji")


def render(template, platforms, platform_id, **fields):
    return render_caption(template, {**FIELDS, **fields}, platforms[platform_id],
                          fixed_hashtags=BRAND_TAGS)


def test_room_to_spare_changes_nothing(notice, platforms):
    result = render(notice, platforms, "facebook_feed")
    assert not result.shortened and result.warnings == ()
    assert "Terima kasih." in result.text and "Tempat: " + PLACE in result.text


def test_steps_go_in_order_and_stop_as_soon_as_it_fits(notice, platforms):
    # Threads (500): the closing line and the source go, then the description is cut
    # after a whole sentence; the subtitle, the labels and the heading stay.
    result = render(notice, platforms, "threads")
    assert result.count <= 500
    text = result.text
    assert "Terima kasih." not in text and "Sumber:" not in text
    assert text.startswith(f"PENGUMUMAN: {TITLE}\n\nMenyatukan langkah")
    assert "Hari/tanggal: Senin, 30 November 2026\nTempat: " + PLACE in text
    kept = text.split("\n\n")[3]
    assert DESCRIPTION.startswith(kept) and kept.endswith(".") and kept != DESCRIPTION
    assert [w.code for w in result.warnings] == ["hashtags_left_out", "left_out",
                                                 "closing_left_out", "cut_at_sentence"]
    assert result.warnings[1].params == ("500", "penyelenggara")
    assert result.warnings[3].params == ("500", "deskripsi")


def test_on_x_labels_and_address_go_before_the_title_is_touched(notice, platforms):
    result = render(notice, platforms, "x_post", judul=LONGEST_TITLE)
    assert result.count <= 280
    text = result.text
    # What, when and where stay; the title whole, never with an ellipsis.
    assert f"PENGUMUMAN: {LONGEST_TITLE}\n\n" in text and "…" not in text
    assert "Senin, 30 November 2026, di Aula Gedung A Kompleks Perkantoran Pemkot Cimahi." \
        in text
    assert "Tempat:" not in text and "Jl. Rd." not in text
    assert [w.code for w in result.warnings] == ["left_out", "closing_left_out",
                                                 "written_briefly"]
    assert result.warnings[0].params == ("280", "subjudul", "deskripsi", "penyelenggara")
    assert "#PemkotCimahi #KotaCimahi #InfoCimahi" in text
    # Longer still (two more words): the heading goes too, the title stays whole.
    longer = render(notice, platforms, "x_post", judul=LONGEST_TITLE + " Tahap II",
                    tagar="#CimahiBersih")
    assert longer.text.startswith(LONGEST_TITLE + " Tahap II\n\n")


def test_the_trim_section_named_twice_waits_for_room(notice, platforms):
    # Without a subtitle to give up, the first "isi" step keeps the description whole
    # and the second (after the subtitle) finds room for one sentence.
    subtitle = ("Menyatukan langkah perangkat daerah, puskesmas, kader posyandu, dan warga "
                "menuju Cimahi bebas stunting")
    first = ("Rapat dibuka langsung oleh Wali Kota Cimahi dan diikuti perwakilan perangkat "
             "daerah, puskesmas, serta kader posyandu dari lima belas kelurahan.")
    result = render(notice, platforms, "threads", subjudul=subtitle,
                    deskripsi=first + " Setiap kelurahan memaparkan capaian penimbangan balita, "
                    "jumlah balita yang ditimbang, serta kendala pendataan yang masih ditemui di "
                    "lapangan selama tahun ini.")
    assert first in result.text and "penimbangan" not in result.text
    assert subtitle not in result.text
    assert "Hari/tanggal:" in result.text  # the labels were not needed


def test_sentences_or_nothing_from_the_description(notice, platforms):
    run_on = ("Rapat dibuka langsung oleh Wali Kota Cimahi dan diikuti perwakilan perangkat "
              "daerah " + "serta kader posyandu " * 30 + "dari seluruh kelurahan.")
    result = render(notice, platforms, "threads", deskripsi=run_on)
    assert "Rapat dibuka" not in result.text  # one sentence too long: left out, not cut
    assert "…" not in result.text
    left_out = next(w for w in result.warnings if w.code == "left_out")
    assert left_out.params[1:] == ("subjudul", "deskripsi", "penyelenggara")


def test_hashtags_go_for_length_least_important_first(platforms):
    template = parse_caption_text(
        'name = "Tagar"\nhashtags = ["#InfoCimahi"]\n[fields]\nrequired = ["judul"]\n'
        'optional = ["tagar"]\n[sections]\njudul = \'\'\'{{ judul }}\'\'\'\n'
        'tagar = \'\'\'{{ semua_tagar }}\'\'\'\n'
        '[variants.default]\nsections = ["judul", "tagar"]\n',
        template_id="tagar")
    title = "Pengumuman " + "sangat " * 33 + "penting"  # 249 characters
    result = render_caption(template, {"judul": title, "tagar": "#HariGuru #GuruHebat"},
                            platforms["x_post"], fixed_hashtags=BRAND_TAGS)
    assert result.text.startswith(title)
    # The template's tag first, then the officer's; the official ones stay.
    assert result.hashtags == BRAND_TAGS
    assert [w.code for w in result.warnings] == ["hashtags_left_out_to_fit"]
    assert result.warnings[0].params == ("280", "#InfoCimahi #GuruHebat #HariGuru")
    # Longer still: one official tag has to go as well, and the warning says so.
    longer = render_caption(template, {"judul": title + " sekali"},
                            platforms["x_post"],
                            fixed_hashtags=BRAND_TAGS)
    assert longer.hashtags == ("#PemkotCimahi",)
    assert [w.code for w in longer.warnings] == ["hashtags_left_out_to_fit",
                                                 "official_hashtags_left_out_to_fit"]
    assert longer.warnings[1].params == ("280", "#KotaCimahi")


def test_the_last_resort_cuts_the_description_before_the_title(platforms):
    template = parse_caption_text(NOTICE.replace('"isi", "subjudul", "isi"', '"subjudul"'),
                                  template_id="uji")
    words = " ".join(f"kata{i:03d}" for i in range(120))
    result = render(template, platforms, "x_post", deskripsi=words)
    assert result.count <= 280
    assert TITLE in result.text  # the title is whole
    assert result.warnings[-1].code == "cut_at_word"
    assert result.warnings[-1].params == ("280", "deskripsi")


def test_warnings_never_name_sections(notice, platforms):
    sections = {name for name, _ in notice.sections} - set(notice.fields)
    for platform in platforms.values():
        for warning in render(notice, platforms, platform.id).warnings:
            words = set(str(warning).replace("'", " ").split())
            assert not words & sections, warning
            assert not set(warning.params) & sections, warning


# -- the format ------------------------------------------------------------------

@pytest.mark.parametrize(("change", "message"), [
    ('{ rincian = "ringkas" }', "variant 'default' shortens 'rincian'"),
    ('{ kepala = "tidak_ada" }', "the shorter form of 'kepala' must be a section"),
    ('{ kepala = "tagar" }', "'tagar' is shown already"),
    ('{ kepala = "judul", isi = "judul" }', "each step of shorten"),
    ('"penutup"', "may leave out 'penutup', but does not show it"),
])
def test_shorten_steps_are_checked(change, message):
    text = NOTICE.replace('{ kepala = "judul" }', change)
    if change == '{ rincian = "ringkas" }':
        text = NOTICE.replace('{ kepala = "judul" }', '{ kepala = "judul" }, ' + change)
    with pytest.raises(CaptionError) as info:
        parse_caption_text(text, template_id="uji")
    assert message in info.value.message
    assert info.value.code == "caption.invalid"


def test_drop_is_the_older_spelling_and_not_both():
    old = NOTICE.replace(
        'shorten = ["penutup", "sumber", "isi", "subjudul", "isi", { rincian = "ringkas" },\n'
        '           { ringkas = "singkat" }, { kepala = "judul" }]', 'drop = ["penutup", "isi"]')
    variant = parse_caption_text(old, template_id="uji").variant_for("default")
    assert variant.shorten == variant.drop == ("penutup", "isi")
    with pytest.raises(CaptionError, match="both 'shorten' and 'drop'"):
        parse_caption_text(NOTICE.replace('trim = "isi"', 'trim = "isi"\ndrop = ["penutup"]'),
                           template_id="uji")

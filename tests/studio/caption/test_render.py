"""Rendering captions: fields, hashtag caps, platform limits, shortening and warnings."""

from __future__ import annotations

import dataclasses
import re

import pytest

from studio.caption import (
    CaptionResult,
    count_chars,
    parse_caption_text,
    render_caption,
    render_captions,
)
from studio.caption.engine import MAX_FIELD_CHARS
from studio.errors import CaptionError

BRAND_TAGS = ("#PemkotCimahi", "#KotaCimahi")

SIMPLE = """\
name = "Uji"
hashtags = ["#InfoCimahi"]
[fields]
required = ["judul", "tanggal"]
optional = ["waktu", "zona", "lokasi", "deskripsi", "tagar"]
[defaults]
zona = "WIB"
[sections]
kepala = '''{{ judul }}'''
rincian = '''
Hari/tanggal: {{ tanggal | tanggal_panjang }}
{% if waktu %}
Waktu: {{ waktu | jam(zona) }}
{% endif %}
{% if lokasi %}
Tempat: {{ lokasi }}
{% endif %}
'''
isi = '''{{ deskripsi }}'''
penutup = '''Terima kasih.'''
tagar = '''{{ semua_tagar }}'''
[variants.default]
sections = ["kepala", "rincian", "isi", "penutup", "tagar"]
drop = ["penutup"]
trim = "isi"
[variants.x]
sections = ["kepala", "rincian", "isi", "tagar"]
drop = ["isi"]
trim = "isi"
max_hashtags = 2
"""

# Every section can grow past every platform's limit (Facebook's 63,206 too).
LONG = """\
name = "Panjang"
[fields]
required = ["deskripsi"]
optional = ["tagar"]
[sections]
a = '''{% for i in range(9) %}{{ deskripsi }} {% endfor %}'''
b = '''{% for i in range(9) %}{{ deskripsi }} {% endfor %}'''
c = '''{% for i in range(9) %}{{ deskripsi }} {% endfor %}'''
d = '''{% for i in range(9) %}{{ deskripsi }} {% endfor %}'''
tagar = '''{{ semua_tagar }}'''
[variants.default]
sections = ["a", "b", "c", "d", "tagar"]
drop = ["d", "c"]
trim = "b"
"""


@pytest.fixture(scope="module")
def simple():
    return parse_caption_text(SIMPLE, template_id="sederhana")


@pytest.fixture(scope="module")
def long_template():
    return parse_caption_text(LONG, template_id="panjang")


FIELDS = {"judul": "Rapat Koordinasi Kehumasan", "tanggal": "2026-11-30", "waktu": "09:00",
          "lokasi": "Aula Gedung B Pemkot Cimahi"}


def test_a_simple_caption(simple, platforms):
    result = render_caption(simple, FIELDS, platforms["facebook_feed"], fixed_hashtags=BRAND_TAGS)
    assert result.text == (
        "Rapat Koordinasi Kehumasan\n\n"
        "Hari/tanggal: Senin, 30 November 2026\nWaktu: 09.00 WIB\n"
        "Tempat: Aula Gedung B Pemkot Cimahi\n\n"
        "Terima kasih.\n\n"
        "#PemkotCimahi #KotaCimahi #InfoCimahi"
    )
    assert result.count == len(result.text)
    assert result.limit == 63206
    assert result.variant == "default"
    assert result.platform_id == "facebook_feed"
    assert result.hashtags == ("#PemkotCimahi", "#KotaCimahi", "#InfoCimahi")
    assert result.warnings == ()
    assert not result.shortened
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = ""  # type: ignore[misc]


def test_optional_fields_left_empty_render_cleanly(simple, platforms):
    result = render_caption(simple, {"judul": "Rapat", "tanggal": "2026-11-30",
                                     "lokasi": "   ", "deskripsi": ""}, platforms["threads"])
    assert result.text == "Rapat\n\nHari/tanggal: Senin, 30 November 2026\n\nTerima kasih.\n\n" \
        "#InfoCimahi"
    assert "\n\n\n" not in result.text
    assert not re.search(r"^[^\n]{1,25}:[ ]*$", result.text, re.M)


def test_unused_field_values_are_ignored(simple, platforms):
    result = render_caption(simple, {**FIELDS, "nama": "tidak dipakai", "warna": "merah"},
                            platforms["x_post"])
    assert "tidak dipakai" not in result.text


def test_missing_required_field_names_the_field_and_the_template(simple, platforms):
    with pytest.raises(CaptionError) as info:
        render_caption(simple, {"judul": "Rapat"}, platforms["x_post"])
    assert info.value.code == "caption.missing_field"
    assert info.value.params == {"field": "tanggal", "template": "sederhana"}
    assert "'tanggal'" in info.value.message and "'sederhana'" in info.value.message


def test_undefined_name_at_render_names_the_template_variant_and_section(platforms):
    template = parse_caption_text(SIMPLE.replace("{{ judul }}'''", "{{ judul.nama }}'''"),
                                  template_id="sederhana")
    with pytest.raises(CaptionError) as info:
        render_caption(template, FIELDS, platforms["x_post"])
    assert info.value.code == "caption.undefined"
    assert "variant 'x', section 'kepala'" in info.value.message
    assert "nama" in info.value.message
    assert info.value.params["template"] == "sederhana"


@pytest.mark.parametrize(("key", "value", "message"), [
    ("tanggal", "30/11/2026", "field 'tanggal'"),
    ("waktu", "jam 9", "field 'waktu'"),
    ("zona", "GMT", "field 'zona'"),
])
def test_bad_values_name_the_field(simple, platforms, key, value, message):
    with pytest.raises(CaptionError) as info:
        render_caption(simple, {**FIELDS, key: value}, platforms["x_post"])
    assert info.value.code == "caption.bad_value"
    assert message in info.value.message
    assert info.value.params["field"] == key


def test_field_values_are_capped(simple, platforms):
    with pytest.raises(CaptionError) as info:
        render_caption(simple, {**FIELDS, "deskripsi": "a" * (MAX_FIELD_CHARS + 1)},
                       platforms["x_post"])
    assert info.value.code == "caption.field_too_long"
    assert info.value.params["field"] == "deskripsi"


# -- hashtags ---------------------------------------------------------------------

def test_instagram_keeps_the_official_tags_then_the_officers_then_the_templates(simple,
                                                                                platforms):
    fields = {**FIELDS, "tagar": "#HariGuru, guru hebat, #Cimahi #Pendidikan"}
    result = render_caption(simple, fields, platforms["instagram_portrait"],
                            fixed_hashtags=BRAND_TAGS)
    # Shown as typed first, the city's next; the officer's last tag gives way to the city's.
    assert result.hashtags == ("#HariGuru", "#GuruHebat", "#Cimahi", "#PemkotCimahi",
                               "#KotaCimahi")
    own, other = result.warnings
    assert own.code == "own_hashtags_left_out"
    assert own.params == ("Instagram", "5", "#Pendidikan", "#PemkotCimahi #KotaCimahi")
    assert other.code == "hashtags_left_out"
    assert other.params == ("Instagram", "5", "#InfoCimahi")


def test_threads_topic_is_the_official_tag(simple, platforms):
    result = render_caption(simple, {**FIELDS, "tagar": "hari guru"}, platforms["threads"],
                            fixed_hashtags=BRAND_TAGS)
    assert result.hashtags == ("#PemkotCimahi",)
    assert [w.code for w in result.warnings] == ["own_hashtags_left_out", "hashtags_left_out"]
    assert result.warnings[0].params == ("Threads", "1", "#HariGuru", "#PemkotCimahi")
    assert result.warnings[1].params == ("Threads", "1", "#KotaCimahi #InfoCimahi")


def test_a_tag_the_officer_types_that_is_official_counts_as_official(simple, platforms):
    result = render_caption(simple, {**FIELDS, "tagar": "#HariGuru, pemkot cimahi"},
                            platforms["x_post"], fixed_hashtags=BRAND_TAGS)
    assert result.hashtags == BRAND_TAGS
    assert result.warnings[0].params == ("X", "2", "#HariGuru", "#PemkotCimahi #KotaCimahi")


def test_variant_cap_warns_only_about_the_officers_own_tags(simple, platforms):
    quiet = render_caption(simple, FIELDS, platforms["x_post"], fixed_hashtags=BRAND_TAGS)
    assert quiet.hashtags == BRAND_TAGS
    assert quiet.warnings == ()
    loud = render_caption(simple, {**FIELDS, "tagar": "#A1 #B2 #C3"}, platforms["x_post"],
                          fixed_hashtags=BRAND_TAGS)
    assert loud.hashtags == BRAND_TAGS
    assert loud.warnings == ("X keeps 2 hashtags in this caption, official ones first: "
                             "left out your own #A1 #B2 #C3",)
    assert loud.warnings[0].code == "own_hashtags_left_out"
    assert loud.warnings[0].params == ("X", "2", "#A1 #B2 #C3", "#PemkotCimahi #KotaCimahi")
    # Without official tags the officer's own come first.
    plain = render_caption(simple, {**FIELDS, "tagar": "#A1 #B2 #C3"}, platforms["x_post"])
    assert plain.hashtags == ("#A1", "#B2")
    assert plain.warnings[0].params == ("X", "2", "#C3", "")


def test_hashtags_written_in_the_template_count_toward_the_cap(platforms):
    template = parse_caption_text(SIMPLE.replace("Terima kasih.", "Terima kasih. #Cimahi"),
                                  template_id="sederhana")
    result = render_caption(template, FIELDS, platforms["threads"], fixed_hashtags=BRAND_TAGS)
    assert result.hashtags == ("#Cimahi",)
    assert "#PemkotCimahi" not in result.text


def test_mentions_and_the_tagar_filter(platforms):
    template = parse_caption_text(
        SIMPLE.replace("{{ judul }}'''", "{{ judul }} {{ semua_mention }} "
                                           "{{ tagar | tagar }}'''"),
        template_id="sederhana")
    result = render_caption(template, {**FIELDS, "tagar": "hari guru"},
                            platforms["facebook_feed"], fixed_hashtags=BRAND_TAGS,
                            mentions=("pemkotcimahi", "@pemkotcimahi", "diskominfo.cimahi"))
    first = result.text.splitlines()[0]
    assert first == ("Rapat Koordinasi Kehumasan @pemkotcimahi @diskominfo.cimahi "
                     "#HariGuru #PemkotCimahi #KotaCimahi")


# -- limits -----------------------------------------------------------------------

def test_every_platform_limit_is_enforced_with_a_warning(long_template, platforms):
    sentence = "Warga Kota Cimahi menyambut baik kegiatan pelayanan publik ini. "
    fields = {"deskripsi": (sentence * 40)[:MAX_FIELD_CHARS].strip(), "tagar": "#Cimahi"}
    for platform in platforms.values():
        result = render_caption(long_template, fields, platform)
        assert result.count <= result.limit, platform.id
        assert result.count == count_chars(result.text, platform.caption.counting)
        assert result.shortened, platform.id
        assert result.warnings, platform.id
        assert result.warnings[0].code == "left_out", platform.id
        assert {w.code for w in result.warnings} <= {"left_out", "cut_at_sentence"}, platform.id


def test_drop_order_then_sentence_boundary(simple, platforms):
    description = " ".join(f"Kalimat ke-{i} memuat keterangan kegiatan yang cukup panjang."
                           for i in range(1, 21))
    result = render_caption(simple, {**FIELDS, "deskripsi": description},
                            platforms["whatsapp_status"])
    assert result.count <= 700
    assert "Terima kasih." not in result.text  # 'penutup' was dropped first
    assert result.warnings == ("left out a closing line to fit 700",
                               "the description ends after a whole sentence to fit 700")
    assert [w.code for w in result.warnings] == ["closing_left_out", "cut_at_sentence"]
    assert result.warnings[0].params == ("700",)
    assert result.warnings[1].params == ("700", "deskripsi")
    kept = result.text.split("\n\n")[2]
    assert kept.startswith("Kalimat ke-1 memuat") and kept.endswith("cukup panjang.")


def test_x_keeps_whole_sentences_or_leaves_the_section_out(simple, platforms):
    description = "Rapat dimulai tepat waktu. Peserta " + "x " * 200
    fits = render_caption(simple, {**FIELDS, "deskripsi": description}, platforms["x_post"])
    assert "Rapat dimulai tepat waktu." in fits.text
    assert fits.warnings == ("the description ends after a whole sentence to fit 280",)
    too_long = render_caption(simple, {**FIELDS, "deskripsi": "kata " * 300},
                              platforms["x_post"])
    assert "kata" not in too_long.text
    assert too_long.warnings == ("left out the description to fit 280",)
    assert too_long.warnings[0].params == ("280", "deskripsi")
    assert too_long.count <= 280


def test_word_boundary_shortening_is_the_last_resort_and_never_mid_word(platforms):
    template = parse_caption_text(SIMPLE.replace('drop = ["isi"]\n', ""),
                                  template_id="sederhana")
    words = " ".join(f"kata{i:03d}" for i in range(200))
    result = render_caption(template, {**FIELDS, "deskripsi": words}, platforms["x_post"])
    assert result.count <= 280
    assert result.warnings == ("cut after a word to fit 280 (ends with …): the description",)
    assert result.warnings[0].code == "cut_at_word"
    shortened = result.text.split("\n\n")[2]
    assert shortened.endswith("…")
    assert re.fullmatch(r"(kata\d{3} )*kata\d{3}…", shortened)


def test_a_single_huge_word_is_cut_with_a_warning(platforms):
    template = parse_caption_text(
        'name = "Kata"\n[fields]\nrequired = ["judul"]\n[sections]\nk = \'\'\'{{ judul }}\'\'\'\n'
        '[variants.default]\nsections = ["k"]\n', template_id="kata")
    result = render_caption(template, {"judul": "a" * 600}, platforms["threads"])
    assert result.count == 500
    assert result.text.endswith("…")
    assert result.warnings == ("cut inside a word to fit 500: no space within the limit",)
    assert result.warnings[0].code == "cut_inside_word"


def test_x_counts_links_and_emoji_the_x_way(platforms):
    template = parse_caption_text(
        'name = "Tautan"\n[fields]\nrequired = ["judul"]\n[sections]\n'
        "k = '''{{ judul }} 🎉 https://cimahikota.go.id/" + "a" * 300 + "'''\n"
        '[variants.default]\nsections = ["k"]\n', template_id="tautan")
    result = render_caption(template, {"judul": "Rapat"}, platforms["x_post"])
    assert result.count == 5 + 1 + 2 + 1 + 23
    assert result.warnings == ()
    plain = render_caption(template, {"judul": "Rapat"}, platforms["threads"])
    assert plain.count == len(plain.text) == 5 + 1 + 1 + 1 + 25 + 300


def test_render_captions_gives_one_result_per_platform(simple, platforms):
    chosen = [platforms[p] for p in ("instagram_portrait", "x_post", "threads")]
    results = render_captions(simple, FIELDS, chosen, fixed_hashtags=BRAND_TAGS)
    assert [r.platform_id for r in results] == ["instagram_portrait", "x_post", "threads"]
    assert all(isinstance(r, CaptionResult) for r in results)


def test_warnings_are_immutable_strings_with_codes():
    import pickle

    from studio.caption import CaptionWarning

    warning = CaptionWarning("X allows 1 hashtag: left out #A", "hashtags_dropped",
                             ("X", 1, "#A"))
    assert isinstance(warning, str) and warning == "X allows 1 hashtag: left out #A"
    assert warning.params == ("X", "1", "#A")
    with pytest.raises(AttributeError):
        warning.code = "other"  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(warning))
    assert (copy, copy.code, copy.params) == (warning, warning.code, warning.params)


def test_no_hashtag_warning_when_the_variant_shows_no_hashtags(platforms):
    template = parse_caption_text(SIMPLE.replace('"penutup", "tagar"]', '"penutup"]'),
                                  template_id="sederhana")
    result = render_caption(template, {**FIELDS, "tagar": "#A1 #B2"}, platforms["threads"],
                            fixed_hashtags=BRAND_TAGS)
    assert result.hashtags == ()
    assert result.warnings == ()

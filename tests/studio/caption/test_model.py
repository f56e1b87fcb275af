"""Loading caption templates: the format, and errors that name the file, variant and section."""

from __future__ import annotations

import dataclasses

import pytest

from studio.caption import (
    CaptionTemplate,
    get_caption_template,
    list_caption_templates,
    load_caption_template,
)
from studio.caption.model import MAX_TEMPLATE_BYTES
from studio.errors import CaptionError

GOOD = """\
schema = 1
name = "Uji"
hashtags = ["info cimahi"]

[fields]
required = ["judul"]
optional = ["lokasi", "zona"]

[defaults]
zona = "WIB"

[sections]
kepala = '''{{ judul }}'''
tempat = '''{% if lokasi %}Tempat: {{ lokasi }}{% endif %}'''
tagar = '''{{ semua_tagar }}'''

[variants.default]
sections = ["kepala", "tempat", "tagar"]
drop = ["tempat"]

[variants.x]
sections = ["kepala", "tagar"]
max_hashtags = 1
"""


def write(tmp_path, text, name="uji"):
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_a_good_template(tmp_path):
    template = load_caption_template(write(tmp_path, GOOD))
    assert isinstance(template, CaptionTemplate)
    assert template.id == "uji"
    assert template.fields == ("judul", "lokasi", "zona")
    assert template.default_values == {"zona": "WIB"}
    assert template.hashtags == ("#InfoCimahi",)
    assert template.variant_for("x").max_hashtags == 1
    assert template.variant_for("instagram").key == "default"
    assert template.variant_for("default").drop == ("tempat",)


def test_templates_are_immutable_values(tmp_path):
    template = load_caption_template(write(tmp_path, GOOD))
    with pytest.raises(dataclasses.FrozenInstanceError):
        template.name = "lain"  # type: ignore[misc]
    assert template == load_caption_template(write(tmp_path, GOOD, "uji"))
    hash(template)


@pytest.mark.parametrize(("change", "expected"), [
    (("{{ judul }}'''\ntempat", "{{ judul }} di {{ kota }}'''\ntempat"),
     "section 'kepala' uses 'kota', which is not a field"),
    (("[variants.x]", "[variants.instgram]"), "unknown variant 'instgram'"),
    (('sections = ["kepala", "tagar"]', 'sections = ["kepala", "penutup"]'),
     "variant 'x' uses section 'penutup'"),
    (('drop = ["tempat"]', 'drop = ["penutup"]'), "variant 'default' may leave out 'penutup'"),
    (("max_hashtags = 1", "max_hashtags = -1"), "variant 'x': max_hashtags"),
    (("max_hashtags = 1", "maks_tagar = 1"), "variant 'x' has unknown key(s): maks_tagar"),
    (("{{ judul }}'''", "{{ judul }'''"), "section 'kepala', line 1"),
    (("[variants.default]", "[variants.facebook]"), "needs [variants.default]"),
    (('name = "Uji"', 'name = ""'), "needs a name"),
    (("schema = 1", "schema = 2"), "unsupported caption template schema 2"),
    (('zona = "WIB"', 'kota = "Cimahi"'), "[defaults] sets 'kota'"),
    (('optional = ["lokasi", "zona"]', 'optional = ["lokasi", "Zona"]'), "'Zona' is not valid"),
    (('name = "Uji"', 'name = "Uji"\nvarian = 1'), "unknown key(s): varian"),
])
def test_errors_name_the_file_variant_and_section(tmp_path, change, expected):
    old, new = change
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(CaptionError) as info:
        load_caption_template(path)
    assert expected in info.value.message
    assert info.value.path == path
    assert info.value.code == "caption.invalid"
    assert str(path) in info.value.one_line()


def test_syntax_error_in_toml(tmp_path):
    with pytest.raises(CaptionError, match="not valid TOML"):
        load_caption_template(write(tmp_path, 'name = "Uji'))


def test_id_must_match_the_file_name(tmp_path):
    with pytest.raises(CaptionError, match="does not match the file name"):
        load_caption_template(write(tmp_path, 'id = "lain"\n' + GOOD))


def test_oversized_and_binary_files(tmp_path):
    big = write(tmp_path, GOOD + "#" * MAX_TEMPLATE_BYTES, "besar")
    with pytest.raises(CaptionError, match="larger than"):
        load_caption_template(big)
    binary = tmp_path / "biner.toml"
    binary.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(CaptionError, match="not UTF-8"):
        load_caption_template(binary)


def test_missing_file(tmp_path):
    with pytest.raises(CaptionError) as info:
        load_caption_template(tmp_path / "tidak-ada.toml")
    assert info.value.code == "caption.not_found"


def test_list_skips_broken_files_and_get_reports_them(tmp_path):
    write(tmp_path, GOOD, "baik")
    write(tmp_path, GOOD.replace("[variants.x]", "[variants.nope]"), "rusak")
    assert list(list_caption_templates(tmp_path)) == ["baik"]
    with pytest.raises(CaptionError, match="unknown variant 'nope'"):
        get_caption_template("rusak", tmp_path)


def test_unknown_template_lists_the_available_ids(tmp_path):
    write(tmp_path, GOOD, "baik")
    with pytest.raises(CaptionError) as info:
        get_caption_template("../baik", tmp_path)
    assert info.value.code == "caption.unknown"
    assert info.value.params["caption"] == "../baik"
    assert "available: baik" in info.value.one_line()


def test_missing_directory_lists_nothing(tmp_path):
    assert list_caption_templates(tmp_path / "tidak-ada") == {}


def test_the_example_in_the_format_reference_loads(platforms):
    from studio.caption import parse_caption_text, render_caption
    from studio.paths import PROJECT_ROOT

    doc = (PROJECT_ROOT / "docs" / "captions.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    template = parse_caption_text(example, template_id="pengumuman")
    result = render_caption(template, {"judul": "Rapat", "tanggal": "2026-11-30",
                                       "waktu": "09:00"}, platforms["x_post"])
    assert result.text == ("PENGUMUMAN\n\nRapat\n\nHari/tanggal: Senin, 30 November 2026\n"
                           "Waktu: 09.00 WIB s.d. selesai\n\n#InfoCimahi")

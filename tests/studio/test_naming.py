"""File names: the pattern grammar, safe names, byte budgets, reserved names."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.errors import ExportError
from studio.naming import (
    MAX_PART_BYTES,
    cut_to_bytes,
    output_path,
    parse_pattern,
    safe_name,
)


@pytest.mark.parametrize(("raw", "expected"), [
    ("IMG_0001", "IMG_0001"),
    ('Rapat: "Humas" <2026>?', "Rapat_ _Humas_ _2026__"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("NUL .txt", "_NUL .txt"),  # Windows ignores the space before the dot
    ("COM¹", "_COM¹"),  # superscript digits count as digits on Windows
    ("lpt3.jpg", "_lpt3.jpg"),
    ("CONSOLE", "CONSOLE"),
    ("trailing dots...", "trailing dots"),
    ("a\x00b\x1fc\x7fd\u202ee", "abcde"),  # control characters, DEL, bidi overrides
    ("", "output"),
])
def test_safe_names_windows_accepts(raw, expected):
    assert safe_name(raw) == expected


def test_default_output_path_keeps_source_name_and_shows_platform(tmp_path):
    path = output_path(tmp_path, "{platform}/{name}", platform_id="instagram_portrait",
                       source=tmp_path / "IMG.0001.heic", template_id="t", extension=".jpg")
    assert path == tmp_path / "instagram_portrait" / "IMG.0001.jpg"


@pytest.mark.parametrize(("pattern", "why"), [
    ("{foo}", "unknown token {foo}"),
    ("{name:>2000000000}", "format specifications are not allowed"),
    ("{platform.__class__.__mro__}", "only plain field names"),
    ("{platform[0]}", "only plain field names"),
    ("{name!r}", "conversions are not allowed"),
    ("{name", "is not closed"),
    ("name}", "no matching"),
    ("{}", "is not a field name"),
    ("a/b/c/d/{name}", "folder levels"),
    ("{name}" * 17, "more than 16 tokens"),
    ("x" * 201, "longer than 200"),
    ("", "empty"),
])
def test_patterns_are_a_small_grammar(pattern, why):
    with pytest.raises(ExportError) as info:
        parse_pattern(pattern)
    assert info.value.code == "export.bad_pattern"
    assert why in info.value.message
    assert "{platform}" in info.value.hint


def test_field_tokens_are_known_fields_and_values_cannot_make_folders(tmp_path):
    parse_pattern("{platform}/{index}-{nama}")  # a shared-vocabulary field
    with pytest.raises(ExportError, match="unknown token"):
        parse_pattern("{platform}/{pangkat}")
    parse_pattern("{platform}/{pangkat}", fields=["pangkat"])  # the template's own field
    path = output_path(tmp_path, "{platform}/{nama}", platform_id="x_post", source=None,
                       template_id="t", extension=".jpg",
                       fields={"nama": "../../etc/a\\b\x7f\u202ec"})
    assert path.parent == tmp_path / "x_post"
    assert path.name == "..-..-etc-a-bc.jpg"
    # Literal braces are written as {{ }}.
    path = output_path(tmp_path, "{{{name}}}", platform_id="x_post", source=Path("f.jpg"),
                       template_id="t", extension=".jpg")
    assert path.name == "{f}.jpg"


def test_names_are_cut_by_bytes_at_a_character_boundary(tmp_path):
    emoji = "\U0001F600" * 119  # 476 bytes in UTF-8: more than any file system allows
    path = output_path(tmp_path, "{platform}/{judul}", platform_id="x_post", source=None,
                       template_id="t", extension=".jpg", fields={"judul": emoji})
    assert len(path.name.encode("utf-8")) <= MAX_PART_BYTES + len(".jpg")
    assert path.stem == "\U0001F600" * (MAX_PART_BYTES // 4)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"ok")  # the file system takes it
    assert cut_to_bytes("e\u0301e\u0301", 4) == "e\u0301"  # no accent without its letter
    # A dedupe number is never cut away.
    numbered = output_path(tmp_path, "{judul}", platform_id="x_post", source=None,
                           template_id="t", extension=".jpg", fields={"judul": emoji},
                           number=12)
    assert numbered.stem.endswith("-12")
    assert len(numbered.name.encode("utf-8")) <= MAX_PART_BYTES + len(".jpg")

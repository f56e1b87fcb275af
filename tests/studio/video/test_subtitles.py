"""Subtitles: reading .srt files and placing cues where the template leaves room."""

from __future__ import annotations

import pytest

from studio.errors import VideoError
from studio.platforms import get_platform
from studio.render.photo import plan_composition
from studio.template import default_library
from studio.video.subtitles import cue_at, cue_image, parse_srt, shift_cues, subtitle_strip

from .conftest import FIELDS

SRT = """1
00:00:00,200 --> 00:00:01,000
<i>Selamat pagi</i>, warga Cimahi!

2
00:00:00,900 --> 00:00:02,500
Rapat dimulai pukul 09.00 WIB
di Aula Gedung B

3
00:00:03,000 --> 00:00:04,000
{\\an8}😀 Terima kasih
"""


def test_parse_srt_handles_bom_crlf_tags_and_overlaps(tmp_path):
    path = tmp_path / "teks.srt"
    path.write_bytes(b"\xef\xbb\xbf" + SRT.replace("\n", "\r\n").encode("utf-8"))
    cues = parse_srt(path)
    assert [c.text for c in cues] == ["Selamat pagi, warga Cimahi!",
                                      "Rapat dimulai pukul 09.00 WIB\ndi Aula Gedung B",
                                      "😀 Terima kasih"]
    assert cues[0].start == 0.2 and cues[0].end == 0.9  # gives way to the next cue
    assert cue_at(cues, 1.0).text.startswith("Rapat")
    assert cue_at(cues, 2.7) is None
    shifted = shift_cues(cues, 1.0, 2.5)
    assert [(c.start, c.end) for c in shifted] == [(0.0, 1.5), (2.0, 2.5)]


def test_cp1252_and_bad_files(tmp_path):
    path = tmp_path / "lama.srt"
    path.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nCaf\xe9\n".encode("cp1252"))
    assert parse_srt(path)[0].text == "Café"
    (tmp_path / "kosong.srt").write_text("bukan subtitle", encoding="utf-8")
    with pytest.raises(VideoError, match="no subtitles"):
        parse_srt(tmp_path / "kosong.srt")
    with pytest.raises(VideoError, match="does not exist"):
        parse_srt(tmp_path / "hilang.srt")


@pytest.mark.parametrize("template_id", ["liputan-kegiatan", "pengumuman"])
@pytest.mark.parametrize("platform_id", ["instagram_reels", "instagram_portrait", "x_post"])
def test_strip_sits_in_the_clear_part_of_the_media(brand, template_id, platform_id):
    loaded = default_library().get(template_id)
    platform = get_platform(platform_id)
    comp = plan_composition(loaded, brand, FIELDS, platform.width, platform.height,
                            platform.safe, split_timed=True)
    strip = subtitle_strip(comp, brand)
    left, top, right, bottom = strip.rect
    safe = comp.layout.safe_rect
    media = comp.media.rect
    assert safe[1] <= top < bottom <= safe[3]
    assert max(safe[0], media[0]) <= left < right <= min(safe[2], media[2])
    # No text or image of the template is covered.
    layers = comp.layout.layers
    for resolved in layers[layers.index(comp.media) + 1:]:
        if resolved.layer.type in ("text", "image"):
            rl, rt, rr, rb = resolved.rect
            overlaps = rl < right and rr > left and rt < bottom and rb > top
            assert not overlaps, (resolved.layer.id, resolved.rect, strip.rect)
    image, shortened = cue_image("Rapat dimulai pukul 09.00 WIB di Aula Gedung B", strip, brand)
    assert image.size == strip.size and not shortened
    assert image.getbbox() is not None

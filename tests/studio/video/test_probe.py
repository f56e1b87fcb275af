"""Probing: phone clips (rotation, VFR, HEVC, 10-bit, HDR, old codecs) and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.errors import VideoError
from studio.video.preview import grab_frame
from studio.video.probe import parse_probe, probe_video

from .conftest import QUADRANTS


def test_landscape_with_sound(clips):
    info = probe_video(clips.landscape)
    assert (info.width, info.height, info.rotation) == (320, 180, 0)
    assert info.display_size == (320, 180)
    assert info.duration == pytest.approx(1.5, abs=0.05)
    assert info.fps == 30 and not info.vfr
    assert info.codec == "h264" and info.pix_fmt == "yuv420p" and info.bit_depth == 8
    assert info.has_audio and info.audio_codec == "aac" and info.audio_rate == 44100


@pytest.mark.parametrize("angle", [-90, 90])
def test_rotated_clip_reports_its_display_size_and_decodes_upright(clips, angle):
    info = probe_video(clips.rotated(angle))
    assert (info.width, info.height) == (320, 180)
    assert info.rotation == (-angle) % 360
    assert info.display_size == (180, 320)
    frame = grab_frame(info, 0.5)
    assert frame.size == (180, 320)
    for name, (x, y) in {"tl": (45, 80), "tr": (135, 80), "bl": (45, 240),
                         "br": (135, 240)}.items():
        got = frame.getpixel((x, y))
        assert max(abs(a - b) for a, b in zip(got, QUADRANTS[name], strict=True)) < 30, name


def test_vfr_hevc_10bit_hdr_and_old_codecs(clips):
    vfr = probe_video(clips.vfr)
    assert vfr.vfr and not vfr.has_audio
    old = probe_video(clips.old_avi)
    assert old.codec == "msmpeg4v2" and old.audio_codec == "ac3" and old.fps == 25
    hevc = probe_video(clips.hevc10)
    assert hevc.codec == "hevc" and hevc.bit_depth == 10 and hevc.has_audio
    hdr = probe_video(clips.hdr)
    assert hdr.hdr and hdr.color_transfer == "arib-std-b67"


@pytest.mark.parametrize(("clip", "code"), [
    ("truncated", "video.truncated"),
    ("not_video", "video.invalid"),
])
def test_broken_files_are_clear_errors(clips, clip, code):
    path = getattr(clips, clip)
    with pytest.raises(VideoError) as caught:
        probe_video(path)
    assert caught.value.code == code
    assert caught.value.path == path
    assert caught.value.hint


def test_missing_empty_and_still_image(tmp_path, clips):
    with pytest.raises(VideoError, match="does not exist"):
        probe_video(tmp_path / "hilang.mp4")
    (tmp_path / "kosong.mp4").write_bytes(b"")
    with pytest.raises(VideoError, match="empty"):
        probe_video(tmp_path / "kosong.mp4")
    from PIL import Image

    Image.new("RGB", (64, 64), "red").save(tmp_path / "foto.mp4", format="PNG")
    with pytest.raises(VideoError) as caught:
        probe_video(tmp_path / "foto.mp4")
    assert caught.value.code == "video.still_image"


def test_parse_older_ffmpeg_wording():
    # ffmpeg 6 printed side data as "displaymatrix: rotation of -90.00 degrees".
    text = """Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'IMG_0001.MOV':
  Duration: 00:00:12.34, start: 0.000000, bitrate: 9000 kb/s
  Stream #0:0[0x1](und): Video: hevc (Main 10) (hvc1 / 0x31637668), yuv420p10le(tv, bt2020nc/bt2020/arib-std-b67), 1920x1080, 8000 kb/s, 29.97 fps, 29.97 tbr, 600 tbn (default)
    Side data:
      displaymatrix: rotation of -90.00 degrees
  Stream #0:1[0x2](und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 160 kb/s (default)
"""  # noqa: E501
    info = parse_probe(text, Path("IMG_0001.MOV"))
    assert info.rotation == 90 and info.display_size == (1080, 1920)
    assert info.duration == pytest.approx(12.34)
    assert info.hdr and info.color_matrix == "bt2020nc" and info.bit_depth == 10
    assert info.fps == pytest.approx(29.97) and not info.vfr

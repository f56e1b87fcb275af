"""Clip limits checked on the probe, before any decoding: each a named constant and a clear error.

The limits are checked on ffmpeg's own description of the clip, so these tests
feed :func:`parse_probe` the text ffmpeg prints for such files (making a real
16000x16000 or three-hour clip would take the time and memory the limits save).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studio.errors import VideoError
from studio.video import probe
from studio.video.ffmpeg import MAX_DECODE_PIXELS, input_args
from studio.video.probe import (
    MAX_STREAMS,
    MAX_VIDEO_DURATION,
    MAX_VIDEO_FPS,
    parse_probe,
    probe_video,
)

from .conftest import ffmpeg

CLIP = Path("clip.mkv")


def description(size: str = "1920x1080", fps: str = "30", duration: str = "00:00:12.00",
                streams: int = 1) -> str:
    lines = [f"Input #0, matroska,webm, from '{CLIP}':",
             f"  Duration: {duration}, start: 0.000000, bitrate: 9000 kb/s",
             f"  Stream #0:0: Video: png, rgb24(pc), {size}, {fps} fps, {fps} tbr, 1k tbn"]
    lines += [f"  Stream #0:{n}: Audio: aac (LC), 48000 Hz, stereo, fltp" for n in
              range(1, streams)]
    return "\n".join(lines) + "\n"


def test_an_ordinary_description_passes():
    info = parse_probe(description(), CLIP)
    assert (info.width, info.height, info.fps) == (1920, 1080, 30)


def test_a_16000_square_png_in_mkv_is_refused_before_any_frame_is_grabbed():
    with pytest.raises(VideoError) as caught:
        parse_probe(description(size="16000x16000"), CLIP)
    assert caught.value.code == "video.too_large"
    assert "16000x16000" in caught.value.message


def test_a_frame_the_decoder_refused_is_named_too_large(tmp_path):
    # With -max_pixels the decoder refuses the frame and ffmpeg prints no size.
    text = description(size="").replace(", , ", ", ") + (
        "[png @ 0x1] [IMGUTILS @ 0x2] Picture size 16000x16000 exceeds specified max pixel "
        "count 35389440, see the documentation if you wish to increase it\n")
    with pytest.raises(VideoError) as caught:
        parse_probe(text, CLIP)
    assert caught.value.code == "video.too_large" and "16000x16000" in caught.value.message


def test_decoders_are_capped_too():
    # Belt and braces: even past the probe, ffmpeg's decoder refuses such a frame.
    args = input_args(CLIP)
    assert args[args.index("-max_pixels") + 1] == str(MAX_DECODE_PIXELS)


def test_frame_rate_duration_and_streams_are_limited():
    with pytest.raises(VideoError) as caught:
        parse_probe(description(fps="1000"), CLIP)
    assert caught.value.code == "video.bad_frame_rate"
    assert f"{MAX_VIDEO_FPS:g}" in caught.value.message

    hours = int(MAX_VIDEO_DURATION // 3600) + 1
    with pytest.raises(VideoError) as caught:
        parse_probe(description(duration=f"{hours:02d}:00:00.00"), CLIP)
    assert caught.value.code == "video.source_too_long"

    with pytest.raises(VideoError) as caught:
        parse_probe(description(streams=MAX_STREAMS + 1), CLIP)
    assert caught.value.code == "video.too_many_streams"
    parse_probe(description(streams=MAX_STREAMS), CLIP)


def test_file_size_is_limited_before_ffmpeg_starts(tmp_path, monkeypatch):
    path = tmp_path / "besar.mp4"
    with open(path, "wb") as fh:  # sparse: no real bytes written
        fh.truncate(2048)
    monkeypatch.setattr(probe, "MAX_VIDEO_FILE_BYTES", 1024)
    monkeypatch.setattr(probe, "run_quick", lambda *a, **k: pytest.fail("ffmpeg was started"))
    with pytest.raises(VideoError) as caught:
        probe_video(path)
    assert caught.value.code == "video.too_large"
    assert os.path.getsize(path) == 2048


def test_a_valid_11x7_clip_is_not_called_damaged(tmp_path):
    path = tmp_path / "kecil.mkv"
    ffmpeg("-f", "lavfi", "-i", "color=blue:size=11x7:rate=10:d=0.5", "-c:v", "png", str(path))
    info = probe_video(path)
    assert (info.width, info.height) == (11, 7)

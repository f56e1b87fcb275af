"""The shipped brand intro/outro: short, square, H.264 + AAC, on the brand background."""

from __future__ import annotations

import pytest

from studio.video.preview import grab_frame
from studio.video.probe import probe_video


@pytest.mark.parametrize(("key", "seconds"), [("intro", 2.0), ("outro", 3.0)])
def test_brand_clip(brand, key, seconds):
    path = brand.video_path(key)
    assert path is not None, f"run tools/make_brand_clips.py ({key} is missing)"
    assert path.stat().st_size < 1_000_000
    info = probe_video(path)
    assert info.display_size == (1080, 1080) and info.codec == "h264"
    assert info.duration == pytest.approx(seconds, abs=0.03)
    assert info.has_audio and info.audio_codec == "aac" and info.audio_rate == 48000
    # Flat brand background at the edges: padding to any shape leaves no seam.
    frame = grab_frame(info, seconds / 2)
    background = brand.color("brand:primary_dark")[:3]
    for xy in ((2, 2), (1077, 2), (2, 1077), (1077, 1077), (540, 4)):
        assert max(abs(a - b) for a, b in zip(frame.getpixel(xy), background, strict=True)) <= 3


def test_brand_clip_tool_needs_no_clip_library(tmp_path, monkeypatch):
    """tools/make_brand_clips.py pipes frames to the bundled ffmpeg: a short clip with sound
    comes out as the shipped ones do (H.264 High + AAC 48 kHz, square, the frames as drawn)."""
    import importlib.util
    import sys

    import numpy as np

    from studio.paths import PROJECT_ROOT

    spec = importlib.util.spec_from_file_location(
        "make_brand_clips", PROJECT_ROOT / "tools" / "make_brand_clips.py")
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_brand_clips", tool)  # its dataclasses look it up
    spec.loader.exec_module(tool)
    assert "moviepy" not in sys.modules

    size = tool.SIZE
    red = np.zeros((size, size, 3), np.uint8)
    red[..., 0] = 200

    def frame(t):
        assert isinstance(t, np.floating)  # as the shipped clips were drawn (see the tool)
        return red

    def sound(t):
        return np.stack([np.sin(2 * np.pi * 440 * t)] * 2, axis=-1) * 0.1

    path = tmp_path / "uji.mp4"
    tool.write_clip(frame, sound, 0.2, path)
    info = probe_video(path)
    assert info.display_size == (size, size) and info.codec == "h264"
    assert info.has_audio and info.audio_codec == "aac" and info.audio_rate == 48000
    assert info.duration == pytest.approx(0.2, abs=0.05)
    r, g, b = grab_frame(info, 0.1).getpixel((size // 2, size // 2))
    assert abs(r - 200) <= 4 and g <= 4 and b <= 4

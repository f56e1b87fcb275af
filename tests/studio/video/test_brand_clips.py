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

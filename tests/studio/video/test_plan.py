"""Render plans: the ffmpeg command a template compiles to, checked without encoding."""

from __future__ import annotations

import re

import pytest

from studio.errors import VideoError
from studio.platforms import get_platform
from studio.render.crop import Focus, plan_cover
from studio.render.photo import plan_composition
from studio.video.plan import plan_video, video_size
from studio.video.probe import probe_video
from studio.video.subtitles import Cue

from .conftest import FIELDS


@pytest.fixture
def make_plan(request):
    plans = []

    def make(*args, **kwargs):
        plan = plan_video(*args, **kwargs)
        plans.append(plan)
        return plan

    yield make
    for plan in plans:
        plan.cleanup()


def test_platform_max_duration_is_enforced_with_a_trim_hint(clips, liputan, brand, make_plan):
    status = get_platform("whatsapp_status")
    with pytest.raises(VideoError) as caught:
        make_plan(clips.long, liputan, brand, FIELDS, status, intro=True, outro=True)
    error = caught.value
    assert error.code == "video.too_long" and error.path == clips.long
    assert "60 s" in error.message and "--trim" in error.hint
    assert "55 s" in error.hint  # 60 s minus the 2 s intro and 3 s outro
    plan = make_plan(clips.long, liputan, brand, FIELDS, status, trim=(5, 60), intro=True,
                     outro=True)
    assert plan.timeline.total == pytest.approx(60.0)
    # As the platform says: no intro and a one-second outro on a status.
    with pytest.raises(VideoError) as caught:
        make_plan(clips.long, liputan, brand, FIELDS, status)
    assert "59 s" in caught.value.hint
    assert plan.timeline.trim_start == 5


def test_whatsapp_bitrate_fits_the_size_limit(clips, liputan, brand, make_plan):
    status = get_platform("whatsapp_status")
    plan = make_plan(clips.long, liputan, brand, FIELDS, status, trim=(0, 55))
    audio_bytes = 128_000 / 8 * plan.duration
    video_bytes = plan.maxrate_kbps * 1000 / 8 * plan.duration
    assert video_bytes + audio_bytes <= status.video.max_bytes * 0.95
    assert plan.maxrate_kbps > 1500  # and not needlessly starved
    assert f"-maxrate {plan.maxrate_kbps}k" in " ".join(plan.argv)
    reels = make_plan(clips.landscape, liputan, brand, FIELDS, get_platform("instagram_reels"))
    assert reels.maxrate_kbps <= get_platform("instagram_reels").video.max_bitrate_kbps


def test_trim_errors(clips, liputan, brand, make_plan):
    reels = get_platform("instagram_reels")
    with pytest.raises(VideoError, match="not a range"):
        make_plan(clips.landscape, liputan, brand, FIELDS, reels, trim=(1.0, 0.5))
    with pytest.raises(VideoError, match="starts at 9"):
        make_plan(clips.landscape, liputan, brand, FIELDS, reels, trim=(9, 12))
    plan = make_plan(clips.landscape, liputan, brand, FIELDS, reels, trim=(0.5, float("inf")),
                     intro=False, outro=False)
    assert plan.timeline.main == pytest.approx(1.0, abs=0.02)
    assert list(plan.argv[plan.argv.index("-ss"):plan.argv.index("-ss") + 2]) == ["-ss", "0.5"]


@pytest.mark.parametrize("platform_id", ["instagram_reels", "instagram_portrait", "x_post"])
def test_cover_crop_is_the_photo_crop(clips, liputan, brand, make_plan, platform_id):
    platform = get_platform(platform_id)
    focus = Focus(0.3, 0.6)
    plan = make_plan(clips.landscape, liputan, brand, FIELDS, platform, focus=focus)
    composition = plan_composition(liputan, brand, FIELDS, *video_size(platform), platform.safe)
    media = composition.media
    # The photo path's crop, which sees the overlays (faces where the design leaves them seen).
    left, top, right, bottom = plan_cover(320, 180, media.width, media.height, focus,
                                          composition.visibility).box
    crop = re.search(r"crop=(\d+):(\d+):(\d+):(\d+)", plan.filter_graph).groups()
    assert tuple(map(int, crop)) == (round(right - left), round(bottom - top), round(left),
                                     round(top))
    assert f"scale={media.width}:{media.height}" in plan.filter_graph


def test_one_process_with_everything_in_it(clips, animated, brand, make_plan, tmp_path):
    cues = (Cue(0.1, 0.6, "Selamat pagi"), Cue(0.8, 1.2, "Warga Cimahi"))
    plan = make_plan(clips.landscape, animated, brand, FIELDS, get_platform("x_post"),
                     subtitles=cues, credit="Diskominfo Kota Cimahi")
    argv = " ".join(plan.argv)
    # the clip, four animated layers (nothing static), one subtitle stream
    assert argv.count(" -i ") == 1 + 4 + 1
    assert argv.count("loop=loop=-1") == 4
    # No intro: layers that come in within the first second are there from frame 0
    # (a branded first frame); one that leaves before the end still fades out.
    assert "enable='between(t,0,1.5)'" in plan.filter_graph
    assert "fade=t=in:st=0.3:d=0.4:alpha=1" not in plan.filter_graph
    assert "fade=t=out:st=0.9:d=0.4:alpha=1" in plan.filter_graph
    assert "between(t,0.1,0.6)+between(t,0.8,1.2)" in plan.filter_graph
    assert "-f concat" in argv
    for flag in ("-c:v libx264", "-profile:v high", "-pix_fmt yuv420p", "-movflags +faststart",
                 "-c:a aac", "-ar 48000", "-map_metadata -1", "-progress pipe:1",
                 "artist=Diskominfo Kota Cimahi"):
        assert flag in argv, flag
    assert all(p.exists() for p in plan.overlays)
    plan.cleanup()
    assert not plan.workdir.exists()


def test_a_long_graph_goes_into_a_file(clips, liputan, brand, make_plan):
    cues = tuple(Cue(i * 0.2, i * 0.2 + 0.1, f"baris {i}") for i in range(280))
    plan = make_plan(clips.long, liputan, brand, FIELDS, get_platform("linkedin"),
                     subtitles=cues, intro=False, outro=False)
    assert "-/filter_complex" in plan.argv
    assert sum(len(a) for a in plan.argv) < 8000


def test_refusals(clips, liputan, brand, tmp_path):
    with pytest.raises(VideoError, match="takes no video"):
        plan_video(clips.landscape, liputan, brand, FIELDS, get_platform("youtube_thumbnail"))
    photo_only = liputan.template.model_copy(update={"media": ("photo",)})
    loaded = type(liputan)(template=photo_only, folder=liputan.folder)
    with pytest.raises(VideoError, match="photos only"):
        plan_video(clips.landscape, loaded, brand, FIELDS, get_platform("x_post"))


def test_even_sizes_and_probe_reuse(clips, liputan, brand, make_plan):
    assert video_size(get_platform("linkedin")) == (1200, 628)
    info = probe_video(clips.landscape)
    plan = make_plan(info, liputan, brand, FIELDS, get_platform("linkedin"))
    assert plan.size == (1200, 628) and plan.info is info

"""End to end: clips through templates into platform files, probed and compared.

Every output is checked for what platforms require (H.264 High, yuv420p,
constant 30 fps, exact size and length, AAC 48 kHz, moov before mdat).
"""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from studio.batch import parse_trim
from studio.cli import main as cli_main
from studio.errors import Cancelled, ExportError, VideoError
from studio.job import ExportSettings, InputJob, Target
from studio.platforms import get_platform
from studio.progress import CancelToken
from studio.render.photo import plan_composition, render_photo
from studio.template.loader import load_template
from studio.video.ffmpeg import ffmpeg_exe
from studio.video.plan import EncoderSettings, static_overlay, video_size
from studio.video.preview import grab_frame, preview_frame
from studio.video.probe import probe_video
from studio.video.produce import VideoOptions, produce_video
from studio.video.run import run_ffmpeg
from tests.studio.helpers import write_template

from .conftest import FIELDS, QUADRANTS, assert_platform_video

# Tests that do not judge the default encoder use a faster preset (still H.264 High).
FAST = EncoderSettings(preset="superfast")
NO_BRAND_CLIPS = VideoOptions(intro=False, outro=False, encoder=FAST)


def luma(image: Image.Image) -> np.ndarray:
    a = np.asarray(image.convert("RGB"), dtype=np.float64)
    return 0.2126 * a[..., 0] + 0.7152 * a[..., 1] + 0.0722 * a[..., 2]


def psnr(a: np.ndarray, b: np.ndarray, mask: np.ndarray | None = None) -> float:
    error = (np.asarray(a, np.float64) - np.asarray(b, np.float64)) ** 2
    if mask is not None:
        error = error[mask]
    return float(10 * np.log10(255**2 / max(error.mean(), 1e-9)))


def through_420(image: Image.Image) -> Image.Image:
    """``image`` after a lossless trip through BT.709 4:2:0: the best any such video can do."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    proc = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-f", "png_pipe", "-i", "pipe:0",
         "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,"
                "scale=in_color_matrix=bt709:in_range=tv,format=rgb24",
         "-f", "image2pipe", "-c:v", "png", "pipe:1"],
        input=buffer.getvalue(), capture_output=True, check=True)
    return Image.open(io.BytesIO(proc.stdout)).convert("RGB")


def export(tmp_path: Path, source: Path, loaded, brand, platform_ids, options=NO_BRAND_CLIPS,
           *, overwrite=False, trim=None, subtitles=None, **kwargs):
    """One clip for ``platform_ids`` into ``out/<platform>/<name>``, as a batch plans it."""
    targets = []
    for p in platform_ids:
        platform = get_platform(p) if isinstance(p, str) else p
        suffix = ".mp4" if platform.video is not None else platform.extension
        targets.append(Target(platform, tmp_path / "out" / platform.id / (source.stem + suffix),
                              overwrite))
    job = InputJob(source, tuple(targets), FIELDS, trim=trim, subtitles=subtitles)
    return produce_video(job, loaded, brand, ExportSettings(), options, **kwargs)


def test_reels_with_intro_and_outro(tmp_path, clips, liputan, brand):
    events = []
    result = export(tmp_path, clips.landscape, liputan, brand, ["instagram_reels"],
                    VideoOptions(intro=True, outro=True), progress=events.append)
    assert result.ok, result.errors
    out = result.outputs[0].path
    assert out.name == "landscape.mp4" and out.parent.name == "instagram_reels"
    assert_platform_video(out, (1080, 1920), 2.0 + 1.5 + 3.0)
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) >= 2
    info = probe_video(out)
    background = brand.color("brand:primary_dark")[:3]
    intro = grab_frame(info, 1.0)
    # The square intro is padded with the same colour as its own background: no seam.
    for xy in ((5, 5), (540, 200), (540, 1700)):
        assert max(abs(a - b) for a, b in zip(intro.getpixel(xy), background, strict=True)) <= 4
    assert intro.crop((140, 760, 940, 1160)).getextrema()[0][1] > 200  # the logo is there
    outro = grab_frame(info, 6.0)
    assert outro.crop((100, 800, 980, 1200)).getextrema()[1][1] > 200
    assert not list((tmp_path / "out").rglob(".part-*"))


def test_rotated_phone_clip_comes_out_upright(tmp_path, clips, plain, brand):
    result = export(tmp_path, clips.rotated(-90), plain, brand, ["instagram_portrait"])
    assert result.ok, result.errors
    out = result.outputs[0].path
    assert_platform_video(out, (1080, 1350), 1.0)
    frame = grab_frame(probe_video(out), 0.5)
    for name, xy in {"tl": (270, 300), "tr": (810, 300), "bl": (270, 1050),
                     "br": (810, 1050)}.items():
        got = frame.getpixel(xy)
        assert max(abs(a - b) for a, b in zip(got, QUADRANTS[name], strict=True)) < 30, name


def test_a_video_frame_is_the_photo_render_of_that_frame(tmp_path, clips, liputan, brand):
    """PSNR in the overlay region: luma above 35 dB, colour within 2 dB of what 4:2:0
    allows at all (sharp coloured edges lose half their chroma resolution in any
    platform video)."""
    platform = get_platform("instagram_portrait")
    result = export(tmp_path, clips.landscape, liputan, brand, [platform])
    assert result.ok, result.errors
    t = 0.5  # a frame time of the 30 fps source and of the output
    video = grab_frame(probe_video(result.outputs[0].path), t)
    source = grab_frame(probe_video(clips.landscape), t)
    photo = render_photo(liputan, brand, FIELDS, platform, source).image
    comp = plan_composition(liputan, brand, FIELDS, platform.width, platform.height,
                            platform.safe, split_timed=True)
    # Where the template draws (the title band is 94% opaque, the logo and chip 100%),
    # less where animated layers draw: at t they may still be sliding in.
    overlay = np.asarray(static_overlay(comp).getchannel("A")) >= 200
    for timed in comp.timed:
        x, y = timed.position
        alpha = np.asarray(timed.image.getchannel("A")) > 0
        region = overlay[y:y + alpha.shape[0], x:x + alpha.shape[1]]
        region &= ~alpha[:region.shape[0], :region.shape[1]]
    assert overlay.mean() > 0.3
    assert psnr(luma(video), luma(photo), overlay) > 35
    bound = psnr(np.asarray(through_420(photo)), np.asarray(photo), overlay)
    assert psnr(np.asarray(video), np.asarray(photo), overlay) > bound - 2


def test_preview_shows_what_the_export_has_mid_animation(tmp_path, clips, animated, brand):
    srt = tmp_path / "teks.srt"
    srt.write_text("1\n00:00:00,300 --> 00:00:01,200\nSelamat pagi, warga Cimahi!\n",
                   encoding="utf-8")
    # With an intro the layers animate in after it (without one, layers that come in
    # within the first second are whole from frame 0: a branded first frame).
    options = VideoOptions(intro=True, outro=False, encoder=FAST)
    result = export(tmp_path, clips.smooth, animated, brand, ["linkedin"], options,
                    subtitles=srt)
    assert result.ok, result.errors
    out = result.outputs[0].path
    intro = 2.0
    assert_platform_video(out, (1200, 628), intro + 1.5)
    info = probe_video(out)
    platform = get_platform("linkedin")
    # 0.5 s: the lower third is halfway through its slide, the chip still moving,
    # the logo fading in, the subtitle showing; 1.4 s: the lower third has gone.
    for t in (intro + 0.5, intro + 1.4):
        video = grab_frame(info, t)
        preview = preview_frame(clips.smooth, animated, brand, FIELDS, platform, t,
                                subtitles=srt, intro=True, outro=False)
        assert preview.size == video.size
        assert psnr(luma(video), luma(preview)) > 38, t
    moving = preview_frame(clips.smooth, animated, brand, FIELDS, platform, intro + 0.5,
                           intro=True, outro=False)
    settled = preview_frame(clips.smooth, animated, brand, FIELDS, platform, intro + 1.0,
                            intro=True, outro=False)
    assert psnr(luma(moving), luma(settled)) < 30  # the layers really move


@pytest.mark.parametrize("clip", ["vfr", "hevc10", "hdr", "old_avi", "silent"])
def test_phone_and_old_inputs(tmp_path, clips, liputan, brand, clip):
    source = getattr(clips, clip)
    options = VideoOptions(intro=False, outro=False, loudnorm=clip == "old_avi", encoder=FAST)
    result = export(tmp_path, source, liputan, brand, ["linkedin"], options)
    assert result.ok, result.errors
    info = probe_video(source)
    assert_platform_video(result.outputs[0].path, (1200, 628), info.duration)


def test_cancel_stops_and_leaves_no_file(tmp_path, clips, liputan, brand):
    token = CancelToken()

    def on_progress(event):
        if event.fraction > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        export(tmp_path, clips.landscape, liputan, brand, ["instagram_reels", "x_post"],
               VideoOptions(encoder=FAST), progress=on_progress, cancel=token)
    assert [p for p in (tmp_path / "out").rglob("*") if p.is_file()] == []


def test_bad_inputs_fail_clearly_and_the_batch_goes_on(tmp_path, clips, capsys):
    code = cli_main(["export", str(clips.truncated), str(clips.not_video), str(clips.cut_short),
                     str(clips.landscape), "-t", "liputan-kegiatan", "-p", "linkedin",
                     "--set", "judul=Uji", "--set", "tanggal=2026-11-30",
                     "-o", str(tmp_path / "out"), "--no-captions"])
    err = capsys.readouterr().err
    assert code == 1
    assert (tmp_path / "out" / "linkedin" / "landscape.mp4").is_file()
    assert f"{clips.truncated}: the video file is incomplete" in err
    assert f"{clips.not_video}: not a video file" in err
    assert f"{clips.cut_short}: the video file is cut short" in err


def test_size_limit_is_met(tmp_path, clips, liputan, brand):
    # A small WhatsApp-like preset keeps the test quick; the rule is the same at 16 MB.
    status = get_platform("whatsapp_status")
    tight = replace(status, id="whatsapp_tight", width=540, height=960,
                    video=replace(status.video, max_bytes=300_000))
    result = export(tmp_path, clips.noisy, liputan, brand, [tight])
    assert result.ok, result.errors
    assert 150_000 < result.outputs[0].path.stat().st_size <= 300_000


def test_too_long_for_one_platform_and_the_others_go_on(tmp_path, clips, liputan, brand):
    linkedin = get_platform("linkedin")
    short = replace(linkedin, id="pendek", label="Pendek",
                    video=replace(linkedin.video, max_duration=1.0))
    result = export(tmp_path, clips.landscape, liputan, brand, [short, linkedin])
    too_long, ok = result.outputs
    assert too_long.error is not None and too_long.error.code == "video.too_long"
    assert "--trim" in too_long.error.hint and too_long.error.path == clips.landscape
    assert ok.ok and ok.path.is_file()  # the other platform still exported


def test_poster_and_no_overwrite(tmp_path, clips, liputan, brand):
    result = export(tmp_path, clips.landscape, liputan, brand, ["youtube_thumbnail"])
    assert result.ok, result.errors
    poster = result.outputs[0].path
    assert poster.suffix == ".jpg" and poster.stat().st_size < 2_000_000
    with Image.open(poster) as im:
        assert im.size == (1280, 720)
    again = export(tmp_path, clips.landscape, liputan, brand, ["youtube_thumbnail"])
    assert isinstance(again.outputs[0].error, ExportError)


def test_existing_video_is_kept_unless_overwrite(tmp_path, clips, plain, brand):
    first = export(tmp_path, clips.silent, plain, brand, ["linkedin"])
    path = first.outputs[0].path
    before = path.stat().st_mtime_ns
    second = export(tmp_path, clips.silent, plain, brand, ["linkedin"])
    assert second.outputs[0].error.code == "export.exists"
    assert path.stat().st_mtime_ns == before
    third = export(tmp_path, clips.silent, plain, brand, ["linkedin"], overwrite=True)
    assert third.ok


def test_ffmpeg_failure_is_one_clear_line_with_the_log_attached(clips):
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-i", str(clips.landscape),
            "-vf", "nosuchfilter", "-f", "null", "-", "-progress", "pipe:1"]
    with pytest.raises(VideoError) as caught:
        run_ffmpeg(argv, duration=1.5, source=clips.landscape)
    error = caught.value
    assert error.code == "video.ffmpeg_failed" and error.path == clips.landscape
    assert "nosuchfilter" in error.message and "\n" not in error.message
    assert "nosuchfilter" in error.params["log"]


def test_trim_and_even_size(tmp_path, clips, liputan, brand):
    trim = parse_trim("0.5,1.2")
    assert trim == (0.5, 1.2)
    options = VideoOptions(intro=False, outro=False, encoder=FAST)
    result = export(tmp_path, clips.landscape, liputan, brand, ["linkedin"], options, trim=trim)
    assert result.ok, result.errors
    assert_platform_video(result.outputs[0].path, video_size(get_platform("linkedin")), 0.7)
    with pytest.raises(VideoError, match="--trim"):
        parse_trim("lima")
    assert parse_trim("1:05,") == (65.0, float("inf"))


@pytest.mark.parametrize("fit", ["contain", "blur"])
def test_contain_and_blur_match_the_photo_path(tmp_path, clips, brand, fit):
    folder = write_template(tmp_path / f"isi-{fit}", video={"intro": False, "outro": False},
                            layers=[{"id": "foto", "type": "media", "box": [0, 0, 1, 1],
                                     "fit": fit}])
    loaded = load_template(folder)
    # A portrait phone clip into a landscape post: bars at the sides.
    result = export(tmp_path, clips.rotated(-90), loaded, brand, ["linkedin"])
    assert result.ok, result.errors
    video = grab_frame(probe_video(result.outputs[0].path), 0.5)
    source = grab_frame(probe_video(clips.rotated(-90)), 0.5)
    photo = render_photo(loaded, brand, FIELDS, get_platform("linkedin"), source).image
    photo = photo.resize(video.size) if photo.size != video.size else photo
    assert psnr(luma(video), luma(photo)) > 30
    # Inside the upright clip (its top-left quadrant) and in the side bar.
    for xy in ((510, 150), (100, 314)):
        assert max(abs(a - b) for a, b in zip(video.getpixel(xy), photo.getpixel(xy),
                                              strict=True)) < 20, xy
    assert max(abs(a - b) for a, b in zip(video.getpixel((510, 150)), QUADRANTS["tl"],
                                          strict=True)) < 30

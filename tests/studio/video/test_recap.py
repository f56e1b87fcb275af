"""Recap reels (issue 11 item 4): tiny photos at a tiny platform size, so each encode is quick.

The platform is Instagram Reels shrunk to 180x320 (every rule of the real
one but the size): the graph, the timing, the output format, the bad input
and the engine's handling are the same at any size.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from studio.batch import run_batch
from studio.errors import Cancelled, VideoError
from studio.job import ExportSettings, InputJob, RecapSpec, Target
from studio.platforms import get_platform
from studio.progress import CancelToken
from studio.project import ExportOptions, MediaItem, Project
from studio.render.crop import Focus
from studio.video.ffmpeg import ffmpeg_exe
from studio.video.plan import bumper_mode
from studio.video.probe import probe_video
from studio.video.recap import (
    CROSSFADE,
    MAX_TRAVEL,
    PAN_STEP,
    check_duration,
    media_box,
    plan_recap,
    prepare_segments,
    produce_recap,
    recap_length,
    still_image,
)
from tests.studio.video.conftest import FIELDS


def tiny(platform_id: str = "instagram_reels", **video: object):
    platform = get_platform(platform_id)
    assert platform.video is not None
    limits = dataclasses.replace(platform.video, **video) if video else platform.video
    return dataclasses.replace(platform, width=180, height=320, video=limits)


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("recap-photos")
    paths = []
    for n, (size, colour) in enumerate([((400, 300), (200, 60, 60)), ((300, 400), (60, 160, 60)),
                                        ((400, 300), (60, 60, 200))]):
        image = Image.new("RGB", size, colour)
        draw = ImageDraw.Draw(image)
        for x in range(0, size[0], 20):
            draw.line((x, 0, x, size[1]), fill=(255, 255, 255), width=3)
        path = folder / f"foto-{n}.jpg"
        image.save(path, quality=90)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("recap-broken") / "rusak.jpg"
    path.write_bytes(b"this is no photo")
    return path


@pytest.fixture(scope="module")
def music(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("recap-music") / "musik.m4a"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
                    "-i", "sine=f=440:d=4:r=48000", "-c:a", "aac", str(path)], check=True)
    return path


def _job(sources, out: Path, platform, spec: RecapSpec) -> InputJob:
    return InputJob(source=None, targets=(Target(platform, out),), fields=FIELDS,
                    sources=tuple(sources), recap=spec)


def test_one_ffmpeg_graph_pans_crossfades_and_overlays(photos, liputan, brand, tmp_path):
    platform = tiny()
    spec = RecapSpec(duration=15, music=False, intro=False, outro=False)
    box = media_box(liputan, brand, FIELDS, platform)
    segments, warnings = prepare_segments(photos, box, spec, tmp_path)
    assert not warnings
    plan = plan_recap(segments, liputan, brand, FIELDS, platform, spec, workdir=tmp_path)
    graph = plan.filter_graph
    assert "zoompan" not in graph  # a moving crop, not a scale per frame
    # One cross-fade per join: the incoming photo's alpha ramped up over the outgoing one.
    assert graph.count("fade=t=in:st=0:d=0.5:alpha=1") == len(photos) - 1
    assert "crop=" in graph and "overlay=" in graph and "concat=" in graph
    assert plan.argv.count("-i") == len(photos) + 1  # the stills and one overlay PNG
    # Each still is cut to the box plus its pan's travel, along one axis.
    for segment in segments:
        axis, travel, _, every = segment.pan
        side = box[0] if axis == "x" else box[1]
        assert travel == PAN_STEP * ((round(segment.length * 30) - 1) // every)
        assert travel <= MAX_TRAVEL * side + PAN_STEP  # a gentle pan, not a sweep
        want = (box[0] + travel, box[1]) if axis == "x" else (box[0], box[1] + travel)
        assert still_image(segment).size == want
    # The photos fill the asked length (cross-fades overlap).
    assert abs(recap_length(segments) - 15) < 0.1
    assert abs(sum(s.length for s in segments) - CROSSFADE * 2 - 15) < 1e-6


def test_pan_ends_on_the_focus(photos, brand, liputan, tmp_path, monkeypatch):
    platform = tiny()
    box = media_box(liputan, brand, FIELDS, platform)
    spec = RecapSpec(duration=15, music=False)
    # A 4:3 photo pans along its spare side: across in a taller box, down/up in a wider one.
    axis = "x" if box[0] / box[1] <= 4 / 3 else "y"
    for v, forward in ((0.95, True), (0.05, False)):
        monkeypatch.setattr("studio.video.recap.detect_focus", lambda image, v=v: Focus(v, v))
        segments, _ = prepare_segments(photos[:1], box, spec, tmp_path)
        assert segments[0].pan[0] == axis
        assert segments[0].pan[2] is forward  # toward a focus at the end, back from the start


def test_recap_output_follows_the_video_rules(photos, broken, liputan, brand, tmp_path):
    platform = tiny()
    out = tmp_path / "rekap.mp4"
    spec = RecapSpec(duration=15, music=True, intro=False, outro=False)
    events = []
    result = produce_recap(_job([photos[0], broken, *photos[1:]], out, platform, spec), liputan,
                           brand, ExportSettings(), progress=events.append)
    assert result.ok, result.errors
    info = probe_video(out)
    assert abs(info.duration - 15) < 0.2
    assert info.has_audio
    assert info.display_size == (180, 320)
    log = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(out)], capture_output=True,
                         text=True).stderr
    assert "h264 (High)" in log and "yuv420p" in log and "30 fps" in log and "aac" in log
    with open(out, "rb") as fh:  # faststart: the index before the media data
        head = fh.read(4096)
    assert head.find(b"moov") != -1 and head.find(b"moov") < max(head.find(b"mdat"), 4096)
    messages = [w.message for w in result.outputs[0].warnings]
    assert any("rusak.jpg" in m for m in messages)  # skipped and named
    assert any("music" in m for m in messages)  # the kit has none: a warning, not a failure
    assert events and events[-1].fraction == 1.0


def test_music_bed_normalised_and_faded(photos, liputan, brand, music, tmp_path):
    kit = brand.with_video("music", str(music))
    platform = tiny()
    box = media_box(liputan, kit, FIELDS, platform)
    spec = RecapSpec(duration=15, intro=False, outro=False)
    segments, _ = prepare_segments(photos, box, spec, tmp_path)
    plan = plan_recap(segments, liputan, kit, FIELDS, platform, spec, workdir=tmp_path)
    assert "loudnorm=I=-16" in plan.filter_graph
    assert "afade=t=out" in plan.filter_graph
    assert "-stream_loop" in plan.argv  # a short bed loops under a long recap
    assert not [w for w in plan.warnings if w.code == "recap_no_music"]


def test_too_long_names_the_limit(photos, liputan, brand, tmp_path):
    platform = tiny(max_duration=20.0)
    box = media_box(liputan, brand, FIELDS, platform)
    spec = RecapSpec(duration=30, music=False, intro=False, outro=False)
    segments, _ = prepare_segments(photos, box, spec, tmp_path)
    with pytest.raises(VideoError) as caught:
        plan_recap(segments, liputan, brand, FIELDS, platform, spec, workdir=tmp_path)
    assert caught.value.code == "recap.too_long"
    assert caught.value.params["limit"] == 20
    assert "20 s" in caught.value.message


def test_duration_outside_15_to_60_is_refused():
    check_duration(15)
    check_duration(60)
    for bad in (10, 61):
        with pytest.raises(VideoError) as caught:
            check_duration(bad)
        assert caught.value.code == "recap.bad_duration"


def test_no_readable_photo_is_an_error(broken, liputan, brand, tmp_path):
    result = produce_recap(_job([broken], tmp_path / "r.mp4", tiny(), RecapSpec(music=False)),
                           liputan, brand, ExportSettings())
    assert not result.ok
    assert result.outputs[0].error.code == "recap.no_media"
    assert not (tmp_path / "r.mp4").exists()


def test_cancel_kills_ffmpeg_and_leaves_no_file(photos, liputan, brand, tmp_path):
    cancel = CancelToken()
    out = tmp_path / "rekap.mp4"

    def progress(event):
        if 0 < event.fraction < 1:
            cancel.cancel()

    timer = threading.Timer(30, cancel.cancel)  # a safety net, never the test's condition
    timer.start()
    try:
        with pytest.raises(Cancelled):
            produce_recap(_job(photos, out, tiny(), RecapSpec(duration=60, music=False)),
                          liputan, brand, ExportSettings(), progress=progress, cancel=cancel)
    finally:
        timer.cancel()
    assert not out.exists()
    assert not list(tmp_path.iterdir())


def test_engine_makes_one_recap_per_platform_and_resumes(photos, tmp_path, monkeypatch):
    small = {pid: tiny(pid) for pid in ("instagram_reels", "instagram_story")}
    monkeypatch.setattr("studio.batch.run.get_platform", lambda pid: small[pid])
    monkeypatch.setattr("studio.batch.plan.get_platform", lambda pid: small[pid])
    project = Project(name="HUT Cimahi", template="liputan-kegiatan", output_dir=tmp_path / "out",
                      platforms=("instagram_reels", "instagram_story"), fields=dict(FIELDS),
                      media=tuple(MediaItem(p) for p in photos),
                      export=ExportOptions(intro="off"))
    spec = RecapSpec(duration=15, music=False)
    report = run_batch(project, workers=0, recap=spec)
    recaps = [r for r in report.rows if r.kind == "recap"]
    assert [r.status for r in recaps] == ["ok", "ok"]
    assert {Path(r.path).name for r in recaps} == {"rekap-HUT Cimahi.mp4"}
    for row in recaps:
        assert abs(probe_video(tmp_path / "out" / row.path).duration - 15) < 0.2
    # Like every exported video, the reel gets a cover where the platform shows
    # one (Reels: full size and the 4:5 grid crop; a story plays at once): its
    # first photo drawn with the template.
    covers = sorted(r.path for r in report.rows if r.kind == "cover" and r.status == "ok")
    assert covers == ["instagram_reels/rekap-HUT Cimahi-sampul-4x5.jpg",
                      "instagram_reels/rekap-HUT Cimahi-sampul.jpg"]
    with Image.open(tmp_path / "out" / covers[1]) as cover:
        assert cover.size == (180, 320)
        # The first photo (red with white lines) shows in the picture, not a blank.
        assert max(cover.convert("RGB").getcolors(1 << 16) or [(0, (0, 0, 0))])[1][0] > 120
    with Image.open(tmp_path / "out" / covers[0]) as grid:
        assert grid.size == (1080, 1350)
    again = run_batch(project, workers=0, recap=spec)
    assert [r.status for r in again.rows if r.kind == "recap"] == ["kept", "kept"]
    assert all(r.status == "kept" for r in again.rows if r.kind == "cover")


def test_intro_outro_per_platform(liputan):
    story, reels, feed = (get_platform(p) for p in ("instagram_story", "instagram_reels",
                                                     "instagram_portrait"))
    assert bumper_mode(story, "intro", None, True) == "none"
    assert bumper_mode(reels, "intro", None, True) == "short"
    assert bumper_mode(feed, "intro", None, True) == "full"
    assert bumper_mode(story, "intro", True, True) == "full"  # the officer's switch wins
    assert bumper_mode(feed, "outro", False, True) == "none"
    assert bumper_mode(feed, "intro", None, False) == "none"  # a template without intro


def test_subtitles_leave_faces_visible(liputan, brand, clips):
    from studio.render.photo import plan_composition
    from studio.video.plan import subject_rects
    from studio.video.subtitles import subtitle_strip

    platform = get_platform("instagram_story")
    composition = plan_composition(liputan, brand, FIELDS, 1080, 1920, platform.safe,
                                   split_timed=True)
    usual = subtitle_strip(composition, brand).rect
    # A face right where the strip would go: the strip moves to free space.
    face = (0, usual[1] - 40, 1080, usual[3] + 40)
    moved = subtitle_strip(composition, brand, (face,)).rect
    assert moved[3] <= face[1] or moved[1] >= face[3]
    # Faces are mapped through the cover crop onto the canvas.
    info = probe_video(clips.landscape)
    box = composition.media.rect
    rects = subject_rects(info, box, Focus(0.5, 0.5, ((0.4, 0.4, 0.6, 0.6),)))
    assert len(rects) == 1
    left, top, right, bottom = rects[0]
    assert box[0] <= left < right <= box[2] and box[1] <= top < bottom <= box[3]
    assert abs((left + right) / 2 - (box[0] + box[2]) / 2) <= 2  # a centred face stays centred


def test_first_and_last_frames_branded_without_intro(liputan, brand, clips):
    from studio.video.plan import plan_video

    story = get_platform("instagram_story")  # no intro; a short outro
    plan = plan_video(clips.landscape, liputan, brand, FIELDS, story)
    try:
        assert plan.timeline.intro == 0
        # Layers that come in at the opening are there from frame 0 (no fade in).
        assert not re.search(r"(?<!a)fade=t=in", plan.filter_graph)
    finally:
        plan.cleanup()
    plan = plan_video(clips.landscape, liputan, brand, FIELDS, story, intro=False,
                      outro=False)
    try:
        # Nothing after the clip: the layers stay to the last frame (no fade out).
        assert not re.search(r"(?<!a)fade=t=out", plan.filter_graph)
    finally:
        plan.cleanup()
    feed = get_platform("instagram_portrait")
    plan = plan_video(clips.landscape, liputan, brand, FIELDS, feed)
    try:
        assert plan.timeline.intro == 2.0 and re.search(r"(?<!a)fade=t=in", plan.filter_graph)
    finally:
        plan.cleanup()
    reels = get_platform("instagram_reels")
    plan = plan_video(clips.landscape, liputan, brand, FIELDS, reels)
    try:
        # A short intro: its last second, where the brand is already shown.
        assert plan.timeline.intro == 1.0 and plan.timeline.intro_from == 1.0
        assert "trim=start=1" in plan.filter_graph
    finally:
        plan.cleanup()


def test_pan_ends_with_the_face_where_the_design_leaves_it_seen(tmp_path, monkeypatch):
    # A tall photo with a red "face" in it, in a tall box: the last frame of the pan
    # shows the face at the target height (above a title panel), not centred.
    photo = Image.new("RGB", (600, 1600), (90, 90, 90))
    ImageDraw.Draw(photo).ellipse((270, 610, 330, 670), fill=(255, 0, 0))
    path = tmp_path / "tinggi.jpg"
    photo.save(path, quality=95)
    monkeypatch.setattr("studio.video.recap.detect_focus", lambda image: Focus(0.5, 0.4))
    box = (180, 320)
    segments, _ = prepare_segments([path], box, RecapSpec(hold=3.0, music=False), tmp_path,
                                   target=(0.5, 0.3))
    axis, travel, forward, _ = segments[0].pan
    assert axis == "y"
    end = travel if forward else 0
    last = still_image(segments[0]).crop((0, end, box[0], end + box[1]))
    reds = [(x, y) for y in range(last.height) for x in range(last.width)
            if last.getpixel((x, y))[0] > 200 and last.getpixel((x, y))[1] < 80]
    assert reds
    centre_y = sum(y for _, y in reds) / len(reds) / box[1]
    assert abs(centre_y - 0.3) < 0.05


def _tone_levels(path: Path, freq: float, windows: list[tuple[float, float]]) -> list[float]:
    """RMS of ``freq`` (Hz, +-30) in each (start, end) window of the file's audio."""
    import numpy as np

    raw = subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-i", str(path),
                          "-map", "0:a", "-ac", "1", "-ar", "48000", "-f", "f32le", "-"],
                         capture_output=True, check=True).stdout
    samples = np.frombuffer(raw, np.float32)
    levels = []
    for start, end in windows:
        part = samples[int(start * 48000):int(end * 48000)]
        spectrum = np.abs(np.fft.rfft(part * np.hanning(len(part))))
        bins = np.fft.rfftfreq(len(part), 1 / 48000)
        levels.append(float(spectrum[(bins > freq - 30) & (bins < freq + 30)].max()
                            / len(part)))
    return levels


def test_a_clip_keeps_its_own_sound_over_the_ducked_music(photos, liputan, brand, music,
                                                          tmp_path):
    # A 2 s clip with a 1 kHz "speech" between photos, a 440 Hz music bed under all.
    clip = tmp_path / "sambutan.mp4"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=2",
                    "-f", "lavfi", "-i", "sine=f=1000:d=2:r=48000", "-c:v", "libx264",
                    "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(clip)], check=True)
    kit = brand.with_video("music", str(music))
    platform = tiny()
    spec = RecapSpec(duration=15, intro=False, outro=False)
    box = media_box(liputan, kit, FIELDS, platform)
    segments, _ = prepare_segments([photos[0], clip, photos[1]], box, spec, tmp_path)
    assert segments[1].clip is not None
    # The clip starts after the first photo less the cross-fade's overlap.
    start = (round(segments[0].length * 30) - round(CROSSFADE * 30)) / 30
    length = round(segments[1].length * 30) / 30
    out = tmp_path / "rekap.mp4"
    result = produce_recap(_job([photos[0], clip, photos[1]], out, platform, spec), liputan,
                           kit, ExportSettings())
    assert result.ok, result.errors
    inside = (start + 0.6, start + length - 0.6)
    before = (max(0.6, start - 2.0), start - 0.6)  # music alone, past its fade-in
    speech_in, speech_before = _tone_levels(out, 1000, [inside, before])
    music_in, music_before = _tone_levels(out, 440, [inside, before])
    assert speech_in > 20 * max(speech_before, 1e-6)  # the clip's sound is there, in place
    # The music is lowered under it (12 dB: a quarter), not cut, not left at full level.
    assert 0.1 < music_in / music_before < 0.45
    # Silent recap (no music): the clip's sound alone, still in its place.
    quiet = RecapSpec(duration=15, music=False, intro=False, outro=False)
    out2 = tmp_path / "rekap-tanpa-musik.mp4"
    result = produce_recap(_job([photos[0], clip, photos[1]], out2, platform, quiet), liputan,
                           brand, ExportSettings())
    assert result.ok, result.errors
    speech_in, speech_before = _tone_levels(out2, 1000, [inside, before])
    assert speech_in > 20 * max(speech_before, 1e-6)

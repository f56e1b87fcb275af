"""Video covers: which clips and platforms get one, the picture (picked second, first
photo, first good frame), a time past the end, the engine's resume and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from studio.batch import plan_batch
from studio.job import ExportSettings, InputJob, Target
from studio.platforms import get_platform
from studio.project import ExportOptions, MediaItem, Project
from studio.video.cover import (
    PHOTO_FIELD,
    SHAPE_FIELD,
    TIME_FIELD,
    cover_path,
    good_frame,
    produce_cover,
)
from tests.studio.helpers import noisy_photo
from tests.studio.video.conftest import FIELDS, ffmpeg


@pytest.fixture(scope="module")
def phases(tmp_path_factory) -> Path:
    """Black for 0.6 s (a fade-in), then red, then blue, each 0.6 s, with grain."""
    path = tmp_path_factory.mktemp("cover") / "fase.mp4"
    ffmpeg("-filter_complex",
           "color=c=black:s=320x180:r=30:d=0.6[a];"
           "color=c=0xD02020:s=320x180:r=30:d=0.6,noise=alls=90:allf=t[b];"
           "color=c=0x2030D0:s=320x180:r=30:d=0.6,noise=alls=90:allf=t[c];"
           "[a][b][c]concat=n=3:v=1:a=0,format=yuv420p[v]",
           "-map", "[v]", "-c:v", "libx264", "-crf", "18", str(path))
    return path


def _centre(path: Path) -> tuple[float, ...]:
    with Image.open(path) as image:
        w, h = image.size
        return tuple(ImageStat.Stat(image.convert("RGB").crop(
            (w // 2 - 20, h // 2 - 20, w // 2 + 20, h // 2 + 20))).mean)


def _cover(tmp_path: Path, clip: Path, plain, brand, fields: dict, platform: str = "tiktok",
           name: str = "sampul.jpg"):
    target = Target(get_platform(platform), tmp_path / f"{platform}-{name}")
    return produce_cover(InputJob(clip, (target,), fields=fields), plain, brand,
                         ExportSettings())


def test_first_good_frame_skips_a_black_start(tmp_path, phases, plain, brand):
    result = _cover(tmp_path, phases, plain, brand, {SHAPE_FIELD: "full"})
    assert result.ok, result.errors
    r, g, b = _centre(result.outputs[0].path)
    assert r > 150 and g < 90 and b < 90  # red: the first frame that is not black
    with Image.open(result.outputs[0].path) as image:
        assert image.size == (1080, 1920)


def test_the_picked_second_wins_over_the_first_photo(tmp_path, phases, plain, brand):
    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (300, 200), (20, 180, 40)).save(photo)
    picked = _cover(tmp_path, phases, plain, brand,
                    {TIME_FIELD: "1.5", PHOTO_FIELD: str(photo), SHAPE_FIELD: "full"})
    r, g, b = _centre(picked.outputs[0].path)
    assert b > 150 and r < 90  # blue: the frame at 1.5 s
    default = _cover(tmp_path, phases, plain, brand,
                     {PHOTO_FIELD: str(photo), SHAPE_FIELD: "full"}, name="foto.jpg")
    assert default.ok, default.errors
    r, g, b = _centre(default.outputs[0].path)
    assert g > 150 and r < 60  # green: the event's first photo


def test_grid_shape_is_four_by_five(tmp_path, phases, plain, brand):
    result = _cover(tmp_path, phases, plain, brand, {SHAPE_FIELD: "grid"},
                    platform="instagram_reels")
    assert result.ok
    assert result.outputs[0].platform_id == "instagram_reels"
    with Image.open(result.outputs[0].path) as image:
        assert image.size == (1080, 1350)


def test_a_time_after_the_end_fails_with_its_code(tmp_path, phases, plain, brand):
    result = _cover(tmp_path, phases, plain, brand, {TIME_FIELD: "9.0", SHAPE_FIELD: "full"})
    assert not result.ok
    assert result.errors[0].code == "video.cover_time"


def test_good_frame_refuses_black_and_flat_pictures():
    assert not good_frame(Image.new("RGB", (64, 64), (0, 0, 0)))
    assert not good_frame(Image.new("RGB", (64, 64), (200, 30, 30)))
    assert good_frame(noisy_photo(64, 64))


def test_plan_covers_beside_clips_on_platforms_with_covers(tmp_path, clips):
    photo = tmp_path / "foto.jpg"
    noisy_photo(200, 150).save(photo)
    clip = clips.landscape
    project = Project(
        name="Uji", template="liputan-kegiatan", output_dir=tmp_path / "hasil",
        platforms=("instagram_reels", "tiktok", "instagram_story", "youtube_thumbnail"),
        fields=FIELDS, media=(MediaItem(clip), MediaItem(photo)),
        export=ExportOptions(captions=False))
    plan = plan_batch(project)
    covers = [i for i in plan.inputs if i.kind == "cover"]
    paths = sorted(o.path.relative_to(plan.output_dir).as_posix()
                   for c in covers for o in c.outputs)
    assert paths == ["instagram_reels/landscape-sampul-4x5.jpg",
                     "instagram_reels/landscape-sampul.jpg", "tiktok/landscape-sampul.jpg"]
    assert {c.fields[PHOTO_FIELD] for c in covers} == {str(photo)}
    assert cover_path(Path("a/klip.mp4"), "grid") == Path("a/klip-sampul-4x5.jpg")

    picked = Project(**{**project.__dict__,
                        "media": (MediaItem(clip, cover_at=0.8), MediaItem(photo))})
    again = [i for i in plan_batch(picked).inputs if i.kind == "cover"]
    assert {c.fields[TIME_FIELD] for c in again} == {"0.800"}
    assert {c.fields[PHOTO_FIELD] for c in again} == {""}
    # The picked second is part of each cover's key (and not of the clip's).
    old = {o.path: o.key for c in covers for o in c.outputs}
    assert all(old[o.path] != o.key for c in again for o in c.outputs)
    no_covers = Project(**{**project.__dict__, "export": ExportOptions(covers=False)})
    assert not [i for i in plan_batch(no_covers).inputs if i.kind == "cover"]


def test_a_cover_goes_up_with_its_video_and_gets_no_caption_of_its_own(tmp_path, clips):
    project = Project(
        name="Uji", template="liputan-kegiatan", output_dir=tmp_path / "hasil",
        platforms=("instagram_reels",), fields=FIELDS, media=(MediaItem(clips.landscape),))
    plan = plan_batch(project)
    assert [i for i in plan.inputs if i.kind == "cover"]  # covers are made...
    captions = sorted(c.path.relative_to(plan.output_dir).as_posix() for c in plan.captions)
    assert captions == ["instagram_reels/caption.txt"]  # ...and the post has one caption


def test_cli_cover_at_and_resume_redoes_only_the_cover(tmp_path, clips, capsys):
    from studio.cli import main

    out = tmp_path / "hasil"
    args = ["export", str(clips.landscape), "-t", "liputan-kegiatan", "-p", "tiktok",
            "-s", "judul=Uji sampul", "-s", "tanggal=2026-12-04", "--no-captions",
            "-o", str(out)]
    assert main([*args, "--cover-at", "1.0"]) == 0, capsys.readouterr().err
    cover = out / "tiktok" / "landscape-sampul.jpg"
    with Image.open(cover) as image:
        assert image.size == (1080, 1920)
    first = cover.read_bytes()
    capsys.readouterr()
    assert main([*args, "--cover-at", "0:00.2"]) == 0
    printed = capsys.readouterr().out
    assert "kept   tiktok/landscape.mp4" in printed
    assert "ok     tiktok/landscape-sampul.jpg" in printed
    assert cover.read_bytes() != first
    rows = json.loads((out / "manifest.json").read_text("utf-8"))["outputs"]
    assert {r["kind"] for r in rows} == {"video", "cover"}
    assert main([*args, "--cover-at", "abc"]) != 0

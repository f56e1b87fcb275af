"""Carousel posts: template pages, planning and splitting, numbered files, one caption,
broken photos left out and named, resume, and the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from studio.batch import plan_batch, run_batch
from studio.carousel import (
    CAROUSEL_PLATFORMS,
    page_file_name,
    photos_per_carousel,
    split_platforms,
    split_sizes,
)
from studio.errors import StudioError, TemplateError
from studio.paths import TEMPLATES_DIR
from studio.project import ExportOptions, MediaItem, Project, load_project, save_project
from studio.template import default_library
from studio.template.library import TemplateLibrary
from studio.template.loader import load_template, parse_template
from tests.studio.helpers import noisy_photo, write_template

FIELDS = {"judul": "Rapat Koordinasi Kehumasan", "tanggal": "2026-12-04",
          "lokasi": "Aula Gedung B Pemkot Cimahi"}


def photos(folder: Path, count: int, size: tuple[int, int] = (480, 360)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"IMG_{n:04d}.jpg"
        noisy_photo(*size, seed=n).save(path, quality=80)
        paths.append(path)
    return paths


def event(tmp_path: Path, media: list[Path], platforms=("instagram_portrait",),
          **export) -> Project:
    return Project(name="Uji carousel", template="liputan-kegiatan",
                   output_dir=tmp_path / "hasil", platforms=tuple(platforms),
                   fields=dict(FIELDS), media=tuple(MediaItem(p) for p in media),
                   export=ExportOptions(carousel=True, **export))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


# -- rules -----------------------------------------------------------------------------------


def test_split_sizes_are_even_and_within_the_limit():
    per = photos_per_carousel(closing=True)
    assert per == 18  # 20 pages less the cover and the closing page
    assert split_sizes(0, True) == []
    assert split_sizes(18, True) == [18]
    assert split_sizes(19, True) == [10, 9]
    assert split_sizes(19, False) == [19]
    assert split_sizes(37, True) == [13, 12, 12]
    for count in range(1, 120):
        sizes = split_sizes(count, True)
        assert sum(sizes) == count
        assert max(sizes) <= per and max(sizes) - min(sizes) <= 1


def test_page_file_names_are_numbered_and_windows_valid():
    assert page_file_name(1, 8, "cover", None, ".jpg") == "01-sampul.jpg"
    assert page_file_name(8, 8, "closing", None, ".jpg") == "08-penutup.jpg"
    name = page_file_name(3, 8, "slide", Path('foto: "aula"?.jpg'), ".jpg")
    assert name.startswith("03-") and name.endswith(".jpg")
    assert not set(name) & set('<>:"/\\|?*')


def test_feed_platforms_take_carousels_others_keep_single_posts():
    feed, other = split_platforms(["instagram_story", "instagram_portrait", "linkedin",
                                   "facebook_feed", "tiktok"])
    assert feed == ("instagram_portrait", "linkedin", "facebook_feed")
    assert other == ("instagram_story", "tiktok")
    assert {"instagram_portrait", "facebook_feed", "linkedin_portrait"} <= set(
        CAROUSEL_PLATFORMS)


# -- the template's pages -------------------------------------------------------------------


def test_liputan_declares_cover_slide_and_closing_pages():
    template = default_library().get("liputan-kegiatan").template
    assert template.carousel is not None
    cover = template.carousel_page("cover")
    slide = template.carousel_page("slide")
    closing = template.carousel_page("closing")
    assert {la.id for la in template.layers} <= {la.id for la in cover.layers}
    assert [la.type for la in slide.layers].count("media") == 1
    assert "judul" not in {la.id for la in slide.layers}
    assert closing.media_layer is None
    assert cover.carousel is None and slide.carousel is None
    # The template's variants follow only the layers a page keeps.
    assert all(set(v) <= {la.id for la in slide.layers} for v in slide.variants.values())
    # Round trip through template.toml.
    assert parse_template(template.to_data(), Path("template.toml")) == template


@pytest.mark.parametrize("template_id", sorted(
    p.name for p in TEMPLATES_DIR.iterdir() if (p / "template.toml").is_file()))
def test_every_shipped_template_makes_carousels(template_id):
    # Cover (the design itself, with the first photo), a slide per photo with light
    # branding (the photo, the logo and "2/8") and a closing page with no photo
    # that names the accounts to follow. Their looks are in the goldens.
    template = default_library().get(template_id).template
    assert template.carousel is not None and template.carousel.closing is not None
    cover, slide, closing = (template.carousel_page(p) for p in ("cover", "slide", "closing"))
    assert {la.id for la in template.layers} <= {la.id for la in cover.layers}
    assert [la.type for la in slide.layers].count("media") == 1
    slide_text = " ".join(getattr(la, "text", "") for la in slide.layers)
    assert "halaman" in slide_text and "halaman_total" in slide_text
    assert any(la.type == "image" for la in slide.layers)  # the logo
    assert closing.media_layer is None
    assert "akun" in " ".join(getattr(la, "text", "") for la in closing.layers)


def test_carousel_pages_are_checked_when_the_template_loads(tmp_path):
    with pytest.raises(TemplateError, match="unknown layer 'hilang'"):
        load_template(write_template(tmp_path / "a", carousel={"slide": {"keep": ["hilang"]}}))
    with pytest.raises(TemplateError, match="used twice"):
        load_template(write_template(tmp_path / "b", carousel={"slide": {"layers": [
            {"id": "pita", "type": "shape", "box": [0, 0, 1, 1]}]}}))
    with pytest.raises(TemplateError, match="more than one media layer"):
        load_template(write_template(tmp_path / "c", carousel={"slide": {"layers": [
            {"id": "foto2", "type": "media", "box": [0, 0, 1, 1]}]}}))
    with pytest.raises(TemplateError, match="does not show"):
        load_template(write_template(tmp_path / "d", carousel={"slide": {
            "keep": ["foto"], "variants": {"square": {"judul": {"visible": False}}}}}))


# -- planning ------------------------------------------------------------------------------


def test_plan_numbers_pages_and_keeps_single_posts_for_other_platforms(tmp_path):
    media = photos(tmp_path / "foto", 3)
    plan = plan_batch(event(tmp_path, media, ("instagram_portrait", "instagram_story")))
    pages = [i for i in plan.inputs if i.kind == "carousel"]
    singles = [i for i in plan.inputs if i.kind == "photo"]
    assert [o.path.name for p in pages for o in p.outputs] == [
        "01-sampul.jpg", "02-IMG_0001.jpg", "03-IMG_0002.jpg", "04-IMG_0003.jpg",
        "05-penutup.jpg"]
    assert [p.fields["halaman"] for p in pages] == ["1", "2", "3", "4", "5"]
    assert {p.fields["halaman_total"] for p in pages} == {"5"}
    assert pages[0].source == media[0] and pages[-1].source is None
    assert all(o.platform_id == "instagram_story" for s in singles for o in s.outputs)
    assert len(singles) == 3
    # One caption for the whole post, in the platform's folder.
    feed_captions = [c for c in plan.captions if c.platform_id == "instagram_portrait"]
    assert [c.path.relative_to(plan.output_dir).as_posix() for c in feed_captions] == [
        "instagram_portrait/caption.txt"]


def test_more_photos_than_the_limit_are_split_into_folders_with_a_note(tmp_path):
    media = photos(tmp_path / "foto", 25, size=(64, 48))
    plan = plan_batch(event(tmp_path, media, carousel_closing=False))
    pages = [i for i in plan.inputs if i.kind == "carousel"]
    rel = [o.path.relative_to(plan.output_dir).as_posix() for p in pages for o in p.outputs]
    first = [r for r in rel if "/carousel-1/" in r]
    second = [r for r in rel if "/carousel-2/" in r]
    assert len(first) == 1 + 13 and len(second) == 1 + 12  # cover + photos, no closing
    assert first[0] == "instagram_portrait/carousel-1/01-sampul.jpg"
    assert second[-1] == "instagram_portrait/carousel-2/13-IMG_0025.jpg"
    assert len(rel) <= 2 * 20
    assert [n[0] for n in plan.notes] == ["carousel_split"]
    captions = sorted(c.path.relative_to(plan.output_dir).as_posix() for c in plan.captions)
    assert captions == ["instagram_portrait/carousel-1/caption.txt",
                        "instagram_portrait/carousel-2/caption.txt"]


def test_no_usable_photo_is_a_clear_error(tmp_path):
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"bukan foto")
    with pytest.raises(StudioError) as caught:
        plan_batch(event(tmp_path, [broken]))
    assert caught.value.code == "carousel.no_photos"


def test_a_template_without_pages_is_refused_with_its_code(tmp_path):
    media = photos(tmp_path / "foto", 2)
    project = event(tmp_path, media)
    # A template of the user's own that declares no pages (every shipped one does).
    folder = tmp_path / "templat" / "tanpa-halaman"
    shutil.copytree(TEMPLATES_DIR / "pengumuman", folder)
    toml = folder / "template.toml"
    text = toml.read_text("utf-8")
    text = text[:text.index("\n[carousel]")].replace('id = "pengumuman"', 'id = "tanpa-halaman"', 1)
    toml.write_text(text + "\n", "utf-8")
    library = TemplateLibrary(dirs=(TEMPLATES_DIR, tmp_path / "templat"))
    project = Project(**{**project.__dict__, "template": "tanpa-halaman"})
    with pytest.raises(StudioError) as caught:
        plan_batch(project, library=library)
    assert caught.value.code == "carousel.no_pages"


# -- running --------------------------------------------------------------------------------


def test_run_makes_the_carousel_skips_a_broken_photo_and_writes_one_caption(tmp_path):
    media = photos(tmp_path / "foto", 3)
    broken = tmp_path / "foto" / "IMG_rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff bukan jpeg")
    media.insert(1, broken)
    report = run_batch(event(tmp_path, media, ("instagram_portrait", "linkedin")), workers=0)
    for pid, size in (("instagram_portrait", (1080, 1350)), ("linkedin", (1200, 627))):
        folder = tmp_path / "hasil" / pid
        assert names(folder) == ["01-sampul.jpg", "02-IMG_0001.jpg", "03-IMG_0002.jpg",
                                 "04-IMG_0003.jpg", "05-penutup.jpg", "caption.txt"]
        for name in names(folder)[:-1]:
            with Image.open(folder / name) as image:
                assert image.size == size
    failed = [r for r in report.rows if r.status == "failed"]
    assert {r.platform for r in failed} == {"instagram_portrait", "linkedin"}
    assert all(Path(r.source).name == "IMG_rusak.jpg" and r.error_code.startswith("media.")
               for r in failed)
    assert report.written == 10
    assert "IMG_rusak.jpg" in report.summary
    caption = (tmp_path / "hasil" / "instagram_portrait" / "caption.txt").read_text("utf-8")
    assert "Rapat Koordinasi Kehumasan" in caption
    rows = json.loads((tmp_path / "hasil" / "manifest.json").read_text("utf-8"))["outputs"]
    assert sum(1 for r in rows if r["kind"] == "carousel" and r["status"] == "ok") == 10


def test_slides_differ_from_the_cover_and_the_closing_page_has_no_photo(tmp_path):
    media = photos(tmp_path / "foto", 2)
    run_batch(event(tmp_path, media), workers=0)
    folder = tmp_path / "hasil" / "instagram_portrait"
    with Image.open(folder / "01-sampul.jpg") as cover, \
            Image.open(folder / "02-IMG_0001.jpg") as slide, \
            Image.open(folder / "04-penutup.jpg") as closing:
        # Right of the title, in the cover's band: the band's colour on the cover,
        # the photo (its gradient is red on the right) on the slide.
        patch = (1040, 980, 1070, 1010)
        band = _mean(cover.crop(patch))
        assert max(abs(a - b) for a, b in zip(band, (6, 48, 79), strict=True)) < 20
        photo = _mean(slide.crop(patch))
        assert photo[0] > 150 and photo[0] - band[0] > 100
        # The closing page: brand background, no photo noise in its upper half.
        assert _spread(closing.crop((0, 0, 1080, 200))) < 5


def _mean(image: Image.Image) -> tuple[float, ...]:
    from PIL import ImageStat

    return tuple(ImageStat.Stat(image.convert("RGB")).mean)


def _spread(image: Image.Image) -> float:
    from PIL import ImageStat

    return ImageStat.Stat(image.convert("L")).stddev[0]


def test_resume_keeps_finished_pages_and_renumbers_when_photos_change(tmp_path):
    media = photos(tmp_path / "foto", 2)
    first = run_batch(event(tmp_path, media), workers=0)
    assert first.written == 4
    again = run_batch(event(tmp_path, media), workers=0)
    assert again.written == 0 and again.kept == 4
    more = photos(tmp_path / "foto", 3)
    third = run_batch(event(tmp_path, more), workers=0)
    # A photo more: every page's "n/total" changes, so every page is made again.
    assert third.written == 5 and third.kept == 0
    assert "05-penutup.jpg" in names(tmp_path / "hasil" / "instagram_portrait")


def test_cancel_stops_a_carousel_and_reports_the_rest_cancelled(tmp_path):
    from studio.progress import CancelToken

    media = photos(tmp_path / "foto", 4)
    cancel = CancelToken()
    seen = []

    def progress(event):
        if event.row is not None and event.row.kind == "carousel":
            seen.append(event.row)
            cancel.cancel()

    report = run_batch(event(tmp_path, media), workers=0, cancel=cancel, progress=progress)
    assert report.cancelled
    assert report.count("cancelled") >= 4
    assert report.written + report.count("cancelled") == 6


def test_event_file_keeps_the_carousel_choice(tmp_path):
    media = photos(tmp_path / "foto", 1)
    clip = tmp_path / "klip.mp4"
    clip.write_bytes(b"")
    project = event(tmp_path, media, carousel_closing=False)
    project = project.with_media((*project.media, MediaItem(clip, cover_at=3.5)))
    path = tmp_path / "uji.kegiatan.toml"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.export.carousel is True and loaded.export.carousel_closing is False
    assert loaded.export.covers is True
    assert loaded.media[-1].cover_at == 3.5
    with pytest.raises(StudioError):
        MediaItem(clip, cover_at=-1)


# -- command line ---------------------------------------------------------------------------


def test_cli_export_carousel(tmp_path, capsys):
    from studio.cli import main

    media = photos(tmp_path / "foto", 2)
    out = tmp_path / "cli"
    code = main(["export", *map(str, media), "-t", "liputan-kegiatan", "-p",
                 "facebook_feed,instagram_story", "--carousel", "--no-closing",
                 "-s", "judul=Uji", "-s", "tanggal=2026-12-04", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert names(out / "facebook_feed") == ["01-sampul.jpg", "02-IMG_0001.jpg",
                                            "03-IMG_0002.jpg", "caption.txt"]
    assert names(out / "instagram_story") == ["IMG_0001.jpg", "IMG_0002.jpg", "caption.txt"]


def test_cli_batch_carousel_switch(tmp_path, capsys):
    from studio.cli import main

    media = photos(tmp_path / "foto", 2)
    project = Project(name="Uji", template="liputan-kegiatan", output_dir=tmp_path / "hasil",
                      platforms=("instagram_portrait",), fields=dict(FIELDS),
                      media=tuple(MediaItem(p) for p in media))
    path = tmp_path / "uji.kegiatan.toml"
    save_project(project, path)
    assert main(["batch", str(path), "--carousel", "-q"]) == 0, capsys.readouterr().err
    assert "01-sampul.jpg" in names(tmp_path / "hasil" / "instagram_portrait")

"""Video covers: the still a platform shows before a clip plays, drawn with the template.

Every exported clip on a platform that shows covers (Reels, TikTok, Shorts,
feed videos; not stories or WhatsApp status) gets ``<name>-sampul.jpg`` beside
it at the platform's size (1080x1920 for the vertical ones), and Instagram's
vertical clips also ``<name>-sampul-4x5.jpg`` (1080x1350), the crop the profile
grid shows. The picture is, in this order: the frame at the second the PIC
picked on the scrubber (``MediaItem.cover_at``, ``--cover-at``), the event's
first photo, or the clip's first good frame (not black, not one flat colour,
within the kept part). The template draws it as a photo: every layer shown.
A recap reel's cover is its first photo (or its first clip's good frame).

A cover is a planned item of the export engine (kind ``cover``, planned by
:mod:`studio.batch.covers`), one per clip and shape. What it needs besides the
clip travels in reserved fields (:data:`TIME_FIELD`, :data:`PHOTO_FIELD`,
:data:`SHAPE_FIELD`), so the journal's key covers them. Frames come from the
bundled ffmpeg through :func:`studio.video.preview.grab_frame`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path

from PIL import Image, ImageStat

from studio.brand import BrandKit
from studio.errors import StudioError, VideoError, as_studio_error
from studio.export import encode_image, write_atomic
from studio.job import ExportSettings, InputJob, InputResult, OutputResult, written
from studio.media import is_video_path, open_photo
from studio.platforms import Platform, get_platform
from studio.progress import CancelToken, ProgressCallback
from studio.render.crop import CENTER, detect_focus
from studio.render.photo import compose_frame, plan_composition
from studio.template.loader import LoadedTemplate

TIME_FIELD = "sampul_detik"  # seconds of the clip file, "" for the default
PHOTO_FIELD = "sampul_foto"  # the event's first photo (absolute path), "" for none
SHAPE_FIELD = "sampul_bentuk"  # "full" (the platform's size) or "grid" (4:5)

SUFFIX = "-sampul"
GRID_SUFFIX = "-sampul-4x5"
# Where a cover means nothing: a story or a status plays at once.
NO_COVER = frozenset({"instagram_story", "whatsapp_status"})
# The shape Instagram's profile grid shows of a vertical clip.
GRID_PLATFORM = "instagram_portrait"

# The first good frame: looked for at these seconds into the kept clip.
PROBE_TIMES = (0.0, 0.5, 1.0, 2.0, 3.0, 5.0)
# A frame darker than this (mean of 0-255) or flatter than this (std dev, on a
# 64x64 thumbnail) is a fade-in, a black leader or a lens cap, not a cover.
MIN_MEAN = 24.0
MIN_SPREAD = 4.0


def wants_cover(platform: Platform) -> bool:
    return platform.video is not None and platform.id not in NO_COVER


def wants_grid_cover(platform: Platform) -> bool:
    return wants_cover(platform) and platform.network == "instagram" \
        and platform.aspect == "tall"


def cover_path(video_path: Path, shape: str) -> Path:
    """``klip.mp4`` -> ``klip-sampul.jpg`` / ``klip-sampul-4x5.jpg`` beside it."""
    stem = video_path.name.removesuffix(video_path.suffix)
    return video_path.with_name(f"{stem}{GRID_SUFFIX if shape == 'grid' else SUFFIX}.jpg")


def cover_platform(platform: Platform, shape: str) -> Platform:
    """The size a cover is drawn at: the platform's own, or the 4:5 grid (under its id)."""
    if shape != "grid":
        return platform
    grid = get_platform(GRID_PLATFORM)
    return dataclasses.replace(grid, id=platform.id, label=platform.label,
                               network=platform.network)


def good_frame(image: Image.Image) -> bool:
    """Not black, not one flat colour: worth showing as a cover."""
    stat = ImageStat.Stat(image.convert("L").resize((64, 64)))
    return stat.mean[0] >= MIN_MEAN and stat.stddev[0] >= MIN_SPREAD


def cover_picture(source: Path, fields: Mapping[str, str],
                  trim: tuple[float, float] | None,
                  cancel: CancelToken | None = None) -> Image.Image:
    """The picture of a clip's cover (RGB): the picked frame, the first photo or a good frame."""
    from studio.video.plan import check_trim
    from studio.video.preview import grab_frame
    from studio.video.probe import probe_video

    at = str(fields.get(TIME_FIELD) or "").strip()
    photo = str(fields.get(PHOTO_FIELD) or "").strip()
    if not is_video_path(source):  # a recap's cover: its first photo is the picture
        return open_photo(source, max_side=1920).image.convert("RGB")
    # Probed first even when the photo is the picture: a file that is no
    # clip gets no cover either, and fails with the clip's own reason.
    info = probe_video(source)
    if not at and photo:
        opened = open_photo(Path(photo), max_side=1920)
        return opened.image.convert("RGB")
    if at:
        seconds = float(at)
        if seconds > info.playable_duration:
            raise VideoError(f"the cover time {seconds:.1f} s is after the end of the clip "
                             f"({info.playable_duration:.1f} s)", path=source,
                             code="video.cover_time", seconds=f"{seconds:.1f}",
                             duration=f"{info.playable_duration:.1f}",
                             hint="pick the cover on the clip's scrubber again")
        return grab_frame(info, seconds)
    start, duration = check_trim(info, trim)
    seen: list[Image.Image] = []
    for offset in PROBE_TIMES:
        if offset > duration:
            break
        if cancel is not None:
            cancel.raise_if_cancelled()
        frame = grab_frame(info, start + offset)
        if good_frame(frame):
            return frame
        seen.append(frame)
    if not seen:
        return grab_frame(info, start + duration / 2)
    # No good frame early on (a long fade-in, a dark hall): the brightest one seen.
    return max(seen, key=lambda f: ImageStat.Stat(f.convert("L")).mean[0])


def produce_cover(job: InputJob, loaded: LoadedTemplate, brand: BrandKit,
                  settings: ExportSettings, *, progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> InputResult:
    """Make one clip's cover for every platform (the engine's ``cover`` kind).

    Each target is drawn at the cover's size for its platform
    (:func:`cover_platform`). Raises only :class:`~studio.errors.Cancelled`.
    """
    assert job.source is not None, "a cover needs its clip"
    try:
        picture = cover_picture(job.source, job.fields, job.trim, cancel)
        focus = job.focus or detect_focus(picture) or CENTER
    except StudioError as exc:
        return InputResult(job.source, error=as_studio_error(exc, path=job.source))
    except Exception as exc:  # whatever the decoder says: this cover fails, not the run
        if type(exc).__name__ == "Cancelled":
            raise
        return InputResult(job.source, error=as_studio_error(exc, path=job.source))
    shape = str(job.fields.get(SHAPE_FIELD) or "full")
    outputs = []
    for target in job.targets:
        if cancel is not None:
            cancel.raise_if_cancelled()
        platform = cover_platform(target.platform, shape)
        try:
            composition = plan_composition(loaded, brand, job.fields, platform.width,
                                           platform.height, platform.safe,
                                           strict=settings.strict)
            canvas = compose_frame(composition, picture, brand, focus)
            encoded = encode_image(canvas, "jpeg", quality=settings.quality,
                                   max_bytes=platform.max_bytes, credit=settings.credit)
            write_atomic(target.path, encoded.data, overwrite=target.overwrite)
            outputs.append(written(job.source, platform.id, target.path, encoded.data,
                                   composition.warnings))
        except Exception as exc:  # one platform fails, the others go on
            outputs.append(OutputResult(job.source, platform.id, target.path,
                                        error=as_studio_error(exc, path=job.source)))
    if progress is not None:
        from studio.progress import ProgressEvent

        progress(ProgressEvent(1.0, job.source.name, 0.0, item=str(job.source)))
    return InputResult(job.source, tuple(outputs))

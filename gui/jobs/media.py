"""Opening one media item for the GUI: a proxy for the live preview and a thumbnail.

A 24 MP photo takes far too long to decode and resize for every keystroke, so
the item shown in the preview is decoded once into a *proxy* (longest side
:data:`PROXY_SIDE`) that the preview renders from. Every item also gets a small
thumbnail for the list, decoded at a fraction of the size (JPEG decodes at 1/8
scale), so a folder of 500 photos fills the list quickly and does not hold 500
proxies in memory. Failures are the core's :class:`~studio.errors.StudioError`
(the GUI flags the item with it), never a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from gui.jobs import video
from gui.jobs.images import fit_within, to_qimage
from studio.errors import MediaError, StudioError
from studio.media import PHOTO_EXTENSIONS, is_video_path, open_photo
from studio.progress import CancelToken, ProgressCallback, ProgressEvent

PROXY_SIDE = 1600
THUMB_SIDE = 220


@dataclass(frozen=True)
class LoadedMedia:
    path: Path
    kind: str  # "photo" | "video"
    proxy: Image.Image | None  # the downscaled photo / a frame of the clip; None: thumbnail only
    thumbnail: QImage
    size: tuple[int, int]  # as shown (after EXIF/rotation), in source pixels
    duration: float | None = None
    has_audio: bool | None = None
    info: object | None = None  # the core's VideoInfo for clips


def media_kind(path: Path) -> str:
    if is_video_path(path):
        return "video"
    return "photo"


def is_media_path(path: Path) -> bool:
    suffix = path.suffix.lower()
    return suffix in PHOTO_EXTENSIONS or is_video_path(path)


def load_media(path: Path, *, progress: ProgressCallback, cancel: CancelToken,
               proxy: bool = False) -> LoadedMedia:
    """The thumbnail (and with ``proxy``, the preview proxy) of one file."""
    path = Path(path)
    if not path.exists():
        raise MediaError("the file does not exist", path=path, code="media.not_found",
                         hint="check that it was not moved or deleted")
    if media_kind(path) == "video":
        return _load_video(path, progress, cancel, proxy)
    side = PROXY_SIDE if proxy else THUMB_SIDE * 2
    source = open_photo(path, max_side=side)
    cancel.raise_if_cancelled()
    image = fit_within(source.image, side)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    progress(ProgressEvent(0.8, item=path.name))
    thumb = to_qimage(fit_within(image, THUMB_SIDE).convert("RGB"))
    # The size as shown, whatever scale the decoder chose.
    shown = _shown_size(source.original_size, source.image.size)
    return LoadedMedia(path, "photo", image if proxy else None, thumb, shown)


def _shown_size(original: tuple[int, int], decoded: tuple[int, int]) -> tuple[int, int]:
    # open_photo reports the stored size; a 90/270 EXIF turn swaps it.
    if (original[0] > original[1]) != (decoded[0] > decoded[1]):
        return (original[1], original[0])
    return original


def _load_video(path: Path, progress: ProgressCallback, cancel: CancelToken,
                proxy: bool) -> LoadedMedia:
    info = video.probe(path)
    cancel.raise_if_cancelled()
    duration = float(getattr(info, "duration", 0.0) or 0.0)
    try:
        frame = video.source_frame(path, min(1.0, duration * 0.1),
                                   PROXY_SIDE if proxy else THUMB_SIDE * 2)
    except StudioError:
        raise
    cancel.raise_if_cancelled()
    thumb = to_qimage(fit_within(frame, THUMB_SIDE).convert("RGB"))
    size = tuple(getattr(info, "display_size", frame.size))
    return LoadedMedia(path, "video", fit_within(frame, PROXY_SIDE) if proxy else None, thumb,
                       size, duration, getattr(info, "has_audio", None), info)

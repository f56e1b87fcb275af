"""One input's work and what it gives back: the values the export engine passes around.

An :class:`InputJob` is one photo, clip or none with the exact files to write
(:class:`Target`), and :class:`ExportSettings` how to encode them; the
producers (:mod:`studio.produce` for photos, :mod:`studio.video.produce` for
clips) return an :class:`InputResult` with one :class:`OutputResult` per
target - the file written, with its hash, or the error. These are plain
values: they cross to worker processes and back whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from studio.brand import BrandKit
from studio.errors import StudioError
from studio.media import is_video_path
from studio.platforms import Platform
from studio.render.crop import Focus
from studio.render.layers import RenderWarning

InputKind = Literal["photo", "video"]


class ExportChoices(Protocol):
    """What :func:`export_settings` reads of an event's options (studio.project.ExportOptions)."""

    @property
    def quality(self) -> int: ...
    @property
    def credit(self) -> str | None: ...
    @property
    def strict(self) -> bool: ...


@dataclass(frozen=True)
class ExportSettings:
    """How outputs are encoded; the same for every input of a run."""

    quality: int = 90
    credit: str | None = None  # written into the files (EXIF/MP4 artist, copyright)
    strict: bool = False  # text that does not fit is an error, not a warning


def export_settings(options: ExportChoices, brand: BrandKit) -> ExportSettings:
    """The settings for an event's export options (the one credit rule).

    ``credit`` None writes no credit, ``""`` the brand kit's, any other text as it is.
    """
    credit = options.credit
    if credit == "":
        credit = brand.credit or None
    return ExportSettings(quality=options.quality, credit=credit, strict=options.strict)


@dataclass(frozen=True)
class Target:
    """One file to write: for which platform, where, and whether it may replace a file."""

    platform: Platform
    path: Path
    overwrite: bool = False


@dataclass(frozen=True)
class InputJob:
    """One input (a photo, a clip, or none) with every file it makes."""

    source: Path | None
    targets: tuple[Target, ...]
    fields: Mapping[str, str] = field(default_factory=dict)
    focus: Focus | None = None  # explicit focal point; None = automatic (faces)
    trim: tuple[float, float] | None = None  # clips: seconds kept (end may be inf)
    subtitles: Path | None = None  # clips: an .srt burnt in

    @property
    def kind(self) -> InputKind:
        return input_kind(self.source)


@dataclass(frozen=True)
class OutputResult:
    """One target's outcome: the file written (with its hash) or the error."""

    source: Path | None
    platform_id: str
    path: Path | None
    warnings: tuple[RenderWarning, ...] = ()
    error: StudioError | None = None
    sha256: str = ""
    size: int = 0
    mtime_ns: int = 0
    attempts: int = 1  # 2: a fault failed the first attempt and it was made again

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class InputResult:
    source: Path | None
    outputs: tuple[OutputResult, ...] = ()
    error: StudioError | None = None  # the input itself failed (unreadable...)
    attempts: int = 1  # of the input itself (its outputs count their own)

    @property
    def ok(self) -> bool:
        return self.error is None and all(o.ok for o in self.outputs)

    @property
    def errors(self) -> list[StudioError]:
        found = [self.error] if self.error else []
        return found + [o.error for o in self.outputs if o.error]


def input_kind(source: Path | None) -> InputKind:
    """Photo or video: the one decision, by the file's name (a clip's content is
    checked by the video module, a photo's by the photo loader)."""
    return "video" if source is not None and is_video_path(source) else "photo"


def written(source: Path | None, platform_id: str, path: Path, data: bytes | None = None,
            warnings: tuple[RenderWarning, ...] = ()) -> OutputResult:
    """The result for a file just written: its hash (from ``data`` when given) and stat."""
    if data is not None:
        digest = hashlib.sha256(data).hexdigest()
    else:
        sha = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                sha.update(block)
        digest = sha.hexdigest()
    stat = path.stat()
    return OutputResult(source, platform_id, path, warnings, sha256=digest, size=stat.st_size,
                        mtime_ns=stat.st_mtime_ns)

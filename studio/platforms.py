"""Platform presets, loaded from ``studio/data/platforms.toml``.

A :class:`Platform` is an immutable value: its size, file limits, safe area,
video and caption limits. The aspect class (tall, portrait, square,
landscape) picks the template variant that lays out the output.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from studio.errors import StudioError

PLATFORMS_FILE = Path(__file__).resolve().parent / "data" / "platforms.toml"

Aspect = Literal["tall", "portrait", "square", "landscape"]
ASPECTS: tuple[Aspect, ...] = ("tall", "portrait", "square", "landscape")


def aspect_of(width: int, height: int) -> Aspect:
    """The aspect class a size belongs to (drives template variants)."""
    ratio = height / width
    if ratio >= 1.5:
        return "tall"
    if ratio > 1.1:
        return "portrait"
    if ratio >= 0.9:
        return "square"
    return "landscape"


@dataclass(frozen=True)
class SafeArea:
    """Margins in pixels, at the platform's size, that text must stay out of."""

    top: int = 0
    bottom: int = 0
    left: int = 0
    right: int = 0


@dataclass(frozen=True)
class VideoLimits:
    max_duration: float | None = None
    max_bytes: int | None = None
    fps: int = 30
    max_bitrate_kbps: int = 25000
    target_bitrate_kbps: int = 8000
    audio_rate: int = 48000
    audio_bitrate: str = "128k"


@dataclass(frozen=True)
class CaptionLimits:
    key: str
    max_chars: int
    max_hashtags: int | None = None
    counting: Literal["plain", "x_weighted"] = "plain"


@dataclass(frozen=True)
class Platform:
    id: str
    label: str
    network: str
    width: int
    height: int
    format: Literal["jpeg", "png"]
    max_bytes: int | None
    safe: SafeArea
    caption: CaptionLimits
    video: VideoLimits | None = None
    grid_crop: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    # A named template variant for this platform on top of its aspect's
    # (``"thumbnail"``: a YouTube thumbnail wants a design of its own).
    variant: str | None = None
    # The smallest text, in pixels at this size, that reads on a 6-inch phone
    # where the platform shows the image (a check for designers; see the docs).
    min_text_px: int = 0

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)

    @property
    def aspect(self) -> Aspect:
        return aspect_of(self.width, self.height)

    @property
    def size_text(self) -> str:
        return f"{self.width}x{self.height}"

    @property
    def extension(self) -> str:
        return ".png" if self.format == "png" else ".jpg"


def _parse(data: dict, source: Path) -> dict[str, Platform]:
    defaults = data.get("defaults", {}).get("video", {})
    result: dict[str, Platform] = {}
    for entry in data.get("platform", []):
        try:
            pid = entry["id"]
            width, height = (int(v) for v in entry["size"])
            video = None
            if "video" in entry:
                v = {**defaults, **entry["video"]}
                video = VideoLimits(
                    max_duration=v.get("max_duration"),
                    max_bytes=v.get("max_bytes"),
                    fps=int(v.get("fps", 30)),
                    max_bitrate_kbps=int(v.get("max_bitrate_kbps", 25000)),
                    target_bitrate_kbps=int(v.get("target_bitrate_kbps", 8000)),
                    audio_rate=int(v.get("audio_rate", 48000)),
                    audio_bitrate=str(v.get("audio_bitrate", "128k")),
                )
            c = entry["caption"]
            platform = Platform(
                id=pid,
                label=entry["label"],
                network=entry["network"],
                width=width,
                height=height,
                format=entry.get("format", "jpeg"),
                max_bytes=entry.get("max_bytes"),
                safe=SafeArea(**entry.get("safe", {})),
                caption=CaptionLimits(
                    key=c["key"],
                    max_chars=int(c["max_chars"]),
                    max_hashtags=c.get("max_hashtags"),
                    counting=c.get("counting", "plain"),
                ),
                video=video,
                grid_crop=tuple(entry["grid_crop"]) if "grid_crop" in entry else None,
                variant=entry.get("variant"),
                min_text_px=int(entry.get("min_text_px", 0)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise StudioError(
                f"invalid platform entry {entry.get('id', '?')!r}: {exc}",
                path=source,
                hint="fix the entry in platforms.toml",
                code="platforms.invalid",
            ) from exc
        if pid in result:
            raise StudioError(f"duplicate platform id {pid!r}", path=source,
                              code="platforms.invalid")
        result[pid] = platform
    return result


@cache
def load_platforms(path: Path = PLATFORMS_FILE) -> dict[str, Platform]:
    """All presets by id, in file order."""
    with open(path, "rb") as fh:
        return _parse(tomllib.load(fh), path)


def get_platform(platform_id: str) -> Platform:
    platforms = load_platforms()
    try:
        return platforms[platform_id]
    except KeyError:
        raise StudioError(
            f"unknown platform {platform_id!r}",
            hint="see 'python main.py platforms' for the list",
            code="platforms.unknown",
            platform=platform_id,
        ) from None


def parse_platform_list(text: str) -> list[Platform]:
    """``"instagram_portrait,x_post"`` (or ``all``) to presets, in the order given."""
    if text.strip().lower() == "all":
        return list(load_platforms().values())
    ids = [p.strip() for p in text.split(",") if p.strip()]
    return [get_platform(pid) for pid in ids]

"""The kinds of planned item the engine can make, registered by name.

A kind says where its items run (``process``: CPU work in the worker pool;
``thread``: work that runs in its own external process, such as ffmpeg, from
a thread of the app), how heavy one output is for the progress bar, how much
memory one item needs, and the function that makes it. Photos and clips are
the first two; a carousel page, a recap reel or a video cover is registered
the same way, and the run, the journal, the manifest and every front end
handle it without a new loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from studio.carousel import produce_page
from studio.errors import StudioError
from studio.job import InputJob, InputResult
from studio.produce import produce_input
from studio.video.cover import produce_cover

Lane = Literal["process", "thread"]


@dataclass(frozen=True)
class ItemKind:
    name: str
    lane: Lane
    weight: float  # one output counts as this many photo outputs in the progress
    produce: Callable[..., InputResult]  # (job, loaded, brand, settings, *, progress, cancel)
    memory: Callable[[InputJob, float], int]  # (job, needed scale) -> bytes at peak


def _photo_memory(job: InputJob, scale: float) -> int:
    from studio.batch.memory import decode_estimate

    return decode_estimate(job.source, scale)


def _video_memory(job: InputJob, scale: float) -> int:
    return 0  # ffmpeg's memory is its own process's; clips run one at a time


_KINDS: dict[str, ItemKind] = {}


def register_kind(kind: ItemKind) -> ItemKind:
    _KINDS[kind.name] = kind
    return kind


def kind_for(name: str) -> ItemKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise StudioError(f"unknown kind of output {name!r}", code="internal",
                          hint="report this") from None


def kinds() -> dict[str, Any]:
    return dict(_KINDS)


# A photo: decoded once, every platform cut from that decode (studio.produce).
register_kind(ItemKind("photo", "process", 1.0, produce_input, _photo_memory))
# A clip: one ffmpeg process per platform (studio.video.produce).
register_kind(ItemKind("video", "thread", 30.0, produce_input, _video_memory))


def _produce_recap(job: InputJob, loaded: Any, brand: Any, settings: Any, *,
                   progress: Any = None, cancel: Any = None) -> InputResult:
    # Imported when a recap is made: the photo workers never load it.
    from studio.video.recap import produce_recap

    try:
        return produce_recap(job, loaded, brand, settings, progress=progress, cancel=cancel)
    except StudioError as exc:
        return InputResult(job.sources[0] if job.sources else None, error=exc)


# A recap reel: every photo of the event in one video, one ffmpeg process per
# platform (studio.video.recap); weighs as much as a few clips.
register_kind(ItemKind("recap", "thread", 60.0, _produce_recap, _video_memory))

# A page of a carousel post (cover, slide, closing): drawn like a photo with
# the page's own layers (studio.carousel; planned by studio.batch.carousel).
register_kind(ItemKind("carousel", "process", 1.0, produce_page, _photo_memory))
# A clip's cover image (studio.video.cover): one ffmpeg frame grab, then drawn
# like a photo; on the clips' thread, after its clip.
register_kind(ItemKind("cover", "thread", 1.0, produce_cover, _video_memory))

"""``python main.py export``: inputs and flags as an unsaved event, run by the same engine.

The command line's ``export`` is not a loop of its own: its inputs, field
values and flags become an ad-hoc :class:`~studio.project.Project` (named
after the event's title, which is also the folder's owner), and
:func:`studio.batch.run_batch` makes it - in parallel, resumable, with the
same names, captions and checks as a saved event.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from studio.errors import VideoError
from studio.naming import DEFAULT_PATTERN
from studio.project import ExportOptions, MediaItem, Project

_TIME = re.compile(r"^\s*(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)\s*$")


def parse_time(text: str) -> float:
    """``"14"``, ``"2.5"``, ``"1:05"`` or ``"0:01:05.5"`` to seconds."""
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    a, b, s = match.groups()
    seconds = float(s.replace(",", "."))
    parts = [int(p) for p in (a, b) if p is not None]
    if len(parts) == 2:
        return parts[0] * 3600 + parts[1] * 60 + seconds
    if len(parts) == 1:
        return parts[0] * 60 + seconds
    return seconds


def parse_trim(text: str | None) -> tuple[float, float] | None:
    """``--trim START,END`` (either side may be empty: from the start, to the end)."""
    if not text:
        return None
    start_text, sep, end_text = text.partition(",")
    try:
        if not sep:
            raise ValueError(text)
        start = parse_time(start_text) if start_text.strip() else 0.0
        end = parse_time(end_text) if end_text.strip() else math.inf
    except ValueError:
        raise VideoError(f"--trim needs START,END in seconds, got {text!r}",
                         hint="e.g. --trim 2.5,14 or --trim 0:05,0:40",
                         code="video.bad_trim") from None
    if end <= start:
        raise VideoError(f"--trim end must be after its start, got {text!r}",
                         hint="e.g. --trim 2.5,14", code="video.bad_trim")
    return (start, end)


def adhoc_name(fields: Mapping[str, str], template_id: str) -> str:
    """The name of an unsaved event: its title, or the template's id without one."""
    return " ".join(str(fields.get("judul", "") or "").split()) or template_id


def adhoc_project(*, template_id: str, inputs: Sequence[Path | None], platforms: Sequence[str],
                  fields: Mapping[str, str], output_dir: Path, pattern: str = DEFAULT_PATTERN,
                  quality: int = 90, credit: str | None = None, overwrite: bool = False,
                  strict: bool = False, captions: bool = True,
                  focus: tuple[float, float] | None = None,
                  trim: tuple[float, float] | None = None, name: str | None = None,
                  carousel: bool = False, carousel_closing: bool = True,
                  covers: bool = True, cover_at: float | None = None) -> Project:
    """An unsaved event with one item per input (none: one output without media).

    ``focus`` applies to every input, ``trim`` and ``cover_at`` (the second of
    the clip its cover shows) to every clip; ``carousel``: the photos as one
    carousel post on the feed platforms.
    """
    from studio.job import input_kind

    items = []
    for source in inputs or [None]:
        clip = input_kind(source) == "video"
        items.append(MediaItem(source, focus=focus, trim=trim if clip else None,
                               cover_at=cover_at if clip else None))
    return Project(name=name if name is not None else adhoc_name(fields, template_id),
                   template=template_id, output_dir=output_dir, platforms=tuple(platforms),
                   fields=dict(fields), media=tuple(items), pattern=pattern,
                   export=ExportOptions(quality=quality, credit=credit, overwrite=overwrite,
                                        strict=strict, captions=captions, carousel=carousel,
                                        carousel_closing=carousel_closing, covers=covers))

"""What a plan is made of: the planned inputs, outputs and captions, and their keys.

Kept below :mod:`studio.batch.plan` so that the planners of other kinds
(:mod:`studio.batch.carousel`, :mod:`studio.batch.covers`) build the same items
without importing the planner that calls them.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.errors import StudioError
from studio.job import RecapSpec

JOURNAL_FORMAT = 2  # part of every key: outputs of an older engine are redone once
CAPTION_NAME = "caption.txt"


@dataclass(frozen=True)
class PlannedOutput:
    platform_id: str
    path: Path
    key: str  # hash of everything the file depends on ("" when the input cannot run)


@dataclass(frozen=True)
class PlannedInput:
    """One media item (or none) with every output it makes."""

    number: int  # 1-based position in the project's media list; the {index} token
    source: Path | None
    kind: str  # a kind registered in studio.batch.kinds: photo, video...
    template_id: str
    fields: Mapping[str, str]
    focus: tuple[float, float] | None
    trim: tuple[float, float] | None
    outputs: tuple[PlannedOutput, ...]
    problem: StudioError | None = None  # known before rendering: missing file...
    subtitles: Path | None = None
    # The source's name, size and mtime when planned (part of every key): an
    # output made after the file changed is not recorded under that key.
    identity: tuple[Any, ...] = ()
    sources: tuple[Path, ...] = ()  # a recap: every photo and clip, in order
    recap: RecapSpec | None = None

    @property
    def label(self) -> str:
        return self.source.name if self.source else f"#{self.number}"


@dataclass(frozen=True)
class PlannedCaption:
    platform_id: str
    path: Path
    caption_id: str
    fields: Mapping[str, str]
    source: Path | None = None  # None: the caption shared by the platform folder
    number: int = 0  # the input's PlannedInput.number for a per-item caption



def source_identity(path: Path | None) -> list[Any]:
    # Size and mtime, not a content hash: hashing 500 camera files would cost
    # minutes on a USB disk, and a changed photo always changes one of them.
    if path is None:
        return []
    stat = path.stat()
    return [path.name, stat.st_size, stat.st_mtime_ns]


def output_key(*parts: Any) -> str:
    text = json.dumps([JOURNAL_FORMAT, *parts], ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def fold(path: Path) -> str:
    # Two names that differ only in case are the same file on Windows and macOS.
    return os.path.normcase(str(path)).casefold()


def same_file(source: Path, output: Path) -> bool:
    """Whether writing ``output`` would replace ``source`` itself.

    Compares the files the system sees, not path strings: an output folder that
    is a link (symlink, Windows junction) to the photo folder, a hard link, an
    8.3 short name or another spelling of the name all reach the original.
    Only an existing output can be the source; a new name cannot.
    """
    if fold(source) == fold(output):
        return True
    try:
        return output.exists() and os.path.samefile(source, output)
    except OSError:
        return False

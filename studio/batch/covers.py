"""Planning video covers: one ``cover`` item per clip (or recap) and shape, written beside it.

Called by :func:`studio.batch.plan.plan_batch` after the media items are
planned. For every clip that can run, the platforms that show covers
(:func:`studio.video.cover.wants_cover`) get ``<name>-sampul.jpg`` beside the
``.mp4``; Instagram's vertical ones also ``<name>-sampul-4x5.jpg``. The item
carries the clip's picked cover time or the event's first photo in reserved
fields, so the journal's key changes when either does and a resumed run
redoes exactly the covers that changed. A recap reel gets covers the same way,
from its own first photo (what the reel opens on).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from studio.batch.items import PlannedInput, PlannedOutput, fold, output_key, source_identity
from studio.job import input_kind
from studio.platforms import Platform
from studio.project import Project
from studio.video.cover import (
    PHOTO_FIELD,
    SHAPE_FIELD,
    TIME_FIELD,
    cover_path,
    wants_cover,
    wants_grid_cover,
)

KIND = "cover"


def first_photo(project: Project) -> Path | None:
    """The event's first photo that is there (the default picture of every cover)."""
    for item in project.media:
        if item.skip or item.path is None or input_kind(item.path) != "photo":
            continue
        if item.path.is_file():
            return item.path
    return None


def plan_covers(project: Project, inputs: list[PlannedInput],
                platform_objects: Mapping[str, Platform], used: set[str], first_number: int
                ) -> list[PlannedInput]:
    """Cover items for the clips and recaps among ``inputs`` (those that can run)."""
    photo = first_photo(project)
    photo_identity: list[Any] = []
    if photo is not None:
        try:
            photo_identity = source_identity(photo)
        except OSError:
            photo = None
    cover_at = {item.path: item.cover_at for item in project.media if item.path is not None}
    covers: list[PlannedInput] = []
    number = first_number
    for planned in inputs:
        if planned.problem is not None:
            continue
        if planned.kind == "video" and planned.source is not None:
            source, at, picture, identity = (planned.source, cover_at.get(planned.source), photo,
                                             photo_identity)
        elif planned.kind == "recap" and planned.sources:
            # A recap's cover is its own first photo (what the reel opens on), or
            # the first good frame of its first clip when it has no photo.
            opening = next((p for p in planned.sources if input_kind(p) == "photo"), None)
            source, at, picture = opening or planned.sources[0], None, opening
            try:
                identity = source_identity(opening) if opening is not None else []
            except OSError:
                continue  # the recap names the file it cannot read
        else:
            continue
        for shape in ("full", "grid"):
            wanted = wants_grid_cover if shape == "grid" else wants_cover
            outputs = []
            fields = dict(planned.fields)
            fields[SHAPE_FIELD] = shape
            fields[TIME_FIELD] = f"{at:.3f}" if at is not None else ""
            fields[PHOTO_FIELD] = str(picture) if at is None and picture is not None else ""
            for output in planned.outputs:
                platform = platform_objects[output.platform_id]
                if not wanted(platform) or output.path.suffix.lower() != ".mp4":
                    continue
                path = cover_path(output.path, shape)
                if fold(path) in used:
                    continue  # a file of the event has that name already
                used.add(fold(path))
                key = output_key(KIND, output.key, shape, fields[TIME_FIELD],
                                 identity if fields[PHOTO_FIELD] else [],
                                 path.relative_to(project.output_dir).as_posix())
                outputs.append(PlannedOutput(output.platform_id, path, key))
            if outputs:
                covers.append(PlannedInput(number=number, source=source, kind=KIND,
                                           template_id=planned.template_id,
                                           fields=MappingProxyType(fields),
                                           focus=planned.focus, trim=planned.trim,
                                           outputs=tuple(outputs)))
                number += 1
    return covers

"""Planning carousel posts: an event's photos become cover, slide and closing page items.

Called by :func:`studio.batch.plan.plan_batch` when the event asks for a
carousel (``export.carousel``). For the feed platforms that take carousels
(:data:`studio.carousel.CAROUSEL_PLATFORMS`) every usable photo becomes a
slide; the pages are planned items of kind ``carousel`` with one output per
platform, so the run, the journal (resume), progress, cancel and the
manifest treat them like photos. Other platforms of the event keep one post
per photo (planned by the caller).

Photos whose header cannot be read are left out before numbering (so "2/8"
stays true) and reported as failed rows naming the file; the rest goes on.
No usable photo at all is ``carousel.no_photos``; a template without
``[carousel]`` pages is ``carousel.no_pages``. More photos than one carousel
holds (20 pages, cover and closing included) are split evenly into
``carousel-1``, ``carousel-2``... folders, with a note; each carousel has its
own caption file (one caption for the whole post).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from studio.batch.items import (
    CAPTION_NAME,
    PlannedCaption,
    PlannedInput,
    PlannedOutput,
    fold,
    output_key,
    same_file,
    source_identity,
)
from studio.brand import BrandKit
from studio.carousel import (
    page_fields,
    page_file_name,
    part_folder,
    photos_per_carousel,
    split_sizes,
)
from studio.errors import MediaError, ProjectError, StudioError, TemplateError, as_studio_error
from studio.job import input_kind
from studio.naming import safe_name
from studio.platforms import Platform
from studio.project import MediaItem, Project
from studio.render.photo import complete_fields
from studio.template.loader import LoadedTemplate

KIND = "carousel"


@dataclass(frozen=True)
class CarouselPlan:
    inputs: tuple[PlannedInput, ...]
    captions: tuple[PlannedCaption, ...]
    notes: tuple[tuple[str, str, Mapping[str, str]], ...]  # (code, English, params)


def _check_photo(item: MediaItem) -> StudioError | None:
    """Why this photo cannot be a slide (read from its header only), or None."""
    from studio.media import probe_photo

    assert item.path is not None
    if not item.path.is_file():
        return MediaError("the file is not there any more", path=item.path,
                          code="media.missing",
                          hint="find it again in the project or remove it from the list")
    try:
        probe_photo(item.path)
    except StudioError as exc:
        return exc
    except Exception as exc:  # whatever the decoder says about a broken file
        return as_studio_error(exc, path=item.path)
    return None


def plan_carousel(project: Project, loaded: LoadedTemplate, fingerprint: str,
                  platform_ids: tuple[str, ...], platform_objects: Mapping[str, Platform],
                  settings_key: list[Any], used: set[str], first_number: int,
                  brand: BrandKit,
                  captions_for: Callable[[str], tuple[str | None, Mapping[str, str]]]
                  ) -> CarouselPlan:
    """The pages of the event's carousel(s) for ``platform_ids`` (feed platforms).

    Raises for what concerns the whole carousel (no pages in the template, no
    usable photo); a broken photo is a failed item and the others go on.
    """
    spec = loaded.template.carousel
    if spec is None:
        raise TemplateError(f"the template {loaded.id!r} does not make carousels",
                            code="carousel.no_pages", template=loaded.id,
                            hint="choose a template with carousel pages (Liputan Kegiatan), "
                                 "or one post per photo")
    closing = project.export.carousel_closing and spec.closing is not None
    number = first_number
    broken: list[tuple[MediaItem, StudioError]] = []
    photos: list[MediaItem] = []
    for item in project.media:
        if item.skip or item.path is None or input_kind(item.path) != "photo":
            continue
        problem = _check_photo(item)
        if problem is None and any(same_file(item.path, project.output_dir / safe_name(p))
                                   for p in platform_ids):
            problem = ProjectError("the output would replace the original file",
                                   path=item.path, code="batch.output_is_source",
                                   hint="choose another output folder")
        if problem is None:
            photos.append(item)
        else:
            broken.append((item, problem))
    if not photos:
        raise ProjectError("the carousel has no usable photo", path=project.path,
                           code="carousel.no_photos", count=len(broken),
                           hint="add photos to the event (clips are not carousel slides)")

    sizes = split_sizes(len(photos), closing, spec.max_slides)
    notes: list[tuple[str, str, Mapping[str, str]]] = []
    if len(sizes) > 1:
        per = photos_per_carousel(closing, spec.max_slides)
        notes.append(("carousel_split",
                      f"{len(photos)} photos are more than one carousel holds ({per} photos, "
                      f"{spec.max_slides} pages with the cover): they were split into "
                      f"{len(sizes)} carousels", {"photos": str(len(photos)),
                                                  "parts": str(len(sizes)),
                                                  "per": str(per),
                                                  "limit": str(spec.max_slides)}))
    caption_id, caption_fields = captions_for(loaded.id)
    event_fields = dict(project.fields)
    pages: list[PlannedInput] = []
    captions: list[PlannedCaption] = []
    start = 0
    for part, size in enumerate(sizes, start=1):
        chunk = photos[start:start + size]
        start += size
        total = 1 + len(chunk) + (1 if closing else 0)
        folder = part_folder(part, len(sizes))
        plan_pages: list[tuple[str, MediaItem | None]] = [("cover", chunk[0])]
        plan_pages += [("slide", item) for item in chunk]
        if closing:
            plan_pages.append(("closing", None))
        for page_number, (page, shown) in enumerate(plan_pages, start=1):
            source = shown.path if shown is not None else None
            fields = page_fields(event_fields, page, page_number, total, brand)
            completed = complete_fields(loaded, fields)
            identity = source_identity(source)
            outputs = []
            for pid in platform_ids:
                platform = platform_objects[pid]
                name = page_file_name(page_number, total, page, source
                                      if page == "slide" else None, platform.extension)
                base = project.output_dir / safe_name(pid)
                path = (base / folder / name) if folder else base / name
                used.add(fold(path))
                key = output_key(KIND, page, identity, fingerprint, sorted(completed.items()),
                                 repr(platform), shown.focus if shown else None, settings_key,
                                 path.relative_to(project.output_dir).as_posix())
                outputs.append(PlannedOutput(pid, path, key))
            pages.append(PlannedInput(number=number, source=source, kind=KIND,
                                      template_id=loaded.id,
                                      fields=MappingProxyType(fields),
                                      focus=shown.focus if shown else None, trim=None,
                                      outputs=tuple(outputs)))
            number += 1
        if caption_id and project.export.captions:
            for pid in platform_ids:
                base = project.output_dir / safe_name(pid)
                path = (base / folder / CAPTION_NAME) if folder else base / CAPTION_NAME
                if fold(path) in used:
                    continue  # the platform's shared caption is the same text
                used.add(fold(path))
                captions.append(PlannedCaption(pid, path, caption_id,
                                               MappingProxyType(dict(caption_fields))))
    failed: list[PlannedInput] = []
    for left_out, problem in broken:
        assert left_out.path is not None
        # Named in the report (after the pages); its row's path is where its
        # slide would have gone.
        rows = tuple(PlannedOutput(pid, project.output_dir / safe_name(pid)
                                   / safe_name(left_out.path.name), "")
                     for pid in platform_ids)
        failed.append(PlannedInput(number=number, source=left_out.path, kind=KIND,
                                   template_id=loaded.id,
                                   fields=MappingProxyType(dict(project.fields)),
                                   focus=left_out.focus, trim=None, outputs=rows,
                                   problem=problem))
        number += 1
    return CarouselPlan(tuple(pages + failed), tuple(captions), tuple(notes))


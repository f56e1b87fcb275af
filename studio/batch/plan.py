"""Planning a run: a project becomes every output with its path and key (pure, no writes).

Every active media item (or the one card without media) is a
:class:`PlannedInput` of a *kind* (``photo``, ``video``: see
:mod:`studio.batch.kinds`) with one :class:`PlannedOutput` per platform; the
captions are :class:`PlannedCaption` items. A new kind of output - a carousel
page, a recap reel, a video cover - is a new kind of planned item with its
producer, not a new loop in a front end.

Paths come from the naming grammar (:mod:`studio.naming`); two sources with
the same name get ``-2``, ``-3``... The key of an output hashes everything the
file depends on (the source's name, size and mtime, the template and brand
kit, the field values, platform, focal point, trim, settings and path), so a
resumed run redoes exactly what changed. A problem with one item (missing
file, unknown template override, a video for a photo-only template, an output
that would replace its own original, any unexpected error) is recorded on that
item and the rest of the plan stands; only what concerns the whole project
(no platform, unknown template or platform, a bad naming pattern) is raised.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from studio import __version__
from studio.batch.items import (  # the planned items, re-exported here
    CAPTION_NAME,
    JOURNAL_FORMAT,
    PlannedCaption,
    PlannedInput,
    PlannedOutput,
    fold,
    output_key,
    same_file,
    source_identity,
)
from studio.brand import BrandKit, default_brand
from studio.errors import MediaError, ProjectError, StudioError, TemplateError, as_studio_error
from studio.job import ExportSettings, RecapSpec, export_settings, input_kind
from studio.naming import NamePattern, name_values, parse_pattern, safe_name
from studio.platforms import Platform, get_platform
from studio.project import MediaItem, Project
from studio.render.photo import complete_fields
from studio.template.library import TemplateLibrary, default_library
from studio.template.loader import LoadedTemplate
from studio.template.model import STANDARD_FIELDS


@dataclass(frozen=True)
class BatchPlan:
    """Everything a run needs; build it with :func:`plan_batch`."""

    name: str
    output_dir: Path
    platform_ids: tuple[str, ...]
    inputs: tuple[PlannedInput, ...]
    captions: tuple[PlannedCaption, ...]
    brand: BrandKit
    settings: ExportSettings = field(default_factory=ExportSettings)
    overwrite: bool = False
    zip_per_platform: bool = False
    skipped_items: int = 0
    templates: Mapping[str, LoadedTemplate] = field(default_factory=dict, compare=False)
    # About the whole run, known when planning: (code, English text, params),
    # e.g. a carousel split in two. The run reports them as notes.
    notes: tuple[tuple[str, str, Mapping[str, str]], ...] = ()

    @property
    def output_count(self) -> int:
        return sum(len(i.outputs) for i in self.inputs)

    def count(self, kind: str) -> int:
        """Inputs of ``kind`` that can run."""
        return sum(1 for i in self.inputs if i.kind == kind and i.problem is None)

    @property
    def photo_count(self) -> int:
        return self.count("photo")

    @property
    def video_count(self) -> int:
        return self.count("video")


def template_fingerprint(loaded: LoadedTemplate, brand: BrandKit) -> str:
    """A hash that changes when the template, its assets or the brand kit change."""
    from studio.batch.tasks import brand_state

    digest = hashlib.sha256(f"{__version__}\0{JOURNAL_FORMAT}\0".encode())
    digest.update(loaded.template.model_dump_json().encode())
    files = sorted(p for p in loaded.folder.rglob("*") if p.is_file())[:1000]
    for path in files:
        stat = path.stat()
        digest.update(f"{path.relative_to(loaded.folder).as_posix()}\0{stat.st_size}\0"
                      f"{stat.st_mtime_ns}\n".encode())
    digest.update(json.dumps(brand_state(brand), sort_keys=True, default=str).encode())
    for rel in (*brand.fonts.values(), *brand.logos.values()):
        try:
            stat = (brand.root / rel).stat()
            digest.update(f"{rel}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{rel}\0missing\n".encode())
    return digest.hexdigest()


def known_fields(project: Project, templates: Iterable[LoadedTemplate]) -> set[str]:
    keys = set(STANDARD_FIELDS) | set(project.fields)
    for loaded in templates:
        keys.update(f.key for f in loaded.template.fields)
    for item in project.media:
        keys.update(item.fields)
    return keys


def plan_batch(project: Project, *, platforms: Iterable[str] | None = None,
               brand: BrandKit | None = None, library: TemplateLibrary | None = None,
               subtitles: Path | None = None, recap: RecapSpec | None = None) -> BatchPlan:
    """Expand ``project`` into every output with its path and key.

    ``platforms`` overrides the project's choice; ``subtitles`` (an .srt) is
    burnt into every clip (the command line's ``--subtitles``). ``recap``: the
    active media become one recap reel per platform (one planned input of kind
    ``recap``) instead of one output each. An unknown template or
    platform of the project itself, or a bad naming pattern, is an error; a
    problem with one media item is recorded on that input and the rest of the
    plan stands.
    """
    brand = brand or default_brand()
    library = library or default_library()
    platform_ids = tuple(platforms) if platforms is not None else project.platforms
    if not platform_ids:
        raise ProjectError("no platform is chosen", path=project.path,
                           code="project.no_platforms",
                           hint="choose at least one platform (see: python main.py platforms)")
    platform_objects = {pid: get_platform(pid) for pid in platform_ids}
    templates: dict[str, LoadedTemplate] = {}
    fingerprints: dict[str, str] = {}

    def template_for(template_id: str) -> LoadedTemplate:
        if template_id not in templates:
            loaded = library.get(template_id)
            templates[template_id] = loaded
            fingerprints[template_id] = template_fingerprint(loaded, brand)
        return templates[template_id]

    main = template_for(project.template)
    pattern = parse_pattern(project.pattern, known_fields(project, [main]))
    settings = export_settings(project.export, brand)
    settings_key: list[Any] = [settings.quality, settings.credit, settings.strict]
    if settings.intro is not None:
        settings_key.append(settings.intro)
    if subtitles is not None:
        subtitles = Path(os.path.abspath(subtitles))
        try:
            settings_key.append(source_identity(subtitles))
        except OSError:
            settings_key.append(str(subtitles))  # the clip will fail with the reason

    items: tuple[MediaItem, ...] = project.media or (MediaItem(None),)
    used: set[str] = set()
    inputs: list[PlannedInput] = []
    skipped = 0
    if recap is not None:
        skipped = sum(1 for item in items if item.skip)
        inputs.append(_plan_recap(project, recap, platform_ids, platform_objects, template_for,
                                  fingerprints, settings_key, used))
        items = ()
    # Carousel mode: photos go to the feed platforms as one carousel post
    # (studio.batch.carousel); other platforms and every clip as before.
    carousel_ids: tuple[str, ...] = ()
    single_ids = platform_ids
    if project.export.carousel and recap is None:
        from studio.carousel import split_platforms

        carousel_ids, single_ids = split_platforms(platform_ids)
    for number, item in enumerate(items, start=1):
        if item.skip:
            skipped += 1
            continue
        item_ids = platform_ids
        if carousel_ids and input_kind(item.path) == "photo":
            item_ids = single_ids
            if not item_ids or item.path is None:
                continue  # a slide of the carousel only
        try:
            planned = _plan_input(project, item, number, pattern, item_ids,
                                  platform_objects, template_for, fingerprints, settings_key,
                                  used)
            if subtitles is not None and planned.kind == "video":
                planned = replace(planned, subtitles=subtitles)
        except Exception as exc:  # one item's problem, whatever it is
            planned = _failed_input(project, item, number, item_ids, platform_objects,
                                    as_studio_error(exc, path=item.path), used)
        inputs.append(planned)

    if project.export.covers and any(i.kind in ("video", "recap") and i.problem is None
                                     for i in inputs):
        from studio.batch.covers import plan_covers

        inputs.extend(plan_covers(project, inputs, platform_objects, used,
                                  max((i.number for i in inputs), default=len(items)) + 1))
    captions: list[PlannedCaption] = []
    if project.export.captions:
        captions = _plan_captions(project, main, pattern, inputs, templates, platform_ids, used)
    notes: tuple[tuple[str, str, Mapping[str, str]], ...] = ()
    if carousel_ids:
        from studio.batch.carousel import plan_carousel

        shared = (main.template.caption, complete_fields(main, project.fields))
        carousel = plan_carousel(project, main, fingerprints[main.id], carousel_ids,
                                 platform_objects, settings_key, used,
                                 max((i.number for i in inputs), default=len(items)) + 1, brand,
                                 lambda _template_id: shared)
        inputs.extend(carousel.inputs)
        captions.extend(carousel.captions)
        notes = carousel.notes
    return BatchPlan(
        name=project.name,
        output_dir=project.output_dir,
        platform_ids=platform_ids,
        inputs=tuple(inputs),
        captions=tuple(captions),
        brand=brand,
        settings=settings,
        overwrite=project.export.overwrite,
        zip_per_platform=project.export.zip_per_platform,
        skipped_items=skipped,
        templates=MappingProxyType(templates),
        notes=notes,
    )


def _extension(kind: str, platform: Platform) -> str:
    # A clip becomes an .mp4 where the platform takes video and a poster image
    # (the platform's own format) where it does not.
    return ".mp4" if kind == "video" and platform.video is not None else platform.extension


def _paths(project: Project, item: MediaItem, number: int, pattern: NamePattern, kind: str,
           template_id: str, fields: Mapping[str, str], platform_ids: tuple[str, ...],
           platform_objects: Mapping[str, Platform], used: set[str]) -> list[Path]:
    def paths_for(n: int) -> list[Path]:
        result = []
        for pid in platform_ids:
            values = name_values(platform_id=pid, source=item.path, template_id=template_id,
                                 index=number, fields=fields)
            parts = pattern.render(values, extension=_extension(kind, platform_objects[pid]),
                                   number=n)
            result.append(project.output_dir.joinpath(*parts))
        return result

    suffix = 1
    paths = paths_for(suffix)
    # Two phones both named IMG_0001.jpg must not overwrite each other.
    while any(fold(p) in used for p in paths):
        suffix += 1
        paths = paths_for(suffix)
    used.update(fold(p) for p in paths)
    return paths


def _failed_input(project: Project, item: MediaItem, number: int,
                  platform_ids: tuple[str, ...], platform_objects: Mapping[str, Platform],
                  problem: StudioError, used: set[str]) -> PlannedInput:
    """An item whose planning failed: its rows still name a path where one can be made."""
    kind = input_kind(item.path)
    outputs = []
    for pid in platform_ids:
        stem = safe_name(item.path.stem if item.path else f"{number:03d}")
        path = project.output_dir / safe_name(pid) / (stem + _extension(kind,
                                                                         platform_objects[pid]))
        outputs.append(PlannedOutput(pid, path, ""))
    return PlannedInput(number=number, source=item.path, kind=kind,
                        template_id=item.template or project.template,
                        fields=MappingProxyType(dict(project.fields_for(item))),
                        focus=item.focus, trim=item.trim, outputs=tuple(outputs),
                        problem=problem)


def _plan_input(project: Project, item: MediaItem, number: int, pattern: NamePattern,
                platform_ids: tuple[str, ...], platform_objects: Mapping[str, Platform],
                template_for: Callable[[str], LoadedTemplate], fingerprints: Mapping[str, str],
                settings_key: list[Any], used: set[str]) -> PlannedInput:
    template_id = item.template or project.template
    fields = project.fields_for(item)
    kind = input_kind(item.path)
    problem: StudioError | None = None
    loaded: LoadedTemplate | None = None
    try:
        loaded = template_for(template_id)
    except StudioError as exc:
        problem = exc
    if problem is None and item.path is not None and not item.path.is_file():
        problem = MediaError("the file is not there any more", path=item.path,
                             code="media.missing",
                             hint="find it again in the project or remove it from the list")
    if problem is None and loaded is not None and kind == "video" \
            and "video" not in loaded.template.media:
        problem = TemplateError(f"the template {template_id!r} does not take videos",
                                path=item.path, code="template.no_video",
                                template=template_id,
                                hint="choose a video template for this clip")
    identity: list[Any] = []
    if problem is None:
        try:
            identity = source_identity(item.path)
        except OSError as exc:
            problem = MediaError(f"cannot read the file: {exc.strerror or exc}", path=item.path,
                                 code="media.unreadable", hint="check the file")
    paths = _paths(project, item, number, pattern, kind, template_id, fields, platform_ids,
                   platform_objects, used)
    if problem is None and item.path is not None \
            and any(same_file(item.path, p) for p in paths):
        # Output folder = photo folder (or a link to it) and a pattern of just
        # {name}: with overwrite on, the original would be replaced by its copy.
        problem = ProjectError("the output would replace the original file", path=item.path,
                               code="batch.output_is_source",
                               hint="choose another output folder or naming pattern")

    completed = complete_fields(loaded, fields) if loaded is not None else dict(fields)
    outputs = []
    for pid, path in zip(platform_ids, paths, strict=True):
        key = ""
        if problem is None:
            key = output_key(kind, identity, fingerprints[template_id],
                             sorted(completed.items()), repr(platform_objects[pid]),
                             item.focus, item.trim, settings_key,
                             path.relative_to(project.output_dir).as_posix())
        outputs.append(PlannedOutput(pid, path, key))
    return PlannedInput(number=number, source=item.path, kind=kind, template_id=template_id,
                        fields=MappingProxyType(dict(fields)), focus=item.focus, trim=item.trim,
                        outputs=tuple(outputs), problem=problem, identity=tuple(identity))


RECAP_PREFIX = "rekap"


def _plan_recap(project: Project, recap: RecapSpec, platform_ids: tuple[str, ...],
                platform_objects: Mapping[str, Platform],
                template_for: Callable[[str], LoadedTemplate], fingerprints: Mapping[str, str],
                settings_key: list[Any], used: set[str]) -> PlannedInput:
    """The event's active photos and clips as one recap reel per platform."""
    sources = tuple(item.path for item in project.media if not item.skip and item.path)
    loaded = template_for(project.template)
    problem: StudioError | None = None
    if not sources:
        problem = MediaError("a recap needs photos", code="recap.no_media",
                             hint="add the event's photos first")
    elif "video" not in loaded.template.media:
        problem = TemplateError(f"the template {project.template!r} does not take videos",
                                code="template.no_video", template=project.template,
                                hint="choose a video template for the recap")
    identity: list[Any] = []
    for source in sources:
        try:
            identity.append(source_identity(source))
        except OSError:
            identity.append([source.name, "missing"])  # skipped and named by the recap
    completed = complete_fields(loaded, project.fields)
    # Named after the event (or its title when unsaved): "rekap-HUT Cimahi.mp4".
    title = (project.name or str(project.fields.get("judul", ""))).strip()
    stem = safe_name(title) if title else RECAP_PREFIX
    if not stem.casefold().startswith(RECAP_PREFIX):
        stem = f"{RECAP_PREFIX}-{stem}"
    outputs = []
    for pid in platform_ids:
        path = project.output_dir / safe_name(pid) / f"{stem}.mp4"
        number = 2
        while fold(path) in used:
            path = project.output_dir / safe_name(pid) / f"{stem}-{number}.mp4"
            number += 1
        used.add(fold(path))
        key = "" if problem else output_key(
            "recap", identity, fingerprints[project.template], sorted(completed.items()),
            repr(platform_objects[pid]), repr(recap), settings_key,
            path.relative_to(project.output_dir).as_posix())
        outputs.append(PlannedOutput(pid, path, key))
    return PlannedInput(number=1, source=sources[0] if sources else None, kind="recap",
                        template_id=project.template,
                        fields=MappingProxyType(dict(project.fields)), focus=None, trim=None,
                        outputs=tuple(outputs), problem=problem, sources=sources, recap=recap)


def _plan_captions(project: Project, main: LoadedTemplate, pattern: NamePattern,
                   inputs: list[PlannedInput], templates: Mapping[str, LoadedTemplate],
                   platform_ids: tuple[str, ...], used: set[str]) -> list[PlannedCaption]:
    """One caption per platform folder, and one beside each output whose caption differs.

    An item differs when it uses another caption template or other field
    values than the event (a bulk row, an item with its own ``nama``).
    """
    shared_id = main.template.caption
    shared_fields = complete_fields(main, project.fields)
    captions: list[PlannedCaption] = []
    need_shared = False
    for planned in inputs:
        if planned.kind == "cover":
            continue  # a video's cover goes up with its video: the video's caption is the post's
        loaded = templates.get(planned.template_id)
        if loaded is None or planned.problem is not None or not loaded.template.caption:
            continue
        fields = complete_fields(loaded, planned.fields)
        if loaded.template.caption == shared_id and fields == shared_fields:
            need_shared = True
            continue
        for output in planned.outputs:
            stem = output.path.name.removesuffix(output.path.suffix)
            path = output.path.with_name(f"{stem}.caption.txt")
            number = 2
            while fold(path) in used:
                path = output.path.with_name(f"{stem}-{number}.caption.txt")
                number += 1
            used.add(fold(path))
            captions.append(PlannedCaption(output.platform_id, path, loaded.template.caption,
                                           MappingProxyType(fields), planned.source,
                                           planned.number))
    if need_shared and shared_id:
        for pid in platform_ids:
            if pattern.per_platform_folder:
                path = project.output_dir / safe_name(pid) / CAPTION_NAME
            else:
                path = project.output_dir / f"caption-{safe_name(pid)}.txt"
            used.add(fold(path))
            captions.insert(0, PlannedCaption(pid, path, shared_id,
                                              MappingProxyType(shared_fields)))
    # Shared captions first, in platform order.
    shared = [c for c in captions if c.source is None]
    shared.sort(key=lambda c: platform_ids.index(c.platform_id))
    return shared + [c for c in captions if c.source is not None]

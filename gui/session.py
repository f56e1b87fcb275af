"""The open event: one core :class:`~studio.project.Project` value and its signals.

Every screen of the production view looks at one :class:`EventSession`. It
holds the project as an immutable value and replaces it on each edit (the
core's ``with_*`` methods), tells the views what changed, and keeps the undo
stack: a stack of project values (:class:`gui.undo.ValueCommand`), the same
scheme as the designer's, so field edits, the template, the platforms and the
media — added, removed, trimmed, a focal point moved — all undo alike. What
the views are told is read off the difference between the two values, so an
edit, an undo and a redo notify the same way.

Media are read once on workers: a thumbnail for every item, and for the items
actually previewed a *proxy* (the photo at 1600 px) kept in a small
least-recently-used cache, so a 500-photo event does not hold 500 proxies.

It is a QObject for its signals but holds no widget, so tests drive it
directly. The library, brand kit and platforms it produces with are the app's
:class:`~gui.resources.Resources`; when a designer changes them, the views
start over from the same event.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack

from gui import operations
from gui.jobs.media import LoadedMedia, load_media, media_kind
from gui.models import MediaListModel, MediaState
from gui.resources import Resources
from gui.undo import MERGE_SECONDS, ValueCommand
from studio.errors import StudioError
from studio.library.pins import pin_versions, pinned_library, update_event_templates
from studio.paths import PROJECT_ROOT
from studio.platforms import Platform
from studio.project import (
    PROJECT_SUFFIX,
    MediaItem,
    Project,
    event_file_stem,
    load_project,
    new_project,
    output_folder_name,
    save_project,
)
from studio.template.library import TemplateLibrary
from studio.template.loader import LoadedTemplate

DEFAULT_PLATFORMS = ("instagram_portrait", "instagram_story", "x_post")
# Preview proxies kept in memory (about 6 MB each for a 1600x1200 photo).
MAX_PROXIES = 12
DEFAULT_TEMPLATE = "liputan-kegiatan"


def default_output_base() -> Path:
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    base = Path(pictures) if pictures else Path.home()
    return base / "Studio Konten Cimahi"


def documents_folder() -> Path:
    """The user's Documents (where an event is saved when it has no photos yet)."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def default_output_dir(base: Path, fields: Mapping[str, str]) -> Path:
    """The event's own output folder inside ``base``: "Hasil - <title> - <date>"."""
    return Path(base) / output_folder_name(fields.get("judul", ""), fields.get("tanggal", ""))


def _load_job(path: Path, *, progress, cancel, proxy: bool = False
              ) -> tuple[Path, LoadedMedia | None, StudioError | None]:
    """Load one file; a failure is a result too (the item is flagged, not dropped)."""
    try:
        return path, load_media(path, progress=progress, cancel=cancel, proxy=proxy), None
    except StudioError as exc:
        if exc.path is None:
            exc.path = path
        return path, None, exc
    except Exception as exc:  # a decoder bug must not take the list down
        return path, None, operations.internal_error(exc)


class EventSession(QObject):
    projectReplaced = Signal()  # a different event (new, opened) or resources: views start over
    templateChanged = Signal(str)
    fieldChanged = Signal(str)  # key (any source: the form, undo, redo)
    platformsChanged = Signal()
    outputChanged = Signal()
    mediaChanged = Signal()  # items added, removed or edited (focus, trim, skip)
    mediaLoaded = Signal(object)  # path: its proxy/thumbnail or error is known
    dirtyChanged = Signal(bool)
    pathChanged = Signal(object)

    def __init__(self, resources: Resources, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.resources = resources
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        # Typing in one field merges into one undo step until the officer leaves it.
        self._typing_run = 0
        self._dirty = False
        # Dirty from the start (an event opened with problems), until saved.
        self._dirty_on_open = False
        self._loading: dict[Path, operations.Operation] = {}
        self._proxies: OrderedDict[Path, Image.Image] = OrderedDict()
        self._proxy_loading: dict[Path, operations.Operation] = {}
        library = resources.library
        template = DEFAULT_TEMPLATE if DEFAULT_TEMPLATE in library.templates else \
            (library.ids()[0] if library.ids() else DEFAULT_TEMPLATE)
        self._project = new_project("", template, default_output_base(),
                                    platforms=DEFAULT_PLATFORMS)
        self.media_model = MediaListModel(self)
        resources.libraryChanged.connect(self._on_resources_changed)
        resources.brandChanged.connect(self._on_resources_changed)

    # -- reading -------------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self._project

    @property
    def path(self) -> Path | None:
        return self._project.path

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def event_library(self) -> TemplateLibrary:
        """The library as this event sees it: its templates at the versions it pinned."""
        return pinned_library(self._project, self.resources.library)

    @property
    def loaded_template(self) -> LoadedTemplate:
        return self.event_library.get(self._project.template)

    @property
    def fields(self) -> dict[str, str]:
        return dict(self._project.fields)

    def field_value(self, key: str) -> str:
        """The value the form shows: the typed value, else the template's default."""
        if key in self._project.fields:
            return self._project.fields[key]
        try:
            f = self.loaded_template.template.field(key)
        except StudioError:
            f = None
        return f.default if f is not None else ""

    def chosen_platforms(self) -> list[Platform]:
        chosen = set(self._project.platforms)
        return [p for p in self.resources.platforms.values() if p.id in chosen]

    def display_name(self) -> str:
        if self._project.name:
            return self._project.name
        return self._project.fields.get("judul", "").strip()

    # -- whole events --------------------------------------------------------------------------
    def new_event(self, *, template: str | None = None, fields: Mapping[str, str] | None = None,
                  media: Iterable[Path] = (), platforms: Iterable[str] | None = None,
                  output_dir: Path | None = None, output_base: Path | None = None,
                  name: str = "") -> None:
        template = template or self._project.template
        values = dict(fields or {})
        self._prefill_dates(template, values)
        output = output_dir or default_output_dir(output_base or default_output_base(), values)
        project = new_project(name, template, output,
                              media=media,
                              platforms=tuple(platforms) if platforms else DEFAULT_PLATFORMS,
                              fields=values)
        self._replace_project(pin_versions(project, self.resources.library), dirty=False)

    def open_event(self, path: Path) -> Project:
        """Load an event file (raises StudioError); problems are in ``project.problems``."""
        project = load_project(path)
        self._replace_project(project, dirty=bool(project.problems))
        return project

    def update_templates(self, template_ids: list[str] | None = None) -> None:
        """Move the event to the template versions in use now (the PIC chose it; undoable)."""
        self._edit(update_event_templates(self._project, self.resources.library, template_ids),
                   self.tr("Update the templates"))

    def adopt(self, project: Project, *, dirty: bool) -> None:
        """Show ``project`` (e.g. the sample event, a copy with no file yet)."""
        self._replace_project(project, dirty=dirty)

    def save(self, path: Path | None = None) -> Path:
        target = Path(path) if path is not None else self._project.path
        if target is None:
            raise StudioError("the event has not been saved yet", code="project.no_path")
        if not target.name.endswith(PROJECT_SUFFIX):
            target = target.with_name(target.name.removesuffix(".toml") + PROJECT_SUFFIX)
        project = self._project
        if not project.name:
            project = replace(project, name=target.name.removesuffix(PROJECT_SUFFIX))
        # The event keeps the template versions it is made with (older event files
        # without them get the versions in use now).
        project = pin_versions(project, self.resources.library)
        saved = save_project(project, target)
        # The name and the file are the event's identity, not an edit: undo keeps them.
        self._project = saved
        self._dirty_on_open = False
        self.undo_stack.setClean()
        self._update_dirty()
        self.pathChanged.emit(saved.path)
        return saved.path

    def suggested_file_name(self) -> str:
        """Date and title, the title cut at a word: "2026-11-30 Rapat ….kegiatan.toml"."""
        stem = event_file_stem(self.display_name(), self._project.fields.get("tanggal", ""))
        return stem + PROJECT_SUFFIX

    def suggested_save_folder(self, last_folder: Path | None = None) -> Path:
        """Where "Save as" opens: beside the event's photos, else the folder an event was
        last saved in, else Documents (never the app's hidden data folder)."""
        for item in self._project.media:
            folder = item.path.parent if item.path is not None else None
            # Not the app's own folder (the sample's photos): it may not be writable.
            if folder is not None and folder.is_dir() and not folder.resolve().is_relative_to(
                    PROJECT_ROOT.resolve()):
                return folder
        if last_folder is not None and last_folder.is_dir():
            return last_folder
        return documents_folder()

    def _follow_output(self, old: Project, new: Project) -> Project:
        """``new`` with its output folder renamed after its title and date, when the folder
        is still the one named after the old ones (a folder the officer chose stays)."""
        if old.output_dir != new.output_dir or (
                old.fields.get("judul"), old.fields.get("tanggal")) == (
                new.fields.get("judul"), new.fields.get("tanggal")):
            return new
        base = old.output_dir.parent
        if old.output_dir != default_output_dir(base, old.fields):
            return new
        return new.with_output(default_output_dir(base, new.fields))

    def _replace_project(self, project: Project, *, dirty: bool) -> None:
        for operation in [*self._loading.values(), *self._proxy_loading.values()]:
            operation.cancel()
        self._loading.clear()
        self._proxy_loading.clear()
        self._proxies.clear()
        self._project = project
        self.media_model.reset(project.media)
        self.undo_stack.clear()
        self._typing_run += 1
        self._dirty_on_open = dirty
        self._update_dirty()
        for item in project.media:
            if item.path is not None:
                self._load(item.path)
        self.projectReplaced.emit()
        self.pathChanged.emit(project.path)

    def _on_resources_changed(self, *_args: object) -> None:
        # A designer saved a template or the brand kit: the event is unchanged, but what it
        # renders with is new, so every view starts over from it.
        self.projectReplaced.emit()

    def _prefill_dates(self, template_id: str, values: dict[str, str]) -> None:
        # A required date starts at today: events are mostly covered the same day.
        try:
            template = self.resources.library.get(template_id).template
        except StudioError:
            return
        for f in template.fields:
            if f.type == "date" and f.required and not values.get(f.key):
                values[f.key] = _dt.date.today().isoformat()

    # -- edits: one undo stack of project values -----------------------------------------------
    def _edit(self, project: Project, text: str, merge_key: Hashable | None = None,
              merge_seconds: float | None = MERGE_SECONDS) -> bool:
        """Make ``project`` current as one undoable step (nothing if it is unchanged)."""
        if project == self._project:
            return False
        self.undo_stack.push(ValueCommand(self._set_project, self._project, project, text,
                                          merge_key, merge_seconds))
        return True

    def _set_project(self, project: Project) -> None:
        """Make ``project`` current (an edit, an undo or a redo) and tell what changed."""
        old = self._project
        project = replace(project, name=old.name, path=old.path, problems=old.problems)
        self._project = project
        if old.media != project.media:
            self._sync_media(old.media, project.media)
        if old.template != project.template:
            self.templateChanged.emit(project.template)
        for key in sorted(set(old.fields) | set(project.fields)):
            if old.fields.get(key) != project.fields.get(key):
                self.fieldChanged.emit(key)
        if old.platforms != project.platforms:
            self.platformsChanged.emit()
        if (old.output_dir, old.pattern, old.export) != \
                (project.output_dir, project.pattern, project.export):
            self.outputChanged.emit()
        if old.media != project.media:
            self.mediaChanged.emit()
        if old.template_versions != project.template_versions:
            # Other versions of the templates: everything rendered from them starts over.
            self.projectReplaced.emit()

    # -- fields and the template ---------------------------------------------------------------
    def set_field(self, key: str, value: str) -> None:
        old = self.field_value(key)
        if old == value and key in self._project.fields:
            return
        self._edit(self._follow_output(self._project, self._project.with_field(key, value)),
                   self.tr("Edit a detail"), merge_key=("field", key, self._typing_run),
                   merge_seconds=None)

    def close_field_edit(self) -> None:
        """The officer left the field: the next change is a new undo step."""
        self._typing_run += 1

    def set_template(self, template_id: str) -> None:
        if template_id == self._project.template:
            return
        self.resources.library.get(template_id)  # raises for an unknown one
        values = dict(self._project.fields)
        self._prefill_dates(template_id, values)
        self._edit(self._follow_output(
            self._project, self._project.with_template(template_id).with_fields(values)),
            self.tr("Choose a template"))

    # -- platforms, output ---------------------------------------------------------------------
    def set_platforms(self, platform_ids: Iterable[str]) -> None:
        wanted = set(platform_ids)
        ordered = tuple(p for p in self.resources.platforms if p in wanted)
        if ordered != self._project.platforms:
            self._edit(self._project.with_platforms(ordered), self.tr("Choose platforms"))

    def set_output_dir(self, folder: Path) -> None:
        if Path(os.path.abspath(folder)) != self._project.output_dir:
            self._edit(self._project.with_output(folder), self.tr("Choose the output folder"))

    def set_export_options(self, **changes: object) -> None:
        self._edit(self._project.with_export(**changes), self.tr("Change the export options"))

    # -- media ---------------------------------------------------------------------------------
    def add_media(self, paths: Iterable[Path]) -> int:
        """Append files (duplicates ignored); returns how many were added."""
        project = self._project.add_media(Path(p) for p in paths)
        added = len(project.media) - len(self._project.media)
        if added:
            self._edit(project, self.tr("Add photos or videos"))
        return added

    def remove_media(self, rows: Iterable[int]) -> None:
        rows = [r for r in set(rows) if 0 <= r < len(self._project.media)]
        if rows:
            self._edit(self._project.remove_media(rows), self.tr("Remove photos or videos"))

    def set_focus(self, row: int, focus: tuple[float, float] | None) -> None:
        item = self._project.media[row]
        # Dragging the focal point about is one step.
        self._edit(self._project.with_item(row, item.with_focus(focus)),
                   self.tr("Set the focal point"), merge_key=("focus", item.path))

    def set_trim(self, row: int, trim: tuple[float, float] | None) -> None:
        item = self._project.media[row]
        self._edit(self._project.with_item(row, item.with_trim(trim)), self.tr("Trim the clip"))

    def set_cover_at(self, row: int, seconds: float | None) -> None:
        item = self._project.media[row]
        self._edit(self._project.with_item(row, item.with_cover_at(seconds)),
                   self.tr("Choose the video's cover"))

    def set_skip(self, row: int, skip: bool) -> None:
        item = self._project.media[row]
        self._edit(self._project.with_item(row, item.with_skip(skip)),
                   self.tr("Leave out of the export") if skip
                   else self.tr("Put back in the export"))

    def _sync_media(self, old: tuple[MediaItem, ...], new: tuple[MediaItem, ...]) -> None:
        """The list model follows the new media; files new to the event are read, files
        gone from it stop loading and are forgotten."""
        self.media_model.set_items(new)
        old_paths = {item.path for item in old if item.path is not None}
        new_paths = {item.path for item in new if item.path is not None}
        for path in old_paths - new_paths:
            for pending in (self._loading, self._proxy_loading):
                operation = pending.pop(path, None)
                if operation is not None:
                    operation.cancel()
            self._proxies.pop(path, None)
        self.media_model.forget(old_paths - new_paths)
        for item in new:
            if item.path in new_paths - old_paths:
                self._load(item.path)

    def media_state(self, row: int) -> MediaState:
        return self.media_model.state(row)

    def is_loading(self) -> bool:
        return bool(self._loading) or bool(self._proxy_loading)

    def proxy(self, path: Path | None) -> Image.Image | None:
        """The preview proxy of ``path`` if it is in memory (see :meth:`request_proxy`)."""
        if path is None or path not in self._proxies:
            return None
        self._proxies.move_to_end(path)
        return self._proxies[path]

    def request_proxy(self, path: Path) -> None:
        """Decode ``path`` for the preview (``mediaLoaded`` tells when it is there)."""
        if path in self._proxies or path in self._proxy_loading:
            return
        # Its own pool: the item on screen does not wait behind a folder of thumbnails.
        operation = operations.Operation(_load_job, path, proxy=True, pool_name="proxy")
        operation.succeeded.connect(self._on_proxy_succeeded)
        self._proxy_loading[path] = operation
        operation.start()

    def _on_proxy_succeeded(self, outcome: tuple[Path, LoadedMedia | None,
                                                 StudioError | None]) -> None:
        path, loaded, error = outcome
        if self._proxy_loading.pop(path, None) is None:
            return
        if loaded is not None and loaded.proxy is not None:
            self._proxies[path] = loaded.proxy
            while len(self._proxies) > MAX_PROXIES:
                self._proxies.popitem(last=False)
        elif error is not None:
            self.media_model.set_state(path, MediaState(status="error", kind=media_kind(path),
                                                        error=error))
        self.mediaLoaded.emit(path)

    def _load(self, path: Path) -> None:
        if path in self._loading:
            return
        self.media_model.set_state(path, MediaState(status="loading", kind=media_kind(path)))
        operation = operations.Operation(_load_job, path, pool_name="media")
        operation.succeeded.connect(self._on_load_succeeded)
        self._loading[path] = operation
        operation.start()

    def _on_load_succeeded(self, outcome: tuple[Path, LoadedMedia | None,
                                                StudioError | None]) -> None:
        path, loaded, error = outcome
        if self._loading.pop(path, None) is None:
            return  # removed (or a new event opened) meanwhile
        if loaded is not None:
            state = MediaState(status="ready", kind=loaded.kind,
                               thumbnail=loaded.thumbnail, size=loaded.size,
                               duration=loaded.duration, has_audio=loaded.has_audio)
        else:
            state = MediaState(status="error", kind=media_kind(path), error=error)
        self.media_model.set_state(path, state)
        self.mediaLoaded.emit(path)

    # -- dirty flag ----------------------------------------------------------------------------
    def _update_dirty(self) -> None:
        dirty = self._dirty_on_open or not self.undo_stack.isClean()
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        # Undoing back to the saved state makes the event clean again.
        self._update_dirty()

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._update_dirty()

"""The open event: one core :class:`~studio.project.Project` value and its signals.

Every screen of the production view looks at one :class:`EventSession`. It
holds the project as an immutable value and replaces it on each edit (the
core's ``with_*`` methods), tells the views what changed, keeps the undo stack
of the event form (a stack of field values: undo puts the old value back) and
loads every media file once on a worker (a proxy for the preview and a
thumbnail, or the core's error for a file that cannot be used).

Media are read once on workers: a thumbnail for every item, and for the items
actually previewed a *proxy* (the photo at 1600 px) kept in a small
least-recently-used cache, so a 500-photo event does not hold 500 proxies.

It is a QObject for its signals but holds no widget, so tests drive it
directly and a designer's screen could share it.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QModelIndex, QObject, QStandardPaths, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui import operations
from gui.jobs.media import LoadedMedia, load_media, media_kind
from gui.models import MediaListModel, MediaState
from studio.brand import BrandKit
from studio.errors import StudioError
from studio.naming import safe_name
from studio.platforms import Platform
from studio.project import (
    PROJECT_SUFFIX,
    MediaItem,
    Project,
    load_project,
    new_project,
    save_project,
)
from studio.template import TemplateLibrary
from studio.template.loader import LoadedTemplate

DEFAULT_PLATFORMS = ("instagram_portrait", "instagram_story", "x_post")
# Preview proxies kept in memory (about 6 MB each for a 1600x1200 photo).
MAX_PROXIES = 12
DEFAULT_TEMPLATE = "liputan-kegiatan"
FIELD_EDIT_ID = 1001


def default_output_base() -> Path:
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    base = Path(pictures) if pictures else Path.home()
    return base / "Studio Konten Cimahi"


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


class FieldEdit(QUndoCommand):
    """One field's value changed (typing in the same field merges into one step)."""

    def __init__(self, session: EventSession, key: str, old: str, new: str) -> None:
        super().__init__()
        self._session = session
        self.key = key
        self.old = old
        self.new = new
        self.setText(key)

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.key != self.key:
            return False
        # Merge a burst of typing, but a whole-word change stays a step of its own.
        if self._session._merge_closed:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._session._apply_field(self.key, self.new)

    def undo(self) -> None:
        self._session._apply_field(self.key, self.old)


class TemplateChange(QUndoCommand):
    def __init__(self, session: EventSession, old: str, new: str) -> None:
        super().__init__()
        self._session = session
        self.old = old
        self.new = new

    def redo(self) -> None:
        self._session._apply_template(self.new)

    def undo(self) -> None:
        self._session._apply_template(self.old)


class EventSession(QObject):
    projectReplaced = Signal()  # a different event (new, opened): views start over
    templateChanged = Signal(str)
    fieldChanged = Signal(str)  # key (any source: the form, undo, redo)
    platformsChanged = Signal()
    outputChanged = Signal()
    mediaChanged = Signal()  # items added, removed or edited (focus, trim, skip)
    mediaLoaded = Signal(object)  # path: its proxy/thumbnail or error is known
    dirtyChanged = Signal(bool)
    pathChanged = Signal(object)
    libraryChanged = Signal()  # templates or the brand kit changed under the event

    def __init__(self, library: TemplateLibrary, brand: BrandKit,
                 platforms: Mapping[str, Platform], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.brand = brand
        self.platforms: dict[str, Platform] = dict(platforms)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._merge_closed = False
        self._dirty = False
        # Changes outside the undo stack (media, platforms, output) since the last save.
        self._untracked = False
        self._loading: dict[Path, operations.Operation] = {}
        self._proxies: OrderedDict[Path, Image.Image] = OrderedDict()
        self._proxy_loading: dict[Path, operations.Operation] = {}
        template = DEFAULT_TEMPLATE if DEFAULT_TEMPLATE in library.templates else \
            (library.ids()[0] if library.ids() else DEFAULT_TEMPLATE)
        self._project = new_project("", template, default_output_base(),
                                    platforms=DEFAULT_PLATFORMS)
        self.media_model = MediaListModel(self)

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
    def loaded_template(self) -> LoadedTemplate:
        return self.library.get(self._project.template)

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
        return [p for p in self.platforms.values() if p.id in chosen]

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
        output = output_dir or (output_base or default_output_base()) / safe_name(
            values.get("tanggal") or _dt.date.today().isoformat())
        project = new_project(name, template, output,
                              media=media,
                              platforms=tuple(platforms) if platforms else DEFAULT_PLATFORMS,
                              fields=values)
        self._replace_project(project, dirty=False)

    def open_event(self, path: Path) -> Project:
        """Load an event file (raises StudioError); problems are in ``project.problems``."""
        project = load_project(path)
        self._replace_project(project, dirty=bool(project.problems))
        return project

    def refresh_resources(self, brand: BrandKit | None = None) -> None:
        """Re-read the template library (and take a new brand kit) after a designer saved.

        The event itself is unchanged; views re-render from it, so a designer's
        change reaches the PIC's previews and exports at once.
        """
        self.library.reload()
        if brand is not None:
            self.brand = brand
        self.libraryChanged.emit()
        self.projectReplaced.emit()

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
        saved = save_project(project, target)
        self._project = saved
        self.undo_stack.setClean()
        self._untracked = False
        self._set_dirty(False)
        self.pathChanged.emit(saved.path)
        return saved.path

    def suggested_file_name(self) -> str:
        name = self.display_name() or "kegiatan"
        date = self._project.fields.get("tanggal", "")
        stem = safe_name(f"{date} {name}".strip(), "kegiatan")
        return stem + PROJECT_SUFFIX

    def _replace_project(self, project: Project, *, dirty: bool) -> None:
        for operation in [*self._loading.values(), *self._proxy_loading.values()]:
            operation.cancel()
        self._loading.clear()
        self._proxy_loading.clear()
        self._proxies.clear()
        self.media_model.beginResetModel()
        self.media_model.clear_states()
        self._project = project
        self.media_model.endResetModel()
        self.undo_stack.clear()
        self._untracked = dirty
        self._set_dirty(dirty)
        for item in project.media:
            if item.path is not None:
                self._load(item.path)
        self.projectReplaced.emit()
        self.pathChanged.emit(project.path)

    def _prefill_dates(self, template_id: str, values: dict[str, str]) -> None:
        # A required date starts at today: events are mostly covered the same day.
        try:
            template = self.library.get(template_id).template
        except StudioError:
            return
        for f in template.fields:
            if f.type == "date" and f.required and not values.get(f.key):
                values[f.key] = _dt.date.today().isoformat()

    # -- fields (undoable) ---------------------------------------------------------------------
    def set_field(self, key: str, value: str) -> None:
        old = self.field_value(key)
        if old == value and key in self._project.fields:
            return
        self.undo_stack.push(FieldEdit(self, key, old, value))
        self._merge_closed = False

    def close_field_edit(self) -> None:
        """The officer left the field: the next change is a new undo step."""
        self._merge_closed = True

    def _apply_field(self, key: str, value: str) -> None:
        self._project = self._project.with_field(key, value)
        self._set_dirty(True, tracked=True)
        self.fieldChanged.emit(key)

    def set_template(self, template_id: str) -> None:
        if template_id == self._project.template:
            return
        self.library.get(template_id)  # raises for an unknown one
        self.undo_stack.push(TemplateChange(self, self._project.template, template_id))

    def _apply_template(self, template_id: str) -> None:
        values = dict(self._project.fields)
        self._prefill_dates(template_id, values)
        self._project = self._project.with_template(template_id).with_fields(values)
        self._set_dirty(True, tracked=True)
        self.templateChanged.emit(template_id)

    # -- platforms, output ---------------------------------------------------------------------
    def set_platforms(self, platform_ids: Iterable[str]) -> None:
        wanted = set(platform_ids)
        ordered = tuple(p for p in self.platforms if p in wanted)
        if ordered == self._project.platforms:
            return
        self._project = self._project.with_platforms(ordered)
        self._set_dirty(True)
        self.platformsChanged.emit()

    def set_output_dir(self, folder: Path) -> None:
        if Path(os.path.abspath(folder)) == self._project.output_dir:
            return
        self._project = self._project.with_output(folder)
        self._set_dirty(True)
        self.outputChanged.emit()

    def set_export_options(self, **changes: object) -> None:
        project = self._project.with_export(**changes)
        if project == self._project:
            return
        self._project = project
        self._set_dirty(True)
        self.outputChanged.emit()

    # -- media ---------------------------------------------------------------------------------
    def add_media(self, paths: Iterable[Path]) -> int:
        """Append files (duplicates ignored); returns how many were added."""
        before = len(self._project.media)
        project = self._project.add_media(Path(p) for p in paths)
        added = len(project.media) - before
        if added == 0:
            return 0
        self.media_model.beginInsertRows(QModelIndex(), before, before + added - 1)
        self._project = project
        self.media_model.endInsertRows()
        for item in project.media[before:]:
            if item.path is not None:
                self._load(item.path)
        self._set_dirty(True)
        self.mediaChanged.emit()
        return added

    def remove_media(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if not 0 <= row < len(self._project.media):
                continue
            path = self._project.media[row].path
            self.media_model.beginRemoveRows(QModelIndex(), row, row)
            self._project = self._project.remove_media([row])
            self.media_model.endRemoveRows()
            if path is not None and self.media_model.row_of(path) < 0:
                for pending in (self._loading, self._proxy_loading):
                    operation = pending.pop(path, None)
                    if operation is not None:
                        operation.cancel()
                self._proxies.pop(path, None)
                self.media_model.forget({path})
        self._set_dirty(True)
        self.mediaChanged.emit()

    def set_item(self, row: int, item: MediaItem) -> None:
        if self._project.media[row] == item:
            return
        self._project = self._project.with_item(row, item)
        self.media_model.row_changed(row)
        self._set_dirty(True)
        self.mediaChanged.emit()

    def set_focus(self, row: int, focus: tuple[float, float] | None) -> None:
        self.set_item(row, self._project.media[row].with_focus(focus))

    def set_trim(self, row: int, trim: tuple[float, float] | None) -> None:
        self.set_item(row, self._project.media[row].with_trim(trim))

    def set_cover_at(self, row: int, seconds: float | None) -> None:
        self.set_item(row, self._project.media[row].with_cover_at(seconds))

    def set_skip(self, row: int, skip: bool) -> None:
        self.set_item(row, self._project.media[row].with_skip(skip))

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
    def _set_dirty(self, dirty: bool, *, tracked: bool = False) -> None:
        if dirty and not tracked:
            self._untracked = True
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _on_clean_changed(self, clean: bool) -> None:
        # Undoing back to the saved state makes the event clean again.
        if clean and not self._untracked:
            self._set_dirty(False)


"""One template being edited: its current value, its undo stack and where it lives.

The document holds a :class:`~studio.template.model.Template` value and replaces
it on every edit through a :class:`~gui.undo.ValueCommand`, so the
undo stack is a stack of values. Views never change it themselves: they call
:meth:`TemplateDocument.edit` with a pure function from
:mod:`studio.template.editing` and redraw on :attr:`changed`.

Besides the template it keeps what the editor shows: the selected layer, the
platform size on the canvas and the edit target — ``None`` for the base design
or an aspect whose variant receives the edits.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gui.undo import ValueCommand
from studio.errors import EditError, StudioError
from studio.library.store import set_choice
from studio.platforms import Aspect, Platform
from studio.template.library import create_template_folder
from studio.template.loader import LoadedTemplate, save_template
from studio.template.model import Template


class TemplateDocument(QObject):
    changed = Signal(object)  # Template
    selection_changed = Signal(object)  # layer id or None
    target_changed = Signal(object)  # Aspect or None (the base design)
    platform_changed = Signal(object)  # Platform
    edit_failed = Signal(object)  # StudioError
    saved = Signal(object)  # LoadedTemplate

    def __init__(self, template: Template, folder: Path | None, platform: Platform, *,
                 builtin: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._template = template
        # What is on disk (a new template: what it started as, so an untouched one
        # closes without asking).
        self.saved_template = template
        self.folder = folder
        self.builtin = builtin
        self.undo_stack = QUndoStack(self)
        self.selected: str | None = None
        self.target: Aspect | None = None
        self.platform = platform
        # A new template keeps the assets it is given in a draft folder until saved.
        self._draft: Path | None = None

    # -- the value -----------------------------------------------------------------------------
    @property
    def template(self) -> Template:
        return self._template

    def _set(self, template: Template) -> None:
        if self.folder is not None and template.id != self.folder.name:
            # Once saved, the id is the folder's name: values from before the first save
            # (undo) take it too, or the folder would no longer load.
            template = template.model_copy(update={"id": self.folder.name})
        self._template = template
        if self.selected is not None and template.layer(self.selected) is None:
            self.selected = None
            self.selection_changed.emit(None)
        self.changed.emit(template)

    def apply(self, template: Template, text: str, merge_key: Hashable | None = None) -> bool:
        """Make ``template`` current as one undoable step (nothing if it is unchanged)."""
        if template == self._template:
            return False
        self.undo_stack.push(ValueCommand(self._set, self._template, template, text,
                                          merge_key))
        return True

    def edit(self, func: Callable[..., Template], *args: Any, text: str,
             merge_key: Hashable | None = None, **kwargs: Any) -> bool:
        """Apply ``func(template, *args, **kwargs)``; a refused edit is reported, not raised."""
        try:
            new = func(self._template, *args, **kwargs)
        except StudioError as exc:
            self.edit_failed.emit(exc)
            return False
        return self.apply(new, text, merge_key)

    @property
    def is_modified(self) -> bool:
        return self._template != self.saved_template

    # -- what the editor shows -----------------------------------------------------------------
    def select(self, layer_id: str | None) -> None:
        if layer_id is not None and self._template.layer(layer_id) is None:
            layer_id = None
        if layer_id != self.selected:
            self.selected = layer_id
            self.selection_changed.emit(layer_id)

    def set_target(self, aspect: Aspect | None) -> None:
        if aspect != self.target:
            self.target = aspect
            self.target_changed.emit(aspect)

    def set_platform(self, platform: Platform) -> None:
        if platform != self.platform:
            self.platform = platform
            self.platform_changed.emit(platform)

    # -- files ---------------------------------------------------------------------------------
    @property
    def asset_folder(self) -> Path:
        """Where the template's own files are now (its folder, or a draft folder)."""
        if self.folder is not None:
            return self.folder
        if self._draft is None:
            self._draft = Path(tempfile.mkdtemp(prefix="studio-template-draft-"))
        return self._draft

    @property
    def loaded(self) -> LoadedTemplate:
        return LoadedTemplate(self._template, self.asset_folder)

    def save_into(self, library_dir: Path) -> LoadedTemplate:
        """Write the template: in place, or as a new folder of ``library_dir`` when it
        is new or official (an official template is never written; the user's copy with
        the same id takes its place in the library, by the choice recorded here)."""
        if self.folder is not None and not self.builtin:
            saved = save_template(LoadedTemplate(self._template, self.folder), self._template)
        else:
            if (library_dir / self._template.id).exists():
                raise EditError(f"a template {self._template.id!r} exists already",
                                path=library_dir / self._template.id,
                                code="edit.template_exists", template=self._template.id)
            source = self.folder if self.folder is not None else self._draft
            saved = create_template_folder(self._template, library_dir, assets_from=source)
            if self.builtin:
                # Saving a change to an official template is the explicit choice that lets
                # the designer's copy replace it here (the official one stays available).
                set_choice(saved.id, "local")
            self.discard_draft()
            self.folder = saved.folder
            self.builtin = False
        self.saved_template = saved.template
        self.undo_stack.setClean()
        self.saved.emit(saved)
        return saved

    def discard_draft(self) -> None:
        if self._draft is not None:
            shutil.rmtree(self._draft, ignore_errors=True)
            self._draft = None

"""The template library: every installed template as a card with a real thumbnail.

A list model over :class:`studio.template.TemplateLibrary` (built-in templates
and the user's own), searched through a filter proxy and shown as a grid.
Thumbnails are rendered on a worker with the current brand kit and re-rendered
when the kit changes. From here a designer creates, edits, duplicates and
deletes templates (user templates only, into the recoverable trash), imports a
``.zip`` package (asking before replacing an installed one with the same id)
and exports one to share.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui.designer import dialogs
from gui.designer.widgets import WINDOW_STYLE
from gui.error_messages import describe
from gui.jobs.preview import PreviewRequest, card_request, render_preview
from gui.operations import Operation
from gui.resources import Resources, app_resources
from studio.errors import PackageError, StudioError
from studio.progress import CancelToken, ProgressCallback
from studio.template import editing
from studio.template.library import (
    delete_template,
    duplicate_template,
    restore_from_trash,
    trash_entries,
)
from studio.template.loader import LoadedTemplate
from studio.template.package import export_package, import_package

IdRole = Qt.ItemDataRole.UserRole + 1
VersionRole = Qt.ItemDataRole.UserRole + 2
AuthorRole = Qt.ItemDataRole.UserRole + 3
BuiltinRole = Qt.ItemDataRole.UserRole + 4
SearchRole = Qt.ItemDataRole.UserRole + 5
FolderRole = Qt.ItemDataRole.UserRole + 6
ThumbnailReadyRole = Qt.ItemDataRole.UserRole + 7
OriginRole = Qt.ItemDataRole.UserRole + 8  # studio.template.library.TemplateOrigin

THUMB = QSize(176, 220)
CARD = QSize(204, 318)


def render_card_thumbnail(request: PreviewRequest, key: Any, *, progress: ProgressCallback,
                          cancel: CancelToken) -> tuple[str, Any, QImage]:
    """One library thumbnail (worker): (template id, the request's key, image)."""
    preview = render_preview(request, progress=progress, cancel=cancel)
    return request.loaded.id, key, preview.image


class TemplateListModel(QAbstractListModel):
    """The library's templates sorted by name, with thumbnails filled in as they come."""

    def __init__(self, resources: Resources, parent=None) -> None:
        super().__init__(parent)
        self._resources = resources
        self._items: list[LoadedTemplate] = []
        self._thumbs: dict[str, QPixmap] = {}
        self._keys: dict[str, Any] = {}
        self._operations: set[Operation] = set()
        self.rendered = 0
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        library = self._resources.library
        self._items = sorted(library.templates.values(),
                             key=lambda t: (t.template.name.lower(), t.id))
        self.endResetModel()
        self.render_thumbnails()

    # -- thumbnails (worker) ------------------------------------------------------------
    def _key(self, loaded: LoadedTemplate) -> Any:
        return (loaded.template.model_dump_json(), str(loaded.folder),
                id(self._resources.draft_brand))

    def render_thumbnails(self, force: bool = False) -> None:
        platform = self._resources.platform("instagram_portrait")
        for loaded in self._items:
            key = self._key(loaded)
            if not force and self._keys.get(loaded.id) == key:
                continue
            self._keys[loaded.id] = key
            request = card_request(loaded, self._resources.draft_brand, platform, THUMB.width(),
                                   lenient=True)
            operation = Operation(render_card_thumbnail, request, key, pool_name="strip")
            operation.succeeded.connect(self._on_operation_succeeded)
            operation.finished.connect(self._on_operation_finished)
            self._operations.add(operation)
            operation.start()

    def cancel(self) -> None:
        for operation in list(self._operations):
            operation.cancel()

    def pending(self) -> int:
        return len(self._operations)

    def _on_operation_succeeded(self, result: tuple[str, Any, QImage]) -> None:
        template_id, key, image = result
        if self._keys.get(template_id) != key:
            return  # superseded by a newer render
        self._thumbs[template_id] = QPixmap.fromImage(image)
        self.rendered += 1
        row = next((i for i, t in enumerate(self._items) if t.id == template_id), -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def _on_operation_finished(self) -> None:
        self._operations = {op for op in self._operations if op.is_running}

    # -- reading ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._items)

    def loaded(self, row: int) -> LoadedTemplate | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, template_id: str) -> int:
        return next((i for i, t in enumerate(self._items) if t.id == template_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        loaded = self._items[index.row()]
        t = loaded.template
        if role == Qt.ItemDataRole.DisplayRole:
            return t.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbs.get(loaded.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            from gui.library.badges import origin_tooltip

            origin = origin_tooltip(self._resources.library.origin(t.id))
            return "\n".join(x for x in (t.name, t.description, f"id: {t.id}", origin) if x)
        if role == OriginRole:
            return self._resources.library.origin(t.id)
        if role == IdRole:
            return t.id
        if role == VersionRole:
            return t.version
        if role == AuthorRole:
            return t.author
        if role == BuiltinRole:
            return self._resources.library.is_builtin(t.id)
        if role == FolderRole:
            return str(loaded.folder)
        if role == SearchRole:
            return " ".join((t.name, t.id, t.author, t.description)).lower()
        if role == ThumbnailReadyRole:
            return loaded.id in self._thumbs
        return None


class TemplateCardDelegate(QStyledItemDelegate):
    """A card: thumbnail, name, version and author, and a badge for built-in ones."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#0B4F82") if selected else QColor("#D5DEE6"),
                            2 if selected else 1))
        painter.setBrush(QColor("#E3EEF7") if selected else QColor("#FFFFFF"))
        painter.drawRoundedRect(rect, 10, 10)
        thumb_area = QRect(rect.left() + (rect.width() - THUMB.width()) // 2, rect.top() + 10,
                           THUMB.width(), THUMB.height())
        pixmap: QPixmap | None = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None and not pixmap.isNull():
            size = pixmap.size().scaled(thumb_area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(thumb_area.left() + (thumb_area.width() - size.width()) // 2,
                           thumb_area.top(), size.width(), size.height())
            painter.drawPixmap(target, pixmap)
        else:
            painter.fillRect(thumb_area, QColor("#E4EAF0"))
        text_left = rect.left() + 12
        width = rect.width() - 24
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#12202D"))
        metrics = painter.fontMetrics()
        name = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole),
                                  Qt.TextElideMode.ElideRight, width)
        y = thumb_area.bottom() + 8
        painter.drawText(QRect(text_left, y, width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, name)
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.88)
        painter.setFont(font)
        painter.setPen(QColor("#5B6B7B"))
        metrics = painter.fontMetrics()
        line = f"v{index.data(VersionRole)}"
        if index.data(AuthorRole):
            line += f" \u00b7 {index.data(AuthorRole)}"
        y += metrics.height() + 6
        painter.drawText(QRect(text_left, y, width, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        # Official (built-in or signed from the shared library) or not: see gui.library.badges.
        from gui.library.badges import badge_text

        origin = index.data(OriginRole)
        badge = badge_text(origin)
        if badge:
            builtin = bool(origin is not None and origin.official)
            y += metrics.height() + 8
            bw = metrics.horizontalAdvance(badge) + 16
            badge_rect = QRect(text_left, y, bw, metrics.height() + 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#E3EEF7") if builtin else QColor("#FFF1C7"))
            painter.drawRoundedRect(badge_rect, 6, 6)
            painter.setPen(QColor("#06304F") if builtin else QColor("#6B4A00"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()


class TemplateLibraryWindow(QMainWindow):
    def __init__(self, resources: Resources | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(WINDOW_STYLE)
        self.resources = resources or app_resources()
        self.model = TemplateListModel(self.resources, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SearchRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QListView()
        self.view.setModel(self.proxy)
        # The view owns the proxy and the proxy the model: they go together.
        self.proxy.setParent(self.view)
        self.model.setParent(self.proxy)
        self.view.setItemDelegate(TemplateCardDelegate(self.view))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setGridSize(CARD + QSize(8, 8))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSpacing(4)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setProperty("role", "warning")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 8)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.problems)
        column.addWidget(self.view, 1)
        self.setCentralWidget(body)
        self.actions_by_name: dict[str, QAction] = {}
        bar = self.addToolBar("library")
        bar.setObjectName("library-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name, slot in (("new", self.new_template), ("edit", self.edit_selected),
                           ("duplicate", self.duplicate_selected),
                           ("delete", self.delete_selected), (None, None),
                           ("import", self.import_package_dialog),
                           ("export", self.export_selected), ("restore", self.restore_dialog),
                           (None, None), ("publish", self.publish_selected),
                           (None, None), ("brand", self.open_brand_editor)):
            if name is None:
                bar.addSeparator()
                continue
            action = QAction(self)
            action.triggered.connect(slot)
            self.actions_by_name[name] = action
            bar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search)
        self.statusBar()
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.resources.libraryChanged.connect(self._on_resources_library_changed)
        self.resources.draftBrandChanged.connect(self._on_resources_draft_brand_changed)
        self._retranslate()
        self._update_actions()
        self.resize(1180, 800)

    # -- language ---------------------------------------------------------------------------
    def _retranslate(self) -> None:
        texts = {"new": self.tr("New template"), "edit": self.tr("Edit"),
                 "duplicate": self.tr("Duplicate"), "delete": self.tr("Delete"),
                 "import": self.tr("Import package\u2026"),
                 "export": self.tr("Export package\u2026"),
                 "restore": self.tr("Restore from trash\u2026"),
                 "publish": self.tr("Publish to the shared library\u2026"),
                 "brand": self.tr("Brand kit\u2026")}
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.setWindowTitle(self.tr("Templates \u2014 Studio Konten Cimahi"))
        self.title.setText(self.tr("Templates"))
        self.search.setPlaceholderText(self.tr("Search by name, id or author"))
        self._update_subtitle()
        self._update_actions()
        self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_subtitle(self) -> None:
        library = self.resources.library
        builtin = sum(1 for t in library.ids() if not self._is_own(t))
        self.subtitle.setText(
            self.tr("%1 templates: %2 official, %3 yours. Your templates are in %4.")
            .replace("%1", str(len(library.templates))).replace("%2", str(builtin))
            .replace("%3", str(len(library.templates) - builtin))
            .replace("%4", str(library.user_dir)))
        if library.problems:
            lines = [self.tr("These template folders cannot be used:")]
            lines += [f"\u2022 {p.folder.name}: {describe(p.error).message}"
                      for p in library.problems]
            self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(library.problems))

    def _update_actions(self) -> None:
        loaded = self.selected()
        builtin = loaded is not None and not self._is_own(loaded.id)
        for name in ("edit", "duplicate", "export", "publish"):
            self.actions_by_name[name].setEnabled(loaded is not None)
        delete = self.actions_by_name["delete"]
        delete.setEnabled(loaded is not None and not builtin)
        delete.setToolTip(self.tr("Built-in templates cannot be deleted; duplicate them "
                                  "instead.") if builtin else self.tr("Move to the trash"))
        self.actions_by_name["restore"].setEnabled(
            bool(trash_entries(self.resources.library.user_dir)))

    def _is_own(self, template_id: str) -> bool:
        """A template in the user's folder (built-in and shared ones are never deleted)."""
        origin = self.resources.library.origin(template_id)
        return origin is not None and origin.kind == "local"

    # -- selection --------------------------------------------------------------------------
    def selected(self) -> LoadedTemplate | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.loaded(index.row()) if index.isValid() else None

    def select(self, template_id: str) -> None:
        row = self.model.row_of(template_id)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row)))

    def _on_current_changed(self, *_args: Any) -> None:
        self._update_actions()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().lower())

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _on_resources_library_changed(self) -> None:
        current = self.selected()
        self.model.reload()
        self._update_subtitle()
        if current is not None:
            self.select(current.id)
        self._update_actions()

    def _on_resources_draft_brand_changed(self, _brand) -> None:
        self.model.render_thumbnails(force=True)

    # -- actions --------------------------------------------------------------------------
    def new_template(self) -> QWidget:
        from gui.designer import open_template_editor

        return open_template_editor(None)

    def edit_selected(self) -> QWidget | None:
        from gui.designer import open_template_editor

        loaded = self.selected()
        return open_template_editor(loaded.folder) if loaded else None

    def duplicate_selected(self, name: str | None = None) -> LoadedTemplate | None:
        loaded = self.selected()
        if loaded is None:
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Duplicate template"),
                                            self.tr("Name of the copy:"),
                                            text=self.tr("%1 (copy)").replace(
                                                "%1", loaded.template.name))
            if not ok or not name.strip():
                return None
        user_dir = self.resources.library.user_dir
        taken = set(self.resources.library.ids())
        if user_dir.is_dir():
            taken |= {p.name for p in user_dir.iterdir()}
        new_id = editing.unique_id(editing.slugify(name, loaded.id), taken)
        try:
            copy = duplicate_template(loaded, user_dir, new_id, name.strip())
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Duplicate template"), exc)
            return None
        self.resources.reload_library()
        self.select(copy.id)
        self.statusBar().showMessage(self.tr("Copied as \u201c%1\u201d.").replace(
            "%1", copy.template.name), 6000)
        return copy

    def delete_selected(self) -> bool:
        loaded = self.selected()
        if loaded is None or not self._is_own(loaded.id):
            return False
        if not dialogs.ask_delete_template(self, loaded.template.name):
            return False
        try:
            delete_template(loaded, self.resources.library.user_dir)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Delete template"), exc)
            return False
        self.resources.reload_library()
        self.statusBar().showMessage(self.tr("\u201c%1\u201d was moved to the trash. "
                                             "Restore from trash brings it back.")
                                     .replace("%1", loaded.template.name), 8000)
        return True

    def restore_dialog(self) -> LoadedTemplate | None:
        user_dir = self.resources.library.user_dir
        entries = trash_entries(user_dir)
        if not entries:
            return None
        names = [e.name for e in entries]
        choice, ok = QInputDialog.getItem(self, self.tr("Restore from trash"),
                                          self.tr("Template to restore:"), names, 0, False)
        if not ok:
            return None
        try:
            restored = restore_from_trash(entries[names.index(choice)], user_dir)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Restore from trash"), exc)
            return None
        self.resources.reload_library()
        self.select(restored.id)
        return restored

    def import_package_dialog(self) -> None:
        path = dialogs.choose_package_to_import(self, None)
        if path is not None:
            self.import_package_file(path)

    def import_package_file(self, path: Path, replace: bool = False) -> Operation:
        """Import on a worker; a clash of id asks "Replace?" and imports again if yes."""
        self.statusBar().showMessage(self.tr("Importing %1\u2026").replace("%1", path.name))
        operation = Operation(_import_job, path, self.resources.library.user_dir, replace,
                              pool_name="media")
        operation.succeeded.connect(self._on_import_succeeded)
        operation.failed.connect(self._on_import_failed)
        self._import = operation  # keep the last one (tests wait on it)
        self._import_path = path
        return operation.start()

    def _on_import_succeeded(self, loaded: LoadedTemplate) -> None:
        self.resources.reload_library()
        origin = self.resources.library.origin(loaded.id)
        if loaded.id in self.resources.library.shadowed and origin is not None \
                and origin.kind != "local" and dialogs.ask_use_instead_of_official(
                    self, loaded.template.name):
            # The explicit choice: the import replaces the official template here.
            from studio.library.store import set_choice

            set_choice(loaded.id, "local")
            self.resources.reload_library()
        self.select(loaded.id)
        self.statusBar().showMessage(
            self.tr("Imported \u201c%1\u201d version %2.").replace("%1", loaded.template.name)
            .replace("%2", loaded.template.version), 8000)
        self.last_import: LoadedTemplate | None = loaded

    def _on_import_failed(self, error: StudioError) -> None:
        self.last_import = None
        if isinstance(error, PackageError) and error.code == "package.exists":
            clash = error.params.get("clash")
            if clash is not None and dialogs.ask_replace_template(self, clash):
                self.import_package_file(self._import_path, replace=True)
                return
            self.statusBar().showMessage(self.tr("Import cancelled; the installed template "
                                                 "was kept."), 8000)
            return
        self.statusBar().clearMessage()
        dialogs.show_error(self, self.tr("Import package"), error)

    def export_selected(self, destination: Path | None = None) -> Path | None:
        loaded = self.selected()
        if loaded is None:
            return None
        if destination is None:
            suggested = Path.home() / f"{loaded.id}-{loaded.template.version}.zip"
            destination = dialogs.choose_package_destination(self, suggested)
            if destination is None:
                return None
        try:
            written = export_package(loaded, destination, overwrite=True)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Export package"), exc)
            return None
        self.statusBar().showMessage(self.tr("Package written: %1").replace(
            "%1", str(written)), 8000)
        return written

    def publish_selected(self) -> QWidget | None:
        """Sign the selected template and publish it into a shared library folder."""
        from gui.library.publish_dialog import PublishDialog

        loaded = self.selected()
        if loaded is None:
            return None
        dialog = PublishDialog(loaded, self)
        dialog.finished.connect(lambda _result: self.resources.reload_library())
        dialog.open()
        return dialog

    def open_brand_editor(self) -> None:
        from gui.designer.brand_editor import show_brand_editor

        show_brand_editor(self)

    def closeEvent(self, event) -> None:
        self.model.cancel()
        super().closeEvent(event)


def _import_job(path: Path, library_dir: Path, replace: bool, *, progress: ProgressCallback,
                cancel: CancelToken) -> LoadedTemplate:
    cancel.raise_if_cancelled()
    return import_package(path, library_dir, replace=replace)

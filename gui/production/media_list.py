"""The event's photos and videos: a strip of thumbnails filled by drag-and-drop or a dialog.

The view shows :class:`~gui.models.MediaListModel`; thumbnails are made on a
worker by the session. A file that cannot be used stays in the list, marked,
with the core's reason in the officer's language — it never stops the rest.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import dialogs
from gui.app_settings import AppSettings
from gui.jobs.media import is_media_path
from gui.models import THUMB_SIZE, Roles
from gui.session import EventSession
from gui.theme import ElidedLabel, set_role


def dropped_paths(urls: list) -> list[Path]:
    """Local files from a drop; folders contribute the photos and videos inside them."""
    paths: list[Path] = []
    for url in urls:
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            paths.extend(sorted(p for p in path.iterdir() if p.is_file() and is_media_path(p)))
        elif path.is_file():
            paths.append(path)  # anything else is flagged by the core, not refused silently
    return paths


class MediaListView(QListView):
    """A horizontal strip of thumbnails that takes dropped files."""

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaList")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(THUMB_SIZE)
        self.setGridSize(QSize(THUMB_SIZE.width() + 16, THUMB_SIZE.height() + 28))
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFixedHeight(THUMB_SIZE.height() + 48)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasUrls():
            paths = dropped_paths(event.mimeData().urls())
            event.acceptProposedAction()
            if paths:
                self.filesDropped.emit(paths)
            return
        super().dropEvent(event)


class MediaPanel(QWidget):
    """Heading, the strip, add/remove buttons and the selected item's problem."""

    currentRowChanged = Signal(int)

    def __init__(self, session: EventSession, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._heading = set_role(QLabel(), "heading")
        # The count gives way ("5 berk…") on a narrow column instead of widening it.
        self._count = set_role(ElidedLabel(), "muted")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addMedia")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeMedia")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.view = MediaListView()
        self.view.setModel(session.media_model)
        self.view.filesDropped.connect(self._on_files_dropped)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.problem = QLabel()
        self.problem.setObjectName("mediaProblem")
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.setVisible(False)
        self._empty = set_role(QLabel(), "muted")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self._heading)
        head.addWidget(self._count, 1)
        head.addWidget(self.remove_button)
        head.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.view)
        layout.addWidget(self.problem)

        model = session.media_model
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsRemoved.connect(self._on_rows_changed)
        model.modelReset.connect(self._on_model_reset)
        model.dataChanged.connect(self._on_data_changed)
        self._retranslate()
        self._update_buttons()

    # -- adding and removing -------------------------------------------------------------------
    def add_files(self, paths: list[Path]) -> int:
        added = self._session.add_media(paths)
        if paths:
            self._settings.set_last_folder("media", Path(paths[0]).parent)
        return added

    def _on_files_dropped(self, paths: list[Path]) -> None:
        self.add_files(paths)

    def _on_add_clicked(self) -> None:
        self.choose_files()

    def choose_files(self) -> None:
        """Ask for photos or videos (the file dialog) and add them."""
        paths = dialogs.choose_media_files(self, self._settings.last_folder("media"))
        if paths:
            self.add_files(paths)

    def _on_remove_clicked(self) -> None:
        rows = [index.row() for index in self.view.selectionModel().selectedIndexes()]
        if rows:
            self._session.remove_media(rows)

    def _on_context_menu_requested(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        row = index.row()
        item = self._session.project.media[row]
        menu = QMenu(self)
        skip = menu.addAction(self.tr("Skip in the export"))
        skip.setCheckable(True)
        skip.setChecked(item.skip)
        skip.toggled.connect(lambda on, r=row: self._session.set_skip(r, on))
        reset = menu.addAction(self.tr("Automatic focal point"))
        reset.setEnabled(item.focus is not None)
        reset.triggered.connect(lambda _=False, r=row: self._session.set_focus(r, None))
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove from the event"))
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.triggered.connect(lambda _=False, r=row: self._session.remove_media([r]))
        menu.popup(self.view.viewport().mapToGlobal(point))

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self._on_remove_clicked()
            return
        super().keyPressEvent(event)

    # -- selection -----------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self._session.media_model.rowCount():
            self.view.setCurrentIndex(self._session.media_model.index(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_problem()
        self.currentRowChanged.emit(current.row() if current.isValid() else -1)

    def _on_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._update_buttons()
        if self.current_row() < 0 or first == 0:
            self.select_row(first)

    def _on_rows_changed(self, *_args) -> None:
        self._update_buttons()
        if self.current_row() < 0 and self._session.media_model.rowCount():
            self.select_row(0)
        self.currentRowChanged.emit(self.current_row())

    def _on_model_reset(self) -> None:
        self._update_buttons()
        self.select_row(0)
        self.currentRowChanged.emit(self.current_row())

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_r) -> None:
        if top_left.row() <= self.current_row() <= bottom_right.row():
            self._show_problem()
        self._update_buttons()

    def _show_problem(self) -> None:
        index = self.view.currentIndex()
        text = index.data(Roles.ERROR) if index.isValid() else None
        if text is None:
            self.problem.setVisible(False)
            return
        name = index.data()
        line = f"{name}: {text.message}" + (f" {text.hint}" if text.hint else "")
        self.problem.setText(line)
        self.problem.setToolTip(text.detail)
        self.problem.setVisible(True)

    def _update_buttons(self) -> None:
        model = self._session.media_model
        count = model.rowCount()
        self.remove_button.setEnabled(bool(self.view.selectionModel().selectedIndexes()))
        errors = sum(1 for row in range(count) if model.state(row).status == "error")
        text = self.tr("%n file(s)", "", count)
        if errors:
            text += " · " + self.tr("%n cannot be used", "", errors)
        self._count.setText(text if count else self.tr("none yet — drop photos or videos here"))

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Photos & videos"))
        self.add_button.setText(self.tr("Add photos or videos…"))
        self.add_button.setToolTip(self.tr("Or drag files or a folder onto the strip"))
        self.remove_button.setText(self.tr("Remove"))
        self._update_buttons()
        self._show_problem()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

"""The template gallery: every installed template as a thumbnail rendered from it.

Thumbnails are drawn off the UI thread by the real renderer (one operation
per template); picking one makes it the event's template (undoable). The
gallery is a grid that fills the column's width (as many columns as fit, the
cells sharing the row) and shows up to two rows, so the shipped templates are
all in view at once on a 1366 px laptop; more than that scroll downwards, with
a scroll bar as wide as any other.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui import operations, theme
from gui.jobs.preview import card_request, render_preview
from gui.models import Roles, TemplateListModel
from gui.session import EventSession
from gui.theme import set_role

ICON = QSize(58, 72)
# A cell at least this wide; the row's cells share what is left over.
MIN_CELL_WIDTH = 72
CELL_HEIGHT = ICON.height() + 46  # the thumbnail and two lines of a small name
VISIBLE_ROWS = 2
NAME_POINT_SIZE = 8.5
GALLERY_PLATFORM = "instagram_portrait"
THUMB_WIDTH = 192  # twice the icon's width: sharp on high-DPI screens


# Thumbnails already drawn, by everything they depend on (a designer's edit or a
# new brand kit makes a new key): reopening the gallery costs nothing.
_drawn: dict[tuple, QImage] = {}


def _key(loaded, brand) -> tuple:
    return (loaded.template.model_dump_json(), str(loaded.folder), str(brand.root),
            tuple(sorted(brand.colors.items())), tuple(sorted(brand.fonts.items())),
            tuple(sorted(brand.logos.items())))


def _thumbnail_job(loaded, brand, platform, *, progress, cancel) -> tuple[str, QImage]:
    key = _key(loaded, brand)
    image = _drawn.get(key)
    if image is None:
        request = card_request(loaded, brand, platform, THUMB_WIDTH)
        image = render_preview(request, progress=progress, cancel=cancel).image
        _drawn[key] = image
    return loaded.id, image


def _name_font(base: QFont, name: str, width: float, selected: bool) -> QFont:
    """The name's font: a point smaller (7 at least) when a long word ("Pengumuman") would
    not fit the cell, so no word is cut in half."""
    font = QFont(base)
    if selected:
        font.setWeight(QFont.Weight.DemiBold)
    size = NAME_POINT_SIZE
    while True:
        font.setPointSizeF(size)
        longest = max((QFontMetrics(font).horizontalAdvance(word) for word in name.split()),
                      default=0)
        if longest <= width or size <= 7.0:
            return font
        size -= 0.5


class TemplateDelegate(QStyledItemDelegate):
    """A template as its thumbnail over its name (two lines at most), framed when chosen,
    with an "Official" / "Not official" mark on the thumbnail (``origin(id)`` answers)."""

    def __init__(self, parent=None, origin=None) -> None:
        super().__init__(parent)
        self._origin = origin

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = QRectF(option.rect).adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            painter.setPen(QPen(QColor(theme.BLUE if selected else theme.LINE),
                                2 if selected else 1))
            painter.setBrush(QColor(theme.BLUE_SOFT if selected else "#F7F9FB"))
            painter.drawRoundedRect(cell, 8, 8)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        top = cell.top() + 6
        if isinstance(icon, QIcon):
            pixmap = icon.pixmap(ICON, painter.device().devicePixelRatioF())
            target = QRectF(cell.center().x() - ICON.width() / 2, top, ICON.width(),
                            ICON.height())
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            if self._origin is not None:
                from gui.library.badges import paint_official_badge

                paint_official_badge(painter, target, self._origin(index.data(Roles.KEY)))
        text_rect = QRectF(option.rect.left() + 1, top + ICON.height() + 3,
                           option.rect.width() - 2, cell.bottom() - top - ICON.height() - 3)
        painter.setPen(QColor(theme.INK))
        name = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = _name_font(option.font, name, text_rect.width(), selected)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(name) > text_rect.width() * 2 - 8:
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                      int(text_rect.width() * 2 - 8))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                        | Qt.TextFlag.TextWordWrap), name)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        # The whole grid cell: the name may use the width the row gives each cell.
        view = self.parent()
        grid = view.gridSize() if isinstance(view, QListView) else QSize()
        return grid if grid.isValid() else QSize(MIN_CELL_WIDTH, CELL_HEIGHT)

    def helpEvent(self, event, view, option, index) -> bool:
        if self._origin is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            from PySide6.QtWidgets import QToolTip

            from gui.library.badges import origin_tooltip

            text = "\n".join(t for t in (index.data(Qt.ItemDataRole.ToolTipRole),
                                         origin_tooltip(self._origin(index.data(Roles.KEY))))
                             if t)
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)


class TemplateGallery(QWidget):
    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._selecting = False
        self.model = TemplateListModel(list(session.resources.library.templates.values()), self)
        self._heading = set_role(QLabel(), "heading")
        self.view = _GalleryView()
        self.view.setObjectName("templateGallery")
        self.view.setItemDelegate(TemplateDelegate(self.view, session.resources.library.origin))
        self.view.setMouseTracking(True)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._heading)
        layout.addWidget(self.view)

        session.templateChanged.connect(self._on_template_changed)
        session.projectReplaced.connect(self._on_project_replaced)
        session.resources.libraryChanged.connect(self._on_resources_library_changed)
        session.resources.brandChanged.connect(self._on_resources_brand_changed)
        self._select(session.project.template)
        self._retranslate()
        self._render_thumbnails()

    def _render_thumbnails(self) -> None:
        platform = self._session.resources.platforms.get(GALLERY_PLATFORM) or next(
            iter(self._session.resources.platforms.values()))
        for row in range(self.model.rowCount()):
            loaded = self.model.template(row)
            operations.run(_thumbnail_job, loaded, self._session.resources.brand, platform,
                           pool_name="gallery", on_success=self._on_thumbnail_succeeded)

    def _on_thumbnail_succeeded(self, result: tuple[str, QImage]) -> None:
        template_id, image = result
        self.model.set_thumbnail(template_id, image)

    def _select(self, template_id: str) -> None:
        row = self.model.row_of(template_id)
        self._selecting = True
        try:
            if row >= 0:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                self.view.clearSelection()
        finally:
            self._selecting = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self._session.set_template(current.data(Roles.KEY))

    def _on_template_changed(self, template_id: str) -> None:
        self._select(template_id)

    def _on_project_replaced(self) -> None:
        self._select(self._session.project.template)

    def _on_resources_library_changed(self) -> None:
        self.model.set_templates(list(self._session.resources.library.templates.values()))
        self._select(self._session.project.template)
        self._render_thumbnails()

    def _on_resources_brand_changed(self, _brand) -> None:
        self._render_thumbnails()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Template"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(320, self.view.sizeHint().height() + 30)


class _GalleryView(QListView):
    """A wrapping grid whose cells share the row's width; as tall as two rows at most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setIconSize(ICON)
        self.setWordWrap(True)
        self.setGridSize(QSize(MIN_CELL_WIDTH, CELL_HEIGHT))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def setModel(self, model) -> None:
        super().setModel(model)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._fit)
        self._fit()

    def _width(self, rows: int) -> int:
        """The room for cells: the frame's inside, less a scroll bar when one is needed."""
        width = self.width() - 2 * self.frameWidth() - 2
        if rows > VISIBLE_ROWS:
            width -= self.verticalScrollBar().sizeHint().width()
        return max(MIN_CELL_WIDTH, width)

    def columns(self) -> int:
        count = self.model().rowCount() if self.model() is not None else 0
        columns = max(1, self._width(1) // MIN_CELL_WIDTH)
        if math.ceil(count / columns) > VISIBLE_ROWS:
            columns = max(1, self._width(VISIBLE_ROWS + 1) // MIN_CELL_WIDTH)
        return columns

    def rows(self) -> int:
        count = self.model().rowCount() if self.model() is not None else 0
        return max(1, math.ceil(count / self.columns()))

    def _fit(self, *_args) -> None:
        columns, rows = self.columns(), self.rows()
        # No scroll bar unless there are more rows than shown: it would take the room
        # the cells were measured for.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded
                                        if rows > VISIBLE_ROWS
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        cell = QSize(max(MIN_CELL_WIDTH, self._width(rows) // columns - 1), CELL_HEIGHT)
        if cell != self.gridSize():
            self.setGridSize(cell)
        height = min(rows, VISIBLE_ROWS) * CELL_HEIGHT + 2 * self.frameWidth() + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


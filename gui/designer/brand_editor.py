"""The brand kit editor: colours (with a contrast check), fonts, logos, intro/outro
clips and the kit's identity.

The kit is a :class:`~studio.brand.BrandKit` value. Every change makes a new
value, pushed on an undo stack and handed to the app's
:class:`~gui.resources.Resources` as its draft kit, so every open template
preview and the library's thumbnails follow at once — before anything is saved;
saving makes it the kit in force, and the PIC's open event follows.

Where it is saved: the built-in kit (``assets/branding``) belongs to the
installation (read-only under Program Files, replaced by updates), so the
designers' kit is a copy in the user data folder
(:func:`studio.brand.store.ensure_user_brand_kit`), made on the first save
or file import. "Back to the built-in kit" moves that copy to the trash.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRegularExpression,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QRawFont,
    QRegularExpressionValidator,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.designer import dialogs
from gui.designer.texts import brand_role_name
from gui.designer.widgets import WINDOW_STYLE, qcolor
from gui.labels import ratio_text
from gui.resources import Resources, app_resources
from gui.undo import ValueCommand
from studio.brand import BrandKit, load_brand
from studio.brand.model import WCAG_TEXT_CONTRAST, contrast_ratio
from studio.brand.store import (
    BRAND_FILE,
    ensure_user_brand_kit,
    import_brand_asset,
    reset_user_brand_kit,
    save_brand,
    user_brand_dir,
)
from studio.errors import StudioError
from studio.paths import BRANDING_DIR
from studio.template.editing import slugify
from studio.template.problems import brand_usage

# The sample every font is shown with (Indonesian data, whatever the UI language).
FONT_SAMPLE = "Pemerintah Kota Cimahi \u2014 Rapat Koordinasi 2026"
EMOJI_SAMPLE = "\U0001f389 \U0001f44d \U0001f1ee\U0001f1e9 \U0001f4f8"
NameRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2


@cache
def font_for(path: str, mtime: float) -> QFont | None:
    """A QFont that draws with the font file at ``path`` (its own family, weight and
    style), registering the file with Qt once; None if Qt cannot read it."""
    if QFontDatabase.addApplicationFont(path) < 0:
        return None
    raw = QRawFont(path, 24)
    if not raw.isValid():
        return None
    font = QFont(raw.familyName())
    font.setStyleName(raw.styleName())
    font.setWeight(QFont.Weight(raw.weight()))
    font.setStyle(raw.style())
    return font


def _font(path: Path) -> QFont | None:
    try:
        return font_for(str(path), path.stat().st_mtime)
    except OSError:
        return None


@cache
def _logo_pixmap(path: str, mtime: float) -> tuple[QPixmap, bool]:
    """A logo scaled for the list, and whether it is light (needs a dark backdrop)."""
    image = QImage(path)
    if image.isNull():
        return QPixmap(), False
    small = image.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    opaque = light_pixels = 0
    for y in range(small.height()):
        for x in range(small.width()):
            c = small.pixelColor(x, y)
            if c.alpha() > 128:
                opaque += 1
                light_pixels += c.lightnessF() > 0.85
    # A reversed (white) logo is shown on the dark brand blue, like on a photo.
    light = opaque > 0 and light_pixels / opaque > 0.3
    return QPixmap.fromImage(image.scaled(240, 120, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation)), light


class BrandTableModel(QAbstractListModel):
    """One table of the kit (colours, fonts, logos or clips) as rows of (name, value)."""

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._brand: BrandKit | None = None
        self._rows: list[tuple[str, str]] = []

    def set_brand(self, brand: BrandKit) -> None:
        table = {"color": brand.colors, "font": brand.fonts, "logo": brand.logos,
                 "video": brand.video}[self.kind]
        rows = list(table.items())
        self._brand = brand
        if [r[0] for r in rows] != [r[0] for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        else:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))

    @property
    def brand(self) -> BrandKit | None:
        return self._brand

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def name(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, name: str) -> int:
        return next((i for i, (n, _v) in enumerate(self._rows) if n == name), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, value = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, NameRole):
            return name
        if role in (ValueRole, Qt.ItemDataRole.ToolTipRole):
            return value
        return None

    def path(self, row: int) -> Path | None:
        if self._brand is None or not 0 <= row < len(self._rows):
            return None
        return self._brand.root / self._rows[row][1]


class ColourDelegate(QStyledItemDelegate):
    """Swatch, name and hex, and the contrast with white and black text (ratio, verdict)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(320, 52)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#E3EEF7"))
        value = index.data(ValueRole) or "#000000"
        swatch = QRect(rect.left() + 10, rect.top() + 8, 36, 36)
        painter.setPen(QColor(0, 0, 0, 60))
        painter.setBrush(qcolor(value))
        painter.drawRoundedRect(swatch, 6, 6)
        painter.setPen(QColor("#12202D"))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        name = index.data(NameRole)
        painter.drawText(QRect(swatch.right() + 12, rect.top() + 7, 220, 20),
                         Qt.AlignmentFlag.AlignLeft, brand_role_name("color", name))
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("#5B6B7B"))
        painter.drawText(QRect(swatch.right() + 12, rect.top() + 27, 220, 20),
                         Qt.AlignmentFlag.AlignLeft, f"brand:{name} · {value.upper()}")
        # Asked at paint time in the window's context, so the language can change; the
        # delegate holds no reference to the window (it must not keep it alive).
        passes = QCoreApplication.translate("BrandEditorWindow", "passes")
        fails = QCoreApplication.translate("BrandEditorWindow", "fails")
        metrics = painter.fontMetrics()
        x = rect.right() - 10
        for text_colour in ("#000000", "#FFFFFF"):
            ratio = contrast_ratio(value[:7], text_colour)
            ok = ratio >= WCAG_TEXT_CONTRAST
            verdict = f"{ratio_text(ratio)} {passes if ok else fails}"
            width = max(metrics.horizontalAdvance(f"{ratio_text(21.0)} {passes}"),
                        metrics.horizontalAdvance(f"{ratio_text(21.0)} {fails}"))
            text_rect = QRect(x - width, rect.top(), width, rect.height())
            painter.setPen(QColor("#17855B") if ok else QColor("#B3261E"))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             verdict)
            chip = QRect(text_rect.left() - 40, rect.top() + 12, 34, 28)
            painter.setPen(QColor(0, 0, 0, 50))
            painter.setBrush(qcolor(value))
            painter.drawRoundedRect(chip, 5, 5)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor(text_colour))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, "Aa")
            painter.setFont(font)
            x = chip.left() - 16
        painter.restore()


class FontDelegate(QStyledItemDelegate):
    """Name and file, and the sample sentence in the font itself."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(320, 74)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#E3EEF7"))
        model: BrandTableModel = index.model()
        name = index.data(NameRole)
        path = model.path(index.row())
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#12202D"))
        role = brand_role_name("font", name)
        painter.drawText(QRect(rect.left() + 12, rect.top() + 6, rect.width() - 24, 20),
                         Qt.AlignmentFlag.AlignLeft, role)
        width = painter.fontMetrics().horizontalAdvance(role)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("#5B6B7B"))
        painter.drawText(QRect(rect.left() + 24 + width, rect.top() + 6, rect.width(), 20),
                         Qt.AlignmentFlag.AlignLeft,
                         f"brand:{name} · {index.data(ValueRole)}")
        font_file = _font(path) if path is not None and path.is_file() else None
        sample = QFont(font_file) if font_file is not None else QFont(option.font)
        sample.setPixelSize(24)
        painter.setFont(sample)
        painter.setPen(QColor("#06304F") if font_file is not None else QColor("#B3261E"))
        text = (EMOJI_SAMPLE if name == "emoji" else FONT_SAMPLE) if font_file is not None else \
            QCoreApplication.translate("BrandEditorWindow",
                                       "The font file is missing or cannot be read")
        metrics = painter.fontMetrics()
        painter.drawText(QRect(rect.left() + 12, rect.top() + 30, rect.width() - 24, 38),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            rect.width() - 24))
        painter.restore()


class LogoDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(270, 176)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = index.model().path(index.row())
        pixmap, light = QPixmap(), False
        if path is not None and path.is_file():
            pixmap, light = _logo_pixmap(str(path), path.stat().st_mtime)
        painter.setPen(QColor("#0B4F82") if selected else QColor("#D5DEE6"))
        painter.setBrush(QColor("#06304F") if light else QColor("#F2F5F8"))
        area = QRect(rect.left(), rect.top(), rect.width(), rect.height() - 40)
        painter.drawRoundedRect(area, 8, 8)
        if not pixmap.isNull():
            size = pixmap.size().scaled(area.size() - QSize(24, 24),
                                        Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawPixmap(QRect(area.center().x() - size.width() // 2,
                                     area.center().y() - size.height() // 2,
                                     size.width(), size.height()), pixmap)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#12202D"))
        name = index.data(NameRole)
        painter.drawText(QRect(rect.left() + 4, area.bottom() + 4, rect.width(), 18),
                         Qt.AlignmentFlag.AlignLeft, brand_role_name("logo", name))
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("#5B6B7B"))
        painter.drawText(QRect(rect.left() + 4, area.bottom() + 20, rect.width(), 18),
                         Qt.AlignmentFlag.AlignLeft, f"brand:{name} · {index.data(ValueRole)}")
        painter.restore()


def _list(model: QAbstractListModel, delegate: QStyledItemDelegate | None = None
          ) -> QListView:
    view = QListView()
    view.setModel(model)
    # The view owns its model: destroyed together, no signal reaches a half-deleted window.
    model.setParent(view)
    if delegate is not None:
        view.setItemDelegate(delegate)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class BrandEditorWindow(QMainWindow):
    def __init__(self, resources: Resources | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(WINDOW_STYLE)
        self.resources = resources or app_resources()
        self.undo_stack = QUndoStack(self)
        self.colours = BrandTableModel("color", self)
        self.fonts = BrandTableModel("font", self)
        self.logos = BrandTableModel("logo", self)
        self.tabs = QTabWidget()
        self._build_colours()
        self._build_assets()
        self._build_clips()
        self._build_identity()
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setProperty("role", "muted")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 10, 16, 10)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        column.addWidget(self.title)
        column.addWidget(self.where)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self.actions_by_name: dict[str, QAction] = {}
        bar = self.addToolBar("brand")
        bar.setObjectName("brand-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name, slot, key in (("save", self.save, QKeySequence.StandardKey.Save),
                                ("undo", self.undo_stack.undo, QKeySequence.StandardKey.Undo),
                                ("redo", self.undo_stack.redo, QKeySequence.StandardKey.Redo),
                                ("reset", self.reset_to_builtin, None)):
            action = QAction(self)
            action.triggered.connect(slot)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            self.actions_by_name[name] = action
            bar.addAction(action)
        self.statusBar()
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.resources.draftBrandChanged.connect(self._on_resources_draft_brand_changed)
        self._retranslate()
        self._refresh()
        if self.colours.rowCount():
            self.colour_view.setCurrentIndex(self.colours.index(0))
        self.resize(980, 760)

    # -- building ----------------------------------------------------------------------------
    def _buttons(self, *names: str) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
        row = QHBoxLayout()
        buttons = {}
        for name in names:
            button = QPushButton()
            buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        return row, buttons

    def _build_colours(self) -> None:
        self.colour_view = _list(self.colours, ColourDelegate(self))
        self.colour_view.selectionModel().currentChanged.connect(self._on_colour_current_changed)
        self.colour_name = QLabel()
        self.colour_name.setProperty("role", "heading")
        self.colour_hex = QLineEdit()
        self.colour_hex.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"#[0-9A-Fa-f]{6}"), self))
        self.colour_hex.setMaxLength(7)
        self.colour_hex.editingFinished.connect(self._on_colour_hex_editing_finished)
        self.colour_pick = QPushButton()
        self.colour_pick.clicked.connect(self._on_colour_pick_clicked)
        self.contrast_white = QLabel()
        self.contrast_black = QLabel()
        for label in (self.contrast_white, self.contrast_black):
            label.setMinimumHeight(54)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.contrast_note = QLabel()
        self.contrast_note.setWordWrap(True)
        self.contrast_note.setProperty("role", "muted")
        self.colour_usage = QLabel()
        self.colour_usage.setWordWrap(True)
        self.colour_usage.setProperty("role", "muted")
        detail = QFrame()
        detail.setProperty("card", "true")
        grid = QGridLayout(detail)
        grid.setContentsMargins(14, 12, 14, 12)
        self._colour_labels = [QLabel(), QLabel()]
        grid.addWidget(self.colour_name, 0, 0, 1, 3)
        grid.addWidget(self._colour_labels[0], 1, 0)
        grid.addWidget(self.colour_hex, 1, 1)
        grid.addWidget(self.colour_pick, 1, 2)
        grid.addWidget(self._colour_labels[1], 2, 0, 1, 3)
        grid.addWidget(self.contrast_white, 3, 0, 1, 3)
        grid.addWidget(self.contrast_black, 4, 0, 1, 3)
        grid.addWidget(self.contrast_note, 5, 0, 1, 3)
        grid.addWidget(self.colour_usage, 6, 0, 1, 3)
        grid.setRowStretch(7, 1)
        grid.setColumnStretch(1, 1)
        row, self.colour_buttons = self._buttons("add", "remove")
        self.colour_buttons["add"].clicked.connect(self._on_colour_add_clicked)
        self.colour_buttons["remove"].clicked.connect(self._on_colour_remove_clicked)
        left = QVBoxLayout()
        left.addWidget(self.colour_view, 1)
        left.addLayout(row)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addLayout(left, 3)
        layout.addWidget(detail, 2)
        self.tabs.addTab(page, "")

    def _build_assets(self) -> None:
        self.font_view = _list(self.fonts, FontDelegate(self))
        row, self.font_buttons = self._buttons("import", "replace", "remove")
        self.font_buttons["import"].clicked.connect(lambda: self.import_dialog("font"))
        self.font_buttons["replace"].clicked.connect(lambda: self.import_dialog("font", True))
        self.font_buttons["remove"].clicked.connect(lambda: self.remove_selected("font"))
        self.font_note = QLabel()
        self.font_note.setWordWrap(True)
        self.font_note.setProperty("role", "muted")
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.font_note)
        column.addWidget(self.font_view, 1)
        column.addLayout(row)
        self.tabs.addTab(page, "")
        self.logo_view = _list(self.logos, LogoDelegate(self))
        self.logo_view.setViewMode(QListView.ViewMode.IconMode)
        self.logo_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.logo_view.setMovement(QListView.Movement.Static)
        self.logo_view.setSpacing(6)
        row, self.logo_buttons = self._buttons("import", "replace", "remove")
        self.logo_buttons["import"].clicked.connect(lambda: self.import_dialog("logo"))
        self.logo_buttons["replace"].clicked.connect(lambda: self.import_dialog("logo", True))
        self.logo_buttons["remove"].clicked.connect(lambda: self.remove_selected("logo"))
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        self.logo_note.setProperty("role", "muted")
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.logo_note)
        column.addWidget(self.logo_view, 1)
        column.addLayout(row)
        self.tabs.addTab(page, "")

    def _build_clips(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        self.clip_note = QLabel()
        self.clip_note.setWordWrap(True)
        self.clip_note.setProperty("role", "muted")
        column.addWidget(self.clip_note)
        grid = QGridLayout()
        self.clip_rows: dict[str, tuple[QLabel, QLabel, QPushButton, QPushButton]] = {}
        # The music bed is kept in the kit's [video] table too ("music"), for recap reels.
        for i, name in enumerate(("intro", "outro", "music")):
            title = QLabel()
            title.setProperty("role", "heading")
            file_label = QLabel()
            file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            choose = QPushButton()
            remove = QPushButton()
            kind = "music" if name == "music" else "video"
            choose.clicked.connect(lambda _=False, n=name, k=kind: self.import_dialog(k, name=n))
            remove.clicked.connect(lambda _=False, n=name: self.remove_entry("video", n))
            grid.addWidget(title, i, 0)
            grid.addWidget(file_label, i, 1)
            grid.addWidget(choose, i, 2)
            grid.addWidget(remove, i, 3)
            self.clip_rows[name] = (title, file_label, choose, remove)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        column.addStretch(1)
        self.tabs.addTab(page, "")

    def _build_identity(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.identity: dict[str, QLineEdit] = {}
        self._identity_labels: dict[str, QLabel] = {}
        for key in ("name", "short_name", "credit", "hashtags", "mentions"):
            edit = QLineEdit()
            edit.editingFinished.connect(lambda k=key: self._on_identity_edited(k))
            label = QLabel()
            self.identity[key] = edit
            self._identity_labels[key] = label
            form.addRow(label, edit)
        self.tabs.addTab(page, "")

    # -- language ------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Brand kit \u2014 Studio Konten Cimahi"))
        self.title.setText(self.tr("Brand kit"))
        for i, text in enumerate((self.tr("Colours"), self.tr("Fonts"), self.tr("Logos"),
                                  self.tr("Intro and outro"), self.tr("Identity"))):
            self.tabs.setTabText(i, text)
        for name, text in (("save", self.tr("Save")), ("undo", self.tr("Undo")),
                           ("redo", self.tr("Redo")),
                           ("reset", self.tr("Back to the built-in kit\u2026"))):
            self.actions_by_name[name].setText(text)
        self.colour_buttons["add"].setText(self.tr("Add colour\u2026"))
        self.colour_buttons["remove"].setText(self.tr("Remove colour"))
        self.colour_pick.setText(self.tr("Choose\u2026"))
        self._colour_labels[0].setText(self.tr("Hex"))
        self._colour_labels[1].setText(self.tr("Contrast with text (4.5:1 or more passes for "
                                               "normal text):"))
        for buttons in (self.font_buttons, self.logo_buttons):
            buttons["replace"].setText(self.tr("Replace file\u2026"))
            buttons["remove"].setText(self.tr("Remove"))
        self.font_buttons["import"].setText(self.tr("Import font (TTF/OTF)\u2026"))
        self.logo_buttons["import"].setText(self.tr("Import logo\u2026"))
        self.font_note.setText(self.tr("Templates use fonts by name (e.g. brand:heading). "
                                       "Import a TTF or OTF file with its licence; the file is "
                                       "copied into the kit."))
        self.logo_note.setText(self.tr("Templates use logos by name (e.g. brand:white). "
                                       "Replace a file to change the logo in every template. "
                                       "Use transparent PNG files, at least 1200 px wide."))
        self.clip_note.setText(self.tr("Clips joined before and after every video (MP4 or "
                                       "MOV). A template may switch them off. The music bed "
                                       "plays under recap reels (MP3, M4A, WAV...)."))
        for name, text in (("intro", self.tr("Intro")), ("outro", self.tr("Outro")),
                           ("music", self.tr("Music bed"))):
            title, _file, choose, remove = self.clip_rows[name]
            title.setText(text)
            choose.setText(self.tr("Choose music\u2026") if name == "music"
                           else self.tr("Choose clip\u2026"))
            remove.setText(self.tr("Remove"))
        for key, text in (("name", self.tr("Name")), ("short_name", self.tr("Short name")),
                          ("credit", self.tr("Credit in files")),
                          ("hashtags", self.tr("Hashtags (every caption)")),
                          ("mentions", self.tr("Mentions (every caption)"))):
            self._identity_labels[key].setText(text)
        self.identity["hashtags"].setPlaceholderText("#PemkotCimahi #KotaCimahi")
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- the value -------------------------------------------------------------------------
    @property
    def brand(self) -> BrandKit:
        return self.resources.draft_brand

    def apply(self, brand: BrandKit, text: str, merge_key: Any = None) -> bool:
        if brand == self.brand:
            return False
        self.undo_stack.push(ValueCommand(self.resources.set_draft_brand, self.brand, brand, text,
                                          merge_key))
        return True

    @property
    def is_modified(self) -> bool:
        return self.resources.has_draft_brand

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self._refresh_actions()

    def _on_resources_draft_brand_changed(self, _brand: BrandKit) -> None:
        self._refresh()

    def _refresh(self) -> None:
        brand = self.brand
        for model in (self.colours, self.fonts, self.logos):
            model.set_brand(brand)
        self._refresh_colour_detail()
        for name, (_title, file_label, _choose, remove) in self.clip_rows.items():
            rel = brand.video.get(name)
            path = brand.root / rel if rel else None
            if path is not None and path.is_file():
                size = path.stat().st_size / 1e6
                file_label.setText(f"{rel}  ({size:.1f} MB)")
            elif rel:
                file_label.setText(self.tr("%1 (file missing)").replace("%1", rel))
            else:
                file_label.setText(self.tr("(none)"))
            remove.setEnabled(bool(rel))
        values = {"name": brand.name, "short_name": brand.short_name, "credit": brand.credit,
                  "hashtags": " ".join(brand.hashtags), "mentions": " ".join(brand.mentions)}
        for key, edit in self.identity.items():
            if not edit.hasFocus():
                edit.setText(values[key])
        user = user_brand_dir()
        if brand.root.resolve() == BRANDING_DIR.resolve():
            self.where.setText(self.tr("The built-in brand kit. Saving keeps your version in "
                                       "%1 (the built-in kit is not changed).")
                               .replace("%1", str(user)))
        else:
            self.where.setText(self.tr("Your brand kit, in %1.").replace("%1", str(brand.root)))
        self._refresh_actions()

    def _refresh_actions(self) -> None:
        self.actions_by_name["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions_by_name["redo"].setEnabled(self.undo_stack.canRedo())
        self.actions_by_name["reset"].setEnabled(
            (user_brand_dir() / BRAND_FILE).is_file())
        self.setWindowModified(self.is_modified)
        title = self.tr("Brand kit \u2014 Studio Konten Cimahi")
        self.setWindowTitle(("\u25cf " if self.is_modified else "") + title)

    # -- colours -------------------------------------------------------------------------------
    def selected_colour(self) -> str | None:
        return self.colours.name(self.colour_view.currentIndex().row())

    def select_colour(self, name: str) -> None:
        row = self.colours.row_of(name)
        if row >= 0:
            self.colour_view.setCurrentIndex(self.colours.index(row))

    def _on_colour_current_changed(self, *_args: Any) -> None:
        self._refresh_colour_detail()

    def _refresh_colour_detail(self) -> None:
        name = self.selected_colour()
        enabled = name is not None
        for widget in (self.colour_hex, self.colour_pick, self.colour_buttons["remove"]):
            widget.setEnabled(enabled)
        if name is None:
            self.colour_name.setText(self.tr("Choose a colour in the list"))
            for label in (self.contrast_white, self.contrast_black):
                label.setText("")
                label.setStyleSheet("")
            self.colour_usage.setText("")
            return
        value = self.brand.colors[name]
        self.colour_name.setText(f"{brand_role_name('color', name)} (brand:{name})")
        if not self.colour_hex.hasFocus():
            self.colour_hex.setText(value[:7].upper())
        for label, text_colour, words in ((self.contrast_white, "#FFFFFF",
                                           self.tr("White text")),
                                          (self.contrast_black, "#000000",
                                           self.tr("Black text"))):
            ratio = contrast_ratio(value[:7], text_colour)
            verdict = self.tr("passes") if ratio >= WCAG_TEXT_CONTRAST \
                else self.tr("fails")
            label.setText(f"{words}: {ratio_text(ratio)} \u2014 {verdict}")
            label.setStyleSheet(f"background: {value[:7]}; color: {text_colour}; "
                                "border-radius: 6px; font-weight: 700; padding: 6px;")
        users = brand_usage("color", name, [t.template for t in
                                                    self.resources.library.templates.values()])
        self.colour_usage.setText(
            self.tr("Used by: %1").replace("%1", ", ".join(t.name for t in users))
            if users else self.tr("No installed template uses this colour."))

    def set_colour(self, name: str, value: str) -> bool:
        """Change one colour (one undoable step; previews follow at once)."""
        try:
            brand = self.brand.with_color(name, value.upper())
        except ValueError:
            self.statusBar().showMessage(self.tr("\u201c%1\u201d is not a colour; use #RRGGBB.")
                                         .replace("%1", value), 6000)
            return False
        return self.apply(brand, self.tr("Change colour %1").replace("%1", name))

    def _on_colour_hex_editing_finished(self) -> None:
        name = self.selected_colour()
        text = self.colour_hex.text().strip()
        if name and text and text.upper() != self.brand.colors[name][:7].upper():
            # Keep a see-through colour's alpha when only the hue is typed.
            alpha = self.brand.colors[name][7:9]
            self.set_colour(name, text + alpha)

    def _on_colour_pick_clicked(self) -> None:
        name = self.selected_colour()
        if name:
            chosen = dialogs.choose_color(self, self.brand.colors[name])
            if chosen:
                self.set_colour(name, chosen)

    def _on_colour_add_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add colour"),
                                        self.tr("Name (letters, digits, _):"))
        name = name.strip()
        if not ok or not name:
            return
        if not all(c.isalnum() or c == "_" for c in name) or name in self.brand.colors:
            self.statusBar().showMessage(self.tr("Choose a new name of letters, digits and _."),
                                         6000)
            return
        if self.apply(self.brand.with_color(name, "#0B4F82"), self.tr("Add colour")):
            self.select_colour(name)

    def _on_colour_remove_clicked(self) -> None:
        name = self.selected_colour()
        if name:
            self.remove_entry("color", name)

    # -- files: fonts, logos, clips -------------------------------------------------------------
    def import_dialog(self, kind: str, replace: bool = False, name: str | None = None) -> None:
        if replace:
            view = self.font_view if kind == "font" else self.logo_view
            model = self.fonts if kind == "font" else self.logos
            name = model.name(view.currentIndex().row())
            if name is None:
                return
        path = dialogs.choose_brand_file(self, kind)
        if path is None:
            return
        if name is None:
            suggested = slugify(path.stem, kind).replace("-", "_")[:40]
            name, ok = QInputDialog.getText(self, self.tr("Name in the brand kit"),
                                            self.tr("Templates will use it as brand:<name>:"),
                                            text=suggested)
            if not ok or not name.strip():
                return
        self.import_file(kind, name.strip(), path)

    def import_file(self, kind: str, name: str, path: Path) -> bool:
        """Copy a font, logo or clip into the (user's) kit under ``name``."""
        try:
            brand = ensure_user_brand_kit(self.brand)
            brand = import_brand_asset(brand, kind, name, path)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Brand kit"), exc)
            return False
        return self.apply(brand, self.tr("Import %1").replace("%1", path.name))

    def remove_selected(self, kind: str) -> None:
        view = self.font_view if kind == "font" else self.logo_view
        model = self.fonts if kind == "font" else self.logos
        name = model.name(view.currentIndex().row())
        if name:
            self.remove_entry(kind, name)

    def remove_entry(self, kind: str, name: str) -> bool:
        users = brand_usage(kind, name, [t.template for t in
                                                 self.resources.library.templates.values()]) \
            if kind != "video" else []
        if users:
            self.statusBar().showMessage(
                self.tr("Removed; these templates use it and now show a problem: %1")
                .replace("%1", ", ".join(t.name for t in users)), 10000)
        return self.apply(self.brand.without(kind, name),
                          self.tr("Remove %1").replace("%1", name))

    # -- identity -------------------------------------------------------------------------
    def _on_identity_edited(self, key: str) -> None:
        text = self.identity[key].text().strip()
        value: Any = text
        if key in ("hashtags", "mentions"):
            value = tuple(part for part in text.replace(",", " ").split() if part)
        try:
            brand = self.brand.with_info(**{key: value})
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Brand kit"), exc)
            return
        self.apply(brand, self.tr("Change %1").replace("%1", self._identity_labels[key].text()))

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            brand = ensure_user_brand_kit(self.brand)
            save_brand(brand)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("The brand kit was not saved"), exc)
            return False
        except OSError as exc:
            dialogs.show_error(self, self.tr("The brand kit was not saved"),
                               StudioError(str(exc), code="export.os_error"))
            return False
        self.resources.set_brand(brand)
        self.undo_stack.setClean()
        self._refresh()
        self.statusBar().showMessage(self.tr("Saved: %1").replace(
            "%1", str(brand.root / "brand.toml")), 6000)
        return True

    def reset_to_builtin(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Back to the built-in kit"),
            self.tr("Stop using your brand kit and use the built-in one again? Your kit is "
                    "moved to the trash in the user data folder."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        reset_user_brand_kit()
        self.undo_stack.clear()
        self.resources.set_brand(load_brand())
        self._refresh()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_modified:
            answer = dialogs.ask_save_changes(self, self.tr("the brand kit"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
            if answer == "discard":
                # Previews go back to what is saved.
                self.resources.set_draft_brand(self.resources.brand)
        event.accept()
        super().closeEvent(event)


_instance: BrandEditorWindow | None = None


def show_brand_editor(parent: QWidget | None = None) -> BrandEditorWindow:
    """The one brand kit editor (raised if it is open already)."""
    global _instance
    if _instance is not None:
        try:
            _instance.isVisible()
        except RuntimeError:  # deleted on close
            _instance = None
    if _instance is None:
        _instance = BrandEditorWindow(parent=None)
        _instance.destroyed.connect(_forget)
    _instance.show()
    _instance.raise_()
    _instance.activateWindow()
    return _instance


def _forget(*_args: Any) -> None:
    global _instance
    _instance = None

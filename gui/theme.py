"""The look: a calm light theme with the Cimahi blue accent and the brand's font.

Fusion gives the same widgets on Windows, macOS and Linux; a palette and a
short style sheet add the brand colours and comfortable spacing. Widgets opt
into roles with a dynamic property (``role="primary"`` on the main button of a
screen, ``role="muted"`` on secondary text, ``card="true"`` on panels) rather
than carrying colours of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from studio.paths import BRANDING_DIR

RESOURCES = (Path(__file__).resolve().parent / "resources").as_posix()

BLUE = "#0B4F82"
BLUE_DARK = "#06304F"
BLUE_SOFT = "#E3EEF7"
GOLD = "#F4B400"
INK = "#12202D"
MUTED = "#5B6B7B"
LINE = "#D5DEE6"
WINDOW = "#F2F5F8"
CARD = "#FFFFFF"
ERROR = "#B3261E"
WARNING = "#8A5A00"
OK = "#17855B"

UI_FONT_FILES = (
    "PlusJakartaSans-Regular.ttf",
    "PlusJakartaSans-SemiBold.ttf",
    "PlusJakartaSans-Bold.ttf",
    "PlusJakartaSans-ExtraBold.ttf",
)
UI_FAMILY = "Plus Jakarta Sans"
UI_POINT_SIZE = 10


def load_fonts() -> list[str]:
    """Register the shipped brand fonts with Qt; returns the families found."""
    families: list[str] = []
    for name in (*UI_FONT_FILES, "NotoColorEmoji.ttf"):
        path = BRANDING_DIR / "fonts" / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def app_font() -> QFont:
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    # Emoji typed into a caption or a field come from the colour emoji font.
    font.setFamilies([UI_FAMILY, "Noto Color Emoji"])
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def palette() -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor(WINDOW))
    p.setColor(role.WindowText, QColor(INK))
    p.setColor(role.Base, QColor(CARD))
    p.setColor(role.AlternateBase, QColor("#F7F9FB"))
    p.setColor(role.Text, QColor(INK))
    p.setColor(role.PlaceholderText, QColor("#8696A5"))
    p.setColor(role.Button, QColor(CARD))
    p.setColor(role.ButtonText, QColor(INK))
    p.setColor(role.Highlight, QColor(BLUE))
    p.setColor(role.HighlightedText, QColor("#FFFFFF"))
    p.setColor(role.ToolTipBase, QColor(INK))
    p.setColor(role.ToolTipText, QColor("#FFFFFF"))
    p.setColor(role.Link, QColor(BLUE))
    p.setColor(role.Mid, QColor(LINE))
    for group in (QPalette.ColorGroup.Disabled,):
        p.setColor(group, role.Text, QColor("#9AA7B3"))
        p.setColor(group, role.WindowText, QColor("#9AA7B3"))
        p.setColor(group, role.ButtonText, QColor("#9AA7B3"))
    return p


STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QToolTip {{ color: white; background: {INK}; border: none; padding: 6px 8px; }}

QFrame[card="true"] {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 10px;
}}
QLabel[role="title"] {{ font-size: 22pt; font-weight: 800; color: {BLUE_DARK}; }}
QLabel[role="heading"] {{ font-size: 11pt; font-weight: 700; color: {BLUE_DARK}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="warning"] {{ color: {WARNING}; }}
QLabel[role="ok"] {{ color: {OK}; font-weight: 600; }}
QLabel[role="counter"] {{ color: {MUTED}; font-size: 8.5pt; }}
QLabel[role="counter"][state="over"] {{ color: {ERROR}; font-weight: 700; }}
QLabel[role="counter"][state="near"] {{ color: {WARNING}; }}

QPushButton, QToolButton {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 8px;
    padding: 7px 14px; color: {INK};
}}
QToolButton {{ padding: 5px 9px; }}
QToolButton[popupMode="InstantPopup"], QToolButton[popupMode="MenuButtonPopup"] {{
    padding-right: 26px; }}
QToolButton::menu-indicator, QPushButton::menu-indicator {{
    image: url({RESOURCES}/chevron-down.svg); width: 10px; height: 10px;
    subcontrol-origin: padding; subcontrol-position: center right; right: 9px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {BLUE}; background: {BLUE_SOFT}; }}
QPushButton:pressed, QToolButton:pressed {{ background: #CFE0EE; }}
QPushButton:disabled {{ color: #9AA7B3; background: #F4F6F8; }}
QToolButton:checked {{ background: {BLUE_SOFT}; border-color: {BLUE}; color: {BLUE_DARK}; }}
QPushButton[role="primary"] {{
    background: {BLUE}; border: 1px solid {BLUE}; color: white; font-weight: 700;
}}
QPushButton[role="primary"]:hover {{ background: #0D5E9B; }}
QPushButton[role="primary"]:disabled {{ background: #8FB0CA; border-color: #8FB0CA; }}
QPushButton[big="true"] {{ padding: 12px 20px; font-size: 11pt; text-align: left; }}

QLineEdit, QPlainTextEdit, QTextEdit, QDateEdit, QTimeEdit, QComboBox, QSpinBox,
QDoubleSpinBox {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 6px; padding: 5px 7px;
    selection-background-color: {BLUE};
}}
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QTimeEdit:focus,
QComboBox:focus {{ border: 1px solid {BLUE}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {ERROR}; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] {{ background: #F4F6F8; }}

QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 26px;
    border: none; background: transparent;
}}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({RESOURCES}/chevron-down.svg);
    width: 12px; height: 12px; }}
QTimeEdit::up-button, QSpinBox::up-button, QDoubleSpinBox::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 22px; border: none; }}
QTimeEdit::down-button, QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 22px; border: none; }}
QTimeEdit::up-arrow, QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{
    image: url({RESOURCES}/chevron-up.svg); width: 10px; height: 10px; }}
QTimeEdit::down-arrow, QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{
    image: url({RESOURCES}/chevron-down.svg); width: 10px; height: 10px; }}
QComboBox QAbstractItemView {{ border: 1px solid {LINE}; selection-background-color: {BLUE_SOFT};
    selection-color: {INK}; outline: 0; }}
QCheckBox::indicator, QListView::indicator {{ width: 16px; height: 16px; border-radius: 4px;
    border: 1px solid #9FB0BF; background: {CARD}; }}
QCheckBox::indicator:checked, QListView::indicator:checked {{ background: {BLUE};
    border-color: {BLUE}; image: url({RESOURCES}/check.svg); }}
QCheckBox::indicator:disabled, QListView::indicator:disabled {{ background: #EEF2F5;
    border-color: #C9D3DC; }}
QCheckBox::indicator:checked:disabled, QListView::indicator:checked:disabled {{
    background: #8FB0CA; border-color: #8FB0CA; }}

QListView, QTreeView, QTableView, QScrollArea {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 8px;
}}
QScrollArea[flat="true"] {{ background: transparent; border: none; }}
QWidget#scrollBody {{ background: transparent; }}
QListView {{ outline: 0; }}
QListView::item {{ border-radius: 6px; padding: 3px; }}
QListView::item:selected {{ background: {BLUE_SOFT}; color: {INK}; border: 2px solid {BLUE}; }}

QTabWidget::pane {{ border: 1px solid {LINE}; border-radius: 8px; background: {CARD};
    top: -1px; }}
QTabBar::tab {{ padding: 8px 16px; border: none; color: {MUTED}; font-weight: 600; }}
QTabBar::tab:selected {{ color: {BLUE_DARK}; border-bottom: 3px solid {BLUE}; }}

QProgressBar {{ border: none; background: #E4EAF0; border-radius: 5px; height: 10px;
    text-align: center; color: transparent; }}
QProgressBar::chunk {{ background: {BLUE}; border-radius: 5px; }}
QSplitter::handle {{ background: transparent; }}
QMenuBar {{ background: {CARD}; border-bottom: 1px solid {LINE}; }}
QMenuBar::item {{ padding: 6px 10px; }}
QMenuBar::item:selected {{ background: {BLUE_SOFT}; }}
QMenu {{ background: {CARD}; border: 1px solid {LINE}; padding: 4px; }}
QMenu::item {{ padding: 6px 24px 6px 20px; border-radius: 4px; }}
QMenu::item:selected {{ background: {BLUE_SOFT}; color: {INK}; }}
QStatusBar {{ background: {CARD}; border-top: 1px solid {LINE}; color: {MUTED}; }}
QCheckBox {{ spacing: 8px; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    load_fonts()
    app.setFont(app_font())
    app.setPalette(palette())
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str, **extra: str) -> QWidget:
    """Give ``widget`` a style role (and other style properties) and re-polish it."""
    widget.setProperty("role", role)
    for key, value in extra.items():
        widget.setProperty(key, value)
    repolish(widget)
    return widget


def flat_scroll(scroll, body: QWidget) -> None:
    """A borderless scroll area whose content shows the card beneath it."""
    scroll.setProperty("flat", "true")
    scroll.setWidgetResizable(True)
    body.setObjectName("scrollBody")
    scroll.setWidget(body)
    scroll.viewport().setAutoFillBackground(False)
    body.setAutoFillBackground(False)


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class ElidedLabel(QLabel):
    """One line of text that gives way with "…" on a narrow window instead of widening it
    (the whole text is in the tooltip). For counts and hints beside buttons."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if self.fontMetrics().horizontalAdvance(text) > self.width()
                        else "")
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3,
                     super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        text = self.text()
        self.setToolTip(text if self.fontMetrics().horizontalAdvance(text) > self.width()
                        else "")

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.end()

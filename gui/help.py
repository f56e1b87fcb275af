"""The user guide inside the app: a Markdown document shown by Qt, pictures included.

F1 opens it (before, F1 handed the raw ``panduan.md`` to the system, which on
Windows meant Notepad and no pictures). The guide is the one in ``docs/`` for
the app's language — ``panduan.md`` in Bahasa Indonesia, ``guide.md`` in
English — rendered by :class:`QTextBrowser` with its pictures resolved relative
to ``docs/`` and scaled to the window's width. The table of contents' links
(``#4-pratinjau-…``) go to their headings; links to the web open in the
browser. The same window shows any other Markdown file of the app (the
third-party notices from the About box).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import current_language
from studio.paths import PROJECT_ROOT

DOCS = PROJECT_ROOT / "docs"
GUIDES = {"id": DOCS / "panduan.md", "en": DOCS / "guide.md"}
# Pictures are never wider than the text column, nor blown up past their own size.
IMAGE_MARGIN = 40


def guide_path(language: str | None = None) -> Path:
    """The user guide in ``language`` (the app's by default; Indonesian if none)."""
    path = GUIDES.get(language or current_language(), GUIDES["id"])
    return path if path.is_file() else GUIDES["id"]


def heading_anchor(text: str) -> str:
    """The anchor a Markdown heading gets on GitHub ("4. Pratinjau, area aman" →
    "4-pratinjau-area-aman"), the form the guides' table of contents links to."""
    text = unicodedata.normalize("NFKD", text).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


class MarkdownView(QTextBrowser):
    """A Markdown file with its pictures, fitted to the width; in-page links scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownView")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._path: Path | None = None
        self._natural: dict[str, float] = {}

    @property
    def path(self) -> Path | None:
        return self._path

    def load(self, path: Path) -> None:
        self._path = Path(path)
        self._natural.clear()
        self.document().clear()
        self.setSearchPaths([str(self._path.parent)])
        self.setSource(QUrl.fromLocalFile(str(self._path)),
                       QTextDocument.ResourceType.MarkdownResource)
        self._fit_images()

    def images(self) -> list[tuple[str, float]]:
        """(name, width shown) of every picture in the document (for tests and tools)."""
        found = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    found.append((image.name(), image.width()))
                iterator += 1
            block = block.next()
        return found

    def _fit_images(self) -> None:
        width = max(120, self.viewport().width() - IMAGE_MARGIN)
        document = self.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    self._fit_image(fragment, fmt.toImageFormat(), width)
                iterator += 1
            block = block.next()

    def _fit_image(self, fragment, image: QTextImageFormat, width: float) -> None:
        name = image.name()
        natural = self._natural.get(name)
        if natural is None:
            resource = self.document().resource(QTextDocument.ResourceType.ImageResource,
                                                QUrl(name))
            natural = float(resource.width()) if hasattr(resource, "width") else 0.0
            if natural <= 0:
                return
            self._natural[name] = natural
        shown = min(natural, width)
        if abs(image.width() - shown) < 0.5:
            return
        image.setWidth(shown)
        image.setHeight(0)  # keep the aspect
        cursor = QTextCursor(self.document())
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(),
                           QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_images()

    def scroll_to_heading(self, anchor: str) -> bool:
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and heading_anchor(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.setTextCursor(cursor)
                # Put the heading at the top, not just somewhere on screen.
                bar = self.verticalScrollBar()
                bar.setValue(bar.maximum())
                self.ensureCursorVisible()
                return True
            block = block.next()
        return False

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if url.hasFragment() and (not url.path() or (self._path is not None and
                                  Path(url.toLocalFile() or url.path()).name in
                                  ("", self._path.name))):
            self.scroll_to_heading(url.fragment())
            return
        target = url.toLocalFile() or url.path()
        if target and self._path is not None:
            path = (self._path.parent / target).resolve() if not Path(target).is_absolute() \
                else Path(target)
            if path.suffix.lower() == ".md" and path.is_file():
                self.load(path)
                if url.hasFragment():
                    self.scroll_to_heading(url.fragment())
                return
            if path.exists():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class GuideWindow(QDialog):
    """The user guide (or another document of the app) in a window of its own."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self._fixed_path = path
        self.view = MarkdownView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(480, 360)
        self.resize(960, 680)
        self._retranslate()
        self.view.load(path or guide_path())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide — Studio Konten Cimahi")
                            if self._fixed_path is None else
                            self.tr("Studio Konten Cimahi"))
        close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._fixed_path is None:
                self.view.load(guide_path())
        super().changeEvent(event)

"""Ready-to-paste captions, one card per chosen platform.

The caption template named by the event's template is rendered by the core
(``studio.caption``) for each platform on a worker, whenever the event's
details change. Each card shows the text, the count against the platform's
limit ("123/2200", red when over), the core's warnings and a copy button.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.error_messages import describe
from gui.jobs import captions
from gui.jobs.captions import CaptionView, CaptionWarning
from gui.labels import platform_label
from gui.operations import LatestOnly
from gui.session import EventSession
from gui.theme import flat_scroll, repolish, set_role
from studio.errors import StudioError
from studio.platforms import Platform


def caption_warning_text(warning: CaptionWarning) -> str:
    """A caption warning in the user's language (the core's text when not recognised)."""
    table = {
        "sections_left_out": QT_TRANSLATE_NOOP("CaptionWarnings",
                                               "Too long (%1/%2): left out %3."),
        "section_shortened": QT_TRANSLATE_NOOP(
            "CaptionWarnings", "\u201c%1\u201d was shortened to fit %2 characters."),
        "section_left_out": QT_TRANSLATE_NOOP(
            "CaptionWarnings", "\u201c%1\u201d was left out: it does not fit in %2 characters."),
        "shortened": QT_TRANSLATE_NOOP("CaptionWarnings", "Shortened to fit %1 characters."),
        "hashtags_dropped": QT_TRANSLATE_NOOP("CaptionWarnings",
                                              "%1 allows %2 hashtag(s): left out %3."),
        "hashtags_kept": QT_TRANSLATE_NOOP(
            "CaptionWarnings", "This caption keeps %1 hashtag(s) on %2: left out %3."),
        "too_many_hashtags": QT_TRANSLATE_NOOP("CaptionWarnings",
                                               "%1 hashtags in the text; %2 allows %3."),
    }
    text = table.get(warning.code)
    if text is None:
        return warning.message
    text = QCoreApplication.translate("CaptionWarnings", text)
    for number, value in enumerate(warning.params, start=1):
        text = text.replace(f"%{number}", value)
    return text


class CaptionCard(QFrame):
    copied = Signal(str)

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.setObjectName(f"caption_{platform.id}")
        self.setProperty("card", "true")
        self.title = set_role(QLabel(), "heading")
        self.counter = set_role(QLabel(), "counter")
        self.counter.setObjectName("captionCounter")
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setObjectName("captionText")
        # The whole caption shows (the panel scrolls, not each card).
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text.setFixedHeight(120)
        self.warnings = set_role(QLabel(), "warning")
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(False)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyCaption")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copy_note = set_role(QLabel(), "ok")
        self.copy_note.setVisible(False)
        self._view: CaptionView | None = None

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.counter)
        foot = QHBoxLayout()
        foot.addWidget(self.copy_note)
        foot.addStretch(1)
        foot.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.text)
        layout.addWidget(self.warnings)
        layout.addLayout(foot)
        self._note_timer = QTimer(self, singleShot=True, interval=2500)
        self._note_timer.timeout.connect(self._on_note_timer_timeout)
        self.retranslate()

    def set_view(self, view: CaptionView) -> None:
        self._view = view
        if self.text.toPlainText() != view.text:
            self.text.setPlainText(view.text)
            self._fit_height()
        self.counter.setText(f"{view.count}/{view.limit}")
        self.counter.setToolTip(self.tr("Characters, counted the way %1 counts them")
                                .replace("%1", platform_label(self.platform)))
        state = "over" if view.count > view.limit else (
            "near" if view.count > 0.9 * view.limit else "")
        self.counter.setProperty("state", state)
        repolish(self.counter)
        lines = [caption_warning_text(w) for w in view.warnings]
        if view.shortened and not view.warnings:
            lines.append(self.tr("The caption was shortened to fit the platform."))
        self.warnings.setText("\n".join(f"• {line}" for line in lines))
        self.warnings.setVisible(bool(lines))
        self.copy_button.setEnabled(bool(view.text))

    def _fit_height(self) -> None:
        document = self.text.document()
        document.setTextWidth(self.text.viewport().width())
        margins = self.text.contentsMargins()
        height = document.size().height() + margins.top() + margins.bottom() + 6
        self.text.setFixedHeight(int(min(max(height, 60), 900)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_note.setText(self.tr("Copied"))
        self.copy_note.setVisible(True)
        self._note_timer.start()
        self.copied.emit(self.platform.id)

    def _on_note_timer_timeout(self) -> None:
        self.copy_note.setVisible(False)

    def retranslate(self) -> None:
        self.title.setText(platform_label(self.platform))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the caption to paste it in the app"))
        if self._view is not None:
            self.set_view(self._view)


class CaptionPanel(QWidget):
    captionsUpdated = Signal()

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._cards: dict[str, CaptionCard] = {}
        self.note = set_role(QLabel(), "muted")
        self.note.setWordWrap(True)
        self.problem = set_role(QLabel(), "error")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 6, 0)
        self._body_layout.setSpacing(12)
        self._body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        flat_scroll(scroll, self._body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)

        self._runner = LatestOnly("captions", self)
        self._runner.succeeded.connect(self._on_captions_succeeded)
        self._runner.failed.connect(self._on_captions_failed)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._on_timer_timeout)
        session.fieldChanged.connect(self._on_changed)
        session.templateChanged.connect(self._on_changed)
        session.projectReplaced.connect(self._on_platforms_changed)
        session.platformsChanged.connect(self._on_platforms_changed)
        self._retranslate()
        self._rebuild_cards()
        self.refresh(now=True)

    def cards(self) -> dict[str, CaptionCard]:
        return dict(self._cards)

    def refresh(self, *, now: bool = False) -> None:
        if now:
            self._on_timer_timeout()
        else:
            self._timer.start()

    def _on_changed(self, *_args) -> None:
        self.refresh()

    def _on_platforms_changed(self) -> None:
        self._rebuild_cards()
        self.refresh()

    def _rebuild_cards(self) -> None:
        for card in self._cards.values():
            self._body_layout.removeWidget(card)
            card.hide()  # deleted when the event loop comes round; out of sight now
            card.deleteLater()
        self._cards.clear()
        for index, platform in enumerate(self._session.chosen_platforms()):
            card = CaptionCard(platform)
            self._body_layout.insertWidget(index, card)
            self._cards[platform.id] = card

    def _on_timer_timeout(self) -> None:
        if not captions.available():
            self.problem.setText(self.tr("Automatic captions are not available in this "
                                         "version."))
            self.problem.setVisible(True)
            return
        try:
            caption_id = self._session.loaded_template.template.caption
        except StudioError as exc:
            self._on_captions_failed(exc)
            return
        if not caption_id:
            self.problem.setText(self.tr("This template has no caption."))
            self.problem.setVisible(True)
            return
        platforms = self._session.chosen_platforms()
        if not platforms:
            return
        self._runner.submit(captions.render_captions, caption_id,
                            dict(self._session.project.fields), tuple(platforms),
                            self._session.resources.brand)

    def _on_captions_succeeded(self, views: list[CaptionView]) -> None:
        self.problem.setVisible(False)
        for view in views:
            card = self._cards.get(view.platform_id)
            if card is not None:
                card.set_view(view)
        self.captionsUpdated.emit()

    def _on_captions_failed(self, error: StudioError) -> None:
        text = describe(error)
        self.problem.setText(text.message + (f" {text.hint}" if text.hint else ""))
        self.problem.setToolTip(text.detail)
        self.problem.setVisible(True)

    def _retranslate(self) -> None:
        self.note.setText(self.tr("Captions are made from the event details for each "
                                  "chosen platform. Copy one and paste it when you post."))
        for card in self._cards.values():
            card.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

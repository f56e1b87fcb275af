"""Ready-to-paste captions, one card per chosen platform.

The caption template named by the event's template is rendered by the core
(``studio.caption``) for each platform on a worker, whenever the event's
details change. Each card shows the text, the count against the platform's
limit ("123/2.200", red when over), the core's warnings and a copy button.
Warnings are worded here from their code and parameters (never from the
core's English), naming the parts of the caption by the form's own labels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
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
from gui.i18n import locale
from gui.jobs import captions
from gui.jobs.captions import CaptionView, CaptionWarning
from gui.labels import field_label, platform_label
from gui.operations import LatestOnly
from gui.session import EventSession
from gui.theme import flat_scroll, repolish, set_role
from studio.errors import StudioError
from studio.platforms import Platform

_CONTEXT = "CaptionWarnings"

# Parts of a caption the form may not show (the caption template's own keys and
# built-in values), named for people. A field of the form is named by its label.
_PART_NAMES = {
    "judul": QT_TRANSLATE_NOOP("CaptionWarnings", "Title"),
    "subjudul": QT_TRANSLATE_NOOP("CaptionWarnings", "Subtitle"),
    "tanggal": QT_TRANSLATE_NOOP("CaptionWarnings", "Date"),
    "tanggal_selesai": QT_TRANSLATE_NOOP("CaptionWarnings", "End date"),
    "waktu": QT_TRANSLATE_NOOP("CaptionWarnings", "Time"),
    "lokasi": QT_TRANSLATE_NOOP("CaptionWarnings", "Place"),
    "penyelenggara": QT_TRANSLATE_NOOP("CaptionWarnings", "Organiser or source"),
    "deskripsi": QT_TRANSLATE_NOOP("CaptionWarnings", "Description"),
    "nama": QT_TRANSLATE_NOOP("CaptionWarnings", "Name"),
    "jabatan": QT_TRANSLATE_NOOP("CaptionWarnings", "Position"),
    "ucapan": QT_TRANSLATE_NOOP("CaptionWarnings", "Greeting"),
    "kontak": QT_TRANSLATE_NOOP("CaptionWarnings", "Contact"),
    "tautan": QT_TRANSLATE_NOOP("CaptionWarnings", "Link"),
    "semua_mention": QT_TRANSLATE_NOOP("CaptionWarnings", "Mentions"),
    "kredit_foto": QT_TRANSLATE_NOOP("CaptionWarnings", "Photo credit"),
}

# One sentence per warning code; %1, %2 … are the warning's parameters, %n a count.
# Parts (fields) are listed in the words of the form.
_SENTENCES = {
    "left_out": QT_TRANSLATE_NOOP("CaptionWarnings", "To fit %1 characters, left out: %2."),
    "closing_left_out": QT_TRANSLATE_NOOP(
        "CaptionWarnings", "To fit %1 characters, the closing line was left out."),
    "cut_at_sentence": QT_TRANSLATE_NOOP(
        "CaptionWarnings", "%2 ends after a whole sentence to fit %1 characters."),
    "cut_at_sentence_whole": QT_TRANSLATE_NOOP(
        "CaptionWarnings", "The caption ends after a whole sentence to fit %1 characters."),
    "written_briefly": QT_TRANSLATE_NOOP(
        "CaptionWarnings",
        "Written more briefly to fit %1 characters (without labels or the full address)."),
    "cut_at_word": QT_TRANSLATE_NOOP(
        "CaptionWarnings",
        "%2 was cut after a word to fit %1 characters and ends with “…”. Check it before "
        "posting."),
    "cut_at_word_whole": QT_TRANSLATE_NOOP(
        "CaptionWarnings",
        "The caption was cut after a word to fit %1 characters and ends with “…”. Check it "
        "before posting."),
    "cut_inside_word": QT_TRANSLATE_NOOP(
        "CaptionWarnings",
        "The caption was cut inside a word to fit %1 characters. Check it before posting."),
    "hashtags_left_out_to_fit": QT_TRANSLATE_NOOP(
        "CaptionWarnings",
        "To fit %1 characters, your extra hashtags were left out first: %2. The official "
        "hashtags stay."),
    "official_hashtags_left_out_to_fit": QT_TRANSLATE_NOOP(
        "CaptionWarnings", "To fit %1 characters, even official hashtags were left out: %2."),
}


class CaptionWarnings(QObject):
    """The caption warnings' sentences with a count (%n, the hashtag cap), so each language
    gets its plural. A QObject of that name only so ``tr`` (which lupdate reads plural
    forms from in every version) speaks in the "CaptionWarnings" context."""

    def counted(self, code: str, n: int) -> str | None:
        if code == "own_hashtags_left_out":
            return self.tr("%1 takes %n hashtag(s) here, official ones (%4) first: left out "
                           "your extra hashtags %3.", "", n)
        if code == "own_hashtags_left_out_alone":
            return self.tr("%1 takes %n hashtag(s) here: left out your extra hashtags %3.",
                           "", n)
        if code == "hashtags_left_out":
            return self.tr("%1 allows %n hashtag(s): left out %3.", "", n)
        if code == "too_many_hashtags":
            return self.tr("%1 hashtags in the text; %2 allows %n.", "", n)
        return None


def _counted_sentence(code: str, n: int) -> str | None:
    return CaptionWarnings().counted(code, n)


# Which parameter is the count, and which parameters list fields.
_COUNT_PARAM = {"own_hashtags_left_out": 1, "hashtags_left_out": 1, "too_many_hashtags": 2}
_NUMBER_PARAM = {"left_out": 0, "closing_left_out": 0, "cut_at_sentence": 0,
                 "written_briefly": 0, "cut_at_word": 0, "cut_inside_word": 0,
                 "hashtags_left_out_to_fit": 0, "official_hashtags_left_out_to_fit": 0,
                 "too_many_hashtags": 0}
_FIELD_LISTS = ("left_out", "cut_at_sentence", "cut_at_word")


def _translate(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def part_name(key: str, labels: Mapping[str, str] | None = None) -> str:
    """A caption part for people: the form's label for a field, else a name of our own."""
    if labels and key in labels:
        return labels[key]
    if key in _PART_NAMES:
        return _translate(_PART_NAMES[key])
    return _translate(QT_TRANSLATE_NOOP("CaptionWarnings", "another part"))


def _quoted_list(names: Sequence[str]) -> str:
    quoted = [f"\u201c{name}\u201d" for name in names]
    if len(quoted) <= 1:
        return "".join(quoted)
    last = _translate(QT_TRANSLATE_NOOP("CaptionWarnings", "%1 and %2"))
    return last.replace("%1", ", ".join(quoted[:-1])).replace("%2", quoted[-1])


def _number(text: str) -> str:
    try:
        return locale().toString(int(text))
    except ValueError:
        return text


def caption_warning_text(warning: CaptionWarning,
                         labels: Mapping[str, str] | None = None) -> str:
    """A caption warning in the user's language, from its code and parameters.

    ``labels`` names the form's fields (key → label) so the warning speaks of
    what the officer filled in; the core's English sentence is shown only for
    a code this version does not know.
    """
    code, params = warning.code, list(warning.params)
    if code in _NUMBER_PARAM and len(params) > _NUMBER_PARAM[code]:
        index = _NUMBER_PARAM[code]
        params[index] = _number(params[index])
    if code in _FIELD_LISTS:
        fields = params[1:]
        if not fields and code != "left_out":
            code = f"{code}_whole"
        params = [params[0] if params else "",
                  _quoted_list([part_name(key, labels) for key in fields])]
    if code == "own_hashtags_left_out" and (len(params) < 4 or not params[3]):
        code = "own_hashtags_left_out_alone"
    if code in _SENTENCES:
        text = _translate(_SENTENCES[code])
    elif warning.code in _COUNT_PARAM:
        try:
            count = int(warning.params[_COUNT_PARAM[warning.code]])
        except (IndexError, ValueError):
            return str(warning.message)
        text = _counted_sentence(code, count) or str(warning.message)
    else:
        return str(warning.message)
    for number, value in enumerate(params, start=1):
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
        self._labels: Mapping[str, str] = {}

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

    def set_view(self, view: CaptionView, labels: Mapping[str, str] | None = None) -> None:
        """Show ``view``; ``labels`` (field key → the form's label) word its warnings."""
        self._view = view
        if labels is not None:
            self._labels = dict(labels)
        if self.text.toPlainText() != view.text:
            self.text.setPlainText(view.text)
            self._fit_height()
        self.counter.setText(f"{locale().toString(view.count)}/{locale().toString(view.limit)}")
        self.counter.setToolTip(self.tr("Characters, counted the way %1 counts them")
                                .replace("%1", platform_label(self.platform)))
        state = "over" if view.count > view.limit else (
            "near" if view.count > 0.9 * view.limit else "")
        self.counter.setProperty("state", state)
        repolish(self.counter)
        lines = [caption_warning_text(w, self._labels) for w in view.warnings]
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

    def _field_labels(self) -> dict[str, str]:
        """The form's labels by field key, in the user's language (for the warnings)."""
        try:
            fields = self._session.loaded_template.template.fields
        except StudioError:
            return {}
        return {f.key: field_label(f) for f in fields}

    def _on_captions_succeeded(self, views: list[CaptionView]) -> None:
        self.problem.setVisible(False)
        labels = self._field_labels()
        for view in views:
            card = self._cards.get(view.platform_id)
            if card is not None:
                card.set_view(view, labels)
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

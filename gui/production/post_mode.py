"""The export step's choice of post: one post per photo, or the photos as one carousel.

Two radio buttons ("Satu post per foto" / "Carousel") and, for a carousel,
whether it ends with a closing page. The choice is stored in the event
(``export.carousel``, ``export.carousel_closing``) through the session, so it
is saved with the event and undone like any other edit. A carousel is made
for the feed platforms (Instagram, Facebook, LinkedIn); a line under the
choice says which of the chosen platforms get it, and that the others keep
one post per photo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from gui.session import EventSession
from gui.theme import set_role
from studio.carousel import split_platforms
from studio.errors import StudioError
from studio.template.model import MAX_CAROUSEL_SLIDES


class PostModeChoice(QWidget):
    changed = Signal()

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.heading = set_role(QLabel(), "heading")
        self.single = QRadioButton()
        self.single.setObjectName("postSingle")
        self.carousel = QRadioButton()
        self.carousel.setObjectName("postCarousel")
        self.group = QButtonGroup(self)
        self.group.addButton(self.single)
        self.group.addButton(self.carousel)
        self.closing = QCheckBox()
        self.closing.setObjectName("carouselClosing")
        self.note = set_role(QLabel(), "muted")
        self.note.setObjectName("carouselNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.single)
        layout.addWidget(self.carousel)
        layout.addWidget(self.closing)
        layout.addWidget(self.note)
        self.carousel.toggled.connect(self._on_mode_toggled)
        self.closing.toggled.connect(self._on_closing_toggled)
        session.outputChanged.connect(self.sync)
        session.projectReplaced.connect(self.sync)
        session.platformsChanged.connect(self.sync)
        session.templateChanged.connect(lambda _id: self.sync())
        self._retranslate()
        self.sync()

    # -- state ---------------------------------------------------------------------------------
    def _template_has_pages(self) -> bool:
        try:
            template = self._session.loaded_template.template
        except StudioError:  # an unknown template: the export says so itself
            return False
        return template.carousel is not None

    def sync(self) -> None:
        export = self._session.project.export
        for button, value in ((self.carousel, export.carousel),
                              (self.single, not export.carousel),
                              (self.closing, export.carousel_closing)):
            button.blockSignals(True)
            button.setChecked(value)
            button.blockSignals(False)
        self._update()

    def _update(self) -> None:
        on = self.carousel.isChecked()
        has_pages = self._template_has_pages()
        self.carousel.setEnabled(has_pages or on)
        self.closing.setVisible(on)
        chosen = {p.id: p for p in self._session.chosen_platforms()}
        feed, other = split_platforms(chosen)
        if on and not has_pages:
            text = self.tr("This template makes no carousel. Choose Liputan Kegiatan, or one "
                           "post per photo.")
        elif on and not feed:
            text = self.tr("None of the chosen platforms takes a carousel (Instagram, "
                           "Facebook and LinkedIn feeds do).")
        elif on:
            labels = ", ".join(chosen[p].label for p in feed)
            text = self.tr("A carousel for %1. At most %2 pages each: more photos are split "
                           "into several carousels.").replace("%1", labels) \
                .replace("%2", str(MAX_CAROUSEL_SLIDES))
            if other:
                text += " " + self.tr("Other platforms: one post per photo.")
        elif not has_pages:
            text = self.tr("This template makes one post per photo only.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- edits ---------------------------------------------------------------------------------
    def _on_mode_toggled(self, on: bool) -> None:
        self._session.set_export_options(carousel=on)
        self._update()
        self.changed.emit()

    def _on_closing_toggled(self, on: bool) -> None:
        self._session.set_export_options(carousel_closing=on)
        self.changed.emit()

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Post"))
        self.single.setText(self.tr("One post per photo"))
        self.carousel.setText(self.tr("Carousel — several photos in one post"))
        self.carousel.setToolTip(self.tr("A cover with the title, one slide per photo and a "
                                         "closing page, numbered 01-sampul, 02-… in each "
                                         "platform's folder, with one caption"))
        self.closing.setText(self.tr("End with a closing page"))
        self.closing.setToolTip(self.tr("The last page names the accounts to follow "
                                        "(from the brand kit)"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

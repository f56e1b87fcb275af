"""A quiet line under the template gallery when the event's template has moved on.

An event renders with the template version it was made with. When a newer
version is in use on this computer (the PIC updated the library), this bar
says so and offers "Update this event"; when the event's version is no longer
on this computer it says which version is used instead. Nothing changes until
the PIC clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.theme import BLUE_SOFT, LINE
from studio.library.pins import EventTemplateUpdate, event_updates


class EventVersionsBar(QFrame):
    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventVersions")
        self.setStyleSheet(f"QFrame#eventVersions {{ background: {BLUE_SOFT}; border: 1px solid "
                           f"{LINE}; border-radius: 8px; }}")
        self._session = session
        self.updates: list[EventTemplateUpdate] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.clicked.connect(self._on_button_clicked)
        # Text over the button: the column it sits in is narrow.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.text)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        session.projectReplaced.connect(self.refresh)
        session.templateChanged.connect(self.refresh)
        session.resources.libraryChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        project = self._session.project
        library = self._session.resources.library
        self.updates = [u for u in event_updates(project, library)
                        if u.template_id == project.template]
        self.setVisible(bool(self.updates))
        self._retranslate()

    def _on_button_clicked(self) -> None:
        self._session.update_templates([u.template_id for u in self.updates])

    def _retranslate(self) -> None:
        self.button.setText(self.tr("Update this event"))
        if not self.updates:
            return
        upd = self.updates[0]
        loaded = self._session.resources.library.templates.get(upd.template_id)
        name = loaded.template.name if loaded is not None else upd.template_id
        if upd.available:
            text = self.tr("This event uses version %2 of this template; version %3 is "
                           "available.")
        else:
            text = self.tr("Version %2, which this event was made with, is no longer on this "
                           "computer; version %3 is used.")
        self.setToolTip(name)
        self.text.setText(text.replace("%2", upd.pinned).replace("%3", upd.current))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

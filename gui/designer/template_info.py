"""The template's header (name, version, author, media, aspects, background, video
settings) and the id a new template is saved under."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.designer.texts import aspect_names, media_names
from gui.designer.widgets import ColorPicker
from studio.brand import BrandKit
from studio.platforms import ASPECTS
from studio.template.editing import slugify
from studio.template.model import ID_PATTERN, Template, VideoSettings

VERSION_PATTERN = r"^\d+(\.\d+){0,2}$"


class TemplateInfoDialog(QDialog):
    def __init__(self, template: Template, brand: BrandKit, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._template = template
        self.name = QLineEdit(template.name)
        self.name.setMaxLength(80)
        self.template_id = QLabel(template.id)
        self.template_id.setProperty("role", "muted")
        self.description = QPlainTextEdit(template.description)
        self.description.setFixedHeight(64)
        self.version = QLineEdit(template.version)
        self.version.setValidator(QRegularExpressionValidator(
            QRegularExpression(VERSION_PATTERN), self))
        self.author = QLineEdit(template.author)
        self.photo = QCheckBox()
        self.video = QCheckBox()
        self.photo.setChecked("photo" in template.media)
        self.video.setChecked("video" in template.media)
        media_row = QHBoxLayout()
        media_row.addWidget(self.photo)
        media_row.addWidget(self.video)
        media_row.addStretch(1)
        self.aspects: dict[str, QCheckBox] = {}
        aspect_row = QHBoxLayout()
        for aspect in ASPECTS:
            box = QCheckBox()
            box.setChecked(aspect in template.aspects)
            self.aspects[aspect] = box
            aspect_row.addWidget(box)
        aspect_row.addStretch(1)
        self.background = ColorPicker()
        self.background.set_value(template.background, brand)
        self.caption = QLineEdit(template.caption or "")
        self.intro = QCheckBox()
        self.outro = QCheckBox()
        self.intro.setChecked(template.video.intro)
        self.outro.setChecked(template.video.outro)
        self.max_duration = QDoubleSpinBox()
        self.max_duration.setRange(0, 3600)
        self.max_duration.setDecimals(0)
        self.max_duration.setValue(template.video.max_duration or 0)
        video_row = QHBoxLayout()
        video_row.addWidget(self.intro)
        video_row.addWidget(self.outro)
        video_row.addWidget(self.max_duration)
        video_row.addStretch(1)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._labels = [QLabel() for _ in range(10)]
        form = QFormLayout()
        rows: list[Any] = [self.name, self.template_id, self.description, self.version,
                           self.author, media_row, aspect_row, self.background, self.caption,
                           video_row]
        for label, row in zip(self._labels, rows, strict=True):
            form.addRow(label, row)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._retranslate()
        self.resize(560, self.sizeHint().height())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Template details"))
        texts = (self.tr("Name"), self.tr("Id"), self.tr("Description"), self.tr("Version"),
                 self.tr("Author"), self.tr("Media"), self.tr("Aspects"),
                 self.tr("Background"), self.tr("Caption"), self.tr("Video"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        names = media_names()
        self.photo.setText(names["photo"])
        self.video.setText(names["video"])
        aspects = aspect_names()
        for aspect, box in self.aspects.items():
            box.setText(aspects[aspect])
        self.intro.setText(self.tr("Intro clip"))
        self.outro.setText(self.tr("Outro clip"))
        self.max_duration.setPrefix(self.tr("at most "))
        self.max_duration.setSuffix(" s")
        self.max_duration.setSpecialValueText(self.tr("any length"))
        self.caption.setPlaceholderText(self.tr("caption template id (optional)"))
        self.version.setToolTip(self.tr("Raise it when you change a shared template, e.g. "
                                        "1.0.0 \u2192 1.1.0: importing asks before replacing "
                                        "an installed version."))

    def changes(self) -> dict[str, Any]:
        media = tuple(m for m, box in (("photo", self.photo), ("video", self.video))
                      if box.isChecked()) or ("none",)
        aspects = tuple(a for a, box in self.aspects.items() if box.isChecked())
        return {
            "name": self.name.text().strip(),
            "description": self.description.toPlainText().strip(),
            "version": self.version.text().strip(),
            "author": self.author.text().strip(),
            "media": media,
            "aspects": aspects,
            "background": self.background.value,
            "caption": self.caption.text().strip() or None,
            "video": VideoSettings(intro=self.intro.isChecked(), outro=self.outro.isChecked(),
                                   max_duration=self.max_duration.value() or None),
        }

    def _on_buttons_accepted(self) -> None:
        changes = self.changes()
        if not changes["name"]:
            self.error.setText(self.tr("Give the template a name."))
        elif not re.match(VERSION_PATTERN, changes["version"]):
            self.error.setText(self.tr("Write the version as numbers, e.g. 1.0.0."))
        elif not changes["aspects"]:
            self.error.setText(self.tr("Choose at least one aspect."))
        else:
            self.accept()


class SaveNewDialog(QDialog):
    """Name and id of a template saved for the first time."""

    def __init__(self, name: str, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taken = taken
        self.name = QLineEdit(name)
        self.template_id = QLineEdit()
        self.template_id.setValidator(QRegularExpressionValidator(
            QRegularExpression(ID_PATTERN.strip("^$")), self))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._labels = [QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.name)
        form.addRow(self._labels[1], self.template_id)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.note)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self._id_edited = False
        self.name.textChanged.connect(self._on_name_text_changed)
        self.template_id.textEdited.connect(self._on_template_id_text_edited)
        self.template_id.textChanged.connect(self._on_any_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._retranslate()
        self._on_name_text_changed(name)
        self.resize(460, self.sizeHint().height())

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save new template"))
        self._labels[0].setText(self.tr("Name"))
        self._labels[1].setText(self.tr("Id"))
        self.note.setText(self.tr("The id names the template's folder and package; it cannot "
                                  "change later (duplicate the template for a new id)."))

    def _on_name_text_changed(self, name: str) -> None:
        if not self._id_edited:
            base = slugify(name, "template")
            candidate, n = base, 2
            while candidate in self._taken:
                candidate = f"{base}-{n}"
                n += 1
            self.template_id.setText(candidate)
        self._on_any_changed()

    def _on_template_id_text_edited(self, _text: str) -> None:
        self._id_edited = True

    def _on_any_changed(self, *_args: Any) -> None:
        template_id = self.template_id.text()
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Give the template a name.")
        elif not re.match(ID_PATTERN, template_id):
            problem = self.tr("The id uses lower-case letters, digits and -.")
        elif template_id in self._taken:
            problem = self.tr("A template with this id exists already.")
        self.error.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

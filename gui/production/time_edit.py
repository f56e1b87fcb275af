"""The time field of the event form: a line that reads times the way officers type them.

"19.30", "19:30", "1930", "9.30", "930", "9" and "19,30" all mean what they
say; the field can be emptied (an optional time left out). ``QTimeEdit`` did
neither: typed into an empty field it gave "(kosong)930" and no value. The
value is stored as ``HH:MM`` (the core's form) and shown as "19.30" in the
Indonesian interface, "19:30" in the English one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from gui.i18n import current_language

# What may be typed at all: up to two digits, an optional separator, up to two digits
# (or four digits without one). Letters never get in.
_TYPED = QRegularExpression(r"^\s*\d{0,2}(?:[.:,]\d{0,2}|\d{0,2})\s*$")
_WITH_SEPARATOR = re.compile(r"^(\d{1,2})[.:,](\d{2})$")
_DIGITS = re.compile(r"^\d{1,4}$")


def parse_time(text: str) -> str | None:
    """``HH:MM`` for a typed time, "" for an empty field, None when it is not a time yet.

    >>> [parse_time(t) for t in ("19.30", "1930", "19:30", "9.30", "930", "9", "", "25.00")]
    ['19:30', '19:30', '19:30', '09:30', '09:30', '09:00', '', None]
    """
    text = text.strip()
    if not text:
        return ""
    match = _WITH_SEPARATOR.match(text)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
    elif _DIGITS.match(text):
        if len(text) <= 2:
            hours, minutes = int(text), 0
        else:
            hours, minutes = int(text[:-2]), int(text[-2:])
    else:
        return None
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def shown_time(value: str) -> str:
    """A stored ``HH:MM`` as the interface writes times ("19.30"; "19:30" in English)."""
    if not value:
        return ""
    return value if current_language() == "en" else value.replace(":", ".")


class TimeEdit(QLineEdit):
    """A time typed as text. ``timeEdited`` carries ``HH:MM``, or "" while what is typed
    is empty or not a time yet (the stored value never says more than the field shows);
    ``is_valid()`` says whether what is typed is a time (for the form's message)."""

    timeEdited = Signal(str)

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(_TYPED, self))
        self.setMaxLength(5)
        self.setClearButtonEnabled(True)
        self.set_value(value)
        self.textEdited.connect(self._on_text_edited)
        # The clear button changes the text without textEdited.
        self.textChanged.connect(self._on_text_changed)
        self.editingFinished.connect(self._on_editing_finished)

    def value(self) -> str | None:
        return parse_time(self.text())

    def is_valid(self) -> bool:
        return self.value() is not None

    def set_value(self, value: str) -> None:
        """Show a stored ``HH:MM`` (or nothing); no signal."""
        parsed = parse_time(value)
        # What is typed already stands for this value (a half-typed "19." stands for "").
        if parsed is None or (parse_time(self.text()) or "") == parsed:
            return
        self.blockSignals(True)
        self.setText(shown_time(parsed))
        self.blockSignals(False)

    def _on_text_edited(self, text: str) -> None:
        self.timeEdited.emit(parse_time(text) or "")

    def _on_text_changed(self, text: str) -> None:
        if not text:
            self.timeEdited.emit("")

    def _on_editing_finished(self) -> None:
        value = self.value()
        if value:  # tidy "930" into "09.30" once the officer leaves the field
            self.blockSignals(True)
            self.setText(shown_time(value))
            self.blockSignals(False)

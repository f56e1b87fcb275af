"""The Qt binding does not run down None's reference count (it crashed the app).

PySide6-Essentials 6.12.0 returns None from methods that return nothing
(``QLabel.setWordWrap``, ``QWidget.setObjectName`` …) without adding a
reference to it. On Python 3.11, where None is an ordinary counted object,
its count then falls by a few dozen with every keystroke in the event form and
by hundreds with a change of language, until Python stops with "Fatal Python
error: none_dealloc" — the app closing under the officer's hands after a
while. pyproject.toml leaves that version out; this keeps any other version
with the same fault from coming back unnoticed. (From Python 3.12 None is
immortal and the count no longer matters.)
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_methods_that_return_nothing_leave_none_alone(app):
    parent = QWidget()
    layout = QVBoxLayout(parent)
    label = QLabel("Rapat")
    calls = (
        lambda: label.setWordWrap(True),
        lambda: label.setTextFormat(Qt.TextFormat.PlainText),
        lambda: label.setObjectName("judul"),
        lambda: label.setText("Rapat Koordinasi"),
        lambda: layout.setSpacing(4),
    )
    for call in calls:
        call()  # warm up: first calls may cache wrappers
    before = sys.getrefcount(None)
    for _ in range(200):
        for call in calls:
            call()
    # A working binding leaves the count where it was (a handful of stray references at
    # most); the broken one takes 1,000 here.
    assert abs(sys.getrefcount(None) - before) < 50

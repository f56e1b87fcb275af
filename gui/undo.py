"""Undo as a stack of values: one command kind for the whole app.

Every undoable edit — of an event, a template or the brand kit — is one
:class:`ValueCommand`: the value before, the value after, and a function that
makes a value current. Undo restores the exact earlier value, so any sequence
of undo/redo returns to the same value it started from, and nothing reaches
into the edited object's insides.

Small repeated edits of one thing (arrow-key nudges, a spin box turning,
typing in one field) merge into one step: the commands share a ``merge_key``,
and follow each other within ``merge_seconds`` (None: for as long as the key
is the same — the event form ends a run of typing itself by changing its key
when the officer leaves the field).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGE_ID = 7001
MERGE_SECONDS = 1.5


class ValueCommand(QUndoCommand):
    def __init__(self, apply: Callable[[Any], None], before: Any, after: Any, text: str,
                 merge_key: Hashable | None = None,
                 merge_seconds: float | None = MERGE_SECONDS) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.merge_seconds = merge_seconds
        self._time = time.monotonic()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ValueCommand) or other.merge_key != self.merge_key:
            return False
        if self.merge_seconds is not None and other._time - self._time > self.merge_seconds:
            return False
        self.after = other.after
        self._time = other._time
        # Back where it started (e.g. nudged left then right): no step at all.
        self.setObsolete(self.after == self.before)
        return True

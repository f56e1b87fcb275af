"""The problems of the template being edited, listed under the canvas.

Rows come from :func:`studio.template.problems.template_problems` (checked on
every change: fields, brand references, files, variants, safe areas) plus what
the last preview render reported (text that had to be shortened, layers that
could not be drawn). A click selects the layer concerned.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from gui.designer.texts import problem_text
from studio.template.problems import Problem

LayerIdRole = Qt.ItemDataRole.UserRole + 1
SeverityRole = Qt.ItemDataRole.UserRole + 2


def _dot(colour: str) -> QIcon:
    pixmap = QPixmap(QSize(14, 14))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ProblemListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._icons = {"error": _dot("#B3261E"), "warning": _dot("#C98A00")}

    def set_problems(self, problems: list[Problem]) -> None:
        order = {"error": 0, "warning": 1}
        problems = sorted(problems, key=lambda p: order.get(p.severity, 2))
        if problems != self._problems:
            self.beginResetModel()
            self._problems = problems
            self.endResetModel()

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._problems)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return problem_text(problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            # In the user's language (the core's English message stays out of the tooltip).
            return problem_text(problem)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.get(problem.severity)
        if role == LayerIdRole:
            return problem.layer_id
        if role == SeverityRole:
            return problem.severity
        return None

    def counts(self) -> tuple[int, int]:
        errors = sum(1 for p in self._problems if p.severity == "error")
        return errors, len(self._problems) - errors

"""Qt item models over core lists, so every view of a list stays in sync.

As napari's ``_qt/containers``: the data stays in the core value (the
event's :class:`~studio.project.Project`, the template library, the platform
presets); the models only expose it to views. They know nothing of who owns
the value: the owner hands them each new value (:meth:`MediaListModel.set_items`
works out which rows came, went or changed), and an edit made in a view is
offered back as a signal (:attr:`PlatformListModel.choiceEdited`). State the
core does not keep — a media item's thumbnail, its size, its error — is kept
beside the list by path in :class:`MediaState` (the preview proxies live in
the session's small cache).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)

from gui import theme
from gui.error_messages import ErrorText, describe
from gui.labels import platform_label, platform_size
from studio.errors import StudioError
from studio.platforms import Platform
from studio.project import MediaItem
from studio.template.loader import LoadedTemplate

if TYPE_CHECKING:
    from gui.jobs.export import ExportProblem

Index = QModelIndex | QPersistentModelIndex
# Small enough that the strip leaves the preview its room on a 768 px screen.
THUMB_SIZE = QSize(96, 72)
TEMPLATE_THUMB = QSize(184, 230)


class Roles(IntEnum):
    ITEM = Qt.ItemDataRole.UserRole + 1  # the core value of the row
    STATE = Qt.ItemDataRole.UserRole + 2  # MediaState
    ERROR = Qt.ItemDataRole.UserRole + 3  # ErrorText or None
    KEY = Qt.ItemDataRole.UserRole + 4  # template id / platform id / path


@dataclass(frozen=True)
class MediaState:
    """What the GUI knows about one media file beyond the core's MediaItem."""

    status: str = "loading"  # loading | ready | error
    kind: str = "photo"  # photo | video | none
    error: StudioError | None = None
    thumbnail: QImage | None = None
    size: tuple[int, int] | None = None
    duration: float | None = None
    has_audio: bool | None = None


def _canvas() -> QPixmap:
    """A transparent tile of THUMB_SIZE at the screen's pixel density."""
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1
    pixmap = QPixmap(THUMB_SIZE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _placeholder(kind: str, status: str) -> QPixmap:
    pixmap = _canvas()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, THUMB_SIZE.width() - 2, THUMB_SIZE.height() - 2)
    path = QPainterPath()
    path.addRoundedRect(rect, 8, 8)
    colour = QColor("#FBE9E7") if status == "error" else QColor("#E8EEF3")
    painter.fillPath(path, colour)
    if status == "error":
        painter.setPen(QPen(QColor(theme.ERROR), 3))
        c = rect.center()
        painter.drawEllipse(c, 18, 18)
        painter.drawLine(QPointF(c.x(), c.y() - 9), QPointF(c.x(), c.y() + 3))
        painter.drawPoint(QPointF(c.x(), c.y() + 9))
    else:
        painter.setPen(QPen(QColor("#A9B7C4"), 3, Qt.PenStyle.DotLine))
        painter.drawEllipse(rect.center(), 14, 14)
    painter.end()
    return pixmap


def _thumbnail(image: QImage, kind: str) -> QPixmap:
    """The thumbnail cropped to the tile, with a play mark on clips."""
    pixmap = _canvas()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    rect = QRectF(0, 0, THUMB_SIZE.width(), THUMB_SIZE.height())
    path = QPainterPath()
    path.addRoundedRect(rect, 8, 8)
    painter.setClipPath(path)
    ratio = pixmap.devicePixelRatio()
    scaled = image.scaled(THUMB_SIZE * ratio, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                          Qt.TransformationMode.SmoothTransformation)
    scaled.setDevicePixelRatio(ratio)
    x = (scaled.width() / ratio - THUMB_SIZE.width()) / 2
    y = (scaled.height() / ratio - THUMB_SIZE.height()) / 2
    painter.drawImage(QPointF(-x, -y), scaled)
    if kind == "video":
        c = rect.center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 140))
        painter.drawEllipse(c, 18, 18)
        painter.setBrush(QColor("white"))
        painter.drawPolygon(QPolygonF([QPointF(c.x() - 6, c.y() - 9),
                                       QPointF(c.x() - 6, c.y() + 9),
                                       QPointF(c.x() + 10, c.y())]))
    painter.end()
    return pixmap


class MediaListModel(QAbstractListModel):
    """The event's media items (the project's ``media``) with each file's state."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[MediaItem, ...] = ()
        self._states: dict[Path | None, MediaState] = {}
        self._pixmaps: dict[tuple[Path | None, str], QPixmap] = {}

    # -- reading -------------------------------------------------------------------------------
    @property
    def items(self) -> tuple[MediaItem, ...]:
        return self._items

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._items)

    def item(self, row: int) -> MediaItem:
        return self._items[row]

    def state(self, row: int) -> MediaState:
        return self.state_for(self.items[row].path)

    def state_for(self, path: Path | None) -> MediaState:
        if path is None:
            return MediaState(status="ready", kind="none")
        return self._states.get(path, MediaState())

    def row_of(self, path: Path | None) -> int:
        for row, item in enumerate(self.items):
            if item.path == path:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        state = self.state_for(item.path)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.path.name if item.path else self.tr("(no photo)")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(item.path, state)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(item.path) if item.path else self.tr("A design without a photo")]
            if state.error is not None:
                text = describe(state.error)
                lines.append(text.message)
                if text.hint:
                    lines.append(text.hint)
            elif item.skip:
                lines.append(self.tr("Skipped in the export"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state.status == "error":
                return QColor(theme.ERROR)
            if item.skip:
                return QColor(theme.MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole and item.skip:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Roles.ITEM:
            return item
        if role == Roles.STATE:
            return state
        if role == Roles.ERROR:
            return describe(state.error) if state.error is not None else None
        if role == Roles.KEY:
            return str(item.path) if item.path else ""
        return None

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({Roles.ITEM: b"item", Roles.STATE: b"state", Roles.ERROR: b"error",
                      Roles.KEY: b"key"})
        return names

    def _pixmap(self, path: Path | None, state: MediaState) -> QPixmap:
        key = (path, state.status)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if state.status == "ready" and state.thumbnail is not None:
                pixmap = _thumbnail(state.thumbnail, state.kind)
            else:
                pixmap = _placeholder(state.kind, state.status)
            self._pixmaps[key] = pixmap
        return pixmap

    # -- a new list ----------------------------------------------------------------------------
    def reset(self, items: Iterable[MediaItem]) -> None:
        """Another event: every row and every file's state start over."""
        self.beginResetModel()
        self._items = tuple(items)
        self._states.clear()
        self._pixmaps.clear()
        self.endResetModel()

    def set_items(self, items: Iterable[MediaItem]) -> None:
        """The same event's media after an edit, undo or redo: rows are inserted, removed
        and changed (matched by file), so selections and scroll positions survive."""
        new = tuple(items)
        if new == self._items:
            return
        current = list(self._items)
        matcher = SequenceMatcher(a=[i.path for i in current], b=[i.path for i in new],
                                  autojunk=False)
        # From the end, so the rows of the steps still to come keep their numbers.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del current[i1:i2]
                self._items = tuple(current)
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                current[i1:i1] = new[j1:j2]
                self._items = tuple(current)
                self.endInsertRows()
        changed = [row for row, (a, b) in enumerate(zip(current, new, strict=True)) if a != b]
        self._items = new
        for row in changed:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    # -- what the GUI knows about each file ------------------------------------------------------
    def set_state(self, path: Path, state: MediaState) -> None:
        self._states[path] = state
        for key in [k for k in self._pixmaps if k[0] == path]:
            del self._pixmaps[key]
        row = self.row_of(path)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def forget(self, paths: set[Path]) -> None:
        for path in paths:
            self._states.pop(path, None)
        for key in [k for k in self._pixmaps if k[0] in paths]:
            del self._pixmaps[key]

    def states(self) -> dict[Path | None, MediaState]:
        return dict(self._states)


class TemplateListModel(QAbstractListModel):
    """The installed templates (by name) with thumbnails rendered from them."""

    def __init__(self, templates: list[LoadedTemplate], parent: Any = None) -> None:
        super().__init__(parent)
        self._templates = sorted(templates, key=lambda t: t.template.name.lower())
        self._thumbnails: dict[str, QPixmap] = {}
        self._blank: QPixmap | None = None

    def set_templates(self, templates: list[LoadedTemplate]) -> None:
        """Show a new list (the library was re-read); thumbnails are made again."""
        self.beginResetModel()
        self._templates = sorted(templates, key=lambda t: t.template.name.lower())
        self._thumbnails = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def template(self, row: int) -> LoadedTemplate:
        return self._templates[row]

    def row_of(self, template_id: str) -> int:
        for row, loaded in enumerate(self._templates):
            if loaded.id == template_id:
                return row
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        loaded = self._templates[index.row()]
        template = loaded.template
        if role == Qt.ItemDataRole.DisplayRole:
            return template.name
        if role == Qt.ItemDataRole.DecorationRole:
            # A QIcon is scaled to the view's icon size (a QPixmap is drawn as is).
            return QIcon(self._thumbnails.get(loaded.id) or self._placeholder())
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [template.name]
            if template.description:
                parts.append(template.description)
            parts.append(self.tr("Version %1 · %2").replace("%1", template.version)
                         .replace("%2", template.author or "—"))
            return "\n".join(parts)
        if role in (Roles.ITEM,):
            return loaded
        if role == Roles.KEY:
            return loaded.id
        return None

    def _placeholder(self) -> QPixmap:
        # Same size as a thumbnail, so views lay out the grid right before they arrive.
        if self._blank is None:
            self._blank = QPixmap(TEMPLATE_THUMB)
            self._blank.fill(QColor("#E8EEF3"))
        return self._blank

    def set_thumbnail(self, template_id: str, image: QImage) -> None:
        self._thumbnails[template_id] = QPixmap.fromImage(image)
        row = self.row_of(template_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def reset(self, templates: list[LoadedTemplate]) -> None:
        self.beginResetModel()
        self._templates = sorted(templates, key=lambda t: t.template.name.lower())
        self.endResetModel()


class PlatformListModel(QAbstractListModel):
    """Every platform preset, checkable: the checked ones are the event's platforms.

    The owner says which are chosen (:meth:`set_chosen`); a box the user ticks
    is offered back as :attr:`choiceEdited` with the whole new choice."""

    choiceEdited = Signal(list)  # platform ids

    def __init__(self, platforms: Iterable[Platform], parent: Any = None) -> None:
        super().__init__(parent)
        self._platforms: list[Platform] = list(platforms)
        self._chosen: tuple[str, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._platforms)

    def platform(self, row: int) -> Platform:
        return self._platforms[row]

    def row_of(self, platform_id: str) -> int:
        for row, platform in enumerate(self._platforms):
            if platform.id == platform_id:
                return row
        return -1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._platforms):
            return None
        platform = self._platforms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{platform_label(platform)}  ·  {platform_size(platform)}"
        if role == Qt.ItemDataRole.CheckStateRole:
            chosen = platform.id in self._chosen
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 pixels, caption up to %2 characters") \
                .replace("%1", platform_size(platform)) \
                .replace("%2", str(platform.caption.max_chars))
        if role == Roles.ITEM:
            return platform
        if role == Roles.KEY:
            return platform.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        platform = self._platforms[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked \
            if not isinstance(value, bool) else value
        chosen = [p for p in self._chosen if p != platform.id]
        if checked:
            chosen.append(platform.id)
        self.choiceEdited.emit(chosen)
        return True

    def chosen(self) -> tuple[str, ...]:
        return self._chosen

    def set_chosen(self, platform_ids: Iterable[str]) -> None:
        """The event's platforms (now): every check box may differ."""
        self._chosen = tuple(platform_ids)
        self.refresh()

    def refresh(self) -> None:
        if self._platforms:
            self.dataChanged.emit(self.index(0), self.index(len(self._platforms) - 1),
                                  [Qt.ItemDataRole.CheckStateRole,
                                   Qt.ItemDataRole.DisplayRole])


@dataclass(frozen=True)
class ProblemGroup:
    """One file's problem, with every platform it hit (one line instead of one per size)."""

    source: Path | None
    platform_ids: tuple[str, ...]
    error: StudioError


def group_problems(problems: list[ExportProblem]) -> list[ProblemGroup]:
    groups: dict[tuple, list] = {}
    for problem in problems:
        key = (problem.source, problem.error.code, problem.error.message)
        entry = groups.setdefault(key, [problem.error, []])
        if problem.platform_id and problem.platform_id not in entry[1]:
            entry[1].append(problem.platform_id)
    return [ProblemGroup(key[0], tuple(ids), error) for key, (error, ids) in groups.items()]


class ProblemListModel(QAbstractListModel):
    """Export problems in the user's language: the file, the sizes it failed for, why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[ProblemGroup] = []
        self._platforms: dict[str, Platform] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def set_problems(self, problems: list[ExportProblem],
                     platforms: dict[str, Platform]) -> None:
        self.beginResetModel()
        self._groups = group_problems(problems)
        self._platforms = platforms
        self.endResetModel()

    def group(self, row: int) -> ProblemGroup:
        return self._groups[row]

    def text(self, row: int) -> ErrorText:
        return describe(self._groups[row].error)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        text = describe(group.error)
        if role == Qt.ItemDataRole.DisplayRole:
            name = group.source.name if group.source else ""
            sizes = ", ".join(platform_label(self._platforms[p]) if p in self._platforms
                              else p for p in group.platform_ids)
            head = " · ".join(part for part in (name, sizes) if part)
            body = text.message + (f" {text.hint}" if text.hint else "")
            return f"{head}\n{body}" if head else body
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole path and the words in the user's language (not the core's English).
            where = str(group.source) if group.source else ""
            return "\n".join(part for part in (where, text.message, text.hint) if part)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.ERROR)
        if role == Roles.ITEM:
            return group
        if role == Roles.ERROR:
            return text
        return None


class RecentEventsModel(QAbstractListModel):
    """Recently opened event files (newest first); missing ones are shown greyed."""

    def __init__(self, paths: list[Path], parent: Any = None) -> None:
        super().__init__(parent)
        self._paths = list(paths)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._paths)

    def set_paths(self, paths: list[Path]) -> None:
        self.beginResetModel()
        self._paths = list(paths)
        self.endResetModel()

    def path(self, row: int) -> Path:
        return self._paths[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._paths):
            return None
        path = self._paths[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = path.name.removesuffix(".kegiatan.toml")
            return f"{name}\n{path.parent}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(path) if path.exists() else self.tr("Not found: %1").replace(
                "%1", str(path))
        if role == Qt.ItemDataRole.ForegroundRole and not path.exists():
            return QColor(theme.MUTED)
        if role == Roles.KEY:
            return str(path)
        return None

"""The live preview: the design at any platform size, and all chosen sizes side by side.

The big preview renders the selected media item for one platform at the
size of the screen (from the item's proxy, on a worker; a newer request
supersedes an older one). It takes the room the window has left — on a
1366x768 laptop most of the middle column — and zooms: *fit* (the whole design
in the room there is) or *100%* (one output pixel per screen pixel, scrolled).
Safe-area guides show where the platform's own buttons cover the picture. A
click on the photo sets the item's focal point (shown as a marker); for a clip,
the scrubber picks the moment and the trim, and the frame shows the branding
as it will be published (animated layers settled) unless the officer asks to
see the animation's timing. The column beside the preview renders every chosen
platform small, in one superseding job; it can be hidden to give a wide
preview the whole width.
"""

from __future__ import annotations

import logging
import math
import time

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.jobs.preview import (
    MediaInput,
    PreviewImage,
    PreviewRequest,
    StripItem,
    preview_point,
    render_preview,
    render_strip,
    source_point,
)
from gui.labels import platform_label, platform_size
from gui.operations import LatestOnly
from gui.production.video_scrubber import VideoScrubber
from gui.session import EventSession
from gui.theme import ElidedLabel, set_role
from studio.carousel import is_carousel_platform, page_fields, page_template, split_sizes
from studio.errors import StudioError
from studio.job import input_kind
from studio.platforms import Platform

# The side of the box a strip tile's picture fits in (a 4:5 tile is 77x96).
TILE_BOX = 96
TILE_WIDTH = 112  # the tile with its label
MIN_CANVAS = QSize(240, 200)
log = logging.getLogger(__name__)


class PreviewCanvas(QWidget):
    """Paints one preview image, the guides and the focal point; turns clicks into focus."""

    focusPicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewCanvas")
        self.setMinimumSize(MIN_CANVAS)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._preview: PreviewImage | None = None
        self._pixmap: QPixmap | None = None
        self._platform: Platform | None = None
        self._focus: tuple[float, float] | None = None
        self._guides = True
        self._hint = ""
        self._busy = False
        self._actual: QSizeF | None = None  # 100%: the image's size on screen

    # -- state ---------------------------------------------------------------------------------
    @property
    def preview(self) -> PreviewImage | None:
        return self._preview

    def set_preview(self, preview: PreviewImage | None) -> None:
        self._preview = preview
        if preview is None:
            self._pixmap = None
        else:
            self._pixmap = QPixmap.fromImage(preview.image)
        self.update()

    def set_platform(self, platform: Platform | None) -> None:
        self._platform = platform
        self.update()

    def set_focus(self, focus: tuple[float, float] | None) -> None:
        self._focus = focus
        self.update()

    def set_guides(self, on: bool) -> None:
        self._guides = on
        self.update()

    def set_hint(self, text: str) -> None:
        self._hint = text
        self.update()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update()

    def set_actual_size(self, size: QSizeF | None) -> None:
        """Show the image at ``size`` (logical pixels; 100% zoom), or fitted (None)."""
        self._actual = size
        self.update()

    def render_size(self) -> QSize:
        """Device pixels available for the image (what to ask the renderer for)."""
        ratio = self.devicePixelRatioF()
        return QSize(max(64, round((self.width() - 24) * ratio)),
                     max(64, round((self.height() - 24) * ratio)))

    # -- geometry ------------------------------------------------------------------------------
    def image_rect(self) -> QRectF:
        """Where the image is drawn, in widget coordinates (aspect of the platform)."""
        if self._platform is None:
            return QRectF()
        avail = QRectF(12, 12, max(1, self.width() - 24), max(1, self.height() - 24))
        aspect = self._platform.width / self._platform.height
        if self._actual is not None:
            w, h = self._actual.width(), self._actual.height()
        elif avail.width() / avail.height() > aspect:
            h = avail.height()
            w = h * aspect
        else:
            w = avail.width()
            h = w / aspect
        return QRectF(avail.x() + (avail.width() - w) / 2, avail.y() + (avail.height() - h) / 2,
                      w, h)

    def _to_image(self, point: QPointF) -> tuple[float, float] | None:
        if self._preview is None:
            return None
        rect = self.image_rect()
        if not rect.contains(point) or rect.width() <= 0:
            return None
        image = self._preview.image
        return ((point.x() - rect.x()) / rect.width() * image.width(),
                (point.y() - rect.y()) / rect.height() * image.height())

    def _to_widget(self, x: float, y: float) -> QPointF:
        rect = self.image_rect()
        image = self._preview.image
        return QPointF(rect.x() + x / image.width() * rect.width(),
                       rect.y() + y / image.height() * rect.height())

    def focus_widget_point(self) -> QPointF | None:
        """Where the focal point marker is drawn (None when not shown)."""
        if self._preview is None or self._focus is None:
            return None
        point = preview_point(self._preview, *self._focus)
        return self._to_widget(*point) if point else None

    def widget_point_for_source(self, fx: float, fy: float) -> QPointF | None:
        """The widget point showing the photo's point (fx, fy), if it shows (for tests)."""
        if self._preview is None:
            return None
        point = preview_point(self._preview, fx, fy)
        return self._to_widget(*point) if point else None

    # -- events --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._preview is None:
            return super().mousePressEvent(event)
        point = self._to_image(event.position())
        source = source_point(self._preview, *point) if point else None
        if source is not None:
            self.focusPicked.emit(*source)
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self._to_image(event.position())
        on_photo = point is not None and source_point(self._preview, *point) is not None
        self.setCursor(Qt.CursorShape.CrossCursor if on_photo else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#E9EEF3"))
        rect = self.image_rect()
        if self._pixmap is not None and rect.width() > 0:
            painter.fillRect(rect.adjusted(2, 3, 2, 3), QColor(0, 0, 0, 28))
            painter.drawPixmap(rect, self._pixmap, QRectF(self._pixmap.rect()))
            if self._guides and self._platform is not None:
                self._paint_guides(painter, rect)
            marker = self.focus_widget_point()
            if marker is not None:
                self._paint_marker(painter, marker)
        elif rect.width() > 0:
            painter.fillRect(rect, QColor("#DDE5EC"))
        if self._hint:
            self._paint_hint(painter, rect)
        if self._busy:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.BLUE))
            painter.drawEllipse(QPointF(rect.right() - 12, rect.top() + 12), 4, 4)
        painter.end()

    def _paint_guides(self, painter: QPainter, rect: QRectF) -> None:
        platform = self._platform
        sx = rect.width() / platform.width
        sy = rect.height() / platform.height
        safe = platform.safe
        inner = QRectF(rect.x() + safe.left * sx, rect.y() + safe.top * sy,
                       rect.width() - (safe.left + safe.right) * sx,
                       rect.height() - (safe.top + safe.bottom) * sy)
        if inner != rect:
            shade = QPainterPath()
            shade.addRect(rect)
            hole = QPainterPath()
            hole.addRect(inner)
            painter.fillPath(shade.subtracted(hole), QColor(179, 38, 30, 70))
            painter.setPen(QPen(QColor(255, 255, 255, 220), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(inner)
        if platform.grid_crop:
            # The profile grid shows only the middle (Instagram: 3:4 of a 4:5 post).
            gw, gh = platform.grid_crop
            left = rect.x() + (platform.width - gw) / 2 * sx
            right = left + gw * sx
            top = rect.y() + (platform.height - gh) / 2 * sy
            bottom = top + gh * sy
            painter.setPen(QPen(QColor(244, 180, 0, 230), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(left, top), QPointF(left, bottom))
            painter.drawLine(QPointF(right, top), QPointF(right, bottom))
        # Thirds help place the focal point.
        painter.setPen(QPen(QColor(255, 255, 255, 70), 1))
        for i in (1, 2):
            x = rect.x() + rect.width() * i / 3
            y = rect.y() + rect.height() * i / 3
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    def _paint_marker(self, painter: QPainter, point: QPointF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 110), 5))
        painter.drawEllipse(point, 14, 14)
        painter.setPen(QPen(QColor("white"), 2.5))
        painter.drawEllipse(point, 14, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.GOLD))
        painter.drawEllipse(point, 4, 4)

    def _paint_hint(self, painter: QPainter, rect: QRectF) -> None:
        font = painter.font()
        font.setWeight(font.Weight.DemiBold)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = int(min(rect.width() - 28, 420))
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        text = metrics.boundingRect(QRect(0, 0, max(40, width - 28), 2000), flags, self._hint)
        chip = QRectF(0, 0, text.width() + 28, text.height() + 16)
        # Upper third: the design's own title sits low in most templates.
        chip.moveCenter(QPointF(rect.center().x(), rect.top() + rect.height() * 0.3))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(6, 48, 79, 225))
        painter.drawRoundedRect(chip, 10, 10)
        painter.setPen(QColor("white"))
        painter.drawText(chip.adjusted(14, 8, -14, -8), flags, self._hint)


def tile_size(platform: Platform) -> QSize:
    """A strip tile's picture: the platform's aspect inside a TILE_BOX square."""
    if platform.width >= platform.height:
        return QSize(TILE_BOX, max(8, round(TILE_BOX * platform.height / platform.width)))
    return QSize(max(8, round(TILE_BOX * platform.width / platform.height)), TILE_BOX)


class StripTile(QFrame):
    """One small preview in the strip; a click shows that platform in the big preview."""

    clicked = Signal(str)

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.setObjectName(f"strip_{platform.id}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(tile_size(platform))
        self.image.setStyleSheet("background: #DDE5EC; border-radius: 4px;")
        self.label = set_role(QLabel(), "muted")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setObjectName("tileLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.label)
        self.setFixedWidth(TILE_WIDTH)
        self.set_selected(False)
        self.retranslate()

    def retranslate(self) -> None:
        width = TILE_WIDTH - 12
        name = self.label.fontMetrics().elidedText(platform_label(self.platform),
                                                   Qt.TextElideMode.ElideRight, width)
        self.label.setText(f"{name}\n{platform_size(self.platform)}")
        self.setToolTip(f"{platform_label(self.platform)} · {platform_size(self.platform)}")

    def set_selected(self, selected: bool) -> None:
        colour = theme.BLUE if selected else "transparent"
        self.setStyleSheet(f"StripTile {{ border: 2px solid {colour}; border-radius: 8px; }}")

    def set_image(self, pixmap: QPixmap) -> None:
        ratio = self.devicePixelRatioF()
        scaled = pixmap.scaled(self.image.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)  # sharp on high-DPI screens, same size on screen
        self.image.setPixmap(scaled)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.platform.id)
        super().mousePressEvent(event)


class PreviewPanel(QWidget):
    previewUpdated = Signal(object)  # PreviewImage now on screen
    stripUpdated = Signal()
    renderWarnings = Signal(object)  # tuple[RenderWarning, ...] of the big preview

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._row = -1
        self._platform_id = (session.project.platforms or tuple(session.resources.platforms))[0]
        self._position = 0.0
        self._settled = True  # a clip's animated layers shown settled (as published)
        self._requested_at = 0.0
        self.last_latency_ms = 0.0
        self._tiles: dict[str, StripTile] = {}

        self._heading = set_role(QLabel(), "heading")
        self.platform_combo = QComboBox()
        self.platform_combo.setObjectName("previewPlatform")
        self.platform_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.platform_combo.setMinimumContentsLength(16)
        self.platform_combo.setSizePolicy(QSizePolicy.Policy.Expanding,
                                          QSizePolicy.Policy.Fixed)
        self.platform_combo.setMaximumWidth(320)
        self.platform_combo.activated.connect(self._on_platform_activated)
        # In carousel mode: which page of the post the feed sizes show.
        self.page_combo = QComboBox()
        self.page_combo.setObjectName("carouselPage")
        self.page_combo.setVisible(False)
        self.page_combo.activated.connect(lambda _index: self.refresh())
        self.guides = QCheckBox()
        self.guides.setObjectName("safeAreaGuides")
        self.guides.setChecked(True)
        self.guides.toggled.connect(self._on_guides_toggled)
        # Zoom: the whole design in the room there is, or one output pixel per screen pixel.
        self.fit_button = QToolButton()
        self.fit_button.setObjectName("zoomFit")
        self.actual_button = QToolButton()
        self.actual_button.setObjectName("zoomActual")
        self._zoom = QButtonGroup(self)
        for number, button in enumerate((self.fit_button, self.actual_button)):
            button.setCheckable(True)
            self._zoom.addButton(button, number)
        self.fit_button.setChecked(True)
        self._zoom.idClicked.connect(self._on_zoom_clicked)
        self.strip_button = QToolButton()
        self.strip_button.setObjectName("showStrip")
        self.strip_button.setCheckable(True)
        self.strip_button.setChecked(True)
        self.strip_button.toggled.connect(self._on_strip_toggled)
        self.auto_focus = QPushButton()
        self.auto_focus.setObjectName("autoFocus")
        self.auto_focus.clicked.connect(self._on_auto_focus_clicked)
        # One line that gives way ("…") rather than widening the column when a photo arrives.
        self.focus_hint = set_role(ElidedLabel(), "muted")
        self.canvas = PreviewCanvas()
        self.canvas.focusPicked.connect(self._on_focus_picked)
        self.canvas_scroll = QScrollArea()
        self.canvas_scroll.setObjectName("previewScroll")
        self.canvas_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.canvas_scroll.setWidgetResizable(True)
        self.canvas_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas_scroll.setWidget(self.canvas)
        self.canvas_scroll.setMinimumSize(MIN_CANVAS)
        self.scrubber = VideoScrubber()
        self.scrubber.setVisible(False)
        self.scrubber.positionChanged.connect(self._on_position_changed)
        self.scrubber.trimChanged.connect(self._on_trim_changed)
        self.scrubber.coverChanged.connect(self._on_cover_changed)
        self.scrubber.settledChanged.connect(self._on_settled_changed)
        self.status = set_role(QLabel(), "warning")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self._strip_body = QWidget()
        self._strip_layout = QVBoxLayout(self._strip_body)
        self._strip_layout.setContentsMargins(2, 2, 2, 2)
        self._strip_layout.setSpacing(6)
        self._strip_layout.addStretch(1)
        strip_scroll = QScrollArea()
        strip_scroll.setObjectName("previewStrip")
        strip_scroll.setWidgetResizable(True)
        strip_scroll.setWidget(self._strip_body)
        strip_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip_scroll.setFixedWidth(TILE_WIDTH + 4 + 2 * 2 + 14)  # tile, margins, scroll bar
        self._strip_column = strip_scroll

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self._heading)
        bar.addWidget(self.platform_combo, 1)
        bar.addWidget(self.page_combo)
        bar.addWidget(self.guides)
        view = QHBoxLayout()
        view.setSpacing(8)
        view.addWidget(self.canvas_scroll, 1)
        view.addWidget(self._strip_column)
        # Under the picture: what a click does, then how the picture is shown.
        focus_row = QHBoxLayout()
        focus_row.setSpacing(8)
        focus_row.addWidget(self.focus_hint, 1)
        focus_row.addWidget(self.auto_focus)
        focus_row.addSpacing(6)
        focus_row.addWidget(self.fit_button)
        focus_row.addWidget(self.actual_button)
        focus_row.addWidget(self.strip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addLayout(view, 1)
        layout.addLayout(focus_row)
        layout.addWidget(self.scrubber)
        layout.addWidget(self.status)

        self._big = LatestOnly("preview", self)
        self._big.succeeded.connect(self._on_preview_succeeded)
        self._big.failed.connect(self._on_preview_failed)
        self._big.busy.connect(self.canvas.set_busy)
        self._small = LatestOnly("strip", self)
        self._small.succeeded.connect(self._on_strip_succeeded)
        self._small.failed.connect(self._on_strip_failed)
        self._big_timer = QTimer(self, singleShot=True, interval=10)
        self._big_timer.timeout.connect(self._on_big_timer_timeout)
        self._strip_timer = QTimer(self, singleShot=True, interval=180)
        self._strip_timer.timeout.connect(self._on_strip_timer_timeout)

        session.fieldChanged.connect(self._on_content_changed)
        session.templateChanged.connect(self._on_content_changed)
        session.projectReplaced.connect(self._on_project_replaced)
        session.platformsChanged.connect(self._on_platforms_changed)
        session.mediaChanged.connect(self._on_media_changed)
        session.mediaLoaded.connect(self._on_media_loaded)
        session.outputChanged.connect(self._on_output_changed)
        self._retranslate()
        self._fill_platforms()
        self._rebuild_strip()

    # -- what to show --------------------------------------------------------------------------
    @property
    def platform(self) -> Platform:
        return self._session.resources.platforms[self._platform_id]

    def set_current_row(self, row: int) -> None:
        self._row = row
        self._sync_scrubber()
        self.refresh()

    def _prefetch_next(self) -> None:
        """Decode the next photo's proxy now, so stepping to it shows it at once."""
        media = self._session.project.media
        following = self._row + 1
        if 0 <= following < len(media) and media[following].path is not None:
            state = self._session.media_state(following)
            if state is not None and state.status == "ready" and state.kind == "photo":
                self._session.request_proxy(media[following].path)

    def set_platform(self, platform_id: str) -> None:
        if platform_id not in self._session.resources.platforms:
            return
        self._platform_id = platform_id
        index = self.platform_combo.findData(platform_id)
        if index >= 0:
            self.platform_combo.setCurrentIndex(index)
        for pid, tile in self._tiles.items():
            tile.set_selected(pid == platform_id)
        self.canvas.set_platform(self.platform)
        self._apply_zoom()

    @property
    def zoom(self) -> str:
        """"fit" or "actual" (100%)."""
        return "actual" if self.actual_button.isChecked() else "fit"

    def set_zoom(self, zoom: str) -> None:
        (self.actual_button if zoom == "actual" else self.fit_button).setChecked(True)
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        if self.zoom == "actual":
            ratio = self.canvas.devicePixelRatioF()
            platform = self.platform
            size = QSizeF(platform.width / ratio, platform.height / ratio)
            self.canvas.set_actual_size(size)
            self.canvas.setMinimumSize(math.ceil(size.width()) + 24,
                                       math.ceil(size.height()) + 24)
            QTimer.singleShot(0, self._centre_scroll)
        else:
            self.canvas.set_actual_size(None)
            self.canvas.setMinimumSize(MIN_CANVAS)
        self.refresh(strip=False)

    def _centre_scroll(self) -> None:
        for bar in (self.canvas_scroll.horizontalScrollBar(),
                    self.canvas_scroll.verticalScrollBar()):
            bar.setValue((bar.minimum() + bar.maximum()) // 2)

    def _on_zoom_clicked(self, _id: int) -> None:
        self._apply_zoom()

    def _on_strip_toggled(self, on: bool) -> None:
        self._strip_column.setVisible(on)
        if on:
            self._strip_timer.start()

    def _on_settled_changed(self, settled: bool) -> None:
        self._settled = settled
        self.refresh()

    def refresh(self, *, strip: bool = True) -> None:
        self._requested_at = time.perf_counter()
        self._big_timer.start()
        if strip:
            self._strip_timer.start()

    def _item(self):
        media = self._session.project.media
        if 0 <= self._row < len(media):
            return media[self._row], self._session.media_state(self._row)
        return None, None

    def _request(self, platform: Platform, max_size: tuple[int, int], tag: object
                 ) -> PreviewRequest | None:
        """What to render, or None while the item's proxy is still being decoded."""
        item, state = self._item()
        media = None
        focus = None
        if item is not None and state is not None and state.status == "ready":
            focus = item.focus
            if state.kind == "video" and item.path is not None:
                media = MediaInput(video=item.path, t=self._position, trim=item.trim,
                                   source_size=state.size, settled=self._settled)
            elif item.path is not None:
                proxy = self._session.proxy(item.path)
                if proxy is None:
                    self._session.request_proxy(item.path)  # mediaLoaded brings us back
                    return None
                media = MediaInput(proxy=proxy)
        loaded = self._session.loaded_template
        fields = dict(self._session.project.fields)
        page = self.carousel_page(platform)
        if page is not None:
            kind, number, total, first = page
            loaded = page_template(loaded, kind)
            fields = page_fields(fields, kind, number, total, self._session.resources.brand)
            if kind == "closing":
                media, focus = None, None
            elif kind == "cover" and first is not None and first != self._row:
                # The cover shows the carousel's first photo, whichever is selected.
                cover = self._session.project.media[first]
                proxy = self._session.proxy(cover.path) if cover.path is not None else None
                if proxy is None:
                    if cover.path is not None:
                        self._session.request_proxy(cover.path)
                    return None
                media, focus = MediaInput(proxy=proxy), cover.focus
        return PreviewRequest(loaded=loaded, brand=self._session.resources.brand,
                              fields=fields, platform=platform,
                              media=media, focus=focus, max_size=max_size, tag=tag)

    def carousel_page(self, platform: Platform) -> tuple[str, int, int, int | None] | None:
        """The carousel page ``platform`` shows (kind, number, page count, row of the
        carousel's first photo), or None for a single post.

        In carousel mode the feed sizes show a page of the post the selected photo
        belongs to: its own slide, the post's cover (its first photo) or the
        closing page, as the page choice says. Pages are counted as the export
        numbers them (cover, a slide per usable photo, closing; split past the
        limit), so "3/8" here is "3/8" in the files.
        """
        project = self._session.project
        if not project.export.carousel or not is_carousel_platform(platform.id):
            return None
        try:
            spec = self._session.loaded_template.template.carousel
        except StudioError:
            return None
        if spec is None:
            return None
        rows = [n for n, item in enumerate(project.media)
                if not item.skip and item.path is not None and input_kind(item.path) == "photo"]
        closing = project.export.carousel_closing and spec.closing is not None
        wanted = self.page_combo.currentData() or "photo"
        if wanted == "closing" and not closing:
            wanted = "photo"
        if not rows:
            # No photo yet: the cover and the closing page still show the design.
            return ("closing", 2, 2, None) if wanted == "closing" else ("cover", 1, 1, None)
        position = rows.index(self._row) if self._row in rows else 0
        start, size = 0, len(rows)
        for size in split_sizes(len(rows), closing, spec.max_slides):
            if position < start + size:
                break
            start += size
        total = 1 + size + (1 if closing else 0)
        if wanted == "cover":
            return ("cover", 1, total, rows[start])
        if wanted == "closing":
            return ("closing", total, total, rows[start])
        if self._row not in rows:
            return ("cover", 1, total, rows[start])  # a clip or a skipped photo selected
        return ("slide", position - start + 2, total, rows[start])

    def _sync_pages(self) -> None:
        """Show the page choice in carousel mode; offer the closing page when it is made."""
        project = self._session.project
        try:
            spec = self._session.loaded_template.template.carousel
        except StudioError:
            spec = None
        on = bool(project.export.carousel and spec is not None
                  and any(is_carousel_platform(p.id) for p in self._session.chosen_platforms()))
        wanted = self.page_combo.currentData() or "photo"
        choices = [("photo", self.tr("This photo's slide")), ("cover", self.tr("Cover"))]
        if spec is not None and spec.closing is not None and project.export.carousel_closing:
            choices.append(("closing", self.tr("Closing page")))
        self.page_combo.blockSignals(True)
        self.page_combo.clear()
        for key, label in choices:
            self.page_combo.addItem(label, key)
        keys = [key for key, _ in choices]
        self.page_combo.setCurrentIndex(keys.index(wanted) if wanted in keys else 0)
        self.page_combo.blockSignals(False)
        self.page_combo.setVisible(on)

    def _on_big_timer_timeout(self) -> None:
        try:
            size = self.canvas.render_size()
            # Tagged with the carousel page it shows (None: a single post).
            request = self._request(self.platform, (size.width(), size.height()),
                                    self.carousel_page(self.platform))
        except StudioError as exc:
            self._on_preview_failed(exc)
            return
        if request is None:
            self.canvas.set_busy(True)
            self.canvas.set_hint(self.tr("Opening the photo…"))
            return
        self.canvas.set_platform(self.platform)
        self._big.submit(render_preview, request)
        self._update_hint()

    def _on_strip_timer_timeout(self) -> None:
        chosen = self._session.chosen_platforms()
        if not chosen or not self.strip_button.isChecked():
            return
        ratio = self.devicePixelRatioF()

        def tile_pixels(platform: Platform) -> tuple[int, int]:
            size = tile_size(platform) * ratio * 2  # sharp, with room to spare
            return size.width(), size.height()

        try:
            requests = tuple(self._request(p, tile_pixels(p), p.id) for p in chosen)
        except StudioError:
            return
        if None in requests:
            return  # the proxy is on its way; mediaLoaded asks again
        self._small.submit(render_strip, requests)

    def _on_preview_succeeded(self, preview: PreviewImage) -> None:
        if preview.platform_id != self._platform_id:
            return
        self.canvas.set_preview(preview)
        item, _state = self._item()
        self.canvas.set_focus(item.focus if item is not None else None)
        self.status.setVisible(False)
        self.last_latency_ms = (time.perf_counter() - self._requested_at) * 1000
        self.renderWarnings.emit(preview.warnings)
        self.previewUpdated.emit(preview)
        self._prefetch_next()  # after the current photo is on screen, never before it

    def _on_preview_failed(self, error: StudioError) -> None:
        from gui.error_messages import describe

        text = describe(error)
        self.status.setText(text.message + (f" {text.hint}" if text.hint else ""))
        self.status.setToolTip(text.detail)
        self.status.setVisible(True)

    def _on_strip_succeeded(self, items: list[StripItem]) -> None:
        for item in items:
            tile = self._tiles.get(item.platform_id)
            if item.image is None:
                # The big preview shows the problem in words; the tile stays as it was.
                log.info("strip preview failed: %s", item.error)
            elif tile is not None:
                tile.set_image(QPixmap.fromImage(item.image))
        self.stripUpdated.emit()

    def _on_strip_failed(self, error: StudioError) -> None:
        # The big preview shows the same problem in words; the strip just stays as it was.
        log.info("strip preview failed: %s", error.one_line())

    # -- reactions -----------------------------------------------------------------------------
    def _on_content_changed(self, *_args) -> None:
        self._sync_pages()
        self.refresh()

    def _on_output_changed(self) -> None:
        # Carousel mode on or off, the closing page asked for or not.
        self._sync_pages()
        self.refresh()

    def _on_project_replaced(self) -> None:
        chosen = self._session.project.platforms
        if chosen and self._platform_id not in chosen:
            self._platform_id = chosen[0]
        self._sync_pages()
        self._fill_platforms()
        self._rebuild_strip()
        self.refresh()

    def _on_platforms_changed(self) -> None:
        self._sync_pages()
        self._fill_platforms()
        self._rebuild_strip()
        self._strip_timer.start()

    def _on_media_changed(self) -> None:
        self._sync_scrubber()
        self.refresh()

    def _on_media_loaded(self, path) -> None:
        item, _state = self._item()
        if item is not None and item.path == path:
            self._sync_scrubber()
            self.refresh()
        elif self._cover_shows(path):
            self.refresh()  # the carousel's cover waited for its first photo
        elif item is None:
            self._update_hint()

    def _cover_shows(self, path) -> bool:
        """Whether a carousel cover asked for (large or in the strip) shows ``path``."""
        media = self._session.project.media
        for platform in [self.platform, *self._session.chosen_platforms()]:
            page = self.carousel_page(platform)
            if page is not None and page[0] == "cover" and page[3] is not None \
                    and page[3] < len(media) and media[page[3]].path == path:
                return True
        return False

    def _on_platform_activated(self, index: int) -> None:
        platform_id = self.platform_combo.itemData(index)
        if platform_id:
            self.set_platform(platform_id)

    def _on_guides_toggled(self, on: bool) -> None:
        self.canvas.set_guides(on)

    def _on_focus_picked(self, x: float, y: float) -> None:
        if 0 <= self._row < len(self._session.project.media):
            self._session.set_focus(self._row, (round(x, 4), round(y, 4)))

    def _on_auto_focus_clicked(self) -> None:
        if 0 <= self._row < len(self._session.project.media):
            self._session.set_focus(self._row, None)

    def _on_position_changed(self, seconds: float) -> None:
        self._position = seconds
        self.refresh(strip=False)
        self._strip_timer.start(400)

    def _on_trim_changed(self, trim) -> None:
        if 0 <= self._row < len(self._session.project.media):
            self._session.set_trim(self._row, trim)

    def _on_cover_changed(self, seconds) -> None:
        if 0 <= self._row < len(self._session.project.media):
            self._session.set_cover_at(self._row, seconds)

    def _sync_scrubber(self) -> None:
        item, state = self._item()
        is_clip = item is not None and state is not None and state.kind == "video" \
            and state.status == "ready"
        self.scrubber.setVisible(bool(is_clip))
        if is_clip:
            duration = state.duration or 0.0
            if self.scrubber.trim != item.trim or abs(
                    self.scrubber.slider.maximum() / 10 - duration) > 0.2:
                self.scrubber.set_clip(duration, item.trim)
                self._position = self.scrubber.position
            if self.scrubber.cover_at != item.cover_at:
                self.scrubber.set_cover_at(item.cover_at)
        self.auto_focus.setEnabled(item is not None and item.focus is not None)
        has_media = item is not None and item.path is not None and state is not None \
            and state.status != "error"
        # The hint keeps its place (empty without a photo) so the zoom buttons stay put.
        self.focus_hint.setText(self.tr("Click what must stay in view") if has_media else "")
        self.auto_focus.setVisible(has_media)

    def _update_hint(self) -> None:
        item, state = self._item()
        if item is None:
            self.canvas.set_hint(self.tr("Add photos or videos: drag them onto the strip "
                                         "above or click “Add photos or videos…”"))
        elif state is not None and state.status == "error":
            self.canvas.set_hint(self.tr("This file cannot be used — see the message above"))
        elif state is not None and state.status == "loading":
            self.canvas.set_hint(self.tr("Opening the photo…"))
        else:
            self.canvas.set_hint("")

    # -- platforms -----------------------------------------------------------------------------
    def _fill_platforms(self) -> None:
        combo = self.platform_combo
        combo.blockSignals(True)
        combo.clear()
        chosen = self._session.chosen_platforms()
        chosen_ids = {p.id for p in chosen}
        for platform in chosen:
            combo.addItem(f"{platform_label(platform)}  ·  {platform_size(platform)}",
                          platform.id)
        others = [p for p in self._session.resources.platforms.values() if p.id not in chosen_ids]
        if chosen and others:
            combo.insertSeparator(combo.count())
        for platform in others:
            combo.addItem(f"{platform_label(platform)}  ·  {platform_size(platform)}",
                          platform.id)
        index = combo.findData(self._platform_id)
        combo.setCurrentIndex(max(0, index))
        if index < 0 and combo.count():
            self._platform_id = combo.itemData(0)
        combo.blockSignals(False)
        self.canvas.set_platform(self.platform)

    def _rebuild_strip(self) -> None:
        for tile in self._tiles.values():
            self._strip_layout.removeWidget(tile)
            tile.hide()  # deleted when the event loop comes round; out of sight now
            tile.deleteLater()
        self._tiles.clear()
        for index, platform in enumerate(self._session.chosen_platforms()):
            tile = StripTile(platform)
            tile.clicked.connect(self._on_tile_clicked)
            tile.set_selected(platform.id == self._platform_id)
            self._strip_layout.insertWidget(index, tile)
            self._tiles[platform.id] = tile

    def _on_tile_clicked(self, platform_id: str) -> None:
        self.set_platform(platform_id)

    def tiles(self) -> dict[str, StripTile]:
        return dict(self._tiles)

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Preview"))
        self.guides.setText(self.tr("Safe-area guides"))
        self.guides.setToolTip(self.tr("Shaded: covered by the platform's buttons and "
                                       "captions. Gold lines: what the profile grid shows."))
        self.auto_focus.setText(self.tr("Automatic focus"))
        self.auto_focus.setToolTip(self.tr("Forget the focal point set by clicking"))
        self.canvas.setToolTip(self.tr("Click the photo to choose what must stay in view"))
        self._sync_scrubber()
        strip_scroll = self._strip_column
        strip_scroll.setToolTip(self.tr("All chosen sizes — click one to enlarge it"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole design in the room there is"))
        self.actual_button.setText(self.tr("100%"))
        self.actual_button.setToolTip(self.tr("Show the design at its real size, one pixel "
                                              "for each pixel of the post (scroll to move)"))
        self.strip_button.setText(self.tr("All sizes"))
        self.strip_button.setToolTip(self.tr("Show or hide every chosen size beside the "
                                             "preview"))
        self.platform_combo.setToolTip(self.tr("Preview at the size of this platform"))
        self.page_combo.setToolTip(self.tr("Which page of the carousel the feed sizes show"))
        self._sync_pages()
        for tile in self._tiles.values():
            tile.retranslate()
        if self._tiles:
            self._fill_platforms()
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._big_timer.start(60)

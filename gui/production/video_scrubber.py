"""The scrubber under the preview of a clip: pick a moment, set where the clip starts and ends.

Times are seconds of the source clip. The trim is stored on the media item
(``MediaItem.trim``) by the session; this widget only edits it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.labels import decimal_text, duration_text
from gui.theme import set_role

STEPS_PER_SECOND = 10


class TrimBar(QWidget):
    """A thin bar: the whole clip, the kept part in blue, the current moment as a tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(8)
        self._duration = 1.0
        self._trim: tuple[float, float] | None = None
        self._position = 0.0

    def set_values(self, duration: float, trim: tuple[float, float] | None,
                   position: float) -> None:
        self._duration = max(0.001, duration)
        self._trim = trim
        self._position = position
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#DCE4EB"))
        painter.drawRoundedRect(QRectF(0, 0, width, height), 4, 4)
        start, end = self._trim or (0.0, self._duration)
        x0 = start / self._duration * width
        x1 = min(end, self._duration) / self._duration * width
        painter.setBrush(QColor(theme.BLUE))
        painter.drawRoundedRect(QRectF(x0, 0, max(2.0, x1 - x0), height), 4, 4)
        painter.setBrush(QColor(theme.GOLD))
        x = self._position / self._duration * width
        painter.drawRect(QRectF(x - 1.5, 0, 3, height))
        painter.end()


class VideoScrubber(QWidget):
    positionChanged = Signal(float)
    trimChanged = Signal(object)  # (in, out) seconds, or None for the whole clip
    settledChanged = Signal(bool)  # True: animated layers shown as published
    coverChanged = Signal(object)  # seconds of the clip its cover shows, or None (default)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._duration = 0.0
        self._trim: tuple[float, float] | None = None
        self._cover_at: float | None = None
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("videoPosition")
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.bar = TrimBar()
        self.time_label = set_role(QLabel(), "muted")
        self.trim_label = set_role(QLabel(), "muted")
        self.in_button = QPushButton()
        self.in_button.setObjectName("trimIn")
        self.in_button.clicked.connect(self._on_in_clicked)
        self.out_button = QPushButton()
        self.out_button.setObjectName("trimOut")
        self.out_button.clicked.connect(self._on_out_clicked)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self._on_clear_clicked)
        # Off: the frame shows the branding as published (titles and logos settled in).
        self.timed = QCheckBox()
        self.timed.setObjectName("animationTiming")
        self.timed.toggled.connect(self._on_timed_toggled)
        # The clip's cover image (studio.video.cover): this moment, or the default.
        self.cover_button = QPushButton()
        self.cover_button.setObjectName("coverHere")
        self.cover_button.clicked.connect(self._on_cover_clicked)
        self.cover_reset = QPushButton()
        self.cover_reset.setObjectName("coverDefault")
        self.cover_reset.clicked.connect(self._on_cover_reset_clicked)
        self.cover_label = set_role(QLabel(), "muted")
        self.cover_label.setObjectName("coverLabel")

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.slider, 1)
        top.addWidget(self.time_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.in_button)
        buttons.addWidget(self.out_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        # The cover on the same rows as the trim: the preview column must fit a
        # 1366x768 laptop with a clip selected (a row of its own cost 37 px).
        buttons.addWidget(self.cover_button)
        buttons.addWidget(self.cover_reset)
        options = QHBoxLayout()
        options.setSpacing(12)
        options.addWidget(self.trim_label)
        options.addWidget(self.cover_label, 1)
        options.addWidget(self.timed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addLayout(options)
        self._retranslate()

    @property
    def position(self) -> float:
        return self.slider.value() / STEPS_PER_SECOND

    @property
    def trim(self) -> tuple[float, float] | None:
        return self._trim

    def set_clip(self, duration: float, trim: tuple[float, float] | None) -> None:
        self._duration = max(0.0, duration)
        self._trim = trim
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(1, int(self._duration * STEPS_PER_SECOND)))
        self.slider.setValue(int((trim[0] if trim else 0.0) * STEPS_PER_SECOND))
        self.slider.blockSignals(False)
        self._update_labels()

    @property
    def cover_at(self) -> float | None:
        return self._cover_at

    def set_cover_at(self, seconds: float | None) -> None:
        """Show the stored cover time (no signal: this is the event's value)."""
        self._cover_at = seconds
        self._update_labels()

    def _on_cover_clicked(self) -> None:
        self._cover_at = round(self.position, 2)
        self._update_labels()
        self.coverChanged.emit(self._cover_at)

    def _on_cover_reset_clicked(self) -> None:
        self._cover_at = None
        self._update_labels()
        self.coverChanged.emit(None)

    def set_position(self, seconds: float) -> None:
        self.slider.setValue(round(seconds * STEPS_PER_SECOND))

    def _on_slider_value_changed(self, _value: int) -> None:
        self._update_labels()
        self.positionChanged.emit(self.position)

    def _set_trim(self, trim: tuple[float, float] | None) -> None:
        if trim is not None:
            start, end = trim
            if end - start < 0.1:
                return
            if start <= 0.0 and end >= self._duration:
                trim = None  # the whole clip: nothing to store
        self._trim = trim
        self._update_labels()
        self.trimChanged.emit(trim)

    def _on_in_clicked(self) -> None:
        end = self._trim[1] if self._trim else self._duration
        self._set_trim((min(self.position, max(0.0, end - 0.1)), end))

    def _on_out_clicked(self) -> None:
        start = self._trim[0] if self._trim else 0.0
        self._set_trim((start, max(self.position, start + 0.1)))

    def _on_clear_clicked(self) -> None:
        self._set_trim(None)

    def _on_timed_toggled(self, timed: bool) -> None:
        self.settledChanged.emit(not timed)

    def _update_labels(self) -> None:
        self.time_label.setText(f"{duration_text(self.position)} / "
                                f"{duration_text(self._duration)}")
        if self._trim:
            start, end = self._trim
            self.trim_label.setText(self.tr("Kept: %1 – %2 (%3 s)")
                                    .replace("%1", duration_text(start))
                                    .replace("%2", duration_text(end))
                                    .replace("%3", decimal_text(end - start)))
        else:
            self.trim_label.setText(self.tr("The whole clip is kept"))
        self.clear_button.setEnabled(self._trim is not None)
        if self._cover_at is None:
            self.cover_label.setText(self.tr("Cover: automatic"))
            self.cover_label.setToolTip(self.tr("The cover shows the event's first photo, or "
                                                "the clip's first good picture"))
        else:
            self.cover_label.setText(self.tr("Cover: %1")
                                     .replace("%1", duration_text(self._cover_at)))
            self.cover_label.setToolTip(self.tr("The cover shows the picture at %1")
                                        .replace("%1", duration_text(self._cover_at)))
        self.cover_reset.setEnabled(self._cover_at is not None)
        self.bar.set_values(self._duration, self._trim, self.position)

    def _retranslate(self) -> None:
        self.in_button.setText(self.tr("Start here"))
        self.in_button.setToolTip(self.tr("The clip starts at the current moment"))
        self.out_button.setText(self.tr("End here"))
        self.out_button.setToolTip(self.tr("The clip ends at the current moment"))
        self.clear_button.setText(self.tr("Keep all"))
        self.timed.setText(self.tr("Show the animations' timing"))
        self.timed.setToolTip(self.tr("Off: titles and logos are shown as they stand once they "
                                      "have come in. On: as they are at this moment of the "
                                      "clip (fading or sliding in)."))
        self.cover_button.setText(self.tr("Use as cover"))
        self.cover_button.setToolTip(self.tr("The clip's cover image shows this moment"))
        self.cover_reset.setText(self.tr("Default cover"))
        self.cover_reset.setToolTip(self.tr("The cover shows the event's first photo, or the "
                                            "clip's first good picture"))
        self._update_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

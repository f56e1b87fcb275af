"""The About box: version, what it is built with and the licences that come with it,
and "Salin info dukungan" (copy support info) for a PIC to send to Diskominfo."""

from __future__ import annotations

import platform as _platform

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from gui import operations
from gui.theme import set_role
from studio import __version__
from studio.paths import BRANDING_DIR


def _ffmpeg_version() -> str:
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.__version__
    except Exception:  # the wheel is optional for photos
        return "—"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Studio Konten Cimahi"))
        title = set_role(QLabel(self.tr("Studio Konten Cimahi")), "title")
        version = set_role(QLabel(self.tr("Version %1").replace("%1", __version__)), "muted")
        purpose = QLabel(self.tr("Branded photos, videos and captions for the social-media "
                                 "officers of the Cimahi city government. Works offline."))
        purpose.setWordWrap(True)
        fonts = BRANDING_DIR / "fonts"
        licences = QLabel()
        licences.setObjectName("licences")
        licences.setTextFormat(Qt.TextFormat.RichText)
        licences.setOpenExternalLinks(True)
        licences.setWordWrap(True)
        rows = [
            (self.tr("Studio Konten Cimahi"), self.tr("MIT licence")),
            ("Plus Jakarta Sans", self.tr("SIL Open Font Licence 1.1 — <a href='%1'>licence "
                                          "text</a>").replace(
                "%1", (fonts / "OFL-PlusJakartaSans.txt").as_uri())),
            ("Noto Color Emoji", self.tr("SIL Open Font Licence 1.1 — <a href='%1'>licence "
                                         "text</a>").replace(
                "%1", (fonts / "OFL-NotoColorEmoji.txt").as_uri())),
            (f"FFmpeg (imageio-ffmpeg {_ffmpeg_version()})",
             self.tr("LGPL/GPL build of FFmpeg, shipped unchanged as a separate program")),
            (f"Qt {qVersion()} · PySide6 {PySide6.__version__}", self.tr("LGPLv3")),
            ("Pillow, NumPy, Jinja2, Babel, pydantic", self.tr("open-source licences (MIT, "
                                                               "BSD, HPND)")),
        ]
        items = "".join(f"<tr><td style='padding:3px 14px 3px 0'><b>{name}</b></td>"
                        f"<td style='padding:3px 0'>{text}</td></tr>" for name, text in rows)
        licences.setText(f"<table>{items}</table>")
        system = set_role(QLabel(f"Python {_platform.python_version()} · "
                                 f"{_platform.system()} {_platform.release()}"), "muted")
        logos = set_role(QLabel(self.tr("The logos in this build are stand-ins, not the "
                                        "official emblem of Kota Cimahi.")), "muted")
        logos.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.support = SupportInfo(self, buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 16)
        layout.setSpacing(10)
        for widget in (title, version, purpose, licences, logos, system, self.support.note):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


class SupportInfo(QObject):
    """The About box's "Copy support info" button: versions, OS and the last errors of
    the support log (:func:`studio.support.support_info`, no field values) to the
    clipboard. Gathering it runs ffmpeg, so it runs on a worker."""

    copied = Signal(str)

    def __init__(self, parent: QWidget, buttons: QDialogButtonBox) -> None:
        super().__init__(parent)
        self.button = buttons.addButton(self.tr("Copy support info"),
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.button.setObjectName("copySupportInfo")
        self.button.clicked.connect(self._on_button_clicked)
        self.note = set_role(QLabel(), "muted")
        self.note.setWordWrap(True)
        self.note.setVisible(False)

    def _on_button_clicked(self) -> None:
        self.button.setEnabled(False)
        extra = {"Qt": qVersion(), "PySide6": PySide6.__version__}
        operations.run(_support_info_job, extra, pool_name="media",
                       on_success=self._on_info_ready, on_failure=self._on_info_failed)

    def _on_info_ready(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.button.setEnabled(True)
        self.note.setText(self.tr("Support info copied. Paste it into your message to "
                                  "Diskominfo; it holds no event details."))
        self.note.setVisible(True)
        self.copied.emit(text)

    def _on_info_failed(self, error) -> None:
        self.button.setEnabled(True)
        self.note.setText(self.tr("The support info could not be gathered."))
        self.note.setVisible(True)


def _support_info_job(extra: dict[str, str], *, progress, cancel) -> str:
    from studio.support import support_info

    return support_info(extra)

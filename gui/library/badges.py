"""The "Official" / "Not official" mark on template cards, and what it means in words.

Official: a built-in template, or one from the shared library whose signature
from a trusted key was checked. Not official: a template made or imported on
this computer (it still works). Both the PIC's gallery and the designer's
library draw the same mark.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from studio.template.library import TemplateOrigin

translate = QCoreApplication.translate

OFFICIAL_FILL, OFFICIAL_INK = "#0B4F82", "#FFFFFF"
LOCAL_FILL, LOCAL_INK = "#FFF1C7", "#6B4A00"


def badge_text(origin: TemplateOrigin | None) -> str:
    if origin is None:
        return ""
    return translate("LibraryBadges", "Official") if origin.official else \
        translate("LibraryBadges", "Not official")


def origin_tooltip(origin: TemplateOrigin | None) -> str:
    """One or two sentences: where the template comes from and who signed it."""
    if origin is None:
        return ""
    if origin.kind == "built-in":
        return translate("LibraryBadges", "Official: comes with the app (version %1).").replace(
            "%1", origin.version)
    if origin.kind == "shared":
        return translate("LibraryBadges", "Official: from the shared library, version %1, "
                         "signed by %2.").replace("%1", origin.version).replace(
            "%2", origin.signer or "?")
    if origin.official:
        return translate("LibraryBadges", "Official: signed by %1 (installed on this "
                         "computer).").replace("%1", origin.signer or "?")
    text = translate("LibraryBadges", "Not official: made or imported on this computer, not "
                     "signed by a trusted designer.")
    if origin.replaces_official:
        text += " " + translate("LibraryBadges", "Used instead of the official template with "
                                "the same id, as chosen; the official one stays available.")
    return text


def paint_official_badge(painter: QPainter, thumb: QRectF, origin: TemplateOrigin | None,
                         *, point_size: float = 7.0) -> None:
    """A small pill at the bottom left of a thumbnail."""
    text = badge_text(origin)
    if not text:
        return
    painter.save()
    font = QFont(painter.font())
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = min(thumb.width() - 6, metrics.horizontalAdvance(text) + 10)
    height = metrics.height() + 3
    pill = QRectF(thumb.left() + 3, thumb.bottom() - height - 3, width, height)
    official = bool(origin and origin.official)
    # A white rim keeps the pill apart from a thumbnail in the same colours.
    painter.setPen(QPen(QColor("#FFFFFF"), 1.2))
    painter.setBrush(QColor(OFFICIAL_FILL if official else LOCAL_FILL))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(QColor(OFFICIAL_INK if official else LOCAL_INK))
    painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter),
                     metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 6))
    painter.restore()

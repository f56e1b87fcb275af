"""Names that come from data (platform presets, template fields) in the UI language.

Platform labels and field labels are written in Bahasa Indonesia in the data
files (``platforms.toml``, ``template.toml``): that is the app's first
language and the designers' wording, so it is shown as is. In English the
shared field vocabulary and the few Indonesian platform names have English
names here; anything else (a designer's own field) keeps its data label.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate

from gui.i18n import current_language, locale
from studio.platforms import Platform
from studio.template.model import TemplateField


def _english_fields() -> dict[str, str]:
    return {
        "judul": "Title",
        "subjudul": "Subtitle",
        "tanggal": "Date",
        "tanggal_selesai": "End date",
        "waktu": "Time",
        "zona": "Time zone",
        "lokasi": "Place",
        "penyelenggara": "Organiser",
        "deskripsi": "Description (for the caption)",
        "nama": "Name",
        "jabatan": "Position",
        "ucapan": "Greeting",
        "tagar": "Extra hashtags",
    }


_ENGLISH_PLATFORMS = {
    "facebook_landscape": "Facebook Link 1.91:1",
    "facebook_event_cover": "Facebook Event Cover",
    "youtube_thumbnail": "YouTube Thumbnail",
    "whatsapp_status": "WhatsApp Status",
}


def field_label(f: TemplateField) -> str:
    if current_language() == "en":
        return _english_fields().get(f.key, f.label)
    return f.label


def platform_label(platform: Platform) -> str:
    if current_language() == "en":
        return _ENGLISH_PLATFORMS.get(platform.id, platform.label)
    return platform.label


def platform_size(platform: Platform) -> str:
    return f"{platform.width}\u00d7{platform.height}"


def network_name(network: str) -> str:
    names = {"instagram": "Instagram", "facebook": "Facebook", "x": "X", "tiktok": "TikTok",
             "youtube": "YouTube", "whatsapp": "WhatsApp", "threads": "Threads",
             "linkedin": "LinkedIn"}
    return names.get(network, network.title())


def duration_text(seconds: float) -> str:
    """``m:ss.s`` with the language's decimal sign (0:02,5 in Indonesian)."""
    seconds = max(0.0, seconds)
    minutes, rest = divmod(round(seconds * 10) / 10, 60)
    return f"{int(minutes)}:{rest:04.1f}".replace(".", locale().decimalPoint())


def seconds_text(seconds: float) -> str:
    """A duration for people: "12 s" / "3:05" in English, "12 dtk" / "3:05" in Indonesian."""
    seconds = round(max(0.0, seconds))
    if seconds < 60:
        return QCoreApplication.translate("Labels", "%1 s").replace("%1", str(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def decimal_text(value: float, decimals: int = 1) -> str:
    return locale().toString(float(value), "f", decimals)


def ratio_text(ratio: float) -> str:
    """A contrast ratio with one decimal in the language's form: "4,5:1" / "4.5:1"."""
    return f"{decimal_text(ratio, 1)}:1"


def date_time_text(when: _dt.datetime) -> str:
    """A moment for people: "4 Desember 2026, 15.30" / "4 December 2026, 15:30"."""
    date = QDate(when.year, when.month, when.day)
    day = locale().toString(date, "d MMMM yyyy")
    separator = ":" if current_language() == "en" else "."
    return f"{day}, {when.hour:02d}{separator}{when.minute:02d}"


def untitled() -> str:
    return QCoreApplication.translate("Labels", "Untitled event")

"""Caption files: the one place that turns a rendered caption into the bytes of a file.

Every export writes captions through here - beside each platform's images
(``<out>/<platform>/caption.txt``, or ``<name>.caption.txt`` for an item whose
caption differs), written by the export engine (:mod:`studio.batch`) with its
journal, and ``python main.py caption --output`` (``<platform_id>.txt``).
The text is normalised once: the caption and exactly one final newline,
UTF-8. Writes are atomic through :func:`studio.export.write_atomic`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from studio.brand import BrandKit
from studio.caption.compose import CaptionResult, render_caption
from studio.caption.model import CaptionTemplate
from studio.platforms import Platform

# Beside each platform's images.
CAPTION_FILE_NAME = "caption.txt"


def caption_file_text(result: CaptionResult) -> str:
    """What goes in the file: the caption and exactly one final newline."""
    return result.text.rstrip("\n") + "\n"


def caption_file_data(template: CaptionTemplate, fields: Mapping[str, str], platform: Platform,
                      brand: BrandKit) -> tuple[bytes, CaptionResult]:
    """The bytes of one platform's caption file, and the render (count, warnings).

    The photo credit line is the brand kit's credit, as the caption panel shows it.
    """
    result = render_caption(template, fields, platform, fixed_hashtags=brand.hashtags,
                            mentions=brand.mentions, photo_credit=brand.credit)
    return caption_file_text(result).encode("utf-8"), result


def write_caption_file(result: CaptionResult, folder: Path, *, overwrite: bool = False) -> Path:
    """Write ``folder/<platform_id>.txt`` atomically and return its path."""
    from studio.export import write_atomic  # Pillow-heavy; only needed when writing

    path = Path(folder) / f"{result.platform_id}.txt"
    return write_atomic(path, caption_file_text(result).encode("utf-8"), overwrite=overwrite)

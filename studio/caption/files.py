"""Writing captions to text files beside an export (``captions/<platform_id>.txt``).

One UTF-8 file per platform, written atomically through
:func:`studio.export.write_atomic` (a temporary file in the same folder, then
``os.replace``), so a full disk never leaves half a caption under the real
name. ``python main.py export`` calls :func:`write_caption_files`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from studio.brand import BrandKit, default_brand
from studio.caption.compose import CaptionResult, render_caption
from studio.caption.model import get_caption_template
from studio.paths import CAPTIONS_DIR
from studio.platforms import Platform

# Beside each platform's images, as the batch engine writes them too.
CAPTION_FILE_NAME = "caption.txt"


def caption_file_text(result: CaptionResult) -> str:
    """What goes in the file: the caption and one final newline."""
    return result.text + "\n"


def write_caption_file(result: CaptionResult, folder: Path, *, overwrite: bool = False) -> Path:
    """Write ``folder/<platform_id>.txt`` atomically and return its path."""
    from studio.export import write_atomic  # Pillow-heavy; only needed when writing

    path = Path(folder) / f"{result.platform_id}.txt"
    return write_atomic(path, caption_file_text(result).encode("utf-8"), overwrite=overwrite)


def write_caption_files(caption_id: str, fields: Mapping[str, str],
                        platforms: Iterable[Platform], output_dir: Path, *,
                        brand: BrandKit | None = None, overwrite: bool = False,
                        directory: Path = CAPTIONS_DIR
                        ) -> Iterator[tuple[Path, tuple[str, ...]]]:
    """Render ``caption_id`` for each platform into ``output_dir/<platform_id>/caption.txt``.

    That is the layout the batch engine uses: each platform's folder holds its
    images and the caption to paste with them. Yields (path, warnings) per file.
    """
    from studio.export import safe_name, write_atomic

    template = get_caption_template(caption_id, directory)
    brand = brand or default_brand()
    for platform in platforms:
        result = render_caption(template, fields, platform, fixed_hashtags=brand.hashtags,
                                mentions=brand.mentions)
        path = Path(output_dir) / safe_name(platform.id) / CAPTION_FILE_NAME
        data = caption_file_text(result).encode("utf-8")
        yield write_atomic(path, data, overwrite=overwrite), result.warnings

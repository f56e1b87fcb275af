"""The sample event ("Coba dengan contoh"): real templates, sample media, typical details.

The details come from ``gui/resources/sample_event.toml`` (data); the media
are the photos and clips shipped in ``samples/``. A project file in
``samples/`` wins when there is one. Either way the result is an unsaved copy
whose files go to the user's own output folder, never into the install.
"""

from __future__ import annotations

import datetime as _dt
import tomllib
from dataclasses import replace
from pathlib import Path

from studio.errors import StudioError
from studio.media import PHOTO_EXTENSIONS, is_video_path
from studio.paths import GUI_RESOURCES_DIR, SAMPLES_DIR
from studio.project import PROJECT_SUFFIX, Project, load_project, new_project

SAMPLE_DETAILS = GUI_RESOURCES_DIR / "sample_event.toml"


def sample_media(folder: Path = SAMPLES_DIR) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and (p.suffix.lower() in PHOTO_EXTENSIONS or is_video_path(p)))


def sample_project(output_dir: Path, folder: Path = SAMPLES_DIR) -> Project:
    for candidate in sorted(folder.glob(f"*{PROJECT_SUFFIX}")) if folder.is_dir() else ():
        try:
            project = load_project(candidate)
        except StudioError:
            continue
        return replace(project, path=None, problems=(),
                       output_dir=Path(output_dir).resolve())
    data = tomllib.loads(SAMPLE_DETAILS.read_text(encoding="utf-8"))
    fields = dict(data.get("fields", {}))
    fields.setdefault("tanggal", _dt.date.today().isoformat())
    return new_project("", data.get("template", "liputan-kegiatan"), output_dir,
                       media=sample_media(folder), platforms=data.get("platforms", ()),
                       fields=fields)

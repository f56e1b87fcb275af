"""The fuzz targets by name: one module per kind of input the app takes from strangers."""

from __future__ import annotations

from tests.fuzz.harness import Target


def all_targets() -> dict[str, Target]:
    from tests.fuzz.targets import captions, photo, projects, sheets, subtitles, templates

    targets = (photo.TARGET, templates.FOLDER_TARGET, templates.PACKAGE_TARGET,
               projects.TARGET, captions.TARGET, subtitles.TARGET, sheets.TARGET)
    return {t.name: t for t in targets}

"""The template library: built-in templates plus the ones a user imported.

Built-in templates ship in ``templates/``; imported and user-made ones live in
the user's data folder and win over a built-in one with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studio.errors import TemplateError
from studio.paths import TEMPLATES_DIR, user_templates_dir
from studio.template.loader import LibraryProblem, LoadedTemplate, scan_library


@dataclass
class TemplateLibrary:
    """Templates by id from ``dirs`` (later dirs override earlier ones)."""

    dirs: tuple[Path, ...]
    templates: dict[str, LoadedTemplate] = field(default_factory=dict)
    problems: list[LibraryProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.templates, self.problems = scan_library(*self.dirs)

    @property
    def user_dir(self) -> Path:
        return self.dirs[-1]

    def get(self, template_id: str) -> LoadedTemplate:
        try:
            return self.templates[template_id]
        except KeyError:
            raise TemplateError(
                f"unknown template {template_id!r}",
                hint="available: " + ", ".join(sorted(self.templates)),
                code="template.unknown",
                template=template_id,
            ) from None

    def ids(self) -> list[str]:
        return sorted(self.templates)

    def is_builtin(self, template_id: str) -> bool:
        loaded = self.templates.get(template_id)
        return bool(loaded) and loaded.folder.parent.resolve() == self.dirs[0].resolve()


def default_library(extra_user_dir: Path | None = None) -> TemplateLibrary:
    return TemplateLibrary(dirs=(TEMPLATES_DIR, extra_user_dir or user_templates_dir()))

"""The template library: which folder each template id means on this computer.

Three kinds of templates meet here:

- **built-in** ones ship in ``templates/`` with the app (official: they come
  with the program, inside the same trust boundary as its code);
- **shared** ones from the city's shared library (official: their signature was
  checked against the trust store when they were copied in, and is checked
  again whenever the library is read — a key revoked later stops them);
- **local** ones the user imported or made, in the user data folder (not
  official, unless the folder carries a valid signature from a trusted key).

For one id the official template is used: the shared version in use, else the
built-in one. A local template with the id of an official one replaces it only
after an explicit choice (``templates use ID local``, the designer saving their
change to it, or importing with the choice); the official one stays available
and one choice brings it back. Without the choice the local copy is listed in
:attr:`TemplateLibrary.shadowed` and the official one is used.

An event pins the versions it was made with (:meth:`TemplateLibrary.with_pins`):
while the pinned version is still on this computer, the event renders with it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from studio.errors import StudioError, TemplateError
from studio.paths import TEMPLATES_DIR, user_templates_dir
from studio.template.loader import LibraryProblem, LoadedTemplate, load_template, scan_library

OriginKind = Literal["built-in", "shared", "local"]


@dataclass(frozen=True)
class TemplateOrigin:
    """Where the template in use comes from and whether it is official."""

    kind: OriginKind
    official: bool
    version: str
    signer: str = ""  # the trusted signer's name (shared or signed local templates)
    key_id: str = ""
    problem: StudioError | None = None  # why a signed local template is not official
    replaces_official: bool = False  # a local template chosen over an official one


@dataclass
class TemplateLibrary:
    """Templates by id. ``dirs[0]`` holds the official built-in templates and later
    dirs the user's own; ``shared`` adds the shared library's versions in use."""

    dirs: tuple[Path, ...]
    shared: bool = False
    templates: dict[str, LoadedTemplate] = field(default_factory=dict)
    problems: list[LibraryProblem] = field(default_factory=list)
    origins: dict[str, TemplateOrigin] = field(default_factory=dict)
    shadowed: dict[str, LoadedTemplate] = field(default_factory=dict)
    pins: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    pin_misses: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reload()

    def reload(self) -> None:
        builtin, problems = scan_library(self.dirs[0])
        local, local_problems = scan_library(*self.dirs[1:]) if len(self.dirs) > 1 else ({}, [])
        problems += local_problems
        shared: dict[str, tuple[LoadedTemplate, TemplateOrigin]] = {}
        choices: Mapping[str, str] = {}
        trust = None
        if self.shared:
            from studio.library.installed import shared_templates, template_choices
            from studio.library.trust import load_trust

            try:
                trust = load_trust()
            except StudioError as exc:
                problems.append(LibraryProblem(self.dirs[-1], _as_template_error(exc)))
            else:
                shared, shared_problems = shared_templates(trust)
                problems += shared_problems
            choices = template_choices()
        templates: dict[str, LoadedTemplate] = {}
        origins: dict[str, TemplateOrigin] = {}
        shadowed: dict[str, LoadedTemplate] = {}
        for template_id in sorted(set(builtin) | set(local) | set(shared)):
            official: tuple[LoadedTemplate, TemplateOrigin] | None = None
            if template_id in shared:
                official = shared[template_id]
            elif template_id in builtin:
                loaded = builtin[template_id]
                official = (loaded, TemplateOrigin("built-in", True, loaded.template.version))
            own = local.get(template_id)
            if own is not None and (official is None or choices.get(template_id) == "local"):
                templates[template_id] = own
                origins[template_id] = _local_origin(own, trust,
                                                     replaces=official is not None)
                if official is not None:
                    shadowed[template_id] = official[0]
            else:
                assert official is not None
                templates[template_id], origins[template_id] = official
                if own is not None:
                    shadowed[template_id] = own
        self.templates, self.problems = templates, problems
        self.origins, self.shadowed = origins, shadowed

    @property
    def user_dir(self) -> Path:
        return self.dirs[-1]

    def get(self, template_id: str) -> LoadedTemplate:
        try:
            loaded = self.templates[template_id]
        except KeyError:
            raise TemplateError(
                f"unknown template {template_id!r}",
                hint="available: " + ", ".join(sorted(self.templates)),
                code="template.unknown",
                template=template_id,
            ) from None
        pin = self.pins.get(template_id)
        if pin and pin != loaded.template.version:
            pinned = self.find_version(template_id, pin)
            if pinned is not None:
                return pinned
            self.pin_misses[template_id] = pin
        return loaded

    def ids(self) -> list[str]:
        return sorted(self.templates)

    def is_builtin(self, template_id: str) -> bool:
        loaded = self.templates.get(template_id)
        return bool(loaded) and loaded.folder.parent.resolve() == self.dirs[0].resolve()

    def origin(self, template_id: str) -> TemplateOrigin | None:
        return self.origins.get(template_id)

    def is_official(self, template_id: str) -> bool:
        origin = self.origins.get(template_id)
        return origin is not None and origin.official

    # -- versions --------------------------------------------------------------------------
    def find_version(self, template_id: str, version: str) -> LoadedTemplate | None:
        """``version`` of ``template_id`` if this computer still has it (checked), else None."""
        from studio.library.versions import is_version, same_version

        if not is_version(version):
            return None
        candidates = [self.templates.get(template_id), self.shadowed.get(template_id)]
        builtin = self.dirs[0] / template_id
        for loaded in candidates:
            if loaded is not None and same_version(loaded.template.version, version):
                return loaded
        if self.shared:
            from studio.library.installed import cached_template

            loaded = cached_template(template_id, version)
            if loaded is not None:
                return loaded
        try:
            loaded = load_template(builtin)
        except TemplateError:
            return None
        return loaded if same_version(loaded.template.version, version) else None

    def with_pins(self, pins: Mapping[str, str]) -> TemplateLibrary:
        """A view of this library that renders pinned templates at their pinned version."""
        view = copy.copy(self)
        view.pins = MappingProxyType(dict(pins))
        view.pin_misses = {}
        return view

    def versions_in_use(self, template_ids: list[str] | tuple[str, ...] | set[str]
                        ) -> dict[str, str]:
        """The version each of ``template_ids`` renders with now (pins included)."""
        result = {}
        for template_id in template_ids:
            if template_id in self.templates:
                result[template_id] = self.get(template_id).template.version
        return result


def _as_template_error(exc: StudioError) -> TemplateError:
    error = TemplateError(exc.message, path=exc.path, hint=exc.hint, code=exc.code,
                          **exc.params)
    return error


def _local_origin(loaded: LoadedTemplate, trust, *, replaces: bool) -> TemplateOrigin:
    version = loaded.template.version
    if trust is None:
        return TemplateOrigin("local", False, version, replaces_official=replaces)
    from studio.library.installed import folder_official

    status = folder_official(loaded.folder, trust, loaded.id)
    return TemplateOrigin("local", status.official, version, status.signer, status.key_id,
                          status.error if status.signed else None, replaces)


def default_library(extra_user_dir: Path | None = None) -> TemplateLibrary:
    """Built-in, shared (the versions in use) and the user's own templates."""
    return TemplateLibrary(dirs=(TEMPLATES_DIR, extra_user_dir or user_templates_dir()),
                           shared=True)

"""What the template library reads from the local copy of the shared library.

Each template version in use is checked again (signature, trusted key, every
file's hash) whenever the library is read: a key revoked after the version was
copied in stops it at once, and a file changed in the cache is caught (see
:func:`studio.library.official.folder_official`, which remembers answers).
"""

from __future__ import annotations

from pathlib import Path

from studio.errors import LibraryError, StudioError, TemplateError
from studio.library.official import folder_official
from studio.library.store import (
    BRAND_ID,
    cached_versions,
    content_folder,
    load_state,
)
from studio.library.trust import TrustStore, load_trust
from studio.template.library import TemplateOrigin
from studio.template.loader import LibraryProblem, LoadedTemplate, load_template


def _problem(folder: Path, error: StudioError) -> LibraryProblem:
    return LibraryProblem(folder, TemplateError(error.message, path=error.path or folder,
                                                hint=error.hint, code=error.code,
                                                **error.params))


def shared_templates(trust: TrustStore) -> tuple[dict[str, tuple[LoadedTemplate, TemplateOrigin]],
                                                 list[LibraryProblem]]:
    """The shared templates in use that still pass every check, and the ones that do not."""
    state = load_state()
    found: dict[str, tuple[LoadedTemplate, TemplateOrigin]] = {}
    problems: list[LibraryProblem] = []
    for template_id, entry in sorted(state.templates.items()):
        if not entry.active:
            continue
        folder = content_folder("template", template_id, entry.active)
        if not folder.is_dir():
            problems.append(_problem(folder, LibraryError(
                f"version {entry.active} of {template_id!r} is missing from the local copy",
                path=folder, code="library.version_missing",
                hint="sync with the shared library again", item=template_id,
                version=entry.active)))
            continue
        status = folder_official(folder, trust, template_id)
        if not status.official:
            assert status.error is not None
            problems.append(_problem(folder, status.error))
            continue
        try:
            loaded = load_template(folder)
        except TemplateError as exc:
            problems.append(LibraryProblem(folder, exc))
            continue
        found[template_id] = (loaded, TemplateOrigin("shared", True, loaded.template.version,
                                                     status.signer, status.key_id))
    return found, problems


def template_choices() -> dict[str, str]:
    return {k: e.choice for k, e in load_state().templates.items() if e.choice}


def cached_template(template_id: str, version: str,
                    trust: TrustStore | None = None) -> LoadedTemplate | None:
    """A cached version of a shared template, if it is there and still passes every check."""
    for cached in cached_versions("template", template_id):
        from studio.library.versions import same_version

        if not same_version(cached, version):
            continue
        folder = content_folder("template", template_id, cached)
        try:
            if not folder_official(folder, trust or load_trust(), template_id).official:
                return None
            return load_template(folder)
        except StudioError:
            return None
    return None


def brand_origin(root: Path, builtin: Path) -> TemplateOrigin:
    """Official or not, for the brand kit folder ``root`` (as :func:`brand_root` chose it)."""
    if root == builtin:
        return TemplateOrigin("built-in", True, "")
    entry = load_state().brand
    if entry.active and root == content_folder("brand", BRAND_ID, entry.active):
        status = folder_official(root, load_trust(), BRAND_ID, kind="brand")
        return TemplateOrigin("shared", status.official, entry.active, status.signer,
                              status.key_id)
    return TemplateOrigin("local", False, "")

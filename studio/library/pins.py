"""An event keeps the template versions it was made with until the PIC updates it.

A project records ``template_versions`` (template id -> version) for its
template and every per-item template override. Rendering asks the library
through :func:`pinned_library`, which returns the pinned version while this
computer still has it (the shared library's local copy keeps every version).
A newer version in use elsewhere is offered by :func:`event_updates` and taken
by :func:`update_event_templates` — the PIC's choice, never automatic.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.library.versions import is_newer, is_version
from studio.project import Project
from studio.template.library import TemplateLibrary


def project_template_ids(project: Project) -> list[str]:
    ids = {project.template}
    ids.update(item.template for item in project.media if item.template)
    return sorted(ids)


def pin_versions(project: Project, library: TemplateLibrary) -> Project:
    """Record the version in use for every template of ``project`` that has no pin yet
    (and forget pins of templates the event no longer uses)."""
    used = project_template_ids(project)
    versions = {k: v for k, v in project.template_versions.items() if k in used}
    for template_id in used:
        if template_id not in versions and template_id in library.templates:
            versions[template_id] = library.templates[template_id].template.version
    if versions == dict(project.template_versions):
        return project
    return project.with_template_versions(versions)


def pinned_library(project: Project, library: TemplateLibrary) -> TemplateLibrary:
    """``library`` as this event sees it: pinned templates at their pinned version."""
    return library.with_pins(project.template_versions)


@dataclass(frozen=True)
class EventTemplateUpdate:
    template_id: str
    pinned: str
    current: str
    available: bool  # False: the pinned version is gone from this computer (renders current)


def event_updates(project: Project, library: TemplateLibrary) -> list[EventTemplateUpdate]:
    """Templates of the event whose version in use is newer than the event's (or missing)."""
    result = []
    for template_id, pinned in sorted(project.template_versions.items()):
        loaded = library.templates.get(template_id)
        if loaded is None or not is_version(pinned):
            continue
        current = loaded.template.version
        if is_newer(current, pinned) or library.find_version(template_id, pinned) is None:
            result.append(EventTemplateUpdate(
                template_id, pinned, current,
                library.find_version(template_id, pinned) is not None))
    return result


def update_event_templates(project: Project, library: TemplateLibrary,
                           template_ids: list[str] | None = None) -> Project:
    """Move the event to the versions in use now (all its templates, or ``template_ids``)."""
    versions = dict(project.template_versions)
    for template_id in template_ids or project_template_ids(project):
        if template_id in library.templates:
            versions[template_id] = library.templates[template_id].template.version
    return project.with_template_versions(versions)

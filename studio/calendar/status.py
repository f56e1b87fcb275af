"""What the app can tell about a planned post by looking at its files.

- the event file exists: the post is made (``dibuat``);
- the event's output folder holds an export manifest with at least one
  written output: it is exported (``diekspor``).

"Uploaded" (``diunggah``) happens outside the app; only the PIC sets it. A
status never goes back because of what is found: the effective status is the
later of the stored one and the detected one (an event file on a colleague's
own disk is invisible here, yet the plan remembers it was made).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from pathlib import Path

from studio.calendar.plan import ContentPlan, PlanEntry, Status, later_status
from studio.errors import StudioError
from studio.progress import CancelToken

MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_EVENT_BYTES = 8 * 1024 * 1024
# The export engine's report (one per run) in the output folder; a stranger's file
# already there makes it number its own (manifest-2.json).
MANIFEST_GLOB = "manifest*.json"


def _event_output(event: Path) -> tuple[Path, str] | None:
    """(output folder, event name) from an event file, read without checking its media."""
    try:
        if event.stat().st_size > MAX_EVENT_BYTES:
            return None
        data = tomllib.loads(event.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    from studio.project import project_from_data

    try:
        project = project_from_data(data, event)
    except StudioError:
        return None
    return project.output_dir, project.name


def _exported(output_dir: Path, name: str) -> bool:
    try:
        manifests = sorted(output_dir.glob(MANIFEST_GLOB))
    except OSError:
        return False
    for manifest in manifests:
        try:
            if manifest.stat().st_size > MAX_MANIFEST_BYTES:
                continue
            report = json.loads(manifest.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if not isinstance(report, dict):
            continue
        # Several events may share an output folder: only this event's runs count.
        if name and report.get("name") not in (None, "", name):
            continue
        outputs = report.get("outputs", [])
        if isinstance(outputs, list) and any(
                isinstance(o, dict) and o.get("status") in ("ok", "kept")
                and o.get("kind") in ("photo", "video") for o in outputs):
            return True
    return False


def detect_status(entry: PlanEntry) -> Status:
    """What the files say about ``entry`` (``rencana`` when there is no event file)."""
    if entry.event is None or not entry.event.is_file():
        return "rencana"
    found = _event_output(entry.event)
    if found is not None and _exported(*found):
        return "diekspor"
    return "dibuat"


def effective_status(entry: PlanEntry, detected: Status | None = None) -> Status:
    return later_status(entry.status, detected if detected is not None else detect_status(entry))


def detect_statuses(plan: ContentPlan, entries: Iterable[PlanEntry] | None = None, *,
                    progress=None, cancel: CancelToken | None = None) -> dict[str, Status]:
    """Detected status by entry id (reads files: run it off the UI thread)."""
    result: dict[str, Status] = {}
    for entry in plan.entries if entries is None else entries:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if entry.event is not None:
            result[entry.id] = detect_status(entry)
    return result


def with_detected_statuses(plan: ContentPlan, detected: dict[str, Status]) -> ContentPlan:
    """``plan`` with each stored status moved on to what was detected (never back)."""
    for entry_id, status in detected.items():
        entry = plan.find(entry_id)
        if entry is not None and later_status(entry.status, status) != entry.status:
            plan = plan.with_entry(entry.with_status(later_status(entry.status, status)))
    return plan

"""The export engine: every export of the app, the command line and bulk goes through here.

A project (an event, a bulk sheet, or the command line's ad-hoc export)
becomes a plan (:mod:`.plan`: every output with its path and key); a run
(:mod:`.run`) makes it - photos in worker processes started once
(:mod:`.workers`), clips on a thread, captions (:mod:`.captions`) - with the
output folder's journal and lock (:mod:`.journal`), and reports every output
(:mod:`.report`: manifest and summary in the app's language). Kinds of
planned item are registered in :mod:`.kinds`.

Public surface: :func:`run_batch`, :func:`plan_batch`, :func:`adhoc_project`,
the report's types and :class:`WorkerPool` (worker processes an app keeps
between runs). Front ends import from ``studio.batch`` only.
"""

from studio.batch.adhoc import adhoc_name, adhoc_project, parse_time, parse_trim
from studio.batch.journal import (
    JOURNAL_NAME,
    LOCK_NAME,
    owner_key,
    read_owner,
    subfolder_for,
)
from studio.batch.kinds import ItemKind, register_kind
from studio.batch.plan import (
    BatchPlan,
    PlannedCaption,
    PlannedInput,
    PlannedOutput,
    plan_batch,
    template_fingerprint,
)
from studio.batch.pool import WorkerPool
from studio.batch.report import (
    MANIFEST_COLUMNS,
    MANIFEST_CSV,
    MANIFEST_JSON,
    SUMMARY_NAME,
    BatchProgress,
    BatchReport,
    ManifestRow,
    Note,
    OutputWarning,
    summary_text,
)
from studio.batch.run import prestart_workers, run_batch

__all__ = [
    "JOURNAL_NAME", "LOCK_NAME", "MANIFEST_COLUMNS", "MANIFEST_CSV", "MANIFEST_JSON",
    "SUMMARY_NAME", "BatchPlan", "BatchProgress", "BatchReport", "ItemKind", "ManifestRow",
    "Note", "OutputWarning", "PlannedCaption", "PlannedInput", "PlannedOutput", "WorkerPool",
    "adhoc_name", "adhoc_project", "owner_key", "parse_time", "parse_trim", "plan_batch",
    "prestart_workers", "read_owner", "register_kind", "run_batch", "subfolder_for", "summary_text",
    "template_fingerprint",
]

"""The captions of a run: each platform's ``caption.txt`` and the per-item ones.

Rendered in this process (a caption is milliseconds), each caption template
read and checked once per run, and written through the one caption writer
(:func:`studio.caption.files.caption_file_data`) with the journal's rules: a
caption this folder's event wrote before and that has not changed is kept, a
changed one replaced, a stranger's file never.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from studio.batch.journal import Journal
from studio.batch.plan import BatchPlan
from studio.batch.report import ManifestRow, OutputWarning, Status
from studio.caption.files import caption_file_data
from studio.caption.model import get_caption_template
from studio.errors import as_studio_error
from studio.export import write_atomic
from studio.platforms import get_platform
from studio.progress import CancelToken

# A caption row's place in the manifest: shared captions first, then the per-item ones.
SHARED, PER_ITEM = 0, 2


def write_captions(plan: BatchPlan, journal: Journal, cancel: CancelToken,
                   add_row: Callable[[tuple[Any, ...], ManifestRow, str], None]) -> None:
    templates: dict[str, Any] = {}
    for number, caption in enumerate(plan.captions):
        if cancel.cancelled:
            break
        rel = caption.path.relative_to(plan.output_dir).as_posix()
        order = (SHARED if caption.source is None else PER_ITEM, number)
        base: dict[str, Any] = {"source": str(caption.source) if caption.source else "",
                "platform": caption.platform_id, "kind": "caption", "path": rel,
                "item": caption.number}
        try:
            if caption.caption_id not in templates:
                templates[caption.caption_id] = get_caption_template(caption.caption_id)
            data, result = caption_file_data(templates[caption.caption_id], caption.fields,
                                             get_platform(caption.platform_id), plan.brand)
            warnings = tuple(OutputWarning.of(w) for w in result.warnings)
            if result.shortened and not warnings:
                warnings = (OutputWarning("shortened", "the caption was shortened to fit "
                                          "the platform", params=(str(result.limit),)),)
            target = caption.path
            status: Status
            if target.is_file() and journal.owns(rel) and target.read_bytes() == data:
                status = "kept"
            else:
                write_atomic(target, data, overwrite=journal.owns(rel))
                status = "ok"
            row = ManifestRow(**base, status=status, sha256=hashlib.sha256(data).hexdigest(),
                              bytes=len(data), warnings=warnings)
        except Exception as exc:  # a caption problem must not stop the photos
            row = ManifestRow.failed(base, as_studio_error(exc))
        add_row(order, row, caption.path.name)

"""Test hook for the kill -9 test: a batch that stands still at a known point.

Imported before ``main.py`` runs in a child process (``python -c``), it wraps
the journal's ``record`` so that once ``STUDIO_TEST_PAUSE_AFTER`` outputs are
recorded as done the run stops where it is and writes the file named by
``STUDIO_TEST_PAUSED``. The test then kills the process: the kill lands after
a known number of finished outputs on any machine, however fast or slow.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from studio.batch import journal as journal_module

_LIMIT = int(os.environ["STUDIO_TEST_PAUSE_AFTER"])
_MARKER = Path(os.environ["STUDIO_TEST_PAUSED"])
_record = journal_module.Journal.record
_recorded = 0


def _record_then_pause(self: Any, records: list[dict[str, Any]]) -> None:
    global _recorded
    _record(self, records)
    _recorded += len(records)
    if _recorded >= _LIMIT:
        part = _MARKER.with_name(_MARKER.name + ".part")
        part.write_text(str(_recorded), encoding="utf-8")
        part.replace(_MARKER)  # whole when the test sees it
        while True:  # stand still until killed
            time.sleep(60)


journal_module.Journal.record = _record_then_pause  # type: ignore[method-assign]

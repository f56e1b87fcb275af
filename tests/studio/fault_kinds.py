"""A kind of planned item for the faults suite: photos whose worker process is killed.

Registered like any new kind of output (a module the workers import), it makes
ordinary photos, except that a photo named ``*kill-once*`` kills its worker
with SIGKILL (as the out-of-memory killer does) the first time it is made -
a marker file beside it says it happened - and ``*kill-always*`` every time.
"""

from __future__ import annotations

import os
import signal

from studio.batch import ItemKind, register_kind
from studio.job import InputJob, InputResult
from studio.produce import produce_input


def _produce(job: InputJob, loaded, brand, settings, *, progress=None, cancel=None
             ) -> InputResult:
    source = job.source
    if source is not None:
        marker = source.with_name(source.name + ".killed")
        if "kill-always" in source.name or ("kill-once" in source.name
                                             and not marker.exists()):
            with open(marker, "a", encoding="utf-8") as fh:
                fh.write("x")  # one character per kill: the test counts them
            os.kill(os.getpid(), signal.SIGKILL)
    return produce_input(job, loaded, brand, settings, progress=progress, cancel=cancel)


def _memory(job: InputJob, scale: float) -> int:
    return 50 * 1024 * 1024


KILL = register_kind(ItemKind("test_fault_kill", "process", 1.0, _produce, _memory))

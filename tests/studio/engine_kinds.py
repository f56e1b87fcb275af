"""A kind of planned item for the engine tests: photos that end their worker process.

Registered like any new kind of output (a module the workers import), it makes
ordinary photos - except that a photo named ``*oom*`` is killed the way the
system's out-of-memory killer kills a process (SIGKILL) and ``*crash*`` aborts
like a decoder bug, every time. Each attempt leaves a marker file beside the
photo, so a test can count them.
"""

from __future__ import annotations

import os
import signal
import time

from studio.batch import ItemKind, register_kind
from studio.job import InputJob, InputResult
from studio.produce import produce_input

DELAY = 0.3  # a photo takes this long at least: the one beside the killer is running


def _produce(job: InputJob, loaded, brand, settings, *, progress=None, cancel=None
             ) -> InputResult:
    source = job.source
    if source is not None:
        marker = source.with_name(f"{source.name}.attempt-{os.getpid()}-{time.monotonic_ns()}")
        marker.write_text("", encoding="utf-8")
        (source.parent / f"{source.name}.start-{time.monotonic_ns()}").write_text("", "utf-8")
        time.sleep(DELAY)
        if "oom" in source.name:
            os.kill(os.getpid(), signal.SIGKILL)
        if "crash" in source.name:
            os.abort()
    result = produce_input(job, loaded, brand, settings, progress=progress, cancel=cancel)
    if source is not None:
        (source.parent / f"{source.name}.end-{time.monotonic_ns()}").write_text("", "utf-8")
    return result


def _memory(job: InputJob, scale: float) -> int:
    return 100 * 1024 * 1024


KILLER = register_kind(ItemKind("test_killer", "process", 1.0, _produce, _memory))

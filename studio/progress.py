"""Progress reporting and cancellation for long work.

Long operations in the core take a ``progress`` callback and a
:class:`CancelToken`; they never know about threads or Qt. The GUI adapts the
callback to signals on a worker thread (``gui/operations.py``), the CLI prints
a bar.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from studio.errors import Cancelled


@dataclass(frozen=True)
class ProgressEvent:
    """One progress report: ``fraction`` in 0..1 of the whole operation."""

    fraction: float
    message: str = ""
    eta_seconds: float | None = None
    item: str | None = None


ProgressCallback = Callable[[ProgressEvent], None]


def no_progress(_event: ProgressEvent) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """A thread-safe flag that long work checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; True if cancelled meanwhile."""
        return self._event.wait(timeout)


class EtaEstimator:
    """Estimates the remaining time from the fraction done so far."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def eta(self, fraction: float) -> float | None:
        if fraction <= 0.001:
            return None
        elapsed = time.monotonic() - self._start
        return max(0.0, elapsed * (1.0 - fraction) / fraction)

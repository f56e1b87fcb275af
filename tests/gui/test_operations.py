"""The operation adapter: core calls on workers, progress as signals, cancel, supersede."""

from __future__ import annotations

import threading
import time

import pytest

from gui import operations
from gui.operations import LatestOnly, Operation
from studio.errors import MediaError
from studio.progress import ProgressEvent


def _double(x, *, progress, cancel):
    progress(ProgressEvent(0.5, item="half"))
    return x * 2


def _fails(*, progress, cancel):
    raise MediaError("cannot read", code="media.unreadable")


def _bug(*, progress, cancel):
    raise ZeroDivisionError("boom")


def _slow(seconds, *, progress, cancel):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        cancel.raise_if_cancelled()
        time.sleep(0.01)
    return seconds


def test_success_and_progress_arrive_on_the_ui_thread(app, qtbot):
    main = threading.get_ident()
    seen = []
    op = Operation(_double, 21)
    op.progressed.connect(lambda e: seen.append(("progress", e.item, threading.get_ident())))
    op.succeeded.connect(lambda r: seen.append(("ok", r, threading.get_ident())))
    with qtbot.waitSignal(op.finished, timeout=30000):
        op.start()
    assert ("progress", "half", main) in seen
    assert ("ok", 42, main) in seen
    assert op.result == 42
    assert op not in operations.live_operations()


def test_core_errors_and_bugs_become_failed_with_a_studio_error(app, qtbot):
    op = Operation(_fails)
    with qtbot.waitSignal(op.failed, timeout=30000) as blocker:
        op.start()
    assert blocker.args[0].code == "media.unreadable"
    bug = Operation(_bug)
    with qtbot.waitSignal(bug.failed, timeout=30000) as blocker:
        bug.start()
    assert blocker.args[0].code == "internal"


def _until_cancelled(started: threading.Event, *, progress, cancel):
    """Work that cannot finish by itself: only a cancel ends it."""
    started.set()
    while True:
        cancel.raise_if_cancelled()
        time.sleep(0.01)


def test_cancel_stops_the_work(app, qtbot):
    started = threading.Event()
    op = Operation(_until_cancelled, started)
    with qtbot.waitSignal(op.cancelled, timeout=30000):
        op.start()
        assert started.wait(30)
        op.cancel()
    assert op.result is None


def test_latest_only_reports_the_newest_request(app, qtbot):
    runner = LatestOnly("preview")
    results = []
    runner.succeeded.connect(results.append)
    runner.submit(_slow, 0.3)
    runner.submit(_slow, 0.2)
    runner.submit(_slow, 0.1)
    qtbot.waitUntil(lambda: bool(results) and not runner.is_busy, timeout=30000)
    assert results == [0.1]


@pytest.mark.parametrize("pool_name", sorted(operations.POOL_SIZES))
def test_every_purpose_has_a_pool(app, pool_name):
    assert operations.pool(pool_name).maxThreadCount() == operations.POOL_SIZES[pool_name]

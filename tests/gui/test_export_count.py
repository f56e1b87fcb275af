"""The export panel promises what the engine will make, and says what it made (issue 12.4).

The count shown before an export comes from the export engine's own plan
(``studio.batch.plan_batch``), less every photo the app has already found
unreadable; after the export, the panel's words count the files on the disk.
"""

from __future__ import annotations

import re
from pathlib import Path

from studio.batch import JOURNAL_NAME, MANIFEST_CSV, MANIFEST_JSON, SUMMARY_NAME
from tests.gui.conftest import start_event, write_photo

REPORT_FILES = {JOURNAL_NAME, MANIFEST_CSV, MANIFEST_JSON, SUMMARY_NAME, ".studio-batch.lock"}


def _broken(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"rusak-{i}.jpg"
        path.write_bytes(b"\xff\xd8\xff\xe0 bukan jpeg " * (10 + i))
        paths.append(path)
    return paths


def test_every_file_unusable_promises_nothing(window, qtbot, fake_dialogs, tmp_path):
    session = start_event(window, tmp_path, _broken(tmp_path / "foto", 3))
    export = window.production.export
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=60000)
    qtbot.waitUntil(lambda: export.planned == (0, 0), timeout=5000)
    qtbot.waitUntil(lambda: "akan dibuat" not in export.summary.text(), timeout=5000)
    assert export.summary.text() == ("Tidak ada berkas yang bisa dibuat: tidak ada foto "
                                     "atau video yang bisa dipakai.")
    fake_dialogs.without_media = "cancel"
    assert not export.start_export()


def test_the_promise_is_the_plan_and_the_result_is_what_was_written(
        window, qtbot, fake_dialogs, tmp_path):
    folder = tmp_path / "foto"
    folder.mkdir()
    good = [write_photo(folder / f"kegiatan-{i}.jpg", size=(640, 480), seed=i) for i in (1, 2)]
    missing = folder / "sudah-dihapus.jpg"
    write_photo(missing, size=(640, 480), seed=3)
    session = start_event(window, tmp_path, [*good, *_broken(folder, 1), missing])
    export = window.production.export
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=60000)
    missing.unlink()  # deleted after it was added: the engine's plan knows it is gone
    session.mediaChanged.emit()
    platforms = len(session.chosen_platforms())
    assert platforms > 0
    expected = 2 * platforms
    qtbot.waitUntil(lambda: export.planned == (expected, 2), timeout=5000)
    qtbot.waitUntil(lambda: export.summary.text().startswith(f"{expected} berkas akan dibuat"),
                    timeout=5000)
    assert export.summary.text() == (f"{expected} berkas akan dibuat "
                                     f"(2 media × {platforms} platform)")

    assert export.start_export(), export.result.text()
    qtbot.waitUntil(lambda: not export.is_running, timeout=180000)
    report = export.report
    assert report is not None
    made = [p for p in (tmp_path / "hasil").rglob("*")
            if p.is_file() and p.name not in REPORT_FILES and p.suffix != ".txt"]
    assert len(report.written) == len(made) == expected
    words = export.result.text()
    assert re.match(rf"{expected} berkas dibuat; ada yang tidak dapat dibuat:", words), words

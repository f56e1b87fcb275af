"""Desktop preview latency, through the real app offscreen: switching photos and typing.

Opens the main window offscreen (``QT_QPA_PLATFORM=offscreen``) with a new
event on the shipped ``liputan-kegiatan`` template and a list of 24 MP
camera-like photos (``benchmarks/camera.py``), opens the first one, then
measures from the request to the moment the big preview is on screen
(``previewUpdated``), with a pause between tries as a person looks at a photo:

- next photo: choosing the next 24 MP photo of the list, one not shown before
  (after a photo has been opened once; target <= 150 ms);
- back: choosing a photo shown before (its proxy is in memory);
- edit: typing a change into a field (target <= 100 ms).

Printed as min / median of several tries, with the load average, never asserted.

    python benchmarks/preview.py [--tries 12]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from camera import camera_photos  # noqa: E402


def _wait(app, condition, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for the app")
        time.sleep(0.001)


def _timed(app, preview, action) -> float:
    """Milliseconds from ``action`` to the next preview on screen (then a pause)."""
    shown: list[float] = []
    slot = preview.previewUpdated.connect(lambda _p: shown.append(time.perf_counter()))
    started = time.perf_counter()
    action()
    _wait(app, lambda: bool(shown))
    preview.previewUpdated.disconnect(slot)
    # A person looks at the photo for a moment; the strip and late work settle.
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    return (shown[0] - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=12)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QSettings

    from gui.app import create_application, create_main_window
    from gui.app_settings import AppSettings
    from gui.i18n import install_language

    photos = camera_photos(args.tries + 2, sizes=(24,))
    home = Path(tempfile.mkdtemp(prefix="studio-bench-preview-"))
    os.environ["STUDIO_KONTEN_HOME"] = str(home)
    app = create_application([])
    QCoreApplication.setApplicationName("StudioKontenBenchmark")
    install_language("id")
    settings = AppSettings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = create_main_window(settings)
    window.resize(1366, 728)
    window.show()
    window.new_event()
    session = window.session
    session.set_field("judul", "Rapat Koordinasi Kehumasan")
    session.add_media(photos)
    preview = window.production.preview
    _wait(app, lambda: not session.is_loading())
    _timed(app, preview, lambda: preview.set_current_row(0))  # the first photo, opened once

    following = []
    for row in range(1, args.tries + 1):
        following.append(_timed(app, preview, lambda row=row: preview.set_current_row(row)))
    switch = []
    for n in range(args.tries):
        row = 1 + n % 3
        switch.append(_timed(app, preview, lambda row=row: preview.set_current_row(row)))
    edit = []
    for n in range(args.tries):
        text = f"Rapat Koordinasi Kehumasan {n}"
        edit.append(_timed(app, preview, lambda text=text: session.set_field("judul", text)))

    load = "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()) \
        if hasattr(os, "getloadavg") else ""
    print(f"{len(photos)} photos of 24 MP, window 1366x728 offscreen, "
          f"{os.cpu_count()} cores; {load}", flush=True)
    for label, values, target in (("next 24 MP photo (not shown before)", following, 150),
                                  ("back to a photo shown before", switch, 150),
                                  ("field edit to preview", edit, 100)):
        print(f"  {label:<34} min {min(values):6.1f} ms  median "
              f"{statistics.median(values):6.1f} ms  (target <= {target} ms)", flush=True)
    from gui import dialogs, operations
    from gui.jobs.export import stop_workers

    dialogs.ask_save_changes = lambda *_args: "discard"  # the benchmark's event is not kept
    window.close()
    operations.shutdown(10000)
    stop_workers()  # started ahead by the export panel's count, as in the app


if __name__ == "__main__":
    main()
    # Qt's thread pools can keep a finished offscreen app from exiting on its own.
    os._exit(0)

"""The start window is built without the screens and libraries it does not show.

What a PIC sees first is the start screen: the content calendar's screen, the
export engine, the shared library's sync, OpenCV and the dialogs of the menus are
imported when first used, so the app opens sooner (benchmarks/startup.py times it;
this test only checks what was imported, never how long it took). It runs in a fresh
interpreter: this test process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Not imported on the UI thread by building and showing the main window (before its
# event loop runs). Background work started with the window (the count of files an
# export would make) may import the engine on its own thread at any moment: only the
# imports of the UI thread are checked, or the test would depend on timing.
NOT_AT_START = (
    "gui.calendar.screen",
    "gui.calendar.controller",
    "studio.calendar.plan",
    "studio.calendar.official",
    "holidays",
    "icalendar",
    "openpyxl",
    "cv2",
    "studio.batch",
    "studio.batch.run",
    "studio.library.sync",
    "gui.about",
    "gui.help",
    "gui.settings_dialog",
)

SCRIPT = """
import json, sys, threading

on_ui_thread = set()


class Record:
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is threading.main_thread():
            on_ui_thread.add(name)
        return None


sys.meta_path.insert(0, Record())
from PySide6.QtCore import QSettings
from gui.app import create_main_window
from gui.app_settings import AppSettings
from gui.startup import create_application

app = create_application([])
window = create_main_window(AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
window.show()
loaded = sorted(m for m in json.loads(sys.argv[2]) if m in on_ui_thread)
built = window.is_screen_built("calendar")
calendar = type(window.calendar).__module__  # reading the attribute builds the screen
print(json.dumps({"loaded": loaded, "built": built, "calendar": calendar,
                  "after": window.is_screen_built("calendar"),
                  "screen_module": "gui.calendar.screen" in sys.modules}))
"""


def test_the_start_window_leaves_unshown_screens_and_heavy_libraries_unimported(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", STUDIO_KONTEN_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini"), json.dumps(NOT_AT_START)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["loaded"] == []
    assert report["built"] is False
    # Asked for by name, the calendar screen is there (built then), as before.
    assert report["calendar"] == "gui.calendar.screen"
    assert report["after"] is True and report["screen_module"] is True

"""Starting the app: its own options, event files handed to it, the usable-window report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import main
from gui.app import event_files, gui_options

ROOT = Path(__file__).resolve().parents[2]


def test_quit_after_is_taken_out_of_qts_arguments() -> None:
    assert gui_options(["app", "--quit-after", "1.5", "-style", "fusion"]) == (
        ["app", "-style", "fusion"], 1.5)
    assert gui_options(["app", "--quit-after=0"]) == (["app"], 0.0)
    assert gui_options(["app"]) == (["app"], None)


def test_event_files_are_the_toml_arguments_after_the_program() -> None:
    argv = ["C:/Program Files/app.exe", "D:/Kegiatan/rapat.kegiatan.toml", "-style", "x.toml"]
    assert event_files(argv) == [Path("D:/Kegiatan/rapat.kegiatan.toml"), Path("x.toml")]
    assert event_files(["app.toml"]) == []


def test_main_sends_event_files_and_app_options_to_the_app_and_the_rest_to_the_cli() -> None:
    assert main._opens_app("rapat.kegiatan.toml")
    assert main._opens_app("C:\\Users\\pic\\RAPAT.KEGIATAN.TOML")
    assert main._opens_app("--quit-after")
    assert not main._opens_app("batch")
    assert not main._opens_app("--version")


def test_the_app_opens_an_event_file_reports_ready_and_closes_cleanly(tmp_path: Path) -> None:
    """``main.py FILE.kegiatan.toml`` (Explorer's double-click) in a real process."""
    # The app's settings (recent events) are a file in the data folder, STUDIO_KONTEN_HOME.
    env = dict(os.environ, STUDIO_KONTEN_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    event = tmp_path / "uji.kegiatan.toml"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "project", "new", str(event),
                    "--template", "liputan-kegiatan", "--platform", "instagram_portrait",
                    "--set", "judul=Uji buka"], env=env, check=True, cwd=tmp_path,
                   capture_output=True)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), str(event), "--quit-after",
                           "0.5"], env=env, cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "window ready after" in done.stdout
    assert "window closed (exit code 0)" in done.stdout
    assert "Traceback" not in done.stderr
    # The app made the data folder current and opened the event (now its recent event).
    assert (tmp_path / "data" / "format-data.toml").is_file()
    settings = (tmp_path / "data" / "pengaturan.ini").read_text(encoding="utf-8")
    assert "uji.kegiatan.toml" in settings

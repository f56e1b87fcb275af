"""GUI test setup: offscreen Qt, a private user folder and QSettings, no real dialogs.

Every test gets its own ``STUDIO_KONTEN_HOME`` (the root conftest) and its own
settings file; the file dialogs and questions of :mod:`gui.dialogs` are
replaced by :class:`FakeDialogs`, which answers what a test tells it and
records what was asked. After each test every worker is cancelled and waited
for, so no thread outlives its widgets.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QSettings

from gui import dialogs, operations
from gui.app import create_main_window
from gui.app_settings import AppSettings
from gui.i18n import install_language
from gui.jobs import export as export_job
from gui.jobs.export import stop_workers
from gui.startup import create_application
from studio.brand import default_brand


class FakeDialogs:
    def __init__(self) -> None:
        self.media: list[Path] = []
        self.output: Path | None = None
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.save_answer = "discard"
        self.stop_export = True
        self.folder_taken = "subfolder"
        self.restore_answer = "restore"
        self.restore_offers: list[tuple[str, int]] = []
        self.errors: list[object] = []
        self.asked: list[str] = []
        self.save_offered: tuple[Path | None, str] | None = None  # (folder, suggested name)
        self.without_media = "export"  # the answer to "export a photo design without one?"

    def choose_media_files(self, parent, folder):
        self.asked.append("media")
        return list(self.media)

    def choose_output_folder(self, parent, folder):
        self.asked.append("output")
        return self.output

    def choose_event_to_open(self, parent, folder):
        self.asked.append("open")
        return self.open_path

    def choose_event_to_save(self, parent, folder, suggested):
        self.asked.append("save")
        self.save_offered = (folder, suggested)
        return self.save_path

    def ask_save_changes(self, parent, name):
        self.asked.append("save_changes")
        return self.save_answer

    def ask_stop_export(self, parent):
        self.asked.append("stop_export")
        return self.stop_export

    def ask_folder_taken(self, parent, owner, subfolder):
        self.asked.append("folder_taken")
        return self.folder_taken

    def ask_restore_event(self, parent, name, saved_at, more):
        self.asked.append("restore")
        self.restore_offers.append((name, more))
        return self.restore_answer

    def ask_export_without_media(self, parent, template_name):
        self.asked.append("without_media")
        return self.without_media

    def show_error(self, parent, title, error):
        self.errors.append(error)


@pytest.fixture(scope="session")
def app(qapp):
    QCoreApplication.setOrganizationName("StudioKontenTest")
    QCoreApplication.setApplicationName("StudioKontenTest")
    application = create_application([])
    install_language("id")
    return application


@pytest.fixture
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    fake = FakeDialogs()
    for name in ("choose_media_files", "choose_output_folder", "choose_event_to_open",
                 "choose_event_to_save", "ask_save_changes", "ask_stop_export",
                 "ask_folder_taken", "ask_restore_event", "ask_export_without_media",
                 "show_error"):
        monkeypatch.setattr(dialogs, name, getattr(fake, name))
    return fake


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def _indonesian_and_no_leftover_workers(request, monkeypatch):
    # Most tests never export: no photo workers started ahead for them
    # (tests/gui/test_export_workers.py turns it back on).
    monkeypatch.setattr(export_job, "PRESTART", False)
    yield
    operations.shutdown(10000)
    stop_workers()  # the photo workers the app keeps between exports
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()
        install_language("id")


@pytest.fixture
def brand():
    """The built-in kit without intro/outro clips: the same video path, seconds faster."""
    return replace(default_brand(), video=MappingProxyType({}))


@pytest.fixture
def window(app, qtbot, settings, fake_dialogs, brand):
    install_language("id")
    win = create_main_window(settings, brand)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    operations.shutdown(10000)


def start_event(window, tmp_path: Path, media: list[Path]):
    """A new event on the Liputan Kegiatan template with a title, an output folder
    under ``tmp_path`` and ``media``; returns its session."""
    window.new_event()
    session = window.session
    session.set_template("liputan-kegiatan")
    session.set_field("judul", "Rapat Koordinasi")
    session.set_output_dir(tmp_path / "hasil")
    session.add_media(media)
    return session


def write_photo(path: Path, size: tuple[int, int] = (1200, 800), seed: int = 1) -> Path:
    """A photo-like JPEG (gradient plus noise) made for the test.

    The detail is made at a small size and scaled up, so a 24 MP test photo
    takes a moment to make, not seconds.
    """
    width, height = size
    small = (max(1, width // 4), max(1, height // 4))
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:small[1], 0:small[0]]
    base = np.stack([x * 255 / small[0], y * 255 / small[1],
                     (x + y) * 127 / (small[0] + small[1])], -1)
    noise = rng.normal(0, 12, (small[1], small[0], 3))
    image = Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8))
    image.resize(size, Image.Resampling.BILINEAR).save(path, quality=88)
    return path


def write_clip(path: Path, seconds: float = 2.0) -> Path | None:
    """A tiny test clip made with the bundled ffmpeg (None when there is no ffmpeg)."""
    import subprocess

    try:
        import imageio_ffmpeg

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:
        return None
    subprocess.run([ffmpeg, "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"testsrc=size=320x240:rate=15:duration={seconds}", "-pix_fmt", "yuv420p",
                    "-c:v", "libx264", "-preset", "ultrafast", str(path)], check=True,
                   capture_output=True)
    return path


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "foto"
    folder.mkdir()
    return [write_photo(folder / f"kegiatan-{i}.jpg", seed=i) for i in range(1, 4)]


@pytest.fixture
def broken_photo(tmp_path: Path) -> Path:
    path = tmp_path / "foto-rusak.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg" * 10)
    return path

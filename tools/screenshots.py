"""Every picture of the user guide, in both languages, from the real app.

    python tools/screenshots.py            writes docs/img/<screen>-<id|en>.png
    python tools/screenshots.py --out DIR  somewhere else
    python tools/screenshots.py --check    fail if the guides name a picture it does not make

Runs offscreen (no display needed) on the built-in brand kit, templates and
the sample event, in a throw-away user folder, at the size of an office
laptop's screen (1366x768), and grabs the real widgets (``QWidget.grab``): the
start screen, production with the preview, the captions, an export in
progress, an export with problems, a clip with its scrubber, the settings, the
About box, the content calendar and the shared library. ``docs/panduan.md``
shows the ``-id`` pictures, ``docs/guide.md`` the ``-en`` ones; ``--check``
keeps the two lists and this script in step.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# An office laptop's screen: the size PICs see the app at.
SIZE = (1366, 768)
# Every picture this script makes, by file name without the language (the guides' list).
PICTURES = ("01-layar-awal", "02-kegiatan-baru", "03-produksi", "04-pratinjau-story",
            "05-keterangan", "06-ekspor-berjalan", "07-ekspor-selesai", "08-daftar-masalah",
            "09-video", "10-pengaturan", "11-tentang", "12-kalender", "13-pustaka-bersama")
GUIDES = {"id": ROOT / "docs" / "panduan.md", "en": ROOT / "docs" / "guide.md"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--lang", choices=("id", "en"), action="append",
                        help="only this language (default: both)")
    parser.add_argument("--check", action="store_true",
                        help="only check that the guides show exactly these pictures")
    args = parser.parse_args(argv)
    if args.check:
        return check_guides()
    home = Path(tempfile.mkdtemp(prefix="studio-shots-"))
    os.environ["STUDIO_KONTEN_HOME"] = str(home)

    from PySide6.QtCore import QCoreApplication, QSettings

    from gui.app_settings import AppSettings
    from gui.startup import create_application

    app = create_application(sys.argv[:1])
    _shared_library(home)
    QCoreApplication.setOrganizationName("StudioKontenScreenshots")
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        for language in args.lang or ("id", "en"):
            settings = AppSettings(QSettings(str(home / f"settings-{language}.ini"),
                                             QSettings.Format.IniFormat))
            Shooter(app, settings, language, home, args.out).run()
    finally:
        from gui import operations

        operations.shutdown(20000)
        shutil.rmtree(home, ignore_errors=True)
    return 0


class Shooter:
    def __init__(self, app, settings, language: str, home: Path, out: Path) -> None:
        self.app = app
        self.settings = settings
        self.language = language
        self.home = home
        self.out = out

    # -- helpers -------------------------------------------------------------------------
    def wait(self, condition, timeout: float = 30.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.01)
        print(f"  (timed out waiting in {self.language})", file=sys.stderr)
        return False

    def settle(self, seconds: float = 0.3) -> None:
        """Let queued work and repaints happen for a moment."""
        from PySide6.QtCore import QCoreApplication, QEvent

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            # No event loop runs here, so widgets replaced by newer ones are freed by hand.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            time.sleep(0.01)

    def save(self, widget, name: str) -> None:
        if widget is getattr(self, "window", None) and (widget.width(), widget.height()) != SIZE:
            # Offscreen there is no screen to hold the window to its size: a moment
            # when a panel asked for more height grows it for good. The window's
            # minimum fits SIZE (tests/gui/test_laptop_screens.py), so set it back.
            widget.resize(*SIZE)
            self.settle(0.3)
        self.app.processEvents()
        path = self.out / f"{name}-{self.language}.png"
        widget.grab().save(str(path))
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    # -- the screens ------------------------------------------------------------------------
    def run(self) -> None:
        from gui import dialogs
        from gui.app import create_main_window
        from gui.i18n import install_language

        print(f"[{self.language}]")
        install_language(self.language)
        sample_recent = self.home / "kegiatan" / "Rapat Koordinasi Kehumasan.kegiatan.toml"
        # A unit's content plan with a few posts, for the calendar's picture.
        from tools.calendar_screenshots import sample_plan

        plans = self.home / f"rencana-{self.language}"
        plans.mkdir(parents=True, exist_ok=True)
        self.settings.set_calendar_plan(sample_plan(plans))
        self.settings.dismiss_reminders("")
        window = create_main_window(self.settings)
        self.window = window
        window.resize(*SIZE)
        window.show()
        # Never block on a question while shooting.
        dialogs.ask_save_changes = lambda parent, name: "discard"
        dialogs.ask_stop_export = lambda parent: True
        dialogs.ask_export_without_media = lambda parent, name: "export"
        self.settle(0.8)

        # A recent event, so the start screen looks like one in use.
        window.open_sample()
        sample_recent.parent.mkdir(parents=True, exist_ok=True)
        window.session.save(sample_recent)
        self.settings.add_recent_event(sample_recent)
        window._rebuild_recent_menu()
        window.show_screen("start")
        self.settle(0.5)
        self.save(window, "01-layar-awal")

        self.new_event()
        self.production()
        self.captions()
        self.export_progress()
        self.export_problems()
        self.clip()
        self.dialogs()
        self.calendar()
        self.shared_library()
        # Nothing to save: an empty undo stack is a clean event.
        window.session.undo_stack.clear()
        window.close()
        window.deleteLater()
        self.settle(0.2)

    def new_event(self) -> None:
        window = self.window
        window.new_event()
        window.production.show_export()
        window.production.export.start_export()  # refused: shows what is missing
        self.settle(1.0)
        self.save(window, "02-kegiatan-baru")

    def production(self) -> None:
        from PySide6.QtWidgets import QScrollArea

        window = self.window
        window.open_sample()
        session = window.session
        self.wait(lambda: not session.is_loading())
        preview = window.production.preview
        window.production.media.select_row(0)
        preview.set_platform("instagram_portrait")
        self.wait(lambda: preview.canvas.preview is not None
                  and preview.canvas.preview.platform_id == "instagram_portrait")
        window.production.show_captions()
        for scroll in window.production.form.findChildren(QScrollArea):
            scroll.verticalScrollBar().setValue(0)
        self.settle(1.5)  # gallery thumbnails and the strip
        self.save(window, "03-produksi")
        # The same with a focal point set and the story size (safe areas shown).
        session.set_focus(0, (0.5, 0.42))
        preview.set_platform("instagram_story")
        self.wait(lambda: preview.canvas.preview is not None
                  and preview.canvas.preview.platform_id == "instagram_story")
        self.settle(0.6)
        self.save(preview, "04-pratinjau-story")
        preview.set_platform("instagram_portrait")
        self.settle(0.4)

    def captions(self) -> None:
        window = self.window
        window.production.show_captions()
        panel = window.production.captions
        panel.refresh(now=True)
        self.wait(lambda: all(c.text.toPlainText() for c in panel.cards().values())
                  or panel.problem.isVisible(), 15)
        self.settle(0.4)
        self.save(window, "05-keterangan")

    def export_progress(self) -> None:
        window = self.window
        export = window.production.export
        window.session.set_output_dir(self.home / f"hasil-{self.language}")
        window.production.show_export()
        window.session.set_platforms(["instagram_portrait", "instagram_story", "x_post",
                                      "facebook_feed", "threads"])
        self.settle(0.3)
        export.start_export()
        self.wait(lambda: export.progress.value() >= 300 or not export.is_running, 60)
        self.save(window, "06-ekspor-berjalan")
        self.wait(lambda: not export.is_running, 120)
        self.settle(0.3)
        self.save(window.production.tabs, "07-ekspor-selesai")

    def export_problems(self) -> None:
        from studio.project import MediaItem

        window = self.window
        session = window.session
        export = window.production.export
        broken = self.home / "foto-rusak.jpg"
        broken.write_bytes(b"not a photo at all" * 50)
        gone = self.home / "sudah-dihapus.jpg"
        session.add_media([broken])
        media = [*session.project.media, MediaItem(gone)]
        session.adopt(session.project.with_media(media), dirty=True)
        session.set_output_dir(self.home / f"hasil-masalah-{self.language}")
        session.set_platforms(["instagram_portrait", "x_post"])
        self.wait(lambda: not session.is_loading())
        export.start_export()
        self.wait(lambda: not export.is_running, 120)
        self.settle(0.4)
        window.production.media.select_row(len(session.project.media) - 2)
        self.settle(0.3)
        self.save(window, "08-daftar-masalah")

    def clip(self) -> None:
        window = self.window
        clip = self.home / "klip-kegiatan.mp4"
        if not _make_clip(clip):
            return
        window.open_sample()
        session = window.session
        session.add_media([clip])
        row = len(session.project.media) - 1
        self.wait(lambda: not session.is_loading())
        window.production.media.select_row(row)
        scrubber = window.production.preview.scrubber
        self.wait(scrubber.isVisible, 10)
        scrubber.set_position(1.0)
        scrubber.in_button.click()
        scrubber.set_position(4.0)
        scrubber.out_button.click()
        scrubber.set_position(2.5)
        self.settle(2.5)
        self.save(window, "09-video")

    def calendar(self) -> None:
        import datetime as dt

        from gui.calendar.controller import CalendarController

        window = self.window
        screen = window.calendar
        window.show_screen("calendar")
        screen.set_mode(0)
        screen.show_date(dt.date(2026, 11, 25))
        controller: CalendarController = screen.controller
        self.wait(lambda: not controller.is_busy, 20)
        screen.month.select(dt.date(2026, 11, 25))
        self.wait(lambda: not controller.is_busy, 20)
        self.settle(0.6)
        self.save(window, "12-kalender")
        window.show_screen("production")

    def shared_library(self) -> None:
        from gui.library import open_library_dialog

        controller = self.window.library_controller
        self.wait(lambda: controller.report is not None and not controller.is_syncing, 30)
        dialog = open_library_dialog(self.window)
        self.settle(0.8)
        self.save(dialog, "13-pustaka-bersama")
        dialog.close()

    def dialogs(self) -> None:
        from gui.about import AboutDialog
        from gui.settings_dialog import SettingsDialog

        settings = SettingsDialog(self.settings, self.window)
        settings.show()
        self.settle(0.3)
        self.save(settings, "10-pengaturan")
        settings.close()
        about = AboutDialog(self.window)
        about.show()
        self.settle(0.3)
        self.save(about, "11-tentang")
        about.close()


def _shared_library(home: Path) -> None:
    """A shared library folder with "Pengumuman" 1.1.0 in use here and 1.2.0 waiting, signed
    by a trusted designer (what a PIC sees when Diskominfo publishes an update)."""
    from studio.library.keys import generate_key
    from studio.library.publish import publish_template
    from studio.library.sources import add_source
    from studio.library.sync import sync_library
    from studio.library.trust import trust_key
    from studio.paths import TEMPLATES_DIR
    from studio.template.loader import load_template

    share = home / "pustaka-bersama"
    share.mkdir()
    key = generate_key("Desainer Diskominfo - Rina")
    trust_key(key.public, role="designer")
    add_source(share, "Pustaka Diskominfo")
    template = load_template(TEMPLATES_DIR / "pengumuman")

    def publish(version: str, notes: str) -> None:
        # As the designer, on the designer's own computer (another user folder).
        os.environ["STUDIO_KONTEN_HOME"] = str(home / "desainer")
        try:
            publish_template(template, key, share, version=version, notes=notes)
        finally:
            os.environ["STUDIO_KONTEN_HOME"] = str(home)

    publish("1.1.0", "Pita tanggal baru")
    sync_library()
    publish("1.2.0", "Judul lebih besar di 9:16")


def guide_pictures(language: str) -> set[str]:
    """The pictures a guide shows, by name without the language suffix."""
    text = GUIDES[language].read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(rf"img/([\w-]+)-{language}\.png", text)}


def check_guides() -> int:
    problems = []
    for language in GUIDES:
        shown = guide_pictures(language)
        for name in sorted(shown - set(PICTURES)):
            problems.append(f"{GUIDES[language].name} shows {name}-{language}.png, which this "
                            "script does not make")
        for name in sorted(set(PICTURES) - shown):
            problems.append(f"{GUIDES[language].name} does not show {name}-{language}.png")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def _make_clip(path: Path) -> bool:
    import subprocess

    try:
        import imageio_ffmpeg

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    except Exception:
        return False
    samples = ROOT / "samples"
    photo = next((p for p in sorted(samples.glob("*.jpg"))), None)
    source = ["-loop", "1", "-i", str(photo)] if photo else [
        "-f", "lavfi", "-i", "testsrc=size=1280x720:rate=30"]
    result = subprocess.run([ffmpeg, "-v", "error", "-y", *source, "-t", "6", "-vf",
                             "scale=1280:-2,zoompan=z='min(zoom+0.0015,1.3)':d=180:s=1280x720",
                             "-pix_fmt", "yuv420p", "-c:v", "libx264", "-preset", "ultrafast",
                             str(path)], capture_output=True)
    return result.returncode == 0 and path.exists()


if __name__ == "__main__":
    sys.exit(main())

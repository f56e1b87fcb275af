"""Screenshots of the app's main screens in both languages, for the user guide.

    python tools/screenshots.py            writes docs/img/<screen>-<id|en>.png
    python tools/screenshots.py --out DIR  somewhere else

Runs offscreen (no display needed) on the built-in brand kit, templates and
the sample event, in a throw-away user folder, and grabs the real widgets
(``QWidget.grab``): the start screen, production with the preview, the
captions, an export in progress, an export with problems, a clip with its
scrubber, the settings and the About box.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1440, 900)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--lang", choices=("id", "en"), action="append",
                        help="only this language (default: both)")
    args = parser.parse_args(argv)
    home = Path(tempfile.mkdtemp(prefix="studio-shots-"))
    os.environ["STUDIO_KONTEN_HOME"] = str(home)

    from PySide6.QtCore import QCoreApplication, QSettings

    from gui.app_settings import AppSettings
    from gui.startup import create_application

    app = create_application(sys.argv[:1])
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
        window = create_main_window(self.settings)
        self.window = window
        window.resize(*SIZE)
        window.show()
        # Never block on a question while shooting.
        dialogs.ask_save_changes = lambda parent, name: "discard"
        dialogs.ask_stop_export = lambda parent: True
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
        window = self.window
        window.open_sample()
        session = window.session
        self.wait(lambda: not session.is_loading())
        preview = window.production.preview
        window.production.media.select_row(0)
        preview.set_platform("instagram_portrait")
        self.wait(lambda: preview.canvas.preview is not None
                  and preview.canvas.preview.platform_id == "instagram_portrait")
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
        from gui.jobs import video

        window = self.window
        clip = self.home / "klip-kegiatan.mp4"
        if not video.available() or not _make_clip(clip):
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

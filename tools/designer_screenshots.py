"""Screenshots of the designer's tools for the designers' guide.

    python tools/designer_screenshots.py                 Bahasa Indonesia, into docs/img/desainer/
    python tools/designer_screenshots.py --lang en --out /tmp/shots

Runs on Qt's offscreen platform with a temporary user folder, so neither the
real user data nor ``assets/branding`` is touched. Shows the real windows on
the built-in templates and brand kit: the library, the editor with a selected
text layer being dragged onto the centre line (snapping guides shown), a 9:16
variant with overridden settings, the field dialog, and the brand kit editor's
colours, fonts and logos.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def wait(app, condition, timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def settle(app, seconds: float = 0.4) -> None:
    wait(app, lambda: False, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "desainer")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="studio-designer-shots-")
    os.environ["STUDIO_KONTEN_HOME"] = home

    from PySide6.QtCore import QPointF

    from gui import operations
    from gui.designer import open_brand_editor, open_template_editor, open_template_library
    from gui.i18n import install_language
    from gui.startup import create_application
    from studio.paths import TEMPLATES_DIR

    app = create_application(sys.argv[:1])
    install_language(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget, name: str) -> None:
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    # The library, every thumbnail rendered.
    library = open_template_library()
    library.resize(1280, 720)
    wait(app, lambda: library.model.pending() == 0 and
         library.model.rendered >= library.model.rowCount())
    # A template of the designer's own (a copy) beside the built-in ones.
    library.select("liputan-kegiatan")
    library.duplicate_selected(name="Liputan Rapat Dinas")
    wait(app, lambda: library.model.pending() == 0 and
         library.model.rendered >= library.model.rowCount())
    library.select("liputan-kegiatan")
    settle(app)
    save(library, "perpustakaan-template")

    # The editor: a text layer selected and dragged onto the centre line.
    editor = open_template_editor(TEMPLATES_DIR / "liputan-kegiatan")
    editor.resize(1366, 728)  # an office laptop
    doc = editor.document
    doc.select("judul")
    wait(app, lambda: editor.renders > 0 and editor.strip_renders > 0)
    settle(app)
    canvas = editor.canvas
    item = canvas.item("judul")
    rect = item.rect()
    # Dragged to a few pixels off the canvas centre: the box snaps to both centre
    # lines, the guides show, and the picture follows while dragging.
    centre = QPointF(editor.platform.width / 2 + 5, editor.platform.height / 2 - 4)
    canvas.begin_drag(item, "", rect.center())
    rendered = editor.renders
    canvas.drag_to(centre)
    wait(app, lambda: editor.renders > rendered)
    settle(app, 0.2)
    save(editor, "editor-teks-snapping")
    canvas.cancel_drag()

    # The 9:16 variant: the title's overridden settings are bold, with a reset button.
    editor.set_target("tall")
    doc.select("judul")
    rendered = editor.renders
    wait(app, lambda: editor.renders > rendered)
    settle(app)
    save(editor, "editor-varian-9x16")

    # The fields, with the field dialog.
    editor.set_target(None)
    editor.set_platform("instagram_portrait")
    editor.left_tabs.setCurrentIndex(1)
    rendered = editor.renders
    wait(app, lambda: editor.renders > rendered)
    settle(app)
    save(editor, "editor-isian")
    dialog = editor.field_panel.open_dialog(doc.template.field("lokasi"))
    dialog.show()
    settle(app)
    save(dialog, "dialog-isian")
    dialog.close()
    editor.left_tabs.setCurrentIndex(0)

    # The brand kit editor: colours (contrast), fonts (sample), logos.
    brand = open_brand_editor()
    brand.resize(1040, 700)
    brand.select_colour("accent")
    settle(app)
    save(brand, "brand-kit-warna")
    brand.tabs.setCurrentIndex(1)
    settle(app)
    save(brand, "brand-kit-font")
    brand.tabs.setCurrentIndex(2)
    settle(app)
    save(brand, "brand-kit-logo")

    for window in (brand, editor, library):
        window.close()
    operations.shutdown()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

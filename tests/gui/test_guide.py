"""The user guide inside the app: F1 shows the Markdown guide with its pictures, in the
app's language; every picture the guides show is one the screenshot tool makes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from gui.help import GuideWindow, heading_anchor
from gui.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]


def _pictures_loaded(view) -> list[str]:
    names = []
    for name, _width in view.images():
        resource = view.document().resource(QTextDocument.ResourceType.ImageResource,
                                            QUrl(name))
        assert resource is not None and resource.width() > 0, f"{name} did not load"
        names.append(name)
    return names


def test_f1_opens_the_guide_inside_the_app_with_its_pictures(window, qtbot):
    window.resize(1366, 728)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_window
    qtbot.waitUntil(guide.isVisible, timeout=30000)
    assert guide.view.path.name == "panduan.md"
    assert guide.view.toPlainText().startswith("Panduan Pengguna")
    pictures = _pictures_loaded(guide.view)
    assert len(pictures) >= 10 and all(name.endswith("-id.png") for name in pictures)
    # Pictures never wider than the window's text column.
    width = guide.view.viewport().width()
    assert all(shown <= width for _name, shown in guide.view.images())
    # The contents' links go to their headings.
    assert guide.view.scroll_to_heading("7-ekspor")
    assert guide.view.textCursor().block().text() == "7. Ekspor"
    guide.close()


def test_the_guide_follows_the_language(window, qtbot):
    install_language("en")
    try:
        window.open_guide()
        guide = window.guide_window
        assert guide.view.path.name == "guide.md"
        assert guide.view.toPlainText().startswith("Studio Konten Cimahi User Guide")
        assert all(name.endswith("-en.png") for name in _pictures_loaded(guide.view))
        assert guide.view.scroll_to_heading("4-preview-safe-area-and-focal-point")
    finally:
        install_language("id")
    qtbot.waitUntil(lambda: guide.view.path.name == "panduan.md", timeout=30000)


def test_heading_anchors_are_github_s():
    assert heading_anchor("4. Pratinjau, area aman, dan titik fokus") == \
        "4-pratinjau-area-aman-dan-titik-fokus"
    assert heading_anchor("2. A new event: template and event details") == \
        "2-a-new-event-template-and-event-details"


def test_the_guides_show_every_picture_the_tool_makes_and_no_other():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for picture in (ROOT / "docs" / "img").glob("[0-9]*-*.png"):
        assert picture.stat().st_size > 0


def test_table_of_contents_links_reach_a_heading(app, qtbot):
    for language, first in (("id", "Panduan"), ("en", "Studio")):
        window = GuideWindow()
        qtbot.addWidget(window)
        window.view.load(ROOT / "docs" / ("panduan.md" if language == "id" else "guide.md"))
        text = window.view.path.read_text(encoding="utf-8")
        import re

        anchors = re.findall(r"\]\(#([\w-]+)\)", text)
        assert anchors
        for anchor in anchors:
            assert window.view.scroll_to_heading(anchor), (language, anchor)
        assert window.view.toPlainText().startswith(first)

"""The export panel's recap video and intro/outro switch (issue 11 item 4, issue 18 item 6).

The platforms are shrunk to 180x320 so the encode takes a moment; the panel,
the engine and the files are the real ones.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from studio.platforms import get_platform
from studio.video.probe import probe_video
from tests.gui.conftest import write_photo
from tests.gui.test_flow import choose_platforms, start_new_event

REELS = "instagram_reels"


def _tiny(monkeypatch) -> None:
    def tiny(pid: str):
        platform = get_platform(pid)
        return dataclasses.replace(platform, width=180, height=320)

    monkeypatch.setattr("studio.batch.run.get_platform", tiny)
    monkeypatch.setattr("studio.batch.plan.get_platform", tiny)


def test_recap_video_from_the_export_panel(window, qtbot, tmp_path, fake_dialogs, monkeypatch):
    _tiny(monkeypatch)
    start_new_event(window, qtbot)
    session = window.session
    session.set_template("liputan-kegiatan")
    qtbot.keyClicks(window.production.form.editor("judul"), "HUT Cimahi")
    folder = tmp_path / "foto"
    folder.mkdir()
    broken = folder / "rusak.jpg"
    broken.write_bytes(b"no photo")
    session.add_media([write_photo(folder / f"f{n}.jpg", (800, 600), seed=n) for n in range(3)]
                      + [broken])
    choose_platforms(window, {REELS})
    session.set_output_dir(tmp_path / "hasil")
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=20000)
    window.production.show_export()
    export = window.production.export
    assert not export._recap_options.isVisible()
    qtbot.mouseClick(export.make_recap, Qt.MouseButton.LeftButton)
    assert export.make_recap.isChecked() and export._recap_options.isVisible()
    assert "1 video rekap akan dibuat" in export.summary.text()
    export.recap_seconds.setValue(15)
    export.intro.setCurrentIndex(2)  # none
    assert session.project.export.intro == "off"
    with qtbot.waitSignal(export.exportFinished, timeout=120000) as finished:
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report is not None and not report.problems
    videos = [p for p in report.written if p.suffix == ".mp4"]
    assert len(videos) == 1 and videos[0].name == "rekap-HUT Cimahi.mp4"
    assert abs(probe_video(videos[0]).duration - 15) < 0.2  # no intro, no outro
    # The broken photo is named among the warnings; the rest went on.
    assert any("rusak.jpg" in warning.message for _, _, warning in report.warnings)


def test_panel_texts_fit_at_1366x768(window, qtbot, tmp_path):
    window.resize(1366, 768)
    start_new_event(window, qtbot)
    window.production.show_export()
    export = window.production.export
    qtbot.mouseClick(export.make_recap, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    window.grab().save(str(tmp_path.parent / "export-panel-1366.png"))
    for widget in (export.make_recap, export.recap_music, export.intro):
        assert widget.isVisible()
        assert widget.width() >= widget.minimumSizeHint().width() - 1

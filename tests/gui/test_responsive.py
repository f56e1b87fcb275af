"""The app never freezes: the UI thread keeps running during an export, and the
preview of a big photo follows a change of the form from its proxy.

Nothing here is timed (no test may depend on the machine's speed): the export is
held at a gate it cannot pass until the test opens it, so the window must show
that its event loop runs meanwhile; and the preview is shown to re-render from
the small proxy without decoding the camera file again. How fast a preview comes
back is measured in ``benchmarks/preview.py``.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from gui import session as session_module
from gui.production import export_panel
from gui.production import preview as preview_module
from tests.gui.conftest import write_photo


def test_ui_thread_keeps_running_during_an_export(window, qtbot, tmp_path, monkeypatch):
    session = window.session
    window.new_event()
    session.set_field("judul", "Apel Pagi Bersama")
    folder = tmp_path / "foto"
    folder.mkdir()
    session.add_media([write_photo(folder / f"apel-{i}.jpg", (1400, 1000), seed=i)
                       for i in range(4)])
    session.set_platforms(["instagram_portrait", "instagram_story", "x_post"])
    session.set_output_dir(tmp_path / "hasil")
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=60000)

    gate = threading.Event()
    workers: list[int] = []
    real_export = export_panel.run_export

    def held_export(request, *, progress, cancel):
        workers.append(threading.get_ident())
        # Work that cannot go on until the test says so (a long export, in effect).
        if not gate.wait(120):
            raise AssertionError("the test never opened the gate")
        return real_export(request, progress=progress, cancel=cancel)

    monkeypatch.setattr(export_panel, "run_export", held_export)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    export = window.production.export
    timer.start()
    try:
        assert export.start_export()
        # The export is stuck on its worker, and the window's event loop still runs:
        # the timer keeps firing and the panel shows it as running.
        qtbot.waitUntil(lambda: bool(workers) and len(ticks) >= 10, timeout=60000)
        assert workers[0] != threading.get_ident()
        assert export.is_running and export.cancel_button.isEnabled()
        with qtbot.waitSignal(export.exportFinished, timeout=180000) as finished:
            gate.set()
    finally:
        gate.set()
        timer.stop()
    assert finished.args[0] is not None and len(finished.args[0].written) == 12


def test_preview_of_a_24_megapixel_photo_follows_the_form_from_its_proxy(
        window, qtbot, tmp_path, monkeypatch):
    session = window.session
    window.new_event()
    big = write_photo(tmp_path / "kamera-24mp.jpg", (6000, 4000), seed=7)
    session.add_media([big])
    preview = window.production.preview
    # First load: the photo is decoded once into its proxy.
    qtbot.waitUntil(lambda: session.proxy(big) is not None, timeout=60000)
    proxy = session.proxy(big)
    assert max(proxy.size) <= 1600
    qtbot.waitUntil(lambda: preview.canvas.preview is not None
                    and preview.canvas.preview.media_rect is not None, timeout=60000)

    decoded: list[object] = []
    real_load = session_module._load_job
    monkeypatch.setattr(session_module, "_load_job",
                        lambda *a, **k: decoded.append(a) or real_load(*a, **k))
    rendered: list[object] = []
    real_render = preview_module.render_preview
    monkeypatch.setattr(preview_module, "render_preview",
                        lambda request, **k: rendered.append(request) or real_render(request,
                                                                                     **k))
    for text in ("Rapat Paripurna", "Rapat Paripurna DPRD", "Rapat Paripurna DPRD Kota"):
        with qtbot.waitSignal(preview.previewUpdated, timeout=60000):
            session.set_field("judul", text)
        assert preview.canvas.preview is not None
    # Every edit re-rendered from the proxy in memory; the camera file was not read again.
    assert decoded == []
    assert rendered and all(r.media is not None and r.media.proxy is proxy for r in rendered)

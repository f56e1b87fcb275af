"""The app never freezes: the UI thread keeps running during an export, and the
preview of a big photo follows a change of the form quickly (from its proxy)."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QTimer

from tests.gui.conftest import write_photo


def test_ui_thread_keeps_running_during_an_export(window, qtbot, tmp_path):
    session = window.session
    window.new_event()
    session.set_field("judul", "Apel Pagi Bersama")
    folder = tmp_path / "foto"
    folder.mkdir()
    session.add_media([write_photo(folder / f"apel-{i}.jpg", (1400, 1000), seed=i)
                       for i in range(4)])
    session.set_platforms(["instagram_portrait", "instagram_story", "x_post"])
    session.set_output_dir(tmp_path / "hasil")
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=20000)

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    export = window.production.export
    timer.start()
    with qtbot.waitSignal(export.exportFinished, timeout=60000) as finished:
        assert export.start_export()
    timer.stop()
    assert finished.args[0] is not None and len(finished.args[0].written) == 12
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    # The export took a while, and the event loop ran all along: a 20 ms timer
    # never waited long (a frozen window would show gaps of seconds).
    assert len(ticks) > 10
    assert max(gaps) < 0.5, f"the UI thread stalled for {max(gaps):.2f} s"


def test_preview_of_a_24_megapixel_photo_follows_the_form(window, qtbot, tmp_path):
    """Every edit reaches the preview, drawn from the proxy (not the 24 MP photo).

    How fast is measured by benchmarks/preview.py, not here: a test must not
    depend on the machine's speed.
    """
    session = window.session
    window.new_event()
    big = write_photo(tmp_path / "kamera-24mp.jpg", (6000, 4000), seed=7)
    session.add_media([big])
    preview = window.production.preview
    # First load: the photo is decoded once into its proxy.
    qtbot.waitUntil(lambda: session.proxy(big) is not None, timeout=30000)
    assert max(session.proxy(big).size) <= 1600
    qtbot.waitUntil(lambda: preview.canvas.preview is not None
                    and preview.canvas.preview.media_rect is not None, timeout=10000)
    shown = [preview.canvas.preview.image]
    for text in ("Rapat Paripurna", "Rapat Paripurna DPRD", "Rapat Paripurna DPRD Kota"):
        session.set_field("judul", text)
        # The new title is on screen: the preview changed.
        qtbot.waitUntil(lambda: preview.canvas.preview.image != shown[-1], timeout=30000)
        shown.append(preview.canvas.preview.image)
    assert preview.canvas.preview.media_rect is not None  # still the photo's preview

"""The app keeps its photo workers between exports and stops them when it closes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import studio.batch
from gui.jobs import export as export_job
from studio.brand import default_brand
from studio.platforms import get_platform
from studio.progress import CancelToken
from studio.project import ExportOptions, MediaItem, Project
from studio.template import default_library
from tests.gui.conftest import start_event, write_photo


def test_the_second_export_finds_the_workers_up_and_quitting_stops_them(
        tmp_path: Path, monkeypatch) -> None:
    real_run_batch = studio.batch.run_batch
    pools = []

    def one_worker(project, **kwargs):
        pools.append(kwargs["pool"])
        # Small test photos would all be made in this process: ask for a worker.
        return real_run_batch(project, **{**kwargs, "workers": 1})

    monkeypatch.setattr(studio.batch, "run_batch", one_worker)
    (tmp_path / "foto").mkdir()
    photos = [write_photo(tmp_path / "foto" / f"{n}.jpg", seed=n) for n in range(3)]
    platforms = (get_platform("instagram_portrait"),)
    for n in range(2):
        project = Project(name="Rapat Uji", template="liputan-kegiatan",
                          output_dir=tmp_path / f"hasil-{n}", platforms=("instagram_portrait",),
                          fields={"judul": f"Rapat Koordinasi {n}", "tanggal": "2026-12-04"},
                          media=tuple(MediaItem(p) for p in photos),
                          export=ExportOptions(captions=False))
        request = export_job.ExportRequest(project, default_library(), default_brand(),
                                           platforms)
        report = export_job.run_export(request, progress=lambda _event: None,
                                       cancel=CancelToken())
        assert report.ok and len(report.written) == 3
    assert pools[0] is pools[1]
    assert pools[0].spawned == 1 and pools[0].running == 1  # started once, still up
    export_job.stop_workers()
    assert pools[0].running == 0


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: no worker beside the app")
def test_the_workers_start_while_the_event_is_prepared_and_the_export_uses_them(
        window, qtbot, fake_dialogs, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_job, "PRESTART", True)
    # The same worker count ahead and in the run, whatever memory this machine has free.
    monkeypatch.setattr("studio.batch.memory.available_memory", lambda: 16_000 * 2**20)
    real_run_batch = studio.batch.run_batch
    used = []

    def spy(project, **kwargs):
        report = real_run_batch(project, **kwargs)
        used.append(kwargs["pool"].spawned)
        return report

    monkeypatch.setattr(studio.batch, "run_batch", spy)
    (tmp_path / "foto").mkdir()
    photos = [write_photo(tmp_path / "foto" / f"{n}.jpg", seed=n) for n in range(4)]
    session = start_event(window, tmp_path, photos)
    export = window.production.export
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=60000)
    # Counting what the export will make started its workers, before any export.
    qtbot.waitUntil(lambda: export_job._workers is not None
                    and export_job._workers.running >= 1, timeout=20000)
    started = export_job._workers.spawned
    with qtbot.waitSignal(export.exportFinished, timeout=180000) as finished:
        assert export.start_export()
    assert finished.args[0] is not None and finished.args[0].ok
    assert used == [started], "the export started no worker of its own"

"""The app keeps its photo workers between exports and stops them when it closes."""

from __future__ import annotations

from pathlib import Path

import studio.batch
from gui.jobs import export as export_job
from studio.brand import default_brand
from studio.platforms import get_platform
from studio.progress import CancelToken
from studio.project import ExportOptions, MediaItem, Project
from studio.template import default_library
from tests.gui.conftest import write_photo


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

"""The batch engine: parallel export, bad files in the middle, cancel, resume after
kill -9, a full disk, foreign files, captions and zips, video scheduling."""

from __future__ import annotations

import csv
import dataclasses
import errno
import hashlib
import json
import os
import platform
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest
from PIL import Image

import studio.batch.captions as batch_captions
import studio.produce as produce_module
from studio import export as export_module
from studio.batch import (
    JOURNAL_NAME,
    LOCK_NAME,
    MANIFEST_CSV,
    MANIFEST_JSON,
    SUMMARY_NAME,
    BatchProgress,
    plan_batch,
    run_batch,
)
from studio.errors import ProjectError
from studio.job import InputResult, written
from studio.progress import CancelToken
from studio.project import ExportOptions, MediaItem, Project, save_project
from studio.template.library import TemplateLibrary
from tests.studio.helpers import noisy_photo, write_template

ROOT = Path(__file__).resolve().parents[2]
PLATFORMS = ("instagram_portrait", "x_post")
REPORT_FILES = {MANIFEST_CSV, MANIFEST_JSON, SUMMARY_NAME, JOURNAL_NAME}


# -- builders -----------------------------------------------------------------------


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    templates = tmp_path / "templates"
    # The shipped caption template: the batch runs the real caption module.
    write_template(templates / "uji", caption="liputan-kegiatan")
    return TemplateLibrary(dirs=(templates,))


def _photos(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"IMG_{i:04d}.jpg"
        noisy_photo(800, 600, seed=i).save(path, quality=85)
        paths.append(path)
    return paths


def _project(tmp_path: Path, media: list[Path | MediaItem], **export: object) -> Project:
    items = [m if isinstance(m, MediaItem) else MediaItem(m, focus=(0.5, 0.5)) for m in media]
    return Project(name="Rapat Uji", template="uji", output_dir=tmp_path / "hasil",
                   platforms=PLATFORMS,
                   fields={"judul": "Rapat Koordinasi Kehumasan", "tanggal": "2026-01-05"},
                   media=tuple(items), export=ExportOptions(**export))


def _content_hash(data: bytes) -> str:
    """sha256 of a file: studio.export writes the same bytes in every process."""
    return hashlib.sha256(data).hexdigest()


def _outputs(folder: Path) -> dict[str, str]:
    """Every delivered file (not the report or journal) with its content hash."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name not in REPORT_FILES:
            found[path.relative_to(folder).as_posix()] = _content_hash(path.read_bytes())
    return found


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".part-*")]


# -- the main paths ---------------------------------------------------------------------


def test_bad_files_in_the_middle_are_reported_and_the_rest_exported(
        tmp_path: Path, library: TemplateLibrary) -> None:
    good = _photos(tmp_path / "foto", 4)
    corrupt = tmp_path / "foto" / "rusak.jpg"
    corrupt.write_bytes(good[0].read_bytes()[:300] + b"\x00" * 50)  # a cut-off JPEG
    unsupported = tmp_path / "foto" / "catatan.txt"
    unsupported.write_text("bukan foto", encoding="utf-8")
    missing = tmp_path / "foto" / "hilang.jpg"
    media = [good[0], corrupt, good[1], unsupported, missing, good[2], good[3]]
    events: list[BatchProgress] = []

    report = run_batch(_project(tmp_path, media), progress=events.append, workers=2,
                       library=library)

    out = tmp_path / "hasil"
    assert report.written == 4 * len(PLATFORMS)
    assert report.exit_code == 1 and not report.cancelled
    failed_sources = {Path(r.source).name for r in report.failures}
    assert failed_sources == {"rusak.jpg", "catatan.txt", "hilang.jpg"}
    # Each row names its media item (1-based position in the project) for the GUI.
    assert {(Path(r.source).name, r.item) for r in report.failures} == {
        ("rusak.jpg", 2), ("catatan.txt", 4), ("hilang.jpg", 5)}
    assert all(r.error and r.error_code.startswith("media") for r in report.failures)
    for pid in PLATFORMS:
        for photo in good:
            with Image.open(out / pid / photo.name) as im:
                im.load()
    # The report: one row per output, CSV and JSON agree, the summary names the bad files.
    with open(out / MANIFEST_CSV, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == (len(media) + 1) * len(PLATFORMS)  # and a caption per platform
    assert {r["status"] for r in rows} == {"ok", "failed"}
    ok_row = next(r for r in rows if r["status"] == "ok")
    assert ok_row["sha256"] == hashlib.sha256((out / ok_row["path"]).read_bytes()).hexdigest()
    assert int(ok_row["bytes"]) == (out / ok_row["path"]).stat().st_size
    data = json.loads((out / MANIFEST_JSON).read_text(encoding="utf-8"))
    assert data["counts"]["written"] == 8 and data["counts"]["failed"] == 6
    summary = (out / SUMMARY_NAME).read_text(encoding="utf-8")
    assert "Gagal: 6 berkas" in summary
    for name in ("rusak.jpg", "catatan.txt", "hilang.jpg"):
        assert name in summary
    assert summary == report.summary
    # Progress: per output, rising to 1.0, with the finished row.
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert sum(1 for e in events if e.row is not None and e.row.kind == "photo") == 14
    assert events[-1].done == events[-1].total == 14
    assert not _partials(out)
    assert not (out / LOCK_NAME).exists()
    # Captions beside the photos, one per platform folder, from the real caption module.
    for pid in PLATFORMS:
        assert "Rapat Koordinasi Kehumasan" in (out / pid / "caption.txt").read_text("utf-8")


def test_resume_skips_finished_outputs_and_redoes_changed_ones(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", 3)
    project = _project(tmp_path, photos)
    first = run_batch(project, workers=0, library=library)
    assert first.written == 6
    before = {p: (tmp_path / "hasil" / p).stat().st_mtime_ns
              for p in _outputs(tmp_path / "hasil")}

    again = run_batch(project, workers=0, library=library)
    assert (again.written, again.kept) == (0, 6)
    assert {p: (tmp_path / "hasil" / p).stat().st_mtime_ns for p in before} == before

    # One photo changes, and one item gets a new focal point: only those are redone.
    noisy_photo(800, 600, seed=99).save(photos[1])
    changed = project.with_item(2, project.media[2].with_focus((0.2, 0.3)))
    third = run_batch(changed, workers=0, library=library)
    redone = {Path(r.source).name for r in third.rows if r.status == "ok" and r.kind == "photo"}
    assert redone == {photos[1].name, photos[2].name}
    assert third.kept == 2 and third.failed == 0

    # A field value feeds every output: all redone. --no-resume redoes all too.
    assert run_batch(changed.with_field("judul", "Baru"), workers=0,
                     library=library).written == 6
    assert run_batch(changed.with_field("judul", "Baru"), workers=0, library=library,
                     resume=False).written == 6


def test_files_the_batch_did_not_write_are_never_overwritten(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", 2)
    foreign = tmp_path / "hasil" / "x_post" / photos[0].name
    foreign.parent.mkdir(parents=True)
    foreign.write_bytes(b"the officer's own file")
    project = _project(tmp_path, photos)

    for _ in range(2):  # and a second run does not take it over either
        report = run_batch(project, workers=0, library=library)
        assert [(Path(r.source).name, r.platform, r.error_code) for r in report.failures] == [
            (photos[0].name, "x_post", "export.exists")]
        assert foreign.read_bytes() == b"the officer's own file"
    assert "sudah ada berkas dengan nama sama" in report.summary

    allowed = run_batch(project.with_export(overwrite=True), workers=0, library=library)
    assert allowed.failed == 0
    assert foreign.read_bytes() != b"the officer's own file"


def test_cancel_stops_within_a_second_and_leaves_no_partial_files(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", 12)
    project = _project(tmp_path, photos)
    cancel = CancelToken()
    cancelled_at: list[float] = []

    def on_progress(event: BatchProgress) -> None:
        if event.row is not None and event.row.kind == "photo" and event.row.status == "ok" \
                and not cancel.cancelled:
            cancelled_at.append(time.monotonic())
            cancel.cancel()

    report = run_batch(project, progress=on_progress, cancel=cancel, workers=2,
                       library=library)
    assert report.cancelled and report.exit_code == 130
    assert cancelled_at  # cancelled after the first photo was made
    # Stopped without making the rest (how quickly is not asserted: a timed assertion
    # would fail on a slow machine).
    assert report.count("cancelled") > 0
    out = tmp_path / "hasil"
    assert not _partials(out)
    for rel in (r for r in _outputs(out) if r.endswith(".jpg")):  # each one whole
        with Image.open(out / rel) as im:
            im.load()
    assert "DIBATALKAN" in (out / SUMMARY_NAME).read_text(encoding="utf-8")

    # Run again: the rest is done, nothing twice.
    rest = run_batch(project, workers=2, library=library)
    assert rest.failed == 0 and not rest.cancelled
    assert rest.written + rest.kept == len(photos) * len(PLATFORMS)
    assert rest.kept >= 1


def test_full_disk_fails_the_item_clearly_without_a_partial_file(
        tmp_path: Path, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    photos = _photos(tmp_path / "foto", 3)
    real_write = produce_module.write_atomic

    def filling_disk(path: Path, data: object, *, overwrite: bool = False) -> Path:
        if Path(path).name != photos[1].name or Path(path).parent.name != "x_post":
            return real_write(path, data, overwrite=overwrite)

        def half_then_full(tmp: Path) -> None:
            tmp.write_bytes(bytes(data)[: len(data) // 2])  # type: ignore[arg-type]
            raise OSError(errno.ENOSPC, "No space left on device")

        return real_write(path, half_then_full, overwrite=overwrite)

    monkeypatch.setattr(produce_module, "write_atomic", filling_disk)
    report = run_batch(_project(tmp_path, photos), workers=0, library=library)

    [failure] = report.failures
    assert (Path(failure.source).name, failure.platform) == (photos[1].name, "x_post")
    assert failure.error_code == "export.disk_full"
    assert "disk is full" in failure.error
    assert "disk penuh" in report.summary
    out = tmp_path / "hasil"
    assert not (out / "x_post" / photos[1].name).exists()
    assert not _partials(out)
    assert report.written == 5


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; Windows has no kill -9")
def test_killed_hard_and_resumed_gives_exactly_the_full_set(tmp_path: Path) -> None:
    home = Path(os.environ["STUDIO_KONTEN_HOME"])
    write_template(home / "templates" / "uji")
    photos = _photos(tmp_path / "foto", 20)
    project_file = tmp_path / "uji.kegiatan.toml"
    save_project(_project(tmp_path, photos), project_file)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def cli(output: Path) -> list[str]:
        return [sys.executable, str(ROOT / "main.py"), "batch", str(project_file),
                "--workers", "2", "--output", str(output), "--quiet"]

    reference = tmp_path / "utuh"
    done = subprocess.run(cli(reference), env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    # The killed run stands still once 8 outputs are recorded as done (an injected
    # pause, tests/studio/pause_hook.py), so the kill lands at the same point on
    # any machine; workers may have written more files by then, unrecorded.
    killed = tmp_path / "dibunuh"
    paused = tmp_path / "paused.txt"
    pausing = [sys.executable, "-c",
               "import runpy, sys; import tests.studio.pause_hook; "
               f"sys.argv = [{str(ROOT / 'main.py')!r}, *sys.argv[1:]]; "
               f"runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')",
               *cli(killed)[2:]]
    process = subprocess.Popen(pausing, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL,
                               env={**env, "STUDIO_TEST_PAUSE_AFTER": "8",
                                    "STUDIO_TEST_PAUSED": str(paused)})
    try:
        # Not a deadline on speed: the run either pauses or ends (then it failed).
        while not paused.exists():
            assert process.poll() is None, "the batch ended without reaching the pause"
            time.sleep(0.02)
        recorded = int(paused.read_text(encoding="utf-8"))
        workers = psutil.Process(process.pid).children(recursive=True)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    # The orphaned workers notice their parent is gone and stop by themselves.
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive
    assert (killed / LOCK_NAME).exists()  # left behind by the kill, taken over below

    resumed = subprocess.run(cli(killed), env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert _outputs(killed) == _outputs(reference)
    assert not _partials(killed)
    counts = json.loads((killed / MANIFEST_JSON).read_text(encoding="utf-8"))["counts"]
    assert counts["kept"] >= recorded >= 8  # finished work was not redone
    assert counts["written"] + counts["kept"] == 40


# -- layout, captions, zips -------------------------------------------------------------


def _fake_caption_file(template, fields, platform, brand):
    """Stands in for the one caption writer: a caption that names the item's ``nama``."""
    text = f"{fields.get('judul')} — {fields.get('nama', '')} {' '.join(brand.hashtags)}"
    result = SimpleNamespace(platform_id=platform.id, text=text, count=len(text), limit=2200,
                             warnings=(), shortened=False)
    return (text + "\n").encode("utf-8"), result


def test_platform_folders_captions_and_zips(tmp_path: Path, library: TemplateLibrary,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_captions, "caption_file_data", _fake_caption_file)
    photos = _photos(tmp_path / "foto", 3)
    media = [MediaItem(photos[0], focus=(0.5, 0.5)), MediaItem(photos[1], focus=(0.5, 0.5)),
             MediaItem(photos[2], focus=(0.5, 0.5), fields={"nama": "Budi Santoso"})]
    project = _project(tmp_path, media, zip_per_platform=True)

    report = run_batch(project, workers=0, library=library)
    assert report.failed == 0
    out = tmp_path / "hasil"
    for pid in PLATFORMS:
        shared = (out / pid / "caption.txt").read_text(encoding="utf-8")
        assert shared.startswith("Rapat Koordinasi Kehumasan")
        own = (out / pid / "IMG_0002.caption.txt").read_text(encoding="utf-8")
        assert "Budi Santoso" in own
        with zipfile.ZipFile(out / f"{pid}.zip") as archive:
            assert sorted(archive.namelist()) == sorted(
                [p.name for p in photos] + ["caption.txt", "IMG_0002.caption.txt"])
            assert archive.read(photos[0].name) == (out / pid / photos[0].name).read_bytes()
    kinds = {r.kind for r in report.rows}
    assert kinds == {"photo", "caption", "zip"}

    again = run_batch(project, workers=0, library=library)
    assert {r.status for r in again.rows} == {"kept"}


def test_same_file_names_from_two_cameras_do_not_collide(
        tmp_path: Path, library: TemplateLibrary) -> None:
    first = _photos(tmp_path / "hp-1", 1)[0]
    second = _photos(tmp_path / "hp-2", 1)[0]
    assert first.name == second.name
    report = run_batch(_project(tmp_path, [first, second]), workers=0, library=library)
    assert report.failed == 0
    names = sorted(p.name for p in (tmp_path / "hasil" / "x_post").iterdir())
    assert names == ["IMG_0000-2.jpg", "IMG_0000.jpg", "caption.txt"]


def test_a_caption_that_cannot_be_made_fails_alone_and_the_photos_go_on(
        tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    write_template(templates / "uji", caption="tidak-ada")  # no such caption template
    library = TemplateLibrary(dirs=(templates,))
    report = run_batch(_project(tmp_path, _photos(tmp_path / "foto", 1)), workers=0,
                       library=library)
    assert report.written == 2
    assert {(r.kind, r.error_code) for r in report.failures} == {("caption", "caption.unknown")}
    assert all(r.failure is not None and r.failure.params for r in report.failures)


# -- videos, locks, tokens -------------------------------------------------------------


def test_videos_run_beside_photos_through_the_video_module(
        tmp_path: Path, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict] = []

    def fake_produce(job, loaded, brand, settings, options=None, *, progress=None,
                     cancel=None) -> InputResult:
        calls.append({"trim": job.trim, "thread": threading.current_thread().name})
        outputs = []
        for target in job.targets:
            export_module.write_atomic(target.path, b"video " + target.platform.id.encode(),
                                       overwrite=target.overwrite)
            if progress:
                progress(SimpleNamespace(fraction=0.5))
            outputs.append(written(job.source, target.platform.id, target.path))
        return InputResult(job.source, tuple(outputs))

    monkeypatch.setattr(produce_module, "produce_video", fake_produce)
    clip = tmp_path / "klip" / "pembukaan.mp4"
    clip.parent.mkdir()
    clip.write_bytes(b"not really a video")
    photos = _photos(tmp_path / "foto", 2)
    media = [MediaItem(clip, trim=(1.0, 5.0)), *photos]
    project = _project(tmp_path, media)
    # (covers off: the fake clip has no frame to show)
    project = project.with_platforms(("instagram_story", "x_post")).with_export(covers=False)

    report = run_batch(project, workers=2, library=library)
    assert report.failed == 0, report.failures
    assert calls == [{"trim": (1.0, 5.0), "thread": calls[0]["thread"]}]
    assert calls[0]["thread"].startswith("studio-video")
    assert (tmp_path / "hasil" / "instagram_story" / "pembukaan.mp4").read_bytes() \
        == b"video instagram_story"
    assert run_batch(project, workers=0, library=library).kept == 6


def test_a_clip_that_is_no_video_fails_and_the_photos_go_on(
        tmp_path: Path, library: TemplateLibrary) -> None:
    clip = tmp_path / "klip.mp4"
    clip.write_bytes(b"x")
    report = run_batch(_project(tmp_path, [clip, *_photos(tmp_path / "foto", 1)]), workers=0,
                       library=library)
    assert {r.error_code.split(".")[0] for r in report.failures} == {"video"}
    assert all(r.failure is not None and r.failure.path == clip for r in report.failures)
    assert report.written == 2


def test_a_running_batch_locks_its_folder_and_a_stale_lock_is_taken_over(
        tmp_path: Path, library: TemplateLibrary) -> None:
    project = _project(tmp_path, _photos(tmp_path / "foto", 1))
    out = tmp_path / "hasil"
    out.mkdir()
    me = psutil.Process()
    (out / LOCK_NAME).write_text(json.dumps(
        {"pid": me.pid, "started": me.create_time(), "host": platform.node()}),
        encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        run_batch(project, workers=0, library=library)
    assert info.value.code == "batch.busy"

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / LOCK_NAME).write_text(json.dumps({"pid": dead.pid, "started": 1.0}),
                                 encoding="utf-8")
    (out / "x_post").mkdir()
    (out / "x_post" / ".part-abc123.jpg").write_bytes(b"half")
    assert run_batch(project, workers=0, library=library).ok
    assert not _partials(out)


def test_plan_counts_and_field_tokens(tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", 2)
    project = _project(tmp_path, [*photos, MediaItem(photos[0], skip=True)])
    plan = plan_batch(project, library=library)
    assert plan.output_count == 4 and plan.skipped_items == 1 and plan.photo_count == 2
    # A field value fills its token but never makes a folder; braces in it stay text.
    named = project.with_media([MediaItem(photos[0], fields={"nama": "Dr. A/B {x}"}),
                                MediaItem(photos[1])])
    named = dataclasses.replace(named, pattern="{platform}/{index}-{nama}")
    names = [o.path.relative_to(tmp_path / "hasil").as_posix()
             for i in plan_batch(named, library=library).inputs for o in i.outputs]
    assert names == ["instagram_portrait/001-Dr. A-B {x}.jpg", "x_post/001-Dr. A-B {x}.jpg",
                     "instagram_portrait/002-.jpg", "x_post/002-.jpg"]
    with pytest.raises(ProjectError):
        plan_batch(Project(name="x", template="uji", output_dir=tmp_path), library=library)


def test_an_original_is_never_replaced_by_its_own_output(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", 2)
    original = photos[0].read_bytes()
    project = Project(name="x", template="uji", output_dir=tmp_path / "foto",
                      platforms=("x_post",), fields={"judul": "A", "tanggal": "2026-01-05"},
                      media=tuple(MediaItem(p, focus=(0.5, 0.5)) for p in photos),
                      pattern="{name}", export=ExportOptions(overwrite=True, captions=False))
    report = run_batch(project, workers=0, library=library)
    assert {r.error_code for r in report.failures} == {"batch.output_is_source"}
    assert photos[0].read_bytes() == original


def test_a_progress_callback_that_raises_cancelled_cancels(
        tmp_path: Path, library: TemplateLibrary) -> None:
    from studio.errors import Cancelled

    def stop(event: BatchProgress) -> None:
        if event.row is not None and event.row.kind == "photo":
            raise Cancelled

    report = run_batch(_project(tmp_path, _photos(tmp_path / "foto", 3)), progress=stop,
                       workers=0, library=library)
    assert report.cancelled and report.count("cancelled") > 0
    assert (tmp_path / "hasil" / SUMMARY_NAME).exists()

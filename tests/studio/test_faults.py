"""The faults suite (issue 14, item 4): the machine fails under a running export.

Each fault is injected at a chosen item - never by timing: from the run's own
progress callback (which runs on the export's thread between items), by
patching the one place the fault would surface (the atomic writer's rename,
its temporary file, ffmpeg's process) or by a kind of item that kills its own
worker process. For every fault the suite checks what the PIC is promised:

- the item fails with a coded error naming the file (or, when the fault was
  passing, succeeds on its second attempt);
- it was tried exactly twice (``attempts`` in the manifest and the journal);
- the rest of the batch is made;
- nothing half-written is left (no temporary file, no partial file under its
  final name);
- a resume (``run_batch`` again, as the app and ``--resume`` do) finishes the
  job with files byte-identical to a clean run.

docs/batch.md ("Faults") has the table of what each fault does.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import studio.atomic as atomic
import studio.video.run as video_run
from studio.batch import (
    JOURNAL_NAME,
    LOCK_NAME,
    MANIFEST_CSV,
    MANIFEST_JSON,
    SUMMARY_NAME,
    BatchProgress,
    BatchReport,
    plan_batch,
    run_batch,
)
from studio.project import ExportOptions, MediaItem, Project
from studio.template.library import TemplateLibrary
from studio.video.ffmpeg import ffmpeg_exe
from tests.studio.helpers import noisy_photo, write_template

PLATFORMS = ("instagram_portrait", "x_post")
REPORT_FILES = {JOURNAL_NAME, LOCK_NAME, MANIFEST_CSV, MANIFEST_JSON, SUMMARY_NAME}
posix_only = pytest.mark.skipif(sys.platform == "win32",
                                reason="SIGKILL and /dev/full are POSIX; Windows has neither")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> TemplateLibrary:
    templates = tmp_path_factory.mktemp("templates")
    write_template(templates / "uji", media=["photo", "video"],
                   video={"intro": False, "outro": False})
    return TemplateLibrary(dirs=(templates,))


def _photos(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names):
        path = folder / name
        noisy_photo(480, 360, seed=i).save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


def _project(media: list[Path], output: Path, platforms: tuple[str, ...] = PLATFORMS
             ) -> Project:
    return Project(name="Rapat Uji", template="uji", output_dir=output, platforms=platforms,
                   pattern="{platform}/{name}",
                   fields={"judul": "Rapat Koordinasi Kehumasan"},
                   media=tuple(MediaItem(m, focus=(0.5, 0.5)) for m in media),
                   export=ExportOptions(captions=False))


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every file a run made for people, by path: what 'identical' compares."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in REPORT_FILES}


def _partials(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(atomic.PART_PREFIX)]


def _journal(folder: Path) -> dict[str, dict]:
    done = {}
    for line in (folder / JOURNAL_NAME).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("op") == "done":
            done[record["path"]] = record
    return done


def _manifest(folder: Path) -> dict[str, dict]:
    data = json.loads((folder / MANIFEST_JSON).read_text(encoding="utf-8"))
    return {row["path"]: row for row in data["outputs"]}


def _after_item(number: int, action: Callable[[], None]) -> Callable[[BatchProgress], None]:
    """A progress callback that runs ``action`` once, when item ``number`` is finished
    (the next item starts after it: the fault lands at a known point, not a time)."""
    fired = []

    def progress(event: BatchProgress) -> None:
        if not fired and event.row is not None and event.row.item == number:
            fired.append(True)
            action()

    return progress


def _by_source(report: BatchReport) -> dict[str, set[tuple[str, str, int]]]:
    found: dict[str, set[tuple[str, str, int]]] = {}
    for row in report.rows:
        found.setdefault(Path(row.source).name, set()).add(
            (row.status, row.error_code, row.attempts))
    return found


def _clean(media: list[Path], tmp_path: Path, library: TemplateLibrary,
           platforms: tuple[str, ...] = PLATFORMS, **kwargs: object) -> dict[str, bytes]:
    clean = tmp_path / "bersih"
    report = run_batch(_project(media, clean, platforms), library=library, **kwargs)
    assert report.ok, report.failures
    return _outputs(clean)


def _resume_is_identical(project: Project, library: TemplateLibrary,
                         reference: dict[str, bytes], **kwargs: object) -> BatchReport:
    resumed = run_batch(project, library=library, **kwargs)
    assert resumed.ok, [(r.path, r.error_code) for r in resumed.failures]
    assert resumed.kept > 0
    assert _outputs(project.output_dir) == reference
    assert not _partials(project.output_dir)
    return resumed


# -- disk full during a photo batch ------------------------------------------------------


def _full_disk_at(monkeypatch: pytest.MonkeyPatch, stem: str, times: int) -> list[Path]:
    """The rename that puts ``<platform>/<stem>.*`` in place fails ``times`` times with
    ENOSPC, as a full disk does when the last blocks of a file cannot be allocated."""
    real = os.replace
    failed: list[Path] = []

    def replace(src, dst, *args, **kwargs):
        target = Path(dst)
        if target.stem == stem and target.parent.name == "x_post" and len(failed) < times:
            failed.append(target)
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "replace", replace)
    return failed


def test_a_passing_full_disk_is_retried_once_and_the_file_is_made(
        tmp_path: Path, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    failed = _full_disk_at(monkeypatch, "b", times=1)
    out = tmp_path / "hasil"
    report = run_batch(_project(photos, out), library=library, workers=0)

    assert failed == [out / "x_post" / "b.jpg"]
    assert report.ok and report.written == 6
    by_source = _by_source(report)
    # Only the output that failed was made again; the other platform of b.jpg was not.
    assert {(r.platform, r.attempts) for r in report.rows if r.source.endswith("b.jpg")} \
        == {("x_post", 2), ("instagram_portrait", 1)}
    assert by_source["a.jpg"] == by_source["c.jpg"] == {("ok", "", 1)}
    assert _manifest(out)["x_post/b.jpg"]["attempts"] == 2
    assert _journal(out)["x_post/b.jpg"]["attempts"] == 2
    assert _outputs(out) == reference
    assert not _partials(out)


def test_a_full_disk_fails_the_item_after_one_retry_and_a_resume_finishes(
        tmp_path: Path, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    failed = _full_disk_at(monkeypatch, "b", times=99)
    out = tmp_path / "hasil"
    project = _project(photos, out)
    report = run_batch(project, library=library, workers=0)

    assert len(failed) == 2  # the first attempt and the one retry
    [failure] = report.failures
    assert (Path(failure.source).name, failure.platform) == ("b.jpg", "x_post")
    assert (failure.error_code, failure.attempts) == ("export.disk_full", 2)
    assert failure.failure is not None and failure.failure.path == out / "x_post" / "b.jpg"
    assert "disk is full" in failure.error
    assert "b.jpg" in report.summary and "disk penuh" in report.summary
    assert report.written == 5  # the rest went on
    assert not (out / "x_post" / "b.jpg").exists() and not _partials(out)

    monkeypatch.undo()
    resumed = _resume_is_identical(project, library, reference, workers=0)
    assert (resumed.written, resumed.kept) == (1, 5)


# -- the output folder made read-only, or deleted, mid-run ---------------------------------


def test_an_output_folder_made_read_only_mid_run_fails_the_rest_clearly(
        tmp_path: Path, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    out = tmp_path / "hasil"
    project = _project(photos, out)
    real = atomic.tempfile.mkstemp
    refused: list[str] = []

    def read_only() -> None:
        # From now on nothing new can be created in the output folder (what Windows
        # says for a folder whose permission was taken away, or a pulled-out USB
        # stick mounted read-only): the temporary file of every write is refused.
        def mkstemp(*args, dir=None, **kwargs):
            if dir is not None and Path(dir).is_relative_to(out):
                refused.append(Path(dir).name)
                raise PermissionError(errno.EACCES, "Permission denied", str(dir))
            return real(*args, dir=dir, **kwargs)

        monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)

    report = run_batch(project, library=library, workers=0,
                       progress=_after_item(1, read_only))

    by_source = _by_source(report)
    assert by_source["a.jpg"] == {("ok", "", 1)}
    for name in ("b.jpg", "c.jpg"):  # each tried, once more, then failed with the reason
        assert by_source[name] == {("failed", "export.read_only", 2)}, name
    failure = next(r for r in report.failures if r.source.endswith("c.jpg"))
    assert failure.failure is not None and failure.failure.path is not None
    assert failure.failure.path.name == "c.jpg" and failure.failure.hint
    # 2 photos x 2 platforms x 2 attempts, then the three report files.
    assert refused.count("x_post") == 4 and refused.count("hasil") == 3
    assert {n.code for n in report.notes} == {"report_not_written"}
    assert "b.jpg" in report.summary and "tidak bisa ditulisi" in report.summary
    assert sorted(_outputs(out)) == ["instagram_portrait/a.jpg", "x_post/a.jpg"]
    assert not _partials(out)

    monkeypatch.undo()
    resumed = _resume_is_identical(project, library, reference, workers=0)
    assert (resumed.written, resumed.kept) == (4, 2)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="a real read-only folder: POSIX permissions, which root ignores")
def test_a_real_read_only_platform_folder_fails_its_files_and_the_others_go_on(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    out = tmp_path / "hasil"
    project = _project(photos, out)
    report = run_batch(project, library=library, workers=0,
                       progress=_after_item(1, lambda: (out / "x_post").chmod(0o555)))
    try:
        assert _by_source(report)["b.jpg"] == {("ok", "", 1),
                                               ("failed", "export.read_only", 2)}
        assert not _partials(out)
    finally:
        (out / "x_post").chmod(0o755)
    _resume_is_identical(project, library, reference, workers=0)


@pytest.mark.skipif(sys.platform == "win32",
                    reason="Windows refuses to delete a folder while the run holds its journal")
def test_an_output_folder_deleted_mid_run_is_made_again_and_the_report_says_what_is_there(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    out = tmp_path / "hasil"
    project = _project(photos, out)
    report = run_batch(project, library=library, workers=0,
                       progress=_after_item(1, lambda: shutil.rmtree(out)))

    by_source = _by_source(report)
    # a.jpg was made, then deleted with the folder: the report does not claim it.
    assert by_source["a.jpg"] == {("failed", "batch.output_gone", 1)}
    assert by_source["b.jpg"] == by_source["c.jpg"] == {("ok", "", 1)}
    gone = report.failures[0].failure
    assert gone is not None and gone.path == out / "instagram_portrait" / "a.jpg"
    assert "a.jpg" in report.summary
    # The journal was written again, whole, in the folder made again: the resume
    # knows every file is ours, and finds a.jpg's missing.
    assert set(_journal(out)) == {f"{p}/{n}.jpg" for p in PLATFORMS for n in "abc"}
    assert sorted(_outputs(out)) == [f"{p}/{n}.jpg" for p in PLATFORMS for n in "bc"]
    assert not _partials(out)

    resumed = _resume_is_identical(project, library, reference, workers=0)
    assert (resumed.written, resumed.kept) == (2, 4)


# -- a source photo deleted or changed mid-run ---------------------------------------------


def test_a_source_photo_deleted_mid_run_fails_clearly_and_the_rest_goes_on(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    kept = photos[1].read_bytes()
    out = tmp_path / "hasil"
    project = _project(photos, out)
    report = run_batch(project, library=library, workers=0,
                       progress=_after_item(1, photos[1].unlink))

    by_source = _by_source(report)
    assert by_source["b.jpg"] == {("failed", "media.not_found", 2)}
    assert all(r.failure is not None and r.failure.path == photos[1]
               for r in report.failures)
    assert "b.jpg" in report.summary
    assert by_source["a.jpg"] == by_source["c.jpg"] == {("ok", "", 1)}
    assert not _partials(out) and not (out / "x_post" / "b.jpg").exists()

    photos[1].write_bytes(kept)  # found again (copied back from the camera)
    resumed = _resume_is_identical(project, library, reference, workers=0)
    assert (resumed.written, resumed.kept) == (2, 4)


def test_a_source_photo_half_rewritten_mid_run_fails_clearly_and_a_resume_finishes(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    whole = photos[1].read_bytes()
    out = tmp_path / "hasil"
    project = _project(photos, out)
    # A photo editor or a copy is rewriting b.jpg while the batch runs: half of it is there.
    report = run_batch(project, library=library, workers=0, progress=_after_item(
        1, lambda: photos[1].write_bytes(whole[: len(whole) // 2])))

    by_source = _by_source(report)
    assert by_source["b.jpg"] == {("failed", "media.truncated", 2)}
    assert by_source["a.jpg"] == by_source["c.jpg"] == {("ok", "", 1)}
    assert "b.jpg" in report.summary
    assert not _partials(out) and not (out / "x_post" / "b.jpg").exists()

    photos[1].write_bytes(whole)  # the editor finished
    resumed = _resume_is_identical(project, library, reference, workers=0)
    assert (resumed.written, resumed.kept) == (2, 4)


def test_a_source_photo_replaced_mid_run_is_not_kept_under_its_old_key(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    original = photos[1].read_bytes()
    stat = photos[1].stat()
    out = tmp_path / "hasil"
    project = _project(photos, out)

    def replace() -> None:
        noisy_photo(480, 360, seed=42).save(photos[1], "JPEG", quality=85)

    report = run_batch(project, library=library, workers=0, progress=_after_item(1, replace))
    assert report.ok  # made from the photo as it is now: whole, nothing to fail
    assert _outputs(out)["x_post/b.jpg"] != reference["x_post/b.jpg"]
    # ... but not recorded as the planned (old) photo's output.
    assert _journal(out)["x_post/b.jpg"]["key"] == ""

    # The original comes back with its old size and time (a copy that keeps dates):
    # the resume must not keep the file made from the other photo.
    photos[1].write_bytes(original)
    os.utime(photos[1], ns=(stat.st_atime_ns, stat.st_mtime_ns))
    resumed = _resume_is_identical(project, library, reference, workers=0)
    assert (resumed.written, resumed.kept) == (2, 4)


# -- a worker process killed (as the system does when memory runs out) -------------------


def _kill_plan(project: Project, library: TemplateLibrary):
    import tests.studio.fault_kinds  # noqa: F401 - registers the kind here and in workers

    plan = plan_batch(project, library=library)
    return dataclasses.replace(plan, inputs=tuple(
        dataclasses.replace(i, kind="test_fault_kill") for i in plan.inputs))


@posix_only
def test_a_worker_killed_once_is_retried_alone_and_the_photo_is_made(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b-kill-once.jpg", "c.jpg", "d.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    out = tmp_path / "hasil"
    report = run_batch(_kill_plan(_project(photos, out), library), workers=2)

    assert report.ok, [(r.source, r.error_code) for r in report.failures]
    assert photos[1].with_name("b-kill-once.jpg.killed").read_text() == "x"  # killed once
    by_source = _by_source(report)
    assert by_source["b-kill-once.jpg"] == {("ok", "", 2)}
    for name in ("a.jpg", "c.jpg", "d.jpg"):
        # Made whole. A photo that happened to be rendering beside the killer when
        # the pool broke goes again (attempt 2) if the engine cannot tell which
        # one the dead worker held; which photos run beside it is up to timing.
        assert by_source[name] in ({("ok", "", 1)}, {("ok", "", 2)}), name
    assert _manifest(out)["x_post/b-kill-once.jpg"]["attempts"] == 2
    assert _outputs(out) == reference
    assert not _partials(out)


@posix_only
def test_a_worker_killed_every_time_fails_its_photo_and_a_resume_finishes(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b-kill-always.jpg", "c.jpg", "d.jpg"])
    reference = _clean(photos, tmp_path, library, workers=0)
    out = tmp_path / "hasil"
    project = _project(photos, out)
    report = run_batch(_kill_plan(project, library), workers=2)

    assert photos[1].with_name("b-kill-always.jpg.killed").read_text() == "xx"
    by_source = _by_source(report)
    assert by_source["b-kill-always.jpg"] == {("failed", "batch.memory", 2)}
    for name in ("a.jpg", "c.jpg", "d.jpg"):
        # Made whole. A photo that happened to be rendering beside the killer when
        # the pool broke goes again (attempt 2) if the engine cannot tell which
        # one the dead worker held; which photos run beside it is up to timing.
        assert by_source[name] in ({("ok", "", 1)}, {("ok", "", 2)}), name
    failure = report.failures[0].failure
    assert failure is not None and failure.path == photos[1] and failure.hint
    assert "b-kill-always.jpg" in report.summary and "memori" in report.summary
    assert not _partials(out)

    # The memory is free again (here: the photo is made the ordinary way).
    resumed = _resume_is_identical(project, library, reference, workers=2)
    assert (resumed.written, resumed.kept) == (2, 6)


# -- a video: disk full under ffmpeg, ffmpeg killed -----------------------------------------


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("klip") / "pembukaan.mp4"
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=s=320x180:r=15:d=1",
                    "-f", "lavfi", "-i", "sine=d=1", "-c:v", "libx264", "-c:a", "aac",
                    "-shortest", str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def clip_reference(tmp_path_factory: pytest.TempPathFactory, clip: Path,
                   library: TemplateLibrary) -> dict[str, bytes]:
    return _clean([clip], tmp_path_factory.mktemp("video"), library, platforms=("x_post",))


def _encodes(argv) -> bool:
    return isinstance(argv, list | tuple) and "-progress" in argv


@posix_only
def test_a_disk_full_under_ffmpeg_fails_the_video_after_one_retry_and_a_resume_finishes(
        tmp_path: Path, clip: Path, clip_reference: dict[str, bytes],
        library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    real = subprocess.Popen
    encodes: list[str] = []

    def popen(argv, *args, **kwargs):
        if _encodes(argv):
            # The encode's output is a file on a full disk: /dev/full refuses every write.
            tmp = Path(argv[-1])
            tmp.unlink(missing_ok=True)
            tmp.symlink_to("/dev/full")
            encodes.append(tmp.name)
        return real(argv, *args, **kwargs)

    monkeypatch.setattr(video_run.subprocess, "Popen", popen)
    out = tmp_path / "hasil"
    project = _project([clip], out, platforms=("x_post",))
    report = run_batch(project, library=library)

    assert len(encodes) == 2
    [failure] = report.failures
    assert (failure.error_code, failure.attempts) == ("export.disk_full", 2)
    assert failure.failure is not None and failure.failure.path == clip
    assert "pembukaan.mp4" in report.summary and "disk penuh" in report.summary
    assert not _partials(out) and not (out / "x_post" / "pembukaan.mp4").exists()

    monkeypatch.undo()
    resumed = run_batch(project, library=library)
    assert resumed.ok and resumed.written == 1
    assert _outputs(out) == clip_reference


@posix_only
@pytest.mark.parametrize("kills", [1, 2])
def test_ffmpeg_killed_is_retried_once_and_a_resume_finishes(
        tmp_path: Path, clip: Path, clip_reference: dict[str, bytes],
        library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch, kills: int) -> None:
    real = subprocess.Popen
    killed: list[int] = []

    def popen(argv, *args, **kwargs):
        process = real(argv, *args, **kwargs)
        if _encodes(argv) and len(killed) < kills:
            os.kill(process.pid, signal.SIGKILL)  # as the out-of-memory killer does
            killed.append(process.pid)
        return process

    monkeypatch.setattr(video_run.subprocess, "Popen", popen)
    out = tmp_path / "hasil"
    project = _project([clip], out, platforms=("x_post",))
    report = run_batch(project, library=library)

    assert len(killed) == kills
    # (the clip's cover image is a row of its own, made from a frame grab, not an encode)
    [row] = [r for r in report.rows if r.kind == "video"]
    assert row.attempts == 2
    assert not _partials(out)
    if kills == 1:  # the retry made it
        assert row.status == "ok" and _outputs(out) == clip_reference
        return
    assert (row.status, row.error_code) == ("failed", "video.ffmpeg_killed")
    assert row.failure is not None and row.failure.path == clip and row.failure.hint
    assert "pembukaan.mp4" in report.summary
    assert not (out / "x_post" / "pembukaan.mp4").exists()
    monkeypatch.undo()
    resumed = run_batch(project, library=library)
    assert resumed.ok and resumed.written == 1
    assert _outputs(out) == clip_reference

"""The export engine's guarantees beyond the batch basics: one owner per output folder,
the original never replaced (links included), a killed worker blamed on the right photo,
every failure coded, Excel-safe manifests, words in the report's language, errors that
cross processes whole, the photo pipeline's output, and the run's choices."""

from __future__ import annotations

import csv
import dataclasses
import errno
import itertools
import json
import os
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

import studio.produce as produce_module
from studio.batch import (
    MANIFEST_CSV,
    MANIFEST_JSON,
    SUMMARY_NAME,
    plan_batch,
    read_owner,
    run_batch,
)
from studio.batch.memory import MB, pool_size
from studio.batch.run import choose_workers
from studio.brand import default_brand
from studio.errors import MediaError, ProjectError, StudioError
from studio.job import ExportSettings, InputJob, Target
from studio.media import open_photo
from studio.platforms import get_platform
from studio.produce import produce_photo, render_photo
from studio.project import ExportOptions, MediaItem, Project
from studio.render.crop import Focus
from studio.template.library import TemplateLibrary
from studio.template.loader import load_template
from studio.wording import LANGUAGES, wording
from tests.studio.helpers import noisy_photo, write_template

PLATFORMS = ("instagram_portrait", "x_post")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    templates = tmp_path / "templates"
    write_template(templates / "uji", caption="liputan-kegiatan")
    return TemplateLibrary(dirs=(templates,))


def _photos(folder: Path, names: list[str], size: tuple[int, int] = (800, 600)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, name in enumerate(names):
        path = folder / name
        noisy_photo(*size, seed=i).save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


def _project(tmp_path: Path, media: list[Path | MediaItem], *, name: str = "Rapat Uji",
             output: Path | None = None, pattern: str = "{platform}/{name}",
             **export: object) -> Project:
    items = [m if isinstance(m, MediaItem) else MediaItem(m, focus=(0.5, 0.5)) for m in media]
    return Project(name=name, template="uji", output_dir=output or tmp_path / "hasil",
                   platforms=PLATFORMS, pattern=pattern,
                   fields={"judul": "Rapat Koordinasi Kehumasan", "tanggal": "2026-01-05"},
                   media=tuple(items), export=ExportOptions(**export))


# -- one event owns an output folder (issue 19, item 4) ------------------------------------


def test_a_second_event_is_refused_and_offered_a_folder_of_its_own(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["IMG_1.jpg"])
    out = tmp_path / "hasil"
    first = run_batch(_project(tmp_path, photos, name="Rapat Koordinasi"), workers=0,
                      library=library)
    assert first.ok and read_owner(out) == "Rapat Koordinasi"
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    other = _project(tmp_path, photos, name="HUT Kota Cimahi")
    with pytest.raises(ProjectError) as info:
        run_batch(other, workers=0, library=library)
    error = info.value
    assert error.code == "batch.folder_taken" and error.path == out
    assert error.params["owner"] == "Rapat Koordinasi"
    assert error.params["suggestion"] == str(out / "HUT Kota Cimahi")
    # Nothing of the first event was touched: photos, captions, manifest, summary.
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()
            if p.name != ".studio-batch.lock"} == before

    # The same event, spelled differently, is still the owner.
    again = run_batch(_project(tmp_path, photos, name="  rapat  KOORDINASI "), workers=0,
                      library=library)
    assert again.ok and again.kept == 2

    # Its own subfolder works; sharing the folder needs an explicit choice and is noted.
    own = run_batch(dataclasses.replace(other, output_dir=Path(error.params["suggestion"])),
                    workers=0, library=library)
    assert own.ok and own.written == 2
    shared = run_batch(other, workers=0, library=library, take_over=True)
    assert [n.code for n in shared.notes] == ["folder_shared"]
    assert "rapat  KOORDINASI" in shared.summary and read_owner(out) == "HUT Kota Cimahi"


# -- the original is never replaced (issue 19, item 5) -------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_an_output_folder_that_links_to_the_photos_never_replaces_them(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["IMG_1.jpg", "IMG_2.jpg"])
    originals = [p.read_bytes() for p in photos]
    link = tmp_path / "hasil-link"
    link.symlink_to(tmp_path / "foto", target_is_directory=True)
    # The second photo is added from another folder where it is a hard link (same file).
    (tmp_path / "lain").mkdir()
    os.link(photos[1], tmp_path / "lain" / photos[1].name)
    project = dataclasses.replace(
        _project(tmp_path, [photos[0], tmp_path / "lain" / photos[1].name], output=link,
                 pattern="{name}", overwrite=True, captions=False),
        platforms=("x_post",))
    report = run_batch(project, workers=0, library=library)
    assert [r.error_code for r in report.failures] == ["batch.output_is_source"] * 2
    assert [p.read_bytes() for p in photos] == originals


# -- a worker killed by the system (issue 19, item 6) --------------------------------------


def _killer_plan(project: Project, library: TemplateLibrary):
    import tests.studio.engine_kinds  # noqa: F401 - registers the kind here and in workers

    plan = plan_batch(project, library=library)
    inputs = tuple(dataclasses.replace(i, kind="test_killer") for i in plan.inputs)
    return dataclasses.replace(plan, inputs=inputs)


def _attempts(folder: Path, name: str) -> int:
    return len(list(folder.glob(f"{name}.attempt-*")))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_photo_the_system_kills_is_blamed_alone_and_the_rest_goes_on(
        tmp_path: Path, library: TemplateLibrary) -> None:
    folder = tmp_path / "foto"
    photos = _photos(folder, ["a.jpg", "b-oom.jpg", "c.jpg", "d.jpg", "e-crash.jpg", "f.jpg"])
    plan = _killer_plan(_project(tmp_path, photos, captions=False), library)
    report = run_batch(plan, workers=2, library=library)

    by_name = {}
    for row in report.rows:
        by_name.setdefault(Path(row.source).name, set()).add((row.status, row.error_code))
    assert by_name["b-oom.jpg"] == {("failed", "batch.memory")}
    assert by_name["e-crash.jpg"] == {("failed", "media.crash")}
    for name in ("a.jpg", "c.jpg", "d.jpg", "f.jpg"):  # ran beside the killers: innocent
        assert by_name[name] == {("ok", "")}, name
    # The killers were tried once more, alone; then failed with a whole, coded error.
    assert _attempts(folder, "b-oom.jpg") == 2 and _attempts(folder, "e-crash.jpg") == 2
    oom = next(r for r in report.failures if "oom" in r.source)
    assert oom.failure is not None and oom.failure.hint and oom.failure.path == photos[1]
    assert "estimate_mb" in oom.failure.params
    summary = (tmp_path / "hasil" / SUMMARY_NAME).read_text(encoding="utf-8")
    assert "b-oom.jpg" in summary and "memori tidak cukup" in summary


def test_photos_are_scheduled_by_their_memory_estimate(
        tmp_path: Path, library: TemplateLibrary) -> None:
    from studio.batch.workers import ProcessLane

    folder = tmp_path / "foto"
    photos = _photos(folder, [f"p{i}.jpg" for i in range(4)])
    plan = _killer_plan(_project(tmp_path, photos, captions=False), library)
    original = ProcessLane.__init__

    def small_budget(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.budget = 150 * MB  # each photo is estimated at 100 MB: one at a time

    ProcessLane.__init__ = small_budget
    try:
        report = run_batch(plan, workers=2, library=library)
    finally:
        ProcessLane.__init__ = original
    assert report.ok
    spans = []
    for photo in photos:
        start = int(next(folder.glob(f"{photo.name}.start-*")).name.rsplit("-", 1)[1])
        end = int(next(folder.glob(f"{photo.name}.end-*")).name.rsplit("-", 1)[1])
        spans.append((start, end))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), spans


def test_the_pool_is_sized_to_the_free_memory_and_small_jobs_stay_here() -> None:
    assert pool_size(100, 200 * MB, cores=8, available=16_000 * MB) == 8
    assert pool_size(100, 200 * MB, cores=8, available=1_000 * MB) == 1
    assert pool_size(3, 10 * MB, cores=8, available=16_000 * MB) == 3
    # Starting a worker costs more than three tiny photos save: all in this process.
    assert choose_workers([0.05, 0.05, 0.05], cores=2) == 0
    # A real batch: one worker beside this process on 2 cores, three on 4.
    assert choose_workers([0.4] * 50, cores=2) == 1
    assert choose_workers([0.4] * 50, cores=4) == 3
    assert choose_workers([0.4] * 50, cores=1) == 0


def test_workers_kept_up_from_an_earlier_run_make_small_jobs_worth_sharing() -> None:
    # Two small photos: not worth starting a worker, worth handing one to a worker up.
    assert choose_workers([0.3, 0.3], cores=2) == 0
    assert choose_workers([0.3, 0.3], cores=2, running=1) == 1


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.jpg"))}


def test_a_kept_pool_serves_the_next_runs_with_their_own_fields_and_brand(
        tmp_path: Path) -> None:
    """The app keeps its workers between exports: the next run starts none, and a
    worker sets itself up again for the new event (new title, edited brand kit)."""
    from studio.batch import WorkerPool

    write_template(tmp_path / "templates" / "uji", caption="liputan-kegiatan", layers=[
        {"id": "foto", "type": "media", "box": [0, 0, 1, 1]},
        {"id": "pita", "type": "shape", "fill": "brand:primary", "box": [0, 0.7, 1, 0.3]},
        {"id": "judul", "type": "text", "text": "{{ judul }}", "box": [0.05, 0.72, 0.9, 0.25],
         "size": [20, 60]}])
    library = TemplateLibrary(dirs=(tmp_path / "templates",))
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg", "d.jpg"])
    brand = default_brand()
    edited = dataclasses.replace(brand, colors={**brand.colors, "primary": "#7a1f5c"})
    first = _project(tmp_path, photos, captions=False, output=tmp_path / "satu")
    second = dataclasses.replace(first, output_dir=tmp_path / "dua",
                                 fields={**first.fields, "judul": "Pelantikan Lurah Baru"})
    pool = WorkerPool()
    try:
        runs = [(first, brand), (second, brand), (second, edited)]
        for n, (project, kit) in enumerate(runs):
            project = dataclasses.replace(project, output_dir=tmp_path / f"kept-{n}")
            report = run_batch(project, workers=2, library=library, brand=kit, pool=pool)
            assert not report.failed
            assert pool.spawned == 2, "the workers of the first run serve the others"
            # Made here, alone, the same files come out: nothing of the last run leaked.
            alone = dataclasses.replace(project, output_dir=tmp_path / f"alone-{n}")
            run_batch(alone, workers=0, library=library, brand=kit)
            assert _files(project.output_dir) == _files(alone.output_dir), n
        assert _files(tmp_path / "kept-1") != _files(tmp_path / "kept-2")  # the brand showed
    finally:
        pool.close()
    assert pool.running == 0


def test_a_kept_pool_whose_worker_died_while_idle_starts_afresh(
        tmp_path: Path, library: TemplateLibrary) -> None:
    from studio.batch import WorkerPool

    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    pool = WorkerPool()
    try:
        run_batch(_project(tmp_path, photos, captions=False, output=tmp_path / "satu"),
                  workers=1, library=library, pool=pool)
        executor, _ = pool.borrow(1)
        for process in list(executor._processes.values()):  # type: ignore[attr-defined]
            process.kill()
            process.join(20)
        pool.release()
        report = run_batch(_project(tmp_path, photos, captions=False,
                                    output=tmp_path / "dua"),
                           workers=1, library=library, pool=pool)
        assert not report.failed and len(report.rows) == 6
        assert pool.spawned == 2
    finally:
        pool.close()


def test_workers_started_ahead_serve_the_export_and_never_under_a_run(
        tmp_path: Path, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    import studio.batch.memory
    from studio.batch import WorkerPool, prestart_workers

    # As many as the cores allow, whatever memory this machine has free.
    monkeypatch.setattr(studio.batch.memory, "available_memory", lambda: 16_000 * MB)

    one = _photos(tmp_path / "satu", ["a.jpg"])
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg", "c.jpg"])
    pool = WorkerPool()
    try:
        assert prestart_workers(pool, plan_batch(_project(tmp_path, one), library=library),
                                cores=2) == 0  # one photo: made here
        plan = plan_batch(_project(tmp_path, photos, captions=False), library=library)
        assert prestart_workers(pool, plan, cores=4) == 2
        assert pool.running == 2 and pool.spawned == 2
        assert prestart_workers(pool, plan, cores=4) == 0  # up already
        report = run_batch(plan, workers=2, library=library, pool=pool)
        assert not report.failed and pool.spawned == 2  # the run started none
        pool.borrow(2)  # a run holds the pool: nothing is started under it
        assert not pool.prestart(4)
        pool.release()
    finally:
        pool.close()


def test_closing_a_pool_no_run_holds_does_not_wait_for_its_workers() -> None:
    """Quitting the app right after its workers were started ahead must not wait
    for their start (a worker that never finishes stands for a slow one)."""
    import threading
    import time

    from studio.batch import WorkerPool

    pool = WorkerPool()
    executor, _ = pool.borrow(1)
    executor.submit(time.sleep, 3600)  # work that cannot finish
    pool.release()
    closing = threading.Thread(target=pool.close, daemon=True)
    closing.start()
    closing.join(20)  # a ceiling, not a timing
    assert not closing.is_alive() and pool.running == 0


def test_a_kept_pool_stops_its_workers_when_idle(tmp_path: Path,
                                                 library: TemplateLibrary) -> None:
    import time

    from studio.batch import WorkerPool

    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg"])
    pool = WorkerPool(idle_seconds=0.2)
    run_batch(_project(tmp_path, photos, captions=False), workers=1, library=library,
              pool=pool)
    deadline = time.monotonic() + 20  # a ceiling, not a timing
    while pool.running and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pool.running == 0
    pool.close()


def test_beside_this_process_a_worker_gets_a_photo_only_once_it_is_up() -> None:
    """A photo queued behind a worker still starting (or a busy one) would wait
    there while this process sits idle at the end of the run."""
    from concurrent.futures import Future

    from studio.batch.workers import ProcessLane

    lane = ProcessLane(config=None, workers=2, home=object())  # type: ignore[arg-type]
    lane._booting = [Future(), Future()]
    assert lane._pool_room() == 0  # both still starting: this process works alone
    lane._booting[0].set_result(1)
    assert lane._pool_room() == 1  # one up: one photo, none queued behind it
    lane._booting[1].set_exception(RuntimeError("could not start"))
    assert lane._pool_room() == 2  # a failed start is found out by its first photo
    # Alone (no home lane), one photo waits behind each worker so none idles.
    assert ProcessLane(config=None, workers=2)._pool_room() == 4  # type: ignore[arg-type]


def test_photos_for_several_lanes_go_largest_first(tmp_path: Path) -> None:
    from studio.batch.run import _largest_first, _needed_scale_guess, estimated_seconds
    from studio.batch.tasks import Task
    from studio.batch.workers import Pending

    sizes = {"small.jpg": (400, 300), "large.jpg": (3200, 2400), "mid-a.jpg": (1600, 1200),
             "mid-b.jpg": (1600, 1200)}
    platform = get_platform("instagram_portrait")
    pending = []
    for number, (name, size) in enumerate(sizes.items()):
        path = _photos(tmp_path, [name], size)[0]
        job = InputJob(path, (Target(platform, tmp_path / f"out-{name}"),), {})
        seconds = estimated_seconds(job, _needed_scale_guess(job))  # as the run estimates it
        pending.append(Pending(None, [], Task(number, "photo", "uji", job, ExportSettings(),
                                              seconds=seconds)))
    order = [p.task.job.source.name for p in _largest_first(pending)]
    assert order == ["large.jpg", "mid-a.jpg", "mid-b.jpg", "small.jpg"]  # ties keep order


_FREED_PHOTOS = """
import sys, psutil
from PIL import Image
from studio.batch.memory import return_photo_memory
assert return_photo_memory()
process = psutil.Process()
Image.new("RGB", (4000, 3000)).load()
base = process.memory_info().rss
kept = []
for i in range(8):  # photos one after another, each leaving a small output behind
    photo = Image.new("RGB", (4000 + i * 8, 3000), (i, 0, 0))
    kept.append(photo.resize((400, 300)).tobytes())
    del photo
print((process.memory_info().rss - base) / 2**20)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_a_finished_photos_memory_goes_back_to_the_system() -> None:
    """Without the fixed threshold this process keeps ~64 MB of freed photos."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", _FREED_PHOTOS], capture_output=True,
                          text=True, cwd=ROOT, check=True)
    assert float(done.stdout) < 24, done.stdout


# -- every failure is the app's own, coded (issue 19, item 11) -----------------------------


class TTLibError(Exception):
    """Named like fontTools' error for a font that is not a font."""


class DecompressionBombError(Exception):
    """Named like Pillow's error for a huge image."""


def test_any_exception_of_one_input_becomes_a_coded_error_and_the_rest_goes_on(
        tmp_path: Path, library: TemplateLibrary, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["ok-1.jpg", "recursion.jpg", "bomb.jpg", "long.jpg", "font.jpg", "bug.jpg",
             "ok-2.jpg"]
    photos = _photos(tmp_path / "foto", names)
    failures = {
        "recursion.jpg": RecursionError("maximum recursion depth exceeded"),
        "bomb.jpg": DecompressionBombError("Image size (256000000 pixels) exceeds limit"),
        "long.jpg": OSError(errno.ENAMETOOLONG, "File name too long"),
        "font.jpg": TTLibError("Not a TrueType or OpenType font"),
        "bug.jpg": ZeroDivisionError("division by zero"),
    }
    real_open = produce_module.open_photo

    def failing_open(path, **kwargs):
        if Path(path).name in failures:
            raise failures[Path(path).name]
        return real_open(path, **kwargs)

    monkeypatch.setattr(produce_module, "open_photo", failing_open)
    report = run_batch(_project(tmp_path, photos, captions=False), workers=0, library=library)
    codes = {Path(r.source).name: r.error_code for r in report.failures}
    assert codes == {"recursion.jpg": "render.too_complex", "bomb.jpg": "media.too_large",
                     "long.jpg": "export.name_too_long", "font.jpg": "brand.bad_font",
                     "bug.jpg": "internal"}
    assert report.written == 2 * len(PLATFORMS)
    for row in report.failures:
        assert row.failure.path == Path(row.source) and row.failure.hint
    bug = next(r for r in report.failures if r.source.endswith("bug.jpg"))
    assert bug.failure.params["type"] == "ZeroDivisionError"


def test_errors_cross_the_worker_boundary_whole(tmp_path: Path,
                                                library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["a.jpg", "b.jpg"])
    broken = tmp_path / "foto" / "rusak.jpg"
    broken.write_bytes(photos[0].read_bytes()[:400])
    report = run_batch(_project(tmp_path, [*photos, broken], captions=False), workers=2,
                       library=library)
    failure = report.failures[0].failure
    assert isinstance(failure, MediaError) and failure.code == "media.truncated"
    assert failure.path == broken and failure.hint.startswith("copy the photo again")


# -- the manifest and the summary ---------------------------------------------------------


def test_manifest_cells_excel_would_run_are_escaped(tmp_path: Path,
                                                    library: TemplateLibrary) -> None:
    names = ["=1+1.jpg", "@SUM(1+1).jpg", "+cmd.jpg", "-2.jpg", "biasa.jpg"]
    photos = _photos(tmp_path / "foto", names)
    project = dataclasses.replace(_project(tmp_path, photos, pattern="{name}", captions=False),
                                  platforms=("x_post",))
    assert run_batch(project, workers=0, library=library).ok
    with open(tmp_path / "hasil" / MANIFEST_CSV, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    paths = sorted(r["path"] for r in rows)
    assert paths == sorted(["'+cmd.jpg", "'-2.jpg", "'=1+1.jpg", "'@SUM(1+1).jpg", "biasa.jpg"])
    assert all(not r["source"].startswith(("=", "+", "-", "@")) for r in rows)


def test_the_summary_and_the_manifest_speak_the_chosen_language(
        tmp_path: Path, library: TemplateLibrary) -> None:
    # 300x200: enlarged past 1.5x in every output, a photo_small warning per output.
    photos = _photos(tmp_path / "foto", ["IMG_1.jpg"], size=(300, 200))
    missing = tmp_path / "foto" / "hilang.jpg"
    project = _project(tmp_path, [*photos, missing], captions=False)
    indonesian = run_batch(project, workers=0, library=library)
    text = indonesian.summary
    assert "selesai, tetapi ada yang gagal" in text and "berkas tidak ditemukan" in text
    assert "file" not in text.lower().replace(".json", "")  # GLOSARIUM: berkas, never file
    with open(tmp_path / "hasil" / MANIFEST_CSV, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["reason"] for r in rows if r["status"] == "failed"} == {"berkas tidak ditemukan"}
    assert any("foto terlalu kecil" in r["warnings"] for r in rows if r["status"] == "ok")
    # The manifest keeps warnings by code (and params), never as English sentences.
    stored = json.loads((tmp_path / "hasil" / MANIFEST_JSON).read_text(encoding="utf-8"))
    warned = [w for r in stored["outputs"] for w in r["warnings"]]
    assert warned and all(w["code"] == "photo_small" and "message" not in w for w in warned)
    # The content calendar reads the same manifest to mark the event exported.
    from studio.calendar.status import _exported

    assert _exported(tmp_path / "hasil", project.name)
    assert not _exported(tmp_path / "hasil", "Kegiatan lain")

    english = run_batch(project, workers=0, library=library, resume=False, language="en")
    assert "finished, but some outputs failed" in english.summary
    assert "the file was not found" in english.summary
    assert english.summary_path.read_text(encoding="utf-8") == english.summary


def test_the_catalogues_have_the_same_words_and_placeholders() -> None:
    import string

    catalogues = {lang: wording(lang) for lang in LANGUAGES}
    indonesian = catalogues["id"]
    for lang, words in catalogues.items():
        assert set(words.sections) == set(indonesian.sections), lang
        for section, entries in indonesian.sections.items():
            assert set(words.sections[section]) == set(entries), (lang, section)
            for key, text in entries.items():
                ours = {f for _, f, _, _ in string.Formatter().parse(text) if f}
                theirs = {f for _, f, _, _ in string.Formatter().parse(
                    words.sections[section][key]) if f}
                assert ours == theirs, (lang, section, key)
    # Indonesian text says "berkas", never "file" (GLOSARIUM).
    for section, entries in indonesian.sections.items():
        for key, text in entries.items():
            assert "file" not in text.lower().replace("profil", ""), (section, key)
    # An unknown code falls back to its family, then to a general sentence.
    assert indonesian.reason("media.something_new") == indonesian.reason("media")
    assert indonesian.reason("nothing.known") == indonesian.sections["reasons"]["other"]


def test_field_values_cannot_make_folders_and_long_emoji_names_are_written(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["IMG_1.jpg"])
    emoji = "\U0001F600" * 119
    items = [MediaItem(photos[0], focus=(0.5, 0.5), fields={"nama": f"../a/b\\{emoji}"})]
    project = dataclasses.replace(_project(tmp_path, items, pattern="{platform}/{nama}",
                                           captions=False), platforms=("x_post",))
    report = run_batch(project, workers=0, library=library)
    assert report.ok, report.failures
    [made] = [p for p in (tmp_path / "hasil").rglob("*.jpg")]
    assert made.parent == tmp_path / "hasil" / "x_post"
    assert made.name.startswith("..-a-b-\U0001F600")


# -- the photo pipeline -------------------------------------------------------------------


def _display_p3() -> bytes:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from camera import display_p3_profile
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return display_p3_profile()


@pytest.mark.parametrize("kind", ["display-p3", "sideways"])
def test_the_export_matches_the_full_size_render(tmp_path: Path, kind: str) -> None:
    """Decode at the draft, two-step resize, colour at output size: the same picture."""
    path = tmp_path / f"{kind}.jpg"
    image = noisy_photo(3000, 2000, seed=3)
    params: dict = {"quality": 92}
    if kind == "display-p3":
        params["icc_profile"] = _display_p3()
    else:
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[0x0112] = 6
        params["exif"] = exif.tobytes()
    image.save(path, "JPEG", **params)
    loaded = load_template(write_template(tmp_path / "uji"))
    brand = default_brand()
    platform = get_platform("instagram_story")
    target = tmp_path / "out.jpg"
    result = produce_photo(InputJob(path, (Target(platform, target),), {"judul": "Uji"},
                                    Focus(0.5, 0.5)), loaded, brand, ExportSettings())
    assert result.ok, result.errors
    reference = render_photo(loaded, brand, {"judul": "Uji"}, platform,
                             open_photo(path).image, Focus(0.5, 0.5)).image
    with Image.open(target) as made:
        assert made.size == platform.size
        assert made.info.get("icc_profile")  # sRGB, as every output
        # Blurred, so the JPEG's noise on the noisy test photo does not count.
        ours = made.convert("RGB").filter(ImageFilter.GaussianBlur(3))
    expected = reference.filter(ImageFilter.GaussianBlur(3))
    diff = np.abs(np.asarray(ours, dtype=np.int16) - np.asarray(expected, dtype=np.int16))
    assert diff.mean() < 1.5, diff.mean()


def test_a_bad_naming_pattern_is_refused_before_anything_is_written(
        tmp_path: Path, library: TemplateLibrary) -> None:
    photos = _photos(tmp_path / "foto", ["IMG_1.jpg"])
    for pattern in ("{name:>2000000000}", "{platform.__class__.__mro__}"):
        with pytest.raises(StudioError) as info:
            run_batch(_project(tmp_path, photos, pattern=pattern), workers=0, library=library)
        assert info.value.code == "export.bad_pattern"
    assert not (tmp_path / "hasil").exists()

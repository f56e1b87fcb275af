"""Photo export speed and memory: the engine against the hardware floor, from one run.

Camera-like photos of 4-24 MP (``benchmarks/camera.py``: JPEG, a quarter of
them Display-P3, some stored sideways) x 5 platform sizes with the shipped
``liputan-kegiatan`` template. Every line is printed as a ratio against the
first one, measured in the same run on the same photos; nothing is asserted.

- floor: one process, one core: each photo decoded once with JPEG
  draft (the smallest scale that covers the largest output) and the 5
  outputs encoded with our JPEG settings - no resize, no branding, no colour
  conversion. What one core cannot avoid doing.
- engine, all cores: ``studio.batch.run_batch`` as the app runs it (workers
  as the machine allows; faces, branding, colour, metadata policy, journal,
  manifest, atomic writes), with the template library and brand kit the app
  loaded when it started (the command lines below load them themselves) and
  the worker pool the app keeps between exports - up, as the references'
  pools are, when the run starts.
- engine, new event: the same with a title no run used before, so both
  processes render the event's overlays in the run (the lines above and the
  references reuse theirs, as an export of the same event again does).
- engine, first export: the same with workers started by the run itself
  (an app export clicked before its workers came up; the command line).
- engine, one process: the same with ``workers=0``.
- optimised Pillow, N processes: decode once with draft, one shared
  intermediate, colour conversion at output size, overlays made once - a
  plain script with none of the engine's duties (the field's best Pillow).
- libvips, N threads: shrink-on-load decode once, the same overlays, one
  thread per core.
- ``main.py export`` and ``main.py batch`` as the user runs them (new
  processes, so with the interpreter's start-up): export must stay within
  10 % of batch.

Each line prints its wall time and its CPU seconds (every process it
started included): on a machine shared with other work, wall time says how
loaded it was, CPU time what the work cost.

``--memory``: the peak memory of the whole process tree of ``main.py batch``
(the command and every worker it starts) at 50 and 500 photos; it must stay
flat.

    python benchmarks/photo.py                 # ~16 photos; --memory adds the 50/500 runs
    python benchmarks/photo.py --repeat 3      # min and median of 3 runs of each line
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import psutil
from PIL import Image, ImageCms

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from camera import camera_photos  # noqa: E402

PLATFORMS = ("instagram_portrait", "instagram_story", "instagram_square", "x_post",
             "facebook_landscape")
TEMPLATE = "liputan-kegiatan"
FIELDS = {"judul": "Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial",
          "tanggal": "2026-11-30", "lokasi": "Aula Gedung B Pemkot Cimahi"}
JPEG = {"quality": 90, "progressive": True, "subsampling": "4:2:0"}


def _platforms() -> list:
    from studio.platforms import get_platform

    return [get_platform(pid) for pid in PLATFORMS]


def _largest() -> int:
    return max(max(p.width, p.height) for p in _platforms())


# -- the floor ----------------------------------------------------------------------
def floor_photo(path: str) -> int:
    """Decode once (draft), encode every output size cut from it: no resize, no branding."""
    platforms = _platforms()
    largest = _largest()
    with Image.open(path) as im:
        im.draft("RGB", (largest, largest))
        image = im.convert("RGB")
    written = 0
    for p in platforms:
        w, h = min(p.width, image.width), min(p.height, image.height)
        left, top = (image.width - w) // 2, (image.height - h) // 2
        buffer = io.BytesIO()
        image.crop((left, top, left + w, top + h)).save(buffer, "JPEG", **JPEG)
        written += buffer.tell()
    return written


def floor_all(paths: list[str]) -> int:
    return sum(floor_photo(p) for p in paths)


# -- the optimised Pillow reference ----------------------------------------------------
_overlays: dict[str, Image.Image] = {}
_srgb = ImageCms.createProfile("sRGB")
_transforms: dict[bytes, ImageCms.ImageCmsTransform] = {}


def _overlay(platform) -> Image.Image:
    if platform.id not in _overlays:
        from studio.brand import default_brand
        from studio.render.photo import plan_composition
        from studio.template import default_library

        comp = plan_composition(default_library().get(TEMPLATE), default_brand(), FIELDS,
                                platform.width, platform.height, platform.safe)
        _overlays[platform.id] = comp.above
    return _overlays[platform.id]


def pillow_photo(path: str) -> int:
    """Decode once with draft, one intermediate, colour at output size, cached overlays."""
    from studio.render.crop import CENTER, cover_box

    platforms = _platforms()
    largest = _largest()
    with Image.open(path) as im:
        im.draft("RGB", (largest, largest))
        icc = im.info.get("icc_profile")
        orientation = im.getexif().get(0x0112, 1)
        image = im.convert("RGB")
    if orientation == 6:
        image = image.transpose(Image.Transpose.ROTATE_270)
    # One intermediate whose short side covers the largest output's short side.
    need = max(min(p.width, p.height) for p in platforms)
    scale = need / min(image.size)
    if scale < 0.5:
        image = image.resize((round(image.width * scale * 1.5), round(image.height * scale
                                                                      * 1.5)),
                             Image.Resampling.BILINEAR, reducing_gap=2.0)
    transform = None
    if icc:
        if icc not in _transforms:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            _transforms[icc] = ImageCms.buildTransform(src, _srgb, "RGB", "RGB")
        transform = _transforms[icc]
    written = 0
    for p in platforms:
        box = cover_box(image.width, image.height, p.width, p.height, CENTER)
        out = image.resize(p.size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
        if transform is not None:
            out = ImageCms.applyTransform(out, transform)
        overlay = _overlay(p)
        out.paste(overlay, (0, 0), overlay)
        buffer = io.BytesIO()
        out.save(buffer, "JPEG", **JPEG)
        written += buffer.tell()
    return written


# -- the libvips reference -------------------------------------------------------------
_vips_overlays: dict[str, object] = {}


def vips_photo(path: str) -> int:
    import pyvips

    platforms = _platforms()
    largest = _largest()
    # Shrink-on-load to the smallest size whose short side still covers every output.
    header = pyvips.Image.new_from_file(path)
    box = -(-max(header.width, header.height) * largest // min(header.width, header.height))
    image = pyvips.Image.thumbnail(path, box, height=box, size="down").copy_memory()
    tagged = image.get_typeof("icc-profile-data") != 0
    written = 0
    for p in platforms:
        scale = max(p.width / image.width, p.height / image.height)
        scaled = image.resize(scale, kernel="lanczos3")
        left = (scaled.width - p.width) // 2
        top = (scaled.height - p.height) // 2
        cropped = scaled.crop(left, top, p.width, p.height)
        if tagged:  # colour converted at output size, as the Pillow reference does
            cropped = cropped.icc_transform("srgb", embedded=True)
        if p.id not in _vips_overlays:
            buffer = io.BytesIO()
            _overlay(p).save(buffer, "PNG", compress_level=1)
            _vips_overlays[p.id] = pyvips.Image.new_from_buffer(buffer.getvalue(), "")
        composed = cropped.composite2(_vips_overlays[p.id], "over").extract_band(0, n=3)
        written += len(composed.jpegsave_buffer(Q=90, interlace=True, keep="none"))
    return written


# -- the engine --------------------------------------------------------------------------
def _project(paths: list[Path], output: Path, fields: dict[str, str] | None = None):
    from studio.project import ExportOptions, MediaItem, Project

    return Project(name="Benchmark", template=TEMPLATE, output_dir=output, platforms=PLATFORMS,
                   fields=fields or FIELDS, media=tuple(MediaItem(p) for p in paths),
                   export=ExportOptions(captions=False))


_loaded: dict[str, object] = {}


_events = iter(range(1, 1_000_000))


def engine(paths: list[Path], work: Path, workers: int | None, *, kept: bool = False,
           new_event: bool = False) -> float:
    """One run through the engine; ``kept``: with the worker pool the app keeps;
    ``new_event``: with a title no run used before (its overlays are rendered in the run)."""
    from studio.batch import WorkerPool, run_batch
    from studio.brand import default_brand
    from studio.template import default_library

    if not _loaded:  # the app loads these once, when it starts
        _loaded.update(library=default_library(), brand=default_brand(), pool=WorkerPool())
    output = work / f"engine-{workers}"
    shutil.rmtree(output, ignore_errors=True)
    start = time.perf_counter()
    fields = {**FIELDS, "judul": f"Rapat Koordinasi Kegiatan {next(_events)}"} \
        if new_event else FIELDS
    report = run_batch(_project(paths, output, fields), workers=workers,
                       library=_loaded["library"], brand=_loaded["brand"],
                       pool=_loaded["pool"] if kept else None)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    if report.failed:
        raise SystemExit(f"engine failed: {report.failures[0].error}")
    shutil.rmtree(output, ignore_errors=True)
    return elapsed


def cli(args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"main.py {args[0]} failed:\n{done.stderr[-2000:]}")
    return elapsed


def cli_export(paths: list[Path], work: Path) -> float:
    output = work / "cli-export"
    shutil.rmtree(output, ignore_errors=True)
    sets = [a for k, v in FIELDS.items() for a in ("--set", f"{k}={v}")]
    seconds = cli(["export", "-t", TEMPLATE, "-p", ",".join(PLATFORMS), *sets,
                   "--no-captions", "-o", str(output), *map(str, paths)])
    shutil.rmtree(output, ignore_errors=True)
    return seconds


def cli_batch(paths: list[Path], work: Path) -> float:
    from studio.project import save_project

    output = work / "cli-batch"
    shutil.rmtree(output, ignore_errors=True)
    project_file = work / "bench.kegiatan.toml"
    save_project(_project(paths, output), project_file)
    seconds = cli(["batch", str(project_file), "--quiet"])
    shutil.rmtree(output, ignore_errors=True)
    return seconds


# -- pools for the references ------------------------------------------------------------
def in_processes(func: Callable[[str], int], paths: list[Path], workers: int) -> float:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(func, [str(paths[0])] * workers))  # imports and overlays, once
        start = time.perf_counter()
        list(pool.map(func, [str(p) for p in paths]))
        return time.perf_counter() - start


def one_core(paths: list[Path]) -> float:
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(floor_photo, str(paths[0])).result()
        start = time.perf_counter()
        pool.submit(floor_all, [str(p) for p in paths]).result()
        return time.perf_counter() - start


def in_threads(func: Callable[[str], int], paths: list[Path], workers: int) -> float:
    func(str(paths[0]))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        start = time.perf_counter()
        list(pool.map(func, [str(p) for p in paths]))
        return time.perf_counter() - start


# -- memory -----------------------------------------------------------------------------
def cpu_seconds() -> float:
    """CPU time of this process and of every process it started.

    Processes that ended count through ``os.times``; those still running (the
    worker pool the app keeps between runs) through their own counters.
    """
    t = os.times()
    total = t.user + t.system + t.children_user + t.children_system
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            used = child.cpu_times()
            total += used.user + used.system
    return total


def linked_copies(paths: list[Path], count: int, folder: Path) -> list[Path]:
    """``count`` distinct file names over the same photos (hard links: no extra disk)."""
    folder.mkdir(parents=True, exist_ok=True)
    result = []
    for i in range(count):
        source = paths[i % len(paths)]
        target = folder / f"DSC_{i:04d}.jpg"
        if not target.exists():
            try:
                os.link(source, target)
            except OSError:
                shutil.copyfile(source, target)
        result.append(target)
    return result


def memory_run(paths: list[Path], work: Path) -> tuple[int, float]:
    """Peak RSS of ``main.py batch`` and all its workers, sampled every 50 ms."""
    from studio.project import save_project

    output = work / f"memory-{len(paths)}"
    shutil.rmtree(output, ignore_errors=True)
    project_file = work / f"memory-{len(paths)}.kegiatan.toml"
    save_project(_project(paths, output), project_file)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "batch",
                                str(project_file), "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    tree = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        with contextlib.suppress(psutil.Error):
            total = tree.memory_info().rss
            for child in tree.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    total += child.memory_info().rss
            peak = max(peak, total)
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"memory run failed: {process.stderr.read().decode()[-2000:]}")
    shutil.rmtree(output, ignore_errors=True)
    return peak, elapsed


# -- main ---------------------------------------------------------------------------------
def _load() -> str:
    if hasattr(os, "getloadavg"):
        return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return "load average n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                        help="processes/threads for the references (default: cores)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each line")
    parser.add_argument("--memory", action="store_true", help="also 50 and 500 photos")
    parser.add_argument("--only", help="comma-separated line keys to run")
    args = parser.parse_args()

    paths = camera_photos(args.photos)
    mp = sum(Image.open(p).width * Image.open(p).height for p in paths) / len(paths) / 1e6
    print(f"{len(paths)} photos (4-24 MP, mean {mp:.1f} MP) x {len(PLATFORMS)} sizes; "
          f"{os.cpu_count()} cores; references on {args.workers}; {_load()}")

    lines: list[tuple[str, str, Callable[[], float]]] = []
    with tempfile.TemporaryDirectory(prefix="studio-bench-photo-") as tmp:
        work = Path(tmp)
        lines = [
            ("floor", "floor: decode (draft) + encode, 1 core", lambda: one_core(paths)),
            ("engine", "engine, all cores (run_batch)",
             lambda: engine(paths, work, None, kept=True)),
            ("new", "engine, new event (overlays made)",
             lambda: engine(paths, work, None, kept=True, new_event=True)),
            ("cold", "engine, first export (workers start)",
             lambda: engine(paths, work, None)),
            ("engine1", "engine, one process (workers=0)", lambda: engine(paths, work, 0)),
            ("pillow", f"optimised Pillow, {args.workers} processes",
             lambda: in_processes(pillow_photo, paths, args.workers)),
            ("vips", f"libvips, {args.workers} threads",
             lambda: in_threads(vips_photo, paths, args.workers)),
            ("export", "main.py export (new process)", lambda: cli_export(paths, work)),
            ("batch", "main.py batch (new process)", lambda: cli_batch(paths, work)),
        ]
        if args.only:
            keep = set(args.only.split(","))
            lines = [line for line in lines if line[0] in keep or line[0] == "floor"]
        engine(paths[:2], work, 0)  # warm the disk cache and the template library
        # The app's pool: started while the event is prepared (as the export panel
        # does when it counts the files), then up for every export of the session.
        from studio.batch import plan_batch, prestart_workers

        engine(paths[:1], work, 0)  # loads the library, the brand kit and the pool
        prestart_workers(_loaded["pool"], plan_batch(  # type: ignore[arg-type]
            _project(paths, work / "plan"), library=_loaded["library"]))
        engine(paths[:4], work, None, kept=True)
        times: dict[str, list[float]] = {key: [] for key, _, _ in lines}
        cpu: dict[str, list[float]] = {key: [] for key, _, _ in lines}
        for _ in range(args.repeat):
            for key, _, run in lines:
                before = cpu_seconds()
                times[key].append(run())
                cpu[key].append(cpu_seconds() - before)
        floor = min(times["floor"])
        floor_cpu = min(cpu["floor"])
        print(f"\n{'':40} {'min s':>7} {'median s':>9} {'x floor':>8} {'CPU s':>7} "
              f"{'x floor':>8}")
        for key, label, _ in lines:
            best, median = min(times[key]), statistics.median(times[key])
            used = min(cpu[key])
            print(f"  {label:<38} {best:7.2f} {median:9.2f} {best / floor:7.2f}x "
                  f"{used:7.2f} {used / floor_cpu:7.2f}x")
        if "export" in times and "batch" in times:
            ratio = min(times["export"]) / min(times["batch"])
            print(f"\nexport / batch = {ratio:.2f}  (target <= 1.10)")
        if "engine" in times:
            print(f"engine / floor = {min(times['engine']) / floor:.2f}  (target <= 1.15 on 2 "
                  "cores)")
        print(_load())

        if args.memory:
            print("\npeak memory of the process tree through the engine (all cores):")
            peaks = {}
            for count in (50, 500):
                batch = linked_copies(paths, count, work / "many")
                peak, seconds = memory_run(batch, work)
                peaks[count] = peak
                print(f"  {count:>4} photos: {peak / 2**20:6.0f} MB  ({seconds:.0f} s, "
                      f"{count * len(PLATFORMS) / seconds:.1f} outputs/s)")
            growth = peaks[500] / peaks[50] - 1
            print(f"  500 vs 50: {growth * 100:+.1f} %  (targets: <= 700 MB, within 10 %)")
            print(_load())


if __name__ == "__main__":
    main()

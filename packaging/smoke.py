"""Smoke test of the built app folder (``python dev.py package --smoke``).

Runs the bundle's own programs the way a PIC's computer would: outside any
virtual environment (the environment is scrubbed of Python variables and the
virtual environments' folders are taken off PATH), from an empty working
folder, with a fresh user data folder, Qt offscreen. Standard library only, so
it runs under any Python 3.11+ on Linux and Windows.

    python packaging/smoke.py [dist/StudioKontenCimahi]

Checks, in order (the first failure stops it, naming what failed):
  1. ``--version`` of both programs prints the version from ``studio/__init__.py``;
  2. ``check-resources`` finds every resource the app needs;
  3. a copy of the bundle with one template asset deleted FAILS ``check-resources``
     naming that file (so step 2 can fail at all);
  4. ``platforms`` lists the platform presets;
  5. ``export`` of a sample photo and the sample clip to two platforms: each image
     the platform's size (JPEG header), each video H.264 + AAC at the platform's
     size (read with the bundle's own ffmpeg);
  6. ``batch`` of an event with four photos and ``--workers 2``: at least two worker
     processes of the bundle's program are seen while it runs, every output exists;
  7. a second copy while a batch runs: a second batch into the same folder is refused
     (the engine's folder lock), a second app window opens and closes, and the first
     run's files all come out whole, with no lock or partial file left;
  8. the app window opens offscreen, reports itself usable, and closes cleanly.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "StudioKontenCimahi"
WINDOWS = os.name == "nt"
EXE = ".exe" if WINDOWS else ""
APP = "StudioKontenCimahi" + EXE
CLI = "studio-konten" + EXE
# Two platforms of different aspect: (id, width, height).
PLATFORMS = (("instagram_portrait", 1080, 1350), ("x_post", 1600, 900))
PHOTO = "aula-rapat.jpg"
CLIP = "klip-kegiatan.mp4"
BATCH_PHOTOS = ("aula-rapat.jpg", "kopi.jpg", "peluncuran-roket.jpg", "potret-eileen-collins.jpg")
# A template asset to delete in the broken copy (any bundled file would do).
BROKEN_FILE = Path("assets") / "branding" / "logos" / "logo-white.png"
TIMEOUT = 600
# The export engine's lock file in an output folder while a batch writes there.
LOCK_NAME = ".studio-batch.lock"


class SmokeFailure(Exception):
    pass


def _version() -> str:
    text = (ROOT / "studio" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match
    return match.group(1)


def clean_env(home: Path) -> dict[str, str]:
    """This process's environment without any virtual environment or Python settings."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "PIP_", "QT_", "IMAGEIO"))}
    venvs = [str(ROOT / ".venv"), str(ROOT / ".venv-core"), os.environ.get("VIRTUAL_ENV", "-")]
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if p and not any(p.startswith(v) for v in venvs))
    env["STUDIO_KONTEN_HOME"] = str(home)
    # The app's settings are a file in that data folder (pengaturan.ini), and a data folder
    # chosen by STUDIO_KONTEN_HOME never reads the old native store; anything else Qt
    # might keep under XDG stays in this run too.
    env["XDG_CONFIG_HOME"] = str(home / "qt-settings")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        self.work = work
        self.env = clean_env(work / "data")

    def run(self, *args: str, program: str = CLI, expect: int = 0,
            cwd: Path | None = None) -> str:
        cmd = [str(self.folder / program), *args]
        shown = " ".join([program, *args])
        print(f"$ {shown}", flush=True)
        started = time.monotonic()
        done = subprocess.run(cmd, cwd=cwd or self.work, env=self.env, capture_output=True,
                              text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT)
        output = done.stdout + done.stderr
        print(f"  exit {done.returncode} in {time.monotonic() - started:.1f} s", flush=True)
        if done.returncode != expect:
            raise SmokeFailure(f"{shown}: exit code {done.returncode} (wanted {expect})\n"
                               f"{output[-4000:]}")
        return output

    def ffmpeg(self) -> Path:
        found = sorted((self.folder / "_internal" / "imageio_ffmpeg" / "binaries").glob(
            "ffmpeg*"))
        if not found:
            raise SmokeFailure(f"no ffmpeg in {self.folder / '_internal' / 'imageio_ffmpeg'}")
        return found[0]


# -- checks of outputs ---------------------------------------------------------------------
def jpeg_size(path: Path) -> tuple[int, int]:
    """Width and height from a JPEG's SOF marker."""
    data = path.read_bytes()
    if data[:2] != b"\xff\xd8":
        raise SmokeFailure(f"{path} is not a JPEG")
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise SmokeFailure(f"{path}: no frame header")


def video_streams(ffmpeg: Path, path: Path) -> str:
    """The stream lines ``ffmpeg -i`` prints for ``path``."""
    done = subprocess.run([str(ffmpeg), "-hide_banner", "-i", str(path)], capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=60)
    return "\n".join(line.strip() for line in done.stderr.splitlines() if "Stream #" in line)


def check_image(path: Path, width: int, height: int) -> None:
    if not path.is_file() or path.stat().st_size < 10_000:
        raise SmokeFailure(f"image missing or too small: {path}")
    got = jpeg_size(path)
    if got != (width, height):
        raise SmokeFailure(f"{path}: {got[0]}x{got[1]}, wanted {width}x{height}")
    print(f"  ok {path.name}: JPEG {width}x{height}, {path.stat().st_size:,} bytes")


def check_video(ffmpeg: Path, path: Path, width: int, height: int) -> None:
    if not path.is_file() or path.stat().st_size < 50_000:
        raise SmokeFailure(f"video missing or too small: {path}")
    streams = video_streams(ffmpeg, path)
    wanted = (rf"Video: h264 \(High\).*yuv420p.*\b{width}x{height}\b", r"Audio: aac")
    for pattern in wanted:
        if not re.search(pattern, streams):
            raise SmokeFailure(f"{path}: no stream like {pattern!r} in:\n{streams}")
    print(f"  ok {path.name}: H.264 + AAC {width}x{height}, {path.stat().st_size:,} bytes")


def outputs(folder: Path, platform: str, suffixes: tuple[str, ...]) -> list[Path]:
    """The files with these suffixes in ``platform``'s folder, wherever it is under ``folder``."""
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in suffixes
                  and platform in p.relative_to(folder).parts[:-1])


# -- watching worker processes -------------------------------------------------------------
def worker_processes(program: Path) -> set[int]:
    """Processes of ``program`` started by multiprocessing (spawn) that run now."""
    found: set[int] = set()
    if WINDOWS:
        script = ("Get-CimInstance Win32_Process | Where-Object { $_.CommandLine -like "
                  "'*--multiprocessing-fork*' } | ForEach-Object { $_.ExecutablePath + '|' + "
                  "$_.ProcessId }")
        done = subprocess.run(["powershell", "-NoProfile", "-Command", script],
                              capture_output=True, text=True, timeout=60)
        for line in done.stdout.splitlines():
            exe, _, pid = line.strip().rpartition("|")
            if exe and Path(exe).resolve() == program.resolve():
                found.add(int(pid))
        return found
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            exe = Path(os.readlink(entry / "exe"))
        except OSError:
            continue
        if b"--multiprocessing-fork" in argv and exe.resolve() == program.resolve():
            found.add(int(entry.name))
    return found


class WorkerWatch:
    """Polls for worker processes of a program while a command runs."""

    def __init__(self, program: Path) -> None:
        self.program = program
        self.seen: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        while not self._stop.is_set():
            self.seen |= worker_processes(self.program)
            self._stop.wait(0.5 if WINDOWS else 0.1)

    def __enter__(self) -> WorkerWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# -- the steps -----------------------------------------------------------------------------
def step_version(bundle: Bundle) -> None:
    version = _version()
    for program in (CLI, APP):
        out = bundle.run("--version", program=program)
        if version not in out:
            raise SmokeFailure(f"{program} --version printed {out.strip()!r}, wanted {version}")


def step_resources(bundle: Bundle) -> None:
    out = bundle.run("check-resources")
    print("  " + out.strip().splitlines()[-1])


def step_broken_copy(bundle: Bundle) -> None:
    """A copy missing one file must fail check-resources, naming the file."""
    copy = bundle.work / "broken" / bundle.folder.name

    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(bundle.folder, copy, symlinks=True, copy_function=link_or_copy)
    victim = copy / "_internal" / BROKEN_FILE
    victim.unlink()
    broken = Bundle(copy, bundle.work)
    out = broken.run("check-resources", expect=1)
    if BROKEN_FILE.as_posix() not in out.replace("\\", "/"):
        raise SmokeFailure(f"check-resources did not name {BROKEN_FILE}:\n{out}")
    print(f"  ok: a copy without {BROKEN_FILE.as_posix()} fails, naming it")
    shutil.rmtree(bundle.work / "broken", ignore_errors=True)


def step_platforms(bundle: Bundle) -> None:
    out = bundle.run("platforms")
    for platform, _, _ in PLATFORMS:
        if platform not in out:
            raise SmokeFailure(f"platforms does not list {platform}:\n{out}")
    print(f"  ok: {len(out.strip().splitlines())} platforms")


def step_export(bundle: Bundle) -> None:
    samples = bundle.folder / "_internal" / "samples"
    out_dir = bundle.work / "ekspor"
    bundle.run("export", "--template", "liputan-kegiatan",
               "--platform", ",".join(p for p, _, _ in PLATFORMS),
               "--set", "judul=Rapat Koordinasi Kehumasan", "--set", "tanggal=2026-11-30",
               "--set", "lokasi=Aula Gedung B Pemkot Cimahi",
               "--output", str(out_dir), str(samples / PHOTO), str(samples / CLIP))
    ffmpeg = bundle.ffmpeg()
    for platform, width, height in PLATFORMS:
        files = outputs(out_dir, platform, (".jpg", ".jpeg"))
        # A clip's cover image is written beside it ("klip-sampul.jpg"; Instagram's
        # vertical clips also a 4:5 "-sampul-4x5.jpg").
        covers = [p for p in files if p.stem.endswith("-sampul")]
        images = [p for p in files if "-sampul" not in p.stem]
        videos = outputs(out_dir, platform, (".mp4",))
        if len(images) != 1 or len(videos) != 1 or len(covers) != 1:
            raise SmokeFailure(f"{out_dir} ({platform}): wanted one image, one video and its "
                               f"cover, found {[p.name for p in files + videos]}")
        check_image(images[0], width, height)
        check_image(covers[0], width, height)
        check_video(ffmpeg, videos[0], width, height)


def step_batch(bundle: Bundle) -> None:
    samples = bundle.folder / "_internal" / "samples"
    event = bundle.work / "rapat.kegiatan.toml"
    out_dir = bundle.work / "hasil-batch"
    platform, width, height = PLATFORMS[0]
    bundle.run("project", "new", str(event), *(str(samples / p) for p in BATCH_PHOTOS),
               "--template", "liputan-kegiatan", "--platform", platform,
               "--output", str(out_dir), "--set", "judul=Rapat Koordinasi",
               "--set", "tanggal=2026-11-30")
    with WorkerWatch(bundle.folder / CLI) as watch:
        bundle.run("batch", str(event), "--workers", "2", "--quiet")
    if len(watch.seen) < 2:
        raise SmokeFailure(f"batch --workers 2 ran {len(watch.seen)} worker process(es) of "
                           f"{CLI}; wanted 2")
    print(f"  ok: {len(watch.seen)} worker processes of {CLI} seen")
    images = outputs(out_dir, platform, (".jpg", ".jpeg"))
    if len(images) != len(BATCH_PHOTOS):
        raise SmokeFailure(f"batch wrote {len(images)} images, wanted {len(BATCH_PHOTOS)}")
    for image in images:
        check_image(image, width, height)


def step_second_copy(bundle: Bundle) -> None:
    """A second copy started while an export runs: refused from the same output folder,
    its window opens and closes, and the first run's files come out whole."""
    samples = bundle.folder / "_internal" / "samples"
    event = bundle.work / "serentak.kegiatan.toml"
    out_dir = bundle.work / "hasil-serentak"
    bundle.run("project", "new", str(event), *(str(samples / p) for p in BATCH_PHOTOS),
               str(samples / CLIP), "--template", "liputan-kegiatan",
               "--platform", ",".join(p for p, _, _ in PLATFORMS), "--output", str(out_dir),
               "--set", "judul=Dua salinan", "--set", "tanggal=2026-11-30")
    print(f"$ {CLI} batch {event.name} --workers 2 (in the background)", flush=True)
    first = subprocess.Popen([str(bundle.folder / CLI), "batch", str(event), "--workers", "2",
                              "--quiet"], cwd=bundle.work, env=bundle.env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             encoding="utf-8", errors="replace")
    try:
        deadline = time.monotonic() + 120
        while not any(out_dir.rglob(LOCK_NAME)):
            if first.poll() is not None or time.monotonic() > deadline:
                raise SmokeFailure("the first batch ended or stalled before it took the "
                                   "output folder's lock; cannot test a second copy")
            time.sleep(0.05)
        second = bundle.run("batch", str(event), "--workers", "2", "--quiet", expect=1)
        if "another batch is writing" not in second:
            raise SmokeFailure(f"the second copy was not refused clearly:\n{second}")
        print("  ok: a second batch into the same folder is refused while the first runs")
        if first.poll() is None:
            bundle.run("--quit-after", "0", program=CLI if WINDOWS else APP)
            print("  ok: a second copy of the app opened and closed during the export")
        output = first.communicate(timeout=TIMEOUT)[0]
    finally:
        if first.poll() is None:
            first.kill()
    if first.returncode != 0:
        raise SmokeFailure(f"the first batch failed beside a second copy:\n{output[-4000:]}")
    ffmpeg = bundle.ffmpeg()
    for platform, width, height in PLATFORMS:
        files = outputs(out_dir, platform, (".jpg", ".jpeg"))
        images = [p for p in files if "-sampul" not in p.stem]  # not the clip's cover
        videos = outputs(out_dir, platform, (".mp4",))
        if len(images) != len(BATCH_PHOTOS) or len(videos) != 1:
            raise SmokeFailure(f"{platform}: {len(images)} images and {len(videos)} videos")
        for image in files:
            check_image(image, width, height)
        check_video(ffmpeg, videos[0], width, height)
    leftovers = [p for p in out_dir.rglob("*") if p.name.startswith(".part") or
                 p.name == LOCK_NAME]
    if leftovers:
        raise SmokeFailure(f"left behind: {leftovers}")


def step_window(bundle: Bundle) -> None:
    # The console program on Windows: the windowed one has no stdout to report on.
    program = CLI if WINDOWS else APP
    shot = bundle.folder.parent / "smoke-window.png"
    bundle.env["STUDIO_SCREENSHOT"] = str(shot)
    try:
        out = bundle.run("--quit-after", "1", program=program)
    finally:
        del bundle.env["STUDIO_SCREENSHOT"]
    if not shot.is_file() or shot.stat().st_size < 10_000:
        raise SmokeFailure(f"no picture of the window at {shot}")
    print(f"  a picture of the window: {shot}")
    ready = re.search(r"window ready after ([\d.]+) s", out)
    if not ready or "window closed (exit code 0)" not in out:
        raise SmokeFailure(f"the window did not open and close cleanly:\n{out}")
    if "Traceback" in out:
        raise SmokeFailure(f"the app printed a traceback:\n{out}")
    print(f"  ok: window usable after {ready.group(1)} s, closed cleanly")
    # Closing keeps the window's place in the settings file in the data folder (not in
    # the registry), where upgrades, backups and the uninstaller keep it.
    settings = Path(bundle.env["STUDIO_KONTEN_HOME"]) / "pengaturan.ini"
    if not settings.is_file() or "geometry" not in settings.read_text(encoding="utf-8"):
        raise SmokeFailure(f"the window's settings were not kept in {settings}")
    print(f"  ok: settings kept in the data folder ({settings.name})")


STEPS = (step_version, step_resources, step_broken_copy, step_platforms, step_export,
         step_batch, step_second_copy, step_window)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]).resolve() if argv else DEFAULT_BUNDLE
    if not (folder / CLI).is_file():
        print(f"smoke: no bundle at {folder} (build it: python dev.py package)")
        return 1
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="studio-smoke-") as tmp:
        bundle = Bundle(folder, Path(tmp))
        for step in STEPS:
            print(f"== {step.__name__[5:]}", flush=True)
            try:
                step(bundle)
            except (SmokeFailure, subprocess.TimeoutExpired) as exc:
                print(f"SMOKE TEST FAILED at {step.__name__[5:]}: {exc}", flush=True)
                print(f"smoke: {STEPS.index(step)} passed, 1 failed", flush=True)
                return 1
    print(f"smoke test passed in {time.monotonic() - started:.0f} s ({folder})")
    print(f"smoke: {len(STEPS)} passed, 0 failed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

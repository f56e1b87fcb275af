"""Start-up time: from launching the app to a usable window (target: 3 s).

    python benchmarks/startup.py [--bundle dist/StudioKontenCimahi] [--runs 5] [--drop-caches]

Each run starts the program with ``--quit-after 0`` offscreen and a fresh user data
folder, and times (in this process) from launch until the program prints
``window ready`` — the main window shown and the event loop idle for the first
time — then lets it close. The bundle's programs run with a scrubbed environment
(no virtual environment). As a reference in the same run, the source checkout is
started the same way with this Python (``python main.py``), and each figure is
printed with its ratio to the reference. ``--drop-caches`` (Linux, root) empties the
page cache before each run, for a truly cold start. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from smoke import APP, CLI, WINDOWS, clean_env  # noqa: E402

TARGET = 3.0


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_to_window(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, str]:
    """Seconds from launch to the ``window ready`` line, and the app's own figure."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    ready = None
    own = ""
    for line in proc.stdout:
        if line.startswith("window ready"):
            ready = time.perf_counter() - started
            own = line.split("after", 1)[1].strip()
    code = proc.wait(timeout=120)
    if ready is None or code != 0:
        raise SystemExit(f"{' '.join(cmd)}: no usable window (exit code {code})")
    return ready, own


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "StudioKontenCimahi")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drop-caches", action="store_true")
    args = parser.parse_args()
    # On Windows the windowed program has no stdout: time the console one (same code).
    program = args.bundle / (CLI if WINDOWS else APP)
    if not program.is_file():
        print(f"no bundle at {args.bundle} (python dev.py package)")
        return 1
    results: dict[str, list[float]] = {"bundle": [], "source": []}
    with tempfile.TemporaryDirectory(prefix="studio-startup-") as tmp:
        work = Path(tmp)
        for run in range(args.runs):
            for name in ("bundle", "source"):
                home = work / f"data-{name}-{run}"
                if name == "bundle":
                    cmd, env = [str(program), "--quit-after", "0"], clean_env(home)
                else:
                    env = dict(os.environ, STUDIO_KONTEN_HOME=str(home),
                               QT_QPA_PLATFORM="offscreen",
                               XDG_CONFIG_HOME=str(home / "qt-settings"))
                    cmd = [sys.executable, str(ROOT / "main.py"), "--quit-after", "0"]
                cold = args.drop_caches and drop_caches()
                seconds, own = time_to_window(cmd, env, work)
                results[name].append(seconds)
                # The app's own figure counts from the process's creation time as the
                # OS reports it (whole-second boot time on Linux): a rough check only.
                print(f"run {run + 1} {name:<6} {seconds:5.2f} s to a usable window "
                      f"(app's own rough count: {own}){' cold' if cold else ''}", flush=True)
    bundle, source = results["bundle"], results["source"]
    ratio = statistics.median(bundle) / statistics.median(source)
    print(f"bundle: first {bundle[0]:.2f} s, median {statistics.median(bundle):.2f} s, "
          f"max {max(bundle):.2f} s (target {TARGET:.0f} s)")
    print(f"source (reference, python main.py): median {statistics.median(source):.2f} s")
    print(f"bundle / source: {ratio:.2f}x")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg")
          else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())

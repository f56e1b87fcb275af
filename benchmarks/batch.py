"""Batch export throughput and memory: parallel against single-process, 50 against 200.

200 camera-size JPEGs (4000x3000, generated once into a cache folder: smooth
shapes plus sensor-like noise, so file sizes and decode costs are realistic)
x 5 platforms with the shipped ``liputan-kegiatan`` template, through
``studio.batch.run_batch`` exactly as the app runs it (face detection,
journal, manifest, atomic writes). Printed, never asserted:

- throughput: photos per second with worker processes, as a ratio against
  the single-process rate (``workers=0``: everything in one process) and
  against the core count (target: >= 1.7x on 2 cores);
- peak memory: parent + worker RSS, sampled every 50 ms with psutil, for a
  batch of 50 and of 200 photos (target: equal within 10 %: memory must not
  grow with the number of inputs).

    python benchmarks/batch.py            # about 10 minutes on 2 cores
    python benchmarks/batch.py --quick    # 20 / 80 photos
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PLATFORMS = ("instagram_portrait", "instagram_story", "instagram_square", "x_post",
             "facebook_landscape")
CACHE = Path(tempfile.gettempdir()) / "studio-bench-batch-photos"
SIZE = (4000, 3000)


def make_photos(count: int) -> list[Path]:
    """Camera-like JPEGs, made once: low-frequency shapes, gradients and fine noise."""
    CACHE.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = CACHE / f"DSC_{i:04d}.jpg"
        if not path.exists():
            rng = np.random.default_rng(1000 + i)
            width, height = SIZE
            shapes = rng.integers(0, 255, (height // 100 + 2, width // 100 + 2, 3),
                                  dtype=np.uint8)
            base = np.asarray(Image.fromarray(shapes).resize(SIZE, Image.Resampling.BICUBIC),
                              dtype=np.int16)
            base += rng.normal(0, 7, (height, width, 3)).astype(np.int16)
            Image.fromarray(np.clip(base, 0, 255).astype(np.uint8)).save(path, quality=92)
        paths.append(path)
    return paths


class MemorySampler:
    """Peak RSS of this process and of all its children (the workers)."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak_total = 0
        self.peak_parent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                parent = me.memory_info().rss
                children = 0
                for child in me.children(recursive=True):
                    with contextlib.suppress(psutil.Error):  # a worker just exited
                        children += child.memory_info().rss
                self.peak_parent = max(self.peak_parent, parent)
                self.peak_total = max(self.peak_total, parent + children)
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _cpu_seconds() -> float:
    # This process plus every child it has reaped: the pool joins its workers
    # (also the ones replaced after max_tasks_per_child), so all are counted.
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def run(photos: list[Path], workers: int, work_dir: Path
        ) -> tuple[float, float, MemorySampler, int]:
    from studio.batch import run_batch
    from studio.project import MediaItem, Project

    output = work_dir / f"out-{len(photos)}-{workers}"
    shutil.rmtree(output, ignore_errors=True)
    project = Project(
        name="Benchmark", template="liputan-kegiatan", output_dir=output, platforms=PLATFORMS,
        fields={"judul": "Rapat Koordinasi Kehumasan se-Kota Cimahi", "tanggal": "2026-01-05",
                "lokasi": "Aula Gedung B Pemkot Cimahi"},
        media=tuple(MediaItem(p) for p in photos))
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    with MemorySampler() as memory:
        report = run_batch(project, workers=workers)
    elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    if report.failed:
        print(f"  !! {report.failed} outputs failed: {report.failures[0].error}")
    written = report.written
    shutil.rmtree(output, ignore_errors=True)
    return elapsed, cpu, memory, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 and 80 photos")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--single", type=int, help="photos for the single-process rate")
    args = parser.parse_args()
    small, large = (20, 80) if args.quick else (50, 200)
    single = args.single or small

    cores = os.cpu_count() or 1
    print(f"cores: {cores} logical, {psutil.cpu_count(logical=False)} physical; "
          f"load average at start: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg")
          else f"cores: {cores}")
    t = time.perf_counter()
    photos = make_photos(large)
    mb = sum(p.stat().st_size for p in photos) / len(photos) / 1e6
    print(f"{large} photos {SIZE[0]}x{SIZE[1]} (average {mb:.1f} MB) ready in "
          f"{time.perf_counter() - t:.0f} s; {len(PLATFORMS)} platforms: {', '.join(PLATFORMS)}")

    with tempfile.TemporaryDirectory(prefix="studio-bench-batch-") as tmp:
        work = Path(tmp)
        # Warm the disk cache and the template library once so the first
        # timed run does not pay for it.
        run(photos[:2], 0, work)

        seconds, cpu, memory_single, written = run(photos[:single], 0, work)
        single_rate, single_cpu = single / seconds, cpu / single
        print(f"\nsingle process : {single:>3} photos in {seconds:6.1f} s = {single_rate:.2f} "
              f"photos/s, {single_cpu:.2f} CPU-s/photo ({written} files); "
              f"peak RSS {memory_single.peak_total / 2**20:.0f} MB")

        seconds, cpu, memory_small, written = run(photos[:small], args.workers, work)
        rate_small, cpu_small = small / seconds, cpu / small
        print(f"{args.workers} workers      : {small:>3} photos in {seconds:6.1f} s = "
              f"{rate_small:.2f} photos/s, {cpu_small:.2f} CPU-s/photo ({written} files)")

        seconds, cpu, memory_large, written = run(photos[:large], args.workers, work)
        rate_large, cpu_large = large / seconds, cpu / large
        print(f"{args.workers} workers      : {large:>3} photos in {seconds:6.1f} s = "
              f"{rate_large:.2f} photos/s, {cpu_large:.2f} CPU-s/photo ({written} files)")
        if hasattr(os, "getloadavg"):
            print(f"load average at the end: {os.getloadavg()[0]:.2f}")

    print("\nthroughput (photos/s against the single-process rate):")
    print(f"  {small:>3} photos: {rate_small / single_rate:.2f}x   "
          f"{large:>3} photos: {rate_large / single_rate:.2f}x   "
          f"on {cores} cores (ideal {min(cores, args.workers):.0f}x; target >= 1.7x on 2)")
    # Wall-clock ratios need an idle machine; CPU-seconds per photo do not: the
    # projection is what the ratio would be with every core free for the batch.
    usable = min(cores, args.workers)
    print(f"  CPU per photo, workers against one process: {cpu_large / single_cpu:.2f}x "
          f"-> projected on {usable} idle cores: {usable * single_cpu / cpu_large:.2f}x")
    print("peak memory, parent + workers (parent alone):")
    for label, memory in ((f"{small} photos", memory_small), (f"{large} photos", memory_large)):
        print(f"  {label:>11}: {memory.peak_total / 2**20:7.0f} MB "
              f"({memory.peak_parent / 2**20:.0f} MB)")
    growth = memory_large.peak_total / memory_small.peak_total - 1
    parent_growth = memory_large.peak_parent / memory_small.peak_parent - 1
    print(f"  {large} vs {small}: {growth * 100:+.1f} % total, {parent_growth * 100:+.1f} % parent "
          "(target: within 10 %)")


if __name__ == "__main__":
    main()

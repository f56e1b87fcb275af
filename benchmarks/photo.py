"""Photo export speed: our pipeline against the Pillow floor and libvips, same run.

20 camera-size JPEGs (12-24 MP, generated once into a cache folder) x 5
platform sizes. Printed as ratios, never as pass/fail timings:

- floor: a bare Pillow pipeline - decode (with JPEG reduce-on-load), cover
  resize to each size, encode with the same JPEG settings. No branding.
- ours: ``studio.produce.produce_photo`` with the shipped ``liputan-kegiatan``
  template (face detection, overlay, metadata policy, atomic writes).
- libvips: ``pyvips`` thumbnail (shrink-on-load) + crop + the same overlay
  composited + save, the field's fast reference.

All three run in a pool of one process per core. Needs the bench extras:
``pip install -e ".[bench]"``.

    python benchmarks/photo.py [--photos 20] [--workers 2]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

PLATFORMS = ("instagram_portrait", "instagram_story", "instagram_square", "x_post",
             "facebook_landscape")
CACHE = Path(tempfile.gettempdir()) / "studio-bench-photos"
SIZES_MP = (12, 16, 20, 24)


def make_photos(count: int) -> list[Path]:
    """Natural-looking camera JPEGs: smooth shapes plus sensor-like noise."""
    CACHE.mkdir(exist_ok=True)
    paths = []
    rng = np.random.default_rng(7)
    for i in range(count):
        mp = SIZES_MP[i % len(SIZES_MP)]
        width = int((mp * 1e6 * 4 / 3) ** 0.5)
        height = int(width * 3 / 4)
        path = CACHE / f"cam_{i:02d}_{mp}mp.jpg"
        if not path.exists():
            small = rng.integers(0, 255, (height // 64 + 2, width // 64 + 2, 3), dtype=np.uint8)
            base = Image.fromarray(small).resize((width, height), Image.Resampling.BICUBIC)
            noise = rng.normal(0, 10, (height, width, 3)).astype(np.int16)
            array = np.clip(np.asarray(base, dtype=np.int16) + noise, 0, 255).astype(np.uint8)
            Image.fromarray(array).save(path, quality=92)
        paths.append(path)
    return paths


def _platforms():
    from studio.platforms import get_platform

    return [get_platform(pid) for pid in PLATFORMS]


# -- floor ----------------------------------------------------------------------
def floor_one(path: str) -> int:
    from studio.render.crop import CENTER, cover_box

    written = 0
    platforms = _platforms()
    largest = max(max(p.size) for p in platforms)
    with Image.open(path) as im:
        im.draft("RGB", (largest, largest))
        image = im.convert("RGB")
    for p in platforms:
        box = cover_box(image.width, image.height, p.width, p.height, CENTER)
        out = image.resize(p.size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
        buffer = io.BytesIO()
        out.save(buffer, "JPEG", quality=90, progressive=True)
        written += len(buffer.getvalue())
    return written


# -- ours -------------------------------------------------------------------------
_OUT = Path(tempfile.gettempdir()) / "studio-bench-out"


_worker_state: dict = {}


def ours_one(path: str) -> int:
    from studio.brand import default_brand
    from studio.produce import ExportSettings, PhotoJob, produce_photo
    from studio.template import default_library

    # A batch worker loads the template and brand kit once, as studio.batch does.
    if not _worker_state:
        _worker_state["loaded"] = default_library().get("liputan-kegiatan")
        _worker_state["brand"] = default_brand()
    loaded, brand = _worker_state["loaded"], _worker_state["brand"]
    settings = ExportSettings(output_dir=_OUT / f"ours-{os.getpid()}", overwrite=True)
    job = PhotoJob(Path(path), tuple(_platforms()), fields={
        "judul": "Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial",
        "tanggal": "2026-11-30", "lokasi": "Aula Gedung B Pemkot Cimahi"})
    result = produce_photo(job, loaded, brand, settings)
    assert result.ok, result.errors
    return sum(o.path.stat().st_size for o in result.outputs)


# -- libvips ----------------------------------------------------------------------
_overlays: dict[str, bytes] = {}


def _overlay_png(platform) -> bytes:
    """The same branding overlay ours uses, as PNG bytes (made once per platform)."""
    if platform.id not in _overlays:
        from studio.brand import default_brand
        from studio.render.photo import plan_composition
        from studio.template import default_library

        loaded = default_library().get("liputan-kegiatan")
        comp = plan_composition(loaded, default_brand(), {
            "judul": "Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial",
            "tanggal": "2026-11-30", "lokasi": "Aula Gedung B Pemkot Cimahi"},
            platform.width, platform.height, platform.safe)
        buffer = io.BytesIO()
        comp.above.save(buffer, "PNG", compress_level=1)
        _overlays[platform.id] = buffer.getvalue()
    return _overlays[platform.id]


def vips_one(path: str) -> int:
    import pyvips

    pyvips.cache_set_max(0)
    written = 0
    for p in _platforms():
        image = pyvips.Image.thumbnail(path, p.width, height=p.height, crop="centre")
        overlay = pyvips.Image.new_from_buffer(_overlay_png(p), "")
        composed = image.composite2(overlay, "over").extract_band(0, n=3)
        data = composed.jpegsave_buffer(Q=90, interlace=True, keep="none")
        written += len(data)
    return written


def timed(func, paths: list[Path], workers: int) -> tuple[float, int]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(func, [str(paths[0])] * workers))  # warm up each worker
        start = time.perf_counter()
        total = sum(pool.map(func, [str(p) for p in paths]))
        return time.perf_counter() - start, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    paths = make_photos(args.photos)
    shutil.rmtree(_OUT, ignore_errors=True)
    mp = sum(Image.open(p).width * Image.open(p).height for p in paths) / len(paths) / 1e6
    print(f"{len(paths)} photos (mean {mp:.1f} MP) x {len(PLATFORMS)} sizes, "
          f"{args.workers} worker process(es)")
    results = {}
    for name, func in (("floor (Pillow decode+resize+encode)", floor_one),
                       ("ours (studio, liputan-kegiatan)", ours_one),
                       ("libvips (thumbnail+overlay+save)", vips_one)):
        seconds, size = timed(func, paths, args.workers)
        results[name] = seconds
        outputs = len(paths) * len(PLATFORMS)
        print(f"  {name:<38} {seconds:7.2f} s  {outputs / seconds:6.1f} outputs/s  "
              f"{size / 1e6:7.1f} MB")
    floor = results["floor (Pillow decode+resize+encode)"]
    ours = results["ours (studio, liputan-kegiatan)"]
    vips = results["libvips (thumbnail+overlay+save)"]
    print(f"ours / floor   = {ours / floor:.2f}x   (target <= 1.3x)")
    print(f"ours / libvips = {ours / vips:.2f}x   (target < 1.0x: faster than libvips)")
    shutil.rmtree(_OUT, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Photo decode memory: the header estimate against the process's real peak.

``studio.media.estimate_photo_memory`` tells the batch engine what a photo will
cost before it is decoded. This checks the estimate against reality for the
cases that once took 1.3-1.9 GB (a 16-bit grey PNG of 9480², a float TIFF of
89 MP, a tiny WebP declaring 9000²) and for an ordinary 48 MP camera JPEG. Each
photo is decoded in a fresh process (the budget lifted, so even the refused
ones are measured) and its peak resident memory above the process's baseline is
printed beside the estimate, as a ratio. An estimate below the real peak is a
bug to fix in ``studio/media.py`` (``_peak_bytes``).

    python benchmarks/decode_memory.py [--folder DIR]

The photos are generated once into the folder (about 360 MB on disk).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CACHE = Path(tempfile.gettempdir()) / "studio-bench-decode"

# The child reads its peak from /proc (VmHWM belongs to the new process; ru_maxrss
# would carry the parent's peak across exec on Linux).
_CHILD = r"""
import json, re, resource, sys, time
import studio.media as media
from PIL import Image

def peak_bytes():
    try:
        with open("/proc/self/status") as fh:
            return int(re.search(r"VmHWM:\s+(\d+) kB", fh.read()).group(1)) * 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

Image.MAX_IMAGE_PIXELS = None
media.PHOTO_MEMORY_BUDGET = 1 << 40
path = sys.argv[1]
estimate = media.estimate_photo_memory(path)
base = peak_bytes()
start = time.perf_counter()
media.open_photo(path)
seconds = time.perf_counter() - start
peak = peak_bytes()
print(json.dumps({"estimate": estimate.bytes, "real": peak - base, "seconds": seconds,
                  "size": estimate.size, "mode": estimate.mode, "format": estimate.format}))
"""


def make_photos(folder: Path) -> list[Path]:
    import numpy as np
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    grey = folder / "grey16-9480.png"
    if not grey.exists():
        values = (np.arange(9480, dtype=np.uint16)[None, :] * 6).repeat(9480, axis=0)
        Image.frombuffer("I;16", (9480, 9480), values.tobytes(), "raw", "I;16", 0, 1).save(
            grey, compress_level=1)
    floats = folder / "float-89mp.tif"
    if not floats.exists():
        side = 9434
        ramp = np.linspace(0, 1, side, dtype=np.float32)[None, :].repeat(side, axis=0)
        Image.frombuffer("F", (side, side), ramp.tobytes(), "raw", "F", 0, 1).save(floats)
    webp = folder / "tiny-9000.webp"
    if not webp.exists():
        Image.new("RGB", (9000, 9000), (10, 120, 200)).save(webp, lossless=True, quality=0,
                                                            method=0)
    jpeg = folder / "camera-48mp.jpg"
    if not jpeg.exists():
        Image.new("RGB", (8000, 6000), (10, 120, 200)).save(jpeg, quality=85)
    return [grey, floats, webp, jpeg]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    worst = 0.0
    print(f"{'photo':<22} {'size':>11} {'mode':>5} {'estimate':>9} {'real':>9} "
          f"{'real/est':>8} {'time':>6}")
    for path in make_photos(args.folder):
        out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True,
                             text=True, check=True)
        row = json.loads(out.stdout)
        ratio = row["real"] / row["estimate"]
        worst = max(worst, ratio)
        size = "x".join(map(str, row["size"]))
        print(f"{path.name:<22} {size:>11} {row['mode']:>5} {row['estimate'] / 2**20:>7.0f}MB "
              f"{row['real'] / 2**20:>7.0f}MB {ratio:>8.2f} {row['seconds']:>5.1f}s")
    print(f"worst real/estimate: {worst:.2f} (above 1.0 means the estimate is too low)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

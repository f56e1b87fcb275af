"""Preview latency: a change of the form back on screen, from the photo's proxy.

The production view re-renders the big preview from the selected photo's proxy
(at most 1600 px) whenever a field changes; an officer notices anything much
over 150 ms. This renders the sample template over a 24 MP camera-like photo
the way the preview does (``gui.jobs.preview.render_preview`` at the size of a
1366x768 laptop's preview and of a 1920x1080 one) and, as the reference in the
same process, the full-size export render of the same input. Printed as
milliseconds and as a ratio to the reference, so a loaded machine shows in both
and the ratio stays comparable.

    python benchmarks/preview_render.py [--rounds N]

The GUI's tests check *that* the preview renders from the proxy (no decode of
the camera file on an edit); how fast it is lives here, not in a timed test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _median_ms(work, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    import numpy as np
    from PIL import Image

    from gui.jobs.media import load_media
    from gui.jobs.preview import MediaInput, PreviewRequest, render_preview
    from studio.brand import default_brand
    from studio.platforms import load_platforms
    from studio.produce import render_photo
    from studio.progress import CancelToken
    from studio.template.library import default_library

    rng = np.random.default_rng(3)
    small = rng.integers(0, 255, (1000, 1500, 3), dtype=np.uint8)
    photo_path = Path(tempfile.gettempdir()) / "studio-bench-preview-24mp.jpg"
    if not photo_path.exists():
        Image.fromarray(small).resize((6000, 4000)).save(photo_path, quality=90)
    # The proxy exactly as the app makes it (once per photo, when it is selected).
    proxy = load_media(photo_path, progress=lambda _e: None, cancel=CancelToken(),
                       proxy=True).proxy
    brand = default_brand()
    platform = load_platforms()["instagram_portrait"]
    loaded = default_library().get("liputan-kegiatan")
    fields = {"judul": "Rapat Koordinasi Kehumasan se-Kota Cimahi", "tanggal": "2026-11-30",
              "lokasi": "Aula Gedung B Pemkot Cimahi"}

    def preview(size):
        request = PreviewRequest(loaded=loaded, brand=brand, fields=fields, platform=platform,
                                 media=MediaInput(proxy=proxy), focus=None, max_size=size)
        return lambda: render_preview(request, progress=lambda _e: None, cancel=CancelToken())

    reference = _median_ms(lambda: render_photo(loaded, brand, fields, platform, proxy),
                           args.rounds)
    print(f"reference: export render 1080x1350 from the proxy   {reference:7.1f} ms")
    for label, size in (("laptop 1366x768 (preview ~440x550)", (440, 550)),
                        ("desktop 1920x1080 (preview ~620x775)", (620, 775))):
        ms = _median_ms(preview(size), args.rounds)
        print(f"preview, {label:38s} {ms:7.1f} ms  ({ms / reference:.2f} x reference)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

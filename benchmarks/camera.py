"""Camera-like test photos for the benchmarks: 4-24 MP JPEGs, some tagged Display-P3.

Real event photos cannot ship with the project, so these are made from the
sample photos in ``samples/`` (a drawn meeting room, a real face, a coffee
cup, a night launch): each is scaled up to a camera size and given what a
camera adds and an upscale lacks - fine texture at several scales (fabric,
walls, foliage), sensor grain and the JPEG settings of a phone or compact
camera (quality 92, 4:2:0). Their decode and encode costs and file sizes are
those of real photos of the same size (a smooth upscale alone would encode
far smaller). Every fourth photo carries a Display-P3 profile (as iPhones
write), so the colour conversion is measured too, and every fifth is stored
sideways with an EXIF orientation (a phone held upright).

Made once into a cache folder; the same seed gives the same photos.
"""

from __future__ import annotations

import struct
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("aula-rapat.jpg", "potret-eileen-collins.jpg", "kopi.jpg", "peluncuran-roket.jpg")
SIZES_MP = (4, 8, 12, 16, 20, 24)
CACHE = Path(tempfile.gettempdir()) / "studio-bench-camera"
GENERATION = 2  # bump when the recipe changes, so stale caches are not reused

# Display P3 primaries, D50-adapted (as in Apple's "Display P3" profile); its
# tone curve is the sRGB one, so only the colorants differ from sRGB.
_P3_XYZ = {b"rXYZ": (0.515121, 0.241196, -0.001053),
           b"gXYZ": (0.291977, 0.692245, 0.041885),
           b"bXYZ": (0.157104, 0.066574, 0.784073)}


def display_p3_profile() -> bytes:
    """An ICC profile with Display P3's primaries (built from LittleCMS's sRGB)."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    count = struct.unpack(">I", data[128:132])[0]
    for i in range(count):
        at = 132 + 12 * i
        tag = bytes(data[at:at + 4])
        if tag in _P3_XYZ:
            offset = struct.unpack(">I", data[at + 4:at + 8])[0]
            values = b"".join(struct.pack(">i", round(v * 65536)) for v in _P3_XYZ[tag])
            data[offset + 8:offset + 20] = values
    data[84:100] = bytes(16)  # the profile ID no longer matches: clear it
    return bytes(data)


def _texture(rng: np.random.Generator, height: int, width: int) -> np.ndarray:
    """Luminance detail at several scales (-1..1), like surfaces seen by a sensor."""
    total = np.zeros((height, width), dtype=np.float32)
    for cell, weight in ((96, 0.35), (24, 0.3), (6, 0.2), (2, 0.15)):
        small = rng.standard_normal((height // cell + 2, width // cell + 2)).astype(np.float32)
        grid = Image.fromarray(small).resize((width, height),
                                                       Image.Resampling.BICUBIC)
        total += weight * np.asarray(grid, dtype=np.float32)
    return total


def make_photo(path: Path, mp: int, sample: str, seed: int, *, p3: bool,
               sideways: bool) -> None:
    rng = np.random.default_rng(seed)
    with Image.open(ROOT / "samples" / sample) as im:
        base = im.convert("RGB")
    aspect = base.width / base.height
    if 0.8 < aspect < 1.25:
        aspect = 4 / 3  # square samples become the usual 4:3 frame (cropped)
    width = int((mp * 1e6 * aspect) ** 0.5)
    height = int(width / aspect)
    scale = max(width / base.width, height / base.height)
    big = base.resize((round(base.width * scale), round(base.height * scale)),
                      Image.Resampling.BICUBIC)
    left, top = (big.width - width) // 2, (big.height - height) // 2
    big = big.crop((left, top, left + width, top + height))
    pixels = np.asarray(big, dtype=np.float32)
    detail = _texture(rng, height, width)[:, :, None] * 14.0
    grain = rng.standard_normal((height, width, 3), dtype=np.float32) * 4.0
    pixels = np.clip(pixels + detail + grain, 0, 255).astype(np.uint8)
    image = Image.fromarray(pixels)
    params: dict = {"quality": 92, "subsampling": "4:2:0"}
    if p3:
        params["icc_profile"] = display_p3_profile()
    if sideways:
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[0x0112] = 6  # rotate 90 CW to display
        params["exif"] = exif.tobytes()
    tmp = path.with_suffix(".tmp")
    image.save(tmp, "JPEG", **params)
    tmp.replace(path)


def camera_photos(count: int, *, sizes: tuple[int, ...] = SIZES_MP) -> list[Path]:
    """``count`` photos cycling through ``sizes`` (megapixels) and the samples."""
    CACHE.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        mp = sizes[i % len(sizes)]
        sample = SAMPLES[i % len(SAMPLES)]
        p3, sideways = i % 4 == 3, i % 5 == 4
        tag = ("-p3" if p3 else "") + ("-rot" if sideways else "")
        path = CACHE / f"g{GENERATION}_{i:03d}_{mp}mp{tag}.jpg"
        if not path.exists():
            make_photo(path, mp, sample, 1000 + i, p3=p3, sideways=sideways)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for p in camera_photos(16):
        with Image.open(p) as im:
            print(p.name, im.size, f"{p.stat().st_size / 1e6:.1f} MB")

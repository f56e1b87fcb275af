"""Make a varied set of realistic test photos for looking at the templates.

    python tools/make_test_photos.py OUTPUT_DIR

The shipped samples are one event scene and a few small photos; a designer
signing off a template needs more: people at different places in the frame
(left, right, high, low, a group), busy and plain backgrounds, landscape and
portrait phone photos, a small 548x342 photo and a CMYK JPEG. Everything is
composed from the files in ``samples/`` (public domain or CC0, see
``samples/README.md``): the portrait's person is cut out with a soft mask and
placed into other scenes, so OpenCV's face cascade finds real faces where the
layout puts them. The files are for contact sheets and manual checks
(``tools/contact_sheet.py``); they are not shipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
RNG = np.random.default_rng(11)


def _sample(name: str) -> Image.Image:
    with Image.open(SAMPLES / name) as im:
        return im.convert("RGB")


def _person() -> Image.Image:
    """The portrait's person (head and shoulders) as RGBA with a feathered mask."""
    portrait = _sample("potret-eileen-collins.jpg")
    mask = Image.new("L", portrait.size, 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse((140, 4, 312, 206), fill=255)          # head and hair
    draw.rounded_rectangle((22, 150, 368, 560), radius=90, fill=255)  # suit and shoulders
    draw.polygon([(190, 170), (262, 170), (300, 250), (150, 250)], fill=255)  # neck ring
    mask = mask.filter(ImageFilter.GaussianBlur(5))
    person = portrait.copy()
    person.putalpha(mask)
    return person.crop((10, 0, 380, 512))


def _place(scene: Image.Image, person: Image.Image, cx: float, top: float, height: float,
           mirror: bool = False, tint: float = 1.0) -> None:
    """Paste ``person`` with its face centred at ``cx`` (fraction) and its top at ``top``."""
    p = ImageOps.mirror(person) if mirror else person
    if tint != 1.0:
        rgb = ImageEnhance.Brightness(p.convert("RGB")).enhance(tint)
        rgb.putalpha(p.getchannel("A"))
        p = rgb
    scale = height * scene.height / p.height
    p = p.resize((max(1, round(p.width * scale)), max(1, round(p.height * scale))),
                 Image.Resampling.LANCZOS)
    # The face sits at about 0.61 of the cut-out's width (0.39 when mirrored).
    face_x = (0.39 if mirror else 0.61) * p.width
    x = round(cx * scene.width - face_x)
    y = round(top * scene.height)
    scene.paste(p, (x, y), p)


def _grain(image: Image.Image, amount: float = 6.0) -> Image.Image:
    arr = np.asarray(image).astype(np.float32)
    arr += RNG.normal(0, amount, arr.shape)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _wall(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]
          ) -> Image.Image:
    w, h = size
    t = np.linspace(0, 1, h)[:, None, None]
    arr = np.array(top)[None, None, :] * (1 - t) + np.array(bottom)[None, None, :] * t
    return Image.fromarray(np.broadcast_to(arr, (h, w, 3)).astype(np.uint8))


def _cover(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    return ImageOps.fit(image, size, Image.Resampling.LANCZOS)


def make_photos() -> dict[str, Image.Image]:
    person = _person()
    aula = _sample("aula-rapat.jpg")
    aula_soft = _cover(aula, (2400, 1600)).filter(ImageFilter.GaussianBlur(6))
    photos: dict[str, Image.Image] = {}

    # The event scene as it is: busy, no face, landscape.
    photos["aula-ramai"] = _cover(aula, (2400, 1600))

    # A speaker on the left third, face high (typical event photo).
    scene = aula_soft.copy()
    _place(scene, person, 0.3, 0.08, 0.95)
    photos["pembicara-kiri"] = _grain(scene)

    # A speaker on the right, face low in the frame (hard for bottom panels).
    scene = aula_soft.copy()
    _place(scene, person, 0.72, 0.42, 0.7, mirror=True)
    photos["wajah-bawah-kanan"] = _grain(scene)

    # A group of four across the frame at mid height.
    scene = _wall((2400, 1600), (210, 200, 185), (120, 104, 90))
    for i, (cx, top, h, tint) in enumerate(((0.16, 0.30, 0.72, 0.95), (0.39, 0.26, 0.76, 1.0),
                                            (0.62, 0.29, 0.73, 1.05), (0.85, 0.31, 0.7, 0.9))):
        _place(scene, person, cx, top, h, mirror=bool(i % 2), tint=tint)
    photos["kelompok"] = _grain(scene)

    # A phone photo in portrait orientation: one person, face in the upper third.
    scene = _cover(aula, (1200, 1600)).filter(ImageFilter.GaussianBlur(5))
    _place(scene, person, 0.5, 0.14, 0.86)
    photos["potret-hp"] = _grain(scene)

    # Plain and bright: a white wall, the person small on the right.
    scene = _wall((2000, 1333), (246, 246, 244), (228, 226, 222))
    _place(scene, person, 0.75, 0.35, 0.65)
    photos["dinding-putih"] = _grain(scene, 3)

    # Dark, high contrast, no face.
    photos["malam-gelap"] = _cover(_sample("peluncuran-roket.jpg"), (1920, 1280))

    # Small: the size of a photo saved from a chat (548x342), with a face.
    scene = _cover(aula, (1096, 684)).filter(ImageFilter.GaussianBlur(3))
    _place(scene, person, 0.5, 0.1, 0.9)
    photos["kecil-548"] = scene.resize((548, 342), Image.Resampling.LANCZOS)

    # The portrait as shipped (512x512) and the coffee (texture, no face).
    photos["potret-512"] = _sample("potret-eileen-collins.jpg")
    photos["kopi"] = _sample("kopi.jpg")
    return photos


def write_photos(folder: Path) -> list[Path]:
    """Write the set (and a CMYK JPEG of one) into ``folder``; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, image in make_photos().items():
        path = folder / f"{name}.jpg"
        image.save(path, quality=88)
        paths.append(path)
    with Image.open(folder / "pembicara-kiri.jpg") as im:
        cmyk = im.convert("CMYK")
    path = folder / "cmyk-pembicara.jpg"
    cmyk.save(path, quality=88)
    paths.append(path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for p in write_photos(Path(sys.argv[1])):
        print(p)

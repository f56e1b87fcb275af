"""Draw the stand-in logos in assets/branding/logos/.

These are NOT the official emblem of Kota Cimahi: they are a neutral wordmark
made by this project so the templates have something to place. Designers drop
the official files in with the same names (see docs/brand-kit.md).

    python tools/make_standin_logos.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
BRAND = ROOT / "assets" / "branding"
FONTS = BRAND / "fonts"
GOLD = (244, 180, 0, 255)
BLUE = (11, 79, 130, 255)
DEEP = (6, 48, 79, 255)
WHITE = (255, 255, 255, 255)
SCALE = 4  # draw large, then downsample for smooth edges


def mark(size: int, ring: tuple, letter: tuple) -> Image.Image:
    """A rounded square with an open 'C' ring and a small star-like dot."""
    s = size * SCALE
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((0, 0, s - 1, s - 1), radius=s // 4, fill=ring)
    pad = s // 5
    width = s // 7
    d.arc((pad, pad, s - pad, s - pad), start=40, end=320, fill=letter, width=width)
    r = s // 11
    cx, cy = s - pad - r // 2, s // 2
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=letter)
    return im.resize((size, size), Image.Resampling.LANCZOS)


def wordmark(text_color: tuple, mark_ring: tuple, mark_letter: tuple) -> Image.Image:
    height = 200
    m = mark(height, mark_ring, mark_letter)
    small = ImageFont.truetype(str(FONTS / "PlusJakartaSans-SemiBold.ttf"), 46 * SCALE)
    big = ImageFont.truetype(str(FONTS / "PlusJakartaSans-ExtraBold.ttf"), 92 * SCALE)
    top = "PEMERINTAH"
    bottom = "KOTA CIMAHI"
    spacing = 14 * SCALE
    w_top = sum(small.getlength(c) for c in top) + spacing * (len(top) - 1)
    w_bottom = big.getlength(bottom)
    gap = 36
    width = height + gap + round(max(w_top, w_bottom) / SCALE) + 8
    canvas = Image.new("RGBA", (width * SCALE, height * SCALE), (0, 0, 0, 0))
    d = ImageDraw.Draw(canvas)
    x0 = (height + gap) * SCALE
    x = x0
    for c in top:
        d.text((x, 70 * SCALE), c, font=small, fill=text_color, anchor="ls")
        x += small.getlength(c) + spacing
    d.text((x0 - 4 * SCALE, 178 * SCALE), bottom, font=big, fill=text_color, anchor="ls")
    canvas = canvas.resize((width, height), Image.Resampling.LANCZOS)
    canvas.alpha_composite(m, (0, 0))
    return canvas


def main() -> None:
    out = BRAND / "logos"
    out.mkdir(parents=True, exist_ok=True)
    wordmark(DEEP, BLUE, GOLD).save(out / "logo-color.png", optimize=True)
    wordmark(WHITE, GOLD, DEEP).save(out / "logo-white.png", optimize=True)
    mark(512, BLUE, GOLD).save(out / "mark.png", optimize=True)
    print("wrote", ", ".join(p.name for p in sorted(out.glob("*.png"))))


if __name__ == "__main__":
    main()

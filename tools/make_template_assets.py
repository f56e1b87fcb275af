"""Draw the decorative and icon assets of the shipped templates (PNG, transparent).

Drawn 4x and downsampled for smooth edges. Colours are the brand kit's at the time
of drawing (gold #F4B400, deep blue #06304F, blue #0B4F82, white).
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw

S = 4
GOLD = (244, 180, 0, 255)
DEEP = (6, 48, 79, 255)
BLUE = (11, 79, 130, 255)
WHITE = (255, 255, 255, 255)
GREEN = (23, 133, 91, 255)
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "build/template-assets")  # then copy into templates/<id>/
OUT.mkdir(parents=True, exist_ok=True)


def canvas(w, h):
    im = Image.new("RGBA", (w * S, h * S), (0, 0, 0, 0))
    return im, ImageDraw.Draw(im)


def done(im, name, w, h):
    im = im.resize((w, h), Image.Resampling.LANCZOS)
    im.save(OUT / name, optimize=True)


# -- icons: a filled badge with a glyph ------------------------------------------
def badge(glyph, name, disc, ink, size=128):
    im, d = canvas(size, size)
    s = size * S
    d.ellipse((0, 0, s - 1, s - 1), fill=disc)
    glyph(d, s, ink)
    done(im, name, size, size)


def g_calendar(d, s, ink):
    w = round(s * 0.055)
    l, t, r, b = s * 0.28, s * 0.31, s * 0.72, s * 0.71
    d.rounded_rectangle((l, t, r, b), radius=s * 0.06, outline=ink, width=w)
    d.rectangle((l, t, r, t + s * 0.1), fill=ink)
    for x in (0.38, 0.62):
        d.rounded_rectangle((s * x - w / 2, s * 0.24, s * x + w / 2, s * 0.35), radius=w / 2, fill=ink)
    r0 = s * 0.03
    for row in (0.52, 0.62):
        for col in (0.38, 0.5, 0.62):
            d.ellipse((s * col - r0, s * row - r0, s * col + r0, s * row + r0), fill=ink)


def g_clock(d, s, ink):
    w = round(s * 0.055)
    c, r = s / 2, s * 0.23
    d.ellipse((c - r, c - r, c + r, c + r), outline=ink, width=w)
    d.line((c, c, c, c - r * 0.62), fill=ink, width=w)
    d.line((c, c, c + r * 0.5, c + r * 0.22), fill=ink, width=w)
    d.ellipse((c - w * 0.7, c - w * 0.7, c + w * 0.7, c + w * 0.7), fill=ink)


def g_pin(d, s, ink):
    cx, cy, r = s / 2, s * 0.43, s * 0.17
    # teardrop: circle plus a triangle to the point
    tip = (cx, s * 0.76)
    a = math.radians(35)
    p1 = (cx - r * math.cos(a), cy + r * math.sin(a))
    p2 = (cx + r * math.cos(a), cy + r * math.sin(a))
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ink)
    d.polygon([p1, p2, tip], fill=ink)
    ri = r * 0.42
    d.ellipse((cx - ri, cy - ri, cx + ri, cy + ri), fill=(0, 0, 0, 0))


def g_phone(d, s, ink):
    w = round(s * 0.05)
    d.rounded_rectangle((s * 0.36, s * 0.24, s * 0.64, s * 0.76), radius=s * 0.05, outline=ink, width=w)
    d.rounded_rectangle((s * 0.45, s * 0.665, s * 0.55, s * 0.695), radius=s * 0.015, fill=ink)


def g_building(d, s, ink):
    # a civic building: pediment, columns, base
    d.polygon([(s * 0.26, s * 0.40), (s * 0.5, s * 0.25), (s * 0.74, s * 0.40)], fill=ink)
    d.rectangle((s * 0.27, s * 0.41, s * 0.73, s * 0.45), fill=ink)
    for x in (0.31, 0.43, 0.57, 0.69):
        d.rectangle((s * (x - 0.03), s * 0.47, s * (x + 0.03), s * 0.66), fill=ink)
    d.rectangle((s * 0.24, s * 0.68, s * 0.76, s * 0.74), fill=ink)


def g_info(d, s, ink):
    w = s * 0.07
    d.ellipse((s * 0.5 - w * 0.6, s * 0.27, s * 0.5 + w * 0.6, s * 0.27 + w * 1.2), fill=ink)
    d.rounded_rectangle((s * 0.5 - w / 2, s * 0.43, s * 0.5 + w / 2, s * 0.73), radius=w * 0.3, fill=ink)


GLYPHS = {"tanggal": g_calendar, "waktu": g_clock, "lokasi": g_pin, "kontak": g_phone,
          "penyelenggara": g_building, "info": g_info}


# -- decorations ------------------------------------------------------------------------
def rings(name, size=640, step=31, width=2, first=70, color=WHITE):
    im, d = canvas(size, size)
    c = size * S / 2
    r = first * S
    while r < size * S / 2 - width * S:
        d.ellipse((c - r, c - r, c + r, c + r), outline=color, width=width * S)
        r += step * S
    done(im, name, size, size)


def dots(name, cols=8, rows=6, gap=34, radius=4.5, color=WHITE):
    w, h = cols * gap, rows * gap
    im, d = canvas(w, h)
    for i in range(cols):
        for j in range(rows):
            x, y = (i + 0.5) * gap * S, (j + 0.5) * gap * S
            d.ellipse((x - radius * S, y - radius * S, x + radius * S, y + radius * S), fill=color)
    done(im, name, w, h)


def bars(name, w=600, h=600):
    """Slanted parallel bars (gold + white) for a dynamic corner accent."""
    im, d = canvas(w, h)
    s = S
    specs = [(0.00, 70, GOLD), (0.22, 26, WHITE), (0.34, 26, (244, 180, 0, 150))]
    for off, thick, color in specs:
        x0 = (off * w) * s
        t = thick * s
        # a band at 45 degrees from bottom-left to top-right
        d.polygon([(x0, h * s), (x0 + t, h * s), (x0 + t + h * s, 0), (x0 + h * s, 0)], fill=color)
    done(im, name, w, h)


def sparkle(d, cx, cy, r, color):
    k = r * 0.22
    d.polygon([(cx, cy - r), (cx + k, cy - k), (cx + r, cy), (cx + k, cy + k), (cx, cy + r),
               (cx - k, cy + k), (cx - r, cy), (cx - k, cy - k)], fill=color)


def ornament(name, size=640):
    """Gold arcs and sparkles for greeting cards."""
    im, d = canvas(size, size)
    s = size * S
    c = s / 2
    for _i, (r, wdt, a0, a1) in enumerate([(0.48, 3, 192, 348), (0.44, 8, 208, 332),
                                           (0.40, 2, 222, 318), (0.36, 2, 236, 304)]):
        rr = r * s
        d.arc((c - rr, c - rr, c + rr, c + rr), start=a0, end=a1, fill=GOLD, width=max(2, round(wdt * S * size / 1000)))
    done(im, name, size, size)


def sparkles(name, w=420, h=300):
    im, d = canvas(w, h)
    for x, y, r, a in [(0.22, 0.42, 0.20, 255), (0.62, 0.22, 0.11, 220), (0.78, 0.70, 0.08, 200),
                       (0.45, 0.82, 0.05, 180)]:
        sparkle(d, x * w * S, y * h * S, r * h * S, (*GOLD[:3], a))
    done(im, name, w, h)


def quote_mark(name, size=240):
    """An opening quotation mark (“) in gold, cut to its ink: the brand font's own glyph."""
    from PIL import ImageFont

    font_path = Path(__file__).resolve().parent.parent / "assets" / "branding" / "fonts" / \
        "PlusJakartaSans-ExtraBold.ttf"
    font = ImageFont.truetype(str(font_path), size * S * 2)
    im = Image.new("RGBA", (size * S * 3, size * S * 3), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((size * S // 2, size * S // 2), "\u201c", font=font, fill=GOLD)
    im = im.crop(im.getbbox())
    w, h = round(im.width / S), round(im.height / S)
    im.resize((w, h), Image.Resampling.LANCZOS).save(OUT / name, optimize=True)


if __name__ == "__main__":
    for key, glyph in GLYPHS.items():
        badge(glyph, f"ikon-{key}.png", GOLD, DEEP)
        badge(glyph, f"ikon-{key}-biru.png", BLUE, WHITE)
    rings("pola-cincin.png")
    dots("pola-titik.png")
    bars("aksen-miring.png")
    ornament("ornamen-busur.png")
    sparkles("ornamen-kilau.png")
    quote_mark("tanda-kutip.png")

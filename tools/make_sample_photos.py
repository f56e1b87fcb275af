"""A synthetic event photo: a city-hall meeting room (aula) seen from the back rows.

Everything is drawn here (no third-party imagery): a stage with a blue backdrop
and a speaker at a lectern, ceiling downlights, and rows of the audience seen
from behind. Drawn at 2x, with depth blur, warm grading, vignette and grain so
it behaves like a real photo in the templates (JPEG size, busy texture).
"""
from __future__ import annotations

import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

W, H = 1600, 1067
S = 2
rng = np.random.default_rng(7)
FONT = "/work/main/assets/branding/fonts/PlusJakartaSans-ExtraBold.ttf"
FONT2 = "/work/main/assets/branding/fonts/PlusJakartaSans-SemiBold.ttf"


def lin(a, b, t):
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def vgrad(w, h, top, bottom):
    t = np.linspace(0, 1, h)[:, None, None]
    arr = np.array(top)[None, None, :] * (1 - t) + np.array(bottom)[None, None, :] * t
    return Image.fromarray(np.broadcast_to(arr, (h, w, 3)).astype(np.uint8))


def layer():
    return Image.new("RGBA", (W * S, H * S), (0, 0, 0, 0))


def blur(im, r):
    return im.filter(ImageFilter.GaussianBlur(r * S))


def scene():
    w, h = W * S, H * S
    base = vgrad(w, h, (58, 50, 46), (120, 100, 84)).convert("RGBA")
    d = ImageDraw.Draw(base)
    horizon = int(h * 0.50)
    # back wall: warm panels with vertical wood slats
    wall_top, wall_bot = int(h * 0.10), horizon
    d.rectangle((0, wall_top, w, wall_bot), fill=(150, 122, 96))
    for i in range(0, w, 46 * S):
        shade = 135 + int(10 * np.sin(i / 97))
        d.rectangle((i, wall_top, i + 38 * S, wall_bot), fill=(shade + 20, shade - 2, shade - 28))
    # ceiling
    d.rectangle((0, 0, w, wall_top), fill=(44, 38, 36))
    d.polygon([(0, 0), (w, 0), (w, int(h * 0.16)), (0, int(h * 0.16))], fill=(52, 45, 42))
    # stage backdrop: a blue LED wall with a gold stripe and "text" blocks
    bx0, bx1 = int(w * 0.22), int(w * 0.78)
    by0, by1 = int(h * 0.13), int(h * 0.43)
    back = vgrad(bx1 - bx0, by1 - by0, (18, 92, 150), (8, 52, 92)).convert("RGBA")
    bd = ImageDraw.Draw(back)
    bw, bh = back.size
    for k in range(5):
        r = int(bh * (0.4 + 0.22 * k))
        bd.ellipse((int(bw * 0.78) - r, -r // 2 - r // 3, int(bw * 0.78) + r, r + r // 2 - r // 3),
                   outline=(60, 140, 200, 255), width=3 * S)
    bd.rectangle((0, int(bh * 0.82), bw, int(bh * 0.86)), fill=(244, 180, 0))
    f1 = ImageFont.truetype(FONT, int(bh * 0.12))
    f2 = ImageFont.truetype(FONT2, int(bh * 0.065))
    bd.text((int(bw * 0.42), int(bh * 0.26)), "RAPAT KOORDINASI", font=f1, fill=(255, 255, 255), anchor="mm")
    bd.text((int(bw * 0.42), int(bh * 0.42)), "KEHUMASAN KOTA CIMAHI", font=f1, fill=(255, 255, 255), anchor="mm")
    bd.text((int(bw * 0.42), int(bh * 0.56)), "Aula Gedung B  ·  2026", font=f2, fill=(230, 238, 245), anchor="mm")
    d2 = ImageDraw.Draw(base)
    d2.rectangle((bx0 - 10 * S, by0 - 10 * S, bx1 + 10 * S, by1 + 10 * S), fill=(30, 28, 30))
    base.alpha_composite(back, (bx0, by0))
    # stage floor and skirt
    sy = int(h * 0.47)
    d.polygon([(int(w * 0.08), sy), (int(w * 0.92), sy), (w, int(h * 0.53)), (0, int(h * 0.53))],
              fill=(96, 62, 40))
    d.rectangle((0, int(h * 0.53), w, int(h * 0.56)), fill=(40, 34, 52))
    # flower arrangement at stage front
    for fx in (0.28, 0.72):
        cx, cy = int(w * fx), int(h * 0.52)
        for _ in range(40):
            ox, oy = rng.normal(0, 22 * S), rng.normal(0, 10 * S)
            r = rng.uniform(5, 10) * S
            col = [(230, 230, 225), (240, 200, 60), (220, 90, 80), (80, 140, 70)][rng.integers(0, 4)]
            d.ellipse((cx + ox - r, cy + oy - r, cx + ox + r, cy + oy + r), fill=col)
    # lectern with speaker
    lx = int(w * 0.71)
    d.rectangle((lx - 34 * S, int(h * 0.36), lx + 34 * S, int(h * 0.36) + 8 * S), fill=(30, 22, 18))
    # speaker: batik-ish shirt, head
    d.rounded_rectangle((lx - 26 * S, int(h * 0.315), lx + 26 * S, int(h * 0.40)), radius=14 * S,
                        fill=(120, 70, 40))
    d.ellipse((lx - 13 * S, int(h * 0.27), lx + 13 * S, int(h * 0.318)), fill=(150, 108, 80))
    d.pieslice((lx - 14 * S, int(h * 0.266), lx + 14 * S, int(h * 0.31)), 180, 360, fill=(28, 24, 24))
    d.polygon([(lx - 40 * S, int(h * 0.365)), (lx + 40 * S, int(h * 0.365)), (lx + 32 * S, int(h * 0.49)),
               (lx - 32 * S, int(h * 0.49))], fill=(58, 38, 28))
    d.rectangle((lx - 24 * S, int(h * 0.385), lx + 24 * S, int(h * 0.41)), fill=(244, 180, 0))
    # officials seated at a table on the left of the stage
    tx0, tx1 = int(w * 0.27), int(w * 0.5)
    for i in range(3):
        px = tx0 + int((tx1 - tx0) * (i + 0.5) / 3)
        d.rounded_rectangle((px - 22 * S, int(h * 0.36), px + 22 * S, int(h * 0.44)), radius=12 * S,
                            fill=[(30, 40, 60), (235, 235, 230), (40, 60, 90)][i])
        d.ellipse((px - 11 * S, int(h * 0.32), px + 11 * S, int(h * 0.362)), fill=(150, 110, 84))
        d.pieslice((px - 12 * S, int(h * 0.316), px + 12 * S, int(h * 0.352)), 180, 360, fill=(28, 24, 24))
    d.rectangle((tx0 - 30 * S, int(h * 0.41), tx1 + 30 * S, int(h * 0.47)), fill=(235, 235, 235))
    d.rectangle((tx0 - 30 * S, int(h * 0.45), tx1 + 30 * S, int(h * 0.47)), fill=(244, 180, 0))
    base = blur(base, 1.2)
    # floor (carpet) in perspective
    fl = vgrad(w, h - int(h * 0.56), (86, 40, 44), (60, 26, 30)).convert("RGBA")
    base.alpha_composite(fl, (0, int(h * 0.56)))
    return base


def audience(base):
    """Rows of people seen from behind; nearer rows are larger and blurrier."""
    w, h = W * S, H * S
    hair = [(22, 18, 16), (30, 24, 20), (40, 32, 26), (18, 16, 16)]
    hijab = [(210, 200, 185), (40, 60, 110), (120, 40, 60), (60, 90, 70), (230, 225, 215),
             (160, 120, 90), (25, 25, 30), (90, 110, 150)]
    shirt = [(30, 40, 60), (230, 230, 228), (200, 170, 120), (40, 60, 90), (110, 80, 50),
             (60, 90, 130), (150, 40, 40), (245, 245, 240), (30, 30, 34)]
    rows = [(0.585, 0.32, 1.0), (0.63, 0.40, 0.9), (0.69, 0.52, 0.8), (0.77, 0.68, 0.9),
            (0.88, 0.92, 2.2), (1.02, 1.25, 4.0)]
    for y, scale, blur_r in rows:
        lay = layer()
        d = ImageDraw.Draw(lay)
        step = int(118 * S * scale)
        x = -int(rng.uniform(0, step))
        while x < w + step:
            cx = x + rng.normal(0, 8 * S * scale)
            cy = h * y + rng.normal(0, 4 * S * scale)
            sw = 92 * S * scale * rng.uniform(0.9, 1.1)
            hr = 30 * S * scale * rng.uniform(0.92, 1.08)
            body = shirt[rng.integers(0, len(shirt))]
            d.rounded_rectangle((cx - sw / 2, cy + hr * 0.6, cx + sw / 2, cy + hr * 4.2),
                                radius=sw * 0.32, fill=(*body, 255))
            if rng.random() < 0.45:
                col = hijab[rng.integers(0, len(hijab))]
                d.ellipse((cx - hr * 1.15, cy - hr * 1.1, cx + hr * 1.15, cy + hr * 1.3), fill=(*col, 255))
                d.polygon([(cx - hr * 1.2, cy + hr * 0.4), (cx + hr * 1.2, cy + hr * 0.4),
                           (cx + hr * 1.7, cy + hr * 2.0), (cx - hr * 1.7, cy + hr * 2.0)], fill=(*col, 255))
            else:
                col = hair[rng.integers(0, len(hair))]
                d.ellipse((cx - hr * 0.95, cy - hr, cx + hr * 0.95, cy + hr * 1.1), fill=(150, 108, 82, 255))
                d.ellipse((cx - hr, cy - hr * 1.08, cx + hr, cy + hr * 0.75), fill=(*col, 255))
            x += step
        # chair backs between rows
        base.alpha_composite(blur(lay, blur_r))
    return base


def lights(img):
    w, h = W * S, H * S
    glow = layer()
    d = ImageDraw.Draw(glow)
    for _row, (y, r, n) in enumerate([(0.035, 9, 9), (0.07, 7, 11), (0.095, 5, 13)]):
        for i in range(n):
            x = w * (i + 0.5) / n
            rr = r * S
            d.ellipse((x - rr * 5, h * y - rr * 2.5, x + rr * 5, h * y + rr * 2.5), fill=(255, 220, 160, 60))
            d.ellipse((x - rr, h * y - rr * 0.6, x + rr, h * y + rr * 0.6), fill=(255, 248, 230, 255))
    img.alpha_composite(blur(glow, 2))
    # warm light pool on the stage
    pool = layer()
    ImageDraw.Draw(pool).ellipse((w * 0.2, h * 0.05, w * 0.8, h * 0.6), fill=(255, 210, 150, 40))
    img.alpha_composite(blur(pool, 60))
    return img


def finish(img):
    img = img.convert("RGB").resize((W, H), Image.Resampling.LANCZOS)
    a = np.asarray(img).astype(np.float32) / 255
    # warm grade, gentle contrast curve
    a = a ** np.array([0.95, 1.0, 1.08])
    a = 0.5 + (a - 0.5) * 1.08
    yy, xx = np.mgrid[0:H, 0:W]
    v = 1 - 0.35 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H * 0.45) / (H / 1.6)) ** 2)
    a *= np.clip(v, 0.55, 1)[..., None]
    a += rng.normal(0, 0.018, a.shape)
    return Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8))


if __name__ == "__main__":
    img = finish(lights(audience(scene())))
    out = sys.argv[1] if len(sys.argv) > 1 else "samples/aula-rapat.jpg"
    img.save(out, quality=86, optimize=True, progressive=True)

"""Make the brand intro and outro clips in assets/branding/video/ from the brand kit.

    python tools/make_brand_clips.py [--brand FOLDER] [--preview]

Both clips are square (1080x1080) on a flat ``primary_dark`` background so
the export can pad them to any platform's shape with the same colour and no
visible edge. The intro (2 s) reveals the white logo over a soft glow with a
gold rule and the brand's credit line, then fades to the background; the
outro (3 s) invites viewers to follow the account and shows the hashtags.
Each has a quiet chime (about -20 LUFS, far under the footage) so joining
them never jumps in loudness. Everything comes from brand.toml (colours,
fonts, the white logo, mentions, hashtags): a new logo or colour only needs
this script run again.

The frames are drawn with Pillow and piped as raw RGB to the ffmpeg that the
app already bundles (imageio-ffmpeg), with the sound beside them as a 32-bit
WAV, in one ffmpeg run; no clip library is needed (see docs/architecture.md:
"Current libraries").
"""

from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.brand import BrandKit, load_brand  # noqa: E402

SIZE = 1080
FPS = 30
AUDIO_RATE = 48000
# Indonesian copy shown in the outro.
FOLLOW_TEXT = "Ikuti kami"


# -- easing -----------------------------------------------------------------------

def clip01(value: float) -> float:
    return min(1.0, max(0.0, value))


def ease_out(p: float) -> float:
    return 1 - (1 - clip01(p)) ** 3


def ease_in_out(p: float) -> float:
    p = clip01(p)
    return 4 * p**3 if p < 0.5 else 1 - (-2 * p + 2) ** 3 / 2


def window(t: float, start: float, length: float) -> float:
    return clip01((t - start) / length)


# -- drawing ------------------------------------------------------------------------

def rgb(brand: BrandKit, name: str) -> tuple[int, int, int]:
    return brand.color(f"brand:{name}")[:3]


@dataclass(frozen=True)
class Sprite:
    """A pre-rendered element: drawn once, placed per frame with opacity and offset."""

    image: Image.Image  # RGBA
    center: tuple[int, int]

    def place(self, canvas: Image.Image, alpha: float, dy: float = 0.0, scale: float = 1.0,
              reveal: float | None = None) -> None:
        if alpha <= 0.001:
            return
        image = self.image
        if scale != 1.0:
            size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
            image = image.resize(size, Image.Resampling.BICUBIC)
        a = np.asarray(image.getchannel("A"), dtype=np.float32) * alpha
        if reveal is not None:
            # A soft left-to-right wipe: columns appear as the edge passes them.
            feather = image.width * 0.25
            edge = reveal * (image.width + feather)
            cols = np.clip((edge - np.arange(image.width, dtype=np.float32)) / feather, 0, 1)
            a = a * cols[None, :]
        image = image.copy()
        image.putalpha(Image.fromarray(a.astype(np.uint8)))
        x = round(self.center[0] - image.width / 2)
        y = round(self.center[1] - image.height / 2 + dy)
        canvas.alpha_composite(image, (x, y))


def text_sprite(text: str, font: ImageFont.FreeTypeFont, fill: tuple[int, int, int],
                center: tuple[int, int], tracking: float = 0.0) -> Sprite:
    """Text with optional letter spacing (for small caps lines), centred."""
    widths = [font.getlength(c) for c in text]
    width = math.ceil(sum(widths) + tracking * max(0, len(text) - 1)) + 8
    ascent, descent = font.getmetrics()
    image = Image.new("RGBA", (width, ascent + descent + 8), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    x = 4.0
    for char, w in zip(text, widths, strict=True):
        draw.text((x, 4 + ascent), char, font=font, fill=(*fill, 255), anchor="ls")
        x += w + tracking
    return Sprite(image, center)


def rule_sprite(width: int, height: int, color: tuple[int, int, int],
                center: tuple[int, int]) -> Sprite:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).rounded_rectangle((0, 0, width - 1, height - 1), radius=height // 2,
                                            fill=(*color, 255))
    return Sprite(image, center)


def glow(brand: BrandKit) -> Image.Image:
    """The background: flat at the edges (padding matches), a soft lighter centre."""
    base = np.array(rgb(brand, "primary_dark"), dtype=np.float32)
    light = np.array(rgb(brand, "primary"), dtype=np.float32)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32)
    r = np.hypot(xx - SIZE / 2, yy - SIZE / 2) / (SIZE * 0.46)
    weight = np.clip(1 - r, 0, 1) ** 2 * 0.55
    pixels = base + (light - base) * weight[..., None]
    # A little noise keeps the gradient from banding after 8-bit encoding.
    rng = np.random.default_rng(7)
    pixels += rng.normal(0, 0.6, pixels.shape) * (weight[..., None] > 0)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).convert("RGBA")


def logo_sprite(brand: BrandKit, width: int, center: tuple[int, int]) -> Sprite:
    with Image.open(brand.logo_path("brand:white")) as im:
        logo = im.convert("RGBA")
    bbox = logo.getbbox() or (0, 0, logo.width, logo.height)
    logo = logo.crop(bbox)
    height = round(logo.height * width / logo.width)
    return Sprite(logo.resize((width, height), Image.Resampling.LANCZOS), center)


def soft_shadow(sprite: Sprite, radius: int = 18, opacity: int = 90) -> Sprite:
    """A diffuse shadow under the logo so it sits on the glow, not on top of it."""
    pad = radius * 3
    alpha = sprite.image.getchannel("A")
    canvas = Image.new("L", (alpha.width + 2 * pad, alpha.height + 2 * pad), 0)
    canvas.paste(alpha, (pad, pad))
    canvas = canvas.filter(ImageFilter.GaussianBlur(radius)).point(lambda v: v * opacity // 255)
    image = Image.new("RGBA", canvas.size, (0, 12, 24, 0))
    image.putalpha(canvas)
    return Sprite(image, (sprite.center[0], sprite.center[1] + radius // 2))


# -- the clips --------------------------------------------------------------------

FrameFunction = Callable[[float], np.ndarray]


def intro_frames(brand: BrandKit) -> tuple[FrameFunction, float]:
    duration = 2.0
    background = glow(brand)
    logo = logo_sprite(brand, 640, (SIZE // 2, SIZE // 2 - 40))
    shadow = soft_shadow(logo)
    rule_y = logo.center[1] + logo.image.height // 2 + 56
    rule = rule_sprite(200, 8, rgb(brand, "accent"), (SIZE // 2, rule_y))
    credit_font = ImageFont.truetype(str(brand.font_path("brand:semibold")), 30)
    credit = text_sprite(brand.credit.upper(), credit_font, rgb(brand, "light"),
                         (SIZE // 2, rule_y + 58), tracking=6)
    flat = Image.new("RGBA", (SIZE, SIZE), (*rgb(brand, "primary_dark"), 255))

    def frame(t: float) -> np.ndarray:
        canvas = background.copy()
        p_logo = window(t, 0.12, 0.7)
        shadow.place(canvas, ease_out(p_logo) * 0.9, dy=(1 - ease_out(p_logo)) * 26)
        logo.place(canvas, ease_out(p_logo), dy=(1 - ease_out(p_logo)) * 26,
                   scale=0.95 + 0.05 * ease_out(p_logo), reveal=ease_in_out(p_logo))
        p_rule = ease_out(window(t, 0.45, 0.5))
        if p_rule > 0:
            width = max(2, round(rule.image.width * p_rule))
            Sprite(rule.image.resize((width, rule.image.height)), rule.center).place(canvas, 1.0)
        p_credit = ease_out(window(t, 0.7, 0.5))
        credit.place(canvas, p_credit * 0.9, dy=(1 - p_credit) * 14)
        # Fade to the flat background so the cut into the footage is clean.
        fade = ease_in_out(window(t, 1.55, 0.42))
        if fade > 0:
            canvas = Image.blend(canvas, flat, fade)
        return np.asarray(canvas.convert("RGB"))

    return frame, duration


def outro_frames(brand: BrandKit) -> tuple[FrameFunction, float]:
    duration = 3.0
    background = glow(brand)
    logo = logo_sprite(brand, 470, (SIZE // 2, 300))
    shadow = soft_shadow(logo, radius=14)
    rule = rule_sprite(160, 7, rgb(brand, "accent"), (SIZE // 2, 420))
    semibold = str(brand.font_path("brand:semibold"))
    heading = str(brand.font_path("brand:heading"))
    follow = text_sprite(FOLLOW_TEXT.upper(), ImageFont.truetype(semibold, 32),
                         rgb(brand, "light"), (SIZE // 2, 520), tracking=7)
    handle_text = brand.mentions[0] if brand.mentions else brand.short_name
    handle = text_sprite(handle_text, ImageFont.truetype(heading, 84), rgb(brand, "white"),
                         (SIZE // 2, 610))
    tags = text_sprite("   ".join(brand.hashtags[:3]), ImageFont.truetype(semibold, 36),
                       rgb(brand, "accent"), (SIZE // 2, 712))
    flat = Image.new("RGBA", (SIZE, SIZE), (*rgb(brand, "primary_dark"), 255))

    def frame(t: float) -> np.ndarray:
        canvas = background.copy()
        p = ease_out(window(t, 0.05, 0.6))
        shadow.place(canvas, p * 0.9, dy=(1 - p) * 20)
        logo.place(canvas, p, dy=(1 - p) * 20)
        p_rule = ease_out(window(t, 0.3, 0.45))
        if p_rule > 0:
            width = max(2, round(rule.image.width * p_rule))
            Sprite(rule.image.resize((width, rule.image.height)), rule.center).place(canvas, 1.0)
        for sprite, start, strength in ((follow, 0.4, 0.85), (handle, 0.5, 1.0),
                                        (tags, 0.62, 1.0)):
            q = ease_out(window(t, start, 0.5))
            sprite.place(canvas, q * strength, dy=(1 - q) * 18)
        # From the start the clip fades up from the flat background; at the end it
        # settles back to it, which reads as the end of the video.
        fade = max(1 - ease_out(window(t, 0.0, 0.25)), ease_in_out(window(t, 2.5, 0.48)))
        if fade > 0:
            canvas = Image.blend(canvas, flat, fade)
        return np.asarray(canvas.convert("RGB"))

    return frame, duration


# -- sound ------------------------------------------------------------------------

def chime(t: np.ndarray, start: float, freq: float, gain: float, decay: float = 0.7,
          pan: float = 0.0) -> np.ndarray:
    """A soft bell: a sine with a few quiet partials, quick attack, exponential decay."""
    local = t - start
    on = local >= 0
    local = np.where(on, local, 0.0)
    attack = np.clip(local / 0.012, 0, 1)
    env = attack * np.exp(-local / decay) * on
    wave = (np.sin(2 * np.pi * freq * local) + 0.22 * np.sin(2 * np.pi * 2 * freq * local)
            * np.exp(-local / (decay * 0.4)) + 0.06 * np.sin(2 * np.pi * 3 * freq * local))
    mono = gain * env * wave
    left, right = mono * (1 - max(0.0, pan)), mono * (1 + min(0.0, pan))
    return np.stack([left, right], axis=-1)


def pad(t: np.ndarray, freqs: tuple[float, ...], gain: float, length: float) -> np.ndarray:
    """A low, slow swell under the chime that gives it warmth."""
    env = np.sin(np.pi * np.clip(t / length, 0, 1)) ** 2
    mono = sum(np.sin(2 * np.pi * f * t) for f in freqs) * gain * env / len(freqs)
    return np.stack([mono, mono], axis=-1)


def fade_edges(samples: np.ndarray, t: np.ndarray, duration: float) -> np.ndarray:
    out = np.clip((duration - t) / 0.3, 0, 1) * np.clip(t / 0.01, 0, 1)
    return samples * out[..., None]


def intro_sound(duration: float) -> Callable[[np.ndarray], np.ndarray]:
    def sound(t: np.ndarray) -> np.ndarray:
        t = np.asarray(t, dtype=np.float64)
        s = (chime(t, 0.12, 783.99, 0.16, pan=-0.2) + chime(t, 0.36, 1174.66, 0.11, pan=0.2)
             + chime(t, 0.60, 1567.98, 0.05, decay=0.5) + pad(t, (196.0, 293.66), 0.05, duration))
        return fade_edges(s, t, duration)

    return sound


def outro_sound(duration: float) -> Callable[[np.ndarray], np.ndarray]:
    def sound(t: np.ndarray) -> np.ndarray:
        t = np.asarray(t, dtype=np.float64)
        s = (chime(t, 0.10, 523.25, 0.12, decay=0.9, pan=-0.25)
             + chime(t, 0.26, 659.25, 0.10, decay=0.9)
             + chime(t, 0.42, 783.99, 0.10, decay=1.0, pan=0.25)
             + pad(t, (130.81, 196.0), 0.05, duration))
        return fade_edges(s, t, duration)

    return sound


# -- writing ------------------------------------------------------------------------

def _sound_samples(sound: Callable[[np.ndarray], np.ndarray], duration: float) -> np.ndarray:
    """The sound as 32-bit stereo samples, a little under full scale (as clip tools write)."""
    t = np.arange(int(duration * AUDIO_RATE)) / AUDIO_RATE
    samples = np.clip(sound(t), -0.99, 0.99)
    return (2**31 * samples).astype("<i4")


def write_clip(frame: FrameFunction, sound: Callable[[np.ndarray], np.ndarray],
               duration: float, path: Path) -> None:
    """Encode the frames (piped as raw RGB) and the sound into ``path`` with the bundled ffmpeg."""
    import imageio_ffmpeg

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        audio = Path(tmp) / "sound.wav"
        with wave.open(str(audio), "wb") as wav:
            wav.setnchannels(2)
            wav.setsampwidth(4)
            wav.setframerate(AUDIO_RATE)
            wav.writeframes(_sound_samples(sound, duration).tobytes())
        part = Path(tmp) / path.name
        command = [
            imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error",
            "-f", "rawvideo", "-vcodec", "rawvideo", "-s", f"{SIZE}x{SIZE}",
            "-pix_fmt", "rgb24", "-r", f"{FPS:.2f}", "-an", "-i", "-",
            "-i", str(audio),
            "-vcodec", "libx264", "-preset", "slow",
            # The frames are RGB: convert with the BT.709 matrix and say so.
            "-vf", "scale=out_color_matrix=bt709:out_range=tv,format=yuv420p",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
            "-crf", "18", "-profile:v", "high", "-movflags", "+faststart",
            "-map_metadata", "-1",
            "-acodec", "aac", "-ar", str(AUDIO_RATE), "-b:a", "128k",
            str(part),
        ]
        encoder = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
        assert encoder.stdin is not None
        try:
            # Times as NumPy floats, as the clips were first made (with moviepy): the
            # sprites' alpha arithmetic then runs in float64 and the frames come out
            # bit-identical to the shipped ones.
            for t in np.arange(int(duration * FPS)) / FPS:
                encoder.stdin.write(np.ascontiguousarray(frame(t), dtype=np.uint8).tobytes())
        finally:
            encoder.stdin.close()
        error = encoder.stderr.read().decode(errors="replace") if encoder.stderr else ""
        if encoder.wait() != 0:
            raise SystemExit(f"ffmpeg failed making {path.name}: {error.strip()}")
        part.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brand", type=Path, default=None, help="brand kit folder")
    parser.add_argument("--preview", type=Path, default=None,
                        help="also write PNG frames of both clips to this folder")
    args = parser.parse_args(argv)
    brand = load_brand(args.brand)
    for key, make, sound in (("intro", intro_frames, intro_sound),
                             ("outro", outro_frames, outro_sound)):
        frame, duration = make(brand)
        relpath = brand.video.get(key, f"video/{key}.mp4")
        path = brand.root / relpath
        write_clip(frame, sound(duration), duration, path)
        print(f"wrote {path} ({path.stat().st_size // 1024} KB, {duration:g} s)")
        if args.preview:
            args.preview.mkdir(parents=True, exist_ok=True)
            for t in np.arange(0, duration, 0.25):
                Image.fromarray(frame(float(t))).save(args.preview / f"{key}-{t:04.2f}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

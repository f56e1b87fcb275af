"""Short clips made by ffmpeg's test sources, once per test session.

Each clip is 1-2 s and small (the outputs are still the platforms' full
sizes): landscape with sound, a portrait phone clip stored sideways with a
rotation flag, variable frame rate, HEVC 10-bit, HLG HDR, an old AVI
(msmpeg4v2 + AC3), no audio, and broken files.
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from studio.brand import default_brand
from studio.template import default_library
from studio.template.loader import LoadedTemplate, load_template
from studio.video.ffmpeg import ffmpeg_exe, has_encoder
from tests.studio.helpers import write_template

FIELDS = {
    "judul": "Rapat Koordinasi Kehumasan Se-Kota Cimahi",
    "tanggal": "2026-11-30",
    "lokasi": "Aula Gedung B Pemkot Cimahi",
}
# The upright pattern of the rotated clip: quadrant colours, clockwise from top left.
QUADRANTS = {"tl": (220, 30, 30), "tr": (30, 200, 40), "br": (250, 250, 250),
             "bl": (30, 40, 220)}


def ffmpeg(*args: str) -> None:
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
                    *args], check=True)


def quadrant_image(width: int, height: int) -> Image.Image:
    image = Image.new("RGB", (width, height))
    half_w, half_h = width // 2, height // 2
    image.paste(QUADRANTS["tl"], (0, 0, half_w, half_h))
    image.paste(QUADRANTS["tr"], (half_w, 0, width, half_h))
    image.paste(QUADRANTS["bl"], (0, half_h, half_w, height))
    image.paste(QUADRANTS["br"], (half_w, half_h, width, height))
    return image


class Clips:
    """Lazily made clips: each is generated the first time a test asks for it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _make(self, name: str, *args: str) -> Path:
        path = self.folder / name
        if not path.exists():
            ffmpeg(*args, str(path))
        return path

    @property
    def landscape(self) -> Path:
        return self._make(
            "landscape.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=1.5",
            "-f", "lavfi", "-i", "sine=f=440:d=1.5:r=44100", "-c:v", "libx264",
            "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest")

    @property
    def smooth(self) -> Path:
        """Soft gradients: no sharp source edges, so comparisons measure the layers."""
        return self._make(
            "smooth.mp4", "-f", "lavfi", "-i", "gradients=s=320x180:r=30:d=1.5:speed=0.02",
            "-f", "lavfi", "-i", "sine=d=1.5", "-c:v", "libx264", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest")

    def rotated(self, angle: int = -90) -> Path:
        """A portrait clip stored landscape, as phones record it (``angle`` as ffmpeg prints)."""
        name = f"rotated{angle}.mp4"
        path = self.folder / name
        if path.exists():
            return path
        pattern = self.folder / "portrait.png"
        quadrant_image(180, 320).save(pattern)
        # Store the picture turned the other way, then flag the turn that undoes it.
        turn = "transpose=cclock" if angle < 0 else "transpose=clock"
        stored = self.folder / f"stored{angle}.mp4"
        ffmpeg("-loop", "1", "-framerate", "30", "-t", "1", "-i", str(pattern),
               "-f", "lavfi", "-i", "sine=d=1", "-vf", f"{turn},format=yuv420p",
               "-c:v", "libx264", "-crf", "12", "-c:a", "aac", "-shortest", str(stored))
        ffmpeg("-display_rotation", str(angle), "-i", str(stored), "-c", "copy", str(path))
        return path

    @property
    def vfr(self) -> Path:
        return self._make(
            "vfr.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x240:r=30:d=1.2",
            "-vf", "setpts='if(lt(N,15),N/30,0.5+(N-15)/12)/TB'", "-fps_mode", "passthrough",
            "-c:v", "libx264")

    @property
    def hevc10(self) -> Path:
        if not has_encoder("libx265"):
            pytest.skip("this ffmpeg build has no HEVC encoder")
        return self._make(
            "hevc10.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x240:r=30:d=1",
            "-f", "lavfi", "-i", "sine=d=1", "-c:v", "libx265", "-pix_fmt", "yuv420p10le",
            "-x265-params", "log-level=error", "-tag:v", "hvc1", "-c:a", "aac", "-shortest")

    @property
    def hdr(self) -> Path:
        if not has_encoder("libx265"):
            pytest.skip("this ffmpeg build has no HEVC encoder")
        return self._make(
            "hdr.mov", "-f", "lavfi", "-i", "testsrc2=s=320x240:r=30:d=1",
            "-c:v", "libx265", "-pix_fmt", "yuv420p10le",
            "-x265-params", "log-level=error:colorprim=bt2020:transfer=arib-std-b67:"
                            "colormatrix=bt2020nc",
            "-color_primaries", "bt2020", "-color_trc", "arib-std-b67",
            "-colorspace", "bt2020nc")

    @property
    def old_avi(self) -> Path:
        return self._make(
            "old.avi", "-f", "lavfi", "-i", "testsrc2=s=320x240:r=25:d=1",
            "-f", "lavfi", "-i", "sine=d=1:r=44100", "-ac", "2",
            "-c:v", "msmpeg4v2", "-c:a", "ac3")

    @property
    def silent(self) -> Path:
        return self._make("silent.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=1",
                          "-c:v", "libx264", "-pix_fmt", "yuv420p")

    @property
    def long(self) -> Path:
        return self._make("long.mp4", "-f", "lavfi", "-i", "color=c=gray:s=64x64:r=5:d=62",
                          "-c:v", "libx264", "-pix_fmt", "yuv420p")

    @property
    def noisy(self) -> Path:
        """Hard to compress: for size-limit tests."""
        return self._make(
            "noisy.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=2,noise=alls=60:allf=t",
            "-f", "lavfi", "-i", "anoisesrc=d=2", "-c:v", "libx264", "-crf", "16",
            "-c:a", "aac", "-shortest")

    @property
    def truncated(self) -> Path:
        """An interrupted recording: the index (moov) at the end never got written."""
        path = self.folder / "truncated.mp4"
        if not path.exists():
            data = self.landscape.read_bytes()
            path.write_bytes(data[: len(data) * 2 // 3])
        return path

    @property
    def cut_short(self) -> Path:
        """A copy cut short: the index is whole (faststart) but the frames stop early."""
        path = self.folder / "cut_short.mp4"
        if not path.exists():
            full = self._make(
                "faststart.mp4", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=2",
                "-c:v", "libx264", "-crf", "30", "-movflags", "+faststart")
            data = full.read_bytes()
            path.write_bytes(data[: len(data) // 3])
        return path

    @property
    def not_video(self) -> Path:
        path = self.folder / "catatan.mp4"
        if not path.exists():
            path.write_text("bukan video\n", encoding="utf-8")
        return path


@pytest.fixture(scope="session")
def clips(tmp_path_factory: pytest.TempPathFactory) -> Clips:
    return Clips(tmp_path_factory.mktemp("clips"))


@pytest.fixture(scope="session")
def brand():
    return default_brand()


@pytest.fixture(scope="session")
def liputan() -> LoadedTemplate:
    return default_library().get("liputan-kegiatan")


@pytest.fixture(scope="session")
def plain(tmp_path_factory: pytest.TempPathFactory) -> LoadedTemplate:
    """Only the media, no branding: pixel checks on the clip itself."""
    folder = tmp_path_factory.mktemp("templates") / "polos"
    write_template(folder, layers=[{"id": "foto", "type": "media", "box": [0, 0, 1, 1]}],
                   video={"intro": False, "outro": False})
    return load_template(folder)


@pytest.fixture(scope="session")
def animated(tmp_path_factory: pytest.TempPathFactory) -> LoadedTemplate:
    """A lower third that slides up, a logo that fades in, a chip that slides left."""
    folder = tmp_path_factory.mktemp("templates") / "animasi"
    write_template(folder, video={"intro": False, "outro": False}, layers=[
        {"id": "foto", "type": "media", "box": [0, 0, 1, 1]},
        {"id": "logo", "type": "image", "source": "brand:white", "box": [0.05, 0.04, 0.4, 0.08],
         "align": "left", "animate": {"start": 0.2, "effect": "fade", "duration": 0.4}},
        {"id": "pita", "type": "shape", "fill": "#06304FF0", "box": [0, 0.7, 1, 0.3],
         "animate": {"start": 0.3, "end": 1.3, "effect": "slide_up", "duration": 0.4}},
        {"id": "judul", "type": "text", "text": "{{ judul }}", "box": [0.05, 0.72, 0.9, 0.2],
         "size": [20, 60], "animate": {"start": 0.3, "end": 1.3, "effect": "slide_up",
                                       "duration": 0.4}},
        {"id": "chip", "type": "shape", "fill": "brand:accent", "box": [0.6, 0.5, 0.35, 0.06],
         "animate": {"start": 0.1, "effect": "slide_left", "duration": 0.5}},
    ])
    return load_template(folder)


# -- checking outputs -------------------------------------------------------------------

def describe(path: Path) -> str:
    result = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
                            capture_output=True, check=False)
    return result.stderr.decode("utf-8", "replace")


def assert_platform_video(path: Path, size: tuple[int, int], duration: float,
                          audio: bool = True) -> str:
    """The output is H.264 High, yuv420p, 30 fps, exact size and length, AAC 48 kHz, faststart."""
    text = describe(path)
    video = next(line for line in text.splitlines() if ": Video: " in line)
    assert "h264 (High)" in video, video
    assert re.search(r"\byuv420p\(", video), video
    assert f" {size[0]}x{size[1]}" in video, video
    assert re.search(r"\b30 fps\b", video), video
    match = re.search(r"Duration: (\d+):(\d+):(\d+\.\d+)", text)
    assert match, text
    got = int(match[1]) * 3600 + int(match[2]) * 60 + float(match[3])
    assert abs(got - duration) <= 0.1, (got, duration)
    audio_lines = [line for line in text.splitlines() if ": Audio: " in line]
    if audio:
        assert audio_lines and "aac (LC)" in audio_lines[0] and "48000 Hz" in audio_lines[0], \
            audio_lines
    assert top_level_boxes(path).index("moov") < top_level_boxes(path).index("mdat")
    assert "rotation" not in text.lower()
    return text


def top_level_boxes(path: Path) -> list[str]:
    """The MP4 file's top-level box types in order."""
    boxes = []
    with open(path, "rb") as fh:
        size_total = path.stat().st_size
        offset = 0
        while offset < size_total:
            fh.seek(offset)
            header = fh.read(8)
            if len(header) < 8:
                break
            size, kind = struct.unpack(">I4s", header)
            if size == 1:
                size = struct.unpack(">Q", fh.read(8))[0]
            elif size == 0:
                size = size_total - offset
            boxes.append(kind.decode("latin-1"))
            if size < 8:
                break
            offset += size
    return boxes

"""The ffmpeg binary: where it is, how to start it on every OS, what it may read.

ffmpeg comes from the ``imageio-ffmpeg`` wheel so the app works offline on
Windows, macOS and Linux without a system install (``IMAGEIO_FFMPEG_EXE``
points elsewhere when a build needs to). Every process is started here so
the Windows details (no console window flashing up) live in one place.

Every input ffmpeg opens is named by :func:`input_args`, which puts it on a
short leash. ffmpeg picks a demuxer from the file's *content*, and several
demuxers are indirections: a DASH manifest, an HLS playlist, an ffconcat list
or an IMF composition playlist names other files (or URLs) to read, so a
400-byte "clip.mp4" could pull a private video or a network stream into an
export. ``-format_whitelist`` names the demuxers an input may use (``-f`` can
name only one; the whitelist is checked after probing, and nested opens inherit
it, so a playlist inside an allowed container is refused too), and
``-protocol_whitelist file`` allows only local files, for the input and for
everything it opens in turn. The path itself is passed as ``file:<absolute
path>`` so a name like ``concat:a|b`` or ``http:…`` is never read as a protocol.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from studio.errors import VideoError
from studio.paths import ffmpeg_binary

# The containers the app accepts for clips, as ffmpeg names their demuxers:
# MP4/MOV/3GP/M4V (mov), Matroska/WebM (matroska), AVI, MPEG-TS/MTS/M2TS, WMV (asf).
CLIP_DEMUXERS = ("mov", "matroska", "avi", "mpegts", "asf")
CLIP_DESCRIPTION = "MP4, MOV, MKV, WebM, AVI, MPEG-TS or WMV"
# The app's own inputs: overlay images it drew, and the listing that times subtitle strips.
IMAGE_DEMUXERS = ("png_pipe",)
# A brand kit's music bed: M4A/AAC, MP3, WAV, OGG, FLAC.
AUDIO_DEMUXERS = ("mov", "mp3", "wav", "ogg", "flac", "aac")
CUES_DEMUXERS = ("concat", "png_pipe")
# The app's own pictures as plain pixels (a recap's pre-scaled stills): no
# decoder at all, the size and pixel format are given, not read from the file.
RAW_DEMUXERS = ("rawvideo",)
PROTOCOLS = ("file",)
# Largest frame a decoder may produce (8K): a 16000x16000 frame is refused by
# the decoder itself, before it allocates gigabytes.
MAX_DECODE_PIXELS = 8192 * 4320


def input_args(path: str | Path, *, kind: str = "clip",
               size: tuple[int, int] | None = None) -> list[str]:
    """The ffmpeg options and ``-i`` for one input, on the leash (see the module docstring).

    ``kind`` is ``"clip"`` (a user's video: any accepted container),
    ``"image"`` (a PNG the app drew), ``"audio"`` (a music file of the brand
    kit) or ``"cues"`` (the app's ffconcat listing
    of subtitle strips) or ``"raw"`` (a picture the app wrote as packed RGB
    bytes, one frame of ``size``). Options that belong to the input (``-ss``,
    ``-t``, ``-framerate``) go before these.
    """
    if kind == "clip":
        options = ["-format_whitelist", ",".join(CLIP_DEMUXERS),
                   "-max_pixels", str(MAX_DECODE_PIXELS)]
    elif kind == "audio":
        options = ["-format_whitelist", ",".join(AUDIO_DEMUXERS)]
    elif kind == "image":
        options = ["-f", "png_pipe", "-format_whitelist", ",".join(IMAGE_DEMUXERS)]
    elif kind == "raw":
        if size is None:
            raise ValueError("a raw picture needs its size")
        options = ["-f", "rawvideo", "-pixel_format", "rgb24",
                   "-video_size", f"{size[0]}x{size[1]}",
                   "-format_whitelist", ",".join(RAW_DEMUXERS)]
    elif kind == "cues":
        # The app writes this listing itself (plain names of its own PNGs beside
        # it). safe=0 only because safe mode refuses the per-file ``option``
        # lines that time the strips; the whitelists still hold for every entry.
        options = ["-f", "concat", "-safe", "0", "-format_whitelist", ",".join(CUES_DEMUXERS)]
    else:
        raise ValueError(f"unknown input kind {kind!r}")
    return [*options, "-protocol_whitelist", ",".join(PROTOCOLS), "-i", file_url(path)]


def file_url(path: str | Path) -> str:
    """``path`` as an absolute ``file:`` URL ffmpeg cannot mistake for another protocol."""
    return "file:" + str(Path(path).absolute())


@cache
def ffmpeg_exe() -> str:
    """The path of the ffmpeg binary (bundled with imageio-ffmpeg)."""
    try:
        return str(ffmpeg_binary())
    except Exception as exc:  # the wheel raises RuntimeError or OSError when it has no binary
        raise VideoError(
            f"ffmpeg is not available: {exc}",
            hint="reinstall the app (the imageio-ffmpeg package brings ffmpeg)",
            code="video.no_ffmpeg",
        ) from None


def popen_kwargs() -> dict[str, Any]:
    """Keyword arguments for subprocess so ffmpeg never opens a console window on Windows."""
    kwargs: dict[str, Any] = {"stdin": subprocess.DEVNULL}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW
    return kwargs


def run_quick(args: Sequence[str], *, timeout: float = 60.0,
              path: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run a short ffmpeg command (probe, one frame) and return its output.

    The return code is not checked: ``ffmpeg -i FILE`` without an output
    exits with 1 by design and callers read stderr either way.
    """
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]
    try:
        return subprocess.run(argv, capture_output=True, timeout=timeout, check=False,
                              **popen_kwargs())
    except subprocess.TimeoutExpired:
        raise VideoError("ffmpeg took too long to read the file", path=path,
                         hint="the file may be damaged or on a very slow drive",
                         code="video.timeout") from None
    except OSError as exc:
        raise VideoError(f"cannot start ffmpeg: {exc}", path=path,
                         hint="reinstall the app (the imageio-ffmpeg package brings ffmpeg)",
                         code="video.no_ffmpeg") from None


@cache
def available_filters() -> frozenset[str]:
    """Names of the filters this ffmpeg build has (builds differ between OSes)."""
    out = run_quick(["-filters"]).stdout.decode("utf-8", "replace")
    names = set()
    for line in out.splitlines():
        match = re.match(r"^\s*[TSC.]{2,3}\s+(\w+)\s+\S+->\S+", line)
        if match:
            names.add(match.group(1))
    return frozenset(names)


def has_filter(name: str) -> bool:
    return name in available_filters()


@cache
def available_encoders() -> frozenset[str]:
    out = run_quick(["-encoders"]).stdout.decode("utf-8", "replace")
    names = set()
    for line in out.splitlines():
        match = re.match(r"^\s*[VAS][.FSXBD]{5}\s+(\S+)", line)
        if match:
            names.add(match.group(1))
    return frozenset(names)


def has_encoder(name: str) -> bool:
    return name in available_encoders()

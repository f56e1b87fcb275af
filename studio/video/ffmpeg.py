"""The ffmpeg binary: where it is, how to start it on every OS, what it can do.

ffmpeg comes from the ``imageio-ffmpeg`` wheel so the app works offline on
Windows, macOS and Linux without a system install (``IMAGEIO_FFMPEG_EXE``
points elsewhere when a build needs to). Every process is started here so
the Windows details (no console window flashing up) live in one place.
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


@cache
def ffmpeg_exe() -> str:
    """The path of the ffmpeg binary (bundled with imageio-ffmpeg)."""
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
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

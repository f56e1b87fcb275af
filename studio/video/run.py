"""Running one ffmpeg encode with progress, cancel and a readable failure.

ffmpeg writes ``-progress`` key=value blocks to stdout and its log to stderr;
each pipe is drained by its own thread (no ``select`` on pipes: Windows has
none) while the calling thread reports progress and checks the cancel token
every 0.1 s. Cancel kills the process and waits for it, so the partial file
can be removed even on Windows where an open file cannot be deleted. A
failure becomes a :class:`VideoError` with the last meaningful log line as
its message and the whole log in ``params['log']`` for whoever asks.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studio.errors import Cancelled, ExportError, VideoError
from studio.progress import CancelToken, EtaEstimator, ProgressCallback, ProgressEvent
from studio.video.ffmpeg import popen_kwargs

POLL_SECONDS = 0.1
MAX_LOG_LINES = 2000
# Progress events are rate-limited; the GUI needs a few per second, not one per frame.
MIN_EVENT_INTERVAL = 0.25

_GENERIC = re.compile(
    r"^(Conversion failed!?|Error while filtering.*|Exiting normally.*|"
    r"Error (?:opening|closing|while processing).*output.*|Nothing was written.*|"
    r"Terminating thread with return code.*|Task finished with error code.*|"
    r"\[out#\d+.*|\[aost#.*|\[vost#.*|\[q @.*|video:.*audio:.*)$", re.I)
_MEANINGFUL = re.compile(r"error|invalid|failed|not found|no such|unable|cannot|could not|"
                         r"not supported|unknown|no space|permission|denied|too large", re.I)
_PREFIX = re.compile(r"^\[[^\]]+ @ 0x[0-9a-f]+\]\s*|^\[[a-z_]+#\d+:\d+/[^\]]+\]\s*|"
                     r"^\[[a-z_]+#[^\]]*\]\s*", re.I)


@dataclass(frozen=True)
class RunResult:
    out_time: float  # seconds of output written, from ffmpeg's own count
    frames: int  # video frames encoded
    log: str
    elapsed: float


def short_reason(log_lines: Sequence[str]) -> str:
    """The line of an ffmpeg log that says what went wrong, without the noise."""
    candidates = []
    for line in log_lines:
        # Indented lines and stream summaries describe the inputs, they report nothing.
        if line[:1].isspace() or line.startswith(("Input #", "Output #", "Stream ")):
            continue
        text = _PREFIX.sub("", line.strip())
        if not text or _GENERIC.match(text) or text.startswith("Last message repeated"):
            continue
        if _MEANINGFUL.search(text):
            candidates.append(text)
    if candidates:
        # The first error is usually the cause; later ones are consequences.
        return candidates[0][:300]
    tail = [line.strip() for line in log_lines if line.strip()]
    return tail[-1][:300] if tail else "ffmpeg stopped without saying why"


def run_ffmpeg(argv: Sequence[str], *, duration: float, source: Path | None = None,
               progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
               label: str = "") -> RunResult:
    """Run ``argv`` (which must contain ``-progress pipe:1``) to the end or until cancelled."""
    started = time.monotonic()
    try:
        process = subprocess.Popen(list(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   **popen_kwargs())
    except OSError as exc:
        raise VideoError(f"cannot start ffmpeg: {exc}", path=source,
                         hint="reinstall the app (the imageio-ffmpeg package brings ffmpeg)",
                         code="video.no_ffmpeg") from None
    log: deque[str] = deque(maxlen=MAX_LOG_LINES)
    state = {"out_us": 0, "frames": 0, "ended": False}

    def read_progress() -> None:
        assert process.stdout is not None
        for raw in process.stdout:
            key, _, value = raw.decode("ascii", "replace").strip().partition("=")
            if key in ("out_time_us", "out_time_ms"):  # both are microseconds
                with contextlib.suppress(ValueError):  # "N/A" before the first frame
                    state["out_us"] = max(state["out_us"], int(value))
            elif key == "frame":
                with contextlib.suppress(ValueError):
                    state["frames"] = int(value)
            elif key == "progress" and value == "end":
                state["ended"] = True

    def read_log() -> None:
        assert process.stderr is not None
        for raw in process.stderr:
            log.append(raw.decode("utf-8", "replace").rstrip())

    readers = [threading.Thread(target=read_progress, daemon=True),
               threading.Thread(target=read_log, daemon=True)]
    for reader in readers:
        reader.start()
    eta = EtaEstimator()
    last_event = 0.0
    last_fraction = -1.0
    try:
        while process.poll() is None:
            if cancel is not None:
                if cancel.wait(POLL_SECONDS):
                    raise Cancelled()
            else:
                time.sleep(POLL_SECONDS)
            if progress is not None and duration > 0:
                fraction = min(1.0, state["out_us"] / 1e6 / duration)
                now = time.monotonic()
                if fraction > last_fraction and now - last_event >= MIN_EVENT_INTERVAL:
                    progress(ProgressEvent(fraction, label, eta.eta(fraction), item=label))
                    last_event, last_fraction = now, fraction
    except BaseException:
        _stop(process)
        raise
    finally:
        for reader in readers:
            reader.join(timeout=5)
    code = process.returncode
    text = "\n".join(log)
    if code != 0 and any("No space left on device" in line for line in log):
        # The disk filled up under ffmpeg: the output's own words, not a video problem.
        raise ExportError("the disk is full", path=source, code="export.disk_full",
                          hint="free some space or choose another drive")
    if code is not None and code < 0:
        # Killed by a signal (POSIX): the system stopped it (out of memory) or someone
        # did; the clip itself is not to blame. Windows cannot tell this from a failure.
        raise VideoError(
            f"ffmpeg was stopped (signal {-code}) before the video was finished", path=source,
            hint="close other programs and export again", code="video.ffmpeg_killed",
            log=text, returncode=code)
    if code != 0:
        raise VideoError(
            f"ffmpeg failed: {short_reason(list(log))}", path=source,
            hint="the clip may be damaged or in an unusual format; the full ffmpeg log is "
                 "attached to this error",
            code="video.ffmpeg_failed", log=text, returncode=code)
    if progress is not None:
        progress(ProgressEvent(1.0, label, 0.0, item=label))
    return RunResult(out_time=state["out_us"] / 1e6, frames=state["frames"], log=text,
                     elapsed=time.monotonic() - started)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill ffmpeg and wait, so its output file is closed before anyone deletes it."""
    if process.poll() is None:
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)

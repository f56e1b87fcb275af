"""The support log and the support info a PIC sends to Diskominfo.

:func:`setup_logging` (once at start, by the app and by the command line)
sends the process's log records to a rotating file in the user data folder,
``<user data>/log/studio-konten.log`` (:data:`MAX_LOG_BYTES` a file, the
:data:`LOG_BACKUPS` files before it kept). What goes there is what support
needs: versions, file names, error codes and messages, tracebacks of
unexpected errors. Never field contents: titles, names and descriptions are
personal or official data. The code logs none; as a safety net the file's
formatter removes every value the user typed in this process (remembered by
:func:`studio.values.clean_values`) from every line, in any letter case and in
the form file names give it.

:func:`support_info` is the text of "Salin info dukungan": versions of the app,
Python, Pillow, ffmpeg and whatever the front end adds (Qt), the OS, where the
log is, and the last warnings and errors from it.
"""

from __future__ import annotations

import contextlib
import logging
import platform
import re
import sys
from collections.abc import Mapping
from logging.handlers import RotatingFileHandler
from pathlib import Path

from studio import __version__
from studio.paths import user_data_dir
from studio.values import private_values

LOG_FOLDER = "log"
LOG_FILE = "studio-konten.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
LAST_ERRORS = 10  # records in the support info
MAX_ERROR_LINES = 30  # lines of one record there (a traceback is cut)
HIDDEN = "\u2039\u2026\u203a"  # what a private value is replaced by: ‹…›
_FORMAT = "%(asctime)s %(levelname)s [%(process)d %(kind)s] %(name)s: %(message)s"
_RECORD_START = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (\w+) ")
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# Words of the app and the city itself: a value that is one of these ("Cimahi" as the
# place) says nothing about a person, and removing it would garble every line.
NOT_PRIVATE = ("Studio Konten Cimahi", "Pemerintah Kota Cimahi", "Pemkot Cimahi",
               "Kota Cimahi", "Diskominfo", "WIB", "WITA", "WIT")
_NOT_PRIVATE = tuple(p.casefold() for p in NOT_PRIVATE)

log = logging.getLogger(__name__)


def log_path() -> Path:
    return user_data_dir() / LOG_FOLDER / LOG_FILE


class _PrivateValuesRemoved(logging.Formatter):
    """Formats a record, then removes every private value from the text."""

    def __init__(self, kind: str) -> None:
        super().__init__(_FORMAT)
        self.kind = kind
        self._generation = -1
        self._pattern: re.Pattern[str] | None = None

    def _current(self) -> re.Pattern[str] | None:
        generation, values = private_values()
        if generation != self._generation:
            forms: set[str] = set()
            for value in values:
                for text in (value, *value.splitlines()):
                    text = text.strip()
                    if len(text) >= 3 and not any(text.casefold() in phrase
                                                  for phrase in _NOT_PRIVATE):
                        forms.add(text)
                        forms.add(_UNSAFE_IN_NAMES.sub("_", text))  # as in a file name
            ordered = sorted(forms, key=len, reverse=True)  # the longest form first
            self._pattern = re.compile("|".join(map(re.escape, ordered)),
                                       re.IGNORECASE) if ordered else None
            self._generation = generation
        return self._pattern

    def format(self, record: logging.LogRecord) -> str:
        record.kind = self.kind
        text = super().format(record)
        pattern = self._current()
        return pattern.sub(HIDDEN, text) if pattern is not None else text


class _SupportLogHandler(RotatingFileHandler):
    """A rotating file that keeps writing when a rollover is refused (on Windows a
    second window or the command line may hold the file open)."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def setup_logging(kind: str = "app", *, level: int = logging.INFO,
                  max_bytes: int = MAX_LOG_BYTES, backups: int = LOG_BACKUPS,
                  console_level: int | None = None) -> Path:
    """Send this process's log to the support log (once; again when the user data
    folder changed). ``kind`` names the front end in each line (``app``, ``cli``);
    ``console_level``: also print records from that level on to stderr."""
    path = log_path()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _SupportLogHandler):
            if Path(handler.baseFilename) == path:
                return path
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _SupportLogHandler(path, maxBytes=max_bytes, backupCount=backups,
                                     encoding="utf-8", delay=True)
    except OSError:
        return path  # a read-only profile: the app works on without its log
    handler.setFormatter(_PrivateValuesRemoved(kind))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    if console_level is not None and not any(
            type(h) is logging.StreamHandler for h in root.handlers):
        console = logging.StreamHandler()
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    logging.captureWarnings(True)
    log.info("start: Studio Konten Cimahi %s (%s), Python %s, %s", __version__, kind,
             platform.python_version(), platform.platform())
    return path


def close_logging() -> None:
    """Stop writing the support log (tests; the end of an embedding program)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _SupportLogHandler):
            root.removeHandler(handler)
            handler.close()


# -- the support info --------------------------------------------------------------------------
def last_errors(limit: int = LAST_ERRORS) -> list[str]:
    """The last ``limit`` warnings and errors of the log (each with its traceback, cut)."""
    path = log_path()
    files = [path.with_name(f"{path.name}.1"), path]
    records: list[list[str]] = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        current: list[str] | None = None
        for line in text.splitlines():
            start = _RECORD_START.match(line)
            if start:
                current = [line] if start.group(1) in ("WARNING", "ERROR", "CRITICAL") \
                    else None
                if current is not None:
                    records.append(current)
            elif current is not None and len(current) < MAX_ERROR_LINES:
                current.append(line)
    return ["\n".join(lines) for lines in records[-limit:]]


def _version(module: str) -> str:
    try:
        from importlib.metadata import version

        return version(module)
    except Exception:
        return "-"


def ffmpeg_version() -> str:
    """The first line of the bundled ffmpeg's ``-version`` (runs it: not on a UI thread)."""
    try:
        from studio.video.ffmpeg import run_quick

        done = run_quick(["-version"], timeout=20)
        first = done.stdout.decode("utf-8", "replace").splitlines()
        return first[0].strip() if first else "-"
    except Exception as exc:  # no ffmpeg is itself the answer support needs
        return f"- ({type(exc).__name__})"


def support_info(extra: Mapping[str, str] | None = None) -> str:
    """What "Salin info dukungan" copies: versions, the OS, the log's place, last errors."""
    rows = [
        ("Studio Konten Cimahi", __version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()}, "
                   f"{'64' if sys.maxsize > 2**32 else '32'}-bit)"),
        *(extra or {}).items(),
        ("Pillow", _version("pillow")),
        ("pillow-heif", _version("pillow-heif")),
        ("imageio-ffmpeg", _version("imageio-ffmpeg")),
        ("FFmpeg", ffmpeg_version()),
        ("OS", platform.platform()),
        ("Log", str(log_path())),
    ]
    width = max(len(name) for name, _ in rows)
    lines = ["Studio Konten Cimahi - info dukungan / support info", ""]
    lines += [f"{name.ljust(width)}  {value}" for name, value in rows]
    errors = last_errors()
    lines += ["", f"Galat terakhir / last errors ({len(errors)}):"]
    lines += errors or ["-"]
    text = "\n".join(lines) + "\n"
    # The log is already clean; values typed since it was written are removed here too.
    formatter = _PrivateValuesRemoved("app")
    pattern = formatter._current()
    return pattern.sub(HIDDEN, text) if pattern is not None else text


def log_unexpected(exc_type, exc, tb, *, where: str = "") -> None:
    """Log an exception nothing caught (a bug), with its traceback."""
    with contextlib.suppress(Exception):
        log.critical("unexpected error%s", f" in {where}" if where else "",
                     exc_info=(exc_type, exc, tb))

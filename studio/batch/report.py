"""What a run did: one row per output, the manifest files and the summary for people.

Rows carry errors and warnings whole (code, English message, hint, params,
path), so the app can say every one in its own language and the command line
can print it as one line. ``manifest.csv`` (UTF-8 with BOM for Excel; every
cell that Excel would read as a formula is escaped) and ``manifest.json``
list every row; ``ringkasan.txt`` is a short summary. The words of both - the
summary, the reasons and the warnings - come from the catalogue of the
report's language (:mod:`studio.wording`), not from this code.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from studio.errors import StudioError
from studio.progress import ProgressEvent
from studio.wording import Wording

MANIFEST_CSV = "manifest.csv"
MANIFEST_JSON = "manifest.json"
SUMMARY_NAME = "ringkasan.txt"
MANIFEST_COLUMNS = ("source", "platform", "kind", "path", "status", "reason", "error",
                    "error_code", "sha256", "bytes", "warnings", "item")
# Failures listed one by one in the summary; the rest are counted (all are in the manifest).
SUMMARY_FAILURES = 50

Status = Literal["ok", "kept", "failed", "cancelled"]
# Every kind of output file a run counts (not captions, zips or the report).
MEDIA_KINDS = ("photo", "video", "recap", "carousel", "cover")


@dataclass(frozen=True)
class OutputWarning:
    """A warning about one output, whole: code, English message, subject and params."""

    code: str
    message: str
    subject: str = ""  # the layer or caption section it concerns
    params: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.message

    @classmethod
    def of(cls, warning: Any) -> OutputWarning:
        """From a render warning, a caption warning, a stored record or plain text."""
        if isinstance(warning, OutputWarning):
            return warning
        if isinstance(warning, Mapping):
            return cls(str(warning.get("code", "")), str(warning.get("message", "")),
                       str(warning.get("subject", "")),
                       tuple(str(p) for p in warning.get("params", ())))
        code = str(getattr(warning, "code", "") or "")
        subject = str(getattr(warning, "layer_id", "") or "")
        params = tuple(str(p) for p in getattr(warning, "params", ()) or ())
        message = str(getattr(warning, "message", warning))
        return cls(code, message, subject, params)

    def to_data(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "subject": self.subject,
                "params": list(self.params)}


@dataclass(frozen=True)
class Note:
    """Something about the whole run, by code (words from the catalogue's ``[notes]``)."""

    code: str
    message: str  # English
    params: Mapping[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class ManifestRow:
    """One output of a run. ``path`` is relative to the output folder, with ``/``.

    ``failure`` is the whole error of a failed row; ``error`` (its English
    one-line text) and ``error_code`` are what the manifest shows.
    """

    source: str
    platform: str
    kind: str  # photo, video, caption, zip - or another kind of planned output
    path: str
    status: Status
    error: str = ""
    error_code: str = ""
    sha256: str = ""
    bytes: int = 0
    warnings: tuple[OutputWarning, ...] = ()
    item: int = 0  # 1-based position in Project.media; 0: shared caption or zip
    failure: StudioError | None = field(default=None, compare=False)
    attempts: int = 1  # 2: a fault (disk, folder, file moved, process killed) hit the first

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "kept")

    @staticmethod
    def failed(base: Mapping[str, Any], error: StudioError) -> ManifestRow:
        return ManifestRow(**base, status="failed", error=error_text(error),
                           error_code=error.code, failure=error)


def error_text(error: StudioError) -> str:
    """The English detail of an error for the manifest: message and hint, no path."""
    return error.message + (f" ({error.hint})" if error.hint else "")


@dataclass(frozen=True)
class BatchReport:
    """What a run did. ``rows`` has one entry per output (files, captions, zips)."""

    name: str
    output_dir: Path
    rows: tuple[ManifestRow, ...]
    cancelled: bool
    elapsed: float
    skipped_items: int = 0
    notes: tuple[Note, ...] = ()
    manifest_csv: Path | None = None
    manifest_json: Path | None = None
    summary_path: Path | None = None
    summary: str = ""
    language: str = "id"

    def count(self, status: Status, kinds: tuple[str, ...] = MEDIA_KINDS) -> int:
        return sum(1 for r in self.rows if r.status == status and r.kind in kinds)

    @property
    def written(self) -> int:
        """Media outputs written by this run."""
        return self.count("ok")

    @property
    def kept(self) -> int:
        """Media outputs already finished by an earlier run and left as they were."""
        return self.count("kept")

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r.status == "failed")

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.failed == 0

    @property
    def failures(self) -> tuple[ManifestRow, ...]:
        return tuple(r for r in self.rows if r.status == "failed")

    @property
    def exit_code(self) -> int:
        """0 all done, 1 some outputs failed, 130 cancelled (the CLI's exit status)."""
        if self.cancelled:
            return 130
        return 0 if self.failed == 0 else 1


@dataclass(frozen=True)
class BatchProgress(ProgressEvent):
    """A progress event with the batch's counts and, when one finished, its row."""

    done: int = 0  # outputs finished (any status) of ``total``
    total: int = 0
    failed: int = 0
    stage: str = ""  # prepare, caption, render, zip, report, done
    row: ManifestRow | None = None


# -- the files ---------------------------------------------------------------------------

# Excel runs a cell that starts with one of these as a formula (=, +, - and @
# start formulas; tab and carriage return hide them). A leading apostrophe makes
# it text and is not shown.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def warning_words(row: ManifestRow, wording: Wording) -> str:
    return " | ".join(wording.warning(w.code, w.params) for w in row.warnings)


def manifest_csv(rows: Iterable[ManifestRow], wording: Wording) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(MANIFEST_COLUMNS)
    for r in rows:
        reason = wording.reason(r.error_code) if r.status == "failed" else ""
        writer.writerow([csv_cell(v) for v in (
            r.source, r.platform, r.kind, r.path, r.status, reason, r.error, r.error_code,
            r.sha256, r.bytes, warning_words(r, wording), r.item)])
    # The BOM makes Excel on Windows read the file as UTF-8 (names with é...).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _row_data(row: ManifestRow, wording: Wording) -> dict[str, Any]:
    data = {f.name: getattr(row, f.name) for f in dataclasses.fields(row)
            if f.name not in ("warnings", "failure")}
    # By code and params (what the app and any other reader translate), with the
    # words of the report's language beside them; no English sentence.
    data["warnings"] = [{"code": w.code, "subject": w.subject, "params": list(w.params),
                         "text": wording.warning(w.code, w.params)} for w in row.warnings]
    if row.failure is not None:
        data["failure"] = {**row.failure.to_data(), "reason": wording.reason(row.error_code)}
    return data


def manifest_json(report: BatchReport, finished: str, wording: Wording) -> bytes:
    data = {
        "schema": 2,
        "name": report.name,
        "output_dir": str(report.output_dir),
        "finished": finished,
        "language": wording.language,
        "cancelled": report.cancelled,
        "elapsed_seconds": round(report.elapsed, 2),
        "counts": {"written": report.written, "kept": report.kept, "failed": report.failed,
                   "cancelled": report.count("cancelled"),
                   "skipped_items": report.skipped_items},
        "notes": [{"code": n.code, "message": n.message, "params": dict(n.params),
                   "text": wording.text("notes", n.code, **n.params)} for n in report.notes],
        "outputs": [_row_data(r, wording) for r in report.rows],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def summary_text(report: BatchReport, wording: Wording) -> str:
    """A short summary for people, in the catalogue's language."""
    w = wording
    say = w.text
    title = say("summary", "title_named", name=report.name) if report.name \
        else say("summary", "title")
    if report.cancelled:
        head = say("summary", "head_cancelled", title=title)
    elif report.failed:
        head = say("summary", "head_failed", title=title)
    else:
        head = say("summary", "head_ok", title=title)
    lines = [head, say("summary", "folder", folder=report.output_dir), ""]
    platforms = sorted({r.platform for r in report.rows if r.kind in MEDIA_KINDS})
    count = w.number(report.written)
    lines.append(say("summary", "written_platforms", count=count, platforms=len(platforms))
                 if platforms else say("summary", "written", count=count))
    if report.kept:
        lines.append(say("summary", "kept", count=w.number(report.kept)))
    captions = sum(1 for r in report.rows if r.kind == "caption" and r.ok)
    if captions:
        lines.append(say("summary", "captions", count=w.number(captions)))
    zips = sum(1 for r in report.rows if r.kind == "zip" and r.ok)
    if zips:
        lines.append(say("summary", "zips", count=w.number(zips)))
    if report.failed:
        lines.append(say("summary", "failed", count=w.number(report.failed)))
    cancelled = report.count("cancelled")
    if cancelled:
        lines.append(say("summary", "cancelled", count=w.number(cancelled)))
    if report.skipped_items:
        lines.append(say("summary", "skipped", count=w.number(report.skipped_items)))
    lines.append(say("summary", "elapsed", duration=w.duration(report.elapsed)))
    for note in report.notes:
        lines.append(say("summary", "note", note=say("notes", note.code, **note.params)))
    failures = report.failures
    if failures:
        lines += ["", say("summary", "failures")]
        # One line per source when every platform failed for the same reason.
        grouped: dict[tuple[str, str, str], list[str]] = {}
        for row in failures:
            grouped.setdefault((row.source or row.path, row.error_code, row.error), []
                               ).append(row.platform)
        for (source, code, _), platform_ids in list(grouped.items())[:SUMMARY_FAILURES]:
            name = Path(source).name if source else say("summary", "no_media")
            lines.append(say("summary", "failure", name=name, platforms=", ".join(platform_ids),
                             reason=w.reason(code)))
        if len(grouped) > SUMMARY_FAILURES:
            lines.append(say("summary", "more", count=len(grouped) - SUMMARY_FAILURES,
                             manifest=MANIFEST_CSV))
        # The English detail is for a helpdesk; the summary stays in one language.
        lines.append(say("summary", "details", csv=MANIFEST_CSV))
    lines += ["", say("summary", "listing", csv=MANIFEST_CSV, json=MANIFEST_JSON)]
    return "\n".join(lines) + "\n"

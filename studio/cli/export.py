"""``python main.py export``: every input for every chosen platform, through the engine.

The inputs and flags become an unsaved event (:func:`studio.batch.adhoc_project`)
that the export engine makes like any other: in parallel, resumable, with
the captions beside each platform's files and a manifest. Exit 0 when
everything succeeded; otherwise 1 after exporting everything that could be,
with one line per failed input naming the file and the reason (130:
cancelled with Ctrl+C).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.batch import (
    BatchProgress,
    BatchReport,
    ManifestRow,
    WorkerPool,
    adhoc_project,
    parse_time,
    parse_trim,
    prestart_workers,
    run_batch,
)
from studio.cli import parse_assignments
from studio.cli.batch import ProgressPrinter, ctrl_c_cancels
from studio.errors import StudioError
from studio.naming import DEFAULT_PATTERN
from studio.platforms import parse_platform_list
from studio.produce import check_field_lengths
from studio.progress import CancelToken, ProgressEvent
from studio.template import default_library
from studio.wording import DEFAULT_LANGUAGE, LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="render photos/videos with a template for platforms")
    p.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                   help="photos or videos (none: one output without media)")
    p.add_argument("--template", "-t", required=True, help="template id (see: templates list)")
    p.add_argument("--platform", "-p", default="instagram_portrait",
                   help="platform id(s), comma-separated, or 'all' (see: platforms)")
    p.add_argument("--set", "-s", action="append", metavar="KEY=VALUE", dest="values",
                   help="a field value, e.g. --set judul='Rapat Koordinasi'")
    p.add_argument("--focus", metavar="X,Y", help="focal point 0..1 (overrides face detection)")
    p.add_argument("--output", "-o", type=Path, required=True, help="output folder")
    p.add_argument("--pattern", default=DEFAULT_PATTERN,
                   help="file names: {platform} {name} {template} {index} {judul} {tanggal} "
                        "or a field, e.g. {nama}")
    p.add_argument("--quality", type=int, default=90, help="JPEG quality (default 90)")
    p.add_argument("--credit", nargs="?", const="", default=None,
                   help="write a credit/copyright in the files (default text: the brand's)")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p.add_argument("--strict", action="store_true", help="text that does not fit is an error")
    p.add_argument("--trim", metavar="START,END", help="videos: seconds to keep, e.g. 2.5,14")
    p.add_argument("--subtitles", type=Path, metavar="FILE.srt", help="videos: burn in subtitles")
    p.add_argument("--intro", action=argparse.BooleanOptionalAction, default=None,
                   help="videos: the brand intro and outro (default: as each platform says: "
                        "short or none on Stories, Reels and TikTok)")
    p.add_argument("--no-captions", action="store_true", help="do not write caption files")
    p.add_argument("--carousel", action="store_true",
                   help="photos as one carousel post on feed platforms (Instagram, Facebook, "
                        "LinkedIn): 01-sampul, one slide per photo, a closing page; "
                        "at most 20 pages, more photos are split into carousel-1, carousel-2...")
    p.add_argument("--no-closing", action="store_true",
                   help="carousel without the closing page (accounts to follow)")
    p.add_argument("--cover-at", metavar="SECONDS",
                   help="videos: the second of the clip the cover image shows "
                        "(default: the first photo, else the clip's first good frame)")
    p.add_argument("--no-covers", action="store_true",
                   help="videos: no cover image (<name>-sampul.jpg) beside the clip")
    p.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                   help="language of the summary and the manifest (default: id)")
    p.set_defaults(func=run)


def parse_cover_at(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        seconds = parse_time(text)
    except ValueError:
        raise StudioError(f"--cover-at needs a time in seconds, got {text!r}",
                          code="cli.bad_cover_at", hint="e.g. --cover-at 3.5 or 0:03.5") from None
    return seconds


def parse_focus(text: str | None) -> tuple[float, float] | None:
    if not text:
        return None
    try:
        x, y = (float(v) for v in text.split(","))
    except ValueError:
        raise StudioError(f"--focus needs X,Y between 0 and 1, got {text!r}",
                          code="cli.bad_focus") from None
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise StudioError(f"--focus needs X,Y between 0 and 1, got {text!r}",
                          code="cli.bad_focus")
    return (x, y)


class _ExportPrinter:
    """``ok <file>`` per output as it is written; a progress bar on a terminal."""

    def __init__(self) -> None:
        self.bar = ProgressPrinter(quiet=not sys.stderr.isatty(), failures=False)

    def __call__(self, event: ProgressEvent) -> None:
        if isinstance(event, BatchProgress) and event.row is not None and event.row.ok \
                and event.row.kind != "zip":
            self.bar.clear()
            print(f"{'ok    ' if event.row.status == 'ok' else 'kept  '} {event.row.path}")
            for warning in event.row.warnings:
                print(f"  warning: {warning}", file=sys.stderr)
        self.bar(event)


def _failure_lines(report: BatchReport) -> list[str]:
    """One line per failed input (per platform only when the platforms differ)."""
    by_input: dict[tuple[str, int], list[ManifestRow]] = {}
    for row in report.failures:
        by_input.setdefault((row.source or row.path, row.item), []).append(row)
    lines = []
    for rows in by_input.values():
        errors = {(r.error_code, r.error) for r in rows}
        if len(errors) == 1 or len(rows) == 1:
            error = rows[0].failure
            text = error.one_line() if error is not None else rows[0].error
            lines.append(f"FAILED {text}")
            continue
        for row in rows:
            error = row.failure
            text = error.one_line() if error is not None else row.error
            lines.append(f"FAILED [{row.platform}] {text}")
    return lines


def run(args: argparse.Namespace) -> int:
    platforms = [p.id for p in parse_platform_list(args.platform)]
    fields = parse_assignments(args.values)
    project = adhoc_project(
        template_id=args.template, inputs=list(args.inputs), platforms=platforms,
        fields=fields, output_dir=args.output, pattern=args.pattern,
        quality=args.quality, credit=args.credit, overwrite=args.overwrite, strict=args.strict,
        captions=not args.no_captions, focus=parse_focus(args.focus),
        trim=parse_trim(args.trim), carousel=args.carousel,
        carousel_closing=not args.no_closing, covers=not args.no_covers,
        cover_at=parse_cover_at(args.cover_at))
    if args.intro is not None:
        project = project.with_export(intro="on" if args.intro else "off")
    cancel = CancelToken()
    workers = WorkerPool(idle_seconds=None)
    try:
        prestart_workers(workers, project)  # they start while the templates load
        library = default_library()
        loaded = library.get(args.template)  # an unknown template is refused before any work
        # A value past its field's limit would be published cut: refuse it before any
        # work, naming the field (the same check guards every render).
        check_field_lengths(loaded, fields)
        printer = _ExportPrinter()
        try:
            with ctrl_c_cancels(cancel):
                report = run_batch(project, progress=printer, cancel=cancel, library=library,
                                   language=args.language, subtitles=args.subtitles,
                                   pool=workers)
        finally:
            printer.bar.close()
    finally:
        workers.close()
    for line in _failure_lines(report):
        print(line, file=sys.stderr)
    failed_inputs = len({(r.source or r.path, r.item) for r in report.failures
                         if r.kind not in ("caption", "zip")})
    made = report.written + report.kept
    print(f"{made} file(s) in {args.output}; {failed_inputs} input(s) failed"
          + (" - cancelled" if report.cancelled else ""))
    if report.summary_path is not None:
        print(f"(summary: {report.summary_path})")
    return report.exit_code

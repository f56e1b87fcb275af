"""``python main.py batch|bulk|project``: whole events and spreadsheets from the command line.

``batch`` runs an event project (``*.kegiatan.toml``) with a progress bar on
stderr (plain lines when stderr is not a terminal); Ctrl+C cancels cleanly and
a second Ctrl+C stops at once. ``bulk`` makes one set of outputs per row of a
CSV/XLSX sheet. ``project new`` / ``project show`` create and inspect project
files (the GUI normally does this). Exit status: 0 all done, 1 some outputs
failed, 130 cancelled.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from studio.batch import BatchProgress, BatchReport, WorkerPool, prestart_workers, run_batch
from studio.bulk import bulk_project, read_bulk
from studio.cli import parse_assignments
from studio.errors import StudioError
from studio.library.pins import (
    event_updates,
    pin_versions,
    pinned_library,
    update_event_templates,
)
from studio.naming import DEFAULT_PATTERN
from studio.progress import CancelToken, ProgressEvent
from studio.project import (
    PROJECT_SUFFIX,
    ExportOptions,
    Project,
    load_project,
    new_project,
    save_project,
)
from studio.template import default_library
from studio.wording import DEFAULT_LANGUAGE, LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="export a whole event project (resumable)")
    p.add_argument("project", type=Path, metavar="PROJECT",
                   help=f"the event project file ({PROJECT_SUFFIX})")
    p.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="skip outputs a previous run finished (default: yes)")
    p.add_argument("--platform", "-p", action="append", metavar="ID[,ID...]",
                   help="only these platforms (default: the project's)")
    p.add_argument("--workers", "-j", type=int, metavar="N",
                   help="photo worker processes (default: one per core; 0: no extra processes)")
    p.add_argument("--output", "-o", type=Path, help="another output folder for this run")
    p.add_argument("--zip", action=argparse.BooleanOptionalAction, default=None,
                   help="also a .zip per platform (default: as the project says)")
    p.add_argument("--carousel", action=argparse.BooleanOptionalAction, default=None,
                   help="photos as one carousel post on feed platforms (default: as the "
                        "event file says)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace existing files this batch did not write")
    p.add_argument("--intro", action=argparse.BooleanOptionalAction, default=None,
                   help="videos: the brand intro and outro (default: as the project says)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                   help="language of the summary and the manifest (default: id)")
    p.set_defaults(func=run_batch_command)

    b = sub.add_parser("bulk", help="one set of outputs per row of a CSV/XLSX sheet")
    b.add_argument("--template", "-t", required=True, help="template id (see: templates list)")
    b.add_argument("--data", "-d", type=Path, required=True, metavar="FILE",
                   help="a .csv (comma or semicolon) or .xlsx sheet; header = field keys or labels")
    b.add_argument("--platform", "-p", action="append", required=True, metavar="ID[,ID...]",
                   help="platform id(s)")
    b.add_argument("--output", "-o", type=Path, required=True, help="output folder")
    b.add_argument("--media-column", metavar="COL",
                   help="the column with photo/video paths (default: 'foto' or 'media')")
    b.add_argument("--set", "-s", action="append", metavar="KEY=VALUE", dest="values",
                   help="a value for every row (a column of the sheet wins)")
    b.add_argument("--pattern", help="file names, e.g. '{platform}/{index}-{nama}' "
                   "(default: {index} and the name or title)")
    b.add_argument("--quality", type=int, default=90, help="JPEG quality (default 90)")
    b.add_argument("--overwrite", action="store_true", help="replace existing files")
    b.add_argument("--zip", action="store_true", help="also a .zip per platform")
    b.add_argument("--no-captions", action="store_true", help="do not write caption files")
    b.add_argument("--workers", "-j", type=int, metavar="N", help="photo worker processes")
    b.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="skip rows a previous run finished (default: yes)")
    b.add_argument("--save-project", type=Path, metavar="FILE",
                   help=f"also save the rows as an event project ({PROJECT_SUFFIX})")
    b.add_argument("--force", action="store_true",
                   help="replace an existing --save-project file")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    b.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                   help="language of the summary and the manifest (default: id)")
    b.set_defaults(func=run_bulk_command)

    pr = sub.add_parser("project", help="create or inspect an event project file")
    psub = pr.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    new = psub.add_parser("new", help="create a project from photos/videos")
    new.add_argument("file", type=Path, metavar="FILE", help=f"the new file ({PROJECT_SUFFIX})")
    new.add_argument("media", nargs="*", type=Path, metavar="MEDIA", help="photos and videos")
    new.add_argument("--template", "-t", required=True, help="template id")
    new.add_argument("--name", "-n", help="the event's name (default: the file name)")
    new.add_argument("--platform", "-p", action="append", required=True, metavar="ID[,ID...]")
    new.add_argument("--output", "-o", type=Path,
                     help="output folder (default: 'hasil' next to the project file)")
    new.add_argument("--pattern", default=DEFAULT_PATTERN, help="file names")
    new.add_argument("--set", "-s", action="append", metavar="KEY=VALUE", dest="values")
    new.add_argument("--zip", action="store_true", help="also a .zip per platform")
    new.add_argument("--force", action="store_true", help="replace an existing project file")
    new.set_defaults(func=run_project_new)
    show = psub.add_parser("show", help="summarise a project and its media problems")
    show.add_argument("file", type=Path, metavar="FILE")
    show.set_defaults(func=run_project_show)
    upd = psub.add_parser("update-templates",
                          help="make the event use the template versions in use now")
    upd.add_argument("file", type=Path, metavar="FILE")
    upd.add_argument("--template", "-t", action="append", metavar="ID",
                     help="only this template (default: all of the event's)")
    upd.set_defaults(func=run_project_update_templates)


def _platform_ids(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    ids = [p.strip() for value in values for p in value.split(",") if p.strip()]
    if ids == ["all"]:
        from studio.platforms import load_platforms

        return list(load_platforms())
    return ids


# ---------------------------------------------------------------------------
# progress output


class ProgressPrinter:
    """A one-line bar on a terminal; plain lines (every 5 % or 10 s) otherwise."""

    WIDTH = 28

    def __init__(self, stream: TextIO | None = None, quiet: bool = False,
                 failures: bool = True) -> None:
        # sys.stderr looked up now, not at import: tests and hosts replace it.
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.failures = failures  # print each failure as it happens
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._last_draw = 0.0
        self._last_line_fraction = -1.0
        self._last_line_time = 0.0
        self._drawn = False
        self._width = 0

    def __call__(self, event: ProgressEvent) -> None:
        if self.failures and isinstance(event, BatchProgress) and event.row is not None \
                and event.row.status == "failed":
            self.clear()
            name = Path(event.row.source).name if event.row.source else event.row.path
            print(f"GAGAL {name} [{event.row.platform}]: {event.row.error}", file=self.stream)
        if self.quiet:
            return
        now = time.monotonic()
        if self.tty:
            if now - self._last_draw < 0.1 and event.fraction < 1.0:
                return
            self._last_draw = now
            # Padding, not an ANSI erase: old Windows consoles print escapes raw.
            line = self._line(event)[: self._columns()]
            self.stream.write("\r" + line.ljust(self._width))
            self.stream.flush()
            self._width = len(line)
            self._drawn = True
        elif (event.fraction - self._last_line_fraction >= 0.05
              or now - self._last_line_time >= 10.0 or event.fraction >= 1.0) \
                and event.fraction != self._last_line_fraction:
            self._last_line_fraction = event.fraction
            self._last_line_time = now
            print(self._line(event), file=self.stream, flush=True)

    def _columns(self) -> int:
        import shutil

        return max(40, shutil.get_terminal_size((100, 20)).columns - 1)

    def _line(self, event: ProgressEvent) -> str:
        filled = round(self.WIDTH * event.fraction)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        counts = ""
        if isinstance(event, BatchProgress) and event.total:
            counts = f" {event.done}/{event.total}"
            if event.failed:
                counts += f" ({event.failed} gagal)"
        eta = f" sisa {_clock(event.eta_seconds)}" if event.eta_seconds is not None else ""
        item = f" {event.item}" if event.item else ""
        return f"[{bar}] {event.fraction * 100:5.1f}%{counts}{eta}{item}"

    def clear(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0
            self._drawn = False

    def close(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@contextmanager
def ctrl_c_cancels(cancel: CancelToken) -> Iterator[None]:
    """First Ctrl+C cancels the batch cleanly; a second one interrupts at once."""

    def on_interrupt(signum: int, frame: object) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        print("\nMembatalkan... (Ctrl+C sekali lagi untuk berhenti paksa)", file=sys.stderr)

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread: leave Ctrl+C alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _finish(report: BatchReport) -> int:
    print(report.summary, end="")
    if report.summary_path:
        print(f"(ringkasan: {report.summary_path})")
    return report.exit_code


def _run(project: Project, args: argparse.Namespace, platforms: list[str] | None) -> int:
    cancel = CancelToken()
    printer = ProgressPrinter(quiet=args.quiet)
    workers = WorkerPool(idle_seconds=None)
    try:
        if args.workers is None:
            # They start while the templates load and the run plans.
            prestart_workers(workers, project)
        # The event renders with the template versions it was made with.
        library = pinned_library(project, default_library())
        with ctrl_c_cancels(cancel):
            report = run_batch(project, progress=printer, cancel=cancel, workers=args.workers,
                               resume=args.resume, platforms=platforms, library=library,
                               language=args.language, pool=workers)
    finally:
        printer.close()
        workers.close()
    for template_id, version in sorted(library.pin_misses.items()):
        print(f"peringatan: templat {template_id} versi {version} tidak ada lagi di komputer "
              f"ini; dipakai versi {library.templates[template_id].template.version}",
              file=sys.stderr)
    return _finish(report)


# ---------------------------------------------------------------------------
# commands


def run_batch_command(args: argparse.Namespace) -> int:
    project = load_project(args.project)
    for problem in project.problems:
        label = "DIPINDAH" if problem.kind == "moved" else "HILANG"
        print(f"{label} {problem.message}", file=sys.stderr)
    if args.output is not None:
        project = project.with_output(args.output)
    if args.zip is not None:
        project = project.with_export(zip_per_platform=args.zip)
    if args.overwrite:
        project = project.with_export(overwrite=True)
    if args.intro is not None:
        project = project.with_export(intro="on" if args.intro else "off")
    if args.carousel is not None:
        project = project.with_export(carousel=args.carousel)
    if args.workers is not None and args.workers < 0:
        raise StudioError("--workers must be 0 or more", code="cli.bad_workers")
    return _run(project, args, _platform_ids(args.platform))


def run_bulk_command(args: argparse.Namespace) -> int:
    loaded = default_library().get(args.template)
    table = read_bulk(args.data, loaded.template, media_column=args.media_column)
    for warning in table.warnings:
        print(f"peringatan: {warning}", file=sys.stderr)
    project = bulk_project(
        table, loaded.template, platforms=_platform_ids(args.platform) or [],
        output_dir=args.output, fields=parse_assignments(args.values), pattern=args.pattern,
        export=ExportOptions(quality=args.quality, overwrite=args.overwrite,
                             captions=not args.no_captions, zip_per_platform=args.zip))
    if args.save_project:
        if args.save_project.exists() and not args.force:
            # Checked before anything is exported: nothing the user made is replaced unasked.
            raise StudioError("the project file already exists", path=args.save_project,
                              code="cli.exists", hint="choose another name or add --force")
        project = save_project(project, args.save_project)
        print(f"proyek disimpan: {project.path}", file=sys.stderr)
    print(f"{len(table.rows)} baris dari {args.data}", file=sys.stderr)
    return _run(project, args, None)


def run_project_new(args: argparse.Namespace) -> int:
    file = args.file
    if not file.name.endswith(PROJECT_SUFFIX):
        file = file.with_name(file.name + PROJECT_SUFFIX)
    if file.exists() and not args.force:
        raise StudioError("the project file already exists", path=file, code="cli.exists",
                          hint="choose another name or add --force")
    library = default_library()
    library.get(args.template)  # fail early on an unknown template
    name = args.name or file.name.removesuffix(PROJECT_SUFFIX)
    output = args.output if args.output is not None else file.absolute().parent / "hasil"
    project = new_project(name, args.template, output, media=args.media,
                          platforms=_platform_ids(args.platform) or [],
                          fields=parse_assignments(args.values), pattern=args.pattern,
                          export=ExportOptions(zip_per_platform=args.zip))
    project = save_project(pin_versions(project, library), file)
    print(f"{project.path}: {len(project.media)} media, {len(project.platforms)} platform")
    return 0


def run_project_show(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    print(f"{project.name} ({project.path})")
    versions = ", ".join(f"{k} {v}" for k, v in sorted(project.template_versions.items()))
    print(f"  template : {project.template}" + (f" (versions: {versions})" if versions else ""))
    for upd in event_updates(project, default_library()):
        if upd.available:
            print(f"  newer template: {upd.template_id} {upd.current} (the event uses "
                  f"{upd.pinned}; project update-templates to move)")
        else:
            print(f"  MISSING template version: {upd.template_id} {upd.pinned} is no longer "
                  f"here; {upd.current} is used")
    print(f"  platform : {', '.join(project.platforms) or '(none)'}")
    print(f"  output   : {project.output_dir}  pattern {project.pattern}")
    skipped = sum(1 for m in project.media if m.skip)
    print(f"  media    : {len(project.media)} ({skipped} skipped)")
    for key, value in project.fields.items():
        lines = value.splitlines() or [""]
        more = " ..." if len(lines) > 1 else ""
        print(f"  {key:<9}: {lines[0]}{more}")
    for problem in project.problems:
        print(f"  {problem.kind.upper()}: {problem.message}")
    return 1 if any(p.kind == "missing" for p in project.problems) else 0


def run_project_update_templates(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    library = default_library()
    for template_id in args.template or []:
        library.get(template_id)  # an unknown id is an error, not a silent no-op
    before = dict(project.template_versions)
    project = save_project(update_event_templates(project, library, args.template), args.file)
    for template_id, version in sorted(project.template_versions.items()):
        old = before.get(template_id)
        change = f"{old} -> {version}" if old and old != version else version
        print(f"{template_id}: {change}")
    return 0

"""``python main.py recap``: an event's photos as one recap reel per platform.

The input is an event project (``*.kegiatan.toml``: its active photos and
clips, its template and fields) or photos and clips given on the command
line with ``--template`` and ``--output``. The reel is made by the export
engine like every other output (resumable, a manifest, the caption beside
it); broken photos are skipped and named, a missing music bed is a warning.
Exit status: 0 done, 1 failed, 130 cancelled.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.batch import adhoc_project, run_batch
from studio.cli import parse_assignments
from studio.cli.batch import ProgressPrinter, _finish, ctrl_c_cancels
from studio.errors import StudioError
from studio.job import RecapSpec
from studio.platforms import parse_platform_list
from studio.progress import CancelToken
from studio.project import PROJECT_SUFFIX, load_project
from studio.template import default_library
from studio.wording import DEFAULT_LANGUAGE, LANGUAGES

DEFAULT_TEMPLATE = "liputan-kegiatan"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("recap", help="an event's photos as one recap reel (15-60 s)")
    p.add_argument("inputs", nargs="+", type=Path, metavar="EVENT|PHOTO",
                   help=f"an event project ({PROJECT_SUFFIX}) or photos and short clips")
    p.add_argument("--platform", "-p", default="instagram_reels",
                   help="platform id(s), comma-separated (default: instagram_reels)")
    p.add_argument("--durasi", "--duration", type=float, dest="duration", metavar="SECONDS",
                   help="length of the photo part, 15-60 s (default: 3 s per photo)")
    p.add_argument("--musik", "--music", action=argparse.BooleanOptionalAction, default=True,
                   dest="music", help="the brand kit's music bed (default: yes)")
    p.add_argument("--intro", action=argparse.BooleanOptionalAction, default=None,
                   help="the brand intro and outro (default: as each platform says)")
    p.add_argument("--template", "-t", help=f"photos: the template (default {DEFAULT_TEMPLATE})")
    p.add_argument("--set", "-s", action="append", metavar="KEY=VALUE", dest="values",
                   help="photos: a field value, e.g. --set judul='HUT Cimahi'")
    p.add_argument("--output", "-o", type=Path, help="output folder (photos: required)")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="keep a recap a previous run finished (default: yes)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.add_argument("--language", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                   help="language of the summary and the manifest (default: id)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio.video.recap import check_duration

    check_duration(args.duration)
    platforms = [p.id for p in parse_platform_list(args.platform)]
    library = default_library()
    first = args.inputs[0]
    if len(args.inputs) == 1 and first.name.endswith(PROJECT_SUFFIX):
        project = load_project(first)
        for problem in project.problems:
            print(f"HILANG {problem.message}", file=sys.stderr)
        if args.output is not None:
            project = project.with_output(args.output)
    else:
        if args.output is None:
            raise StudioError("--output is needed when the recap is made from photos",
                              code="cli.missing_output", hint="add --output FOLDER")
        template = args.template or DEFAULT_TEMPLATE
        library.get(template)
        project = adhoc_project(template_id=template, inputs=list(args.inputs),
                                platforms=platforms, fields=parse_assignments(args.values),
                                output_dir=args.output, overwrite=args.overwrite)
    if args.overwrite:
        project = project.with_export(overwrite=True)
    if args.intro is not None:
        project = project.with_export(intro="on" if args.intro else "off")
    spec = RecapSpec(duration=args.duration, music=args.music)
    cancel = CancelToken()
    printer = ProgressPrinter(quiet=args.quiet)
    try:
        with ctrl_c_cancels(cancel):
            report = run_batch(project, progress=printer, cancel=cancel, resume=args.resume,
                               platforms=platforms, library=library, language=args.language,
                               recap=spec)
    finally:
        printer.close()
    for row in report.rows:
        for warning in row.warnings:
            print(f"peringatan: {warning}", file=sys.stderr)
    return _finish(report)

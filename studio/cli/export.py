"""``python main.py export``: every input for every chosen platform.

Exit 0 when everything succeeded; otherwise 1 after exporting everything that
could be, with one line per failed input naming the file and the reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.brand import default_brand
from studio.cli import parse_assignments
from studio.errors import StudioError
from studio.media import is_video_path
from studio.platforms import parse_platform_list
from studio.produce import ExportSettings, InputResult, PhotoJob, produce_photo
from studio.render.crop import Focus
from studio.render.photo import check_field_lengths
from studio.template import default_library


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
    p.add_argument("--pattern", default="{platform}/{name}",
                   help="file names: {platform} {name} {template} {index} {judul} {tanggal}")
    p.add_argument("--quality", type=int, default=90, help="JPEG quality (default 90)")
    p.add_argument("--credit", nargs="?", const="", default=None,
                   help="write a credit/copyright in the files (default text: the brand's)")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    p.add_argument("--strict", action="store_true", help="text that does not fit is an error")
    p.add_argument("--trim", metavar="START,END", help="videos: seconds to keep, e.g. 2.5,14")
    p.add_argument("--subtitles", type=Path, metavar="FILE.srt", help="videos: burn in subtitles")
    p.add_argument("--no-captions", action="store_true", help="do not write caption files")
    p.set_defaults(func=run)


def parse_focus(text: str | None) -> Focus | None:
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
    return Focus(x, y)


def run(args: argparse.Namespace) -> int:
    library = default_library()
    loaded = library.get(args.template)
    brand = default_brand()
    platforms = tuple(parse_platform_list(args.platform))
    fields = parse_assignments(args.values)
    # A value past its field's limit would be published cut: refuse it before any
    # work, naming the field (the same check guards every render).
    check_field_lengths(loaded, fields)
    focus = parse_focus(args.focus)
    settings = ExportSettings(
        output_dir=args.output,
        pattern=args.pattern,
        quality=args.quality,
        credit=(args.credit or brand.credit) if args.credit is not None else None,
        overwrite=args.overwrite,
        strict=args.strict,
    )
    inputs: list[Path | None] = list(args.inputs) or [None]
    results: list[InputResult] = []
    for index, source in enumerate(inputs, start=1):
        if source is not None and is_video_path(source):
            result = _export_video(source, loaded, brand, platforms, fields, focus, settings,
                                   args, index)
        else:
            job = PhotoJob(source=source, platforms=platforms, index=index, focus=focus,
                           fields=fields)
            result = produce_photo(job, loaded, brand, settings)
        results.append(result)
        _report(result)
    if not args.no_captions:
        _write_captions(loaded, brand, fields, platforms, settings)
    failed = [r for r in results if not r.ok]
    done = sum(1 for r in results for o in r.outputs if o.ok)
    print(f"{done} file(s) written to {args.output}; {len(failed)} input(s) failed")
    return 1 if failed else 0


def _report(result: InputResult) -> None:
    name = str(result.source) if result.source else "(no media)"
    if result.error:
        print(f"FAILED {result.error.one_line()}", file=sys.stderr)
        return
    for out in result.outputs:
        if out.error:
            print(f"FAILED {name} [{out.platform_id}]: {out.error.message}"
                  + (f" ({out.error.hint})" if out.error.hint else ""), file=sys.stderr)
        else:
            print(f"ok     {out.path}")
            for warning in out.warnings:
                print(f"  warning: {warning.message}", file=sys.stderr)


def _export_video(source, loaded, brand, platforms, fields, focus, settings, args, index
                  ) -> InputResult:
    from studio.video.produce import VideoOptions, produce_video

    try:
        options = VideoOptions.from_cli(trim=args.trim, subtitles=args.subtitles)
    except StudioError as exc:  # a bad --trim fails this clip, not the photos after it
        exc.path = exc.path or source
        return InputResult(source, error=exc)

    def progress(event) -> None:
        # Encoding takes a while: show where it is, on one line, when a person watches.
        eta = f", {event.eta_seconds:.0f} s left" if event.eta_seconds is not None else ""
        end = "\n" if event.fraction >= 1 else ""
        print(f"\r  {source.name}: {event.fraction:4.0%}{eta}   ", end=end, file=sys.stderr,
              flush=True)

    return produce_video(source, loaded, brand, platforms, fields, settings, options,
                         focus=focus, index=index,
                         progress=progress if sys.stderr.isatty() else None)


def _write_captions(loaded, brand, fields, platforms, settings) -> None:
    caption_id = loaded.template.caption
    if not caption_id:
        return
    from studio.caption.files import write_caption_files

    try:
        for path, warnings in write_caption_files(caption_id, fields, platforms,
                                                  settings.output_dir, brand=brand,
                                                  overwrite=settings.overwrite):
            print(f"ok     {path}")
            for warning in warnings:
                print(f"  warning: {warning}", file=sys.stderr)
    except StudioError as exc:
        print(f"FAILED captions: {exc.one_line()}", file=sys.stderr)

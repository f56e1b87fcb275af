"""``python main.py caption``: a caption template filled in for each platform.

Prints every platform's caption under a header line (platform, count/limit,
variant, warnings), or with ``--output DIR`` writes ``DIR/<platform_id>.txt``
atomically. Without ``--platform`` it makes one caption per caption key (the
first platform of each network), since every Instagram preset gets the same
text. ``--list`` shows the installed caption templates.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio.brand import default_brand
from studio.caption import CaptionResult, get_caption_template, list_caption_templates
from studio.caption.compose import render_captions
from studio.caption.files import write_caption_file
from studio.cli import parse_assignments
from studio.errors import CaptionError
from studio.paths import CAPTIONS_DIR
from studio.platforms import Platform, load_platforms, parse_platform_list


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("caption", help="make the caption of each platform from a caption template")
    p.add_argument("--template", "-t", metavar="ID",
                   help="caption template id (see: caption --list)")
    p.add_argument("--set", "-s", action="append", metavar="KEY=VALUE", dest="values",
                   help="a field value, e.g. --set judul='Rapat Koordinasi' "
                        "--set tanggal=2026-11-30")
    p.add_argument("--platform", "-p", metavar="ID[,ID...]",
                   help="platform id(s), comma-separated, or 'all' "
                        "(default: one platform per network)")
    p.add_argument("--output", "-o", type=Path, metavar="DIR",
                   help="write DIR/<platform_id>.txt instead of printing")
    p.add_argument("--overwrite", action="store_true", help="replace existing caption files")
    p.add_argument("--photo-credit", metavar="TEXT", default=None,
                   help="who took the photos, for the 'Foto: …' line of the templates that "
                        "credit photos (default: the brand kit's credit; '' for none)")
    p.add_argument("--list", action="store_true", help="list the caption templates and exit")
    p.set_defaults(func=run)


def default_platforms() -> list[Platform]:
    """The first platform of each caption key, in platforms.toml order."""
    chosen: dict[str, Platform] = {}
    for platform in load_platforms().values():
        chosen.setdefault(platform.caption.key, platform)
    return list(chosen.values())


def header(result: CaptionResult) -> str:
    parts = [f"== {result.platform_id}", f"{result.count}/{result.limit}",
             f"variant {result.variant}"]
    if result.warnings:
        n = len(result.warnings)
        parts.append(f"{n} warning{'s' if n != 1 else ''}")
    return " · ".join(parts)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for template_id, template in list_caption_templates(CAPTIONS_DIR).items():
            names = ", ".join(template.required) + (
                f" (+ {', '.join(template.optional)})" if template.optional else "")
            print(f"{template_id:<18} {template.name} — fields: {names}")
        return 0
    if not args.template:
        available = ", ".join(list_caption_templates(CAPTIONS_DIR)) or "(none)"
        raise CaptionError("choose a caption template with --template",
                           hint=f"available: {available}", code="cli.no_template")
    template = get_caption_template(args.template, CAPTIONS_DIR)
    platforms = parse_platform_list(args.platform) if args.platform else default_platforms()
    fields = parse_assignments(args.values)
    brand = default_brand()
    credit = brand.credit if args.photo_credit is None else args.photo_credit
    results = render_captions(template, fields, platforms, fixed_hashtags=brand.hashtags,
                              mentions=brand.mentions, photo_credit=credit)
    if args.output is not None and not args.overwrite:
        # Refuse before writing anything, so a rerun never leaves a mix of old and new.
        existing = [r.platform_id for r in results
                    if (args.output / f"{r.platform_id}.txt").exists()]
        if existing:
            raise CaptionError(
                f"caption file(s) already exist for: {', '.join(existing)}", path=args.output,
                hint="add --overwrite or choose another folder", code="export.exists")
    for result in results:
        if args.output is not None:
            path = write_caption_file(result, args.output, overwrite=args.overwrite)
            print(f"ok     {path} ({result.count}/{result.limit})")
            for warning in result.warnings:
                print(f"  warning: {warning}", file=sys.stderr)
            continue
        print(header(result))
        for warning in result.warnings:
            print(f"warning: {warning}")
        print(result.text)
        print()
    return 0

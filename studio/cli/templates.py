"""``python main.py templates list|show|validate|import|export`` and the shared library's
``publish|sync|update|rollback|use|sources`` (see :mod:`studio.cli.library`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from studio.errors import PackageError
from studio.template import default_library, load_template
from studio.template.package import export_package, import_package


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help="list, show, validate, import and export templates")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    tsub.add_parser("list", help="the installed templates").set_defaults(func=run_list)
    show = tsub.add_parser("show", help="one template's fields, layers and variants")
    show.add_argument("id")
    show.set_defaults(func=run_show)
    validate = tsub.add_parser("validate", help="check a template folder or .zip package")
    validate.add_argument("path", type=Path)
    validate.set_defaults(func=run_validate)
    imp = tsub.add_parser("import", help="install a .zip package into your library")
    imp.add_argument("package", type=Path)
    imp.add_argument("--replace", action="store_true",
                     help="replace an installed template with the same id (kept in the trash)")
    imp.add_argument("--library", type=Path, help="library folder (default: your user folder)")
    imp.set_defaults(func=run_import)
    exp = tsub.add_parser("export", help="write a template as a .zip package")
    exp.add_argument("id")
    exp.add_argument("destination", type=Path)
    exp.add_argument("--overwrite", action="store_true")
    exp.set_defaults(func=run_export)
    from studio.cli import library

    library.register(tsub)


def run_list(args: argparse.Namespace) -> int:
    from studio.cli.library import origin_text

    library = default_library()
    for template_id in library.ids():
        t = library.get(template_id).template
        print(f"{t.id:<22} {t.name:<28} v{t.version:<7} {origin_text(library, template_id)}")
    for template_id, shadowed in sorted(library.shadowed.items()):
        mine = library.origin(template_id)
        which = "official" if mine is not None and mine.kind == "local" else "your own"
        print(f"{'':<22} also {which} v{shadowed.template.version}, not in use "
              f"(templates use {template_id} "
              f"{'official' if which == 'official' else 'local'})")
    for problem in library.problems:
        print(f"INVALID {problem.error.one_line()}")
    return 1 if library.problems else 0


def run_show(args: argparse.Namespace) -> int:
    t = default_library().get(args.id).template
    print(f"{t.name} ({t.id}) v{t.version} by {t.author or '-'}")
    if t.description:
        print(t.description)
    print(f"media: {', '.join(t.media)}; caption: {t.caption or '-'}")
    print("fields:")
    for f in t.fields:
        req = "required" if f.required else "optional"
        print(f"  {f.key:<16} {f.type:<9} {req:<9} max {f.max_length:<5} {f.label}")
    print("layers (bottom to top):")
    for layer in t.layers:
        print(f"  {layer.id:<16} {layer.type:<6} box {layer.box.as_list()}")
    for aspect, overrides in t.variants.items():
        print(f"variant {aspect}: overrides {', '.join(overrides)}")
    return 0


def run_validate(args: argparse.Namespace) -> int:
    import tempfile

    if args.path.suffix.lower() == ".zip":
        from studio.template.package import read_package

        with tempfile.TemporaryDirectory() as tmp:
            loaded = read_package(args.path, Path(tmp))
            print(f"ok: {loaded.id} v{loaded.template.version} ({loaded.template.name})")
        return 0
    loaded = load_template(args.path)
    print(f"ok: {loaded.id} v{loaded.template.version} ({loaded.template.name})")
    return 0


def run_import(args: argparse.Namespace) -> int:
    library_dir = args.library or default_library().user_dir
    try:
        loaded = import_package(args.package, library_dir, replace=args.replace)
    except PackageError as exc:
        if exc.code == "package.exists":
            print(f"error: {exc.one_line()}; run again with --replace to replace it")
            return 3
        raise
    print(f"imported {loaded.id} v{loaded.template.version} into {library_dir}")
    if args.library is None:
        library = default_library()
        if loaded.id in library.shadowed and not (
                (origin := library.origin(loaded.id)) and origin.kind == "local"):
            print(f"note: {loaded.id} is an official template; the official one stays in use. "
                  f"To use yours instead: templates use {loaded.id} local")
    return 0


def run_export(args: argparse.Namespace) -> int:
    loaded = default_library().get(args.id)
    path = export_package(loaded, args.destination, overwrite=args.overwrite)
    print(f"wrote {path}")
    return 0

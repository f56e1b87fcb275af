"""The shared-library actions of ``python main.py templates``.

``publish`` (a designer signs a template or the brand kit into a library
folder), ``sync`` (read the library folders into the local copy), ``update``,
``rollback``, ``use`` (official or your own template for an id) and
``sources`` (the folders to read). Registered by :mod:`studio.cli.templates`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studio.errors import LibraryError, StudioError
from studio.library.store import BRAND_ID


def register(tsub: argparse._SubParsersAction) -> None:
    pub = tsub.add_parser("publish", help="sign a template (or the brand kit) and publish it "
                          "into a shared library folder")
    pub.add_argument("id", nargs="?", help="template id (leave out with --brand)")
    pub.add_argument("--brand", action="store_true", help="publish the brand kit in use")
    pub.add_argument("--to", type=Path, metavar="FOLDER",
                     help="the library folder (default: your only library source)")
    pub.add_argument("--key", type=Path, metavar="FILE.privkey.toml",
                     help="your signing key (default: your only key)")
    pub.add_argument("--version", help="publish as this version (default: the template's own; "
                     "for the brand kit the next number)")
    pub.add_argument("--notes", default="", help="change notes shown to PICs")
    pub.set_defaults(func=run_publish)

    sync = tsub.add_parser("sync", help="read the library folders into the local copy")
    sync.add_argument("--update", action="store_true", help="also put every update into use")
    sync.set_defaults(func=run_sync)

    upd = tsub.add_parser("update", help="use the newest version in the local copy")
    upd.add_argument("id", nargs="?", help="template id (default: every update)")
    upd.add_argument("--brand", action="store_true", help="update the brand kit")
    upd.add_argument("--version", help="a particular version instead of the newest")
    upd.set_defaults(func=run_update)

    back = tsub.add_parser("rollback", help="go back to the version used before")
    back.add_argument("id", nargs="?", help="template id (leave out with --brand)")
    back.add_argument("--brand", action="store_true", help="roll back the brand kit")
    back.add_argument("--to", metavar="VERSION", help="a particular earlier version")
    back.set_defaults(func=run_rollback)

    use = tsub.add_parser("use", help="for one id (or --brand), use the official template or "
                          "your own copy")
    use.add_argument("id", nargs="?", help="template id (leave out with --brand)")
    use.add_argument("which", choices=("official", "local"))
    use.add_argument("--brand", action="store_true", help="choose for the brand kit")
    use.set_defaults(func=run_use)

    src = tsub.add_parser("sources", help="the library folders this computer reads")
    src.add_argument("change", nargs="?", choices=("add", "remove"))
    src.add_argument("folder", nargs="?", type=Path)
    src.add_argument("--name", default="", help="a label for the folder (with add)")
    src.set_defaults(func=run_sources)


def _kind_and_id(args: argparse.Namespace) -> tuple[str, str]:
    if args.brand:
        return "brand", BRAND_ID
    if not args.id:
        raise StudioError("give a template id or --brand", code="cli.missing_id")
    return "template", args.id


def _label(kind: str, item_id: str) -> str:
    return "brand kit" if kind == "brand" else item_id


def _default_folder(given: Path | None) -> Path:
    if given is not None:
        return given
    from studio.library.sources import load_sources

    sources = load_sources()
    if len(sources) == 1:
        return sources[0].path
    raise StudioError("choose the library folder with --to FOLDER", code="cli.missing_folder",
                      hint="or add exactly one with: templates sources add FOLDER")


def run_publish(args: argparse.Namespace) -> int:
    from studio.cli.keys import open_key
    from studio.library.publish import publish_brand, publish_template

    kind, item_id = _kind_and_id(args)
    folder = _default_folder(args.to)
    if kind == "brand":
        from studio.brand.store import active_brand_root

        key = open_key(args.key)
        result = publish_brand(active_brand_root(), key, folder, version=args.version,
                               notes=args.notes)
    else:
        from studio.template import default_library

        loaded = default_library().get(item_id)
        key = open_key(args.key)
        result = publish_template(loaded, key, folder, version=args.version, notes=args.notes)
    manifest = result.manifest
    print(f"published {_label(kind, item_id)} {manifest.version} signed by {key.name} "
          f"(key {key.public.display_id}): {result.path}")
    if not result.trusted_here:
        print("note: this computer does not trust your key; PICs will refuse the package until "
              "an administrator trusts it (keys trust)")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from studio.library.sync import sync_library, update_all

    report = sync_library()
    if not report.sources:
        print("no library sources; add one with: templates sources add FOLDER")
        return 0
    for source in report.sources:
        if source.reachable:
            print(f"source {source.source.label}: reachable, {source.packages} package(s)")
        else:
            print(f"source {source.source.label}: not reachable ({source.message}); working "
                  "from the local copy")
    if report.trust_list is not None:
        print(f"trust list {report.trust_list} taken")
    for info in report.activated:
        print(f"new: {_label(info.kind, info.item_id)} {info.version} (signed by {info.signer})")
    for item_id in report.kept_local:
        print(f"note: {item_id} is now official, but your own template with that id stays in "
              f"use (templates use {item_id} official to switch)")
    for stale in report.stale:
        print(f"ignored: {_label(stale.kind, stale.item_id)} {stale.version} in {stale.source} "
              f"is older than {stale.in_use} in use")
    for refusal in report.refusals:
        print(f"REFUSED {_label(refusal.kind, refusal.item_id)} {refusal.version} "
              f"({refusal.path}): {refusal.error.message}"
              + (f" ({refusal.error.hint})" if refusal.error.hint else ""))
    updates = report.updates
    if args.update and updates:
        for info in update_all():
            print(f"updated: {_label(info.kind, info.item_id)} {info.version}")
    else:
        for upd in updates:
            print(f"update available: {_label(upd.kind, upd.item_id)} {upd.current} -> "
                  f"{upd.newest}")
            for change in upd.changes:
                notes = change.notes.replace("\n", " ") or "(no notes)"
                print(f"    {change.version} ({change.signer}): {notes}")
        if updates:
            print("put them into use with: templates update [ID]")
    return 1 if report.refusals else 0


def run_update(args: argparse.Namespace) -> int:
    from studio.library.sync import available_updates, update, update_all

    if args.brand or args.id:
        kind, item_id = _kind_and_id(args)
        infos = [update(kind, item_id, args.version)]  # type: ignore[arg-type]
    else:
        if args.version:
            raise StudioError("--version needs a template id or --brand", code="cli.missing_id")
        if not available_updates():
            print("everything is up to date")
            return 0
        infos = update_all()
    for info in infos:
        print(f"in use: {_label(info.kind, info.item_id)} {info.version}")
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from studio.library.sync import rollback

    kind, item_id = _kind_and_id(args)
    info = rollback(kind, item_id, args.to)  # type: ignore[arg-type]
    print(f"in use: {_label(kind, item_id)} {info.version} (the newer one stays on this "
          "computer: templates update brings it back)")
    return 0


def run_use(args: argparse.Namespace) -> int:
    from studio.library.store import set_brand_choice, set_choice
    from studio.template import default_library

    if args.brand:
        from studio.brand.store import active_brand_root

        set_brand_choice(args.which)
        print(f"brand kit in use: {active_brand_root()}")
        return 0
    if not args.id:
        raise StudioError("give a template id or --brand", code="cli.missing_id")

    library = default_library()
    if args.id not in library.templates:
        library.get(args.id)  # the unknown-template error
    origin = library.origin(args.id)
    in_use_is_local = origin is not None and origin.kind == "local"
    other = args.id in library.shadowed
    has_local = in_use_is_local or other
    has_official = not in_use_is_local or other
    if args.which == "local" and not has_local:
        raise LibraryError(f"you have no own template {args.id!r}", code="library.no_local",
                           hint="import or make one first")
    if args.which == "official" and not has_official:
        raise LibraryError(f"there is no official template {args.id!r}",
                           code="library.no_official")
    set_choice(args.id, "local" if args.which == "local" else None)
    library.reload()
    t = library.get(args.id).template
    print(f"{args.id}: using {'your own' if args.which == 'local' else 'the official'} "
          f"template, version {t.version}")
    return 0


def run_sources(args: argparse.Namespace) -> int:
    from studio.library.sources import add_source, load_sources, remove_source

    if args.change == "add":
        if args.folder is None:
            raise StudioError("give the folder to add", code="cli.missing_folder")
        source = add_source(args.folder, args.name)
        print(f"added {source.path}")
        return 0
    if args.change == "remove":
        if args.folder is None:
            raise StudioError("give the folder to remove", code="cli.missing_folder")
        if not remove_source(args.folder):
            raise LibraryError("that folder is not a library source", path=args.folder,
                               code="library.bad_source")
        print(f"removed {args.folder}")
        return 0
    for source in load_sources():
        if source.reachable is None:
            state = "not checked yet"
        elif source.reachable:
            state = f"reachable (last sync {source.synced or '-'})"
        else:
            state = f"not reachable at {source.checked}: working from the local copy"
        print(f"{source.path}  {source.name}  {state}")
    return 0


def origin_text(library, template_id: str) -> str:
    origin = library.origin(template_id)
    if origin is None:
        return ""
    official = "official" if origin.official else "NOT official"
    who = f" by {origin.signer}" if origin.signer else ""
    extra = " (replaces the official one)" if origin.replaces_official else ""
    return f"{origin.kind:<8} {official}{who}{extra}"

"""Template packages: a template folder shared as a ``.zip``.

Packages come from anyone, so import trusts nothing: every member path is
checked (absolute, ``..``, drive letters, backslashes, links), sizes and counts
are capped while reading (not from the zip's own headers), only known file
kinds are taken, and the result must load as a valid template before it is
moved into the library in one rename. An existing template with the same id
is replaced only when asked, and the old one is kept in the library's trash.
"""

from __future__ import annotations

import lzma
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from studio.atomic import replace_folder, save_error, write_file
from studio.errors import PackageError, TemplateError
from studio.template.library import move_to_trash
from studio.template.loader import MANIFEST, LoadedTemplate, load_template

MAX_MEMBERS = 500
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
# Member names: a template folder is shallow, and the library folder in front
# must still fit Windows' 260-character paths.
MAX_MEMBER_DEPTH = 8
MAX_MEMBER_PATH = 160
MAX_MEMBER_PART = 100
ALLOWED_SUFFIXES = {
    ".toml", ".png", ".jpg", ".jpeg", ".webp", ".ttf", ".otf", ".mp4", ".mov", ".m4a",
    ".wav", ".mp3", ".txt", ".md", ".srt", ".svg",
}


@dataclass(frozen=True)
class PackageClash:
    """What an import would replace; the caller asks the user before replacing."""

    template_id: str
    existing_version: str
    new_version: str


def _safe_member_name(name: str) -> PurePosixPath:
    # Length and depth first: a 2,000-level path or a 300-character name would
    # only fail later, deep in the file system (RecursionError, ENAMETOOLONG).
    parts = name.rstrip("/").split("/")
    if len(name) > MAX_MEMBER_PATH or len(parts) > MAX_MEMBER_DEPTH \
            or any(len(part) > MAX_MEMBER_PART for part in parts):
        raise PackageError(
            f"member {name[:60]!r}{'…' if len(name) > 60 else ''} has a name that is too long "
            f"or too deep (at most {MAX_MEMBER_PART} characters a name, {MAX_MEMBER_PATH} in "
            f"all, {MAX_MEMBER_DEPTH} folders deep)", code="package.bad_member",
            hint="the package was not made by Studio Konten; do not use it")
    if "\x00" in name or any(ord(c) < 32 for c in name):
        raise PackageError(f"member {name[:60]!r} has control characters in its name",
                           code="package.unsafe_path",
                           hint="the package was not made by Studio Konten; do not use it")
    if "\\" in name:
        raise PackageError(f"member {name!r} uses backslashes", code="package.unsafe_path",
                           hint="the package was not made by Studio Konten; do not use it")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or name.startswith("//"):
        raise PackageError(f"member {name!r} has an absolute path", code="package.unsafe_path",
                           hint="the package was not made by Studio Konten; do not use it")
    path = PurePosixPath(name)
    if any(part in ("..", ".") for part in path.parts) or any(":" in p for p in path.parts):
        raise PackageError(f"member {name!r} points outside the package",
                           code="package.unsafe_path",
                           hint="the package was not made by Studio Konten; do not use it")
    return path


def _plan_members(archive: zipfile.ZipFile, source: Path) -> list[tuple[zipfile.ZipInfo,
                                                                           PurePosixPath]]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError(f"the package has too many files ({len(infos)} > {MAX_MEMBERS})",
                           path=source, code="package.too_many")
    plan = []
    declared = 0
    for info in infos:
        try:
            rel = _safe_member_name(info.filename)
        except PackageError as exc:
            exc.path = source
            raise
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageError(f"member {info.filename!r} is a link", path=source,
                               code="package.unsafe_path")
        if info.is_dir():
            continue
        if rel.suffix.lower() not in ALLOWED_SUFFIXES:
            raise PackageError(f"member {info.filename!r} is not a template file",
                               path=source, code="package.bad_member",
                               hint="packages hold template.toml, images, fonts and clips")
        declared += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or declared > MAX_TOTAL_BYTES:
            raise PackageError("the package is too large when unpacked", path=source,
                               code="package.too_large")
        plan.append((info, rel))
    return plan


def _strip_root(plan: list[tuple[zipfile.ZipInfo, PurePosixPath]], source: Path
                ) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    """Packages hold either template.toml at the top or one folder with it."""
    if any(rel == PurePosixPath(MANIFEST) for _, rel in plan):
        return plan
    tops = {rel.parts[0] for _, rel in plan if len(rel.parts) > 1}
    if len(tops) == 1 and all(len(rel.parts) > 1 for _, rel in plan):
        top = tops.pop()
        stripped = [(i, PurePosixPath(*rel.parts[1:])) for i, rel in plan]
        if any(rel == PurePosixPath(MANIFEST) for _, rel in stripped):
            return stripped
        del top
    raise PackageError("the package has no template.toml", path=source,
                       code="package.no_manifest",
                       hint="export packages from Studio Konten (Ekspor paket)")


def _extract(archive: zipfile.ZipFile, plan: list[tuple[zipfile.ZipInfo, PurePosixPath]],
             target: Path, source: Path) -> None:
    total = 0
    for info, rel in plan:
        dest = target.joinpath(*rel.parts)
        # Belt and braces: the resolved path must stay inside the target.
        if target.resolve() not in dest.resolve().parents:
            raise PackageError(f"member {info.filename!r} points outside the package",
                               path=source, code="package.unsafe_path")
        dest.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with archive.open(info) as src, open(dest, "wb") as out:
            while chunk := src.read(1 << 20):
                written += len(chunk)
                total += len(chunk)
                # Count real bytes: headers can lie (zip bombs).
                if written > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                    raise PackageError("the package is too large when unpacked", path=source,
                                       code="package.too_large")
                out.write(chunk)


def _open_archive(source: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except FileNotFoundError:
        raise PackageError("package not found", path=source, code="package.not_found") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"not a valid .zip package ({exc})", path=source,
                           hint="ask the designer to export the package again",
                           code="package.bad_zip") from None


def unpack_package(package: str | Path, workdir: Path) -> Path:
    """Unpack ``package`` with every safety check into a new folder under ``workdir``.

    Returns the template folder (named as the template's id), not yet
    validated: :func:`read_package` validates it; the shared library first
    checks its signature, so a changed file is reported as such.
    """
    source = Path(package)
    with _open_archive(source) as archive:
        plan = _strip_root(_plan_members(archive, source), source)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=workdir))
        try:
            _extract(archive, plan, staging, source)
            manifest_id = _peek_id(staging / MANIFEST, source)
            folder = staging / manifest_id
            folder.mkdir()
            for child in list(staging.iterdir()):
                if child != folder:
                    shutil.move(str(child), str(folder / child.name))
            return folder
        except zipfile.BadZipFile as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise PackageError(f"the package is damaged ({exc})", path=source,
                               code="package.bad_zip") from None
        except _UNPACK_ERRORS as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise _unpack_error(exc, source) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


# What unpacking may raise besides BadZipFile: a name the file system refuses, a
# compression method zipfile lacks, damaged compressed data (zlib's and lzma's errors
# are no OSError; bz2's is), a truncated member.
_UNPACK_ERRORS = (OSError, RecursionError, EOFError, NotImplementedError, zlib.error,
                  lzma.LZMAError)


def _unpack_error(exc: BaseException, source: Path) -> PackageError:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return PackageError(f"the package cannot be unpacked ({reason})", path=source,
                        hint="ask the designer to export the package again",
                        code="package.bad_zip")


def validate_unpacked(folder: Path, source: Path) -> LoadedTemplate:
    """Load an unpacked package's template; a problem is the package's (staging removed)."""
    try:
        return load_template(folder)
    except TemplateError as exc:
        shutil.rmtree(folder.parent, ignore_errors=True)
        if isinstance(exc, PackageError):
            raise
        raise PackageError(f"the template in the package is invalid: {exc.message}",
                           path=source, hint=exc.hint, code="package.invalid") from None
    except (OSError, RecursionError) as exc:
        shutil.rmtree(folder.parent, ignore_errors=True)
        raise _unpack_error(exc, source) from None
    except BaseException:
        shutil.rmtree(folder.parent, ignore_errors=True)
        raise


def read_package(package: str | Path, workdir: Path) -> LoadedTemplate:
    """Unpack and validate ``package`` into a new folder under ``workdir``."""
    return validate_unpacked(unpack_package(package, workdir), Path(package))


def extract_archive(package: str | Path, target: Path) -> list[PurePosixPath]:
    """Unpack any package (e.g. a brand kit) into the empty folder ``target`` with the
    same checks as a template package: member names, links, kinds, sizes."""
    source = Path(package)
    with _open_archive(source) as archive:
        plan = _plan_members(archive, source)
        try:
            _extract(archive, plan, target, source)
        except zipfile.BadZipFile as exc:
            raise PackageError(f"the package is damaged ({exc})", path=source,
                               code="package.bad_zip") from None
        except _UNPACK_ERRORS as exc:
            raise _unpack_error(exc, source) from None
    return [rel for _, rel in plan]


def _peek_id(manifest: Path, source: Path) -> str:
    import re

    from studio import tomltext

    try:
        data = tomltext.loads(manifest.read_text(encoding="utf-8"))
    except (tomltext.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PackageError(f"template.toml in the package is not valid: {exc}", path=source,
                           code="package.invalid") from None
    template_id = data.get("id")
    if not isinstance(template_id, str) or not re.match(r"^[a-z0-9][a-z0-9_-]{0,63}$",
                                                        template_id):
        raise PackageError("template.toml in the package has no valid id", path=source,
                           code="package.invalid")
    return template_id


def check_clash(package_template: LoadedTemplate, library_dir: Path) -> PackageClash | None:
    existing = library_dir / package_template.id
    if not existing.exists():
        return None
    try:
        version = load_template(existing).template.version
    except TemplateError:
        version = "?"
    return PackageClash(package_template.id, version, package_template.template.version)


def import_package(package: str | Path, library_dir: Path, *, replace: bool = False
                   ) -> LoadedTemplate:
    """Import ``package`` into ``library_dir``.

    Raises :class:`PackageError` with code ``package.exists`` (params: the
    clash) when a template with that id is there and ``replace`` is False.
    """
    library_dir.mkdir(parents=True, exist_ok=True)
    loaded = read_package(package, library_dir)
    staging = loaded.folder.parent
    try:
        target = library_dir / loaded.id
        clash = check_clash(loaded, library_dir)
        if clash and not replace:
            raise PackageError(
                f"a template {clash.template_id!r} (version {clash.existing_version}) is "
                f"already installed; the package has version {clash.new_version}",
                path=Path(package),
                hint="choose to replace it, or keep the installed one",
                code="package.exists",
                clash=clash,
            )
        # One swap: the installed version goes to the trash only once the new one is
        # in place (a crash between leaves one of the two, see studio.atomic).
        try:
            replace_folder(target, loaded.folder,
                           dispose=lambda old: move_to_trash(old, library_dir, name=loaded.id))
        except OSError as exc:
            raise save_error(exc, target) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return load_template(target)


def export_package(loaded: LoadedTemplate, destination: str | Path, *,
                   overwrite: bool = False) -> Path:
    """Write ``loaded`` as a .zip package (``<id>/...``) atomically."""
    destination = Path(destination)
    if destination.exists() and not overwrite:
        raise PackageError("the file already exists", path=destination,
                           hint="choose another name or allow overwriting",
                           code="package.dest_exists")

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(loaded.folder.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    rel = path.relative_to(loaded.folder).as_posix()
                    if Path(rel).suffix.lower() in ALLOWED_SUFFIXES:
                        archive.write(path, f"{loaded.id}/{rel}")

    try:
        write_file(destination, write)
    except OSError as exc:
        raise save_error(exc, destination) from None
    return destination

"""Reading the library sources into the local copy; updates and rollback.

:func:`sync_library` looks at every source folder, takes the newest trust
list, and for each template (and the brand kit) copies in the newest version
that is newer than anything this computer has and passes every check. It only
reads the sources. A source that cannot be reached is a status, not an error:
the app goes on with its local copy.

What a sync never does on its own:

- put a newer version of a template already in use into use — it is offered
  as an update with its change notes (:func:`available_updates`, :func:`update`);
- go back to an older version: a stale copy (an old USB stick, a folder that
  synced late) is ignored and reported; only :func:`rollback` goes back, when
  the PIC chooses it;
- accept a package that is unsigned, signed by a key that is not trusted (or
  was revoked), or changed after signing: it is refused with the signer's name
  and the reason, and the previous version stays in use.

A template seen for the first time is put into use at once (nothing changes
for anyone), as is the first shared brand kit.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from studio.errors import LibraryError, StudioError
from studio.library.share import PublishedPackage, list_published
from studio.library.signing import Kind, read_signature
from studio.library.sources import LibrarySource, load_sources, probe, record_status
from studio.library.store import (
    BRAND_ID,
    Entry,
    activate,
    cached_versions,
    clear_incoming,
    content_folder,
    incoming_dir,
    install_version,
    load_state,
    set_choice,
)
from studio.library.trust import TrustStore, load_trust
from studio.library.trustlist import (
    cached_serial,
    keep_trust_list,
    read_trust_list,
    trust_list_files,
)
from studio.library.versions import is_newer, same_version, version_key
from studio.progress import CancelToken, ProgressCallback, ProgressEvent, no_progress
from studio.template.package import MAX_TOTAL_BYTES


@dataclass(frozen=True)
class SourceResult:
    source: LibrarySource
    reachable: bool
    message: str = ""
    packages: int = 0


@dataclass(frozen=True)
class Refusal:
    """A package that was not taken, and why (``error.params`` name the signer)."""

    source: Path
    path: Path
    kind: str
    item_id: str
    version: str
    error: StudioError


@dataclass(frozen=True)
class VersionInfo:
    kind: Kind
    item_id: str
    version: str
    notes: str = ""
    signer: str = ""
    published: str = ""


@dataclass(frozen=True)
class Stale:
    """An older copy on a source, ignored because a newer version is in use."""

    source: Path
    kind: Kind
    item_id: str
    version: str
    in_use: str


@dataclass(frozen=True)
class Update:
    """A newer version waiting for the PIC, with the notes of every version since."""

    kind: Kind
    item_id: str
    current: str
    newest: str
    changes: tuple[VersionInfo, ...]


@dataclass(frozen=True)
class SyncReport:
    sources: tuple[SourceResult, ...]
    downloaded: tuple[VersionInfo, ...] = ()
    activated: tuple[VersionInfo, ...] = ()
    updates: tuple[Update, ...] = ()
    refusals: tuple[Refusal, ...] = ()
    stale: tuple[Stale, ...] = ()
    kept_local: tuple[str, ...] = ()  # new official ids where the PIC's own template stays
    trust_list: int | None = None

    @property
    def offline(self) -> bool:
        """No source could be reached (working from the local copy)."""
        return bool(self.sources) and not any(s.reachable for s in self.sources)


def version_info(kind: Kind, item_id: str, version: str) -> VersionInfo:
    try:
        signed = read_signature(content_folder(kind, item_id, version))
    except LibraryError:
        signed = None
    if signed is None:
        return VersionInfo(kind, item_id, version)
    return VersionInfo(kind, item_id, version, signed.notes, signed.signer, signed.published)


def _open_and_install(package: PublishedPackage, trust: TrustStore) -> VersionInfo:
    from studio.library.packages import open_brand_package, open_template_package

    incoming = incoming_dir()
    work = Path(tempfile.mkdtemp(prefix="sync-", dir=incoming))
    try:
        size = package.path.stat().st_size
        if size > MAX_TOTAL_BYTES:
            raise LibraryError("the package is too large", path=package.path,
                               code="library.too_large")
        # One read from the (maybe slow, maybe changing) source; everything after
        # works on this copy.
        local = work / "package.zip"
        shutil.copyfile(package.path, local)
        if package.kind == "template":
            opened = open_template_package(local, work, trust, item_id=package.item_id,
                                           version=package.version)
        else:
            opened = open_brand_package(local, work, trust, version=package.version)
        manifest = opened.manifest
        install_version(opened.staged_root, package.kind, package.item_id, manifest.version,
                        manifest.digest)
        return VersionInfo(package.kind, package.item_id, manifest.version, manifest.notes,
                           opened.verified.signer.name, manifest.published)
    except StudioError as exc:
        if exc.path is not None and (exc.path == work or work in exc.path.parents):
            exc.path = package.path  # name the file on the source, not our copy
        raise
    except OSError as exc:
        # The source went away mid-read, or the disk here is full: this package only.
        raise LibraryError(f"the package could not be copied: {exc.strerror or exc}",
                           path=package.path, code="library.unreadable",
                           hint="sync again when the shared folder is back") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sync_trust(found: list[tuple[Path, int, Path]], refusals: list[Refusal]) -> int | None:
    """Take the newest trust list signed by a city key; a stale one never goes back."""
    have = cached_serial()
    roots = load_trust()
    for source, serial, path in sorted(found, key=lambda f: -f[1]):
        if serial <= have:
            break
        try:
            text = path.read_bytes()[:512 * 1024].decode("utf-8")
            trust_list = read_trust_list(text, roots, path)
            if trust_list.serial != serial:
                raise LibraryError("the trust list's number does not match its file name",
                                   path=path, code="library.mismatch")
        except (StudioError, OSError, UnicodeDecodeError) as exc:
            error = exc if isinstance(exc, StudioError) else LibraryError(
                str(exc), path=path, code="library.unreadable")
            refusals.append(Refusal(source, path, "trust", "trust-list", str(serial), error))
            continue
        keep_trust_list(trust_list)
        return serial
    return None


def sync_library(*, sources: tuple[LibrarySource, ...] | None = None,
                 progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None) -> SyncReport:
    """Read every source into the local copy (see the module's notes)."""
    cancel = cancel or CancelToken()
    sources = load_sources() if sources is None else sources
    clear_incoming()
    results: list[SourceResult] = []
    packages: dict[tuple[str, str], list[PublishedPackage]] = defaultdict(list)
    trust_lists: list[tuple[Path, int, Path]] = []
    for number, source in enumerate(sources, start=1):
        cancel.raise_if_cancelled()
        progress(ProgressEvent((number - 1) / (len(sources) + 1), source.label))
        reachable, message = probe(source.path)
        listed: list[PublishedPackage] = []
        if reachable:
            try:
                listed = list_published(source.path)
                trust_lists += [(source.path, s, p) for s, p in trust_list_files(source.path)]
            except OSError as exc:
                reachable, message = False, exc.strerror or str(exc)
        record_status(source.path, reachable=reachable, message=message)
        results.append(SourceResult(source, reachable, message, len(listed)))
        for package in listed:
            packages[(package.kind, package.item_id)].append(package)

    refusals: list[Refusal] = []
    trust_serial = _sync_trust(trust_lists, refusals)
    trust = load_trust()
    state = load_state()
    downloaded: list[VersionInfo] = []
    activated: list[VersionInfo] = []
    stale: list[Stale] = []
    kept_local: list[str] = []
    for (kind, item_id), found in sorted(packages.items()):
        cancel.raise_if_cancelled()
        progress(ProgressEvent(len(sources) / (len(sources) + 1), item_id))
        entry = state.entry(kind, item_id)  # type: ignore[arg-type]
        cached = cached_versions(kind, item_id)  # type: ignore[arg-type]
        newest_cached = cached[-1] if cached else None
        got: VersionInfo | None = None
        tried: set[tuple[int, int, int]] = set()
        for package in sorted(found, key=lambda p: version_key(p.version), reverse=True):
            key = version_key(package.version)
            if entry.active and not is_newer(package.version, entry.active):
                if version_key(entry.active) > key:
                    stale.append(Stale(package.source, package.kind, item_id, package.version,
                                       entry.active))
                continue
            if newest_cached and not is_newer(package.version, newest_cached):
                continue  # already here (or older than what is here)
            if key in tried or got is not None:
                continue
            tried.add(key)
            try:
                got = _open_and_install(package, trust)
            except StudioError as exc:
                refusals.append(Refusal(package.source, package.path, package.kind, item_id,
                                        package.version, exc))
        if got is None:
            continue
        downloaded.append(got)
        if entry.active is None:
            if kind == "template" and _has_own_template(item_id) and entry.choice is None:
                set_choice(item_id, "local")
                kept_local.append(item_id)
            activate(kind, item_id, got.version)  # type: ignore[arg-type]
            activated.append(got)
    for result in results:
        if result.reachable:
            record_status(result.source.path, reachable=True, synced=True)
    progress(ProgressEvent(1.0))
    return SyncReport(tuple(results), tuple(downloaded), tuple(activated),
                      tuple(available_updates()), tuple(refusals), tuple(stale),
                      tuple(kept_local), trust_serial)


def _has_own_template(template_id: str) -> bool:
    from studio.paths import user_templates_dir

    return (user_templates_dir() / template_id / "template.toml").is_file()


# ---------------------------------------------------------------------------
# updates and rollback (offline: they work on the local copy)


def _entries() -> list[tuple[Kind, str, Entry]]:
    state = load_state()
    items: list[tuple[Kind, str, Entry]] = [("template", k, e)
                                            for k, e in sorted(state.templates.items())]
    items.append(("brand", BRAND_ID, state.brand))
    return items


def available_updates() -> list[Update]:
    """Newer versions in the local copy than the ones in use."""
    updates = []
    for kind, item_id, entry in _entries():
        if not entry.active:
            continue
        newer = [v for v in cached_versions(kind, item_id) if is_newer(v, entry.active)]
        if newer:
            changes = tuple(version_info(kind, item_id, v) for v in reversed(newer))
            updates.append(Update(kind, item_id, entry.active, newer[-1], changes))
    return updates


def update(kind: Kind, item_id: str, version: str | None = None) -> VersionInfo:
    """Use the newest version in the local copy (or ``version``) from now on."""
    versions = cached_versions(kind, item_id)
    if version is not None and not any(same_version(v, version) for v in versions):
        fetch_version(kind, item_id, version)
        versions = cached_versions(kind, item_id)
    if not versions:
        raise LibraryError(f"{item_id!r} is not in the shared library copy",
                           code="library.not_shared", item=item_id,
                           hint="sync with the shared library first")
    target = version or versions[-1]
    entry = activate(kind, item_id, next((v for v in versions if same_version(v, target)),
                                         target))
    assert entry.active is not None
    return version_info(kind, item_id, entry.active)


def fetch_version(kind: Kind, item_id: str, version: str) -> VersionInfo:
    """Copy one particular version from the sources (an older one the PIC chose)."""
    trust = load_trust()
    last: StudioError | None = None
    for source in load_sources():
        try:
            found = [p for p in list_published(source.path)
                     if p.kind == kind and p.item_id == item_id and same_version(p.version,
                                                                                  version)]
        except OSError:
            continue
        for package in found:
            try:
                return _open_and_install(package, trust)
            except StudioError as exc:
                last = exc
    if last is not None:
        raise last
    raise LibraryError(f"version {version} of {item_id!r} is neither on this computer nor in a "
                       "library folder that can be reached", code="library.version_missing",
                       item=item_id, version=version,
                       hint="connect to the shared folder and try again")


def update_all() -> list[VersionInfo]:
    return [update(u.kind, u.item_id) for u in available_updates()]


def rollback(kind: Kind, item_id: str, to: str | None = None) -> VersionInfo:
    """Go back to the version used before (or ``to``), which must be in the local copy."""
    entry = load_state().entry(kind, item_id)
    if not entry.active:
        raise LibraryError(f"{item_id!r} is not in use from the shared library",
                           code="library.not_shared", item=item_id)
    versions = cached_versions(kind, item_id)
    if to is None:
        older = [v for v in versions if version_key(v) < version_key(entry.active)]
        if entry.previous and any(same_version(v, entry.previous) for v in versions):
            to = entry.previous
        elif older:
            to = older[-1]
        else:
            raise LibraryError(f"there is no earlier version of {item_id!r} on this computer",
                               code="library.no_previous", item=item_id,
                               hint="the version in use is the only one here")
    return update(kind, item_id, to)

"""The contract every fuzz target checks, and the files a case is made of.

A fuzz *case* is a set of input files (bytes by relative path) plus a few
JSON parameters (field values, a size). :func:`run_case` lays the files out
in a fresh folder, points the app's temporary and user-data folders inside
it, runs the target's action and checks the contract of issue 14:

* the action either works or raises the app's own error: a
  :class:`studio.errors.StudioError` with a code and a message (and, where the
  desktop app is installed, a code its error table can put into words);
* nothing is written outside the output folder (``out/``): the inputs are
  byte-for-byte the same, no file appears beside them, the temporary folder
  is empty again afterwards, the user-data folder untouched.

A hang is bounded by the app's own limits (sizes, counts, step budgets), not
by a clock here; the long runner (``tools/fuzz.py``) watches progress from
outside and keeps any case that stops making progress.

Anything else raises :class:`ContractViolation`, which carries the case so
the runner can keep it under ``tests/fuzz/regressions/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import StudioError

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
CASE_FILE = "case.json"
_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


@dataclass(frozen=True)
class Case:
    """Input files (relative path -> bytes) and JSON-able parameters."""

    files: Mapping[str, bytes]
    params: Mapping[str, Any] = field(default_factory=dict)

    def digest(self) -> str:
        h = hashlib.sha256()
        for name in sorted(self.files):
            h.update(name.encode("utf-8", "surrogatepass") + b"\0")
            h.update(hashlib.sha256(self.files[name]).digest())
        h.update(json.dumps(self.params, sort_keys=True, default=str).encode())
        return h.hexdigest()[:16]


@dataclass
class Workspace:
    """The folders one case runs in."""

    root: Path
    inputs: Path     # in/: the case's files
    out: Path        # out/: the only place the action may write
    tmp: Path        # the process's temporary folder during the action
    home: Path       # STUDIO_KONTEN_HOME during the action


@dataclass(frozen=True)
class Target:
    """One fuzz target: a strategy for cases and the action that feeds them to the app.

    ``action(ws, case)`` returns a short outcome label (``"ok"`` or a summary)
    and raises whatever the app raises.
    """

    name: str
    strategy: Any  # hypothesis SearchStrategy[Case]
    action: Callable[[Workspace, Case], str]
    ci_examples: int = 40


@dataclass(frozen=True)
class KnownIssue:
    """A crasher in code another change owns, recorded until that change fixes it.

    The fuzzers count a matching failure as ``known:<id>`` rather than stop on
    it again and again; its regression case replays it strictly (as an
    ``xfail(strict=True)``), so the day the owner fixes it the suite says so.
    """

    id: str
    target: str
    matches: Callable[[BaseException], bool]
    reason: str


# Failures the fuzzers know and that are not fixed yet (none now: the export
# engine's planner turns an over-long media name into that input's error).
KNOWN_ISSUES: tuple[KnownIssue, ...] = ()


def known_issue(target: str, exc: BaseException) -> KnownIssue | None:
    return next((k for k in KNOWN_ISSUES if k.target == target and k.matches(exc)), None)


class ContractViolation(AssertionError):
    """The app broke the contract on a case; ``case`` reproduces it."""

    def __init__(self, target: str, case: Case, detail: str) -> None:
        super().__init__(f"[{target}] {detail}")
        self.target = target
        self.case = case
        self.detail = detail


# -- the app's error codes ---------------------------------------------------------------------

def check_error(exc: StudioError) -> str | None:
    """What is wrong with an app error as a user would meet it (None: nothing).

    The code must be one the app declares (``studio.errors.ERROR_CODES``: the
    GUI has words for each in both languages, a test holds them together) and
    the error must carry the params those words use; otherwise the desktop app
    could only show its generic words.
    """
    from studio.errors import ERROR_CODES

    code = getattr(exc, "code", None)
    if not isinstance(code, str) or not _CODE.match(code):
        return f"error code {code!r} is not a stable code"
    message = getattr(exc, "message", "")
    if not isinstance(message, str) or not message.strip():
        return f"{code}: empty message"
    try:
        exc.one_line()
    except Exception as inner:
        return f"{code}: one_line() raised {type(inner).__name__}: {inner}"
    if code not in ERROR_CODES:
        return f"{code}: not a declared error code (studio.errors.ERROR_CODES)"
    missing = sorted(set(ERROR_CODES[code]) - set(exc.params))
    if missing:
        return f"{code}: raised without the param(s) its words use: {', '.join(missing)}"
    return None


# -- the folder snapshot --------------------------------------------------------------------

def snapshot(folder: Path) -> dict[str, tuple[str, str]]:
    """Every entry under ``folder``: kind and content hash (files) by relative path."""
    result: dict[str, tuple[str, str]] = {}
    if not folder.exists():
        return result
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        for name in dirnames:
            path = base / name
            result[path.relative_to(folder).as_posix()] = (
                "link" if path.is_symlink() else "dir", "")
        for name in filenames:
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                result[rel] = ("link", os.readlink(path))
            else:
                result[rel] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
    return result


def _diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    changes = []
    for name in sorted(set(before) | set(after)):
        if name not in after:
            changes.append(f"removed {name}")
        elif name not in before:
            changes.append(f"created {name}")
        elif before[name] != after[name]:
            changes.append(f"changed {name}")
    return changes


# -- laying out and running a case -------------------------------------------------------------

def materialise(case: Case, folder: Path) -> None:
    """Write the case's files under ``folder`` (names are checked to stay inside it)."""
    for name, data in case.files.items():
        rel = Path(*[p for p in name.split("/") if p not in ("", ".", "..")])
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@contextmanager
def workspace(base: Path | None = None) -> Iterator[Workspace]:
    root = Path(tempfile.mkdtemp(prefix="fuzz-", dir=base))
    ws = Workspace(root=root, inputs=root / "in", out=root / "out", tmp=root / "tmp",
                   home=root / "home")
    for folder in (ws.inputs, ws.out, ws.tmp, ws.home):
        folder.mkdir()
    try:
        yield ws
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def _confined(ws: Workspace) -> Iterator[None]:
    """Temporary files and the user-data folder inside the workspace for the action."""
    saved_tempdir = tempfile.tempdir
    saved_home = os.environ.get("STUDIO_KONTEN_HOME")
    tempfile.tempdir = str(ws.tmp)
    os.environ["STUDIO_KONTEN_HOME"] = str(ws.home)
    try:
        yield
    finally:
        tempfile.tempdir = saved_tempdir
        if saved_home is None:
            os.environ.pop("STUDIO_KONTEN_HOME", None)
        else:
            os.environ["STUDIO_KONTEN_HOME"] = saved_home


def run_case(target: Target, case: Case, base: Path | None = None, *,
             strict: bool = False) -> str:
    """Run ``case`` through ``target`` and check the contract.

    Returns the outcome: ``"ok"``/the action's label when it worked, else the
    app error's code (``known:<id>`` for a :data:`KNOWN_ISSUES` failure unless
    ``strict``). Raises :class:`ContractViolation` otherwise.
    """
    with workspace(base) as ws:
        materialise(case, ws.inputs)
        before = {"in": snapshot(ws.inputs), "home": snapshot(ws.home)}
        outcome: str
        try:
            with _confined(ws):
                outcome = target.action(ws, case)
        except StudioError as exc:
            problem = check_error(exc)
            if problem is not None:
                raise ContractViolation(target.name, case, problem) from exc
            outcome = exc.code
        except ContractViolation:
            raise
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            known = None if strict else known_issue(target.name, exc)
            if known is not None:
                return f"known:{known.id}"
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            raise ContractViolation(target.name, case,
                                    f"not an app error: {detail[:500]}") from exc
        after = {"in": snapshot(ws.inputs), "home": snapshot(ws.home)}
        leftovers = sorted(p.name for p in ws.tmp.iterdir())
        others = sorted(p.name for p in ws.root.iterdir()
                        if p.name not in ("in", "out", "tmp", "home"))
        problems = [f"in/: {c}" for c in _diff(before["in"], after["in"])]
        problems += [f"user data: {c}" for c in _diff(before["home"], after["home"])]
        problems += [f"temporary folder: left {name}" for name in leftovers]
        problems += [f"beside the output folder: {name}" for name in others]
        if problems:
            raise ContractViolation(target.name, case,
                                    "wrote outside the output folder: "
                                    + "; ".join(problems[:8]))
        return outcome


# -- regression cases on disk ----------------------------------------------------------------

def save_case(target: str, case: Case, *, detail: str, expect: str | None = None,
              xfail: str | None = None, folder: Path = REGRESSIONS) -> Path:
    """Keep ``case`` as ``regressions/<target>/<digest>/`` (``files/`` + case.json)."""
    where = folder / target / case.digest()
    where.mkdir(parents=True, exist_ok=True)
    # The files keep their names (the targets choose plain ones), so a person can
    # open the input that broke the app.
    materialise(case, where / "files")
    meta: dict[str, Any] = {"target": target, "files": sorted(case.files),
                            "params": dict(case.params),
                            "found": detail[:2000]}
    if expect is not None:
        meta["expect"] = expect
    if xfail is not None:
        meta["xfail"] = xfail
    (where / CASE_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return where


def load_case(where: Path) -> tuple[str, Case, dict[str, Any]]:
    """(target name, case, metadata) of a kept regression case."""
    meta = json.loads((where / CASE_FILE).read_text(encoding="utf-8"))
    files = {name: (where / "files" / name).read_bytes() for name in meta["files"]}
    return meta["target"], Case(files=files, params=meta.get("params", {})), meta


def regression_cases(folder: Path = REGRESSIONS) -> list[Path]:
    return sorted(p.parent for p in folder.glob(f"*/*/{CASE_FILE}"))

"""One-command setup for Studio Konten Cimahi, on Windows, macOS and Linux.

    python dev.py run      set up .venv (first time only) and open the app
    python dev.py test     set up .venv with the test tools and run every check
    python dev.py cli ...  run the command line inside .venv (python main.py ...)

``test`` runs ruff, the import-linter contracts, mypy on the core, and pytest.
The core's tests (``tests/studio``) run in a second environment, ``.venv-core``,
which has every dependency but PySide6: the core must stand alone, so they are
run where Qt cannot be imported at all. The GUI's tests run in ``.venv``. Given
test paths (``python dev.py test tests/gui/test_flow.py -x``), pytest runs just
those, in ``.venv``.

It uses only the standard library so it works on a fresh Python 3.11+. The
virtual environments are reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CORE_VENV = ROOT / ".venv-core"
CORE_TESTS = "tests/studio"
# What the core-only environment leaves out, and the test tools its tests need.
QT_PACKAGES = re.compile(r"^(pyside6|shiboken6)", re.IGNORECASE)
CORE_TEST_TOOLS = ("pytest", "hypothesis")


def _venv_python(folder: Path) -> Path:
    if os.name == "nt":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def _create(folder: Path) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - users may run an older Python
        sys.exit("Studio Konten Cimahi needs Python 3.11 or newer.")
    python = _venv_python(folder)
    if not python.exists():
        print(f"Creating the virtual environment in {folder.name} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(folder)
    return python


def _stamp(folder: Path, name: str) -> Path:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    return folder / f".installed-{name}-{digest}"


def _pip(python: Path, *args: str) -> None:
    """``pip install``, showing one short line per package as it goes (a first install
    downloads a few hundred megabytes: minutes with nothing on screen look like a hang).
    The full pip output is shown only if the install fails."""
    cmd = [str(python), "-m", "pip", "install", "--progress-bar", "off",
           "--disable-pip-version-check", *args]
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, encoding="utf-8", errors="replace", bufsize=1)
    log: list[str] = []
    seen = 0
    assert process.stdout is not None
    for line in process.stdout:
        log.append(line)
        shown = _progress_line(line)
        if shown is None:
            continue
        if shown.startswith("+"):
            seen += 1
            shown = f"  [{seen}] {shown[1:]}"
        print(shown, flush=True)
    if process.wait() != 0:
        sys.stdout.write("".join(log))
        raise subprocess.CalledProcessError(process.returncode, cmd)


def _progress_line(line: str) -> str | None:
    """What to show of one line of pip's output ("+name" for a package), or None."""
    line = line.strip()
    if line.startswith("Collecting ") or line.startswith("Obtaining "):
        name = line.split(" ", 1)[1].split(" (", 1)[0]
        return f"+{name}"
    if line.startswith("Downloading "):
        parts = line.split()
        size = " ".join(parts[2:]).strip("()")
        return f"      downloading {size}" if size else None
    if line.startswith("Installing collected packages:"):
        count = len(line.split(":", 1)[1].split(","))
        return f"  Installing {count} packages (this can take a minute or two) ..."
    if line.startswith("Successfully installed"):
        return "  Done."
    if line.startswith("ERROR") or line.startswith("error:"):
        return line
    return None


def _ensure_venv(extras: str) -> Path:
    python = _create(VENV)
    stamp = _stamp(VENV, extras or "app")
    if not stamp.exists():
        print("Installing dependencies (first run only; a few minutes, a few hundred MB) ...",
              flush=True)
        _pip(python, "-e", f".[{extras}]" if extras else ".")
        stamp.touch()
    return python


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0]


def _ensure_core_venv() -> Path:
    """``.venv-core``: the core's dependencies and test tools, without PySide6."""
    import tomllib

    python = _create(CORE_VENV)
    stamp = _stamp(CORE_VENV, "core")
    if not stamp.exists():
        print("Installing the core-only environment, without Qt (first run only) ...",
              flush=True)
        project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        wanted = [r for r in project["dependencies"]
                  if not QT_PACKAGES.match(_requirement_name(r))]
        wanted += [r for r in project["optional-dependencies"]["test"]
                   if _requirement_name(r) in CORE_TEST_TOOLS]
        _pip(python, *wanted)
        _pip(python, "--no-deps", "-e", ".")
        stamp.touch()
    return python


def _run(cmd: list[str], env: dict[str, str]) -> int:
    program = Path(cmd[0])
    shown = program.name if program.parent.parent == VENV else \
        f"{program.parent.parent.name}/{program.parent.name}/{program.name}"
    print("$", " ".join([shown, *cmd[1:]]), flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def _names_tests(args: list[str]) -> bool:
    """True when the pytest arguments name test files or folders."""
    return any(not a.startswith("-") and (ROOT / a.split("::", 1)[0]).exists() for a in args)


def _test(args: list[str]) -> int:
    python = _ensure_venv("test")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    lint_imports = python.parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
    steps = [
        ([str(python), "-m", "ruff", "check", "."], env),
        # The contracts, without import-linter's banner.
        ([str(lint_imports), "--no-logo", "pyproject.toml"], env),
        ([str(python), "-m", "mypy"], env),
    ]
    if _names_tests(args):
        steps.append(([str(python), "-m", "pytest", *args], env))
    else:
        core = _ensure_core_venv()
        steps.append(([str(python), "-m", "pytest", "--ignore", CORE_TESTS, *args], env))
        # The core's tests where PySide6 is not installed: proof that it stands alone.
        steps.append(([str(core), "-m", "pytest", CORE_TESTS, *args],
                      dict(env, STUDIO_CORE_ONLY="1")))
    for cmd, step_env in steps:
        code = _run(cmd, step_env)
        if code != 0:
            return code
    return 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    if command in ("run", "cli"):
        python = _ensure_venv("")
        return subprocess.run([str(python), "main.py", *argv[1:]], cwd=ROOT).returncode
    if command == "test":
        return _test(argv[1:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

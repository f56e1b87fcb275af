"""One-command setup for Studio Konten Cimahi, on Windows, macOS and Linux.

    python dev.py run      set up .venv (first time only) and open the app
    python dev.py test     set up .venv with the test tools and run every check
    python dev.py cli ...  run the command line inside .venv (python main.py ...)

It uses only the standard library so it works on a fresh Python 3.11+. The
virtual environment is reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _ensure_venv(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - users may run an older Python
        sys.exit("Studio Konten Cimahi needs Python 3.11 or newer.")
    python = _venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".installed-{extras or 'app'}-{digest}"
    if not stamp.exists():
        print("Installing dependencies (first run only) ...", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "-e", target],
            cwd=ROOT, check=True,
        )
        stamp.touch()
    return python


def _run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    if command == "run":
        python = _ensure_venv("")
        return _run([str(python), "main.py", *argv[1:]])
    if command == "cli":
        python = _ensure_venv("")
        return _run([str(python), "main.py", *argv[1:]])
    if command == "test":
        python = _ensure_venv("test")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        steps = [
            [str(python), "-m", "ruff", "check", "."],
            [str(python.parent / ("lint-imports.exe" if os.name == "nt" else "lint-imports")),
             "--config", "pyproject.toml"],
            [str(python), "-m", "pytest", *argv[1:]],
        ]
        for step in steps:
            print("$", " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)),
                  flush=True)
            code = _run(step, env)
            if code != 0:
                return code
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

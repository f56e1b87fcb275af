"""Regenerate the app's translation files: .ts sources from the code, .qm from the .ts.

    python tools/update_translations.py          update gui/i18n/*.ts and compile *.qm
    python tools/update_translations.py --check  fail if a string is new or untranslated,
                                                 or a .qm is not compiled from its .ts

Source strings are English (``self.tr``/``QCoreApplication.translate`` in
``gui/``). ``studio_id.ts`` carries the Indonesian of the app and
``designer_id.ts`` that of the designer's tools (``gui/designer/``) — edit them
in Qt Linguist, ``pyside6-linguist``, or any text editor; ``studio_en.ts`` only
the English plural forms (``-pluralonly``). ``qtbase_id.ts`` is kept by hand:
Qt's own strings (standard buttons, the text-field menu) that Qt does not
translate into Indonesian. ``gui/i18n.py`` loads them all for a language.

Uses ``pyside6-lupdate``/``pyside6-lrelease`` from the virtual environment
(PySide6-Essentials ships them), falling back to ``lupdate``/``lrelease``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"
I18N = GUI / "i18n"
# catalogue -> (language, plural forms only, the part of gui/ it covers)
CATALOGUES = {
    "studio_id": ("id", False, "app"),
    "studio_en": ("en", True, "app"),  # plural forms only
    "designer_id": ("id", False, "designer"),
}
# The packages with a catalogue of their own; the app's covers the rest of gui/.
PARTS = ("designer",)
HAND_KEPT = ("qtbase_id",)


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe",
                      here / "Scripts" / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return found
    sys.exit(f"cannot find pyside6-{name} or {name}: pip install PySide6-Essentials")


def sources(part: str) -> list[Path]:
    files = []
    for path in sorted(GUI.rglob("*.py")):
        relative = path.relative_to(GUI)
        top = relative.parts[0] if len(relative.parts) > 1 else ""
        if (top if top in PARTS else "app") == part:
            files.append(path)
    return files


def lupdate(ts: Path, language: str, plural_only: bool, part: str) -> None:
    args = [tool("lupdate"), *[str(p) for p in sources(part)], "-ts", str(ts),
            "-source-language", "en", "-target-language", language, "-no-obsolete",
            "-locations", "relative"]
    if plural_only:
        args.append("-pluralonly")
    subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def lrelease(ts: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> the message element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def unfinished(ts: Path) -> list[str]:
    problems = []
    for (context, source, _), message in messages(ts).items():
        translation = message.find("translation")
        if translation is None:
            continue
        kind = translation.get("type", "")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if kind in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{ts.name}: [{context}] {source!r}")
    return problems


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (language, plural_only, part) in CATALOGUES.items():
            current = I18N / f"{name}.ts"
            if not current.exists():
                problems.append(f"{current.name} is missing")
                continue
            fresh = Path(tmp) / current.name
            shutil.copy(current, fresh)
            lupdate(fresh, language, plural_only, part)
            new = set(messages(fresh)) - set(messages(current))
            problems += [f"{current.name}: not in the .ts yet: [{c}] {s!r}" for c, s, _ in new]
            problems += unfinished(fresh)
        # The compiled .qm must be what lrelease makes of the .ts today (lrelease is
        # deterministic), so a catalogue edited without recompiling is caught.
        for name in (*CATALOGUES, *HAND_KEPT):
            ts, qm = I18N / f"{name}.ts", I18N / f"{name}.qm"
            if not ts.exists():
                continue
            compiled = Path(tmp) / qm.name
            subprocess.run([tool("lrelease"), str(ts), "-qm", str(compiled)],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
            if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
                problems.append(f"{qm.name} is not compiled from the current {ts.name}")
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s): run tools/update_translations.py and translate "
              "the new strings in gui/i18n/studio_id.ts and designer_id.ts")
        return 1
    print("translations are complete")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check; fail when strings are missing or untranslated")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    I18N.mkdir(exist_ok=True)
    for name, (language, plural_only, part) in CATALOGUES.items():
        lupdate(I18N / f"{name}.ts", language, plural_only, part)
    for name in (*CATALOGUES, *HAND_KEPT):
        ts = I18N / f"{name}.ts"
        if ts.exists():
            lrelease(ts)
    todo = [line for name in CATALOGUES for line in unfinished(I18N / f"{name}.ts")]
    for line in todo:
        print("untranslated:", line)
    print(f"updated {len(CATALOGUES)} catalogue(s); {len(todo)} string(s) to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())

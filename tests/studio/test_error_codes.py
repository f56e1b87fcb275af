"""Every code the core (and the GUI) raises is in the one list, with the params it passes.

The list in :mod:`studio.errors` is what the GUI's words are held against
(``tests/gui/test_error_messages.py``); here the source is held against the
list, by reading it: a raise with a code the list lacks, or without a param the
list promises, fails this test before any user meets an untranslated message.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import studio
from studio import errors
from studio.errors import ERROR_CODES, ERROR_FAMILIES, PROBLEM_CODES, WARNING_CODES

ROOT = Path(studio.__file__).resolve().parent.parent
# A code is "family.name"; strings that look alike but name files are not codes.
CODE = re.compile(r"^([a-z]+)\.([a-z][a-z_]*[a-z])$")
FILE_SUFFIXES = {"toml", "txt", "json", "csv", "xlsx", "zip", "png", "jpg", "srt", "ics", "md",
                 "qm", "ts", "py", "mp4", "log", "lock"}
# Keyword arguments of StudioError that are not params.
NOT_PARAMS = {"code", "path", "hint"}


def _sources(*packages: str) -> list[Path]:
    return sorted(p for package in packages for p in (ROOT / package).rglob("*.py"))


def _calls_with_code(path: Path) -> list[tuple[int, str, set[str]]]:
    """(line, code, keyword names) of every call that passes a literal ``code=``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        for keyword in node.keywords:
            if keyword.arg == "code" and isinstance(keyword.value, ast.Constant) \
                    and isinstance(keyword.value.value, str):
                names = {k.arg for k in node.keywords if k.arg is not None} - NOT_PARAMS
                # **params passes names we cannot see: trust the caller.
                if any(k.arg is None for k in node.keywords):
                    names |= set(ERROR_CODES.get(keyword.value.value, ()))
                found.append((node.lineno, keyword.value.value, names))
    return found


def _code_like_strings(path: Path) -> list[tuple[int, str]]:
    """Every string constant shaped like a code of a known family (tables, helpers)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = CODE.match(node.value)
            if match and match.group(1) in ERROR_FAMILIES \
                    and match.group(2) not in FILE_SUFFIXES:
                found.append((node.lineno, node.value))
    return found


def test_every_literal_code_is_listed_with_its_params():
    problems = []
    for path in _sources("studio", "gui"):
        for line, code, names in _calls_with_code(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if code not in ERROR_CODES:
                problems.append(f"{where}: {code!r} is not in studio.errors.ERROR_CODES")
                continue
            missing = set(ERROR_CODES[code]) - names
            if missing:
                problems.append(f"{where}: {code!r} raised without {sorted(missing)}")
    assert not problems, "\n".join(problems)


def test_codes_passed_through_helpers_and_tables_are_listed():
    # Codes handed to a helper (``_bulk_error(..., "bulk.empty")``) or kept in a table.
    known = set(ERROR_CODES) | set(PROBLEM_CODES)
    problems = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
                for path in _sources("studio") if path.name != "errors.py"
                for line, text in _code_like_strings(path) if text not in known]
    assert not problems, "codes missing from studio.errors:\n" + "\n".join(problems)


def test_codes_built_from_parts_have_listed_codes():
    # f"project.media_{kind}": some listed code must start with the fixed part.
    problems = []
    for path in _sources("studio"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr) or not node.values:
                continue
            first = node.values[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            prefix = first.value
            family = prefix.split(".", 1)[0]
            if "." in prefix and family in ERROR_FAMILIES and " " not in prefix \
                    and not any(code.startswith(prefix) for code in ERROR_CODES):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {prefix!r}…")
    assert not problems, "\n".join(problems)


def test_every_error_class_code_is_a_family():
    classes = [obj for obj in vars(errors).values()
               if isinstance(obj, type) and issubclass(obj, errors.StudioError)]
    assert {cls.code for cls in classes} <= set(ERROR_FAMILIES) | set(ERROR_CODES)
    assert {code.split(".", 1)[0] for code in ERROR_CODES if "." in code} <= set(ERROR_FAMILIES)


def test_problems_and_warnings_use_listed_codes():
    from studio.template import problems

    text = Path(problems.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'Problem\([^,]+,\s*"([a-z_.]+)"', text))
    used |= {"brand.missing_color", "color.invalid"}  # returned by _check_colour
    assert used <= set(PROBLEM_CODES), used - set(PROBLEM_CODES)
    warning_codes = set()
    for path in _sources("studio"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "RenderWarning" \
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
                warning_codes.add(node.args[1].value)
    assert warning_codes and warning_codes <= set(WARNING_CODES)

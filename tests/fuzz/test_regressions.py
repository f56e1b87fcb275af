"""Every crasher the fuzzers found, replayed: it must now work or end in the app's error.

Cases live in ``tests/fuzz/regressions/<target>/<digest>/`` (the input files
under ``files/`` and ``case.json``). ``expect`` pins the outcome the fix gave
(``"ok"``-like labels are not pinned, an error code is); ``xfail`` marks a
crasher in code another change owns, recorded here until it is fixed there.
"""

from __future__ import annotations

import pytest

from tests.fuzz.harness import load_case, regression_cases, run_case
from tests.fuzz.targets import all_targets

CASES = regression_cases()


def _param(where):
    target, _case, meta = load_case(where)
    marks = [pytest.mark.xfail(strict=True, reason=meta["xfail"])] if meta.get("xfail") else []
    return pytest.param(where, id=f"{target}/{where.name}", marks=marks)


@pytest.mark.parametrize("where", [_param(w) for w in CASES])
def test_regression(where, tmp_path):
    name, case, meta = load_case(where)
    outcome = run_case(all_targets()[name], case, base=tmp_path, strict=True)
    if "expect" in meta:
        assert outcome == meta["expect"]


def test_regressions_are_kept():
    # The folder exists and every case names a target that still exists.
    names = set(all_targets())
    assert all(load_case(w)[0] in names for w in CASES)


@pytest.mark.parametrize("where", [w for w in CASES if w.parent.name == "package"],
                         ids=lambda w: w.name)
def test_package_cases_as_brand_kit_archives(where, tmp_path):
    # Brand kits travel as packages too and unpack with the same code (extract_archive).
    from studio.errors import StudioError
    from studio.template.package import extract_archive

    _name, case, _meta = load_case(where)
    archive = tmp_path / "paket.zip"
    archive.write_bytes(case.files["paket.zip"])
    try:
        extract_archive(archive, tmp_path / "kit")
    except StudioError as exc:
        assert exc.code.startswith("package.")

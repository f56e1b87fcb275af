"""The short fuzz run of every target (part of the default test run).

Each target runs a fixed, derandomised set of examples (a few hundred in
all), so the suite stays fast and gives the same answer every time; the long,
random run is ``python tools/fuzz.py --minutes N`` (see docs/fuzzing.md).
Every example must work or end in the app's own error, and write nothing
outside its output folder (see tests/fuzz/harness.py).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.harness import run_case
from tests.fuzz.targets import all_targets

TARGETS = all_targets()

# Hypothesis' own clock (deadline) is off: the contract bounds work by the
# app's limits, and a busy shared machine must not fail a slow example.
_CI = dict(deadline=None, derandomize=True, database=None, print_blob=True,
           suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_short(name, tmp_path):
    target = TARGETS[name]

    @settings(max_examples=target.ci_examples, **_CI)
    @given(case=target.strategy)
    def check(case):
        run_case(target, case, base=tmp_path)

    check()

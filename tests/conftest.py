"""Shared test setup: no test touches the real user folders, Qt runs offscreen."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (a fresh clone's first run is
# the run that counts); exploring new draws is the fuzzers' long run, by hand.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("STUDIO_HYPOTHESIS", "repeatable"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pytest-qt's binding, set here rather than in pyproject.toml: the core's tests also
# run where pytest-qt (and Qt) are not installed, and an unknown option would warn.
os.environ.setdefault("PYTEST_QT_API", "pyside6")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("studio-home")
    monkeypatch.setenv("STUDIO_KONTEN_HOME", str(home))
    yield home
    # A test that ran the command line set up the support log in its home: let it go.
    from studio.support import close_logging

    close_logging()

"""Shared test setup: no test touches the real user folders, Qt runs offscreen."""

from __future__ import annotations

import os

import pytest

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

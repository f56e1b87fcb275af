"""Shared test setup: no test touches the real user folders, Qt runs offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("studio-home")
    monkeypatch.setenv("STUDIO_KONTEN_HOME", str(home))
    return home

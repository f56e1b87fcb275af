"""Designer GUI tests: offscreen Qt, a user folder of their own, no dialog ever waits."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest


@pytest.fixture(autouse=True)
def designer_home(tmp_path_factory, monkeypatch):
    """STUDIO_KONTEN_HOME in a temp folder: templates/ and branding/ of this test only."""
    home = tmp_path_factory.mktemp("designer-home")
    monkeypatch.setenv("STUDIO_KONTEN_HOME", str(home))
    return home


@pytest.fixture
def resources(qapp, designer_home, monkeypatch):
    """The app's resources, fresh; every window is closed and every worker stopped after."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from gui import operations
    from gui.designer import brand_editor, dialogs, open_windows
    from gui.resources import app_resources, set_app_resources

    # A test that leaves unsaved changes must not block on a question.
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    set_app_resources(None)
    shared = app_resources()
    yield shared
    windows = open_windows()
    if brand_editor._instance is not None:
        windows.append(brand_editor._instance)
    for window in windows:
        window.close()
    # Windows delete themselves on close; let that happen while they are still referenced.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    operations.shutdown()
    qapp.processEvents()
    set_app_resources(None)

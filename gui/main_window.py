"""The main window: menus, shortcuts and the screens it switches between.

The window stays thin: it owns the :class:`~gui.session.EventSession`, a stack
of screens (the start screen, the production view — and whatever the
designer's tools and the content calendar add through
:meth:`MainWindow.add_screen` and :meth:`MainWindow.add_menu`), the actions with
their shortcuts, and the desktop manners around an event file: recent events,
the unsaved-change question on close, window geometry.

Each screen package in ``EXTENSIONS`` (the shared library, the designer's
tools, the content calendar) has ``install(window: MainWindow)``, called once
at start; it may add screens, menus (placed before Help) and start-screen
panels without editing this file. They share the session's
:class:`~gui.resources.Resources`, so nothing here carries their changes across.

A screen not on show at start (the content calendar) may be added as a factory
(:meth:`MainWindow.add_screen_factory`): it is built, and its modules imported,
the first time it is shown or asked for by name, so the window opens without
them. The dialogs of the menus (settings, about, the guide) are imported when
opened, for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from gui import calendar as content_calendar
from gui import designer, dialogs
from gui import library as shared_library
from gui.app_settings import AppSettings
from gui.labels import untitled
from gui.production.view import ProductionView
from gui.recovery import AutoSaver, offer_recovery
from gui.sample_event import sample_project
from gui.session import EventSession
from gui.start_screen import StartScreen
from studio.errors import StudioError
from studio.paths import user_data_dir

# Screens with install(window) called once at start. The shared library first: the
# designer's tools find its controller.
EXTENSIONS = (shared_library, designer, content_calendar)


class MainWindow(QMainWindow):
    def __init__(self, session: EventSession, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        session.setParent(self)
        self.settings = settings
        self._screens: dict[str, QWidget] = {}
        # Screens not built yet: name -> (factory, attribute the built screen is kept in).
        self._screen_factories: dict[str, tuple[Callable[[], QWidget], str | None]] = {}
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)

        self.start = StartScreen(settings.recent_events())
        self.start.newRequested.connect(self.new_event)
        self.start.openRequested.connect(self.open_event)
        self.start.sampleRequested.connect(self.open_sample)
        self.start.recentRequested.connect(self.open_event_file)
        self.production = ProductionView(session, settings)
        self.add_screen("start", self.start)
        self.add_screen("production", self.production)

        self._build_actions()
        self._build_menus()
        self._status_label = QLabel()
        self.statusBar().addPermanentWidget(self._status_label)

        # Unsaved changes are kept in a recovery file until saved or discarded.
        self.autosaver = AutoSaver(session, self)
        session.dirtyChanged.connect(self._on_dirty_changed)
        session.pathChanged.connect(self._on_path_changed)
        session.fieldChanged.connect(self._on_field_changed)
        session.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        session.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.production.export.runningChanged.connect(self._on_export_running_changed)

        self._retranslate()
        self.show_screen("start")
        for extension in EXTENSIONS:
            extension.install(self)
        if not settings.restore_window(self):
            self.resize(1440, 900)
        problems = session.resources.library.problems
        if problems:
            self.statusBar().showMessage(
                self.tr("%n template(s) could not be loaded", "", len(problems)), 10000)

    # -- screens -------------------------------------------------------------------------------
    def add_screen(self, name: str, widget: QWidget) -> None:
        self._screen_factories.pop(name, None)
        self._screens[name] = widget
        self.stack.addWidget(widget)

    def add_screen_factory(self, name: str, factory: Callable[[], QWidget],
                           attribute: str | None = None) -> None:
        """A screen built by ``factory()`` when first shown or asked for (:meth:`screen`),
        not at start. With ``attribute``, reading ``window.<attribute>`` builds it too
        (and returns it)."""
        self._screen_factories[name] = (factory, attribute)

    def screen(self, name: str) -> QWidget:
        """The screen called ``name``, built now if it was added as a factory."""
        if name not in self._screens and name in self._screen_factories:
            factory, attribute = self._screen_factories.pop(name)
            widget = factory()
            self.add_screen(name, widget)
            if attribute:
                setattr(self, attribute, widget)
        return self._screens[name]

    def is_screen_built(self, name: str) -> bool:
        return name in self._screens

    def __getattr__(self, name: str):
        # Only called when ordinary lookup fails: a lazy screen's attribute builds it.
        factories = self.__dict__.get("_screen_factories", {})
        for screen_name, (_factory, attribute) in list(factories.items()):
            if attribute == name:
                return self.screen(screen_name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def show_screen(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screen(name))
        in_production = name == "production"
        for action in (self.save_action, self.save_as_action, self.export_action,
                       self.guides_action):
            action.setEnabled(in_production)
        self._update_title()

    def current_screen(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, w in self._screens.items() if w is widget)

    def add_menu(self, menu: QMenu) -> None:
        """Add a menu before Help (used by the designer's tools)."""
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)

    def leave_production(self) -> bool:
        """Ask about unsaved changes before another screen replaces the event (extensions)."""
        return self.current_screen() != "production" or self._confirm_discard()

    # -- actions -------------------------------------------------------------------------------
    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("actionNew", self.new_event, QKeySequence(keys.New))
        self.open_action = self._action("actionOpen", self.open_event, QKeySequence(keys.Open))
        self.sample_action = self._action("actionSample", self.open_sample)
        self.save_action = self._action("actionSave", self.save_event, QKeySequence(keys.Save))
        self.save_as_action = self._action("actionSaveAs", self.save_event_as,
                                           QKeySequence("Ctrl+Shift+S"))
        self.export_action = self._action("actionExport", self.export,
                                          QKeySequence("Ctrl+E"))
        self.home_action = self._action("actionHome", self.go_home)
        self.quit_action = self._action("actionQuit", self.close, QKeySequence(keys.Quit))
        self.undo_action = self._action("actionUndo", self.session.undo_stack.undo,
                                        QKeySequence(keys.Undo))
        self.redo_action = self._action("actionRedo", self.session.undo_stack.redo,
                                        [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.settings_action = self._action("actionSettings", self.show_settings,
                                            QKeySequence("Ctrl+,"))
        self.guides_action = self._action("actionGuides", self._on_guides_triggered,
                                          QKeySequence("Ctrl+G"))
        self.guides_action.setCheckable(True)
        self.guides_action.setChecked(True)
        self.production.preview.guides.toggled.connect(self.guides_action.setChecked)
        self.guide_action = self._action("actionGuide", self.open_guide,
                                         QKeySequence(keys.HelpContents))
        self.about_action = self._action("actionAbout", self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        for action in (self.new_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.sample_action)
        self.file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.home_action)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        for action in (self.undo_action, self.redo_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.guides_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_events()
        for path in paths:
            action = self.recent_menu.addAction(path.name.removesuffix(".kegiatan.toml"))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_event_file(p))
        if paths:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(self._on_clear_recent_triggered)
        self.recent_menu.setEnabled(bool(paths))
        self.start.set_recent(paths)

    def _on_clear_recent_triggered(self) -> None:
        self.settings.clear_recent_events()
        self._rebuild_recent_menu()

    # -- events (files) ------------------------------------------------------------------------
    def _confirm_discard(self) -> bool:
        """True when the current event may be replaced (saved or discarded by choice)."""
        if self.production.export.is_running:
            if not dialogs.ask_stop_export(self):
                return False
            self.production.export.cancel_export()
        if not self.session.is_dirty or self.current_screen() != "production":
            return True
        answer = dialogs.ask_save_changes(self, self.session.display_name() or untitled())
        if answer == "save":
            return self.save_event()
        return answer == "discard"

    def new_event(self) -> None:
        if not self._confirm_discard():
            return
        self.session.new_event(output_base=self.settings.last_folder("output"))
        self.show_screen("production")
        self.production.form.setFocus()

    def open_sample(self) -> None:
        if not self._confirm_discard():
            return
        output = user_data_dir() / "hasil-contoh"
        try:
            project = sample_project(output)
        except (StudioError, OSError) as exc:
            error = exc if isinstance(exc, StudioError) else StudioError(str(exc))
            dialogs.show_error(self, self.tr("Sample event"), error)
            return
        self.session.adopt(project, dirty=False)
        self.show_screen("production")

    def open_event(self) -> None:
        path = dialogs.choose_event_to_open(self, self.settings.last_folder("event"))
        if path is not None:
            self.open_event_file(path)

    def open_event_file(self, path: Path) -> bool:
        if not self._confirm_discard():
            return False
        try:
            project = self.session.open_event(Path(path))
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Open event"), exc)
            if exc.code == "project.not_found":
                self.settings.remove_recent_event(Path(path))
                self._rebuild_recent_menu()
            return False
        self.settings.add_recent_event(project.path)
        self.settings.set_last_folder("event", project.path.parent)
        self._rebuild_recent_menu()
        self.show_screen("production")
        missing = [p for p in project.problems if p.kind == "missing"]
        moved = [p for p in project.problems if p.kind == "moved"]
        if missing:
            self.statusBar().showMessage(self.tr("%n photo(s) or video(s) of this event are "
                                                 "missing", "", len(missing)), 15000)
        elif moved:
            self.statusBar().showMessage(self.tr("%n file(s) were found in a new place",
                                                 "", len(moved)), 10000)
        return True

    def save_event(self) -> bool:
        if self.session.path is None:
            return self.save_event_as()
        return self._save(None)

    def save_event_as(self) -> bool:
        folder = self.session.suggested_save_folder(self.settings.last_folder("event"))
        path = dialogs.choose_event_to_save(self, folder, self.session.suggested_file_name())
        if path is None:
            return False
        return self._save(path)

    def _save(self, path: Path | None) -> bool:
        try:
            saved = self.session.save(path)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Save event"), exc)
            return False
        self.settings.add_recent_event(saved)
        self.settings.set_last_folder("event", saved.parent)
        self._rebuild_recent_menu()
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(saved)), 6000)
        return True

    def export(self) -> None:
        if self.current_screen() != "production":
            return
        self.production.show_export()
        self.production.export.start_export()

    def go_home(self) -> None:
        if self.current_screen() == "production" and not self._confirm_discard():
            return
        self.show_screen("start")

    def offer_recovery(self) -> bool:
        """At start: offer back an event a crash left unsaved (True when one was restored)."""
        if self.session.is_dirty:
            return False
        restored = offer_recovery(self, self.session, self.autosaver)
        if restored:
            self.show_screen("production")
        return restored

    def keep_unsaved(self) -> None:
        """The app is going away without a clean close (the OS ending the session, an
        unexpected error): write the recovery file now."""
        self.autosaver.autosave_now(wait=True)

    # -- dialogs -------------------------------------------------------------------------------
    def show_settings(self) -> None:
        from gui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def show_about(self) -> None:
        from gui.about import AboutDialog

        AboutDialog(self).exec()

    def open_guide(self) -> None:
        """The user guide in the app's language, inside the app (F1)."""
        window = getattr(self, "guide_window", None)
        if window is None:
            from gui.help import GuideWindow

            window = GuideWindow(parent=self)
            self.guide_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_guides_triggered(self, checked: bool) -> None:
        self.production.preview.guides.setChecked(checked)

    # -- title and state -----------------------------------------------------------------------
    def _update_title(self) -> None:
        app = self.tr("Studio Konten Cimahi")
        if self.current_screen() == "production":
            name = self.session.display_name() or untitled()
            self.setWindowTitle(f"{name}[*] — {app}")
            self.setWindowModified(self.session.is_dirty)
        else:
            # No "[*]" in the title here: Qt would warn at every change of the event.
            self.setWindowModified(False)
            self.setWindowTitle(app)

    def _on_dirty_changed(self, _dirty: bool) -> None:
        self._update_title()

    def _on_path_changed(self, _path) -> None:
        self._update_title()

    def _on_field_changed(self, key: str) -> None:
        if key == "judul":
            self._update_title()

    def _on_export_running_changed(self, running: bool) -> None:
        self._status_label.setText(self.tr("Exporting…") if running else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_discard():
            event.ignore()
            return
        self.settings.save_window(self)
        self.autosaver.close()  # saved, or the changes were discarded by choice
        event.accept()

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_action: self.tr("&New event"),
            self.open_action: self.tr("&Open event…"),
            self.sample_action: self.tr("Try with the &sample"),
            self.save_action: self.tr("&Save"),
            self.save_as_action: self.tr("Save &as…"),
            self.export_action: self.tr("&Export all"),
            self.home_action: self.tr("Start screen"),
            self.quit_action: self.tr("&Quit"),
            self.undo_action: self.tr("&Undo"),
            self.redo_action: self.tr("&Redo"),
            self.settings_action: self.tr("&Settings…"),
            self.guides_action: self.tr("Safe-area &guides"),
            self.guide_action: self.tr("User &guide"),
            self.about_action: self.tr("&About Studio Konten Cimahi"),
        }
        for action, text in texts.items():
            action.setText(text)
        self._rebuild_recent_menu()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

"""The shared library window for PICs: updates with their change notes, refusals, rollback.

Shown on start when a sync found updates, and from the menu at any time. Each
update is one click ("Update"); each template from the shared library can go
back to the version used before; every refused package says who signed it and
why it was refused. Work runs through :class:`~gui.library.controller.LibraryController`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.error_messages import describe
from gui.library.controller import LibraryController
from gui.library.sources_panel import local_time
from gui.theme import flat_scroll, set_role
from studio.errors import StudioError
from studio.library.signing import Kind
from studio.library.sources import load_sources
from studio.library.store import BRAND_ID, cached_versions, load_state
from studio.library.sync import Update, version_info
from studio.library.versions import version_key


def _row(*widgets: QWidget, stretch_first: bool = True) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 and stretch_first else 0,
                         Qt.AlignmentFlag.AlignTop)
    return row


def _label(text: str, role: str | None = None, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(label, role)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LibraryDialog(QDialog):
    """Updates, refusals and versions of the shared library."""

    settingsRequested = Signal()

    def __init__(self, controller: LibraryController, library=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDialog")
        self.controller = controller
        self._library = library
        self.update_buttons: dict[tuple[str, str], QPushButton] = {}
        self.rollback_buttons: dict[tuple[str, str], QPushButton] = {}
        self._title = set_role(QLabel(), "title")
        self.status = _label("", "muted")
        self.body = QWidget()
        self._body_layout = QVBoxLayout(self.body)
        self._body_layout.setContentsMargins(0, 0, 8, 0)
        self._body_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        flat_scroll(scroll, self.body)
        self.message = _label("")
        self.check_button = QPushButton()
        self.settings_button = QPushButton()
        self.close_button = QPushButton()
        self.check_button.clicked.connect(self._on_check_clicked)
        self.settings_button.clicked.connect(self._on_settings_clicked)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        controller.syncStarted.connect(self._on_sync_started)
        controller.synced.connect(self._on_synced)
        controller.syncFailed.connect(self._on_failed)
        controller.changed.connect(self._on_changed)
        controller.changeFailed.connect(self._on_failed)
        self.resize(760, 600)
        self._retranslate()

    # -- content --------------------------------------------------------------------------
    def _name(self, kind: str, item_id: str) -> str:
        if kind == "brand":
            return self.tr("Brand kit")
        library = self._library
        if library is not None:
            for source in (library.templates, library.shadowed):
                if item_id in source and source[item_id].template.version:
                    return source[item_id].template.name
        return item_id

    def rebuild(self) -> None:
        while self._body_layout.count():
            item = self._body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone from the dialog now, deleted later
                widget.deleteLater()
        self.update_buttons.clear()
        self.rollback_buttons.clear()
        self._update_status()
        report = self.controller.report
        updates = self.controller.pending_updates()
        sections = 0
        if updates:
            sections += 1
            self._section(self.tr("Updates"))
            if len(updates) > 1:
                all_button = QPushButton(self.tr("Update all"))
                set_role(all_button, "primary")
                all_button.clicked.connect(self._on_update_all_clicked)
                self.update_buttons[("*", "*")] = all_button
                self._add(_row(_label(self.tr("%n update(s) are ready. Events you already made "
                                              "keep their versions until you update them.", "",
                                              len(updates)), "muted"), all_button))
            for upd in updates:
                self._add_update(upd)
        if report is not None and report.refusals:
            sections += 1
            self._section(self.tr("Refused"))
            for refusal in report.refusals:
                self._add_refusal(refusal)
        if report is not None and report.stale:
            for stale in report.stale:
                self._add(_label(self.tr("%1 %2 in %3 is older than version %4 in use; it was "
                                         "ignored.").replace("%1", self._name(stale.kind,
                                                                              stale.item_id))
                                 .replace("%2", stale.version).replace("%3", str(stale.source))
                                 .replace("%4", stale.in_use), "muted"))
        in_use = self._in_use()
        if in_use:
            sections += 1
            self._section(self.tr("In use from the shared library"))
            for kind, item_id, active, older in in_use:
                self._add_in_use(kind, item_id, active, older)
        if not sections:
            self._add(_label(self.tr("Nothing from the shared library yet."), "muted"))
        self._body_layout.addStretch(1)

    def _add(self, widget: QWidget) -> None:
        self._body_layout.addWidget(widget)

    def _section(self, title: str) -> None:
        if self._body_layout.count():
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            set_role(line, "separator")
            self._add(line)
        self._add(set_role(QLabel(title), "heading"))

    def _add_update(self, upd: Update) -> None:
        title = self.tr("%1: version %2 → %3").replace("%1", self._name(upd.kind, upd.item_id)) \
            .replace("%2", upd.current).replace("%3", upd.newest)
        lines = [f"<b>{_escape(title)}</b>"]
        for change in upd.changes:
            notes = _escape(change.notes) if change.notes else self.tr("(no change notes)")
            who = _escape(change.signer)
            lines.append(f"{_escape(change.version)} · {who}: {notes.replace(chr(10), '<br>')}")
        button = QPushButton(self.tr("Update"))
        button.clicked.connect(lambda _=False, k=upd.kind, i=upd.item_id: self.update_item(k, i))
        self.update_buttons[(upd.kind, upd.item_id)] = button
        self._add(_row(_label("<br>".join(lines), rich=True), button))

    def _add_refusal(self, refusal) -> None:
        name = self._name(refusal.kind, refusal.item_id) if refusal.kind != "trust" else \
            self.tr("Trust list")
        head = self.tr("%1 version %2 was refused.").replace("%1", name).replace(
            "%2", refusal.version)
        text = (f"<b>{_escape(head)}</b><br>{_escape(describe(refusal.error).sentence())}"
                f"<br><span style='color:#5B6B7B'>{_escape(str(refusal.path))}</span>")
        label = _label(text, "warning", rich=True)
        label.setObjectName("refusal")
        self._add(label)

    def _in_use(self) -> list[tuple[Kind, str, str, str | None]]:
        state = load_state()
        items: list[tuple[Kind, str, str, str | None]] = []
        entries: list[tuple[Kind, str]] = [("template", k) for k, e in
                                            sorted(state.templates.items()) if e.active]
        if state.brand.active:
            entries.append(("brand", BRAND_ID))
        for kind, item_id in entries:
            entry = state.entry(kind, item_id)
            assert entry.active is not None
            cached = cached_versions(kind, item_id)
            older = [v for v in cached if version_key(v) < version_key(entry.active)]
            target = entry.previous if entry.previous in cached and entry.previous != \
                entry.active else (older[-1] if older else None)
            items.append((kind, item_id, entry.active, target))
        return items

    def _add_in_use(self, kind: Kind, item_id: str, active: str, older: str | None) -> None:
        info = version_info(kind, item_id, active)
        text = self.tr("%1 — version %2, signed by %3").replace("%1", self._name(kind, item_id)) \
            .replace("%2", active).replace("%3", info.signer or "?")
        widgets: list[QWidget] = [_label(text)]
        if older:
            button = QPushButton(self.tr("Back to %1").replace("%1", older))
            button.setToolTip(self.tr("Use version %1 again; version %2 stays on this "
                                      "computer.").replace("%1", older).replace("%2", active))
            button.clicked.connect(lambda _=False, k=kind, i=item_id: self.rollback_item(k, i))
            self.rollback_buttons[(kind, item_id)] = button
            widgets.append(button)
        self._add(_row(*widgets))

    def _update_status(self) -> None:
        try:
            sources = load_sources()
        except StudioError as exc:
            self.status.setText(describe(exc).message)
            return
        if not sources:
            self.status.setText(self.tr("No library folder is set. Add one in Settings."))
            return
        reachable = [s for s in sources if s.reachable]
        if self.controller.is_syncing:
            self.status.setText(self.tr("Reading the shared library…"))
        elif sources and not reachable and any(s.reachable is False for s in sources):
            checked = max(s.checked for s in sources)
            self.status.setText(self.tr("No library folder can be reached (checked %1). The "
                                        "app works from its local copy.").replace(
                "%1", local_time(checked)))
        else:
            synced = max((s.synced for s in sources if s.synced), default="")
            self.status.setText(self.tr("%n folder(s); last read %1.", "", len(sources))
                                .replace("%1", local_time(synced) if synced else "—"))

    # -- actions --------------------------------------------------------------------------
    def update_item(self, kind: str, item_id: str) -> None:
        self._busy(self.tr("Updating…"))
        self.controller.update(kind, item_id)  # type: ignore[arg-type]

    def _on_update_all_clicked(self) -> None:
        self._busy(self.tr("Updating…"))
        self.controller.update()

    def rollback_item(self, kind: str, item_id: str) -> None:
        self._busy(self.tr("Going back…"))
        self.controller.rollback(kind, item_id)  # type: ignore[arg-type]

    def _busy(self, text: str) -> None:
        set_role(self.message, "muted")
        self.message.setText(text)
        for button in (*self.update_buttons.values(), *self.rollback_buttons.values()):
            button.setEnabled(False)

    def _on_check_clicked(self) -> None:
        self.controller.sync()

    def _on_settings_clicked(self) -> None:
        self.settingsRequested.emit()

    def _on_sync_started(self) -> None:
        self.check_button.setEnabled(False)
        self._update_status()

    def _on_synced(self, _report) -> None:
        self.check_button.setEnabled(True)
        self.message.clear()
        self.rebuild()

    def _on_changed(self, infos) -> None:
        self.rebuild()
        set_role(self.message, "ok")
        self.message.setText("  ".join(
            self.tr("%1 now uses version %2.").replace("%1", self._name(i.kind, i.item_id))
            .replace("%2", i.version) for i in infos))

    def _on_failed(self, error: StudioError) -> None:
        self.check_button.setEnabled(True)
        self.rebuild()
        text = describe(error)
        set_role(self.message, "error")
        self.message.setText(" ".join(p for p in (text.message, text.hint) if p))

    # -- language -------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shared library"))
        self._title.setText(self.tr("Shared library"))
        self.check_button.setText(self.tr("Check for updates"))
        self.settings_button.setText(self.tr("Library folders…"))
        self.close_button.setText(self.tr("Close"))
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

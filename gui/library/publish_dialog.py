"""Designers: "Publish to the shared library" (a template or the brand kit), and making a key.

The dialog asks for the library folder, the signing key and its passphrase,
the version (suggested: the template's own, or the next number after the
newest in the folder) and the change notes PICs will read. Opening the key,
signing and writing into the (maybe slow) shared folder run on a worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import operations
from gui.error_messages import describe
from gui.theme import set_role
from studio.errors import StudioError
from studio.library.keys import (
    KeyFile,
    generate_key,
    load_signing_key,
    own_key_files,
    read_key_file,
    save_key_pair,
    user_keys_dir,
)
from studio.library.publish import Published, publish_brand, publish_template, suggest_version
from studio.library.sources import load_sources
from studio.library.store import BRAND_ID
from studio.template.loader import LoadedTemplate

translate = QCoreApplication.translate


def choose_folder(parent: QWidget) -> Path | None:
    """Tests replace these two (native dialogs cannot be driven offscreen)."""
    name = QFileDialog.getExistingDirectory(
        parent, translate("PublishDialog", "Choose the shared library folder"), str(Path.home()))
    return Path(name) if name else None


def choose_key_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("PublishDialog", "Choose your private key"), str(user_keys_dir()),
        translate("PublishDialog", "Private keys") + " (*.privkey.toml)")
    return Path(name) if name else None


def _publish_job(what: LoadedTemplate | Path, key_path: Path, passphrase: str | None,
                 folder: Path, version: str, notes: str, *, progress, cancel) -> Published:
    key = load_signing_key(key_path, passphrase)
    cancel.raise_if_cancelled()
    if isinstance(what, LoadedTemplate):
        return publish_template(what, key, folder, version=version, notes=notes)
    return publish_brand(what, key, folder, version=version, notes=notes)


def _suggest_job(folder: Path, kind: str, item_id: str, current: str | None, *, progress,
                 cancel) -> tuple[Path, str]:
    return folder, suggest_version(folder, kind, item_id, current)  # type: ignore[arg-type]


def _key_label(key_file: KeyFile) -> str:
    return f"{key_file.public.name} ({key_file.public.display_id[:9]})"


class NewKeyDialog(QDialog):
    """Make a signing key: a name and a passphrase typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newKeyDialog")
        self.created: KeyFile | None = None
        self.name = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        set_role(self._intro, "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for the result (key id and the public key's path) without squeezing the form.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 6)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.create_button = QPushButton()
        set_role(self.create_button, "primary")
        self.close_button = QPushButton()
        self.create_button.clicked.connect(self.create)
        self.close_button.clicked.connect(self.reject)
        self._form = QFormLayout()
        self._form.setSpacing(10)
        self._labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self._labels, (self.name, self.passphrase, self.again),
                                strict=True):
            self._form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self._intro)
        layout.addLayout(self._form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        self._retranslate()

    def create(self) -> KeyFile | None:
        if self.passphrase.text() != self.again.text():
            set_role(self.message, "error")
            self.message.setText(self.tr("The two passphrases differ."))
            return None
        try:
            key = generate_key(self.name.text())
            private, public = save_key_pair(key, user_keys_dir(), self.passphrase.text())
        except StudioError as exc:
            text = describe(exc)
            set_role(self.message, "error")
            self.message.setText(" ".join(p for p in (text.message, text.hint) if p))
            return None
        self.created = read_key_file(private)
        set_role(self.message, "ok")
        self.message.setText(
            self.tr("Key %1 made. Give the administrator the public key file:\n%2\nand read "
                    "them the key id %1 so they know it is yours.")
            .replace("%1", key.public.display_id).replace("%2", str(public)))
        self.create_button.setEnabled(False)
        self.close_button.setText(self.tr("Done"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        return self.created

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New signing key"))
        self._intro.setText(self.tr("Your key signs what you publish, so PICs know it comes "
                                    "from you and was not changed. The private key stays on "
                                    "this computer, protected by your passphrase."))
        for label, text in zip(self._labels, (self.tr("Your name"), self.tr("Passphrase"),
                                              self.tr("Passphrase again")), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Desainer Diskominfo - Rina"))
        self.create_button.setText(self.tr("Make key"))
        self.close_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class PublishDialog(QDialog):
    """Publish ``what`` (a template, or the brand kit folder) into a library folder."""

    def __init__(self, what: LoadedTemplate | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.what = what
        self.published: Published | None = None
        self.operation: operations.Operation | None = None
        self._auto_version = ""  # the version the dialog filled in (not typed by the user)
        self._title = set_role(QLabel(), "heading")
        self._subtitle = set_role(QLabel(), "muted")
        self._subtitle.setWordWrap(True)
        self.folder = QComboBox()
        self.folder.setObjectName("publishFolder")
        self.folder.setMinimumWidth(340)
        self.folder_button = QPushButton()
        self.key = QComboBox()
        self.key.setObjectName("publishKey")
        self.new_key_button = QPushButton()
        self.key_file_button = QPushButton()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.version = QLineEdit()
        self.version.setMaximumWidth(140)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(88)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for the longest outcome (published + not trusted yet): nothing moves or overlaps.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 5)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.publish_button = QPushButton()
        set_role(self.publish_button, "primary")
        self.close_button = QPushButton()
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.new_key_button.clicked.connect(self._on_new_key_clicked)
        self.key_file_button.clicked.connect(self._on_key_file_clicked)
        self.key.currentIndexChanged.connect(self._on_key_changed)
        self.folder.currentIndexChanged.connect(self._on_folder_changed)
        self.publish_button.clicked.connect(self.publish)
        self.close_button.clicked.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.new_key_button)
        key_row.addWidget(self.key_file_button)
        self._labels = {name: QLabel() for name in ("folder", "key", "passphrase", "version",
                                                    "notes")}
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self._labels["folder"], folder_row)
        form.addRow(self._labels["key"], key_row)
        form.addRow(self._labels["passphrase"], self.passphrase)
        form.addRow(self._labels["version"], self.version)
        form.addRow(self._labels["notes"], self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.publish_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)
        self._fill_folders()
        self._fill_keys()
        self._set_auto_version(self._current_version() or "1.0.0")
        self._retranslate()
        self._on_folder_changed()

    # -- what is published ----------------------------------------------------------------
    @property
    def kind(self) -> str:
        return "template" if isinstance(self.what, LoadedTemplate) else "brand"

    @property
    def item_id(self) -> str:
        return self.what.id if isinstance(self.what, LoadedTemplate) else BRAND_ID

    def _current_version(self) -> str | None:
        return self.what.template.version if isinstance(self.what, LoadedTemplate) else None

    # -- choices ---------------------------------------------------------------------------
    def _fill_folders(self) -> None:
        try:
            sources = load_sources()
        except StudioError:
            sources = ()
        for source in sources:
            self.folder.addItem(source.label, str(source.path))
            self.folder.setItemData(self.folder.count() - 1, str(source.path),
                                    Qt.ItemDataRole.ToolTipRole)

    def add_folder(self, folder: Path) -> None:
        index = self.folder.findData(str(folder))
        if index < 0:
            self.folder.addItem(str(folder), str(folder))
            index = self.folder.count() - 1
        self.folder.setCurrentIndex(index)

    def _fill_keys(self, select: Path | None = None) -> None:
        self.key.blockSignals(True)
        self.key.clear()
        for key_file in own_key_files():
            self.key.addItem(_key_label(key_file), str(key_file.path))
        self.key.blockSignals(False)
        if select is not None:
            self.add_key(select)
        self._on_key_changed()

    def add_key(self, path: Path) -> None:
        index = self.key.findData(str(path))
        if index < 0:
            try:
                info = read_key_file(path)
            except StudioError as exc:
                self._show_error(exc)
                return
            self.key.addItem(_key_label(info), str(path))
            index = self.key.count() - 1
        self.key.setCurrentIndex(index)

    def _key_file(self) -> KeyFile | None:
        data = self.key.currentData()
        if not data:
            return None
        try:
            return read_key_file(Path(data))
        except StudioError:
            return None

    def _on_key_changed(self, *_args) -> None:
        info = self._key_file()
        protected = info is not None and info.encrypted
        self.passphrase.setEnabled(protected)
        self.passphrase.setPlaceholderText(
            "" if protected or info is None else self.tr("This key has no passphrase"))
        self._update_button()

    def _on_folder_changed(self, *_args) -> None:
        folder = self.folder.currentData()
        self._update_button()
        if folder and self._version_is_auto():
            operations.run(_suggest_job, Path(folder), self.kind, self.item_id,
                           self._current_version(), pool_name="library",
                           on_success=self._on_suggest_succeeded)

    def _on_suggest_succeeded(self, result: tuple[Path, str]) -> None:
        folder, version = result
        if self._version_is_auto() and str(folder) == self.folder.currentData():
            self._set_auto_version(version)

    def _set_auto_version(self, version: str) -> None:
        self._auto_version = version
        self.version.setText(version)

    def _version_is_auto(self) -> bool:
        """The user has not changed the suggested version (a suggestion may replace it)."""
        return self.version.text() == self._auto_version

    def _update_button(self) -> None:
        running = self.operation is not None and self.operation.is_running
        self.publish_button.setEnabled(bool(self.folder.currentData()) and
                                       bool(self.key.currentData()) and not running
                                       and self.published is None)

    def _on_folder_button_clicked(self) -> None:
        folder = choose_folder(self)
        if folder is not None:
            self.add_folder(folder)

    def _on_new_key_clicked(self) -> None:
        dialog = NewKeyDialog(self)
        if dialog.exec() and dialog.created is not None:
            self._fill_keys(select=dialog.created.path)

    def _on_key_file_clicked(self) -> None:
        path = choose_key_file(self)
        if path is not None:
            self.add_key(path)

    # -- publishing ------------------------------------------------------------------------
    def publish(self) -> operations.Operation | None:
        folder = self.folder.currentData()
        key_path = self.key.currentData()
        if not folder or not key_path:
            return None
        info = self._key_file()
        passphrase = self.passphrase.text() if info is not None and info.encrypted else None
        set_role(self.message, "muted")
        self.message.setText(self.tr("Signing and publishing…"))
        self.operation = operations.Operation(
            _publish_job, self.what, Path(key_path), passphrase, Path(folder),
            self.version.text().strip(), self.notes.toPlainText(), pool_name="library")
        self.operation.succeeded.connect(self._on_publish_succeeded)
        self.operation.failed.connect(self._on_publish_failed)
        self.operation.finished.connect(self._update_button)
        self.operation.start()
        self._update_button()
        return self.operation

    def _on_publish_succeeded(self, published: Published) -> None:
        self.published = published
        manifest = published.manifest
        lines = [self.tr("Published version %1, signed by %2. PICs receive it the next time "
                         "their app reads the shared library.")
                 .replace("%1", manifest.version).replace("%2", manifest.signer)]
        role = "ok"
        if not published.trusted_here:
            role = "warning"
            lines.append(self.tr("This computer does not trust your key %1 yet: PICs will "
                                 "refuse the package until the administrator trusts it.")
                         .replace("%1", published.manifest.public_key.display_id))
        set_role(self.message, role)
        self.message.setText("\n".join(lines))
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self._update_button()

    def _on_publish_failed(self, error: StudioError) -> None:
        self._show_error(error)
        if error.code == "library.version_exists" and error.params.get("existing"):
            from studio.library.versions import next_version

            self._set_auto_version(next_version(str(error.params["existing"])))

    def _show_error(self, error: StudioError) -> None:
        text = describe(error)
        set_role(self.message, "error")
        self.message.setText(" ".join(p for p in (text.message, text.hint) if p))

    # -- language -------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Publish to the shared library"))
        self._title.setText(self.tr("Publish to the shared library"))
        if isinstance(self.what, LoadedTemplate):
            self._subtitle.setText(self.tr("Template “%1” (%2), now version %3.")
                                   .replace("%1", self.what.template.name)
                                   .replace("%2", self.what.id)
                                   .replace("%3", self.what.template.version))
        else:
            self._subtitle.setText(self.tr("The brand kit in use (%1).").replace(
                "%1", str(self.what)))
        texts = {"folder": self.tr("Library folder"), "key": self.tr("Signing key"),
                 "passphrase": self.tr("Passphrase"), "version": self.tr("Version"),
                 "notes": self.tr("Change notes")}
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.folder_button.setText(self.tr("Choose…"))
        self.new_key_button.setText(self.tr("New key…"))
        self.key_file_button.setText(self.tr("Other file…"))
        self.notes.setPlaceholderText(self.tr("What changed, in a sentence PICs understand "
                                              "(shown with the update)"))
        self.publish_button.setText(self.tr("Publish"))
        if self.published is None:
            self.close_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

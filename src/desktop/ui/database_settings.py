"""File > Database settings: keep the register in a file on this computer or on a server
(PostgreSQL), test the connection first, then switch the window to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import connection
from desktop.domain.messages import Message
from desktop.ui import display, i18n, prompts
from desktop.ui.runner import Runner

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it


class DatabaseSettings(QDialog):
    """Choose where the register lives. ``target()`` is a file path or a server URL."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DatabaseSettingsDialog")
        self.runner = Runner(self)
        self.last_result: tuple[bool, str] | None = None
        self._build()
        self._fill(current)
        self.retranslate()
        self._mode_changed()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.radio_file = QRadioButton(self)
        self.radio_file.setObjectName("radio_file")
        self.radio_server = QRadioButton(self)
        self.radio_server.setObjectName("radio_server")
        self.file_box = QGroupBox(self)
        self.edit_file = QLineEdit(self.file_box)
        self.edit_file.setObjectName("edit_file")
        self.button_browse = QPushButton(self.file_box)
        self.button_browse.setObjectName("button_browse")
        row = QHBoxLayout(self.file_box)
        row.addWidget(self.edit_file, 1)
        row.addWidget(self.button_browse)
        self.server_box = QGroupBox(self)
        form = QFormLayout(self.server_box)
        self.edit_host = self._line("edit_host")
        self.spin_port = QSpinBox(self.server_box)
        self.spin_port.setObjectName("spin_port")
        self.spin_port.setRange(1, 65535)
        self.spin_port.setValue(5432)
        self.spin_port.setLocale(QLocale.c())  # a port is written in Latin digits, like the address
        self.edit_database = self._line("edit_database")
        self.edit_user = self._line("edit_user")
        self.edit_password = self._line("edit_password")
        self.edit_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form_labels = [QLabel(self.server_box) for _ in range(5)]
        widgets = (self.edit_host, self.spin_port, self.edit_database, self.edit_user, self.edit_password)
        for label, widget in zip(self.form_labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.button_test = QPushButton(self)
        self.button_test.setObjectName("button_test")
        self.label_result = QLabel(self)
        self.label_result.setObjectName("label_result")
        self.label_result.setWordWrap(True)
        self.label_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttons")
        layout = QVBoxLayout(self)
        for widget in (self.radio_file, self.file_box, self.radio_server, self.server_box):
            layout.addWidget(widget)
        test_row = QHBoxLayout()
        test_row.addWidget(self.button_test)
        test_row.addWidget(self.label_result, 1)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)
        self.radio_file.toggled.connect(self._mode_changed)
        self.button_browse.clicked.connect(self._browse)
        self.button_test.clicked.connect(self.test)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.edit_file, self.edit_host, self.edit_database, self.edit_user, self.edit_password):
            edit.textChanged.connect(self._clear_result)
        self.spin_port.valueChanged.connect(self._clear_result)
        self.setMinimumWidth(520)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self.server_box)
        edit.setObjectName(name)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses and names are Latin
        return edit

    def _fill(self, current: str) -> None:
        parts = connection.server_parts(current) if current else None
        if parts is None:
            self.radio_file.setChecked(True)
            self.edit_file.setText(connection.shown(current) if current else "")
            return
        self.radio_server.setChecked(True)
        self.edit_host.setText(str(parts["host"]))
        self.spin_port.setValue(int(parts["port"]))  # type: ignore[call-overload]
        self.edit_database.setText(str(parts["database"]))
        self.edit_user.setText(str(parts["user"]))
        self.edit_password.setText(str(parts["password"]))

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("DatabaseSettings", "Database settings"))
        self.radio_file.setText(QCoreApplication.translate("DatabaseSettings", "A file on this computer (one person, or a field laptop)"))
        self.radio_server.setText(QCoreApplication.translate("DatabaseSettings", "A server shared by the office (PostgreSQL)"))
        self.file_box.setTitle(QCoreApplication.translate("DatabaseSettings", "File"))
        self.button_browse.setText(QCoreApplication.translate("DatabaseSettings", "Browse…"))
        self.server_box.setTitle(QCoreApplication.translate("DatabaseSettings", "Server"))
        for label, text in zip(
            self.form_labels, (QCoreApplication.translate("DatabaseSettings", "Server address"), QCoreApplication.translate("DatabaseSettings", "Port"), QCoreApplication.translate("DatabaseSettings", "Database"), QCoreApplication.translate("DatabaseSettings", "User name"), QCoreApplication.translate("DatabaseSettings", "Password")), strict=True
        ):
            label.setText(text)
        self.button_test.setText(QCoreApplication.translate("DatabaseSettings", "Test connection"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("DatabaseSettings", "Use this database"))

    # -- behaviour ---------------------------------------------------------------------------
    def is_server(self) -> bool:
        return self.radio_server.isChecked()

    def target(self) -> str:
        """The chosen file path or server URL ('' when nothing is filled in)."""
        if not self.is_server():
            return self.edit_file.text().strip()
        if not self.edit_host.text().strip() or not self.edit_database.text().strip():
            return ""
        return connection.server_url(
            self.edit_host.text(), self.spin_port.value(), self.edit_database.text(),
            self.edit_user.text(), self.edit_password.text(),
        )

    def _mode_changed(self, *_args: Any) -> None:
        server = self.is_server()
        self.file_box.setEnabled(not server)
        self.server_box.setEnabled(server)
        self._clear_result()

    def _clear_result(self, *_args: Any) -> None:
        self.last_result = None
        self.label_result.clear()

    def _browse(self) -> None:
        path = prompts.save_file(
            self, QCoreApplication.translate("DatabaseSettings", "Database file"), self.edit_file.text() or "sijill.sqlite", QCoreApplication.translate("DatabaseSettings", "Sijill databases (*.sqlite *.db)")
        )
        if path:
            self.edit_file.setText(path)

    def test(self) -> None:
        """Check the chosen database off the GUI thread; the answer appears beside the button."""
        target = self.target()
        if not target:
            self._show(False, QCoreApplication.translate("DatabaseSettings", "Fill in the file, or the server address and the database name."))
            return
        self.button_test.setEnabled(False)
        self.label_result.setText(QCoreApplication.translate("DatabaseSettings", "Connecting…"))
        self.runner.run(lambda _p: connection.check(target), on_done=self._tested, on_error=self._test_failed)

    def _tested(self, result: object) -> None:
        ok, message = result  # type: ignore[misc]
        # addresses and driver text are Latin: isolate them so they are not torn apart in Arabic
        params = {k: display.LRI + str(v) + display.PDI for k, v in message.params.items()}
        self._show(bool(ok), i18n.tr_message(Message(message.source, params)))

    def _test_failed(self, exc: BaseException) -> None:
        self._show(False, str(exc))

    def _show(self, ok: bool, text: str) -> None:
        self.button_test.setEnabled(True)
        self.last_result = (ok, text)
        mark = "✓ " if ok else "✗ "
        self.label_result.setText(mark + text)
        self.label_result.setStyleSheet("" if ok else "color: #b00020;")

    def accept(self) -> None:
        if not self.target():
            self._show(False, QCoreApplication.translate("DatabaseSettings", "Fill in the file, or the server address and the database name."))
            return
        super().accept()


# -- the File menu entry ---------------------------------------------------------------------
def open_dialog(window: Host) -> DatabaseSettings:
    """Show the dialog for the window's register; on OK switch the window to the choice."""
    dialog = DatabaseSettings(window.register.url, window)
    window.database_settings_dialog = dialog  # type: ignore[attr-defined]  # tests reach it here

    def chosen() -> None:
        from desktop.ui import fileops

        fileops.switch_database(window, dialog.target())

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog

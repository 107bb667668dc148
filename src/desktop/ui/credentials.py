"""A server password asked for when needed and kept in the system keyring (the ``keyring``
library: Windows Credential Manager, macOS Keychain, the Secret Service on Linux), never in
Sijill's settings. Without a usable keyring the password is asked for each time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

SERVICE = "Sijill"
log = logging.getLogger(__name__)


def keyring_available() -> bool:
    """True when a real keyring backend is there (not keyring's "fail" placeholder)."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001 - no keyring library: ask each time
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def stored_password(name: str) -> str:
    if not keyring_available():
        return ""
    import keyring

    try:
        return keyring.get_password(SERVICE, name) or ""
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: ask instead
        log.warning("cannot read the keyring: %s", exc)
        return ""


def store_password(name: str, password: str) -> bool:
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, name, password)
    except Exception as exc:  # noqa: BLE001
        log.warning("cannot write to the keyring: %s", exc)
        return False
    return True


def forget_password(name: str) -> None:
    if not keyring_available():
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, name)
    except Exception:  # noqa: BLE001 - nothing stored
        pass


class PasswordDialog(QDialog):
    """Asks for a server login's password; offers to remember it in the keyring."""

    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_password_dialog")
        self.setWindowTitle(QCoreApplication.translate("credentials", "Server password"))
        layout = QVBoxLayout(self)
        text = QCoreApplication.translate("credentials", "The database server asks for the password of {where}.")
        label = QLabel(text.format(where="\u2066" + where + "\u2069"), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.password = QLineEdit(self)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(QCoreApplication.translate("credentials", "Remember it in the system keyring"), self)
        self.remember.setObjectName("server_password_remember")
        available = keyring_available()
        self.remember.setEnabled(available)
        self.remember.setChecked(available)
        layout.addWidget(self.remember)
        if not available:
            note = QLabel(
                QCoreApplication.translate(
                    "credentials",
                    "No system keyring is available here, so Sijill will ask for the password each time. "
                    "It is never written to Sijill's settings.",
                ),
                self,
            )
            note.setObjectName("server_password_no_keyring")
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_password(parent: QWidget | None, where: str) -> tuple[str, bool] | None:
    """(password, remember it) or None when the user cancels."""
    dialog = PasswordDialog(where, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password.text(), dialog.remember.isChecked() and dialog.remember.isEnabled()

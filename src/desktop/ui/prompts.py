"""Every question and message box the app asks, in one place (tests replace these)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget



def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    return box


def unsaved_changes(parent: QWidget | None) -> str:
    """'save', 'discard' or 'cancel'."""
    box = _box(parent, QMessageBox.Icon.Question, QCoreApplication.translate("prompts", "Unsaved changes"),
               QCoreApplication.translate("prompts", "This record has changes that are not saved yet."))
    box.setInformativeText(QCoreApplication.translate("prompts", "Do you want to save them?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    for button, text in (
        (QMessageBox.StandardButton.Save, QCoreApplication.translate("prompts", "Save")),
        (QMessageBox.StandardButton.Discard, QCoreApplication.translate("prompts", "Don't save")),
        (QMessageBox.StandardButton.Cancel, QCoreApplication.translate("prompts", "Cancel")),
    ):
        box.button(button).setText(text)  # Qt's own Arabic for Discard reads «ارفض»
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def confirm(parent: QWidget | None, title: str, text: str, detail: str = "") -> bool:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Critical, title, text)
    if detail:
        box.setDetailedText(detail)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def database_locked(parent: QWidget | None, name: str) -> bool:
    """True to open read-only."""
    text = QCoreApplication.translate("prompts", "Another Sijill window is already editing this database:\n{name}")
    box = _box(parent, QMessageBox.Icon.Warning, QCoreApplication.translate("prompts", "Database in use"), text.format(name=name))
    box.setInformativeText(QCoreApplication.translate("prompts", "You can open it read-only to look things up."))
    read_only = box.addButton(QCoreApplication.translate("prompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is read_only


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def server_password(parent: QWidget | None, where: str) -> tuple[str, bool] | None:
    """A server login's password and whether to keep it in the system keyring; None: cancelled."""
    from desktop.ui.credentials import ask_password

    return ask_password(parent, where)

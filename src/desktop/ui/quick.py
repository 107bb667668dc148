"""Creating an organisation or a person on the spot, from inside another editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.services.register import Register
from desktop.ui import errors



class QuickDialog(QDialog):
    def __init__(self, title: str, fields: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, label in fields:
            edit = QLineEdit(self)
            edit.setObjectName("quick_" + name)
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if name.endswith("_ar") else Qt.LayoutDirection.LeftToRight)
            self.edits[name] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}


def new_organization(register: Register, parent: QWidget | None) -> str | None:
    dialog = QuickDialog(
        QCoreApplication.translate("quick", "New organisation"),
        [("name_ar", QCoreApplication.translate("quick", "Name (Arabic)")), ("name_en", QCoreApplication.translate("quick", "Name (English)")), ("acronym", QCoreApplication.translate("quick", "Acronym"))],
        parent,
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return register.save_organization(r.Organization(**dialog.values())).record.uuid
        except SijillError as exc:
            errors.show(exc, dialog)
    return None


def new_person(register: Register, parent: QWidget | None, organization_uuid: str | None = None) -> str | None:
    dialog = QuickDialog(
        QCoreApplication.translate("quick", "New person"),
        [
            ("name_ar", QCoreApplication.translate("quick", "Name (Arabic)")), ("name_en", QCoreApplication.translate("quick", "Name (English)")),
            ("position_ar", QCoreApplication.translate("quick", "Title / position (Arabic)")), ("position_en", QCoreApplication.translate("quick", "Title / position (English)")),
        ],
        parent,
    )
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            person = r.Person(**dialog.values(), organization_uuid=organization_uuid)
            return register.save_person(person).record.uuid
        except SijillError as exc:
            errors.show(exc, dialog)
    return None

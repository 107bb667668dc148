"""Creating an organisation or a person on the spot, from inside another editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.services.register import Register
from desktop.ui import choices, display, errors

MIN_WIDTH = 520  # names and positions are long: "Assistant Secretary-General for Humanitarian…"


class QuickDialog(QDialog):
    def __init__(self, title: str, fields: list[tuple[str, str]], parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        if name:
            self.setObjectName(name)
        self.setMinimumWidth(MIN_WIDTH)
        self.edits: dict[str, QLineEdit] = {}
        self.form = form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label in fields:
            edit = QLineEdit(self)
            edit.setObjectName("quick_" + field)
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if field.endswith("_ar") else Qt.LayoutDirection.LeftToRight)
            edit.setAccessibleName(label)
            self.edits[field] = edit
            form.addRow(label, edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}


def new_organization(register: Register, parent: QWidget | None) -> str | None:
    dialog = QuickDialog(
        QCoreApplication.translate("quick", "New organisation"),
        [("name_ar", QCoreApplication.translate("quick", "Name (Arabic)")), ("name_en", QCoreApplication.translate("quick", "Name (English)")), ("acronym", QCoreApplication.translate("quick", "Acronym"))],
        parent, "quick_organization",
    )
    dialog.finish()
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return register.save_organization(r.Organization(**dialog.values())).record.uuid
        except SijillError as exc:
            errors.show(exc, dialog)
    return None


def person_dialog(register: Register, parent: QWidget | None, organization_uuid: str | None = None) -> QuickDialog:
    """The quick "New person" dialog, with the organisation the person signs for."""
    dialog = QuickDialog(
        QCoreApplication.translate("quick", "New person"),
        [
            ("name_ar", QCoreApplication.translate("quick", "Name (Arabic)")), ("name_en", QCoreApplication.translate("quick", "Name (English)")),
            ("position_ar", QCoreApplication.translate("quick", "Title / position (Arabic)")), ("position_en", QCoreApplication.translate("quick", "Title / position (English)")),
        ],
        parent, "quick_person",
    )
    combo = QComboBox(dialog)
    combo.setObjectName("quick_organization_uuid")
    label = QCoreApplication.translate("quick", "Organisation")
    combo.setAccessibleName(label)
    for uuid, text in choices.organizations(register):
        combo.addItem(display.isolate(text), uuid)
    combo.setCurrentIndex(max(0, combo.findData(organization_uuid)) if organization_uuid else 0)
    dialog.form.addRow(label, combo)
    dialog.organization = combo  # type: ignore[attr-defined]
    dialog.finish()
    return dialog


def new_person(register: Register, parent: QWidget | None, organization_uuid: str | None = None) -> str | None:
    dialog = person_dialog(register, parent, organization_uuid)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            person = r.Person(**dialog.values(), organization_uuid=_organization(dialog))
            return register.save_person(person).record.uuid
        except SijillError as exc:
            errors.show(exc, dialog)
    return None


def _organization(dialog: Any) -> str | None:
    value = dialog.organization.currentData()
    return str(value) if value else None

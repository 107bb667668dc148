"""The preview of an import: what would be added or updated, and each row's problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.ui import display



class ImportPreview(QDialog):
    def __init__(self, report: Any, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(QCoreApplication.translate("ImportPreview", "Import activities"))
        self.resize(760, 460)
        summary = QLabel(self)
        summary.setObjectName("import_summary")
        summary.setWordWrap(True)
        summary.setText(
            QCoreApplication.translate("ImportPreview", "{file}: {rows} rows — {added} to add, {updated} to update, {unchanged} unchanged, {errors} with errors.").format(
                file=display.isolate(path), rows=display.number(report.rows), added=display.number(report.added),
                updated=display.number(report.updated), unchanged=display.number(report.unchanged),
                errors=display.number(len(report.errors)),
            )
        )
        table = QTableWidget(0, 3, self)
        table.setObjectName("import_rows")
        table.setHorizontalHeaderLabels([QCoreApplication.translate("ImportPreview", "Row"), QCoreApplication.translate("ImportPreview", "Change"), QCoreApplication.translate("ImportPreview", "Details")])
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        entries = [(p.row, QCoreApplication.translate("ImportPreview", "Error"), f"{p.field}: {p.message}") for p in report.errors]
        entries += [(p.row, QCoreApplication.translate("ImportPreview", "Warning"), f"{p.field}: {p.message}") for p in report.warnings]
        labels = {"added": QCoreApplication.translate("ImportPreview", "Add"), "updated": QCoreApplication.translate("ImportPreview", "Update")}
        entries += [(row, labels.get(change, change), title) for row, change, title in report.changes]
        entries.sort(key=lambda e: e[0])
        table.setRowCount(len(entries))
        for i, (row, change, text) in enumerate(entries):
            for j, value in enumerate((display.number(row), change, display.isolate(text))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(i, j, item)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(QCoreApplication.translate("ImportPreview", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_apply")
        self.import_button.setEnabled(report.ok and (report.added + report.updated) > 0)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if not report.ok:
            note = QLabel(QCoreApplication.translate("ImportPreview", "Nothing will be imported until every error is corrected in the file."), self)
            note.setObjectName("import_blocked")
        else:
            note = QLabel("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

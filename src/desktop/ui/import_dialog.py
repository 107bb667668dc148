"""Importing activities from a spreadsheet: check (off the GUI thread, with progress and
Cancel), a preview of what would change and of each row's problems, then import (again off
the GUI thread, cancellable: a cancel leaves the register as it was).

The preview counts rows with problems and problems apart, can show only the rows with
problems, says which encoding and separator were read, and lets the user choose the field of
each unknown column (kept per header signature for the next file with the same headers)."""

from __future__ import annotations

import json
import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel, QProgressDialog, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.messages import Message
from desktop.ui import display, settings

MAPPINGS = settings.declare("import/column_mappings", "", QT_TRANSLATE_NOOP("settings", "Column choices for imported files"))


def _core(source: str) -> str:
    return QCoreApplication.translate(Message.CONTEXT, source)


# -- the column choices, kept per header signature --------------------------------------------
def saved_mappings() -> dict[str, dict[str, str]]:
    try:
        value = json.loads(str(settings.get(MAPPINGS) or "{}"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def saved_mapping(signature: str) -> dict[str, str] | None:
    found = saved_mappings().get(signature)
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else None


def remember_mapping(signature: str, mapping: dict[str, str]) -> None:
    every = saved_mappings()
    every[signature] = mapping
    settings.put(MAPPINGS, json.dumps(every, ensure_ascii=False))


# -- progress ---------------------------------------------------------------------------------
class ImportProgress(QProgressDialog):
    """``n / N`` rows, and Cancel (which sets :attr:`cancelled`, read by the worker)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_progress")
        self.setWindowTitle(QCoreApplication.translate("ImportPreview", "Import activities"))
        self.title = title
        self.setLabelText(title)
        self.setCancelButtonText(QCoreApplication.translate("ImportPreview", "Cancel"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.cancelled = threading.Event()
        self.canceled.connect(self.cancelled.set)

    def show_progress(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))
        self.setLabelText(QCoreApplication.translate("ImportPreview", "{what} {done} / {total}").format(what=self.title, done=display.number(done), total=display.number(total)))


# -- the preview ------------------------------------------------------------------------------
class ImportPreview(QDialog):
    """``recheck`` carries the user's column choices ({header: field or ""})."""

    recheck = Signal(object)

    def __init__(self, report: Any, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.setWindowTitle(QCoreApplication.translate("ImportPreview", "Import activities"))
        self.resize(860, 520)
        self.report = report
        layout = QVBoxLayout(self)
        layout.addWidget(self._label("import_summary", self._summary(report, path)))
        layout.addWidget(self._label("import_file_info", self._file_info(report)))
        if not report.has_version:
            layout.addWidget(self._label("import_no_version", QCoreApplication.translate("ImportPreview", "This file has no version column: its rows will be applied over any change made in the register since it was exported.")))
        self.mapping_boxes: dict[str, QComboBox] = {}
        if report.unknown_headers:
            layout.addWidget(self._mapping(report.unknown_headers))
        self.only_problems = QCheckBox(QCoreApplication.translate("ImportPreview", "Only rows with problems"), self)
        self.only_problems.setObjectName("import_only_problems")
        self.only_problems.toggled.connect(self._filter)
        layout.addWidget(self.only_problems)
        self.table = self._table(report)
        layout.addWidget(self.table, 1)
        self.force = QCheckBox(QCoreApplication.translate("ImportPreview", "For fields changed on both sides, use the file's values"), self)
        self.force.setObjectName("import_force")
        self.force.setVisible(bool(report.conflicts))
        layout.addWidget(self.force)
        if not report.ok:
            layout.addWidget(self._label("import_blocked", QCoreApplication.translate("ImportPreview", "Nothing will be imported until every error is corrected in the file.")))
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(QCoreApplication.translate("ImportPreview", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_apply")
        self.import_button.setEnabled(report.ok and (report.added + report.updated + len(report.conflicts)) > 0)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _summary(report: Any, path: str) -> str:
        n = display.number
        return QCoreApplication.translate("ImportPreview", "{file}: {rows} rows — {added} to add, {updated} to update, {unchanged} unchanged; {bad_rows} rows with problems ({problems} problems); {conflicts} conflicts.").format(
            file=display.isolate(path), rows=n(report.rows), added=n(report.added), updated=n(report.updated),
            unchanged=n(report.unchanged), bad_rows=n(report.rows_with_problems), problems=n(len(report.errors)),
            conflicts=n(len(report.conflicts)),
        )

    @staticmethod
    def _file_info(report: Any) -> str:
        if report.encoding == "xlsx":
            return QCoreApplication.translate("ImportPreview", "Read as an Excel workbook (.xlsx).")
        names = {",": QCoreApplication.translate("ImportPreview", "comma"), ";": QCoreApplication.translate("ImportPreview", "semicolon"), "\u061b": QCoreApplication.translate("ImportPreview", "Arabic semicolon (؛)"), "\t": QCoreApplication.translate("ImportPreview", "tab")}
        return QCoreApplication.translate("ImportPreview", "Read as {encoding} text; columns separated by {separator}.").format(
            encoding=report.encoding, separator=names.get(report.separator, report.separator))

    def _mapping(self, headers: list[str]) -> QWidget:
        from desktop.services.spreadsheet import COLUMNS, LABELS

        box = QWidget(self)
        box.setObjectName("import_mapping")
        form = QFormLayout(box)
        form.addRow(QLabel(QCoreApplication.translate("ImportPreview", "Columns this import does not know: choose the field each one fills, or ignore it."), box))
        for i, header in enumerate(headers):
            combo = QComboBox(box)
            combo.setObjectName(f"import_map_{i}")
            combo.addItem(QCoreApplication.translate("ImportPreview", "Ignore this column"), "")
            for name in COLUMNS:
                combo.addItem(_core(LABELS[name]), name)
            self.mapping_boxes[header] = combo
            form.addRow(display.isolate(header), combo)
        again = QPushButton(QCoreApplication.translate("ImportPreview", "Check again"), box)
        again.setObjectName("import_recheck")
        again.clicked.connect(lambda: self.recheck.emit(self.mapping()))
        form.addRow(again)
        return box

    def mapping(self) -> dict[str, str]:
        return {header: str(combo.currentData() or "") for header, combo in self.mapping_boxes.items()}

    def _entries(self, report: Any) -> list[tuple[int, str, str, str, bool]]:
        kinds = {"error": QCoreApplication.translate("ImportPreview", "Error"), "warning": QCoreApplication.translate("ImportPreview", "Warning"), "conflict": QCoreApplication.translate("ImportPreview", "Conflict")}
        entries = [(p.row, kinds[p.severity], p.field_label(_core), p.render(_core), p.severity != "warning") for p in report.problems]
        for change in report.changes:
            if change.action == "added":
                entries.append((change.row, QCoreApplication.translate("ImportPreview", "Add"), "", change.title, False))
                continue
            fields = "، ".join(_core(_label_of(f)) for f in change.fields)
            cleared = "، ".join(_core(_label_of(f)) for f in change.cleared)
            text = QCoreApplication.translate("ImportPreview", "Changes: {fields}").format(fields=fields) + ("; " + QCoreApplication.translate("ImportPreview", "empty cells clear: {fields}").format(fields=cleared) if cleared else "")
            entries.append((change.row, QCoreApplication.translate("ImportPreview", "Update"), "", change.title + " — " + text, False))
        entries.sort(key=lambda e: e[0])
        return entries

    def _table(self, report: Any) -> QTableWidget:
        entries = self._entries(report)
        self.problem_rows = {e[0] for e in entries if e[4]}
        table = QTableWidget(len(entries), 4, self)
        table.setObjectName("import_rows")
        table.setHorizontalHeaderLabels([QCoreApplication.translate("ImportPreview", "Row"), QCoreApplication.translate("ImportPreview", "Change"), QCoreApplication.translate("ImportPreview", "Field"), QCoreApplication.translate("ImportPreview", "Details")])
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setUpdatesEnabled(False)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self.row_numbers: list[int] = []
        for i, (row, change, field, text, _bad) in enumerate(entries):
            self.row_numbers.append(row)
            for j, value in enumerate((display.number(row), change, display.isolate(field), display.isolate(text))):
                item = QTableWidgetItem(value)
                item.setFlags(flags)
                table.setItem(i, j, item)
        table.setUpdatesEnabled(True)
        return table

    def _filter(self, only: bool) -> None:
        for i, row in enumerate(self.row_numbers):
            self.table.setRowHidden(i, only and row not in self.problem_rows)

    def visible_rows(self) -> int:
        return sum(not self.table.isRowHidden(i) for i in range(self.table.rowCount()))


def _label_of(name: str) -> str:
    from desktop.services.spreadsheet import LABELS

    return LABELS.get(name, name)

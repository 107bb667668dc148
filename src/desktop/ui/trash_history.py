"""The trash (restore a deleted record; empty it after asking) and a record's history
(who changed what and when, and where an import came from)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.ui import display, errors, prompts
from desktop.ui.record_values import ACTIONS, KINDS, field_label, source_text, tr, value_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ALL_KINDS = ("agreements", "activities", "organizations", "people", "history", "conflicts")


def _when(value: Any) -> str:
    return display.LRI + display.digits(value.astimezone().strftime("%Y-%m-%d %H:%M")) + display.PDI  # one LTR unit


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(i, j, item)
    table.resizeRowsToContents()


class TrashDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("trash_dialog")
        self.setWindowTitle(QCoreApplication.translate("Trash", "Trash"))
        self.resize(760, 440)
        self.table = _table(self, "trash_table", [
            QCoreApplication.translate("Trash", "Deleted"), QCoreApplication.translate("Trash", "By"),
            QCoreApplication.translate("Trash", "Kind"), QCoreApplication.translate("Trash", "Record"),
        ])
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(QCoreApplication.translate("Trash", "Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("trash_restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = buttons.addButton(QCoreApplication.translate("Trash", "Empty the trash…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.empty_button.setObjectName("trash_empty")
        self.empty_button.clicked.connect(self.empty)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.entries: list[Any] = []
        self.reload()

    def reload(self) -> None:
        self.entries = self.window_.register.trash()
        _fill(self.table, [(_when(e.deleted_at), display.isolate(e.deleted_by), tr(KINDS, e.record_kind), display.isolate(e.label))
                           for e in self.entries])
        writable = not self.window_.register.read_only
        self.restore_button.setEnabled(bool(self.entries) and writable)
        self.empty_button.setEnabled(bool(self.entries) and writable)
        if self.entries:
            self.table.setCurrentCell(0, 0)

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        register = self.window_.register
        self.window_.runner.run(lambda _p: register.restore_from_trash(entry.record_uuid), on_done=lambda _r: self.reload(),
                                on_error=lambda exc: errors.show(exc, self), changes=ALL_KINDS)

    def empty(self) -> None:
        count = len(self.entries)
        if not prompts.confirm(
            self, QCoreApplication.translate("Trash", "Empty the trash"),
            QCoreApplication.translate("Trash", "Forget the %n record(s) in the trash for good?", "", count),
            QCoreApplication.translate("Trash", "They cannot be restored afterwards."),
        ):
            return
        register = self.window_.register
        self.window_.runner.run(lambda _p: register.empty_trash(), on_done=lambda _r: self.reload(),
                                on_error=lambda exc: errors.show(exc, self))


class HistoryDialog(QDialog):
    """Every change to one record, newest first, field by field."""

    def __init__(self, window: MainWindow, kind: str, uuid: str, title: str) -> None:
        super().__init__(window)
        self.setObjectName("record_history")
        self.setWindowTitle(QCoreApplication.translate("RecordHistory", "History of {record}").format(record=display.isolate(title)))
        self.resize(900, 480)
        self.table = _table(self, "record_history_table", [
            QCoreApplication.translate("RecordHistory", "When"), QCoreApplication.translate("RecordHistory", "Who"),
            QCoreApplication.translate("RecordHistory", "What"), QCoreApplication.translate("RecordHistory", "Changes"),
        ])
        entries = list(reversed(window.register.history(uuid)))
        rows = []
        for e in entries:
            what = tr(ACTIONS, e.action)
            if e.source:
                what += "\n" + QCoreApplication.translate("RecordHistory", "from {source}").format(source=display.isolate(source_text(e.source)))
            if e.action == "delete":
                changes = ""
            else:
                changes = "\n".join(
                    field_label(name) + ": " + value_text(kind, name, old, window.register) + " → " + value_text(kind, name, new, window.register)
                    for name, (old, new) in e.changes.items())
            rows.append((_when(e.when), display.isolate(e.who), what, changes))
        _fill(self.table, rows)
        empty = QLabel(QCoreApplication.translate("RecordHistory", "No change has been recorded for this record yet."), self)
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (empty, self.table, buttons):
            layout.addWidget(widget)


PAGE_RECORD_KINDS = {"agreements": "agreement", "activities": "activity", "organizations": "organization",
                     "people": "person", "history": "milestone"}


def show_trash(window: MainWindow) -> TrashDialog:
    dialog = TrashDialog(window)
    window.trash_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def show_history(window: MainWindow) -> HistoryDialog | None:
    """The history of the record open in the current page's editor."""
    page = window.current_page()
    record = page.editor.record
    if record is None or not getattr(record, "uuid", None):
        return None
    kind = PAGE_RECORD_KINDS.get(page.kind, page.kind)
    title = record.display_title() if hasattr(record, "display_title") else record.display_name()
    dialog = HistoryDialog(window, kind, record.uuid, title)
    window.record_history_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog

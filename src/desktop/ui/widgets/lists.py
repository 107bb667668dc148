"""Ordered lists edited in place: parties, signatories, objectives, statements.

Each exposes ``value()``, ``set_value()`` and a ``changed`` signal (user edits only)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain import records as r
from desktop.ui import display
from desktop.ui.widgets.bidi import BidiDelegate

DATA = Qt.ItemDataRole.UserRole



class OrderedTable(QWidget):
    """A table of rows with Remove / Up / Down buttons; subclasses add rows."""

    changed = Signal()
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.applying = False
        self.table = QTableWidget(0, len(self.headers), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(True)
        self.table.setMinimumHeight(110)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.add_bar = QHBoxLayout()
        self.remove_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        buttons.addLayout(self.add_bar, 1)
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def name_parts(self, base: str) -> None:
        self.table.setObjectName(base + "_table")
        self.remove_button.setObjectName(base + "_remove")
        self.up_button.setObjectName(base + "_up")
        self.down_button.setObjectName(base + "_down")

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("lists", h) for h in self.headers])
        self.remove_button.setText(QCoreApplication.translate("lists", "Remove"))
        self.up_button.setText(QCoreApplication.translate("lists", "Move up"))
        self.down_button.setText(QCoreApplication.translate("lists", "Move down"))
        self.render()

    # -- value ---------------------------------------------------------------------------
    def value(self) -> list[Any]:
        return copy.deepcopy(self.rows)

    def set_value(self, value: list[Any] | None) -> None:
        self.rows = copy.deepcopy(list(value or []))
        self.render()

    def render(self) -> None:
        self.applying = True
        try:
            current = self.table.currentRow()
            self.table.setRowCount(len(self.rows))
            for row, item in enumerate(self.rows):
                for column, text in enumerate(self.cells(item)):
                    cell = QTableWidgetItem(display.isolate(text))
                    cell.setFlags(self.cell_flags(column))
                    self.table.setItem(row, column, cell)
            if 0 <= current < len(self.rows):
                self.table.setCurrentCell(current, 0)
        finally:
            self.applying = False

    def cells(self, item: Any) -> list[str]:
        raise NotImplementedError

    def cell_flags(self, column: int) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    # -- edits ---------------------------------------------------------------------------
    def append(self, item: Any) -> None:
        self.rows.append(item)
        self.render()
        self.table.setCurrentCell(len(self.rows) - 1, 0)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            del self.rows[row]
            self.render()
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if 0 <= row < len(self.rows) and 0 <= target < len(self.rows):
            self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
            self.render()
            self.table.setCurrentCell(target, 0)
            self.changed.emit()


class RowChoice(QComboBox):
    """A combo box under an ordered table that sets one field of the selected row (the
    party a signatory signs for, the person who made a statement). Choosing is one edit
    of the table (``changed``); it sets that field and nothing else."""

    def __init__(self, owner: OrderedTable, field: str, items: Callable[[], list[tuple[Any, str]]], name: str) -> None:
        super().__init__(owner)
        self.owner, self.field, self.items = owner, field, items
        self.setObjectName(name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.activated.connect(self._chosen)
        owner.table.currentCellChanged.connect(lambda *_: self.show_current())
        owner.layout().insertWidget(1, self)  # type: ignore[union-attr]

    def show_current(self) -> None:
        """Offer the items with the selected row's value chosen (disabled with no row)."""
        row, rows = self.owner.table.currentRow(), self.owner.rows
        selected = 0 <= row < len(rows)
        self.blockSignals(True)
        self.clear()
        for data, text in self.items():
            self.addItem(display.isolate(text), data)
        current = getattr(rows[row], self.field) if selected else None
        self.setCurrentIndex(max(0, self.findData(current)) if current is not None else 0)
        self.setEnabled(selected)
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        row = self.owner.table.currentRow()
        if 0 <= row < len(self.owner.rows) and getattr(self.owner.rows[row], self.field) != self.itemData(index):
            setattr(self.owner.rows[row], self.field, self.itemData(index))
            self.owner.render()
            self.owner.changed.emit()


class TypedRowsTable(OrderedTable):
    """Rows typed in place in their cells, a new one added with one button.
    Subclasses name their parts (``<parts>_table``, ``<parts>_add``...), the button's label
    and how a new row starts, and handle ``_cell_edited``."""

    parts = ""
    add_label = ""

    def new_item(self) -> Any:
        raise NotImplementedError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(lambda: self.append(self.new_item()))
        self.add_bar.addWidget(self.add_button)
        self.add_bar.addStretch(1)
        self.table.itemChanged.connect(self._cell_edited)
        self.name_parts(self.parts)
        self.add_button.setObjectName(f"{self.parts}_add")
        self.retranslate()

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(QCoreApplication.translate("lists", self.add_label))


class ObjectivesTable(TypedRowsTable):
    """Objectives in order, their texts edited in the cells."""

    headers = (QT_TRANSLATE_NOOP("lists", "Objective (Arabic)"), QT_TRANSLATE_NOOP("lists", "Objective (English)"))
    parts = "objectives"
    add_label = QT_TRANSLATE_NOOP("lists", "Add objective")

    def new_item(self) -> r.Objective:
        return r.Objective()

    def cells(self, item: r.Objective) -> list[str]:
        return [item.text_ar, item.text_en]

    def render(self) -> None:
        super().render()
        self.applying = True
        for row in range(self.table.rowCount()):  # editable cells hold plain text
            for column, text in enumerate(self.cells(self.rows[row])):
                self.table.item(row, column).setText(text)
        self.applying = False

    def cell_flags(self, column: int) -> Qt.ItemFlag:
        return super().cell_flags(column) | Qt.ItemFlag.ItemIsEditable

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if self.applying or not 0 <= cell.row() < len(self.rows):
            return
        objective = self.rows[cell.row()]
        setattr(objective, "text_ar" if cell.column() == 0 else "text_en", cell.text())
        self.changed.emit()


class PickerTable(OrderedTable):
    """Rows chosen from combo boxes of existing records, with a 'New…' button."""

    def __init__(self, create: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.create = create
        self.labels: dict[str | None, str] = {}
        self.picker = QComboBox(self)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(14)
        self.add_button = QPushButton(self)
        self.new_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_chosen)
        self.new_button.clicked.connect(self.create_new)
        self.add_bar.addWidget(self.picker, 1)
        self.add_bar.addWidget(self.add_button)
        self.add_bar.addWidget(self.new_button)

    def set_choices(self, items: list[tuple[Any, str]]) -> None:
        self.labels = {data: text for data, text in items}
        current = self.picker.currentData()
        self.picker.clear()
        for data, text in items:
            if data is not None:
                self.picker.addItem(display.isolate(text), data)
        self.picker.setCurrentIndex(max(0, self.picker.findData(current)))
        self.render()

    def label_of(self, uuid: str | None) -> str:
        return self.labels.get(uuid, "") if uuid else ""

    def add_chosen(self) -> None:
        uuid = self.picker.currentData()
        if uuid:
            self.add_uuid(uuid)

    def create_new(self) -> None:
        uuid = self.create()
        if uuid:
            self.refresh_choices()
            self.picker.setCurrentIndex(self.picker.findData(uuid))
            self.add_uuid(uuid)

    def refresh_choices(self) -> None:
        """Reload the choices (set by the owner)."""

    def add_uuid(self, uuid: str) -> None:
        raise NotImplementedError


class PartiesTable(PickerTable):
    headers = (QT_TRANSLATE_NOOP("lists", "Party"),)

    def __init__(self, create: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(create, parent)
        self.name_parts("parties")
        self.picker.setObjectName("parties_choice")
        self.add_button.setObjectName("parties_add")
        self.new_button.setObjectName("parties_new")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(QCoreApplication.translate("lists", "Add party"))
        self.new_button.setText(QCoreApplication.translate("lists", "New organisation…"))

    def cells(self, item: str) -> list[str]:
        return [self.label_of(item)]

    def add_uuid(self, uuid: str) -> None:
        if uuid not in self.rows:
            self.append(uuid)


class SignatoriesTable(PickerTable):
    headers = (QT_TRANSLATE_NOOP("lists", "Signatory"), QT_TRANSLATE_NOOP("lists", "For"))

    def __init__(self, create: Callable[[], str | None], parties: Callable[[], list[str]],
                 party_label: Callable[[str | None], str], person_party: Callable[[str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(create, parent)
        self.parties, self.party_label, self.person_party = parties, party_label, person_party
        self.party_choice = RowChoice(self, "party_uuid", self._party_items, "signatories_party")
        self.name_parts("signatories")
        self.picker.setObjectName("signatories_choice")
        self.add_button.setObjectName("signatories_add")
        self.new_button.setObjectName("signatories_new")
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(QCoreApplication.translate("lists", "Add signatory"))
        self.new_button.setText(QCoreApplication.translate("lists", "New person…"))

    def cells(self, item: r.Signatory) -> list[str]:
        return [self.label_of(item.person_uuid), self.party_label(item.party_uuid)]

    def render(self) -> None:
        super().render()
        self.party_choice.show_current()

    def _party_items(self) -> list[tuple[Any, str]]:
        """The parties the selected signatory may sign for: the agreement's own."""
        signs_for = QCoreApplication.translate("lists", "Signs for: {party}")
        return [(None, QCoreApplication.translate("lists", "Signs for: (not said)"))] + [
            (uuid, signs_for.format(party=self.party_label(uuid))) for uuid in self.parties()
        ]

    def value(self) -> list[r.Signatory]:
        return [r.Signatory(person_uuid=s.person_uuid, party_uuid=s.party_uuid) for s in self.rows]

    def add_uuid(self, uuid: str) -> None:
        if any(s.person_uuid == uuid for s in self.rows):
            return
        party = self.person_party(uuid)
        self.append(r.Signatory(person_uuid=uuid, party_uuid=party if party in self.parties() else None))


class StatementsTable(TypedRowsTable):
    """Words said about the agreement: the person who said them (chosen from the register
    with ``statement_person`` for the selected row) or a speaker typed in, the words in
    Arabic and English, and when."""

    headers = (
        QT_TRANSLATE_NOOP("lists", "Person"),
        QT_TRANSLATE_NOOP("lists", "Speaker"),
        QT_TRANSLATE_NOOP("lists", "Statement (Arabic)"),
        QT_TRANSLATE_NOOP("lists", "Statement (English)"),
        QT_TRANSLATE_NOOP("lists", "Date"),
    )
    FIELDS = ("person_uuid", "speaker", "text_ar", "text_en", "date")
    parts = "statements"
    add_label = QT_TRANSLATE_NOOP("lists", "Add statement")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[tuple[Any, str]] = []
        self.person_choice = RowChoice(self, "person_uuid", self._person_items, "statement_person")
        self.render()

    def _person_items(self) -> list[tuple[Any, str]]:
        said_by = QCoreApplication.translate("lists", "Said by: {person}")
        return [(data, said_by.format(person=text)) for data, text in self.people]

    def set_people(self, items: list[tuple[Any, str]]) -> None:
        """The people a statement can be attributed to, 'none' first (``choices.people_with_organizations``)."""
        self.people = list(items)
        self.render()

    def new_item(self) -> r.Statement:
        return r.Statement()

    def person_label(self, uuid: str | None) -> str:
        return next((text for data, text in getattr(self, "people", ()) if data == uuid), "") if uuid else ""

    def cells(self, item: r.Statement) -> list[str]:
        return [self.person_label(item.person_uuid), item.speaker, item.text_ar, item.text_en,
                item.date.isoformat() if item.date else ""]

    def render(self) -> None:
        super().render()
        self.applying = True
        for row in range(self.table.rowCount()):  # editable cells hold plain text
            for column, text in enumerate(self.cells(self.rows[row])):
                if column:
                    self.table.item(row, column).setText(text)
                self.table.item(row, column).setToolTip(text)  # the whole text of an elided cell
        self.applying = False
        if hasattr(self, "person_choice"):  # render() runs once before the chooser exists
            self.person_choice.show_current()

    def cell_flags(self, column: int) -> Qt.ItemFlag:
        editable = Qt.ItemFlag.ItemIsEditable if self.FIELDS[column] != "person_uuid" else Qt.ItemFlag.NoItemFlags
        return super().cell_flags(column) | editable

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if self.applying or not 0 <= cell.row() < len(self.rows) or self.FIELDS[cell.column()] == "person_uuid":
            return
        from desktop.domain.dates import PartialDateError
        from desktop.ui.widgets.partial_date import parse

        statement = self.rows[cell.row()]
        name = self.FIELDS[cell.column()]
        if name == "date":
            try:
                statement.date = parse(cell.text())
            except PartialDateError:
                self.render()  # not a date: keep the previous one
                return
        else:
            setattr(statement, name, cell.text())
        self.changed.emit()

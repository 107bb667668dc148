"""What an activity reported for the indicators of its objective that count reported values:
one row per indicator, the value typed in its cell (empty: nothing reported)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.domain.indicators import Indicator, IndicatorValue, Method, format_number
from desktop.text.digits import to_ascii_digits
from desktop.ui import display, i18n
from desktop.ui.widgets.bidi import BidiDelegate




def parse_number(text: str) -> float | None:
    """A typed number (Arabic-Indic digits and the Arabic decimal separator accepted); None
    for an empty cell; ValueError for anything else."""
    plain = to_ascii_digits(text).strip().replace("٫", ".").replace(",", "")
    return float(plain) if plain else None


class IndicatorValuesTable(QWidget):
    """``value()`` / ``set_value()`` / ``changed`` like the editor's other list fields."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicators: list[Indicator] = []
        self.values: dict[str, float] = {}
        self.applying = False
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("activity_indicator_values_table")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(0, BidiDelegate(self.table))
        self.table.setMinimumHeight(60)
        self.table.setMaximumHeight(150)
        self.table.itemChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslate()

    def set_indicators(self, indicators: list[Indicator]) -> None:
        """The objective's indicators: those counting reported values, and any other that holds one."""
        self.indicators = [i for i in indicators if i.method is Method.REPORTED or (i.uuid or "") in self.values]
        self.render()

    def value(self) -> list[IndicatorValue]:
        order = [i.uuid for i in self.indicators]
        known = [IndicatorValue(u, v) for u, v in self.values.items() if u in order]
        return sorted(known, key=lambda v: order.index(v.indicator_uuid)) + [
            IndicatorValue(u, v) for u, v in self.values.items() if u not in order
        ]

    def set_value(self, value: list[IndicatorValue] | None) -> None:
        self.values = {v.indicator_uuid: v.value for v in copy.deepcopy(list(value or []))}
        self.render()

    def render(self) -> None:
        self.applying = True
        try:
            self.table.setRowCount(len(self.indicators))
            for row, indicator in enumerate(self.indicators):
                unit = f" ({indicator.unit})" if indicator.unit else ""
                name = QTableWidgetItem(display.isolate(indicator.display_name("ar" if i18n.is_rtl() else "en") + unit))
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                found = self.values.get(indicator.uuid or "")
                cell = QTableWidgetItem("" if found is None else display.digits(format_number(found)))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, 0, name)
                self.table.setItem(row, 1, cell)
            self.setVisible(bool(self.indicators))
        finally:
            self.applying = False

    def _edited(self, cell: QTableWidgetItem) -> None:
        if self.applying or cell.column() != 1 or not 0 <= cell.row() < len(self.indicators):
            return
        uuid = self.indicators[cell.row()].uuid or ""
        try:
            number = parse_number(cell.text())
        except ValueError:
            self.render()  # not a number: the cell shows the value it had
            return
        if number is None:
            self.values.pop(uuid, None)
        else:
            self.values[uuid] = number
        self.changed.emit()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("IndicatorValues", "Indicator"), QCoreApplication.translate("IndicatorValues", "Value reported")])
        self.table.setAccessibleName(QCoreApplication.translate("IndicatorValues", "Values reported for the objective's indicators"))
        self.render()

"""The indicators of the objective selected in the agreement editor's objectives table.

They are part of the objectives' value: adding, editing or removing one changes the
objective in the table and emits the table's ``changed`` (so undo, redo and the unsaved
changes guard cover indicators like any other edit of the agreement)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.domain.indicators import Indicator, format_number
from desktop.ui import display, i18n
from desktop.ui.indicator_dialog import edit_indicator, method_label
from desktop.ui.widgets.bidi import BidiDelegate
from desktop.ui.widgets.lists import ObjectivesTable




class IndicatorsPanel(QWidget):
    def __init__(self, objectives: ObjectivesTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objectives = objectives
        self.read_only = False
        self.title = QLabel(self)
        self.title.setObjectName("objective_indicators_title")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("objective_indicators")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.setMinimumHeight(90)
        self.table.doubleClicked.connect(lambda *_: self.edit_current())
        self.add_button, self.edit_button, self.remove_button = QPushButton(self), QPushButton(self), QPushButton(self)
        for button, name, slot in ((self.add_button, "indicator_add", self.add),
                                   (self.edit_button, "indicator_edit", self.edit_current),
                                   (self.remove_button, "indicator_remove", self.remove_current)):
            button.setObjectName(name)
            button.clicked.connect(slot)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        objectives.table.currentCellChanged.connect(lambda *_: self.render())
        objectives.changed.connect(self.render)
        self.retranslate()

    def _objective_row(self) -> int:
        row = self.objectives.table.currentRow()
        return row if 0 <= row < len(self.objectives.rows) else -1

    def _indicators(self) -> list[Indicator]:
        row = self._objective_row()
        return self.objectives.rows[row].indicators if row >= 0 else []

    def render(self) -> None:
        row = self._objective_row()
        indicators = self._indicators()
        self.table.setRowCount(len(indicators))
        for index, indicator in enumerate(indicators):
            unit = f" {indicator.unit}" if indicator.unit else ""
            cells = (indicator.display_name("ar" if i18n.is_rtl() else "en"),
                     display.digits(format_number(indicator.target)) + unit, method_label(indicator.method))
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(display.isolate(text)))
        if row >= 0:
            self.title.setText(QCoreApplication.translate("IndicatorsPanel", "Indicators of objective %1").replace("%1", display.number(row + 1)))
        else:
            self.title.setText(QCoreApplication.translate("IndicatorsPanel", "Indicators (select an objective)"))
        can = row >= 0 and not self.read_only
        self.add_button.setEnabled(can)
        self.edit_button.setEnabled(can and self.table.rowCount() > 0)
        self.remove_button.setEnabled(can and self.table.rowCount() > 0)

    def _changed(self) -> None:
        self.objectives.changed.emit()

    def add(self) -> None:
        row = self._objective_row()
        if row < 0:
            return
        edited = edit_indicator(Indicator(), row + 1, self)
        if edited is not None:
            self.objectives.rows[row].indicators.append(edited)
            self._changed()
            self.table.setCurrentCell(len(self._indicators()) - 1, 0)

    def edit_current(self) -> None:
        row, index = self._objective_row(), self.table.currentRow()
        indicators = self._indicators()
        if row < 0 or not 0 <= index < len(indicators) or self.read_only:
            return
        edited = edit_indicator(indicators[index], row + 1, self)
        if edited is not None and edited != indicators[index]:
            indicators[index] = edited
            self._changed()
            self.table.setCurrentCell(index, 0)

    def remove_current(self) -> None:
        index = self.table.currentRow()
        indicators = self._indicators()
        if 0 <= index < len(indicators) and not self.read_only:
            del indicators[index]
            self._changed()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("IndicatorsPanel", "Indicator"), QCoreApplication.translate("IndicatorsPanel", "Target"), QCoreApplication.translate("IndicatorsPanel", "Achievement counted from")])
        self.add_button.setText(QCoreApplication.translate("IndicatorsPanel", "Add indicator…"))
        self.edit_button.setText(QCoreApplication.translate("IndicatorsPanel", "Edit indicator…"))
        self.remove_button.setText(QCoreApplication.translate("IndicatorsPanel", "Remove indicator"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAccessibleName(button.text())
        self.table.setAccessibleName(QCoreApplication.translate("IndicatorsPanel", "Indicators"))
        self.render()

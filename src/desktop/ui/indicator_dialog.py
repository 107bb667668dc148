"""Editing one indicator of an objective: names, unit, baseline, target, direction, how its
achievement is computed, the kinds counted and the values entered by hand per period."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.dates import PartialDate, PartialDateError
from desktop.domain.indicators import (
    DIRECTION_LABELS_EN, METHOD_LABELS_EN, Direction, Indicator, IndicatorEntry, Method, problems,
)
from desktop.domain.kinds import ActivityKind
from desktop.domain.messages import Message
from desktop.ui import i18n
from desktop.ui.display import digits
from desktop.text.digits import to_ascii_digits

LIMIT = 1e12



def method_label(method: Method) -> str:
    return QCoreApplication.translate(Message.CONTEXT, METHOD_LABELS_EN[method])


def direction_label(direction: Direction) -> str:
    return QCoreApplication.translate(Message.CONTEXT, DIRECTION_LABELS_EN[direction])


def _number_box(parent: QWidget, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setObjectName(name)
    box.setRange(-LIMIT, LIMIT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(False)
    box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    box.setLocale(QLocale(QLocale.Language.English))  # "." as the decimal point in both languages
    return box


class IndicatorDialog(QDialog):
    """A dialog over a copy of the indicator: ``indicator()`` gives the edited one."""

    def __init__(self, indicator: Indicator, objective_number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicator_dialog")
        self.setWindowTitle(QCoreApplication.translate("IndicatorDialog", "Indicator"))
        self.setMinimumWidth(640)
        self._original = copy.deepcopy(indicator)
        self._number = objective_number
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_ar, self.name_en, self.unit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for edit, name, rtl in ((self.name_ar, "indicator_name_ar", True), (self.name_en, "indicator_name_en", False),
                                (self.unit, "indicator_unit", False)):
            edit.setObjectName(name)
            if name != "indicator_unit":
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.baseline, self.target = _number_box(self, "indicator_baseline"), _number_box(self, "indicator_target")
        self.direction, self.method = QComboBox(self), QComboBox(self)
        self.direction.setObjectName("indicator_direction")
        self.method.setObjectName("indicator_method")
        for d in Direction:
            self.direction.addItem(direction_label(d), d)
        for m in Method:
            self.method.addItem(method_label(m), m)
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("indicator_kinds")
        self.kinds.setMaximumHeight(120)
        for kind in ActivityKind:
            item = QListWidgetItem(i18n.label(kind), self.kinds)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.entries = self._entries_table()
        rows = (
            (QCoreApplication.translate("IndicatorDialog", "Name (Arabic)"), self.name_ar), (QCoreApplication.translate("IndicatorDialog", "Name (English)"), self.name_en), (QCoreApplication.translate("IndicatorDialog", "Unit"), self.unit),
            (QCoreApplication.translate("IndicatorDialog", "Baseline"), self.baseline), (QCoreApplication.translate("IndicatorDialog", "Target"), self.target), (QCoreApplication.translate("IndicatorDialog", "Direction"), self.direction),
            (QCoreApplication.translate("IndicatorDialog", "Achievement counted from"), self.method), (QCoreApplication.translate("IndicatorDialog", "Kinds of activity counted (none: all)"), self.kinds),
            (QCoreApplication.translate("IndicatorDialog", "Values entered by hand, per period (YYYY, YYYY-MM or YYYY-MM-DD)"), self.entries_box),
        )
        for label, widget in rows:
            text = QLabel(label, self)
            text.setBuddy(widget)
            widget.setAccessibleName(label)
            form.addRow(text, widget)
        self.problem = QLabel(self)
        self.problem.setObjectName("indicator_problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._show(indicator)

    def _entries_table(self) -> QTableWidget:
        self.entries_box = QWidget(self)
        table = QTableWidget(0, 2, self.entries_box)
        table.setObjectName("indicator_entries")
        table.setHorizontalHeaderLabels([QCoreApplication.translate("IndicatorDialog", "Period"), QCoreApplication.translate("IndicatorDialog", "Value")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setMinimumHeight(110)
        add, remove = QPushButton(QCoreApplication.translate("IndicatorDialog", "Add period"), self.entries_box), QPushButton(QCoreApplication.translate("IndicatorDialog", "Remove period"), self.entries_box)
        add.setObjectName("indicator_entry_add")
        remove.setObjectName("indicator_entry_remove")
        add.clicked.connect(lambda: self._add_entry("", ""))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        layout = QVBoxLayout(self.entries_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        layout.addLayout(bar)
        return table

    def _add_entry(self, period: str, value: str) -> None:
        row = self.entries.rowCount()
        self.entries.insertRow(row)
        for column, text in enumerate((period, value)):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.entries.setItem(row, column, item)
        self.entries.setCurrentCell(row, 0)

    def _show(self, indicator: Indicator) -> None:
        self.name_ar.setText(indicator.name_ar)
        self.name_en.setText(indicator.name_en)
        self.unit.setText(indicator.unit)
        self.baseline.setValue(indicator.baseline)
        self.target.setValue(indicator.target)
        self.direction.setCurrentIndex(self.direction.findData(indicator.direction))
        self.method.setCurrentIndex(self.method.findData(indicator.method))
        for index in range(self.kinds.count()):
            item = self.kinds.item(index)
            chosen = ActivityKind(item.data(Qt.ItemDataRole.UserRole)) in indicator.kinds
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        for entry in indicator.entries:
            self._add_entry(entry.period.isoformat() if entry.period else "", digits(_plain(entry.value)))
        self._method_changed()

    def _method(self) -> Method:
        return Method(self.method.currentData())  # Qt hands the member back as its text

    def _method_changed(self) -> None:
        method = self._method()
        self.kinds.setEnabled(method is Method.COUNT)
        self.entries_box.setEnabled(method is Method.MANUAL)

    def _entries(self) -> list[IndicatorEntry]:
        found = []
        for row in range(self.entries.rowCount()):
            period_text = to_ascii_digits((self.entries.item(row, 0) or QTableWidgetItem()).text()).strip()
            value_text = to_ascii_digits((self.entries.item(row, 1) or QTableWidgetItem()).text()).strip().replace("٫", ".")
            if not period_text and not value_text:
                continue
            try:
                period = PartialDate.parse_optional(period_text)
                value = float(value_text)
            except (PartialDateError, ValueError):
                raise ValueError(row + 1) from None
            found.append(IndicatorEntry(period, value))
        return found

    def indicator(self) -> Indicator:
        """The indicator as edited (raises ValueError(row) for an unreadable entry)."""
        edited = copy.deepcopy(self._original)
        edited.name_ar, edited.name_en, edited.unit = self.name_ar.text().strip(), self.name_en.text().strip(), self.unit.text().strip()
        edited.baseline, edited.target = self.baseline.value(), self.target.value()
        edited.direction, edited.method = Direction(self.direction.currentData()), self._method()
        edited.kinds = [
            ActivityKind(self.kinds.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.kinds.count())
            if self.kinds.item(i).checkState() == Qt.CheckState.Checked
        ] if edited.method is Method.COUNT else []
        edited.entries = self._entries() if edited.method is Method.MANUAL else []
        return edited

    def accept(self) -> None:
        try:
            edited = self.indicator()
        except ValueError as bad:
            self._refuse(QCoreApplication.translate("IndicatorDialog", "Period row %1: write the period as YYYY, YYYY-MM or YYYY-MM-DD and the value as a number.")
                         .replace("%1", digits(str(bad.args[0]))))
            return
        found = problems([(self._number, [edited])])
        if found:
            self._refuse(i18n.tr_message(found[0].message))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _plain(value: float) -> str:
    return str(int(value)) if value.is_integer() else str(value)


def edit_indicator(indicator: Indicator, objective_number: int, parent: QWidget | None) -> Indicator | None:
    """The indicator as the user edited it, or None when cancelled."""
    dialog = IndicatorDialog(indicator, objective_number, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.indicator()
    return None

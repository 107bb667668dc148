"""Narrowing the activities list to one agreement, status or kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from desktop.ui import choices, display


class ActivityFilterBar(QWidget):
    changed = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.agreement, self.status, self.kind = QComboBox(self), QComboBox(self), QComboBox(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, combo in (("filter_agreement", self.agreement), ("filter_status", self.status), ("filter_kind", self.kind)):
            combo.setObjectName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self._changed)
            layout.addWidget(combo, 2 if combo is self.agreement else 1)
        self._loading = False
        self.reload()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(display.isolate(text), str(value))
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def reload(self) -> None:
        self._loading = True
        try:
            self._fill(self.agreement, QCoreApplication.translate("filters", "All agreements"), choices.agreements(self.register))
            self._fill(self.status, QCoreApplication.translate("filters", "Every status"), choices.enum_items(ActivityStatus))
            self._fill(self.kind, QCoreApplication.translate("filters", "Every kind"), choices.enum_items(ActivityKind))
            self.agreement.setAccessibleName(QCoreApplication.translate("filters", "Show the activities of the agreement"))
            self.status.setAccessibleName(QCoreApplication.translate("filters", "Show the activities with the status"))
            self.kind.setAccessibleName(QCoreApplication.translate("filters", "Show the activities of the kind"))
        finally:
            self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self, search: str) -> ActivityFilter:
        status, kind = self.status.currentData(), self.kind.currentData()
        return ActivityFilter(
            agreement=self.agreement.currentData() or None,
            search=search or None,
            status=ActivityStatus(status) if status else None,
            kind=ActivityKind(kind) if kind else None,
        )

"""What the Dashboard and Timeline pages share: one agreement chosen in a combo box, kept when
the list is reloaded (else the service's default plan), and the signals that keep the two pages
on the same agreement and open an activity."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.domain.dates import PartialDate
from desktop.services import dashboard as service
from desktop.services.register import Register
from desktop.ui import i18n
from desktop.ui.charts import agreement_label


class PlanPage(QWidget):
    """``open_activity`` carries an activity's UUID; ``agreement_changed`` the selected one.
    The page is ``page_<name>``, its combo box ``<name>_agreement``; subclasses draw in ``_load``."""

    open_activity = Signal(str)
    agreement_changed = Signal(str)

    def __init__(self, name: str, register: Register | Callable[[], Register], today: _dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{name}")
        self._register = register
        self.today = today
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"{name}_agreement")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        self.combo_label = QLabel(self)

    @property
    def register(self) -> Register:
        if isinstance(self._register, Register):
            return self._register
        return self._register()

    def refresh(self) -> None:
        """Reload the agreement list (keeping the selected one) and the page's drawing."""
        agreements = self.register.agreements()
        keep = self.selected_uuid()
        if keep not in {a.uuid for a in agreements}:
            chosen = service.default_agreement(agreements)
            keep = chosen.uuid if chosen else None
        lang = i18n.current()
        self.combo.blockSignals(True)
        self.combo.clear()
        for a in sorted(agreements, key=lambda a: (a.period_start or PartialDate(1)), reverse=True):
            self.combo.addItem(agreement_label(a, lang), a.uuid)
        self.combo.setCurrentIndex(self.combo.findData(keep) if keep else -1)
        self.combo.blockSignals(False)
        self._load()

    def selected_uuid(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None

    def select(self, uuid: str) -> None:
        index = self.combo.findData(uuid)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)

    def _combo_changed(self, _index: int) -> None:
        self._load()
        uuid = self.selected_uuid()
        if uuid:
            self.agreement_changed.emit(uuid)

    def _load(self) -> None:
        raise NotImplementedError

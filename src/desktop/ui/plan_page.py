"""What the Dashboard and Timeline pages share: one agreement chosen in a combo box, kept when
the list is reloaded (else the service's default plan), and the signals that keep the two pages
on the same agreement and open an activity."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.domain.dates import PartialDate
from desktop.services import dashboard as service
from desktop.services.register import Register
from desktop.ui import i18n
from desktop.ui.charts import agreement_label
from desktop.ui.runner import Runner


class PlanPage(QWidget):
    """``open_activity`` carries an activity's UUID; ``agreement_changed`` the selected one.
    The page is ``page_<name>``, its combo box ``<name>_agreement``; subclasses read in
    ``_reader`` (off the GUI thread when the window gives a runner) and draw in ``_show_data``."""

    open_activity = Signal(str)
    agreement_changed = Signal(str)
    loaded = Signal()  # the page's figures, read in the background, are drawn

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
        #: the window's runner reads the figures in its pool (the latest request wins); a page
        #: on its own (tests, the benchmark's) reads them in place
        self.runner: Runner | None = None
        self.loading = False

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
        read = self._reader()
        if self.runner is None:
            self._show_data(read())
            self.loaded.emit()
            return
        self.loading = True
        self.runner.query(f"plan:{id(self)}", read, self._loaded, self._failed)

    def _loaded(self, data: Any) -> None:
        self.loading = False
        self._show_data(data)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        from desktop.ui import errors

        errors.show(exc, self)

    def _reader(self) -> Callable[[], Any]:
        """The read of the page's figures (any thread) for the agreement chosen now."""
        raise NotImplementedError

    def _show_data(self, data: Any) -> None:
        """Draw what :meth:`_reader` read (GUI thread)."""
        raise NotImplementedError

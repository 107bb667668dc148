"""Entry of a partial date: a year, a year and month, or a full date - never an invented day.

A line edit kept left-to-right in both languages so ``2025-03-20`` never shows as
``20-03-2025`` (the QDateEdit trap in right-to-left layouts). It accepts ASCII and
Arabic-Indic digits and ``/`` or ``.`` as separators; a hint beside it says what precision
was understood and, when chosen, the Hijri date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.domain.dates import PartialDate, PartialDateError
from desktop.text.digits import to_ascii_digits
from desktop.ui import display, settings

_ALLOWED = set("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹-/. ")


class _DateValidator(QValidator):
    def validate(self, text: str, pos: int) -> object:
        if any(ch not in _ALLOWED for ch in text) or len(text) > 10:
            return (QValidator.State.Invalid, text, pos)
        try:
            PartialDate.parse_optional(text)
        except PartialDateError:
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Acceptable, text, pos)


def parse(text: str) -> PartialDate | None:
    """Raise PartialDateError when the text is not a date."""
    cleaned = to_ascii_digits(text).strip().replace("/", "-").replace(".", "-")
    return PartialDate.parse_optional(cleaned)


class PartialDateEdit(QLineEdit):
    """``value()`` is a PartialDate or None; ``text()`` the ISO text as typed."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setValidator(_DateValidator(self))
        self.setMaxLength(10)
        self.setClearButtonEnabled(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("dates", "YYYY or YYYY-MM or YYYY-MM-DD"))
        self.setToolTip(
            QCoreApplication.translate(
                "dates", "A year (2022), a month (2022-03) or a full date (2022-03-15); ١٢٣ digits work too."
            )
        )

    def value(self) -> PartialDate | None:
        return parse(self.text())

    def is_valid(self) -> bool:
        try:
            parse(self.text())
        except PartialDateError:
            return False
        return True

    def set_value(self, date: PartialDate | None) -> None:
        self.setText(date.isoformat() if date else "")

    def normalise(self) -> None:
        """Rewrite the text as ISO with ASCII digits when it is a valid date."""
        if self.is_valid():
            value = self.value()
            text = value.isoformat() if value else ""
            if text != self.text():
                self.setText(text)


class DateField(QWidget):
    """The date edit with its hint (precision, Hijri date) beside it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = PartialDateEdit(self)
        self.edit.setObjectName(name)
        self.hint = QLabel(self)
        self.hint.setObjectName(name + "_hint")
        self.hint.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.hint, 1)
        self.edit.textChanged.connect(self.update_hint)
        self.edit.editingFinished.connect(self.edit.normalise)

    def update_hint(self) -> None:
        try:
            value = self.edit.value()
        except PartialDateError:
            self.hint.setText(QCoreApplication.translate("dates", "not a date yet"))
            return
        parts = [display.precision_text(value)]
        if value is not None and settings.get(settings.SHOW_HIJRI):
            parts.append(display.hijri(value))
        self.hint.setText(display.isolate(" · ".join(p for p in parts if p)))

    def retranslate(self) -> None:
        self.edit.retranslate()
        self.update_hint()

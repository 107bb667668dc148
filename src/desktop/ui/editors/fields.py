"""Bindings between a record attribute and its widget: get, set, and a user-change signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desktop.text.digits import to_ascii_digits
from desktop.ui import display
from desktop.ui.widgets.partial_date import DateField


class Binding(QObject):
    """``edited`` fires on user edits only (never while the editor sets values)."""

    edited = Signal()

    def __init__(self, name: str, widget: QWidget, label: str) -> None:
        super().__init__(widget)
        self.name = name  # the record attribute
        self.widget = widget
        self.label = label  # source text in the "fields" context
        self.applying = False
        self.last: Any = None

    def get(self) -> Any:
        raise NotImplementedError

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        self.applying = True
        try:
            self._set(value)
        finally:
            self.applying = False
        self.last = self.get()

    def _user_changed(self, *_args: object) -> None:
        if not self.applying:
            self.edited.emit()

    def focus_widget(self) -> QWidget:
        return self.widget


def direction_for(name: str) -> Qt.LayoutDirection | None:
    if name.endswith("_ar"):
        return Qt.LayoutDirection.RightToLeft
    if name.endswith("_en") or name in ("reference", "acronym"):
        return Qt.LayoutDirection.LeftToRight
    return None


def follow_text_direction(widget: QLineEdit) -> None:
    """A field for text in either language ("Jeddah / جدة"): laid out in the direction of
    its text's first strong character, the interface's when it has none."""

    def update(text: str) -> None:
        from desktop.ui.widgets.bidi import direction_of

        direction = direction_of(text)
        if direction is None:
            widget.unsetLayoutDirection()
        elif widget.layoutDirection() != direction or not widget.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection):
            widget.setLayoutDirection(direction)

    widget.textChanged.connect(update)


def follow_paragraph_directions(widget: QPlainTextEdit | QTextEdit) -> None:
    """Notes in either language: each paragraph right- or left-aligned by its own text."""
    from PySide6.QtGui import QTextCursor

    busy = [False]

    def update() -> None:
        from desktop.ui.widgets.bidi import direction_of

        if busy[0]:
            return
        busy[0] = True
        try:
            block = widget.document().begin()
            while block.isValid():
                direction = direction_of(block.text()) or widget.layoutDirection()
                fmt = block.blockFormat()
                if fmt.layoutDirection() != direction:
                    fmt.setLayoutDirection(direction)
                    right = direction == Qt.LayoutDirection.RightToLeft
                    fmt.setAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute)
                    cursor = QTextCursor(block)
                    cursor.setBlockFormat(fmt)
                block = block.next()
        finally:
            busy[0] = False

    widget.textChanged.connect(update)


class LineBinding(Binding):
    def __init__(self, name: str, widget: QLineEdit, label: str) -> None:
        super().__init__(name, widget, label)
        direction = direction_for(name)
        if direction is not None:
            widget.setLayoutDirection(direction)
        else:
            follow_text_direction(widget)
        widget.textChanged.connect(self._user_changed)

    def get(self) -> str:
        return self.widget.text()  # type: ignore[attr-defined,no-any-return]

    def _set(self, value: Any) -> None:
        self.widget.setText(value or "")  # type: ignore[attr-defined]
        self.widget.setCursorPosition(0)  # type: ignore[attr-defined]  # show the start, not the tail


class TextBinding(Binding):
    def __init__(self, name: str, widget: QPlainTextEdit | QTextEdit, label: str) -> None:
        super().__init__(name, widget, label)
        direction = direction_for(name)
        if direction is not None:
            widget.setLayoutDirection(direction)
            option = widget.document().defaultTextOption()
            option.setTextDirection(direction)
            right = direction == Qt.LayoutDirection.RightToLeft
            option.setAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute)
            widget.document().setDefaultTextOption(option)
        else:
            follow_paragraph_directions(widget)
        widget.setTabChangesFocus(True)
        widget.textChanged.connect(self._user_changed)

    def get(self) -> str:
        return self.widget.toPlainText()  # type: ignore[attr-defined,no-any-return]

    def _set(self, value: Any) -> None:
        self.widget.setPlainText(value or "")  # type: ignore[attr-defined]


class IntBinding(Binding):
    """A whole number; empty means unknown. Arabic-Indic digits accepted."""

    def __init__(self, name: str, widget: QLineEdit, label: str) -> None:
        super().__init__(name, widget, label)
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        widget.textChanged.connect(self._user_changed)

    def get(self) -> int | str | None:
        text = to_ascii_digits(self.widget.text()).strip()  # type: ignore[attr-defined]
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return text  # the editor reports it next to the field

    def _set(self, value: Any) -> None:
        self.widget.setText("" if value is None else str(value))  # type: ignore[attr-defined]


class ComboBinding(Binding):
    """A choice among (data, label) items; labels may be refreshed on language change."""

    def __init__(self, name: str, widget: QComboBox, label: str, items: Callable[[], Sequence[tuple[Any, str]]]) -> None:
        super().__init__(name, widget, label)
        self.items = items
        self.values: list[Any] = []  # the Python values (Qt turns str enums into plain str)
        self.reload()
        widget.currentIndexChanged.connect(self._user_changed)

    def reload(self) -> None:
        combo: QComboBox = self.widget  # type: ignore[assignment]
        current = self.get() if combo.count() else self.last
        self.applying = True
        try:
            combo.clear()
            self.values = []
            for data, text in self.items():
                combo.addItem(display.isolate(text), data)
                self.values.append(data)
            combo.setCurrentIndex(self.index_of(current))
        finally:
            self.applying = False

    def index_of(self, value: Any) -> int:
        return next((i for i, v in enumerate(self.values) if v == value), 0)

    def get(self) -> Any:
        index = self.widget.currentIndex()  # type: ignore[attr-defined]
        return self.values[index] if 0 <= index < len(self.values) else None

    def _set(self, value: Any) -> None:
        self.widget.setCurrentIndex(self.index_of(value))  # type: ignore[attr-defined]


class DateBinding(Binding):
    """Gets the text as typed; the editor parses it and reports a bad date beside the field."""

    def __init__(self, name: str, widget: DateField, label: str) -> None:
        super().__init__(name, widget, label)
        widget.edit.textChanged.connect(self._user_changed)

    def get(self) -> str:
        return self.widget.edit.text()  # type: ignore[attr-defined,no-any-return]

    def _set(self, value: Any) -> None:
        field: DateField = self.widget  # type: ignore[assignment]
        field.edit.setText(value.isoformat() if hasattr(value, "isoformat") else (value or ""))
        field.update_hint()

    def focus_widget(self) -> QWidget:
        return self.widget.edit  # type: ignore[attr-defined,no-any-return]


class ValueBinding(Binding):
    """For composite widgets exposing value()/set_value()/changed (lists of parties...)."""

    def __init__(self, name: str, widget: QWidget, label: str) -> None:
        super().__init__(name, widget, label)
        widget.changed.connect(self._user_changed)  # type: ignore[attr-defined]

    def get(self) -> Any:
        return self.widget.value()  # type: ignore[attr-defined]

    def _set(self, value: Any) -> None:
        self.widget.set_value(value)  # type: ignore[attr-defined]

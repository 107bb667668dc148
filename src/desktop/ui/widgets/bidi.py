"""Cells laid out in their own text's direction, aligned to the interface's leading edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem, QStyledItemDelegate, QWidget

from desktop.ui import display, i18n


def _direction(text: str) -> Qt.LayoutDirection | None:
    found = display.strong_direction(text.strip(display.FSI + display.PDI))
    if found is None:
        return None
    return Qt.LayoutDirection.RightToLeft if found == "rtl" else Qt.LayoutDirection.LeftToRight


class BidiDelegate(QStyledItemDelegate):
    """English in an Arabic table keeps its full stop at its end (and the reverse)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = _direction(option.text or "")
        if direction is not None and direction != option.direction:
            leading = Qt.AlignmentFlag.AlignRight if i18n.is_rtl() else Qt.AlignmentFlag.AlignLeft
            option.direction = direction
            option.displayAlignment = leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        direction = _direction(str(index.data() or ""))
        if isinstance(editor, QLineEdit) and direction is not None:
            editor.setLayoutDirection(direction)
        return editor

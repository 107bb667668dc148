"""Cells laid out in their own text's direction (first strong character), isolated from the
interface's direction: "Mobilise resources." keeps its full stop at its right end in an
Arabic table, Arabic notes are right-aligned in the English interface, "Amman / عمان" is
left-aligned in both; a long cell is cut (…) at its logical end."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui import display

Index = QModelIndex | QPersistentModelIndex


def direction_of(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong character (isolate marks skipped), or None."""
    found = display.strong_direction(text)
    if found is None:
        return None
    return Qt.LayoutDirection.RightToLeft if found == "rtl" else Qt.LayoutDirection.LeftToRight


_direction = direction_of  # the name older callers use


def alignment_for(direction: Qt.LayoutDirection, vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter) -> Qt.AlignmentFlag:
    """The text's own leading edge, whatever the interface's direction."""
    side = Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | vertical


class BidiDelegate(QStyledItemDelegate):
    """Paints and edits each cell in its own text's direction.

    ``initStyleOption`` is overridden (not ``paint``): PySide6 6.12 on Python 3.11 drops a
    reference to None on every call of a void method, which ui/refcounts.py (imported with
    desktop.ui) makes harmless for any length of session."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        direction = direction_of(option.text) if option.text else None
        if direction is None:
            return
        option.direction = direction
        option.textElideMode = Qt.TextElideMode.ElideRight  # the end of the text in its own direction
        vertical = Qt.AlignmentFlag(option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask) or Qt.AlignmentFlag.AlignVCenter
        option.displayAlignment = alignment_for(direction, vertical)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802 - Qt API
        editor = super().createEditor(parent, option, index)
        direction = direction_of(str(index.data() or ""))
        if isinstance(editor, QLineEdit) and direction is not None:
            editor.setLayoutDirection(direction)
        return editor

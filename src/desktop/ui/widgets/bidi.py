"""Cells laid out in their own text's direction, aligned to the interface's leading edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui import display


def _direction(text: str) -> Qt.LayoutDirection | None:
    found = display.strong_direction(text.strip(display.FSI + display.PDI))
    if found is None:
        return None
    return Qt.LayoutDirection.RightToLeft if found == "rtl" else Qt.LayoutDirection.LeftToRight


class BidiDelegate(QStyledItemDelegate):
    """Edits a cell in its own text's direction (display: see the models' isolates)."""

    # No paint() or initStyleOption() override: PySide6 6.12 on Python 3.11 drops a reference
    # to None each time Python calls QStyledItemDelegate.initStyleOption/paint, which ends in
    # "none_dealloc" after some thousands of painted cells. The models isolate every cell's
    # text (display.isolate), so English in an Arabic table keeps its full stop at its end
    # without touching how cells are painted.
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        direction = _direction(str(index.data() or ""))
        if isinstance(editor, QLineEdit) and direction is not None:
            editor.setLayoutDirection(direction)
        return editor

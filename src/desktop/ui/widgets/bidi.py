"""Cells laid out in their own text's direction, aligned to the interface's leading edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionViewItem, QStyledItemDelegate, QWidget

from desktop.ui import display, i18n


def _direction(text: str) -> Qt.LayoutDirection | None:
    found = display.strong_direction(text.strip(display.FSI + display.PDI))
    if found is None:
        return None
    return Qt.LayoutDirection.RightToLeft if found == "rtl" else Qt.LayoutDirection.LeftToRight


class BidiDelegate(QStyledItemDelegate):
    """English in an Arabic table keeps its full stop at its end (and the reverse)."""

    # paint() rather than an initStyleOption() override: PySide6 (6.12, Python 3.11) drops a
    # reference to None on every call of an initStyleOption override, which ends in a crash.
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        direction = _direction(opt.text or "")
        if direction is not None and direction != opt.direction:
            leading = Qt.AlignmentFlag.AlignRight if i18n.is_rtl() else Qt.AlignmentFlag.AlignLeft
            opt.direction = direction
            opt.displayAlignment = leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        direction = _direction(str(index.data() or ""))
        if isinstance(editor, QLineEdit) and direction is not None:
            editor.setLayoutDirection(direction)
        return editor

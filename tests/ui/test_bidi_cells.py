"""Every cell laid out by its own text's direction (first strong character), isolated from
the interface's direction; text fields for either language follow their text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView

from desktop.ui import display
from desktop.ui.widgets.bidi import BidiDelegate

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def _option(view_direction: Qt.LayoutDirection, text: str) -> QStyleOptionViewItem:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    view = QTableView()
    view.setLayoutDirection(view_direction)
    view.setModel(model)
    delegate = BidiDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, model.index(0, 0))
    return option


@pytest.mark.parametrize(("ui", "text", "direction", "side"), [
    (RTL, "Mobilise resources, including Islamic finance.", LTR, Qt.AlignmentFlag.AlignLeft),
    (RTL, display.FSI + "Mobilise resources." + display.PDI, LTR, Qt.AlignmentFlag.AlignLeft),
    (LTR, "نشاط توضيحي للعرض فقط.", RTL, Qt.AlignmentFlag.AlignRight),
    (LTR, "Amman / عمان", LTR, Qt.AlignmentFlag.AlignLeft),
    (RTL, "عمان / Amman", RTL, Qt.AlignmentFlag.AlignRight),
])
def test_a_cell_takes_its_own_texts_direction(qapp: Any, ui: Qt.LayoutDirection, text: str,
                                              direction: Qt.LayoutDirection, side: Qt.AlignmentFlag) -> None:
    option = _option(ui, text)
    assert option.direction == direction
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
    assert option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask & ~Qt.AlignmentFlag.AlignAbsolute == side
    assert option.textElideMode == Qt.TextElideMode.ElideRight  # the logical end of the text


def test_a_cell_without_strong_characters_follows_the_interface(qapp: Any) -> None:
    assert _option(RTL, "2022-05-10").direction == RTL


def _ink_columns(view: QTableView) -> tuple[int, int]:
    image = view.viewport().grab().toImage()
    background = QColor(image.pixel(image.width() // 2, 2))
    xs = [x for x in range(image.width()) for y in range(4, 20) if QColor(image.pixel(x, y)).lightness() < background.lightness() - 80]
    return min(xs), max(xs)


def test_english_in_an_arabic_table_is_drawn_from_the_left(qapp: Any) -> None:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("Mobilise resources."))
    view = QTableView()
    view.setLayoutDirection(RTL)
    view.setItemDelegate(BidiDelegate(view))
    view.setModel(model)
    view.horizontalHeader().hide()
    view.verticalHeader().hide()
    view.setColumnWidth(0, 600)
    view.resize(620, 80)
    view.show()
    QApplication.processEvents()
    left, right = _ink_columns(view)
    assert left < 100 and right < 400, (left, right)


def test_notes_paragraphs_are_aligned_by_their_own_direction(demo_window: Any) -> None:
    demo_window.show_page("activities")
    notes = demo_window.pages["activities"].editor.bindings["notes"].widget
    notes.setPlainText("Illustrative sample.\nنشاط توضيحي.")
    first = notes.document().firstBlock()
    assert first.blockFormat().layoutDirection() == LTR
    assert first.next().blockFormat().layoutDirection() == RTL
    assert first.next().blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_a_place_in_either_language_follows_its_first_letter(demo_window: Any) -> None:
    demo_window.show_page("activities")
    place = demo_window.pages["activities"].editor.bindings["place"].widget
    place.setText("Amman / عمان")
    assert place.layoutDirection() == LTR
    place.setText("عمان / Amman")
    assert place.layoutDirection() == RTL

"""Layout at 1366×768: list columns by content with the title widest, no horizontal scroll
bar with the default columns, Start/End visible, widths remembered per page; history rows
of a sane height."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

PAGES = ("agreements", "activities", "organizations", "people", "history")


def _at_1366(window: Any, kind: str) -> Any:
    window.resize(1366, 768)
    window.show_page(kind)
    for _ in range(3):
        QApplication.processEvents()
    return window.pages[kind]


def _visible_columns(page: Any) -> list[int]:
    header = page.table.horizontalHeader()
    return [i for i in range(header.count()) if not header.isSectionHidden(i)]


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("kind", PAGES)
def test_default_columns_fit_at_1366_with_the_title_widest(demo_window: Any, kind: str, lang: str) -> None:
    demo_window.set_language(lang)
    page = _at_1366(demo_window, kind)
    header = page.table.horizontalHeader()
    assert not page.table.horizontalScrollBar().isVisible()
    assert header.length() <= page.table.viewport().width()
    widths = {i: header.sectionSize(i) for i in _visible_columns(page)}
    title = page.columns.title
    assert widths[title] == max(widths.values())


def test_start_and_end_are_on_screen_at_1366(demo_window: Any) -> None:
    page = _at_1366(demo_window, "activities")
    header = page.table.horizontalHeader()
    names = [c.header for c in page.model.columns]
    for name in ("Start", "End", "Title", "Status"):
        i = names.index(name)
        assert not header.isSectionHidden(i)
        assert 0 <= header.sectionViewportPosition(i)
        assert header.sectionViewportPosition(i) + header.sectionSize(i) <= page.table.viewport().width()


def test_column_widths_are_resizable_and_remembered_per_page(demo_window: Any, open_window: Any) -> None:
    page = _at_1366(demo_window, "people")
    header = page.table.horizontalHeader()
    name_column = page.columns.title
    header.resizeSection(name_column, 123)  # as the user dragging the edge
    path = demo_window.register.database.path
    demo_window.release()
    other = open_window(path)
    again = _at_1366(other, "people")
    assert again.table.horizontalHeader().sectionSize(name_column) == 123
    assert _at_1366(other, "organizations").columns.user_sized is False


def test_a_records_history_rows_are_of_a_sane_height(demo_window: Any) -> None:
    page = _at_1366(demo_window, "agreements")
    page.open(page.model.record(0).uuid)
    section = page.editor.history_section
    section.set_open(True)
    QApplication.processEvents()
    table = section.table
    assert table.rowCount() >= 1
    create_row = table.rowCount() - 1  # newest first: the creation is last
    assert table.rowHeight(create_row) <= table.fontMetrics().lineSpacing() * 8 + 8
    assert max(table.rowHeight(r) for r in range(table.rowCount())) < 300


def test_the_columns_menu_opens_from_the_keyboard(demo_window: Any) -> None:
    from PySide6.QtCore import QPoint

    page = _at_1366(demo_window, "activities")
    page.table.customContextMenuRequested.emit(QPoint(5, 5))  # what the Menu key sends
    menu = page.columns.last_menu
    names = [a.text() for a in menu.actions() if a.text()]
    assert len(names) == len(page.model.columns) + 1  # every column, and "Default columns"
    place = next(a for a in menu.actions() if a.isCheckable() and not a.isChecked())
    place.trigger()  # show a hidden column
    menu.close()
    assert sum(not page.table.horizontalHeader().isSectionHidden(i) for i in range(len(page.model.columns))) == 5

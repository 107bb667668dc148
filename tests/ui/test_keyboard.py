"""The keyboard model (ui/keyboard.py): Tab walks, Ctrl+N, Delete in a list, the editor's
undo keys in text fields, F6 between panes, accessible names on every control."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from helpers import type_text

PAGES = ("agreements", "activities", "organizations", "people", "history")


def _ready(window: Any, qtbot: Any, kind: str) -> Any:
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitExposed(window)
    window.show_page(kind)
    page = window.pages[kind]
    page.open(page.model.record(0).uuid)
    QApplication.processEvents()
    return page


def _walk(start: QWidget, limit: int = 120) -> list[QWidget]:
    """The widgets Tab reaches from ``start`` until it comes back."""
    start.setFocus()
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return seen


def _key(keys: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(keys)[0]
    QTest.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())
    QApplication.processEvents()


@pytest.mark.parametrize("kind", PAGES)
def test_tab_walks_search_list_editor_and_every_control_is_named(demo_window: Any, qtbot: Any, kind: str) -> None:
    page = _ready(demo_window, qtbot, kind)
    tabs = getattr(page.editor, "tabs", None)
    for tab in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(tab)
        walk = _walk(page.search_box)
        assert walk[0] is page.search_box
        assert walk.count(page.table) == 1, "the list is one tab stop"
        after_list = walk[walk.index(page.table) + 1]
        assert page.editor.isAncestorOf(after_list), "Tab goes from the list into the editor"
        assert QApplication.focusWidget() is page.search_box, "Tab comes round to the search box"
        assert sum(page.editor.isAncestorOf(w) for w in walk) >= 2
        unnamed = [f"{type(w).__name__} {w.objectName()}" for w in walk if not w.accessibleName()]
        assert unnamed == []


def test_arrows_move_inside_the_list(demo_window: Any, qtbot: Any) -> None:
    page = _ready(demo_window, qtbot, "activities")
    page.table.setFocus()
    page.table.selectRow(0)
    QTest.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    assert QApplication.focusWidget() is page.table


@pytest.mark.parametrize("kind", PAGES)
def test_ctrl_n_puts_the_cursor_in_the_new_records_first_field(demo_window: Any, qtbot: Any, kind: str) -> None:
    page = _ready(demo_window, qtbot, kind)
    page.search_box.setFocus()
    _key("Ctrl+N")
    assert page.editor.is_new()
    focused = QApplication.focusWidget()
    assert focused is page.editor.first_field()
    assert page.search_box.text() == ""


def test_delete_in_the_list_sends_the_record_to_the_trash(demo_window: Any, qtbot: Any, answers: Any) -> None:
    page = _ready(demo_window, qtbot, "history")
    name = page.record_name(page.editor.record)
    uuid = page.editor.record.uuid
    page.table.setFocus()
    answers.confirm.append(True)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    QApplication.processEvents()
    asked = answers.asked[-1]
    assert ("trash" in asked and "restored" in asked) or ("سلة المحذوفات" in asked and "استرجاعه" in asked), asked
    assert page.model.row_of(uuid) == -1
    assert any(e.record_uuid == uuid for e in demo_window.register.trash()), name
    said = demo_window.statusBar().currentMessage()
    assert "trash" in said or "سلة المحذوفات" in said


def test_ctrl_del_also_deletes_from_the_list(demo_window: Any, qtbot: Any, answers: Any) -> None:
    page = _ready(demo_window, qtbot, "history")
    uuid = page.editor.record.uuid
    page.table.setFocus()
    answers.confirm.append(True)
    _key("Ctrl+Del")
    assert page.model.row_of(uuid) == -1


def test_delete_in_a_text_field_deletes_a_character(demo_window: Any, qtbot: Any, answers: Any) -> None:
    page = _ready(demo_window, qtbot, "people")
    field = page.editor.bindings["name_en"].focus_widget()
    field.setFocus()
    field.home(False)
    before = field.text()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == before[1:]
    assert answers.asked == []


@pytest.mark.parametrize("redo_keys", ["Ctrl+Shift+Z", "Ctrl+Y"])
def test_undo_keys_in_a_text_field_drive_the_editor(demo_window: Any, qtbot: Any, redo_keys: str) -> None:
    page = _ready(demo_window, qtbot, "organizations")
    editor = page.editor
    field = editor.bindings["country"].focus_widget()
    before = field.text()
    type_text(field, "abc")
    assert editor.is_dirty()
    _key("Ctrl+Z")
    assert field.text() == before
    assert not editor.is_dirty(), "undone: the record is no longer changed"
    _key(redo_keys)
    assert field.text() == before + "abc"
    assert editor.is_dirty()


def test_undo_in_a_field_also_undoes_another_fields_edit(demo_window: Any, qtbot: Any) -> None:
    page = _ready(demo_window, qtbot, "organizations")
    editor = page.editor
    acronym, country = (editor.bindings[n].focus_widget() for n in ("acronym", "country"))
    old = acronym.text()
    type_text(acronym, "X")
    country.setFocus()
    _key("Ctrl+Z")  # in another field: the editor's last change is undone
    assert acronym.text() == old
    assert not editor.is_dirty()


def test_f6_cycles_the_panes(demo_window: Any, qtbot: Any) -> None:
    page = _ready(demo_window, qtbot, "people")
    page.search_box.setFocus()
    _key("F6")
    assert QApplication.focusWidget() is page.table
    _key("F6")
    assert page.editor.isAncestorOf(QApplication.focusWidget())
    _key("F6")
    assert QApplication.focusWidget() is page.search_box
    _key("Shift+F6")
    assert page.editor.isAncestorOf(QApplication.focusWidget())


def test_redo_has_ctrl_y_and_ctrl_shift_z(demo_window: Any) -> None:
    keys = {k.toString() for k in demo_window.action_map["action_redo"].shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys

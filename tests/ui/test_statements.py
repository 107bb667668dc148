"""A statement's speaker chosen from the people in the register (``statement_person``), in the
agreement editor: saved, reloaded, set back to none, undone and redone, seen by the
unsaved-changes guard, and printed by ``sijill show --json``."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QComboBox, QPushButton, QTableView, QTableWidget

from desktop.services.demo import demo_uuid
from desktop.ui import choices
from helpers import child, trigger

KHALIFA_STATEMENT = demo_uuid("statement/khalifa")


def _open_plan(window: Any) -> Any:
    trigger(window, "action_show_agreements")
    table = child(window, "records_table", QTableView)
    row = next(r for r in range(table.model().rowCount()) if table.model().record(r).reference.endswith("2022-2025"))
    table.selectRow(row)
    return window.pages["agreements"].editor


def _person(window: Any, name_en: str) -> Any:
    return next(p for p in window.register.people() if p.name_en == name_en)


def _choose(combo: QComboBox, uuid: str | None) -> None:
    """Pick an item as a user does (``activated`` is what a click or key sends)."""
    index = next(i for i in range(combo.count()) if combo.itemData(i) == uuid)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _select_statement(window: Any, row: int = 0) -> tuple[QTableWidget, QComboBox]:
    table = child(window, "statements_table", QTableWidget)
    table.setCurrentCell(row, 1)
    return table, child(window, "statement_person", QComboBox)


def test_chooser_offers_people_with_their_organisation_and_none(demo_window: Any) -> None:
    window = demo_window
    editor = _open_plan(window)
    khalifa = _person(window, "Khaled Khalifa")
    table = child(window, "statements_table", QTableWidget)
    chooser = child(window, "statement_person", QComboBox)
    table.setCurrentCell(-1, -1)
    assert not chooser.isEnabled()  # no statement selected: nothing to attribute
    table, chooser = _select_statement(window)
    assert chooser.isEnabled()
    assert chooser.itemData(0) is None and choices.none_item()[1] in chooser.itemText(0)
    assert {chooser.itemData(i) for i in range(1, chooser.count())} == {p.uuid for p in window.register.people()}
    assert chooser.currentData() == khalifa.uuid == editor.record.statements[0].person_uuid
    label = chooser.currentText()
    assert "Khaled Khalifa" in label or "خالد خليفة" in label
    assert "UNHCR" in label  # and the organisation he belongs to
    assert "UNHCR" in table.item(0, 0).text()  # the Person column shows the same


def test_person_chosen_saved_reloaded_and_set_back_to_none(demo_window: Any) -> None:
    window = demo_window
    editor = _open_plan(window)
    bakheet = _person(window, "Tariq Ali Bakheet")
    _, chooser = _select_statement(window)
    before = editor.record.statements[0]
    _choose(chooser, bakheet.uuid)
    assert editor.is_dirty()
    trigger(window, "action_save")
    saved = window.register.agreement(editor.record.uuid).statements[0]
    assert saved.uuid == KHALIFA_STATEMENT and saved.person_uuid == bakheet.uuid
    # choosing a person filled nothing else in
    assert (saved.speaker, saved.text_ar, saved.text_en, saved.date) == (before.speaker, before.text_ar, before.text_en, before.date)
    editor.load(editor.fetch(editor.record.uuid))  # read back from the register
    _, chooser = _select_statement(window)
    assert chooser.currentData() == bakheet.uuid
    _choose(chooser, None)
    trigger(window, "action_save")
    assert window.register.agreement(editor.record.uuid).statements[0].person_uuid is None
    assert not editor.is_dirty()


def test_new_statement_attributed_to_a_person(demo_window: Any) -> None:
    window = demo_window
    editor = _open_plan(window)
    bakheet = _person(window, "Tariq Ali Bakheet")
    child(window, "statements_add", QPushButton).click()
    table = child(window, "statements_table", QTableWidget)
    row = table.rowCount() - 1
    assert table.currentRow() == row
    table.item(row, 2).setText("نأمل أن تحشد الخطة مزيدا من الدعم")
    chooser = child(window, "statement_person", QComboBox)
    assert chooser.currentData() is None  # a new statement is attributed to no one
    _choose(chooser, bakheet.uuid)
    trigger(window, "action_save")
    saved = window.register.agreement(editor.record.uuid).statements
    assert [s.person_uuid for s in saved] == [_person(window, "Khaled Khalifa").uuid, bakheet.uuid]
    assert saved[1].speaker == "" and saved[1].text_ar == "نأمل أن تحشد الخطة مزيدا من الدعم"


def test_choice_undone_and_redone_and_guarded(demo_window: Any, answers: Any) -> None:
    window = demo_window
    editor = _open_plan(window)
    khalifa, bakheet = _person(window, "Khaled Khalifa"), _person(window, "Tariq Ali Bakheet")
    _, chooser = _select_statement(window)
    _choose(chooser, bakheet.uuid)
    _choose(chooser, None)
    assert editor.bindings["statements"].get()[0].person_uuid is None
    trigger(window, "action_undo")
    assert chooser.currentData() == bakheet.uuid
    trigger(window, "action_undo")
    assert chooser.currentData() == khalifa.uuid
    assert not editor.is_dirty()  # back where it was loaded
    trigger(window, "action_redo")
    assert chooser.currentData() == bakheet.uuid and editor.is_dirty()
    answers.unsaved.append("cancel")  # the guard sees the change: leaving asks
    assert not window.close()
    assert answers.asked == ["unsaved"]
    trigger(window, "action_save")
    assert window.register.agreement(editor.record.uuid).statements[0].person_uuid == bakheet.uuid


def test_choosing_the_same_person_is_no_edit(demo_window: Any) -> None:
    window = demo_window
    editor = _open_plan(window)
    _, chooser = _select_statement(window)
    _choose(chooser, chooser.currentData())
    assert not editor.is_dirty() and editor.undo_stack.count() == 0


def test_show_json_prints_the_linked_person(demo_window: Any, capsys: Any) -> None:
    from desktop.cli import main

    window = demo_window
    editor = _open_plan(window)
    bakheet = _person(window, "Tariq Ali Bakheet")
    _, chooser = _select_statement(window)
    _choose(chooser, bakheet.uuid)
    trigger(window, "action_save")
    capsys.readouterr()
    assert main(["--db", window.register.url, "show", editor.record.reference, "--json"]) == 0
    statement = json.loads(capsys.readouterr().out)["statements"][0]
    assert statement["person_uuid"] == bakheet.uuid
    assert statement["speaker"] == "Tariq Ali Bakheet"


def test_chooser_follows_the_language(demo_window: Any) -> None:
    window = demo_window
    _open_plan(window)
    _, chooser = _select_statement(window)
    trigger(window, "action_language_en")
    assert "Khaled Khalifa" in chooser.currentText() and "UNHCR" in chooser.currentText()
    trigger(window, "action_language_ar")
    assert "خالد خليفة" in chooser.currentText()
    assert chooser.currentText() != chooser.itemText(0)

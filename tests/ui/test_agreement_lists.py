"""Parties, signatories and objectives edited in place; closing with unsaved changes asks."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView, QTableWidget

from helpers import child, trigger, type_text


def _open_plan(window):
    trigger(window, "action_show_agreements")
    table = child(window, "records_table", QTableView)
    row = next(r for r in range(table.model().rowCount()) if table.model().record(r).reference.endswith("2022-2025"))
    table.selectRow(row)
    return window.pages["agreements"].editor


def test_objectives_added_removed_reordered_in_place(demo_window):
    window = demo_window
    editor = _open_plan(window)
    objectives = child(window, "objectives_table", QTableWidget)
    first, second = editor.record.objectives[0].uuid, editor.record.objectives[1].uuid
    objectives.setCurrentCell(1, 0)
    child(window, "objectives_up", QPushButton).click()
    child(window, "objectives_add", QPushButton).click()
    new_row = objectives.rowCount() - 1
    objectives.item(new_row, 0).setText("تبادل الخبرات في مجال التسجيل")
    objectives.setCurrentCell(0, 0)
    child(window, "objectives_down", QPushButton).click()
    trigger(window, "action_save")
    saved = window.register.agreement(editor.record.uuid)
    assert [o.uuid for o in saved.objectives[:2]] == [first, second]  # up then down: back in place
    assert saved.objectives[-1].text_ar == "تبادل الخبرات في مجال التسجيل"
    objectives.setCurrentCell(objectives.rowCount() - 1, 0)
    child(window, "objectives_remove", QPushButton).click()
    trigger(window, "action_undo")  # the removal is undone
    assert objectives.rowCount() == len(saved.objectives)
    trigger(window, "action_redo")
    trigger(window, "action_save")
    assert len(window.register.agreement(editor.record.uuid).objectives) == len(saved.objectives) - 1


def test_signatories_reordered_and_parties_chosen(demo_window):
    window = demo_window
    editor = _open_plan(window)
    names = [s.person.name_ar for s in editor.record.signatories]
    table = child(window, "signatories_table", QTableWidget)
    table.setCurrentCell(0, 0)
    child(window, "signatories_down", QPushButton).click()
    trigger(window, "action_save")
    saved = window.register.agreement(editor.record.uuid)
    assert [s.person.name_ar for s in saved.signatories] == list(reversed(names))
    assert all(s.party_uuid in saved.parties for s in saved.signatories)


def test_closing_with_unsaved_changes_asks(demo_window, answers):
    window = demo_window
    _open_plan(window)
    type_text(child(window, "agreement_title_en", QLineEdit), " draft")
    answers.unsaved.append("cancel")
    assert not window.close()
    assert window.isVisible()
    answers.unsaved.append("discard")
    assert window.close()
    assert answers.asked == ["unsaved", "unsaved"]


def test_signatory_party_chosen_per_row(demo_window):
    from PySide6.QtWidgets import QComboBox

    window = demo_window
    editor = _open_plan(window)
    table = child(window, "signatories_table", QTableWidget)
    table.setCurrentCell(0, 0)
    party = child(window, "signatories_party", QComboBox)
    assert party.currentData() == editor.record.signatories[0].party_uuid
    other = next(i for i in range(1, party.count()) if party.itemData(i) != party.currentData())
    party.activated.emit(other)
    trigger(window, "action_save")
    saved = window.register.agreement(editor.record.uuid)
    assert saved.signatories[0].party_uuid == party.itemData(other)

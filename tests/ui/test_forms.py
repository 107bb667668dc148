"""Creating records through the forms, searching, the unsaved-change guard, undo."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from helpers import child, choose, clear, trigger, type_text


def test_create_agreement_and_activity_through_the_forms(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "r.sqlite")
    window.welcome.empty.click()
    trigger(window, "action_show_agreements")
    trigger(window, "action_new")
    type_text(child(window, "agreement_reference", QLineEdit), "JAP-2022")
    type_text(child(window, "agreement_title_ar", QLineEdit), "خطة العمل المشتركة")
    type_text(child(window, "agreement_period_start", QLineEdit), "٢٠٢٢")
    type_text(child(window, "agreement_period_end", QLineEdit), "2025")
    trigger(window, "action_save")
    register = window.register
    [saved] = register.agreements()
    assert saved.title_ar == "خطة العمل المشتركة"
    assert str(saved.period_start) == "2022" and str(saved.period_end) == "2025"
    assert child(window, "records_table", QTableView).model().rowCount() == 1

    trigger(window, "action_show_activities")
    trigger(window, "action_new")
    choose(child(window, "activity_agreement", QComboBox), "JAP-2022")
    choose(child(window, "activity_kind", QComboBox), "ورشة")
    type_text(child(window, "activity_title_ar", QLineEdit), "ورشة عمل حول التمويل الإسلامي")
    type_text(child(window, "activity_start", QLineEdit), "2023-05")
    trigger(window, "action_save")
    [activity] = register.activities()
    assert activity.title_ar == "ورشة عمل حول التمويل الإسلامي"
    assert activity.kind.value == "workshop" and str(activity.start) == "2023-05"
    assert activity.agreement_uuid == saved.uuid


def test_validation_message_beside_the_field(open_window, tmp_path, answers):
    window = open_window(tmp_path / "r.sqlite")
    window.welcome.empty.click()
    trigger(window, "action_new")
    type_text(child(window, "agreement_title_en", QLineEdit), "A plan")
    type_text(child(window, "agreement_period_start", QLineEdit), "2022-13")
    trigger(window, "action_save")
    errors = window.pages["agreements"].editor.problems_text()
    assert "reference" in errors and "period_start" in errors
    assert child(window, "agreement_reference_error").isVisible()
    assert window.register.agreements() == []
    assert answers.errors == []  # shown beside fields, not as a dialog


def test_search_with_variant_spelling(demo_window):
    from desktop.domain.records import Organization

    window = demo_window
    window.register.save_organization(Organization(name_ar="برنامج الأمم المتحدة الإنمائي", acronym="UNDP"))
    window.runner.announce({"organizations"})
    trigger(window, "action_show_organizations")
    box = child(window, "search_box", QLineEdit)
    type_text(box, "الامم")
    table = child(window, "records_table", QTableView)
    names = [table.model().record(r).name_ar for r in range(table.model().rowCount())]
    assert "برنامج الأمم المتحدة الإنمائي" in names
    assert all("أمم" in n for n in names)
    clear(box)
    trigger(window, "action_show_activities")
    type_text(child(window, "search_box", QLineEdit), "ورشه")  # ة typed as ه
    assert child(window, "records_table", QTableView).model().rowCount() > 0


def test_unsaved_change_guard(demo_window, answers):
    window = demo_window
    page = window.pages["agreements"]
    table = child(window, "records_table", QTableView)
    table.selectRow(0)
    first = page.editor.record.uuid
    type_text(child(window, "agreement_title_en", QLineEdit), " (edited)")
    assert page.editor.is_dirty()
    answers.unsaved.append("cancel")
    table.selectRow(1)
    assert page.editor.record.uuid == first and page.editor.is_dirty()
    answers.unsaved.append("cancel")
    trigger(window, "action_show_people")
    assert window.current_kind == "agreements"
    answers.unsaved.append("save")
    table.selectRow(1)
    assert page.editor.record.uuid != first
    assert window.register.agreement(first).title_en.endswith(" (edited)")
    assert answers.asked == ["unsaved", "unsaved", "unsaved"]


def test_undo_redo_in_the_editor(demo_window):
    window = demo_window
    child(window, "records_table", QTableView).selectRow(0)
    edit = child(window, "agreement_title_en", QLineEdit)
    before = edit.text()
    type_text(edit, " xyz")
    assert edit.text() == before + " xyz"
    trigger(window, "action_undo")
    assert edit.text() == before
    assert not window.pages["agreements"].editor.is_dirty()
    trigger(window, "action_redo")
    assert edit.text() == before + " xyz"


def test_delete_confirms_with_dependents(demo_window, answers):
    window = demo_window
    page = window.pages["agreements"]
    child(window, "records_table", QTableView).selectRow(0)
    count = page.model.rowCount()
    answers.confirm.append(False)
    trigger(window, "action_delete")
    assert page.model.rowCount() == count
    assert "Activit" in answers.asked[-1] or "الأنشطة" in answers.asked[-1]


def test_revert_brings_back_the_saved_record(demo_window):
    window = demo_window
    trigger(window, "action_show_people")
    child(window, "records_table", QTableView).selectRow(0)
    edit = child(window, "person_position_en", QLineEdit)
    saved = edit.text()
    type_text(edit, " (acting)")
    assert window.pages["people"].editor.is_dirty()
    trigger(window, "action_revert")
    assert edit.text() == saved and not window.pages["people"].editor.is_dirty()

"""The issue's "Done when": load the example, find the UNHCR-OIC plan, add a workshop to it,
fix a signatory's title, switch to English and back, quit, and find it all on restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QTableView

from helpers import child, choose, clear, trigger, type_text


def test_office_day(open_window, tmp_path, qtbot, answers):
    path = tmp_path / "office.sqlite"
    window = open_window(path)

    # First run: the welcome offers the example plan.
    child(window, "welcome_load_example", QPushButton).click()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    trigger(window, "action_show_agreements")

    # Find the plan by a variant spelling and open it.
    type_text(child(window, "search_box", QLineEdit), "خطة العمل المشتركه")
    table = child(window, "records_table", QTableView)
    rows = [table.model().record(r) for r in range(table.model().rowCount())]
    plan_row = next(i for i, a in enumerate(rows) if a.reference.startswith("UNHCR-OIC/JAP/2022"))
    table.selectRow(plan_row)
    assert "المفوضية" in child(window, "agreement_title_ar", QLineEdit).text()
    plan_uuid = window.pages["agreements"].editor.record.uuid

    # Add a workshop to it, from the plan's Activities tab.
    child(window, "agreement_add_activity", QPushButton).click()
    assert window.current_kind == "activities"
    assert child(window, "activity_agreement", QComboBox).currentData() == plan_uuid
    choose(child(window, "activity_kind", QComboBox), "ورشة عمل")
    type_text(child(window, "activity_title_ar", QLineEdit), "ورشة عمل حول التمويل الإسلامي الاجتماعي")
    type_text(child(window, "activity_title_en", QLineEdit), "Workshop on Islamic social finance")
    type_text(child(window, "activity_start", QLineEdit), "٢٠٢٤-٠٩")
    trigger(window, "action_save")
    assert window.pages["activities"].editor.problems_text() == {}

    # Fix a signatory's title.
    trigger(window, "action_show_people")
    type_text(child(window, "search_box", QLineEdit), "خالد")
    people = child(window, "records_table", QTableView)
    assert people.model().rowCount() == 1
    people.selectRow(0)
    position = child(window, "person_position_ar", QLineEdit)
    clear(position)
    type_text(position, "ممثل المفوضية لدى دول مجلس التعاون الخليجي")
    trigger(window, "action_save")

    # English and back.
    trigger(window, "action_language_en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    trigger(window, "action_language_ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    # Quit (nothing unsaved: no question), reopen: all there.
    window.close()
    assert answers.asked == []
    QApplication.processEvents()
    again = open_window(path)
    assert again.stack.currentWidget() is again.overview.dashboard  # a register with data opens on the dashboard
    trigger(again, "action_show_activities")
    type_text(child(again, "search_box", QLineEdit), "التمويل الاسلامي الاجتماعي")
    found = child(again, "records_table", QTableView)
    assert found.model().rowCount() == 1
    found.selectRow(0)
    assert child(again, "activity_kind", QComboBox).currentData() == "workshop"
    assert again.pages["activities"].editor.collect().kind.value == "workshop"
    assert child(again, "activity_start", QLineEdit).text() == "2024-09"
    assert child(again, "activity_agreement", QComboBox).currentData() == plan_uuid
    trigger(again, "action_show_people")
    type_text(child(again, "search_box", QLineEdit), "خالد")
    child(again, "records_table", QTableView).selectRow(0)
    assert child(again, "person_position_ar", QLineEdit).text() == "ممثل المفوضية لدى دول مجلس التعاون الخليجي"
    plan = again.register.agreement(plan_uuid)
    assert [s.person.position_ar for s in plan.signatories][0] == "ممثل المفوضية لدى دول مجلس التعاون الخليجي"

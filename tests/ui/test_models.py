"""The activities list pages from the database and sorts there; creating on the spot."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QTableView, QTableWidget

from helpers import child, settle, trigger


def test_activities_are_fetched_page_by_page_and_sorted_by_the_database(demo_window, monkeypatch):
    from desktop.ui.models import ActivitiesModel

    window = demo_window
    total = window.register.count_activities()
    alone = ActivitiesModel(window.register, window.pages["activities"].model.columns)
    monkeypatch.setattr(ActivitiesModel, "PAGE", 5)
    alone.refresh()
    assert alone.rowCount() == total and len(alone.records) == 5  # counted by the database, one page read
    assert alone.record(12) is not None and len(alone.records) == 10  # page 2 read when asked for

    trigger(window, "action_show_activities")
    table = child(window, "records_table", QTableView)
    model = table.model()
    kind_column = next(i for i, c in enumerate(model.columns) if c.header == "Kind")
    table.sortByColumn(kind_column, Qt.SortOrder.DescendingOrder)
    settle(child(window, "search_box"))  # the sorted list is read in the background
    assert model.order_by == "kind" and model.descending
    kinds = [model.record(row).kind.value for row in range(model.rowCount())]
    assert len(kinds) == total and kinds == sorted(kinds, reverse=True)


def test_party_and_signatory_created_on_the_spot(demo_window, monkeypatch):
    from desktop.domain.records import Organization, Person
    from desktop.ui import quick

    window = demo_window
    register = window.register
    monkeypatch.setattr(quick, "new_organization", lambda reg, parent: reg.save_organization(
        Organization(name_ar="منظمة الصحة العالمية", acronym="WHO")).record.uuid)
    trigger(window, "action_show_agreements")
    child(window, "records_table", QTableView).selectRow(0)
    editor = window.pages["agreements"].editor
    parties = child(window, "parties_table", QTableWidget)
    before = parties.rowCount()
    child(window, "parties_new", QPushButton).click()
    assert parties.rowCount() == before + 1
    who = next(o.uuid for o in register.organizations() if o.acronym == "WHO")
    monkeypatch.setattr(quick, "new_person", lambda reg, parent, org=None: reg.save_person(
        Person(name_ar="تيدروس أدهانوم", position_ar="المدير العام", organization_uuid=who)).record.uuid)
    child(window, "signatories_new", QPushButton).click()
    trigger(window, "action_save")
    saved = register.agreement(editor.record.uuid)
    assert who in saved.parties
    assert saved.signatories[-1].person.name_ar == "تيدروس أدهانوم" and saved.signatories[-1].party_uuid == who


def test_activities_filtered_by_status_kind_and_agreement(demo_window):
    from PySide6.QtWidgets import QComboBox

    from helpers import choose, type_text

    window = demo_window
    trigger(window, "action_show_activities")
    model = child(window, "records_table", QTableView).model()
    everything = model.total
    choose(child(window, "filter_status", QComboBox), "منجز")
    assert 0 < model.total < everything
    assert all(a.status.value == "completed" for a in model.records)
    choose(child(window, "filter_kind", QComboBox), "ورشة عمل")
    assert all(a.kind.value == "workshop" and a.status.value == "completed" for a in model.records)
    type_text(child(window, "search_box"), "zzzz-nothing")
    assert model.total == 0
    child(window, "filter_status", QComboBox).setCurrentIndex(0)
    child(window, "filter_kind", QComboBox).setCurrentIndex(0)
    child(window, "search_box").clear()
    settle()
    assert model.total == everything

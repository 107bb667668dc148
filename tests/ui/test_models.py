"""The activities list pages from the database and sorts there; creating on the spot."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QTableView, QTableWidget

from helpers import child, trigger


def test_activities_are_fetched_page_by_page_and_sorted_by_the_database(demo_window, monkeypatch):
    from desktop.ui.models import ActivitiesModel

    window = demo_window
    total = window.register.count_activities()
    alone = ActivitiesModel(window.register, window.pages["activities"].model.columns)
    monkeypatch.setattr(ActivitiesModel, "PAGE", 5)
    alone.refresh()
    assert alone.rowCount() == 5 and alone.canFetchMore(QModelIndex())
    alone.fetchMore(QModelIndex())
    assert alone.rowCount() == 10 and alone.total == total

    trigger(window, "action_show_activities")
    table = child(window, "records_table", QTableView)
    model = table.model()
    kind_column = next(i for i, c in enumerate(model.columns) if c.header == "Kind")
    table.sortByColumn(kind_column, Qt.SortOrder.DescendingOrder)
    assert model.order_by == "kind" and model.descending
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    kinds = [a.kind.value for a in model.records]
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

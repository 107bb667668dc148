"""Indicators in the agreement editor (through the indicator dialog) and the values an
activity reports, saved, undone and guarded like every other edit."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView, QTableWidget

from desktop.domain.indicators import Indicator, IndicatorEntry, Method
from desktop.domain.dates import PartialDate
from desktop.domain.kinds import ActivityKind
from desktop.services.demo import demo_uuid
from desktop.ui import indicator_dialog
from desktop.ui.indicator_dialog import IndicatorDialog
from helpers import child, trigger

PLAN = "UNHCR-OIC/JAP/2022-2025"


def _open_plan(window: Any) -> Any:
    trigger(window, "action_show_agreements")
    table = child(window, "records_table", QTableView)
    row = next(r for r in range(table.model().rowCount()) if table.model().record(r).reference == PLAN)
    table.selectRow(row)
    return window.pages["agreements"].editor


def test_an_indicator_edited_in_the_dialog_is_saved_and_undone(demo_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = _open_plan(demo_window)
    child(demo_window, "objectives_table", QTableWidget).setCurrentCell(0, 0)
    panel = child(demo_window, "objective_indicators", QTableWidget)
    assert panel.rowCount() == 1
    panel.setCurrentCell(0, 0)
    monkeypatch.setattr("desktop.ui.widgets.indicators.edit_indicator",
                        lambda indicator, number, parent: dataclasses.replace(indicator, target=900.0))
    child(demo_window, "indicator_edit", QPushButton).click()
    assert editor.is_dirty()
    editor.undo_stack.undo()
    assert not editor.is_dirty()
    assert editor.objectives.rows[0].indicators[0].target == 600
    editor.undo_stack.redo()
    assert editor.save()
    assert demo_window.register.agreement(PLAN).objectives[0].indicators[0].target == 900


def test_adding_and_removing_indicators(demo_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = _open_plan(demo_window)
    child(demo_window, "objectives_table", QTableWidget).setCurrentCell(2, 0)
    new = Indicator(name_ar="دورات", name_en="Courses", target=4, method=Method.COUNT, kinds=[ActivityKind.CAPACITY_BUILDING])
    monkeypatch.setattr("desktop.ui.widgets.indicators.edit_indicator", lambda indicator, number, parent: new)
    child(demo_window, "indicator_add", QPushButton).click()
    panel = child(demo_window, "objective_indicators", QTableWidget)
    assert panel.rowCount() == 2
    panel.setCurrentCell(0, 0)
    child(demo_window, "indicator_remove", QPushButton).click()
    assert editor.save()
    stored = demo_window.register.agreement(PLAN).objectives[2].indicators
    assert [(i.name_en, i.kinds) for i in stored] == [("Courses", [ActivityKind.CAPACITY_BUILDING])]


def test_the_dialog_reads_every_field_and_refuses_bad_entries(qtbot: Any) -> None:
    start = Indicator(uuid="keep", name_en="Funds", unit="US$ million", target=10, method=Method.MANUAL,
                      entries=[IndicatorEntry(PartialDate(2023), 1.5)])
    dialog = IndicatorDialog(start, 4)
    qtbot.addWidget(dialog)
    assert dialog.entries.rowCount() == 1 and dialog.entries_box.isEnabled() and not dialog.kinds.isEnabled()
    dialog._add_entry("٢٠٢٤-٠٣", "٢٫٢٥")  # Arabic-Indic digits and decimal separator
    edited = dialog.indicator()
    assert edited.uuid == "keep"
    assert [(e.period.isoformat() if e.period else None, e.value) for e in edited.entries] == [("2023", 1.5), ("2024-03", 2.25)]
    dialog.method.setCurrentIndex(dialog.method.findData(Method.COUNT))
    assert dialog.kinds.isEnabled() and not dialog.entries_box.isEnabled()
    dialog.kinds.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.indicator().kinds == [ActivityKind.WORKSHOP] and dialog.indicator().entries == []
    dialog.method.setCurrentIndex(dialog.method.findData(Method.MANUAL))
    dialog._add_entry("2024-13", "x")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.problem.isVisibleTo(dialog)
    dialog.entries.removeRow(dialog.entries.rowCount() - 1)
    dialog.target.setValue(-1)  # below the baseline
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "baseline" in dialog.problem.text()


def test_an_activity_reports_a_value(demo_window: Any) -> None:
    window = demo_window
    trigger(window, "action_show_activities")
    page = window.pages["activities"]
    uuid = demo_uuid("activity/06")
    page.open(uuid)
    editor = page.editor
    table = child(window, "activity_indicator_values_table", QTableWidget)
    assert table.rowCount() == 1 and table.item(0, 1).text() == "12"
    table.item(0, 1).setText("15")
    assert editor.is_dirty()
    assert editor.save()
    assert [v.value for v in window.register.activity(uuid).indicator_values] == [15.0]
    table.item(0, 1).setText("")
    assert editor.save()
    assert window.register.activity(uuid).indicator_values == []

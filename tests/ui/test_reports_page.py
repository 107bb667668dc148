"""The Reports page: the same numbers as the activity list, two groupings, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTableWidget

from desktop.services.activities import ActivityFilter
from helpers import child, trigger


def _wait_for(qtbot: Any, page: Any, by: tuple[str, ...]) -> None:
    qtbot.waitUntil(lambda: page.report is not None and page.report.query.by == by and not page.runner.busy, timeout=10000)


def test_reports_page_counts_what_the_list_holds(demo_window: Any, qtbot: Any, answers: Any, tmp_path: Path) -> None:
    window = demo_window
    trigger(window, "action_show_reports")
    page = window.overview.reports
    _wait_for(qtbot, page, ("status",))
    table = child(window, "report_table", QTableWidget)
    listed = window.register.activities(ActivityFilter())
    totals = [table.item(table.rowCount() - 1, c).text() for c in range(table.columnCount())]
    assert totals[1] == str(len(listed)) == "32"
    assert sum(int(table.item(r, 1).text()) for r in range(table.rowCount() - 1)) == 32

    page.by_first.setCurrentIndex(page.by_first.findData("kind"))
    page.by_second.setCurrentIndex(page.by_second.findData("year"))
    page.run()
    _wait_for(qtbot, page, ("kind", "year"))
    from desktop.services.report_table import word
    from desktop.ui import i18n

    assert table.columnCount() >= 4 and table.horizontalHeaderItem(1).text() == word("year", i18n.current())
    assert sum(bar.value for bar in page.chart.bars) == 32

    target = tmp_path / "report.xlsx"
    answers.files.append(str(target))
    page.export()
    qtbot.waitUntil(lambda: target.exists() and not page.runner.busy, timeout=10000)
    from openpyxl import load_workbook

    sheet = load_workbook(target).active
    assert [c.value for c in sheet[sheet.max_row]][2] == 32


def test_a_bad_date_is_said_and_nothing_is_counted(demo_window: Any, qtbot: Any) -> None:
    trigger(demo_window, "action_show_reports")
    page = demo_window.overview.reports
    _wait_for(qtbot, page, ("status",))
    page.start.setText("2024-13")
    page.run()
    assert page.problem.isVisibleTo(page) and page.problem.text()

"""File menu: export of lists, import with preview, PDF export/preview/print, databases."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtWidgets import QTableView

from helpers import child, trigger


def test_export_current_list_to_csv_and_xlsx(demo_window, tmp_path, answers, qtbot):
    window = demo_window
    trigger(window, "action_show_activities")
    target = tmp_path / "activities.csv"
    answers.files.append(str(target))
    trigger(window, "action_export_csv")
    qtbot.waitUntil(lambda: not window.runner.busy and target.exists(), timeout=10000)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + window.register.count_activities()
    trigger(window, "action_show_organizations")
    book = tmp_path / "orgs.xlsx"
    answers.files.append(str(book))
    trigger(window, "action_export_xlsx")
    qtbot.waitUntil(lambda: not window.runner.busy and book.exists(), timeout=10000)
    from openpyxl import load_workbook

    sheet = load_workbook(book).active
    assert sheet.max_row == 1 + window.pages["organizations"].model.rowCount()


def test_import_shows_a_preview_with_row_numbers_then_imports(demo_window, tmp_path, answers, qtbot):
    window = demo_window
    before = window.register.count_activities()
    source = tmp_path / "new.csv"
    source.write_text(
        "agreement,kind,title_ar,start,status\n"
        "UNHCR-OIC/JAP/2022-2025,workshop,ورشة عمل مستوردة,2024-10,planned\n"
        "UNHCR-OIC/JAP/2022-2025,nonsense,نشاط خاطئ,2024-13,planned\n",
        encoding="utf-8",
    )
    answers.files.append(str(source))
    trigger(window, "action_import_activities")
    qtbot.waitUntil(lambda: getattr(window, "last_import_preview", None) is not None, timeout=10000)
    dialog = window.last_import_preview
    rows = child(dialog, "import_rows")
    details = [rows.item(r, 0).text() + " " + rows.item(r, 2).text() for r in range(rows.rowCount())]
    assert any(d.startswith("3 ") for d in details)  # the bad row, numbered as in the file
    assert not child(dialog, "import_apply").isEnabled()
    assert window.register.count_activities() == before
    dialog.reject()

    source.write_text(
        "agreement,kind,title_ar,start,status\n"
        "UNHCR-OIC/JAP/2022-2025,workshop,ورشة عمل مستوردة,2024-10,planned\n",
        encoding="utf-8",
    )
    window.last_import_preview = None
    answers.files.append(str(source))
    trigger(window, "action_import_activities")
    qtbot.waitUntil(lambda: window.last_import_preview is not None, timeout=10000)
    child(window.last_import_preview, "import_apply").click()
    qtbot.waitUntil(lambda: window.register.count_activities() == before + 1, timeout=10000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10000)
    trigger(window, "action_show_activities")
    assert child(window, "records_table", QTableView).model().total == before + 1


def test_pdf_export_preview_and_print(demo_window, tmp_path, answers, qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui import pdf

    window = demo_window
    child(window, "records_table", QTableView).selectRow(0)
    target = tmp_path / "summary.pdf"
    answers.files.append(str(target))
    trigger(window, "action_export_pdf")
    qtbot.waitUntil(lambda: not window.runner.busy and target.exists(), timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")

    trigger(window, "action_preview_pdf")
    qtbot.waitUntil(lambda: getattr(window, "last_pdf_preview", None) is not None, timeout=30000)
    assert window.last_pdf_preview.page_count() >= 1
    window.last_pdf_preview.reject()

    printed = tmp_path / "printed.pdf"

    def to_file(parent):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(pdf, "ask_printer", to_file)
    trigger(window, "action_print")
    qtbot.waitUntil(lambda: not window.runner.busy and printed.exists() and printed.stat().st_size > 1000, timeout=30000)


def test_open_another_database_and_recent_list(demo_window, tmp_path, answers):
    from desktop.ui import settings

    window = demo_window
    other = tmp_path / "other.sqlite"
    answers.files.append(str(other))
    trigger(window, "action_open_database")
    assert window.register.database.path == other
    assert str(other) in child(window, "status_database").text()
    assert window.stack.currentWidget() is window.welcome
    recent = settings.get(settings.RECENT_DATABASES)
    assert recent[0] == str(other) and str(Path(tmp_path / "demo.sqlite")) in recent
    menu = window.menus["menu_recent"]
    back = next(a for a in menu.actions() if a.text().endswith("demo.sqlite"))
    back.trigger()
    assert window.register.database.path.name == "demo.sqlite"
    assert window.pages["agreements"].model.rowCount() > 0

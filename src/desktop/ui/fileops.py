"""File menu work: open/new database, recent files, export of lists, import of activities."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import SijillError
from desktop.redaction import shown_url
from desktop.ui import display, errors, prompts, settings

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it



def connect(window: Host) -> None:
    a = window.action_map
    a["action_open_database"].triggered.connect(lambda: open_database_dialog(window))
    a["action_new_database"].triggered.connect(lambda: new_database_dialog(window))
    a["action_export_csv"].triggered.connect(lambda: export_list(window, "csv"))
    a["action_export_xlsx"].triggered.connect(lambda: export_list(window, "xlsx"))
    a["action_import_activities"].triggered.connect(lambda: import_dialog(window))
    a["action_database_settings"].triggered.connect(lambda: _database_settings(window))
    a["action_letterhead"].triggered.connect(lambda: _letterhead(window))
    from desktop.ui import pdf

    pdf.connect(window)


def _database_settings(window: Host) -> None:
    from desktop.ui import database_settings  # loads the connection services: not at start-up

    database_settings.open_dialog(window)


def _letterhead(window: MainWindow) -> None:
    from desktop.ui import letterhead_page  # not at start-up

    letterhead_page.open_dialog(window)


def _folder() -> str:
    return str(settings.get(settings.LAST_FOLDER) or Path.home())


def _remember_folder(path: str) -> None:
    settings.put(settings.LAST_FOLDER, str(Path(path).parent))


# -- databases --------------------------------------------------------------------------------
def switch_database(window: Host, target: str) -> bool:
    """Open ``target`` in this window (after the unsaved-changes guard)."""
    from desktop.ui.opening import OpeningCancelled, open_register

    if not window.confirm_close():
        return False
    try:
        register, lock = open_register(target, window)
    except OpeningCancelled:
        return False
    except SijillError as exc:
        errors.show(exc, window)
        return False
    window.runner.pool.waitForDone(30000)
    window.release()
    window.install_register(register, lock)
    update_recent_menu(window)
    if register.is_empty() and not register.read_only:
        window.show_welcome()
    else:
        window.show_page("agreements", force=True)
    return True


def open_database_dialog(window: Host) -> None:
    path = prompts.open_file(window, QCoreApplication.translate("fileops", "Open database"), _folder(), QCoreApplication.translate("fileops", "Sijill databases (*.sqlite *.db);;All files (*)"))
    if path:
        _remember_folder(path)
        switch_database(window, path)


def new_database_dialog(window: Host) -> None:
    path = prompts.save_file(window, QCoreApplication.translate("fileops", "New database"), os.path.join(_folder(), "sijill.sqlite"),
                             QCoreApplication.translate("fileops", "Sijill databases (*.sqlite)"))
    if not path:
        return
    if not path.endswith((".sqlite", ".db")):
        path += ".sqlite"
    if Path(path).exists():
        errors.show(OSError(17, QCoreApplication.translate("fileops", "A file with this name exists already; choose Open database to open it.")), window)
        return
    _remember_folder(path)
    switch_database(window, path)


def update_recent_menu(window: Host) -> None:
    menu = window.menus["menu_recent"]
    menu.clear()
    current = window.register.database.display_name() if window.register is not None else None
    for name in settings.get(settings.RECENT_DATABASES):
        action = menu.addAction(shown_url(name))  # a server's address without its password
        action.setEnabled(shown_url(name) != current)
        action.triggered.connect(lambda _c=False, n=name: switch_database(window, n))
    menu.setEnabled(bool(menu.actions()))


# -- export -----------------------------------------------------------------------------------
def export_list(window: Host, fmt: str) -> None:
    page = window.current_page()
    suggested = os.path.join(_folder(), f"sijill-{page.kind}.{fmt}")
    filters = QCoreApplication.translate("fileops", "CSV files (*.csv)") if fmt == "csv" else QCoreApplication.translate("fileops", "Excel workbooks (*.xlsx)")
    path = prompts.save_file(window, QCoreApplication.translate("fileops", "Export the list"), suggested, filters)
    if not path:
        return
    if not path.lower().endswith("." + fmt):
        path += "." + fmt
    _remember_folder(path)
    run_export(window, page.kind, path)


def run_export(window: Host, kind: str, path: str) -> None:
    """Export the list of ``kind`` as it is filtered now, off the GUI thread."""
    from desktop.services import spreadsheet
    from desktop.ui import i18n

    page = window.pages[kind]
    register = window.register
    if kind == "activities":
        flt = page.model.filter

        def work(_progress: object) -> object:
            return spreadsheet.export_activities(register, path, flt)
    else:
        model = page.model
        header = [QCoreApplication.translate("columns", c.header) for c in model.columns]
        rows = [[spreadsheet.neutralise(c.text(rec)) for c in model.columns] for rec in model.records]
        rtl = i18n.is_rtl()

        def work(_progress: object) -> object:
            spreadsheet.export_rows(path, header, rows, rtl=rtl)
            return len(rows)

    def done(count: object) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("fileops", "Exported %n rows to {path}", "", int(count)).format(path=display.isolate(path)), 8000
        )

    window.runner.run(work, on_done=done)


# -- import -----------------------------------------------------------------------------------
def import_dialog(window: Host) -> None:
    path = prompts.open_file(window, QCoreApplication.translate("fileops", "Import activities"), _folder(), QCoreApplication.translate("fileops", "Spreadsheets (*.csv *.txt *.tsv *.xlsx)"))
    if path:
        _remember_folder(path)
        preview_import(window, path)


def preview_import(window: Host, path: str) -> None:
    """Check the file, show the preview, import on OK (see desktop.ui.import_flow)."""
    from desktop.ui.import_flow import preview_import as start

    agreement = None
    page = window.pages["agreements"]
    if window.current_kind == "agreements" and page.editor.record is not None and page.editor.record.uuid:
        agreement = page.editor.record.uuid
    start(window, path, agreement)

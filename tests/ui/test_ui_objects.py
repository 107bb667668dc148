"""docs/ui-objects.md names objects that exist (the stable interface of the UI)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject

DOC = Path(__file__).resolve().parents[2] / "docs" / "ui-objects.md"
NOT_OBJECTS = {"sijill", "desktop.app.create_main_window", "QApplication", "PartialDateEdit", "RecordTableModel", "ActivitiesModel"}


def _documented() -> set[str]:
    names = set(re.findall(r"`([a-z][a-z_]+|MainWindow)`", DOC.read_text(encoding="utf-8")))
    return {n for n in names if "<" not in n and n not in NOT_OBJECTS}


def _in_indicator_dialog(name: str) -> bool:
    """The indicator dialog's parts exist while it is open (the panel's buttons always do)."""
    return name.startswith("indicator_") and name not in ("indicator_add", "indicator_edit", "indicator_remove")


def test_documented_objects_exist(demo_window):
    window = demo_window
    window.show_page("agreements")
    window.pages["agreements"].table.selectRow(0)
    present = {o.objectName() for o in window.findChildren(QObject)} | {window.objectName()}
    missing = sorted(n for n in _documented() - DIALOG_OBJECTS if n not in present and n not in ("import_preview", "import_summary",
                     "import_rows", "import_apply", "import_file_info", "import_no_version", "import_mapping", "import_map_0",
                     "import_recheck", "import_only_problems", "import_force", "import_progress", "pdf_preview", "pdf_view",
                     "user_name_dialog", "user_name_edit", "user_name_hint",
                     "verify_dialog", "verify_verdict", "verify_signature", "verify_document",
                     "verify_register", "verify_changes")
                     and not n.startswith(("server_password", "server_users"))  # dialogs of a server register
                     and not _in_indicator_dialog(n))
    assert missing == []


DIALOG_OBJECTS = {  # documented objects of dialogs, checked on the opened dialogs below
    "first_use_name", "quick_person", "quick_organization", "quick_name_ar", "quick_name_en",
    "quick_position_ar", "quick_position_en", "quick_organization_uuid", "quick_acronym",
    "pdf_toolbar", "pdf_print", "pdf_save", "pdf_zoom_out", "pdf_zoom_in", "pdf_fit_width",
    "pdf_fit_page", "pdf_previous_page", "pdf_next_page", "pdf_page", "pdf_page_count",
    "trash_dialog", "trash_intro", "trash_empty_note",
}


def test_documented_dialog_objects_exist(demo_window, tmp_path):
    from reportlab.pdfgen import canvas

    from desktop.ui import first_use, quick
    from desktop.ui.pdf_preview import PdfPreview
    from desktop.ui.trash_history import TrashDialog

    pdf = tmp_path / "p.pdf"
    c = canvas.Canvas(str(pdf))
    c.showPage()
    c.save()
    register = demo_window.register
    dialogs = [first_use.ask_name(demo_window), quick.person_dialog(register, demo_window),
               PdfPreview(str(pdf), demo_window), TrashDialog(demo_window)]
    organization = quick.QuickDialog("", [("name_ar", ""), ("name_en", ""), ("acronym", "")], demo_window, "quick_organization")
    present = {o.objectName() for d in [*dialogs, organization] for o in [d, *d.findChildren(QObject)]}
    assert sorted(DIALOG_OBJECTS - present) == []
    assert DIALOG_OBJECTS <= _documented()
    for dialog in [*dialogs, organization]:
        dialog.reject()

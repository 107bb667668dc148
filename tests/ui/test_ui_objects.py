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


def test_documented_objects_exist(demo_window):
    window = demo_window
    window.show_page("agreements")
    window.pages["agreements"].table.selectRow(0)
    present = {o.objectName() for o in window.findChildren(QObject)} | {window.objectName()}
    missing = sorted(n for n in _documented() if n not in present and n not in ("import_preview", "import_summary",
                     "import_rows", "import_apply", "pdf_preview", "pdf_view",
                     "user_name_dialog", "user_name_edit", "user_name_hint",
                     "verify_dialog", "verify_verdict", "verify_signature", "verify_document",
                     "verify_register", "verify_changes"))
    assert missing == []

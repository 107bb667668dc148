"""Arabic right-to-left and English left-to-right, switched at run time and remembered;
dates that read naturally in RTL; mixed-direction text isolated; complete Arabic .ts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from helpers import child, trigger, type_text

ROOT = Path(__file__).resolve().parents[2]


def test_language_switch_flips_direction_and_persists(open_window, tmp_path):
    from desktop.ui import settings

    window = open_window(tmp_path / "r.sqlite")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert child(window, "action_show_agreements", QAction).text() == "الاتفاقات"
    trigger(window, "action_language_en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert child(window, "action_show_agreements", QAction).text() == "Agreements"
    assert child(window, "welcome_load_example").text() == "Load the example plan"
    assert settings.get(settings.LANGUAGE) == "en"
    trigger(window, "action_language_ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert child(window, "welcome_load_example").text() == "تحميل الخطة النموذجية"
    assert settings.get(settings.LANGUAGE) == "ar"


def test_date_editor_reads_naturally_in_rtl(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "r.sqlite")
    window.welcome.empty.click()
    trigger(window, "action_new")
    edit = child(window, "agreement_signed_on", QLineEdit)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Not a QDateEdit (which shows 20-03-2025 in RTL): a left-to-right line edit.
    assert type(edit).__name__ == "PartialDateEdit"
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    type_text(edit, "٢٠٢٥-٠٣-٢٠")
    edit.normalise()
    assert edit.text() == "2025-03-20"
    assert edit.displayText() == "2025-03-20"
    assert str(edit.value()) == "2025-03-20"
    # The digits are drawn left to right: the year's glyphs are left of the day's.
    metrics = edit.fontMetrics()
    assert metrics.horizontalAdvance("2025") < metrics.horizontalAdvance("2025-03-")
    # Year only stays a year: no invented day.
    edit.clear()
    type_text(edit, "2022")
    assert str(edit.value()) == "2022"
    hint = child(window, "agreement_signed_on_hint")
    assert "السنة فقط" in hint.text()


def test_mixed_direction_text_is_isolated(demo_window):
    from desktop.ui import display

    assert display.isolate("منظمة OIC 2022-2025", rtl_ui=False).startswith("\u2068")
    assert display.isolate("منظمة OIC 2022-2025", rtl_ui=True).startswith("\u2068")
    assert display.isolate("UNHCR", rtl_ui=True) == "\u2068UNHCR\u2069"
    assert display.isolate("خطة", rtl_ui=True) == "خطة"
    window = demo_window
    table = child(window, "records_table", QTableView)
    model = table.model()
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    latin_in_rtl = [t for t in texts if t and display.strong_direction(t.strip("\u2068\u2069")) == "ltr"]
    assert latin_in_rtl and all(t.startswith("\u2068") and t.endswith("\u2069") for t in latin_in_rtl)
    trigger(window, "action_language_en")
    texts = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert texts  # titles in English now; Arabic-only cells would be isolated
    arabic = display.isolate("خطة العمل 2022-2025")
    assert arabic.startswith("\u2068")


def test_hijri_and_arabic_digits_toggles(demo_window):
    from desktop.ui import settings

    window = demo_window
    trigger(window, "action_show_history")
    model = child(window, "records_table", QTableView).model()
    trigger(window, "action_show_hijri")
    assert settings.get(settings.SHOW_HIJRI)
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("هـ" in t for t in texts)
    trigger(window, "action_arabic_digits")
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert any("١٩٨٨" in t for t in texts)
    trigger(window, "action_arabic_digits")
    trigger(window, "action_show_hijri")
    assert not settings.get(settings.SHOW_HIJRI)


def test_no_unfinished_arabic_translation():
    tree = ET.parse(ROOT / "translations" / "sijill_ar.ts")
    unfinished = [
        message.findtext("source")
        for message in tree.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(message.find("translation").itertext()).strip()
    ]
    assert unfinished == []


MAIN_WINDOW_MODULES = [
    "app.py", "ui/actions.py", "ui/choices.py", "ui/display.py", "ui/errors.py", "ui/fileops.py",
    "ui/import_dialog.py", "ui/main_window.py", "ui/page.py", "ui/pages_columns.py", "ui/pdf.py",
    "ui/prompts.py", "ui/quick.py", "ui/settings.py", "ui/welcome.py", "ui/editors/agreement.py",
    "ui/editors/activity.py", "ui/editors/base.py", "ui/editors/simple.py", "ui/widgets/lists.py",
    "ui/widgets/partial_date.py",
]


def test_every_string_of_the_main_window_is_in_the_ts():
    """A string added to these modules without refreshing the .ts is caught here
    (``scripts/build-translations.py --check`` with no file checks the whole UI)."""
    import subprocess
    import sys

    script = ROOT / "scripts" / "build-translations.py"
    files = [str(ROOT / "src" / "desktop" / m) for m in MAIN_WINDOW_MODULES]
    out = subprocess.run([sys.executable, str(script), "--check", *files], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr

"""File > Letterhead: the fields, a live preview, a logo checked as the register checks it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.services.letterhead import letterhead, set_letterhead
from desktop.ui.letterhead_page import LetterheadDialog


def _type(widget: Any, text: str) -> None:
    for ch in text:  # never keyClicks with non-Latin-1 text
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def test_live_preview_and_save(qtbot: Any, register: Any, tmp_path: Path, monkeypatch: Any) -> None:
    set_letterhead(register, name_en="Office")
    dialog = LetterheadDialog(register)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.edits["name_en"].text() == "Office", timeout=10000)
    dialog.edits["name_ar"].setFocus()
    _type(dialog.edits["name_ar"], "المكتب")
    assert dialog.preview.value.name_ar == "المكتب"  # the preview follows the typing
    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (10, 20, 30)).save(buffer, "PNG")
    logo.write_bytes(buffer.getvalue())
    monkeypatch.setattr("desktop.ui.prompts.open_file", lambda *args: str(logo))
    qtbot.mouseClick(dialog.button_logo, Qt.MouseButton.LeftButton)
    assert dialog.preview.value.logo_type == "png" and dialog.button_remove_logo.isEnabled()
    dialog.grab()  # paints the preview with the logo
    bad = tmp_path / "bad.gif"
    bad.write_bytes(b"GIF89a")
    monkeypatch.setattr("desktop.ui.prompts.open_file", lambda *args: str(bad))
    qtbot.mouseClick(dialog.button_logo, Qt.MouseButton.LeftButton)
    assert dialog.label_error.text() and dialog.preview.value.logo_type == "png"  # kept the good one
    dialog.accept()
    qtbot.waitUntil(lambda: letterhead(register).name_ar == "المكتب", timeout=10000)
    assert letterhead(register).logo_type == "png"

"""The import dialog: rows with problems and problems counted apart, the problems-only filter,
progress n / N with Cancel (a cancel changes nothing), column choices kept per file header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import child, trigger

REF = "UNHCR-OIC/JAP/2022-2025"


def _import(window: Any, answers: Any, qtbot: Any, path: Path) -> Any:
    window.last_import_preview = None
    answers.files.append(str(path))
    trigger(window, "action_import_activities")
    qtbot.waitUntil(lambda: window.last_import_preview is not None, timeout=20000)
    return window.last_import_preview


def test_rows_with_problems_and_problems_are_counted_apart(demo_window: Any, tmp_path: Path, answers: Any, qtbot: Any) -> None:
    source = tmp_path / "mixed.csv"
    source.write_text(
        "agreement,kind,title_ar,start\n"
        f"{REF},workshop,ورشة صحيحة,2024-10\n"
        f"{REF},nonsense,خطأ مزدوج,2024-13\n"
        f"{REF},lecture,خطأ واحد,1444/06/10\n",
        encoding="utf-8",
    )
    dialog = _import(demo_window, answers, qtbot, source)
    assert (dialog.report.rows_with_problems, len(dialog.report.errors)) == (2, 3)
    from desktop.text.digits import to_ascii_digits

    summary = to_ascii_digits(child(dialog, "import_summary").text())
    assert "2" in summary and "3" in summary
    table = child(dialog, "import_rows")
    assert dialog.visible_rows() == table.rowCount() == 5  # 3 errors, the good row, the "no version column" warning
    child(dialog, "import_only_problems").setChecked(True)
    assert dialog.visible_rows() == 3
    assert not child(dialog, "import_apply").isEnabled()
    dialog.reject()


def test_progress_is_shown_and_cancel_changes_nothing(demo_window: Any, tmp_path: Path, answers: Any, qtbot: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import import_dialog, import_flow

    labels: list[str] = []
    cancel_next = {"on": False}

    class Recorded(import_dialog.ImportProgress):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            if cancel_next["on"]:
                self.cancelled.set()  # as if Cancel were pressed at once

        def show_progress(self, done: int, total: int) -> None:
            super().show_progress(done, total)
            labels.append(self.labelText())

    monkeypatch.setattr(import_flow, "ImportProgress", Recorded)
    window = demo_window
    before = window.register.count_activities()
    source = tmp_path / "many.csv"
    source.write_text("agreement,title_en\n" + "".join(f"{REF},Row {i}\n" for i in range(1500)), encoding="utf-8")
    dialog = _import(window, answers, qtbot, source)
    assert dialog.report.added == 1500
    assert any(label.endswith("1,500 / 1,500") or label.endswith("1500 / 1500") or " / " in label for label in labels)
    cancel_next["on"] = True
    child(dialog, "import_apply").click()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert window.register.count_activities() == before
    assert window.statusBar().currentMessage()
    dialog = None
    window.last_import_preview = None
    answers.files.append(str(source))
    trigger(window, "action_import_activities")  # cancelled while checking: no preview at all
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)
    assert window.last_import_preview is None and window.register.count_activities() == before


def test_unknown_columns_are_mapped_and_remembered(demo_window: Any, tmp_path: Path, answers: Any, qtbot: Any) -> None:
    window = demo_window
    source = tmp_path / "french.csv"
    source.write_text(f"agreement,Intitulé,Couleur\n{REF},Atelier régional,rouge\n", encoding="utf-8")
    dialog = _import(window, answers, qtbot, source)
    assert dialog.report.unknown_headers == ["Intitulé", "Couleur"]
    combo = child(dialog, "import_map_0")
    combo.setCurrentIndex(combo.findData("title_en"))
    assert child(dialog, "import_map_1").currentData() == ""  # ignore
    window.last_import_preview = None
    child(dialog, "import_recheck").click()
    qtbot.waitUntil(lambda: window.last_import_preview is not None, timeout=20000)
    assert window.last_import_preview.report.ok and window.last_import_preview.report.added == 1
    window.last_import_preview.reject()
    again = tmp_path / "french-2.csv"
    again.write_text(f"agreement,Intitulé,Couleur\n{REF},Visite,bleu\n", encoding="utf-8")
    dialog = _import(window, answers, qtbot, again)  # same headers: the choices are kept
    assert dialog.report.ok and not dialog.report.unknown_headers
    before = window.register.count_activities()
    child(dialog, "import_apply").click()
    qtbot.waitUntil(lambda: window.register.count_activities() == before + 1, timeout=20000)

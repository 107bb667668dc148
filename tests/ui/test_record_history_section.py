"""A record's history inside its editor (``<entity>_history``), read only while it is open,
and the user's own name in the history (``action_user_name``, kept in their settings)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit, QTableWidget, QToolButton

from desktop.services.activities import ActivityFilter
from desktop.ui import settings
from helpers import child, clear, trigger, type_text

PLAN = "UNHCR-OIC/JAP/2022-2025"
ENTITIES = {"agreements": "agreement", "activities": "activity", "organizations": "organization",
            "people": "person", "history": "milestone"}


def _open_activity(window: Any) -> Any:
    act = window.register.activities(ActivityFilter(agreement=PLAN))[0]
    window.open_activity(act.uuid)
    return act


def test_every_editor_has_a_closed_history_that_reads_nothing(demo_window: Any) -> None:
    window = demo_window
    for kind, entity in ENTITIES.items():
        editor = window.pages[kind].editor
        section = child(editor, f"{entity}_history")
        assert section is editor.history_section
        assert not child(editor, f"{entity}_history_toggle", QToolButton).isChecked()
        assert not child(editor, f"{entity}_history_table", QTableWidget).isVisible()
    _open_activity(window)
    window.show_page("agreements")
    window.pages["agreements"].open(window.register.agreement(PLAN).uuid)
    assert all(window.pages[k].editor.history_section.reads == 0 for k in ENTITIES)  # lazy: nothing read


def test_open_history_lists_changes_newest_first_and_follows_saves(demo_window: Any) -> None:
    window = demo_window
    act = _open_activity(window)
    editor = window.pages["activities"].editor
    section = editor.history_section
    section.set_open(True)
    table = child(editor, "activity_history_table", QTableWidget)
    assert section.reads == 1 and table.isVisible()
    assert table.rowCount() == len(window.register.history(act.uuid)) >= 1
    assert table.item(table.rowCount() - 1, 2).text()  # the demo's "created", oldest last
    box = child(window, "activity_place", QLineEdit)
    clear(box)
    type_text(box, "عمّان")
    trigger(window, "action_save")
    assert section.reads >= 2 and table.rowCount() == len(window.register.history(act.uuid))  # read again
    top = [table.item(0, c).text() for c in range(4)]
    assert "عمّان" in top[3] and "←" in top[3]  # old ← new, right to left
    assert (act.place or "—") in top[3]
    assert window.register.user_name() in top[1]
    reads = section.reads
    window.open_activity(window.register.activities(ActivityFilter(agreement=PLAN))[1].uuid)
    assert section.reads == reads + 1  # each record opened is read once while open
    trigger(window, "action_new")
    note = child(editor, "activity_history_note")
    assert note.isVisible() and note.text() and not table.isVisible() and section.reads == reads + 1  # not saved yet


def test_history_open_state_is_remembered(demo_window: Any, open_window: Any, tmp_path: Path) -> None:
    demo_window.pages["agreements"].editor.history_section.set_open(True)
    assert settings.get(settings.HISTORY_OPEN)
    assert all(demo_window.pages[k].editor.history_section.is_open() for k in ENTITIES)  # the whole window follows
    path = tmp_path / "second.sqlite"
    shutil.copy(demo_window.register.database.path, path)
    second = open_window(path)
    assert second.pages["people"].editor.history_section.is_open()


def test_history_in_english_with_arabic_digits_and_an_import(demo_window: Any, tmp_path: Path) -> None:
    window = demo_window
    window.set_language("en")
    trigger(window, "action_arabic_digits")
    register = window.register
    act = register.activities(ActivityFilter(agreement=PLAN))[0]
    laptop_path = tmp_path / "laptop.sqlite"
    shutil.copy(register.database.path, laptop_path)
    from desktop.services.register import Register

    laptop = Register.open(laptop_path)
    laptop.save_activity(dataclasses.replace(laptop.activity(act.uuid), participants=41))  # type: ignore[arg-type]
    laptop.export_bundle(tmp_path / "from-field.sijill", agreements=[PLAN])
    laptop.close()
    register.import_bundle(tmp_path / "from-field.sijill")
    window.runner.announce(("activities",))
    window.open_activity(act.uuid)
    section = window.pages["activities"].editor.history_section
    section.set_open(True)
    table = section.table
    when, what, changes = table.item(0, 0).text(), table.item(0, 2).text(), table.item(0, 3).text()
    assert any("٠" <= ch <= "٩" for ch in when) and not any("0" <= ch <= "9" for ch in when)
    assert what.startswith("Imported") and "from-field.sijill" in what
    assert "Participants" in changes and "→" in changes and "٤١" in changes


def test_your_name_survives_a_restart_and_reaches_the_history(demo_window: Any, open_window: Any, answers: Any) -> None:
    window = demo_window
    assert "action_user_name" in {a.objectName() for a in window.menus["menu_edit"].actions()}
    trigger(window, "action_user_name")
    dialog = window.user_name_dialog
    edit = child(dialog, "user_name_edit", QLineEdit)
    type_text(edit, "أمينة حداد")
    dialog.accept()
    assert settings.get(settings.USER_NAME) == "أمينة حداد"
    assert window.register.user_name() == "أمينة حداد"
    path = window.register.database.path
    window.close()
    again = open_window(path)  # a restart: a new window reads the user's settings
    assert again.register.user_name() == "أمينة حداد"
    act = _open_activity(again)
    box = child(again, "activity_place", QLineEdit)
    clear(box)
    type_text(box, "Amman")
    trigger(again, "action_save")
    assert again.register.history(act.uuid)[-1].who == "أمينة حداد"
    section = again.pages["activities"].editor.history_section
    section.set_open(True)
    assert "أمينة حداد" in section.table.item(0, 1).text()
    assert answers.errors == []

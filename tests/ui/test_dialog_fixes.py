"""Small dialogs a new user met: the quick "New person…" (wide enough, with the
organisation), the conflict review (a long value shown from its start), an empty Trash (says
what it is for), the unsaved-changes question («لا تحفظ»)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from helpers import child, trigger

PLAN = "UNHCR-OIC/JAP/2022-2025"


def test_quick_new_person_is_wide_and_sets_the_organisation(demo_window: Any, monkeypatch: Any) -> None:
    from desktop.ui import quick

    register = demo_window.register
    oic = next(o for o in register.organizations() if o.acronym == "OIC")
    dialog = quick.person_dialog(register, demo_window, oic.uuid)
    assert dialog.minimumWidth() >= 480
    assert dialog.organization.currentData() == oic.uuid

    def fill_and_accept(self: Any) -> int:
        self.edits["name_en"].setText("Amina Example")
        self.edits["position_en"].setText("Assistant Secretary-General for Humanitarian, Cultural and Social Affairs")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(quick.QuickDialog, "exec", fill_and_accept)
    uuid = quick.new_person(register, demo_window, oic.uuid)
    person = register.person(uuid)
    assert person.organization_uuid == oic.uuid


def test_quick_new_person_can_choose_another_organisation(demo_window: Any, monkeypatch: Any) -> None:
    from desktop.ui import quick

    register = demo_window.register
    unhcr = next(o for o in register.organizations() if o.acronym == "UNHCR")

    def choose_and_accept(self: Any) -> int:
        self.edits["name_en"].setText("Someone")
        self.organization.setCurrentIndex(self.organization.findData(unhcr.uuid))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(quick.QuickDialog, "exec", choose_and_accept)
    assert register.person(quick.new_person(register, demo_window)).organization_uuid == unhcr.uuid


def test_an_empty_trash_explains_itself(demo_window: Any) -> None:
    trigger(demo_window, "action_trash")
    dialog = demo_window.trash_dialog
    note = child(dialog, "trash_empty_note")
    assert not note.isHidden() and "Delete" in note.text()  # says how records come here (either language)
    dialog.reject()


def test_the_conflict_review_shows_a_long_value_from_its_start(demo_window: Any, demo_template: Path, tmp_path: Path, qtbot: Any, answers: Any) -> None:
    window = demo_window
    register = window.register
    act = register.activities(ActivityFilter(agreement=PLAN))[0]
    shutil.copy(demo_template, tmp_path / "laptop.sqlite")
    laptop = Register.open(tmp_path / "laptop.sqlite")
    long_theirs = "Theirs: " + "a workshop held with the ministry of the interior and partners " * 3
    laptop.save_activity(dataclasses.replace(laptop.activity(act.uuid or ""), title_en=long_theirs))
    bundle = laptop.export_bundle(tmp_path / "from-field.sijill").path
    laptop.close()
    long_mine = "Mine: " + "the regional workshop on burden and responsibility sharing " * 3
    register.save_activity(dataclasses.replace(register.activity(act.uuid or ""), title_en=long_mine))
    answers.files.append(str(bundle))
    trigger(window, "action_import_field")
    qtbot.waitUntil(lambda: getattr(window, "bundle_preview", None) is not None, timeout=10000)
    window.bundle_preview.accept()
    qtbot.waitUntil(lambda: getattr(window, "conflict_review", None) is not None, timeout=10000)
    review = window.conflict_review
    edit = child(review, "edit_title_en")
    assert edit.text() == long_mine
    assert edit.cursorPosition() == 0
    review.reject()


def test_unsaved_changes_offers_dont_save(qapp: Any, monkeypatch: Any) -> None:
    from desktop.ui import i18n, prompts

    i18n.install("ar")
    seen: dict[str, str] = {}

    def look(box: QMessageBox) -> int:
        seen["discard"] = box.button(QMessageBox.StandardButton.Discard).text()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", look)
    assert prompts.unsaved_changes(None) == "cancel"
    assert seen["discard"] == "لا تحفظ"

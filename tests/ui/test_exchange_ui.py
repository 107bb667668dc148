"""Field work in the GUI: export and import bundles with a preview, review conflicts (and
leave them for later), backups and restore, the trash, a record's history."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from PySide6.QtGui import QAction

from desktop.domain.kinds import ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from helpers import child, trigger

PLAN = "UNHCR-OIC/JAP/2022-2025"


def _laptop_bundle(demo_template: Path, tmp_path: Path, uuid: str) -> Path:
    """A laptop that started from the same register completes an activity and sends it back."""
    shutil.copy(demo_template, tmp_path / "laptop.sqlite")
    laptop = Register.open(tmp_path / "laptop.sqlite")
    try:
        act = laptop.activity(uuid)
        laptop.save_activity(dataclasses.replace(act, status=ActivityStatus.COMPLETED, participants=30))
        return laptop.export_bundle(tmp_path / "from-field.sijill").path
    finally:
        laptop.close()


def test_actions_are_in_the_file_and_edit_menus(demo_window):
    window = demo_window
    file_actions = {a.objectName() for a in window.menus["menu_file"].actions()}
    assert {"action_export_field", "action_import_field", "action_review_conflicts", "action_backup_now",
            "action_backups", "action_trash"} <= file_actions
    assert "action_record_history" in {a.objectName() for a in window.menus["menu_edit"].actions()}
    assert all(child(window, name, QAction).text() for name in file_actions if name)
    assert not child(window, "status_conflicts").isVisible()


def test_export_for_field_work(demo_window, tmp_path, answers, qtbot):
    window = demo_window
    target = tmp_path / "field.sijill"
    trigger(window, "action_export_field")
    dialog = window.bundle_export_dialog
    agreements = child(dialog, "bundle_agreements")
    from PySide6.QtCore import Qt

    for i in range(agreements.count()):
        if PLAN in agreements.item(i).text():
            agreements.item(i).setCheckState(Qt.CheckState.Checked)
    answers.files.append(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: not window.runner.busy and target.exists(), timeout=10000)
    assert target.stat().st_mode & 0o077 == 0
    assert "field.sijill" in window.statusBar().currentMessage()


def test_import_preview_then_conflict_review_left_and_resumed(demo_window, demo_template, tmp_path, answers, qtbot):
    window = demo_window
    register = window.register
    planned = [a for a in register.activities(ActivityFilter(agreement=PLAN)) if a.status == ActivityStatus.PLANNED]
    clash, applied = planned[0], planned[1]
    shutil.copy(demo_template, tmp_path / "laptop.sqlite")
    laptop = Register.open(tmp_path / "laptop.sqlite")
    for act in (clash, applied):
        laptop.save_activity(dataclasses.replace(laptop.activity(act.uuid or ""), status=ActivityStatus.COMPLETED))
    bundle = laptop.export_bundle(tmp_path / "from-field.sijill").path
    laptop.close()
    register.save_activity(dataclasses.replace(register.activity(clash.uuid or ""), status=ActivityStatus.POSTPONED))
    window.runner.announce(("activities",))

    answers.files.append(str(bundle))
    trigger(window, "action_import_field")
    qtbot.waitUntil(lambda: getattr(window, "bundle_preview", None) is not None, timeout=10000)
    preview = window.bundle_preview
    summary = child(preview, "bundle_summary").text()
    assert "from-field.sijill" in summary
    changes = child(preview, "bundle_changes")
    assert changes.rowCount() == 2  # one update, one conflict
    assert register.activity(applied.uuid or "").status == ActivityStatus.PLANNED  # the preview kept nothing
    preview.accept()
    qtbot.waitUntil(lambda: getattr(window, "conflict_review", None) is not None, timeout=10000)
    review = window.conflict_review
    assert register.activity(applied.uuid or "").status == ActivityStatus.COMPLETED
    assert child(review, "conflict_list").count() == 1
    fields = child(review, "conflict_fields")
    assert fields.rowCount() == 1
    badge = child(window, "status_conflicts")
    assert badge.isVisible() and badge.text() and register.open_conflict_count() == 1

    review.reject()  # later
    window.conflict_review = None
    assert badge.isVisible()
    trigger(window, "action_review_conflicts")
    review = window.conflict_review
    combo = child(review, "choice_status")
    combo.setCurrentIndex(combo.findData("theirs"))
    child(review, "conflict_resolve").click()
    qtbot.waitUntil(lambda: child(review, "conflict_list").count() == 0, timeout=10000)
    assert register.activity(clash.uuid or "").status == ActivityStatus.COMPLETED
    qtbot.waitUntil(lambda: not badge.isVisible(), timeout=5000)
    review.reject()


def test_a_hostile_bundle_shows_a_clear_error(demo_window, tmp_path, answers, qtbot):
    window = demo_window
    bad = tmp_path / "bad.sijill"
    bad.write_bytes(b"not a zip at all")
    answers.files.append(str(bad))
    trigger(window, "action_import_field")
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=10000)
    assert "bad.sijill" in answers.errors[0][1]


def test_trash_restore_and_empty(demo_window, answers, qtbot):
    window = demo_window
    register = window.register
    acts = register.activities(ActivityFilter(agreement=PLAN))
    register.delete_activity(acts[0].uuid or "")
    register.delete_activity(acts[1].uuid or "")
    trigger(window, "action_trash")
    dialog = window.trash_dialog
    table = child(dialog, "trash_table")
    assert table.rowCount() == 2
    table.setCurrentCell(0, 0)
    child(dialog, "trash_restore").click()
    qtbot.waitUntil(lambda: table.rowCount() == 1 or bool(answers.errors), timeout=10000)
    assert not answers.errors
    answers.confirm.append(True)
    child(dialog, "trash_empty").click()
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=10000)
    assert any(q.startswith("confirm") for q in answers.asked)
    assert register.count_activities(ActivityFilter(agreement=PLAN)) == len(acts) - 1
    dialog.reject()


def test_record_history_in_the_editor(demo_window, qtbot):
    window = demo_window
    register = window.register
    act = register.activities(ActivityFilter(agreement=PLAN))[0]
    register.save_activity(dataclasses.replace(act, participants=77))
    window.runner.announce(("activities",))
    window.open_activity(act.uuid or "")
    trigger(window, "action_record_history")
    dialog = window.record_history_dialog
    table = child(dialog, "record_history_table")
    assert table.rowCount() >= 2
    assert "77" in table.item(0, 3).text()
    dialog.reject()


def test_backup_now_and_restore(demo_window, answers, qtbot):
    window = demo_window
    plan = window.register.agreement(PLAN)
    trigger(window, "action_backups")
    dialog = window.backups_dialog
    table = child(dialog, "backups_table")
    child(dialog, "backup_now").click()
    qtbot.waitUntil(lambda: table.rowCount() >= 1, timeout=10000)
    window.register.save_agreement(dataclasses.replace(plan, title_en="Changed after the backup"))
    table.setCurrentCell(0, 0)
    answers.confirm.append(True)
    child(dialog, "backup_restore").click()
    qtbot.waitUntil(lambda: window.register.agreement(PLAN).title_en == plan.title_en, timeout=10000)
    assert window.register.database.path is not None
    asides = list(window.register.database.path.parent.glob("*.before-restore-*"))
    assert len(asides) == 1


def test_opening_a_database_makes_the_daily_backup(open_window, demo_template, tmp_path, monkeypatch):
    monkeypatch.delenv("SIJILL_NO_AUTO_BACKUP", raising=False)
    path = tmp_path / "opened.sqlite"
    shutil.copy(demo_template, path)
    window = open_window(path)
    window.runner.pool.waitForDone(10000)
    assert [b.kind for b in window.register.backups()] == ["auto"]
    assert not window.runner.busy

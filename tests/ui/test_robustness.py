"""One editing instance per database file, storage errors as dialogs, no tracebacks."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QTableView

from helpers import child, trigger, type_text


def test_second_instance_is_offered_read_only(open_window, tmp_path, answers):
    from desktop.app import create_main_window
    from desktop.ui.opening import OpeningCancelled

    path = tmp_path / "r.sqlite"
    first = open_window(path)
    assert first.lock is not None
    answers.locked.append(False)
    with pytest.raises(OpeningCancelled):
        create_main_window(str(path))
    answers.locked.append(True)
    second = open_window(path)
    assert second.register.read_only
    assert "للقراءة فقط" in child(second, "status_database").text()
    assert not child(second, "action_save", QAction).isEnabled()
    assert not child(second, "action_new", QAction).isEnabled()
    assert answers.asked == ["locked", "locked"]


def test_lock_is_released_on_close(open_window, tmp_path, answers):
    path = tmp_path / "r.sqlite"
    first = open_window(path)
    first.close()
    second = open_window(path)
    assert not second.register.read_only and answers.asked == []


def test_stale_lock_after_a_crash_is_recovered(open_window, tmp_path, answers):
    path = tmp_path / "r.sqlite"
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1] + '.lock')\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # dies holding the lock\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], check=True)
    assert (tmp_path / "r.sqlite.lock").exists()
    window = open_window(path)
    assert not window.register.read_only
    assert answers.asked == []


def test_storage_error_is_a_dialog_and_the_form_is_kept(demo_window, answers, monkeypatch):
    from desktop.domain.errors import StorageError
    from desktop.domain.messages import Message

    window = demo_window
    child(window, "records_table", QTableView).selectRow(0)
    edit = child(window, "agreement_title_en", QLineEdit)
    type_text(edit, " — revised")
    typed = edit.text()

    def disk_full(record):
        raise StorageError(Message("The database could not complete the operation: {error}", {"error": "disk full"}))

    monkeypatch.setattr(window.register, "save_agreement", disk_full)
    trigger(window, "action_save")
    [(title, text)] = answers.errors
    assert "disk full" in text and "قاعدة البيانات" in title
    assert edit.text() == typed
    assert window.pages["agreements"].editor.is_dirty()


def test_unexpected_errors_are_logged_not_shown_as_tracebacks(answers, qapp):
    from desktop.ui import errors

    log = errors.setup_logging()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    [(title, text)] = answers.errors
    assert "Traceback" not in text and "boom" not in text
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")


def test_failed_background_work_is_a_dialog_and_the_window_stays_usable(open_window, tmp_path, answers, qtbot, monkeypatch):
    from desktop.domain.errors import StorageError
    from desktop.domain.messages import Message
    from desktop.services import demo

    def full_disk(register):
        raise StorageError(Message("The database could not complete the operation: {error}", {"error": "disk I/O error"}))

    monkeypatch.setattr(demo, "load_demo", full_disk)
    window = open_window(tmp_path / "r.sqlite")
    window.welcome.example.click()
    qtbot.waitUntil(lambda: not window.runner.busy and bool(answers.errors), timeout=10000)
    assert "disk I/O error" in answers.errors[0][1]
    assert window.welcome.example.isEnabled()
    window.welcome.empty.click()
    trigger(window, "action_new")
    assert window.stack.currentWidget() is window.pages["agreements"]

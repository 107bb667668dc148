"""File > Database settings: a local file or a server, a connection test with a clear answer,
and switching the window to the chosen register."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from desktop.ui.database_settings import DatabaseSettings
from helpers import child, trigger


@pytest.fixture(autouse=True)
def _english() -> Any:
    """The assertions read English messages; another test may have left Arabic installed."""
    from desktop.ui import i18n

    before = i18n.current()
    i18n.install("en")
    yield
    i18n.install(before)


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def _test(qtbot: Any, dialog: DatabaseSettings) -> tuple[bool, str]:
    qtbot.mouseClick(dialog.button_test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20000)
    assert dialog.last_result is not None
    return dialog.last_result


def test_file_mode_reports_a_new_file(qtbot: Any, tmp_path: Path) -> None:
    dialog = DatabaseSettings(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(dialog)
    assert dialog.radio_file.isChecked() and not dialog.server_box.isEnabled()
    ok, text = _test(qtbot, dialog)
    assert ok and "will create a new register" in text
    assert child(dialog, "label_result", QLabel).text().startswith("✓")


def test_server_down_is_said_plainly(qtbot: Any) -> None:
    dialog = DatabaseSettings()
    qtbot.addWidget(dialog)
    dialog.radio_server.setChecked(True)
    assert dialog.server_box.isEnabled() and not dialog.file_box.isEnabled()
    dialog.edit_host.setText("127.0.0.1")
    dialog.spin_port.setValue(_closed_port())
    dialog.edit_database.setText("office")
    dialog.edit_user.setText("amina")
    dialog.edit_password.setText("s3cret")
    ok, text = _test(qtbot, dialog)
    assert not ok and "Cannot reach the database server" in text and "s3cret" not in text
    assert dialog.label_result.text().startswith("✗")
    dialog.edit_database.setText("other")  # editing clears the old answer
    assert dialog.last_result is None and dialog.label_result.text() == ""


def test_missing_fields_are_named(qtbot: Any) -> None:
    dialog = DatabaseSettings()
    qtbot.addWidget(dialog)
    dialog.radio_server.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.last_result is not None and not dialog.last_result[0]


def test_server_url_round_trip(qtbot: Any) -> None:
    url = "postgresql+psycopg://amina:p%40ss@db.office.example:5433/sijill"
    dialog = DatabaseSettings(url)
    qtbot.addWidget(dialog)
    assert dialog.is_server()
    assert (dialog.edit_host.text(), dialog.spin_port.value(), dialog.edit_database.text()) == ("db.office.example", 5433, "sijill")
    assert (dialog.edit_user.text(), dialog.edit_password.text()) == ("amina", "p@ss")
    assert dialog.target() == url


def test_real_server_wrong_password_then_right(qtbot: Any, pg_server: Any, pg_url: str) -> None:
    from sqlalchemy.engine import make_url  # the test may; the dialog does not

    parts = make_url(pg_url)
    dialog = DatabaseSettings(pg_url)
    qtbot.addWidget(dialog)
    ok, text = _test(qtbot, dialog)
    assert ok and "up to date" in text, text
    dialog.edit_password.setText("wrong")
    ok, text = _test(qtbot, dialog)
    assert not ok and "refused the user name or password" in text
    dialog.edit_password.setText(parts.password or "")
    dialog.edit_database.setText("no_such_register")
    ok, text = _test(qtbot, dialog)
    assert not ok and "no such database" in text


def test_file_menu_switches_the_window(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    window = open_window(tmp_path / "first.sqlite")
    trigger(window, "action_database_settings")
    dialog = window.database_settings_dialog
    assert dialog.radio_file.isChecked() and dialog.edit_file.text() == str(tmp_path / "first.sqlite")
    dialog.edit_file.setText(str(tmp_path / "second.sqlite"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.register.database.path == tmp_path / "second.sqlite", timeout=10000)
    assert (tmp_path / "second.sqlite").exists()

"""Issue 21 in the window: a login that may only read gets a read-only window with a banner
saying why; an editor's window has none; SQLite says its file permissions decide."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop.services.demo import DEMO_REFERENCE, load_demo
from desktop.services.register import Register
from helpers import child
from server_logins import Logins, role_register  # noqa: F401


def _login(logins: Logins, role: str) -> str:
    return next(n for n in logins.names if n.endswith("_" + role))


def _seed(logins: Logins) -> str:
    owner = Register.open(logins.owner_url)
    load_demo(owner)
    uuid = owner.agreement(DEMO_REFERENCE).uuid
    owner.close()
    return uuid


def test_a_readers_window_is_read_only(destroy_windows_after: None, open_window: Any, role_register: Logins, answers: Any, qtbot: Any) -> None:
    plan = _seed(role_register)
    window = open_window(role_register.url(_login(role_register, "reader")))
    assert window.register.read_only
    banner = child(window, "read_only_banner", QLabel)
    assert banner.isVisible() and _login(role_register, "reader") in banner.text()
    assert "للقراءة فقط" in banner.text()  # in the user's language (Arabic by default)
    window.show_page("agreements", force=True)
    window.pages["agreements"].open(plan)
    for name in ("action_new", "action_save", "action_delete", "action_import_activities"):
        assert not child(window, name, QAction).isEnabled(), name
    assert not child(window, "agreement_signing_place_en", QLineEdit).isEnabled()
    window.grab().save("/tmp/i21-reader-window.png")
    assert answers.errors == []
    from desktop.ui import exchange_dialogs

    exchange_dialogs.preview_import(window, "/nowhere/field.sijill")  # a bundle opened from the file manager
    qtbot.waitUntil(lambda: bool(answers.errors))
    assert "للقراءة فقط" in answers.errors[0][1] and _login(role_register, "reader") in answers.errors[0][1]


def test_an_editors_window_has_no_banner(destroy_windows_after: None, open_window: Any, role_register: Logins) -> None:
    _seed(role_register)
    window = open_window(role_register.url(_login(role_register, "editor")))
    assert not window.register.read_only
    assert not child(window, "read_only_banner", QLabel).isVisible()
    window.show_page("agreements", force=True)
    assert child(window, "action_new", QAction).isEnabled()


def test_a_file_open_elsewhere_says_so(open_window: Any, tmp_path: Any, answers: Any) -> None:
    path = tmp_path / "r.sqlite"
    first = open_window(path)
    assert not child(first, "read_only_banner", QLabel).isVisible()
    answers.locked.append(True)
    second = open_window(path)
    banner = child(second, "read_only_banner", QLabel)
    assert banner.isVisible() and "نافذة أخرى" in banner.text()


def test_about_says_a_file_has_one_user(open_window: Any, tmp_path: Any) -> None:
    from desktop.ui import i18n
    from desktop.ui.access import access_note

    window = open_window(tmp_path / "r.sqlite")
    i18n.install("en")
    assert "permissions" in access_note(window.register)
    i18n.install("ar")
    assert "أذونات الملف" in access_note(window.register)


def test_only_an_admin_reaches_the_server_users(destroy_windows_after: None, open_window: Any, role_register: Logins, qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget

    from desktop.ui import server_users

    editor = open_window(role_register.url(_login(role_register, "editor")))
    assert not child(editor, "action_server_users", QAction).isEnabled()
    assert server_users.show(editor) is None  # not even by a direct call
    admin = open_window(role_register.url(_login(role_register, "admin")))
    assert child(admin, "action_server_users", QAction).isEnabled()
    dialog = server_users.show(admin)
    table = child(dialog, "server_users_table", QTableWidget)
    shown = lambda: {table.item(r, 0).text().strip("\u2066\u2067\u2068\u2069") for r in range(table.rowCount())}  # noqa: E731
    qtbot.waitUntil(lambda: set(role_register.names) <= shown())  # the roles are server-wide: others may be listed too
    newcomer = role_register.create(role_register.names[0] + "_gui")
    child(dialog, "server_users_login", QLineEdit).setText(newcomer)
    role = child(dialog, "server_users_role", QComboBox)
    role.setCurrentIndex(role.findData("editor"))
    child(dialog, "server_users_grant", QPushButton).click()
    qtbot.waitUntil(lambda: newcomer in shown())
    assert Register.open(role_register.url(newcomer)).access.value == "editor"
    dialog.grab().save("/tmp/i21-server-users.png")


def test_a_file_has_no_server_users(open_window: Any, tmp_path: Any) -> None:
    window = open_window(tmp_path / "r.sqlite")
    assert not child(window, "action_server_users", QAction).isEnabled()

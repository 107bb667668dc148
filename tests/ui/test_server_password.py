"""Issue 21: a server password is asked for when needed and kept in the system keyring, never
in Sijill's settings; without a keyring it is asked for each time, and the dialog says so."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QCheckBox, QLabel

from desktop.services import connection
from helpers import child
from server_logins import Logins, role_register  # noqa: F401


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_password_is_asked_then_kept_in_the_keyring(
    destroy_windows_after: None, open_window: Any, role_register: Logins, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any,
) -> None:
    from desktop.ui import prompts, settings

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))  # no ~/.pgpass of the machine's user
    login = next(n for n in role_register.names if n.endswith("_editor"))
    bare, password = connection.split_password(role_register.url(login))
    assert password and password not in bare
    asked: list[str] = []

    def ask(_parent: Any, where: str) -> tuple[str, bool]:
        asked.append(where)
        return password, True

    monkeypatch.setattr(prompts, "server_password", ask)
    first = open_window(bare)
    assert len(asked) == 1 and not first.register.read_only
    assert memory_keyring.data == {("Sijill", connection.credential_name(bare)): password}
    stored = repr(settings.get(settings.RECENT_DATABASES)) + repr(settings.get(settings.LAST_DATABASE))
    assert login in stored and password not in stored  # never in plain settings
    assert password not in first.windowTitle()
    second = open_window(bare)
    assert len(asked) == 1 and second.register.access.value == "editor"  # from the keyring


def test_a_password_in_the_url_is_not_remembered(
    destroy_windows_after: None, open_window: Any, role_register: Logins, memory_keyring: MemoryKeyring,
) -> None:
    from desktop.ui import settings

    login = next(n for n in role_register.names if n.endswith("_reader"))
    url = role_register.url(login)
    open_window(url)
    _, password = connection.split_password(url)
    assert password not in repr(settings.get(settings.RECENT_DATABASES)) + repr(settings.get(settings.LAST_DATABASE))
    assert memory_keyring.data == {}


def test_without_a_keyring_the_dialog_says_it_will_ask_each_time(qtbot: Any, no_keyring: None) -> None:
    from desktop.ui.credentials import PasswordDialog, keyring_available, store_password

    assert not keyring_available() and not store_password("x", "y")
    dialog = PasswordDialog("amina@office:5432/sijill")
    qtbot.addWidget(dialog)
    assert not child(dialog, "server_password_remember", QCheckBox).isEnabled()
    assert child(dialog, "server_password_no_keyring", QLabel).text()


def test_pgpass_file_serves_the_command_line(role_register: Logins, run_cli: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """No password in the URL: libpq reads it from PGPASSFILE (or ~/.pgpass)."""
    from sqlalchemy.engine import make_url

    login = next(n for n in role_register.names if n.endswith("_reader"))
    url = make_url(role_register.url(login))
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port}:{url.database}:{login}:{url.password}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    bare = url._replace(password=None).render_as_string(hide_password=False)
    code, out, err = run_cli("--db", bare, "agreements", "--json")
    assert code == 0, err

"""Opening a register for a window: the lock, the read-only offer, a server's password (asked
for when needed, kept in the system keyring, never in settings), errors as dialogs."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QWidget

from desktop.domain.errors import SijillError, StorageError
from desktop.files import private_folder
from desktop.domain.messages import Message, N_
from desktop.services.register import Register
from desktop.services.location import database_file, database_url
from desktop.ui import prompts, settings
from desktop.ui.lock import DatabaseLock


class OpeningCancelled(SijillError):
    """The user chose not to open a database that another window is editing."""


def open_register(target: str | os.PathLike[str] | None, parent: QWidget | None = None) -> tuple[Register, DatabaseLock | None]:
    """Open ``target`` for editing, or read-only when another instance holds it and the
    user agrees. Raises StorageError / OpeningCancelled."""
    url = database_url(target)
    path = database_file(url)
    lock: DatabaseLock | None = None
    read_only = False
    if path is not None:
        private_folder(path.parent)
        lock = DatabaseLock(path)
        if not lock.acquire():
            lock = None
            if not path.exists() or not prompts.database_locked(parent, str(path)):
                raise OpeningCancelled(Message(N_("{name} is open in another Sijill window."), {"name": str(path)}))
            read_only = True
        try:
            register = Register.open(url, read_only=read_only)
        except Exception:
            if lock is not None:
                lock.release()
            raise
        settings.remember_database(str(path))
        return register, lock
    return _open_server(url, parent), None


def _open_server(url: str, parent: QWidget | None) -> Register:
    """A server register: a password in the URL is used once and not remembered; without one,
    the keyring's, else libpq's own (~/.pgpass, PGPASSFILE), else the user is asked."""
    from desktop.services import connection
    from desktop.ui import credentials

    bare, password = connection.split_password(url)
    name = connection.credential_name(bare)
    password = password or credentials.stored_password(name)
    remember = False
    while True:
        try:
            register = Register.open(connection.with_password(bare, password))
            break
        except StorageError as exc:
            if not connection.login_refused(exc):
                raise
            answer = prompts.server_password(parent, connection.shown(bare))
            if answer is None:
                raise
            password, remember = answer
    if remember and password:
        credentials.store_password(name, password)
    _forget_passwords_in_settings(bare)
    settings.remember_database(bare)
    return register


def _forget_passwords_in_settings(bare: str) -> None:
    """Older versions kept a server URL with its password in the recent list: drop those."""
    from desktop.services import connection

    recent = settings.get(settings.RECENT_DATABASES)
    kept = [r for r in recent if "://" not in r or connection.split_password(r) == (r, "")]
    if kept != recent:
        settings.put(settings.RECENT_DATABASES, kept)
    if connection.split_password(settings.get(settings.LAST_DATABASE) or "")[1]:
        settings.put(settings.LAST_DATABASE, bare)


__all__ = ["OpeningCancelled", "StorageError", "open_register"]

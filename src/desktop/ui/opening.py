"""Opening a register for a window: the lock, the read-only offer, errors as dialogs."""

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
    settings.remember_database(str(path) if path is not None else url)
    return register, lock


__all__ = ["OpeningCancelled", "StorageError", "open_register"]

"""One database file, one editing instance: a QLockFile beside the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class DatabaseLock:
    """Holds ``<database>.lock`` while a window edits the database. A lock left by a
    crashed instance (its process is gone) is recognised as stale and taken over."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        # tryLock itself takes over a lock whose process is no longer running.
        return bool(self._lock.tryLock(0))

    def holder(self) -> str:
        ok, pid, host, app = self._lock.getLockInfo()
        return f"{app} (pid {pid}, {host})" if ok else ""

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

"""A SQLite file's side files (``-wal``, ``-shm``) kept usable for the writers that come
after a read of a read-only register."""

from __future__ import annotations

import atexit
import os
from pathlib import Path


def keep_sides_writable(path: Path) -> None:
    """SQLite gives a new ``-wal``/``-shm`` the mode of the database file: reading a file
    that is read-only (0400) leaves them 0400, and every later writer fails on them once the
    file is writable again. Give our own side files back their owner's write permission."""
    if os.name != "posix":
        return
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        try:
            st = side.stat()
            if st.st_uid == os.getuid() and not st.st_mode & 0o200:
                os.chmod(side, 0o600)
        except OSError:
            pass  # gone, or not ours: nothing to do


_WATCHED: set[Path] = set()


def at_exit_keep_sides_writable(path: Path) -> None:
    """Also when the process ends without closing the register (a command's last read)."""
    if path not in _WATCHED:
        _WATCHED.add(path)
        atexit.register(keep_sides_writable, path)

"""Locks every Sijill respects on a register file (no Qt here).

- :class:`EditLock` is ``<file>.lock`` in the format of Qt's ``QLockFile`` (what the window
  holds while it edits the file, ``ui/lock.py``): created exclusively, holding the process id,
  program name, host name, machine and boot ids, and ``flock``-ed while held. A lock whose
  process is gone is taken over, as QLockFile does.
- :class:`UseLock` is an OS lock every process holds *shared* while it has the register open
  (``open_database``), and ``restore`` holds *exclusively* while it replaces the file: a
  restore never runs while a window or a command has the file open, and nobody opens the
  file half way through a restore. It lives in the user data folder (``locks/``), keyed by
  the file's real path, so nothing is added beside the register. On Windows the system
  itself refuses to replace a file another program has open; there it is not needed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import socket
import sys
import time
from pathlib import Path
from typing import IO

from desktop.files import private_folder

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def _read_first_line(path: str) -> str:
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            return handle.readline().strip()
    except OSError:
        return ""


def _program_name() -> str:
    """What QLockFile writes as the application: the name of the running executable."""
    try:
        return Path(os.readlink("/proc/self/exe")).name
    except OSError:
        return Path(sys.executable).name


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


class EditLock:
    """``<file>.lock``, compatible with the QLockFile the GUI takes on the same file."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None

    def _contents(self) -> bytes:
        lines = [str(os.getpid()), _program_name(), socket.gethostname(),
                 _read_first_line("/etc/machine-id"), _read_first_line("/proc/sys/kernel/random/boot_id")]
        return ("\n".join(lines) + "\n").encode("utf-8")

    def acquire(self) -> bool:
        """Take the lock now (a lock left by a process that is gone is taken over)."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                if not self._remove_stale():
                    return False
                continue
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.write(fd, self._contents())
            os.fsync(fd)
            self._fd = fd
            return True
        return False

    def info(self) -> tuple[int, str, str]:
        """(process id, program, host) of the holder, as written in the file."""
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return 0, "", ""
        pid = int(lines[0]) if lines and lines[0].strip().isdigit() else 0
        return pid, lines[1] if len(lines) > 1 else "", lines[2] if len(lines) > 2 else ""

    def holder(self) -> str:
        pid, program, host = self.info()
        return f"{program} (pid {pid}, {host})" if pid else ""

    def _remove_stale(self) -> bool:
        """Remove the lock file when its holder is gone (same host, no such process, and no
        one holds its flock); True when it was removed."""
        pid, _program, host = self.info()
        if not pid or host != socket.gethostname() or _process_alive(pid):
            return False
        try:
            fd = os.open(self.path, os.O_WRONLY)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.path.unlink()
            return True
        except OSError:
            return False
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)
            self._fd = None


def use_lock_path(database: Path) -> Path:
    from desktop.store.database import default_data_dir

    real = os.path.normcase(str(database.resolve()))
    key = hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return default_data_dir() / "locks" / f"{key}.lock"


class UseLock:
    """Held shared while a register is open, exclusively while it is restored."""

    def __init__(self, database: Path) -> None:
        self.path = use_lock_path(database)
        self._handle: IO[bytes] | None = None

    def acquire(self, *, exclusive: bool, wait: float = 0.0) -> bool:
        """True when held (or when locks are not available here); False when another
        process holds it in a conflicting way for longer than ``wait`` seconds."""
        if fcntl is None or self._handle is not None:
            return True
        try:
            private_folder(self.path.parent)
            handle = open(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        except OSError:
            return True  # no place for locks (a read-only home): nothing to coordinate with
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle.fileno(), mode)
                self._handle = handle
                return True
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK) or time.monotonic() >= deadline:
                    handle.close()
                    return False
            time.sleep(0.05)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file releases its flock
            self._handle = None

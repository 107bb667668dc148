"""Writing files safely: to a private temporary file beside the target, then renamed."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def private_folder(folder: str | os.PathLike[str]) -> Path:
    """Create ``folder`` and any missing parents readable by the owner only (0700, as the
    XDG base directory rules ask), whatever the umask; existing folders are left alone."""
    path = Path(folder)
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for level in reversed(missing):
        level.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(level, 0o700)
    return Path(folder)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """Open a temporary file (owner-only permissions on POSIX) next to ``path``; on success
    it is flushed, synced and renamed over ``path``; on error it is removed and ``path`` is
    untouched."""
    target = Path(path)
    private_folder(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path for a library that writes a file by name; renamed over ``path`` on
    success, removed on error."""
    target = Path(path)
    private_folder(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

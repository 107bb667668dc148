"""Where a register lives, for callers that must not import the store (the UI)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.store.database import default_database_path, resolve_url, sqlite_path


def database_url(target: str | os.PathLike[str] | None) -> str:
    """The SQLAlchemy URL for a path or URL (default: the user's register)."""
    return resolve_url(target)


def database_file(url: str) -> Path | None:
    """The SQLite file behind a URL, or None for another engine."""
    return sqlite_path(url)


def default_file() -> Path:
    return default_database_path()

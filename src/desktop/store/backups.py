"""Backups of a SQLite register, made with SQLite's online backup API into the user data
folder: one automatically when a database is opened (at most one a day, rotated: 7 daily,
4 weekly), and on request. Restoring checks the backup first and keeps the current file aside.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import glob
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import SijillError, StorageError
from desktop.domain.messages import Message, N_
from desktop.store import migrate
from desktop.store.database import Database, backup_sqlite, default_data_dir
from desktop.store.locking import EditLock, UseLock
from desktop.store.sidefiles import keep_sides_writable

ENV_SKIP = "SIJILL_NO_AUTO_BACKUP"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^(?P<prefix>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>auto|manual)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: _dt.datetime  # local time, from the file name
    kind: str  # "auto" or "manual"
    size: int


def backup_dir() -> Path:
    return default_data_dir() / "backups"


def _prefix(db_file: Path) -> str:
    """Backups of different register files in one folder stay apart."""
    tag = hashlib.sha256(str(db_file.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "_", db_file.stem)[:40] or "register"
    return f"{stem}-{tag}"


def _require_file(database: Database) -> Path:
    path = database.path
    if path is None:
        raise SijillError(Message(N_("Backups are made of SQLite files; for a server database use its own backup tools.")))
    return path


def list_backups(database: Database, folder: Path | None = None) -> list[BackupInfo]:
    """This database's backups in the folder, newest first."""
    path = _require_file(database)
    folder = folder or backup_dir()
    prefix = _prefix(path)
    found = []
    for item in folder.glob(f"{prefix}-*.sqlite") if folder.is_dir() else []:
        match = _NAME.match(item.name)
        if match and match["prefix"] == prefix:
            when = _dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append(BackupInfo(item, when, match["kind"], item.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def backup_now(database: Database, destination: str | os.PathLike[str] | None = None, *,
               kind: str = "manual", now: _dt.datetime | None = None, folder: Path | None = None) -> Path:
    """Copy the open database with the online backup API (consistent while in use)."""
    path = _require_file(database)
    if destination is None:
        stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        destination = (folder or backup_dir()) / f"{_prefix(path)}-{stamp}-{kind}.sqlite"
    target = Path(destination)
    try:
        backup_sqlite(path, target)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(Message(N_("The backup to {path} failed: {error}"), {"path": target, "error": exc})) from exc
    os.chmod(target, 0o600)
    return target


def auto_backup(database: Database, *, now: _dt.datetime | None = None, folder: Path | None = None) -> Path | None:
    """The backup made when a database is opened: at most one a day, then rotated.
    Skipped for server databases, for empty files and when $SIJILL_NO_AUTO_BACKUP is set."""
    if os.environ.get(ENV_SKIP) or database.path is None or not database.path.exists():
        return None
    now = now or _dt.datetime.now()
    existing = [b for b in list_backups(database, folder) if b.kind == "auto"]
    if any(b.created_at.date() == now.date() for b in existing):
        return None
    try:
        made = backup_now(database, kind="auto", now=now, folder=folder)
    except StorageError:
        return None  # a backup that cannot be made must not stop the register from opening
    rotate(database, folder=folder)
    return made


def rotate(database: Database, *, folder: Path | None = None) -> list[Path]:
    """Keep the newest automatic backup of each of the last 7 days that have one, and of
    each of the 4 weeks before; remove the other automatic ones. Manual backups stay."""
    autos = [b for b in list_backups(database, folder) if b.kind == "auto"]
    keep: set[Path] = set()
    days: dict[_dt.date, BackupInfo] = {}
    for b in autos:  # newest first
        days.setdefault(b.created_at.date(), b)
    daily = list(days.values())[:KEEP_DAILY]
    keep |= {b.path for b in daily}
    weeks: dict[tuple[int, int], BackupInfo] = {}
    for b in list(days.values())[KEEP_DAILY:]:
        iso = b.created_at.isocalendar()
        weeks.setdefault((iso.year, iso.week), b)
    keep |= {b.path for b in list(weeks.values())[:KEEP_WEEKLY]}
    removed = []
    for b in autos:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def check_backup(file: str | os.PathLike[str]) -> str | None:
    """Refuse a file that is not a sound Sijill database; returns its schema revision."""
    path = Path(file)
    if not path.is_file():
        raise SijillError(Message(N_("No backup file at {path}."), {"path": path}))
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
        finally:
            con.close()
            keep_sides_writable(path)
    except sqlite3.DatabaseError as exc:
        raise SijillError(Message(N_("{path} is not a usable backup ({error})."), {"path": path.name, "error": exc})) from exc
    if result != [("ok",)]:
        raise SijillError(Message(N_("{path} failed the integrity check; nothing was restored."), {"path": path.name}))
    if revision is None:
        raise SijillError(Message(N_("{path} is not a Sijill register; nothing was restored."), {"path": path.name}))
    migrate.refuse_if_too_new(revision[0], str(path))
    return str(revision[0])


def restore(target: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Path | None:
    """Replace the register file ``target`` with ``backup``, after checking the backup.

    The register must be closed everywhere: restore takes its locks (the window's
    ``.lock`` and the lock every open register holds) and refuses while anyone has it
    open. The current file is moved aside unread (so a damaged one can be replaced too),
    with its write-ahead log; returns its new name. What a restore killed half way left
    (``.restoring`` copies) is removed by the next one."""
    current, source = Path(target).absolute(), Path(backup).absolute()
    check_backup(source)
    with exclusive(current):
        _remove_leftovers(current)
        partial = current.with_name(current.name + RESTORING)
        backup_sqlite(source, partial)
        aside = _move_aside(current) if current.exists() else None
        Path(str(current) + "-shm").unlink(missing_ok=True)
        os.replace(partial, current)
        os.chmod(current, 0o600)
    return aside


RESTORING = ".restoring"
_SIDES = ("-wal", "-journal")


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold both locks on the register file, or refuse in one line naming who holds it."""
    edit, use = EditLock(path), UseLock(path)
    if not edit.acquire():
        raise SijillError(Message(N_("{path} is open in Sijill ({holder}); close it there first. Nothing was restored."),
                                  {"path": path, "holder": edit.holder() or "?"}))
    try:
        if not use.acquire(exclusive=True):
            raise SijillError(Message(
                N_("{path} is in use by another Sijill window or command; wait until it has finished. Nothing was restored."),
                {"path": path}))
        try:
            yield
        finally:
            use.release()
    finally:
        edit.release()


def _remove_leftovers(current: Path) -> None:
    for name in (RESTORING, RESTORING + ".part"):
        Path(str(current) + name).unlink(missing_ok=True)
    for stale in current.parent.glob(glob.escape(current.stem) + ".before-restore-*.part"):
        stale.unlink(missing_ok=True)  # left by versions that copied the current file aside


def _move_aside(current: Path) -> Path:
    """Rename the current file (and its log, which holds committed changes) aside, unread."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = current.with_name(f"{current.stem}.before-restore-{stamp}{current.suffix}")
    n = 1
    while aside.exists():
        aside = current.with_name(f"{current.stem}.before-restore-{stamp}-{n}{current.suffix}")
        n += 1
    try:
        os.link(current, aside)  # the register keeps its name until the backup replaces it
    except OSError:
        shutil.copy2(current, aside)
    for side in _SIDES:
        log = Path(str(current) + side)
        if log.exists():
            os.replace(log, str(aside) + side)
    return aside

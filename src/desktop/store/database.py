"""Opening a register: resolve the location, check it, migrate it, hand out sessions."""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import SchemaTooNewError, StorageError
from desktop.domain.messages import Message, N_
from desktop.files import private_folder
from desktop.store import errors, migrate
from desktop.store.locking import UseLock
from desktop.store.sidefiles import at_exit_keep_sides_writable, keep_sides_writable
from desktop.redaction import escape_password, redact, remember, shown_url

ENV_URL = "SIJILL_DATABASE_URL"
DEFAULT_FILENAME = "sijill.sqlite"
BUSY_TIMEOUT_ENV = "SIJILL_BUSY_TIMEOUT"


def busy_timeout() -> float:
    """Seconds to wait for another program's lock on a SQLite file ($SIJILL_BUSY_TIMEOUT)."""
    try:
        return max(0.0, float(os.environ.get(BUSY_TIMEOUT_ENV, "15")))
    except ValueError:
        return 15.0


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("sijill", appauthor=False))


def default_database_path() -> Path:
    return default_data_dir() / DEFAULT_FILENAME


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``--db`` (a path or URL), else $SIJILL_DATABASE_URL, else the
    default SQLite file in the user data folder."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_URL) or default_database_path()
    text = str(target)
    if "://" in text:
        return escape_password(text)
    return "sqlite:///" + str(Path(text).expanduser().absolute())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another engine or an in-memory database."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None  # not an address at all: make_engine says so (without its password)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


@dataclass
class Database:
    """An open register: its URL, engine and a factory of sessions (one per user action)."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False
    use_lock: UseLock | None = None  # held (shared) while open: a restore waits for it

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def display_name(self) -> str:
        path = self.path
        return str(path) if path else shown_url(self.url)

    @contextlib.contextmanager
    def transaction(self, *, write: bool = False) -> Iterator[Session]:
        """One session, one transaction: committed on success, rolled back on any error.
        ``write``: a transaction known to write (an import) takes SQLite's write lock when it
        begins (``BEGIN IMMEDIATE``), waiting up to the busy timeout for another writer,
        instead of failing when it first writes after another connection committed."""
        bind = self.engine.execution_options(sijill_write=True) if write and self.is_sqlite else self.engine
        with self.sessions(bind=bind) as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self.path is not None:
            keep_sides_writable(self.path)
        if self.use_lock is not None:
            self.use_lock.release()
            self.use_lock = None


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
    # SAVEPOINTs nest inside a real transaction (see SQLAlchemy's pysqlite notes).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout() * 1000)}")
        if not _is_read_only(dbapi_connection):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("sijill_write")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _is_read_only(connection: sqlite3.Connection) -> bool:
    try:
        row = connection.execute("PRAGMA query_only").fetchone()
    except sqlite3.Error:
        return False
    return bool(row and row[0])


def _create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (POSIX)."""
    private_folder(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _probe_sqlite_file(path: Path) -> str | None:
    """Read the schema revision of an existing file without writing a byte to it.

    Raises StorageError when the file is not a usable SQLite database."""
    if path.is_dir():
        raise StorageError(Message(N_("{path} is a folder, not a database file."), {"path": path}))
    if not os.access(path, os.R_OK):
        raise StorageError(Message(N_("Cannot read {path}: permission denied."), {"path": path}))
    if path.stat().st_size == 0:
        return None
    _check_sqlite_header(path)
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout())
    except sqlite3.Error as exc:
        raise StorageError(Message(N_("Cannot open {path}: {error}"), {"path": path, "error": exc})) from exc
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise StorageError(
                    Message(N_("{path} is a SQLite file but not a Sijill register."), {"path": path})
                )
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc) or "unable to open" in str(exc):
            raise StorageError(
                Message(
                    N_(
                        "{path} cannot be used: the file or its folder is read-only for you, and Sijill "
                        "needs to write beside it. Copy it to a folder you can write to ({error})."
                    ),
                    {"path": path, "error": exc},
                )
            ) from exc
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(
                Message(
                    N_("{path} is locked by another program; try again when it has finished ({error})."),
                    {"path": path, "error": exc},
                )
            ) from exc
        raise StorageError(
            Message(
                N_("{path} is not a Sijill database or is damaged ({error})."),
                {"path": path, "error": exc},
            )
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            Message(
                N_("{path} is not a Sijill database or is damaged ({error})."),
                {"path": path, "error": exc},
            )
        ) from exc
    finally:
        con.close()
        keep_sides_writable(path)


def _check_sqlite_header(path: Path) -> None:
    """Refuse a file that cannot be a whole SQLite database before SQLite opens it (which
    could leave -wal/-shm files beside it): wrong magic, a bad page size, or fewer bytes
    than its header counts (truncated)."""
    with path.open("rb") as handle:
        header = handle.read(100)
    size = path.stat().st_size
    page = int.from_bytes(header[16:18], "big") if len(header) == 100 else 0
    page = 65536 if page == 1 else page
    # A checkpoint cut short (a crash, a full disk) may leave the file shorter than its header
    # says while its write-ahead log (or a hot rollback journal) still holds the rest: SQLite
    # recovers that, so the size is only judged when there is no log.
    logs = (Path(str(path) + suffix) for suffix in ("-wal", "-journal"))
    judge_size = not any(log.exists() and log.stat().st_size > 0 for log in logs)
    problem = None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        problem = "not a SQLite file"
    elif page < 512 or page & (page - 1):
        problem = "damaged header"
    elif judge_size and size % page:
        problem = "truncated file"
    elif judge_size and header[92:96] == header[24:28] and int.from_bytes(header[28:32], "big") * page > size:
        problem = "truncated file"
    if problem:
        raise StorageError(
            Message(N_("{path} is not a Sijill database or is damaged ({error})."), {"path": path, "error": problem})
        )


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a SQLite database with the online backup API (consistent even while in use),
    writing to a temporary name and renaming it into place."""
    private_folder(destination.parent)
    partial = destination.with_name(destination.name + ".part")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=busy_timeout())
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
            keep_sides_writable(source)
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)  # no half-written copy left behind (a full disk)
        raise
    return destination


def _pre_migration_copy(path: Path, revision: str | None) -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-migration-{revision or 'empty'}-{stamp}{path.suffix}")
    return backup_sqlite(path, target)


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    remember(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StorageError(Message(N_("Not a database path or URL: {url}"), {"url": shown_url(url)})) from None
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and read_only:
            engine = create_engine(
                f"sqlite:///{path.as_uri()}?mode=ro&uri=true",
                connect_args={"timeout": busy_timeout()},
            )
        else:
            engine = create_engine(url, connect_args={"timeout": busy_timeout()})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        if read_only:
            event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA query_only=ON"))
        return engine
    connect_args = {"connect_timeout": 10} if parsed.get_backend_name() == "postgresql" else {}
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except Exception as exc:  # a missing driver, a malformed URL
        raise StorageError(Message(N_("Cannot use {url}: {error}"), {"url": shown_url(url), "error": redact(str(exc), url)})) from None


def _probe_server(engine: Engine, where: str) -> str | None:
    """The schema revision of a server database, read without writing; refuses a database
    that holds other tables but is not a Sijill register."""
    with engine.connect() as connection:
        revision = migrate.current_revision(connection)
        if revision is None:
            tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
            if tables:
                raise StorageError(
                    Message(
                        N_("The database {where} holds other tables and is not a Sijill register; it was left untouched."),
                        {"where": where},
                    )
                )
    return revision


def probe(target: str | os.PathLike[str] | None) -> tuple[str | None, str]:
    """Look at a register without changing it: (its schema revision or None when empty or
    absent, where it is shown as). Raises StorageError when it cannot be used."""
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        return (_probe_sqlite_file(path) if path.exists() else None), str(path)
    where = shown_url(url)
    engine = make_engine(url, read_only=True)
    try:
        return _probe_server(engine, where), where
    except (OperationalError, DBAPIError, OSError) as exc:
        raise StorageError(errors.describe(exc, where, opening=True)) from exc
    finally:
        engine.dispose()


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    migrate_to_head: bool = True,
    read_only: bool = False,
) -> Database:
    """Open (creating and migrating as needed) the register at ``target``.

    A file whose schema is newer than this Sijill is refused and left untouched; an existing
    file is copied aside with the SQLite backup API before it is migrated."""
    url = resolve_url(target)
    path = sqlite_path(url)
    revision: str | None = None
    if path is not None:
        if path.exists():
            keep_sides_writable(path)  # left unwritable by a read with an older version
            at_exit_keep_sides_writable(path)
            revision = _probe_sqlite_file(path)
        elif read_only:
            raise StorageError(Message(N_("No database at {path}."), {"path": path}))
        else:
            try:
                _create_private_file(path)
            except OSError as exc:
                raise StorageError(
                    Message(N_("Cannot create {path}: {error}"), {"path": path, "error": exc.strerror})
                ) from exc
        migrate.refuse_if_too_new(revision, str(path))
    use_lock = _take_use_lock(path) if path is not None else None
    engine = make_engine(url, read_only=read_only)
    where = str(path) if path is not None else shown_url(url)
    try:
        if path is None:
            revision = _probe_server(engine, where)
            migrate.refuse_if_too_new(revision, where)
        if migrate_to_head and not read_only and not migrate.is_head(revision):
            if path is not None and revision is not None:
                _pre_migration_copy(path, revision)
            _upgrade(engine, where)
    except (SchemaTooNewError, StorageError):
        _dispose(engine, use_lock)
        raise
    except (OperationalError, DBAPIError, OSError, sqlite3.Error) as exc:  # sqlite3: the copy before migrating
        _dispose(engine, use_lock)
        raise StorageError(errors.describe(exc, where, opening=True)) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=sessions, read_only=read_only, use_lock=use_lock)


def _take_use_lock(path: Path) -> UseLock:
    """The shared lock every process holds while the file is open (``restore`` holds it
    exclusively while it replaces the file: then wait for it, up to the busy timeout)."""
    lock = UseLock(path)
    if not lock.acquire(exclusive=False, wait=busy_timeout()):
        raise StorageError(Message(N_("{path} is being restored from a backup; try again when that has finished."), {"path": path}))
    return lock


def _dispose(engine: Engine, lock: UseLock | None) -> None:
    engine.dispose()
    if lock is not None:
        lock.release()


def _upgrade(engine: Engine, where: str) -> None:
    """Migrate to this version's schema; on a server only the tables' owner can (issue 21)."""
    try:
        migrate.upgrade(engine)
    except (OperationalError, DBAPIError) as exc:
        if errors.kind(exc) != "denied":
            raise
        raise StorageError(
            Message(
                N_(
                    "The database {where} must be updated to this version of Sijill, and only its owner "
                    "can do that: ask them to run `sijill init` ({error})."
                ),
                {"where": where, "error": errors.first_line(exc)},
            )
        ) from exc


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())

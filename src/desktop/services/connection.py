"""Testing where a register lives (a file or a server) before switching to it."""

from __future__ import annotations

import os

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message, N_
from sqlalchemy.exc import ArgumentError

from desktop import redaction
from desktop.store import database, migrate


def check(target: str | os.PathLike[str]) -> tuple[bool, Message]:
    """Connect and read the schema version, changing nothing: (usable, what was found)."""
    try:
        revision, where = database.probe(target)
        migrate.refuse_if_too_new(revision, where)
    except StorageError as exc:  # includes a schema that is too new
        return False, exc.message
    url = database.resolve_url(target)
    path = database.sqlite_path(url)
    if revision is None:
        if path is not None and not path.exists():
            return True, Message(N_("No file at {where} yet: Sijill will create a new register there."), {"where": where})
        return True, Message(N_("Connected to {where}: the database is empty; Sijill will create its tables."), {"where": where})
    if migrate.is_head(revision):
        return True, Message(N_("Connected to {where}: a Sijill register, up to date."), {"where": where})
    return True, Message(
        N_("Connected to {where}: a Sijill register of an older version; it will be updated when opened."),
        {"where": where},
    )


def test_connection(target: str | os.PathLike[str]) -> tuple[bool, str]:
    """Like :func:`check`, with the message in English (for the CLI and logs)."""
    ok, message = check(target)
    return ok, message.render()


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


# -- building and reading server addresses (so the UI needs no SQLAlchemy) --------------------
def server_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """A ``postgresql+psycopg://`` URL; special characters in the parts are escaped."""
    from sqlalchemy.engine import URL

    url = URL.create(
        "postgresql+psycopg",
        username=user.strip() or None,
        password=password or None,
        host=host.strip() or "localhost",
        port=port or None,
        database=database.strip() or None,
    )
    return url.render_as_string(hide_password=False)


def server_parts(target: str) -> dict[str, object] | None:
    """host, port, database, user, password of a server URL; None for a file."""
    from sqlalchemy.engine import make_url

    url = database.resolve_url(target)
    if database.sqlite_path(url) is not None or url.startswith("sqlite"):
        return None
    parsed = make_url(url)
    return {
        "host": parsed.host or "",
        "port": parsed.port or 5432,
        "database": parsed.database or "",
        "user": parsed.username or "",
        "password": parsed.password or "",
    }


def shown(target: str) -> str:
    """A path or URL as it may be shown (no password)."""
    url = database.resolve_url(target)
    try:
        path = database.sqlite_path(url)
    except (ArgumentError, ValueError):
        path = None
    return str(path) if path is not None else redaction.shown_url(url)


# -- passwords kept out of URLs (issue 21) ---------------------------------------------------------
def split_password(target: str) -> tuple[str, str]:
    """(the URL without its password, the password) of a server URL; a file: (target, "")."""
    from sqlalchemy.engine import make_url

    url = database.resolve_url(target)
    if database.sqlite_path(url) is not None or url.startswith("sqlite"):
        return target, ""
    parsed = make_url(url)
    return parsed._replace(password=None).render_as_string(hide_password=False), str(parsed.password or "")


def with_password(target: str, password: str) -> str:
    """A server URL with ``password`` put in (for connecting only: never stored)."""
    from sqlalchemy.engine import make_url

    if not password:
        return target
    return make_url(database.resolve_url(target)).set(password=password).render_as_string(hide_password=False)


def credential_name(target: str) -> str:
    """How a server login is named in the system keyring: user@host:port/database."""
    parts = server_parts(target) or {}
    return f"{parts.get('user', '')}@{parts.get('host', '')}:{parts.get('port', '')}/{parts.get('database', '')}"


def login_refused(exc: BaseException) -> bool:
    """True when the server refused the login or wants a password (ask the user for one)."""
    from desktop.store import errors

    cause = exc.__cause__ if exc.__cause__ is not None else exc
    return errors.kind(cause) == "auth"

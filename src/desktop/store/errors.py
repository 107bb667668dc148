"""Database driver errors turned into messages a user can act on (both engines)."""

from __future__ import annotations

import sqlite3

from desktop.domain.messages import Message, N_
from desktop.redaction import redact

_AUTH = ("password authentication failed", "no password supplied", "authentication failed", "role \"")
_NO_DATABASE = ("does not exist",)
_UNREACHABLE = (
    "connection refused",
    "could not connect",
    "timeout expired",
    "failed to resolve host",
    "could not translate host name",
    "no route to host",
    "network is unreachable",
    "name or service not known",
)
_LOST = (
    "terminating connection",
    "server closed the connection",
    "connection is lost",
    "connection already closed",
    "the connection is closed",
    "consuming input failed",
    "ssl syscall",
    "connection reset",
    "broken pipe",
    "the database system is shutting down",
    "the database system is starting up",
)


def first_line(exc: BaseException) -> str:
    """The driver's first line of text about ``exc``, with any password hidden."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return redact(text.splitlines()[0]) if text else type(exc).__name__


_DENIED = ("permission denied", "must have admin option", "must be owner", "must be superuser", "must have createrole")


def kind(exc: BaseException) -> str:
    """``auth``, ``no_database``, ``unreachable``, ``lost``, ``busy``, ``denied`` or ``other``."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if getattr(orig, "sqlstate", None) == "42501" or any(s in text for s in _DENIED):
        return "denied"  # the server's roles refused this login (issue 21)
    if getattr(exc, "connection_invalidated", False) or any(s in text for s in _LOST):
        return "lost"
    if "database \"" in text and any(s in text for s in _NO_DATABASE):
        return "no_database"
    if any(s in text for s in _AUTH):
        return "auth"
    if any(s in text for s in _UNREACHABLE):
        return "unreachable"
    if isinstance(orig, sqlite3.OperationalError) and "locked" in text:
        return "busy"
    return "other"


def is_stale_snapshot(exc: BaseException) -> bool:
    """SQLite refused to write because another connection committed after this transaction
    read (WAL ``SQLITE_BUSY_SNAPSHOT``): the record changed meanwhile."""
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlite_errorname", "") == "SQLITE_BUSY_SNAPSHOT"


def is_sqlite_busy(exc: BaseException) -> bool:
    """SQLite could not take the write lock (SQLITE_BUSY, including a stale snapshot)."""
    orig = getattr(exc, "orig", None) or exc
    return str(getattr(orig, "sqlite_errorname", "")).startswith("SQLITE_BUSY")


def describe(exc: BaseException, where: str, *, opening: bool = False) -> Message:
    """A one-line message for a failure talking to the database ``where`` (no password)."""
    error = first_line(exc)
    found = kind(exc)
    if found == "auth":
        return Message(
            N_("The database server {where} refused the user name or password ({error})."),
            {"where": where, "error": error},
        )
    if found == "no_database":
        return Message(
            N_("The database server {where} has no such database; ask its administrator to create it ({error})."),
            {"where": where, "error": error},
        )
    if found == "unreachable":
        return Message(
            N_("Cannot reach the database server {where}: is it running, and is the address right? ({error})"),
            {"where": where, "error": error},
        )
    if found == "lost":
        return Message(
            N_(
                "The connection to the database server {where} was lost; this change was not saved. "
                "Try again when the server is back ({error})."
            ),
            {"where": where, "error": error},
        )
    if found == "busy":
        return Message(
            N_("The database {where} is busy (another program is writing to it); try again ({error})."),
            {"where": where, "error": error},
        )
    if found == "denied":
        return Message(
            N_(
                "The database server {where} refused this: your login's role does not allow it; "
                "nothing was changed ({error})."
            ),
            {"where": where, "error": error},
        )
    if opening:
        return Message(N_("Cannot open the database {where}: {error}"), {"where": where, "error": error})
    return Message(N_("The database could not complete the operation: {error}"), {"error": error})

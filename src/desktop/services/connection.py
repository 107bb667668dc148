"""Testing where a register lives (a file or a server) before switching to it."""

from __future__ import annotations

import os

from desktop.domain.errors import StorageError
from desktop.domain.messages import Message, N_
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

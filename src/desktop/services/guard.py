"""Running one unit of database work: driver errors become ConflictError/StorageError with a
clear message, and a transaction that lost a race is run again once it can tell more."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.errors import ConflictError, StorageError
from desktop.domain.messages import Message, N_
from desktop.store import errors as db_errors
from desktop.store.database import busy_timeout

T = TypeVar("T")

#: SQLite refuses at once (no busy wait) to let a transaction that has read write after
#: another connection committed (a stale snapshot); running it again reads afresh and waits
#: its turn. Busy refusals are retried until the busy timeout (README: 15 s) has passed.
_PAUSE_MAX = 0.25

_CHANGED_MEANWHILE = N_("This record was changed elsewhere while you were saving; reload it.")


def run(attempt: Callable[[], T], where: str, *, retry: bool = True) -> T:
    """Run ``attempt`` (which opens and ends its own transaction).

    With ``retry``, a save that lost a race (PostgreSQL: the UPDATE's version check matched
    nothing; SQLite: another connection wrote first) runs again in a new transaction: its
    version check then names who changed the record, or it succeeds if another record was
    changed. Nothing is ever saved over a newer version. A SQLite file busy with another
    writer is tried again (nothing was written) until the busy timeout has passed."""
    stale_retried = False
    deadline = time.monotonic() + busy_timeout()
    number = 0
    while True:
        number += 1
        try:
            return attempt()
        except StaleDataError as exc:
            if retry and not stale_retried:
                stale_retried = True
                continue
            raise ConflictError(Message(_CHANGED_MEANWHILE)) from exc
        except (OperationalError, DBAPIError) as exc:
            if db_errors.is_sqlite_busy(exc) and time.monotonic() < deadline:
                time.sleep(min(_PAUSE_MAX, 0.01 * number))
                continue
            if db_errors.is_stale_snapshot(exc):
                raise ConflictError(Message(_CHANGED_MEANWHILE)) from exc
            raise StorageError(db_errors.describe(exc, where)) from exc

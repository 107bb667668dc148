"""Opening the register named by ``--db`` for a command."""

from __future__ import annotations

import argparse
import os

from desktop.domain.access import Access
from desktop.services.register import Register

USER_ENV = "SIJILL_USER"  # the name a command's changes are recorded under in the history


def open_register(args: argparse.Namespace, *, read_only: bool = False, needs: Access = Access.READER) -> Register:
    """Open the register; a command that changes it says so with ``needs`` (Access.EDITOR,
    Access.ADMIN, ...) and is refused in one line, before trying, when the server login's
    role does not allow it."""
    register = Register.open(getattr(args, "db", None), read_only=read_only)
    try:
        register.require(needs)
    except BaseException:
        register.close()
        raise
    register.set_user_name(os.environ.get(USER_ENV))  # unset or empty: the default (the OS user)
    register.auto_backup()  # at most one a day; skipped when $SIJILL_NO_AUTO_BACKUP is set
    return register

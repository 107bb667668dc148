"""Opening the register named by ``--db`` for a command."""

from __future__ import annotations

import argparse

from desktop.services.register import Register


def open_register(args: argparse.Namespace, *, read_only: bool = False) -> Register:
    register = Register.open(getattr(args, "db", None), read_only=read_only)
    register.auto_backup()  # at most one a day; skipped when $SIJILL_NO_AUTO_BACKUP is set
    return register

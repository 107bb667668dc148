"""Opening the register named by ``--db`` for a command."""

from __future__ import annotations

import argparse

from desktop.services.register import Register


def open_register(args: argparse.Namespace, *, read_only: bool = False) -> Register:
    return Register.open(getattr(args, "db", None), read_only=read_only)

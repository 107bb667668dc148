"""``backup``, ``backups`` and ``restore``: copies of the register file."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.register import Register
from desktop.store.database import resolve_url, sqlite_path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("backup", help="back the register up now (SQLite online backup)")
    p.add_argument("-o", "--output", metavar="FILE", help="where (default: the backups folder)")
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser("backups", help="list the register's backups")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = subparsers.add_parser("restore", help="replace the register by a backup (the current file is kept aside)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    reg = open_register(args, read_only=True)
    try:
        print(f"backed up to {reg.backup_now(args.output)}")
    finally:
        reg.close()
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    reg = open_register(args, read_only=True)
    try:
        found = reg.backups()
    finally:
        reg.close()
    if args.json:
        print_json([{"path": str(b.path), "created_at": b.created_at, "kind": b.kind, "size": b.size} for b in found])
    else:
        for b in found:
            print(f"{b.created_at:%Y-%m-%d %H:%M}  {b.kind:6}  {b.size:>10}  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = sqlite_path(resolve_url(getattr(args, "db", None)))
    if target is None:
        raise SijillError(Message(N_("Restore works on a SQLite register file.")))
    aside = Register.restore_backup(target, Path(args.file))
    if aside is not None:
        print(f"the previous register was kept as {aside}")
    Register.open(target).close()  # migrates an older backup to this version's schema
    print(f"restored {target} from {args.file}")
    return 0

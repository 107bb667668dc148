"""``history`` (a record's changes) and ``trash`` (list, restore, empty)."""

from __future__ import annotations

import argparse
import json

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain.access import Access
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("history", help="what changed in a record: who, when, fields old -> new")
    p.add_argument("uuid")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = subparsers.add_parser("trash", help="deleted records: list, --restore UUID, --empty --yes")
    p.add_argument("--restore", metavar="UUID")
    p.add_argument("--empty", action="store_true", help="forget what is in the trash (needs --yes)")
    p.add_argument("--yes", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_trash)


def cmd_history(args: argparse.Namespace) -> int:
    entries = open_register(args, read_only=True).change_log(args.uuid)
    if args.json:
        print_json([e.__dict__ for e in entries])
        return 0
    for e in entries:
        source = f" ({e.source})" if e.source else ""
        login = f" [server login {e.server_user}]" if e.server_user else ""
        print(f"{e.when:%Y-%m-%d %H:%M} {e.who}{login}: {e.action}{source}")
        for name, (old, new) in e.changes.items():
            print(f"    {name}: {json.dumps(old, ensure_ascii=False)} -> {json.dumps(new, ensure_ascii=False)}")
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
    reg = open_register(args, needs=Access.EDITOR if args.restore or args.empty else Access.READER)
    if args.restore:
        rec = reg.restore_from_trash(args.restore)
        print(f"restored {rec.uuid}")
        return 0
    if args.empty:
        if not args.yes:
            raise SijillError(Message(N_("Emptying the trash cannot be undone: add --yes.")))
        print(f"forgot {reg.empty_trash()} record(s)")
        return 0
    entries = reg.trash()
    if args.json:
        print_json([e.__dict__ for e in entries])
    else:
        for e in entries:
            print(f"{e.deleted_at:%Y-%m-%d %H:%M} {e.deleted_by}: {e.record_kind} {e.record_uuid} {e.label}")
    return 0

"""``sijill server``: roles on a shared PostgreSQL register (setup, grant, revoke, users)."""

from __future__ import annotations

import argparse

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain.access import GRANTABLE, Access

ROLE_CHOICES = tuple(a.value for a in GRANTABLE)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = subparsers.add_parser("server", help="who may read, edit or administer a shared PostgreSQL register")
    sub = top.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    p = sub.add_parser("setup", help="create the roles sijill_reader/editor/admin and their grants (database owner)")
    p.set_defaults(handler=cmd_setup)

    p = sub.add_parser("grant", help="give a server login one role (admins)")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--role", required=True, choices=ROLE_CHOICES)
    p.set_defaults(handler=cmd_grant)

    p = sub.add_parser("revoke", help="take every Sijill role from a server login (admins)")
    p.add_argument("login", metavar="LOGIN")
    p.set_defaults(handler=cmd_revoke)

    p = sub.add_parser("users", help="who has which role (admins)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_users)


def cmd_setup(args: argparse.Namespace) -> int:
    from desktop.services import server_roles

    reg = open_register(args)
    try:
        created = server_roles.setup(reg)
    finally:
        reg.close()
    made = ", ".join(created) if created else "none (they existed)"
    print(f"roles ready on {reg.database.display_name()}; created: {made}")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from desktop.services import server_roles

    reg = open_register(args)
    try:
        server_roles.grant(reg, args.login, Access(args.role))
    finally:
        reg.close()
    print(f"{args.login} is now {args.role}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from desktop.services import server_roles

    reg = open_register(args)
    try:
        had = server_roles.revoke(reg, args.login)
    finally:
        reg.close()
    print(f"{args.login} has no Sijill role now (had: {', '.join(had) or 'none'})")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from desktop.services import server_roles

    reg = open_register(args)
    try:
        found = server_roles.users(reg)
    finally:
        reg.close()
    if args.json:
        print_json([{"login": m.login, "role": m.role.value} for m in found])
    else:
        for m in found:
            print(f"{m.login}\t{m.role.value}")
    return 0

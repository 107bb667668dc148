"""``attachments``: files kept with agreements, activities, organisations and milestones
(add, list, extract, remove to the trash, and the register's per-file size limit)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain import records as r
from desktop.domain.kinds import AttachmentKind

JSON_KEYS = ("name", "title_ar", "title_en", "kind", "media_type", "size", "sha256", "uuid")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("attachments", help="files kept with records: add, list, extract, remove, limit")
    sub = p.add_subparsers(dest="attachments_command", required=True, metavar="COMMAND")

    a = sub.add_parser("add", help="keep a copy of FILE with the record REF|UUID")
    a.add_argument("owner", metavar="REF|UUID", help="an agreement's reference, or an agreement/activity/organisation/milestone id")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--title-ar", default="", metavar="T")
    a.add_argument("--title-en", default="", metavar="T")
    a.add_argument("--kind", default=AttachmentKind.OTHER.value, choices=[k.value for k in AttachmentKind], metavar="K",
                   help="signed_agreement, minutes, report, photo or other (default)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_add)

    ls = sub.add_parser("list", help="the attachments of the record REF|UUID")
    ls.add_argument("owner", metavar="REF|UUID")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=cmd_list)

    x = sub.add_parser("extract", help="write an attachment's exact bytes to FILE")
    x.add_argument("uuid", metavar="UUID")
    x.add_argument("-o", "--output", required=True, metavar="FILE")
    x.set_defaults(handler=cmd_extract)

    rm = sub.add_parser("remove", help="move an attachment to the trash (sijill trash --restore UUID brings it back)")
    rm.add_argument("uuid", metavar="UUID")
    rm.set_defaults(handler=cmd_remove)

    lim = sub.add_parser("limit", help="show or set this register's size limit for one attachment, in MB (default 100)")
    lim.add_argument("megabytes", nargs="?", type=int, metavar="MB")
    lim.set_defaults(handler=cmd_limit)


def as_json(rec: r.Attachment) -> dict[str, Any]:
    return {
        "name": rec.name, "title_ar": rec.title_ar, "title_en": rec.title_en, "kind": rec.kind.value,
        "media_type": rec.media_type, "size": rec.size, "sha256": rec.sha256, "uuid": rec.uuid,
    }


def _line(rec: r.Attachment) -> str:
    title = rec.title_ar or rec.title_en
    return f"{rec.uuid}  {rec.kind.value:<16} {rec.size:>12}  {rec.media_type:<28} {rec.sha256[:16]}  {rec.name}" + (f"  ({title})" if title else "")


def cmd_add(args: argparse.Namespace) -> int:
    rec = open_register(args).add_attachment(args.owner, args.file, title_ar=args.title_ar, title_en=args.title_en, kind=args.kind)
    if args.json:
        print_json(as_json(rec))
    else:
        print(f"added {rec.uuid} {rec.name} ({rec.media_type}, {rec.size} bytes, sha256 {rec.sha256})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    found = open_register(args, read_only=True).attachments(args.owner)
    if args.json:
        print_json([as_json(rec) for rec in found])
    else:
        for rec in found:
            print(_line(rec))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    rec = open_register(args, read_only=True).extract_attachment(args.uuid, args.output)
    print(f"wrote {args.output} ({rec.size} bytes, sha256 {rec.sha256})")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    open_register(args).delete_attachment(args.uuid)
    print(f"moved {args.uuid} to the trash")
    return 0


def cmd_limit(args: argparse.Namespace) -> int:
    reg = open_register(args, read_only=args.megabytes is None)
    value = reg.attachment_limit_mb() if args.megabytes is None else reg.set_attachment_limit_mb(args.megabytes)
    print(f"{value} MB")
    return 0

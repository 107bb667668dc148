"""``bundle export`` / ``bundle import`` (offline field work) and ``bundle conflicts`` /
``bundle resolve`` (review what an import could not merge)."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
from typing import Any

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain.access import Access
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = subparsers.add_parser("bundle", help="exchange bundles for offline field work")
    sub = top.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    p = sub.add_parser("export", help="write a bundle (.sijill) for another database")
    p.add_argument("--agreement", metavar="REF", action="append", help="only this agreement (repeatable)")
    p.add_argument("--since", metavar="DATE", help="only records changed since DATE (YYYY-MM-DD or ISO time)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.sijill")
    p.add_argument("--no-attachments", action="store_true", help="leave attached files out (records only)")
    p.add_argument("--sign", action="store_true", help="sign the bundle with your identity (sijill identity create)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="merge a bundle from another database")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="report what would change, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("policy", help="which bundles this register accepts: signed, trusted or any (default)")
    p.add_argument("value", nargs="?", choices=("signed", "trusted", "any"), help="set the policy (omit to show it)")
    p.set_defaults(handler=cmd_policy)

    p = sub.add_parser("conflicts", help="list conflicts waiting for review")
    p.add_argument("--all", action="store_true", help="resolved ones too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("resolve", help="resolve a conflict")
    p.add_argument("id", type=int)
    p.add_argument("--keep", choices=("mine", "theirs"), help="keep one side whole")
    p.add_argument("--field", action="append", default=[], metavar="NAME=mine|theirs", help="per-field choice (repeatable)")
    p.set_defaults(handler=cmd_resolve)


def parse_since(text: str | None) -> _dt.datetime | None:
    if not text:
        return None
    try:
        value = _dt.datetime.fromisoformat(text)
    except ValueError:
        raise SijillError(Message(N_("Not a date: {text} (use YYYY-MM-DD)."), {"text": text})) from None
    return value if value.tzinfo else value.replace(tzinfo=_dt.UTC)


def cmd_export(args: argparse.Namespace) -> int:
    identity = None
    if args.sign:
        from desktop.cli.identity import ask_passphrase
        from desktop.services import office_identity

        identity = office_identity.load(ask_passphrase)
    reg = open_register(args, needs=Access.EDITOR)
    result = reg.export_bundle(args.output, agreements=args.agreement, since=parse_since(args.since),
                               with_attachments=not args.no_attachments, identity=identity)
    if args.json:
        print_json(result.as_dict())
    else:
        total = sum(result.counts.values())
        if result.note is not None:
            print(f"note: {result.note.render()}")
        signed = " (signed)" if identity is not None else ""
        print(f"wrote {result.path}: {total} record(s), {result.tombstones} deletion(s), "
              f"{result.attachment_contents} attached file(s){signed}")
        if args.no_attachments:
            print(f"  attachments left out (--no-attachments): {result.attachments_left_out}")
    return 0


def describe(report: Any) -> str:
    verb = "would merge" if report.dry_run else "merged"
    lines = [
        f"{verb} {report.source}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.conflicts)} conflict(s), {report.deleted} deleted"
    ]
    lines.append(f"  signature: {signature_text(report.signature)}")
    if report.already_received and not (report.added or report.updated or report.deleted or report.conflicts):
        lines.append("  (this bundle had already been imported)")
    if report.contents:
        lines.append(f"  {report.contents} attached file(s) new here (each checked against its SHA-256)")
    if report.note is not None:
        lines.insert(0, f"note: {report.note.render()}")
    lines += [f"  {outcome}: {kind} {label}" for outcome, kind, label in report.changes]
    for c in report.conflicts:
        fields = f" ({', '.join(c.fields)})" if c.fields else ""
        lines.append(f"  conflict: {c.kind} {c.label}: {c.reason}{fields}")
    return "\n".join(lines)


def signature_text(signature: dict[str, Any]) -> str:
    if not signature.get("signed"):
        return "unsigned"
    who = signature.get("signer") or "?"
    if signature.get("organisation"):
        who += f" ({signature['organisation']})"
    return f"signed by {who}, {'trusted' if signature.get('trusted') else 'NOT trusted'}"


def cmd_policy(args: argparse.Namespace) -> int:
    reg = open_register(args, read_only=args.value is None)
    value = reg.bundle_policy(args.value)
    print(f"bundle policy: {value}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    reg = open_register(args, needs=Access.EDITOR)
    report = reg.import_bundle(args.file, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_dict())
    else:
        print(describe(report))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    reg = open_register(args, read_only=False)
    found = reg.conflicts(open_only=not args.all)
    if args.json:
        print_json([
            {"id": c.id, "kind": c.record_kind, "uuid": c.record_uuid, "label": c.label, "reason": c.reason,
             "source": c.source, "fields": c.fields, "mine": c.mine, "theirs": c.theirs,
             "resolved_at": c.resolved_at, "note": c.note}
            for c in found
        ])
        return 0
    if not found:
        print("no conflicts waiting for review")
    for c in found:
        print(f"#{c.id} {c.record_kind} {c.label}: {c.reason} ({c.source})")
        mine, theirs = c.mine or {}, c.theirs or {}
        for name in c.fields:
            print(f"    {name}: mine={json.dumps(mine.get(name), ensure_ascii=False)} theirs={json.dumps(theirs.get(name), ensure_ascii=False)}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    choices: dict[str, Any] = {}
    for item in args.field:
        name, _, choice = item.partition("=")
        if choice not in ("mine", "theirs"):
            raise SijillError(Message(N_("Write --field NAME=mine or NAME=theirs, not {item}."), {"item": item}))
        choices[name] = choice
    reg = open_register(args, needs=Access.EDITOR)
    done = reg.resolve_conflict(args.id, choices, keep=args.keep)
    print(f"resolved #{done.id} {done.record_kind} {done.label}")
    return 0

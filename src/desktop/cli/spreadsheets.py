"""``import-activities`` and ``export-activities``: spreadsheets in and out."""

from __future__ import annotations

import argparse

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain.access import Access
from desktop.services.activities import ActivityFilter
from desktop.services.spreadsheet import ImportReport, export_activities, import_activities


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("import-activities", help="import activities from a .csv or .xlsx file")
    p.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--agreement", metavar="REF", help="the agreement for rows that name none")
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("export-activities", help="export activities to a .csv or .xlsx file")
    p.add_argument("--agreement", metavar="REF")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    p.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    reg = open_register(args, needs=Access.EDITOR)
    report = import_activities(reg, args.file, agreement=args.agreement, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_dict())
    else:
        print(describe(report, args.file))
    return 0 if report.ok else 1


def describe(report: ImportReport, name: str) -> str:
    lines = []
    if report.ok:
        verb = "would import" if report.dry_run else "imported"
        lines.append(
            f"{name}: {verb} {report.rows} row(s): {report.added} added, {report.updated} updated, "
            f"{report.unchanged} unchanged"
        )
    else:
        lines.append(f"{name}: nothing imported; {len(report.errors)} problem(s):")
        lines += [f"  {p}" for p in report.errors]
    lines += [f"  warning: {w}" for w in report.warnings]
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace) -> int:
    reg = open_register(args)
    count = export_activities(reg, args.output, ActivityFilter(agreement=args.agreement))
    print(f"exported {count} activities to {args.output}")
    return 0

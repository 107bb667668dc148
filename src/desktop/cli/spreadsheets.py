"""``import-activities`` and ``export-activities``: spreadsheets in and out.

The import prints one summary line on stderr (``sijill: error: ...`` and exit code 1 when
nothing was imported); ``--json`` writes the full structured report to stdout, ``--errors-csv
FILE`` one line per problem; rows left out for conflicts are listed on stdout. Every message is worded in the user's language (see :mod:`desktop.cli.language`)."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from desktop.cli.context import open_register
from desktop.cli.language import translator, word
from desktop.cli.output import fail, print_json, say
from desktop.domain.access import Access
from desktop.domain.messages import Message, N_
from desktop.files import atomic_write
from desktop.services.activities import ActivityFilter
from desktop.services.spreadsheet import ImportReport, export_activities, export_template, import_activities


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("import-activities", help="import activities from a .csv, .txt, .tsv or .xlsx file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--agreement", metavar="REF", help="the agreement for rows that name none")
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.add_argument("--force", action="store_true", help="apply the file's values to fields changed in the register since the export")
    p.add_argument("--json", action="store_true", help="the full report (every problem) as JSON on stdout")
    p.add_argument("--errors-csv", metavar="FILE", help="write one line per problem to FILE")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("export-activities", help="export activities to a .csv or .xlsx file")
    p.add_argument("--agreement", metavar="REF")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--template", action="store_true", help="write an empty sheet with the import's columns")
    p.add_argument("--lang", choices=("ar", "en"), default="en", help="the template's headers: Arabic or English")
    p.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    reg = open_register(args, needs=Access.EDITOR)
    report = import_activities(reg, args.file, agreement=args.agreement, dry_run=args.dry_run, force=args.force)
    translate = translator()
    if args.errors_csv:
        write_problems(report, args.errors_csv)
    if args.json:
        print_json(report.as_dict(translate))
    if not report.ok:
        return fail(failure(report, args.file))
    print(word(summary(report, args.file)), file=sys.stderr)
    if not args.json:
        for problem in report.conflicts:
            print(_line(problem.row, problem.field_label(translate), problem.render(translate)))
    return 0


def _line(row: int, field: str, text: str) -> str:
    return word(Message(N_("row {row}, {field}: {problem}"), {"row": row, "field": field, "problem": text}))


def failure(report: ImportReport, name: str) -> Message:
    first = report.errors[0]
    translate = translator()
    return Message(
        N_("{file}: nothing imported; {problems} problems in {rows} rows (first: {first}); --json or --errors-csv FILE lists them all."),
        {"file": name, "problems": len(report.errors), "rows": report.rows_with_problems,
         "first": _line(first.row, first.field_label(translate), first.render(translate))},
    )


def summary(report: ImportReport, name: str) -> Message:
    text = (
        N_("{file}: checked {rows} rows ({encoding}{separator}): {added} to add, {updated} to update, {unchanged} unchanged, {conflicts} left out for conflicts, {warnings} warnings; nothing was changed.")
        if report.dry_run else
        N_("{file}: imported {rows} rows ({encoding}{separator}): {added} added, {updated} updated, {unchanged} unchanged, {conflicts} left out for conflicts, {warnings} warnings.")
    )
    return Message(text, {
        "file": name, "rows": report.rows, "added": report.added, "updated": report.updated,
        "unchanged": report.unchanged, "conflicts": report.conflict_rows, "warnings": len(report.warnings),
        "encoding": report.encoding, "separator": _separator(report.separator),
    })


def _separator(separator: str) -> str:
    names = {",": "“,”", ";": "“;”", "\u061b": "“؛”", "\t": word(Message(N_("tab")))}
    return ", " + names[separator] if separator in names else ""


def write_problems(report: ImportReport, path: str) -> None:
    translate = translator()
    columns = ("row", "field", "field_label", "severity", "code", "message")
    rows: list[dict[str, Any]] = [p.as_dict(translate) for p in report.problems]
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows([[row[c] for c in columns] for row in rows])


def cmd_export(args: argparse.Namespace) -> int:
    if args.template:
        export_template(args.output, args.lang)
        say(Message(N_("Wrote an empty import template to {path}."), {"path": args.output}))
        return 0
    reg = open_register(args)
    count = export_activities(reg, args.output, ActivityFilter(agreement=args.agreement))
    say(Message(N_("Exported {count} activities to {path}."), {"count": count, "path": args.output}))
    return 0

"""``sijill report`` (activities counted and added up by group, across plans) and
``sijill export-calendar`` (planned activities as iCalendar events)."""

from __future__ import annotations

import argparse

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain.dates import PartialDate, PartialDateError
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.report import DIMENSIONS, Report, ReportQuery


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("report", help="activities, participants and indicator values grouped by one or two dimensions")
    p.add_argument("--agreement", metavar="REF", action="append", default=[], help="only this plan (repeat for several)")
    p.add_argument("--from", dest="start", metavar="DATE", help="activities starting on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="end", metavar="DATE", help="activities starting on or before")
    p.add_argument("--by", metavar="DIMENSION", action="append", choices=DIMENSIONS, default=[],
                   help=f"group by ({', '.join(DIMENSIONS)}); once or twice")
    p.add_argument("--year", metavar="YYYY", help="with --annual: the year reported")
    p.add_argument("--annual", action="store_true", help="the annual report across all plans (a PDF)")
    p.add_argument("--lang", choices=("ar", "en", "ar+en"), default="ar", help="language (default ar; ar+en: annual report only)")
    p.add_argument("--json", action="store_true", help="print the rows as JSON")
    p.add_argument("-o", "--output", metavar="FILE.xlsx|FILE.csv|FILE.pdf")
    p.set_defaults(handler=cmd_report)

    p = subparsers.add_parser("export-calendar", help="planned activities with full dates as an iCalendar (.ics) file")
    p.add_argument("--agreement", metavar="REF")
    p.add_argument("--lang", choices=("ar", "en"), default="ar")
    p.add_argument("-o", "--output", metavar="FILE.ics", required=True)
    p.set_defaults(handler=cmd_export_calendar)


def _date(text: str | None, option: str) -> PartialDate | None:
    try:
        return PartialDate.parse_optional(text)
    except (PartialDateError, ValueError):
        raise SijillError(Message(N_("{option}: not a date: {value} (YYYY, YYYY-MM or YYYY-MM-DD)"),
                                  {"option": option, "value": text})) from None


def _query(args: argparse.Namespace) -> ReportQuery:
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if start is not None and end is not None and end.last_day() < start.first_day():
        raise SijillError(Message(N_("--to comes before --from.")))
    return ReportQuery(tuple(args.agreement), start, end, tuple(args.by) or ("status",))


def _suffix(path: str, allowed: tuple[str, ...]) -> str:
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if suffix not in allowed:
        raise SijillError(Message(N_("Unsupported file type {suffix}: use {allowed}."),
                                  {"suffix": "." + suffix if suffix else "(none)", "allowed": ", ".join("." + a for a in allowed)}))
    return suffix


def cmd_report(args: argparse.Namespace) -> int:
    if args.annual:
        from desktop.cli.annual import annual_report

        return annual_report(args)
    if args.lang == "ar+en":
        raise SijillError(Message(N_("--lang ar+en is for the annual report (--annual).")))
    suffix = _suffix(args.output, ("xlsx", "csv", "pdf")) if args.output else ""
    reg = open_register(args, read_only=True)
    report: Report = reg.report(_query(args))
    from desktop.services.report_table import table, write

    tab = table(report, args.lang)
    if args.json:
        print_json(rows_json(report))
    if suffix == "pdf":
        from desktop.reports.report_pdf import write_pdf

        write_pdf(tab, args.output, title=_title(args.lang), subtitle=_subtitle(report, args.lang), lang=args.lang)
    elif suffix:
        write(tab, args.output)
    if suffix:
        print(f"written: {args.output}", file=__import__("sys").stderr if args.json else __import__("sys").stdout)
    elif not args.json:
        for cells in [tab.headers, *tab.rows, tab.totals]:
            print("\t".join(str(c) for c in cells))
    return 0


def rows_json(report: Report) -> list[dict[str, object]]:
    """One object per row: its group keys, ``count``, ``participants`` and ``indicators``
    (each indicator's uuid, names, unit and the value reported by the row's activities)."""
    columns = {c.uuid: c for c in report.indicators}
    rows: list[dict[str, object]] = []
    for row in report.rows:
        item: dict[str, object] = {}
        for dimension, key in row.groups.items():
            if dimension in ("partner", "objective"):
                item[dimension] = report.names.get(key or "", ("", ""))[1] if key else None
                item[f"{dimension}_uuid"] = key
            else:
                item[dimension] = key
        item["count"], item["participants"] = row.count, row.participants
        item["indicators"] = [
            {"uuid": uuid, "name_ar": columns[uuid].name_ar, "name_en": columns[uuid].name_en,
             "unit": columns[uuid].unit, "value": value}
            for uuid, value in row.indicators.items()
        ]
        rows.append(item)
    return rows


def _title(lang: str) -> str:
    from desktop.services.report_table import word

    return word("title", lang)


def _subtitle(report: Report, lang: str) -> str:
    from desktop.services.report_table import word

    q = report.query
    by = " × ".join(word(d, lang) for d in q.by)
    plans = "، ".join(q.agreements) if lang == "ar" else ", ".join(q.agreements)
    parts = [("حسب " if lang == "ar" else "By ") + by]
    if plans:
        parts.append(plans)
    if q.start or q.end:
        period = f"{q.start.isoformat() if q.start else '…'} – {q.end.isoformat() if q.end else '…'}"
        parts.append(period)
    return " · ".join(parts)


def cmd_export_calendar(args: argparse.Namespace) -> int:
    from desktop.services.calendar import export_calendar

    _suffix(args.output, ("ics",))
    reg = open_register(args, read_only=True)
    count = export_calendar(reg, args.output, agreement=args.agreement, lang=args.lang)
    print(f"exported {count} planned activities to {args.output}")
    return 0

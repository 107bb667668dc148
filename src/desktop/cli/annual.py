"""``sijill report --year YYYY --annual -o FILE.pdf``: the annual report across all plans."""

from __future__ import annotations

import argparse

from desktop.cli.context import open_register
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.text.digits import to_ascii_digits


def annual_report(args: argparse.Namespace) -> int:
    year_text = to_ascii_digits(args.year or "").strip()
    if not (year_text.isdigit() and 1 <= int(year_text) <= 9999):
        raise SijillError(Message(N_("--annual needs --year YYYY.")))
    if not args.output or not args.output.lower().endswith(".pdf"):
        raise SijillError(Message(N_("The annual report is a PDF: give -o FILE.pdf.")))
    if args.by or args.agreement or args.json:
        raise SijillError(Message(N_("The annual report covers every plan: --by, --agreement and --json do not apply.")))
    from desktop.reports.annual import write_annual

    reg = open_register(args, read_only=True)
    write_annual(reg.annual_data(int(year_text)), args.output, lang=args.lang)
    print(f"written: {args.output}")
    return 0

"""``sijill export-pdf`` (the signed-plan summary) and ``sijill verify`` (check one against the register)."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.context import open_register
from desktop.cli.output import print_json


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("export-pdf", help="write the PDF summary of a signed plan")
    p.add_argument("reference", metavar="REF", help="the agreement's reference (or UUID)")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.add_argument("--lang", choices=("ar", "en"), default="ar", help="language (default: ar, right to left)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument("--hijri", action="store_true", help="print Hijri (Umm al-Qura) dates beside Gregorian ones")
    p.add_argument("--sign", action="store_true",
                   help="sign the summary with your identity (sijill identity create); passphrase from "
                        "$SIJILL_IDENTITY_PASSPHRASE or asked; timestamped when $SIJILL_TSA_URL is set")
    p.set_defaults(handler=cmd_export_pdf)

    p = subparsers.add_parser(
        "verify", help="check a summary PDF: its signature, the document itself, and the register "
                       "(exit 0 all hold, 1 the register changed, 5 the document was altered or its signature is invalid)"
    )
    p.add_argument("file", metavar="FILE.pdf", nargs="?")
    p.add_argument("--fingerprint", metavar="HEX", help="a fingerprint read off a printed summary")
    p.add_argument("--agreement", metavar="REF", help="with --fingerprint: the agreement it is for")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from desktop.reports import export_summary

    identity = None
    if args.sign:
        from desktop.cli.identity import ask_passphrase
        from desktop.services import office_identity

        identity = office_identity.load(ask_passphrase)
    reg = open_register(args, read_only=True)
    path = export_summary(reg, args.reference, args.output, lang=args.lang, paper=args.paper, hijri=args.hijri,
                          identity=identity)
    print(f"written: {path}{' (signed)' if identity is not None else ''}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.reports.verify import verify_fingerprint, verify_pdf

    if bool(args.file) == bool(args.fingerprint):
        print("sijill: error: give either FILE.pdf or --fingerprint HEX", file=sys.stderr)
        return 2
    reg = open_register(args, read_only=True)
    if not args.file:
        verdict = verify_fingerprint(reg, args.fingerprint, args.agreement)
        if args.json:
            print_json(verdict.as_json())
        elif verdict.matches:
            print(f"matches: the register holds exactly what was printed for {verdict.reference}")
        else:
            print(f"changed: the register no longer holds what was printed for {verdict.reference or 'this fingerprint'}")
        return 0 if verdict.matches else 1
    result = verify_pdf(reg, args.file)
    if args.json:
        print_json(result.as_json())
    else:
        from desktop.cli.verify_text import describe

        print(describe(result))
    return result.exit_code

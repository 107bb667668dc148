"""``sijill identity``: the office's signing key and certificate, and the trust list.

``create`` makes a key and a self-signed certificate, ``import`` takes a PKCS#12 file the
organisation issued, ``show`` describes the identity, ``export`` writes the certificate only
(for colleagues to ``trust``), ``trust`` adds a colleague's certificate to the trust list.
The passphrase comes from $SIJILL_IDENTITY_PASSPHRASE, else a prompt without echo.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.cli.output import print_json
from desktop.services import office_identity as ident


def ask_passphrase(prompt: str) -> str:
    """A terminal prompt without echo (getpass); nothing to ask on a pipe."""
    if not sys.stdin.isatty():
        return ""
    return getpass.getpass(prompt)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = subparsers.add_parser("identity", help="the signing identity (key and certificate) and the trust list")
    sub = top.add_subparsers(dest="identity_command", metavar="ACTION", required=True)

    p = sub.add_parser("create", help="make a signing key and a self-signed certificate")
    p.add_argument("--name", required=True, help="the signer's name, as shown on signed summaries")
    p.add_argument("--organisation", default="", metavar="ORG")
    p.set_defaults(handler=cmd_create)

    p = sub.add_parser("import", help="take a key and certificate from a PKCS#12 file (.p12)")
    p.add_argument("file", metavar="FILE.p12")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("show", help="describe the signing identity")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("export", help="write the certificate (not the key) for colleagues")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pem")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("trust", help="trust a colleague's certificate (verify, bundle import)")
    p.add_argument("certificate", metavar="CERT")
    p.set_defaults(handler=cmd_trust)


def _print(info: ident.CertificateInfo, verb: str) -> None:
    who = f"{info.name} ({info.organisation})" if info.organisation else info.name
    print(f"{verb}: {who}")
    print(f"  SHA-256 {info.sha256}")
    print(f"  valid {info.not_before} to {info.not_after}{' (self-signed)' if info.self_signed else ''}")


def cmd_create(args: argparse.Namespace) -> int:
    _print(ident.create(args.name, args.organisation, ask=ask_passphrase), "identity created")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    _print(ident.import_pkcs12(args.file, ask=ask_passphrase), "identity imported")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    info = ident.describe(ident.certificate())
    trusted = [ident.describe(c) for c in ident.trusted() if ident.fingerprint(c) != info.sha256]
    if args.json:
        print_json({"identity": info.as_json(), "folder": str(ident.identity_dir()),
                    "trusted": [t.as_json() for t in trusted]})
        return 0
    _print(info, "identity")
    print(f"  kept in {ident.identity_dir()}")
    for t in trusted:
        print(f"trusted: {t.name}{f' ({t.organisation})' if t.organisation else ''} SHA-256 {t.sha256}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    print(f"written: {ident.export_certificate(args.output)}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    _print(ident.trust(args.certificate), "trusted")
    return 0

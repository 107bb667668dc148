"""``letterhead``: the office's letterhead printed on summaries (set, show, clear)."""

from __future__ import annotations

import argparse
import base64
import hashlib
from pathlib import Path

from desktop.cli.context import open_register
from desktop.cli.output import print_json
from desktop.domain.errors import SijillError
from desktop.domain.letterhead import LOGO_MAX, Letterhead
from desktop.domain.messages import Message, N_
from desktop.services.letterhead import clear_letterhead, letterhead, set_letterhead

_TEXTS = (("name_ar", "--name-ar"), ("name_en", "--name-en"), ("footer_ar", "--footer-ar"), ("footer_en", "--footer-en"))


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("letterhead", help="the letterhead printed on summaries: set, show, clear")
    actions = p.add_subparsers(dest="letterhead_action", required=True)
    s = actions.add_parser("set", help="change parts of the letterhead (others are kept; \"\" clears one)")
    for field, flag in _TEXTS:
        s.add_argument(flag, dest=field, metavar="T")
    s.add_argument("--logo", metavar="FILE", help=f"a PNG or SVG image, at most {LOGO_MAX // 1024} KB (\"\" removes it)")
    s.set_defaults(handler=cmd_set)
    s = actions.add_parser("show", help="the letterhead")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)
    s = actions.add_parser("clear", help="print summaries without a letterhead")
    s.set_defaults(handler=cmd_clear)


def _read_logo(name: str | None) -> bytes | None:
    if name is None:
        return None
    if name == "":
        return b""
    path = Path(name)
    try:
        if path.stat().st_size > LOGO_MAX:
            raise SijillError(Message(N_("The logo is too large: at most {max} KB."), {"max": LOGO_MAX // 1024}))
        return path.read_bytes()
    except OSError as exc:
        raise SijillError(Message(N_("Cannot read {path}: {error}"), {"path": name, "error": exc.strerror or str(exc)})) from exc


def as_json(value: Letterhead) -> dict[str, object]:
    logo = None
    if value.logo:
        logo = {"type": value.logo_type, "bytes": len(value.logo), "sha256": hashlib.sha256(value.logo).hexdigest(),
                "base64": base64.b64encode(value.logo).decode("ascii")}
    return {"name_ar": value.name_ar, "name_en": value.name_en, "footer_ar": value.footer_ar,
            "footer_en": value.footer_en, "logo": logo}


def cmd_set(args: argparse.Namespace) -> int:
    logo = _read_logo(args.logo)
    texts = {field: getattr(args, field) for field, _flag in _TEXTS}
    if logo is None and all(v is None for v in texts.values()):
        raise SijillError(Message(N_("Nothing to change: give --name-ar, --name-en, --logo, --footer-ar or --footer-en.")))
    set_letterhead(open_register(args), logo=logo, **texts)
    print("letterhead saved")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    value = letterhead(open_register(args, read_only=True))
    if args.json:
        print_json(as_json(value))
        return 0
    if value.is_empty:
        print("no letterhead")
        return 0
    for field, flag in _TEXTS:
        print(f"{flag[2:]}: {getattr(value, field)}")
    print(f"logo: {value.logo_type} {len(value.logo)} bytes" if value.logo else "logo: none")
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    clear_letterhead(open_register(args))
    print("letterhead cleared")
    return 0

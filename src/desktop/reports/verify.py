"""Checking a printed summary against the register: does it still hold what was printed?

A summary PDF embeds ``sijill-fingerprint.json`` (the reference, the fingerprint and one
digest per record); :func:`verify_pdf` recomputes the digests from the register and lists
the records changed, added or removed since. With only a fingerprint (read off the page
or the QR code), :func:`verify_fingerprint` can say whether it matches, not what changed.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.reports.fingerprint import Difference, Fingerprint, compare, compute
from desktop.reports.tounicode import ATTACHMENT
from desktop.services.register import Register


@dataclass(frozen=True)
class Verdict:
    reference: str
    printed: str
    current: str
    difference: Difference = field(default_factory=lambda: Difference([], [], []))

    @property
    def matches(self) -> bool:
        return self.printed == self.current

    def as_json(self) -> dict[str, object]:
        return {
            "reference": self.reference, "matches": self.matches, "printed": self.printed,
            "current": self.current, "changed": self.difference.changed,
            "added": self.difference.added, "removed": self.difference.removed,
        }


def read_embedded(path: str | os.PathLike[str]) -> Fingerprint:
    """The fingerprint and record digests embedded in a summary PDF."""
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # its warnings about a damaged file are not for the user
    try:
        reader = PdfReader(str(path))
        payloads = reader.attachments.get(ATTACHMENT)
    except (OSError, PdfReadError, ValueError) as exc:
        raise SijillError(Message(N_("Cannot read {path}: {error}"), {"path": str(path), "error": str(exc)})) from exc
    except Exception as exc:  # noqa: BLE001 - a hostile file may break the parser in any way
        raise SijillError(
            Message(N_("Cannot read {path}: it is not a readable PDF ({error})."), {"path": str(path), "error": type(exc).__name__})
        ) from exc
    finally:
        pypdf_log.setLevel(level)
    if not payloads:
        raise SijillError(Message(N_("{path} is not a Sijill summary (no embedded fingerprint)."), {"path": str(path)}))
    try:
        return Fingerprint.from_json(json.loads(payloads[0].decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise SijillError(Message(N_("The fingerprint embedded in {path} is damaged."), {"path": str(path)})) from exc


def verify_pdf(register: Register, path: str | os.PathLike[str]) -> Verdict:
    printed = read_embedded(path)
    try:
        current = compute(register, printed.agreement_uuid)
    except SijillError:  # the agreement is gone: every printed record was removed
        return Verdict(printed.reference, printed.value, "", compare(printed.records, {}))
    return Verdict(printed.reference, printed.value, current.value, compare(printed.records, current.records))


_QR = re.compile(r"REF=(?P<ref>\S+)\s+SHA256=(?P<hex>[0-9A-Fa-f]{64})")


def parse_fingerprint(value: str) -> tuple[str, str | None]:
    """A fingerprint as typed (hex) or as read from the QR code ("SIJILL REF=... SHA256=...");
    returns (hex, reference or None)."""
    match = _QR.search(value)
    if match:
        return match.group("hex").lower(), match.group("ref")
    return value.strip().lower(), None


def verify_fingerprint(register: Register, value: str, agreement: str | None = None) -> Verdict:
    """Compare a fingerprint with one agreement's, or - without ``agreement`` - find the
    agreement whose current fingerprint it is. ``value`` may be the QR code's text."""
    value, reference = parse_fingerprint(value)
    agreement = agreement or reference
    if agreement:
        current = compute(register, agreement)
        return Verdict(current.reference, value, current.value)
    for candidate in register.agreements():
        assert candidate.uuid is not None
        current = compute(register, candidate.uuid)
        if current.value == value:
            return Verdict(current.reference, value, current.value)
    return Verdict("", value, "")

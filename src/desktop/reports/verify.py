"""Checking a printed summary: its signature, its own consistency, and the register.

A summary PDF embeds ``sijill-fingerprint.json`` (the reference, the fingerprint and one
digest per record) and ``sijill-pages.json`` (what each page, font and printed record was
at build time, :mod:`desktop.reports.pagecheck`). :func:`verify_pdf` reports, in order:

1. the signature (:mod:`desktop.reports.verify_signature`): valid, by whom, trusted or
   not, covering the whole file or not;
2. the document (:mod:`desktop.reports.verify_document`): fingerprint, digests, footer,
   QR code, metadata and every page as built;
3. the register (:mod:`desktop.reports.printed`): which printed records changed since, by
   printed row, title and field, old -> new; fields the summary does not print apart.

With only a fingerprint (read off the page or the QR code), :func:`verify_fingerprint` can
say whether it matches, not what changed.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.reports.fingerprint import Fingerprint, compute
from desktop.reports.pagecheck import PAGES_ATTACHMENT
from desktop.reports.printed import RegisterDifference, differences
from desktop.reports.tounicode import ATTACHMENT
from desktop.reports.verify_document import DocumentReport, check_document
from desktop.reports.verify_signature import SignatureReport, check_signatures
from desktop.services.register import Register

EXIT_MATCHES = 0
EXIT_REGISTER_CHANGED = 1
EXIT_ALTERED = 5


@dataclass(frozen=True)
class Verdict:
    """``verify --fingerprint``: does a fingerprint read off a page match the register?"""

    reference: str
    printed: str
    current: str

    @property
    def matches(self) -> bool:
        return self.printed == self.current

    def as_json(self) -> dict[str, object]:
        return {"reference": self.reference, "matches": self.matches, "printed": self.printed, "current": self.current}


def _reader(path: str | os.PathLike[str]) -> tuple[bytes, PdfReader, dict[str, list[bytes]]]:
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # its warnings about a damaged file are not for the user
    try:
        data = Path(path).read_bytes()
        reader = PdfReader(io.BytesIO(data), strict=False)
        attachments = {name: list(reader.attachments.get(name) or []) for name in (ATTACHMENT, PAGES_ATTACHMENT)}
    except (OSError, PdfReadError, ValueError) as exc:
        raise SijillError(Message(N_("Cannot read {path}: {error}"), {"path": str(path), "error": str(exc)})) from exc
    except Exception as exc:  # noqa: BLE001 - a hostile file may break the parser in any way
        raise SijillError(
            Message(N_("Cannot read {path}: it is not a readable PDF ({error})."), {"path": str(path), "error": type(exc).__name__})
        ) from exc
    finally:
        pypdf_log.setLevel(level)
    return data, reader, attachments


def _fingerprint(path: str | os.PathLike[str], payloads: list[bytes]) -> Fingerprint:
    if not payloads:
        raise SijillError(Message(N_("{path} is not a Sijill summary (no embedded fingerprint)."), {"path": str(path)}))
    try:
        return Fingerprint.from_json(json.loads(payloads[0].decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise SijillError(Message(N_("The fingerprint embedded in {path} is damaged."), {"path": str(path)})) from exc


def _page_record(payloads: list[bytes]) -> dict[str, Any] | None:
    try:
        record = json.loads(payloads[0].decode("utf-8")) if payloads else None
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


def read_embedded(path: str | os.PathLike[str]) -> Fingerprint:
    """The fingerprint and record digests embedded in a summary PDF."""
    return _fingerprint(path, _reader(path)[2][ATTACHMENT])


@dataclass
class PdfVerdict:
    """The three parts of ``verify FILE.pdf``."""

    reference: str
    signature: SignatureReport
    document: DocumentReport
    register: RegisterDifference
    printed: str  # the fingerprint printed
    current: str  # the register's fingerprint now ("" when the agreement is gone)

    @property
    def matches(self) -> bool:
        return self.exit_code == EXIT_MATCHES

    @property
    def exit_code(self) -> int:
        if not (self.signature.holds and self.document.holds):
            return EXIT_ALTERED
        return EXIT_MATCHES if self.register.matches else EXIT_REGISTER_CHANGED

    def as_json(self) -> dict[str, object]:
        reg = self.register
        return {
            "reference": self.reference, "matches": self.matches, "exit_code": self.exit_code,
            "signature": self.signature.as_json(),
            "document": self.document.as_json(),
            "register": {
                "matches": reg.matches, "printed": self.printed, "current": self.current,
                "changed": [c.as_json() for c in reg.changed],
                "added": [n.as_json() for n in reg.added], "removed": [n.as_json() for n in reg.removed],
                "changed_unexplained": [n.as_json() for n in reg.unexplained],
                "not_on_summary": [c.as_json() for c in reg.not_on_summary],
            },
        }


def verify_pdf(register: Register, path: str | os.PathLike[str]) -> PdfVerdict:
    data, reader, attachments = _reader(path)
    printed = _fingerprint(path, attachments[ATTACHMENT])
    record = _page_record(attachments[PAGES_ATTACHMENT])
    signature = check_signatures(data)
    try:
        document = check_document(reader, printed, record)
    except Exception:  # noqa: BLE001 - a hostile file may break the PDF reader in any way
        document = DocumentReport(printed.value, {"readable": False})
    old_printed = (record or {}).get("printed") if document.checks.get("printed_values") else {}
    lang = str((record or {}).get("lang") or "ar")
    try:
        current = compute(register, printed.agreement_uuid)
    except SijillError:  # the agreement is gone: every printed record was removed
        current = Fingerprint(printed.reference, printed.agreement_uuid, "", {}, {})
    diff = differences(printed.records, old_printed or {}, current.records, current.printed or {}, lang)
    return PdfVerdict(printed.reference, signature, document, diff, printed.value, current.value)


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

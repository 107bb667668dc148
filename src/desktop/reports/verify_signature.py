"""Part one of ``verify``: the PDF's signatures, checked twice.

pyHanko validates each signature (the signed bytes' digest, the CMS signature, the signer's
certificate against the trust list of :mod:`desktop.services.office_identity`) and says what
the signature covers; independently, pypdf reads each signature dictionary's ``/ByteRange``
and checks that the last signature covers the whole file but its own ``/Contents``. Both
must agree. Anything written after a signature (an incremental update) is counted and named.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from desktop.services import office_identity


@dataclass(frozen=True)
class SignatureInfo:
    signer: str
    organisation: str
    certificate_sha256: str
    intact: bool  # the signed bytes are those signed
    valid: bool  # the signature itself verifies
    trusted: bool  # the signer is on the trust list (or issued by someone on it)
    covers_whole_file: bool  # pyHanko: nothing was written after it
    byte_range_covers_file: bool  # pypdf, independently: /ByteRange spans the file
    updates_after: int  # incremental updates written after this signature
    signed_at: str | None
    timestamped: bool
    # what the updates after signing did, as pyHanko's difference analysis grades them:
    # "none", "lta_updates" (validation data), "form_filling", "annotations" or "other"
    changes_after: str = "none"

    @property
    def holds(self) -> bool:
        return self.intact and self.valid and self.trusted and self.covers_whole_file and self.byte_range_covers_file

    def as_json(self) -> dict[str, object]:
        return {"signer": self.signer, "organisation": self.organisation, "certificate_sha256": self.certificate_sha256,
                "intact": self.intact, "valid": self.valid, "trusted": self.trusted,
                "covers_whole_file": self.covers_whole_file, "byte_range_covers_file": self.byte_range_covers_file,
                "updates_after_signing": self.updates_after, "signed_at": self.signed_at,
                "timestamped": self.timestamped, "changes_after_signing": self.changes_after, "holds": self.holds}


@dataclass
class SignatureReport:
    signatures: list[SignatureInfo] = field(default_factory=list)
    problem: str = ""  # a signature that could not be read at all

    @property
    def signed(self) -> bool:
        return bool(self.signatures) or bool(self.problem)

    @property
    def holds(self) -> bool:
        """Unsigned holds (there is nothing to check); signed holds when the last signature
        covers the whole file and every signature is intact, valid and trusted."""
        if self.problem:
            return False
        if not self.signatures:
            return True
        last = self.signatures[-1]
        earlier_ok = all(s.intact and s.valid and s.trusted for s in self.signatures[:-1])
        return last.holds and earlier_ok

    def as_json(self) -> dict[str, object]:
        last = self.signatures[-1] if self.signatures else None
        return {"signed": self.signed, "holds": self.holds, "problem": self.problem or None,
                "signer": last.signer if last else None, "trusted": last.trusted if last else None,
                "covers_whole_file": (last.covers_whole_file and last.byte_range_covers_file) if last else None,
                "updates_after_signing": last.updates_after if last else None,
                "signatures": [s.as_json() for s in self.signatures]}


def byte_ranges(data: bytes) -> list[list[int]]:
    """Each signature dictionary's /ByteRange, in file order, read by pypdf (not pyHanko)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    ranges = []
    fields = reader.get_fields() or {}
    for value in fields.values():
        if value.get("/FT") != "/Sig" or value.get("/V") is None:
            continue
        signature = value["/V"].get_object() if hasattr(value["/V"], "get_object") else value["/V"]
        ranges.append([int(x) for x in signature.get("/ByteRange", [])])
    return sorted(ranges, key=lambda r: r[1] + r[3] if len(r) == 4 else 0)


def covers_file(byte_range: list[int], data: bytes) -> bool:
    """/ByteRange [0 a b c] leaves out only the hexadecimal /Contents between a and b, and
    ends where the file ends; /Contents holds one DER signature and zeros after it (so not
    even the padding the signature leaves room in was written to)."""
    if len(byte_range) != 4:
        return False
    start, first, second, length = byte_range
    if start != 0 or first <= 0 or second <= first or second + length != len(data):
        return False
    gap = data[first:second]
    if gap[:1] != b"<" or gap[-1:] != b">":
        return False
    try:
        raw = bytes.fromhex(gap[1:-1].decode("ascii"))
    except ValueError:
        return False
    return _der_then_zeros(raw)


def _der_then_zeros(raw: bytes) -> bool:
    if len(raw) < 2 or raw[0] != 0x30:
        return False
    size = raw[1]
    if size < 0x80:
        end = 2 + size
    else:
        count = size & 0x7F
        end = 2 + count + int.from_bytes(raw[2:2 + count], "big")
    return 0 < end <= len(raw) and not any(raw[end:])


def _describe(status: Any, embedded: Any, total_revisions: int, byte_range_ok: bool) -> SignatureInfo:
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    cert = status.signing_cert
    subject = cert.subject.native if cert is not None else {}
    sha = cert.sha256.hex() if cert is not None else ""
    when = getattr(status, "signer_reported_dt", None)
    return SignatureInfo(
        signer=str(subject.get("common_name", "")), organisation=str(subject.get("organization_name", "")),
        certificate_sha256=sha, intact=bool(status.intact), valid=bool(status.valid), trusted=bool(status.trusted),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        byte_range_covers_file=byte_range_ok,
        updates_after=max(0, total_revisions - 1 - int(embedded.signed_revision)),
        signed_at=when.isoformat() if when is not None else None,
        timestamped=getattr(status, "timestamp_validity", None) is not None,
        changes_after=_changes(status),
    )


def _changes(status: Any) -> str:
    level = getattr(status, "modification_level", None)
    return str(level.name).lower() if level is not None else "other"


def check_signatures(data: bytes) -> SignatureReport:
    """The signatures of the PDF ``data``; an unreadable signature is a problem, not an error."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    report = SignatureReport()
    try:
        ranges = byte_ranges(data)
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        if len(embedded) != len(ranges):
            report.problem = "the signature fields could not all be read"
            return report
        total = reader.xrefs.total_revisions
        context = office_identity.validation_context()
        for sig, byte_range in zip(embedded, ranges):
            with office_identity.quiet_validation():
                status = validate_pdf_signature(sig, context)
            report.signatures.append(_describe(status, sig, total, covers_file(byte_range, data)))
    except Exception as exc:  # noqa: BLE001 - a hostile file may break either reader in any way
        report.problem = f"the signature could not be read ({type(exc).__name__})"
    return report

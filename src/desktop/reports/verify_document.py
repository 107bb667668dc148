"""Part two of ``verify``: does the PDF agree with itself?

* the fingerprint is the one its digests make, and the one the page record was built for;
* the document information (``/SijillFingerprint``, ``/SijillReference``, subject and
  keywords), the footer of the first and last pages and the QR code all carry it;
* every page, font, image and annotation is as recorded at build time
  (:func:`desktop.reports.pagecheck.check_pages`);
* the printed values kept for each record are those its digest was made from.

None of this needs the register, nor a signature: a page removed or blanked, text
removed, a byte changed in a font, a digest edited or a fingerprint forged is caught on an
unsigned summary too. (Someone who rewrites every part consistently makes a new document;
only a signature tells that apart.)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.reports.fingerprint import _CANONICAL, Fingerprint, combine
from desktop.reports.pagecheck import PageProblem, check_pages


@dataclass
class DocumentReport:
    fingerprint: str
    checks: dict[str, bool] = field(default_factory=dict)  # name -> holds
    pages: list[PageProblem] = field(default_factory=list)
    page_count: int = 0
    pages_recorded: int = 0

    @property
    def holds(self) -> bool:
        return all(self.checks.values()) and not self.pages

    def failed(self) -> list[str]:
        return [name for name, ok in self.checks.items() if not ok]

    def as_json(self) -> dict[str, object]:
        return {"holds": self.holds, "fingerprint": self.fingerprint, "checks": dict(self.checks),
                "failed": self.failed(), "pages": self.page_count, "pages_recorded": self.pages_recorded,
                "page_problems": [p.as_json() for p in self.pages]}


_RECT = re.compile(rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b")


def qr_drawn(content: bytes, text: str) -> bool:
    """Whether ``content`` (a page's content stream) draws the summary's QR code of ``text``:
    a run of rectangles, one per run of dark modules, in a grid of one module size (any
    size, anywhere on the page)."""
    from desktop.reports.qr import QUIET_ZONE, QrCode

    runs = QrCode(text, 100).runs()
    rects = [tuple(float(v) for v in m.groups()) for m in _RECT.finditer(content)]
    first_row, first_column, first_count = runs[0]
    for start in range(len(rects) - len(runs) + 1):
        x0, y0, w0, box = rects[start]
        if box <= 0 or abs(w0 - first_count * box) > 0.01 * box:
            continue
        left = x0 - (first_column + QUIET_ZONE) * box

        def fits(rect: tuple[float, ...], run: tuple[int, int, int]) -> bool:
            x, y, w, h = rect
            row, column, count = run
            return (abs(h - box) < 0.01 * box and abs(w - count * box) < 0.01 * box
                    and abs(x - left - (column + QUIET_ZONE) * box) < 0.01 * box
                    and abs((y0 - y) - (row - first_row) * box) < 0.01 * box)

        if all(fits(rect, run) for rect, run in zip(rects[start:start + len(runs)], runs)):
            return True
    return False


def _metadata_holds(reader: Any, fp: Fingerprint) -> bool:
    info = reader.metadata or {}
    return (str(info.get("/SijillFingerprint", "")) == fp.value and str(info.get("/SijillReference", "")) == fp.reference
            and fp.value in str(info.get("/Subject", "")) and fp.value in str(info.get("/Keywords", "")))


def _footer_holds(reader: Any, value: str) -> bool:
    pages = reader.pages
    if not len(pages):
        return False
    for index in {0, len(pages) - 1}:
        try:
            text = "".join(pages[index].extract_text().split())
        except Exception:  # noqa: BLE001 - a damaged page says nothing
            return False
        if value[:32] not in text or value[32:] not in text:
            return False
    return True


def _qr_holds(reader: Any, fp: Fingerprint) -> bool:
    try:
        content = reader.pages[0].get_contents().get_data()
    except Exception:  # noqa: BLE001
        return False
    return qr_drawn(content, f"SIJILL REF={fp.reference} SHA256={fp.value}")


def _printed_hold(fp: Fingerprint, printed: Any) -> bool:
    if not isinstance(printed, dict) or printed.keys() != fp.records.keys():
        return False
    for key, entry in printed.items():
        fields = entry.get("fields") if isinstance(entry, dict) else None
        try:
            got = hashlib.sha256(_CANONICAL.encode(fields).encode("utf-8")).hexdigest()
        except (TypeError, ValueError):
            return False
        if got != fp.records[key]:
            return False
    return True


def check_document(reader: Any, fp: Fingerprint, record: dict[str, Any] | None) -> DocumentReport:
    """``reader``: a pypdf reader of the summary; ``record``: its page record (None if absent)."""
    report = DocumentReport(fp.value)
    report.page_count = len(reader.pages)
    report.checks["fingerprint_matches_digests"] = combine(fp.records) == fp.value
    report.checks["metadata"] = _metadata_holds(reader, fp)
    report.checks["footer"] = _footer_holds(reader, fp.value)
    report.checks["qr_code"] = _qr_holds(reader, fp)
    report.checks["page_record"] = record is not None and record.get("fingerprint") == fp.value
    if record is not None:
        report.pages_recorded = len(record.get("pages") or [])
        report.pages = check_pages(reader, record)
        report.checks["printed_values"] = _printed_hold(fp, record.get("printed"))
    return report

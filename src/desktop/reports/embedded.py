"""What a summary carries besides its pages: the per-record digests as an embedded file
(``sijill-fingerprint.json``, read back by :mod:`desktop.reports.verify`) and the
fingerprint in the document information (``/SijillFingerprint``, ``/SijillReference``).

Both are added to reportlab's document just before it is written, so the file is written
once (no second pass with a PDF library).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase import pdfdoc

if TYPE_CHECKING:
    from desktop.reports.fingerprint import Fingerprint

ATTACHMENT = "sijill-fingerprint.json"


class _Info(pdfdoc.PDFInfo):  # type: ignore[misc]
    """reportlab's document information with a few more string entries."""

    def __init__(self, base: pdfdoc.PDFInfo, extra: dict[str, str]) -> None:
        super().__init__()
        self.__dict__.update(base.__dict__)
        self.extra = extra

    def format(self, document: Any) -> bytes:
        formatted: bytes = super().format(document)
        end = formatted.rstrip().rfind(b">>")
        assert end > 0, formatted
        more = b"".join(b"/" + key.encode("ascii") + b" " + pdfdoc.PDFString(value).format(document) + b"\n"
                        for key, value in self.extra.items())
        return formatted[:end] + more + formatted[end:]


def embed(doc: Any, fingerprint: Fingerprint) -> Any:
    """Add the digests file and the fingerprint entries to ``doc`` (a reportlab PDFDocument);
    returns a reference to the file's specification (an associated file of the PDF/A-3,
    :mod:`desktop.reports.archival`)."""
    doc.info = _Info(doc.info, {"SijillFingerprint": fingerprint.value, "SijillReference": fingerprint.reference})
    payload = json.dumps(fingerprint.as_json(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("EmbeddedFile"), "Subtype": pdfdoc.PDFName("application#2Fjson"),
            "Params": pdfdoc.PDFDictionary({"Size": len(payload), "ModDate": pdfdoc.PDFDate(ts=doc._timeStamp)}),
        }),
        content=payload, filters=[pdfdoc.PDFZCompress],
    )
    spec = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("Filespec"),
        "F": pdfdoc.PDFString(ATTACHMENT),
        "UF": pdfdoc.PDFString(ATTACHMENT),
        "EF": pdfdoc.PDFDictionary({"F": doc.Reference(stream), "UF": doc.Reference(stream)}),
        "Desc": pdfdoc.PDFString("Per-record SHA-256 digests of the register records this summary prints"),
        "AFRelationship": pdfdoc.PDFName("Data"),
    })
    reference = doc.Reference(spec)
    tree = pdfdoc.PDFDictionary({"Names": pdfdoc.PDFArray([pdfdoc.PDFString(ATTACHMENT), reference])})
    doc.Catalog.Names = pdfdoc.PDFDictionary({"EmbeddedFiles": doc.Reference(tree)})
    return reference

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


def _file_spec(doc: Any, name: str, stream: Any) -> Any:
    return doc.Reference(pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("Filespec"),
        "F": pdfdoc.PDFString(name),
        "UF": pdfdoc.PDFString(name),
        "EF": pdfdoc.PDFDictionary({"F": doc.Reference(stream)}),
    }))


def embed(doc: Any, fingerprint: Fingerprint, lang: str = "ar") -> None:
    """Add the digests file, the page record (:mod:`desktop.reports.pagecheck`) and the
    fingerprint entries to ``doc`` (a reportlab PDFDocument)."""
    from desktop.reports import pagecheck

    doc.info = _Info(doc.info, {"SijillFingerprint": fingerprint.value, "SijillReference": fingerprint.reference})
    payload = json.dumps(fingerprint.as_json(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("EmbeddedFile"), "Params": pdfdoc.PDFDictionary({"Size": len(payload)})}),
        content=payload, filters=[pdfdoc.PDFZCompress],
    )
    pages = pagecheck.LazyStream(lambda: pagecheck.payload(doc, fingerprint.value, lang, fingerprint.printed))
    names = [pdfdoc.PDFString(ATTACHMENT), _file_spec(doc, ATTACHMENT, stream),  # sorted by name
             pdfdoc.PDFString(pagecheck.PAGES_ATTACHMENT), _file_spec(doc, pagecheck.PAGES_ATTACHMENT, pages)]
    tree = pdfdoc.PDFDictionary({"Names": pdfdoc.PDFArray(names)})
    doc.Catalog.Names = pdfdoc.PDFDictionary({"EmbeddedFiles": doc.Reference(tree)})

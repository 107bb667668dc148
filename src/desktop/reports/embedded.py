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


def _file_spec(doc: Any, name: str, stream: Any, description: str) -> Any:
    """A reference to an embedded file's specification, an associated file of the PDF/A-3."""
    return doc.Reference(pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("Filespec"),
        "F": pdfdoc.PDFString(name),
        "UF": pdfdoc.PDFString(name),
        "EF": pdfdoc.PDFDictionary({"F": doc.Reference(stream), "UF": doc.Reference(stream)}),
        "Desc": pdfdoc.PDFString(description),
        "AFRelationship": pdfdoc.PDFName("Data"),
    }))


def embed(doc: Any, fingerprint: Fingerprint, lang: str = "ar") -> list[Any]:
    """Add the digests file, the page record (:mod:`desktop.reports.pagecheck`) and the
    fingerprint entries to ``doc`` (a reportlab PDFDocument); returns references to the files'
    specifications (associated files of the PDF/A-3, :mod:`desktop.reports.archival`)."""
    from desktop.reports import pagecheck

    doc.info = _Info(doc.info, {"SijillFingerprint": fingerprint.value, "SijillReference": fingerprint.reference})
    payload = json.dumps(fingerprint.as_json(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    stream = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("EmbeddedFile"), "Subtype": pdfdoc.PDFName("application#2Fjson"),
            "Params": pdfdoc.PDFDictionary({"Size": len(payload), "ModDate": pdfdoc.PDFDate(ts=doc._timeStamp)}),
        }),
        content=payload, filters=[pdfdoc.PDFZCompress],
    )
    pages = pagecheck.LazyStream(lambda: pagecheck.payload(doc, fingerprint.value, lang, fingerprint.printed))
    digests_spec = _file_spec(doc, ATTACHMENT, stream, "Per-record SHA-256 digests of the register records this summary prints")
    pages_spec = _file_spec(doc, pagecheck.PAGES_ATTACHMENT, pages, "What each page held when the summary was made")
    names = [pdfdoc.PDFString(ATTACHMENT), digests_spec,  # sorted by name
             pdfdoc.PDFString(pagecheck.PAGES_ATTACHMENT), pages_spec]
    tree = pdfdoc.PDFDictionary({"Names": pdfdoc.PDFArray(names)})
    doc.Catalog.Names = pdfdoc.PDFDictionary({"EmbeddedFiles": doc.Reference(tree)})
    return [digests_spec, pages_spec]

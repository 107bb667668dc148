"""What makes the summary an archival, navigable file (PDF/A-3b), added to reportlab's
document just before it is written (no second pass):

* XMP metadata (``/Metadata``) saying PDF/A-3 conformance B, with the same title, author,
  subject, keywords, producer, creator tool and dates as the document information;
* an output intent with an sRGB ICC profile (made by Pillow's LittleCMS, 588 bytes), since
  the pages are drawn in device RGB;
* the per-record digests (:mod:`desktop.reports.embedded`) as an associated file (``/AF``
  on the catalog, ``/AFRelationship /Data``, a MIME subtype and a modification date);
* viewer preferences: the document title in the window, and ``/Direction /R2L`` for an
  Arabic summary (pages in right-to-left order in two-up views and the reading direction).

Bookmarks (the outline) are drawn with the headings (:mod:`desktop.reports.outline`).
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc

PDFA_PART = 3
PDFA_CONFORMANCE = "B"


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile (IEC 61966-2.1 primaries and curve), from LittleCMS."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _iso(doc: Any) -> str:
    stamp = doc._timeStamp
    year, month, day, hour, minute, second = stamp.YMDhms
    sign = "+" if stamp.dhh >= 0 else "-"
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"


def xmp(doc: Any, lang: str) -> bytes:
    """The XMP packet matching ``doc``'s information dictionary."""
    info = doc.info
    moment = _iso(doc)

    def x(value: object) -> str:
        return escape(str(value))

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>{PDFA_PART}</pdfaid:part><pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(info.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{x(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(info.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{x(lang)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{x(info.producer)}</pdf:Producer><pdf:Keywords>{x(info.keywords)}</pdf:Keywords>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>{x(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{moment}</xmp:CreateDate><xmp:ModifyDate>{moment}</xmp:ModifyDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


class _PlainStream(pdfdoc.PDFStream):  # type: ignore[misc]
    """A stream left unfiltered, with no ``/Filter`` entry at all (PDF/A: the metadata stays
    readable without decoding)."""

    def format(self, document: Any) -> bytes:
        saved, document.defaultStreamFilters = document.defaultStreamFilters, None
        try:
            return bytes(super().format(document))
        finally:
            document.defaultStreamFilters = saved


def _plain(dictionary: dict[str, Any], content: bytes) -> pdfdoc.PDFStream:
    return _PlainStream(pdfdoc.PDFDictionary(dictionary), content=content, filters=None)


def make_archival(doc: Any, lang: str, attachments: list[Any]) -> None:
    """Add metadata, output intent, associated files and viewer preferences to ``doc``
    (a reportlab PDFDocument); ``attachments``: references to file specifications."""
    catalog = doc.Catalog
    metadata = _plain({"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}, xmp(doc, lang))
    catalog.Metadata = metadata
    profile = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"N": 3}), content=srgb_profile(), filters=[pdfdoc.PDFZCompress])
    intent = pdfdoc.PDFDictionary({
        "Type": pdfdoc.PDFName("OutputIntent"), "S": pdfdoc.PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": pdfdoc.PDFString("sRGB IEC61966-2.1"),
        "Info": pdfdoc.PDFString("sRGB IEC61966-2.1"),
        "DestOutputProfile": doc.Reference(profile),
    })
    extra = dict(getattr(catalog, "_extra", {}))
    extra["OutputIntents"] = pdfdoc.PDFArray([doc.Reference(intent)])
    if attachments:
        extra["AF"] = pdfdoc.PDFArray(attachments)
    _add_entries(catalog, extra)
    preferences = {"DisplayDocTitle": "true"}
    if lang == "ar":
        preferences["Direction"] = "R2L"
    viewer = getattr(catalog, "ViewerPreferences", None)
    if viewer is None:
        viewer = catalog.ViewerPreferences = pdfdoc.ViewerPreferencesPDFDictionary()
    for key, value in preferences.items():
        viewer[key] = pdfdoc.PDFName(value) if key == "Direction" else value


def _add_entries(catalog: Any, entries: dict[str, Any]) -> None:
    """Catalog entries reportlab's catalog does not know (written inline)."""
    catalog._extra = entries
    if getattr(type(catalog), "_sijill_extra", False):
        return
    base = type(catalog)

    class Catalog(base):  # type: ignore[misc, valid-type]
        _sijill_extra = True

        def format(self, document: Any) -> bytes:
            formatted: bytes = super().format(document)
            end = formatted.rstrip().rfind(b">>")
            more = b"".join(b"/" + key.encode("ascii") + b" " + pdfdoc.format(value, document) + b"\n"
                            for key, value in self._extra.items())
            return formatted[:end] + more + formatted[end:]

    catalog.__class__ = Catalog


def modification_date(moment: _dt.datetime | None = None) -> str:
    """A PDF date string (for an embedded file's ``/Params /ModDate``)."""
    moment = moment or _dt.datetime.now(_dt.UTC)
    return moment.strftime("D:%Y%m%d%H%M%SZ")

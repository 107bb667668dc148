"""What each page of a summary looked like when it was built, and the check of a PDF against it.

While reportlab writes the document, a second embedded file (``sijill-pages.json``) records,
for every page, the SHA-256 of its content stream, its media box, the names of the images
or forms it draws and the number of annotations it carries; and for every embedded font
subset, the SHA-256 of its font program and of its ToUnicode map. The file also carries each
printed record's canonical values (``printed``), so ``verify`` can say what changed, field by
field. Its content is computed when the file is formatted - after the pages and fonts are
final - so the document is still written once.

:func:`check_pages` compares a PDF with that record: a page removed, added, blanked or
edited, text removed, a byte changed in a font, an image or annotation stamped on: all of
these change what the record says, signed or not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.utils import asBytes
from reportlab.pdfbase import pdfdoc

PAGES_ATTACHMENT = "sijill-pages.json"
FORMAT = "sijill-summary-pages/1"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class LazyStream(pdfdoc.PDFStream):  # type: ignore[misc]
    """An embedded file whose bytes are made when the document is formatted."""

    def __init__(self, make: Callable[[], bytes]) -> None:
        super().__init__(pdfdoc.PDFDictionary({"Type": pdfdoc.PDFName("EmbeddedFile"),
                                               "Subtype": pdfdoc.PDFName("application#2Fjson")}),
                         content=None, filters=[pdfdoc.PDFZCompress])
        self._make = make
        self._made = False

    def format(self, document: Any) -> bytes:
        if not self._made:
            self._made = True
            content = self._make()
            self.content = content
            self.dictionary["Params"] = pdfdoc.PDFDictionary({"Size": len(content), "ModDate": pdfdoc.PDFDate(ts=document._timeStamp)})
        formatted: bytes = super().format(document)
        return formatted


def _stream_bytes(stream: Any) -> bytes:
    return asBytes(stream.content) if stream is not None and stream.content is not None else b""


def _built_pages(doc: Any) -> list[dict[str, Any]]:
    pages = []
    for page in doc.Pages.pages:
        contents = getattr(page, "Contents", None)
        data = _stream_bytes(contents) if isinstance(contents, pdfdoc.PDFStream) else asBytes(page.stream or "")
        xobjects = getattr(page, "XObjects", None)
        names = sorted(str(k) for k in xobjects.dict) if xobjects is not None else []
        annots = getattr(page, "Annots", None) or []
        pages.append({"content": sha256(data), "box": [0, 0, round(page.pagewidth, 3), round(page.pageheight, 3)],
                      "xobjects": names, "annotations": len(getattr(annots, "sequence", annots)),
                      "resources": _other_resources(page)})
    return pages


# Resource kinds besides fonts and images: the content stream can only use what the page's
# resources name, so a kind the page did not have when it was built (a graphics state that
# makes text invisible, a colour space) is a change even when the content stream is not.
_OTHER_RESOURCES = {"ExtGState": "ExtGState", "_shadingUsed": "Shading", "_colorsUsed": "ColorSpace"}
_KNOWN_RESOURCES = {"Font", "ProcSet", "XObject"}


def _other_resources(page: Any) -> list[str]:
    return sorted(kind for attribute, kind in _OTHER_RESOURCES.items() if getattr(page, attribute, None))


def _built_fonts(doc: Any) -> dict[str, dict[str, str]]:
    fonts: dict[str, dict[str, str]] = {}
    for key, obj in doc.idToObject.items():
        if isinstance(key, str) and key.startswith("fontFile:") and key.endswith(")"):
            name = key[key.rindex("(") + 1:-1]
            cmap = doc.idToObject.get("toUnicodeCMap:" + name)
            fonts[name] = {"program": sha256(_stream_bytes(obj)), "to_unicode": sha256(_stream_bytes(cmap))}
    return fonts


def payload(doc: Any, fingerprint: str, lang: str, printed: dict[str, Any] | None) -> bytes:
    record = {"format": FORMAT, "fingerprint": fingerprint, "lang": lang,
              "pages": _built_pages(doc), "fonts": _built_fonts(doc), "printed": printed or {}}
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


# -- checking a PDF (pypdf) ------------------------------------------------------------------

@dataclass(frozen=True)
class PageProblem:
    page: int  # 1-based; 0 for the document as a whole
    what: str  # "missing", "added", "content", "box", "images", "annotations", "font", "unknown font"
    detail: str = ""

    def as_json(self) -> dict[str, object]:
        return {"page": self.page, "problem": self.what, "detail": self.detail}


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _font_entries(page: Any) -> list[tuple[str, Any, Any]]:
    """(font name, font program stream, ToUnicode stream) of the fonts a page's resources name."""
    resources = _resolved(page.get("/Resources")) or {}
    fonts = _resolved(resources.get("/Font")) or {}
    found = []
    for ref in fonts.values():
        font = _resolved(ref)
        descriptor_owner = font
        if font.get("/DescendantFonts"):
            descriptor_owner = _resolved(_resolved(font["/DescendantFonts"])[0])
        descriptor = _resolved(descriptor_owner.get("/FontDescriptor"))
        if descriptor is None:
            continue  # one of the 14 standard fonts: nothing embedded
        program = next((descriptor[k] for k in ("/FontFile2", "/FontFile", "/FontFile3") if k in descriptor), None)
        name = str(descriptor.get("/FontName", "")).lstrip("/")
        found.append((name, _resolved(program) if program is not None else None, _resolved(font.get("/ToUnicode"))))
    return found


def _is_signature_widget(annot: Any) -> bool:
    """The widget of a signature (checked by verify's first part). An empty signature field
    is counted like any other annotation: its appearance could draw anything."""
    annot = _resolved(annot)
    field = annot if "/FT" in annot else _resolved(annot.get("/Parent")) or {}
    return annot.get("/Subtype") == "/Widget" and field.get("/FT") == "/Sig" and field.get("/V") is not None


def _check_fonts(number: int, page: Any, fonts: dict[str, Any], seen: set[str]) -> list[PageProblem]:
    """Every embedded font as recorded; and the page still names every recorded font (the
    summary's pages share one font dictionary), so none was swapped for a standard font."""
    problems = []
    entries = _font_entries(page)
    named = {name for name, program, _ in entries if program is not None}
    if fonts and not set(fonts) <= named:
        problems.append(PageProblem(number, "font", ", ".join(sorted(set(fonts) - named))))
    for name, program, to_unicode in entries:
        if name in seen:
            continue
        seen.add(name)
        expected = fonts.get(name)
        if expected is None:
            if program is not None:
                problems.append(PageProblem(number, "unknown font", name))
            continue
        got = sha256(program.get_data()) if program is not None else ""
        cmap = sha256(to_unicode.get_data()) if to_unicode is not None else sha256(b"")
        if got != expected.get("program") or cmap != expected.get("to_unicode"):
            problems.append(PageProblem(number, "font", name))
    return problems


def _check_page(number: int, page: Any, expected: dict[str, Any]) -> list[PageProblem]:
    problems = []
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    if sha256(data) != expected.get("content"):
        problems.append(PageProblem(number, "content"))
    box = [round(float(v), 3) for v in page.mediabox]
    crop = [round(float(v), 3) for v in page.cropbox]
    if box != expected.get("box") or crop != box or page.get("/Rotate", 0) not in (0, None):
        problems.append(PageProblem(number, "box"))
    resources = _resolved(page.get("/Resources")) or {}
    xobjects = sorted(str(k).lstrip("/") for k in (_resolved(resources.get("/XObject")) or {}))
    if xobjects != [str(k).lstrip("/") for k in expected.get("xobjects", [])]:
        problems.append(PageProblem(number, "images"))
    others = {str(k).lstrip("/") for k in resources} - _KNOWN_RESOURCES
    allowed = set(expected.get("resources") or [])
    if "Shading" in allowed:
        allowed.add("Pattern")  # reportlab names shadings as patterns too
    if not others <= allowed:
        problems.append(PageProblem(number, "resources", ", ".join(sorted(others - allowed))))
    annots = [a for a in (_resolved(page.get("/Annots")) or []) if not _is_signature_widget(a)]
    if len(annots) != expected.get("annotations", 0):
        problems.append(PageProblem(number, "annotations"))
    return problems


def check_pages(reader: Any, record: dict[str, Any]) -> list[PageProblem]:
    """Every difference between the PDF's pages (a pypdf reader) and the built-time record."""
    expected_pages: list[dict[str, Any]] = list(record.get("pages") or [])
    fonts: dict[str, Any] = dict(record.get("fonts") or {})
    problems: list[PageProblem] = []
    seen: set[str] = set()
    pages = reader.pages
    for index, page in enumerate(pages):
        if index >= len(expected_pages):
            problems.append(PageProblem(index + 1, "added"))
            continue
        try:
            problems += _check_page(index + 1, page, expected_pages[index])
            problems += _check_fonts(index + 1, page, fonts, seen)
        except Exception as exc:  # noqa: BLE001 - a damaged stream is an altered page
            problems.append(PageProblem(index + 1, "content", type(exc).__name__))
    for missing in range(len(pages), len(expected_pages)):
        problems.append(PageProblem(missing + 1, "missing"))
    return problems

"""The text layer: make copy and search return logical Arabic without changing a pixel.

The page draws presentation forms (U+FExx) in visual order, and reportlab's own ToUnicode
maps say exactly that, so extractors would return reversed, shaped letters that match
nothing a reader types. PDF viewers (poppler, MuPDF, PDFium) already reverse right-to-left
runs when they extract text; what they need is each glyph mapped to its *base* letter. The
embedded fonts (:class:`TextLayerFont`) write their ToUnicode CMaps so while the document is
built (no second pass over the file):

* a presentation form maps to its base letter (U+FEE3 -> U+0645);
* a ligature (lam-alef, U+FEFB) maps to its letters *in visual order* (alef, lam): the
  extractor reverses the whole run, glyph strings included, which then reads lam, alef;
* a bracket drawn mirrored (from the second, mirrored-brackets embedding of the font)
  maps to the bracket that was typed, so "(UNHCR)" does not come back as ")UNHCR(".

The per-record digests (``sijill-fingerprint.json``) and the fingerprint in the document
information are added by :mod:`desktop.reports.embedded`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bidi.mirror import MIRRORED
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from desktop.reports.embedded import ATTACHMENT
from desktop.text.presentation import base_letters, is_presentation_form

__all__ = ["ATTACHMENT", "TextLayerFont", "text_for_glyph", "to_unicode_cmap"]


def text_for_glyph(text: str, *, mirrored: bool = False) -> str:
    """What a glyph drawn for ``text`` should extract as (see the module docstring).

    In the mirrored-brackets font, the glyph ")" was drawn for a typed "(": it extracts as "(".
    """
    if mirrored:
        return "".join(MIRRORED.get(ch, ch) for ch in text)
    if not any(is_presentation_form(ch) for ch in text):
        return text
    letters = "".join(base_letters(ch) for ch in text)
    return letters[::-1] if len(letters) > 1 else letters


def _hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, codes: Iterable[int], *, mirrored: bool = False) -> str:
    """The ToUnicode CMap of one font subset (reportlab's layout, our mappings): byte ``i``
    of the subset draws the glyph of code point ``codes[i]``."""
    entries = [f"<{i:02X}> <{_hex(text_for_glyph(chr(code), mirrored=mirrored))}>" for i, code in enumerate(codes)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0", ">> def",
        f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(entries) - 1:02X}>", "endcodespacerange",
        f"{len(entries)} beginbfchar", *entries, "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


class TextLayerFont(TTFont):  # type: ignore[misc]
    """A TrueType font whose embedded subsets carry the ToUnicode maps above."""

    def __init__(self, name: str, filename: str, *, mirrored: bool = False) -> None:
        super().__init__(name, filename)
        self.mirrored = mirrored

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)  # reportlab's subsets, widths and CMaps (named as below)
        for n, codes in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            doc.idToObject["toUnicodeCMap:" + base].content = to_unicode_cmap(base, codes, mirrored=self.mirrored)

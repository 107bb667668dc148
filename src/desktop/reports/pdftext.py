"""Many short runs of already shaped text written as one PDF text object.

reportlab's ``drawString``/``textOut`` build a text object per call and encode every
string into the embedded font's subsets each time. A table page draws a few hundred runs,
most of them repeated (kinds, statuses, places, dates): :class:`TextBlock` writes them in
one ``BT ... ET`` with an explicit position per run, and encodes each distinct
(font, size, text) once per document. The operators are the ones reportlab writes for a
TrueType font (``/F1+0 8.5 Tf (...) Tj``); the subsets are reportlab's, so the fonts are
embedded and mapped (ToUnicode) as for any other text.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

Chunks = tuple[tuple[str, str], ...]  # (font subset resource name, escaped bytes for "(...) Tj")
_ENCODED: WeakKeyDictionary[Any, dict[tuple[str, str], Chunks]] = WeakKeyDictionary()


def _per_document(doc: Any) -> dict[tuple[str, str], Chunks]:
    found = _ENCODED.get(doc)
    if found is None:
        found = _ENCODED[doc] = {}
    return found


def _encode(doc: Any, font_name: str, text: str) -> Chunks:
    font = pdfmetrics.getFont(font_name)
    return tuple((font.getSubsetInternalName(subset, doc), escapePDF(chunk)) for subset, chunk in _split(font, text, doc))


_NOT_FIRST = 0x100  # a character outside the first subset: encoding to latin-1 fails
_TABLES: WeakKeyDictionary[Any, dict[str, tuple[int, dict[int, int]]]] = WeakKeyDictionary()


def _first_subset_table(font: Any, doc: Any, assignments: dict[int, int]) -> dict[int, int]:
    """A ``str.translate`` table: each character with a code in the font's first subset to
    that code, every other character below U+0100 to one that latin-1 cannot encode (the
    characters above are left as they are, which latin-1 cannot encode either)."""
    per_doc = _TABLES.get(doc)
    if per_doc is None:
        per_doc = _TABLES[doc] = {}
    known = per_doc.get(font.fontName)
    if known is None or known[0] != len(assignments):  # codes are only ever added
        table = dict.fromkeys(range(0x100), _NOT_FIRST)
        table.update((char, code) for char, code in assignments.items() if code < 0x100)
        table[0xA0] = _NOT_FIRST  # reportlab draws a no-break space as a space: leave it to splitString
        known = per_doc[font.fontName] = (len(assignments), table)
    return known[1]


def _split(font: Any, text: str, doc: Any) -> list[tuple[int, bytes]]:
    """``font.splitString(text, doc)``: the text cut into runs of one font subset, as
    subset codes. When every character already has its code in this document (most of
    them after the first page), the codes are looked up here at once; otherwise reportlab
    assigns the new ones."""
    state = font.state.get(doc) if hasattr(font, "state") else None
    assignments = getattr(state, "assignments", None)
    if assignments is None:
        return list(font.splitString(text, doc))
    try:  # all in the first subset (the usual case): one translation, in C
        return [(0, text.translate(_first_subset_table(font, doc, assignments)).encode("latin-1"))]
    except UnicodeEncodeError:
        pass
    try:
        codes = [assignments[code] for code in map(ord, text)]
    except KeyError:  # a character new to the document (or one reportlab maps specially)
        return list(font.splitString(text, doc))
    if max(codes) < 256:  # all in the first subset
        return [(0, bytes(codes))]
    return [(subset, bytes(code & 0xFF for code in run)) for subset, run in groupby(codes, lambda code: code >> 8)]


class TextBlock:
    """Collects runs of text, then :meth:`draw` adds them to the canvas as one text object
    (in the fill colour the canvas has then)."""

    def __init__(self, canv: Any) -> None:
        self.canv = canv
        self._doc = canv._doc  # the document whose font subsets the text is encoded in
        self._encoded = _per_document(self._doc)
        self._parts: list[str] = ["BT"]
        self._font: tuple[str, float] | None = None

    def run(self, x: float, y: float, text: str, font_name: str, size: float) -> None:
        """``text`` (drawn as given: shaped, in visual order) with its baseline starting at (x, y)."""
        if not text:
            return
        key = (font_name, text)
        chunks = self._encoded.get(key)
        if chunks is None:
            chunks = self._encoded[key] = _encode(self._doc, font_name, text)
        parts = self._parts
        parts.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for subset, chunk in chunks:
            if self._font != (subset, size):  # the text state keeps the font from run to run
                self._font = (subset, size)
                parts.append(f"{subset} {fp_str(size)} Tf")
            parts.append(f"({chunk}) Tj")

    def draw(self) -> None:
        if len(self._parts) > 1:
            self._parts.append("ET")
            self.canv.addLiteral("\n".join(self._parts))
        self._parts = ["BT"]
        self._font = None

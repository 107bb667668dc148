"""Many short runs of already shaped text written as one PDF text object.

reportlab's ``drawString``/``textOut`` build a text object per call and encode every
string into the embedded font's subsets each time. A table page draws a few hundred runs,
most of them repeated (kinds, statuses, places, dates): :class:`TextBlock` writes them in
one ``BT ... ET`` with an explicit position per run, and encodes each distinct
(font, text) once per document. The operators are the ones reportlab writes for a
TrueType font (``/F1+0 8.5 Tf (...) Tj``); the subsets are reportlab's (their codes are
assigned by its ``splitString``), so the fonts are embedded and mapped (ToUnicode) as for
any other text.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

Chunks = tuple[tuple[str, str], ...]  # (font subset resource name, escaped bytes for "(...) Tj")
_KEPT = 20_000  # encoded runs kept per document
_NOT_FIRST = 0x100  # stands for a character outside the first subset: latin-1 cannot encode it


class _Encoder:
    """The text of one document in its fonts' subset codes."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.encoded: dict[tuple[str, str], Chunks] = {}
        self._names: dict[tuple[str, int], str] = {}
        self._tables: dict[str, tuple[int, dict[int, int]]] = {}

    def encode(self, font_name: str, text: str) -> Chunks:
        found = self.encoded.get((font_name, text))
        if found is None:
            if len(self.encoded) >= _KEPT:  # a huge plan: keep memory bounded (codes stay assigned)
                self.encoded.clear()
            font = pdfmetrics.getFont(font_name)
            found = self.encoded[(font_name, text)] = tuple(
                (self._name(font, subset), escapePDF(codes)) for subset, codes in self.split(font, text)
            )
        return found

    def _name(self, font: Any, subset: int) -> str:
        key = (font.fontName, subset)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = font.getSubsetInternalName(subset, self.doc)
        return name

    def split(self, font: Any, text: str) -> list[tuple[int, bytes]]:
        """``font.splitString(text, doc)``: the text cut into runs of one font subset, as
        subset codes. When every character already has its code in this document (most of
        them after the first page), they are looked up here; otherwise reportlab assigns
        the new ones."""
        state = font.state.get(self.doc) if hasattr(font, "state") else None
        assignments = getattr(state, "assignments", None)
        if assignments is None:
            return list(font.splitString(text, self.doc))
        try:  # all in the first subset (the usual case): one translation, in C
            return [(0, text.translate(self._first_subset(font.fontName, assignments)).encode("latin-1"))]
        except UnicodeEncodeError:
            pass
        try:
            codes = [assignments[code] for code in map(ord, text)]
        except KeyError:  # a character new to the document (or one reportlab maps specially)
            return list(font.splitString(text, self.doc))
        return [(subset, bytes(code & 0xFF for code in run)) for subset, run in groupby(codes, lambda code: code >> 8)]

    def _first_subset(self, font_name: str, assignments: dict[int, int]) -> dict[int, int]:
        """A ``str.translate`` table: each character with a code in the font's first subset
        to that code, every other character below U+0100 to one latin-1 cannot encode (those
        above are left as they are, which latin-1 cannot encode either)."""
        known = self._tables.get(font_name)
        if known is None or known[0] != len(assignments):  # codes are only ever added
            table = dict.fromkeys(range(0x100), _NOT_FIRST)
            table.update((char, code) for char, code in assignments.items() if code < 0x100)
            table[0xA0] = _NOT_FIRST  # reportlab draws a no-break space as a space: leave it to splitString
            known = self._tables[font_name] = (len(assignments), table)
        return known[1]


_ENCODERS: WeakKeyDictionary[Any, _Encoder] = WeakKeyDictionary()


def encoder(doc: Any) -> _Encoder:
    """The encoder of ``doc`` (a reportlab PDFDocument), kept as long as the document."""
    found = _ENCODERS.get(doc)
    if found is None:
        found = _ENCODERS[doc] = _Encoder(doc)
    return found


class TextBlock:
    """Collects runs of text, then :meth:`draw` adds them to the canvas as one text object
    (in the fill colour the canvas has then)."""

    def __init__(self, canv: Any) -> None:
        self.canv = canv
        self._encoder = encoder(canv._doc)  # the document whose font subsets the text is encoded in
        self._parts: list[str] = ["BT"]
        self._font: tuple[str, float] | None = None

    def run(self, x: float, y: float, text: str, font_name: str, size: float) -> None:
        """``text`` (drawn as given: shaped, in visual order) with its baseline starting at (x, y)."""
        if not text:
            return
        chunks = self._encoder.encoded.get((font_name, text)) or self._encoder.encode(font_name, text)
        parts = self._parts
        parts.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for subset, chunk in chunks:
            if self._font != (subset, size):  # the text state keeps the font from run to run
                self._font = (subset, size)
                parts.append(f"{subset} {fp_str(size)} Tf")
            parts.append(f"({chunk}) Tj")

    def literal(self, operator: str) -> None:
        """An operator written between the runs (a marked-content BDC or EMC)."""
        self._parts.append(operator)

    def draw(self) -> None:
        if len(self._parts) > 1:
            self._parts.append("ET")
            self.canv.addLiteral("\n".join(self._parts))
        self._parts = ["BT"]
        self._font = None

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

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

_ENCODED: WeakKeyDictionary[Any, dict[tuple[str, float, str], str]] = WeakKeyDictionary()


def _encoded(doc: Any, font_name: str, size: float, text: str) -> str:
    per_doc = _ENCODED.get(doc)
    if per_doc is None:
        per_doc = _ENCODED[doc] = {}
    key = (font_name, size, text)
    found = per_doc.get(key)
    if found is None:
        font = pdfmetrics.getFont(font_name)
        tf = fp_str(size)
        found = per_doc[key] = " ".join(
            f"{font.getSubsetInternalName(subset, doc)} {tf} Tf ({escapePDF(chunk)}) Tj"
            for subset, chunk in font.splitString(text, doc)
        )
    return found


class TextBlock:
    """Collects runs of text, then :meth:`draw` adds them to the canvas as one text object
    (in the fill colour the canvas has then)."""

    def __init__(self, canv: Any) -> None:
        self.canv = canv
        self._doc = canv._doc  # the document whose font subsets the text is encoded in
        self._parts: list[str] = ["BT"]

    def run(self, x: float, y: float, text: str, font_name: str, size: float) -> None:
        """``text`` (drawn as given: shaped, in visual order) with its baseline starting at (x, y)."""
        if text:
            self._parts.append(f"1 0 0 1 {fp_str(x, y)} Tm {_encoded(self._doc, font_name, size, text)}")

    def draw(self) -> None:
        if len(self._parts) > 1:
            self._parts.append("ET")
            self.canv.addLiteral("\n".join(self._parts))
        self._parts = ["BT"]

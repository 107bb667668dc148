"""What the PDF draws for a character the embedded font (Amiri) has no glyph for.

The summary prints whatever was stored, so no text is ever refused and no character is
ever drawn as a blank or as the font's ``.notdef`` box. For drawing only (the register and
the fingerprint keep the stored text):

1. a character whose compatibility decomposition (NFKC) the font can draw is drawn as that
   decomposition: the ligature ``ﬁ`` as ``fi``, ``Ǆ`` as ``DŽ``, a full-width ``Ａ`` as ``A``;
2. a letter, mark or digit of a script the font lacks (Hebrew, Greek, Cyrillic ...) that the
   fallback font has (:data:`desktop.reports.fonts.FALLBACK`) is kept, and drawn from it;
3. any other character is drawn as a visible stand-in naming its code point,
   ``[U+1F600]`` for 😀, made only of glyphs the font has;
4. white space the font lacks (an ideographic space) is drawn as a plain space, and a
   variation selector (invisible: it picks a glyph style, e.g. emoji style after 🏳) the
   font lacks is left out rather than given a stand-in of its own.

Characters the text pipeline removes or turns into breaks itself (controls, format
characters such as bidi controls, zero-width joiners and soft hyphens, line and paragraph
separators) are left to it: they are never drawn, so they need no stand-in.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from bidi.mirror import MIRRORED

from desktop.reports.fonts import REGULAR, covered, fallback_for

# handled by desktop.text.shaping (Cc -> space or break, Cf dropped, Zl/Zp -> break)
_LEFT_TO_PIPELINE = frozenset({"Cc", "Cf", "Zl", "Zp"})


def stand_in(ch: str) -> str:
    """The visible stand-in for a character the font cannot draw: ``[U+1F600]``."""
    return f"[U+{ord(ch):04X}]"


def drawable(text: str, font: str = REGULAR) -> str:
    """``text`` with every character the font cannot draw replaced (see the module doc)."""
    return "".join(_for(ch, font) for ch in text)


def draws(ch: str, font: str = REGULAR) -> bool:
    """Whether the font has a glyph for ``ch`` (and for its mirror image, which a
    right-to-left run draws instead of a bracket)."""
    glyphs = covered(font)
    if ord(ch) not in glyphs:
        return False
    mirror = MIRRORED.get(ch)
    return mirror is None or ord(mirror) in glyphs


@lru_cache(maxsize=8192)
def _for(ch: str, font: str) -> str:
    if draws(ch, font) or unicodedata.category(ch) in _LEFT_TO_PIPELINE:
        return ch
    if ch.isspace():
        return " "
    if _is_variation_selector(ch):
        return ""
    compatible = unicodedata.normalize("NFKC", ch)
    if compatible != ch and all(draws(c, font) for c in compatible):
        return compatible
    if in_fallback(ch, font):  # a script the font lacks: drawn from the fallback font
        return ch
    return stand_in(ch)


def in_fallback(ch: str, font: str) -> bool:
    """Whether the fallback font (:data:`desktop.reports.fonts.FALLBACK`) draws ``ch``
    (letters and marks of a script the main font lacks; not symbols or emoji)."""
    fallback = fallback_for(font)
    if fallback is None or unicodedata.category(ch)[0] not in "LMN" or ch in MIRRORED:
        return False
    return ord(ch) in covered(fallback)


def _is_variation_selector(ch: str) -> bool:
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or 0x180B <= code <= 0x180D

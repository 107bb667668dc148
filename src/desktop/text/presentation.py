"""Arabic presentation forms (what the shaper draws) back to the letters they stand for."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def is_presentation_form(ch: str) -> bool:
    """Arabic Presentation Forms-A (U+FB50-U+FDFF) or -B (U+FE70-U+FEFF)."""
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"


@lru_cache(maxsize=1024)
def base_letters(ch: str) -> str:
    """The base letter(s) in logical order: U+FEFB (lam-alef) -> "لا", U+FE8E -> "ا".

    Isolated harakat forms (U+FE70...) decompose to a space and the mark; the space is
    dropped. Characters that are not presentation forms are returned unchanged.
    """
    if not is_presentation_form(ch):
        return ch
    letters = unicodedata.normalize("NFKC", ch)
    stripped = letters.strip()
    return stripped or letters


def unshape(text: str) -> str:
    """Undo shaping (presentation forms to base letters), keeping the order of ``text``."""
    return "".join(base_letters(ch) for ch in text)

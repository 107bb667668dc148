"""Normalisation of text for search, as an Arabic reader expects it to match.

* alef forms أ إ آ ٱ match ا; ة matches ه; ى matches ي; ؤ matches و; ئ matches ي
* harakat (tashkeel), Quranic marks and tatweel are ignored
* Arabic-Indic digits match ASCII digits
* Latin text is matched without case (casefold) and without accents
* a query word's definite article is optional (الأمم finds للأمم and بالأمم)
* runs of white space and punctuation collapse to one space
"""

from __future__ import annotations

import re
import unicodedata

from desktop.text.digits import to_ascii_digits

_LETTER_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ئ": "ي",
        "ؤ": "و",
        "ک": "ك",  # Persian keheh
        "ـ": "",  # tatweel
    }
)

_WORD_BREAK = re.compile(r"[\W_]+", re.UNICODE)


def _drop_marks(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))


def normalize_for_search(text: str | None) -> str:
    """Return the form of ``text`` that search compares: see the module docstring."""
    if not text:
        return ""
    # NFKD splits Latin accents and maps Arabic presentation forms to their letters,
    # but also splits آ/أ/إ into alef + mark; marks are dropped next, so all become ا.
    decomposed = unicodedata.normalize("NFKD", to_ascii_digits(text))
    bare = _drop_marks(decomposed)
    recomposed = unicodedata.normalize("NFC", bare).translate(_LETTER_MAP).casefold()
    return _WORD_BREAK.sub(" ", recomposed).strip()


def _without_article(term: str) -> str:
    """Drop the definite article from a query term, so that الأمم also finds للأمم,
    والأمم and بالأمم (where the article is contracted or prefixed)."""
    if term.startswith("ال") and len(term) > 4:
        return term[2:]
    return term


def search_terms(query: str | None) -> list[str]:
    """Split a query into normalised terms; every term must match."""
    return [_without_article(t) for t in normalize_for_search(query).split(" ") if t]


def matches(query: str, *fields: str | None) -> bool:
    """True when every term of ``query`` occurs in the normalised ``fields``."""
    haystack = " " + " ".join(normalize_for_search(f) for f in fields) + " "
    return all(term in haystack for term in search_terms(query))

"""Arabic-Indic and Eastern Arabic-Indic digits <-> ASCII digits."""

from __future__ import annotations

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EASTERN_ARABIC_INDIC = "۰۱۲۳۴۵۶۷۸۹"

_TO_ASCII = str.maketrans(
    {**{c: str(i) for i, c in enumerate(ARABIC_INDIC)},
     **{c: str(i) for i, c in enumerate(EASTERN_ARABIC_INDIC)}}
)
_TO_ARABIC = str.maketrans({str(i): c for i, c in enumerate(ARABIC_INDIC)})


def to_ascii_digits(text: str) -> str:
    """Replace Arabic-Indic (and Persian) digits with ASCII digits."""
    return text.translate(_TO_ASCII)


def to_arabic_digits(text: str) -> str:
    """Replace ASCII digits with Arabic-Indic digits (for display only)."""
    return text.translate(_TO_ARABIC)

"""How values look on screen: bidi isolates, digits, partial dates with optional Hijri."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

from desktop.domain.dates import PartialDate, Precision
from desktop.text.digits import to_arabic_digits
from desktop.text.isolation import PARAGRAPH_SEPARATORS, has_bidi_controls
from desktop.text.isolation import isolate as isolate_text
from desktop.ui import i18n, settings

FSI, LRI, RLI, PDI, LRM = "\u2068", "\u2066", "\u2067", "\u2069", "\u200e"

HIJRI_MONTHS_AR = (
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)
HIJRI_MONTHS_EN = (
    "Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
    "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah", "Dhu al-Hijjah",
)


def strong_direction(text: str) -> str | None:
    """'rtl' or 'ltr' from the first strong character, or None."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def needs_isolate(text: str, rtl_ui: bool) -> bool:
    """True when the text mixes directions or its direction differs from the UI's."""
    if not text:
        return False
    kinds = {unicodedata.bidirectional(ch) for ch in text}
    has_rtl = bool(kinds & {"R", "AL", "AN"})
    has_ltr = "L" in kinds or "EN" in kinds
    first = strong_direction(text)
    return (has_rtl and has_ltr) or (first == ("ltr" if rtl_ui else "rtl"))


def isolate(text: str, rtl_ui: bool | None = None) -> str:
    """Wrap text in FSI..PDI where its direction differs from the UI's (lists, labels).
    Text holding bidi controls or line breaks is always isolated, paragraph by paragraph,
    its controls balanced, so that it cannot reorder the text around it."""
    rtl_ui = i18n.is_rtl() if rtl_ui is None else rtl_ui
    if text and (has_bidi_controls(text) or any(ch in PARAGRAPH_SEPARATORS for ch in text)):
        return isolate_text(text)
    if text and needs_isolate(text, rtl_ui):
        return FSI + text + PDI
    return text


def digits(text: str) -> str:
    return to_arabic_digits(text) if settings.get(settings.ARABIC_DIGITS) else text


def number(value: int | None) -> str:
    return "" if value is None else digits(str(value))


def iso(date: PartialDate | None) -> str:
    """ISO text of a date, always left to right (also with Arabic-Indic digits)."""
    if date is None:
        return ""
    text = date.isoformat()
    if settings.get(settings.ARABIC_DIGITS):
        text = to_arabic_digits(text).replace("-", LRM + "-" + LRM)
    return LRI + text + PDI


def hijri(date: PartialDate | None) -> str:
    """The Hijri (Umm al-Qura) equivalent, or '' when not computable."""
    if date is None:
        return ""
    try:
        from hijridate import Gregorian

        first = Gregorian.fromdate(date.first_day()).to_hijri()
        last = Gregorian.fromdate(date.last_day()).to_hijri()
    except (ImportError, OverflowError, ValueError):
        return ""
    suffix = QCoreApplication.translate("dates", "AH")
    months = HIJRI_MONTHS_AR if i18n.is_rtl() else HIJRI_MONTHS_EN
    if date.precision == Precision.DAY:
        text = f"{first.day} {months[first.month - 1]} {first.year} {suffix}"
    elif first.year == last.year:
        text = f"{first.year} {suffix}"
    else:
        text = f"{first.year}–{last.year} {suffix}"
    return digits(text)


def date_text(date: PartialDate | None) -> str:
    """A date for lists: ISO text, with the Hijri date beside it when chosen."""
    if date is None:
        return ""
    text = iso(date)
    if settings.get(settings.SHOW_HIJRI):
        h = hijri(date)
        if h:
            text = f"{text} ({FSI}{h}{PDI})"
    return text


def period_text(start: PartialDate | None, end: PartialDate | None) -> str:
    if start is None and end is None:
        return ""
    return f"{iso(start) or '…'} – {iso(end) or '…'}" if start != end else iso(start)


def precision_text(date: PartialDate | None) -> str:
    if date is None:
        return ""
    return {
        Precision.YEAR: QCoreApplication.translate("dates", "year only"),
        Precision.MONTH: QCoreApplication.translate("dates", "month only"),
        Precision.DAY: QCoreApplication.translate("dates", "full date"),
    }[date.precision]

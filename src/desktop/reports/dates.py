"""Dates as the summary prints them: partial dates as what is known, Hijri beside when asked.

A Hijri date is shown only for a date known to the day. A year or a month of the Gregorian
calendar spans parts of two Hijri years or months, so converting "2022" or "November 2014"
would either invent a day (the first of the period) or print a range that looks more
precise than the record; the summary prints the Gregorian year or month alone.
Conversions use the Umm al-Qura calendar (hijridate).
"""

from __future__ import annotations

import datetime as _dt

from hijridate import Gregorian

from desktop.domain.dates import PartialDate, Precision

# No line breaks inside a date ("15 جمادى الآخرة 1443 هـ" stays on one line) nor before the
# dash of a range (no line starts with "–"): the text pipeline never breaks at a no-break space.
NBSP = "\u00a0"
# Stronger: a day and its month, a year and "هـ"/"AH" stay together even in a column too narrow
# for the whole date (which then breaks at its NBSPs only).
NNBSP = "\u202f"

MONTHS_AR = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def gregorian(value: PartialDate, lang: str) -> str:
    months = MONTHS_AR if lang == "ar" else MONTHS_EN
    if value.precision is Precision.YEAR:
        return str(value.year)
    assert value.month is not None
    if value.precision is Precision.MONTH:
        return f"{months[value.month - 1]}{NBSP}{value.year}"
    return f"{value.day}{NNBSP}{months[value.month - 1]}{NBSP}{value.year}"


def hijri(value: PartialDate, lang: str) -> str | None:
    """The Umm al-Qura date of a full date, or None when the day is not known or out of range."""
    day = value.as_date()
    if day is None:
        return None
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    if lang == "ar":
        name = h.month_name("ar").replace(" ", NNBSP)
        return f"{h.day}{NNBSP}{name}{NBSP}{h.year}{NNBSP}هـ"
    return f"{h.day}{NNBSP}{h.month_name('en').replace(' ', NNBSP)}{NBSP}{h.year}{NNBSP}AH"


def format_date(value: PartialDate | None, lang: str, *, with_hijri: bool = False) -> str:
    if value is None:
        return ""
    text = gregorian(value, lang)
    if with_hijri:
        other = hijri(value, lang)
        if other:
            text = f"{text}{NBSP}({other})"
    return text


def format_span(
    start: PartialDate | None, end: PartialDate | None, lang: str, *, with_hijri: bool = False, stacked: bool = False
) -> str:
    """A period: "2022 – 2025", "14–16 June 2022", a single date, or an open end.

    ``stacked`` (for narrow table cells): the Gregorian period, then the Hijri one on a
    line of its own, rather than each Hijri date in brackets after its Gregorian date.
    """
    if stacked:
        gregorian_text = format_span(start, end, lang)
        hijri_parts = [h for h in (hijri(d, lang) for d in (start, end) if d is not None) if h] if with_hijri else []
        hijri_text = f"{NBSP}– ".join(dict.fromkeys(hijri_parts))
        return f"{gregorian_text}\n{hijri_text}" if hijri_text else gregorian_text
    if (
        not with_hijri and start is not None and end is not None and start.day and end.day
        and (start.year, start.month) == (end.year, end.month) and start.day != end.day
    ):
        months = MONTHS_AR if lang == "ar" else MONTHS_EN
        assert start.month is not None
        return f"{start.day}–{end.day}{NNBSP}{months[start.month - 1]}{NBSP}{start.year}"
    first = format_date(start, lang, with_hijri=with_hijri)
    last = format_date(end, lang, with_hijri=with_hijri)
    if first and last and first != last:
        return f"{first}{NBSP}– {last}"
    return first or last


def format_generated(moment: _dt.datetime, lang: str) -> str:
    day = gregorian(PartialDate.from_date(moment.date()), lang)
    return f"{day} {moment:%H:%M} UTC" if moment.tzinfo else f"{day} {moment:%H:%M}"

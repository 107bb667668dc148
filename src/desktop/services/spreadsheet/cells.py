"""One cell's text or value -> a field's value, or a :class:`CellProblem` (a code and a
message). Dates: ISO (``2023``, ``2023-04``, ``2023-04-05``), ``2023/04/05``, day first
``05/04/2023``, Excel date cells and serial numbers, and Hijri dates (written with ``هـ`` or
in a column headed as Hijri) converted to Gregorian with their precision kept."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from desktop.domain.dates import PartialDate, PartialDateError
from desktop.domain.messages import Message, N_
from desktop.services.spreadsheet.export import unneutralise, xlsx_unescape
from desktop.text.digits import to_ascii_digits

EXCEL_EPOCH = _dt.date(1899, 12, 30)
SERIAL_MAX = 2_958_465  # 9999-12-31
HIJRI_MARKS = ("هـ", "ﻫ", "ه", "AH", "ah")
_NUMERIC = re.compile(r"^(\d{1,4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[,\u066c]\d{3})+$")
HIJRI_LOOKING = range(1300, 1501)  # a year here with no Hijri mark is most likely Hijri
NUMBER_MAX = 2**31 - 1  # what every database stores as an integer


class CellProblem(Exception):
    def __init__(self, code: str, text: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.message = code, Message(text, params)


def text(value: Any, *, xlsx: bool) -> str:
    """A cell's text as it was exported (not stripped)."""
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return unneutralise(xlsx_unescape(value) if xlsx else value)
    return str(value)


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def date(value: Any, *, hijri: bool = False, end: bool = False) -> PartialDate | None:
    """A date cell (None when empty); ``end``: a Hijri year or month is converted to the
    Gregorian year or month of its last day (else of its first)."""
    if is_empty(value):
        return None
    if isinstance(value, _dt.datetime | _dt.date):
        day = value.date() if isinstance(value, _dt.datetime) else value
        return PartialDate(day.year, day.month, day.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_date(value)
    written = to_ascii_digits(str(value)).strip()
    bare = _strip_hijri_mark(written)
    if hijri or bare != written:
        return hijri_date(bare, end=end, written=written)
    if written.isdigit() and len(written) == 5:
        return _number_date(int(written))
    found = _gregorian(written)
    if found.year in HIJRI_LOOKING:
        raise CellProblem("hijri_unmarked", N_("{value} looks like a Hijri date: write هـ after it, or put it in a column headed Hijri."), value=written)
    return found


def _strip_hijri_mark(written: str) -> str:
    for mark in HIJRI_MARKS:
        if written.endswith(mark):
            return written[: -len(mark)].strip()
    return written


def _number_date(number: float) -> PartialDate:
    if float(number).is_integer() and 1000 <= number <= 9999:
        return PartialDate(int(number))
    if 1 <= number <= SERIAL_MAX:
        day = EXCEL_EPOCH + _dt.timedelta(days=int(number))
        return PartialDate(day.year, day.month, day.day)
    raise CellProblem("bad_date", N_("Not a date: {value} (write YYYY, YYYY-MM or YYYY-MM-DD)."), value=number)


def _parts(written: str) -> tuple[int, int | None, int | None]:
    match = _NUMERIC.match(written)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        return year or 0, month, day
    match = _DAY_FIRST.match(written)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return year, month, day
    raise CellProblem("bad_date", N_("Not a date: {value} (write YYYY, YYYY-MM or YYYY-MM-DD)."), value=written)


def _gregorian(written: str) -> PartialDate:
    year, month, day = _parts(written)
    try:
        return PartialDate(year, month, day)
    except (PartialDateError, ValueError):
        raise CellProblem("bad_date", N_("Not a date: {value} (write YYYY, YYYY-MM or YYYY-MM-DD)."), value=written) from None


def hijri_date(bare: str, *, end: bool = False, written: str = "") -> PartialDate:
    from hijridate import Hijri

    year, month, day = _parts(bare)
    try:
        first = Hijri(year, month or 1, day or 1)
        if day is not None:
            g = first.to_gregorian()
            return PartialDate(g.year, g.month, g.day)
        if month is None:
            last = Hijri(year, 12, 1)
            last_day = Hijri(year, 12, last.month_length())
        else:
            last_day = Hijri(year, month, first.month_length())
        g = (last_day if end else first).to_gregorian()
        return PartialDate(g.year) if month is None else PartialDate(g.year, g.month)
    except (OverflowError, ValueError):
        raise CellProblem("bad_hijri", N_("Not a Hijri date Sijill can convert: {value} (years 1343 to 1500)."), value=written or bare) from None


def number(value: Any) -> float | None:
    """A number cell (an indicator's value): None when empty; Arabic-Indic digits and the Arabic
    decimal separator are read."""
    if is_empty(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        found = float(value)
    else:
        written = to_ascii_digits(str(value)).strip().replace("\u066b", ".").replace(",", "")
        try:
            found = float(written)
        except ValueError:
            raise CellProblem("bad_number", N_("Not a number: {value}."), value=value) from None
    if found != found or abs(found) > 1e15:  # NaN, or beyond what the register keeps
        raise CellProblem("bad_number", N_("Not a number: {value}."), value=value)
    return found


def whole_number(value: Any) -> int | None:
    found = _whole_number(value)
    if found is not None and found > NUMBER_MAX:
        raise CellProblem("bad_number", N_("Not a whole number: {value}."), value=value)
    return found


def _whole_number(value: Any) -> int | None:
    if is_empty(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and value >= 0:
            return int(value)
    else:
        written = to_ascii_digits(str(value)).strip()
        if _THOUSANDS.match(written):
            written = re.sub(r"[,\u066c]", "", written)
        if written.isdigit():
            return int(written)
    raise CellProblem("bad_number", N_("Not a whole number: {value}."), value=value)

"""Dates of partial precision: a year, a year and month, or a full day.

The register holds facts as they are known: the UNHCR-OIC plan was signed in 2022, the
joint committee was agreed in November 2014. A :class:`PartialDate` never invents a day.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from dataclasses import dataclass
from functools import lru_cache, total_ordering

from desktop.text.digits import to_ascii_digits


class Precision(enum.IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")


class PartialDateError(ValueError):
    """The text is not a year, a year-month or a full date."""


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a year, a month or a day.

    Ordering is chronological by the first day the date may denote, and a less precise date
    sorts before a more precise one that starts on the same day (``2014`` < ``2014-01`` <
    ``2014-01-01``) - the same order as the ISO text, which is how it is stored.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise PartialDateError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise PartialDateError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise PartialDateError(f"month out of range: {self.month}")
        if self.day is not None:
            try:
                _dt.date(self.year, self.month, self.day)
            except ValueError as exc:
                raise PartialDateError(str(exc)) from exc

    # -- construction ---------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (Arabic-Indic digits accepted)."""
        if cls is PartialDate and isinstance(text, str):
            return _parse(text)  # dates are immutable: a text read again gives the same value
        return _parse_uncached(cls, text)

    @classmethod
    def parse_optional(cls, text: str | None) -> PartialDate | None:
        if text is None or not str(text).strip():
            return None
        return cls.parse(str(text))

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    # -- queries ----------------------------------------------------------------------
    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def first_day(self) -> _dt.date:
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _dt.date:
        if self.day is not None:
            return self.first_day()
        if self.month is None:
            return _dt.date(self.year, 12, 31)
        if self.month == 12:
            return _dt.date(self.year, 12, 31)
        return _dt.date(self.year, self.month + 1, 1) - _dt.timedelta(days=1)

    def as_date(self) -> _dt.date | None:
        """The exact day, or None when the day is not known."""
        return self.first_day() if self.day is not None else None

    def isoformat(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def may_be_before(self, other: PartialDate) -> bool:
        """True unless this date is certainly after ``other`` (for end >= start checks)."""
        return self.first_day() <= other.last_day()


def _parse_uncached(cls: type[PartialDate], text: str) -> PartialDate:
    match = _ISO.match(to_ascii_digits(text or ""))
    if not match:
        raise PartialDateError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    return cls(year, month, day)


@lru_cache(maxsize=4096)
def _parse(text: str) -> PartialDate:
    return _parse_uncached(PartialDate, text)

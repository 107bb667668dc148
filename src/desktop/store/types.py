"""Column types for domain values."""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid
from typing import Any

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

from desktop.domain.dates import PartialDate


class PartialDateType(TypeDecorator[PartialDate]):
    """A :class:`PartialDate` stored as ISO text (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``),
    whose text order is chronological order."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | None, dialect: Dialect) -> str | None:
        return value.isoformat() if value is not None else None

    def process_result_value(self, value: Any, dialect: Dialect) -> PartialDate | None:
        return PartialDate.parse(value) if value else None


class UTCDateTime(TypeDecorator[_dt.datetime]):
    """An aware UTC timestamp on every engine (SQLite keeps no time zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: _dt.datetime | None, dialect: Dialect) -> _dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        return value.astimezone(_dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> _dt.datetime | None:
        if not isinstance(value, _dt.datetime):
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=_dt.UTC)
        return value.astimezone(_dt.UTC)


def new_uuid() -> str:
    return str(_uuid.uuid4())


def utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)

"""One spreadsheet row -> the values of the columns it carries (parsed), or problems."""

from __future__ import annotations

from typing import Any

from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.domain.messages import Message, N_
from desktop.services.spreadsheet import cells
from desktop.services.spreadsheet.fields import FREE_TEXT, INDICATOR, Column, choice
from desktop.services.spreadsheet.report import RowProblem

DEFAULTS: dict[str, Any] = {
    "kind": ActivityKind.OTHER, "status": ActivityStatus.PLANNED, "start": None, "end": None,
    "participants": None, "title_ar": "", "title_en": "", "place": "", "country": "", "notes": "",
}
_ENUMS: dict[str, type[ActivityKind] | type[ActivityStatus]] = {"kind": ActivityKind, "status": ActivityStatus}


def parse_row(number: int, raw: list[Any], columns: list[Column], xlsx: bool, problems: list[RowProblem]) -> dict[str, Any]:
    """{field: value} for every known column of the row; an empty cell gives the field's
    empty value (the row clears it). Problems are appended to ``problems``."""
    values: dict[str, Any] = {}
    for column in columns:
        name = column.field
        if not name:
            continue
        value = raw[column.index] if column.index < len(raw) else None
        try:
            values[name] = _value(name, value, column, xlsx)
        except cells.CellProblem as bad:
            problems.append(RowProblem(number, name, bad.code, bad.message))
    return values


def _value(name: str, value: Any, column: Column, xlsx: bool) -> Any:
    if name.startswith(INDICATOR):
        return cells.number(value)
    if name in FREE_TEXT:
        return cells.text(value, xlsx=xlsx)
    if name in ("start", "end"):
        return cells.date(value, hijri=column.hijri, end=name == "end")
    if name == "participants":
        return cells.whole_number(value)
    written = cells.text(value, xlsx=xlsx).strip()
    if name in _ENUMS:
        if not written:
            return DEFAULTS[name]
        try:
            return choice(written, _ENUMS[name])
        except ValueError:
            allowed = ", ".join(m.value for m in _ENUMS[name])
            raise cells.CellProblem(f"unknown_{name}", N_("Unknown value {value} (one of: {allowed})."), value=written, allowed=allowed) from None
    if name == "version":
        return cells.whole_number(value)
    return written  # uuid, agreement


def problem(number: int, field: str, code: str, text: str, severity: str = "error", **params: object) -> RowProblem:
    return RowProblem(number, field, code, Message(text, params), severity)

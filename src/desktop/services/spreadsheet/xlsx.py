"""Reading .xlsx files safely: every part is first inflated in a stream, counting the
bytes actually produced (never trusting the sizes the zip declares), within a budget; the
sheets are scanned for merged cells and rows on the way. Only then does openpyxl read the
first sheet (read-only, values only)."""

from __future__ import annotations

import datetime as _dt
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.spreadsheet.reading import Cell, too_many_rows

XLSX_MAX_INFLATED = 256 << 20  # bytes all parts of an .xlsx may inflate to
XLSX_MAX_MEMBERS = 2000
CHUNK = 1 << 20
_TAIL = 512
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref=\"[A-Za-z]+\d+:[A-Za-z]+(\d+)\"")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?\"")


class _Scan:
    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.merged: dict[str, list[tuple[int, int, int, int]]] = {}
        self.total = 0


def _too_large(source: Path) -> SijillError:
    return SijillError(Message(
        N_("{path} would take more than {size} MB once unpacked; it was refused."),
        {"path": source, "size": XLSX_MAX_INFLATED >> 20},
    ))


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def _scan_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, scan: _Scan, source: Path, row_limit: int) -> None:
    sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
    rows, merged, carry, declared = 0, [], b"", 0
    with archive.open(info) as member:
        while chunk := member.read(CHUNK):
            scan.total += len(chunk)
            if sheet and rows - 1 > row_limit:  # refused with its count before the budget
                raise too_many_rows(max(declared, rows) - 1, row_limit)
            if scan.total > XLSX_MAX_INFLATED:
                raise _too_large(source)
            if not sheet:
                continue
            if not carry and (found := _DIMENSION.search(chunk[:4096])):
                declared = int(found.group(1))
            buffer = carry + chunk
            cut = max(0, len(buffer) - _TAIL)
            rows += sum(1 for m in _ROW.finditer(buffer) if m.start() < cut)
            merged += [m.groups() for m in _MERGE.finditer(buffer) if m.start() < cut]
            carry = buffer[cut:]
    if sheet:
        rows += len(_ROW.findall(carry))
        if rows - 1 > row_limit:
            raise too_many_rows(rows - 1, row_limit)
        merged += [m.groups() for m in _MERGE.finditer(carry)]
        scan.rows[info.filename] = rows
        scan.merged[info.filename] = [
            (int(r1), _column_number(c1), int(r2 or r1), _column_number(c2 or c1))
            for c1, r1, c2, r2 in ((g[0].decode(), g[1].decode(), (g[2] or b"").decode(), (g[3] or b"").decode()) for g in merged)
        ]


def scan(source: Path, row_limit: int) -> _Scan:
    """Inflate every part within the budget (SijillError beyond it), counting each sheet's
    rows (a sheet beyond ``row_limit`` is refused with its declared or counted row count)
    and collecting its merged ranges."""
    result = _Scan()
    with zipfile.ZipFile(source) as archive:
        members = archive.infolist()
        if len(members) > XLSX_MAX_MEMBERS:
            raise _too_large(source)
        for info in members:
            _scan_member(archive, info, result, source, row_limit)
    return result


def _cell(value: Any) -> Cell:
    if isinstance(value, _dt.datetime | _dt.date | int | float) or value is None:
        return value
    return str(value)


def read_xlsx(source: Path, row_limit: int) -> tuple[list[tuple[int, list[Cell]]], list[tuple[int, int]]]:
    """(rows of the first sheet numbered as Excel shows them, merged (row, column index))."""
    try:
        found = scan(source, row_limit)
        from openpyxl import load_workbook

        with warnings.catch_warnings():  # openpyxl warns about damaged parts it works around
            warnings.simplefilter("ignore")
            workbook = load_workbook(source, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            path = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
            declared = found.rows.get(path, 0)
            if declared - 1 > row_limit:
                raise too_many_rows(declared - 1, row_limit)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rows = _rows(sheet, row_limit)
        finally:
            workbook.close()
    except SijillError:
        raise
    except Exception as exc:  # zipfile/openpyxl/XML errors on a broken file
        raise SijillError(Message(N_("Cannot read {path}: {error}"), {"path": source, "error": _short(exc)})) from exc
    merged = [
        (row, column - 1)
        for r1, c1, r2, c2 in found.merged.get(path, [])
        for row in range(r1, min(r2, r1 + 1000) + 1)
        for column in range(c1, min(c2, c1 + 100) + 1)
    ]
    return rows, merged


def _rows(sheet: Any, row_limit: int) -> list[tuple[int, list[Cell]]]:
    rows: list[tuple[int, list[Cell]]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell(v) for v in values]
        if not any(c is not None and (not isinstance(c, str) or c.strip()) for c in cells):
            continue
        rows.append((number, cells))
        if len(rows) - 1 > row_limit:
            raise too_many_rows(len(rows) - 1, row_limit)
    return rows


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]

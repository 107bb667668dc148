"""Reading a spreadsheet file into a header and rows: CSV/TXT/TSV with the encoding and the
separator found by a strict order, and .xlsx (see :mod:`.xlsx`).

Encodings, in this order (the first that fits is used):

1. a byte order mark: UTF-8 (Excel's "CSV UTF-8"), UTF-16 LE/BE (Excel's "Unicode text");
2. UTF-16 without a mark, when every other byte of the start is NUL;
3. UTF-8, when the whole file decodes as UTF-8;
4. Windows-1256 (Arabic "ANSI" CSV saved by Excel on an Arabic Windows).

Separators: the one of ``,`` ``;`` ``؛`` (Arabic semicolon) and tab that splits the header
row into the most known column names (then into the most cells)."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.spreadsheet.fields import column_for

ROW_LIMIT = 200_000  # rows (besides the header) one import takes
TEXT_MAX_BYTES = 256 << 20  # the largest CSV/TXT file read
SEPARATORS = (",", ";", "\u061b", "\t")
SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\u061b": "Arabic semicolon", "\t": "tab", "": ""}
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")

Cell = Any  # str, or from .xlsx also int/float/datetime/None


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[Cell]]]  # (row number as the spreadsheet shows it, cells)
    encoding: str = ""
    separator: str = ""
    merged: list[tuple[int, int]] = field(default_factory=list)  # (row, column index) of merged cells


def too_many_rows(count: int, limit: int) -> SijillError:
    return SijillError(Message(
        N_("The file has {count} rows; at most {limit} can be imported at once: split it into smaller files."),
        {"count": count, "limit": limit},
    ))


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) by the order in the module's description."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    head = data[:4000]
    if len(head) >= 4 and head.count(0) * 4 >= len(head):
        big = head[0::2].count(0) > head[1::2].count(0)
        return data.decode("utf-16-be" if big else "utf-16-le"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1256"), "Windows-1256"


def _separator(first_line: str) -> str:
    def score(sep: str) -> tuple[int, int]:
        cells = next(csv.reader([first_line], delimiter=sep), [])
        return sum(column_for(i, c).field is not None for i, c in enumerate(cells)), len(cells)

    return max(SEPARATORS, key=score)


def read_text_table(source: Path, row_limit: int) -> Table:
    if source.stat().st_size > TEXT_MAX_BYTES:
        raise SijillError(Message(N_("{path} is larger than {size} MB; it was refused."), {"path": source, "size": TEXT_MAX_BYTES >> 20}))
    try:
        text, encoding = decode(source.read_bytes())
    except UnicodeDecodeError as exc:
        raise SijillError(Message(N_("{path} is not readable text (UTF-8, UTF-16 or Windows-1256)."), {"path": source})) from exc
    if "\x00" in text:
        raise SijillError(Message(N_("{path} is not readable text (UTF-8, UTF-16 or Windows-1256)."), {"path": source}))
    first = text.lstrip("\r\n").split("\n", 1)[0]
    separator = _separator(first)
    rows: list[tuple[int, list[Cell]]] = []
    count = 0
    try:
        for number, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=separator), start=1):
            if not any(c.strip() for c in cells):
                continue
            count += 1
            if count <= row_limit + 1:
                rows.append((number, list(cells)))
    except csv.Error as exc:
        raise SijillError(Message(N_("Cannot read {path}: {error}"), {"path": source, "error": exc})) from exc
    if count - 1 > row_limit:
        raise too_many_rows(count - 1, row_limit)
    return _table(source, rows, encoding, separator)


def _table(source: Path, rows: list[tuple[int, list[Cell]]], encoding: str, separator: str, merged: list[tuple[int, int]] | None = None) -> Table:
    if not rows:
        raise SijillError(Message(N_("{path} is empty: a header row is needed."), {"path": source}))
    header = ["" if c is None else str(c).strip() for c in rows[0][1]]
    return Table(header, rows[1:], encoding, separator, merged or [])


def read_table(path: str | os.PathLike[str], row_limit: int = ROW_LIMIT) -> Table:
    """The header and rows of a .csv/.txt/.tsv or .xlsx file; refused (SijillError, before
    anything is written) when unreadable or longer than ``row_limit`` rows."""
    source = Path(path)
    if not source.is_file():
        raise SijillError(Message(N_("No such file: {path}"), {"path": source}))
    suffix = source.suffix.lower()
    if suffix not in SUFFIXES:
        raise SijillError(Message(N_("Unsupported file type {suffix}: use .csv, .txt, .tsv or .xlsx."), {"suffix": source.suffix}))
    if suffix == ".xlsx":
        from desktop.services.spreadsheet.xlsx import read_xlsx

        rows, merged = read_xlsx(source, row_limit)
        return _table(source, rows, "xlsx", "", merged)
    return read_text_table(source, row_limit)

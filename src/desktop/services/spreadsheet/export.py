"""Activities out to spreadsheets (CSV and Excel .xlsx), and the empty template.

Every exported row carries the record's ``version``, so that an import of the same file
later can tell which fields changed in the register since (see :mod:`.checking`)."""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.files import atomic_path, atomic_write
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from desktop.services.spreadsheet.fields import COLUMNS, INDICATOR, header_for

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAGE = 2000


def neutralise(value: str) -> str:
    """Keep a spreadsheet from reading a cell as a formula (CSV/formula injection): a cell
    that starts like a formula gets a leading apostrophe. A cell that already starts with an
    apostrophe gets one too, so that import (which removes one) gives back what was stored."""
    return "'" + value if value.startswith(FORMULA_STARTS + ("'",)) else value


def unneutralise(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS + ("'",)) else value


# .xlsx cells are XML: characters XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF)
# and CR (which XML parsers turn into LF) are written as the OOXML escape _xHHHH_, as Excel
# does; a literal "_xHHHH_" in the text has its underscore escaped (_x005F_) so that it
# survives. Import decodes both. CSV needs none of this.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]")
_LITERAL_ESCAPE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def xlsx_escape(value: str) -> str:
    value = _LITERAL_ESCAPE.sub("_x005F_", value)
    return _XML_UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", value)


def xlsx_unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def activity_row(a: r.Activity) -> list[str]:
    values = [
        a.uuid or "", a.agreement_reference, a.kind.value, a.title_ar, a.title_en,
        a.start.isoformat() if a.start else "", a.end.isoformat() if a.end else "",
        a.place, a.country, a.status.value,
        "" if a.participants is None else str(a.participants), a.notes, str(a.version or ""),
    ]
    return [neutralise(v) for v in values]


def export_rows(path: str | os.PathLike[str], header: Iterable[str], rows: Iterable[list[str]], *, rtl: bool = True) -> Path:
    """Write rows to ``path`` as CSV (UTF-8 with BOM, so Excel reads Arabic) or .xlsx,
    atomically. Cells must already be neutralised."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        with atomic_write(target, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(list(header))
            writer.writerows(rows)
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Sijill")
        sheet.sheet_view.rightToLeft = rtl
        try:
            sheet.append(list(header))
            for row in rows:
                sheet.append([xlsx_escape(c) if isinstance(c, str) else c for c in row])
            with atomic_path(target) as tmp:
                workbook.save(tmp)
        except BaseException as exc:
            from desktop.services.xlsx_streams import abandon, as_os_error

            abandon(sheet)  # a full disk: no "Exception ignored" tracebacks after the message
            raise as_os_error(exc, target) from None
    else:
        raise SijillError(Message(N_("Unsupported file type {suffix}: use .csv or .xlsx."), {"suffix": target.suffix}))
    return target


def export_activities(register: Register, path: str | os.PathLike[str], flt: ActivityFilter = ActivityFilter()) -> int:
    """Write the activities matching ``flt`` to ``path``; returns how many were written."""
    if flt.agreement:
        register.agreement(flt.agreement)
    count = 0
    reported = register.reported_indicator_columns(flt.agreement)  # a column each: indicator:<uuid>

    def rows() -> Iterator[list[str]]:
        nonlocal count
        for a in register.all_activities(flt, page=PAGE):
            count += 1
            values = {v.indicator_uuid: v.value for v in a.indicator_values}
            yield activity_row(a) + [_number(values.get(uuid)) for uuid in reported]

    export_rows(path, [*COLUMNS, *(INDICATOR + uuid for uuid in reported)], rows())
    return count


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def export_template(path: str | os.PathLike[str], lang: str = "en") -> Path:
    """An empty sheet with the import's columns, headed in ``lang`` ("ar": Arabic headers,
    which the import reads as well as the column codes)."""
    return export_rows(path, [header_for(name, lang) for name in COLUMNS], [], rtl=lang == "ar")

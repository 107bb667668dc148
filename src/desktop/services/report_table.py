"""A report as a table in the reader's language, and written as .csv or .xlsx.

Numbers stay numbers (the .xlsx holds them as numbers); text cells that a spreadsheet could
read as a formula are neutralised as in every export.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.indicators import format_number
from desktop.domain.kinds import ActivityKind, ActivityStatus, label
from desktop.files import atomic_path, atomic_write
from desktop.services.report import Report

Cell = str | int | float

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("تقرير الأنشطة", "Activities report"),
    "country": ("البلد", "Country"),
    "quarter": ("الربع", "Quarter"),
    "year": ("السنة", "Year"),
    "partner": ("الشريك المنفّذ", "Lead partner"),
    "kind": ("النوع", "Kind"),
    "status": ("الحالة", "Status"),
    "objective": ("الهدف", "Objective"),
    "count": ("عدد الأنشطة", "Activities"),
    "participants": ("المشاركون", "Participants"),
    "total": ("المجموع", "Total"),
    "undated": ("بلا تاريخ", "Undated"),
    "none": ("—", "—"),
    "no_objective": ("بلا هدف", "No objective"),
    "no_partner": ("بلا شريك منفّذ", "No lead partner"),
    "no_country": ("بلا بلد", "No country"),
    "quarter_unknown": ("{year} (الربع غير معروف)", "{year} (quarter unknown)"),
    "quarter_n": ("الربع {q} من {year}", "{year} Q{q}"),
}


def word(key: str, lang: str, **params: object) -> str:
    ar, en = _WORDS[key]
    return (ar if lang == "ar" else en).format(**params)


@dataclass(frozen=True)
class ReportTable:
    """What a reader sees: headers, rows of cells and a totals row, right to left in Arabic."""

    headers: list[str]
    rows: list[list[Cell]]
    totals: list[Cell]
    rtl: bool
    group_columns: int


def group_label(report: Report, dimension: str, key: str | None, lang: str) -> str:
    if key is None or key == "":
        empty = {"year": "undated", "quarter": "undated", "objective": "no_objective", "partner": "no_partner",
                 "country": "no_country"}
        return word(empty.get(dimension, "none"), lang)
    if dimension == "kind":
        return label(ActivityKind(key), lang)
    if dimension == "status":
        return label(ActivityStatus(key), lang)
    if dimension in ("partner", "objective"):
        ar, en = report.names.get(key, (key, key))
        return ar if lang == "ar" else en
    if dimension == "quarter":
        year, _, quarter = key.partition("-Q")
        return word("quarter_n", lang, year=year, q=quarter) if quarter else word("quarter_unknown", lang, year=year)
    return key


def indicator_header(name_ar: str, name_en: str, unit: str, lang: str) -> str:
    name = (name_ar or name_en) if lang == "ar" else (name_en or name_ar)
    return f"{name} ({unit})" if unit else name


def table(report: Report, lang: str) -> ReportTable:
    headers = [word(d, lang) for d in report.query.by] + [word("count", lang), word("participants", lang)]
    headers += [indicator_header(c.name_ar, c.name_en, c.unit, lang) for c in report.indicators]
    rows: list[list[Cell]] = []
    for row in report.rows:
        cells: list[Cell] = [group_label(report, d, row.groups.get(d), lang) for d in report.query.by]
        cells += [row.count, row.participants]
        cells += [_number(row.indicators.get(c.uuid, 0.0)) for c in report.indicators]
        rows.append(cells)
    totals: list[Cell] = [word("total", lang)] + [""] * (len(report.query.by) - 1)
    totals += [report.total_count, report.total_participants]
    totals += [_number(report.indicator_total(c.uuid)) for c in report.indicators]
    return ReportTable(headers, rows, totals, lang == "ar", len(report.query.by))


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def as_text(value: Cell) -> str:
    return format_number(float(value)) if isinstance(value, int | float) else value


def write(tab: ReportTable, path: str | os.PathLike[str]) -> Path:
    """Write the table as .csv (UTF-8 with BOM) or .xlsx, atomically; the suffix decides."""
    from desktop.services.spreadsheet import neutralise

    target = Path(path)
    safe = [[neutralise(c) if isinstance(c, str) else c for c in row] for row in [tab.headers, *tab.rows, tab.totals]]
    if target.suffix.lower() == ".csv":
        with atomic_write(target, "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(safe)
        return target
    _write_xlsx(tab, safe, target)
    return target


def _write_xlsx(tab: ReportTable, rows: list[list[Any]], target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from desktop.services.spreadsheet import xlsx_escape

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sijill"
    sheet.sheet_view.rightToLeft = tab.rtl
    for row in rows:
        sheet.append([xlsx_escape(c) if isinstance(c, str) else c for c in row])
    bold = Font(bold=True)
    for cell in (*sheet[1], *sheet[sheet.max_row]):
        cell.font = bold
    sheet.freeze_panes = "A2"
    for index in range(1, len(tab.headers) + 1):
        widest = max(len(as_text(row[index - 1])) if index - 1 < len(row) else 0 for row in rows)
        sheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, widest + 2))
    with atomic_path(target) as tmp:
        workbook.save(tmp)

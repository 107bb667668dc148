"""Activities to and from spreadsheets (CSV and Excel .xlsx), the way office staff work.

Export writes the columns of :data:`COLUMNS`; import reads them back in any order, checks
every row first and imports nothing unless every row is valid (all in one transaction).
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.domain.dates import PartialDate, PartialDateError
from desktop.domain.errors import SijillError, ValidationError
from desktop.domain.kinds import LABELS_AR, LABELS_EN, ActivityKind, ActivityStatus
from desktop.domain.messages import Message, N_
from desktop.files import atomic_path, atomic_write
from desktop.services import activities, tracking
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from desktop.text.digits import to_ascii_digits
from desktop.text.normalize import normalize_for_search

COLUMNS = (
    "uuid", "agreement", "kind", "title_ar", "title_en", "start", "end",
    "place", "country", "status", "participants", "notes",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FREE_TEXT = frozenset({"title_ar", "title_en", "place", "country", "notes"})
PAGE = 2000


# -- export -------------------------------------------------------------------------------
def neutralise(value: str) -> str:
    """Keep a spreadsheet from reading a cell as a formula (CSV/formula injection): a cell
    that starts like a formula gets a leading apostrophe. A cell that already starts with an
    apostrophe gets one too, so that import (which removes one) gives back what was stored."""
    return "'" + value if value.startswith(FORMULA_STARTS + ("'",)) else value


def _unneutralise(value: str) -> str:
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
        "" if a.participants is None else str(a.participants), a.notes,
    ]
    return [neutralise(v) for v in values]


def _all_activities(register: Register, flt: ActivityFilter) -> Iterator[r.Activity]:
    offset = 0
    while True:
        page = register.activities(flt, offset=offset, limit=PAGE)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


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
        except BaseException:
            from desktop.services.xlsx_streams import abandon

            abandon(sheet)  # a full disk: no "Exception ignored" tracebacks after the message
            raise
    else:
        raise SijillError(Message(N_("Unsupported file type {suffix}: use .csv or .xlsx."), {"suffix": target.suffix}))
    return target


def export_activities(register: Register, path: str | os.PathLike[str], flt: ActivityFilter = ActivityFilter()) -> int:
    """Write the activities matching ``flt`` to ``path``; returns how many were written."""
    if flt.agreement:
        register.agreement(flt.agreement)
    count = 0

    def rows() -> Iterator[list[str]]:
        nonlocal count
        for a in _all_activities(register, flt):
            count += 1
            yield activity_row(a)

    export_rows(path, COLUMNS, rows())
    return count


# -- import -------------------------------------------------------------------------------
@dataclass
class RowProblem:
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


@dataclass
class ImportReport:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    dry_run: bool = False
    changes: list[tuple[int, str, str]] = field(default_factory=list)  # (row, "added"/"updated", title)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def applied(self) -> bool:
        return self.ok and not self.dry_run

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "dry_run": self.dry_run, "applied": self.applied, "rows": self.rows,
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "errors": [vars(p) for p in self.errors], "warnings": [vars(p) for p in self.warnings],
        }


def _cell_text(value: Any, *, xlsx: bool = False) -> str:
    """A cell's text as it was exported: not stripped (free text keeps its spaces; the
    columns that are parsed are stripped where they are read)."""
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return _unneutralise(xlsx_unescape(value) if xlsx else value)
    return str(value)


XLSX_MAX_BYTES = 1 << 30  # what an .xlsx may inflate to: far beyond any register's export


def _refuse_a_zip_bomb(source: Path) -> None:
    """An .xlsx is a zip: refuse one that would inflate past XLSX_MAX_BYTES (the sizes its
    entries declare are also the most that zipfile will inflate them to)."""
    import zipfile

    with zipfile.ZipFile(source) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if total > XLSX_MAX_BYTES:
        raise SijillError(
            Message(N_("{path} would take {size} MB once unpacked; it was refused."), {"path": source, "size": total >> 20})
        )


def read_table(path: str | os.PathLike[str]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (row number, cells) of a CSV or .xlsx file; row numbers as the
    spreadsheet shows them (the header is row 1)."""
    source = Path(path)
    if not source.is_file():
        raise SijillError(Message(N_("No such file: {path}"), {"path": source}))
    suffix = source.suffix.lower()
    try:
        if suffix == ".csv":
            with source.open(encoding="utf-8-sig", newline="") as handle:
                rows = [(n, [_cell_text(c) for c in row]) for n, row in enumerate(csv.reader(handle), start=1)]
        elif suffix == ".xlsx":
            from openpyxl import load_workbook

            _refuse_a_zip_bomb(source)
            workbook = load_workbook(source, read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                rows = [
                    (n, [_cell_text(c, xlsx=True) for c in row])
                    for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)
                ]
            finally:
                workbook.close()
        else:
            raise SijillError(Message(N_("Unsupported file type {suffix}: use .csv or .xlsx."), {"suffix": source.suffix}))
    except SijillError:
        raise
    except UnicodeDecodeError as exc:
        raise SijillError(Message(N_("{path} is not UTF-8 text: save the CSV as UTF-8."), {"path": source})) from exc
    except Exception as exc:  # openpyxl/zipfile/csv errors on a broken file
        raise SijillError(Message(N_("Cannot read {path}: {error}"), {"path": source, "error": exc})) from exc
    rows = [(n, cells) for n, cells in rows if any(c.strip() for c in cells)]
    if not rows:
        raise SijillError(Message(N_("{path} is empty: a header row is needed."), {"path": source}))
    header = [normalize_for_search(h).replace(" ", "_") for h in rows[0][1]]
    return header, rows[1:]


@lru_cache(maxsize=None)
def _choice_names(enum_type: type[ActivityKind] | type[ActivityStatus]) -> list[tuple[Any, frozenset[str]]]:
    """Each member with the normalised spellings that name it (computed once, not per row)."""
    return [
        (member, frozenset(normalize_for_search(n) for n in (
            member.value, member.name, LABELS_EN.get(member, ""), LABELS_AR.get(member, ""))))
        for member in enum_type
    ]


def _choice(value: str, enum_type: type[ActivityKind] | type[ActivityStatus]) -> Any:
    wanted = normalize_for_search(value)
    for member, names in _choice_names(enum_type):
        if wanted in names:
            return member
    raise ValueError(value)


def _record_from_cells(cells: dict[str, str], default_agreement: str | None, problems: list[tuple[str, str]]) -> r.Activity:
    rec = r.Activity()
    rec.uuid = cells.get("uuid") or None
    agreement = cells.get("agreement") or ""
    if default_agreement and agreement and agreement != default_agreement:
        problems.append(("agreement", f"the row names {agreement}, the import is for {default_agreement}"))
    rec.agreement_uuid = agreement or default_agreement or ""
    if not rec.agreement_uuid:
        problems.append(("agreement", "no agreement: fill the column or pass --agreement"))
    rec.title_ar, rec.title_en = cells.get("title_ar", ""), cells.get("title_en", "")
    rec.place, rec.country, rec.notes = cells.get("place", ""), cells.get("country", ""), cells.get("notes", "")
    for name, enum_type, default in (("kind", ActivityKind, ActivityKind.OTHER), ("status", ActivityStatus, ActivityStatus.PLANNED)):
        text = cells.get(name, "")
        try:
            setattr(rec, name, _choice(text, enum_type) if text else default)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_type)
            problems.append((name, f"unknown {name} {text!r} (one of: {allowed})"))
    for name in ("start", "end"):
        try:
            setattr(rec, name, PartialDate.parse_optional(cells.get(name)))
        except PartialDateError:
            problems.append((name, f"not a date: {cells.get(name)!r} (YYYY, YYYY-MM or YYYY-MM-DD)"))
    participants = to_ascii_digits(cells.get("participants", "")).strip()
    if participants:
        if participants.isdigit():
            rec.participants = int(participants)
        else:
            problems.append(("participants", f"not a whole number: {participants!r}"))
    return rec


def _import_row(session: Session, rec: r.Activity) -> tuple[str, list[Any]]:
    """Save one row inside a savepoint; returns ("added"|"updated"|"unchanged", warnings)."""
    existing = None
    if rec.uuid:
        try:
            existing = activities.get_activity(session, rec.uuid)
        except SijillError as exc:
            raise SijillError(
                Message(N_("no activity with uuid {uuid} (leave uuid empty to add a new one)"), {"uuid": rec.uuid})
            ) from exc
    if existing is not None:
        rec.version = existing.version
        rec.objective_uuid = existing.objective_uuid
        rec.lead_organization_uuid = existing.lead_organization_uuid
        if _same(existing, rec):
            return "unchanged", []
    with session.begin_nested():
        saved = tracking.save(session, rec, action="import", source="spreadsheet")  # history, version ids
    return ("updated" if existing else "added"), saved.warnings


def _same(a: r.Activity, b: r.Activity) -> bool:
    names = ("kind", "title_ar", "title_en", "start", "end", "place", "country", "status", "participants", "notes")
    return all(getattr(a, n) == getattr(b, n) for n in names) and b.agreement_uuid in (a.agreement_uuid, a.agreement_reference)


def import_activities(
    register: Register, path: str | os.PathLike[str], *, agreement: str | None = None, dry_run: bool = False
) -> ImportReport:
    """Check every row, then import all of them or none. With ``dry_run`` nothing is kept."""
    header, rows = read_table(path)
    report = ImportReport(rows=len(rows), dry_run=dry_run)
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        report.errors.append(RowProblem(1, ", ".join(unknown), f"unknown column(s); expected: {', '.join(COLUMNS)}"))
    if "title_ar" not in header and "title_en" not in header:
        report.errors.append(RowProblem(1, "title_ar/title_en", "a title column is required"))
    if "agreement" not in header and not agreement:
        report.errors.append(RowProblem(1, "agreement", "an agreement column is required (or pass --agreement)"))
    if agreement:
        register.agreement(agreement)
    if report.errors:
        return report
    register._guard(_apply_rows, register, header, rows, agreement, report)  # database errors as StorageError
    return report


class _Rollback(Exception):
    pass


def _apply_rows(register: Register, header: list[str], rows: list[tuple[int, list[str]]], agreement: str | None, report: ImportReport) -> None:
    try:
        with register.database.transaction() as session:
            seen: dict[str, int] = {}
            for number, values in rows:
                cells = {name: values[i] if i < len(values) else "" for i, name in enumerate(header) if name}
                cells = {k: v if k in FREE_TEXT else v.strip() for k, v in cells.items()}
                problems: list[tuple[str, str]] = []
                rec = _record_from_cells(cells, agreement, problems)
                if rec.uuid and rec.uuid in seen:
                    problems.append(("uuid", f"the same activity is also on row {seen[rec.uuid]}"))
                if rec.uuid:
                    seen.setdefault(rec.uuid, number)
                if problems:
                    report.errors += [RowProblem(number, f, msg) for f, msg in problems]
                    continue
                _save_checked(session, rec, number, report)
            if report.errors or report.dry_run:
                raise _Rollback
    except _Rollback:
        pass


def _save_checked(session: Session, rec: r.Activity, number: int, report: ImportReport) -> None:
    try:
        outcome, warnings = _import_row(session, rec)
    except ValidationError as exc:
        report.errors += [RowProblem(number, p.field, p.message.render()) for p in exc.problems]
        return
    except SijillError as exc:
        report.errors.append(RowProblem(number, "uuid" if rec.uuid else "agreement", exc.message.render()))
        return
    setattr(report, outcome, getattr(report, outcome) + 1)
    if outcome != "unchanged":
        report.changes.append((number, outcome, rec.display_title("en")))
    report.warnings += [RowProblem(number, w.field, w.message.render()) for w in warnings]

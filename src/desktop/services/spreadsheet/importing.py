"""``import_activities``: read the file, check every row, then apply all of it or nothing,
in one transaction (a cancel, an error or a dry run leaves the register as it was)."""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.register import Register
from desktop.services.spreadsheet import applying, updating
from desktop.services.spreadsheet.checking import Known, Planned, plan_new, plan_update
from desktop.services.spreadsheet.fields import Column, column_for
from desktop.services.spreadsheet.reading import ROW_LIMIT, Table, read_table
from desktop.services.spreadsheet.report import WARNING, Change, ImportReport, RowProblem
from desktop.services.spreadsheet.rows import parse_row, problem

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
TICK = 250


class ImportCancelled(SijillError):
    def __init__(self) -> None:
        super().__init__(Message(N_("The import was cancelled; nothing was changed.")))


def header_signature(header: list[str]) -> str:
    """The same for every file with these headers (the preview keeps column choices by it)."""
    return hashlib.sha256("\x1f".join(header).encode("utf-8")).hexdigest()[:16]


@dataclass
class _Job:
    table: Table
    columns: list[Column]
    report: ImportReport
    agreement: str | None
    progress: Progress
    cancel: Cancel
    adds: list[Planned] = field(default_factory=list)
    updates: list[Planned] = field(default_factory=list)
    known: Known | None = None

    def tick(self, done: int, total: int) -> None:
        if done % TICK == 0 or done == total:
            if self.cancel():
                raise ImportCancelled
            self.progress(done, total)


def import_activities(
    register: Register, path: str | os.PathLike[str], *, agreement: str | None = None, dry_run: bool = False,
    force: bool = False, mapping: dict[str, str] | None = None, mappings: Mapping[str, dict[str, str]] | None = None,
    progress: Progress | None = None, cancel: Cancel | None = None, row_limit: int = ROW_LIMIT,
) -> ImportReport:
    """Check every row, then import all of them or none (``dry_run``: only check).

    ``mapping`` gives the field of headers the import does not know ({header: field, or ""
    to ignore the column}); without it, ``mappings`` is looked up by the file's
    :func:`header_signature` (choices kept from an earlier file with the same headers)."""
    table = read_table(path, row_limit)
    signature = header_signature(table.header)
    report = ImportReport(rows=len(table.rows), dry_run=dry_run, forced=force, encoding=table.encoding,
                          separator=table.separator, header_signature=signature)
    if mapping is None and mappings:
        mapping = mappings.get(signature)
    columns = [column_for(i, h, mapping) for i, h in enumerate(table.header)]
    _check_header(columns, report)
    _check_merged(table, columns, report)
    if agreement:
        register.agreement(agreement)
    if not report.errors:
        job = _Job(table, columns, report, agreement, progress or (lambda _d, _t: None), cancel or (lambda: False))
        register._guard(_run, register, job)
    report.problems.sort(key=lambda p: p.row)
    return report


def _check_header(columns: list[Column], report: ImportReport) -> None:
    seen: dict[str, str] = {}
    for column in columns:
        if column.field is None and column.header:
            report.unknown_headers.append(column.header)
            report.problems.append(problem(1, "", "unknown_column", N_("Unknown column {header}: choose its field or ignore it."), header=column.header))
        elif column.field and column.field in seen:
            report.problems.append(problem(1, column.field, "duplicate_column", N_("Two columns give the same field: {first} and {second}."),
                                           first=seen[column.field], second=column.header))
        elif column.field:
            seen[column.field] = column.header
    report.has_version = "version" in seen
    if not report.has_version:
        report.problems.append(problem(1, "", "no_version", N_("The file has no version column: its rows are applied over any change made in the register since it was exported."), WARNING))


def _check_merged(table: Table, columns: list[Column], report: ImportReport) -> None:
    names = {c.index: c.field or "" for c in columns}
    for row, index in sorted(set(table.merged)):
        report.problems.append(problem(row, names.get(index, ""), "merged_cells", N_("Merged cells: unmerge them in the spreadsheet (every row needs its own values).")))
    if table.merged:
        first: dict[int, RowProblem] = {}
        for p in report.problems:
            if p.code == "merged_cells":
                first.setdefault(p.row, p)
        report.problems = [p for p in report.problems if p.code != "merged_cells"] + list(first.values())


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of short-lived row objects are
    made (each full collection would walk them all again: the import would grow faster than
    its rows); the import makes no cycles worth collecting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run(register: Register, job: _Job) -> None:
    with _collector_paused(), register.database.transaction() as session:
        _check_rows(session, job)
        if job.report.errors or job.report.dry_run:
            return
        _apply(session, job)


def _check_rows(session: Session, job: _Job) -> None:
    report, xlsx = job.report, job.table.encoding == "xlsx"
    uuid_column = next((c for c in job.columns if c.field == "uuid"), None)
    uuids = [str(raw[uuid_column.index]).strip() for _n, raw in job.table.rows
             if uuid_column and uuid_column.index < len(raw) and raw[uuid_column.index]] if uuid_column else []
    known = job.known = Known(session, uuids)
    seen: dict[str, int] = {}
    total = len(job.table.rows)
    for done, (number, raw) in enumerate(job.table.rows, start=1):
        problems: list[RowProblem] = []
        values = parse_row(number, raw, job.columns, xlsx, problems)
        plan = _plan_row(number, values, known, seen, job, problems) if not problems else None
        report.problems += problems
        if plan is not None:
            (job.updates if plan.existing else job.adds).append(plan)
            report.problems += plan.warnings
            report.changes.append(Change(number, "updated" if plan.existing else "added", plan.record.display_title("ar"),
                                         plan.fields, plan.cleared))
        elif not problems:
            report.unchanged += 1
        job.tick(done, total)
    report.added, report.updated = len(job.adds), len(job.updates)


def _plan_row(number: int, values: dict[str, object], known: Known, seen: dict[str, int], job: _Job,
              problems: list[RowProblem]) -> Planned | None:
    uuid = str(values.get("uuid") or "")
    if not uuid:
        return plan_new(number, values, job.agreement, known, problems)
    if uuid in seen:
        problems.append(problem(number, "uuid", "duplicate_uuid", N_("The same activity is also on row {row}."), row=seen[uuid]))
        return None
    seen[uuid] = number
    existing = known.existing.get(uuid)
    if existing is None:
        problems.append(problem(number, "uuid", "unknown_uuid", N_("No activity with id {uuid} (leave the id empty to add a new activity)."), uuid=uuid))
        return None
    return plan_update(number, values, existing, job.agreement, known, problems, force=job.report.forced)


def _apply(session: Session, job: _Job) -> None:
    total = len(job.adds) + len(job.updates)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if job.cancel():
            raise ImportCancelled
        job.progress(done, total)

    assert job.known is not None
    applying.add_all(session, job.adds, job.known.agreements, step)
    updating.update_all(session, job.updates, step)


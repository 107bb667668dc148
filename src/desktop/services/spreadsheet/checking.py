"""Checking every row against the register, in memory: what each row adds or changes.

A row with a ``uuid`` changes exactly the columns the file carries (an empty cell clears
its field); columns absent from the file are left alone. When the file carries ``version``
and the record changed since that version (read back from its history), fields the file
did not change are left alone and a field changed on both sides is a conflict: the row is
not applied (unless forced, which applies the file's values)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.messages import N_
from desktop.services import activities, indicators, validation
from desktop.services import serialize as ser
from desktop.domain.indicators import IndicatorValue
from desktop.services.spreadsheet.fields import INDICATOR
from desktop.services.spreadsheet.report import CONFLICT, WARNING, RowProblem
from desktop.services.spreadsheet.rows import DEFAULTS, problem
from desktop.store import models as m

Tick = Callable[[int], None]
IN_CHUNK = 500
_DATA_KEY = {"agreement": "agreement_uuid"}


@dataclass(frozen=True)
class AgreementInfo:
    id: int
    uuid: str
    reference: str
    period_start: PartialDate | None
    period_end: PartialDate | None


@dataclass
class Planned:
    """A row that changes the register: the record to write (``existing`` None: a new one)."""

    row: int
    record: r.Activity
    existing: r.Activity | None = None
    fields: list[str] = field(default_factory=list)
    cleared: list[str] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)


class Known:
    """What the check reads from the register, once: agreements and the activities the file names."""

    def __init__(self, session: Session, uuids: list[str]) -> None:
        self.agreements: dict[str, AgreementInfo] = {}
        query = select(m.AgreementRow.id, m.AgreementRow.uuid, m.AgreementRow.reference, m.AgreementRow.period_start, m.AgreementRow.period_end)
        for row in session.execute(query):
            info = AgreementInfo(*row)
            self.agreements[info.uuid] = self.agreements[info.reference] = info
        self.existing: dict[str, r.Activity] = {}
        wanted = sorted(set(uuids))
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start:start + IN_CHUNK]
            self.existing.update((a.uuid or "", a) for a in _by_uuid(session, chunk))
        self.session = session
        self._indicators: dict[str | None, set[str]] = {}

    def indicators_of(self, objective_uuid: str | None) -> set[str]:
        """The indicators an activity of this objective may report values for."""
        if objective_uuid not in self._indicators:
            query = (select(m.IndicatorRow.uuid).join(m.ObjectiveRow, m.ObjectiveRow.id == m.IndicatorRow.objective_id)
                     .where(m.ObjectiveRow.uuid == objective_uuid))
            self._indicators[objective_uuid] = set(self.session.scalars(query)) if objective_uuid else set()
        return self._indicators[objective_uuid]

    def base_at(self, rec: r.Activity, version: int) -> tuple[dict[str, Any] | None, str]:
        """The record's data as it was at ``version`` (None when its history cannot say),
        and who changed it last."""
        steps = rec.version - version
        rows = list(self.session.execute(
            select(m.HistoryRow.changes, m.HistoryRow.changed_by).where(m.HistoryRow.record_uuid == rec.uuid)
            .order_by(m.HistoryRow.id.desc()).limit(max(steps, 1))
        ))
        who = rows[0][1] if rows else ""
        if steps <= 0 or len(rows) < steps:
            return None, who
        data = ser.to_data(rec)
        for changes, _who in rows:
            for name, (old, _new) in json.loads(changes or "{}").items():
                data[name] = old
        return data, who


def _by_uuid(session: Session, uuids: list[str]) -> list[r.Activity]:
    """The activities with these ids, read as the lists read them (plain columns)."""
    a = activities
    query = (
        select(*a._LIST_COLUMNS).join(m.ActivityRow.agreement)
        .outerjoin(a._OBJECTIVE, a._OBJECTIVE.id == m.ActivityRow.objective_id)
        .outerjoin(a._LEAD, a._LEAD.id == m.ActivityRow.lead_organization_id)
        .where(m.ActivityRow.uuid.in_(uuids))
    )
    found = [a._listed(row) for row in session.execute(query)]
    indicators.attach_values(session, found)  # the whole record: its digest is the stored one
    return found


def _new_record(values: dict[str, Any], agreement: AgreementInfo) -> r.Activity:
    fields = {k: v for k, v in values.items() if k in DEFAULTS}
    return r.Activity(**{**DEFAULTS, **fields}, agreement_uuid=agreement.uuid, agreement_reference=agreement.reference)


def _agreement(number: int, values: dict[str, Any], default: str | None, known: Known, problems: list[RowProblem], *, required: bool) -> AgreementInfo | None:
    named = values.get("agreement") or ""
    if default and named and known.agreements.get(named) is not known.agreements.get(default):
        problems.append(problem(number, "agreement", "other_agreement", N_("The row names {named}; this import is for {default}."), named=named, default=default))
        return None
    key = named or default or ""
    if not key:
        if required:
            problems.append(problem(number, "agreement", "no_agreement", N_("No agreement: fill in the column, or choose the agreement to import into.")))
        return None
    found = known.agreements.get(key)
    if found is None:
        problems.append(problem(number, "agreement", "unknown_agreement", N_("No agreement with reference or id {key}."), key=key))
    return found


def _validate(number: int, rec: r.Activity, agreement: AgreementInfo, problems: list[RowProblem]) -> list[RowProblem]:
    """Errors go to ``problems``; the warnings are returned (shown only if the row applies)."""
    found = validation.activity(rec) + validation.within_period(rec, agreement.period_start, agreement.period_end)
    problems += [RowProblem(number, p.field, "invalid", p.message) for p in found if not p.warning]
    return [RowProblem(number, p.field, "outside_period", p.message, WARNING) for p in found if p.warning]


def plan_new(number: int, values: dict[str, Any], default: str | None, known: Known, problems: list[RowProblem]) -> Planned | None:
    agreement = _agreement(number, values, default, known, problems, required=True)
    if agreement is None:
        return None
    rec = _new_record(values, agreement)
    before = len(problems)
    for name, value in values.items():
        if name.startswith(INDICATOR) and value is not None:
            problems.append(problem(number, name, "indicator_without_objective", N_(
                "A new activity has no objective yet, so it cannot report an indicator's value: add it, choose its objective, then import the values.")))
            break
    warnings = _validate(number, rec, agreement, problems)
    return Planned(number, rec, warnings=warnings) if len(problems) == before else None


def plan_update(number: int, values: dict[str, Any], existing: r.Activity, default: str | None, known: Known,
                problems: list[RowProblem], *, force: bool) -> Planned | None:
    """None when the row changes nothing, cannot apply (problems) or is left for a conflict."""
    agreement = _agreement(number, values, default, known, problems, required=False)
    named = values.get("agreement") and agreement
    if values.get("agreement") and agreement is None:
        return None
    wanted = {k: v for k, v in values.items() if k in DEFAULTS}
    if named and agreement is not None:
        wanted["agreement"] = agreement.uuid
    reported = _indicator_values(number, values, existing, known, problems)
    if reported is None:
        return None
    if reported != existing.indicator_values:
        wanted["indicator_values"] = reported
    exported = values.get("version")
    if exported and exported != existing.version:
        kept = _guard(number, wanted, existing, exported, known, problems, force=force)
        if kept is None:
            return None
        wanted = kept
    rec = _merged(existing, wanted, agreement if named else None)
    before, after = ser.to_data(existing), ser.to_data(rec)
    changed = [k for k in wanted if before.get(_DATA_KEY.get(k, k)) != after.get(_DATA_KEY.get(k, k))]
    if not changed:
        return None
    cleared = [k for k in changed if wanted[k] in ("", None, [])]
    info = agreement if named and agreement else known.agreements.get(existing.agreement_uuid)
    count = len(problems)
    warnings = _validate(number, rec, info, problems) if info else []
    return Planned(number, rec, existing, changed, cleared, warnings) if len(problems) == count else None


def _indicator_values(number: int, values: dict[str, Any], existing: r.Activity, known: Known,
                      problems: list[RowProblem]) -> list[IndicatorValue] | None:
    """The activity's reported values with the row's indicator columns applied (an empty cell
    clears that indicator's value); None when a column names an indicator the activity's
    objective does not have."""
    current = {v.indicator_uuid: v.value for v in existing.indicator_values}
    allowed = known.indicators_of(existing.objective_uuid)
    for name, value in values.items():
        if not name.startswith(INDICATOR):
            continue
        uuid = name[len(INDICATOR):]
        if value is None:
            current.pop(uuid, None)
        elif uuid not in allowed:
            problems.append(problem(number, name, "indicator_not_of_objective", N_(
                "The activity's objective has no indicator {uuid}: its value cannot be reported here."), uuid=uuid))
            return None
        else:
            current[uuid] = float(value)
    order = [v.indicator_uuid for v in existing.indicator_values]
    return sorted((IndicatorValue(u, v) for u, v in current.items()), key=lambda v: (
        order.index(v.indicator_uuid) if v.indicator_uuid in order else len(order), v.indicator_uuid))


def _merged(existing: r.Activity, wanted: dict[str, Any], agreement: AgreementInfo | None) -> r.Activity:
    fields = {k: v for k, v in wanted.items() if k in DEFAULTS or k == "indicator_values"}
    rec = dataclasses.replace(existing, **fields)
    if agreement is not None:
        rec.agreement_uuid, rec.agreement_reference = agreement.uuid, agreement.reference
    return rec


def _guard(number: int, wanted: dict[str, Any], existing: r.Activity, exported: int, known: Known,
           problems: list[RowProblem], *, force: bool) -> dict[str, Any] | None:
    """The fields of a stale row to apply: those the file changed since ``exported``;
    None when a field changed on both sides (and not ``force``)."""
    base, who = known.base_at(existing, exported)
    current = ser.to_data(existing)
    mine = ser.to_data(_merged(existing, {k: v for k, v in wanted.items() if k != "agreement"}, None))
    if "agreement" in wanted:
        mine["agreement_uuid"] = wanted["agreement"]
    keep: dict[str, Any] = {}
    clashes: list[RowProblem] = []
    for name, value in wanted.items():
        key = _DATA_KEY.get(name, name)
        file_changed = base is None or mine.get(key) != base.get(key)
        if not file_changed or mine.get(key) == current.get(key):
            continue
        keep[name] = value
        if base is None or current.get(key) != base.get(key):
            clashes.append(problem(
                number, name, "changed_since_export",
                N_("Changed in the register since this file was exported (version {exported}, now {version}, last by {who}): the file says {file}, the register {register}."),
                CONFLICT, exported=exported, version=existing.version, who=who or "?",
                file=_shown(mine.get(key)), register=_shown(current.get(key)),
            ))
    problems += clashes
    if clashes and not force:
        return None
    return keep


def _shown(value: Any) -> str:
    return "—" if value in (None, "") else str(value)

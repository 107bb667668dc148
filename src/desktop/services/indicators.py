"""Indicators: saved with their objective's agreement, values saved with activities, and
what each has achieved counted by the database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain import indicators as ind
from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.errors import FieldProblem
from desktop.domain.kinds import ActivityStatus
from desktop.domain.messages import Message, N_
from desktop.store import models as m

def sync(objective: m.ObjectiveRow, indicators: list[ind.Indicator]) -> None:
    """Make an objective's indicator rows match ``indicators`` (kept by uuid, in order)."""
    existing = {row.uuid: row for row in objective.indicators}
    rows = []
    for position, indicator in enumerate(indicators):
        row = existing.pop(indicator.uuid, None) if indicator.uuid else None
        if row is None:
            row = m.IndicatorRow(uuid=indicator.uuid) if indicator.uuid else m.IndicatorRow()
        row.position = position
        row.name_ar, row.name_en, row.unit = indicator.name_ar, indicator.name_en, indicator.unit
        row.baseline, row.target = float(indicator.baseline), float(indicator.target)
        row.direction, row.method = indicator.direction, indicator.method
        row.kinds = ",".join(k.value for k in indicator.kinds)
        row.entries = [
            m.IndicatorEntryRow(position=n, period=e.period, value=float(e.value)) for n, e in enumerate(indicator.entries)
        ]
        rows.append(row)
    objective.indicators = rows


def sync_values(session: Session, activity: m.ActivityRow, values: list[ind.IndicatorValue]) -> list[FieldProblem]:
    """Make an activity's reported values match ``values``; each must name an indicator of
    the activity's objective. Returns the problems (nothing is changed when there are any)."""
    allowed: dict[str, m.IndicatorRow] = {}
    if activity.objective is not None:
        allowed = {row.uuid: row for row in activity.objective.indicators}
    found: list[FieldProblem] = []
    seen: set[str] = set()
    for value in values:
        if value.indicator_uuid not in allowed:
            found.append(FieldProblem("indicator_values", Message(N_("A value is reported for an indicator that is not one of the activity's objective."))))
        elif value.indicator_uuid in seen:
            found.append(FieldProblem("indicator_values", Message(N_("The same indicator has two values."))))
        seen.add(value.indicator_uuid)
    if found:
        return found
    by_indicator = {v.indicator.uuid: v for v in activity.indicator_values}
    rows = []
    for value in values:
        row = by_indicator.get(value.indicator_uuid) or m.ActivityIndicatorValueRow(indicator=allowed[value.indicator_uuid])
        row.value = float(value.value)
        rows.append(row)
    activity.indicator_values = rows
    return []


def attach_values(session: Session, activities: list[r.Activity]) -> None:
    """Fill in the values listed activities reported (one query per 500; none at all while no
    activity of the register reported any)."""
    if not activities or session.scalar(select(m.ActivityIndicatorValueRow.id).limit(1)) is None:
        return
    by_uuid = {a.uuid: a for a in activities}
    uuids = list(by_uuid)
    for start in range(0, len(uuids), 500):
        query = (
            select(m.ActivityRow.uuid, m.IndicatorRow.uuid, m.ActivityIndicatorValueRow.value)
            .join(m.ActivityRow, m.ActivityRow.id == m.ActivityIndicatorValueRow.activity_id)
            .join(m.IndicatorRow, m.IndicatorRow.id == m.ActivityIndicatorValueRow.indicator_id)
            .where(m.ActivityRow.uuid.in_(uuids[start:start + 500]))
            .order_by(m.ActivityIndicatorValueRow.id)
        )
        for activity_uuid, indicator_uuid, value in session.execute(query):
            by_uuid[activity_uuid].indicator_values.append(ind.IndicatorValue(indicator_uuid, value))


@dataclass(frozen=True)
class Period:
    """Activities whose start lies within start..end (both optional, inclusive)."""

    start: PartialDate | None = None
    end: PartialDate | None = None


def reported_totals(session: Session, indicators: list[m.IndicatorRow], period: Period = Period()) -> dict[int, float]:
    """What was reported for each indicator row (by row id): sums and counts in SQL, entries
    by hand added up in Python."""
    totals: dict[int, float] = {row.id: 0.0 for row in indicators}
    for row in indicators:
        if row.method is ind.Method.MANUAL:
            totals[row.id] = ind.manual_total(_domain(row), period.start, period.end)
    done = m.ActivityRow.status == ActivityStatus.COMPLETED
    ids = {row.objective_id for row in indicators}
    if not ids:
        return totals
    window = within(period)
    participants = dict(
        session.execute(
            select(m.ActivityRow.objective_id, func.coalesce(func.sum(m.ActivityRow.participants), 0))
            .where(done, m.ActivityRow.objective_id.in_(ids), *window)
            .group_by(m.ActivityRow.objective_id)
        ).all()
    )
    counts = session.execute(
        select(m.ActivityRow.objective_id, m.ActivityRow.kind, func.count(m.ActivityRow.id))
        .where(done, m.ActivityRow.objective_id.in_(ids), *window)
        .group_by(m.ActivityRow.objective_id, m.ActivityRow.kind)
    )
    by_kind: dict[int, dict[str, int]] = {}
    for objective_id, kind, count in counts:
        if objective_id is not None:
            by_kind.setdefault(objective_id, {})[str(kind)] = count
    reported = dict(
        session.execute(
            select(m.ActivityIndicatorValueRow.indicator_id, func.sum(m.ActivityIndicatorValueRow.value))
            .join(m.ActivityRow, m.ActivityRow.id == m.ActivityIndicatorValueRow.activity_id)
            .where(done, m.ActivityIndicatorValueRow.indicator_id.in_(totals), *window)
            .group_by(m.ActivityIndicatorValueRow.indicator_id)
        ).all()
    )
    for row in indicators:
        if row.method is ind.Method.PARTICIPANTS:
            totals[row.id] = float(participants.get(row.objective_id) or 0)
        elif row.method is ind.Method.REPORTED:
            totals[row.id] = float(reported.get(row.id) or 0)
        elif row.method is ind.Method.COUNT:
            kinds = [k for k in row.kinds.split(",") if k]
            counted = by_kind.get(row.objective_id, {})
            totals[row.id] = float(sum(n for k, n in counted.items() if not kinds or k in kinds))
    return totals


def within(period: Period) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if period.start is not None:
        clauses.append(m.ActivityRow.start >= period.start)
    if period.end is not None:  # "2024" takes every date in 2024: compare as text up to "2024~"
        clauses.append(type_coerce(m.ActivityRow.start, String()) <= period.end.isoformat() + "~")
    return clauses


def _domain(row: m.IndicatorRow) -> ind.Indicator:
    from desktop.services import convert

    return convert.indicator(row)


@dataclass(frozen=True)
class Progress:
    """An indicator with what it has achieved: the values `show --json`, the Dashboard and
    the summary print."""

    indicator: ind.Indicator
    objective_uuid: str
    reported: float
    achieved: float
    progress: float


def plan_progress(session: Session, agreement_id: int, period: Period = Period()) -> list[Progress]:
    """Every indicator of a plan's objectives, in objective then indicator order."""
    rows = list(
        session.scalars(
            select(m.IndicatorRow)
            .join(m.ObjectiveRow, m.ObjectiveRow.id == m.IndicatorRow.objective_id)
            .where(m.ObjectiveRow.agreement_id == agreement_id)
            .order_by(m.ObjectiveRow.position, m.IndicatorRow.position)
        )
    )
    objectives = dict(session.execute(select(m.ObjectiveRow.id, m.ObjectiveRow.uuid).where(m.ObjectiveRow.agreement_id == agreement_id)).all())
    totals = reported_totals(session, rows, period)
    result = []
    for row in rows:
        indicator = _domain(row)
        level = ind.achieved(indicator, totals[row.id])
        result.append(Progress(indicator, objectives[row.objective_id], totals[row.id], level, ind.progress(indicator, level)))
    return result


def progress_of(session: Session, key: str, period: Period = Period()) -> list[Progress]:
    """:func:`plan_progress` of the agreement with UUID or reference ``key``."""
    from desktop.services.agreements import agreement_id

    return plan_progress(session, agreement_id(session, key), period)


def reported_columns(session: Session, agreement: str | None = None) -> list[str]:
    """The indicators an activities spreadsheet carries a column for (``indicator:<uuid>``):
    those that count reported values, and any other an activity holds a value for - of one
    agreement (reference or UUID) or of all, in plan, objective and indicator order."""
    held = select(m.ActivityIndicatorValueRow.indicator_id)
    query = (
        select(m.IndicatorRow.uuid)
        .join(m.ObjectiveRow, m.ObjectiveRow.id == m.IndicatorRow.objective_id)
        .join(m.AgreementRow, m.AgreementRow.id == m.ObjectiveRow.agreement_id)
        .where((m.IndicatorRow.method == ind.Method.REPORTED) | m.IndicatorRow.id.in_(held))
        .order_by(m.AgreementRow.reference, m.ObjectiveRow.position, m.IndicatorRow.position)
    )
    if agreement:
        query = query.where((m.AgreementRow.reference == agreement) | (m.AgreementRow.uuid == agreement))
    return list(session.scalars(query))

"""The Dashboard's figures for one plan, aggregated by the database (no activity is loaded
except the first overdue ones): counts by status, kind, month of start, lead organisation and
country, and the overdue planned activities. One session, so every figure is of one moment.
Every aggregate reads only the covering index ``ix_activity_plan_figures`` (migration 0005)."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services import activities
from desktop.services.common import row_by_uuid
from desktop.store import models as m

#: overdue activities listed at most (the Dashboard shows how many there are in all)
OVERDUE_SHOWN = 50


@dataclass(frozen=True)
class Lead:
    key: str  # organisation UUID ("" = no lead)
    name_ar: str
    name_en: str
    activities: int
    participants: int


@dataclass
class PlanFigures:
    by_status: dict[ActivityStatus, int] = field(default_factory=dict)
    by_kind: dict[ActivityKind, int] = field(default_factory=dict)
    #: (year, month, status) -> activities starting that month; year-only starts are undated
    by_month: dict[tuple[int, int, ActivityStatus], int] = field(default_factory=dict)
    no_month: int = 0
    leads: list[Lead] = field(default_factory=list)  # with activities, then parties without
    by_country: dict[str, tuple[int, int]] = field(default_factory=dict)  # country -> (activities, participants)
    overdue: list[r.Activity] = field(default_factory=list)
    overdue_total: int = 0


def _of_plan(query: Select, agreement_id: int) -> Select:  # type: ignore[type-arg]
    return query.where(m.ActivityRow.agreement_id == agreement_id)


def overdue_condition(today: _dt.date) -> ColumnElement[bool]:
    """Planned, and the last day its (partial) start may denote is before ``today``: a year
    before this year, a month before this month, a day before today (ISO text compares)."""
    start = m.ActivityRow.start
    length = func.length(start)
    return and_(
        m.ActivityRow.status == ActivityStatus.PLANNED,
        or_(
            and_(length == 4, start < PartialDate.parse(f"{today.year:04d}")),
            and_(length == 7, start < PartialDate.parse(f"{today.year:04d}-{today.month:02d}")),
            and_(length == 10, start < PartialDate.from_date(today)),
        ),
    )


def plan_figures(session: Session, agreement_uuid: str, today: _dt.date, parties: tuple[str, ...] = ()) -> PlanFigures:
    """``parties``: organisation UUIDs listed (as leads with no activity) even without activities."""
    agreement = row_by_uuid(session, m.AgreementRow, agreement_uuid, "agreement")
    plan = agreement.id
    a = m.ActivityRow
    figures = PlanFigures()
    month = func.substr(a.start, literal_column("1"), literal_column("7"))  # one expression for PostgreSQL's GROUP BY
    grouped = select(a.status, a.kind, month, func.count()).group_by(a.status, a.kind, month)
    for status, kind, month, n in session.execute(_of_plan(grouped, plan)):
        figures.by_status[status] = figures.by_status.get(status, 0) + n
        figures.by_kind[kind] = figures.by_kind.get(kind, 0) + n
        if month is None or len(month) < 7:
            figures.no_month += n
        else:
            key = (int(month[:4]), int(month[5:7]), status)
            figures.by_month[key] = figures.by_month.get(key, 0) + n
    figures.leads = _leads(session, plan, list(parties))
    country = func.trim(a.country)
    per_country = select(country, func.count(), func.coalesce(func.sum(a.participants), 0)).group_by(country)
    figures.by_country = {c or "": (n, int(p)) for c, n, p in session.execute(_of_plan(per_country, plan))}
    late = _of_plan(select(func.count()).select_from(a), plan).where(overdue_condition(today))
    figures.overdue_total = session.scalar(late) or 0
    if figures.overdue_total:
        figures.overdue = _overdue(session, plan, today)
    return figures


def _leads(session: Session, plan: int, parties: list[str]) -> list[Lead]:
    """Counted by lead id from the plan index alone; the leads' names read after, by id."""
    a, o = m.ActivityRow, m.OrganizationRow
    query = select(a.lead_organization_id, func.count(), func.coalesce(func.sum(a.participants), 0)).group_by(
        a.lead_organization_id)
    counts = {lead: (n, int(p)) for lead, n, p in session.execute(_of_plan(query, plan))}
    ids = [i for i in counts if i is not None]
    names = select(o.id, o.uuid, o.acronym, o.name_ar, o.name_en).where(or_(o.id.in_(ids), o.uuid.in_(parties)))
    leads = []
    for row_id, uuid, acronym, name_ar, name_en in session.execute(names):
        n, people = counts.get(row_id, (0, 0))
        leads.append(Lead(uuid, acronym or name_ar, acronym or name_en, n, people))
    if None in counts:
        leads.append(Lead("", "", "", *counts[None]))
    return leads


def _overdue(session: Session, plan: int, today: _dt.date) -> list[r.Activity]:
    a = m.ActivityRow
    query = (
        select(*activities.LIST_COLUMNS)
        .join(a.agreement)
        .outerjoin(activities.OBJECTIVE, activities.OBJECTIVE.id == a.objective_id)
        .outerjoin(activities.LEAD, activities.LEAD.id == a.lead_organization_id)
        .where(a.agreement_id == plan, overdue_condition(today))
        .order_by(a.start, a.title_en, a.title_ar, a.id)
        .limit(OVERDUE_SHOWN)
    )
    return [activities.listed(row) for row in session.execute(query)]


def count_by_quarter(by_month: dict[tuple[int, int, ActivityStatus], int]) -> dict[tuple[int, int], Counter[ActivityStatus]]:
    counts: dict[tuple[int, int], Counter[ActivityStatus]] = {}
    for (year, month, status), n in by_month.items():
        counts.setdefault((year, (month - 1) // 3 + 1), Counter())[status] += n
    return counts

"""The annual report's values: every plan that ran during a year (its period overlaps the
year, or it has activities starting in it), with its indicators as they stood at the year's
end and the activities of the year - read in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.kinds import ActivityStatus
from desktop.services import activities, agreements, indicators
from desktop.services.activities import ActivityFilter
from desktop.store import models as m


@dataclass(frozen=True)
class PlanYear:
    agreement: r.Agreement
    parties: list[r.Organization]
    progress: list[indicators.Progress]  # cumulative to the end of the year
    activities: list[r.Activity]  # starting in the year, by start

    def count(self, status: ActivityStatus) -> int:
        return sum(1 for a in self.activities if a.status is status)


@dataclass(frozen=True)
class AnnualData:
    year: int
    plans: list[PlanYear]


def _runs_in(agreement: r.Agreement, year: int) -> bool:
    start, end = agreement.period_start, agreement.period_end
    if start is None and end is None:
        return False
    first = start.first_day().year if start else -10**6
    last = end.last_day().year if end else 10**6
    return first <= year <= last


def annual_data(session: Session, year: int) -> AnnualData:
    plans = []
    organizations = {row.uuid: row for row in session.scalars(select(m.OrganizationRow))}
    for summary in agreements.list_agreements(session):
        assert summary.uuid is not None
        of_year = activities.list_activities(session, ActivityFilter(agreement=summary.uuid, year=year))
        if not of_year and not _runs_in(summary, year):
            continue
        agreement = agreements.get_agreement(session, summary.uuid)
        period = indicators.Period(None, PartialDate(year))
        parties = [convert_organization(organizations[u]) for u in agreement.parties if u in organizations]
        plans.append(PlanYear(agreement, parties, indicators.progress_of(session, summary.uuid, period), of_year))
    plans.sort(key=lambda p: p.agreement.reference)
    return AnnualData(year, plans)


def convert_organization(row: m.OrganizationRow) -> r.Organization:
    from desktop.services import convert

    return convert.organization(row)

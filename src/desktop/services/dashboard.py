"""The numbers behind the dashboard and the timeline (no Qt): computed from the register,
for one agreement, as of a given day (``today`` is a parameter so results are testable).

Definitions, stated once:

* **Period** of an agreement: ``period_start.first_day()`` .. ``period_end.last_day()``,
  both inclusive (a plan "2022-2025" runs 2022-01-01 .. 2025-12-31, 1461 days).
* **Time elapsed**: the days of the period before ``today`` over the period's days,
  clamped to 0..1 (``None`` when either end of the period is unknown).
* **Done**: activities with status *completed* over all the agreement's activities
  (cancelled ones included, so a plan with cancellations never shows 100 %).
* **Overdue**: an activity still *planned* whose start date is certainly past: the last day
  its (partial) date may denote is before ``today`` (``2025-10`` is overdue from 2025-11-01,
  ``2025`` only from 2026-01-01). Activities without a start date are never overdue.
* **Quarter** of an activity: from its start date; a start known only to the year has no
  quarter and is counted in ``Dashboard.undated_quarter``.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.domain import records as r
from desktop.domain.dates import PartialDate, Precision
from desktop.domain.errors import SijillError
from desktop.domain.kinds import ActivityKind, ActivityStatus, AgreementStatus
from desktop.services.activities import ActivityFilter
from desktop.services.plan_figures import Lead, count_by_quarter
from desktop.services.register import Register

PAGE = 500


# -- the dashboard ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Progress:
    """How far along an agreement is: time elapsed against activities completed."""

    start: _dt.date | None
    end: _dt.date | None
    today: _dt.date
    total_days: int | None
    elapsed_days: int | None
    total: int
    completed: int

    @property
    def time_fraction(self) -> float | None:
        if not self.total_days or self.elapsed_days is None:
            return None
        return self.elapsed_days / self.total_days

    @property
    def done_fraction(self) -> float:
        return self.completed / self.total if self.total else 0.0


@dataclass(frozen=True)
class QuarterCount:
    year: int
    quarter: int  # 1..4
    by_status: dict[ActivityStatus, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def first_day(self) -> _dt.date:
        return _dt.date(self.year, 3 * self.quarter - 2, 1)


@dataclass(frozen=True)
class Total:
    """Activities (and their participants) under one lead organisation or in one country."""

    key: str  # organisation UUID, or the country text ("" = none, e.g. online)
    label_ar: str
    label_en: str
    activities: int
    participants: int

    def label(self, lang: str) -> str:
        first, second = (self.label_ar, self.label_en) if lang == "ar" else (self.label_en, self.label_ar)
        return first or second


@dataclass(frozen=True)
class Dashboard:
    agreement: r.Agreement
    progress: Progress
    by_status: dict[ActivityStatus, int]
    by_kind: dict[ActivityKind, int]
    quarters: list[QuarterCount]
    undated_quarter: int
    overdue: list[r.Activity]
    per_party: list[Total]
    per_country: list[Total]
    overdue_total: int = -1  # how many are overdue in all (``overdue`` lists the first); -1: len(overdue)

    @property
    def overdue_count(self) -> int:
        return self.overdue_total if self.overdue_total >= 0 else len(self.overdue)


def period_of(agreement: r.Agreement) -> tuple[_dt.date | None, _dt.date | None]:
    start = agreement.period_start.first_day() if agreement.period_start else None
    end = agreement.period_end.last_day() if agreement.period_end else None
    return start, end


def progress(agreement: r.Agreement, activities: list[r.Activity], today: _dt.date) -> Progress:
    completed = sum(1 for a in activities if a.status == ActivityStatus.COMPLETED)
    return progress_of_counts(agreement, len(activities), completed, today)


def progress_of_counts(agreement: r.Agreement, total: int, completed: int, today: _dt.date) -> Progress:
    """The same from counts (the PDF summary has counts, not the activities)."""
    start, end = period_of(agreement)
    total_days = elapsed = None
    if start is not None and end is not None and end >= start:
        total_days = (end - start).days + 1
        elapsed = min(max((today - start).days, 0), total_days)
    return Progress(start, end, today, total_days, elapsed, total, completed)


def is_overdue(activity: r.Activity, today: _dt.date) -> bool:
    return (
        activity.status == ActivityStatus.PLANNED
        and activity.start is not None
        and activity.start.last_day() < today
    )


def overdue(activities: list[r.Activity], today: _dt.date) -> list[r.Activity]:
    late = [a for a in activities if is_overdue(a, today)]
    return sorted(late, key=lambda a: (a.start or PartialDate(1), a.title_en, a.title_ar))


def _quarter(date: PartialDate) -> tuple[int, int] | None:
    if date.precision == Precision.YEAR or date.month is None:
        return None
    return date.year, (date.month - 1) // 3 + 1


def quarters(agreement: r.Agreement, activities: list[r.Activity]) -> tuple[list[QuarterCount], int]:
    """Every quarter from the earlier of period start / first activity to the later of
    period end / last activity (empty quarters included), and the count without a quarter."""
    counts: dict[tuple[int, int], Counter[ActivityStatus]] = {}
    undated = 0
    for act in activities:
        key = _quarter(act.start) if act.start else None
        if key is None:
            undated += 1
            continue
        counts.setdefault(key, Counter())[act.status] += 1
    return quarters_of_counts(agreement, counts), undated


def quarters_of_counts(agreement: r.Agreement, counts: dict[tuple[int, int], Counter[ActivityStatus]]) -> list[QuarterCount]:
    """The quarters' columns from counts per (year, quarter) and status."""
    bounds = list(counts)
    start, end = period_of(agreement)
    if start:
        bounds.append((start.year, (start.month - 1) // 3 + 1))
    if end:
        bounds.append((end.year, (end.month - 1) // 3 + 1))
    if not bounds:
        return []
    result = []
    for key in _quarter_range(min(bounds), max(bounds)):
        found = counts.get(key, Counter())
        result.append(QuarterCount(key[0], key[1], {s: found[s] for s in ActivityStatus if found[s]}))
    return result


def _quarter_range(first: tuple[int, int], last: tuple[int, int]) -> Iterator[tuple[int, int]]:
    year, quarter = first
    while (year, quarter) <= last:
        yield year, quarter
        year, quarter = (year, quarter + 1) if quarter < 4 else (year + 1, 1)


def per_party(register: Register, agreement: r.Agreement, activities: list[r.Activity]) -> list[Total]:
    """Activities by lead organisation: the agreement's parties first (in its order, even
    with no activity), then any other lead, then activities with no lead (key "")."""
    counts: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for act in activities:
        key = act.lead_organization_uuid or ""
        counts[key] += 1
        people[key] += act.participants or 0
    keys = list(agreement.parties) + sorted(k for k in counts if k and k not in agreement.parties)
    if counts[""]:
        keys.append("")
    result = []
    for key in keys:
        name_ar = name_en = ""
        if key:
            try:
                org = register.organization(key)
                name_ar, name_en = org.acronym or org.name_ar, org.acronym or org.name_en
            except SijillError:
                name_ar = name_en = key
        result.append(Total(key, name_ar, name_en, counts[key], people[key]))
    return result


def split_bilingual(text: str) -> tuple[str, str]:
    """``"الأردن / Jordan"`` -> (Arabic, English); a single name is used for both."""
    if " / " in text:
        first, second = (part.strip() for part in text.split(" / ", 1))
        return first, second
    return text, text


def per_country(activities: list[r.Activity]) -> list[Total]:
    """Activities by country, most first (ties by name); no country (online) is key ""."""
    counts: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for act in activities:
        key = act.country.strip()
        counts[key] += 1
        people[key] += act.participants or 0
    ordered = sorted(counts, key=lambda k: (-counts[k], k == "", split_bilingual(k)[1].casefold()))
    return [Total(k, *split_bilingual(k), counts[k], people[k]) for k in ordered]


def plan_activities(register: Register, agreement_uuid: str) -> list[r.Activity]:
    """All the agreement's activities by start date, read page by page."""
    flt = ActivityFilter(agreement=agreement_uuid)
    result: list[r.Activity] = []
    while True:
        batch = register.activities(flt, order_by="start", offset=len(result), limit=PAGE)
        result += batch
        if len(batch) < PAGE:
            return result


def dashboard(register: Register, key: str, today: _dt.date) -> Dashboard:
    """The dashboard of the agreement ``key`` (UUID or reference) as of ``today``: the figures
    are aggregated by the database (:mod:`desktop.services.plan_figures`), whatever the plan's size."""
    agreement = register.agreement(key)
    assert agreement.uuid is not None
    figures = register.plan_figures(agreement.uuid, today, tuple(agreement.parties))
    by_status = {s: figures.by_status.get(s, 0) for s in ActivityStatus}
    return Dashboard(
        agreement=agreement,
        progress=progress_of_counts(agreement, sum(by_status.values()), by_status[ActivityStatus.COMPLETED], today),
        by_status=by_status,
        by_kind={k: figures.by_kind.get(k, 0) for k in ActivityKind},
        quarters=quarters_of_counts(agreement, count_by_quarter(figures.by_month)),
        undated_quarter=figures.no_month,
        overdue=figures.overdue,
        per_party=_per_lead(agreement, figures.leads),
        per_country=_per_country(figures.by_country),
        overdue_total=figures.overdue_total,
    )


def _per_lead(agreement: r.Agreement, leads: list[Lead]) -> list[Total]:
    """As :func:`per_party`, from the database's counts."""
    by_key = {lead.key: lead for lead in leads}
    keys = list(agreement.parties) + sorted(k for k in by_key if k and k not in agreement.parties)
    if "" in by_key and by_key[""].activities:
        keys.append("")
    result = []
    for key in keys:
        lead = by_key.get(key)
        if lead is None:
            result.append(Total(key, key, key, 0, 0))
        else:
            result.append(Total(key, lead.name_ar, lead.name_en, lead.activities, lead.participants))
    return result


def _per_country(counts: dict[str, tuple[int, int]]) -> list[Total]:
    """As :func:`per_country`, from the database's counts (the same order)."""
    merged: dict[str, tuple[int, int]] = {}
    for key, (n, people) in counts.items():
        k = key.strip()
        old = merged.get(k, (0, 0))
        merged[k] = (old[0] + n, old[1] + people)
    ordered = sorted(merged, key=lambda k: (-merged[k][0], k == "", split_bilingual(k)[1].casefold()))
    return [Total(k, *split_bilingual(k), merged[k][0], merged[k][1]) for k in ordered]


def default_agreement(agreements: list[r.Agreement]) -> r.Agreement | None:
    """The agreement a dashboard opens on: the latest-starting active one, else the latest
    starting one, else the first listed."""
    if not agreements:
        return None

    def start(a: r.Agreement) -> tuple[int, PartialDate]:
        return (a.period_start is not None, a.period_start or PartialDate(1))

    active = [a for a in agreements if a.status in (AgreementStatus.ACTIVE, AgreementStatus.SIGNED)]
    return max(active or agreements, key=start)


# -- the timeline -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """Something drawn across time: ``first`` .. ``last`` inclusive."""

    uuid: str
    title_ar: str
    title_en: str
    first: _dt.date
    last: _dt.date

    def title(self, lang: str) -> str:
        first, second = (self.title_ar, self.title_en) if lang == "ar" else (self.title_en, self.title_ar)
        return first or second


@dataclass(frozen=True)
class AgreementSpan(Span):
    reference: str = ""
    status: AgreementStatus = AgreementStatus.DRAFT
    # True when the period is not recorded and the bar only shows where the agreement sits:
    # from its earliest linked date (milestone or signing) to the day before its successor.
    uncertain: bool = False


@dataclass(frozen=True)
class MilestoneSpan(Span):
    precision: Precision = Precision.DAY
    agreement_uuid: str | None = None
    label: str = ""  # the date as recorded: "1988", "2014-11"


@dataclass(frozen=True)
class ActivitySpan(Span):
    status: ActivityStatus = ActivityStatus.PLANNED
    kind: ActivityKind = ActivityKind.OTHER


@dataclass(frozen=True)
class Timeline:
    agreements: list[AgreementSpan]
    links: list[tuple[str, str]]  # (predecessor UUID, successor UUID)
    milestones: list[MilestoneSpan]
    activities: list[ActivitySpan]
    selected: str | None
    first: _dt.date  # the whole story: 1 January of the first year .. 31 December of the last
    last: _dt.date = field(default=_dt.date(1, 12, 31))


def _agreement_spans(agreements: list[r.Agreement], milestones: list[r.Milestone]) -> list[AgreementSpan]:
    successors = {a.predecessor_uuid: a for a in agreements if a.predecessor_uuid}
    known = {a.uuid: period_of(a) for a in agreements}
    result = []
    for a in agreements:
        assert a.uuid is not None
        start, end = known[a.uuid]
        uncertain = start is None or end is None
        if start is None:
            linked = [m.date.first_day() for m in milestones if m.date and m.agreement_uuid == a.uuid]
            if a.signed_on:
                linked.append(a.signed_on.first_day())
            start = min(linked) if linked else None
        if end is None:
            successor = successors.get(a.uuid)
            next_start = known.get(successor.uuid, (None, None))[0] if successor else None
            if next_start is not None:
                end = next_start - _dt.timedelta(days=1)
            elif start is not None:
                end = (a.signed_on.last_day() if a.signed_on else start)
        if start is None and end is not None:
            start = _dt.date(end.year, 1, 1)
        if start is None or end is None or end < start:
            continue  # nothing known to place it in time
        result.append(AgreementSpan(a.uuid, a.title_ar, a.title_en, start, end, a.reference, a.status, uncertain))
    return sorted(result, key=lambda s: (s.first, s.last))


def _milestone_spans(milestones: list[r.Milestone]) -> list[MilestoneSpan]:
    result = [
        MilestoneSpan(m.uuid or "", m.title_ar, m.title_en, m.date.first_day(), m.date.last_day(),
                      m.date.precision, m.agreement_uuid, m.date.isoformat())
        for m in milestones if m.date is not None
    ]
    return sorted(result, key=lambda s: (s.first, s.last))


def _activity_spans(activities: list[r.Activity]) -> list[ActivitySpan]:
    result = []
    for act in activities:
        if act.start is None:
            continue
        last = (act.end or act.start).last_day()
        result.append(ActivitySpan(act.uuid or "", act.title_ar, act.title_en, act.start.first_day(),
                                   max(last, act.start.first_day()), act.status, act.kind))
    return result


def timeline(register: Register, selected: str | None = None, today: _dt.date | None = None) -> Timeline:
    """All agreements and milestones, and the activities of ``selected`` (UUID/reference).
    ``today`` only places an empty register's axis."""
    agreements = register.agreements_full()  # the list summaries lack predecessor links
    milestones = register.milestones()
    spans = _agreement_spans(agreements, milestones)
    placed = {s.uuid for s in spans}
    links = [(a.predecessor_uuid, a.uuid) for a in agreements
             if a.predecessor_uuid and a.uuid and a.predecessor_uuid in placed and a.uuid in placed]
    chosen = None
    activity_spans: list[ActivitySpan] = []
    if selected:
        agreement = register.agreement(selected)
        chosen = agreement.uuid
        assert chosen is not None
        activity_spans = _activity_spans(plan_activities(register, chosen))
    mspans = _milestone_spans(milestones)
    dates = [d for s in (*spans, *mspans, *activity_spans) for d in (s.first, s.last)]
    first = min(dates) if dates else (today or _dt.date(2000, 1, 1))
    last = max(dates) if dates else _dt.date(first.year, 12, 31)
    return Timeline(spans, links, mspans, activity_spans, chosen,
                    _dt.date(first.year, 1, 1), _dt.date(last.year, 12, 31))

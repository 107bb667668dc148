"""Reports across plans: activities counted, participants and reported indicator values
added up by the database, grouped by up to two dimensions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, String, case, cast, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.dates import PartialDate
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.indicators import Period, within
from desktop.store import models as m

DIMENSIONS = ("country", "quarter", "year", "partner", "kind", "status", "objective")
MAX_DIMENSIONS = 2


@dataclass(frozen=True)
class ReportQuery:
    agreements: tuple[str, ...] = ()  # references or UUIDs; none = every agreement
    start: PartialDate | None = None
    end: PartialDate | None = None
    by: tuple[str, ...] = ("status",)


@dataclass(frozen=True)
class IndicatorColumn:
    uuid: str
    name_ar: str
    name_en: str
    unit: str


@dataclass
class ReportRow:
    groups: dict[str, str | None]  # dimension -> key (a code, a country, "2024-Q3", a uuid) or None
    count: int = 0
    participants: int = 0
    indicators: dict[str, float] = field(default_factory=dict)  # indicator uuid -> sum reported


@dataclass
class Report:
    query: ReportQuery
    rows: list[ReportRow]
    indicators: list[IndicatorColumn]
    names: dict[str, tuple[str, str]]  # uuid of a partner or objective -> (Arabic, English) name

    @property
    def total_count(self) -> int:
        return sum(row.count for row in self.rows)

    @property
    def total_participants(self) -> int:
        return sum(row.participants for row in self.rows)

    def indicator_total(self, uuid: str) -> float:
        return sum(row.indicators.get(uuid, 0.0) for row in self.rows)


def _start_text() -> Any:
    return type_coerce(m.ActivityRow.start, String())


def _expression(dimension: str) -> Any:
    start = _start_text()
    year = func.substr(start, 1, 4)
    if dimension == "year":
        return year
    if dimension == "quarter":
        quarter = (cast(func.substr(start, 6, 2), Integer) + 2) // 3
        return case((func.length(start) >= 7, year + "-Q" + cast(quarter, String)), else_=year)
    return {
        "country": m.ActivityRow.country,
        "partner": m.OrganizationRow.uuid,
        "kind": m.ActivityRow.kind,
        "status": m.ActivityRow.status,
        "objective": m.ObjectiveRow.uuid,
    }[dimension]


def check(query: ReportQuery) -> None:
    unknown = [d for d in query.by if d not in DIMENSIONS]
    if unknown or not query.by or len(query.by) > MAX_DIMENSIONS or len(set(query.by)) != len(query.by):
        raise SijillError(Message(
            N_("A report is grouped by one or two of: {dimensions}."), {"dimensions": ", ".join(DIMENSIONS)}
        ))


def _base(select_: Any, session: Session, query: ReportQuery) -> Any:
    """``select_`` over the activities the report covers, joined only to what it needs."""
    built = select_.select_from(m.ActivityRow)
    if query.agreements:
        wanted = list(query.agreements)
        built = built.join(m.AgreementRow, m.AgreementRow.id == m.ActivityRow.agreement_id)
        built = built.where(or_(m.AgreementRow.reference.in_(wanted), m.AgreementRow.uuid.in_(wanted)))
    if "partner" in query.by:
        built = built.outerjoin(m.OrganizationRow, m.OrganizationRow.id == m.ActivityRow.lead_organization_id)
    if "objective" in query.by:
        built = built.outerjoin(m.ObjectiveRow, m.ObjectiveRow.id == m.ActivityRow.objective_id)
    for clause in within(Period(query.start, query.end)):
        built = built.where(clause)
    return built


def _check_agreements(session: Session, query: ReportQuery) -> None:
    for key in query.agreements:
        found = session.scalar(select(m.AgreementRow.id).where((m.AgreementRow.reference == key) | (m.AgreementRow.uuid == key)))
        if found is None:
            raise SijillError(Message(N_("No agreement with reference or id {key}."), {"key": key}))


def build_report(session: Session, query: ReportQuery) -> Report:
    """The report's rows, sorted by their group keys (undated and empty groups last)."""
    check(query)
    _check_agreements(session, query)
    groups = [_expression(d).label(d) for d in query.by]
    counted = _base(
        select(*groups, func.count(m.ActivityRow.id), func.coalesce(func.sum(m.ActivityRow.participants), 0)),
        session, query,
    ).group_by(*[g.element for g in groups])
    rows: dict[tuple[Any, ...], ReportRow] = {}
    for *keys, count, participants in session.execute(counted):
        key = tuple(_key(k) for k in keys)
        rows[key] = ReportRow(dict(zip(query.by, key, strict=True)), int(count), int(participants))
    sums = _reported(session, query, groups) if rows else []
    columns = _indicator_columns(session, {indicator_id for _key_, indicator_id, _total in sums})
    uuid_of = {row_id: column.uuid for row_id, column in columns.items()}
    for key, indicator_id, total in sums:
        rows[key].indicators[uuid_of[indicator_id]] = total
    names, order = _names(session, list(rows.values()))

    def sort_key(row: ReportRow) -> tuple[Any, ...]:  # empty and undated groups last
        return tuple((v is None or v == "", order.get(v or "", (v or "",))) for v in row.groups.values())

    return Report(query, sorted(rows.values(), key=sort_key), list(columns.values()), names)


def _reported(session: Session, query: ReportQuery, groups: list[Any]) -> list[tuple[tuple[str | None, ...], int, float]]:
    """(group key, indicator row id, sum of the values reported) - nothing to read while no
    activity of the register reported a value."""
    if session.scalar(select(m.ActivityIndicatorValueRow.id).limit(1)) is None:
        return []
    reported = _base(
        select(*groups, m.ActivityIndicatorValueRow.indicator_id, func.sum(m.ActivityIndicatorValueRow.value)),
        session, query,
    ).join(m.ActivityIndicatorValueRow, m.ActivityIndicatorValueRow.activity_id == m.ActivityRow.id)
    reported = reported.group_by(*[g.element for g in groups], m.ActivityIndicatorValueRow.indicator_id)
    return [(tuple(_key(k) for k in keys), indicator_id, float(total)) for *keys, indicator_id, total in session.execute(reported)]


def _key(value: Any) -> str | None:
    if value is None:
        return None
    return str(value.value) if hasattr(value, "value") else str(value)


def _indicator_columns(session: Session, ids: set[int]) -> dict[int, IndicatorColumn]:
    if not ids:
        return {}
    query = (
        select(m.IndicatorRow.id, m.IndicatorRow.uuid, m.IndicatorRow.name_ar, m.IndicatorRow.name_en, m.IndicatorRow.unit)
        .join(m.ObjectiveRow, m.ObjectiveRow.id == m.IndicatorRow.objective_id)
        .join(m.AgreementRow, m.AgreementRow.id == m.ObjectiveRow.agreement_id)
        .where(m.IndicatorRow.id.in_(ids))
        .order_by(m.AgreementRow.reference, m.ObjectiveRow.position, m.IndicatorRow.position)
    )
    return {row_id: IndicatorColumn(uuid, ar, en, unit) for row_id, uuid, ar, en, unit in session.execute(query)}


def _names(session: Session, rows: list[ReportRow]) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[Any, ...]]]:
    """Names of the partners and objectives grouped by (Arabic, English), and their order."""
    names: dict[str, tuple[str, str]] = {}
    order: dict[str, tuple[Any, ...]] = {}
    wanted = {row.groups.get(d) for row in rows for d in ("partner", "objective")} - {None}
    if not wanted:
        return names, order
    organizations = select(m.OrganizationRow.uuid, m.OrganizationRow.acronym, m.OrganizationRow.name_ar, m.OrganizationRow.name_en)
    for uuid, acronym, name_ar, name_en in session.execute(organizations.where(m.OrganizationRow.uuid.in_(wanted))):
        names[uuid] = (acronym or name_ar or name_en, acronym or name_en or name_ar)
        order[uuid] = (names[uuid][1].casefold(),)
    objectives = (
        select(m.ObjectiveRow.uuid, m.ObjectiveRow.position, m.ObjectiveRow.text_ar, m.ObjectiveRow.text_en, m.AgreementRow.reference)
        .join(m.AgreementRow, m.AgreementRow.id == m.ObjectiveRow.agreement_id)
        .where(m.ObjectiveRow.uuid.in_(wanted))
    )
    found = session.execute(objectives).all()
    several = len({reference for *_rest, reference in found}) > 1
    for uuid, position, text_ar, text_en, reference in found:
        prefix = f"{reference} " if several else ""
        names[uuid] = (f"{prefix}{position + 1}. {text_ar or text_en}", f"{prefix}{position + 1}. {text_en or text_ar}")
        order[uuid] = (reference, position)
    return names, order

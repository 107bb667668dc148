"""Activities carried out under agreements: listed page by page, counted by the database."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, String, and_, false, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from desktop.domain import records as r
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.domain.messages import Message, N_
from desktop.services import convert, indicators, validation
from desktop.services.common import Saved, apply_fields, check_version, optional_row, row_by_uuid, same_content
from desktop.services.search import indexed_count, matches_all_terms
from desktop.store import models as m
from desktop.store.types import utcnow

FIELDS = [
    "kind", "title_ar", "title_en", "start", "end", "place", "country", "status",
    "participants", "notes",
]

SORTABLE = {
    "start": m.ActivityRow.start,
    "end": m.ActivityRow.end,
    "title_ar": m.ActivityRow.sort_title_ar,  # normalised, indexed (migration 0005)
    "title_en": m.ActivityRow.sort_title_en,
    "kind": m.ActivityRow.kind,
    "status": m.ActivityRow.status,
    "place": m.ActivityRow.place,
    "country": m.ActivityRow.country,
    "participants": m.ActivityRow.participants,
    "agreement": m.AgreementRow.reference,
}


@dataclass(frozen=True)
class ActivityFilter:
    """Which activities a list shows. ``agreement`` is a reference or UUID."""

    agreement: str | None = None
    search: str | None = None
    status: ActivityStatus | None = None
    kind: ActivityKind | None = None
    year: int | None = None  # only activities that start in this year


#: a search matching more rows than this is read in the list's order (see matches_all_terms)
MANY_MATCHES = 2000


def _filtered(query: Select, flt: ActivityFilter, session: Session, by_order: bool = False) -> Select:  # type: ignore[type-arg]
    if flt.agreement:
        query = query.where(
            (m.AgreementRow.reference == flt.agreement) | (m.AgreementRow.uuid == flt.agreement)
        )
    if flt.search:
        query = query.where(
            matches_all_terms(session, m.ActivityRow.id, m.ActivityRow.search_text, flt.search, by_order=by_order))
    if flt.status:
        query = query.where(m.ActivityRow.status == flt.status)
    if flt.kind:
        query = query.where(m.ActivityRow.kind == flt.kind)
    if flt.year is not None:
        start = type_coerce(m.ActivityRow.start, String())
        query = query.where(start >= f"{flt.year:04d}", start < f"{flt.year + 1:04d}")
    return query


_OBJECTIVE = aliased(m.ObjectiveRow)
_LEAD = aliased(m.OrganizationRow)
#: what a listed activity is made of, read as plain columns (no ORM objects: a list of
#: activities is read often, and building ORM rows cost three times the query)
_LIST_COLUMNS = (
    m.ActivityRow.uuid, m.ActivityRow.version, m.ActivityRow.created_at, m.ActivityRow.updated_at,
    m.AgreementRow.uuid, m.AgreementRow.reference, _OBJECTIVE.uuid, _LEAD.uuid,
    *(getattr(m.ActivityRow, name) for name in FIELDS),
)


def list_activities(
    session: Session,
    flt: ActivityFilter = ActivityFilter(),
    *,
    order_by: str = "start",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[r.Activity]:
    column = SORTABLE.get(order_by, m.ActivityRow.start)
    # undated (NULL) rows last in both directions, on every engine (SQLite and PostgreSQL
    # would each put them at a different end); a column that is never NULL is ordered plainly,
    # so that the database reads it through its index
    order = column.desc() if descending else column.asc()
    if _nullable(column):
        order = order.nulls_last()
    many = bool(flt.search) and (indexed_count(session, "activity", flt.search) or 0) > MANY_MATCHES
    # the rows of the page are chosen from the activity table (and its sort index) alone, then
    # joined: skipping 50,000 rows to show the middle of the list joins none of them
    chosen = _base(select(m.ActivityRow.id), flt, order_by).order_by(order, m.ActivityRow.id)
    chosen = _filtered(chosen, flt, session, by_order=many).offset(offset)
    if limit is not None:
        chosen = chosen.limit(limit)
    query = (
        select(*_LIST_COLUMNS)
        .join(m.ActivityRow.agreement)
        .outerjoin(_OBJECTIVE, _OBJECTIVE.id == m.ActivityRow.objective_id)
        .outerjoin(_LEAD, _LEAD.id == m.ActivityRow.lead_organization_id)
        .where(m.ActivityRow.id.in_(chosen))
        .order_by(order, m.ActivityRow.id)
    )
    listed = [_listed(row) for row in session.execute(query)]
    indicators.attach_values(session, listed)
    return listed


def _base(query: Select, flt: ActivityFilter, order_by: str = "") -> Select:  # type: ignore[type-arg]
    """``query`` over activities, joined to their agreement only when the filter or the order
    needs it (every activity has one: the join would only slow a count or a skip)."""
    if flt.agreement or order_by == "agreement":
        return query.join(m.ActivityRow.agreement)
    return query.select_from(m.ActivityRow)


def _nullable(column: Any) -> bool:
    return bool(column.property.columns[0].nullable)


def _listed(row: Row) -> r.Activity:  # type: ignore[type-arg]
    uuid, version, created_at, updated_at, agreement_uuid, reference, objective_uuid, lead_uuid, *fields = row
    return r.Activity(
        uuid=uuid, version=version, created_at=created_at, updated_at=updated_at,
        agreement_uuid=agreement_uuid, objective_uuid=objective_uuid, lead_organization_uuid=lead_uuid,
        agreement_reference=reference, **dict(zip(FIELDS, fields, strict=True)),
    )


#: for other services' reads of listed activities (plan_figures.py)
LIST_COLUMNS, OBJECTIVE, LEAD = _LIST_COLUMNS, _OBJECTIVE, _LEAD


def listed(row: Row) -> r.Activity:  # type: ignore[type-arg]
    return _listed(row)


def count_activities(session: Session, flt: ActivityFilter = ActivityFilter()) -> int:
    if flt.search and not (flt.agreement or flt.status or flt.kind or flt.year is not None):
        counted = indexed_count(session, "activity", flt.search)  # the index alone: no row looked up
        if counted is not None:
            return counted
    query = _base(select(func.count(m.ActivityRow.id)), flt)
    return session.scalar(_filtered(query, flt, session)) or 0


def activity_position(
    session: Session, flt: ActivityFilter, uuid: str, *, order_by: str = "start", descending: bool = False
) -> int | None:
    """Where the activity ``uuid`` stands in :func:`list_activities` with the same filter and
    order (0 = first), counted by the database; None when the filter leaves it out."""
    column = SORTABLE.get(order_by, m.ActivityRow.start)
    base = _base(select(column, m.ActivityRow.id), flt, order_by).where(m.ActivityRow.uuid == uuid)
    target = session.execute(_filtered(base, flt, session)).first()
    if target is None:
        return None
    value, row_id = target
    nulls_first = False  # list_activities puts NULLs last in both directions on every engine
    if value is None:
        before = column.is_not(None) if not nulls_first else false()
        before = or_(before, and_(column.is_(None), m.ActivityRow.id < row_id))
    else:
        beyond = column > value if descending else column < value
        before = or_(beyond, and_(column == value, m.ActivityRow.id < row_id))
        if nulls_first:
            before = or_(column.is_(None), before)
    query = _base(select(func.count(m.ActivityRow.id)), flt, order_by).where(before)
    return session.scalar(_filtered(query, flt, session)) or 0


def counts_by_status(session: Session, flt: ActivityFilter = ActivityFilter()) -> dict[ActivityStatus, int]:
    query = select(m.ActivityRow.status, func.count(m.ActivityRow.id)).join(m.ActivityRow.agreement)
    query = _filtered(query, flt, session).group_by(m.ActivityRow.status)
    return {status: n for status, n in session.execute(query)}


def counts_by_kind(session: Session, flt: ActivityFilter = ActivityFilter()) -> dict[ActivityKind, int]:
    query = select(m.ActivityRow.kind, func.count(m.ActivityRow.id)).join(m.ActivityRow.agreement)
    query = _filtered(query, flt, session).group_by(m.ActivityRow.kind)
    return {kind: n for kind, n in session.execute(query)}


def get_activity(session: Session, uuid: str) -> r.Activity:
    return convert.activity(row_by_uuid(session, m.ActivityRow, uuid, "activity"))


def save_activity(session: Session, rec: r.Activity) -> Saved[r.Activity]:
    problems = validation.activity(rec)
    agreement = session.scalar(
        select(m.AgreementRow).where(
            (m.AgreementRow.uuid == rec.agreement_uuid) | (m.AgreementRow.reference == rec.agreement_uuid)
        )
    ) if rec.agreement_uuid else None
    if rec.agreement_uuid and agreement is None:
        problems.append(validation.problem("agreement", N_("No agreement with reference or id {key}."), key=rec.agreement_uuid))
    if agreement is not None:
        problems += validation.within_period(rec, agreement.period_start, agreement.period_end)
    warnings = validation.raise_errors(problems)
    assert agreement is not None
    objective = optional_row_objective(session, rec.objective_uuid, agreement)
    lead = optional_row(session, m.OrganizationRow, rec.lead_organization_uuid, "organisation")
    row = session.scalar(select(m.ActivityRow).where(m.ActivityRow.uuid == rec.uuid)) if rec.uuid else None
    if row is not None:
        check_version(row, rec)
        stored = convert.activity(row)
        rec_same_agreement = rec.agreement_uuid in (stored.agreement_uuid, stored.agreement_reference)
        if rec_same_agreement and same_content(dataclasses.replace(stored, agreement_uuid=rec.agreement_uuid), rec):
            return Saved(stored, warnings)
        row.updated_at = utcnow()
    else:
        row = m.ActivityRow(uuid=rec.uuid) if rec.uuid else m.ActivityRow()
    with session.no_autoflush:
        apply_fields(row, rec, FIELDS)
        row.agreement = agreement
        row.objective = objective
        row.lead_organization = lead
        row.search_text = convert.activity_search_text(row)
        row.sort_title_ar, row.sort_title_en = convert.sort_key(row.title_ar), convert.sort_key(row.title_en)
        session.add(row)
        value_problems = indicators.sync_values(session, row, rec.indicator_values)
        if value_problems:
            raise ValidationError(value_problems)
    session.flush()
    return Saved(convert.activity(row), warnings)


def optional_row_objective(session: Session, uuid: str | None, agreement: m.AgreementRow) -> m.ObjectiveRow | None:
    if not uuid:
        return None
    objective = row_by_uuid(session, m.ObjectiveRow, uuid, "objective")  # type: ignore[type-var]
    if objective.agreement_id != agreement.id:
        raise ValidationError([FieldProblem("objective", Message(N_("The objective belongs to another agreement.")))])
    return objective


def delete_activity(session: Session, uuid: str) -> None:
    session.delete(row_by_uuid(session, m.ActivityRow, uuid, "activity"))
    session.flush()

"""Agreements: their parties, signatories, objectives and statements."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import records as r
from desktop.domain.errors import FieldProblem, SijillError, ValidationError
from desktop.domain.messages import Message, N_
from desktop.services import convert, indicators, validation
from desktop.services.common import Saved, apply_fields, check_version, optional_row, row_by_uuid, same_content
from desktop.services.search import matches_all_terms
from desktop.store import models as m
from desktop.store.types import utcnow

FIELDS = [
    "reference", "title_ar", "title_en", "kind", "status", "period_start", "period_end",
    "signed_on", "signing_place_ar", "signing_place_en", "purpose_ar", "purpose_en",
]

_FULL = (
    selectinload(m.AgreementRow.parties).selectinload(m.AgreementPartyRow.organization),
    selectinload(m.AgreementRow.signatories).selectinload(m.SignatoryRow.person).selectinload(m.PersonRow.organization),
    selectinload(m.AgreementRow.signatories).selectinload(m.SignatoryRow.party),
    selectinload(m.AgreementRow.objectives).selectinload(m.ObjectiveRow.indicators).selectinload(m.IndicatorRow.entries),
    selectinload(m.AgreementRow.statements).selectinload(m.StatementRow.person),
    selectinload(m.AgreementRow.predecessor),
)


def list_agreements(session: Session, search: str | None = None) -> list[r.Agreement]:
    query = select(m.AgreementRow).order_by(m.AgreementRow.period_start.desc().nulls_last(), m.AgreementRow.reference)
    if search:
        query = query.where(matches_all_terms(session, m.AgreementRow.id, m.AgreementRow.search_text, search))
    return [convert.agreement_summary(row) for row in session.scalars(query)]


def register_is_empty(session: Session) -> bool:
    """No agreement and no organisation: the welcome is offered."""
    return all(session.scalar(select(row.id).limit(1)) is None for row in (m.AgreementRow, m.OrganizationRow))


def list_agreements_full(session: Session, search: str | None = None) -> list[r.Agreement]:
    query = select(m.AgreementRow).options(*_FULL).order_by(m.AgreementRow.reference)
    if search:
        query = query.where(matches_all_terms(session, m.AgreementRow.id, m.AgreementRow.search_text, search))
    return [convert.agreement(row) for row in session.scalars(query)]


def _row(session: Session, key: str) -> m.AgreementRow:
    """An agreement by UUID or by reference."""
    row = session.scalar(
        select(m.AgreementRow).options(*_FULL).where(
            (m.AgreementRow.uuid == key) | (m.AgreementRow.reference == key)
        )
    )
    if row is None:
        raise SijillError(Message(N_("No agreement with reference or id {key}."), {"key": key}))
    return row


def agreement_id(session: Session, key: str) -> int:
    """The row id of the agreement with UUID or reference ``key``."""
    found = session.scalar(select(m.AgreementRow.id).where((m.AgreementRow.uuid == key) | (m.AgreementRow.reference == key)))
    if found is None:
        raise SijillError(Message(N_("No agreement with reference or id {key}."), {"key": key}))
    return found


def get_agreement(session: Session, key: str) -> r.Agreement:
    """An agreement by UUID or reference, with everything it holds."""
    return convert.agreement(_row(session, key))


def _check_reference_unique(session: Session, rec: r.Agreement) -> None:
    clash = session.scalar(
        select(m.AgreementRow.uuid).where(m.AgreementRow.reference == rec.reference.strip())
    )
    if clash and clash != rec.uuid:
        raise ValidationError(
            [FieldProblem("reference", Message(N_("The reference {ref} is already used."), {"ref": rec.reference}))]
        )


def _check_predecessor(session: Session, row: m.AgreementRow, predecessor: m.AgreementRow | None) -> None:
    seen = {row.id} if row.id is not None else set()
    current = predecessor
    while current is not None:
        if current.id in seen:
            raise ValidationError(
                [FieldProblem("predecessor", Message(N_("An agreement cannot come after itself (a cycle of predecessors).")))]
            )
        seen.add(current.id)
        current = current.predecessor


def _sync_objectives(session: Session, row: m.AgreementRow, objectives: list[r.Objective]) -> None:
    existing = {o.uuid: o for o in row.objectives}
    new_rows = []
    for position, objective in enumerate(objectives):
        obj_row = existing.pop(objective.uuid, None) if objective.uuid else None
        if obj_row is None:
            obj_row = m.ObjectiveRow(uuid=objective.uuid) if objective.uuid else m.ObjectiveRow()
        obj_row.position = position
        obj_row.text_ar = objective.text_ar
        obj_row.text_en = objective.text_en
        indicators.sync(obj_row, objective.indicators)
        new_rows.append(obj_row)
    row.objectives = new_rows


def _sync_children(session: Session, row: m.AgreementRow, rec: r.Agreement) -> None:
    parties = [row_by_uuid(session, m.OrganizationRow, uuid, "organisation") for uuid in rec.parties]
    by_org = {p.organization_id: p for p in row.parties}
    row.parties = [
        by_org.get(org.id) or m.AgreementPartyRow(organization=org) for org in parties
    ]
    for position, party in enumerate(row.parties):
        party.position = position
    row.signatories = [
        m.SignatoryRow(
            person=row_by_uuid(session, m.PersonRow, s.person_uuid, "person"),
            party=optional_row(session, m.OrganizationRow, s.party_uuid, "organisation"),
            position=position,
        )
        for position, s in enumerate(rec.signatories)
    ]
    _sync_objectives(session, row, rec.objectives)
    existing = {s.uuid: s for s in row.statements}
    statements = []
    for position, st in enumerate(rec.statements):
        st_row = existing.get(st.uuid or "") or (m.StatementRow(uuid=st.uuid) if st.uuid else m.StatementRow())
        st_row.person = optional_row(session, m.PersonRow, st.person_uuid, "person")
        st_row.speaker, st_row.text_ar, st_row.text_en = st.speaker, st.text_ar, st.text_en
        st_row.date, st_row.position = st.date, position
        statements.append(st_row)
    row.statements = statements


def save_agreement(session: Session, rec: r.Agreement) -> Saved[r.Agreement]:
    warnings = validation.raise_errors(validation.agreement(rec))
    _check_reference_unique(session, rec)
    with session.no_autoflush:
        row: m.AgreementRow | None = None
        if rec.uuid:
            row = session.scalar(select(m.AgreementRow).options(*_FULL).where(m.AgreementRow.uuid == rec.uuid))
        if row is not None:
            check_version(row, rec)
            if same_content(convert.agreement(row), rec):
                return Saved(convert.agreement(row), warnings)
            row.updated_at = utcnow()
        else:
            row = m.AgreementRow(uuid=rec.uuid) if rec.uuid else m.AgreementRow()
        predecessor = optional_row(session, m.AgreementRow, rec.predecessor_uuid, "agreement")
        _check_predecessor(session, row, predecessor)
        apply_fields(row, rec, FIELDS)
        row.predecessor = predecessor
        _sync_children(session, row, rec)
        row.search_text = convert.agreement_search_text(row)
        session.add(row)
    session.flush()
    return Saved(convert.agreement(row), warnings)


def agreement_dependents(session: Session, key: str) -> dict[str, int]:
    row = _row(session, key)
    return {
        "activities": session.scalar(select(func.count()).where(m.ActivityRow.agreement_id == row.id)) or 0,
        "successors": session.scalar(select(func.count()).where(m.AgreementRow.predecessor_id == row.id)) or 0,
        "milestones": session.scalar(select(func.count()).where(m.MilestoneRow.agreement_id == row.id)) or 0,
    }


def delete_agreement(session: Session, key: str, *, with_activities: bool = False) -> None:
    """Delete an agreement. Its activities go with it only when asked; otherwise an
    agreement that has activities is refused."""
    row = _row(session, key)
    deps = agreement_dependents(session, key)
    if deps["activities"] and not with_activities:
        raise SijillError(
            Message(N_("This agreement has {activities} activities; delete them with it or move them first."), deps)
        )
    for activity in session.scalars(select(m.ActivityRow).where(m.ActivityRow.agreement_id == row.id)):
        session.delete(activity)
    session.flush()
    session.delete(row)
    session.flush()

"""Organisations and people (the parties and their signatories)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services import convert, validation
from desktop.services.common import Saved, apply_fields, check_version, optional_row, row_by_uuid, same_content
from desktop.store import models as m
from desktop.store.types import utcnow
from desktop.text.normalize import matches

ORG_FIELDS = ["name_ar", "name_en", "acronym", "kind", "country"]
PERSON_FIELDS = ["name_ar", "name_en", "honorific_ar", "honorific_en", "position_ar", "position_en"]


def list_organizations(session: Session, search: str | None = None) -> list[r.Organization]:
    rows = session.scalars(select(m.OrganizationRow).order_by(m.OrganizationRow.name_ar, m.OrganizationRow.id))
    records = [convert.organization(row) for row in rows]
    if search:
        records = [o for o in records if matches(search, o.name_ar, o.name_en, o.acronym, o.country)]
    return records


def get_organization(session: Session, uuid: str) -> r.Organization:
    return convert.organization(row_by_uuid(session, m.OrganizationRow, uuid, "organisation"))


def save_organization(session: Session, rec: r.Organization) -> Saved[r.Organization]:
    warnings = validation.raise_errors(validation.organization(rec))
    if rec.uuid and session.scalar(select(m.OrganizationRow.id).where(m.OrganizationRow.uuid == rec.uuid)):
        row = row_by_uuid(session, m.OrganizationRow, rec.uuid, "organisation")
        check_version(row, rec)
        if same_content(convert.organization(row), rec):
            return Saved(convert.organization(row), warnings)
        row.updated_at = utcnow()
    else:
        row = m.OrganizationRow(uuid=rec.uuid) if rec.uuid else m.OrganizationRow()
        session.add(row)
    apply_fields(row, rec, ORG_FIELDS)
    session.flush()
    return Saved(convert.organization(row), warnings)


def organization_dependents(session: Session, uuid: str) -> dict[str, int]:
    row = row_by_uuid(session, m.OrganizationRow, uuid, "organisation")
    return {
        "people": session.scalar(select(func.count()).where(m.PersonRow.organization_id == row.id)) or 0,
        "agreements": session.scalar(
            select(func.count()).where(m.AgreementPartyRow.organization_id == row.id)
        ) or 0,
        "signatories": session.scalar(select(func.count()).where(m.SignatoryRow.party_id == row.id)) or 0,
        "activities": session.scalar(
            select(func.count()).where(m.ActivityRow.lead_organization_id == row.id)
        ) or 0,
    }


def delete_organization(session: Session, uuid: str) -> None:
    deps = organization_dependents(session, uuid)
    if deps["people"] or deps["agreements"] or deps["signatories"]:
        raise SijillError(
            Message(
                N_(
                    "This organisation cannot be deleted: {agreements} agreement(s) name it as a party "
                    "and {people} person(s) belong to it."
                ),
                deps,
            )
        )
    row = row_by_uuid(session, m.OrganizationRow, uuid, "organisation")
    session.delete(row)
    session.flush()


def list_people(session: Session, search: str | None = None) -> list[r.Person]:
    rows = session.scalars(select(m.PersonRow).order_by(m.PersonRow.name_ar, m.PersonRow.id))
    records = [convert.person(row) for row in rows]
    if search:
        records = [
            p for p in records
            if matches(search, p.name_ar, p.name_en, p.position_ar, p.position_en, p.honorific_ar, p.honorific_en)
        ]
    return records


def get_person(session: Session, uuid: str) -> r.Person:
    return convert.person(row_by_uuid(session, m.PersonRow, uuid, "person"))


def save_person(session: Session, rec: r.Person) -> Saved[r.Person]:
    warnings = validation.raise_errors(validation.person(rec))
    organization = optional_row(session, m.OrganizationRow, rec.organization_uuid, "organisation")
    if rec.uuid and session.scalar(select(m.PersonRow.id).where(m.PersonRow.uuid == rec.uuid)):
        row = row_by_uuid(session, m.PersonRow, rec.uuid, "person")
        check_version(row, rec)
        if same_content(convert.person(row), rec):
            return Saved(convert.person(row), warnings)
        row.updated_at = utcnow()
    else:
        row = m.PersonRow(uuid=rec.uuid) if rec.uuid else m.PersonRow()
        session.add(row)
    apply_fields(row, rec, PERSON_FIELDS)
    row.organization = organization
    session.flush()
    return Saved(convert.person(row), warnings)


def person_dependents(session: Session, uuid: str) -> dict[str, int]:
    row = row_by_uuid(session, m.PersonRow, uuid, "person")
    return {
        "signatures": session.scalar(select(func.count()).where(m.SignatoryRow.person_id == row.id)) or 0,
        "statements": session.scalar(select(func.count()).where(m.StatementRow.person_id == row.id)) or 0,
    }


def delete_person(session: Session, uuid: str) -> None:
    deps = person_dependents(session, uuid)
    if deps["signatures"]:
        raise SijillError(
            Message(N_("This person signed {signatures} agreement(s) and cannot be deleted."), deps)
        )
    session.delete(row_by_uuid(session, m.PersonRow, uuid, "person"))
    session.flush()

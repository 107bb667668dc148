"""Milestones: the partnership's history, at the precision each date is known."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import records as r
from desktop.services import convert, validation
from desktop.services.common import Saved, apply_fields, check_version, optional_row, row_by_uuid, same_content
from desktop.store import models as m
from desktop.store.types import utcnow
from desktop.text.normalize import matches

FIELDS = ["date", "title_ar", "title_en", "description_ar", "description_en"]


def list_milestones(session: Session, search: str | None = None, agreement_uuid: str | None = None) -> list[r.Milestone]:
    query = select(m.MilestoneRow).options(selectinload(m.MilestoneRow.agreement)).order_by(m.MilestoneRow.date.asc().nulls_last(), m.MilestoneRow.id)
    records = [convert.milestone(row) for row in session.scalars(query)]
    if agreement_uuid:
        records = [ms for ms in records if ms.agreement_uuid == agreement_uuid]
    if search:
        records = [
            ms for ms in records
            if matches(search, ms.title_ar, ms.title_en, ms.description_ar, ms.description_en, str(ms.date or ""))
        ]
    return records


def get_milestone(session: Session, uuid: str) -> r.Milestone:
    return convert.milestone(row_by_uuid(session, m.MilestoneRow, uuid, "milestone"))


def save_milestone(session: Session, rec: r.Milestone) -> Saved[r.Milestone]:
    warnings = validation.raise_errors(validation.milestone(rec))
    agreement = optional_row(session, m.AgreementRow, rec.agreement_uuid, "agreement")
    row = session.scalar(select(m.MilestoneRow).where(m.MilestoneRow.uuid == rec.uuid)) if rec.uuid else None
    if row is not None:
        check_version(row, rec)
        if same_content(convert.milestone(row), rec):
            return Saved(convert.milestone(row), warnings)
        row.updated_at = utcnow()
    else:
        row = m.MilestoneRow(uuid=rec.uuid) if rec.uuid else m.MilestoneRow()
        session.add(row)
    apply_fields(row, rec, FIELDS)
    row.agreement = agreement
    session.flush()
    return Saved(convert.milestone(row), warnings)


def delete_milestone(session: Session, uuid: str) -> None:
    session.delete(row_by_uuid(session, m.MilestoneRow, uuid, "milestone"))
    session.flush()

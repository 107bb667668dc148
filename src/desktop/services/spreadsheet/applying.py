"""Writing the checked rows in the import's one transaction.

New activities are written in bulk (executemany): the activity rows, and for each the same
history entry, version head and lineage entry a one-by-one save (:func:`tracking.save`)
writes; SQLite's search index follows through its triggers. Updated activities go through
:func:`tracking.save`, which records what changed field by field."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.services import convert, tracking
from desktop.services import serialize as ser
from desktop.services.spreadsheet.checking import AgreementInfo, Planned
from desktop.store import models as m
from desktop.store.types import new_uuid, utcnow

BATCH = 1000
ACTION, SOURCE = "import", "spreadsheet"
Step = Callable[[int], None]


def _rows_for(plan: Planned, agreement: AgreementInfo, who: str, now: Any) -> tuple[dict[str, Any], ...]:
    rec = plan.record
    rec.uuid = new_uuid()
    rec.agreement_uuid = agreement.uuid
    activity = {
        "uuid": rec.uuid, "created_at": now, "updated_at": now, "version": 1,
        "agreement_id": agreement.id, "objective_id": None, "lead_organization_id": None,
        "kind": rec.kind, "title_ar": rec.title_ar, "title_en": rec.title_en, "start": rec.start, "end": rec.end,
        "place": rec.place, "country": rec.country, "status": rec.status, "participants": rec.participants,
        "notes": rec.notes, "search_text": convert.activity_search_text(rec),
    }
    data = ser.to_data(rec)
    digest = ser.digest_of_data(data)
    vid = tracking.next_vid("", digest)
    history = {
        "record_kind": "activity", "record_uuid": rec.uuid, "action": ACTION, "label": ser.label(rec),
        "source": SOURCE, "digest": digest, "changed_by": who, "changed_at": now,
        "changes": json.dumps(ser.field_changes(None, data), ensure_ascii=False),
    }
    head = {"record_uuid": rec.uuid, "vid": vid, "digest": digest}
    lineage = {"record_uuid": rec.uuid, "digest": vid}
    return activity, history, head, lineage


def add_all(session: Session, plans: list[Planned], agreements: dict[str, AgreementInfo], step: Step) -> None:
    """Insert new activities as :func:`tracking.save` would, ``BATCH`` rows at a time."""
    who, now = tracking.who(session), utcnow()
    tables = (m.ActivityRow.__table__, m.HistoryRow.__table__, m.RecordHeadRow.__table__, m.LineageRow.__table__)
    session.flush()
    connection = session.connection()
    for start in range(0, len(plans), BATCH):
        batch = [_rows_for(p, agreements[p.record.agreement_uuid], who, now) for p in plans[start:start + BATCH]]
        for i, table in enumerate(tables):
            connection.execute(insert(table), [rows[i] for rows in batch])
        step(len(batch))


def update_all(session: Session, plans: list[Planned], step: Step) -> None:
    for plan in plans:
        plan.record.version = plan.existing.version if plan.existing else 0
        tracking.save(session, plan.record, action=ACTION, source=SOURCE)
        step(1)

"""Writing the checked rows in the import's one transaction.

New activities are written in bulk (executemany): the activity rows, and for each the same
history entry, version head and lineage entry a one-by-one save (:func:`tracking.save`)
writes; SQLite's search index follows through its triggers. Updated activities go through
:func:`tracking.save`, which records what changed field by field."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.services import tracking
from desktop.services.convert import sort_key
from desktop.services import serialize as ser
from desktop.services.spreadsheet.checking import AgreementInfo, Planned
from desktop.store import models as m
from desktop.store.types import new_uuid, utcnow
from desktop.text.normalize import normalize_for_search

BATCH = 1000
ACTION, SOURCE = "import", "spreadsheet"
Step = Callable[[int], None]


@lru_cache(maxsize=65536)
def _normalised_word(word: str) -> str:
    return normalize_for_search(word)


def search_text(rec: r.Activity) -> str:
    """:func:`convert.activity_search_text`, normalised word by word from a cache (the
    normaliser works character by character and turns every space into a word break, so
    joining normalised words gives the same text: checked by the tests)."""
    words = " ".join([rec.title_ar, rec.title_en, rec.place, rec.country, rec.notes]).split(" ")
    return " ".join(n for n in map(_normalised_word, words) if n)


def activity_data(rec: r.Activity) -> dict[str, Any]:
    """:func:`serialize.to_data` of an activity, field by field (same keys, same order)."""
    if rec.indicator_values:  # rare: the generic path, so the digest is the one a save makes
        return ser.to_data(rec)
    return {
        "uuid": rec.uuid, "agreement_uuid": rec.agreement_uuid, "objective_uuid": rec.objective_uuid,
        "kind": rec.kind.value, "title_ar": rec.title_ar, "title_en": rec.title_en,
        "start": rec.start.isoformat() if rec.start else None, "end": rec.end.isoformat() if rec.end else None,
        "place": rec.place, "country": rec.country, "status": rec.status.value,
        "lead_organization_uuid": rec.lead_organization_uuid, "participants": rec.participants, "notes": rec.notes,
    }


def _rows_for(plan: Planned, agreement: AgreementInfo, who: str, now: Any) -> tuple[dict[str, Any], ...]:
    rec = plan.record
    rec.uuid = new_uuid()
    rec.agreement_uuid = agreement.uuid
    activity = {
        "uuid": rec.uuid, "created_at": now, "updated_at": now, "version": 1,
        "agreement_id": agreement.id, "objective_id": None, "lead_organization_id": None,
        "kind": rec.kind, "title_ar": rec.title_ar, "title_en": rec.title_en, "start": rec.start, "end": rec.end,
        "place": rec.place, "country": rec.country, "status": rec.status, "participants": rec.participants,
        "notes": rec.notes, "search_text": search_text(rec),
        "sort_title_ar": sort_key(rec.title_ar), "sort_title_en": sort_key(rec.title_en),  # as a save keeps them
    }
    data = activity_data(rec)
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
    tables = [m.ActivityRow.__table__, m.HistoryRow.__table__, m.RecordHeadRow.__table__, m.LineageRow.__table__]
    session.flush()
    connection = session.connection()
    for start in range(0, len(plans), BATCH):
        batch = [_rows_for(p, agreements[p.record.agreement_uuid], who, now) for p in plans[start:start + BATCH]]
        for i, table in enumerate(tables):
            connection.execute(insert(table), [rows[i] for rows in batch])  # type: ignore[arg-type]
        step(len(batch))

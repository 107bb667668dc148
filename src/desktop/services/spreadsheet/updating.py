"""Writing updated activities in bulk: for each, the UPDATE a save makes (fields, time,
version + 1, search text), and the history entry, version head and lineage entries
:func:`tracking.save` writes. A row that moves an activity to another agreement goes through
:func:`tracking.save` itself (its objective must then be checked against the new agreement)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Table, and_, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.errors import ConflictError
from desktop.domain.messages import Message, N_
from desktop.services import tracking
from desktop.services import serialize as ser
from desktop.services.convert import sort_key
from desktop.services.spreadsheet.applying import ACTION, BATCH, SOURCE, activity_data, search_text
from desktop.services.spreadsheet.checking import Planned
from desktop.store import models as m
from desktop.store.types import utcnow

Step = Callable[[int], None]
IN_CHUNK = 500
_FIELDS = ("kind", "title_ar", "title_en", "start", "end", "place", "country", "status", "participants", "notes")


def update_all(session: Session, plans: list[Planned], step: Step) -> None:
    # moved to another agreement, or reporting other indicator values: one save each (the
    # objective and the values are checked there, and the values written with the record)
    moved = [p for p in plans if p.existing and (p.record.agreement_uuid != p.existing.agreement_uuid
                                                 or "indicator_values" in p.fields)]
    for plan in moved:
        plan.record.version = plan.existing.version if plan.existing else 0
        tracking.save(session, plan.record, action=ACTION, source=SOURCE)
        step(1)
    staying = [p for p in plans if p not in moved]
    session.flush()
    for start in range(0, len(staying), BATCH):
        batch = staying[start:start + BATCH]
        _update_batch(session, batch)
        step(len(batch))


def _heads(session: Session, uuids: list[str]) -> tuple[dict[str, tuple[str, str]], set[tuple[str, str]]]:
    heads: dict[str, tuple[str, str]] = {}
    lineage: set[tuple[str, str]] = set()
    for start in range(0, len(uuids), IN_CHUNK):
        chunk = uuids[start:start + IN_CHUNK]
        query = select(m.RecordHeadRow.record_uuid, m.RecordHeadRow.vid, m.RecordHeadRow.digest)
        heads.update((u, (v, d)) for u, v, d in session.execute(query.where(m.RecordHeadRow.record_uuid.in_(chunk))))
        query2 = select(m.LineageRow.record_uuid, m.LineageRow.digest).where(m.LineageRow.record_uuid.in_(chunk))
        lineage.update((u, d) for u, d in session.execute(query2))
    return heads, lineage


def _update_batch(session: Session, plans: list[Planned]) -> None:
    who, now = tracking.who(session), utcnow()
    uuids = [p.record.uuid or "" for p in plans]
    heads, lineage = _heads(session, uuids)
    rows: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    new_heads: list[dict[str, Any]] = []
    changed_heads: list[dict[str, Any]] = []
    new_lineage: list[dict[str, Any]] = []
    for plan in plans:
        assert plan.existing is not None
        rec, uuid = plan.record, plan.record.uuid or ""
        old, data = activity_data(plan.existing), activity_data(rec)
        rows.append({"b_uuid": uuid, "b_version": plan.existing.version, "updated_at": now, "version": plan.existing.version + 1,
                     "search_text": search_text(rec), **{name: getattr(rec, name) for name in _FIELDS},
                     "sort_title_ar": sort_key(rec.title_ar), "sort_title_en": sort_key(rec.title_en)})
        digest = ser.digest_of_data(data)
        head = heads.get(uuid)
        vid = head[0] if head else ""
        old_digest = ser.digest_of_data(old)
        if head is None or head[1] != old_digest:  # tracking.ensure_head: content changed untracked
            vid = tracking.next_vid(vid, old_digest)
            new_lineage += [] if (uuid, vid) in lineage else [{"record_uuid": uuid, "digest": vid}]
            lineage.add((uuid, vid))
        vid = tracking.next_vid(vid, digest)
        if (uuid, vid) not in lineage:
            new_lineage.append({"record_uuid": uuid, "digest": vid})
            lineage.add((uuid, vid))
        (changed_heads if head else new_heads).append({"b_uuid": uuid, "record_uuid": uuid, "vid": vid, "digest": digest})
        history.append({
            "record_kind": "activity", "record_uuid": uuid, "action": ACTION, "label": ser.label(rec), "source": SOURCE,
            "digest": digest, "changed_by": who, "changed_at": now,
            "changes": json.dumps(ser.field_changes(old, data), ensure_ascii=False),
        })
    _write(session, rows, history, new_heads, changed_heads, new_lineage)


def _write(session: Session, rows: list[dict[str, Any]], history: list[dict[str, Any]], new_heads: list[dict[str, Any]],
           changed_heads: list[dict[str, Any]], new_lineage: list[dict[str, Any]]) -> None:
    connection = session.connection()
    table = cast(Table, m.ActivityRow.__table__)
    values: dict[str, Any] = {name: bindparam(name) for name in ("updated_at", "version", "search_text", "sort_title_ar", "sort_title_en", *_FIELDS)}
    statement = update(table).where(and_(table.c.uuid == bindparam("b_uuid"), table.c.version == bindparam("b_version"))).values(values)
    result = connection.execute(statement, rows)
    if result.rowcount != len(rows):  # changed by someone else since the check read them
        raise ConflictError(Message(N_("Some activities were changed elsewhere during the import; nothing was imported. Check the file again.")))
    connection.execute(insert(m.HistoryRow.__table__), history)  # type: ignore[arg-type]
    heads = cast(Table, m.RecordHeadRow.__table__)
    if changed_heads:
        connection.execute(update(heads).where(heads.c.record_uuid == bindparam("b_uuid")).values(vid=bindparam("vid"), digest=bindparam("digest")),
                           [{"b_uuid": h["b_uuid"], "vid": h["vid"], "digest": h["digest"]} for h in changed_heads])
    if new_heads:
        connection.execute(insert(heads), [{k: h[k] for k in ("record_uuid", "vid", "digest")} for h in new_heads])
    if new_lineage:
        connection.execute(insert(m.LineageRow.__table__), new_lineage)  # type: ignore[arg-type]

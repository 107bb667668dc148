"""Conflicts left by imports: listed for review and resolved field by field (mine / theirs /
an edited value), or, when one side deleted the record, by keeping one side. Unresolved
conflicts stay in the register until somebody resolves them."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.changes import Conflict
from desktop.domain.errors import NotFoundError, SijillError
from desktop.domain.messages import Message, N_
from desktop.services import serialize as ser
from desktop.services import tracking
from desktop.store import models as m
from desktop.store.types import utcnow


def _load(text: str | None) -> Any:
    return json.loads(text) if text else None


def _convert(session: Session, row: m.ConflictRow) -> Conflict:
    mine = _load(row.mine)
    if row.resolved_at is None:
        local = tracking.current(session, row.record_kind, row.record_uuid)
        mine = ser.to_data(local) if local is not None else mine
    theirs = _load(row.theirs)
    fields = sorted(ser.field_changes(mine, theirs)) if mine is not None and theirs is not None else []
    note = ""
    if row.resolved_at is None and row.resolution:
        note = str((_load(row.resolution) or {}).get("error", ""))
    return Conflict(
        id=row.id, record_kind=row.record_kind, record_uuid=row.record_uuid, label=row.label, reason=row.reason,
        source=row.source, mine=mine, theirs=theirs, fields=fields, created_at=row.created_at,
        resolved_at=row.resolved_at, resolved_by=row.resolved_by, note=note,
    )


def list_conflicts(session: Session, open_only: bool = True) -> list[Conflict]:
    query = select(m.ConflictRow).order_by(m.ConflictRow.id)
    if open_only:
        query = query.where(m.ConflictRow.resolved_at.is_(None))
    return [_convert(session, row) for row in session.scalars(query)]


def count_open(session: Session) -> int:
    return session.scalar(select(func.count(m.ConflictRow.id)).where(m.ConflictRow.resolved_at.is_(None))) or 0


def get_conflict(session: Session, conflict_id: int) -> Conflict:
    return _convert(session, _row(session, conflict_id))


def _row(session: Session, conflict_id: int) -> m.ConflictRow:
    row = session.get(m.ConflictRow, conflict_id)
    if row is None:
        raise NotFoundError(Message(N_("No conflict number {id}."), {"id": conflict_id}))
    return row


def _merged(mine: dict[str, Any], theirs: dict[str, Any], choices: dict[str, Any]) -> dict[str, Any]:
    merged = dict(mine)
    for name, choice in choices.items():
        if name == "uuid" or name not in {**mine, **theirs}:
            raise SijillError(Message(N_("No field {field} to choose for."), {"field": name}))
        if choice == "theirs":
            merged[name] = theirs.get(name)
        elif isinstance(choice, dict) and "value" in choice:
            merged[name] = choice["value"]
        elif choice != "mine":
            raise SijillError(Message(N_("Choose mine, theirs or a value for {field}."), {"field": name}))
    return merged


def resolve(session: Session, conflict_id: int, choices: dict[str, Any] | None = None, keep: str | None = None) -> Conflict:
    """Settle a conflict. ``choices`` maps a field to "mine", "theirs" or {"value": ...}
    (fields not named keep mine). When one side deleted the record, ``keep`` says which
    side wins: "mine" or "theirs" (the default is to merge both versions field by field)."""
    row = _row(session, conflict_id)
    if row.resolved_at is not None:
        raise SijillError(Message(N_("This conflict was already resolved.")))
    current = tracking.current(session, row.record_kind, row.record_uuid)
    mine = ser.to_data(current) if current is not None else None
    theirs = _load(row.theirs)
    lineage = set(json.loads(row.theirs_lineage or "[]")) | {row.theirs_digest}
    choices = choices or {}
    if keep in (None, "merge"):
        if mine is None or theirs is None:
            raise SijillError(Message(N_("One side deleted this record: choose whether to keep it or not.")))
        _save(session, row, _merged(mine, theirs, choices), current)
    elif keep == "theirs" and theirs is not None:
        _save(session, row, _merged(theirs, theirs, choices), current)
    elif keep == "theirs" and current is not None:
        tracking.delete(session, row.record_kind, row.record_uuid, action="resolve", source=row.source)
    elif keep == "mine" and mine is not None and choices:
        _save(session, row, _merged(mine, theirs or mine, choices), current)
    elif keep not in ("mine", "theirs"):
        raise SijillError(Message(N_("Choose which side to keep.")))
    tracking.add_lineage(session, row.record_uuid, lineage)
    row.resolved_at, row.resolved_by = utcnow(), tracking.who(session)
    row.resolution = json.dumps({"keep": keep or "merge", "choices": choices}, ensure_ascii=False)
    session.flush()
    return _convert(session, row)


def _save(session: Session, row: m.ConflictRow, data: dict[str, Any], current: Any | None) -> None:
    rec = ser.from_data(row.record_kind, data)
    rec = dataclasses.replace(rec, version=current.version if current is not None else 0)
    saved = tracking.save(session, rec, action="resolve", source=row.source)
    if row.theirs is not None and ser.to_data(saved.record) == _load(row.theirs):
        tracking.set_head(session, row.record_uuid, row.theirs_digest, ser.digest(saved.record))  # theirs, as is

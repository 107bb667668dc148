"""Helpers shared by the services: finding rows, checking versions, save results."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from desktop.domain.changeset import ChangeSet
from desktop.domain.errors import ConflictError, FieldProblem, NotFoundError
from desktop.domain.messages import Message, N_
from desktop.domain.records import Stamp
from desktop.store.models import HistoryRow, Tracked

T = TypeVar("T")
RowT = TypeVar("RowT", bound=Tracked)


@dataclass
class Saved(Generic[T]):
    """What a save returns: the record as stored, warnings worth showing, and what changed
    (empty when the record was saved unchanged)."""

    record: T
    warnings: list[FieldProblem] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)


def row_by_uuid(session: Session, model: type[RowT], uuid: str | None, what: str) -> RowT:
    row = session.scalar(select(model).where(model.uuid == uuid)) if uuid else None
    if row is None:
        raise NotFoundError(Message(N_("No {what} with id {uuid}."), {"what": what, "uuid": uuid}))
    return row


def optional_row(session: Session, model: type[RowT], uuid: str | None, what: str) -> RowT | None:
    return row_by_uuid(session, model, uuid, what) if uuid else None


def last_change(row: Tracked) -> tuple[str, _dt.datetime | None]:
    """Who last changed ``row`` and when (from the history when there is one)."""
    session = object_session(row)
    if session is not None:
        found = session.execute(
            select(HistoryRow.changed_by, HistoryRow.changed_at)
            .where(HistoryRow.record_uuid == row.uuid)
            .order_by(HistoryRow.id.desc())
            .limit(1)
        ).first()
        if found is not None:
            return found[0] or "", found[1]
    return "", row.updated_at


def check_version(row: Tracked, record: Stamp) -> None:
    """Refuse to save over a change made since the record was read, naming who made it."""
    if record.version and row.version != record.version:
        who, when = last_change(row)
        stamp = when.strftime("%Y-%m-%d %H:%M UTC") if when else "?"
        values = {"who": who, "when": stamp, "theirs": row.version, "mine": record.version}
        text = (
            N_("{who} changed this record at {when} (version {theirs}, yours {mine}); reload it before saving.")
            if who
            else N_("This record was changed elsewhere at {when} (version {theirs}, yours {mine}); reload it before saving.")
        )
        raise ConflictError(Message(text, values), who=who, when=when, version=row.version, record_uuid=row.uuid)


_BOOKKEEPING = {"uuid", "version", "created_at", "updated_at", "person", "party", "agreement_reference"}


def _content(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _content(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _BOOKKEEPING or (f.name == "uuid" and not isinstance(value, Stamp))
        }
    if isinstance(value, list):
        return [_content(v) for v in value]
    return value


def same_content(stored: object, wanted: object) -> bool:
    """True when saving ``wanted`` over ``stored`` would change nothing a user entered."""
    return _content(stored) == _content(wanted)


def apply_fields(row: object, record: object, names: list[str]) -> None:
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str):
            value = value.strip() if name in ("reference", "acronym") else value
        if getattr(row, name) != value:
            setattr(row, name, value)

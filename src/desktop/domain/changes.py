"""What happened to records: history entries, the trash, exchange conflicts (plain values)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.messages import N_

ACTIONS = {
    "create": N_("created"),
    "update": N_("changed"),
    "delete": N_("deleted"),
    "restore": N_("restored from the trash"),
    "import": N_("imported"),
    "resolve": N_("conflict resolved"),
}

CONFLICT_REASONS = {
    "edited_both": N_("changed here and there"),
    "deleted_here": N_("deleted here, changed there"),
    "deleted_there": N_("changed here, deleted there"),
    "cannot_apply": N_("could not be applied here"),
}


@dataclass
class HistoryEntry:
    """One change: ``changes`` maps a field to [old, new] (as stored JSON values)."""

    record_kind: str
    record_uuid: str
    when: _dt.datetime
    who: str
    action: str
    label: str = ""
    changes: dict[str, list[Any]] = field(default_factory=dict)
    source: str = ""
    server_user: str | None = None  # the server login that made the change (PostgreSQL)
    server_time: _dt.datetime | None = None  # the server's clock at that change


@dataclass
class TrashEntry:
    record_kind: str
    record_uuid: str
    label: str
    deleted_at: _dt.datetime
    deleted_by: str
    parent_uuid: str | None = None


@dataclass
class Conflict:
    """A record changed on both sides (or deleted on one): both versions, field by field.

    ``mine``/``theirs`` are the records' data (None for the side that deleted it);
    ``fields`` names the fields whose values differ."""

    id: int
    record_kind: str
    record_uuid: str
    label: str
    reason: str
    source: str
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    fields: list[str]
    created_at: _dt.datetime
    resolved_at: _dt.datetime | None = None
    resolved_by: str = ""
    note: str = ""  # why it could not be applied, when that is the reason

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None

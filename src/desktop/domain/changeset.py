"""What a service operation changed, as the views need to know it (like Anki's OpChanges).

A :class:`ChangeSet` names the kinds of record changed, the ids of the records when they are
known (empty: any record of those kinds) and who started the change (the view that saved, so
that it does not refresh itself a second time). Views refresh only what they show of it.

Two different things were both called "history": a partnership's **milestones** (the dated
events of the relationship, :attr:`RecordKind.MILESTONE`) and a record's **change log** (who
changed which field when, :attr:`RecordKind.CHANGE_LOG`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class RecordKind(enum.StrEnum):
    """The kinds of record a change can touch (values as the change log stores them)."""

    AGREEMENT = "agreement"
    ACTIVITY = "activity"
    ORGANIZATION = "organization"
    PERSON = "person"
    MILESTONE = "milestone"
    ATTACHMENT = "attachment"  # a file kept with a record (issue 22)
    CONFLICT = "conflict"  # the bundle merges' conflicts waiting for review
    TRASH = "trash"  # deleted records kept for restoring
    CHANGE_LOG = "change_log"  # a record's change log (who, when, fields old -> new)


#: the record kinds the register's lists show
LISTED = (RecordKind.AGREEMENT, RecordKind.ACTIVITY, RecordKind.ORGANIZATION, RecordKind.PERSON,
          RecordKind.MILESTONE)

_OLD_NAMES = {  # the plural page names the UI used before RecordKind ("history" = milestones)
    "agreements": RecordKind.AGREEMENT, "activities": RecordKind.ACTIVITY,
    "organizations": RecordKind.ORGANIZATION, "people": RecordKind.PERSON,
    "history": RecordKind.MILESTONE, "milestones": RecordKind.MILESTONE, "conflicts": RecordKind.CONFLICT,
    "attachments": RecordKind.ATTACHMENT,
}


def record_kind(name: str | RecordKind) -> RecordKind:
    """``"activity"``, ``"activities"`` or a RecordKind -> the RecordKind."""
    if isinstance(name, RecordKind):
        return name
    return _OLD_NAMES.get(name) or RecordKind(name)


@dataclass(frozen=True)
class ChangeSet:
    """``ids`` empty means "any record of ``kinds``" (a bulk change: import, merge, demo);
    the trash and change log are changed with the records they hold (their ids)."""

    kinds: frozenset[RecordKind] = frozenset()
    ids: frozenset[str] = frozenset()
    initiator: object | None = field(default=None, compare=False)

    @classmethod
    def of(cls, kind: RecordKind | str, *ids: str | None, initiator: object | None = None) -> ChangeSet:
        return cls(frozenset({record_kind(kind)}), frozenset(i for i in ids if i), initiator)

    @classmethod
    def everything(cls, initiator: object | None = None) -> ChangeSet:
        return cls(frozenset(RecordKind), frozenset(), initiator)

    @classmethod
    def coerce(cls, value: ChangeSet | Iterable[str | RecordKind] | None, initiator: object | None = None) -> ChangeSet:
        """A ChangeSet from a ChangeSet or an iterable of kind names (old or new)."""
        if value is None:
            return cls(initiator=initiator)
        if isinstance(value, ChangeSet):
            return value if initiator is None else value.started_by(initiator)
        return cls(frozenset(record_kind(v) for v in value), frozenset(), initiator)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __contains__(self, kind: object) -> bool:
        """``RecordKind.ACTIVITY in changes`` (an old plural name, "activities", too)."""
        try:
            return record_kind(kind) in self.kinds  # type: ignore[arg-type]
        except ValueError:
            return False

    def touches(self, kinds: Iterable[RecordKind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def touches_record(self, kind: RecordKind, uuid: str | None) -> bool:
        """True when the record ``uuid`` of ``kind`` may have changed."""
        return kind in self.kinds and (not self.ids or uuid in self.ids)

    def started_by(self, initiator: object | None) -> ChangeSet:
        return ChangeSet(self.kinds, self.ids, initiator)

    def _any_record(self) -> bool:
        """Records of a listed kind changed, which ones not known."""
        return not self.ids and self.touches(LISTED)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        ids = frozenset() if self._any_record() or other._any_record() else self.ids | other.ids
        return ChangeSet(self.kinds | other.kinds, ids, self.initiator if self.initiator is not None else other.initiator)

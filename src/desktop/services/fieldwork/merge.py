"""Merging a bundle into this database, by UUID, using each record's lineage as the common
base: a record changed on one side only takes that side; changed on both (or deleted on one
and changed on the other) becomes a conflict that keeps both versions. The caller runs the
whole merge in one transaction."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.fieldwork import identity, signing
from desktop.services.fieldwork.incoming import Bundle, Incoming, IncomingTombstone
from desktop.services import serialize as ser
from desktop.services import activities, agreements, attachments, milestones, organizations, tracking
from desktop.store import models as m
from desktop.store.types import utcnow


@dataclass
class ConflictNote:
    kind: str
    uuid: str
    label: str
    reason: str
    fields: list[str]

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class ImportReport:
    bundle_id: str = ""
    source: str = ""
    dry_run: bool = False
    already_received: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    conflicts: list[ConflictNote] = field(default_factory=list)
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (outcome, kind, label)
    contents: int = 0  # attachment contents new to this register
    signature: dict[str, Any] = field(default_factory=lambda: signing.UNSIGNED.as_dict())
    note: Message | None = None  # e.g. this register turned out to be a copy and took an id of its own

    def as_dict(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id, "source": self.source, "dry_run": self.dry_run,
            "already_received": self.already_received,
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "conflicts": len(self.conflicts), "deleted": self.deleted, "attachment_contents": self.contents,
            "conflict_list": [c.as_dict() for c in self.conflicts],
            "changes": [{"outcome": o, "kind": k, "label": lab} for o, k, lab in self.changes],
            "signature": self.signature,
            "note": self.note.render() if self.note else None,
        }


LISTERS: dict[str, Callable[[Session], list[Any]]] = {
    "organization": organizations.list_organizations,
    "person": organizations.list_people,
    "agreement": agreements.list_agreements_full,
    "activity": activities.list_activities,
    "milestone": milestones.list_milestones,
    "attachment": attachments.list_attachments,
}


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class _Known:
    """What this database holds for one kind of record, read in a few queries: the records,
    their version ids and lineages, and which have open conflicts."""

    def __init__(self, session: Session, kind: str, uuids: list[str]) -> None:
        self.records = {rec.uuid: rec for rec in LISTERS[kind](session)}
        self.heads: dict[str, m.RecordHeadRow] = {}
        self.lineages: dict[str, set[str]] = {u: set() for u in uuids}
        self.conflicted: set[str] = set()
        for part in _chunks(uuids):
            for row in session.scalars(select(m.RecordHeadRow).where(m.RecordHeadRow.record_uuid.in_(part))):
                self.heads[row.record_uuid] = row
            for uuid, vid in session.execute(select(m.LineageRow.record_uuid, m.LineageRow.digest).where(m.LineageRow.record_uuid.in_(part))):
                self.lineages[uuid].add(vid)
            query = select(m.ConflictRow.record_uuid).where(m.ConflictRow.record_uuid.in_(part), m.ConflictRow.resolved_at.is_(None))
            self.conflicted |= set(session.scalars(query))


class _Merger:
    def __init__(self, session: Session, incoming: Bundle, source: str, report: ImportReport) -> None:
        self.session, self.bundle, self.source, self.report = session, incoming, source, report
        self.known: _Known | None = None

    def load(self, kind: str, records: list[Incoming]) -> None:
        self.known = _Known(self.session, kind, [inc.record.uuid for inc in records])

    def _head(self, uuid: str, digest: str) -> str:
        if self.known is not None and uuid in self.known.lineages:
            return tracking.mint_known(self.session, uuid, digest, self.known.heads, self.known.lineages[uuid])
        return tracking.ensure_head(self.session, uuid, digest)

    def _lineage(self, uuid: str) -> set[str]:
        if self.known is not None and uuid in self.known.lineages:
            return self.known.lineages[uuid]
        return tracking.lineage(self.session, uuid)

    def _add_lineage(self, uuid: str, vids: set[str]) -> None:
        if not vids <= self._lineage(uuid):
            tracking.add_lineage(self.session, uuid, vids)
            self._forget(uuid)

    def _forget(self, uuid: str) -> None:
        if self.known is not None:
            self.known.heads.pop(uuid, None)
            self.known.lineages.pop(uuid, None)

    # -- outcomes -----------------------------------------------------------------------
    def _count(self, outcome: str, kind: str, label: str) -> None:
        setattr(self.report, outcome, getattr(self.report, outcome) + 1)
        self.report.changes.append((outcome, kind, label))

    def _take(self, inc: Incoming, local: Any | None) -> None:
        rec = dataclasses.replace(inc.record, version=local.version if local is not None else 0)
        tracking.save(self.session, rec, action="import", source=self.source)
        tracking.add_lineage(self.session, inc.record.uuid, inc.lineage)
        tracking.set_head(self.session, inc.record.uuid, inc.vid, inc.digest)
        tracking.remember_version(self.session, inc.record.uuid, inc.vid, ser.to_data(inc.record))
        self._forget(inc.record.uuid)
        self._supersede_conflicts(inc.record.uuid, inc.lineage)
        self._count("updated" if local is not None else "added", inc.kind, ser.label(inc.record))

    def _supersede_conflicts(self, uuid: str, lineage: set[str]) -> None:
        """An open conflict whose both sides the incoming version descends from is settled."""
        if self.known is not None and uuid in self.known.lineages and uuid not in self.known.conflicted:
            return
        for row in self._open_conflicts(uuid):
            if row.theirs_digest in lineage:
                row.resolved_at, row.resolved_by = utcnow(), self.source
                row.resolution = json.dumps({"superseded_by": self.bundle.bundle_id})

    def _open_conflicts(self, uuid: str) -> list[m.ConflictRow]:
        query = select(m.ConflictRow).where(m.ConflictRow.record_uuid == uuid, m.ConflictRow.resolved_at.is_(None))
        return list(self.session.scalars(query))

    def _conflict(self, kind: str, uuid: str, reason: str, mine: Any | None, theirs: Any | None,
                  theirs_digest: str, lineage: set[str], note: str = "", fields: list[str] | None = None) -> None:
        mine_data = ser.to_data(mine) if mine is not None else None
        theirs_data = ser.to_data(theirs) if theirs is not None else None
        label = ser.label(mine if mine is not None else theirs) if (mine or theirs) else uuid
        names = sorted(ser.field_changes(mine_data, theirs_data)) if mine_data and theirs_data else []
        names = sorted(fields) if fields is not None else names
        self.report.conflicts.append(ConflictNote(kind, uuid, label, reason, names))
        existing = self._open_conflicts(uuid)
        if existing and existing[0].theirs_digest == theirs_digest and existing[0].reason == reason:
            return  # the same conflict is already waiting for review
        row = existing[0] if existing else m.ConflictRow(record_kind=kind, record_uuid=uuid)
        row.label, row.reason, row.peer_id = label, reason, self.bundle.source_id
        row.source, row.bundle_id = self.source, self.bundle.bundle_id
        row.mine = json.dumps(mine_data, ensure_ascii=False) if mine_data is not None else None
        row.theirs = json.dumps(theirs_data, ensure_ascii=False) if theirs_data is not None else None
        row.theirs_digest, row.theirs_lineage = theirs_digest, json.dumps(sorted(lineage))
        row.fields, row.resolution, row.created_at = json.dumps(names), note, utcnow()
        self.session.add(row)

    # -- one record -----------------------------------------------------------------------
    def record(self, inc: Incoming) -> None:
        uuid = inc.record.uuid
        local = self.known.records.get(uuid) if self.known else tracking.current(self.session, inc.kind, uuid)
        if local is None:
            self._absent(inc)
            return
        digest = ser.digest(local)
        mine = self._head(uuid, digest)
        if digest == inc.digest:
            self._add_lineage(uuid, inc.lineage)
            if inc.vid > mine:  # same content: both sides settle on the same version id
                tracking.set_head(self.session, uuid, inc.vid, digest)
            self._supersede_conflicts(uuid, inc.lineage)
            self.report.unchanged += 1
        elif mine in inc.lineage:
            self._apply(inc, local)  # changed there only
        elif inc.vid in self._lineage(uuid):
            self.report.unchanged += 1  # changed here only; theirs will get it from us
        else:
            self._changed_both(inc, local)

    def _changed_both(self, inc: Incoming, local: Any) -> None:
        """Both sides changed the record since their common version: the fields changed on
        one side only are merged; only fields changed on both, differently, conflict (their
        other changes are applied meanwhile, so resolving keeps them)."""
        uuid = inc.record.uuid
        base = tracking.common_version(self.session, uuid, inc.lineage)
        if base is None:  # no common version known here (older data): the whole record
            self._conflict(inc.kind, uuid, "edited_both", local, inc.record, inc.vid, inc.lineage)
            return
        mine, theirs = ser.to_data(local), ser.to_data(inc.record)
        clashes = changed_on_both(base, mine, theirs)
        merged = merged_fields(base, mine, theirs)
        if not clashes and self._take_merged(inc, local, merged, settled=True) is not None:
            return
        merged.update({name: mine.get(name) for name in clashes})
        if clashes and merged != mine:
            local = self._take_merged(inc, local, merged, settled=False) or local
        self._conflict(inc.kind, uuid, "edited_both", local, inc.record, inc.vid, inc.lineage, fields=clashes or None)

    def _take_merged(self, inc: Incoming, local: Any, data: dict[str, Any], *, settled: bool) -> Any | None:
        """Save the merged fields (their version joins our lineage when ``settled``, i.e.
        nothing is left to review); the saved record, or None when the two halves do not
        make a valid record together (then it is all kept for review)."""
        uuid = inc.record.uuid
        try:
            with self.session.begin_nested():
                rec = dataclasses.replace(ser.from_data(inc.kind, data), version=local.version)
                saved = tracking.save(self.session, rec, action="import", source=self.source).record
                tracking.remember_version(self.session, uuid, inc.vid, ser.to_data(inc.record))
                if settled:
                    tracking.add_lineage(self.session, uuid, inc.lineage)
                    self._supersede_conflicts(uuid, inc.lineage)
                self._forget(uuid)
        except SijillError:
            return None
        self._count("updated", inc.kind, ser.label(saved))
        return saved

    def _absent(self, inc: Incoming) -> None:
        uuid = inc.record.uuid
        tomb = self.session.scalar(select(m.TombstoneRow).where(m.TombstoneRow.record_uuid == uuid))
        if tomb is None or tomb.marker in inc.lineage:
            self._apply(inc, None)  # new here, or brought back there after our deletion
        elif inc.vid in self._lineage(uuid):
            self.report.unchanged += 1  # deleted here after the version they hold
        else:
            self._conflict(inc.kind, uuid, "deleted_here", None, inc.record, inc.vid, inc.lineage)

    def _apply(self, inc: Incoming, local: Any | None) -> None:
        try:
            with self.session.begin_nested():
                self._take(inc, local)
        except SijillError as exc:
            # It refers to something deleted or changed here: keep it for review.
            self._conflict(inc.kind, inc.record.uuid, "cannot_apply", local, inc.record, inc.vid, inc.lineage,
                           note=json.dumps({"error": exc.message.render()}, ensure_ascii=False))

    # -- one deletion ---------------------------------------------------------------------
    def tombstone(self, tomb: IncomingTombstone) -> None:
        local = tracking.current(self.session, tomb.kind, tomb.uuid)
        if local is None:
            self._remember_tombstone(tomb)
            self._supersede_conflicts(tomb.uuid, tomb.lineage)
            self.report.unchanged += 1
            return
        mine = tracking.ensure_head(self.session, tomb.uuid, ser.digest(local))
        if tomb.marker in tracking.lineage(self.session, tomb.uuid):
            self.report.unchanged += 1  # brought back here after that deletion
        elif mine in tomb.lineage:
            self._delete(tomb, local)
        else:
            self._conflict(tomb.kind, tomb.uuid, "deleted_there", local, None, tomb.marker, tomb.lineage)

    def _delete(self, tomb: IncomingTombstone, local: Any) -> None:
        try:
            with self.session.begin_nested():
                tracking.delete(self.session, tomb.kind, tomb.uuid, action="import", source=self.source)
                row = self.session.scalar(select(m.TombstoneRow).where(m.TombstoneRow.record_uuid == tomb.uuid))
                assert row is not None
                row.marker = tomb.marker
                tracking.add_lineage(self.session, tomb.uuid, tomb.lineage)
                tracking.set_head(self.session, tomb.uuid, tomb.marker, tomb.digest)
                self._supersede_conflicts(tomb.uuid, tomb.lineage)
        except SijillError as exc:  # still used here (e.g. an activity added to the agreement)
            self._conflict(tomb.kind, tomb.uuid, "deleted_there", local, None, tomb.marker, tomb.lineage,
                           note=json.dumps({"error": exc.message.render()}, ensure_ascii=False))
            return
        self._count("deleted", tomb.kind, ser.label(local))

    def _remember_tombstone(self, tomb: IncomingTombstone) -> None:
        row = self.session.scalar(select(m.TombstoneRow).where(m.TombstoneRow.record_uuid == tomb.uuid))
        if row is None:
            self.session.add(m.TombstoneRow(
                record_kind=tomb.kind, record_uuid=tomb.uuid, digest=tomb.digest, marker=tomb.marker,
                in_trash=False, data=None, deleted_by=self.source,
            ))
            tracking.set_head(self.session, tomb.uuid, tomb.marker, tomb.digest)
        tracking.add_lineage(self.session, tomb.uuid, tomb.lineage)


def changed_on_both(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """The fields both sides changed from ``base``, to different values."""
    names = {**base, **mine, **theirs}
    return sorted(n for n in names if mine.get(n) != base.get(n) and theirs.get(n) != base.get(n) and mine.get(n) != theirs.get(n))


def merged_fields(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Ours, with every field they changed from ``base`` taken from theirs."""
    merged = dict(mine)
    for name in {**base, **theirs}:
        if theirs.get(name) != base.get(name):
            merged[name] = theirs.get(name)
    return merged


def _agreements_in_order(records: list[Incoming]) -> list[Incoming]:
    """Predecessors before the agreements that follow them."""
    by_uuid = {inc.record.uuid: inc for inc in records}
    done: set[str] = set()
    ordered: list[Incoming] = []

    def visit(inc: Incoming, depth: int = 0) -> None:
        if inc.record.uuid in done or depth > len(records):
            return
        pred = by_uuid.get(inc.record.predecessor_uuid or "")
        if pred is not None:
            visit(pred, depth + 1)
        done.add(inc.record.uuid)
        ordered.append(inc)

    for inc in records:
        visit(inc)
    return ordered


def source_label(path: str | os.PathLike[str], incoming: Bundle) -> str:
    """The history's source of an import: the file and its verified signer, never the name
    the manifest gives itself (anyone can write that)."""
    return signing.history_source(Path(path).name, incoming.signature)


def merge(session: Session, incoming: Bundle, source: str, *, dry_run: bool = False) -> ImportReport:
    """Merge everything in ``incoming``; the caller commits (or rolls back for a dry run)."""
    own = identity.database_id(session)
    if incoming.source_id == own:
        if not incoming.source_home or incoming.source_home == identity.home(session):
            raise SijillError(Message(N_("This bundle was made by this very database; import it on another one.")))
        identity.renew(session, identity.COPY_SENT)  # a copy made by hand that kept our id
    report = ImportReport(bundle_id=incoming.bundle_id, source=source, dry_run=dry_run, note=identity.note(session))
    known = identity.peer(session, incoming.source_id)
    report.already_received = known is not None and known.last_received_bundle == incoming.bundle_id
    merger = _Merger(session, incoming, source, report)
    for kind in ser.ORDER:
        records = incoming.records.get(kind, [])
        merger.load(kind, records)  # after the kinds before it were merged
        for inc in _agreements_in_order(records) if kind == "agreement" else records:
            merger.record(inc)
    merger.known = None
    order = {kind: i for i, kind in enumerate(ser.ORDER)}
    for tomb in sorted(incoming.tombstones, key=lambda t: -order[t.kind]):
        merger.tombstone(tomb)
    # "Already imported" only when importing it again changed nothing (a bundle forged with
    # an old id but new content is imported like any other).
    report.already_received = report.already_received and not report.changes
    if not report.already_received:
        identity.note_received(session, incoming.source_id, incoming.source_name, incoming.bundle_id, incoming.created_at, utcnow())
    session.flush()
    return report

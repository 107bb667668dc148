"""Saving and deleting with a memory: every change is written to the history (who, when,
fields old -> new, from where), deletions go to the trash and leave a tombstone, and each
content a record takes is added to its lineage (what exchange merges compare)."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.changeset import ChangeSet, RecordKind, record_kind
from desktop.domain.changes import HistoryEntry, TrashEntry
from desktop.domain.errors import NotFoundError, SijillError
from desktop.domain.messages import Message, N_
from desktop.services import activities, agreements, attachment_store, attachments, milestones, organizations
from desktop.services import serialize as ser
from desktop.services.common import Saved
from desktop.store import models as m
from desktop.store.types import utcnow

USER_NAME_KEY = "user_name"
_STORED_NAME = "sijill_stored_user_name"  # session.info key  # where versions before the personal name kept it (shared by everyone)

_acting_name: ContextVar[str | None] = ContextVar("sijill_acting_name", default=None)


@dataclass(frozen=True)
class Spec:
    model: type[m.Tracked]
    get: Callable[[Session, str], Any]
    save: Callable[[Session, Any], Saved[Any]]
    delete: Callable[..., None]


SPECS: dict[str, Spec] = {
    "organization": Spec(m.OrganizationRow, organizations.get_organization, organizations.save_organization, organizations.delete_organization),
    "person": Spec(m.PersonRow, organizations.get_person, organizations.save_person, organizations.delete_person),
    "agreement": Spec(m.AgreementRow, agreements.get_agreement, agreements.save_agreement, agreements.delete_agreement),
    "activity": Spec(m.ActivityRow, activities.get_activity, activities.save_activity, activities.delete_activity),
    "milestone": Spec(m.MilestoneRow, milestones.get_milestone, milestones.save_milestone, milestones.delete_milestone),
    "attachment": Spec(m.AttachmentRow, attachments.get_attachment, attachments.save_attachment, attachments.delete_attachment),
}


# -- settings -------------------------------------------------------------------------------
def get_setting(session: Session, key: str) -> str | None:
    return session.scalar(select(m.SettingRow.value).where(m.SettingRow.key == key))


def set_setting(session: Session, key: str, value: str) -> None:
    session.info.pop(_STORED_NAME, None)
    row = session.scalar(select(m.SettingRow).where(m.SettingRow.key == key))
    if row is None:
        session.add(m.SettingRow(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()


@contextmanager
def acting_as(name: str | None) -> Iterator[None]:
    """Record the changes made inside (in this thread) under ``name`` (None: the default)."""
    token = _acting_name.set((name or "").strip() or None)
    try:
        yield
    finally:
        _acting_name.reset(token)


def _stored_user_name(session: Session) -> str:
    """The name an older version stored in the register, read once per session (a save asks
    for it every time; an import saves thousands of records)."""
    if _STORED_NAME not in session.info:
        session.info[_STORED_NAME] = (get_setting(session, USER_NAME_KEY) or "").strip()
    return str(session.info[_STORED_NAME])


def who(session: Session) -> str:
    """The name changes are recorded under: the one of the acting user (:func:`acting_as`),
    else one stored in the register by an older version, else the OS user."""
    name = _acting_name.get() or _stored_user_name(session)
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return "?"


# -- lineage and history --------------------------------------------------------------------
def lineage(session: Session, uuid: str) -> set[str]:
    return set(session.scalars(select(m.LineageRow.digest).where(m.LineageRow.record_uuid == uuid)))


def add_lineage(session: Session, uuid: str, digests: Iterable[str]) -> bool:
    """Add digests to a record's lineage; True when something was new."""
    wanted = {d for d in digests if d}
    new = wanted - lineage(session, uuid) if wanted else set()
    for value in sorted(new):
        session.add(m.LineageRow(record_uuid=uuid, digest=value))
    return bool(new)


def head(session: Session, uuid: str) -> m.RecordHeadRow | None:
    return session.scalar(select(m.RecordHeadRow).where(m.RecordHeadRow.record_uuid == uuid))


def set_head(session: Session, uuid: str, vid: str, digest: str) -> None:
    """Make ``vid`` the record's current version (and part of its lineage)."""
    _put_head(session, head(session, uuid), uuid, vid, digest)


def _put_head(session: Session, row: m.RecordHeadRow | None, uuid: str, vid: str, digest: str) -> None:
    """``set_head`` with the record's head already read (``row``; None when it has none)."""
    if row is None:
        session.add(m.RecordHeadRow(record_uuid=uuid, vid=vid, digest=digest))
    else:
        row.vid, row.digest = vid, digest
    add_lineage(session, uuid, [vid])


def next_vid(previous: str, digest: str, salt: str = "") -> str:
    """The version id after ``previous`` for this content (the same on every database)."""
    return hashlib.sha256(f"{previous}:{digest}:{salt}".encode("ascii")).hexdigest()


def mint(session: Session, uuid: str, digest: str, salt: str = "") -> str:
    """A new version id, derived from the current one and the new content."""
    row = head(session, uuid)
    vid = next_vid(row.vid if row else "", digest, salt)
    _put_head(session, row, uuid, vid, digest)
    return vid


def mint_known(session: Session, uuid: str, digest: str, heads: dict[str, m.RecordHeadRow], known: set[str]) -> str:
    """:func:`ensure_head` for callers that already read the head rows and the lineage
    (both are kept up to date here)."""
    row = heads.get(uuid)
    if row is not None and row.digest == digest:
        return row.vid
    vid = next_vid(row.vid if row else "", digest)
    if row is None:
        heads[uuid] = m.RecordHeadRow(record_uuid=uuid, vid=vid, digest=digest)
        session.add(heads[uuid])
    else:
        row.vid, row.digest = vid, digest
    if vid not in known:
        session.add(m.LineageRow(record_uuid=uuid, digest=vid))
        known.add(vid)
    return vid


def ensure_head(session: Session, uuid: str, digest: str) -> str:
    """The record's version id, minting one when its content changed without being tracked
    (records from before history existed, or written by other means)."""
    row = head(session, uuid)
    if row is not None and row.digest == digest:
        return row.vid
    return mint(session, uuid, digest)


def remember_version(session: Session, uuid: str, vid: str, data: dict[str, Any]) -> None:
    """Keep the content of version ``vid`` (a merge may need it as the common ancestor)."""
    query = select(m.RecordVersionRow.id).where(m.RecordVersionRow.record_uuid == uuid, m.RecordVersionRow.vid == vid)
    if session.scalar(query) is None:
        session.add(m.RecordVersionRow(record_uuid=uuid, vid=vid, data=ser.canonical_json(data)))


def common_version(session: Session, uuid: str, theirs: set[str]) -> dict[str, Any] | None:
    """The content of our latest version that ``theirs`` (another side's lineage) also holds: what
    both sides started from. None when it is not known here (data from before 0004)."""
    common = theirs & lineage(session, uuid)
    query = (select(m.RecordVersionRow.vid, m.RecordVersionRow.data)
             .where(m.RecordVersionRow.record_uuid == uuid).order_by(m.RecordVersionRow.id.desc()))
    for vid, data in session.execute(query):
        if vid in common:
            found: dict[str, Any] = json.loads(data)
            return found
    return None


def log(
    session: Session, kind: str, uuid: str, action: str, *, label: str = "",
    changes: dict[str, list[Any]] | None = None, source: str = "", digest: str = "",
) -> None:
    session.add(
        m.HistoryRow(
            record_kind=kind, record_uuid=uuid, action=action, label=label, source=source, digest=digest,
            changed_by=who(session), changed_at=utcnow(),
            changes=json.dumps(changes or {}, ensure_ascii=False),
        )
    )


def history(session: Session, uuid: str) -> list[HistoryEntry]:
    rows = session.scalars(select(m.HistoryRow).where(m.HistoryRow.record_uuid == uuid).order_by(m.HistoryRow.id))
    return [
        HistoryEntry(
            record_kind=row.record_kind, record_uuid=row.record_uuid, when=row.changed_at, who=row.changed_by,
            action=row.action, label=row.label, changes=json.loads(row.changes or "{}"), source=row.source,
            server_user=row.server_user, server_time=row.server_time,
        )
        for row in rows
    ]


# -- reading --------------------------------------------------------------------------------
def current(session: Session, kind: str, uuid: str | None) -> Any | None:
    """The record of ``kind`` with this uuid, or None."""
    spec = SPECS[kind]
    if not uuid or session.scalar(select(spec.model.id).where(spec.model.uuid == uuid)) is None:
        return None
    return spec.get(session, uuid)


def _affected(session: Session, kind: str, old: Any, new: Any | None) -> list[tuple[str, str]]:
    """Records a save or delete may change on the side (ON DELETE SET NULL)."""
    if kind == "agreement":
        row_id = session.scalar(select(m.AgreementRow.id).where(m.AgreementRow.uuid == old.uuid))
        found = [("milestone", u) for u in session.scalars(select(m.MilestoneRow.uuid).where(m.MilestoneRow.agreement_id == row_id))] if new is None else []
        kept = {o.uuid for o in new.objectives} if new is not None else set()
        gone = [o.uuid for o in old.objectives if o.uuid not in kept]
        if gone:
            query = select(m.ActivityRow.uuid).join(m.ObjectiveRow, m.ActivityRow.objective_id == m.ObjectiveRow.id)
            found += [("activity", u) for u in session.scalars(query.where(m.ObjectiveRow.uuid.in_(gone)))]
        return found
    if kind == "organization" and new is None:
        query = select(m.ActivityRow.uuid).join(m.OrganizationRow, m.ActivityRow.lead_organization_id == m.OrganizationRow.id)
        return [("activity", u) for u in session.scalars(query.where(m.OrganizationRow.uuid == old.uuid))]
    if kind == "person" and new is None:
        query = select(m.AgreementRow.uuid).join(m.StatementRow).join(m.PersonRow, m.StatementRow.person_id == m.PersonRow.id)
        return [("agreement", u) for u in set(session.scalars(query.where(m.PersonRow.uuid == old.uuid)))]
    return []


def _snapshot(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {key: ser.to_data(SPECS[key[0]].get(session, key[1])) for key in keys}


def _record_side_effects(session: Session, before: dict[tuple[str, str], dict[str, Any]], source: str) -> None:
    for (kind, uuid), old in before.items():
        rec = current(session, kind, uuid)
        if rec is None:
            continue
        data = ser.to_data(rec)
        if data != old:
            dig = ser.digest_of_data(data)
            remember_version(session, uuid, ensure_head(session, uuid, ser.digest_of_data(old)), old)
            remember_version(session, uuid, mint(session, uuid, dig), data)
            log(session, kind, uuid, "update", label=ser.label(rec), changes=ser.field_changes(old, data), source=source, digest=dig)


# -- saving and deleting --------------------------------------------------------------------
def save(session: Session, rec: Any, *, action: str | None = None, source: str = "") -> Saved[Any]:
    """Save through the record's service and remember the change."""
    kind = ser.kind_of(rec)
    before = current(session, kind, rec.uuid)
    side = _snapshot(session, _affected(session, kind, before, rec)) if before is not None else {}
    session.flush()
    saved = SPECS[kind].save(session, rec)
    after = ser.to_data(saved.record)
    old = ser.to_data(before) if before is not None else None
    changes = ser.field_changes(old, after)
    if before is not None and not changes:
        return saved
    saved.changes = change_set(kind, uuid_of(saved.record), side)
    dig = ser.digest_of_data(after)
    uuid = saved.record.uuid
    if old is not None:
        remember_version(session, uuid, ensure_head(session, uuid, ser.digest_of_data(old)), old)
    else:
        _drop_tombstone(session, uuid)
    remember_version(session, uuid, mint(session, uuid, dig), after)
    log(session, kind, uuid, action or ("create" if before is None else "update"), label=ser.label(saved.record),
        changes=changes, source=source, digest=dig)
    _record_side_effects(session, side, source)
    session.flush()
    return saved


def delete(session: Session, kind: str, key: str, *, source: str = "", action: str = "delete", **options: Any) -> Any:
    """Delete through the record's service (its checks apply); the record goes to the trash."""
    rec = SPECS[kind].get(session, key)
    children = []
    if kind == "agreement" and options.get("with_activities"):
        query = select(m.ActivityRow.uuid).join(m.AgreementRow).where(m.AgreementRow.uuid == rec.uuid)
        children = [activities.get_activity(session, u) for u in session.scalars(query)]
    side = _snapshot(session, _affected(session, kind, rec, None))
    attached = attachments.owned(session, [rec.uuid, *(c.uuid for c in children if c.uuid)]) if kind != "attachment" else []
    SPECS[kind].delete(session, key, **options)
    for child in children:
        _to_trash(session, "activity", child, parent=rec.uuid, source=source, action=action)
    for item in attached:
        attachments.delete_attachment(session, item.uuid or "")
        _to_trash(session, "attachment", item, parent=item.owner_uuid, source=source, action=action)
    _to_trash(session, kind, rec, parent=None, source=source, action=action)
    _record_side_effects(session, side, source)
    session.flush()
    return rec


def deleted_changes(kind: str, rec: Any, *, with_activities: bool = False) -> ChangeSet:
    """What :func:`delete` of ``rec`` changed (an agreement's activities when deleted with it)."""
    changes = change_set(kind, rec.uuid, {}) | ChangeSet.of(RecordKind.TRASH)
    for side in _DELETE_SIDE_KINDS.get(kind, ()):  # ON DELETE SET NULL (see _affected)
        changes |= ChangeSet.of(side)
    if with_activities:
        changes |= ChangeSet.of(RecordKind.ACTIVITY)
    return changes


_DELETE_SIDE_KINDS = {
    "agreement": (RecordKind.MILESTONE,),
    "organization": (RecordKind.ACTIVITY,),
    "person": (RecordKind.AGREEMENT,),
}


def uuid_of(rec: Any) -> str:
    return str(rec.uuid)


def change_set(kind: str, uuid: str, side: dict[tuple[str, str], Any]) -> ChangeSet:
    """The record ``uuid`` of ``kind``, the records changed on the side, and the change log."""
    kinds = {record_kind(kind), RecordKind.CHANGE_LOG, *(record_kind(k) for k, _u in side)}
    return ChangeSet(frozenset(kinds), frozenset({uuid, *(u for _k, u in side)}))


def _to_trash(session: Session, kind: str, rec: Any, *, parent: str | None, source: str, action: str) -> None:
    data = ser.to_data(rec)
    dig = ser.digest_of_data(data)
    ensure_head(session, rec.uuid, dig)
    marker = mint(session, rec.uuid, dig, salt="deleted")
    row = session.scalar(select(m.TombstoneRow).where(m.TombstoneRow.record_uuid == rec.uuid))
    if row is None:
        row = m.TombstoneRow(record_kind=kind, record_uuid=rec.uuid)
        session.add(row)
    row.parent_uuid, row.label, row.data = parent, ser.label(rec), ser.canonical_json(data)
    row.digest, row.marker, row.version, row.in_trash = dig, marker, rec.version, True
    row.deleted_at, row.deleted_by = utcnow(), who(session)
    log(session, kind, rec.uuid, action, label=row.label, changes=ser.field_changes(data, None), source=source, digest=dig)


def _drop_tombstone(session: Session, uuid: str) -> None:
    row = session.scalar(select(m.TombstoneRow).where(m.TombstoneRow.record_uuid == uuid))
    if row is not None:
        session.delete(row)


# -- the trash ------------------------------------------------------------------------------
def trash(session: Session) -> list[TrashEntry]:
    query = select(m.TombstoneRow).where(m.TombstoneRow.in_trash.is_(True)).order_by(m.TombstoneRow.deleted_at.desc(), m.TombstoneRow.id.desc())
    return [
        TrashEntry(row.record_kind, row.record_uuid, row.label, row.deleted_at, row.deleted_by, row.parent_uuid)
        for row in session.scalars(query)
    ]


def trashed_record(session: Session, uuid: str) -> Any:
    row = _trash_row(session, uuid)
    return ser.from_data(row.record_kind, json.loads(row.data or "{}"))


def _trash_row(session: Session, uuid: str) -> m.TombstoneRow:
    row = session.scalar(
        select(m.TombstoneRow).where(m.TombstoneRow.record_uuid == uuid, m.TombstoneRow.in_trash.is_(True))
    )
    if row is None or row.data is None:
        raise NotFoundError(Message(N_("Nothing with id {uuid} is in the trash."), {"uuid": uuid}))
    return row


def restore(session: Session, uuid: str) -> Any:
    """Put a record back from the trash (an agreement comes back with its activities)."""
    row = _trash_row(session, uuid)
    if row.parent_uuid and not _exists(session, row.parent_uuid):
        if row.record_kind == "attachment":
            raise SijillError(Message(N_("Restore the record it is attached to ({label}) first."), {"label": _parent_label(session, row.parent_uuid)}))
        raise SijillError(Message(N_("Restore its agreement ({label}) first."), {"label": _parent_label(session, row.parent_uuid)}))
    return _restore_with_children(session, row)


def _exists(session: Session, uuid: str) -> bool:
    return any(session.scalar(select(spec.model.id).where(spec.model.uuid == uuid)) is not None for spec in SPECS.values())


def _restore_with_children(session: Session, row: m.TombstoneRow) -> Any:
    """Save a trashed record back, then what was deleted with it (activities, attachments)."""
    rec = ser.from_data(row.record_kind, json.loads(row.data or "{}"))
    children = list(session.scalars(select(m.TombstoneRow).where(m.TombstoneRow.parent_uuid == rec.uuid, m.TombstoneRow.in_trash.is_(True))))
    saved = save(session, rec, action="restore")
    for child in children:
        _restore_with_children(session, child)
    return saved.record


def _parent_label(session: Session, uuid: str) -> str:
    return session.scalar(select(m.TombstoneRow.label).where(m.TombstoneRow.record_uuid == uuid)) or uuid


def empty_trash(session: Session) -> int:
    """Forget the trashed records' content; the tombstones stay for exchange."""
    rows = list(session.scalars(select(m.TombstoneRow).where(m.TombstoneRow.in_trash.is_(True))))
    for row in rows:
        row.in_trash, row.data = False, None
    session.flush()
    attachment_store.drop_unreferenced(session)
    return len(rows)

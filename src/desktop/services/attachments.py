"""Attachments: files kept with agreements, activities, organisations and milestones.

An attachment is a tracked record (history, trash, undo by restore, exchange lineage) whose
contents are stored once per SHA-256 by :mod:`desktop.services.attachment_store`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import records as r
from desktop.domain.attachments import clean_name
from desktop.domain.errors import FieldProblem, NotFoundError, SijillError, ValidationError
from desktop.domain.kinds import AttachmentKind
from desktop.domain.messages import Message, N_
from desktop.services import attachment_store as store
from desktop.services import attachment_text
from desktop.services.common import Saved, apply_fields, check_version, row_by_uuid, same_content
from desktop.services.validation import problem, storable_text, text_lengths
from desktop.store import models as m
from desktop.store.types import utcnow
from desktop.text.normalize import normalize_for_search

#: record kind -> its table: what an attachment can belong to
OWNERS: dict[str, type[m.Tracked]] = {
    "agreement": m.AgreementRow,
    "activity": m.ActivityRow,
    "organization": m.OrganizationRow,
    "milestone": m.MilestoneRow,
}
FIELDS = ["owner_kind", "owner_uuid", "name", "title_ar", "title_en", "kind", "media_type", "size",
          "sha256", "added_by", "added_at"]
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def convert(row: m.AttachmentRow) -> r.Attachment:
    return r.Attachment(
        uuid=row.uuid, version=row.version, created_at=row.created_at, updated_at=row.updated_at,
        owner_kind=row.owner_kind, owner_uuid=row.owner_uuid, name=row.name, title_ar=row.title_ar,
        title_en=row.title_en, kind=row.kind, media_type=row.media_type, size=row.size, sha256=row.sha256,
        added_by=row.added_by, added_at=row.added_at,
    )


# -- owners ---------------------------------------------------------------------------------
def find_owner(session: Session, key: str) -> tuple[str, str]:
    """(kind, uuid) of the record ``key`` names: an agreement's reference, or any owner's UUID."""
    found = session.scalar(select(m.AgreementRow.uuid).where(m.AgreementRow.reference == key.strip()))
    if found:
        return "agreement", found
    for kind, model in OWNERS.items():
        if session.scalar(select(model.id).where(model.uuid == key.strip())) is not None:
            return kind, key.strip()
    raise NotFoundError(Message(N_("No agreement, activity, organisation or milestone with reference or id {key}."), {"key": key}))


def _owner_exists(session: Session, kind: str, uuid: str) -> bool:
    model = OWNERS.get(kind)
    return model is not None and session.scalar(select(model.id).where(model.uuid == uuid)) is not None


# -- reading --------------------------------------------------------------------------------
def list_attachments(session: Session, owner_key: str | None = None) -> list[r.Attachment]:
    """The attachments of one record (agreement reference or any owner UUID), or all."""
    query = select(m.AttachmentRow).order_by(m.AttachmentRow.added_at, m.AttachmentRow.id)
    if owner_key is not None:
        _kind, uuid = find_owner(session, owner_key)
        query = query.where(m.AttachmentRow.owner_uuid == uuid)
    return [convert(row) for row in session.scalars(query)]


def owned(session: Session, owner_uuids: list[str]) -> list[r.Attachment]:
    if not owner_uuids:
        return []
    query = select(m.AttachmentRow).where(m.AttachmentRow.owner_uuid.in_(owner_uuids)).order_by(m.AttachmentRow.added_at, m.AttachmentRow.id)
    return [convert(row) for row in session.scalars(query)]


def get_attachment(session: Session, uuid: str) -> r.Attachment:
    return convert(row_by_uuid(session, m.AttachmentRow, uuid, "attachment"))


def extract(session: Session, uuid: str, handle: IO[Any]) -> r.Attachment:
    """Write an attachment's exact bytes into ``handle`` (checked against its SHA-256)."""
    rec = get_attachment(session, uuid)
    store.write_content(session, rec.sha256, handle)
    return rec


# -- writing --------------------------------------------------------------------------------
def validate(rec: r.Attachment) -> list[FieldProblem]:
    problems = text_lengths(rec, ["title_ar", "title_en", "name"]) + storable_text(rec)
    if rec.owner_kind not in OWNERS:
        problems.append(problem("owner_kind", N_("An attachment belongs to an agreement, activity, organisation or milestone.")))
    if not _HEX64.match(rec.sha256 or ""):
        problems.append(problem("sha256", N_("An attachment needs the SHA-256 of its contents.")))
    if rec.name != clean_name(rec.name):
        problems.append(problem("name", N_("The attachment's file name holds folders or hidden characters.")))
    if rec.size < 0 or len(rec.name) > 255 or len(rec.media_type) > 100 or len(rec.added_by) > 200 or len(rec.added_at) > 40:
        problems.append(problem("name", N_("The attachment's description is malformed.")))
    return problems


def _search_text(session: Session, row: m.AttachmentRow, content_changed: bool) -> str:
    words = row.search_text.partition("\n")[2] if not content_changed else (
        attachment_text.search_words(session, row.sha256, row.media_type, row.size)
    )
    return normalize_for_search(" ".join([row.name, row.title_ar, row.title_en])) + "\n" + words


def save_attachment(session: Session, rec: r.Attachment) -> Saved[r.Attachment]:
    """Save an attachment's description; its contents must already be stored."""
    problems = validate(rec)
    if problems:
        raise ValidationError(problems)
    if not _owner_exists(session, rec.owner_kind, rec.owner_uuid):
        raise NotFoundError(Message(N_("The record this attachment belongs to ({uuid}) is not in the register."), {"uuid": rec.owner_uuid}))
    if store.stored_size(session, rec.sha256) != rec.size:
        raise SijillError(Message(N_("The contents of attachment {name} are not in the register."), {"name": rec.name}))
    row = session.scalar(select(m.AttachmentRow).where(m.AttachmentRow.uuid == rec.uuid)) if rec.uuid else None
    if row is not None:
        check_version(row, rec)
        if same_content(convert(row), rec):
            return Saved(convert(row))
        row.updated_at = utcnow()
        content_changed = row.sha256 != rec.sha256
    else:
        row = m.AttachmentRow(uuid=rec.uuid) if rec.uuid else m.AttachmentRow()
        session.add(row)
        content_changed = True
    apply_fields(row, rec, FIELDS)
    row.search_text = _search_text(session, row, content_changed)
    session.flush()
    return Saved(convert(row))


def delete_attachment(session: Session, uuid: str) -> None:
    session.delete(row_by_uuid(session, m.AttachmentRow, uuid, "attachment"))
    session.flush()


def add_attachment(
    session: Session, owner_key: str, path: str | Path, *, title_ar: str = "", title_en: str = "",
    kind: AttachmentKind | str = AttachmentKind.OTHER, added_by: str = "", name: str | None = None,
    uuid: str | None = None,
) -> r.Attachment:
    """Store a file's contents (refused over the register's cap before anything is written)
    and describe it; the caller saves the returned record through tracking."""
    source = Path(path)
    if not source.is_file():
        raise SijillError(Message(N_("No file at {path}."), {"path": str(source)}))
    try:
        kind = AttachmentKind(kind)
    except ValueError:
        raise SijillError(Message(N_("Unknown kind of attachment {kind!r}; use one of: {kinds}."),
                                  {"kind": kind, "kinds": ", ".join(k.value for k in AttachmentKind)})) from None
    owner_kind, owner_uuid = find_owner(session, owner_key)
    limit = store.limit_bytes(session)
    content = store.describe_file(source, limit)
    store.store_file(session, source, content, limit)
    return r.Attachment(
        uuid=uuid, owner_kind=owner_kind, owner_uuid=owner_uuid, name=clean_name(name if name is not None else source.name),
        title_ar=title_ar, title_en=title_en, kind=kind, media_type=content.media_type, size=content.size,
        sha256=content.sha256, added_by=added_by, added_at=utcnow().isoformat(timespec="seconds"),
    )

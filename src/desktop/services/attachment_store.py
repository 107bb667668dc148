"""Where attached files' bytes live: one row per 1 MiB chunk in ``attachment_chunk``, stored
once per SHA-256 (a BLOB on SQLite, bytea on PostgreSQL), written and read a chunk at a time
so a large file never sits whole in memory. Also: the per-register size cap, the file name
as given (path parts and invisible controls removed) and the media type sniffed from the
content (``filetype``), never from the name."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO

import filetype  # type: ignore[import-untyped]
from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.store import models as m

CHUNK = 1 << 20  # 1 MiB a row
SNIFF = 8192  # what filetype needs from the start of a file
LIMIT_KEY = "attachment_limit_mb"
DEFAULT_LIMIT_MB = 100


@dataclass(frozen=True)
class Content:
    sha256: str
    size: int
    media_type: str


# -- the size cap ---------------------------------------------------------------------------
def limit_mb(session: Session) -> int:
    """The register's per-file cap in MB (``sijill attachments limit``); 100 by default."""
    value = session.scalar(select(m.SettingRow.value).where(m.SettingRow.key == LIMIT_KEY))
    try:
        return int(value) if value else DEFAULT_LIMIT_MB
    except ValueError:
        return DEFAULT_LIMIT_MB


def set_limit_mb(session: Session, megabytes: int) -> int:
    if not 1 <= megabytes <= 4096:
        raise SijillError(Message(N_("The attachment size limit must be between 1 and 4096 MB.")))
    row = session.scalar(select(m.SettingRow).where(m.SettingRow.key == LIMIT_KEY))
    if row is None:
        session.add(m.SettingRow(key=LIMIT_KEY, value=str(megabytes)))
    else:
        row.value = str(megabytes)
    session.flush()
    return megabytes


def limit_bytes(session: Session) -> int:
    return limit_mb(session) * 1_000_000


def too_large(size: int, limit: int) -> SijillError:
    return SijillError(Message(
        N_("The file is {size} MB, larger than this register's limit of {limit} MB for one attachment; nothing was added."),
        {"size": _mb(size), "limit": _mb(limit)},
    ))


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}".rstrip("0").rstrip(".")


# -- names and types ------------------------------------------------------------------------
def sniff(head: bytes) -> str:
    """The media type from the first bytes; text/plain for UTF-8 text, else octet-stream."""
    kind = filetype.guess(head) if head else None
    if kind is not None:
        return str(kind.mime)
    if head and b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 4:  # a character cut at the end of the sample
                return "text/plain"
    return "application/octet-stream"


# -- storing and reading contents -----------------------------------------------------------
def _read_chunks(stream: BinaryIO, limit: int) -> Iterator[bytes]:
    total = 0
    while chunk := stream.read(CHUNK):
        total += len(chunk)
        if total > limit:
            raise too_large(total, limit)
        yield chunk


def describe_file(path: Path, limit: int) -> Content:
    """Size, SHA-256 and sniffed type of a file, read in chunks; refused over ``limit``."""
    size = os.stat(path).st_size
    if size > limit:
        raise too_large(size, limit)
    digest, total, head = hashlib.sha256(), 0, b""
    with open(path, "rb") as stream:
        for chunk in _read_chunks(stream, limit):
            if not total:
                head = chunk[:SNIFF]
            digest.update(chunk)
            total += len(chunk)
    return Content(digest.hexdigest(), total, sniff(head))


def has_content(session: Session, sha256: str) -> bool:
    return session.scalar(select(m.AttachmentChunkRow.seq).where(m.AttachmentChunkRow.sha256 == sha256).limit(1)) is not None


def stored_size(session: Session, sha256: str) -> int | None:
    """The size of stored contents (None when not stored)."""
    if not has_content(session, sha256):
        return None
    return int(session.scalar(select(func.sum(func.length(m.AttachmentChunkRow.data))).where(m.AttachmentChunkRow.sha256 == sha256)) or 0)


def store_chunks(session: Session, sha256: str, chunks: Iterable[bytes]) -> int:
    """Store contents that should hash to ``sha256`` (skipped if already stored); a mismatch
    (a file changed while being read, a damaged bundle) raises and the caller rolls back."""
    if has_content(session, sha256):
        for _ in chunks:  # still read through, so a damaged source is noticed
            pass
        return 0
    digest, seq, total = hashlib.sha256(), 0, 0
    for chunk in _rechunk(chunks):
        digest.update(chunk)
        session.execute(insert(m.AttachmentChunkRow).values(sha256=sha256, seq=seq, data=chunk))
        seq, total = seq + 1, total + len(chunk)
    if digest.hexdigest() != sha256:
        raise SijillError(Message(N_("The file's contents changed while it was being read, or do not match their checksum; nothing was added.")))
    if seq == 0:
        session.execute(insert(m.AttachmentChunkRow).values(sha256=sha256, seq=0, data=b""))
    return total


def _rechunk(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The same bytes in chunks of exactly CHUNK (the last one shorter)."""
    pending = bytearray()
    for chunk in chunks:
        pending += chunk
        while len(pending) >= CHUNK:
            yield bytes(pending[:CHUNK])
            del pending[:CHUNK]
    if pending:
        yield bytes(pending)


def store_file(session: Session, path: Path, content: Content, limit: int) -> None:
    with open(path, "rb") as stream:
        store_chunks(session, content.sha256, _read_chunks(stream, limit))


def iter_content(session: Session, sha256: str) -> Iterator[bytes]:
    """The stored bytes, one chunk (one query) at a time."""
    seq = 0
    while True:
        chunk = session.scalar(
            select(m.AttachmentChunkRow.data).where(m.AttachmentChunkRow.sha256 == sha256, m.AttachmentChunkRow.seq == seq)
        )
        if chunk is None:
            return
        yield bytes(chunk)
        seq += 1


def write_content(session: Session, sha256: str, handle: IO[Any]) -> str:
    """Copy the stored bytes into ``handle``, checking them against their SHA-256."""
    digest = hashlib.sha256()
    for chunk in iter_content(session, sha256):
        digest.update(chunk)
        handle.write(chunk)
    if digest.hexdigest() != sha256:
        raise SijillError(Message(N_("The stored contents of this attachment are damaged (checksum mismatch).")))
    return sha256


def drop_unreferenced(session: Session) -> int:
    """Forget contents no attachment (in the register, in the trash or in a conflict waiting
    for review) refers to."""
    used = select(m.AttachmentRow.sha256)
    trashed = {
        sha for sha in session.scalars(select(m.AttachmentChunkRow.sha256).where(m.AttachmentChunkRow.sha256.not_in(used)).distinct())
        if _still_needed(session, sha)
    }
    query = delete(m.AttachmentChunkRow).where(m.AttachmentChunkRow.sha256.not_in(used))
    if trashed:
        query = query.where(m.AttachmentChunkRow.sha256.not_in(sorted(trashed)))
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]


def _still_needed(session: Session, sha256: str) -> bool:
    pattern = f'%"sha256":"{sha256}"%'
    trashed = select(m.TombstoneRow.id).where(
        m.TombstoneRow.record_kind == "attachment", m.TombstoneRow.in_trash.is_(True), m.TombstoneRow.data.like(pattern),
    )
    conflicted = select(m.ConflictRow.id).where(
        m.ConflictRow.record_kind == "attachment", m.ConflictRow.resolved_at.is_(None),
        m.ConflictRow.theirs.like(pattern) | m.ConflictRow.mine.like(pattern),
    )
    return session.scalar(trashed.limit(1)) is not None or session.scalar(conflicted.limit(1)) is not None


def check(connection: Connection) -> list[str]:
    """``sijill check``: attachments whose contents are missing or of the wrong size, or whose
    record is gone (sizes only: the contents are not read)."""
    sizes = (
        select(m.AttachmentChunkRow.sha256, func.sum(func.length(m.AttachmentChunkRow.data)).label("size"))
        .group_by(m.AttachmentChunkRow.sha256)
        .subquery()
    )
    query = (
        select(m.AttachmentRow.uuid, m.AttachmentRow.name, m.AttachmentRow.size, sizes.c.size)
        .outerjoin(sizes, sizes.c.sha256 == m.AttachmentRow.sha256)
        .where((sizes.c.size.is_(None)) | (sizes.c.size != m.AttachmentRow.size))
    )
    problems = [
        f"attachment {uuid} ({name}): contents missing" if stored is None
        else f"attachment {uuid} ({name}): {stored} bytes stored, {size} expected"
        for uuid, name, size, stored in connection.execute(query.limit(20))
    ]
    for kind, model in (("agreement", m.AgreementRow), ("activity", m.ActivityRow),
                        ("organization", m.OrganizationRow), ("milestone", m.MilestoneRow)):
        orphans = select(m.AttachmentRow.uuid).where(
            m.AttachmentRow.owner_kind == kind, m.AttachmentRow.owner_uuid.not_in(select(model.uuid))
        )
        problems += [f"attachment {uuid}: its {kind} is missing" for uuid in connection.scalars(orphans.limit(20))]
    return problems

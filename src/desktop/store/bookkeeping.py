"""The register's bookkeeping tables: each record's change history, the trash and its
tombstones, version lineages and heads, the contents of each version, exchange peers and
conflicts waiting for review. Defined on the same metadata as :mod:`desktop.store.models`
(which imports them, so ``models.HistoryRow`` and the rest are found there too)."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base
from desktop.store.types import UTCDateTime, utcnow


# -- history, trash and exchange (issue 5) ----------------------------------------------------


class HistoryRow(Base):
    """One change to one record: who, when, what (fields old -> new as JSON), from where."""

    __tablename__ = "record_history"
    __table_args__ = (Index("ix_record_history_record", "record_uuid", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_uuid: Mapped[str] = mapped_column(String(36))
    changed_at: Mapped[_dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(16))  # create/update/delete/restore/import/resolve
    label: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")  # {"field": [old, new]}
    source: Mapped[str] = mapped_column(Text, default="")  # e.g. "bundle X of laptop Y"
    digest: Mapped[str] = mapped_column(String(64), default="")  # content digest after the change
    # written by the server (PostgreSQL trigger, issue 21): the login and the server's clock;
    # ``changed_by`` is the name the app shows, information only. NULL on SQLite.
    server_user: Mapped[str | None] = mapped_column(String(200))
    server_time: Mapped[_dt.datetime | None] = mapped_column(UTCDateTime)


class TombstoneRow(Base):
    """A deleted record: kept in the trash (restorable, ``data`` holds it) until the trash is
    emptied; the tombstone itself stays so that exchange bundles carry the deletion."""

    __tablename__ = "tombstone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    parent_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str | None] = mapped_column(Text)  # the record's JSON while in the trash
    digest: Mapped[str] = mapped_column(String(64), default="")  # content digest when deleted
    marker: Mapped[str] = mapped_column(String(64), default="")  # this deletion's lineage entry
    version: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[_dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    deleted_by: Mapped[str] = mapped_column(String(200), default="")
    in_trash: Mapped[bool] = mapped_column(default=True)


class LineageRow(Base):
    """Every content digest a record has had here (or arrived with): the ancestry that
    lets a merge tell "changed on one side" from "changed on both"."""

    __tablename__ = "record_lineage"
    __table_args__ = (UniqueConstraint("record_uuid", "digest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    digest: Mapped[str] = mapped_column(String(64))


class RecordHeadRow(Base):
    """A record's current version id (``vid``) and the content digest it was minted for.
    Each change mints a new vid from the previous one, so going back to earlier content is
    still a new version (the lineage holds vids, not contents)."""

    __tablename__ = "record_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    vid: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64), default="")


class ExchangePeerRow(Base):
    """Another database this one exchanges bundles with (a laptop, the office)."""

    __tablename__ = "exchange_peer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    peer_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    last_received_bundle: Mapped[str | None] = mapped_column(String(36))
    last_received_created_at: Mapped[_dt.datetime | None] = mapped_column(UTCDateTime)
    last_imported_at: Mapped[_dt.datetime | None] = mapped_column(UTCDateTime)
    last_sent_bundle: Mapped[str | None] = mapped_column(String(36))
    last_sent_at: Mapped[_dt.datetime | None] = mapped_column(UTCDateTime)


class ConflictRow(Base):
    """A record changed on both sides (or deleted on one, edited on the other), waiting for
    review. Both versions are kept as JSON; nothing was overwritten."""

    __tablename__ = "exchange_conflict"
    __table_args__ = (Index("ix_exchange_conflict_open", "resolved_at", "record_uuid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(32))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(32))  # edited_both / deleted_here / deleted_there
    peer_id: Mapped[str] = mapped_column(String(36), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    mine: Mapped[str | None] = mapped_column(Text)  # JSON, None when deleted here
    theirs: Mapped[str | None] = mapped_column(Text)  # JSON, None when deleted there
    theirs_digest: Mapped[str] = mapped_column(String(64), default="")  # their version id
    theirs_lineage: Mapped[str] = mapped_column(Text, default="[]")
    fields: Mapped[str] = mapped_column(Text, default="[]")  # names of the fields that differ
    created_at: Mapped[_dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[_dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolution: Mapped[str] = mapped_column(Text, default="")  # JSON: {field: mine|theirs|edited}



class RecordVersionRow(Base):
    """The content (canonical JSON of the user-entered fields) a record had at a version id,
    kept so that a merge finds what both sides started from (their latest common version)
    and takes a field changed on one side only (issue 15)."""

    __tablename__ = "record_version"
    __table_args__ = (UniqueConstraint("record_uuid", "vid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    vid: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)

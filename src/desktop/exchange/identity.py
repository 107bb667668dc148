"""Who this database is (its id and name) and what it knows of the databases it exchanges
bundles with."""

from __future__ import annotations

import datetime as _dt
import socket
import uuid as _uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.tracking import get_setting, set_setting
from desktop.store import models as m

DATABASE_ID_KEY = "database_id"
DATABASE_NAME_KEY = "database_name"


def database_id(session: Session) -> str:
    """This database's id, made on first need and kept in the register."""
    value = get_setting(session, DATABASE_ID_KEY)
    if not value:
        value = str(_uuid.uuid4())
        set_setting(session, DATABASE_ID_KEY, value)
    return value


def database_name(session: Session) -> str:
    """A name people recognise ("office", "laptop of Amina"); the computer's name by default."""
    name = (get_setting(session, DATABASE_NAME_KEY) or "").strip()
    if name:
        return name
    try:
        return socket.gethostname() or "?"
    except OSError:
        return "?"


def peer(session: Session, peer_id: str) -> m.ExchangePeerRow | None:
    return session.scalar(select(m.ExchangePeerRow).where(m.ExchangePeerRow.peer_id == peer_id))


def received_from_peers(session: Session) -> dict[str, dict[str, Any]]:
    """What this database last received from each peer (goes into every bundle's manifest)."""
    result: dict[str, dict[str, Any]] = {}
    for row in session.scalars(select(m.ExchangePeerRow).order_by(m.ExchangePeerRow.id)):
        if row.last_received_bundle:
            result[row.peer_id] = {
                "name": row.name,
                "bundle_id": row.last_received_bundle,
                "created_at": _iso(row.last_received_created_at),
                "imported_at": _iso(row.last_imported_at),
            }
    return result


def note_received(session: Session, peer_id: str, name: str, bundle_id: str, created_at: _dt.datetime | None, now: _dt.datetime) -> None:
    row = peer(session, peer_id)
    if row is None:
        row = m.ExchangePeerRow(peer_id=peer_id, name=name)
        session.add(row)
    row.name = name or row.name
    row.last_received_bundle = bundle_id
    row.last_received_created_at = created_at
    row.last_imported_at = now
    session.flush()


def _iso(value: _dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None

"""Who this database is (its id and name) and what it knows of the databases it exchanges
bundles with."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import socket
import uuid as _uuid
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from desktop.domain.messages import Message, N_
from desktop.services.tracking import get_setting, set_setting
from desktop.store import models as m

DATABASE_ID_KEY = "database_id"
DATABASE_NAME_KEY = "database_name"
HOME_KEY = "database_home"  # where the id belongs: a fingerprint of this machine and the file's path
PREVIOUS_IDS_KEY = "database_previous_ids"
_NOTE = "sijill_identity_note"  # session.info: what happened to the id in this session

COPIED = N_(
    "This register is a copy (or was moved here) from the place its id belongs to; it now has an "
    "id of its own ({id}, was {previous}), so bundles go both ways between it and the original with no edit lost."
)
COPY_SENT = N_(
    "This bundle comes from a copy of this register made by hand, which had the same id; this register "
    "now has an id of its own ({id}, was {previous}) and the bundle was merged."
)


def _machine() -> str:
    for source in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            with open(source, encoding="ascii") as handle:
                found = handle.read().strip()
            if found:
                return found
        except OSError:
            continue
    return f"{socket.gethostname()}/{_uuid.getnode():x}"


def home(session: Session) -> str | None:
    """Where this register is: a fingerprint of the machine and the file's real path (no
    path is stored or sent); None for a server database, which is not copied as a file."""
    bind = session.get_bind()
    url = bind.engine.url if isinstance(bind, Connection) else bind.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    path = url.database[len("file:"):].split("?", 1)[0] if url.database.startswith("file:") else url.database
    real = os.path.normcase(os.path.realpath(unquote(path)))
    return hashlib.sha256(f"{_machine()}\0{real}".encode("utf-8", "surrogateescape")).hexdigest()[:32]


def database_id(session: Session) -> str:
    """This database's id, made on first need and kept in the register. The id belongs to
    one file on one machine: a copy of the file (``backup -o``, a copy by hand, a laptop set
    up from the office's file) notices that it is elsewhere and takes an id of its own, so
    the original and the copy exchange bundles like any two registers (see docs/field-work.md)."""
    value = get_setting(session, DATABASE_ID_KEY)
    where = home(session)
    if not value:
        value = str(_uuid.uuid4())
        set_setting(session, DATABASE_ID_KEY, value)
        if where is not None:
            set_setting(session, HOME_KEY, where)
        return value
    if where is None:
        return value
    bound = get_setting(session, HOME_KEY)
    if bound is None:
        set_setting(session, HOME_KEY, where)  # made before ids were bound: it belongs here
    elif bound != where:
        value = renew(session, COPIED)
    return value


def renew(session: Session, why: str) -> str:
    """Give this database a new id (the old one is remembered); ``why`` is what to tell."""
    old = get_setting(session, DATABASE_ID_KEY) or ""
    new = str(_uuid.uuid4())
    previous = json.loads(get_setting(session, PREVIOUS_IDS_KEY) or "[]")
    set_setting(session, PREVIOUS_IDS_KEY, json.dumps([*previous, old][-100:]))
    set_setting(session, DATABASE_ID_KEY, new)
    where = home(session)
    if where is not None:
        set_setting(session, HOME_KEY, where)
    session.info[_NOTE] = Message(why, {"id": new, "previous": old})
    return new


def note(session: Session) -> Message | None:
    """What happened to this database's id in this session, once (None: nothing)."""
    found = session.info.pop(_NOTE, None)
    return found if isinstance(found, Message) else None


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

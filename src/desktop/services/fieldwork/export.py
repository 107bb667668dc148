"""Exporting a bundle: the chosen agreements (or everything) with what they refer to, every
record with its lineage, and the tombstones of deleted records."""

from __future__ import annotations

import datetime as _dt
import os
import uuid as _uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.exchange import bundle
from desktop.services.fieldwork import attachments
from desktop.services.fieldwork import identity, signing
from desktop.services import activities, agreements, milestones, organizations, tracking
from desktop.services import attachments as attachment_records
from desktop.services import serialize as ser
from desktop.store import models as m
from desktop.store.types import utcnow

TOMBSTONES = "tombstones.json"


def member_name(kind: str) -> str:
    return f"records/{kind}.json"


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    counts: dict[str, int] = field(default_factory=dict)
    tombstones: int = 0
    attachment_contents: int = 0  # contents carried (once per SHA-256)
    attachments_left_out: int = 0  # attachments not carried (--no-attachments)
    note: Message | None = None  # e.g. this register is a copy and took an id of its own

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "bundle_id": self.bundle_id, "records": self.counts, "tombstones": self.tombstones,
                "attachment_contents": self.attachment_contents, "attachments_left_out": self.attachments_left_out,
                "note": self.note.render() if self.note else None}


def _everything(session: Session) -> dict[str, list[Any]]:
    return {
        "organization": organizations.list_organizations(session),
        "person": organizations.list_people(session),
        "agreement": agreements.list_agreements_full(session),
        "activity": activities.list_activities(session),
        "milestone": milestones.list_milestones(session),
        "attachment": attachment_records.list_attachments(session),
    }


def _select(found: dict[str, list[Any]], refs: list[str] | None, since: _dt.datetime | None) -> dict[str, list[Any]]:
    """The records to send: those of the chosen agreements (changed since ``since``) plus
    everything they refer to, so that the destination can always apply them."""
    by_uuid = {kind: {rec.uuid: rec for rec in recs} for kind, recs in found.items()}
    if refs:
        chosen = _chosen_agreements(found["agreement"], refs, by_uuid["agreement"])
        primary = {
            "agreement": [by_uuid["agreement"][u] for u in chosen],
            "activity": [a for a in found["activity"] if a.agreement_uuid in chosen],
            "milestone": [ms for ms in found["milestone"] if ms.agreement_uuid in chosen],
            "organization": [], "person": [], "attachment": [],
        }
    else:
        primary = {kind: list(recs) for kind, recs in found.items()}
    if since is not None:
        primary = {kind: [rec for rec in recs if rec.updated_at is None or rec.updated_at >= since] for kind, recs in primary.items()}
    wanted: dict[str, dict[str, Any]] = {kind: {rec.uuid: rec for rec in recs} for kind, recs in primary.items()}
    _add_references(wanted, by_uuid)
    if refs:
        owners = {uuid for kind, recs in wanted.items() for uuid in recs}
        wanted["attachment"] = {a.uuid: a for a in found["attachment"] if a.owner_uuid in owners}
        if since is not None:
            wanted["attachment"] = {u: a for u, a in wanted["attachment"].items() if a.updated_at is None or a.updated_at >= since}
    return {kind: list(wanted[kind].values()) for kind in ser.ORDER}


def _chosen_agreements(all_agreements: list[r.Agreement], refs: list[str], by_uuid: dict[str, r.Agreement]) -> set[str]:
    chosen: set[str] = set()
    for ref in refs:
        match = [a for a in all_agreements if ref in (a.reference, a.uuid)]
        if not match:
            raise SijillError(Message(N_("No agreement with reference or id {key}."), {"key": ref}))
        chosen.add(match[0].uuid)  # type: ignore[arg-type]
    return chosen


def _add_references(wanted: dict[str, dict[str, Any]], by_uuid: dict[str, dict[str, Any]]) -> None:
    def need(kind: str, uuid: str | None) -> None:
        if uuid and uuid not in wanted[kind] and uuid in by_uuid[kind]:
            wanted[kind][uuid] = by_uuid[kind][uuid]
            follow(kind, by_uuid[kind][uuid])

    def follow(kind: str, rec: Any) -> None:
        if kind == "agreement":
            need("agreement", rec.predecessor_uuid)
            for org in rec.parties:
                need("organization", org)
            for sig in rec.signatories:
                need("person", sig.person_uuid)
                need("organization", sig.party_uuid)
            for st in rec.statements:
                need("person", st.person_uuid)
        elif kind == "person":
            need("organization", rec.organization_uuid)
        elif kind == "activity":
            need("agreement", rec.agreement_uuid)
            need("organization", rec.lead_organization_uuid)
        elif kind == "milestone":
            need("agreement", rec.agreement_uuid)
        elif kind == "attachment" and rec.owner_kind in wanted:
            need(rec.owner_kind, rec.owner_uuid)

    for kind in ser.ORDER:
        for rec in list(wanted[kind].values()):
            follow(kind, rec)


class _Lineages:
    """Version ids and lineages of many records, read in a few queries."""

    def __init__(self, session: Session, uuids: list[str]) -> None:
        self.session = session
        self.heads: dict[str, m.RecordHeadRow] = {}
        self.lineages: dict[str, set[str]] = {u: set() for u in uuids}
        for start in range(0, len(uuids), 500):
            part = uuids[start:start + 500]
            for row in session.scalars(select(m.RecordHeadRow).where(m.RecordHeadRow.record_uuid.in_(part))):
                self.heads[row.record_uuid] = row
            for uuid, vid in session.execute(select(m.LineageRow.record_uuid, m.LineageRow.digest).where(m.LineageRow.record_uuid.in_(part))):
                self.lineages[uuid].add(vid)

    def entry(self, rec: Any) -> dict[str, Any]:
        data = ser.to_data(rec)
        dig = ser.digest_of_data(data)
        lineage = self.lineages[rec.uuid]
        # A new version id when it changed without being tracked, or is from before history.
        vid = tracking.mint_known(self.session, rec.uuid, dig, self.heads, lineage)
        return {
            "uuid": rec.uuid,
            "version": rec.version,
            "created_at": rec.created_at.isoformat() if rec.created_at else None,
            "updated_at": rec.updated_at.isoformat() if rec.updated_at else None,
            "digest": dig,
            "vid": vid,
            "lineage": sorted(lineage | {vid}),
            "data": data,
        }


def _tombstones(session: Session, since: _dt.datetime | None) -> list[dict[str, Any]]:
    query = select(m.TombstoneRow).order_by(m.TombstoneRow.id)
    if since is not None:
        query = query.where(m.TombstoneRow.deleted_at >= since)
    return [
        {
            "kind": row.record_kind,
            "uuid": row.record_uuid,
            "deleted_at": row.deleted_at.isoformat(),
            "digest": row.digest,
            "marker": row.marker,
            "lineage": sorted(tracking.lineage(session, row.record_uuid)),
        }
        for row in session.scalars(query)
    ]


def export_bundle(
    session: Session, path: str | os.PathLike[str], *, agreements_refs: list[str] | None = None,
    since: _dt.datetime | None = None, with_attachments: bool = True, office: Any = None,
) -> ExportResult:
    """Write the bundle; ``office`` (an office identity) signs it (desktop.services.fieldwork.signing)."""
    chosen = _select(_everything(session), agreements_refs, since)
    left_out = 0 if with_attachments else len(chosen["attachment"])
    if not with_attachments:
        chosen["attachment"] = []
    blobs = attachments.blobs_for(session, chosen["attachment"])
    known = _Lineages(session, [rec.uuid for kind in ser.ORDER for rec in chosen[kind]])
    members: dict[str, Any] = {
        member_name(kind): {"kind": kind, "schema": 1, "records": [known.entry(rec) for rec in chosen[kind]]}
        for kind in ser.ORDER
    }
    tombs = _tombstones(session, since)
    members[TOMBSTONES] = {"schema": 1, "tombstones": tombs}
    bundle_id = str(_uuid.uuid4())
    counts = {kind: len(chosen[kind]) for kind in ser.ORDER}
    manifest: dict[str, Any] = {
        "format": bundle.FORMAT,
        "format_version": bundle.FORMAT_VERSION,
        "bundle_id": bundle_id,
        "created_at": utcnow().isoformat(),
        "app_version": __version__,
        "source": {"database_id": identity.database_id(session), "name": identity.database_name(session),
                   "home": identity.home(session)},
        "received": identity.received_from_peers(session),
        "filter": {"agreements": agreements_refs or [], "since": since.isoformat() if since else None},
        "counts": counts,
    }
    sign = signing.signer_for(office) if office is not None else None
    written = bundle.write_bundle(path, manifest, members, blobs, sign=sign)
    return ExportResult(written, bundle_id, counts, len(tombs), len(blobs), left_out, identity.note(session))

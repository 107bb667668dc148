"""A verified bundle's contents as typed records, every one checked before anything is
applied: ids, types, the register's validation rules, digests and lineage."""

from __future__ import annotations

import datetime as _dt
import os
import re
import uuid as _uuid
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Any

from desktop.domain.errors import FieldProblem, SijillError, ValidationError
from desktop.domain.messages import Message, N_
from desktop.exchange import attachments, bundle
from desktop.services.fieldwork import signing
from desktop.services.fieldwork.signing import UNSIGNED, BundleSignature
from desktop.services.fieldwork.export import TOMBSTONES, member_name
from desktop.services import serialize as ser
from desktop.services import attachments as attachment_records
from desktop.services import validation

HEX64 = re.compile(r"^[0-9a-f]{64}$")
LINEAGE_MAX = 100_000
RULES: dict[str, Callable[[Any], list[FieldProblem]]] = {
    "organization": validation.organization,
    "person": validation.person,
    "agreement": validation.agreement,
    "activity": validation.activity,
    "milestone": validation.milestone,
    "attachment": attachment_records.validate,
}


@dataclass
class Incoming:
    kind: str
    record: Any
    digest: str  # of the content
    vid: str  # the version id at the source
    lineage: set[str]  # every version id it descends from (with vid)


@dataclass
class IncomingTombstone:
    kind: str
    uuid: str
    digest: str  # of the content deleted
    marker: str  # the version id of the deletion
    lineage: set[str]


@dataclass
class Bundle:
    bundle_id: str
    created_at: _dt.datetime | None
    source_id: str
    source_name: str
    received: dict[str, Any]
    signature: BundleSignature = UNSIGNED  # verified (desktop.services.fieldwork.signing)
    records: dict[str, list[Incoming]] = field(default_factory=dict)
    tombstones: list[IncomingTombstone] = field(default_factory=list)
    #: attachment contents in the bundle: member name -> {"sha256", "size"} (exchange/attachments.py)
    contents: dict[str, Any] = field(default_factory=dict)
    source_home: str = ""  # where the source's id belongs (identity.home), to tell copies apart

    def count(self) -> int:
        return sum(len(v) for v in self.records.values())


def _bad(what: str, problem: str, **params: object) -> bundle.BundleError:
    return bundle.BundleError(
        Message(N_("The bundle was refused: {what} {problem}"), {"what": what, "problem": Message(problem, params).render()})
    )


def _uuid_text(value: Any, what: str) -> str:
    try:
        return str(_uuid.UUID(value)) if isinstance(value, str) else _fail(what)
    except ValueError:
        return _fail(what)


def _fail(what: str) -> str:
    raise _bad(what, N_("has no valid id."))


def _lineage(value: Any, what: str) -> set[str]:
    if not isinstance(value, list) or len(value) > LINEAGE_MAX or not all(isinstance(v, str) and HEX64.match(v) for v in value):
        raise _bad(what, N_("has a damaged lineage."))
    return set(value)


def _record(kind: str, entry: Any, index: int) -> Incoming:
    what = f"{kind} #{index + 1}"
    if not isinstance(entry, dict) or not isinstance(entry.get("data"), dict):
        raise _bad(what, N_("is not a record."))
    data = entry["data"]
    uuid = _uuid_text(entry.get("uuid"), what)
    if data.get("uuid") != uuid:
        raise _bad(what, N_("has two different ids."))
    try:
        rec = ser.from_data(kind, data)
    except ValidationError as exc:
        raise _bad(f"{what} ({uuid})", N_("fails validation: {problems}"), problems=str(exc)) from None
    problems = [p for p in RULES[kind](rec) if not p.warning]
    if problems:
        raise _bad(f"{what} ({ser.label(rec)})", N_("fails validation: {problems}"), problems="; ".join(map(str, problems)))
    digest = ser.digest(rec)
    if entry.get("digest") != digest:
        raise _bad(f"{what} ({ser.label(rec)})", N_("does not match its digest."))
    vid = entry.get("vid")
    if not (isinstance(vid, str) and HEX64.match(vid)):
        raise _bad(what, N_("has a damaged lineage."))
    lineage = _lineage(entry.get("lineage", []), what) | {vid}
    return Incoming(kind, rec, digest, vid, lineage)


def _tombstone(entry: Any, index: int) -> IncomingTombstone:
    what = f"deletion #{index + 1}"
    if not isinstance(entry, dict) or entry.get("kind") not in ser.KINDS:
        raise _bad(what, N_("is not a deletion of a known kind of record."))
    digest, marker = entry.get("digest"), entry.get("marker")
    if not (isinstance(digest, str) and HEX64.match(digest) and isinstance(marker, str) and HEX64.match(marker)):
        raise _bad(what, N_("has a damaged lineage."))
    lineage = _lineage(entry.get("lineage", []), what) | {marker}
    return IncomingTombstone(entry["kind"], _uuid_text(entry.get("uuid"), what), digest, marker, lineage)


def _time(value: Any) -> _dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=_dt.UTC)


def parse(raw: bundle.RawBundle) -> Bundle:
    manifest = raw.manifest
    source: dict[str, Any] = manifest["source"] if isinstance(manifest.get("source"), dict) else {}
    name: str = source["name"] if isinstance(source.get("name"), str) else ""
    received: dict[str, Any] = manifest["received"] if isinstance(manifest.get("received"), dict) else {}
    result = Bundle(
        bundle_id=_uuid_text(manifest.get("bundle_id"), "the manifest"),
        created_at=_time(manifest.get("created_at")),
        source_id=_uuid_text(source.get("database_id"), "the source database"),
        source_name=name[:200],
        received=received,
        source_home=source["home"][:64] if isinstance(source.get("home"), str) else "",
    )
    result.contents = {n: e for n, e in manifest["files"].items() if attachments.is_member(n)}
    seen: set[str] = set()
    for kind in ser.ORDER:
        member = raw.members.pop(member_name(kind), {"records": []})  # the parsed JSON is let go once read
        entries = member.get("records") if isinstance(member, dict) else None
        if not isinstance(entries, list):
            raise _bad(member_name(kind), N_("is not a list of records."))
        result.records[kind] = [_record(kind, e, i) for i, e in enumerate(entries)]
        for inc in result.records[kind]:
            if inc.record.uuid in seen:
                raise _bad(f"{kind} {inc.record.uuid}", N_("appears twice."))
            seen.add(inc.record.uuid)
    tombs = raw.members.pop(TOMBSTONES, {"tombstones": []})
    entries = tombs.get("tombstones") if isinstance(tombs, dict) else None
    if not isinstance(entries, list):
        raise _bad(TOMBSTONES, N_("is not a list of deletions."))
    result.tombstones = [_tombstone(e, i) for i, e in enumerate(entries)]
    clash = seen & {t.uuid for t in result.tombstones}
    if clash:
        raise _bad(f"record {sorted(clash)[0]}", N_("is both present and deleted."))
    return result


def load(path: Any) -> Bundle:
    """Read, verify and check a bundle file; BundleError/SijillError explain a refusal."""
    try:
        raw = bundle.read_bundle(path)
        signature = signing.verify(raw)  # refuses a signature that does not verify
        loaded = parse(raw)
        loaded.signature = signature
        return loaded
    except SijillError:
        raise
    except MemoryError:
        raise bundle.BundleError(Message(N_("The bundle is too large to import at once ({name}); export it in smaller parts (e.g. with --since)."), {"name": os.path.basename(str(path))})) from None
    except (TypeError, AttributeError, KeyError, RecursionError, ValueError, OverflowError, IndexError) as exc:
        raise bundle.BundleError(Message(N_("The bundle was refused: its content is malformed ({error})."), {"error": type(exc).__name__})) from None

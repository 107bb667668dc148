"""A content fingerprint of a signed-plan summary, and per-record digests to tell what changed.

Each record the summary prints (the agreement with its objectives, signatories and
statements; its parties; the people who signed or spoke; the history milestones; every
activity) is serialised canonically - JSON with sorted keys, no white space, NFC strings,
dates as ISO text, kinds as their stored values, bookkeeping (version, timestamps) left
out - and hashed with SHA-256. The fingerprint is the SHA-256 of the canonical JSON of the
map ``{"agreement:<uuid>": digest, "activity:<uuid>": digest, ...}``, so it changes when any
record changes, and the map (embedded in the PDF) says which one did.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.reports.data import PlanData, gather, iter_activities
from desktop.services.register import Register

FORMAT = "sijill-summary-fingerprint/1"
_SKIPPED = {"version", "created_at", "updated_at", "person", "party", "agreement_reference"}
# lists added after summaries were first printed: left out while empty, so a record without
# them keeps its digest and an earlier summary still verifies
_NEW_LISTS = frozenset({"indicators", "indicator_values", "kinds", "entries"})


_FIELDS: dict[type, tuple[str, ...]] = {}


def _kept_fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.name not in _SKIPPED)
    return names


def _omitted(value: Any) -> frozenset[str]:
    """The new list fields of ``value`` that are empty (left out of its digest)."""
    return frozenset(name for name in _NEW_LISTS if getattr(value, name, None) == [])


_AS_IS = frozenset({int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is str:  # the common cases first, by exact type
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if kind in _AS_IS:
        return value
    if kind is PartialDate:
        return value.isoformat()
    if isinstance(value, str):
        return value if value.isascii() else unicodedata.normalize("NFC", value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _record(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _record(value: Any) -> dict[str, Any]:
    """``_plain`` of a record's fields, its ASCII strings and empty fields taken as they are."""
    plain: dict[str, Any] = {}
    omitted = _omitted(value)
    for name in _kept_fields(type(value)):
        if name in omitted:
            continue
        field = getattr(value, name)
        if field is None or (type(field) is str and field.isascii()):
            plain[name] = field
        else:
            plain[name] = _plain(field)
    return plain


# what json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":")) uses, made once
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical(value: Any) -> bytes:
    """The canonical serialisation of a record (or any plain value)."""
    return _CANONICAL.encode(_plain(value)).encode("utf-8")


def digest(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def record_digests(data: PlanData, activities: Iterable[r.Activity],
                   plain: dict[str, Any] | None = None) -> dict[str, str]:
    """The digest of every record printed; ``plain`` (if given) receives each record's
    canonical values, activities with their printed row number (see :mod:`desktop.reports.printed`)."""
    digests: dict[str, str] = {}

    def put(key: str, value: Any, row: int | None = None) -> None:
        values = _plain(value)
        digests[key] = hashlib.sha256(_CANONICAL.encode(values).encode("utf-8")).hexdigest()
        if plain is not None:
            plain[key] = {"row": row, "fields": values}

    put(f"agreement:{data.agreement.uuid}", data.agreement)
    if data.predecessor is not None:
        put(f"predecessor:{data.predecessor.uuid}",
            {"reference": data.predecessor.reference, "title_ar": data.predecessor.title_ar,
             "title_en": data.predecessor.title_en})
    for org in data.parties:
        put(f"organization:{org.uuid}", org)
    for uuid, person in data.people.items():
        put(f"person:{uuid}", person)
    for milestone in data.milestones:
        put(f"milestone:{milestone.uuid}", milestone)
    for row, activity in enumerate(activities, 1):
        put(f"activity:{activity.uuid}", activity, row)
    for item in data.attachments:  # the files listed (title, kind, size, SHA-256)
        put(f"attachment:{item.uuid}", item)
    return digests


def combine(digests: Mapping[str, str]) -> str:
    """The fingerprint of a set of record digests."""
    return digest({"format": FORMAT, "records": dict(digests)})


@dataclass(frozen=True)
class Fingerprint:
    reference: str
    agreement_uuid: str
    value: str
    records: dict[str, str]
    # each record's canonical values as printed (row number, fields): not part of as_json()
    printed: dict[str, Any] | None = dataclasses.field(default=None, compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "reference": self.reference, "agreement_uuid": self.agreement_uuid,
                "fingerprint": self.value, "records": self.records}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Fingerprint:
        return cls(str(data["reference"]), str(data["agreement_uuid"]), str(data["fingerprint"]),
                   {str(k): str(v) for k, v in dict(data["records"]).items()})


def of_plan(register: Register, data: PlanData, activities: Iterable[r.Activity] | None = None) -> Fingerprint:
    """The fingerprint of ``data`` and its activities (read from the register unless given)."""
    assert data.agreement.uuid is not None
    if activities is None:
        activities = iter_activities(register, data.agreement.uuid)
    printed: dict[str, Any] = {}
    records = record_digests(data, activities, printed)
    return Fingerprint(data.agreement.reference, data.agreement.uuid, combine(records), records, printed)


def compute(register: Register, key: str) -> Fingerprint:
    """The fingerprint of what the register holds now for the agreement ``key``."""
    return of_plan(register, gather(register, key))


@dataclass(frozen=True)
class Difference:
    changed: list[str]
    added: list[str]
    removed: list[str]

    @property
    def matches(self) -> bool:
        return not (self.changed or self.added or self.removed)


def compare(printed: Mapping[str, str], current: Mapping[str, str]) -> Difference:
    return Difference(
        changed=sorted(k for k in printed.keys() & current.keys() if printed[k] != current[k]),
        added=sorted(current.keys() - printed.keys()),
        removed=sorted(printed.keys() - current.keys()),
    )

"""Records <-> plain JSON data, and the content digest a merge compares.

The data holds what a user entered (no version counters, timestamps or display-only
fields), so two databases holding the same record produce the same digest. Reading data
back checks every value's type strictly: bundles come from outside.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import json
import math
import types
import typing
import uuid as _uuid
from typing import Any, TypeVar

from desktop.domain import records as r
from desktop.domain.dates import PartialDate, PartialDateError
from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Message, N_

T = TypeVar("T")

# Bookkeeping and display-only fields: never part of a record's data.
SKIP = frozenset({"version", "created_at", "updated_at", "person", "party", "agreement_reference"})
# Lists added after records were first exchanged: left out while empty, so that a record
# without them keeps the digest it had (its lineage and the bundles that carry it still agree).
OMIT_WHEN_EMPTY = frozenset({"indicators", "indicator_values", "kinds", "entries"})
TEXT_MAX = 100_000
LIST_MAX = 10_000

KINDS: dict[str, type[Any]] = {
    "organization": r.Organization,
    "person": r.Person,
    "agreement": r.Agreement,
    "activity": r.Activity,
    "milestone": r.Milestone,
    "attachment": r.Attachment,
}
# The order records are applied in, so that what a record refers to exists first.
ORDER = ("organization", "person", "agreement", "activity", "milestone", "attachment")


def kind_of(rec: object) -> str:
    for name, cls in KINDS.items():
        if type(rec) is cls:
            return name
    raise TypeError(f"not a register record: {type(rec).__name__}")


def _dump(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # 12 and 12.0 are one number: one digest whichever way it was typed
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_data(value)
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value


def to_data(rec: Any) -> dict[str, Any]:
    """A record (or a child value such as a Signatory) as JSON-ready data."""
    return {
        f.name: _dump(value)
        for f in dataclasses.fields(rec)
        if f.name not in SKIP
        and not ((value := getattr(rec, f.name)) == [] and f.name in OMIT_WHEN_EMPTY)
    }


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest_of_data(data: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def digest(rec: Any) -> str:
    """The digest of what a user entered in a record (same content, same digest)."""
    return digest_of_data(to_data(rec))


def tomb_marker(content_digest: str) -> str:
    """The lineage entry that says "the version with this digest was deleted"."""
    return hashlib.sha256(("deleted:" + content_digest).encode("ascii")).hexdigest()


class _Bad(Exception):
    def __init__(self, path: str, text: str, **params: object) -> None:
        super().__init__(path)
        self.path, self.text, self.params = path, text, params


def _load(tp: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        tp, origin = args[0], typing.get_origin(args[0])
    if origin is list:
        if not isinstance(value, list) or len(value) > LIST_MAX:
            raise _Bad(path, N_("expected a list"))
        (item,) = typing.get_args(tp)
        return [_load(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if tp is str:
        if not isinstance(value, str) or len(value) > TEXT_MAX:
            raise _Bad(path, N_("expected a text of at most {max} characters"), max=TEXT_MAX)
        return value
    if tp is int:
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**62:
            raise _Bad(path, N_("expected a whole number"))
        return value
    if tp is float:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value) or abs(value) > 1e15:
            raise _Bad(path, N_("expected a number"))
        return float(value)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise _Bad(path, N_("unknown value {value!r}"), value=value) from None
    if tp is PartialDate:
        if not isinstance(value, str):
            raise _Bad(path, N_("expected a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        try:
            return PartialDate.parse(value)
        except (PartialDateError, ValueError):
            raise _Bad(path, N_("not a date: {value!r}"), value=value) from None
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _load_dataclass(tp, value, path)
    raise _Bad(path, N_("unexpected value"))  # pragma: no cover - a record field of a new type


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _load_dataclass(cls: type[T], data: Any, path: str) -> T:
    if not isinstance(data, dict):
        raise _Bad(path, N_("expected an object"))
    hints = _hints(typing.cast(Any, cls))
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in SKIP or f.name not in data:
            continue
        kwargs[f.name] = _load(hints[f.name], data[f.name], f"{path}.{f.name}" if path else f.name)
    return cls(**kwargs)


def _check_uuid(value: str | None, path: str) -> None:
    if value is None:
        return
    try:
        _uuid.UUID(value)
    except ValueError:
        raise _Bad(path, N_("not an id: {value!r}"), value=value) from None


def from_data(kind: str, data: Any) -> Any:
    """A record of ``kind`` read strictly from data; ValidationError names what is wrong."""
    cls = KINDS.get(kind)
    if cls is None:
        raise ValidationError([FieldProblem("kind", Message(N_("unknown kind of record {kind!r}"), {"kind": kind}))])
    try:
        rec = _load_dataclass(cls, data, "")
        if not rec.uuid:
            raise _Bad("uuid", N_("a record without an id"))
        _check_uuid(rec.uuid, "uuid")
        for name in ("organization_uuid", "predecessor_uuid", "agreement_uuid", "objective_uuid", "lead_organization_uuid", "owner_uuid"):
            if hasattr(rec, name):
                _check_uuid(getattr(rec, name) or None, name)
    except _Bad as bad:
        raise ValidationError([FieldProblem(bad.path, Message(bad.text, bad.params))]) from None
    return rec


def label(rec: Any) -> str:
    """A short human name for a record (for history, trash and conflict lists)."""
    if isinstance(rec, r.Agreement):
        return rec.reference or rec.display_title("en")
    for name in ("display_title", "display_name"):
        method = getattr(rec, name, None)
        if method is not None:
            return str(method("ar") or method("en") or rec.uuid or "")
    return str(getattr(rec, "uuid", "") or "")


def field_changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field that differs (a missing side counts as empty)."""
    before, after = before or {}, after or {}
    names = [n for n in {**before, **after} if n != "uuid"]
    return {n: [before.get(n), after.get(n)] for n in names if before.get(n) != after.get(n)}

"""What a summary printed of each record, and how the register differs from it, field by field.

The page record (:mod:`desktop.reports.pagecheck`) keeps each printed record's canonical
values and, for activities, the row number printed in the activity tables. Comparing them
with the register's values now says which record changed (by printed row and title), which
field, old -> new; a field the summary does not print (an activity's notes, the number of
participants, the English title of an Arabic summary ...) is reported apart, as "not on
the summary".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Fields each kind of record shows on the summary; for "x_ar"/"x_en" pairs see _PAIRS.
_SHOWN: dict[str, frozenset[str]] = {
    "agreement": frozenset({"reference", "title_ar", "title_en", "kind", "status", "period_start", "period_end",
                            "signed_on", "predecessor_uuid", "parties", "signatories", "objectives", "statements"}),
    "predecessor": frozenset({"reference", "title_ar", "title_en"}),
    "organization": frozenset({"acronym"}),
    "person": frozenset(),
    "milestone": frozenset({"date"}),
    "activity": frozenset({"kind", "start", "end", "place", "objective_uuid", "status"}),
    "attachment": frozenset({"kind", "size", "sha256"}),
}
# Bilingual fields printed in the summary's language (the other language when it is empty).
_PAIRS: dict[str, tuple[str, ...]] = {
    "agreement": ("signing_place", "purpose"),
    "organization": ("name",),
    "person": ("name", "honorific", "position"),
    "milestone": ("title", "description"),
    "activity": ("title",),
    "attachment": ("title",),
}
_TITLE = ("title", "name", "reference")


def is_printed(kind: str, name: str, old: Mapping[str, Any], new: Mapping[str, Any], lang: str) -> bool:
    if name in _SHOWN.get(kind, frozenset()):
        return True
    stem, _, suffix = name.rpartition("_")
    if stem not in _PAIRS.get(kind, ()) or suffix not in ("ar", "en"):
        return False
    if suffix == lang:
        return True
    # the other language's value is printed where the summary's language is empty
    return not old.get(f"{stem}_{lang}") or not new.get(f"{stem}_{lang}")


def title_of(fields: Mapping[str, Any], lang: str) -> str:
    other = "en" if lang == "ar" else "ar"
    for stem in _TITLE:
        for key in (f"{stem}_{lang}", f"{stem}_{other}", stem):
            value = fields.get(key)
            if isinstance(value, str) and value.strip():
                return value
    return ""


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class FieldChange:
    key: str  # "activity:<uuid>"
    row: int | None  # the printed row number (activities)
    title: str
    field: str
    old: str
    new: str

    @property
    def kind(self) -> str:
        return self.key.partition(":")[0]

    def as_json(self) -> dict[str, object]:
        return {"record": self.key, "kind": self.kind, "row": self.row, "title": self.title,
                "field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class RecordNote:
    key: str
    row: int | None
    title: str

    def as_json(self) -> dict[str, object]:
        return {"record": self.key, "kind": self.key.partition(":")[0], "row": self.row, "title": self.title}


@dataclass
class RegisterDifference:
    changed: list[FieldChange] = field(default_factory=list)
    not_on_summary: list[FieldChange] = field(default_factory=list)
    added: list[RecordNote] = field(default_factory=list)
    removed: list[RecordNote] = field(default_factory=list)
    unexplained: list[RecordNote] = field(default_factory=list)  # digest differs, no printed values to compare

    @property
    def matches(self) -> bool:
        return not (self.changed or self.added or self.removed or self.unexplained)


def _entry(printed: Mapping[str, Any], key: str) -> tuple[int | None, dict[str, Any]]:
    entry = printed.get(key)
    if not isinstance(entry, Mapping) or not isinstance(entry.get("fields"), Mapping):
        return None, {}
    row = entry.get("row")
    return (row if isinstance(row, int) and not isinstance(row, bool) else None), dict(entry["fields"])


def differences(old_digests: Mapping[str, str], old_printed: Mapping[str, Any],
                new_digests: Mapping[str, str], new_printed: Mapping[str, Any], lang: str) -> RegisterDifference:
    """The register now (``new_*``) against what the summary printed (``old_*``)."""
    result = RegisterDifference()
    for key in sorted(old_digests.keys() & new_digests.keys(), key=lambda k: (_entry(old_printed, k)[0] or 0, k)):
        if old_digests[key] == new_digests[key]:
            continue
        row, old = _entry(old_printed, key)
        _, new = _entry(new_printed, key)
        title = title_of(old, lang) or title_of(new, lang)
        if not old:
            result.unexplained.append(RecordNote(key, row, title))
            continue
        kind = key.partition(":")[0]
        for name in sorted(old.keys() | new.keys()):
            if old.get(name) == new.get(name):
                continue
            change = FieldChange(key, row, title, name, _shown(old.get(name)), _shown(new.get(name)))
            (result.changed if is_printed(kind, name, old, new, lang) else result.not_on_summary).append(change)
    for key in sorted(new_digests.keys() - old_digests.keys()):
        row, fields = _entry(new_printed, key)
        result.added.append(RecordNote(key, None, title_of(fields, lang)))
    for key in sorted(old_digests.keys() - new_digests.keys()):
        row, fields = _entry(old_printed, key)
        result.removed.append(RecordNote(key, row, title_of(fields, lang)))
    return result

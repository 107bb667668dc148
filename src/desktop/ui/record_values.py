"""Showing a record's stored values (as in history entries and exchange conflicts) to people:
field names in their language, kinds and statuses by label, references by name."""

from __future__ import annotations

import enum
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain.dates import PartialDate
from desktop.domain.kinds import (
    ActivityKind, ActivityStatus, AgreementKind, AgreementStatus, AttachmentKind, OrganizationKind,
)
from desktop.domain.messages import Message
from desktop.services.register import Register
from desktop.ui import display, i18n

CONTEXT = "record_values"

FIELDS = {
    "name_ar": QT_TRANSLATE_NOOP("record_values", "Name (Arabic)"),
    "name_en": QT_TRANSLATE_NOOP("record_values", "Name (English)"),
    "acronym": QT_TRANSLATE_NOOP("record_values", "Acronym"),
    "kind": QT_TRANSLATE_NOOP("record_values", "Kind"),
    "country": QT_TRANSLATE_NOOP("record_values", "Country"),
    "honorific_ar": QT_TRANSLATE_NOOP("record_values", "Honorific (Arabic)"),
    "honorific_en": QT_TRANSLATE_NOOP("record_values", "Honorific (English)"),
    "position_ar": QT_TRANSLATE_NOOP("record_values", "Position (Arabic)"),
    "position_en": QT_TRANSLATE_NOOP("record_values", "Position (English)"),
    "organization_uuid": QT_TRANSLATE_NOOP("record_values", "Organisation"),
    "reference": QT_TRANSLATE_NOOP("record_values", "Reference"),
    "title_ar": QT_TRANSLATE_NOOP("record_values", "Title (Arabic)"),
    "title_en": QT_TRANSLATE_NOOP("record_values", "Title (English)"),
    "status": QT_TRANSLATE_NOOP("record_values", "Status"),
    "period_start": QT_TRANSLATE_NOOP("record_values", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("record_values", "Period end"),
    "signed_on": QT_TRANSLATE_NOOP("record_values", "Signed on"),
    "signing_place_ar": QT_TRANSLATE_NOOP("record_values", "Place of signing (Arabic)"),
    "signing_place_en": QT_TRANSLATE_NOOP("record_values", "Place of signing (English)"),
    "predecessor_uuid": QT_TRANSLATE_NOOP("record_values", "Previous agreement"),
    "purpose_ar": QT_TRANSLATE_NOOP("record_values", "Purpose (Arabic)"),
    "purpose_en": QT_TRANSLATE_NOOP("record_values", "Purpose (English)"),
    "parties": QT_TRANSLATE_NOOP("record_values", "Parties"),
    "signatories": QT_TRANSLATE_NOOP("record_values", "Signatories"),
    "objectives": QT_TRANSLATE_NOOP("record_values", "Objectives"),
    "statements": QT_TRANSLATE_NOOP("record_values", "Statements"),
    "agreement_uuid": QT_TRANSLATE_NOOP("record_values", "Agreement"),
    "objective_uuid": QT_TRANSLATE_NOOP("record_values", "Objective"),
    "start": QT_TRANSLATE_NOOP("record_values", "Start"),
    "end": QT_TRANSLATE_NOOP("record_values", "End"),
    "place": QT_TRANSLATE_NOOP("record_values", "Place"),
    "lead_organization_uuid": QT_TRANSLATE_NOOP("record_values", "Lead organisation"),
    "participants": QT_TRANSLATE_NOOP("record_values", "Participants"),
    "notes": QT_TRANSLATE_NOOP("record_values", "Notes"),
    "date": QT_TRANSLATE_NOOP("record_values", "Date"),
    "description_ar": QT_TRANSLATE_NOOP("record_values", "Description (Arabic)"),
    "description_en": QT_TRANSLATE_NOOP("record_values", "Description (English)"),
    # attachments
    "owner_kind": QT_TRANSLATE_NOOP("record_values", "Attached to (kind)"),
    "owner_uuid": QT_TRANSLATE_NOOP("record_values", "Attached to"),
    "name": QT_TRANSLATE_NOOP("record_values", "File name"),
    "media_type": QT_TRANSLATE_NOOP("record_values", "Media type"),
    "size": QT_TRANSLATE_NOOP("record_values", "Size (bytes)"),
    "sha256": QT_TRANSLATE_NOOP("record_values", "SHA-256"),
    "added_by": QT_TRANSLATE_NOOP("record_values", "Added by"),
    "added_at": QT_TRANSLATE_NOOP("record_values", "Added at"),
}

KINDS = {
    "organization": QT_TRANSLATE_NOOP("record_values", "Organisation"),
    "person": QT_TRANSLATE_NOOP("record_values", "Person"),
    "agreement": QT_TRANSLATE_NOOP("record_values", "Agreement"),
    "activity": QT_TRANSLATE_NOOP("record_values", "Activity"),
    "milestone": QT_TRANSLATE_NOOP("record_values", "Milestone"),
    "attachment": QT_TRANSLATE_NOOP("record_values", "Attachment"),
}

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("record_values", "Created"),
    "update": QT_TRANSLATE_NOOP("record_values", "Changed"),
    "delete": QT_TRANSLATE_NOOP("record_values", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("record_values", "Restored from the trash"),
    "import": QT_TRANSLATE_NOOP("record_values", "Imported"),
    "resolve": QT_TRANSLATE_NOOP("record_values", "Conflict resolved"),
}

REASONS = {
    "edited_both": QT_TRANSLATE_NOOP("record_values", "Changed here and in the field"),
    "deleted_here": QT_TRANSLATE_NOOP("record_values", "Deleted here, changed in the field"),
    "deleted_there": QT_TRANSLATE_NOOP("record_values", "Changed here, deleted in the field"),
    "cannot_apply": QT_TRANSLATE_NOOP("record_values", "Could not be applied here"),
}

_ENUMS: dict[tuple[str, str], type[enum.Enum]] = {
    ("organization", "kind"): OrganizationKind,
    ("agreement", "kind"): AgreementKind,
    ("agreement", "status"): AgreementStatus,
    ("activity", "kind"): ActivityKind,
    ("activity", "status"): ActivityStatus,
    ("attachment", "kind"): AttachmentKind,
}


def is_editable(kind: str, name: str) -> bool:
    """Whether a value can be typed in as text (not a choice from a list or a reference)."""
    if kind == "attachment" and name not in ("title_ar", "title_en"):
        return False  # what describes the stored file (name, size, SHA-256, ...) is not typed
    return (kind, name) not in _ENUMS and not name.endswith("_uuid") and name in FIELDS and name not in (
        "parties", "signatories", "objectives", "statements")


def tr(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def field_label(name: str) -> str:
    return tr(FIELDS, name)


_BUNDLE_SOURCE = (re.compile(r"bundle (?P<file>.+?\.sijill) of (?P<source>.+)", re.S),
                  re.compile(r"bundle (?P<file>.+?) of (?P<source>.+)", re.S))
# what a bundle import records since bundles are signed (desktop.services.fieldwork.signing.history_source)
_SIGNED_SOURCE = (
    (re.compile(r"bundle (?P<file>.+?), signed by (?P<signer>.+) \(not trusted\)", re.S),
     "bundle {file}, signed by {signer} (not trusted)"),
    (re.compile(r"bundle (?P<file>.+?), signed by (?P<signer>.+)", re.S), "bundle {file}, signed by {signer}"),
    (re.compile(r"bundle (?P<file>.+?), unsigned", re.S), "bundle {file}, unsigned"),
)


def source_text(source: str) -> str:
    """Where a change came from, in the UI's language. The label is stored in English
    ("spreadsheet", "bundle FILE of SOURCE"); it is translated only when shown."""
    if source == "spreadsheet":
        return QCoreApplication.translate("record_values", "spreadsheet")
    for signed, template in _SIGNED_SOURCE:
        match = signed.fullmatch(source)
        if match:
            return i18n.tr_message(Message(template, {k: display.isolate(v) for k, v in match.groupdict().items()}))
    for pattern in _BUNDLE_SOURCE:
        match = pattern.fullmatch(source)
        if match:
            params = {k: display.isolate(v) for k, v in match.groupdict().items()}
            return i18n.tr_message(Message("bundle {file} of {source}", params))
    return source


def _reference(register: Register | None, name: str, uuid: str) -> str:
    if register is None:
        return uuid
    lookups = {
        "organization_uuid": register.organization, "lead_organization_uuid": register.organization,
        "agreement_uuid": register.agreement, "predecessor_uuid": register.agreement,
    }
    try:
        if name in lookups:
            rec = lookups[name](uuid)
            return str(rec.display_title(i18n.current()) if hasattr(rec, "display_title") else rec.display_name(i18n.current()))
    except Exception:  # noqa: BLE001 - deleted meanwhile: show the id
        return uuid
    return uuid


#: stored fields that hold a partial date (ISO text)
DATE_FIELDS = frozenset({"start", "end", "date", "signed_on", "period_start", "period_end"})


def value_text(kind: str, name: str, value: Any, register: Register | None = None) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return "—"
    enum_type = _ENUMS.get((kind, name))
    if enum_type is not None:
        try:
            return i18n.label(enum_type(value))
        except ValueError:
            return str(value)
    if name.endswith("_uuid") and isinstance(value, str):
        return display.isolate(_reference(register, name, value))
    if isinstance(value, list):
        if name == "objectives":
            return "\n".join(f"{i + 1}. " + (o.get("text_ar") or o.get("text_en") or "") for i, o in enumerate(value) if isinstance(o, dict))
        return QCoreApplication.translate("record_values", "%n item(s)", "", len(value))
    if isinstance(value, int):
        return display.number(value)
    if name in DATE_FIELDS and isinstance(value, str):
        try:
            return display.date_text(PartialDate.parse(value))  # the digits setting, Hijri beside
        except ValueError:
            pass
    return display.isolate(str(value))

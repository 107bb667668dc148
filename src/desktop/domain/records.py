"""The register's records as plain values: what services take and return.

Records are identified by their stable ``uuid`` (``None`` for a record not yet saved).
``version`` is the concurrency counter read with the record; saving an older version than
the stored one is refused.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from desktop.domain.dates import PartialDate
from desktop.domain.indicators import Indicator, IndicatorValue
from desktop.domain.kinds import (
    ActivityKind,
    ActivityStatus,
    AgreementKind,
    AgreementStatus,
    AttachmentKind,
    OrganizationKind,
)


@dataclass
class Stamp:
    """Identity and bookkeeping every record carries."""

    uuid: str | None = None
    version: int = 0
    created_at: _dt.datetime | None = None
    updated_at: _dt.datetime | None = None


@dataclass
class Organization(Stamp):
    name_ar: str = ""
    name_en: str = ""
    acronym: str = ""
    kind: OrganizationKind = OrganizationKind.OTHER
    country: str = ""

    def display_name(self, lang: str = "ar") -> str:
        first, second = (self.name_ar, self.name_en) if lang == "ar" else (self.name_en, self.name_ar)
        return first or second or self.acronym


@dataclass
class Person(Stamp):
    name_ar: str = ""
    name_en: str = ""
    honorific_ar: str = ""
    honorific_en: str = ""
    position_ar: str = ""
    position_en: str = ""
    organization_uuid: str | None = None

    def display_name(self, lang: str = "ar") -> str:
        first, second = (self.name_ar, self.name_en) if lang == "ar" else (self.name_en, self.name_ar)
        return first or second


@dataclass
class Signatory:
    """A person who signed an agreement, for one of its parties, in signing order."""

    person_uuid: str
    party_uuid: str | None = None
    # Filled in when read, for display:
    person: Person | None = None
    party: Organization | None = None


@dataclass
class Objective:
    uuid: str | None = None
    text_ar: str = ""
    text_en: str = ""
    indicators: list[Indicator] = field(default_factory=list)


@dataclass
class Statement:
    """Words said about an agreement, attributed to a person (or to a named speaker)."""

    uuid: str | None = None
    person_uuid: str | None = None
    speaker: str = ""
    text_ar: str = ""
    text_en: str = ""
    date: PartialDate | None = None


@dataclass
class Agreement(Stamp):
    reference: str = ""
    title_ar: str = ""
    title_en: str = ""
    kind: AgreementKind = AgreementKind.JOINT_ACTION_PLAN
    status: AgreementStatus = AgreementStatus.DRAFT
    period_start: PartialDate | None = None
    period_end: PartialDate | None = None
    signed_on: PartialDate | None = None
    signing_place_ar: str = ""
    signing_place_en: str = ""
    predecessor_uuid: str | None = None
    purpose_ar: str = ""
    purpose_en: str = ""
    parties: list[str] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def display_title(self, lang: str = "ar") -> str:
        first, second = (self.title_ar, self.title_en) if lang == "ar" else (self.title_en, self.title_ar)
        return first or second or self.reference


@dataclass
class Activity(Stamp):
    agreement_uuid: str = ""
    objective_uuid: str | None = None
    kind: ActivityKind = ActivityKind.WORKSHOP
    title_ar: str = ""
    title_en: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    place: str = ""
    country: str = ""
    status: ActivityStatus = ActivityStatus.PLANNED
    lead_organization_uuid: str | None = None
    participants: int | None = None
    notes: str = ""
    indicator_values: list[IndicatorValue] = field(default_factory=list)
    # Filled in when read, for display:
    agreement_reference: str = ""

    def display_title(self, lang: str = "ar") -> str:
        first, second = (self.title_ar, self.title_en) if lang == "ar" else (self.title_en, self.title_ar)
        return first or second


@dataclass
class Milestone(Stamp):
    date: PartialDate | None = None
    title_ar: str = ""
    title_en: str = ""
    description_ar: str = ""
    description_en: str = ""
    agreement_uuid: str | None = None

    def display_title(self, lang: str = "ar") -> str:
        first, second = (self.title_ar, self.title_en) if lang == "ar" else (self.title_en, self.title_ar)
        return first or second


@dataclass
class Attachment(Stamp):
    """A file kept with a record (agreement, activity, organisation or milestone). Its
    contents are stored once per ``sha256``; the record holds what describes them."""

    owner_kind: str = ""
    owner_uuid: str = ""
    name: str = ""
    title_ar: str = ""
    title_en: str = ""
    kind: AttachmentKind = AttachmentKind.OTHER
    media_type: str = ""
    size: int = 0
    sha256: str = ""
    added_by: str = ""
    added_at: str = ""  # ISO 8601, UTC

    def display_title(self, lang: str = "ar") -> str:
        first, second = (self.title_ar, self.title_en) if lang == "ar" else (self.title_en, self.title_ar)
        return first or second or self.name

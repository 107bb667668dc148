"""The closed lists of the register: kinds and statuses, stored by their value."""

from __future__ import annotations

import enum

from desktop.domain.messages import N_


class OrganizationKind(enum.StrEnum):
    UN_AGENCY = "un_agency"
    INTERGOVERNMENTAL = "intergovernmental"
    MEMBER_STATE = "member_state"
    NGO = "ngo"
    OTHER = "other"


class AgreementKind(enum.StrEnum):
    JOINT_ACTION_PLAN = "joint_action_plan"
    MOU = "mou"
    LETTER_OF_AGREEMENT = "letter_of_agreement"
    OTHER = "other"


class AgreementStatus(enum.StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    ACTIVE = "active"
    COMPLETED = "completed"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


class ActivityKind(enum.StrEnum):
    WORKSHOP = "workshop"
    LECTURE = "lecture"
    JOINT_FIELD_VISIT = "joint_field_visit"
    CAPACITY_BUILDING = "capacity_building"
    INFORMATION_EXCHANGE = "information_exchange"
    MEETING = "meeting"
    OTHER = "other"


class ActivityStatus(enum.StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class AttachmentKind(enum.StrEnum):
    SIGNED_AGREEMENT = "signed_agreement"
    MINUTES = "minutes"
    REPORT = "report"
    PHOTO = "photo"
    OTHER = "other"


# English source labels (translated by the UI with the "kinds" context); Arabic labels
# for places that have no Qt translator (PDF, CLI).
LABELS_EN: dict[enum.Enum, str] = {
    OrganizationKind.UN_AGENCY: N_("UN agency"),
    OrganizationKind.INTERGOVERNMENTAL: N_("Intergovernmental organisation"),
    OrganizationKind.MEMBER_STATE: N_("Member state"),
    OrganizationKind.NGO: N_("NGO"),
    OrganizationKind.OTHER: N_("Other"),
    AgreementKind.JOINT_ACTION_PLAN: N_("Joint action plan"),
    AgreementKind.MOU: N_("Memorandum of understanding"),
    AgreementKind.LETTER_OF_AGREEMENT: N_("Letter of agreement"),
    AgreementKind.OTHER: N_("Other"),
    AgreementStatus.DRAFT: N_("Draft"),
    AgreementStatus.SIGNED: N_("Signed"),
    AgreementStatus.ACTIVE: N_("Active"),
    AgreementStatus.COMPLETED: N_("Completed"),
    AgreementStatus.EXPIRED: N_("Expired"),
    AgreementStatus.SUPERSEDED: N_("Superseded"),
    ActivityKind.WORKSHOP: N_("Workshop"),
    ActivityKind.LECTURE: N_("Lecture"),
    ActivityKind.JOINT_FIELD_VISIT: N_("Joint field visit"),
    ActivityKind.CAPACITY_BUILDING: N_("Capacity building"),
    ActivityKind.INFORMATION_EXCHANGE: N_("Information exchange"),
    ActivityKind.MEETING: N_("Meeting"),
    ActivityKind.OTHER: N_("Other"),
    ActivityStatus.PLANNED: N_("Planned"),
    ActivityStatus.ONGOING: N_("Ongoing"),
    ActivityStatus.COMPLETED: N_("Completed"),
    ActivityStatus.POSTPONED: N_("Postponed"),
    ActivityStatus.CANCELLED: N_("Cancelled"),
    AttachmentKind.SIGNED_AGREEMENT: N_("Signed agreement"),
    AttachmentKind.MINUTES: N_("Minutes"),
    AttachmentKind.REPORT: N_("Report"),
    AttachmentKind.PHOTO: N_("Photo"),
    AttachmentKind.OTHER: N_("Other"),
}

LABELS_AR: dict[enum.Enum, str] = {
    OrganizationKind.UN_AGENCY: "وكالة أممية",
    OrganizationKind.INTERGOVERNMENTAL: "منظمة حكومية دولية",
    OrganizationKind.MEMBER_STATE: "دولة عضو",
    OrganizationKind.NGO: "منظمة غير حكومية",
    OrganizationKind.OTHER: "أخرى",
    AgreementKind.JOINT_ACTION_PLAN: "خطة عمل مشتركة",
    AgreementKind.MOU: "مذكرة تفاهم",
    AgreementKind.LETTER_OF_AGREEMENT: "رسالة اتفاق",
    AgreementKind.OTHER: "أخرى",
    AgreementStatus.DRAFT: "مسودة",
    AgreementStatus.SIGNED: "موقّع",
    AgreementStatus.ACTIVE: "ساري",
    AgreementStatus.COMPLETED: "منجز",
    AgreementStatus.EXPIRED: "منتهٍ",
    AgreementStatus.SUPERSEDED: "مستبدَل",
    ActivityKind.WORKSHOP: "ورشة عمل",
    ActivityKind.LECTURE: "محاضرة",
    ActivityKind.JOINT_FIELD_VISIT: "زيارة ميدانية مشتركة",
    ActivityKind.CAPACITY_BUILDING: "بناء القدرات",
    ActivityKind.INFORMATION_EXCHANGE: "تبادل المعلومات",
    ActivityKind.MEETING: "اجتماع",
    ActivityKind.OTHER: "أخرى",
    ActivityStatus.PLANNED: "مخطط له",
    ActivityStatus.ONGOING: "جارٍ",
    ActivityStatus.COMPLETED: "منجز",
    ActivityStatus.POSTPONED: "مؤجل",
    ActivityStatus.CANCELLED: "ملغى",
    AttachmentKind.SIGNED_AGREEMENT: "الاتفاق الموقّع",
    AttachmentKind.MINUTES: "محضر اجتماع",
    AttachmentKind.REPORT: "تقرير",
    AttachmentKind.PHOTO: "صورة",
    AttachmentKind.OTHER: "أخرى",
}


# Spellings used before docs/glossary.md fixed one term per concept: still read on import.
OLDER_SPELLINGS_AR: dict[enum.Enum, tuple[str, ...]] = {
    AgreementStatus.SIGNED: ("موقّعة",),
    AgreementStatus.ACTIVE: ("سارية",),
    AgreementStatus.COMPLETED: ("منجزة",),
    AgreementStatus.EXPIRED: ("منتهية",),
    AgreementStatus.SUPERSEDED: ("مستبدلة",),
    ActivityStatus.PLANNED: ("مخطط",),
}


def label(value: enum.Enum, lang: str = "en") -> str:
    """A readable label for a kind or status, in Arabic or English."""
    table = LABELS_AR if lang == "ar" else LABELS_EN
    return table.get(value, str(value))

"""The columns of an activities spreadsheet: codes, the user's words for them, the header
spellings the import understands (English and Arabic, Hijri date columns), and the
synonyms of kinds and statuses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.domain.kinds import LABELS_AR, LABELS_EN, OLDER_SPELLINGS_AR, ActivityKind, ActivityStatus
from desktop.domain.messages import N_
from desktop.text.normalize import normalize_for_search

COLUMNS = (
    "uuid", "agreement", "kind", "title_ar", "title_en", "start", "end",
    "place", "country", "status", "participants", "notes", "version",
)
FREE_TEXT = frozenset({"title_ar", "title_en", "place", "country", "notes"})
DATES = frozenset({"start", "end"})

#: each column in the user's words (English source; the UI and CLI translate them)
LABELS: dict[str, str] = {
    "uuid": N_("Id"),
    "agreement": N_("Agreement"),
    "kind": N_("Kind"),
    "title_ar": N_("Title (Arabic)"),
    "title_en": N_("Title (English)"),
    "start": N_("Start"),
    "end": N_("End"),
    "place": N_("Place"),
    "country": N_("Country"),
    "status": N_("Status"),
    "participants": N_("Participants"),
    "notes": N_("Notes"),
    "version": N_("Version"),
    "indicator_values": N_("Indicator values"),
    "": N_("File"),
}

#: the Arabic headers of the template (``export-activities --template --lang ar``)
ARABIC_HEADERS: dict[str, str] = {
    "uuid": "المعرف",
    "agreement": "الاتفاق",
    "kind": "النوع",
    "title_ar": "العنوان بالعربية",
    "title_en": "العنوان بالإنجليزية",
    "start": "البداية",
    "end": "النهاية",
    "place": "المكان",
    "country": "البلد",
    "status": "الحالة",
    "participants": "عدد المشاركين",
    "notes": "ملاحظات",
    "version": "الإصدار",
}

_ALIASES: dict[str, tuple[str, ...]] = {
    "uuid": ("id", "المعرف", "معرف", "الرقم التعريفي"),
    "agreement": ("agreement reference", "reference", "المرجع", "مرجع الاتفاق", "اتفاق", "الاتفاقية"),
    "kind": ("type", "activity type", "نوع النشاط", "نوع"),
    "title_ar": ("arabic title", "title arabic", "title (arabic)", "العنوان (بالعربية)", "العنوان العربي", "العنوان بالعربي"),
    "title_en": ("english title", "title english", "title (english)", "العنوان (بالإنجليزية)", "العنوان الإنجليزي", "العنوان بالانجليزي"),
    "start": ("start date", "from", "date", "تاريخ البداية", "تاريخ البدء", "من", "التاريخ"),
    "end": ("end date", "to", "تاريخ النهاية", "تاريخ الانتهاء", "إلى"),
    "place": ("location", "city", "المدينة", "مكان"),
    "country": ("الدولة", "بلد"),
    "status": ("state", "حالة"),
    "participants": ("number of participants", "participants count", "المشاركون", "عدد الحضور"),
    "notes": ("note", "comments", "remarks", "الملاحظات", "ملاحظة"),
    "version": ("النسخة", "رقم الإصدار"),
}
_HIJRI_WORDS = ("hijri", "ah", "هجري", "الهجري", "بالهجري", "هـ", "ه")


def header_key(text: str) -> str:
    """A header as compared: normalised like search text, words joined by ``_``."""
    return re.sub(r"[\W_]+", "_", normalize_for_search(text)).strip("_")


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in COLUMNS:
        for spelling in (name, ARABIC_HEADERS[name], LABELS[name], *_ALIASES.get(name, ())):
            table.setdefault(header_key(spelling), name)
    return table


_HIJRI_KEYS = frozenset(header_key(w) for w in _HIJRI_WORDS)

#: a column of values reported for one indicator: ``indicator:<uuid>`` (exports write it so)
INDICATOR = "indicator:"
_INDICATOR_HEADER = re.compile(r"^\s*indicator\s*:\s*([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\s*$")


def indicator_field(header: str) -> str | None:
    """``indicator:<uuid>`` for a header naming an indicator, else None."""
    found = _INDICATOR_HEADER.match(header or "")
    return INDICATOR + found.group(1).lower() if found else None


@dataclass(frozen=True)
class Column:
    """One column of a file: where it is, its header as written, the field it fills
    (None: not known) and whether its dates are Hijri."""

    index: int
    header: str
    field: str | None
    hijri: bool = False


def column_for(index: int, header: str, mapping: dict[str, str] | None = None) -> Column:
    """The field a header names; ``mapping`` (header as written -> field, "" to ignore)
    comes from the user (the import preview) and wins."""
    if mapping and header in mapping:
        chosen = mapping[header]
        return Column(index, header, chosen if chosen in COLUMNS else "", _is_hijri(header))
    indicator = indicator_field(header)
    if indicator is not None:
        return Column(index, header, indicator)
    key = header_key(header)
    found = _alias_table().get(key)
    if found is not None:
        return Column(index, header, found)
    words = key.split("_")
    kept = [w for w in words if w not in _HIJRI_KEYS]
    if kept != words:
        found = _alias_table().get("_".join(kept))
        if found in DATES:
            return Column(index, header, found, hijri=True)
    return Column(index, header, None)


def _is_hijri(header: str) -> bool:
    return any(w in _HIJRI_KEYS for w in header_key(header).split("_"))


def header_for(name: str, lang: str) -> str:
    return ARABIC_HEADERS[name] if lang == "ar" else name


# -- kinds and statuses ------------------------------------------------------------------------
_SYNONYMS: dict[Any, tuple[str, ...]] = {
    ActivityKind.WORKSHOP: ("workshops", "training workshop", "ورشة", "ورشة عمل", "ورش عمل", "ورشات عمل", "ورشات"),
    ActivityKind.LECTURE: ("lectures", "talk", "محاضرة", "محاضرات"),
    ActivityKind.JOINT_FIELD_VISIT: ("field visit", "joint visit", "visit", "زيارة", "زيارة ميدانية", "زيارات ميدانية",
                                     "زيارة ميدانية مشتركة", "زيارات ميدانية مشتركة"),
    ActivityKind.CAPACITY_BUILDING: ("capacity-building", "training", "تدريب", "بناء قدرات", "بناء القدرات"),
    ActivityKind.INFORMATION_EXCHANGE: ("info exchange", "exchange of information", "تبادل معلومات", "تبادل المعلومات"),
    ActivityKind.MEETING: ("meetings", "اجتماع", "اجتماعات", "لقاء"),
    ActivityKind.OTHER: ("أخرى", "اخرى", "آخر", "غير ذلك"),
    ActivityStatus.PLANNED: ("scheduled", "to do", "مخطط", "مخطط له", "مقرر", "مبرمج"),
    ActivityStatus.ONGOING: ("in progress", "underway", "جار", "جاري", "جارٍ", "قيد التنفيذ", "مستمر"),
    ActivityStatus.COMPLETED: ("done", "finished", "complete", "منجز", "مكتمل", "مكتملة", "أنجز", "تم", "منتهي"),
    ActivityStatus.POSTPONED: ("delayed", "deferred", "مؤجل", "مؤجلة", "أجل"),
    ActivityStatus.CANCELLED: ("canceled", "cancelled", "ملغى", "ملغي", "ملغاة", "ألغي"),
}


@lru_cache(maxsize=None)
def _choice_names(enum_type: type[ActivityKind] | type[ActivityStatus]) -> dict[str, Any]:
    """Normalised spelling -> member (codes, labels in both languages, synonyms)."""
    names: dict[str, Any] = {}
    for member in enum_type:
        for spelling in (member.value, member.name, LABELS_EN.get(member, ""), LABELS_AR.get(member, ""),
                         *OLDER_SPELLINGS_AR.get(member, ()), *_SYNONYMS.get(member, ())):
            if spelling:
                names.setdefault(header_key(spelling), member)
    return names


@lru_cache(maxsize=4096)
def _choice_of(value: str, enum_type: type[ActivityKind] | type[ActivityStatus]) -> Any:
    return _choice_names(enum_type).get(header_key(value))


def choice(value: str, enum_type: type[ActivityKind] | type[ActivityStatus]) -> Any:
    """The kind or status ``value`` names; ValueError when none."""
    found = _choice_of(value, enum_type)
    if found is None:
        raise ValueError(value)
    return found

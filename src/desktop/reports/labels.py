"""The summary's own words (headings, field names) in Arabic and English, in the
terms of docs/glossary.md (tests/ui/test_glossary.py compares them)."""

from __future__ import annotations

_LABELS: dict[str, tuple[str, str]] = {
    "document": ("ملخص الخطة الموقّعة", "Signed plan summary"),
    "reference": ("المرجع", "Reference"),
    "kind": ("النوع", "Kind"),
    "status": ("الحالة", "Status"),
    "parties": ("الأطراف", "Parties"),
    "period": ("المدة", "Period"),
    "signed_on": ("تاريخ التوقيع", "Signed on"),
    "signing_place": ("مكان التوقيع", "Place of signing"),
    "predecessor": ("الاتفاق السابق", "Previous agreement"),
    "signatories": ("الموقّعون", "Signatories"),
    "for_party": ("عن", "For"),
    "signature": ("التوقيع", "Signature"),
    "purpose": ("الغرض", "Purpose"),
    "objectives": ("الأهداف", "Objectives"),
    "progress": ("سير التنفيذ", "Progress"),
    "activities": ("الأنشطة", "Activities"),
    "by_status": ("حسب الحالة", "By status"),
    "by_kind": ("حسب النوع", "By kind"),
    "count": ("العدد", "Count"),
    "total": ("المجموع", "Total"),
    "title": ("العنوان", "Title"),
    "dates": ("التاريخ", "Dates"),
    "place": ("المكان", "Place"),
    "objective_n": ("الهدف {n}", "Objective {n}"),
    "objective_column": ("الهدف", "Obj."),
    "no_objective": ("أنشطة غير مرتبطة بهدف", "Activities not linked to an objective"),
    "year_n": ("سنة {n}", "Year {n}"),
    "no_date": ("بلا تاريخ", "Undated"),
    "no_activities": ("لم تُسجَّل أنشطة بعد.", "No activities yet."),
    "continued": ("(تابع)", "(continued)"),
    "draft": ("مسودة — غير موقّعة", "Draft — not signed"),
    "history": ("تاريخ الشراكة", "History of the partnership"),
    "statements": ("التصريحات", "Statements"),
    "page": ("صفحة {n} من {total}", "Page {n} of {total}"),
    "generated": ("أُعدّ في {date}", "Generated on {date}"),
    "fingerprint": ("البصمة", "Fingerprint"),
    "hijri_note": (
        "يُذكر التاريخ الهجري (تقويم أم القرى) للتواريخ المعروفة باليوم فقط.",
        "Hijri dates (Umm al-Qura) are given only for dates known to the day.",
    ),
    "verify_note": (
        "للتحقق من مطابقة هذا الملخص للسجل: sijill verify",
        "To check this summary against the register: sijill verify",
    ),
    "none": ("—", "—"),
}


def text(key: str, lang: str, **params: object) -> str:
    ar, en = _LABELS[key]
    template = ar if lang == "ar" else en
    return template.format(**params) if params else template

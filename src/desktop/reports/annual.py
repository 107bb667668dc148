"""The annual report (``sijill report --year YYYY --annual -o FILE.pdf``): one document
across all plans - per plan its period, parties, the year's activities by status, its
indicators as they stood at the year's end, and the year's activities quarter by quarter.

``lang="ar+en"`` sets Arabic and English side by side (Arabic on the right), item by item,
so that a long plan still breaks between pages anywhere.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from desktop.domain import records as r
from desktop.domain.kinds import ActivityStatus, label
from desktop.files import atomic_path
from desktop.reports.dates import format_date, format_generated
from desktop.reports.flow import Style, Text, table
from desktop.reports.fonts import BOLD, REGULAR, register_fonts
from desktop.reports.indicator_bars import indicators_table
from desktop.reports.page import MARGIN, MUTED, NumberedCanvas
from desktop.reports.report_pdf import ReportFurniture
from desktop.services.annual import AnnualData, PlanYear

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("التقرير السنوي {year}", "Annual report {year}"),
    "plans": ("الخطط السارية في {year}: {n}", "Plans running in {year}: {n}"),
    "none": ("لا توجد خطط سارية في هذه السنة.", "No plan ran in this year."),
    "period": ("المدة: {start} – {end}", "Period: {start} – {end}"),
    "parties": ("الأطراف: {names}", "Parties: {names}"),
    "activities": ("أنشطة {year}: {n}", "Activities of {year}: {n}"),
    "indicators": ("المؤشرات حتى نهاية {year}", "Indicators at the end of {year}"),
    "no_indicators": ("لا مؤشرات مسجلة لهذه الخطة.", "No indicators are recorded for this plan."),
    "quarter": ("الربع {q}", "Quarter {q}"),
    "quarter_unknown": ("تاريخ غير محدد بالشهر", "Month not known"),
    "no_activities": ("لا أنشطة تبدأ في هذه السنة.", "No activity starts in this year."),
    "unknown": ("؟", "?"),
}


def word(key: str, lang: str, **params: object) -> str:
    ar, en = _WORDS[key]
    return (ar if lang == "ar" else en).format(**params)


def _quarter(activity: r.Activity) -> int:
    month = activity.start.month if activity.start else None
    return (month + 2) // 3 if month else 0


class _Styles:
    def __init__(self, lang: str) -> None:
        rtl = lang == "ar"
        self.body = Style(font=REGULAR, size=9.5, leading=14, rtl=rtl)
        self.muted = self.body.but(color=MUTED)
        self.plan = self.body.but(font=BOLD, size=12.5, leading=18)
        self.heading = self.body.but(font=BOLD, size=10.5, leading=16)


def _items(plan: PlanYear, year: int, lang: str, width: float) -> Iterator[Flowable]:
    """A plan's section as small flowables (the same number and order in every language)."""
    s = _Styles(lang)
    a = plan.agreement
    yield Text(f"{a.display_title(lang)} ({a.reference})", s.plan, space_before=10)
    unknown = word("unknown", lang)
    start = format_date(a.period_start, lang) if a.period_start else unknown
    end = format_date(a.period_end, lang) if a.period_end else unknown
    yield Text(word("period", lang, start=start, end=end), s.body)
    names = "، ".join if lang == "ar" else ", ".join
    yield Text(word("parties", lang, names=names(o.acronym or o.display_name(lang) for o in plan.parties) or "—"), s.body)
    counts = [f"{label(status, lang)} {plan.count(status)}" for status in ActivityStatus if plan.count(status)]
    summary = word("activities", lang, year=year, n=len(plan.activities))
    yield Text(summary + (f" ({'، '.join(counts) if lang == 'ar' else ', '.join(counts)})" if counts else ""), s.body)
    yield Text(word("indicators", lang, year=year), s.heading, space_before=4)
    if plan.progress:
        yield indicators_table(plan.progress, width, s.body, lang)
    else:
        yield Text(word("no_indicators", lang), s.muted)
    if not plan.activities:
        yield Text(word("no_activities", lang), s.muted, space_before=4)
        return
    for quarter in (1, 2, 3, 4, 0):
        of_quarter = [x for x in plan.activities if _quarter(x) == quarter]
        if not of_quarter:
            continue
        heading = word("quarter", lang, q=quarter) if quarter else word("quarter_unknown", lang)
        yield Text(heading, s.heading, space_before=4)
        for activity in of_quarter:
            date = format_date(activity.start, lang) if activity.start else unknown
            line = f"{date} — {activity.display_title(lang)} — {label(activity.kind, lang)}، {label(activity.status, lang)}"
            if lang != "ar":
                line = line.replace("، ", ", ")
            yield Text(line, s.body)


def story(data: AnnualData, lang: str, width: float) -> Iterator[Flowable]:
    langs = ["ar", "en"] if lang == "ar+en" else [lang]
    for la in langs:  # one line per language: each its own direction
        yield Text(word("title", la, year=data.year), _Styles(la).plan.but(size=16, leading=24, align="center"))
    for la in langs:
        yield Text(word("plans", la, year=data.year, n=len(data.plans)), _Styles(la).muted.but(align="center"))
    yield Spacer(1, 6)
    if not data.plans:
        for la in langs:
            yield Text(word("none", la), _Styles(la).body)
        return
    for plan in data.plans:
        if len(langs) == 1:
            yield from _items(plan, data.year, lang, width)
            continue
        half = width / 2 - 6
        pairs = zip(_items(plan, data.year, "ar", half - 8), _items(plan, data.year, "en", half - 8), strict=True)
        rows = [[ar, en] for ar, en in pairs]  # the table puts the first column on the right
        yield table(rows, [half, half], _Styles("ar").body, header=False, grid=False)


def write_annual(data: AnnualData, path: str | Path, *, lang: str = "ar", generated: _dt.datetime | None = None) -> Path:
    """Write the annual report as an A4 PDF, atomically."""
    register_fonts()
    moment = generated or _dt.datetime.now(_dt.UTC)
    target = Path(path)
    doc_lang = "ar" if lang in ("ar", "ar+en") else "en"
    title = " / ".join(word("title", la, year=data.year) for la in (["ar", "en"] if lang == "ar+en" else [lang]))
    with atomic_path(target) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 12, bottomMargin=MARGIN + 6,
            title=title, author="Sijill", creator="Sijill", lang=doc_lang, initialFontName=REGULAR, initialFontSize=9,
            invariant=1 if generated is not None else 0,
        )
        furniture = ReportFurniture(doc_lang, title, format_generated(moment, doc_lang))
        doc.build(list(story(data, lang, doc.width - 12)), canvasmaker=functools.partial(NumberedCanvas, furniture=furniture))
    return target

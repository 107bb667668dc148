"""The dashboard's progress chart for the PDF summary: time elapsed against activities
completed, as of the day the summary is made (reportlab graphics).

The numbers are those of :func:`desktop.services.dashboard.progress_of_counts`, the same the
Dashboard page draws. Labels go through the text pipeline (:func:`desktop.reports.flow.one_line`)
and are drawn already shaped; in Arabic the chart is mirrored (labels on the right, bars
filling from the right).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from desktop import palette

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.reports.dates import format_date
from desktop.reports.flow import Style, one_line
from desktop.reports.flow import drawing as new_drawing
from desktop.services.dashboard import Progress, progress_of_counts
from desktop.text.digits import to_arabic_digits

TIME = colors.HexColor(palette.TIME)
DONE = colors.HexColor(palette.DONE)
TRACK = colors.HexColor(palette.TRACK)
MARK = colors.HexColor("#222222")

TEXTS: dict[str, tuple[str, str]] = {
    "time": ("الوقت المنقضي", "Time elapsed"),
    "done": ("الأنشطة المنجزة", "Activities completed"),
    "days": ("{done} من {total} يومًا", "{done} of {total} days"),
    "activities": ("{done} من {total} نشاطًا", "{done} of {total} activities"),
    "no_period": ("المدة غير مسجلة", "period not recorded"),
    "as_of": ("حتى {date}؛ الخط المتقطع: الوقت المنقضي", "As of {date}; dashed line: time elapsed"),
}


def text(key: str, lang: str, **params: object) -> str:
    ar, en = TEXTS[key]
    return (ar if lang == "ar" else en).format(**params)


def percent(fraction: float | None, digits: bool) -> str:
    if fraction is None:
        return "—"
    value = str(round(fraction * 100))
    return to_arabic_digits(value) + "٪" if digits else value + "%"


def progress_chart(agreement: r.Agreement, total: int, completed: int, today: _dt.date, width: float,
                   style: Style, lang: str, *, arabic_digits: bool = False) -> Drawing:
    """Two meters (time elapsed, activities completed) and a dashed mark at the time share."""
    p = progress_of_counts(agreement, total, completed, today)
    return draw_progress(p, width, style, lang, arabic_digits=arabic_digits)


def _meters(p: Progress, lang: str, number: Callable[[int], str]) -> list[tuple[str, float | None, str, colors.Color]]:
    days = text("days", lang, done=number(p.elapsed_days or 0), total=number(p.total_days or 0))
    if p.time_fraction is None:
        days = text("no_period", lang)
    acts = text("activities", lang, done=number(p.completed), total=number(p.total))
    return [(text("time", lang), p.time_fraction, days, TIME), (text("done", lang), p.done_fraction, acts, DONE)]


def draw_progress(p: Progress, width: float, style: Style, lang: str, *, arabic_digits: bool = False) -> Drawing:
    rtl = lang == "ar"

    def number(value: int) -> str:
        return to_arabic_digits(str(value)) if arabic_digits else str(value)

    meters = _meters(p, lang, number)
    row, bar = style.size * 2.4, style.size * 1.5
    day = format_date(PartialDate.from_date(p.today), lang)
    note = one_line(text("as_of", lang, date=to_arabic_digits(day) if arabic_digits else day), style)
    height = row * len(meters) + style.size * 1.8
    drawing = new_drawing(width, height)  # its default font is the embedded one, not Helvetica
    labels = [one_line(label, style) for label, *_ in meters]
    details = [one_line(detail, style) for _, _, detail, _ in meters]
    label_w = max(line.width for line in labels) + 8
    detail_w = max(line.width for line in details) + 8
    track_w = max(width - label_w - detail_w, 40)

    def x_of(offset: float, w: float = 0.0) -> float:
        """Left edge of something ``offset`` from the leading edge (right in Arabic)."""
        return width - offset - w if rtl else offset

    top = height
    for (_label, fraction, _detail, color), label, detail in zip(meters, labels, details):
        top -= row
        y = top + (row - bar) / 2
        base = y + (bar - style.size * 0.7) / 2
        drawing.add(String(x_of(0, label.width), base, label.visual, fontName=style.font, fontSize=style.size))
        drawing.add(Rect(x_of(label_w, track_w), y, track_w, bar, fillColor=TRACK, strokeColor=None))
        filled = track_w * min(max(fraction or 0.0, 0.0), 1.0)
        if filled > 0:
            drawing.add(Rect(x_of(label_w, filled), y, filled, bar, fillColor=color, strokeColor=None))
        share = one_line(percent(fraction, arabic_digits), style)
        inside = filled >= share.width + 8
        drawing.add(String(x_of(label_w + 4, share.width) if inside else x_of(label_w + filled + 4, share.width),
                           base, share.visual, fontName=style.font, fontSize=style.size,
                           fillColor=colors.white if inside else colors.black))
        drawing.add(String(x_of(label_w + track_w + 6, detail.width), base, detail.visual, fontName=style.font,
                           fontSize=style.size, fillColor=colors.HexColor("#4A5560")))
    if p.time_fraction is not None:
        x = x_of(label_w + track_w * min(max(p.time_fraction, 0.0), 1.0))
        drawing.add(Line(x, style.size * 1.8, x, height, strokeColor=MARK, strokeWidth=1, strokeDashArray=[3, 2]))
    drawing.add(String(x_of(0, note.width), 2, note.visual, fontName=style.font, fontSize=style.size * 0.9,
                       fillColor=colors.HexColor("#4A5560")))
    return drawing


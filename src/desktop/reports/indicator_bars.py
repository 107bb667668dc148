"""Indicator progress as the summary, the annual report and the Dashboard show it: per
indicator its name, a bar (baseline -> target, filled to what was achieved) and
"achieved of target (percent)". In Arabic the bar fills from the right."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable

from desktop import palette
from desktop.domain.indicators import format_number
from desktop.reports.charts import percent
from desktop.reports.flow import Style, Text, table
from desktop.reports.flow import drawing as new_drawing
from desktop.services.indicators import Progress
from desktop.text.digits import to_arabic_digits

DONE = colors.HexColor(palette.DONE)
TRACK = colors.HexColor(palette.TRACK)

_WORDS: dict[str, tuple[str, str]] = {
    "of": ("{achieved} من {target}", "{achieved} of {target}"),
    "indicator": ("المؤشر", "Indicator"),
    "achieved": ("المتحقق", "Achieved"),
    "baseline": ("خط الأساس {value}", "baseline {value}"),
}


def word(key: str, lang: str, **params: object) -> str:
    ar, en = _WORDS[key]
    return (ar if lang == "ar" else en).format(**params)


def number(value: float, digits: bool) -> str:
    text = format_number(value)
    return to_arabic_digits(text) if digits else text


def achieved_text(p: Progress, lang: str, digits: bool) -> str:
    unit = f" {p.indicator.unit}" if p.indicator.unit else ""
    text = word("of", lang, achieved=number(p.achieved, digits), target=number(p.indicator.target, digits) + unit)
    return f"{text} ({percent(p.progress, digits)})"


def bar(fraction: float, width: float, rtl: bool, height: float = 7) -> Drawing:
    """A track with its first ``fraction`` filled (from the right in a right-to-left document)."""
    d = new_drawing(width, height + 4)
    d.add(Rect(0, 2, width, height, fillColor=TRACK, strokeColor=None))
    filled = max(0.0, min(1.0, fraction)) * width
    if filled > 0:
        d.add(Rect(width - filled if rtl else 0, 2, filled, height, fillColor=DONE, strokeColor=None))
    return d


def indicators_table(progress: Sequence[Progress], width: float, style: Style, lang: str, *, digits: bool = False) -> Flowable:
    """One row per indicator: name (with its baseline when not zero), bar, achieved of target."""
    name_width, bar_width = width * 0.46, width * 0.22
    figures_width = width - name_width - bar_width
    rows: list[list[object]] = [[Text(word("indicator", lang), style.but(font=style.font)), "", Text(word("achieved", lang), style)]]
    for p in progress:
        name = p.indicator.display_name(lang)
        if p.indicator.baseline:
            name += f" ({word('baseline', lang, value=number(p.indicator.baseline, digits))})"
        rows.append([Text(name, style), bar(p.progress, bar_width - 8, style.rtl), Text(achieved_text(p, lang, digits), style)])
    return table(rows, [name_width, bar_width, figures_width], style)

"""A small horizontal bar chart of activity counts, drawn with reportlab graphics.

Labels go through the same text pipeline as the rest of the summary and are drawn as
already-shaped strings. In Arabic the chart is mirrored: labels on the right, bars growing
to the left.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from desktop import palette
from desktop.reports.flow import Style, drawing, one_line

BAR_COLORS = [colors.HexColor(c) for c in palette.SERIES]


def bar_chart(items: Sequence[tuple[str, int]], width: float, style: Style, *, bar: float = 11,
              fills: Sequence[str] | None = None) -> Drawing:
    """One bar per (label, count); the scale runs from 0 to the largest count. ``fills``: a
    hex colour per item (as on the screen's Dashboard), else the series colours in turn."""
    row = bar + 6
    height = row * len(items) + 4
    canvas = drawing(width, height)
    label_width = min(width * 0.42, max((one_line(label, style).width for label, _ in items), default=0) + 6)
    count_room = 24
    span = width - label_width - count_room
    largest = max((count for _, count in items), default=0) or 1
    rtl = style.rtl
    axis_x = width - label_width if rtl else label_width
    for index, (label, count) in enumerate(items):
        y = height - (index + 1) * row
        text = one_line(label, style)
        length = span * count / largest
        fill = colors.HexColor(fills[index]) if fills else BAR_COLORS[index % len(BAR_COLORS)]
        number = one_line(str(count), style)
        if rtl:
            canvas.add(String(width, y + 2, text.visual, fontName=style.font, fontSize=style.size, textAnchor="end"))
            canvas.add(Rect(axis_x - 3 - length, y, length, bar, fillColor=fill, strokeColor=None))
            canvas.add(String(axis_x - 6 - length, y + 2, number.visual, fontName=style.font,
                               fontSize=style.size, textAnchor="end"))
        else:
            canvas.add(String(0, y + 2, text.visual, fontName=style.font, fontSize=style.size))
            canvas.add(Rect(axis_x + 3, y, length, bar, fillColor=fill, strokeColor=None))
            canvas.add(String(axis_x + 6 + length, y + 2, number.visual, fontName=style.font, fontSize=style.size))
    axis = axis_x - 3 if rtl else axis_x + 3
    canvas.add(Line(axis, 0, axis, height, strokeColor=colors.grey, strokeWidth=0.6))
    return canvas

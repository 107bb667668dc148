"""A grouped report (``sijill report -o FILE.pdf``) printed with the summary's Arabic
rendering: the same shaped, ordered lines and right-to-left tables."""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Spacer

from desktop.files import atomic_path
from desktop.reports import labels
from desktop.reports.dates import format_generated
from desktop.reports.flow import Style, Text, add_line, one_line, table
from desktop.reports.fonts import BOLD, REGULAR, register_fonts
from desktop.reports.page import MARGIN, MUTED, NumberedCanvas
from desktop.reports.pdftext import TextBlock
from desktop.services.report_table import ReportTable, as_text

TOTAL_FILL = colors.HexColor("#E8EEF3")


@dataclass(frozen=True)
class ReportFurniture:
    """Title at the start side of every page's head; "page N of M" and the date at its foot."""

    lang: str
    title: str
    generated: str

    def draw(self, canv: Any, page: int, total: int) -> None:
        width, height = canv._pagesize
        rtl = self.lang == "ar"
        small = Style(font=REGULAR, size=8, rtl=rtl, color=MUTED)
        inner = width - 2 * MARGIN
        text = TextBlock(canv)
        top, bottom = height - MARGIN + 14, MARGIN - 22
        add_line(text, one_line(self.title, small.but(font=BOLD)), MARGIN, inner, top,
                 small.but(font=BOLD, align="right" if rtl else "left"))
        start, end = ("right", "left") if rtl else ("left", "right")
        add_line(text, one_line(labels.text("page", self.lang, n=page, total=total), small), MARGIN, inner, bottom,
                 small.but(align=start))
        add_line(text, one_line(labels.text("generated", self.lang, date=self.generated), small), MARGIN, inner, bottom,
                 small.but(align=end))
        canv.setStrokeColor(colors.HexColor("#B8C2CC"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 5, width - MARGIN, top - 5)
        canv.line(MARGIN, bottom + 11, width - MARGIN, bottom + 11)
        canv.setFillColor(MUTED)
        text.draw()


def _widths(tab: ReportTable, width: float) -> list[float]:
    """Group columns share half the width (at most), numbers the rest."""
    numbers = len(tab.headers) - tab.group_columns
    group_share = min(width * 0.5, width - numbers * 70) if numbers else width
    group = group_share / tab.group_columns
    number = (width - group * tab.group_columns) / numbers if numbers else 0
    return [group] * tab.group_columns + [number] * numbers


def write_pdf(tab: ReportTable, path: str | Path, *, title: str, subtitle: str, lang: str,
              generated: _dt.datetime | None = None) -> Path:
    """Write the report table as a landscape A4 PDF, atomically."""
    register_fonts()
    moment = generated or _dt.datetime.now(_dt.UTC)
    target = Path(path)
    rtl = lang == "ar"
    body = Style(font=REGULAR, size=9, leading=13, rtl=rtl)
    numbers = body.but(align="right" if rtl else "right", direction="ltr")
    with atomic_path(target) as tmp:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 12,
            bottomMargin=MARGIN + 6, title=title, author="Sijill", creator="Sijill", lang=lang,
            initialFontName=REGULAR, initialFontSize=9, invariant=1 if generated is not None else 0,
        )
        header = body.but(font=BOLD)
        rows: list[list[object]] = [[Text(h, header) for h in tab.headers]]
        for cells in [*tab.rows, tab.totals]:
            style = header if cells is tab.totals else body
            rows.append([
                Text(as_text(c), numbers.but(font=style.font) if not isinstance(c, str) else style) for c in cells
            ])
        grid = table(rows, _widths(tab, doc.width - 12), body)  # the totals row: bold
        story = [
            Text(title, body.but(font=BOLD, size=14, leading=20)),
            Text(subtitle, body.but(color=MUTED)),
            Spacer(1, 8),
            grid,
        ]
        furniture = ReportFurniture(lang, title, format_generated(moment, lang))
        doc.build(story, canvasmaker=functools.partial(NumberedCanvas, furniture=furniture))
    return target

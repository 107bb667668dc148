"""The office's letterhead on a summary, and the draft watermark.

* :class:`LetterheadBlock`: the first page's head: the logo at the start side (right in
  Arabic), the organisation's name in the summary's language, the other name under it;
* :func:`draw_page_marks`: on every page a small logo and name in the running header (see
  :class:`desktop.reports.page.Furniture`), the footer line above the footer, and - when
  the plan has no signing date - "Draft — not signed" across the page in the summary's
  language, light enough to read the page through it.

The logo is PNG (drawn by reportlab through Pillow) or SVG (converted by svglib to a
reportlab drawing); either is drawn once per document as a form and reused on each page.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from desktop.domain.letterhead import PNG, SVG, Letterhead
from desktop.reports import labels
from desktop.reports.flow import Style, draw_line, one_line
from desktop.reports.fonts import BOLD, REGULAR

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#4A5560")
WATERMARK = colors.Color(0.55, 0.6, 0.65, alpha=0.3)


@lru_cache(maxsize=1)
def _no_files() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="sijill-svg-")


@lru_cache(maxsize=4)
def _logo_object(data: bytes, kind: str) -> Any:
    """A reportlab image reader (PNG) or drawing (SVG) for the logo, or None if unreadable."""
    try:
        if kind == PNG:
            return ImageReader(io.BytesIO(data))
        if kind == SVG:
            from svglib.svglib import svg2rlg

            # no XML entities, and no external files: references outside an empty folder are refused
            return svg2rlg(io.BytesIO(data), resolve_entities=False, external_reference_root=_no_files())
    except Exception:  # noqa: BLE001 - a broken logo must not stop the summary: it is left out
        return None
    return None


def _logo_size(logo: Any) -> tuple[float, float]:
    if isinstance(logo, ImageReader):
        width, height = logo.getSize()
        return float(width), float(height)
    return float(logo.width or 1), float(logo.height or 1)


def draw_logo(canv: Any, letterhead: Letterhead, x: float, y: float, height: float, *, at_right: bool) -> float:
    """Draw the logo ``height`` high with its bottom at ``y``, its right edge at ``x`` when
    ``at_right`` else its left edge; returns the width drawn (0 without a logo)."""
    logo = _logo_object(letterhead.logo, letterhead.logo_type) if letterhead.logo else None
    if logo is None:
        return 0.0
    natural_width, natural_height = _logo_size(logo)
    width = min(height * natural_width / max(natural_height, 1e-6), height * 4)
    left = x - width if at_right else x
    if isinstance(logo, ImageReader):
        canv.drawImage(logo, left, y, width, height, mask="auto", preserveAspectRatio=True)
    else:
        canv.saveState()
        canv.translate(left, y)
        canv.scale(width / natural_width, height / natural_height)
        renderPDF.draw(logo, canv, 0, 0)
        canv.restoreState()
    return width


class LetterheadBlock(Flowable):  # type: ignore[misc]
    """The letterhead at the head of the first page."""

    LOGO = 46.0

    def __init__(self, letterhead: Letterhead, lang: str) -> None:
        super().__init__()
        self.letterhead = letterhead
        self.lang = lang
        rtl = lang == "ar"
        self.name_style = Style(font=BOLD, size=14, leading=20, rtl=rtl, color=ACCENT)
        self.other_style = Style(font=REGULAR, size=10, leading=14, rtl=rtl, color=MUTED)
        self.spaceAfter = 10

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = max(self.LOGO if self.letterhead.logo else 0, 36.0) + 6
        return avail_width, self.height

    def draw(self) -> None:
        canv, rtl = self.canv, self.lang == "ar"
        top = self.height - 6
        logo_width = draw_logo(canv, self.letterhead, self.width if rtl else 0, top - self.LOGO, self.LOGO,
                               at_right=rtl)
        gap = logo_width + 10 if logo_width else 0
        left, width = (0, self.width - gap) if rtl else (gap, self.width - gap)
        start = "right" if rtl else "left"
        name = self.letterhead.name(self.lang)
        if name:
            draw_line(canv, one_line(name, self.name_style), left, width, top - 16, self.name_style.but(align=start))
        other = self.letterhead.other_name(self.lang)
        if other:
            style = self.other_style.but(align=start)
            draw_line(canv, one_line(other, style), left, width, top - 32, style)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.line(0, 1, self.width, 1)


def draw_page_marks(canv: Any, letterhead: Letterhead | None, lang: str, *, draft: bool, margin: float,
                    header_y: float, footer_y: float) -> None:
    """Per page: the header's small logo and name, the footer line, the draft watermark."""
    width, height = canv._pagesize
    rtl = lang == "ar"
    inner = width - 2 * margin
    if draft:
        _watermark(canv, labels.text("draft", lang), width, height, rtl)
    if letterhead is None or letterhead.is_empty:
        return
    small = Style(font=BOLD, size=8, rtl=rtl, color=MUTED)
    logo_width = draw_logo(canv, letterhead, width - margin if rtl else margin, header_y - 2, 11, at_right=rtl)
    shift = logo_width + 4 if logo_width else 0
    name = letterhead.name(lang)
    if name:
        left = margin if rtl else margin + shift
        draw_line(canv, one_line(name, small), left, inner - shift, header_y, small.but(align="right" if rtl else "left"))
    footer = letterhead.footer(lang)
    if footer:
        line = small.but(font=REGULAR, size=7.5)
        draw_line(canv, one_line(footer, line), margin, inner, footer_y, line.but(align="center"))


def _watermark(canv: Any, text: str, width: float, height: float, rtl: bool) -> None:
    style = Style(font=BOLD, size=54, rtl=rtl, color=WATERMARK, direction="rtl" if rtl else "ltr")
    line = one_line(text, style)
    canv.saveState()
    canv.translate(width / 2, height / 2)
    canv.rotate(35)
    draw_line(canv, line, -line.width / 2, line.width, -18, style.but(align="left"))
    canv.restoreState()

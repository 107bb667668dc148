"""Platypus flowables that draw text the text pipeline has already shaped and ordered.

Nothing here hands user text to reportlab's paragraph parser (no markup, no ``shaping=1``,
no ``wordWrap='RTL'``): every line is laid out by :mod:`desktop.text.shaping` and drawn with
``drawString``, so ``a<b & <font ...>`` prints literally. Tables are laid right to left in
Arabic (first column on the right), numbering sits at the start side.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.reports.cells import CellTable, Continued
from desktop.reports.fonts import (
    LATIN,
    MIRROR,
    REGULAR,
    covered,
    fallback_for,
    missing_glyphs,
    register_fonts,
    width_function,
)
from desktop.reports.glyphs import drawable
from desktop.reports import tagging
from desktop.reports.outline import mark
from desktop.reports.pdftext import TextBlock
from desktop.text.shaping import Line, layout, single_line


class MissingGlyphError(SijillError):
    """The embedded font has no glyph for some character of the laid-out text.

    Not raised for user text: :func:`desktop.reports.glyphs.drawable` gives every such
    character a stand-in first. It guards against a .notdef box slipping into the PDF.
    """


@dataclass(frozen=True)
class Style:
    font: str = REGULAR
    size: float = 10.0
    leading: float = 15.0
    align: str = "start"  # start/end relative to the paragraph's direction, or left/right/center
    color: colors.Color = colors.black
    rtl: bool = True  # the document's direction: used when a paragraph has no strong letter
    direction: str = "auto"  # "auto" (first strong letter), "rtl" or "ltr"

    def but(self, **changes: object) -> Style:
        return replace(self, **changes)  # type: ignore[arg-type]


def with_fallback(lines: Sequence[Line], font: str) -> list[Line]:
    """The lines, each marking the characters its font lacks but the fallback font draws;
    raises :class:`MissingGlyphError` for a character neither draws."""
    fallback = fallback_for(font)
    result = []
    missing: set[str] = set()
    for line in lines:
        lacking = missing_glyphs(line.visual, font)
        if lacking and fallback is not None:
            drawn = covered(fallback)
            positions = frozenset(i for i, ch in enumerate(line.visual) if ch in lacking and ord(ch) in drawn)
            line = replace(line, fallback=positions)
            lacking = {ch for ch in lacking if ord(ch) not in drawn}
        missing |= lacking
        result.append(line)
    if missing:
        names = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in sorted(missing))
        raise MissingGlyphError(Message(N_("The PDF font cannot draw these characters: {chars}"), {"chars": names}))
    return result


LaidOut = dict[str, tuple[Line, ...]]
_LAID_OUT: dict[tuple[Style, float], LaidOut] = {}
_PER_STYLE = 8192  # texts kept per (style, width)


def laid_out(style: Style, width: float) -> LaidOut:
    """The lines already laid out for ``style`` in ``width``, by text.

    Lines are immutable, and a plan repeats many cell texts (kinds, statuses, places,
    dates): each distinct (text, width, style) is shaped and checked once. A table keeps
    this per column, so a cell costs one look-up by its text."""
    key = (style, width)
    found = _LAID_OUT.get(key)
    if found is None:
        if len(_LAID_OUT) > 256:
            _LAID_OUT.clear()
        found = _LAID_OUT[key] = {}
    return found


def lines_of(text: str, width: float, style: Style, cache: LaidOut | None = None) -> tuple[Line, ...]:
    """``text`` laid out in ``width`` (``cache``: :func:`laid_out` for the style and width)."""
    if cache is None:
        cache = laid_out(style, width)
    lines = cache.get(text)
    if lines is None:
        register_fonts()
        if len(cache) >= _PER_STYLE:
            cache.clear()
        lines = cache[text] = _lay_out(text, width, style)
    return lines


def lay_out(text: str | None, width: float, style: Style) -> list[Line]:
    return list(lines_of(text or "", width, style))


def _lay_out(text: str, width: float, style: Style) -> tuple[Line, ...]:
    lines = layout(
        text, width, width_function(style.font, style.size), direction=style.direction, default_rtl=style.rtl,
        prepare=partial(drawable, font=style.font),
    )
    return tuple(with_fallback(lines, style.font))


def one_line(text: str | None, style: Style) -> Line:
    register_fonts()
    return _one_line(text or "", style)


@lru_cache(maxsize=1024)
def _one_line(text: str, style: Style) -> Line:
    """The page furniture repeats its title, reference and fingerprint on every page."""
    line = single_line(text, width_function(style.font, style.size), direction=style.direction, default_rtl=style.rtl,
                       prepare=partial(drawable, font=style.font))
    return with_fallback([line], style.font)[0]


def draw_line(canv, line: Line, left: float, width: float, y: float, style: Style) -> None:  # type: ignore[no-untyped-def]
    """Draw one laid-out line within ``[left, left + width]`` at baseline ``y``."""
    if not line.visual:
        return
    canv.setFont(style.font, style.size)
    canv.setFillColor(style.color)
    x = line.x(left, width, style.align)
    if not line.mirrored and not line.latin and not line.fallback:
        canv.drawString(x, y, line.visual)
        return
    text = canv.beginText(x, y)
    for run, font in font_runs(line, style.font):
        text.setFont(font, style.size)
        text.textOut(run)
    canv.drawText(text)


def add_line(block: TextBlock, line: Line, left: float, width: float, y: float, style: Style) -> None:
    """:func:`draw_line` into a :class:`~desktop.reports.pdftext.TextBlock` (the block's
    colour is the canvas fill colour when it is drawn, not ``style.color``)."""
    x = line.x(left, width, style.align)
    if not line.mirrored and not line.latin and not line.fallback:
        block.run(x, y, line.visual, style.font, style.size)
        return
    for run, font in font_runs(line, style.font):
        block.run(x, y, run, font, style.size)
        x += pdfmetrics.stringWidth(run, font, style.size)


def _maps_back(line: Line, index: int) -> bool:
    """Whether the mirrored bracket at ``index`` should extract as the typed bracket.

    Extractors (poppler, PDFium) reverse a right-to-left word glyph by glyph, so a bracket
    around Arabic must map back to the typed one; around Latin letters or digits they keep
    the glyphs in x order, so there the drawn bracket is already what extracts right.
    """
    ch = line.visual[index]
    inside = index + 1 if ch in "([{<«" else index - 1
    if not 0 <= inside < len(line.visual):
        return True
    return unicodedata.bidirectional(line.visual[inside]) in ("R", "AL", "NSM")


def mirrored_runs(line: Line) -> list[tuple[str, bool]]:
    """The line cut where it switches between plain and mirrored-font characters."""
    return [(run, font == MIRROR[REGULAR]) for run, font in font_runs(line, REGULAR)]


def font_runs(line: Line, font: str) -> list[tuple[str, str]]:
    """The line cut where it switches between the font's embeddings: plain, mirrored
    brackets (:mod:`desktop.reports.tounicode`) and Latin punctuation forms (:data:`LATIN`)."""
    special = {i: LATIN.get(font, font) for i in line.latin}
    if line.fallback:
        special.update(dict.fromkeys(line.fallback, fallback_for(font) or font))
    mirror = MIRROR.get(font, font)
    special.update((i, mirror) for i in line.mirrored if _maps_back(line, i))
    runs: list[tuple[str, str]] = []
    text, start = line.visual, 0
    for index in sorted(special):
        name = special[index]
        if index > start:
            runs.append((text[start:index], font))
        if runs and runs[-1][1] == name and index == start:
            runs[-1] = (runs[-1][0] + text[index], name)
        else:
            runs.append((text[index], name))
        start = index + 1
    if start < len(text):
        runs.append((text[start:], font))
    return runs


class Text(Flowable):  # type: ignore[misc]
    """A paragraph of user text: wrapped by the text pipeline, split between pages by line."""

    def __init__(self, text: str | None, style: Style, *, lines: list[Line] | None = None, width: float = 0.0,
                 space_before: float = 0, space_after: float = 0, outline: int | None = None,
                 tag: str = "P") -> None:
        super().__init__()
        self.text = text or ""
        self.tag = tag  # its structure element (desktop.reports.tagging): P, H1, H2, H3, LBody ...
        self.outline = outline  # a bookmark at this level where it is drawn (desktop.reports.outline)
        self.style = style
        self._lines = lines  # already laid out for ``width`` (the parts of a split paragraph)
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._width = width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None or avail_width != self._width:
            self._lines = lay_out(self.text, avail_width, self.style)
        self._width = avail_width
        return avail_width, self._height()

    def _height(self) -> float:
        lines = self._lines or []
        if not lines:
            return 0.0
        return len(lines) * self.style.leading

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        lines = self._lines or []
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        width = self._width
        return [
            Text(self.text, self.style, lines=lines[:fit], width=width, space_before=self.spaceBefore,
                 outline=self.outline, tag=self.tag),
            Text(self.text, self.style, lines=lines[fit:], width=width, space_after=self.spaceAfter, tag=self.tag),
        ]

    def draw(self) -> None:
        lines = self._lines or []
        if self.outline is not None:
            mark(self.canv, self.text, self.outline, self._height())
        if not lines:
            return
        code = self.canv._code
        code.append(tagging.begin(self.canv, self.tag, tagging.language_of(self.text, "ar" if self.style.rtl else "en")))
        # baseline of the first line: a leading below the top, less the descent room
        y = self._height() - self.style.leading + (self.style.leading - self.style.size) * 0.9
        for line in lines:
            draw_line(self.canv, line, 0, self._width, y, self.style)
            y -= self.style.leading
        code.append(tagging.END)


class Numbered(Flowable):  # type: ignore[misc]
    """A numbered item: the number at the start side (right in Arabic), text indented."""

    def __init__(self, number: str, text: str, style: Style, indent: float = 22, *, body: Text | None = None) -> None:
        super().__init__()
        self.number = number
        self.body = body or Text(text, style)
        self.style = style
        self.indent = indent
        self.spaceAfter = 3

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Between lines of its text (a long item runs over pages; the number stays on the first)."""
        parts = self.body.split(avail_width - self.indent, avail_height)
        if len(parts) < 2:
            return parts and [self]
        return [Numbered(self.number, "", self.style, self.indent, body=parts[0]),
                Numbered("", "", self.style, self.indent, body=parts[1])]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        _, height = self.body.wrap(avail_width - self.indent, avail_height)
        return avail_width, max(height, self.style.leading)

    def draw(self) -> None:
        self.body.tag = "LBody"
        with tagging.element(self.canv, "LI"):
            self._draw()

    def _draw(self) -> None:
        if not self.number:
            self.body.drawOn(self.canv, 0 if self.style.rtl else self.indent, 0)
            return
        label = one_line(self.number, self.style.but(direction="rtl" if self.style.rtl else "ltr"))
        height = max(self.body._height(), self.style.leading)
        y = height - self.style.leading + (self.style.leading - self.style.size) * 0.9
        self.canv._code.append(tagging.begin(self.canv, "Lbl"))
        if self.style.rtl:
            draw_line(self.canv, label, self._width - self.indent, self.indent, y, self.style.but(align="right"))
            self.canv._code.append(tagging.END)
            self.body.drawOn(self.canv, 0, height - self.body._height())
        else:
            draw_line(self.canv, label, 0, self.indent, y, self.style.but(align="left"))
            self.canv._code.append(tagging.END)
            self.body.drawOn(self.canv, self.indent, height - self.body._height())


def drawing(width: float, height: float, **kwargs: object) -> Drawing:
    """A graphics drawing whose default font is the embedded one (not unembedded Helvetica)."""
    result = Drawing(width, height, **kwargs)
    result.initialFontName = REGULAR
    result.initialFontSize = 10
    return result


GRID = colors.HexColor("#B8C2CC")
HEADER_FILL = colors.HexColor("#E8EEF3")


def table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    style: Style,
    *,
    header: bool = True,
    grid: bool = True,
    continued: Continued | None = None,
    caption: Sequence[Flowable] = (),
    frame_height: float | None = None,
    origin: str = "",
    reference: bool = True,
) -> CellTable:
    """A table of flowables; in a right-to-left document the columns are reversed so the
    first column is on the right. Strings are wrapped in :class:`Text` cells. Rows split
    across pages (:class:`~desktop.reports.cells.CellTable`): ``continued`` makes what is
    added under the first column's repeated cell on a continuation row."""
    cells = [[_cell(c, style) for c in row] for row in rows]
    col_widths = list(widths)
    first = 0
    if style.rtl:
        cells = [list(reversed(row)) for row in cells]
        col_widths.reverse()
        first = len(col_widths) - 1
    return CellTable(cells, col_widths, header=header, grid=grid, fill=HEADER_FILL, line=GRID, rtl=style.rtl,
                     reference=first if reference else None,
                     continued=continued, caption=caption, frame_height=frame_height, origin=origin)


def _cell(content: object, style: Style) -> list[Flowable]:
    if isinstance(content, str):
        return [Text(content, style)]
    if isinstance(content, Flowable):
        return [content]
    return list(content)  # type: ignore[call-overload]

"""A table of plain text cells, for the long activity tables.

It looks exactly like :func:`desktop.reports.flow.table` with a header row (same padding,
grid, header fill, top-aligned cells, columns reversed right to left, header repeated on
every page it runs over), but it is one flowable, not a platypus ``Table`` of one
:class:`~desktop.reports.flow.Text` flowable per cell: the cells are laid out once, and a
page of rows is drawn as one text object and one path of grid lines. A plan of hundreds of
activities spends its time on its words, not on per-cell bookkeeping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from desktop.reports.flow import GRID, HEADER_FILL, Style, add_line, laid_out, lines_of
from desktop.reports import tagging
from desktop.reports.pdftext import TextBlock
from desktop.reports.splitting import MIN_ROOM, fits_rows, stack_draw, stack_height
from desktop.text.shaping import Line

LEFT_PADDING = RIGHT_PADDING = 4.0  # as flow.table
TOP_PADDING = 2.0
BOTTOM_PADDING = 3.0
GRID_WIDTH = 0.4


@dataclass(frozen=True)
class Row:
    cells: tuple[tuple[Line, ...], ...]  # in drawing order (left to right)
    style: Style
    height: float


@dataclass
class Columns:
    """The columns of a family of tables (widths in the logical order, first column first)
    and the cell texts already laid out for them. Header and body differ in font, not colour."""

    widths: Sequence[float]
    header_style: Style
    body_style: Style
    rtl: bool
    continued: str = ""  # "continued" in the summary's language: heads the rest of a row split over pages

    def __post_init__(self) -> None:
        if self.header_style.color != self.body_style.color:
            raise ValueError("a text table draws its header and body in one colour")
        self.drawn_widths = list(reversed(self.widths)) if self.rtl else list(self.widths)
        self.width = sum(self.drawn_widths)
        self.edges = [0.0]
        for w in self.drawn_widths:
            self.edges.append(self.edges[-1] + w)
        inner = [w - LEFT_PADDING - RIGHT_PADDING for w in self.drawn_widths]
        self._header_caches = [(i, laid_out(self.header_style, i)) for i in inner]
        self._body_caches = [(i, laid_out(self.body_style, i)) for i in inner]

    def row(self, texts: Sequence[str], *, header: bool = False) -> Row:
        drawn = list(reversed(texts)) if self.rtl else list(texts)
        style = self.header_style if header else self.body_style
        caches = self._header_caches if header else self._body_caches
        cells = tuple(lines_of(text, inner, style, cache) for text, (inner, cache) in zip(drawn, caches))
        return self._row(cells, style)

    @staticmethod
    def _row(cells: tuple[tuple[Line, ...], ...], style: Style) -> Row:
        tallest = max((len(lines) for lines in cells), default=0)
        return Row(cells, style, tallest * style.leading + TOP_PADDING + BOTTOM_PADDING)

    def _drawn(self, logical: int) -> int:
        return len(self.widths) - 1 - logical if self.rtl else logical

    def split_row(self, row: Row, room: float) -> tuple[Row, Row] | None:
        """``row`` cut after the lines that fit in ``room``: the rest repeats the first column
        (the row's reference) and starts its second with "continued"."""
        fit = int((room - TOP_PADDING - BOTTOM_PADDING) // row.style.leading)
        if fit <= 0 or all(len(lines) <= fit for lines in row.cells):
            return None
        first = tuple(lines[:fit] for lines in row.cells)
        rest = [lines[fit:] for lines in row.cells]
        reference, second = self._drawn(0), self._drawn(1)
        rest[reference] = row.cells[reference]
        if self.continued:
            inner, cache = self._body_caches[second]
            rest[second] = lines_of(self.continued, inner, row.style, cache) + rest[second]
        return self._row(first, row.style), self._row(tuple(rest), row.style)


class TextTable(Flowable):  # type: ignore[misc]
    """Rows of text cells under a header row that repeats after each page break."""

    def __init__(self, columns: Columns, rows: Sequence[Row], *, caption: Sequence[Flowable] = (),
                 frame_height: float | None = None) -> None:
        super().__init__()
        self.columns = columns
        self.rows = list(rows)  # rows[0] is the header
        self.caption = list(caption)  # a heading kept with the table's first rows
        self.frame_height = frame_height
        self.hAlign = "CENTER"
        self._caption_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.columns.width
        self._caption_height = stack_height(self.caption, self.width) if self.caption else 0.0
        self.height = self._caption_height + sum(row.height for row in self.rows)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        header = self.rows[0]
        room = avail_height - self._caption_height - header.height
        body = [row.height for row in self.rows[1:]]
        fit = fits_rows(body, room)
        if fit == 0 and avail_height >= 0.75 * (self.frame_height or float("inf")):
            fit = fits_rows(body, room, orphans=False)  # at the top of a page: what fits
        if fit == len(body):
            return [self]
        left = room - sum(body[:fit])
        page = (self.frame_height or avail_height) - self._caption_height - header.height
        if body[fit] > page and left >= MIN_ROOM:  # a row no page can hold: its start fills this page
            cut = self.columns.split_row(self.rows[1 + fit], left)
            if cut is not None:
                return [TextTable(self.columns, [*self.rows[:1 + fit], cut[0]], caption=self.caption),
                        TextTable(self.columns, [header, cut[1], *self.rows[2 + fit:]], frame_height=self.frame_height)]
        if fit == 0:  # not even the header and one row: try on the next page
            return []
        return [TextTable(self.columns, self.rows[:1 + fit], caption=self.caption),
                TextTable(self.columns, [header, *self.rows[1 + fit:]], frame_height=self.frame_height)]

    def draw(self) -> None:
        canv = self.canv
        width, height = self.wrap(0, 0)
        if self.caption:
            stack_draw(canv, self.caption, 0, height, width)
            height -= self._caption_height
        canv.saveState()
        canv.setFillColor(HEADER_FILL)
        canv.rect(0, height, width, -self.rows[0].height, stroke=0, fill=1)
        self._draw_text(height)
        self._draw_grid(width, height)
        canv.restoreState()

    def _draw_text(self, top: float) -> None:
        canv = self.canv
        block = TextBlock(canv)
        edges = self.columns.edges
        widths = self.columns.drawn_widths
        default = "ar" if self.columns.rtl else "en"
        page = len(getattr(canv, "_pages", ()))
        with tagging.element(canv, "Table"):
            for number, row in enumerate(self.rows):
                style = row.style
                # the first baseline, as flow.Text draws it in a top-aligned cell
                first = top - TOP_PADDING - style.leading + (style.leading - style.size) * 0.9
                columns = list(enumerate(row.cells))
                with tagging.element(canv, "TR"):
                    for column, lines in reversed(columns) if self.columns.rtl else columns:
                        left, inner = edges[column] + LEFT_PADDING, widths[column] - LEFT_PADDING - RIGHT_PADDING
                        if not lines:  # an empty cell is still a cell of its row
                            tagging.empty(canv, "TH" if number == 0 else "TD")
                            continue
                        lang = tagging.language_of(lines[0].visual, default)
                        block.literal(tagging.leaf(canv, "TH" if number == 0 else "TD", lang, page))
                        y = first
                        for line in lines:
                            add_line(block, line, left, inner, y, style)
                            y -= style.leading
                        block.literal(tagging.END)
                top -= row.height
        self.canv.setFillColor(self.columns.body_style.color)
        block.draw()

    def _draw_grid(self, width: float, height: float) -> None:
        canv = self.canv
        canv.setLineCap(1)
        canv.setLineJoin(1)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(GRID_WIDTH)
        path = canv.beginPath()
        y = height
        for row in [None, *self.rows]:
            if row is not None:
                y -= row.height
            path.moveTo(0, y)
            path.lineTo(width, y)
        for x in self.columns.edges:
            path.moveTo(x, height)
            path.lineTo(x, 0)
        canv.drawPath(path, stroke=1, fill=0)

"""A table of flowable cells whose rows split across pages: no field is too long to print.

:func:`desktop.reports.flow.table` builds a :class:`CellTable`: it looks like the platypus
table it replaces (padding, grid, header fill, top-aligned cells, columns reversed right to
left), but where platypus refuses a row taller than the page ("Flowable ... too large"),
a row here is cut at the height left: each cell keeps what fits (a paragraph is cut between
lines, see :func:`split_cell`), and the rest goes on a continuation row on the next page,
under the repeated header, with the row's reference (its first column) repeated and marked
"continued" in the summary's language (:mod:`desktop.reports.splitting`).

A caption (a heading and its rule) can ride on top of the table: it is never left alone at
the foot of a page, since the table's first part must hold it, the header and a row.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from desktop.reports import tagging
from desktop.reports.splitting import MIN_ROOM, fits_rows, split_cell, stack_height, stack_draw

LEFT_PADDING = RIGHT_PADDING = 4.0
TOP_PADDING = 2.0
BOTTOM_PADDING = 3.0
GRID_WIDTH = 0.4

Cell = list[Flowable]
Continued = Callable[[], list[Flowable]]


class CellTable(Flowable):  # type: ignore[misc]
    """Rows of cells (each a list of flowables, in drawing order), optionally under a caption."""

    def __init__(self, rows: Sequence[Sequence[Cell]], widths: Sequence[float], *, header: bool, grid: bool,
                 fill: colors.Color, line: colors.Color, reference: int | None = 0,
                 continued: Continued | None = None, caption: Sequence[Flowable] = (),
                 frame_height: float | None = None, origin: str = "", rtl: bool = False) -> None:
        super().__init__()
        self.rtl = rtl  # cells are tagged first column first (desktop.reports.tagging)
        self.rows = [list(row) for row in rows]
        self.widths = list(widths)
        self.header = header
        self.grid = grid
        self.fill = fill
        self.line = line
        self.reference = reference  # the drawn column that names the row (repeated on a split), if any
        self.continued = continued
        self.caption = list(caption)
        self.frame_height = frame_height
        self.origin = origin
        self.hAlign = "CENTER"
        self._heights: list[float] = []
        self._caption_height = 0.0

    # -- measuring -----------------------------------------------------------------------
    def _inner(self, column: int) -> float:
        return self.widths[column] - LEFT_PADDING - RIGHT_PADDING

    def _row_height(self, row: Sequence[Cell]) -> float:
        tallest = max((stack_height(cell, self._inner(i)) for i, cell in enumerate(row)), default=0.0)
        return tallest + TOP_PADDING + BOTTOM_PADDING

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self._caption_height = stack_height(self.caption, self.width) if self.caption else 0.0
        self._heights = [self._row_height(row) for row in self.rows]
        self.height = self._caption_height + sum(self._heights)
        return self.width, self.height

    # -- splitting -----------------------------------------------------------------------
    def _copy(self, rows: list[list[Cell]], caption: Sequence[Flowable]) -> CellTable:
        other = copy.copy(self)
        other.rows, other.caption = rows, list(caption)
        other.__dict__.pop("_postponed", None)  # platypus's mark that this part was already moved once
        other.__dict__.pop("_frame", None)
        return other

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        head = 1 if self.header else 0
        room = avail_height - self._caption_height - sum(self._heights[:head])
        body = self._heights[head:]
        fit = fits_rows(body, room)
        if fit == 0 and avail_height >= 0.75 * (self.frame_height or float("inf")):
            fit = fits_rows(body, room, orphans=False)  # at the top of a page: what fits, whatever it leaves
        if fit == len(body):
            return [self]
        left = room - sum(body[:fit])
        tall = body[fit] > (self.frame_height or avail_height) - sum(self._heights[:head]) - self._caption_height
        if tall and left >= MIN_ROOM:  # a row no page can hold: fill this page with its start
            first, rest = self._split_row(self.rows[head + fit], left - TOP_PADDING - BOTTOM_PADDING)
            if first is not None:
                rows = self.rows[:head + fit] + [first]
                return [self._copy(rows, self.caption), self._copy(self.rows[:head] + [rest] + self.rows[head + fit + 1:], ())]
        if fit == 0:
            return []
        return [self._copy(self.rows[:head + fit], self.caption), self._copy(self.rows[:head] + self.rows[head + fit:], ())]

    def _split_row(self, row: list[Cell], height: float) -> tuple[list[Cell] | None, list[Cell]]:
        firsts: list[Cell] = []
        rests: list[Cell] = []
        for column, cell in enumerate(row):
            first, rest = split_cell(cell, self._inner(column), height)
            firsts.append(first)
            rests.append(rest)
        if not any(firsts) or not any(rests):
            return None, row
        ref = self.reference
        if ref is not None and not rests[ref]:  # the row's reference again, "continued" under it
            rests[ref] = [copy.copy(f) for f in row[ref]] + (self.continued() if self.continued else [])
        return firsts, rests

    # -- drawing -------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        width, height = self.wrap(0, 0)
        top = height
        if self.caption:
            stack_draw(canv, self.caption, 0, top, width)
            top -= self._caption_height
        canv.saveState()
        if self.header and self.rows:
            canv.setFillColor(self.fill)
            canv.rect(0, top, width, -self._heights[0], stroke=0, fill=1)
        canv.restoreState()
        y = top
        edges = self._edges()
        layout = not self.grid  # a table for placing blocks side by side, not a table of data
        with tagging.element(canv, "Div" if layout else "Table"):
            for number, (row, row_height) in enumerate(zip(self.rows, self._heights)):
                columns = list(enumerate(row))
                with tagging.element(canv, "Div" if layout else "TR"):
                    for column, cell in reversed(columns) if self.rtl else columns:
                        heading = self.header and number == 0 or not self.header and column == self.reference
                        with tagging.element(canv, "Div" if layout else "TH" if heading else "TD"):
                            stack_draw(canv, cell, edges[column] + LEFT_PADDING, y - TOP_PADDING, self._inner(column))
                y -= row_height
        if self.grid:
            self._draw_grid(edges, top)

    def _edges(self) -> list[float]:
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)
        return edges

    def _draw_grid(self, edges: list[float], top: float) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(self.line)
        canv.setLineWidth(GRID_WIDTH)
        canv.setLineCap(1)
        path = canv.beginPath()
        y = top
        for row_height in [0.0, *self._heights]:
            y -= row_height
            path.moveTo(0, y)
            path.lineTo(edges[-1], y)
        for x in edges:
            path.moveTo(x, top)
            path.lineTo(x, y)
        canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()

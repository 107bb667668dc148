"""Cutting cells and lists of rows at a page's foot (for :mod:`desktop.reports.cells` and
:mod:`desktop.reports.rows`), with the summary's rules for where a cut may fall:

* a cell (a stack of flowables) is cut between flowables or inside a paragraph between
  lines (:func:`split_cell`); a row is only cut when no page could hold it whole;
* a table is cut between rows so that neither part holds a single row when two fit
  (:func:`fits_rows`): no orphan at the foot, no widow at the top of the next page;
* a cut needs :data:`MIN_ROOM` points left, else the block starts on the next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable

MIN_ROOM = 36.0  # two lines of body text and a cell's padding
_TALL = 1e9


def fits_rows(heights: Sequence[float], room: float, *, orphans: bool = True) -> int:
    """How many of the rows (by height) go before a cut in ``room`` points: as many as fit,
    less one when that would leave a single row to the next part, and none when only one
    would stay (``orphans=False``: as many as fit)."""
    used, fit = 0.0, 0
    for height in heights:
        if used + height > room:
            break
        used += height
        fit += 1
    total = len(heights)
    if fit == total or not orphans:
        return fit
    if fit == total - 1 and fit >= 3:
        return fit - 1
    if fit == 1 and total >= 2 or fit == 2 and total == 3:
        return 0
    return fit


def _space(flowable: Flowable, before: bool) -> float:
    return float(flowable.getSpaceBefore() if before else flowable.getSpaceAfter())


def stack_height(cell: Sequence[Flowable], width: float) -> float:
    """The height of flowables stacked top to bottom (spacing between them only)."""
    total = 0.0
    last = len(cell) - 1
    for index, flowable in enumerate(cell):
        _, height = flowable.wrap(width, _TALL)
        total += height
        if index:
            total += _space(flowable, True)
        if index < last:
            total += _space(flowable, False)
    return total


def stack_draw(canv: Any, cell: Sequence[Flowable], x: float, top: float, width: float) -> None:
    """Draw a stack measured by :func:`stack_height` with its top at ``top``."""
    y = top
    for index, flowable in enumerate(cell):
        _, height = flowable.wrap(width, _TALL)
        if index:
            y -= _space(flowable, True)
        y -= height
        flowable.drawOn(canv, x, y)
        y -= _space(flowable, False)


def split_cell(cell: Sequence[Flowable], width: float, height: float) -> tuple[list[Flowable], list[Flowable]]:
    """The flowables of ``cell`` that fit in ``height`` (a paragraph cut between lines), and the rest."""
    first: list[Flowable] = []
    rest = list(cell)
    used = 0.0
    while rest:
        flowable = rest[0]
        before = _space(flowable, True) if first else 0.0
        _, needed = flowable.wrap(width, height - used - before)
        if used + before + needed <= height:
            first.append(rest.pop(0))
            used += before + needed + _space(flowable, False)
            continue
        parts = flowable.split(width, height - used - before)
        if len(parts) > 1:
            first.append(parts[0])
            rest[0:1] = parts[1:]
        break
    return first, rest

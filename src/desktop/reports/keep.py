"""Keeping a heading with the block it introduces, without wasting the page.

platypus's ``keepWithNext`` moves heading and block to the next page together when they do
not fit, even when the block could have started here; :class:`Lead` instead draws the
heading with the first part of the block and lets the rest run on, and moves only when not
even :data:`~desktop.reports.splitting.MIN_ROOM` of the block fits under the heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from desktop.reports.splitting import MIN_ROOM, stack_draw, stack_height


class Lead(Flowable):  # type: ignore[misc]
    """``parts`` (a heading, its rule) on top of ``body``; split only inside ``body``."""

    def __init__(self, parts: Sequence[Flowable], body: Flowable) -> None:
        super().__init__()
        self.parts = list(parts)
        self.body = body
        self.spaceBefore = parts[0].getSpaceBefore() if parts else 0
        self.spaceAfter = body.getSpaceAfter()
        self.origin = getattr(body, "origin", "")
        self._top = 0.0

    def _gap(self) -> float:
        return float(self.body.getSpaceBefore()) + float(self.parts[-1].getSpaceAfter()) if self.parts else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._top = stack_height(self.parts, avail_width) + self._gap()
        _, height = self.body.wrap(avail_width, max(avail_height - self._top, 0))
        self.height = self._top + height
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        room = avail_height - self._top
        if self.height <= avail_height:
            return [self]
        if room < MIN_ROOM:
            return []
        pieces = self.body.split(avail_width, room)
        if len(pieces) < 2:
            return []
        return [Lead(self.parts, pieces[0]), *pieces[1:]]

    def draw(self) -> None:
        stack_draw(self.canv, self.parts, 0, self.height, self.width)
        _, height = self.body.wrap(self.width, self.height - self._top)
        self.body.drawOn(self.canv, 0, self.height - self._top - height)

"""Bookmarks (the PDF outline): one per section heading and one per year of activities.

A heading marks where it is drawn (:func:`mark`); the pages of a summary are drawn before
they are numbered (:class:`desktop.reports.page.NumberedCanvas` keeps them until the page
count is known), so the marks are kept with their page and turned into destinations and
outline entries as each page is finally written (:func:`write_marks`).
"""

from __future__ import annotations

from typing import Any

_TITLE_MAX = 120  # an outline entry is a label, not the whole of a 100,000-character title


def mark(canv: Any, title: str, level: int, y: float) -> None:
    """Remember a bookmark to ``title`` at height ``y`` (in the flowable's coordinates)."""
    marks = canv.__dict__.setdefault("_sijill_marks", [])
    _, top = canv.absolutePosition(0, y)
    label = " ".join(title.split())
    if len(label) > _TITLE_MAX:
        label = label[:_TITLE_MAX - 1] + "…"
    marks.append((len(getattr(canv, "_pages", ())) + 1, label, level, top))
    canv._outlined = True


def write_marks(canv: Any, page: int) -> None:
    """Add the destinations and outline entries of ``page`` (the page being written)."""
    for index, (on_page, title, level, top) in enumerate(canv.__dict__.get("_sijill_marks", ())):
        if on_page == page:
            key = f"sijill-{index}"
            canv.bookmarkHorizontalAbsolute(key, top)
            canv.addOutlineEntry(title, key, level=level, closed=level > 0)

"""Building the summary PDF with reportlab platypus, activities streamed into the layout."""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import Flowable, SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.domain.letterhead import Letterhead
from desktop.domain.messages import Message, N_
from desktop.reports import labels
from desktop.reports.data import PlanData, iter_activities
from desktop.reports.dates import format_generated
from desktop.reports.fingerprint import Fingerprint
from desktop.reports.fonts import REGULAR, register_fonts
from desktop.reports.page import MARGIN, Furniture, NumberedCanvas
from desktop.reports.summary import SummaryStory
from desktop.services.letterhead import letterhead as read_letterhead
from desktop.services.register import Register

PAPERS = {"a4": A4, "letter": LETTER}


class StreamedStory(list):  # type: ignore[type-arg]
    """A story that pulls flowables from an iterator as platypus consumes it.

    Platypus takes flowables from the front (``flowables[0]``, ``del flowables[0]``) and
    puts split remainders back at the front; keeping a few flowables ahead is enough, so a
    plan with thousands of activities never has all its tables in memory at once.
    """

    AHEAD = 8

    def __init__(self, source: Iterator[Flowable]) -> None:
        super().__init__()
        self._source = source
        self._refill()

    def _refill(self) -> None:
        while list.__len__(self) < self.AHEAD:
            try:
                self.append(next(self._source))
            except StopIteration:
                return

    def __delitem__(self, index: Any) -> None:
        super().__delitem__(index)
        self._refill()

    def pop(self, index: Any = -1) -> Any:
        item = super().pop(index)
        self._refill()
        return item


def build_pdf(
    register: Register,
    data: PlanData,
    fingerprint: Fingerprint,
    target: Path | BinaryIO,
    *,
    lang: str = "ar",
    paper: str = "a4",
    hijri: bool = False,
    generated: _dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    activities: Iterable[r.Activity] | None = None,
    letterhead: Letterhead | None = None,
) -> None:
    """Write the summary of ``data`` to ``target`` (a path or a binary file), complete: text
    layer (:mod:`desktop.reports.tounicode`), fingerprint and digests (:mod:`desktop.reports.embedded`)."""
    register_fonts()
    agreement = data.agreement
    pagesize = PAPERS[paper]
    moment = generated or _dt.datetime.now(_dt.UTC)
    doc_title = labels.text("document", lang)
    title = agreement.display_title(lang)
    if letterhead is None:
        letterhead = read_letterhead(register)
    furniture = Furniture(lang, doc_title, agreement.reference, format_generated(moment, lang), fingerprint.value,
                          letterhead=letterhead, draft=agreement.signed_on is None)
    authors = " / ".join(o.acronym or o.display_name(lang) for o in data.parties)
    doc = SummaryDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 12, bottomMargin=MARGIN + 6,
        title=f"{title} ({agreement.reference})",
        author=authors or "Sijill",
        subject=f"{doc_title} — {agreement.reference} — SHA-256 {fingerprint.value}",
        creator="Sijill",
        keywords=[agreement.reference, fingerprint.value],
        lang=lang,
        initialFontName=REGULAR,
        initialFontSize=10,
        invariant=1 if generated is not None else 0,
    )
    assert agreement.uuid is not None
    story = SummaryStory(
        data, fingerprint, lang=lang, hijri=hijri, width=doc.width - 12,  # less the frame's padding
        activities=iter(activities) if activities is not None else iter_activities(register, agreement.uuid),
        progress=progress, frame_height=doc.height - 12,
    )
    story.as_of = moment.date()
    story.letterhead = letterhead
    try:
        doc.build(StreamedStory(story.flowables()), canvasmaker=functools.partial(
            NumberedCanvas, furniture=furniture, fingerprint=fingerprint))
    except LayoutFailure as exc:  # should not happen: every block splits (reports/splitting.py)
        raise SijillError(
            Message(N_("The summary could not be laid out at {place}."), {"place": exc.origin or agreement.reference})
        ) from exc


class LayoutFailure(Exception):
    """A block could not be placed; ``origin`` names the record and field it prints."""

    def __init__(self, origin: str) -> None:
        super().__init__(origin)
        self.origin = origin


class SummaryDocTemplate(SimpleDocTemplate):  # type: ignore[misc]
    """reportlab's template, whose layout errors name what was being printed, not a flowable."""

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0] if flowables else None
        try:
            super().handle_flowable(flowables)
        except (LayoutError, ValueError, TypeError, IndexError, KeyError, ZeroDivisionError) as exc:
            raise LayoutFailure(str(getattr(first, "origin", "") or "")) from exc

"""Page furniture: the running header and the footer ("page N of M", date, fingerprint).

"Page N of M" needs the page count, known only at the end: :class:`NumberedCanvas` keeps
each finished page's state and draws the furniture on all pages when the document is saved
(the classic reportlab recipe).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas

from desktop.reports import labels
from desktop.reports.archival import make_archival
from desktop.reports.embedded import embed
from desktop.reports.fingerprint import Fingerprint
from desktop.reports.flow import Style, add_line, one_line
from desktop.domain.letterhead import Letterhead
from desktop.reports.fonts import BOLD, REGULAR
from desktop.reports.letterhead import draw_page_marks
from desktop.reports import tagging
from desktop.reports.outline import write_marks
from desktop.reports.pdftext import TextBlock

MARGIN = 50.0
HEADER_GAP = 22.0
FOOTER_GAP = 30.0
MUTED = colors.HexColor("#4A5560")


@dataclass(frozen=True)
class Furniture:
    lang: str
    title: str
    reference: str
    generated: str
    fingerprint: str
    letterhead: Letterhead | None = None  # the office's: small in the header, its footer line
    draft: bool = False  # no signing date: "Draft — not signed" across every page

    def draw(self, canv: canvas.Canvas, page: int, total: int) -> None:
        width, height = canv._pagesize
        rtl = self.lang == "ar"
        small = Style(font=REGULAR, size=8, rtl=rtl, color=MUTED)
        inner = width - 2 * MARGIN
        text = TextBlock(canv)  # all of it in one colour: one text object per page
        # header: document title at the start side, reference at the end side
        top = height - MARGIN + 14
        bottom = MARGIN - 22
        headed = self.letterhead is not None and not self.letterhead.is_empty
        draw_page_marks(canv, self.letterhead, self.lang, draft=self.draft, margin=MARGIN, header_y=top,
                        footer_y=bottom + 15)
        title_align = "center" if headed else ("right" if rtl else "left")  # the start side holds the letterhead
        add_line(text, one_line(self.title, small.but(font=BOLD)), MARGIN, inner, top, small.but(
            align=title_align, font=BOLD))
        add_line(text, one_line(self.reference, small.but(direction="ltr")), MARGIN, inner, top,
                 small.but(align="left" if rtl else "right"))
        canv.setStrokeColor(colors.HexColor("#B8C2CC"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 5, width - MARGIN, top - 5)
        # footer: page N of M (start), generation date (middle), fingerprint (end)
        canv.line(MARGIN, bottom + 11, width - MARGIN, bottom + 11)
        page_text = labels.text("page", self.lang, n=page, total=total)
        start, end = ("right", "left") if rtl else ("left", "right")
        add_line(text, one_line(page_text, small), MARGIN, inner, bottom, small.but(align=start))
        add_line(text, one_line(labels.text("generated", self.lang, date=self.generated), small),
                 MARGIN, inner, bottom, small.but(align="center"))
        tiny = small.but(size=6.5, direction="ltr")
        add_line(text, one_line(f"SHA-256 {self.fingerprint[:32]}", tiny), MARGIN, inner, bottom + 1, tiny.but(align=end))
        add_line(text, one_line(self.fingerprint[32:], tiny), MARGIN, inner, bottom - 7, tiny.but(align=end))
        canv.setFillColor(MUTED)
        text.draw()


class NumberedCanvas(canvas.Canvas):  # type: ignore[misc]
    """A canvas that draws :class:`Furniture` on every page once the page count is known,
    and embeds the fingerprint (:mod:`desktop.reports.embedded`) when it is saved."""

    def __init__(self, *args: Any, furniture: Furniture, fingerprint: Fingerprint | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._fingerprint = fingerprint
        self._pages: list[dict[str, Any]] = []
        self._outlined = False  # set by desktop.reports.outline when a heading adds a bookmark

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._code.append(tagging.ARTIFACT)  # running header, footer, watermark: not content
            self._furniture.draw(self, number, total)
            self._code.append(tagging.END)
            write_marks(self, number)
            super().showPage()
        tagging.write_tree(self._doc, self, self._doc.Pages.pages, self._furniture.lang)
        attachments = embed(self._doc, self._fingerprint, self._furniture.lang) if self._fingerprint is not None else []
        make_archival(self._doc, self._furniture.lang, attachments)
        if self._outlined:
            self.showOutline()
        _compress_pages(self._doc)
        super().save()


class _Flate:
    """Flate without ASCII85 on top: binary streams, as most PDF writers make them."""

    pdfname = "FlateDecode"
    level = 6  # zlib's default, as reportlab's

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, self.level)


_FLATE = _Flate()


def _compress_pages(doc: Any) -> None:
    """Give each page its content stream compressed by :class:`_Flate` (reportlab would
    make it at save time Flate then ASCII85 encoded: a quarter larger, and slower)."""
    for page in doc.Pages.pages:
        if getattr(page, "compression", 0) and not getattr(page, "Contents", None) and getattr(page, "stream", None):
            stream = pdfdoc.PDFStream(content=page.stream, filters=[_FLATE])
            stream.__Comment__ = "page stream"
            page.Contents = stream

"""The QR code of the fingerprint, drawn as one filled path.

reportlab's ``QrCodeWidget`` encodes the text each time it is measured or drawn and hands
every run of dark modules to the graphics renderer as a shape of its own (hundreds per
code); this flowable encodes once and fills all the runs with a single path. The code is
the same (same encoder, error correction level, quiet zone of four modules).
"""

from __future__ import annotations

import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border on each side


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code ``size`` points wide (quiet zone included)."""

    def __init__(self, text: str, size: float, level: str = "M") -> None:
        super().__init__()
        code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
        code.addData(text)
        code.make()
        self.text = text
        self.size = size
        self.modules: list[list[bool]] = [[bool(m) for m in row] for row in code.modules]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def runs(self) -> list[tuple[int, int, int]]:
        """(row, first column, length) of every run of dark modules."""
        found = []
        for r, row in enumerate(self.modules):
            c = 0
            for dark, group in itertools.groupby(row):
                count = len(list(group))
                if dark:
                    found.append((r, c, count))
                c += count
        return found

    def draw(self) -> None:
        box = self.size / (len(self.modules) + 2 * QUIET_ZONE)
        path = self.canv.beginPath()
        for r, c, count in self.runs():
            path.rect((c + QUIET_ZONE) * box, self.size - (r + QUIET_ZONE + 1) * box, count * box, box)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)

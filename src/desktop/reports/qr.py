"""The QR code of the fingerprint, drawn as one filled path.

reportlab's ``QrCodeWidget`` encodes the text each time it is measured or drawn and hands
every run of dark modules to the graphics renderer as a shape of its own (hundreds per
code); this flowable encodes once and fills all the runs with a single path. The code is
the same (reportlab's encoder, error correction level, quiet zone of four modules); only
the choice among the eight masks is scored faster (:class:`_Encoder`), with reportlab's
own penalty rules, so the same mask is chosen.
"""

from __future__ import annotations

import functools
import itertools
import re

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white border on each side
_RUN = re.compile(r"0{5,}|1{5,}")
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FINDER_LIKE = "10111010000"  # reportlab's rule 3 pattern (one direction only)


def _runs_penalty(lines: list[str]) -> int:
    """Rule 1: a run of five or more same-colour modules scores its length less two."""
    return sum(m.end() - m.start() - 2 for line in lines for m in _RUN.finditer(line))


def _finder_penalty(lines: list[str]) -> int:
    """Rule 3 as reportlab scores it: 40 per non-overlapping match starting before the
    last possible position of the row."""
    score = 0
    for line in lines:
        last = len(line) - len(_FINDER_LIKE)
        j = line.find(_FINDER_LIKE)
        while 0 <= j < last:
            score += 40
            j = line.find(_FINDER_LIKE, j + len(_FINDER_LIKE))
    return score


def _blocks_penalty(lines: list[str]) -> int:
    """Rule 2: 3 for every 2x2 block of one colour."""
    width = len(lines[0])
    full = (1 << (width - 1)) - 1
    score = 0
    previous = int(lines[0], 2)
    for line in lines[1:]:
        row = int(line, 2)
        dark = previous & (previous >> 1) & row & (row >> 1) & full
        light = ~(previous | (previous >> 1) | row | (row >> 1)) & full
        score += 3 * (bin(dark).count("1") + bin(light).count("1"))
        previous = row
    return score


def lost_points(modules: list[list[bool]]) -> int:
    """reportlab's ``QRUtil.getLostPoint``, on rows and columns as strings of 0 and 1.

    Its rule 3 scores rows only: on columns it compares tuples with a list, never equal."""
    rows = [bytes(row).translate(_DIGITS).decode("ascii") for row in modules]  # True/False -> "1"/"0"
    columns = ["".join(column) for column in zip(*rows)]
    dark = sum(line.count("1") for line in rows)
    balance = 10 * (abs(100 * dark // len(rows) ** 2 - 50) // 5)
    return (_runs_penalty(rows) + _runs_penalty(columns) + _blocks_penalty(rows)
            + _finder_penalty(rows) + balance)


@functools.lru_cache(maxsize=64)
def _mask_bits(version: int, mask: int, positions: tuple[tuple[int, int], ...]) -> tuple[bool, ...]:
    """Mask ``mask`` at the data positions of a code of ``version`` (a fixed table)."""
    flip = qrencoder.QRUtil.getMask(mask)
    return tuple(bool(flip(row, col)) for col, row in positions)


class _Encoder(qrencoder.QRCode):  # type: ignore[misc]
    def mapData(self, data: object, maskPattern: int) -> None:  # noqa: N802, N803 - reportlab's names
        """reportlab's ``mapData`` (data bits onto the data positions, masked), with the mask
        taken from a table instead of calling the mask function per module."""
        positions = tuple(self.dataPosIterator())
        bits = list(self.dataBitIterator(data))
        bits += [False] * (len(positions) - len(bits))
        modules = self.modules
        for (col, row), dark, flip in zip(positions, bits, _mask_bits(self.version, maskPattern, positions)):
            modules[row][col] = dark != flip

    def getBestMaskPattern(self) -> int:  # noqa: N802 - reportlab's name
        scores = []
        for mask in range(8):
            self.makeImpl(True, mask)
            scores.append(lost_points(self.modules))
        return scores.index(min(scores))  # the first of the lowest, as reportlab picks


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code ``size`` points wide (quiet zone included)."""

    def __init__(self, text: str, size: float, level: str = "M") -> None:
        super().__init__()
        code = _Encoder(None, getattr(qrencoder.QRErrorCorrectLevel, level))
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

"""Activities per quarter, stacked by status: the quarters in time order from the leading
side (right to left in Arabic), years grouped under them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.domain.kinds import ActivityStatus
from desktop.ui.charts import GRID, MUTED, STATUS_COLORS, TEXT, Chart, draw_text, lead_x, number, text_width


@dataclass(frozen=True)
class Column:
    """One quarter: stacked counts by status, and the year it starts a group of."""

    year: int
    quarter: int
    by_status: dict[ActivityStatus, int]


class QuarterHistogram(Chart):
    """Activities per quarter, stacked by status; time runs with the reading direction."""

    def __init__(self, name: str = "chart_quarters", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.columns: list[Column] = []
        self.status_label: Callable[[ActivityStatus], str] = str

    def set_columns(self, columns: list[Column]) -> None:
        self.columns = columns
        self.describe([f"{number(c.year)}/{number(c.quarter)}: {number(sum(c.by_status.values()))}" for c in columns])
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, int(self.title_height() + 220))

    def column_rect(self, index: int, rect: QRectF) -> QRectF:
        """Where column ``index`` (0 = earliest) sits: the first is on the leading side."""
        width = rect.width() / max(len(self.columns), 1)
        return QRectF(lead_x(rect, self.is_rtl(), index * width, width), rect.top(), width, rect.height())

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        rtl = self.is_rtl()
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        legend = QRectF(rect.left(), rect.top(), rect.width(), line + 6)
        self._legend(painter, legend, rtl)
        plot = rect.adjusted(0, legend.height() + line + 4, 0, -2 * line - 6)
        largest = max((sum(c.by_status.values()) for c in self.columns), default=0) or 1
        painter.setPen(QPen(GRID, 1))
        every = grid_step(largest)
        for step in range(every, largest + 1, every):
            y = plot.bottom() - plot.height() * step / largest
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        for i, column in enumerate(self.columns):
            cell = self.column_rect(i, plot)
            bar_w = min(cell.width() * 0.7, 36)
            x = cell.center().x() - bar_w / 2
            y = plot.bottom()
            for status in ActivityStatus:
                n = column.by_status.get(status, 0)
                if n:
                    h = plot.height() * n / largest
                    painter.fillRect(QRectF(x, y - h, bar_w, h), STATUS_COLORS[status])
                    y -= h
            total = sum(column.by_status.values())
            painter.setPen(TEXT)
            if total:
                draw_text(painter, QRectF(cell.left(), y - line - 2, cell.width(), line), number(total), "center",
                          rtl=rtl, elide=False)
            draw_text(painter, QRectF(cell.left(), plot.bottom() + 2, cell.width(), line),
                      number(column.quarter), "center", rtl=rtl, elide=False)
        self._years(painter, plot, line, rtl)
        painter.setPen(QPen(MUTED, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def _years(self, painter: QPainter, plot: QRectF, line: float, rtl: bool) -> None:
        groups: dict[int, list[int]] = {}
        for i, column in enumerate(self.columns):
            groups.setdefault(column.year, []).append(i)
        for year, indexes in groups.items():
            first, last = self.column_rect(indexes[0], plot), self.column_rect(indexes[-1], plot)
            span = first.united(last)
            box = QRectF(span.left(), plot.bottom() + line + 4, span.width(), line)
            painter.setPen(TEXT)
            draw_text(painter, box, number(year), "center", rtl=rtl, elide=False)
            painter.setPen(QPen(GRID, 1))
            edge = span.right() if rtl else span.left()
            painter.drawLine(QPointF(edge, plot.bottom()), QPointF(edge, box.bottom()))

    def _legend(self, painter: QPainter, rect: QRectF, rtl: bool) -> None:
        offset = 0.0
        for status in ActivityStatus:
            text = self.status_label(status)
            swatch = QRectF(lead_x(rect, rtl, offset, 12), rect.top() + 3, 12, 12)
            painter.fillRect(swatch, STATUS_COLORS[status])
            w = text_width(painter, text) + 4
            painter.setPen(TEXT)
            draw_text(painter, QRectF(lead_x(rect, rtl, offset + 16, w), rect.top(), w, 18), text, rtl=rtl,
                      elide=False)
            offset += 16 + w + 14


def grid_step(largest: int, lines: int = 8) -> int:
    """Grid lines every 1, 2, 5, 10, 20, 50... activities: at most ``lines`` of them (a quarter
    of 1,700 activities drew 850 lines)."""
    step = 1
    while largest / step > lines:
        for factor in (2, 5, 10):
            if largest / (step * factor) <= lines or factor == 10:
                step *= factor
                break
    return step

"""The timeline drawing: agreements, milestones and activities on one time axis
(mirrored in Arabic), with hit areas for tooltips and double-clicks."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.domain.dates import PartialDate, Precision
from desktop.services import dashboard as service
from desktop.ui import display, i18n
from desktop.ui.charts import BACKGROUND, GRID, MUTED, STATUS_COLORS, TEXT, Chart, draw_text, number, text_width

AGREEMENT_COLOR = QColor("#1F5F8B")
MILESTONE_COLOR = QColor("#C0392B")
TODAY_COLOR = QColor("#D35400")
MIN_DAY_PX, MAX_DAY_PX = 0.01, 12.0
MARGIN = 24.0



@dataclass
class Hit:
    rect: QRectF
    kind: str  # "agreement", "milestone", "activity"
    uuid: str
    tip: str


class TimelineCanvas(Chart):
    """The drawing; its width is the zoomed length of the story."""

    open_activity = Signal(str)
    select_agreement = Signal(str)

    LINE = 22.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chart_timeline", parent)
        self.data: service.Timeline | None = None
        self.day_px = 0.1
        self.today: _dt.date | None = None
        self.hits: list[Hit] = []
        self.min_height = 0  # the viewport's height: the drawing fills it
        self.visible: QRectF | None = None  # the part on screen while painting the screen, else None
        self.setMouseTracking(True)

    # -- geometry --------------------------------------------------------------------------
    def days(self) -> int:
        if self.data is None:
            return 365
        return (self.data.last - self.data.first).days + 1

    def story_width(self) -> float:
        return self.days() * self.day_px + 2 * MARGIN

    def x_for_date(self, day: _dt.date) -> float:
        """Where the start of ``day`` is drawn (widget coordinates; mirrored in RTL)."""
        first = self.data.first if self.data else day
        offset = MARGIN + (day - first).days * self.day_px
        return self.width() - offset if self.is_rtl() else offset

    def date_at(self, x: float) -> _dt.date:
        first = self.data.first if self.data else _dt.date(2000, 1, 1)
        offset = (self.width() - x) if self.is_rtl() else x
        return first + _dt.timedelta(days=max(0, round((offset - MARGIN) / self.day_px)))

    def span_rect(self, first: _dt.date, last: _dt.date, top: float, height: float, minimum: float = 3.0) -> QRectF:
        a, b = self.x_for_date(first), self.x_for_date(last + _dt.timedelta(days=1))
        left, right = min(a, b), max(a, b)
        if right - left < minimum:
            middle = (left + right) / 2
            left, right = middle - minimum / 2, middle + minimum / 2
        return QRectF(left, top, right - left, height)

    def label_rect(self, span: QRectF, width: float, top: float, height: float) -> QRectF:
        """Room for a label starting where the span starts in time, else ending where it ends."""
        if self.is_rtl():
            x = span.right() - width if span.right() - width >= 2 else span.left()
        else:
            x = span.left() if span.left() + width <= self.width() - 2 else span.right() - width
        x = min(max(x, 2.0), max(self.width() - width - 2, 2.0))
        return QRectF(x, top, width, height)

    def set_data(self, data: service.Timeline | None) -> None:
        self.data = data
        self.relayout()

    def set_day_px(self, value: float) -> None:
        self.day_px = min(max(value, MIN_DAY_PX), MAX_DAY_PX)
        self.relayout()

    def relayout(self) -> None:
        self.hits = []
        self.setFixedSize(int(self.story_width()), int(max(self._height(), self.min_height)))
        self.update()

    def _height(self) -> float:
        if self.data is None:
            return 120
        lanes = len(self._activity_lanes()[1]) if self.data.activities else 0
        rows = 2 + 1 + len(self.data.agreements) * 2 + 1 + len(self.data.milestones) * 2 + 1
        return self.title_height() + rows * self.LINE + max(lanes, 1) * self.lane_height() + 24

    LABELS_FROM = 400.0  # px per year from which activities are labelled

    def labels_on(self) -> bool:
        return self.day_px * 365 >= self.LABELS_FROM

    def lane_height(self) -> float:
        return self.LINE if self.labels_on() else self.LINE * 0.75

    def _activity_label(self, act: service.ActivitySpan) -> str:
        return display.isolate(act.title(i18n.current()))

    def sizeHint(self) -> QSize:
        return QSize(int(self.story_width()), int(self._height()))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:
        self.visible = QRectF(self.visibleRegion().boundingRect())
        try:
            super().paintEvent(event)
        finally:
            self.visible = None

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        self.hits = []
        if self.data is None:
            return
        full = QRectF(0, rect.top(), self.width(), rect.height())
        y = self._axis(painter, full)
        y = self._agreements(painter, y)
        y = self._milestones(painter, y)
        self._activities(painter, y)
        self._today(painter, full)

    def _year_step(self) -> int:
        year_px = 365.25 * self.day_px
        for step in (1, 2, 5, 10, 20, 50):
            if year_px * step >= 44:
                return step
        return 100

    def _axis(self, painter: QPainter, rect: QRectF) -> float:
        assert self.data is not None
        step = self._year_step()
        top = rect.top()
        for year in range(self.data.first.year, self.data.last.year + 2):
            x = self.x_for_date(_dt.date(year, 1, 1)) if year <= 9999 else 0
            painter.setPen(QPen(GRID, 1))
            if year % step == 0 or step == 1:
                painter.drawLine(QPointF(x, top + self.LINE), QPointF(x, rect.bottom()))
            if year > self.data.last.year or (year % step and step > 1):
                continue
            year_w = 365.25 * self.day_px
            label = number(year)
            w = max(text_width(painter, label) + 4, min(year_w, 80))
            # the label sits over its year (centred when the year is wide enough)
            centre = (x + self.x_for_date(_dt.date(year, 12, 31))) / 2 if year_w > w else x
            painter.setPen(TEXT)
            draw_text(painter, QRectF(centre - w / 2, top, w, self.LINE), label, "center", rtl=self.is_rtl(),
                      elide=False)
        painter.setPen(QPen(MUTED, 1))
        painter.drawLine(QPointF(0, top + self.LINE), QPointF(self.width(), top + self.LINE))
        return top + self.LINE * 1.5

    def _section(self, painter: QPainter, y: float, title: str) -> float:
        painter.save()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(MUTED)
        seen = self.visible or QRectF(0, 0, self.width(), self.height())  # headings stay in view when scrolled
        draw_text(painter, QRectF(seen.left() + 6, y, seen.width() - 12, self.LINE), title, rtl=self.is_rtl(),
                  elide=False)
        painter.restore()
        return y + self.LINE

    def _agreements(self, painter: QPainter, y: float) -> float:
        assert self.data is not None
        y = self._section(painter, y, QCoreApplication.translate("timeline", "Agreements"))
        lang = i18n.current()
        bars: dict[str, QRectF] = {}
        for index, span in enumerate(self.data.agreements):
            bars[span.uuid] = self.span_rect(span.first, span.last, y + (2 * index + 1) * self.LINE + 2, self.LINE - 6)
        painter.setPen(QPen(AGREEMENT_COLOR.darker(150), 1.5))
        for before, after in self.data.links:  # under the bars and their labels
            if before in bars and after in bars:
                self._arrow(painter, bars[before], bars[after])
        for span in self.data.agreements:
            bar = bars[span.uuid]
            chosen = span.uuid == self.data.selected
            painter.setPen(QPen(AGREEMENT_COLOR.darker(130), 2 if chosen else 1,
                                Qt.PenStyle.DashLine if span.uncertain else Qt.PenStyle.SolidLine))
            fill = QBrush(AGREEMENT_COLOR.lighter(170), Qt.BrushStyle.BDiagPattern) if span.uncertain else QBrush(
                AGREEMENT_COLOR if chosen else AGREEMENT_COLOR.lighter(140))
            painter.setBrush(fill)
            painter.drawRoundedRect(bar, 3, 3)
            text = display.isolate(span.title(lang) or span.reference)
            if span.uncertain:
                text += " — " + QCoreApplication.translate("timeline", "period not recorded")
            w = min(text_width(painter, text) + 8, self.width() - 4)
            box = self.label_rect(bar, w, y, self.LINE)
            painter.fillRect(box.adjusted(0, 3, 0, -3), BACKGROUND)  # the label reads over links
            painter.setPen(TEXT)
            draw_text(painter, box, text, rtl=self.is_rtl())
            tip = f"{span.reference}\n{span.title(lang)}"
            self.hits.append(Hit(bar, "agreement", span.uuid, tip))
            y += 2 * self.LINE
        return y + self.LINE * 0.5

    def _arrow(self, painter: QPainter, source: QRectF, target: QRectF) -> None:
        """From the end (in time) of ``source`` down to the start of ``target``."""
        rtl = self.is_rtl()
        start = QPointF(source.left() if rtl else source.right(), source.center().y())
        end = QPointF(target.right() if rtl else target.left(), target.center().y())
        path = QPainterPath(start)
        path.cubicTo(QPointF(end.x(), start.y()), QPointF(start.x(), end.y()), end)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        d = 6.0 if not rtl else -6.0
        painter.setBrush(painter.pen().color())
        painter.drawPolygon(QPolygonF([end, QPointF(end.x() - d, end.y() - 4), QPointF(end.x() - d, end.y() + 4)]))

    def _milestones(self, painter: QPainter, y: float) -> float:
        assert self.data is not None
        y = self._section(painter, y, QCoreApplication.translate("timeline", "History"))
        lang = i18n.current()
        for m in self.data.milestones:
            mark = self.span_rect(m.first, m.last, y + self.LINE + 3, self.LINE - 8, minimum=4)
            painter.setPen(QPen(MILESTONE_COLOR.darker(120), 1))
            if m.precision == Precision.DAY:
                c = mark.center()
                painter.setBrush(MILESTONE_COLOR)
                painter.drawPolygon(QPolygonF([QPointF(c.x(), mark.top()), QPointF(c.x() + 6, c.y()),
                                               QPointF(c.x(), mark.bottom()), QPointF(c.x() - 6, c.y())]))
            else:
                painter.setBrush(MILESTONE_COLOR)
                painter.drawRect(mark)
            date = display.iso(PartialDate.parse(m.label)) if m.label else ""
            text = f"{date}  {display.isolate(m.title(lang))}"
            w = min(text_width(painter, text) + 8, self.width() - 4)
            painter.setPen(TEXT)
            draw_text(painter, self.label_rect(mark, w, y, self.LINE), text, rtl=self.is_rtl())
            self.hits.append(Hit(mark.adjusted(-3, -3, 3, 3), "milestone", m.uuid, f"{m.label}\n{m.title(lang)}"))
            y += 2 * self.LINE
        return y + self.LINE * 0.5

    def _activity_lanes(self) -> tuple[list[int], list[float]]:
        """Lane of each activity (greedy, in time order) and each lane's end, in px from the start."""
        assert self.data is not None
        lanes: list[float] = []
        result = []
        labelled = self.labels_on()
        metrics = QFontMetricsF(self.font())
        for act in self.data.activities:
            start = (act.first - self.data.first).days * self.day_px
            end = max((act.last - self.data.first).days + 1, 0) * self.day_px
            end = max(end, start + 4) + 3
            if labelled:
                end += metrics.horizontalAdvance(self._activity_label(act)) + 12
            for index, lane_end in enumerate(lanes):
                if lane_end <= start:
                    lanes[index] = end
                    result.append(index)
                    break
            else:
                lanes.append(end)
                result.append(len(lanes) - 1)
        return result, lanes

    def _activities(self, painter: QPainter, y: float) -> None:
        assert self.data is not None
        reference = next((a.reference for a in self.data.agreements if a.uuid == self.data.selected), "")
        title = QCoreApplication.translate("timeline", "Activities")
        if reference:
            title = QCoreApplication.translate("timeline", "Activities of {plan}")
            title = title.format(plan=display.isolate(reference))
        y = self._section(painter, y, title)
        lang = i18n.current()
        lanes, _ends = self._activity_lanes()
        lane_h, rtl, labelled = self.lane_height(), self.is_rtl(), self.labels_on()
        for act, lane in zip(self.data.activities, lanes):
            box = self.span_rect(act.first, act.last, y + lane * lane_h + 2, lane_h - 4, minimum=4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATUS_COLORS[act.status])
            painter.drawRect(box)
            if labelled:  # after the bar in time: to its left in Arabic
                text = self._activity_label(act)
                w = text_width(painter, text) + 6
                room = QRectF(box.left() - 4 - w if rtl else box.right() + 4, box.top() - 2, w, lane_h)
                painter.setPen(TEXT)
                draw_text(painter, room, text, rtl=rtl, elide=False)
            tip = f"{act.first.isoformat()}\n{act.title(lang)}\n{i18n.label(act.status)}"
            self.hits.append(Hit(box.adjusted(-2, -2, 2, 2), "activity", act.uuid, tip))

    def _today(self, painter: QPainter, rect: QRectF) -> None:
        if self.today is None or self.data is None or not self.data.first <= self.today <= self.data.last:
            return
        x = self.x_for_date(self.today)
        painter.setPen(QPen(TODAY_COLOR, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, rect.top() + self.LINE), QPointF(x, rect.bottom()))
        painter.setPen(TODAY_COLOR)
        w = text_width(painter, QCoreApplication.translate("timeline", "Today")) + 6
        before = self.is_rtl()  # the label sits on the later side of the line, unless that side is too narrow
        if (x - w < 0) if before else (x + 2 + w > self.width()):
            before = not before
        box = QRectF(x - w if before else x + 2, rect.top() + self.LINE + 1, w, self.LINE)
        draw_text(painter, box, QCoreApplication.translate("timeline", "Today"), rtl=self.is_rtl(), elide=False)

    # -- interaction -----------------------------------------------------------------------
    def item_at(self, pos: QPointF) -> Hit | None:
        for hit in reversed(self.hits):
            if hit.rect.contains(pos):
                return hit
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.item_at(QPointF(event.pos()))
            if hit is not None:
                QToolTip.showText(event.globalPos(), hit.tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.item_at(event.position())
        if hit is not None and hit.kind == "activity":
            self.open_activity.emit(hit.uuid)
        elif hit is not None and hit.kind == "agreement":
            self.select_agreement.emit(hit.uuid)
        super().mouseDoubleClickEvent(event)

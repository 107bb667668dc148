"""Small charts drawn with QPainter (no QtCharts): bars, a quarter histogram, progress.

Every chart draws itself through :meth:`Chart.paint_chart` onto any painter, so the same
code paints the screen, a PNG and an SVG (:meth:`Chart.export`). Geometry is mirrored in a
right-to-left layout: labels sit on the leading (right) side and time runs right to left.
Text is drawn by Qt (which shapes Arabic); numbers follow the Arabic-Indic digits setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from desktop import palette
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.domain.records import Agreement
from desktop.ui import display, settings

STATUS_COLORS = {status: QColor(hex_) for status, hex_ in palette.STATUS.items()}
PALETTE = [QColor(c) for c in palette.SERIES]
KIND_COLORS = {kind: QColor(hex_) for kind, hex_ in palette.KIND.items()}
TIME_COLOR = QColor(palette.TIME)
OTHER_COLOR = QColor("#9AA5AE")
TEXT = QColor("#222222")
MUTED = QColor("#666666")
GRID = QColor("#DDDDDD")
TRACK = QColor(palette.TRACK)
BACKGROUND = QColor("#FFFFFF")
ABSOLUTE = Qt.AlignmentFlag.AlignAbsolute



def number(value: int) -> str:
    return display.digits(str(value))


def percent(fraction: float | None) -> str:
    if fraction is None:
        return "—"
    arabic = bool(settings.get(settings.ARABIC_DIGITS))
    return display.digits(str(round(fraction * 100))) + ("٪" if arabic else "%")


def agreement_label(agreement: Agreement, lang: str) -> str:
    """Title — reference, the reference kept left to right (no brackets: Qt resolves a
    bracket pair around an isolate against the paragraph's direction)."""
    title = agreement.display_title(lang)
    reference = display.LRI + agreement.reference + display.PDI
    return display.isolate(title) + " — " + reference if title != agreement.reference else reference


def lead_x(rect: QRectF, rtl: bool, offset: float, width: float = 0.0) -> float:
    """The left edge of something ``offset`` from the leading edge of ``rect``."""
    return rect.right() - offset - width if rtl else rect.left() + offset


def draw_text(painter: QPainter, rect: QRectF, text: str, align: str = "lead", *, rtl: bool,
              vcenter: bool = True, elide: bool = True) -> None:
    """Draw one line in ``rect``; ``align`` is "lead", "trail" or "center" (mirrored in RTL)."""
    horizontal = {
        "lead": Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft,
        "trail": Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight,
        "center": Qt.AlignmentFlag.AlignHCenter,
    }[align]
    vertical = Qt.AlignmentFlag.AlignVCenter if vcenter else Qt.AlignmentFlag.AlignTop
    if elide:
        text = QFontMetricsF(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, max(rect.width(), 0))
    painter.drawText(rect, int(ABSOLUTE | horizontal | vertical), text)


def text_width(painter_or_font: QPainter | QFont, text: str) -> float:
    font = painter_or_font.font() if isinstance(painter_or_font, QPainter) else painter_or_font
    return QFontMetricsF(font).horizontalAdvance(text)


class Chart(QWidget):
    """A chart widget: a title line, then what :meth:`paint_body` draws."""

    ROW = 24.0

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    @property
    def title(self) -> str:
        return self._title

    @title.setter
    def title(self, text: str) -> None:
        self._title = text
        self.setAccessibleName(text)
        self.update()

    def describe(self, lines: list[str]) -> None:
        """What the chart shows, as text for screen readers (one line per bar)."""
        self.setAccessibleDescription("\n".join(lines))

    # -- painting ------------------------------------------------------------------------
    def is_rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def title_height(self) -> float:
        return QFontMetricsF(self._title_font()).height() + 10 if self.title else 0.0

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, BACKGROUND)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setFont(self.font())
        body = rect.adjusted(8, 4, -8, -4)
        if self.title:
            painter.save()
            painter.setFont(self._title_font())
            painter.setPen(TEXT)
            head = QRectF(body.left(), body.top(), body.width(), self.title_height() - 4)
            draw_text(painter, head, self.title, rtl=self.is_rtl())
            painter.restore()
            body.setTop(body.top() + self.title_height())
        painter.setPen(TEXT)
        self.paint_body(painter, body)

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_chart(painter, QRectF(self.rect()))
        painter.end()

    # -- export --------------------------------------------------------------------------
    MAX_IMAGE_SIDE = 16000  # a timeline zoomed to days is wider than any image should be

    def to_image(self, scale: float = 2.0) -> QImage:
        size = self.size()
        scale = min(scale, self.MAX_IMAGE_SIDE / max(size.width(), size.height(), 1))
        image = QImage(QSize(int(size.width() * scale), int(size.height() * scale)), QImage.Format.Format_ARGB32)
        image.fill(BACKGROUND)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        self.paint_chart(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def export(self, path: str | Path) -> Path:
        """Write the chart to ``path``: SVG when it ends in .svg, else PNG."""
        target = Path(path)
        if target.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(target))
            generator.setSize(self.size())
            generator.setViewBox(QRectF(0, 0, self.width(), self.height()))
            generator.setTitle(self.title or self.objectName())
            generator.setDescription("Sijill")
            painter = QPainter(generator)
            self.paint_chart(painter, QRectF(0, 0, self.width(), self.height()))
            painter.end()
        else:
            if not target.suffix:
                target = target.with_suffix(".png")
            if not self.to_image().save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
        return target

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        png = menu.addAction(QCoreApplication.translate("charts", "Export chart as PNG…"))
        svg = menu.addAction(QCoreApplication.translate("charts", "Export chart as SVG…"))
        chosen = menu.exec(event.globalPos())
        if chosen is png:
            self.export_dialog("png")
        elif chosen is svg:
            self.export_dialog("svg")

    def export_dialog(self, kind: str) -> Path | None:
        from desktop.ui import prompts

        filters = {
            "png": QCoreApplication.translate("charts", "PNG image (*.png)"),
            "svg": QCoreApplication.translate("charts", "SVG image (*.svg)"),
        }[kind]
        suggested = str(Path(str(settings.get(settings.LAST_FOLDER)) or ".") / f"{self.objectName()}.{kind}")
        path = prompts.save_file(self, QCoreApplication.translate("charts", "Export chart"), suggested, filters)
        if not path:
            return None
        if not path.lower().endswith("." + kind):
            path += "." + kind
        try:
            return self.export(path)
        except OSError as exc:
            title = QCoreApplication.translate("charts", "Export chart")
            prompts.error(self, title, QCoreApplication.translate("charts", "The chart could not be saved."), str(exc))
            return None


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    color: QColor
    note: str = ""  # drawn after the value, e.g. participants


class BarChart(Chart):
    """Horizontal bars, one per item, from 0 to the largest value."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.bars: list[Bar] = []
        self.empty_text = ""

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.describe([f"{b.label}: {number(b.value)}{b.note}" for b in bars])
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = max(len(self.bars), 1)
        return QSize(320, int(self.title_height() + rows * self.ROW + 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        rtl = self.is_rtl()
        if not self.bars:
            painter.setPen(MUTED)
            draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), self.ROW), self.empty_text, rtl=rtl)
            return
        label_w = min(rect.width() * 0.4, max(text_width(painter, b.label) for b in self.bars) + 10)
        value_w = max(text_width(painter, number(b.value) + b.note) for b in self.bars) + 10
        span = max(rect.width() - label_w - value_w, 10)
        largest = max(b.value for b in self.bars) or 1
        for i, bar in enumerate(self.bars):
            top = rect.top() + i * self.ROW
            painter.setPen(TEXT)
            draw_text(painter, QRectF(lead_x(rect, rtl, 0, label_w - 6), top, label_w - 6, self.ROW), bar.label,
                      "trail", rtl=rtl)
            length = span * bar.value / largest
            box = QRectF(lead_x(rect, rtl, label_w, length), top + 4, length, self.ROW - 8)
            painter.fillRect(box, bar.color)
            value_box = QRectF(lead_x(rect, rtl, label_w + length + 4, value_w), top, value_w, self.ROW)
            draw_text(painter, value_box, number(bar.value) + bar.note, rtl=rtl, elide=False)
        painter.setPen(QPen(MUTED, 1))
        axis = lead_x(rect, rtl, label_w)
        painter.drawLine(QPointF(axis, rect.top()), QPointF(axis, rect.top() + len(self.bars) * self.ROW))


@dataclass(frozen=True)
class Meter:
    label: str
    fraction: float | None
    detail: str
    color: QColor


class ProgressChart(Chart):
    """Time elapsed against activities completed: two meters and a 'today' mark."""

    def __init__(self, name: str = "chart_progress", parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.meters: list[Meter] = []
        self.marker: float | None = None  # the time fraction, drawn across the meters

    def set_meters(self, meters: list[Meter], marker: float | None) -> None:
        self.meters, self.marker = meters, marker
        self.describe([f"{m.label}: {percent(m.fraction)} ({m.detail})" for m in meters])
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, int(self.title_height() + max(len(self.meters), 1) * self.ROW * 1.6 + 14))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        rtl = self.is_rtl()
        if not self.meters:
            return
        label_w = min(rect.width() * 0.3, max(text_width(painter, m.label) for m in self.meters) + 12)
        detail_w = min(rect.width() * 0.3, max(text_width(painter, m.detail) for m in self.meters) + 12)
        track_w = max(rect.width() - label_w - detail_w, 20)
        row = self.ROW * 1.6
        for i, meter in enumerate(self.meters):
            top = rect.top() + i * row
            painter.setPen(TEXT)
            draw_text(painter, QRectF(lead_x(rect, rtl, 0, label_w - 8), top, label_w - 8, row), meter.label,
                      "trail", rtl=rtl)
            track = QRectF(lead_x(rect, rtl, label_w, track_w), top + 6, track_w, row - 12)
            painter.fillRect(track, TRACK)
            filled = track_w * min(max(meter.fraction or 0.0, 0.0), 1.0)
            painter.fillRect(QRectF(lead_x(rect, rtl, label_w, filled), track.top(), filled, track.height()),
                             meter.color)
            inside = QRectF(lead_x(rect, rtl, label_w + 6, track_w - 12), track.top(), track_w - 12, track.height())
            painter.setPen(TEXT if filled < 48 else QColor("white"))
            draw_text(painter, inside, percent(meter.fraction), rtl=rtl, elide=False)
            painter.setPen(MUTED)
            draw_text(painter, QRectF(lead_x(rect, rtl, label_w + track_w + 8, detail_w - 8), top, detail_w - 8, row),
                      meter.detail, rtl=rtl)
        if self.marker is not None:
            x = lead_x(rect, rtl, label_w + track_w * min(max(self.marker, 0.0), 1.0))
            painter.setPen(QPen(TEXT, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, rect.top() + 2), QPointF(x, rect.top() + len(self.meters) * row - 2))

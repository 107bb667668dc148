"""The Timeline page: the partnership's story across the years.

Agreements are bars (an agreement whose period is not recorded is drawn hatched where it
sits, predecessor -> successor joined by an arrow), milestones are spans at their real
precision (a year is the whole year, a month the whole month, a day a point), and the
activities of the selected plan are packed in lanes below. Time runs with the reading
direction: right to left in Arabic. Zoom with Ctrl+wheel or the buttons; scroll sideways.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QToolButton, QVBoxLayout, QWidget

from desktop.services import dashboard as service
from desktop.services.register import Register
from desktop.ui import display
from desktop.ui.plan_page import PlanPage
from desktop.ui.timeline_canvas import AGREEMENT_COLOR, MARGIN, MILESTONE_COLOR, TimelineCanvas

__all__ = ["AGREEMENT_COLOR", "MILESTONE_COLOR", "TimelineCanvas", "TimelinePage", "TimelineScroll"]


class TimelineScroll(QScrollArea):
    """Scrolls the canvas; Ctrl+wheel zooms around the pointer."""

    zoom_requested = Signal(float, float)  # factor, viewport x

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoom_requested.emit(1.25 if delta > 0 else 0.8, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)


class TimelinePage(PlanPage):
    def __init__(self, register: Register | Callable[[], Register], today: _dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("timeline", register, today, parent)
        self.fitted = True
        self.buttons: dict[str, QToolButton] = {}
        for name, slot in (
            ("timeline_zoom_in", lambda: self.zoom(1.5)), ("timeline_zoom_out", lambda: self.zoom(1 / 1.5)),
            ("timeline_fit", self.fit), ("timeline_zoom_plan", self.zoom_to_plan),
        ):
            button = QToolButton(self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
        self.buttons["timeline_zoom_in"].setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.buttons["timeline_zoom_out"].setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.canvas = TimelineCanvas()
        self.canvas.today = today or QDate.currentDate().toPython()
        self.canvas.open_activity.connect(self.open_activity)
        self.canvas.select_agreement.connect(self.select)
        self.scroll = TimelineScroll(self)
        self.scroll.setObjectName("timeline_scroll")
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.zoom_requested.connect(self.zoom)
        self.scroll.horizontalScrollBar().valueChanged.connect(lambda _v: self.canvas.update())  # headings follow
        top = QHBoxLayout()
        top.addWidget(self.combo_label)
        top.addWidget(self.combo)
        top.addStretch(1)
        for button in self.buttons.values():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------
    def _reader(self) -> Callable[[], service.Timeline]:
        register, uuid, today = self.register, self.selected_uuid(), self.canvas.today
        return lambda: service.timeline(register, uuid, today)

    def _show_data(self, data: service.Timeline) -> None:
        self.canvas.set_data(data)
        if self.fitted:
            self.fit()

    # -- zoom -----------------------------------------------------------------------------------
    def room_height(self) -> int:
        """The viewport's height, less a horizontal scroll bar when zoomed (so zooming adds no vertical one)."""
        scroll_bar = self.scroll.horizontalScrollBar()
        bar = 0 if self.fitted or scroll_bar.isVisible() else scroll_bar.sizeHint().height()
        return self.scroll.viewport().height() - bar - 2

    def fit_day_px(self) -> float:
        width = max(self.scroll.viewport().width(), 200) - 2 * MARGIN - 2
        return width / max(self.canvas.days(), 1)

    def fit(self) -> None:
        self.fitted = True
        self.canvas.min_height = self.room_height()
        self.canvas.set_day_px(self.fit_day_px())

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        """Zoom by ``factor`` keeping the date under viewport x ``anchor`` (default: centre) still."""
        viewport = self.scroll.viewport()
        anchor = viewport.width() / 2 if anchor is None else anchor
        canvas_x = anchor - self.canvas.x()
        day = self.canvas.date_at(canvas_x)
        self.fitted = False
        self.canvas.min_height = self.room_height()
        self.canvas.set_day_px(max(self.canvas.day_px * factor, self.fit_day_px()))
        self.scroll_to(day, anchor)

    def zoom_to_plan(self) -> None:
        data = self.canvas.data
        plan = next((a for a in data.agreements if a.uuid == data.selected), None) if data else None
        if plan is None:
            return
        days = (plan.last - plan.first).days + 1
        width = max(self.scroll.viewport().width(), 200) - 2 * MARGIN
        self.fitted = False
        self.canvas.min_height = self.room_height()
        self.canvas.set_day_px(width / (days * 1.1))
        middle = plan.first + (plan.last - plan.first) / 2
        self.scroll_to(middle, self.scroll.viewport().width() / 2)

    def scroll_to(self, day: _dt.date, viewport_x: float) -> None:
        """Scroll so that ``day`` is drawn at ``viewport_x`` (works mirrored too)."""
        bar = self.scroll.horizontalScrollBar()
        target = self.canvas.x_for_date(day)
        bar.setValue(0)
        base = self.canvas.x()
        bar.setValue(1 if bar.maximum() >= 1 else 0)
        slope = self.canvas.x() - base  # -1 when scrolling moves the canvas left, +1 when right
        if slope:
            bar.setValue(int(round((viewport_x - target - base) / slope)))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.canvas.min_height = self.room_height()
        if self.fitted:
            QTimer.singleShot(0, self.fit)
        else:
            self.canvas.relayout()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.combo_label.setText(QCoreApplication.translate("timeline", "Activities of:"))
        texts = {
            "timeline_zoom_in": (QCoreApplication.translate("timeline", "Zoom in"), "+"),
            "timeline_zoom_out": (QCoreApplication.translate("timeline", "Zoom out"), "−"),
            "timeline_fit": (QCoreApplication.translate("timeline", "Whole story"), ""),
            "timeline_zoom_plan": (QCoreApplication.translate("timeline", "The plan's period"), ""),
        }
        for name, (tip, symbol) in texts.items():
            self.buttons[name].setText(symbol or tip)
            keys = self.buttons[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.buttons[name].setToolTip(f"{tip} ({display.LRI}{keys}{display.PDI})" if keys else tip)
        self.canvas.title = ""
        self.canvas.setToolTip("")
        self.canvas.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.canvas.data is not None:
                self.refresh()  # the plan titles in the other language
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.canvas.update()
        super().changeEvent(event)

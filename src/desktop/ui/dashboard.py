"""The Dashboard page: how the selected agreement stands, at a glance.

Numbers come from :mod:`desktop.services.dashboard`; this page only lays them out as charts
(:mod:`desktop.ui.charts`) and a list of overdue activities, one click from each.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import PartialDate
from desktop.domain.indicators import format_number
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services import dashboard as service
from desktop.services.register import Register
from desktop.ui import display, i18n
from desktop.ui.charts import (
    KIND_COLORS, OTHER_COLOR, PALETTE, STATUS_COLORS, TIME_COLOR, Bar, BarChart, Chart, Meter, ProgressChart,
    number,
)
from desktop.ui.plan_page import PlanPage
from desktop.ui.quarter_chart import Column, QuarterHistogram

UUID_ROLE = Qt.ItemDataRole.UserRole



class DashboardPage(PlanPage):
    def __init__(self, register: Register | Callable[[], Register], today: _dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("dashboard", register, today, parent)
        self.data: service.Dashboard | None = None
        self.as_of = QLabel(self)
        self.as_of.setObjectName("dashboard_as_of")
        self.heading = QLabel(self)
        self.heading.setObjectName("dashboard_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.period = QLabel(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("dashboard_empty")
        self.progress = ProgressChart("chart_progress")
        self.indicators = ProgressChart("chart_indicators")
        self.indicator_progress: list[Any] = []
        self.status = BarChart("chart_status")
        self.kind = BarChart("chart_kind")
        self.quarters = QuarterHistogram("chart_quarters")
        self.quarters.status_label = i18n.label
        self.party = BarChart("chart_party")
        self.country = BarChart("chart_country")
        self.overdue_title = QLabel(self)
        self.overdue = QListWidget(self)
        self.overdue.setObjectName("dashboard_overdue")
        self.overdue.itemClicked.connect(self._overdue_clicked)
        self.overdue.itemActivated.connect(self._overdue_clicked)
        self._layout()
        self.retranslate()

    # -- construction --------------------------------------------------------------------
    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.combo_label)
        top.addWidget(self.combo)
        top.addStretch(1)
        top.addWidget(self.as_of)
        body = QWidget()
        body.setObjectName("dashboard_body")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.period, 1, 0, 1, 2)
        grid.addWidget(self.empty, 2, 0, 1, 2)
        progress = QWidget()
        stack = QVBoxLayout(progress)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.progress)
        stack.addWidget(self.indicators)  # indicator progress, per objective, under the plan's
        grid.addWidget(progress, 3, 0, 1, 2)
        grid.addWidget(self.status, 4, 0)
        grid.addWidget(self.kind, 4, 1)
        grid.addWidget(self.quarters, 5, 0, 1, 2)
        overdue = QWidget()
        box = QVBoxLayout(overdue)
        box.setContentsMargins(8, 0, 8, 0)
        box.addWidget(self.overdue_title)
        box.addWidget(self.overdue)
        self.overdue.setMinimumHeight(90)
        self.overdue.setMaximumHeight(160)
        self.overdue.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid.addWidget(overdue, 6, 0)
        grid.addWidget(self.party, 6, 1)
        grid.addWidget(self.country, 7, 0, 1, 2)
        grid.setRowStretch(8, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

    def charts(self) -> list[Chart]:
        return [self.progress, self.indicators, self.status, self.kind, self.quarters, self.party, self.country]

    def as_of_day(self) -> _dt.date:
        if self.today is not None:
            return self.today
        return QDate.currentDate().toPython()  # type: ignore[no-any-return]

    # -- data ------------------------------------------------------------------------------
    def _reader(self) -> Callable[[], tuple[service.Dashboard | None, list[Any]]]:
        uuid, register, today = self.selected_uuid(), self.register, self.as_of_day()

        def read() -> tuple[service.Dashboard | None, list[Any]]:
            if not uuid:
                return None, []
            return service.dashboard(register, uuid, today), register.indicator_progress(uuid)

        return read

    def _show_data(self, data: tuple[service.Dashboard | None, list[Any]]) -> None:
        self.data, self.indicator_progress = data
        self.render()

    # -- showing -------------------------------------------------------------------------------
    def render(self) -> None:
        data = self.data
        has = data is not None
        for widget in (*self.charts(), self.overdue, self.overdue_title, self.heading, self.period):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        today = display.date_text(PartialDate.from_date(self.as_of_day()))
        self.as_of.setText(QCoreApplication.translate("dashboard", "As of {date}").format(date=today))
        if data is None:
            return
        lang = i18n.current()
        a = data.agreement
        self.heading.setText(a.display_title(lang))
        period = display.period_text(a.period_start, a.period_end) or QCoreApplication.translate(
            "dashboard", "not recorded")
        self.period.setText(QCoreApplication.translate("dashboard", "Period: {period}").format(period=period))
        self._progress(data.progress)
        self._indicators()
        self.status.set_bars([Bar(i18n.label(s), data.by_status[s], STATUS_COLORS[s]) for s in ActivityStatus])
        kinds = [k for k in ActivityKind if data.by_kind[k]]
        self.kind.set_bars([Bar(i18n.label(k), data.by_kind[k], KIND_COLORS[k]) for k in kinds])
        self.quarters.set_columns([Column(q.year, q.quarter, q.by_status) for q in data.quarters])
        no_lead = QCoreApplication.translate("dashboard", "No lead organisation")
        self.party.set_bars(self._totals(data.per_party, lang, no_lead))
        no_country = QCoreApplication.translate("dashboard", "No country (online)")
        self.country.set_bars(self._totals(self._top(data.per_country), lang, no_country))
        self._overdue(data)

    def _progress(self, p: service.Progress) -> None:
        days = QCoreApplication.translate("dashboard", "{done} of {total} days")
        time_detail = days.format(done=number(p.elapsed_days or 0), total=number(p.total_days or 0))
        if p.time_fraction is None:
            time_detail = QCoreApplication.translate("dashboard", "period not recorded")
        activities = QCoreApplication.translate("dashboard", "{done} of {total} activities")
        meters = [
            Meter(QCoreApplication.translate("dashboard", "Time elapsed"), p.time_fraction, time_detail, TIME_COLOR),
            Meter(QCoreApplication.translate("dashboard", "Activities completed"), p.done_fraction,
                  activities.format(done=number(p.completed), total=number(p.total)),
                  STATUS_COLORS[ActivityStatus.COMPLETED]),
        ]
        self.progress.set_meters(meters, p.time_fraction)

    def _indicators(self) -> None:
        """One meter per indicator ("objective number · name"), filled to its progress."""
        numbers = {o.uuid: n for n, o in enumerate(self.data.agreement.objectives, 1)} if self.data else {}
        of = QCoreApplication.translate("dashboard", "{achieved} of {target}")
        meters = []
        for p in self.indicator_progress:
            name = p.indicator.display_name(i18n.current())
            unit = f" {p.indicator.unit}" if p.indicator.unit else ""
            detail = of.format(achieved=display.digits(format_number(p.achieved)),
                               target=display.digits(format_number(p.indicator.target))) + unit
            label = f"{display.number(numbers.get(p.objective_uuid, 0))} · {display.isolate(name)}"
            meters.append(Meter(label, p.progress, detail, STATUS_COLORS[ActivityStatus.COMPLETED]))
        self.indicators.set_meters(meters, None)
        self.indicators.setVisible(bool(meters))

    COUNTRIES_SHOWN = 8

    def _top(self, totals: list[service.Total]) -> list[service.Total]:
        """The first countries, the rest summed into one 'other countries' bar."""
        if len(totals) <= self.COUNTRIES_SHOWN + 1:
            return totals
        shown, rest = totals[: self.COUNTRIES_SHOWN], totals[self.COUNTRIES_SHOWN:]
        label = QCoreApplication.translate("dashboard", "%n other countries", None, len(rest))
        other = service.Total("*", label, label, sum(t.activities for t in rest), sum(t.participants for t in rest))
        return [*shown, other]

    @staticmethod
    def _totals(totals: list[service.Total], lang: str, none: str) -> list[Bar]:
        bars = []
        for i, t in enumerate(totals):
            people = QCoreApplication.translate("dashboard", "({n} participants)").format(n=number(t.participants))
            note = "  " + people if t.participants else ""
            color = OTHER_COLOR if t.key == "*" else PALETTE[i % len(PALETTE)]
            bars.append(Bar(t.label(lang) or none, t.activities, color, note))
        return bars

    def _overdue(self, data: service.Dashboard) -> None:
        self.overdue.clear()
        lang = i18n.current()
        self.overdue_title.setText(QCoreApplication.translate(
            "dashboard", "Overdue planned activities: %n", None, data.overdue_count))
        for act in data.overdue:
            item = QListWidgetItem(f"{display.date_text(act.start)}  {display.isolate(act.display_title(lang))}")
            item.setData(UUID_ROLE, act.uuid)
            item.setToolTip(QCoreApplication.translate("dashboard", "Click to open the activity"))
            self.overdue.addItem(item)
        if not data.overdue:
            item = QListWidgetItem(QCoreApplication.translate("dashboard", "Nothing is overdue."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.overdue.addItem(item)

    def _overdue_clicked(self, item: QListWidgetItem) -> None:
        uuid = item.data(UUID_ROLE)
        if uuid:
            self.open_activity.emit(str(uuid))

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.combo_label.setText(QCoreApplication.translate("dashboard", "Agreement:"))
        self.empty.setText(QCoreApplication.translate("dashboard", "No agreement yet: add one on the Agreements page."))
        titles = {
            self.progress: QCoreApplication.translate("dashboard", "Progress against the period"),
            self.indicators: QCoreApplication.translate("dashboard", "Indicators: achieved against target, by objective"),
            self.status: QCoreApplication.translate("dashboard", "Activities by status"),
            self.kind: QCoreApplication.translate("dashboard", "Activities by kind"),
            self.quarters: QCoreApplication.translate("dashboard", "Activities per quarter"),
            self.party: QCoreApplication.translate("dashboard", "Activities per lead party"),
            self.country: QCoreApplication.translate("dashboard", "Activities per country"),
        }
        for chart, title in titles.items():
            chart.title = title
            chart.setToolTip(QCoreApplication.translate("dashboard", "Right-click to export the chart as PNG or SVG"))
        for chart in (self.status, self.kind, self.party, self.country):
            chart.empty_text = QCoreApplication.translate("dashboard", "No activities yet.")
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.data is not None:
                self.refresh()
        super().changeEvent(event)


"""The Reports page (``action_show_reports``): activities counted, participants and reported
indicator values grouped by one or two dimensions, for one plan or all, within dates - the
same table ``sijill report`` makes - with a chart of the first grouping and an export to
.xlsx, .csv or .pdf. The report is counted by the database in the runner's pool; an answer
to an older request is dropped."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.domain.dates import PartialDateError
from desktop.services.register import Register
from desktop.services.report import DIMENSIONS, Report, ReportQuery
from desktop.services.report_table import ReportTable, as_text, table
from desktop.ui import choices, display, i18n, prompts
from desktop.ui.charts import PALETTE, Bar, BarChart
from desktop.ui.runner import Runner
from desktop.ui.widgets.bidi import BidiDelegate
from desktop.ui.widgets.partial_date import PartialDateEdit, parse

DIMENSION_NAMES = {
    "country": QT_TRANSLATE_NOOP("reports", "Country"),
    "quarter": QT_TRANSLATE_NOOP("reports", "Quarter"),
    "year": QT_TRANSLATE_NOOP("reports", "Year"),
    "partner": QT_TRANSLATE_NOOP("reports", "Lead partner"),
    "kind": QT_TRANSLATE_NOOP("reports", "Kind"),
    "status": QT_TRANSLATE_NOOP("reports", "Status"),
    "objective": QT_TRANSLATE_NOOP("reports", "Objective"),
}



class ReportsPage(QWidget):
    def __init__(self, register: Callable[[], Register], runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_page")
        self._register, self.runner = register, runner
        self.report: Report | None = None
        self.shown: ReportTable | None = None
        self._request = 0
        self.agreement = QComboBox(self)
        self.agreement.setObjectName("report_agreement")
        self.start, self.end = PartialDateEdit(self), PartialDateEdit(self)
        self.start.setObjectName("report_from")
        self.end.setObjectName("report_to")
        self.by_first, self.by_second = QComboBox(self), QComboBox(self)
        self.by_first.setObjectName("report_by_1")
        self.by_second.setObjectName("report_by_2")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("report_export")
        self.labels = {name: QLabel(self) for name in ("agreement", "from", "to", "by", "then")}
        self.problem = QLabel(self)
        self.problem.setObjectName("report_problem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("report_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegate(BidiDelegate(self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chart = BarChart("chart_report")
        self._layout()
        for combo in (self.agreement, self.by_first, self.by_second):
            combo.activated.connect(lambda *_: self.run())
        for edit in (self.start, self.end):
            edit.editingFinished.connect(self.run)
        self.export_button.clicked.connect(self.export)
        self.retranslate()

    @property
    def register(self) -> Register:
        return self._register()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for name, widget in (("agreement", self.agreement), ("from", self.start), ("to", self.end),
                             ("by", self.by_first), ("then", self.by_second)):
            self.labels[name].setBuddy(widget)
            bar.addWidget(self.labels[name])
            bar.addWidget(widget, 2 if widget is self.agreement else 1)
        bar.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)

    # -- the request ------------------------------------------------------------------------
    def _dimension_items(self) -> None:
        for combo, optional in ((self.by_first, False), (self.by_second, True)):
            current = combo.currentData()
            combo.clear()
            if optional:
                combo.addItem(choices.none_item()[1], None)
            for name in DIMENSIONS:
                combo.addItem(QCoreApplication.translate("reports", DIMENSION_NAMES[name]), name)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else (combo.findData("status") if not optional else 0))

    def _agreement_items(self) -> None:
        current = self.agreement.currentData()
        self.agreement.clear()
        self.agreement.addItem(QCoreApplication.translate("reports", "All plans"), None)
        for uuid, text in choices.agreements(self.register):
            self.agreement.addItem(display.isolate(text), uuid)
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(current)))

    def query(self) -> ReportQuery:
        """The request the controls make (raises PartialDateError for a date that is not one)."""
        by = [self.by_first.currentData()]
        second = self.by_second.currentData()
        if second and second != by[0]:
            by.append(second)
        plan = self.agreement.currentData()
        return ReportQuery((plan,) if plan else (), parse(self.start.text()), parse(self.end.text()), tuple(by))

    def refresh(self) -> None:
        """Offer the register's plans again and count anew."""
        self._agreement_items()
        self.run()

    def run(self) -> None:
        try:
            query = self.query()
        except PartialDateError:
            self.problem.setText(QCoreApplication.translate("reports", "Write the dates as a year (2024), a month (2024-03) or a full date (2024-03-15)."))
            self.problem.show()
            return
        self.problem.hide()
        self._request += 1
        request, register = self._request, self.register
        self.runner.run(lambda _progress: register.report(query),
                        on_done=lambda report: self._answered(request, report), on_error=self._failed)

    def _answered(self, request: int, report: Report) -> None:
        if request != self._request:
            return  # an older request: the controls have changed since
        self.report = report
        self.render()

    def _failed(self, exc: BaseException) -> None:
        from desktop.domain.errors import SijillError

        if isinstance(exc, SijillError):
            self.problem.setText(i18n.tr_message(exc.message))
            self.problem.show()
        else:
            self.runner.failed.emit(exc)

    # -- showing ----------------------------------------------------------------------------
    def render(self) -> None:
        if self.report is None:
            return
        shown = self.shown = table(self.report, i18n.current())
        rows = [*shown.rows, shown.totals]
        self.table.clear()
        self.table.setColumnCount(len(shown.headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(shown.headers)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                text = as_text(value)
                item = QTableWidgetItem(display.digits(text) if not isinstance(value, str) else display.isolate(text))
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self._chart(shown)

    def _chart(self, shown: ReportTable) -> None:
        """Activities per group of the first dimension (summed over the second)."""
        totals: dict[str, int] = defaultdict(int)
        for cells in shown.rows:
            totals[str(cells[0])] += int(cells[shown.group_columns])
        bars = [Bar(label, count, PALETTE[i % len(PALETTE)]) for i, (label, count) in enumerate(totals.items())]
        self.chart.title = QCoreApplication.translate("reports", "Activities by %1").replace("%1", QCoreApplication.translate("reports", DIMENSION_NAMES[self.report.query.by[0]]) if self.report else "")
        self.chart.set_bars(bars)

    # -- export -----------------------------------------------------------------------------
    def export(self) -> None:
        if self.report is None:
            return
        path = prompts.save_file(self, QCoreApplication.translate("reports", "Export the report"), "report.xlsx",
                                 QCoreApplication.translate("reports", "Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"))
        if not path:
            return
        report, lang = self.report, i18n.current()

        def write(_progress: Any) -> Any:
            from desktop.services.report_table import table as make_table
            from desktop.services.report_table import write as write_table

            tab = make_table(report, lang)
            if path.lower().endswith(".pdf"):
                from desktop.reports.report_pdf import write_pdf

                from desktop.services.report_table import word

                return write_pdf(tab, path, title=word("title", lang), subtitle=" × ".join(tab.headers[: tab.group_columns]), lang=lang)
            if not path.lower().endswith((".xlsx", ".csv")):
                return write_table(tab, path + ".xlsx")
            return write_table(tab, path)

        self.runner.run(write, on_done=lambda _path: None)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {"agreement": QCoreApplication.translate("reports", "Plan:"), "from": QCoreApplication.translate("reports", "From:"), "to": QCoreApplication.translate("reports", "To:"), "by": QCoreApplication.translate("reports", "Group by:"), "then": QCoreApplication.translate("reports", "then by:")}
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.export_button.setText(QCoreApplication.translate("reports", "Export…"))
        self.table.setAccessibleName(QCoreApplication.translate("reports", "Report"))
        self.chart.empty_text = QCoreApplication.translate("reports", "No activities in this report.")
        self._dimension_items()
        for widget in (self.start, self.end):
            widget.retranslate()
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

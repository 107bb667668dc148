"""The agreement editor: every field, parties and signatories, objectives, and its activities."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain import records as r
from desktop.domain.kinds import ActivityStatus, AgreementKind, AgreementStatus
from desktop.services import validation
from desktop.services.activities import ActivityFilter
from desktop.ui import choices, display, i18n, quick
from desktop.ui.editors.base import Editor
from desktop.ui.models import ActivitiesModel
from desktop.ui.pages_columns import activity_columns_short
from desktop.ui.widgets.indicators import IndicatorsPanel
from desktop.ui.widgets.lists import ObjectivesTable, PartiesTable, SignatoriesTable, StatementsTable
from desktop.ui.widgets.table import RecordTable


TABS = (
    QT_TRANSLATE_NOOP("AgreementEditor", "General"),
    QT_TRANSLATE_NOOP("AgreementEditor", "Parties and signatories"),
    QT_TRANSLATE_NOOP("AgreementEditor", "Objectives and statements"),
    QT_TRANSLATE_NOOP("AgreementEditor", "Activities"),
)


class AgreementEditor(Editor):
    entity = "agreement"
    add_activity_requested = Signal(str)
    open_activity_requested = Signal(str)

    def build(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("agreement_tabs")
        self.outer.addWidget(self.tabs)
        self._build_general()
        self._build_parties()
        self._build_objectives()
        self._build_activities()

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.tabs.addTab(page, "")
        return page, layout

    def _build_general(self) -> None:
        _, layout = self._page()
        left, right = self.form(), self.form()
        self.line(left, "reference", QT_TRANSLATE_NOOP("fields", "Reference"))
        self.line(left, "title_ar", QT_TRANSLATE_NOOP("fields", "Title (Arabic)"))
        self.line(left, "title_en", QT_TRANSLATE_NOOP("fields", "Title (English)"))
        self.combo(left, "kind", QT_TRANSLATE_NOOP("fields", "Kind"), lambda: choices.enum_items(AgreementKind))
        self.combo(left, "status", QT_TRANSLATE_NOOP("fields", "Status"), lambda: choices.enum_items(AgreementStatus))
        self.combo(
            left, "predecessor_uuid", QT_TRANSLATE_NOOP("fields", "Builds on (predecessor)"),
            lambda: choices.agreements(self.register, optional=True, exclude=self.record.uuid if self.record else None),
        )
        self.bindings["predecessor_uuid"].widget.setObjectName("agreement_predecessor")
        self.date(right, "period_start", QT_TRANSLATE_NOOP("fields", "Period from"))
        self.date(right, "period_end", QT_TRANSLATE_NOOP("fields", "Period to"))
        self.date(right, "signed_on", QT_TRANSLATE_NOOP("fields", "Signed on"))
        self.line(right, "signing_place_ar", QT_TRANSLATE_NOOP("fields", "Signed at (Arabic)"))
        self.line(right, "signing_place_en", QT_TRANSLATE_NOOP("fields", "Signed at (English)"))
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        purpose = self.form()
        self.text(purpose, "purpose_ar", QT_TRANSLATE_NOOP("fields", "Purpose (Arabic)"))
        self.text(purpose, "purpose_en", QT_TRANSLATE_NOOP("fields", "Purpose (English)"))
        layout.addLayout(purpose)
        layout.addStretch(1)

    def _build_parties(self) -> None:
        _, layout = self._page()
        self.parties = PartiesTable(lambda: quick.new_organization(self.register, self), self)
        self.parties.refresh_choices = self._refresh_people_and_parties  # type: ignore[method-assign]
        self.signatories = SignatoriesTable(
            self._new_person, lambda: list(self.parties.rows), self.parties.label_of, self._person_party, self
        )
        self.signatories.refresh_choices = self._refresh_people_and_parties  # type: ignore[method-assign]
        self.parties_label, self.signatories_label = QLabel(self), QLabel(self)
        self.value_field(None, "parties", QT_TRANSLATE_NOOP("fields", "Parties"), self.parties)
        self.value_field(None, "signatories", QT_TRANSLATE_NOOP("fields", "Signatories, in signing order"), self.signatories)
        self.parties.changed.connect(self.signatories.render)
        for label, widget, name in ((self.parties_label, self.parties, "parties"), (self.signatories_label, self.signatories, "signatories")):
            layout.addWidget(label)
            layout.addWidget(widget, 1)
            layout.addWidget(self.errors[name])

    def _build_objectives(self) -> None:
        _, layout = self._page()
        self.objectives = ObjectivesTable(self)
        self.indicators = IndicatorsPanel(self.objectives, self)
        self.statements = StatementsTable(self)
        self.value_field(None, "objectives", QT_TRANSLATE_NOOP("fields", "Objectives"), self.objectives)
        self.value_field(None, "statements", QT_TRANSLATE_NOOP("fields", "Statements"), self.statements)
        self.objectives_label, self.statements_label = QLabel(self), QLabel(self)
        for label, widget, name in ((self.objectives_label, self.objectives, "objectives"),
                                    (self.statements_label, self.statements, "statements")):
            layout.addWidget(label)
            layout.addWidget(widget, 1)
            if name == "objectives":
                layout.addWidget(self.indicators, 1)
            layout.addWidget(self.errors[name])

    def _build_activities(self) -> None:
        _, layout = self._page()
        self.counts = QLabel(self)
        self.counts.setObjectName("agreement_activity_counts")
        self.counts.setWordWrap(True)
        self.activities_model = ActivitiesModel(self.register, activity_columns_short())
        self.activities_table = RecordTable(self)
        self.activities_table.setObjectName("agreement_activities")
        self.activities_table.setModel(self.activities_model)
        self.activities_table.doubleClicked.connect(self._open_activity)
        self.add_activity = QPushButton(self)
        self.add_activity.setObjectName("agreement_add_activity")
        self.add_activity.clicked.connect(self._request_activity)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.add_activity)
        layout.addLayout(bar)
        layout.addWidget(self.activities_table, 1)

    # -- helpers -------------------------------------------------------------------------
    def _new_person(self) -> str | None:
        parties = self.parties.rows
        return quick.new_person(self.register, self, parties[0] if len(parties) == 1 else None)

    def _person_party(self, uuid: str) -> str | None:
        return self.register.person(uuid).organization_uuid

    def _refresh_people_and_parties(self) -> None:
        self.parties.set_choices(choices.organizations(self.register, optional=False))
        self.signatories.set_choices(choices.people(self.register))
        self.statements.set_people(choices.people_with_organizations(self.register))

    def _request_activity(self) -> None:
        if self.record is not None and self.record.uuid:
            self.add_activity_requested.emit(self.record.uuid)

    def _open_activity(self, index: Any) -> None:
        rec = self.activities_model.record(index.row())
        if rec is not None:
            self.open_activity_requested.emit(rec.uuid)

    def before_load(self, record: Any) -> None:
        if self.reloading_saved:  # saving it changed neither the people, the parties nor the plans
            return
        self._refresh_people_and_parties()
        self.bindings["predecessor_uuid"].reload()  # type: ignore[attr-defined]

    def after_load(self, record: Any) -> None:
        self.indicators.read_only = self.read_only
        self.indicators.render()
        if not self.reloading_saved:  # nor its activities
            self.refresh_activities()

    def refresh_activities(self) -> None:
        uuid = self.record.uuid if self.record is not None else None
        self.add_activity.setEnabled(bool(uuid) and not self.read_only)
        if not uuid:
            self.activities_model.refresh(flt=ActivityFilter(agreement="-"))
            self.counts.setText("")
            return
        flt = ActivityFilter(agreement=uuid)
        self.activities_model.refresh(flt=flt)
        by_status = self.register.activity_counts_by_status(flt)
        total = sum(by_status.values())
        parts = [
            f"{i18n.label(status)}: {display.number(by_status[status])}"
            for status in ActivityStatus if by_status.get(status)
        ]
        summary = QCoreApplication.translate("AgreementEditor", "%n activities", "", total)
        self.counts.setText(summary + (" — " + " · ".join(parts) if parts else ""))

    def reveal(self, widget: QWidget) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)

    def retranslate(self) -> None:
        super().retranslate()
        for i, title in enumerate(TABS):
            self.tabs.setTabText(i, QCoreApplication.translate("AgreementEditor", title))
        self.parties_label.setText(QCoreApplication.translate("fields", "Parties"))
        self.signatories_label.setText(QCoreApplication.translate("fields", "Signatories, in signing order"))
        self.objectives_label.setText(QCoreApplication.translate("fields", "Objectives"))
        self.statements_label.setText(QCoreApplication.translate("fields", "Statements"))
        self.indicators.retranslate()
        self.add_activity.setText(QCoreApplication.translate("AgreementEditor", "Add activity…"))
        self._refresh_people_and_parties()
        self.activities_model.retranslate()
        self.refresh_activities()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.indicators.read_only = read_only
        self.indicators.render()

    def check(self, record: Any) -> list[Any]:
        return validation.agreement(record)

    def blank(self) -> r.Agreement:
        return r.Agreement()

    def fetch(self, uuid: str) -> r.Agreement:
        return self.register.agreement(uuid)

    def store(self, record: Any) -> Any:
        return self.register.save_agreement(record)

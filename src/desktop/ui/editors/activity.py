"""The activity editor: every field; kind and status as lists; objective from the agreement's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.domain.indicators import Indicator
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services import validation
from desktop.ui import choices, i18n
from desktop.ui.editors.base import Editor
from desktop.ui.widgets.indicator_values import IndicatorValuesTable


class ActivityEditor(Editor):
    entity = "activity"

    def build(self) -> None:
        left, right = self.form(), self.form()
        self.combo(left, "agreement_uuid", QT_TRANSLATE_NOOP("fields", "Agreement"), lambda: choices.agreements(self.register))
        self.combo(left, "objective_uuid", QT_TRANSLATE_NOOP("fields", "Objective"), self.objective_items)
        self.combo(left, "kind", QT_TRANSLATE_NOOP("fields", "Kind"), lambda: choices.enum_items(ActivityKind))
        self.combo(left, "status", QT_TRANSLATE_NOOP("fields", "Status"), lambda: choices.enum_items(ActivityStatus))
        self.line(left, "title_ar", QT_TRANSLATE_NOOP("fields", "Title (Arabic)"))
        self.line(left, "title_en", QT_TRANSLATE_NOOP("fields", "Title (English)"))
        self.date(left, "start", QT_TRANSLATE_NOOP("fields", "Start"))
        self.date(left, "end", QT_TRANSLATE_NOOP("fields", "End"))
        self.line(right, "place", QT_TRANSLATE_NOOP("fields", "Place"))
        self.line(right, "country", QT_TRANSLATE_NOOP("fields", "Country"))
        self.combo(
            right, "lead_organization_uuid", QT_TRANSLATE_NOOP("fields", "Lead organisation"),
            lambda: choices.organizations(self.register),
        )
        self.integer(right, "participants", QT_TRANSLATE_NOOP("fields", "Participants"))
        self.text(right, "notes", QT_TRANSLATE_NOOP("fields", "Notes and outputs"))
        self.indicator_values = IndicatorValuesTable(self)
        self.value_field(right, "indicator_values", QT_TRANSLATE_NOOP("fields", "Indicator values"), self.indicator_values)
        for name in ("agreement", "objective", "lead_organization"):
            self.bindings[f"{name}_uuid"].widget.setObjectName(f"activity_{name}")
        self.outer.addLayout(left)
        self.outer.addLayout(right)
        self.outer.addStretch(1)

    def objective_items(self) -> list[tuple[Any, str]]:
        items = [choices.none_item()]
        binding = self.bindings.get("agreement_uuid")
        uuid = binding.get() if binding is not None else (self.record.agreement_uuid if self.record else None)
        if not uuid:
            return items
        try:
            agreement = self.register.agreement(uuid)
        except SijillError:
            return items
        for n, objective in enumerate(agreement.objectives, start=1):
            text = objective.text_ar if i18n.is_rtl() else objective.text_en
            items.append((objective.uuid, f"{n}. {text or objective.text_ar or objective.text_en}"))
        return items

    def objective_indicators(self) -> list[Indicator]:
        """The indicators of the objective chosen in the form."""
        agreement, objective = self.bindings["agreement_uuid"].get(), self.bindings["objective_uuid"].get()
        if not agreement or not objective:
            return []
        try:
            plan = self.register.agreement(agreement)
        except SijillError:
            return []
        return next((o.indicators for o in plan.objectives if o.uuid == objective), [])

    def before_load(self, record: Any) -> None:
        if self.reloading_saved:  # the choices are as they were before the save
            return
        self.bindings["agreement_uuid"].reload()  # type: ignore[attr-defined]
        self.bindings["lead_organization_uuid"].reload()  # type: ignore[attr-defined]
        self.bindings["agreement_uuid"].set(record.agreement_uuid)
        self.bindings["objective_uuid"].reload()  # type: ignore[attr-defined]
        self.bindings["objective_uuid"].set(record.objective_uuid)
        self.indicator_values.set_value(record.indicator_values)
        self.indicator_values.set_indicators(self.objective_indicators())

    def field_changed(self, name: str) -> None:
        if name == "agreement_uuid":
            self.bindings["objective_uuid"].reload()  # type: ignore[attr-defined]
        if name in ("agreement_uuid", "objective_uuid"):
            self.indicator_values.set_indicators(self.objective_indicators())

    def check(self, record: Any) -> list[Any]:
        return validation.activity(record)

    def blank(self) -> r.Activity:
        agreements = choices.agreements(self.register) if hasattr(self, "register") else []
        return r.Activity(agreement_uuid=agreements[0][0] if len(agreements) == 1 else "")

    def fetch(self, uuid: str) -> r.Activity:
        return self.register.activity(uuid)

    def store(self, record: Any) -> Any:
        record.agreement_uuid = record.agreement_uuid or ""
        return self.register.save_activity(record)

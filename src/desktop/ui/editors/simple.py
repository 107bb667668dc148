"""Editors of organisations, people and milestones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.domain import records as r
from desktop.domain.kinds import OrganizationKind
from desktop.services import validation
from desktop.ui import choices
from desktop.ui.editors.base import Editor


class OrganizationEditor(Editor):
    entity = "organization"

    def build(self) -> None:
        form = self.form()
        self.line(form, "name_ar", QT_TRANSLATE_NOOP("fields", "Name (Arabic)"))
        self.line(form, "name_en", QT_TRANSLATE_NOOP("fields", "Name (English)"))
        self.line(form, "acronym", QT_TRANSLATE_NOOP("fields", "Acronym"))
        self.combo(form, "kind", QT_TRANSLATE_NOOP("fields", "Kind"), lambda: choices.enum_items(OrganizationKind))
        self.line(form, "country", QT_TRANSLATE_NOOP("fields", "Country"))
        self.outer.addLayout(form)
        self.outer.addStretch(1)

    def check(self, record: Any) -> list[Any]:
        return validation.organization(record)

    def blank(self) -> r.Organization:
        return r.Organization()

    def fetch(self, uuid: str) -> r.Organization:
        return self.register.organization(uuid)

    def store(self, record: Any) -> Any:
        return self.register.save_organization(record)


class PersonEditor(Editor):
    entity = "person"

    def build(self) -> None:
        form = self.form()
        self.line(form, "name_ar", QT_TRANSLATE_NOOP("fields", "Name (Arabic)"))
        self.line(form, "name_en", QT_TRANSLATE_NOOP("fields", "Name (English)"))
        self.line(form, "honorific_ar", QT_TRANSLATE_NOOP("fields", "Honorific (Arabic)"))
        self.line(form, "honorific_en", QT_TRANSLATE_NOOP("fields", "Honorific (English)"))
        self.line(form, "position_ar", QT_TRANSLATE_NOOP("fields", "Title / position (Arabic)"))
        self.line(form, "position_en", QT_TRANSLATE_NOOP("fields", "Title / position (English)"))
        self.combo(
            form, "organization_uuid", QT_TRANSLATE_NOOP("fields", "Organisation"),
            lambda: choices.organizations(self.register),
        )
        self.bindings["organization_uuid"].widget.setObjectName("person_organization")
        self.outer.addLayout(form)
        self.outer.addStretch(1)

    def before_load(self, record: Any) -> None:
        self.bindings["organization_uuid"].reload()  # type: ignore[attr-defined]

    def check(self, record: Any) -> list[Any]:
        return validation.person(record)

    def blank(self) -> r.Person:
        return r.Person()

    def fetch(self, uuid: str) -> r.Person:
        return self.register.person(uuid)

    def store(self, record: Any) -> Any:
        return self.register.save_person(record)


class MilestoneEditor(Editor):
    entity = "milestone"

    def build(self) -> None:
        form = self.form()
        self.date(form, "date", QT_TRANSLATE_NOOP("fields", "Date"))
        self.line(form, "title_ar", QT_TRANSLATE_NOOP("fields", "Title (Arabic)"))
        self.line(form, "title_en", QT_TRANSLATE_NOOP("fields", "Title (English)"))
        self.text(form, "description_ar", QT_TRANSLATE_NOOP("fields", "Description (Arabic)"))
        self.text(form, "description_en", QT_TRANSLATE_NOOP("fields", "Description (English)"))
        self.combo(
            form, "agreement_uuid", QT_TRANSLATE_NOOP("fields", "Agreement"),
            lambda: choices.agreements(self.register, optional=True),
        )
        self.bindings["agreement_uuid"].widget.setObjectName("milestone_agreement")
        self.outer.addLayout(form)
        self.outer.addStretch(1)

    def before_load(self, record: Any) -> None:
        self.bindings["agreement_uuid"].reload()  # type: ignore[attr-defined]

    def check(self, record: Any) -> list[Any]:
        return validation.milestone(record)

    def blank(self) -> r.Milestone:
        return r.Milestone()

    def fetch(self, uuid: str) -> r.Milestone:
        return self.register.milestone(uuid)

    def store(self, record: Any) -> Any:
        return self.register.save_milestone(record)

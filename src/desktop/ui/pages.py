"""The five pages, each built from its model, editor and delete/dependents services."""

from __future__ import annotations

from desktop.services.register import Register
from desktop.ui import pages_columns as cols
from desktop.ui.editors.activity import ActivityEditor
from desktop.ui.editors.agreement import AgreementEditor
from desktop.ui.editors.simple import MilestoneEditor, OrganizationEditor, PersonEditor
from desktop.ui.models import ActivitiesModel, RecordTableModel
from desktop.ui.page import Page
from desktop.ui.widgets.activity_filter import ActivityFilterBar

PAGE_KINDS = ("agreements", "activities", "organizations", "people", "history")


class Lookups:
    """Names of related records for list columns, refreshed with the lists."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.organizations: dict[str, str] = {}
        self.agreements: dict[str, str] = {}

    def organization_name(self, uuid: str | None) -> str:
        if uuid and uuid not in self.organizations:
            self.refresh()
        return self.organizations.get(uuid or "", "")

    def agreement_reference(self, uuid: str | None) -> str:
        if uuid and uuid not in self.agreements:
            self.refresh()
        return self.agreements.get(uuid or "", "")

    def refresh(self) -> None:
        from desktop.ui import choices

        self.organizations = {o.uuid: choices.organization_label(o) for o in self.register.organizations()}
        self.agreements = {a.uuid: a.reference for a in self.register.agreements()}


def build_pages(register: Register) -> dict[str, Page]:
    lookups = Lookups(register)

    def people(search: str) -> list:  # type: ignore[type-arg]
        lookups.refresh()
        return register.people(search or None)

    pages = {
        "agreements": Page(
            "agreements", "Agreements",
            RecordTableModel(cols.agreement_columns(), lambda s: register.agreements(s or None)),
            AgreementEditor(register),
            lambda uuid: register.delete_agreement(uuid, with_activities=True),
            register.agreement_dependents,
        ),
        "activities": Page(
            "activities", "Activities",
            ActivitiesModel(register, cols.activity_columns()),
            ActivityEditor(register),
            register.delete_activity,
            filter_bar=ActivityFilterBar(register),
        ),
        "organizations": Page(
            "organizations", "Organisations",
            RecordTableModel(cols.organization_columns(), lambda s: register.organizations(s or None)),
            OrganizationEditor(register),
            register.delete_organization,
            register.organization_dependents,
        ),
        "people": Page(
            "people", "People",
            RecordTableModel(cols.people_columns(lookups.organization_name), people),
            PersonEditor(register),
            register.delete_person,
            register.person_dependents,
        ),
        "history": Page(
            "history", "History",
            RecordTableModel(cols.milestone_columns(lookups.agreement_reference), lambda s: register.milestones(s or None)),
            MilestoneEditor(register),
            register.delete_milestone,
        ),
    }
    return pages

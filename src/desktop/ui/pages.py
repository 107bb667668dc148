"""The five list pages, each built from its model, editor and delete/dependents services,
and built only when first shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from desktop.domain.changeset import RecordKind as K
from desktop.services.register import Register
from desktop.ui import pages_columns as cols
from desktop.ui.editors.activity import ActivityEditor
from desktop.ui.editors.agreement import AgreementEditor
from desktop.ui.editors.simple import MilestoneEditor, OrganizationEditor, PersonEditor
from desktop.ui.models import ActivitiesModel, RecordTableModel
from desktop.ui.page import Page
from desktop.ui.widgets.activity_filter import ActivityFilterBar

# the list pages by name; "history" is the milestones page (its objectNames keep the name)
PAGE_KINDS = ("agreements", "activities", "organizations", "people", "history")


class Lookups:
    """Names of related records for list columns, refreshed with the lists."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.organizations: dict[str, str] = {}
        self.agreements: dict[str, str] = {}
        self.stale = True  # set by the window when organisations or agreements change

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

        self.stale = False
        self.organizations = {o.uuid: choices.organization_label(o) for o in self.register.organizations()}
        self.agreements = {a.uuid: a.reference for a in self.register.agreements()}

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.refresh()


class Pages(dict[str, Page]):
    """The window's list pages, each built over ``register`` the first time it is asked for
    (``pages[kind]``) and handed to ``added``. Iterating, ``get`` and ``in`` see only the
    pages built so far: start-up builds none of them."""

    def __init__(self, register: Register, added: Callable[[Page], None]) -> None:
        super().__init__()
        self.register = register
        self.added = added
        self.lookups = Lookups(register)
        self.retired = False  # the window moved to another register (or closed): build no more

    def build_all(self) -> None:
        for kind in PAGE_KINDS:
            self[kind]  # noqa: B018 - builds it

    def build_rest_later(self, context: QObject, first_after_ms: int = 300) -> None:
        """Build the pages not shown yet, one per turn of the event loop (while ``context``
        lives), so that the first switch to each is instant; the first waits ``first_after_ms``
        so that the page on screen is painted before."""

        def next_page() -> None:
            runner = getattr(context, "runner", None)
            if runner is not None and runner.querying():  # the page on screen waits for its data:
                QTimer.singleShot(50, context, next_page)  # draw it first
                return
            missing = [kind for kind in PAGE_KINDS if kind not in self]
            if missing and not self.retired:
                self[missing[0]]  # noqa: B018 - builds it
                QTimer.singleShot(0, context, next_page)

        QTimer.singleShot(first_after_ms, context, next_page)

    def __missing__(self, kind: str) -> Page:
        if kind not in PAGE_KINDS or self.retired:
            raise KeyError(kind)
        page = build_page(self.register, kind, self.lookups)
        self[kind] = page
        self.added(page)
        return page


def build_page(register: Register, kind: str, lookups: Lookups | None = None) -> Page:
    """One list page: its model, editor and delete/dependents services."""
    lookups = lookups or Lookups(register)
    if kind == "agreements":
        return Page(
            "agreements", "Agreements",
            RecordTableModel(cols.agreement_columns(), lambda s: register.agreements(s or None)),
            AgreementEditor(register),
            lambda uuid: register.delete_agreement(uuid, with_activities=True),
            register.agreement_dependents,
            # the editor: parties, signatories, statements' people, its activities and milestones
            shows=frozenset({K.ORGANIZATION, K.PERSON, K.ACTIVITY, K.MILESTONE}),
        )
    if kind == "activities":
        return Page(
            "activities", "Activities",
            ActivitiesModel(register, cols.activity_columns()),
            ActivityEditor(register),
            register.delete_activity,
            filter_bar=ActivityFilterBar(register),
            shows=frozenset({K.ORGANIZATION}), list_shows=frozenset({K.AGREEMENT}),  # the reference column
        )
    if kind == "organizations":
        return Page(
            "organizations", "Organisations",
            RecordTableModel(cols.organization_columns(), lambda s: register.organizations(s or None)),
            OrganizationEditor(register),
            register.delete_organization,
            register.organization_dependents,
        )
    if kind == "people":
        def people(search: str) -> list:  # type: ignore[type-arg]
            lookups.refresh_if_stale()
            return register.people(search or None)

        return Page(
            "people", "People",
            RecordTableModel(cols.people_columns(lookups.organization_name), people),
            PersonEditor(register),
            register.delete_person,
            register.person_dependents,
            list_shows=frozenset({K.ORGANIZATION}),
        )
    if kind == "history":
        return Page(
            "history", "History",
            RecordTableModel(cols.milestone_columns(lookups.agreement_reference), lambda s: register.milestones(s or None)),
            MilestoneEditor(register),
            register.delete_milestone,
            list_shows=frozenset({K.AGREEMENT}),
        )
    raise KeyError(kind)

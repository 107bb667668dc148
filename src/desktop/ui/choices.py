"""Items for combo boxes: kinds, statuses and records as (value, label) pairs."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.services.register import Register
from desktop.ui import i18n


def none_item() -> tuple[Any, str]:
    return (None, QCoreApplication.translate("choices", "— none —"))


def enum_items(kind: type[enum.Enum]) -> list[tuple[Any, str]]:
    return [(member, i18n.label(member)) for member in kind]


def organization_label(org: Any) -> str:
    name = org.display_name(i18n.current())
    return f"{name} ({org.acronym})" if org.acronym and org.acronym != name else name


def organizations(register: Register, optional: bool = True) -> list[tuple[Any, str]]:
    items = [(o.uuid, organization_label(o)) for o in register.organizations()]
    return ([none_item()] if optional else []) + sorted(items, key=lambda i: i[1].casefold())


def person_label(person: Any) -> str:
    name = person.display_name(i18n.current())
    position = person.position_ar if i18n.is_rtl() else person.position_en
    return f"{name} — {position}" if position else name


def people(register: Register) -> list[tuple[Any, str]]:
    return sorted(((p.uuid, person_label(p)) for p in register.people()), key=lambda i: i[1].casefold())


def person_organization_label(person: Any, organization: str) -> str:
    """``name — organisation``, each part isolated where its direction differs from the UI's."""
    from desktop.ui.display import isolate

    name = isolate(person.display_name(i18n.current()))
    return f"{name} — {isolate(organization)}" if organization else name


def people_with_organizations(register: Register, optional: bool = True) -> list[tuple[Any, str]]:
    """People labelled with their organisation (who spoke, in a statement), 'none' first."""
    orgs = {o.uuid: organization_label(o) for o in register.organizations()}
    people = sorted(register.people(), key=lambda p: p.display_name(i18n.current()).casefold())
    items = [(p.uuid, person_organization_label(p, orgs.get(p.organization_uuid, ""))) for p in people]
    return ([none_item()] if optional else []) + items


def agreements(register: Register, optional: bool = False, exclude: str | None = None) -> list[tuple[Any, str]]:
    from desktop.ui.display import LRI, PDI

    def text(a: Any) -> str:
        title = a.display_title(i18n.current())
        return f"{title} — {LRI}{a.reference}{PDI}" if i18n.is_rtl() else f"{a.reference} — {title}"

    items = [(a.uuid, text(a)) for a in register.agreements() if a.uuid != exclude]
    return ([none_item()] if optional else []) + items

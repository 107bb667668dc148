"""The columns of each list (headers are translated in the "columns" context)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.domain import records as r
from desktop.ui import display, i18n
from desktop.ui.models import Column


def _title(rec: Any) -> str:
    return rec.display_title(i18n.current())  # type: ignore[no-any-return]


def _name(rec: Any) -> str:
    return rec.display_name(i18n.current())  # type: ignore[no-any-return]


def _date_key(getter: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda rec: getter(rec).isoformat() if getter(rec) else None


def agreement_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Reference"), lambda a: a.reference),
        Column(QT_TRANSLATE_NOOP("columns", "Title"), _title),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda a: i18n.label(a.kind)),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda a: i18n.label(a.status)),
        Column(QT_TRANSLATE_NOOP("columns", "Period"), lambda a: display.period_text(a.period_start, a.period_end),
               _date_key(lambda a: a.period_start)),
        Column(QT_TRANSLATE_NOOP("columns", "Signed"), lambda a: display.date_text(a.signed_on),
               _date_key(lambda a: a.signed_on)),
    ]


def activity_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Title"), _title, db_order="title"),
        Column(QT_TRANSLATE_NOOP("columns", "Agreement"), lambda a: a.agreement_reference, db_order="agreement"),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda a: i18n.label(a.kind), db_order="kind"),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda a: i18n.label(a.status), db_order="status"),
        Column(QT_TRANSLATE_NOOP("columns", "Start"), lambda a: display.date_text(a.start), db_order="start"),
        Column(QT_TRANSLATE_NOOP("columns", "End"), lambda a: display.date_text(a.end), db_order="end"),
        Column(QT_TRANSLATE_NOOP("columns", "Place"), lambda a: a.place, db_order="place"),
        Column(QT_TRANSLATE_NOOP("columns", "Participants"), lambda a: display.number(a.participants), db_order="participants"),
    ]


def activity_columns_short() -> list[Column]:
    columns = activity_columns()
    return [columns[0], columns[2], columns[3], columns[4]]


def organization_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Name"), _name),
        Column(QT_TRANSLATE_NOOP("columns", "Acronym"), lambda o: o.acronym),
        Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda o: i18n.label(o.kind)),
        Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda o: o.country),
    ]


def people_columns(organization_name: Callable[[str | None], str]) -> list[Column]:
    def position(p: r.Person) -> str:
        first, second = (p.position_ar, p.position_en) if i18n.is_rtl() else (p.position_en, p.position_ar)
        return first or second

    def honorific(p: r.Person) -> str:
        return p.honorific_ar if i18n.is_rtl() else p.honorific_en

    return [
        Column(QT_TRANSLATE_NOOP("columns", "Name"), _name),
        Column(QT_TRANSLATE_NOOP("columns", "Honorific"), honorific),
        Column(QT_TRANSLATE_NOOP("columns", "Title / position"), position),
        Column(QT_TRANSLATE_NOOP("columns", "Organisation"), lambda p: organization_name(p.organization_uuid)),
    ]


def milestone_columns(agreement_reference: Callable[[str | None], str]) -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("columns", "Date"), lambda m: display.date_text(m.date), _date_key(lambda m: m.date)),
        Column(QT_TRANSLATE_NOOP("columns", "Milestone"), _title),
        Column(QT_TRANSLATE_NOOP("columns", "Agreement"), lambda m: agreement_reference(m.agreement_uuid)),
    ]

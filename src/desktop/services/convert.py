"""Rows <-> records. Reading fills in display fields; writing copies plain fields."""

from __future__ import annotations

from desktop.domain import records as r
from desktop.domain.indicators import Indicator, IndicatorEntry, IndicatorValue
from desktop.domain.kinds import ActivityKind
from desktop.store import models as m
from desktop.text.normalize import normalize_for_search


def _stamp(row: m.Tracked) -> dict[str, object]:
    return {
        "uuid": row.uuid,
        "version": row.version,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
    }


def organization(row: m.OrganizationRow) -> r.Organization:
    return r.Organization(
        **_stamp(row),  # type: ignore[arg-type]
        name_ar=row.name_ar,
        name_en=row.name_en,
        acronym=row.acronym,
        kind=row.kind,
        country=row.country,
    )


def person(row: m.PersonRow) -> r.Person:
    return r.Person(
        **_stamp(row),  # type: ignore[arg-type]
        name_ar=row.name_ar,
        name_en=row.name_en,
        honorific_ar=row.honorific_ar,
        honorific_en=row.honorific_en,
        position_ar=row.position_ar,
        position_en=row.position_en,
        organization_uuid=row.organization.uuid if row.organization else None,
    )


def agreement(row: m.AgreementRow) -> r.Agreement:
    return r.Agreement(
        **_stamp(row),  # type: ignore[arg-type]
        reference=row.reference,
        title_ar=row.title_ar,
        title_en=row.title_en,
        kind=row.kind,
        status=row.status,
        period_start=row.period_start,
        period_end=row.period_end,
        signed_on=row.signed_on,
        signing_place_ar=row.signing_place_ar,
        signing_place_en=row.signing_place_en,
        predecessor_uuid=row.predecessor.uuid if row.predecessor else None,
        purpose_ar=row.purpose_ar,
        purpose_en=row.purpose_en,
        parties=[p.organization.uuid for p in row.parties],
        signatories=[
            r.Signatory(
                person_uuid=s.person.uuid,
                party_uuid=s.party.uuid if s.party else None,
                person=person(s.person),
                party=organization(s.party) if s.party else None,
            )
            for s in row.signatories
        ],
        objectives=[r.Objective(o.uuid, o.text_ar, o.text_en, [indicator(i) for i in o.indicators]) for o in row.objectives],
        statements=[
            r.Statement(
                uuid=s.uuid,
                person_uuid=s.person.uuid if s.person else None,
                speaker=s.speaker,
                text_ar=s.text_ar,
                text_en=s.text_en,
                date=s.date,
            )
            for s in row.statements
        ],
    )


def agreement_summary(row: m.AgreementRow) -> r.Agreement:
    """An agreement's own fields, without reading its child collections (for lists)."""
    return r.Agreement(
        **_stamp(row),  # type: ignore[arg-type]
        reference=row.reference,
        title_ar=row.title_ar,
        title_en=row.title_en,
        kind=row.kind,
        status=row.status,
        period_start=row.period_start,
        period_end=row.period_end,
        signed_on=row.signed_on,
        signing_place_ar=row.signing_place_ar,
        signing_place_en=row.signing_place_en,
        purpose_ar=row.purpose_ar,
        purpose_en=row.purpose_en,
    )


def activity(row: m.ActivityRow, agreement_reference: str = "", agreement_uuid: str = "") -> r.Activity:
    return r.Activity(
        **_stamp(row),  # type: ignore[arg-type]
        agreement_uuid=agreement_uuid or row.agreement.uuid,
        objective_uuid=row.objective.uuid if row.objective_id is not None and row.objective else None,
        kind=row.kind,
        title_ar=row.title_ar,
        title_en=row.title_en,
        start=row.start,
        end=row.end,
        place=row.place,
        country=row.country,
        status=row.status,
        lead_organization_uuid=row.lead_organization.uuid if row.lead_organization_id else None,
        participants=row.participants,
        notes=row.notes,
        indicator_values=[IndicatorValue(v.indicator.uuid, v.value) for v in row.indicator_values],
        agreement_reference=agreement_reference or row.agreement.reference,
    )


def indicator(row: m.IndicatorRow) -> Indicator:
    return Indicator(
        uuid=row.uuid,
        name_ar=row.name_ar,
        name_en=row.name_en,
        unit=row.unit,
        baseline=row.baseline,
        target=row.target,
        direction=row.direction,
        method=row.method,
        kinds=[ActivityKind(k) for k in row.kinds.split(",") if k],
        entries=[IndicatorEntry(e.period, e.value) for e in row.entries],
    )


def milestone(row: m.MilestoneRow) -> r.Milestone:
    return r.Milestone(
        **_stamp(row),  # type: ignore[arg-type]
        date=row.date,
        title_ar=row.title_ar,
        title_en=row.title_en,
        description_ar=row.description_ar,
        description_en=row.description_en,
        agreement_uuid=row.agreement.uuid if row.agreement else None,
    )


def agreement_search_text(rec: r.Agreement | m.AgreementRow) -> str:
    return normalize_for_search(
        " ".join(
            [
                rec.reference,
                rec.title_ar,
                rec.title_en,
                rec.purpose_ar,
                rec.purpose_en,
                rec.signing_place_ar,
                rec.signing_place_en,
            ]
        )
    )


def sort_key(text: str | None) -> str:
    """How a list sorts a title: its normalised search form (alef forms, harakat, case...)."""
    return normalize_for_search(text)


def activity_search_text(rec: r.Activity | m.ActivityRow) -> str:
    return normalize_for_search(
        " ".join([rec.title_ar, rec.title_en, rec.place, rec.country, rec.notes])
    )

"""Load the demo register: the UNHCR-OIC joint action plan 2022-2025, idempotently.

Every demo record has a fixed UUID (uuid5 over :data:`DEMO_NAMESPACE` and the record's key),
so a second load finds what the first created and leaves it exactly as it is (no save, no
version bump, even if the user edited it since). Agreements are also found by reference, so a
hand-made record with the demo's reference is reused, not duplicated.

Only the :class:`Register` API is used; each record is saved in its own transaction, so an
interrupted load is completed by loading again.

Milestones: 1988 and 2012 belong to the partnership as a whole and are linked to no agreement;
November 2014 (agreement to prepare action plans) is linked to the previous plan(s) record,
since that decision is what the earlier action plans came from.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.errors import NotFoundError
from desktop.domain.indicators import Indicator, IndicatorEntry, IndicatorValue, Method
from desktop.domain.kinds import ActivityKind, AgreementKind, AgreementStatus, OrganizationKind
from desktop.services import demo_data as d
from desktop.services.register import Register

DEMO_NAMESPACE = uuid.UUID("39719009-d5c0-4225-8ed1-7ef1f291f66a")
DEMO_REFERENCE = d.REFERENCE
KINDS = ("organizations", "people", "agreements", "milestones", "activities", "attachments")


def demo_uuid(key: str) -> str:
    """The fixed UUID of the demo record with this key."""
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


@dataclass
class DemoResult:
    """How many records of each kind the load added, and how many were already there."""

    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    reference: str = DEMO_REFERENCE

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_present(self) -> int:
        return sum(self.present.values())

    def as_dict(self) -> dict[str, object]:
        return {"reference": self.reference, "added": dict(self.added), "present": dict(self.present)}

    def tally(self, kind: str, was_added: bool) -> None:
        (self.added if was_added else self.present)[kind] += 1


def load_demo(register: Register) -> DemoResult:
    """Add whatever of the demo is missing; leave what is there untouched."""
    result = DemoResult()
    unhcr = _organization(register, result, "organization/unhcr", d.UNHCR, OrganizationKind.UN_AGENCY)
    oic = _organization(register, result, "organization/oic", d.OIC, OrganizationKind.INTERGOVERNMENTAL)
    khalifa = _person(register, result, "person/khalifa", d.KHALIFA, unhcr)
    bakheet = _person(register, result, "person/bakheet", d.BAKHEET, oic)
    previous = _agreement(register, result, _previous_plan(unhcr, oic))
    plan = _agreement(register, result, _plan(unhcr, oic, khalifa, bakheet, previous))
    for ms in d.MILESTONES:
        _milestone(register, result, ms, previous if ms.previous_plan else None)
    objectives = _objective_uuids(register.agreement(plan))
    leads = {"UNHCR": unhcr, "OIC": oic}
    for act in d.ACTIVITIES:
        _activity(register, result, act, plan, objectives, leads[act.lead])
    _attachments(register, result, plan)
    return result


def _attachments(register: Register, result: DemoResult, plan: str) -> None:
    """The signed plan (a generated stand-in PDF) and a photo of a workshop, made now."""
    import tempfile
    from pathlib import Path

    from desktop.services import demo_files

    files = (
        ("attachment/signed-plan", "signed-plan.pdf", "signed_agreement", d.SIGNED_COPY,
         lambda p: demo_files.signed_plan_pdf(p, DEMO_REFERENCE)),
        ("attachment/workshop-photo", "workshop.png", "photo", d.WORKSHOP_PHOTO, demo_files.workshop_png),
    )
    with tempfile.TemporaryDirectory(prefix="sijill-demo-") as folder:
        for key, name, kind, titles, make in files:
            uid = demo_uuid(key)
            try:
                register.attachment(uid)
                result.tally("attachments", False)
                continue
            except NotFoundError:
                pass
            path = make(Path(folder) / name)
            register.add_attachment(plan, path, kind=kind, uuid=uid, **titles)
            result.tally("attachments", True)


# -- organisations and people ---------------------------------------------------------------
def _organization(
    register: Register, result: DemoResult, key: str, data: dict[str, str], kind: OrganizationKind
) -> str:
    uid = demo_uuid(key)
    try:
        register.organization(uid)
        result.tally("organizations", False)
    except NotFoundError:
        register.save_organization(r.Organization(uuid=uid, kind=kind, **data))
        result.tally("organizations", True)
    return uid


def _person(register: Register, result: DemoResult, key: str, data: dict[str, str], org: str) -> str:
    uid = demo_uuid(key)
    try:
        register.person(uid)
        result.tally("people", False)
    except NotFoundError:
        register.save_person(r.Person(uuid=uid, organization_uuid=org, **data))
        result.tally("people", True)
    return uid


# -- agreements -----------------------------------------------------------------------------
def _previous_plan(unhcr: str, oic: str) -> r.Agreement:
    return r.Agreement(
        uuid=demo_uuid("agreement/previous"),
        reference=d.PREVIOUS_REFERENCE,
        kind=AgreementKind.JOINT_ACTION_PLAN,
        status=AgreementStatus.SUPERSEDED,
        parties=[unhcr, oic],
        **d.PREVIOUS_PLAN,
    )


def _plan(unhcr: str, oic: str, khalifa: str, bakheet: str, previous: str) -> r.Agreement:
    objectives = [
        r.Objective(uuid=demo_uuid(f"objective/{n}"), text_ar=ar, text_en=en, indicators=_indicators(n))
        for n, (ar, en) in enumerate(d.OBJECTIVES, start=1)
    ]
    statement = r.Statement(
        uuid=demo_uuid("statement/khalifa"),
        person_uuid=khalifa,
        text_ar=d.STATEMENT[0],
        text_en=d.STATEMENT[1],
        date=PartialDate(2022),
    )
    return r.Agreement(
        uuid=demo_uuid("agreement/2022-2025"),
        reference=d.REFERENCE,
        kind=AgreementKind.JOINT_ACTION_PLAN,
        status=AgreementStatus.ACTIVE,
        period_start=PartialDate(2022),
        period_end=PartialDate(2025),
        signed_on=PartialDate(2022),  # the day (and month) of signing are not known
        predecessor_uuid=previous,
        parties=[unhcr, oic],
        signatories=[r.Signatory(person_uuid=khalifa, party_uuid=unhcr), r.Signatory(person_uuid=bakheet, party_uuid=oic)],
        objectives=objectives,
        statements=[statement],
        **d.PLAN,
    )


def _indicators(objective: int) -> list[Indicator]:
    return [
        Indicator(
            uuid=demo_uuid(f"indicator/{i.key}"), name_ar=i.name_ar, name_en=i.name_en, unit=i.unit,
            baseline=i.baseline, target=i.target, method=Method(i.method),
            kinds=[ActivityKind(k) for k in i.kinds],
            entries=[IndicatorEntry(PartialDate.parse(period), value) for period, value in i.entries],
        )
        for i in d.INDICATORS
        if i.objective == objective
    ]


def _reported(act: d.ActivityData, objective: str | None) -> list[IndicatorValue]:
    """What the demo activity reported, when its objective is the demo's own (with its indicators)."""
    found = d.REPORTED_VALUES.get(act.key)
    if found is None or objective != demo_uuid(f"objective/{act.objective}"):
        return []
    return [IndicatorValue(demo_uuid(f"indicator/{found[0]}"), found[1])]


def _agreement(register: Register, result: DemoResult, rec: r.Agreement) -> str:
    """The UUID of the agreement with the record's UUID or reference, saving it if absent."""
    for existing in register.agreements():
        if existing.uuid == rec.uuid or existing.reference == rec.reference:
            result.tally("agreements", False)
            assert existing.uuid is not None
            return existing.uuid
    # Saved first without its predecessor, which is then set on the stored record: a new
    # agreement saved with a predecessor trips an autoflush in save_agreement (reported).
    predecessor, rec.predecessor_uuid = rec.predecessor_uuid, None
    saved = register.save_agreement(rec).record
    if predecessor:
        saved.predecessor_uuid = predecessor
        saved = register.save_agreement(saved).record
    result.tally("agreements", True)
    assert saved.uuid is not None
    return saved.uuid


def _objective_uuids(plan: r.Agreement) -> list[str | None]:
    """The plan's objectives by demo position: the demo's own UUIDs when still there, else
    the objective at the same position (a plan found by reference), else none."""
    held = [o.uuid for o in plan.objectives]
    result: list[str | None] = []
    for index in range(len(d.OBJECTIVES)):
        own = demo_uuid(f"objective/{index + 1}")
        result.append(own if own in held else (held[index] if index < len(held) else None))
    return result


# -- milestones and activities --------------------------------------------------------------
def _milestone(register: Register, result: DemoResult, ms: d.MilestoneData, agreement: str | None) -> None:
    uid = demo_uuid(f"milestone/{ms.key}")
    try:
        register.milestone(uid)
        result.tally("milestones", False)
        return
    except NotFoundError:
        pass
    register.save_milestone(
        r.Milestone(
            uuid=uid, date=ms.date, title_ar=ms.title_ar, title_en=ms.title_en,
            description_ar=ms.description_ar, description_en=ms.description_en, agreement_uuid=agreement,
        )
    )
    result.tally("milestones", True)


def _activity(
    register: Register, result: DemoResult, act: d.ActivityData, plan: str,
    objectives: list[str | None], lead: str,
) -> None:
    uid = demo_uuid(f"activity/{act.key}")
    try:
        register.activity(uid)
        result.tally("activities", False)
        return
    except NotFoundError:
        pass
    place, country = d.PLACES[act.place]
    notes = d.ILLUSTRATIVE_NOTE + ("\n" + d.OUTSIDE_PERIOD_NOTE if act.outside_period else "")
    objective = objectives[act.objective - 1] if act.objective else None
    register.save_activity(
        r.Activity(
            uuid=uid, agreement_uuid=plan,
            objective_uuid=objective, indicator_values=_reported(act, objective),
            kind=act.kind, status=act.status, title_ar=act.title_ar, title_en=act.title_en,
            start=act.start_date(), end=act.end_date(), place=place, country=country,
            lead_organization_uuid=lead, participants=act.participants, notes=notes,
        )
    )
    result.tally("activities", True)

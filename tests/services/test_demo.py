"""The demo register: the UNHCR-OIC joint action plan 2022-2025, loaded idempotently."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.dates import PartialDate, Precision
from desktop.domain.kinds import (
    ActivityKind,
    ActivityStatus,
    AgreementKind,
    AgreementStatus,
    OrganizationKind,
)
from desktop.domain.records import Activity
from desktop.services import demo_data
from desktop.services.demo import DEMO_REFERENCE, load_demo, demo_uuid
from desktop.services.register import Register

# The demo's "today" (the plan period has ended); fixed, never the wall clock.
TODAY = dt.date(2026, 11, 27)
EXPECTED = {"organizations": 2, "people": 2, "agreements": 2, "milestones": 3, "activities": 32, "attachments": 2}


@pytest.fixture
def loaded(register: Register) -> Register:
    load_demo(register)
    return register


def _activities(register: Register) -> list[Activity]:
    return [register.activity(demo_uuid(f"activity/{a.key}")) for a in demo_data.ACTIVITIES]


def _snapshot(register: Register) -> dict[str, tuple[int, object]]:
    """Every demo-related record's (version, updated_at), by uuid."""
    records: list = [*register.organizations(), *register.people(), *register.milestones()]
    records += [register.agreement(a.uuid) for a in register.agreements() if a.uuid]
    records += _activities(register)
    return {rec.uuid: (rec.version, rec.updated_at) for rec in records}


def test_first_load_adds_everything(register: Register) -> None:
    result = load_demo(register)
    assert result.added == EXPECTED
    assert result.present == dict.fromkeys(EXPECTED, 0)
    assert result.total_added == sum(EXPECTED.values())
    assert result.as_dict()["reference"] == DEMO_REFERENCE
    assert len(register.organizations()) == 2
    assert len(register.people()) == 2
    assert len(register.agreements()) == 2
    assert len(register.milestones()) == 3
    assert register.count_activities() == 32


def test_second_load_changes_nothing(loaded: Register) -> None:
    before = _snapshot(loaded)
    result = load_demo(loaded)
    assert result.added == dict.fromkeys(EXPECTED, 0)
    assert result.present == EXPECTED
    assert _snapshot(loaded) == before
    assert len(loaded.organizations()) == 2
    assert len(loaded.people()) == 2
    assert len(loaded.agreements()) == 2
    assert len(loaded.milestones()) == 3
    assert loaded.count_activities() == 32


def test_edits_survive_a_reload(loaded: Register) -> None:
    act = loaded.activity(demo_uuid("activity/01"))
    act.participants = 99
    loaded.save_activity(act)
    load_demo(loaded)
    assert loaded.activity(demo_uuid("activity/01")).participants == 99


def test_partial_load_is_completed(loaded: Register) -> None:
    loaded.delete_activity(demo_uuid("activity/07"))
    loaded.delete_milestone(demo_uuid("milestone/1988"))
    result = load_demo(loaded)
    assert result.added == {**dict.fromkeys(EXPECTED, 0), "activities": 1, "milestones": 1}
    assert loaded.count_activities() == 32


def test_organisations_and_people(loaded: Register) -> None:
    orgs = {o.acronym: o for o in loaded.organizations()}
    assert orgs["UNHCR"].kind == OrganizationKind.UN_AGENCY
    assert orgs["UNHCR"].name_ar == "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
    assert orgs["OIC"].kind == OrganizationKind.INTERGOVERNMENTAL
    assert orgs["OIC"].name_ar == "منظمة التعاون الإسلامي"
    people = {p.name_en: p for p in loaded.people()}
    bakheet = people["Tariq Ali Bakheet"]
    assert (bakheet.honorific_ar, bakheet.honorific_en) == ("معالي السفير", "H.E. Ambassador")
    assert bakheet.name_ar == "طارق علي بخيت"
    assert bakheet.organization_uuid == orgs["OIC"].uuid
    assert people["Khaled Khalifa"].organization_uuid == orgs["UNHCR"].uuid
    assert "مجلس التعاون الخليجي" in people["Khaled Khalifa"].position_ar


def test_the_plan(loaded: Register) -> None:
    plan = loaded.agreement(DEMO_REFERENCE)
    assert plan.kind == AgreementKind.JOINT_ACTION_PLAN
    assert plan.status == AgreementStatus.ACTIVE
    assert (plan.period_start, plan.period_end) == (PartialDate(2022), PartialDate(2025))
    assert plan.signed_on == PartialDate(2022)
    assert plan.signed_on is not None and plan.signed_on.precision == Precision.YEAR
    assert plan.signed_on.as_date() is None  # the day is not known and never invented
    assert plan.signing_place_ar == "مقر منظمة التعاون الإسلامي في جدة"
    assert plan.signing_place_en == "OIC headquarters, Jeddah"
    orgs = {o.uuid: o.acronym for o in loaded.organizations()}
    assert [orgs[p] for p in plan.parties] == ["UNHCR", "OIC"]


def test_signatories_in_signing_order(loaded: Register) -> None:
    plan = loaded.agreement(DEMO_REFERENCE)
    signed = [(s.person.name_en, s.party.acronym) for s in plan.signatories if s.person and s.party]
    assert signed == [("Khaled Khalifa", "UNHCR"), ("Tariq Ali Bakheet", "OIC")]


def test_objectives_in_order(loaded: Register) -> None:
    plan = loaded.agreement(DEMO_REFERENCE)
    assert [(o.text_ar, o.text_en) for o in plan.objectives] == demo_data.OBJECTIVES
    assert "forced displacement" in plan.objectives[0].text_en
    assert "Islamic finance" in plan.objectives[3].text_en
    assert [o.uuid for o in plan.objectives] == [demo_uuid(f"objective/{n}") for n in range(1, 5)]


def test_statement_is_attributed_to_khalifa(loaded: Register) -> None:
    plan = loaded.agreement(DEMO_REFERENCE)
    khalifa = next(p for p in loaded.people() if p.name_en == "Khaled Khalifa")
    assert len(plan.statements) == 1
    assert plan.statements[0].person_uuid == khalifa.uuid
    assert plan.statements[0].text_ar and plan.statements[0].text_en


def test_predecessor_invents_nothing(loaded: Register) -> None:
    plan = loaded.agreement(DEMO_REFERENCE)
    previous = loaded.agreement(demo_data.PREVIOUS_REFERENCE)
    assert plan.predecessor_uuid == previous.uuid
    assert previous.status in (AgreementStatus.COMPLETED, AgreementStatus.SUPERSEDED)
    assert previous.period_start is None and previous.period_end is None and previous.signed_on is None
    assert previous.signatories == [] and previous.objectives == []
    assert "not recorded" in previous.purpose_en
    assert "غير مسجلة" in previous.purpose_ar


def test_milestones(loaded: Register) -> None:
    previous = loaded.agreement(demo_data.PREVIOUS_REFERENCE)
    milestones = loaded.milestones()
    assert [m.date for m in milestones] == [PartialDate(1988), PartialDate(2012), PartialDate(2014, 11)]
    assert [m.agreement_uuid for m in milestones] == [None, None, previous.uuid]
    assert "عشق أباد" in milestones[1].title_ar and "إعلان عشق أباد" in milestones[1].description_ar


def test_every_kind_and_status(loaded: Register) -> None:
    assert set(loaded.activity_counts_by_kind()) == set(ActivityKind)
    assert set(loaded.activity_counts_by_status()) == set(ActivityStatus)


def test_activities_are_complete_and_illustrative(loaded: Register) -> None:
    plan = loaded.agreement(DEMO_REFERENCE)
    objectives = {o.uuid for o in plan.objectives}
    orgs = {o.uuid for o in loaded.organizations()}
    for act in _activities(loaded):
        assert act.agreement_uuid == plan.uuid
        assert act.title_ar and act.title_en and act.place
        assert act.objective_uuid is None or act.objective_uuid in objectives
        assert act.lead_organization_uuid in orgs
        assert "not a record of a real event" in act.notes
        assert "ليس سجلا لحدث حقيقي" in act.notes
    assert sum(1 for a in _activities(loaded) if a.objective_uuid) >= 25


def test_activities_inside_the_period_or_flagged(loaded: Register) -> None:
    plan = loaded.agreement(DEMO_REFERENCE)
    assert plan.period_start and plan.period_end
    for act in _activities(loaded):
        assert act.start is not None
        last = act.end or act.start
        inside = plan.period_start.first_day() <= act.start.first_day() and last.last_day() <= plan.period_end.last_day()
        assert inside or "Deliberately dated after the plan's period" in act.notes, act.title_en


def test_statuses_are_realistic_for_today(loaded: Register) -> None:
    for act in _activities(loaded):
        assert act.start is not None
        last = act.end or act.start
        if act.status == ActivityStatus.COMPLETED:
            assert last.last_day() < TODAY and act.participants, act.title_en
        if act.status == ActivityStatus.ONGOING:
            assert act.start.first_day() < TODAY and act.end is None
    # a few planned ones are overdue: their date has passed without an update
    overdue = [a for a in _activities(loaded) if a.status == ActivityStatus.PLANNED and a.start and a.start.last_day() < TODAY]
    assert len(overdue) >= 2

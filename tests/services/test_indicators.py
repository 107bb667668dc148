"""Indicators saved with their agreement, values reported by activities, achieved counted by
the database - on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.domain.errors import ValidationError
from desktop.domain.indicators import Indicator, IndicatorEntry, IndicatorValue, Method
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.demo import load_demo
from desktop.services.indicators import Period
from desktop.services.register import Register

PLAN = "UNHCR-OIC/JAP/2022-2025"


@pytest.fixture
def demo(register: Register) -> Register:
    load_demo(register)
    return register


def _by_name(reg: Register, period: Period | None = None) -> dict[str, float]:
    return {p.indicator.name_en: p.achieved for p in reg.indicator_progress(PLAN, period)}


def test_example_plan_achievements_agree_with_its_activities(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    first = plan.objectives[0].uuid
    done = [a for a in demo.activities(ActivityFilter(agreement=PLAN)) if a.status is ActivityStatus.COMPLETED]
    participants = sum(a.participants or 0 for a in done if a.objective_uuid == first)
    visits = sum(1 for a in done if a.kind is ActivityKind.JOINT_FIELD_VISIT and a.objective_uuid == plan.objectives[2].uuid)
    achieved = _by_name(demo)
    assert achieved["People reached by training and awareness activities"] == participants == 330
    assert achieved["Joint field visits completed"] == visits == 3
    assert achieved["Member states covered by the data exchanged"] == 21  # two activities reported 12 and 9
    assert achieved["Member states engaged in burden-sharing dialogue"] == 16  # entered by hand: 4 + 7 + 5
    assert achieved["Funds mobilised through Islamic finance instruments"] == 3.75


def test_achievements_within_a_period(demo: Register) -> None:
    achieved = _by_name(demo, Period(PartialDate(2023), PartialDate(2023)))
    assert achieved["Joint field visits completed"] == 1
    assert achieved["Member states engaged in burden-sharing dialogue"] == 7
    assert achieved["Funds mobilised through Islamic finance instruments"] == 1.5


def test_indicators_are_saved_with_their_agreement_and_in_its_history(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    new = Indicator(name_ar="دورات", name_en="Courses held", unit="courses", target=6, method=Method.COUNT,
                    kinds=[ActivityKind.CAPACITY_BUILDING])
    plan.objectives[0].indicators.append(new)
    saved = demo.save_agreement(plan).record
    again = demo.agreement(PLAN)
    assert [i.name_en for i in again.objectives[0].indicators][-1] == "Courses held"
    assert again.objectives[0].indicators[-1].kinds == [ActivityKind.CAPACITY_BUILDING]
    assert saved.version == plan.version + 1
    assert "objectives" in demo.history(again.uuid or "")[0].changes
    assert _by_name(demo)["Courses held"] == 2  # completed capacity building under objective 1


def test_manual_entries_are_kept_in_order(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    funds = plan.objectives[3].indicators[0]
    funds.entries.append(IndicatorEntry(PartialDate(2025, 1), 0.5))
    demo.save_agreement(plan)
    stored = demo.agreement(PLAN).objectives[3].indicators[0]
    assert [(e.period.isoformat() if e.period else None, e.value) for e in stored.entries] == [("2023", 1.5), ("2024", 2.25), ("2025-01", 0.5)]


def test_a_wrong_indicator_is_refused_and_nothing_changes(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    before = demo.agreement(PLAN)
    plan.objectives[0].indicators[0].target = -5  # below the baseline of an increasing indicator
    with pytest.raises(ValidationError) as raised:
        demo.save_agreement(plan)
    assert raised.value.problems[0].field == "objectives"
    assert demo.agreement(PLAN) == before


def test_activity_values_must_belong_to_its_objective(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    foreign = plan.objectives[1].indicators[1].uuid or ""
    activity = next(a for a in demo.activities(ActivityFilter(agreement=PLAN)) if a.objective_uuid == plan.objectives[0].uuid)
    with pytest.raises(ValidationError):
        demo.save_activity(dataclasses.replace(activity, indicator_values=[IndicatorValue(foreign, 5)]))
    assert demo.activity(activity.uuid or "").indicator_values == activity.indicator_values


def test_activity_values_are_saved_and_counted(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    indicator = plan.objectives[1].indicators[1]
    activity = next(
        a for a in demo.activities(ActivityFilter(agreement=PLAN))
        if a.objective_uuid == plan.objectives[1].uuid and a.status is ActivityStatus.COMPLETED and not a.indicator_values
    )
    demo.save_activity(dataclasses.replace(activity, indicator_values=[IndicatorValue(indicator.uuid or "", 4)]))
    assert demo.activity(activity.uuid or "").indicator_values == [IndicatorValue(indicator.uuid or "", 4.0)]
    assert _by_name(demo)["Member states covered by the data exchanged"] == 25
    listed = {a.uuid: a for a in demo.activities(ActivityFilter(agreement=PLAN))}
    assert listed[activity.uuid].indicator_values == [IndicatorValue(indicator.uuid or "", 4.0)]


def test_removing_an_indicator_removes_its_values(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    plan.objectives[1].indicators.pop(1)
    demo.save_agreement(plan)
    assert all(not a.indicator_values for a in demo.activities(ActivityFilter(agreement=PLAN)))
    assert "Member states covered by the data exchanged" not in _by_name(demo)


def test_a_plan_without_indicators(register: Register) -> None:
    saved = register.save_agreement(r.Agreement(reference="X/1", title_en="Plan", objectives=[r.Objective(text_en="One")])).record
    assert register.indicator_progress(saved.uuid or "") == []


def test_a_spreadsheet_update_keeps_reported_values_and_the_record_digest(demo: Register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import serialize as ser
    from desktop.services import tracking
    from desktop.services.demo import demo_uuid
    from desktop.services.spreadsheet import import_activities

    uuid = demo_uuid("activity/06")
    before = demo.activity(uuid).indicator_values
    assert before
    sheet = tmp_path / "update.csv"
    sheet.write_text(f"uuid,notes\n{uuid},report filed\n", encoding="utf-8")
    report = import_activities(demo, sheet)
    assert report.ok and report.updated == 1
    after = demo.activity(uuid)
    assert after.notes == "report filed" and after.indicator_values == before
    head = demo._run(lambda session: tracking.head(session, uuid))  # noqa: SLF001
    assert head is not None and head.digest == ser.digest(after)
    assert len(demo._run(lambda session: tracking.lineage(session, uuid))) == 2  # noqa: SLF001 - created, updated

"""Indicators travel with their agreement, reported values with their activity."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from desktop.domain.indicators import Indicator, IndicatorValue, Method
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from exchange_helpers import PLAN


def test_indicators_and_values_reach_the_other_register(office: Register, laptop: Register, tmp_path: Path) -> None:
    plan = office.agreement(PLAN)
    plan.objectives[2].indicators.append(Indicator(name_en="Partners trained", unit="people", target=100, method=Method.REPORTED))
    plan = office.save_agreement(plan).record
    new = plan.objectives[2].indicators[-1]
    activity = next(a for a in office.activities(ActivityFilter(agreement=PLAN)) if a.objective_uuid == plan.objectives[2].uuid)
    office.save_activity(dataclasses.replace(activity, indicator_values=[IndicatorValue(new.uuid or "", 30)]))

    report = laptop.import_bundle(office.export_bundle(tmp_path / "office.sijill").path)
    assert not report.conflicts
    there = laptop.agreement(PLAN).objectives[2].indicators
    assert [i.name_en for i in there][-1] == "Partners trained" and there[-1].uuid == new.uuid
    assert laptop.activity(activity.uuid or "").indicator_values == [IndicatorValue(new.uuid or "", 30.0)]
    assert {p.indicator.uuid: p.reported for p in laptop.indicator_progress(PLAN)}.get(new.uuid) == (30.0 if activity.status.value == "completed" else 0.0)


def test_an_indicator_edited_on_both_sides_is_a_conflict(office: Register, laptop: Register, tmp_path: Path) -> None:
    for reg, target in ((office, 700), (laptop, 800)):
        plan = reg.agreement(PLAN)
        plan.objectives[0].indicators[0].target = target
        reg.save_agreement(plan)
    report = laptop.import_bundle(office.export_bundle(tmp_path / "office.sijill").path)
    assert [c.uuid for c in report.conflicts] == [laptop.agreement(PLAN).uuid]
    assert laptop.agreement(PLAN).objectives[0].indicators[0].target == 800  # nothing overwritten

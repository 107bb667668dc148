"""Field laptops exchange bundles with an office register on a server exactly as with a
local one (runs with the office on SQLite and on PostgreSQL)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.demo import DEMO_REFERENCE, load_demo
from desktop.services.register import Register


@pytest.fixture
def office(db_url: str) -> Iterator[Register]:
    register = Register.open(db_url)
    load_demo(register)
    yield register
    register.close()


def test_round_trip_with_a_laptop(office: Register, tmp_path: Path) -> None:
    office.export_bundle(tmp_path / "to-field.sijill", agreements=[DEMO_REFERENCE])
    laptop = Register.open(tmp_path / "laptop.sqlite")
    report = laptop.import_bundle(tmp_path / "to-field.sijill")
    assert report.conflicts == [] and report.added > 30
    planned = [a for a in laptop.activities(ActivityFilter(agreement=DEMO_REFERENCE)) if a.status == ActivityStatus.PLANNED]
    first, second = planned[:2]
    laptop.save_activity(dataclasses.replace(first, status=ActivityStatus.COMPLETED, participants=35))
    laptop.save_activity(dataclasses.replace(second, status=ActivityStatus.COMPLETED))
    plan = laptop.agreement(DEMO_REFERENCE)
    added = laptop.save_activity(r.Activity(
        agreement_uuid=plan.uuid or "", kind=ActivityKind.JOINT_FIELD_VISIT, title_ar="زيارة ميدانية مشتركة",
        title_en="Joint field visit", start=D(2024, 3, 12), status=ActivityStatus.COMPLETED, participants=12,
    )).record
    office.save_activity(dataclasses.replace(office.activity(second.uuid or ""), status=ActivityStatus.POSTPONED))

    bundle = laptop.export_bundle(tmp_path / "from-field.sijill").path
    preview = office.import_bundle(bundle, dry_run=True)
    result = office.import_bundle(bundle)
    laptop.close()
    assert preview.as_dict() | {"dry_run": False} == result.as_dict()
    assert [(c.kind, c.uuid, tuple(c.fields)) for c in result.conflicts] == [("activity", second.uuid, ("status",))]
    assert office.activity(first.uuid or "").participants == 35
    assert office.activity(added.uuid or "").title_en == "Joint field visit"
    assert office.activity(second.uuid or "").status == ActivityStatus.POSTPONED  # nothing overwritten
    assert office.open_conflict_count() == 1
    assert office.import_bundle(bundle).as_dict()["added"] == 0  # importing again changes nothing

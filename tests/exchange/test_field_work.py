"""The issue's "done when": a laptop gets the demo plan, works offline while the office edits
the same plan, and the merge back shows exactly the expected conflicts."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register

from exchange_helpers import PLAN, dump, records


@pytest.fixture
def field_laptop(office: Register, tmp_path: Path) -> Register:
    office.export_bundle(tmp_path / "to-field.sijill", agreements=[PLAN])
    laptop = Register.open(tmp_path / "field-laptop.sqlite")
    report = laptop.import_bundle(tmp_path / "to-field.sijill")
    assert report.conflicts == [] and report.added > 30
    return laptop


def _planned(register: Register) -> list[r.Activity]:
    return [a for a in register.activities(ActivityFilter(agreement=PLAN)) if a.status == ActivityStatus.PLANNED]


def test_laptop_and_office_merge_with_exactly_the_expected_conflicts(office: Register, field_laptop: Register, tmp_path: Path) -> None:
    laptop = field_laptop
    first, second = _planned(laptop)[:2]
    plan = laptop.agreement(PLAN)
    signer = laptop.person(plan.signatories[1].person_uuid)
    # On the laptop, offline: two activities completed, one added, a signatory's title fixed.
    laptop.save_activity(dataclasses.replace(first, status=ActivityStatus.COMPLETED, participants=35))
    laptop.save_activity(dataclasses.replace(second, status=ActivityStatus.COMPLETED))
    added = laptop.save_activity(r.Activity(
        agreement_uuid=plan.uuid or "", kind=ActivityKind.JOINT_FIELD_VISIT, title_ar="زيارة ميدانية مشتركة إلى مخيم الزعتري",
        title_en="Joint field visit to Zaatari camp", start=D(2024, 3, 12), status=ActivityStatus.COMPLETED, participants=12,
    )).record
    laptop.save_person(dataclasses.replace(signer, position_en="Assistant Secretary-General of the OIC for Humanitarian, Cultural and Social Affairs"))
    # At the office, meanwhile: the same plan edited; the second activity postponed; the same title fixed otherwise.
    office_plan = office.agreement(PLAN)
    office.save_agreement(dataclasses.replace(office_plan, purpose_en=office_plan.purpose_en + " (reviewed)"))
    office.save_activity(dataclasses.replace(office.activity(second.uuid or ""), status=ActivityStatus.POSTPONED))
    office.save_person(dataclasses.replace(office.person(signer.uuid or ""), position_en="Assistant Secretary-General (Humanitarian Affairs)"))

    bundle = laptop.export_bundle(tmp_path / "from-field.sijill").path
    preview = office.import_bundle(bundle, dry_run=True)
    before = dump(office)
    report = office.import_bundle(bundle)
    assert preview.as_dict() | {"dry_run": False} == report.as_dict()
    assert dump(office) != before

    # Exactly two conflicts, field by field; everything else applied.
    assert sorted((c.kind, c.uuid, c.reason, tuple(c.fields)) for c in report.conflicts) == sorted([
        ("activity", second.uuid, "edited_both", ("status",)),
        ("person", signer.uuid, "edited_both", ("position_en",)),
    ])
    assert (report.added, report.updated, report.deleted) == (1, 1, 0)
    assert office.activity(first.uuid or "").status == ActivityStatus.COMPLETED
    assert office.activity(first.uuid or "").participants == 35
    assert office.activity(added.uuid or "").title_en == "Joint field visit to Zaatari camp"
    assert office.agreement(PLAN).purpose_en.endswith("(reviewed)")
    # Nothing overwritten: the office's versions stand until reviewed; both are kept.
    assert office.activity(second.uuid or "").status == ActivityStatus.POSTPONED
    waiting = {c.record_uuid: c for c in office.conflicts()}
    assert set(waiting) == {second.uuid, signer.uuid}
    assert waiting[second.uuid].mine["status"] == "postponed" and waiting[second.uuid].theirs["status"] == "completed"  # type: ignore[index]
    assert office.open_conflict_count() == 2
    # Imports show in the history as such.
    last = office.history(first.uuid or "")[-1]
    assert last.action == "import" and "from-field.sijill" in last.source and last.changes["status"] == ["planned", "completed"]

    # Importing the same bundle again changes nothing.
    settled = dump(office)
    again = office.import_bundle(bundle)
    assert (again.added, again.updated, again.deleted) == (0, 0, 0) and again.already_received
    assert dump(office) == settled

    # Review, later: the field was right about the activity; the title is edited by hand.
    office.resolve_conflict(waiting[second.uuid].id, {"status": "theirs"})
    office.resolve_conflict(waiting[signer.uuid].id, {"position_en": {"value": "Assistant Secretary-General for Humanitarian, Cultural and Social Affairs"}})
    assert office.open_conflict_count() == 0
    assert office.activity(second.uuid or "").status == ActivityStatus.COMPLETED

    # The office's answer goes back to the laptop: both now hold the same plan, no conflict.
    back = office.export_bundle(tmp_path / "to-field-2.sijill", agreements=[PLAN]).path
    manifest = json.loads(zipfile.ZipFile(back).read("manifest.json"))
    assert manifest["received"]  # what the office last received from the laptop
    final = laptop.import_bundle(back)
    assert final.conflicts == []
    assert laptop.open_conflict_count() == 0
    mine, theirs = records(office), records(laptop)
    for kind, found in theirs.items():
        assert found == {u: mine[kind][u] for u in found}, kind
    assert laptop.person(signer.uuid or "").position_en == "Assistant Secretary-General for Humanitarian, Cultural and Social Affairs"


def test_deleted_on_one_side_edited_on_the_other_is_a_conflict(office: Register, field_laptop: Register, tmp_path: Path) -> None:
    laptop = field_laptop
    one, two = _planned(laptop)[:2]
    laptop.save_activity(dataclasses.replace(one, notes="held after all"))
    office.delete_activity(one.uuid or "")
    office.save_activity(dataclasses.replace(office.activity(two.uuid or ""), notes="edited at the office"))
    laptop.delete_activity(two.uuid or "")

    report = office.import_bundle(laptop.export_bundle(tmp_path / "f.sijill").path)
    reasons = {c.uuid: c.reason for c in report.conflicts}
    assert reasons == {one.uuid: "deleted_here", two.uuid: "deleted_there"}
    assert office.activity(two.uuid or "").notes == "edited at the office"  # not deleted silently
    assert any(t.record_uuid == one.uuid for t in office.trash())
    by_uuid = {c.record_uuid: c for c in office.conflicts()}
    office.resolve_conflict(by_uuid[one.uuid].id, keep="theirs")  # bring the field's version back
    office.resolve_conflict(by_uuid[two.uuid].id, keep="mine")  # keep the office's edit
    assert office.activity(one.uuid or "").notes == "held after all"

    final = laptop.import_bundle(office.export_bundle(tmp_path / "o.sijill", agreements=[PLAN]).path)
    assert final.conflicts == []
    assert laptop.activity(one.uuid or "").notes == "held after all"
    assert laptop.activity(two.uuid or "").notes == "edited at the office"


def test_a_deletion_on_one_side_only_travels(office: Register, field_laptop: Register, tmp_path: Path) -> None:
    laptop = field_laptop
    gone = _planned(laptop)[0]
    laptop.delete_activity(gone.uuid or "")
    report = office.import_bundle(laptop.export_bundle(tmp_path / "f.sijill").path)
    assert report.deleted == 1 and report.conflicts == []
    assert gone.uuid in {t.record_uuid for t in office.trash()}  # restorable at the office too
    assert office.import_bundle(laptop.export_bundle(tmp_path / "f2.sijill").path).deleted == 0


def test_cli_bundle_round_trip(run_cli, office: Register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office_db = str(office.database.path)
    out_file = tmp_path / "plan.sijill"
    code, out, err = run_cli("--db", office_db, "bundle", "export", "--agreement", PLAN, "--since", "2000-01-01", "-o", str(out_file))
    assert code == 0, err
    assert out_file.stat().st_mode & 0o077 == 0
    laptop_db = str(tmp_path / "cli-laptop.sqlite")
    code, out, err = run_cli("--db", laptop_db, "bundle", "import", str(out_file), "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["dry_run"] and data["added"] > 30 and data["conflicts"] == 0
    assert set(data) >= {"added", "updated", "unchanged", "conflicts", "deleted", "conflict_list"}
    code, out, err = run_cli("--db", laptop_db, "agreements", "--json")
    assert json.loads(out) == []  # the dry run kept nothing
    code, out, err = run_cli("--db", laptop_db, "bundle", "import", str(out_file))
    assert code == 0 and "added" in out
    code, out, err = run_cli("--db", laptop_db, "bundle", "conflicts")
    assert code == 0 and "no conflicts" in out
    code, out, err = run_cli("--db", laptop_db, "bundle", "import", str(tmp_path / "missing.sijill"))
    assert code == 1 and "No bundle file" in err

"""A record edited on both sides merges field by field against the version both started
from: a field changed on one side only is taken; only a field changed on both sides, to
different values, is a conflict. And "already imported" is said only when nothing changed."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from desktop.domain.kinds import ActivityStatus
from desktop.services.register import Register
from exchange_helpers import PLAN, records


@pytest.fixture
def laptop_with_plan(office: Register, tmp_path: Path) -> Register:
    office.export_bundle(tmp_path / "to-field.sijill", agreements=[PLAN])
    laptop = Register.open(tmp_path / "field.sqlite")
    assert laptop.import_bundle(tmp_path / "to-field.sijill").conflicts == []
    return laptop


def _an_activity(register: Register) -> str:
    return next(a.uuid for a in register.activities() if a.uuid)  # type: ignore[misc]


def test_fields_changed_on_one_side_each_are_merged(office: Register, laptop_with_plan: Register, tmp_path: Path) -> None:
    laptop = laptop_with_plan
    uuid = _an_activity(office)
    office.save_activity(dataclasses.replace(office.activity(uuid), notes="Agenda agreed at the office"))
    laptop.save_activity(dataclasses.replace(laptop.activity(uuid), participants=41, status=ActivityStatus.COMPLETED))

    report = office.import_bundle(laptop.export_bundle(tmp_path / "from-field.sijill").path)
    assert report.conflicts == [], [c.as_dict() for c in report.conflicts]
    assert report.updated == 1
    merged = office.activity(uuid)
    assert (merged.notes, merged.participants, merged.status) == ("Agenda agreed at the office", 41, ActivityStatus.COMPLETED)
    assert office.open_conflict_count() == 0
    assert office.history(uuid)[-1].action == "import"

    back = laptop.import_bundle(office.export_bundle(tmp_path / "to-field-2.sijill", agreements=[PLAN]).path)
    assert back.conflicts == []
    assert records(laptop)["activity"][uuid] == records(office)["activity"][uuid]
    # and the next exchange is quiet on both sides
    again = office.import_bundle(laptop.export_bundle(tmp_path / "from-field-2.sijill").path)
    assert again.conflicts == [] and again.updated == 0


def test_only_the_field_changed_on_both_sides_is_a_conflict(office: Register, laptop_with_plan: Register, tmp_path: Path) -> None:
    laptop = laptop_with_plan
    uuid = _an_activity(office)
    office.save_activity(dataclasses.replace(office.activity(uuid), notes="Office notes", place="Jeddah"))
    laptop.save_activity(dataclasses.replace(laptop.activity(uuid), notes="Field notes", participants=12))

    report = office.import_bundle(laptop.export_bundle(tmp_path / "from-field.sijill").path)
    [conflict] = report.conflicts
    assert (conflict.uuid, conflict.reason, conflict.fields) == (uuid, "edited_both", ["notes"])
    [waiting] = office.conflicts()
    assert waiting.mine["notes"] == "Office notes" and waiting.theirs["notes"] == "Field notes"  # type: ignore[index]
    # their other change is applied meanwhile, ours kept: resolving the notes loses neither
    assert (office.activity(uuid).participants, office.activity(uuid).place) == (12, "Jeddah")
    again = office.import_bundle(laptop.export_bundle(tmp_path / "from-field-again.sijill").path)
    assert again.updated == 0 and [c.fields for c in again.conflicts] == [["notes"]]
    office.resolve_conflict(waiting.id, {"notes": "theirs"})
    resolved = office.activity(uuid)
    assert (resolved.notes, resolved.participants, resolved.place) == ("Field notes", 12, "Jeddah")
    back = laptop.import_bundle(office.export_bundle(tmp_path / "to-field-2.sijill", agreements=[PLAN]).path)
    assert back.conflicts == []
    assert records(laptop)["activity"][uuid] == records(office)["activity"][uuid]


def test_the_same_change_on_both_sides_is_no_conflict(office: Register, laptop_with_plan: Register, tmp_path: Path) -> None:
    laptop = laptop_with_plan
    uuid = _an_activity(office)
    office.save_activity(dataclasses.replace(office.activity(uuid), notes="Same", place="Jeddah"))
    laptop.save_activity(dataclasses.replace(laptop.activity(uuid), notes="Same", participants=7))
    report = office.import_bundle(laptop.export_bundle(tmp_path / "from-field.sijill").path)
    assert report.conflicts == []
    merged = office.activity(uuid)
    assert (merged.notes, merged.place, merged.participants) == ("Same", "Jeddah", 7)


def _rewrite_manifest(path: Path, **changes: object) -> None:
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    manifest.update(changes)
    manifest["files"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in members.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for name, blob in members.items():
            z.writestr(name, blob)


def test_already_imported_is_said_only_when_nothing_changed(office: Register, laptop_with_plan: Register, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    laptop = laptop_with_plan
    first = laptop.export_bundle(tmp_path / "first.sijill").path
    office.import_bundle(first)
    bundle_id = json.loads(zipfile.ZipFile(first).read("manifest.json"))["bundle_id"]
    uuid = _an_activity(laptop)
    laptop.save_activity(dataclasses.replace(laptop.activity(uuid), notes="Changed after the first bundle"))
    forged = laptop.export_bundle(tmp_path / "forged.sijill").path
    _rewrite_manifest(Path(forged), bundle_id=bundle_id)  # a new bundle made to look like the old one
    path = office.database.path
    office.close()
    code, out, err = run_cli("--db", str(path), "bundle", "import", str(forged))
    assert code == 0, err
    assert "1 updated" in out and "already been imported" not in out
    code, out, _err = run_cli("--db", str(path), "bundle", "import", str(forged))
    assert "0 updated" in out and "already been imported" in out

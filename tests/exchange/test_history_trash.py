from __future__ import annotations

import dataclasses

import pytest

from desktop.domain import records as r
from desktop.domain.errors import NotFoundError, SijillError
from desktop.domain.kinds import ActivityStatus
from desktop.services import serialize as ser
from desktop.services.activities import ActivityFilter
from desktop.services.demo import load_demo
from desktop.services.register import Register

PLAN = "UNHCR-OIC/JAP/2022-2025"


@pytest.fixture
def demo(register: Register) -> Register:
    load_demo(register)
    return register


def test_create_update_delete_are_recorded_with_who_and_fields(register: Register) -> None:
    register.set_user_name("Amina")
    org = register.save_organization(r.Organization(name_en="UNHCR", acronym="UNHCR")).record
    register.save_organization(dataclasses.replace(org, name_ar="المفوضية")).record
    register.save_organization(register.organization(org.uuid))  # unchanged: not recorded
    register.delete_organization(org.uuid)  # type: ignore[arg-type]
    entries = register.history(org.uuid)  # type: ignore[arg-type]
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert {e.who for e in entries} == {"Amina"}
    assert entries[1].changes == {"name_ar": ["", "المفوضية"]}
    assert entries[2].changes["name_en"] == ["UNHCR", None]


def test_user_name_defaults_to_the_os_user(register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "field-laptop-user")
    assert register.user_name() == "field-laptop-user"


def test_delete_goes_to_the_trash_and_restores(demo: Register) -> None:
    act = demo.activities(ActivityFilter(agreement=PLAN))[0]
    demo.delete_activity(act.uuid)  # type: ignore[arg-type]
    assert [t.record_uuid for t in demo.trash()] == [act.uuid]
    with pytest.raises(NotFoundError):
        demo.activity(act.uuid)  # type: ignore[arg-type]
    restored = demo.restore_from_trash(act.uuid)  # type: ignore[arg-type]
    assert ser.to_data(restored) == ser.to_data(act)
    assert demo.trash() == []
    assert [e.action for e in demo.history(act.uuid)][-2:] == ["delete", "restore"]  # type: ignore[arg-type]


def test_agreement_comes_back_with_its_activities(demo: Register) -> None:
    plan = demo.agreement(PLAN)
    before = {a.uuid: ser.to_data(a) for a in demo.activities(ActivityFilter(agreement=PLAN))}
    assert before
    milestones_before = {m.uuid: m.agreement_uuid for m in demo.milestones()}
    demo.delete_agreement(PLAN, with_activities=True)
    assert demo.count_activities(ActivityFilter(agreement=plan.uuid)) == 0
    with pytest.raises(SijillError):  # an activity cannot come back before its agreement
        demo.restore_from_trash(next(iter(before)))  # type: ignore[arg-type]
    demo.restore_from_trash(plan.uuid)  # type: ignore[arg-type]
    after = {a.uuid: ser.to_data(a) for a in demo.activities(ActivityFilter(agreement=PLAN))}
    assert after == before
    assert ser.to_data(demo.agreement(PLAN)) == ser.to_data(plan)
    assert {m.uuid: m.agreement_uuid for m in demo.milestones()} == milestones_before


def test_delete_keeps_the_dependents_checks(demo: Register) -> None:
    with pytest.raises(SijillError):
        demo.delete_agreement(PLAN)
    assert demo.trash() == []


def test_empty_trash_forgets_content_but_keeps_the_tombstone(demo: Register) -> None:
    act = demo.activities(ActivityFilter(agreement=PLAN))[0]
    demo.save_activity(dataclasses.replace(act, status=ActivityStatus.COMPLETED))
    demo.delete_activity(act.uuid)  # type: ignore[arg-type]
    assert demo.empty_trash() == 1
    assert demo.trash() == []
    with pytest.raises(NotFoundError):
        demo.restore_from_trash(act.uuid)  # type: ignore[arg-type]
    assert [e.action for e in demo.history(act.uuid)][-1] == "delete"  # type: ignore[arg-type]


def test_activity_edits_are_in_its_history(demo: Register) -> None:
    act = demo.activities(ActivityFilter(agreement=PLAN))[0]
    demo.save_activity(dataclasses.replace(act, participants=41, notes="after the visit"))
    last = demo.history(act.uuid)[-1]  # type: ignore[arg-type]
    assert last.action == "update"
    assert last.changes["participants"][1] == 41 and last.changes["notes"][1] == "after the visit"


def test_side_effects_are_recorded_too(demo: Register) -> None:
    """Removing an objective unlinks its activities: their history says so."""
    plan = demo.agreement(PLAN)
    linked = [a for a in demo.activities(ActivityFilter(agreement=PLAN)) if a.objective_uuid == plan.objectives[0].uuid]
    assert linked
    demo.save_agreement(dataclasses.replace(plan, objectives=plan.objectives[1:]))
    entry = demo.history(linked[0].uuid)[-1]  # type: ignore[arg-type]
    assert entry.changes == {"objective_uuid": [plan.objectives[0].uuid, None]}


def test_spreadsheet_imports_are_in_the_history(demo: Register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.spreadsheet import import_activities

    source = tmp_path / "rows.csv"
    source.write_text(f"agreement,kind,title_ar,start,status\n{PLAN},workshop,ورشة عمل مستوردة,2024-10,planned\n", encoding="utf-8")
    report = import_activities(demo, source)
    assert report.added == 1
    added = [a for a in demo.activities(ActivityFilter(agreement=PLAN)) if a.title_ar == "ورشة عمل مستوردة"][0]
    entry = demo.history(added.uuid)[-1]  # type: ignore[arg-type]
    assert entry.action == "import" and entry.source == "spreadsheet"


def test_cli_history_and_trash(run_cli, demo: Register, db_path) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    act = demo.activities(ActivityFilter(agreement=PLAN))[0]
    demo.save_activity(dataclasses.replace(act, participants=12))
    demo.delete_activity(act.uuid)  # type: ignore[arg-type]
    code, out, err = run_cli("--db", str(db_path), "history", act.uuid, "--json")
    assert code == 0, err
    assert [e["action"] for e in _json.loads(out)][-2:] == ["update", "delete"]
    code, out, err = run_cli("--db", str(db_path), "trash")
    assert code == 0 and act.uuid in out
    code, out, err = run_cli("--db", str(db_path), "trash", "--empty")
    assert code == 1 and "--yes" in err
    code, out, err = run_cli("--db", str(db_path), "trash", "--restore", act.uuid)
    assert code == 0, err
    assert demo.activity(act.uuid).participants == 12  # type: ignore[arg-type]

"""Whose name a change is recorded under: each Register (each person's session) its own,
never a name shared through the database; SIJILL_USER for the command line."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import records as r
from desktop.services import tracking
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from exchange_helpers import PLAN


def _org(register: Register, acronym: str = "UNHCR") -> r.Organization:
    return register.save_organization(r.Organization(name_en=acronym, acronym=acronym)).record  # type: ignore[no-any-return]


def test_two_registers_on_one_database_record_their_own_names(db_url: str) -> None:
    amina, badr = Register.open(db_url), Register.open(db_url)
    try:
        amina.set_user_name("Amina")
        badr.set_user_name("  Badr  ")
        org = _org(amina)
        badr.save_organization(dataclasses.replace(badr.organization(org.uuid), country="Jordan"))
        amina.save_organization(dataclasses.replace(amina.organization(org.uuid), name_ar="المفوضية"))
        badr.delete_organization(org.uuid)  # type: ignore[arg-type]
        assert [(e.action, e.who) for e in amina.history(org.uuid)] == [  # type: ignore[arg-type]
            ("create", "Amina"), ("update", "Badr"), ("update", "Amina"), ("delete", "Badr")]
        assert [t.deleted_by for t in amina.trash()] == ["Badr"]
        assert (amina.user_name(), badr.user_name()) == ("Amina", "Badr")
    finally:
        amina.close()
        badr.close()


def test_the_name_is_not_written_to_the_database(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "os-user")
    first = Register.open(db_url)
    first.set_user_name("Amina")
    first.close()
    later = Register.open(db_url)
    try:
        assert later.user_name() == "os-user"
        org = _org(later)
        assert [e.who for e in later.history(org.uuid)] == ["os-user"]  # type: ignore[arg-type]
    finally:
        later.close()


def test_a_name_stored_by_an_older_version_is_still_read(register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "os-user")
    register._run(tracking.set_setting, tracking.USER_NAME_KEY, "Office PC")  # as versions before did
    assert register.user_name() == "Office PC"
    assert [e.who for e in register.history(_org(register).uuid)] == ["Office PC"]  # type: ignore[arg-type]
    register.set_user_name("Amina")  # a personal name wins
    assert register.user_name() == "Amina"
    assert [e.who for e in register.history(_org(register, "OIC").uuid)] == ["Amina"]  # type: ignore[arg-type]
    register.set_user_name("")  # cleared: back to the default
    assert register.user_name() == "Office PC"


def test_the_name_applies_in_a_worker_thread_and_not_to_other_code(register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "os-user")
    register.set_user_name("Amina")
    made: list[Any] = []
    worker = threading.Thread(target=lambda: made.append(_org(register)))
    worker.start()
    worker.join()
    assert [e.who for e in register.history(made[0].uuid)] == ["Amina"]
    with register.database.transaction() as session:  # outside the Register: no name leaks
        assert tracking.who(session) == "os-user"


def test_an_import_and_a_resolved_conflict_carry_the_importers_name(office: Register, laptop: Register, tmp_path: Path) -> None:
    laptop.set_user_name("Field team")
    office.set_user_name("Office")
    act = laptop.activities(ActivityFilter(agreement=PLAN))[0]
    laptop.save_activity(dataclasses.replace(act, participants=41))
    office.save_activity(dataclasses.replace(office.activity(act.uuid), participants=42))  # type: ignore[arg-type]
    other = laptop.activities(ActivityFilter(agreement=PLAN))[1]
    laptop.save_activity(dataclasses.replace(other, place="Amman"))
    bundle = tmp_path / "field.sijill"
    laptop.export_bundle(bundle, agreements=[PLAN])
    report = office.import_bundle(bundle)
    assert len(report.conflicts) == 1
    imported = office.history(other.uuid)[-1]  # type: ignore[arg-type]
    assert (imported.action, imported.who) == ("import", "Office") and "field.sijill" in imported.source
    resolved = office.resolve_conflict(office.conflicts()[0].id, keep="theirs")
    assert resolved.resolved_by == "Office"
    assert office.history(act.uuid)[-1].who == "Office"  # type: ignore[arg-type]


def test_cli_records_changes_under_sijill_user(run_cli: Any, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "os-user")
    assert run_cli("--db", str(db_path), "demo")[0] == 0
    reg = Register.open(db_path)
    act = reg.activities(ActivityFilter(agreement=PLAN))[0]
    assert {e.who for e in reg.history(act.uuid)} == {"os-user"}  # type: ignore[arg-type]
    reg.delete_activity(act.uuid)  # type: ignore[arg-type]
    reg.close()
    monkeypatch.setenv("SIJILL_USER", "Amina Haddad")
    code, out, err = run_cli("--db", str(db_path), "trash", "--restore", str(act.uuid))
    assert code == 0, err
    reg = Register.open(db_path)
    try:
        assert [(e.action, e.who) for e in reg.history(act.uuid)][-1] == ("restore", "Amina Haddad")  # type: ignore[arg-type]
    finally:
        reg.close()

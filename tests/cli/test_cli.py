from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.services.register import Register


def test_init_and_check(run_cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli("--db", str(db_path), "init")
    assert code == 0 and db_path.exists()
    code, out, _ = run_cli("--db", str(db_path), "check")
    assert code == 0 and "ok" in out
    code, out, _ = run_cli("--db", str(db_path), "check", "--json")
    assert json.loads(out)["ok"] is True


def test_environment_variable_names_the_database(run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("SIJILL_DATABASE_URL", f"sqlite:///{target}")
    assert run_cli("init")[0] == 0
    assert target.exists()


def test_default_database_in_user_data_folder(run_cli) -> None:  # type: ignore[no-untyped-def]
    from desktop.store.database import default_database_path

    code, out, _ = run_cli("init")
    assert code == 0
    assert str(default_database_path()) in out
    assert default_database_path().exists()


def _seed(db_path: Path) -> None:
    reg = Register.open(db_path)
    org = reg.save_organization(r.Organization(name_ar="منظمة التعاون الإسلامي", acronym="OIC")).record
    person = reg.save_person(r.Person(name_ar="طارق علي بخيت", honorific_ar="معالي السفير", position_en="ASG", organization_uuid=org.uuid)).record
    reg.save_agreement(
        r.Agreement(reference="A/1", title_ar="خطة", title_en="Plan", period_start=D(2022), period_end=D(2025, 6),
                    signed_on=D(2022), parties=[org.uuid or ""],
                    signatories=[r.Signatory(person_uuid=person.uuid or "", party_uuid=org.uuid)],
                    objectives=[r.Objective(text_ar="الأول", text_en="first"), r.Objective(text_ar="الثاني")])
    )
    reg.save_activity(r.Activity(agreement_uuid="A/1", title_ar="ورشة الأمم", start=D(2023, 2, 1)))
    reg.save_milestone(r.Milestone(date=D(1988), title_ar="بداية الشراكة"))
    reg.close()


def test_listing_json(run_cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(db_path)
    code, out, _ = run_cli("--db", str(db_path), "agreements", "--json")
    assert code == 0
    [agreement] = json.loads(out)
    assert {"uuid", "reference", "title_ar", "title_en", "kind", "status"} <= agreement.keys()
    assert agreement["period_start"] == "2022" and agreement["period_end"] == "2025-06" and agreement["signed_on"] == "2022"
    code, out, _ = run_cli("--db", str(db_path), "activities", "--agreement", "A/1", "--search", "الامم", "--json")
    [activity] = json.loads(out)
    assert activity["start"] == "2023-02-01" and activity["title_ar"] == "ورشة الأمم"
    code, out, _ = run_cli("--db", str(db_path), "activities", "--search", "غائب", "--json")
    assert json.loads(out) == []


def test_show_json(run_cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(db_path)
    code, out, _ = run_cli("--db", str(db_path), "show", "A/1", "--json")
    data = json.loads(out)
    assert [p["acronym"] for p in data["parties"]] == ["OIC"]
    [signatory] = data["signatories"]
    assert signatory["name_ar"] == "طارق علي بخيت" and signatory["party"] == "OIC"
    assert {"name_en", "position_ar", "position_en"} <= signatory.keys()
    assert [(o["text_ar"], o["text_en"]) for o in data["objectives"]] == [("الأول", "first"), ("الثاني", "")]
    assert [m["date"] for m in data["milestones"]] == ["1988"]
    code, out, _ = run_cli("--db", str(db_path), "show", "A/1")
    assert code == 0 and "A/1" in out


def test_user_errors_are_one_line(run_cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(db_path)
    code, out, err = run_cli("--db", str(db_path), "show", "NOPE")
    assert code == 1 and err.count("\n") == 1 and "NOPE" in err and "Traceback" not in err
    code, _, err = run_cli("--db", str(db_path), "import-activities", str(tmp_path / "missing.csv"))
    assert code == 1 and "No such file" in err
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"hello" * 100)
    code, _, err = run_cli("--db", str(garbage), "agreements")
    assert code == 3 and "not a Sijill database" in err
    assert garbage.read_bytes() == b"hello" * 100


def test_spreadsheet_commands(run_cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(db_path)
    out_file = tmp_path / "acts.xlsx"
    code, out, _ = run_cli("--db", str(db_path), "export-activities", "--agreement", "A/1", "-o", str(out_file))
    assert code == 0 and out_file.exists()
    code, out, _ = run_cli("--db", str(db_path), "import-activities", str(out_file), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("agreement,title_ar,start\nA/1,x,2023-99\n", encoding="utf-8")
    code, out, err = run_cli("--db", str(db_path), "import-activities", str(bad))
    assert code == 1 and "row 2, Start" in err and err.count("\n") == 1 and not out


def test_check_reports_a_broken_database(run_cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(db_path)
    import sqlite3

    con = sqlite3.connect(db_path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE activity SET agreement_id = 999")
    con.commit()
    con.close()
    code, out, _ = run_cli("--db", str(db_path), "check")
    assert code == 1 and "foreign key" in out


def test_real_entry_point_and_no_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_DATA_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "x.sqlite")], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "xvfb-run" in done.stderr
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("sijill ")


def test_show_includes_the_history_of_predecessors(run_cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    reg = Register.open(db_path)
    old = reg.save_agreement(r.Agreement(reference="OLD", title_ar="السابقة")).record
    reg.save_agreement(r.Agreement(reference="NEW", title_ar="الحالية", predecessor_uuid=old.uuid))
    other = reg.save_agreement(r.Agreement(reference="OTHER", title_ar="أخرى")).record
    reg.save_milestone(r.Milestone(date=D(2014, 11), title_ar="لجنة مشتركة", agreement_uuid=old.uuid))
    reg.save_milestone(r.Milestone(date=D(1988), title_ar="بداية الشراكة"))
    reg.save_milestone(r.Milestone(date=D(2020), title_ar="لا علاقة", agreement_uuid=other.uuid))
    reg.close()
    code, out, _ = run_cli("--db", str(db_path), "show", "NEW", "--json")
    assert [m["date"] for m in json.loads(out)["milestones"]] == ["1988", "2014-11"]

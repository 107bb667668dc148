"""``import-activities`` / ``export-activities`` on the command line: one summary line,
--json, --errors-csv, --force, the template, and every message in Arabic under an Arabic LANG."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.domain import records as r
from desktop.domain.kinds import ActivityStatus
from desktop.services.register import Register

BAD = "agreement,title_ar,start,kind\nA/1,x,2023-99,workshop\nA/1,y,2023,dance\nA/1,z,1444/06/10,dance\n"


@pytest.fixture
def db(db_path: Path) -> Path:
    reg = Register.open(db_path)
    reg.save_agreement(r.Agreement(reference="A/1", title_ar="خطة"))
    reg.save_activity(r.Activity(agreement_uuid="A/1", title_ar="ورشة", status=ActivityStatus.PLANNED))
    reg.close()
    return db_path


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def test_success_is_one_summary_line_on_stderr(run_cli, db: Path, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.csv"
    good.write_text("agreement;title_ar\nA/1;جديد\n", encoding="utf-8")
    code, out, err = run_cli("--db", str(db), "import-activities", str(good))
    assert code == 0 and out == "" and err.count("\n") == 1 and "imported 1 rows (UTF-8, “;”): 1 added" in err
    code, out, err = run_cli("--db", str(db), "import-activities", str(good), "--json", "--dry-run")
    assert json.loads(out)["added"] == 1 and "checked 1 rows" in err


def test_problems_are_one_summary_line_on_stderr(run_cli, db: Path, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    code, out, err = run_cli("--db", str(db), "import-activities", str(bad))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("sijill: error: ") and "4 problems in 3 rows" in err and "row 2, Start" in err


def test_json_and_errors_csv_list_every_problem(run_cli, db: Path, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    listing = tmp_path / "problems.csv"
    code, out, err = run_cli("--db", str(db), "import-activities", str(bad), "--json", "--errors-csv", str(listing))
    data = json.loads(out)
    assert code == 1 and err.count("\n") == 1
    assert [(e["row"], e["field"], e["code"]) for e in data["errors"]] == [
        (2, "start", "bad_date"), (3, "kind", "unknown_kind"), (4, "start", "hijri_unmarked"), (4, "kind", "unknown_kind")]
    assert data["errors"][0]["params"] == {"value": "2023-99"} and data["rows_with_problems"] == 3
    with listing.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["row", "field", "field_label", "severity", "code", "message"] and len(rows) == 1 + 4 + 1  # + the version warning


def test_arabic_messages_under_an_arabic_lang(run_cli, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "ar_SA.UTF-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD, encoding="utf-8")
    code, out, err = run_cli("--db", str(db), "import-activities", str(bad), "--json")
    assert code == 1 and "لم يُستورد شيء" in err and "الصف 2، البداية: ليس تاريخًا" in err
    data = json.loads(out)
    assert data["errors"][1]["field_label"] == "النوع" and data["errors"][1]["message"].startswith("قيمة غير معروفة")
    code, _out, err = run_cli("--db", str(db), "show", "NOPE")  # every command's errors, not only the import's
    assert code == 1 and "NOPE" in err and any("\u0621" <= ch <= "\u064a" for ch in err), err
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # LC_ALL wins over LANG
    code, _out, err = run_cli("--db", str(db), "import-activities", str(bad))
    assert "nothing imported" in err


def test_stale_rows_are_listed_and_force_applies_them(run_cli, db: Path, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    sheet_file = tmp_path / "plan.xlsx"
    assert run_cli("--db", str(db), "export-activities", "-o", str(sheet_file))[0] == 0
    reg = Register.open(db)
    [a] = reg.activities()
    reg.save_activity(r.Activity(**{**a.__dict__, "status": ActivityStatus.ONGOING}))
    reg.close()
    book = load_workbook(sheet_file)
    header = [c.value for c in book.worksheets[0][1]]
    book.worksheets[0].cell(2, header.index("status") + 1, "completed")
    book.save(sheet_file)
    code, out, err = run_cli("--db", str(db), "import-activities", str(sheet_file))
    assert code == 0 and err.count("\n") == 1 and "1 left out for conflicts" in err
    assert out.splitlines() == [out.splitlines()[0]] and out.startswith("row 2, Status: Changed in the register")
    code, out, err = run_cli("--db", str(db), "import-activities", str(sheet_file), "--force")
    assert code == 0 and "1 updated" in err and out.startswith("row 2, Status")  # what was overwritten
    reg = Register.open(db)
    assert reg.activities()[0].status is ActivityStatus.COMPLETED
    reg.close()


def test_template_with_arabic_headers(run_cli, tmp_path: Path, english: None) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "template.xlsx"
    code, out, _ = run_cli("export-activities", "--template", "-o", str(target), "--lang", "ar")
    assert code == 0 and target.exists()
    header = [c.value for c in load_workbook(target).worksheets[0][1]]
    assert header[:3] == ["المعرف", "الاتفاق", "النوع"] and len(header) == 13


def test_the_cli_finds_the_arabic_translations_as_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line reads the .ts without Qt; a checkout and the bundle both hold it."""
    import shutil
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    from bundle_data import required_files

    kept = "sijill_ar.ts"
    assert f"translations/{kept}" in required_files()

    from desktop import resources
    from desktop.cli import language
    from desktop.domain.messages import Message, N_

    source = resources.translations_dir() / kept
    if not source.exists():
        pytest.skip(f"{kept} is not built here")
    shutil.copy(source, tmp_path / kept)
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path)
    monkeypatch.setenv("LC_ALL", "ar_EG.UTF-8")
    language._catalogue.cache_clear()
    try:
        assert language.word(Message(N_("No such file: {path}"), {"path": "x.csv"})) == "الملف غير موجود: x.csv"
    finally:
        language._catalogue.cache_clear()

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from desktop.services.spreadsheet import COLUMNS, export_activities, import_activities, neutralise

HEADER = ",".join(COLUMNS)


@pytest.fixture
def plan(register: Register) -> r.Agreement:
    rec = register.save_agreement(
        r.Agreement(reference="P/1", title_ar="خطة", period_start=D(2022), period_end=D(2025))
    ).record
    register.save_agreement(r.Agreement(reference="P/2", title_ar="خطة ثانية"))
    return rec


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_round_trip_csv_and_xlsx(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    register.save_activity(r.Activity(agreement_uuid="P/1", title_ar="ورشة عمل", title_en="Workshop", kind=ActivityKind.WORKSHOP,
                                      start=D(2023, 3), end=D(2023, 3, 20), place="عمّان", country="الأردن",
                                      status=ActivityStatus.COMPLETED, participants=40, notes="=SUM(A1)"))
    for name in ("a.csv", "a.xlsx"):
        path = tmp_path / name
        assert export_activities(register, path) == 1
        report = import_activities(register, path)
        assert report.ok and (report.added, report.updated, report.unchanged) == (0, 0, 1)
    activity = register.activities()[0]
    assert activity.notes == "=SUM(A1)"  # neutralised on export, restored on import


def test_exported_cells_cannot_run_formulas(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    register.save_activity(r.Activity(agreement_uuid="P/1", title_ar="=HYPERLINK(\"x\")", title_en="+1", place="@x", notes="-2"))
    export_activities(register, tmp_path / "a.csv")
    rows = list(csv.reader((tmp_path / "a.csv").open(encoding="utf-8-sig")))
    assert rows[1][COLUMNS.index("title_ar")].startswith("'=")
    assert rows[1][COLUMNS.index("title_en")] == "'+1"
    export_activities(register, tmp_path / "a.xlsx")
    sheet = load_workbook(tmp_path / "a.xlsx").worksheets[0]
    values = [c.value for c in sheet[2]]
    assert values[COLUMNS.index("place")] == "'@x"
    assert all(not (isinstance(v, str) and v.startswith(("=", "+", "-", "@"))) for v in values)
    assert neutralise("\tx") == "'\tx"


def test_edit_in_spreadsheet_then_import_updates(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    register.save_activity(r.Activity(agreement_uuid="P/1", title_ar="زيارة", status=ActivityStatus.PLANNED))
    path = tmp_path / "a.xlsx"
    export_activities(register, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(2, COLUMNS.index("status") + 1, "completed")
    sheet.append(["", "P/1", "محاضرة", "محاضرة جديدة", "", "2024-02", "", "جدة", "السعودية", "مخطط", "٢٥", ""])
    book.save(path)
    report = import_activities(register, path)
    assert report.ok, report.errors
    assert (report.added, report.updated) == (1, 1)
    statuses = sorted(a.status.value for a in register.activities())
    assert statuses == ["completed", "planned"]
    new = register.activities(ActivityFilter(search="محاضرة جديدة"))[0]
    assert new.kind is ActivityKind.LECTURE and new.participants == 25 and new.start == D(2024, 2)


def test_any_column_order_and_default_agreement(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", "status,title_en,start\nongoing,Field visit,2023\n")
    report = import_activities(register, path, agreement="P/1")
    assert report.ok and report.added == 1
    assert register.activities()[0].agreement_reference == "P/1"


BAD_ROWS = [
    ("P/1,workshop,,,2023,,,,planned,,", "title_ar"),
    ("P/1,dance,عنوان,,2023,,,,planned,,", "kind"),
    ("P/1,workshop,عنوان,,2023,,,,asleep,,", "status"),
    ("P/1,workshop,عنوان,,2023-13,,,,planned,,", "start"),
    ("P/1,workshop,عنوان,,2023-05,2023-04,,,planned,,", "end"),
    ("P/1,workshop,عنوان,,2023,,,,planned,many,", "participants"),
    ("NOPE,workshop,عنوان,,2023,,,,planned,,", "agreement"),
    (",workshop,عنوان,,2023,,,,planned,,", "agreement"),
]


@pytest.mark.parametrize(("row", "field"), BAD_ROWS)
def test_every_bad_row_is_named_and_nothing_is_imported(register: Register, plan: r.Agreement, tmp_path: Path, row: str, field: str) -> None:
    header = "agreement,kind,title_ar,title_en,start,end,place,country,status,participants,notes"
    good = "P/1,workshop,ورشة صحيحة,,2023,,,,planned,,"
    path = write_csv(tmp_path / "a.csv", f"{header}\n{good}\n{row}\n{good}\n")
    report = import_activities(register, path)
    assert not report.ok
    assert [(p.row, p.field) for p in report.errors] == [(3, field)]
    assert register.count_activities() == 0


def test_unknown_uuid_and_duplicate_uuid(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    saved = register.save_activity(r.Activity(agreement_uuid="P/1", title_ar="x")).record
    path = write_csv(
        tmp_path / "a.csv",
        f"uuid,agreement,title_ar\n00000000-0000-0000-0000-000000000000,P/1,y\n{saved.uuid},P/1,z\n{saved.uuid},P/1,w\n",
    )
    report = import_activities(register, path)
    assert [(p.row, p.field) for p in report.errors] == [(2, "uuid"), (4, "uuid")]
    assert register.activity(saved.uuid or "").title_ar == "x"


def test_wrong_agreement_for_this_import(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", "agreement,title_ar\nP/2,x\n")
    report = import_activities(register, path, agreement="P/1")
    assert [(p.row, p.field) for p in report.errors] == [(2, "agreement")]


def test_header_problems(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    report = import_activities(register, write_csv(tmp_path / "a.csv", "agreement,title_ar,colour\nP/1,x,red\n"))
    assert report.errors[0].row == 1 and report.errors[0].code == "unknown_column" and report.unknown_headers == ["colour"]
    report = import_activities(register, write_csv(tmp_path / "b.csv", "agreement,place\nP/1,x\n"))
    assert [(p.row, p.field) for p in report.errors] == [(2, "title_ar")]  # a new row needs a title


def test_dry_run_changes_nothing(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    report = import_activities(register, write_csv(tmp_path / "a.csv", "agreement,title_ar\nP/1,x\nP/1,y\n"), dry_run=True)
    assert report.ok and report.added == 2 and not report.applied
    assert register.count_activities() == 0


def test_unreadable_files(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    from desktop.domain.errors import SijillError

    (tmp_path / "x.xlsx").write_bytes(b"not a zip")
    (tmp_path / "x.ods").write_text("x")
    (tmp_path / "empty.csv").write_text("")
    for name in ("x.xlsx", "x.ods", "empty.csv", "missing.csv"):
        with pytest.raises(SijillError):
            import_activities(register, tmp_path / name)


def test_xlsx_dates_as_cells(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    import datetime as dt

    book = Workbook()
    sheet = book.active
    sheet.append(["agreement", "title_ar", "start", "participants"])
    sheet.append(["P/1", "ورشة", dt.datetime(2023, 4, 5), 12.0])
    book.save(tmp_path / "d.xlsx")
    report = import_activities(register, tmp_path / "d.xlsx")
    assert report.ok, report.errors
    activity = register.activities()[0]
    assert activity.start == D(2023, 4, 5) and activity.participants == 12

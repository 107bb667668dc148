"""`sijill report` (numbers checked against the activity list on the example data) and
`sijill export-calendar` (parsed back with icalendar)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.domain.kinds import ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.demo import load_demo
from desktop.services.register import Register

PLAN = "UNHCR-OIC/JAP/2022-2025"


@pytest.fixture
def demo_db(db_url: str) -> str:
    reg = Register.open(db_url)
    load_demo(reg)
    reg.close()
    return db_url


def _activities(db: str) -> list[r.Activity]:
    reg = Register.open(db)
    try:
        return reg.activities(ActivityFilter())
    finally:
        reg.close()


def _report(run_cli, db: str, *args: str) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    code, out, err = run_cli("--db", db, "report", *args, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("dimension", ["status", "kind", "country", "year", "partner", "objective"])
def test_report_totals_equal_the_activity_list(run_cli, demo_db: str, dimension: str) -> None:  # type: ignore[no-untyped-def]
    listed = _activities(demo_db)
    rows = _report(run_cli, demo_db, "--by", dimension)
    assert sum(row["count"] for row in rows) == len(listed) == 32
    assert sum(row["participants"] for row in rows) == sum(a.participants or 0 for a in listed)
    if dimension in ("status", "kind", "country"):
        expected = Counter(str(getattr(a, dimension)) for a in listed)
        assert {row[dimension]: row["count"] for row in rows} == dict(expected)


def test_report_by_two_dimensions_and_a_period(run_cli, demo_db: str) -> None:  # type: ignore[no-untyped-def]
    rows = _report(run_cli, demo_db, "--by", "year", "--by", "quarter", "--from", "2023", "--to", "2023")
    listed = [a for a in _activities(demo_db) if a.start and a.start.year == 2023]
    assert sum(row["count"] for row in rows) == len(listed) == 10
    assert {row["year"] for row in rows} == {"2023"}
    by_quarter = Counter(f"2023-Q{(a.start.month + 2) // 3}" for a in listed if a.start and a.start.month)
    assert {row["quarter"]: row["count"] for row in rows} == dict(by_quarter)


def test_report_carries_reported_indicator_values(run_cli, demo_db: str) -> None:  # type: ignore[no-untyped-def]
    rows = _report(run_cli, demo_db, "--by", "status", "--agreement", PLAN)
    completed = next(row for row in rows if row["status"] == "completed")
    assert [(i["name_en"], i["value"]) for i in completed["indicators"]] == [("Member states covered by the data exchanged", 21.0)]


def test_report_to_xlsx_is_a_real_spreadsheet(run_cli, demo_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    target = tmp_path / "report.xlsx"
    code, _, err = run_cli("--db", demo_db, "report", "--by", "kind", "--lang", "ar", "-o", str(target))
    assert code == 0, err
    sheet = load_workbook(target).active
    assert sheet.sheet_view.rightToLeft is True
    assert sheet.freeze_panes == "A2"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["النوع", "عدد الأنشطة", "المشاركون"]
    assert values[-1][0] == "المجموع" and values[-1][1] == 32
    assert all(isinstance(row[1], int) for row in values[1:])  # numbers, not text
    assert sum(row[1] for row in values[1:-1]) == 32
    assert sheet.column_dimensions["A"].width >= 10


def test_report_to_csv_and_pdf_in_english(run_cli, demo_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "r.csv"
    assert run_cli("--db", demo_db, "report", "--by", "partner", "--lang", "en", "-o", str(table))[0] == 0
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Lead partner", "Activities", "Participants"] and rows[-1][:2] == ["Total", "32"]
    assert {row[0] for row in rows[1:-1]} == {"OIC", "UNHCR"}
    pdf = tmp_path / "r.pdf"
    assert run_cli("--db", demo_db, "report", "--by", "objective", "--lang", "ar", "-o", str(pdf))[0] == 0
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "تقرير الأنشطة" in text and "808" in text and "المجموع" in text


def test_report_refuses_bad_requests_in_one_line(run_cli, demo_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for args in (["--by", "kind", "--by", "year", "--by", "status"], ["--from", "2024-13"], ["--agreement", "NOPE"],
                 ["--from", "2025", "--to", "2023"], ["-o", str(tmp_path / "r.docx")]):
        code, out, err = run_cli("--db", demo_db, "report", *args)
        assert code == 1 and err.count("\n") == 1 and err.startswith("sijill: error:"), (args, err)
    assert not (tmp_path / "r.docx").exists()


def test_calendar_has_planned_activities_with_full_dates(run_cli, demo_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from icalendar import Calendar

    reg = Register.open(demo_db)
    plan = reg.agreement(PLAN)
    day = reg.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_ar="ورشة تخطيط", title_en="Planning workshop",
                                       start=D(2025, 11, 3), end=D(2025, 11, 5), place="جدة", status=ActivityStatus.PLANNED)).record
    reg.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_en="Month only", start=D(2025, 12), status=ActivityStatus.PLANNED))
    reg.save_activity(r.Activity(agreement_uuid=plan.uuid or "", title_en="Done", start=D(2025, 1, 5), status=ActivityStatus.COMPLETED))
    reg.close()
    target = tmp_path / "plan.ics"
    code, out, err = run_cli("--db", demo_db, "export-calendar", "--agreement", PLAN, "-o", str(target))
    assert code == 0, err
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [day.uuid]
    event = events[0]
    assert str(event["summary"]) == "ورشة تخطيط" and "جدة" in str(event["location"])
    assert event.decoded("dtstart").isoformat() == "2025-11-03" and event.decoded("dtend").isoformat() == "2025-11-06"
    again = tmp_path / "again.ics"
    assert run_cli("--db", demo_db, "export-calendar", "--lang", "en", "-o", str(again))[0] == 0
    second = Calendar.from_ical(again.read_bytes()).walk("VEVENT")
    assert [str(e["uid"]) for e in second] == [day.uuid] and str(second[0]["summary"]) == "Planning workshop"


@pytest.mark.parametrize("lang", ["ar", "en", "ar+en"])
def test_annual_report(run_cli, demo_db: str, tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    target = tmp_path / f"annual-{lang}.pdf"
    code, out, err = run_cli("--db", demo_db, "report", "--year", "2023", "--annual", "--lang", lang, "-o", str(target))
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    text = "".join(ch for ch in text if ch not in "\u202a\u202b\u202c\u202d\u202e")  # poppler's bidi marks
    if lang in ("ar", "ar+en"):
        # (poppler orders a mixed line of a two-language page by its own guess: words, not order)
        assert "التقرير السنوي" in text and "الزيارات الميدانية" in text
    if lang in ("en", "ar+en"):
        assert "Annual report 2023" in text and "Quarter 1" in text and "Islamic finance" in text
        assert "Closing evaluation meeting" not in text  # 2026
    if lang == "en":
        assert "2 of 8 (25%)" in text  # two joint field visits completed by the end of 2023
        assert "Joint field visits completed" in text


def test_annual_data_counts_the_year(demo_db: str) -> None:
    reg = Register.open(demo_db)
    try:
        data = reg.annual_data(2024)
        assert [p.agreement.reference for p in data.plans] == [PLAN]
        assert len(data.plans[0].activities) == 7
        assert reg.annual_data(1990).plans == []
    finally:
        reg.close()


def test_annual_report_needs_a_year_and_a_pdf(run_cli, demo_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for args in (["--annual", "-o", str(tmp_path / "a.pdf")], ["--annual", "--year", "2024", "-o", str(tmp_path / "a.xlsx")]):
        code, _out, err = run_cli("--db", demo_db, "report", *args)
        assert code == 1 and err.startswith("sijill: error:") and err.count("\n") == 1

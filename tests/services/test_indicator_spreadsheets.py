"""Indicator values through spreadsheets: exported as ``indicator:<uuid>`` columns, imported
back as partial updates (only the columns present, an empty cell clears), checked against
the activity's objective, and guarded against a stale file like every other field."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.domain.indicators import IndicatorValue
from desktop.services.activities import ActivityFilter
from desktop.services.demo import demo_uuid, load_demo
from desktop.services.register import Register
from desktop.services.spreadsheet import export_activities, import_activities

PLAN = "UNHCR-OIC/JAP/2022-2025"
STATES = demo_uuid("indicator/states_data")  # counts values reported by objective 2's activities
FUNDS = demo_uuid("indicator/funds")  # objective 4's, entered by hand
DATA_EXCHANGE, MEETING = demo_uuid("activity/06"), demo_uuid("activity/18")


@pytest.fixture
def demo(register: Register) -> Register:
    load_demo(register)
    return register


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:  # notes hold line breaks
        return list(csv.DictReader(handle))


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def _value(reg: Register, activity: str) -> list[IndicatorValue]:
    return reg.activity(activity).indicator_values


def test_export_carries_a_column_per_reported_indicator(demo: Register, tmp_path: Path) -> None:
    exported = tmp_path / "plan.csv"
    export_activities(demo, exported, ActivityFilter(agreement=PLAN))
    rows = {row["uuid"]: row for row in _rows(exported)}
    column = f"indicator:{STATES}"
    assert column in rows[DATA_EXCHANGE] and f"indicator:{FUNDS}" not in rows[DATA_EXCHANGE]
    assert rows[DATA_EXCHANGE][column] == "12" and rows[MEETING][column] == "9"
    assert all(row[column] == "" for uuid, row in rows.items() if uuid not in (DATA_EXCHANGE, MEETING))


def test_an_exported_sheet_changed_and_imported_updates_only_the_values(demo: Register, tmp_path: Path) -> None:
    exported = tmp_path / "plan.csv"
    export_activities(demo, exported, ActivityFilter(agreement=PLAN))
    rows = _rows(exported)
    header = list(rows[0])
    column = f"indicator:{STATES}"
    for row in rows:
        if row["uuid"] == DATA_EXCHANGE:
            row[column] = "١٥"  # Arabic-Indic digits
        if row["uuid"] == MEETING:
            row[column] = ""  # clears the value
    before = demo.activity(DATA_EXCHANGE)
    report = import_activities(demo, _write(tmp_path / "back.csv", header, [[r[h] for h in header] for r in rows]))
    assert report.ok and report.updated == 2, report.as_dict()
    assert _value(demo, DATA_EXCHANGE) == [IndicatorValue(STATES, 15.0)] and _value(demo, MEETING) == []
    after = demo.activity(DATA_EXCHANGE)
    assert (after.title_en, after.notes, after.participants) == (before.title_en, before.notes, before.participants)
    assert "indicator_values" in demo.history(DATA_EXCHANGE)[0].changes
    achieved = {p.indicator.uuid: p.achieved for p in demo.indicator_progress(PLAN)}
    assert achieved[STATES] == 15  # the meeting no longer reports 9


def test_only_the_columns_present_change(demo: Register, tmp_path: Path) -> None:
    report = import_activities(demo, _write(tmp_path / "one.csv", ["uuid", f"indicator:{STATES}"], [[MEETING, "11"]]))
    assert report.ok and report.updated == 1
    assert _value(demo, MEETING) == [IndicatorValue(STATES, 11.0)] and _value(demo, DATA_EXCHANGE) == [IndicatorValue(STATES, 12.0)]


def test_an_indicator_of_another_objective_is_refused_and_nothing_changes(demo: Register, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "bad.csv", ["uuid", "notes", f"indicator:{FUNDS}"], [[DATA_EXCHANGE, "changed", "3"]])
    report = import_activities(demo, sheet)
    assert not report.ok and [p.code for p in report.errors] == ["indicator_not_of_objective"]
    assert demo.activity(DATA_EXCHANGE).notes != "changed" and _value(demo, DATA_EXCHANGE) == [IndicatorValue(STATES, 12.0)]


def test_a_new_row_cannot_report_a_value(demo: Register, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "new.csv", ["agreement", "title_en", f"indicator:{STATES}"], [[PLAN, "New", "4"]])
    report = import_activities(demo, sheet)
    assert not report.ok and [p.code for p in report.errors] == ["indicator_without_objective"]


def test_a_value_changed_on_both_sides_is_a_conflict(demo: Register, tmp_path: Path) -> None:
    exported = tmp_path / "plan.csv"
    export_activities(demo, exported, ActivityFilter(agreement=PLAN))
    rows = _rows(exported)
    header = list(rows[0])
    column = f"indicator:{STATES}"
    meanwhile = demo.activity(DATA_EXCHANGE)
    meanwhile.indicator_values = [IndicatorValue(STATES, 20)]
    demo.save_activity(meanwhile)  # a colleague's newer value
    mine = [r for r in rows if r["uuid"] == DATA_EXCHANGE]
    mine[0][column] = "13"
    report = import_activities(demo, _write(tmp_path / "stale.csv", header, [[r[h] for h in header] for r in mine]))
    assert [p.code for p in report.conflicts] == ["changed_since_export"]
    assert _value(demo, DATA_EXCHANGE) == [IndicatorValue(STATES, 20.0)]  # nothing overwritten

"""Spreadsheet round trips that never lose a word: partial updates, stale files, real office
files (encodings, separators, dates, Hijri, merged cells), limits, cancel, bulk = one by one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.domain.errors import SijillError
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.register import Register
from desktop.services.spreadsheet import COLUMNS, ImportCancelled, export_activities, export_template, import_activities


@pytest.fixture
def plan(register: Register) -> r.Agreement:
    return register.save_agreement(r.Agreement(reference="P/1", title_ar="خطة", period_start=D(2022), period_end=D(2025))).record


@pytest.fixture
def saved(register: Register, plan: r.Agreement) -> r.Activity:
    return register.save_activity(r.Activity(
        agreement_uuid="P/1", kind=ActivityKind.WORKSHOP, title_ar="ورشة", title_en="Workshop", start=D(2023, 3),
        end=D(2023, 3, 20), place="عمّان", country="الأردن", status=ActivityStatus.PLANNED, participants=40, notes="ملاحظة",
    )).record


def write(path: Path, rows: list[list[str]], *, encoding: str = "utf-8", separator: str = ",") -> Path:
    lines = [separator.join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def content(a: r.Activity) -> tuple[object, ...]:
    return (a.kind, a.title_ar, a.title_en, a.start, a.end, a.place, a.country, a.status, a.participants, a.notes)


# -- partial updates ------------------------------------------------------------------------
def test_partial_columns_change_only_those_columns(register: Register, saved: r.Activity, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", [["uuid", "agreement", "title_en", "status"], [saved.uuid or "", "P/1", "Workshop 2", "completed"]])
    report = import_activities(register, path)
    assert report.ok and report.updated == 1, report.as_dict()
    after = register.activity(saved.uuid or "")
    assert content(after) == content(saved)[:2] + ("Workshop 2",) + content(saved)[3:7] + (ActivityStatus.COMPLETED,) + content(saved)[8:]
    assert report.changes[0].fields == ["title_en", "status"] and report.changes[0].cleared == []


def test_uuid_and_status_alone_is_enough(register: Register, saved: r.Activity, tmp_path: Path) -> None:
    report = import_activities(register, write(tmp_path / "a.csv", [["uuid", "status"], [saved.uuid or "", "منجز"]]))
    assert report.ok and report.updated == 1, report.as_dict()
    assert register.activity(saved.uuid or "").status is ActivityStatus.COMPLETED
    assert register.activity(saved.uuid or "").notes == "ملاحظة"


def test_a_present_empty_cell_clears_the_field(register: Register, saved: r.Activity, tmp_path: Path) -> None:
    report = import_activities(register, write(tmp_path / "a.csv", [["uuid", "notes", "participants"], [saved.uuid or "", "", ""]]))
    assert report.ok and report.changes[0].cleared == ["notes", "participants"]
    after = register.activity(saved.uuid or "")
    assert after.notes == "" and after.participants is None and after.place == "عمّان"


def test_new_rows_still_need_agreement_and_title(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    report = import_activities(register, write(tmp_path / "a.csv", [["status"], ["planned"]]))
    assert [(p.row, p.field, p.code) for p in report.errors] == [(2, "agreement", "no_agreement")]
    report = import_activities(register, write(tmp_path / "b.csv", [["agreement", "status"], ["P/1", "planned"]]))
    assert [(p.row, p.field) for p in report.errors] == [(2, "title_ar")]
    assert register.count_activities() == 0


# -- stale files ----------------------------------------------------------------------------
def _export_then(register: Register, saved: r.Activity, tmp_path: Path, theirs: dict[str, object], mine: dict[str, str]) -> Path:
    path = tmp_path / "plan.xlsx"
    export_activities(register, path)
    register.save_activity(r.Activity(**{**saved.__dict__, **theirs, "version": register.activity(saved.uuid or "").version}))
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for name, value in mine.items():
        sheet.cell(2, COLUMNS.index(name) + 1, value)
    book.save(path)
    return path


def test_stale_file_without_overlap_keeps_both_changes(register: Register, saved: r.Activity, tmp_path: Path) -> None:
    path = _export_then(register, saved, tmp_path, {"place": "جدة"}, {"status": "completed"})
    report = import_activities(register, path)
    assert report.ok and report.updated == 1 and not report.conflicts, report.as_dict()
    after = register.activity(saved.uuid or "")
    assert after.place == "جدة" and after.status is ActivityStatus.COMPLETED  # the colleague's edit survives


def test_stale_file_with_overlap_is_a_conflict_and_force_applies_it(register: Register, saved: r.Activity, tmp_path: Path) -> None:
    path = _export_then(register, saved, tmp_path, {"status": ActivityStatus.ONGOING, "place": "جدة"}, {"status": "completed"})
    report = import_activities(register, path)
    assert report.ok and report.updated == 0 and report.conflict_rows == 1
    [conflict] = report.conflicts
    assert (conflict.row, conflict.field, conflict.code) == (2, "status", "changed_since_export")
    assert conflict.message.params["file"] == "completed" and conflict.message.params["register"] == "ongoing"
    assert register.activity(saved.uuid or "").status is ActivityStatus.ONGOING
    report = import_activities(register, path, force=True)
    assert report.updated == 1 and report.conflict_rows == 0
    after = register.activity(saved.uuid or "")
    assert after.status is ActivityStatus.COMPLETED and after.place == "جدة"


def test_without_a_version_column_the_preview_warns(register: Register, saved: r.Activity, tmp_path: Path) -> None:
    report = import_activities(register, write(tmp_path / "a.csv", [["uuid", "status"], [saved.uuid or "", "ongoing"]]))
    assert [(w.row, w.code) for w in report.warnings] == [(1, "no_version")] and not report.has_version
    path = tmp_path / "b.csv"
    export_activities(register, path)
    assert not import_activities(register, path).warnings


# -- real office files ----------------------------------------------------------------------
ROWS = [["agreement", "title_ar", "kind", "start"], ["P/1", "ورشة عمل إقليمية", "ورشة عمل", "2023-04-05"]]


@pytest.mark.parametrize(("suffix", "encoding", "bom", "separator", "shown"), [
    (".csv", "utf-8", b"\xef\xbb\xbf", ",", "UTF-8 (BOM)"),
    (".csv", "utf-8", b"", ";", "UTF-8"),
    (".csv", "utf-8", b"", "\u061b", "UTF-8"),
    (".txt", "utf-16-le", b"\xff\xfe", "\t", "UTF-16"),
    (".tsv", "utf-8", b"", "\t", "UTF-8"),
    (".csv", "cp1256", b"", ",", "Windows-1256"),
    (".csv", "cp1256", b"", ";", "Windows-1256"),
])
def test_encodings_and_separators(register: Register, plan: r.Agreement, tmp_path: Path, suffix: str, encoding: str,
                                  bom: bytes, separator: str, shown: str) -> None:
    path = tmp_path / f"office{suffix}"
    text = "\r\n".join(separator.join(row) for row in ROWS) + "\r\n"
    path.write_bytes(bom + text.encode(encoding))
    report = import_activities(register, path)
    assert report.ok and report.added == 1, report.as_dict()
    assert (report.encoding, report.separator) == (shown, separator)
    [added] = register.activities()
    assert added.title_ar == "ورشة عمل إقليمية" and added.kind is ActivityKind.WORKSHOP and added.start == D(2023, 4, 5)


@pytest.mark.parametrize(("header", "cell", "expected"), [
    ("start", "1444/06/10 هـ", D(2023, 1, 3)),
    ("start", "١٤٤٤/٠٦/١٠هـ", D(2023, 1, 3)),
    ("start", "10/06/1444 هـ", D(2023, 1, 3)),
    ("start (hijri)", "1444/06", D(2022, 12)),  # month precision kept: the month of its first day
    ("البداية بالهجري", "1444", D(2022)),  # year precision: the year of its first day
    ("start", "45000", D(2023, 3, 15)),  # an Excel serial written out
    ("start", "05/04/2023", D(2023, 4, 5)),  # day first
    ("start", "2023/04", D(2023, 4)),
])
def test_dates(register: Register, plan: r.Agreement, tmp_path: Path, header: str, cell: str, expected: D) -> None:
    report = import_activities(register, write(tmp_path / "a.csv", [["agreement", "title_en", header], ["P/1", "x", cell]]))
    assert report.ok, report.as_dict()
    assert register.activities()[0].start == expected


def test_hijri_end_takes_the_last_day(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", [["agreement", "title_en", "start hijri", "end hijri"], ["P/1", "x", "1444", "1444"]])
    assert import_activities(register, path).ok
    a = register.activities()[0]
    assert (a.start, a.end) == (D(2022), D(2023))


def test_an_unmarked_hijri_date_is_refused_not_stored_as_year_1444(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    report = import_activities(register, write(tmp_path / "a.csv", [["agreement", "title_en", "start"], ["P/1", "x", "1444/06/10"]]))
    assert [(p.row, p.field, p.code) for p in report.errors] == [(2, "start", "hijri_unmarked")]


def test_excel_serials_and_date_cells(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    import datetime as dt

    book = Workbook()
    sheet = book.active
    sheet.append(["agreement", "title_en", "start", "end"])
    sheet.append(["P/1", "serial", 45000, 45001.0])
    sheet.append(["P/1", "cell", dt.date(2023, 4, 5), dt.datetime(2023, 4, 6, 10, 30)])
    sheet.append(["P/1", "year", 2023, None])
    book.save(tmp_path / "d.xlsx")
    assert import_activities(register, tmp_path / "d.xlsx").ok
    got = {a.title_en: (a.start, a.end) for a in register.activities()}
    assert got == {"serial": (D(2023, 3, 15), D(2023, 3, 16)), "cell": (D(2023, 4, 5), D(2023, 4, 6)), "year": (D(2023), None)}


def test_merged_cells_are_refused_naming_the_row(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["agreement", "title_en", "kind"])
    sheet.append(["P/1", "a", "workshop"])
    sheet.append(["P/1", "b", None])
    sheet.merge_cells("C2:C3")
    book.save(tmp_path / "m.xlsx")
    report = import_activities(register, tmp_path / "m.xlsx")
    assert [(p.row, p.field, p.code) for p in report.errors] == [(2, "kind", "merged_cells"), (3, "kind", "merged_cells")]
    assert register.count_activities() == 0


def test_arabic_template_headers_round_trip(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    path = export_template(tmp_path / "t.xlsx", "ar")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.cell(1, 3).value == "النوع" and sheet.sheet_view.rightToLeft
    values = {"الاتفاق": "P/1", "النوع": "زيارة ميدانية", "العنوان بالعربية": "زيارة", "الحالة": "قيد التنفيذ", "عدد المشاركين": "١٢"}
    sheet.append([values.get(c.value or "", "") for c in sheet[1]])
    book.save(path)
    report = import_activities(register, path)
    assert report.ok and report.added == 1, report.as_dict()
    a = register.activities()[0]
    assert (a.kind, a.status, a.participants) == (ActivityKind.JOINT_FIELD_VISIT, ActivityStatus.ONGOING, 12)


def test_a_column_mapping_chosen_by_the_user(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", [["agreement", "Intitulé", "Remarque"], ["P/1", "Atelier", "x"]])
    report = import_activities(register, path)
    assert report.unknown_headers == ["Intitulé", "Remarque"] and not report.ok
    report = import_activities(register, path, mapping={"Intitulé": "title_en", "Remarque": ""})
    assert report.ok and register.activities()[0].title_en == "Atelier" and register.activities()[0].notes == ""


# -- limits and cancel ------------------------------------------------------------------------
def test_row_limit_is_refused_before_any_write(register: Register, plan: r.Agreement, tmp_path: Path) -> None:
    rows = [["agreement", "title_en"]] + [["P/1", f"t{i}"] for i in range(12)]
    for name in ("a.csv", "a.xlsx"):
        path = tmp_path / name
        if name.endswith(".csv"):
            write(path, rows)
        else:
            book = Workbook()
            for row in rows:
                book.active.append(row)
            book.save(path)
        with pytest.raises(SijillError) as caught:
            import_activities(register, path, row_limit=10)
        assert caught.value.message.params == {"count": 12, "limit": 10}
    assert register.count_activities() == 0


@pytest.mark.parametrize("stage", ["check", "apply"])
def test_cancel_leaves_nothing(register: Register, plan: r.Agreement, tmp_path: Path, stage: str) -> None:
    path = write(tmp_path / "a.csv", [["agreement", "title_en"]] + [["P/1", f"t{i}"] for i in range(1200)])
    seen: list[tuple[int, int]] = []

    def cancel() -> bool:  # the check reports 5 times (every 250 rows, and at the end); then the apply
        return len(seen) >= (1 if stage == "check" else 6)

    with pytest.raises(ImportCancelled):
        import_activities(register, path, progress=lambda d, t: seen.append((d, t)), cancel=cancel)
    assert register.count_activities() == 0 and len(seen) == (1 if stage == "check" else 6)


# -- the bulk path writes what one-by-one saves write -------------------------------------------
def _stored(register: Register) -> dict[str, object]:
    from sqlalchemy import select

    from desktop.store import models as m

    with register.database.transaction() as session:
        skip = {"id", "uuid", "created_at", "updated_at", "record_uuid", "changed_at", "digest", "vid",
                "server_time", "server_user"}  # written by the server (PostgreSQL's history trigger)

        def rows(model: type, order: object) -> list[dict[str, object]]:
            table = model.__table__  # type: ignore[attr-defined]
            return [{k: v for k, v in row._mapping.items() if k not in skip}
                    for row in session.execute(select(table).order_by(order))]

        history = [h for h in rows(m.HistoryRow, m.HistoryRow.id) if h["record_kind"] == "activity"]
        for entry in history:
            changes = json.loads(str(entry["changes"]))
            changes.pop("agreement_uuid", None)
            entry["changes"] = changes
        return {
            "activities": rows(m.ActivityRow, m.ActivityRow.title_en),
            "history": history,
            "heads": len(rows(m.RecordHeadRow, m.RecordHeadRow.id)),
            "lineage": len(rows(m.LineageRow, m.LineageRow.id)),
        }


def test_bulk_import_stores_what_one_by_one_saves_store(db_url: str, tmp_path: Path) -> None:
    from desktop.services import tracking
    from desktop.services.spreadsheet import cells

    rows = [["agreement", "kind", "title_ar", "title_en", "start", "end", "place", "country", "status", "participants", "notes"],
            ["P/1", "workshop", "ورشة", "A", "2023-03", "2023-03-20", "عمّان", "الأردن", "completed", "40", "=x"],
            ["P/1", "", "", "B", "", "", "", "", "", "", ""],
            ["P/1", "lecture", "محاضرة", "C", "2021", "", "", "", "ongoing", "0", "outside"]]
    path = write(tmp_path / "a.csv", rows)
    stores = []
    for how in ("bulk", "one by one"):
        register = Register.open(db_url if how == "bulk" else f"sqlite:///{tmp_path / 'b.sqlite'}")
        register.save_agreement(r.Agreement(reference="P/1", title_ar="خطة", period_start=D(2022), period_end=D(2025)))
        if how == "bulk":
            assert import_activities(register, path).added == 3
        else:
            with tracking.acting_as(None), register.database.transaction() as session:
                for row in rows[1:]:
                    v = dict(zip(rows[0], row))
                    rec = r.Activity(agreement_uuid="P/1", kind=ActivityKind(v["kind"] or "other"), title_ar=v["title_ar"],
                                     title_en=v["title_en"], start=cells.date(v["start"]), end=cells.date(v["end"]),
                                     place=v["place"], country=v["country"], status=ActivityStatus(v["status"] or "planned"),
                                     participants=cells.whole_number(v["participants"]), notes=v["notes"])
                    tracking.save(session, rec, action="import", source="spreadsheet")
        stores.append(_stored(register))
        register.close()
    assert stores[0] == stores[1]
    assert len(stores[0]["history"]) == 3 and stores[0]["heads"] == stores[0]["lineage"] >= 3  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["ورشة  عمل - إقليمية", "Café\tx\n y", "الأُمم، المتّحدة", " - ", "ﷲ ١٢٣ A_b"])
def test_the_bulk_paths_shortcuts_equal_the_services(text: str) -> None:
    from desktop.services import convert
    from desktop.services import serialize as ser
    from desktop.services.spreadsheet import applying

    rec = r.Activity(uuid="u", agreement_uuid="a", title_ar=text, title_en=text[::-1], place=text, country="x", notes=text,
                     start=D(2023, 4), participants=3)
    assert applying.search_text(rec) == convert.activity_search_text(rec)
    assert list(applying.activity_data(rec).items()) == list(ser.to_data(rec).items())


def test_bulk_updates_store_what_one_by_one_saves_store(db_url: str, tmp_path: Path) -> None:
    """Export, change statuses, notes (one cleared) and a title, import: the same as saving each."""
    from desktop.services import tracking

    stores = []
    for how in ("bulk", "one by one"):
        register = Register.open(db_url if how == "bulk" else f"sqlite:///{tmp_path / 'b.sqlite'}")
        register.save_agreement(r.Agreement(reference="P/1", title_ar="خطة", period_start=D(2022), period_end=D(2025)))
        saved = [register.save_activity(r.Activity(agreement_uuid="P/1", title_en=f"T{i}", notes="n", start=D(2023, i + 1))).record
                 for i in range(3)]
        wanted = [("completed", "", "T0"), ("ongoing", "n2", "T1 new"), ("planned", "n", "T2")]
        if how == "bulk":
            rows = [["uuid", "status", "notes", "title_en", "version"]] + [
                [a.uuid or "", s, n, t, str(a.version)] for a, (s, n, t) in zip(saved, wanted)]
            report = import_activities(register, write(tmp_path / "u.csv", rows))
            assert report.updated == 2 and report.unchanged == 1, report.as_dict()
        else:
            with tracking.acting_as(None), register.database.transaction() as session:
                for a, (s, n, t) in zip(saved, wanted):
                    rec = r.Activity(**{**register.activity(a.uuid or "").__dict__, "status": ActivityStatus(s), "notes": n, "title_en": t})
                    tracking.save(session, rec, action="import", source="spreadsheet")
        stores.append(_stored(register))
        register.close()
    assert stores[0] == stores[1]
    assert [h["action"] for h in stores[0]["history"]] == ["create"] * 3 + ["import"] * 2  # type: ignore[index]
    assert [a["version"] for a in stores[0]["activities"]] == [2, 2, 1]  # type: ignore[index]

"""Spreadsheet export and import under hostile text: no cell can run as a formula, and
every character survives export then import (CSV and .xlsx)."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from openpyxl import load_workbook

from desktop.domain import records as r
from desktop.domain.kinds import ActivityKind, ActivityStatus
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from desktop.services.spreadsheet import (
    COLUMNS, FORMULA_STARTS, activity_row, export_activities, export_rows, import_activities, neutralise, read_table,
)
from desktop.services.spreadsheet.cells import text as cell_text
from hostile_strategies import FAST, SPECIALS, hostile_text

PAYLOAD = "cmd|' /C calc'!A0"
TEXT_COLUMNS = ("title_ar", "title_en", "place", "country", "notes")


def _raw_cells(path: Path) -> list[list[str]]:
    """Cells exactly as a spreadsheet program would read them."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [row for row in csv.reader(handle)]
    workbook = load_workbook(path)  # not data_only: formulas would show as data_type "f"
    sheet = workbook.worksheets[0]
    cells = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula: {cell.value!r}"
        cells.append(["" if c.value is None else str(c.value) for c in row])
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    return cells


@pytest.fixture
def plan(register: Register) -> r.Agreement:
    return register.save_agreement(r.Agreement(reference="=HYPERLINK(1)", title_en="Plan")).record


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("start", FORMULA_STARTS, ids=["eq", "plus", "minus", "at", "tab", "cr"])
def test_no_cell_starts_a_formula(register: Register, plan: r.Agreement, tmp_path: Path, start: str, suffix: str) -> None:
    value = start + PAYLOAD
    saved = register.save_activity(
        r.Activity(agreement_uuid=plan.uuid, **{name: value for name in TEXT_COLUMNS})
    ).record
    path = tmp_path / f"out{suffix}"
    assert export_activities(register, path) == 1
    header, row = _raw_cells(path)
    assert header == list(COLUMNS)
    for name, cell in zip(COLUMNS, row):
        if name in TEXT_COLUMNS or name == "agreement":
            assert cell.startswith("'"), (name, cell)
        assert not cell.startswith(FORMULA_STARTS), (name, cell)
    # ... and import gives back exactly what was stored.
    report = import_activities(register, path)
    assert report.ok and report.unchanged == 1, report.as_dict()
    assert register.activity(saved.uuid).notes == value


@pytest.mark.parametrize("start", FORMULA_STARTS + ("'",))
def test_neutralise_every_start(start: str) -> None:
    assert neutralise(start + "1").startswith("'" + start)
    assert neutralise("a" + start) == "a" + start


@FAST
@given(text=hostile_text)
def test_every_character_survives_csv_and_xlsx(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    activity = r.Activity(
        uuid="5c7f0d2e-0000-4000-8000-000000000000", agreement_reference="REF", kind=ActivityKind.WORKSHOP,
        status=ActivityStatus.COMPLETED, title_ar=text, title_en=" " + text + " ", place=text, country=text, notes=text,
    )
    folder = tmp_path_factory.mktemp("sheets")
    for suffix in (".csv", ".xlsx"):
        path = folder / f"one{suffix}"
        export_rows(path, COLUMNS, [activity_row(activity)])
        table = read_table(path)
        assert table.header == list(COLUMNS)
        [(_number, cells)] = table.rows
        got = dict(zip(COLUMNS, (cell_text(c, xlsx=suffix == ".xlsx") for c in cells)))
        for name in TEXT_COLUMNS:
            assert got[name] == getattr(activity, name), (suffix, name)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_special_text_round_trips_through_import(register: Register, plan: r.Agreement, tmp_path: Path, suffix: str) -> None:
    """Export then import of hostile text finds every row unchanged (compared exactly)."""
    texts = [s for s in SPECIALS if s.strip()] + ["_x0041_", "_x000D_", "a\rb", "\x01\x02\x1f\ufffe\uffff", "'=x", "''y", "  pad  "]
    saved = [
        register.save_activity(r.Activity(agreement_uuid=plan.uuid, title_en=f"t{i}", title_ar=t, notes=t, place=t)).record
        for i, t in enumerate(texts)
    ]
    path = tmp_path / f"all{suffix}"
    assert export_activities(register, path) == len(texts)
    report = import_activities(register, path)
    assert report.ok and report.unchanged == len(texts) and report.updated == 0, report.as_dict()
    for i, rec in enumerate(saved):
        back = register.activity(rec.uuid)
        assert (back.title_ar, back.notes, back.place) == (texts[i],) * 3


def _rewrite_sheet(path: Path, sheet_data: bytes, prolog: bytes = b"") -> None:
    """An .xlsx made by openpyxl whose first sheet gets ``sheet_data`` (and a DOCTYPE)."""
    import re
    import zipfile

    from openpyxl import Workbook

    Workbook().save(path)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = re.sub(rb"<sheetData\s*/>|<sheetData></sheetData>", lambda _m: b"<sheetData>" + sheet_data + b"</sheetData>", members[name])
    assert xml != members[name]
    if prolog:
        xml = re.sub(rb"^(<\?xml[^>]*\?>)?", lambda m: (m.group(0) or b"") + prolog, xml, count=1)
    members[name] = xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for member, blob in members.items():
            z.writestr(member, blob)


def _cell(text: bytes) -> bytes:
    return b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"


LAUGHS = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + b"".join(
    b'<!ENTITY ' + bytes([98 + i]) + b' "' + (b"&" + bytes([97 + i]) + b";") * 10 + b'">' for i in range(8)) + b"]>"
HOSTILE_FILES = {
    "nul.csv": lambda p, ref: p.write_bytes(f"agreement,title_en\n{ref},a\x00b\n".encode()),
    "random.xlsx": lambda p, ref: p.write_bytes(bytes(range(256)) * 40),
    "text.xlsx": lambda p, ref: p.write_text("agreement,title_en\n", encoding="utf-8"),
    "huge-field.csv": lambda p, ref: p.write_text(f"agreement,title_en\n{ref}," + "x" * 200_000 + "\n", encoding="utf-8"),
    "bomb.xlsx": lambda p, ref: _rewrite_sheet(p, _cell(b"A" * (24 << 20))),
    "entities.xlsx": lambda p, ref: _rewrite_sheet(p, _cell(b"&i;"), LAUGHS),
    "external-entity.xlsx": lambda p, ref: _rewrite_sheet(p, _cell(b"&x;"), b'<!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_spreadsheet_import_is_refused_clearly(name: str, register: Register, plan: r.Agreement, tmp_path: Path, run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hostile_helpers import one_clear_line
    from desktop.services.spreadsheet import xlsx

    monkeypatch.setattr(xlsx, "XLSX_MAX_INFLATED", 16 << 20)
    path = tmp_path / name
    HOSTILE_FILES[name](path, plan.uuid)
    before = register.count_activities()
    code, out, err = run_cli("--db", str(register.database.path), "import-activities", str(path))
    assert code == 1, err
    if err:
        one_clear_line(err)
    else:
        assert "nothing imported" in out and "cannot be stored" in out, out
    assert "root:" not in out + err  # no file content leaked through an entity
    assert register.count_activities() == before

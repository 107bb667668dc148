"""A copy of a register (``backup -o``, a copy by hand) edited elsewhere exchanges bundles
with the original with no edit lost: the id belongs to one file on one machine, and a copy
that finds itself elsewhere takes an id of its own, saying so."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.domain.errors import SijillError
from desktop.services.fieldwork.identity import HOME_KEY
from desktop.services.register import Register
from exchange_helpers import PLAN


def _backup(office: Register, target: Path) -> None:
    office.backup_now(target)


def _by_hand(office: Register, target: Path) -> None:
    source = office.database.path
    assert source is not None
    con = sqlite3.connect(source)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copyfile(source, target)


def _an_activity(register: Register) -> str:
    return next(a.uuid for a in register.activities() if a.uuid)  # type: ignore[misc]


@pytest.mark.parametrize("copy", [_backup, _by_hand], ids=["backup -o", "by hand"])
def test_a_copy_and_its_original_exchange_both_ways(office: Register, tmp_path: Path, copy: Callable[[Register, Path], None], run_cli) -> None:  # type: ignore[no-untyped-def]
    office.export_bundle(tmp_path / "first.sijill", agreements=[PLAN])  # the office's id is made, and bound here
    copy(office, tmp_path / "laptop.sqlite")
    laptop = Register.open(tmp_path / "laptop.sqlite")
    uuid = _an_activity(laptop)
    laptop.save_activity(dataclasses.replace(laptop.activity(uuid), notes="Written in the field"))
    laptop.close()
    code, out, err = run_cli("--db", str(tmp_path / "laptop.sqlite"), "bundle", "export", "-o", str(tmp_path / "field.sijill"))
    assert code == 0, err
    assert out.startswith("note: This register is a copy") and "id of its own" in out

    report = office.import_bundle(tmp_path / "field.sijill")  # before: "made by this very database"
    assert report.updated == 1 and report.conflicts == []
    assert office.activity(uuid).notes == "Written in the field"

    office.save_activity(dataclasses.replace(office.activity(uuid), place="Jeddah"))
    laptop = Register.open(tmp_path / "laptop.sqlite")
    try:
        back = laptop.import_bundle(office.export_bundle(tmp_path / "office.sijill", agreements=[PLAN]).path)
        assert back.conflicts == [] and back.note is None
        merged = laptop.activity(uuid)
        assert (merged.notes, merged.place) == ("Written in the field", "Jeddah")
    finally:
        laptop.close()


def test_copies_made_before_ids_were_bound_are_told_apart_on_import(office: Register, tmp_path: Path) -> None:
    """Both files hold the same id and neither knows where it belongs (made by an older
    version): the office sees the bundle comes from elsewhere, takes a new id and merges."""
    office.export_bundle(tmp_path / "first.sijill", agreements=[PLAN])
    _by_hand(office, tmp_path / "laptop.sqlite")
    for path in (office.database.path, tmp_path / "laptop.sqlite"):
        con = sqlite3.connect(str(path))
        con.execute("DELETE FROM register_setting WHERE key = ?", (HOME_KEY,))
        con.commit()
        con.close()
    laptop = Register.open(tmp_path / "laptop.sqlite")
    try:
        uuid = _an_activity(laptop)
        laptop.save_activity(dataclasses.replace(laptop.activity(uuid), notes="Field"))
        field = laptop.export_bundle(tmp_path / "field.sijill")
        assert field.note is None  # it cannot tell it is a copy: it binds its id to where it is
        report = office.import_bundle(field.path)
        assert report.note is not None and "copy of this register" in report.note.render()
        assert report.updated == 1 and office.activity(uuid).notes == "Field"
        assert laptop.import_bundle(office.export_bundle(tmp_path / "office.sijill").path).conflicts == []
    finally:
        laptop.close()


def test_a_bundle_from_this_very_file_is_still_refused(office: Register, tmp_path: Path) -> None:
    bundle = office.export_bundle(tmp_path / "own.sijill", agreements=[PLAN]).path
    with pytest.raises(SijillError, match="this very database"):
        office.import_bundle(bundle)

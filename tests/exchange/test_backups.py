from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.errors import SijillError
from desktop.store import backups
from desktop.services.demo import load_demo
from desktop.services.register import Register

PLAN = "UNHCR-OIC/JAP/2022-2025"
pytestmark = pytest.mark.sqlite_only  # backups are copies of SQLite files


@pytest.fixture
def auto_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(backups.ENV_SKIP, raising=False)


def test_backup_and_restore_round_trip(register: Register, db_path: Path) -> None:
    load_demo(register)
    before = register.agreement(PLAN)
    made = register.backup_now()
    assert made.parent == backups.backup_dir()
    assert made.stat().st_mode & 0o077 == 0
    register.save_agreement(dataclasses.replace(before, title_en="Changed after the backup"))
    register.close()
    aside = Register.restore_backup(db_path, made)
    assert aside is not None and aside.exists()
    again = Register.open(db_path)
    assert again.agreement(PLAN).title_en == before.title_en
    again.close()
    kept = Register.open(aside, read_only=True)  # the file replaced is kept, with the later change
    assert kept.agreement(PLAN).title_en == "Changed after the backup"
    kept.close()


def test_restore_refuses_a_damaged_or_foreign_file(register: Register, db_path: Path, tmp_path: Path) -> None:
    load_demo(register)
    good = register.backup_now(tmp_path / "good.sqlite")
    register.close()
    original = db_path.read_bytes()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(good.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database")
    for bad in (damaged, foreign, text, tmp_path / "missing.sqlite"):
        with pytest.raises(SijillError):
            Register.restore_backup(db_path, bad)
        assert db_path.read_bytes() == original
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_auto_backup_once_a_day_and_rotation(register: Register, auto_on: None, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 1, 1, 9, 0, 0)
    made = []
    for day in range(60):
        for hour in (9, 17):  # opened twice a day: one backup
            result = backups.auto_backup(register.database, now=start + dt.timedelta(days=day, hours=hour - 9), folder=folder)
            if result is not None:
                made.append(result)
    assert len(made) == 60
    kept = backups.list_backups(register.database, folder)
    days = sorted(b.created_at.date() for b in kept)
    assert len(kept) == 7 + 4
    assert days[-7:] == [dt.date(2026, 3, 1) - dt.timedelta(days=i) for i in range(6, -1, -1)]
    weeks = {d.isocalendar()[:2] for d in days[:4]}
    assert len(weeks) == 4


def test_auto_backup_skipped_when_asked(register: Register) -> None:
    assert backups.auto_backup(register.database) is None  # tests set SIJILL_NO_AUTO_BACKUP


def test_cli_opens_with_an_automatic_backup(run_cli, db_path: Path, auto_on: None) -> None:  # type: ignore[no-untyped-def]
    Register.open(db_path).close()
    code, _out, err = run_cli("--db", str(db_path), "agreements")
    assert code == 0, err
    assert len([b for b in backups.list_backups(Register.open(db_path).database) if b.kind == "auto"]) == 1


def test_cli_backup_list_restore(run_cli, register: Register, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_demo(register)
    register.close()
    target = tmp_path / "copy.sqlite"
    code, out, err = run_cli("--db", str(db_path), "backup", "-o", str(target))
    assert code == 0, err
    assert target.exists()
    code, out, err = run_cli("--db", str(db_path), "backup")
    assert code == 0, err
    code, out, err = run_cli("--db", str(db_path), "backups", "--json")
    assert code == 0 and '"manual"' in out
    code, out, err = run_cli("--db", str(db_path), "restore", str(target))
    assert code == 0, err
    assert "kept as" in out
    code, out, err = run_cli("--db", str(db_path), "restore", str(tmp_path / "nothing.sqlite"))
    assert code == 1 and "No backup file" in err

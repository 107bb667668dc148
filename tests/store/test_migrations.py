from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.domain.errors import SchemaTooNewError, StorageError
from desktop.store import migrate
from desktop.store.database import open_database


def test_empty_file_goes_to_head(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        tables = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert {"agreement", "activity", "organization", "person", "milestone", "objective", "signatory"} <= tables
    db.close()


def test_sqlite_pragmas(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    db.close()


def test_downgrade_upgrade_round_trip(db_path: Path) -> None:
    db = open_database(db_path)
    migrate.downgrade(db.engine, "base")
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) is None
        assert connection.execute(text("SELECT count(*) FROM sqlite_master WHERE name='agreement'")).scalar() == 0
    migrate.upgrade(db.engine)
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    db.close()


def test_newer_schema_is_refused_and_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError) as info:
        open_database(db_path)
    assert "newer version of Sijill" in str(info.value)
    assert db_path.read_bytes() == before
    assert not Path(str(db_path) + "-wal").exists()


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b"\x00" * 4096, b"SQLite format 3\x00" + b"\x07" * 1000])
def test_garbage_is_refused_and_untouched(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    with pytest.raises(StorageError):
        open_database(db_path)
    assert db_path.read_bytes() == content


def test_other_sqlite_file_is_refused(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE songs (id INTEGER)")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="not a Sijill register"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_new_file_is_private(db_path: Path) -> None:
    open_database(db_path).close()
    assert db_path.stat().st_mode & 0o077 == 0


def test_backup_before_migrating_an_older_file(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).close()
    # Pretend the app has a newer head than the file: the file must be copied aside first.
    monkeypatch.setattr(migrate, "is_head", lambda revision: False)
    monkeypatch.setattr(migrate, "upgrade", lambda engine, revision="head": None)
    open_database(db_path).close()
    head = migrate.head_revision()
    copies = list(db_path.parent.glob(f"register.before-migration-{head}-*.sqlite"))
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    con.close()


def test_0005_fills_the_sort_keys_of_existing_activities(db_path: Path) -> None:
    """Migration 0005 (issue 17): the normalised title sort keys of activities saved before it,
    and an index for each sortable column."""
    from desktop.domain import records as r
    from desktop.services.register import Register
    from desktop.store.models import ACTIVITY_INDEXES
    from desktop.text.normalize import normalize_for_search

    register = Register.open(db_path)
    plan = register.save_agreement(r.Agreement(reference="P/1", title_en="Plan")).record
    act = register.save_activity(r.Activity(agreement_uuid=plan.uuid, title_ar="إعلان الأمم", title_en="Éa")).record
    migrate.downgrade(register.database.engine, "0003")
    migrate.upgrade(register.database.engine)
    with register.database.engine.connect() as connection:
        keys = connection.execute(text("SELECT sort_title_ar, sort_title_en FROM activity WHERE uuid = :u"), {"u": act.uuid}).one()
        indexes = {row[0] for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type='index'"))}
    assert tuple(keys) == (normalize_for_search("إعلان الأمم"), normalize_for_search("Éa"))
    assert set(ACTIVITY_INDEXES) <= indexes
    register.close()

"""Opening a register on a PostgreSQL server: migrations, refusals, clear messages.

These need the throwaway server (scripts/test.sh starts it); without it they are skipped."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from desktop.domain.errors import SchemaTooNewError, StorageError
from desktop.services.connection import test_connection as check_connection
from desktop.services.register import Register
from desktop.store import migrate
from desktop.store.database import open_database


@pytest.fixture
def empty_url(pg_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    name = pg_server.create_empty()
    yield pg_server.url_for(name)
    pg_server.drop(name)


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_empty_database_goes_to_head_and_back(empty_url: str) -> None:
    db = open_database(empty_url)
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    assert {"agreement", "activity", "organization", "person", "milestone", "record_history"} <= _tables(empty_url)
    migrate.downgrade(db.engine, "base")
    assert _tables(empty_url) == {"alembic_version"}
    migrate.upgrade(db.engine)
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    db.close()


def test_every_step_down_and_up(empty_url: str) -> None:
    db = open_database(empty_url)
    revisions = [r.revision for r in migrate.script_directory().walk_revisions()]  # head first
    for target in revisions[1:] + ["base"]:
        migrate.downgrade(db.engine, target)
    for target in reversed(revisions):
        migrate.upgrade(db.engine, target)
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    db.close()


def test_newer_schema_is_refused_and_untouched(empty_url: str) -> None:
    open_database(empty_url).close()
    engine = create_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
        connection.execute(text("ALTER TABLE agreement DROP COLUMN purpose_en"))  # as a future schema might
    before = _tables(empty_url)
    with pytest.raises(SchemaTooNewError) as info:
        open_database(empty_url)
    assert "newer version of Sijill" in str(info.value)
    assert "ffff_from_the_future" in str(info.value)
    assert make_url(empty_url).password not in str(info.value)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "ffff_from_the_future"
        assert "purpose_en" not in {c["name"] for c in inspect(connection).get_columns("agreement")}
    assert _tables(empty_url) == before
    engine.dispose()
    ok, message = check_connection(empty_url)
    assert not ok and "newer version of Sijill" in message


def test_a_database_of_another_program_is_refused_and_untouched(empty_url: str) -> None:
    engine = create_engine(empty_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE songs (id integer)"))
    engine.dispose()
    with pytest.raises(StorageError, match="not a Sijill register"):
        open_database(empty_url)
    assert _tables(empty_url) == {"songs"}


def test_wrong_password(pg_url: str) -> None:
    url = make_url(pg_url).set(password="not-the-password").render_as_string(hide_password=False)
    with pytest.raises(StorageError) as info:
        Register.open(url)
    message = str(info.value)
    assert "refused the user name or password" in message
    assert "not-the-password" not in message
    ok, text_ = check_connection(url)
    assert not ok and "refused the user name or password" in text_


def test_server_down(pg_url: str) -> None:
    url = make_url(pg_url).set(port=_closed_port()).render_as_string(hide_password=False)
    with pytest.raises(StorageError) as info:
        Register.open(url)
    assert "Cannot reach the database server" in str(info.value)
    assert make_url(pg_url).password not in str(info.value)
    ok, text_ = check_connection(url)
    assert not ok and "Cannot reach the database server" in text_


def test_unknown_database(pg_url: str) -> None:
    url = make_url(pg_url).set(database="no_such_register").render_as_string(hide_password=False)
    with pytest.raises(StorageError, match="has no such database"):
        Register.open(url)


def test_connection_test_on_a_good_server_changes_nothing(empty_url: str, pg_url: str) -> None:
    ok, message = check_connection(pg_url)
    assert ok, message
    ok, message = check_connection(empty_url)
    assert ok and "empty" in message
    assert _tables(empty_url) == set()  # a test is not an open: no migration


def test_two_apps_creating_the_schema_at_once(empty_url: str) -> None:
    import threading

    results: list[object] = []

    def open_one() -> None:
        try:
            open_database(empty_url).close()
            results.append("ok")
        except Exception as exc:  # noqa: BLE001 - the test reports it
            results.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert results == ["ok", "ok"]

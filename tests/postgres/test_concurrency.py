"""Two people on one register: a stale save is refused naming who changed the record, a
race has exactly one winner, nothing is silently overwritten; a server that drops
mid-session gives a clear error, and saving works again once it is back.

The two-register tests run on SQLite (one file) and, with the test server, on PostgreSQL."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop.domain import records as r
from desktop.domain.errors import ConflictError, StorageError
from desktop.services import organizations
from desktop.services.register import Register
from tcp_proxy import TcpProxy


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Register, Register]]:
    first = Register.open(db_url)
    second = Register.open(db_url)
    yield first, second
    first.close()
    second.close()


def _unhcr(register: Register) -> r.Organization:
    return register.save_organization(r.Organization(name_ar="المفوضية", name_en="UNHCR", acronym="UNHCR")).record


def test_second_save_is_refused_naming_who_and_when(two: tuple[Register, Register]) -> None:
    amina, badr = two
    amina.set_user_name("Amina")
    created = _unhcr(amina)
    theirs = badr.organization(created.uuid)
    mine = amina.organization(created.uuid)
    amina.save_organization(dataclasses.replace(mine, country="Jordan"))
    with pytest.raises(ConflictError) as info:
        badr.save_organization(dataclasses.replace(theirs, country="Egypt"))
    error = info.value
    assert error.who == "Amina" and "Amina changed this record at" in str(error)
    assert error.when is not None and error.version == mine.version + 1 and error.record_uuid == created.uuid
    assert badr.organization(created.uuid).country == "Jordan"


def test_reload_then_save_wins(two: tuple[Register, Register]) -> None:
    amina, badr = two
    created = _unhcr(amina)
    stale = badr.organization(created.uuid)
    amina.save_organization(dataclasses.replace(created, country="Jordan"))
    with pytest.raises(ConflictError):
        badr.save_organization(dataclasses.replace(stale, country="Egypt"))
    fresh = badr.organization(created.uuid)  # "reload", then the user's value again
    saved = badr.save_organization(dataclasses.replace(fresh, country="Egypt")).record
    assert saved.country == "Egypt" and saved.version == fresh.version + 1


def test_race_both_read_then_both_save(two: tuple[Register, Register], monkeypatch: pytest.MonkeyPatch) -> None:
    """B has read the row and passed the version check when A commits: B's UPDATE ... WHERE
    version = old matches nothing (PostgreSQL), or SQLite refuses B's stale snapshot."""
    amina, badr = two
    created = _unhcr(amina)
    checked, committed = threading.Event(), threading.Event()
    original = organizations.check_version

    def check_then_wait(row, rec):  # type: ignore[no-untyped-def]
        original(row, rec)
        if threading.current_thread().name == "badr":
            checked.set()
            assert committed.wait(20)

    monkeypatch.setattr(organizations, "check_version", check_then_wait)
    outcome: dict[str, object] = {}

    def badr_saves() -> None:
        try:
            outcome["badr"] = badr.save_organization(dataclasses.replace(created, country="Egypt")).record
        except Exception as exc:  # noqa: BLE001 - examined below
            outcome["badr"] = exc

    thread = threading.Thread(target=badr_saves, name="badr")
    thread.start()
    assert checked.wait(20)
    try:
        outcome["amina"] = amina.save_organization(dataclasses.replace(created, country="Jordan")).record
    finally:
        committed.set()
        thread.join(30)
    assert isinstance(outcome["amina"], r.Organization)
    assert isinstance(outcome["badr"], ConflictError), outcome["badr"]
    assert outcome["badr"].record_uuid == created.uuid  # run again, the version check named it
    stored = amina.organization(created.uuid)
    assert stored.country == "Jordan" and stored.version == created.version + 1
    assert [h.changes.get("country") for h in amina.history(created.uuid) if h.action == "update"] == [["", "Jordan"]]


def test_many_concurrent_saves_lose_nothing_silently(two: tuple[Register, Register]) -> None:
    amina, badr = two
    created = _unhcr(amina)
    wins: list[str] = []
    refusals: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(2)

    def editor(register: Register, name: str) -> None:
        start.wait(10)
        for i in range(8):
            rec = register.organization(created.uuid)
            try:
                register.save_organization(dataclasses.replace(rec, acronym=f"{name}{i}"))
                with lock:
                    wins.append(f"{name}{i}")
            except ConflictError:
                with lock:
                    refusals.append(f"{name}{i}")

    threads = [threading.Thread(target=editor, args=(reg, name)) for reg, name in ((amina, "a"), (badr, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(wins) + len(refusals) == 16
    stored = amina.organization(created.uuid)
    # every successful save moved the version by one: none overwrote another unnoticed
    assert stored.version == created.version + len(wins)
    assert stored.acronym == wins[-1] or stored.acronym in wins


# -- a server that goes away (PostgreSQL only) -------------------------------------------------
@pytest.fixture
def proxied(pg_server, pg_database: str) -> Iterator[tuple[TcpProxy, str]]:  # type: ignore[no-untyped-def]
    url = make_url(pg_server.url_for(pg_database))
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    proxy.start()
    yield proxy, url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    proxy.stop()


def test_server_drop_between_actions(proxied: tuple[TcpProxy, str]) -> None:
    proxy, url = proxied
    register = Register.open(url)
    created = _unhcr(register)
    proxy.stop()
    edited = dataclasses.replace(created, country="Jordan")
    with pytest.raises(StorageError) as info:
        register.save_organization(edited)
    assert "Cannot reach the database server" in str(info.value)
    assert make_url(url).password not in str(info.value)
    proxy.start()  # the server is back, same address
    saved = register.save_organization(edited).record
    assert saved.country == "Jordan" and saved.version == created.version + 1
    register.close()


def test_server_drop_during_a_save(proxied: tuple[TcpProxy, str], pg_server, pg_database: str) -> None:  # type: ignore[no-untyped-def]
    """The connection is cut while the save waits inside its transaction: nothing is saved,
    the message says so, and the same save works once the server is back."""
    proxy, url = proxied
    register = Register.open(url)
    created = _unhcr(register)
    from sqlalchemy import create_engine

    other = create_engine(pg_server.url_for(pg_database))
    holder = other.connect()
    trans = holder.begin()
    holder.execute(text("SELECT id FROM organization WHERE uuid = :u FOR UPDATE"), {"u": created.uuid})
    edited = dataclasses.replace(created, country="Jordan")
    outcome: list[object] = []

    def save() -> None:
        try:
            outcome.append(register.save_organization(edited))
        except Exception as exc:  # noqa: BLE001 - examined below
            outcome.append(exc)

    thread = threading.Thread(target=save)
    thread.start()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # wait until the save is blocked on the row lock
        waiting = holder.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d AND wait_event_type = 'Lock'"),
            {"d": pg_database},
        ).scalar()
        if waiting:
            break
        time.sleep(0.02)
    proxy.stop()
    thread.join(20)
    trans.rollback()
    holder.close()
    other.dispose()
    assert len(outcome) == 1 and isinstance(outcome[0], StorageError), outcome
    assert "was lost" in str(outcome[0]) and "not saved" in str(outcome[0])
    proxy.start()
    assert register.organization(created.uuid).country == ""
    saved = register.save_organization(edited).record
    assert saved.country == "Jordan"
    register.close()


def test_killed_connections_are_replaced_silently(pg_server, pg_url: str, pg_database: str) -> None:  # type: ignore[no-untyped-def]
    register = Register.open(pg_url)
    created = _unhcr(register)
    assert pg_server.terminate(pg_database) >= 1
    saved = register.save_organization(dataclasses.replace(created, country="Jordan")).record  # pool_pre_ping
    assert saved.version == created.version + 1
    register.close()

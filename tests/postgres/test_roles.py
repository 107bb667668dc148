"""Issue 21 on the throwaway server: each role does exactly its list and is refused the rest
in one clear line; history rows carry the server login and no app role can alter them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.domain.access import Access
from desktop.services.register import Register
from server_logins import Logins, role_register  # noqa: F401

ROLES = ("reader", "editor", "admin")


def login_of(logins: Logins, role: str) -> str:
    return next(n for n in logins.names if n.endswith("_" + role))


def url_of(logins: Logins, role: str) -> str:
    return logins.url(login_of(logins, role))


def count(logins: Logins, table: str) -> int:
    rows = logins.sql(logins.owner_url, f"SELECT count(*) FROM {table}")
    return int(rows[0][0])  # type: ignore[index]


@pytest.mark.parametrize("role", ROLES)
def test_access_is_read_at_connect_time(role_register: Logins, role: str) -> None:
    register = Register.open(url_of(role_register, role))
    try:
        assert register.access is Access(role)
        assert register.privileges().login == login_of(role_register, role)
        assert register.read_only is (role == "reader")
    finally:
        register.close()
    owner = Register.open(role_register.owner_url)
    assert owner.access is Access.OWNER and not owner.read_only
    owner.close()


# what each command needs; every role is tried on every one
COMMANDS: list[tuple[tuple[str, ...], str]] = [
    (("agreements", "--json"), "reader"),
    (("trash", "--json"), "reader"),
    (("demo",), "editor"),
    (("bundle", "export", "-o", "{tmp}/b.sijill"), "editor"),
    (("server", "users", "--json"), "admin"),
    (("server", "grant", "{reader}", "--role", "reader"), "admin"),
    (("server", "setup",), "owner"),
]


@pytest.mark.parametrize("role", ROLES)
def test_each_role_can_do_exactly_its_list(role_register: Logins, role: str, run_cli: Any, tmp_path: Any) -> None:
    url = url_of(role_register, role)
    mine = Access(role)
    for command, needed in COMMANDS:
        args = [a.format(tmp=tmp_path, reader=login_of(role_register, "reader")) for a in command]
        before = count(role_register, "record_history")
        code, out, err = run_cli("--db", url, *args)
        if mine.allows(Access(needed)):
            assert code == 0, (role, command, err)
            continue
        assert code == 1, (role, command, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("sijill: error: "), err
        assert login_of(role_register, role) in lines[0]
        assert ("read-only:" in lines[0]) if needed == "editor" else ("not allowed:" in lines[0])
        assert count(role_register, "record_history") == before  # refused before trying


@pytest.mark.parametrize("role", ROLES)
def test_the_server_refuses_what_the_role_may_not_do(role_register: Logins, role: str) -> None:
    """Under the app: the server's grants, tried with plain SQL as each login."""
    url = url_of(role_register, role)
    role_register.sql(role_register.owner_url, "INSERT INTO organization (uuid, created_at, updated_at, version, name_ar, name_en, acronym, kind, country) "
                      "VALUES ('00000000-0000-0000-0000-000000000001', now(), now(), 1, '', 'X', 'X', 'other', '')")
    attempts = {
        "SELECT count(*) FROM organization": "reader",
        "UPDATE organization SET country = 'JO'": "editor",
        "INSERT INTO tombstone (record_kind, record_uuid, label, digest, marker, version, deleted_at, deleted_by, in_trash) "
        "VALUES ('organization', 'u', '', '', '', 1, now(), '', true)": "editor",
        "INSERT INTO exchange_peer (peer_id, name) VALUES ('p', 'n')": "editor",
        "INSERT INTO register_setting (key, value) VALUES ('k', 'v')": "admin",
        "UPDATE register_setting SET value = 'x'": "admin",
        "UPDATE record_history SET changed_by = 'someone else'": "nobody",
        "DELETE FROM record_history": "nobody",
        "TRUNCATE record_history": "nobody",
        "UPDATE alembic_version SET version_num = '0001'": "nobody",
        "DROP TABLE activity": "nobody",
        "ALTER TABLE record_history DISABLE TRIGGER sijill_history_stamp": "nobody",
        "CREATE TRIGGER sneaky BEFORE INSERT ON record_history FOR EACH ROW EXECUTE FUNCTION sijill_history_stamp()": "nobody",
    }
    for statement, needed in attempts.items():
        allowed = needed != "nobody" and Access(role).allows(Access(needed))
        if allowed:
            role_register.sql(url, statement)
        else:
            with pytest.raises(Exception, match="permission denied|must be owner"):
                role_register.sql(url, statement)
    role_register.sql(url, "GRANT UPDATE, DELETE ON record_history TO PUBLIC")  # the server only warns: nothing granted
    granted = role_register.sql(url, "SELECT has_table_privilege('public', 'record_history', 'UPDATE'), "
                                "has_table_privilege('public', 'record_history', 'DELETE')")
    assert granted == [(False, False)]


def test_history_carries_the_server_login_and_cannot_be_forged(role_register: Logins, run_cli: Any, monkeypatch: Any) -> None:
    editor = login_of(role_register, "editor")
    monkeypatch.setenv("SIJILL_USER", "Amina Haddad")
    assert run_cli("--db", url_of(role_register, "editor"), "demo")[0] == 0
    code, out, _ = run_cli("--db", url_of(role_register, "reader"), "agreements", "--json")
    plan = json.loads(out)[0]["uuid"]
    code, out, err = run_cli("--db", url_of(role_register, "reader"), "history", plan, "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert entries and all(e["who"] == "Amina Haddad" and e["server_user"] == editor for e in entries)
    assert all(e["server_time"] for e in entries) and {"when", "action", "changes"} <= set(entries[0])
    code, out, _ = run_cli("--db", url_of(role_register, "reader"), "history", plan)
    assert f"Amina Haddad [server login {editor}]" in out
    # a row written by hand with another login's name still gets the writer's own login
    forged = role_register.sql(
        url_of(role_register, "admin"),
        "INSERT INTO record_history (record_kind, record_uuid, changed_at, changed_by, action, label, changes, source, digest, "
        f"server_user, server_time) VALUES ('agreement', '{plan}', now(), 'x', 'update', '', '{{}}', '', '', '{editor}', "
        "'2000-01-01') RETURNING server_user, server_time > '2020-01-01'",
    )
    assert forged == [(login_of(role_register, "admin"), True)]


@pytest.mark.parametrize("who", ["reader", "editor", "admin", "owner"])
def test_no_one_alters_the_history(role_register: Logins, run_cli: Any, who: str) -> None:
    assert run_cli("--db", url_of(role_register, "editor"), "demo")[0] == 0
    url = role_register.owner_url if who == "owner" else url_of(role_register, who)
    before = role_register.sql(role_register.owner_url, "SELECT count(*), max(changed_by) FROM record_history")
    for statement in ("UPDATE record_history SET changed_by = 'nobody'", "DELETE FROM record_history", "TRUNCATE record_history"):
        with pytest.raises(Exception, match="permission denied"):
            role_register.sql(url, statement)
    assert role_register.sql(role_register.owner_url, "SELECT count(*), max(changed_by) FROM record_history") == before


def test_admin_gives_and_takes_roles(role_register: Logins, run_cli: Any) -> None:
    admin = url_of(role_register, "admin")
    newcomer = role_register.create(role_register.names[0] + "_new")
    assert run_cli("--db", admin, "server", "grant", newcomer, "--role", "editor")[0] == 0
    users = {u["login"]: u["role"] for u in json.loads(run_cli("--db", admin, "server", "users", "--json")[1])}
    assert users[newcomer] == "editor" and users[login_of(role_register, "reader")] == "reader"
    assert Register.open(role_register.url(newcomer)).access is Access.EDITOR
    assert run_cli("--db", admin, "server", "grant", newcomer, "--role", "admin")[0] == 0  # admins make admins
    assert run_cli("--db", role_register.url(newcomer), "server", "revoke", login_of(role_register, "reader"))[0] == 0
    users = {u["login"]: u["role"] for u in json.loads(run_cli("--db", admin, "server", "users", "--json")[1])}
    assert users[newcomer] == "admin" and login_of(role_register, "reader") not in users
    code, _, err = run_cli("--db", admin, "server", "grant", "no_such_login_here", "--role", "reader")
    assert code == 1 and "no login no_such_login_here" in err and len(err.strip().splitlines()) == 1


def test_a_login_without_a_role_is_refused_clearly(role_register: Logins, run_cli: Any) -> None:
    stranger = role_register.create(role_register.names[0] + "_none")
    code, _, err = run_cli("--db", role_register.url(stranger), "agreements")
    assert code == 3 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "role does not allow" in err or "permission denied" in err


def test_setup_is_idempotent_and_owner_only(role_register: Logins, run_cli: Any) -> None:
    code, out, err = run_cli("--db", role_register.owner_url, "server", "setup")
    assert code == 0 and "created: none" in out, err


def test_only_the_owner_migrates(pg_server: Any, role_register: Logins) -> None:
    """A database at an older schema, opened by an editor: one line saying who can update it."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from desktop.domain.errors import StorageError
    from desktop.store import migrate, roles

    name = pg_server.create_empty()
    try:
        url = pg_server.url_for(name)
        engine = create_engine(url, poolclass=NullPool)
        migrate.upgrade(engine, "0003")
        with engine.begin() as connection:
            roles.setup(connection)
        engine.dispose()
        editor = role_register.url(login_of(role_register, "editor")).rsplit("/", 1)[0] + "/" + name
        with pytest.raises(StorageError, match="only its owner"):
            Register.open(editor)
    finally:
        pg_server.drop(name)


def test_another_databases_owner_needs_no_createrole(pg_server: Any, role_register: Logins, run_cli: Any) -> None:
    """The roles are the server's: once they exist, the owner of a second register sets it up
    without CREATEROLE (table grants are the table owner's to give)."""
    from sqlalchemy import text

    owner2 = role_register.create(role_register.names[0] + "_owner2")
    name = f"{owner2}_db"
    with pg_server.admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" OWNER "{owner2}"'))
    try:
        url = role_register.url(owner2).rsplit("/", 1)[0] + "/" + name
        assert run_cli("--db", url, "init")[0] == 0
        code, out, err = run_cli("--db", url, "server", "setup")
        assert code == 0, err
        reader = role_register.url(login_of(role_register, "reader")).rsplit("/", 1)[0] + "/" + name
        register = Register.open(reader)
        assert register.access is Access.READER and register.agreements() == []
        register.close()
    finally:
        pg_server.drop(name)

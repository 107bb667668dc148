"""``sijill server`` on a SQLite file: one user, whose file permissions are the access control."""

from __future__ import annotations

from typing import Any

from desktop.domain.access import Access
from desktop.services.register import Register


def test_server_commands_explain_sqlite(db_path: Any, run_cli: Any) -> None:
    assert run_cli("--db", str(db_path), "init")[0] == 0
    for command in (("server", "users"), ("server", "setup"), ("server", "grant", "x", "--role", "reader")):
        code, _, err = run_cli("--db", str(db_path), *command)
        assert code == 1 and "file permissions" in err and len(err.strip().splitlines()) == 1


def test_a_sqlite_file_is_its_owners(db_path: Any) -> None:
    register = Register.open(db_path)
    assert register.access is Access.OWNER and not register.read_only
    register.close()


def test_history_json_has_the_server_keys_empty_on_sqlite(db_path: Any, run_cli: Any) -> None:
    import json

    assert run_cli("--db", str(db_path), "demo")[0] == 0
    plan = json.loads(run_cli("--db", str(db_path), "agreements", "--json")[1])[0]["uuid"]
    entries = json.loads(run_cli("--db", str(db_path), "history", plan, "--json")[1])
    assert entries and {"who", "when", "server_user", "server_time"} <= set(entries[0])
    assert entries[0]["server_user"] is None and entries[0]["who"]

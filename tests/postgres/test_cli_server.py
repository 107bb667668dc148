"""The command line on a PostgreSQL server: the same commands, the same answers."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import make_url


def test_cli_on_a_server(run_cli: Any, pg_url: str) -> None:
    code, out, err = run_cli("--db", pg_url, "init")
    assert code == 0, err
    code, out, err = run_cli("--db", pg_url, "demo")
    assert code == 0, err
    code, out, err = run_cli("--db", pg_url, "agreements", "--json")
    assert code == 0, err
    references = {a["reference"] for a in json.loads(out)}
    assert "UNHCR-OIC/JAP/2022-2025" in references
    code, out, err = run_cli("--db", pg_url, "activities", "--search", "الامم", "--json")
    assert code == 0, err
    code, out, err = run_cli("--db", pg_url, "check", "--json")
    assert code == 0, out + err


def test_cli_wrong_password_is_one_clear_line(run_cli: Any, pg_url: str) -> None:
    url = make_url(pg_url).set(password="wrong").render_as_string(hide_password=False)
    code, out, err = run_cli("--db", url, "agreements")
    assert code == 3
    assert err.count("\n") == 1 and "refused the user name or password" in err and ":wrong@" not in err

"""Helpers shared by the exchange tests."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from desktop.services.register import Register

PLAN = "UNHCR-OIC/JAP/2022-2025"


def copy_register(template: Path, target: Path) -> Register:
    shutil.copyfile(template, target)
    return Register.open(target)


def dump(register: Register) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: to prove that nothing changed."""
    path = register.database.path
    assert path is not None
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def records(register: Register) -> dict[str, dict[str, Any]]:
    """What a user entered, per kind and uuid (bookkeeping left out)."""
    from desktop.services import serialize as ser

    return {
        "organization": {o.uuid: ser.to_data(o) for o in register.organizations()},
        "person": {p.uuid: ser.to_data(p) for p in register.people()},
        "agreement": {a.uuid: ser.to_data(a) for a in register.agreements_full()},
        "activity": {a.uuid: ser.to_data(a) for a in register.activities()},
        "milestone": {m.uuid: ser.to_data(m) for m in register.milestones()},
    }

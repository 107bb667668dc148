"""An import that fails half way, or whose process is killed, leaves the database as it was."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.kinds import ActivityStatus
from desktop.services.fieldwork import merge
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from exchange_helpers import PLAN, dump


@pytest.fixture
def field_bundle(office: Register, tmp_path: Path) -> Path:
    """A bundle with many changes: every planned activity completed, notes everywhere."""
    for act in office.activities(ActivityFilter(agreement=PLAN)):
        office.save_activity(dataclasses.replace(act, status=ActivityStatus.COMPLETED, notes=act.notes + " (field)"))
    office.delete_activity(office.activities(ActivityFilter(agreement=PLAN))[0].uuid or "")
    return office.export_bundle(tmp_path / "field.sijill").path


def test_an_exception_half_way_changes_nothing(laptop: Register, field_bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = dump(laptop)
    calls = {"n": 0}
    original = merge._Merger._take

    def failing(self: Any, inc: Any, local: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("disk pulled out")
        original(self, inc, local)

    monkeypatch.setattr(merge._Merger, "_take", failing)
    with pytest.raises(RuntimeError):
        laptop.import_bundle(field_bundle)
    assert calls["n"] == 10
    assert dump(laptop) == before
    monkeypatch.setattr(merge._Merger, "_take", original)
    report = laptop.import_bundle(field_bundle)  # and the same import then works
    assert report.updated > 10 and report.deleted == 1


SCRIPT = textwrap.dedent(
    """
    import sys, time
    from desktop.services.fieldwork import merge
    from desktop.services.register import Register

    original = merge._Merger._take
    calls = {"n": 0}

    def slow(self, inc, local):
        original(self, inc, local)
        calls["n"] += 1
        if calls["n"] == 10:
            self.session.flush()
            print("ready", flush=True)
            time.sleep(120)

    merge._Merger._take = slow
    Register.open(sys.argv[1]).import_bundle(sys.argv[2])
    """
)


def test_a_killed_import_changes_nothing(laptop: Register, field_bundle: Path, tmp_path: Path) -> None:
    before = dump(laptop)
    path = laptop.database.path
    assert path is not None
    laptop.close()
    script = tmp_path / "import_then_hang.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "SIJILL_NO_AUTO_BACKUP": "1"}
    proc = subprocess.Popen([sys.executable, str(script), str(path), str(field_bundle)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"  # ten records written, not committed
    finally:
        proc.kill()
        proc.wait(timeout=30)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    again = Register.open(path)
    try:
        assert dump(again) == before
        assert again.import_bundle(field_bundle).updated > 10
    finally:
        again.close()

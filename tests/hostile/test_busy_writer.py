"""A second writer waits for the first for the documented busy timeout (README: 15 s; here
shortened by $SIJILL_BUSY_TIMEOUT where the refusal itself is tested), then saves; only
after the timeout is it refused, in one clear message."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.errors import StorageError
from desktop.services.register import Register

HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO register_setting (key, value) VALUES ('held', 'yes')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite"
    reg = Register.open(path)
    reg.save_agreement(r.Agreement(reference="P-1", title_en="Plan"))
    reg.close()
    return path


def _hold(path: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


@pytest.fixture
def reg(db: Path) -> Iterator[Register]:
    register = Register.open(db)
    register.agreements()  # a connection that has read: its snapshot goes stale when the other commits
    yield register
    register.close()


def test_a_save_waits_for_another_writer(reg: Register, db: Path) -> None:
    holder = _hold(db, 2.5)
    try:
        plan = reg.agreement("P-1")
        plan.title_en = "Plan, renamed while another program wrote"
        saved = reg.save_agreement(plan).record
    finally:
        holder.wait(timeout=60)
    assert saved.title_en.startswith("Plan, renamed")
    assert reg.agreement("P-1").title_en == saved.title_en


def test_an_import_waits_for_another_writer(reg: Register, db: Path, tmp_path: Path) -> None:
    other = Register.open(tmp_path / "other.sqlite")
    try:
        other.save_agreement(r.Agreement(reference="P-2", title_en="From elsewhere"))
        bundle = other.export_bundle(tmp_path / "b.sijill").path
    finally:
        other.close()
    holder = _hold(db, 2.5)
    try:
        report = reg.import_bundle(bundle)
    finally:
        holder.wait(timeout=60)
    assert report.added == 1


def test_after_the_busy_timeout_the_writer_is_refused_in_one_line(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIJILL_BUSY_TIMEOUT", "0.5")
    reg = Register.open(db)
    holder = _hold(db, 4)
    try:
        with pytest.raises(StorageError) as caught:
            reg.save_agreement(r.Agreement(reference="P-3", title_en="Too late"))
    finally:
        holder.wait(timeout=60)
        reg.close()
    text = caught.value.message.render()
    assert "busy" in text and "\n" not in text

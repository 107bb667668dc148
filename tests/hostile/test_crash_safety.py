"""Kill -9 a process in the middle of writing: every change it reported as committed is
there afterwards, and the register passes ``sijill check``."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

from desktop.services.activities import ActivityFilter
from desktop.services.register import Register

HERE = Path(__file__).resolve().parent
WRITER = HERE / "crash_writer.py"


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), *args], stdout=subprocess.PIPE, text=True)


def _kill_after(proc: subprocess.Popen[str], lines: int) -> list[str]:
    """Read ``lines`` reports, kill the writer with SIGKILL, then collect what it had
    already printed (printed only after the commit, so also committed)."""
    assert proc.stdout is not None
    seen = []
    while len(seen) < lines:
        line = proc.stdout.readline()
        assert line, "the writer stopped by itself"
        seen.append(line.strip())
    proc.send_signal(signal.SIGKILL)
    seen += [line.strip() for line in proc.stdout]
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return seen


def test_sigkill_while_saving_loses_nothing_reported(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "crash.sqlite"
    chance = random.Random(20261127)
    added: set[str] = set()
    updated: dict[str, int] = {}
    for _round in range(3):
        for line in _kill_after(_start(str(db)), chance.randint(15, 160)):
            kind, *rest = line.split()
            if kind == "A":
                added.add(rest[0])
            elif kind == "U":
                updated[rest[0]] = int(rest[1])
        code, out, err = run_cli("--db", str(db), "check")
        assert code == 0, out + err
    reg = Register.open(db)
    try:
        stored = {a.uuid: a for a in reg.activities(ActivityFilter())}
    finally:
        reg.close()
    assert added <= set(stored), f"{len(added - set(stored))} reported activities are missing"
    for uuid, index in updated.items():
        notes = stored[uuid].notes
        # The last reported update, or a later one that committed before the kill.
        assert notes.startswith("u") and int(notes[1:]) >= index, (uuid, notes, index)


def test_sigkill_during_an_import_keeps_all_rows_or_none(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "import.sqlite"
    sheet = tmp_path / "rows.csv"
    sheet.write_text(
        "agreement,title_en,notes\n" + "".join(f"CRASH-1,row {i},{'x' * 200}\n" for i in range(300)), encoding="utf-8"
    )
    for delay in (0.2, 0.8):
        proc = _start(str(db), "--import", str(sheet))
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        assert proc.stdout.readline().strip() == "importing"
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait(timeout=30)
        code, out, err = run_cli("--db", str(db), "check")
        assert code == 0, out + err
        reg = Register.open(db)
        try:
            count = reg.count_activities(ActivityFilter())
        finally:
            reg.close()
        assert count % 300 == 0, f"a half-applied import: {count} rows"
        if "imported" in rest:
            assert count >= 300

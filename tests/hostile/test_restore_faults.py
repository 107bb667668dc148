"""``restore`` under faults: another process importing into the register, the window's
lock (QLockFile) held, a relative path, a damaged current register, a restore killed half
way. Nothing is lost; every refusal is one line."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.store import backups
from desktop.services.register import Register
from desktop.store.locking import EditLock, UseLock
from hostile_helpers import HERE, one_clear_line

REF = "CRASH-1"  # the agreement crash_writer.py imports into


def _register(path: Path, title: str = "Plan") -> Path:
    reg = Register.open(path)
    try:
        reg.save_agreement(r.Agreement(reference=REF, title_en=title))
    finally:
        reg.close()
    return path


def _count(path: Path, table: str = "activity") -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def test_restore_refuses_while_another_process_imports(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """The import's 2000 rows end up in the register; the restore is refused (before: the
    restore went ahead and the rows were in neither the restored file nor the copy aside)."""
    db = _register(tmp_path / "register.sqlite")
    backup = tmp_path / "backup.sqlite"
    code, _out, err = run_cli("--db", str(db), "backup", "-o", str(backup))
    assert code == 0, err
    csv = tmp_path / "rows.csv"
    csv.write_text("agreement,title_en\n" + "".join(f"{REF},Workshop {i}\n" for i in range(2000)), encoding="utf-8")
    writer = subprocess.Popen([sys.executable, str(HERE / "crash_writer.py"), str(db), "--import", str(csv)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None
        while (line := writer.stdout.readline()) and line.strip() != "importing":
            pass
        code, _out, err = run_cli("--db", str(db), "restore", str(backup))
        out, errors = writer.communicate(timeout=300)
    finally:
        writer.kill()
    assert code == 1
    assert "in use" in one_clear_line(err)
    assert "imported 2000" in out, errors
    assert _count(db) == 2000
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_restore_refuses_while_a_window_holds_the_register(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    qtcore = pytest.importorskip("PySide6.QtCore")
    db = _register(tmp_path / "register.sqlite")
    backup = tmp_path / "backup.sqlite"
    assert run_cli("--db", str(db), "backup", "-o", str(backup))[0] == 0
    window_lock = qtcore.QLockFile(str(db) + ".lock")
    assert window_lock.tryLock(0)
    try:
        code, _out, err = run_cli("--db", str(db), "restore", str(backup))
    finally:
        window_lock.unlock()
    assert code == 1 and "open in Sijill" in one_clear_line(err) and f"pid {os.getpid()}" in err
    assert run_cli("--db", str(db), "restore", str(backup))[0] == 0


def test_the_edit_lock_is_the_windows_qlockfile(tmp_path: Path) -> None:
    """Our lock and Qt's exclude each other, and each takes over the other's stale lock."""
    qtcore = pytest.importorskip("PySide6.QtCore")
    db = tmp_path / "register.sqlite"
    ours = EditLock(db)
    assert ours.acquire()
    theirs = qtcore.QLockFile(str(db) + ".lock")
    theirs.setStaleLockTime(0)
    assert not theirs.tryLock(0)
    info = theirs.getLockInfo()  # (pid, host, program)
    assert info[0] == os.getpid()
    ours.release()
    assert theirs.tryLock(0)
    assert not EditLock(db).acquire()
    assert "pid" in EditLock(db).holder()
    theirs.unlock()
    # a lock left by a process that is gone is taken over, both ways
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    gone = int(dead.stdout)
    Path(str(db) + ".lock").write_text(f"{gone}\npython3\n{os.uname().nodename}\n", encoding="ascii")
    again = EditLock(db)
    assert again.acquire()
    again.release()
    Path(str(db) + ".lock").write_text(f"{gone}\npython3\n{os.uname().nodename}\n", encoding="ascii")
    assert theirs.tryLock(0)
    theirs.unlock()


def test_a_restore_waits_for_no_one_but_openers_wait_for_the_restore(tmp_path: Path) -> None:
    db = _register(tmp_path / "register.sqlite")
    reg = Register.open(db)
    try:
        assert not UseLock(db).acquire(exclusive=True)
    finally:
        reg.close()
    lock = UseLock(db)
    assert lock.acquire(exclusive=True)
    try:
        os.environ["SIJILL_BUSY_TIMEOUT"] = "0.2"
        with pytest.raises(Exception, match="being restored"):
            Register.open(db)
    finally:
        del os.environ["SIJILL_BUSY_TIMEOUT"]
        lock.release()


def test_restore_from_relative_paths(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _register(tmp_path / "register.sqlite", "Before")
    monkeypatch.chdir(tmp_path)
    assert run_cli("--db", "register.sqlite", "backup", "-o", "copy.sqlite")[0] == 0
    reg = Register.open(tmp_path / "register.sqlite")
    reg.save_agreement(r.Agreement(reference="LATER", title_en="Later"))
    reg.close()
    code, out, err = run_cli("--db", "register.sqlite", "restore", "copy.sqlite")
    assert code == 0, err
    assert "Traceback" not in err and "restored" in out
    assert _count(tmp_path / "register.sqlite", "agreement") == 1


def test_restore_over_a_damaged_register_moves_it_aside_unread(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = _register(tmp_path / "register.sqlite")
    backup = tmp_path / "backup.sqlite"
    assert run_cli("--db", str(db), "backup", "-o", str(backup))[0] == 0
    damaged = b"SQLite format 3\x00" + os.urandom(20_000)
    db.write_bytes(damaged)
    code, out, err = run_cli("--db", str(db), "restore", str(backup))
    assert code == 0, err
    [aside] = tmp_path.glob("register.before-restore-*.sqlite")
    assert aside.read_bytes() == damaged and str(aside) in out
    assert _count(db, "agreement") == 1
    assert run_cli("--db", str(db), "check")[0] == 0


def test_the_log_of_the_current_register_goes_aside_with_it(tmp_path: Path) -> None:
    """A write-ahead log left beside the register (a crash) holds committed changes: it goes
    aside with the file, never onto the restored one."""
    db = _register(tmp_path / "register.sqlite")
    backup = tmp_path / "backup.sqlite"
    Register.open(db).backup_now(backup)
    wal = Path(str(db) + "-wal")
    wal.write_bytes(b"a log")
    aside = backups.restore(db, backup)
    assert aside is not None and Path(str(aside) + "-wal").read_bytes() == b"a log"
    assert not wal.exists()


def test_a_killed_restore_leaves_nothing_the_next_one_does_not_clean(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = _register(tmp_path / "register.sqlite")
    backup = tmp_path / "backup.sqlite"
    assert run_cli("--db", str(db), "backup", "-o", str(backup))[0] == 0
    code = (
        "import os, signal, sys\n"
        "from desktop.store import database\n"
        "real = database.backup_sqlite\n"
        "def copy_then_die(source, destination):\n"
        "    real(source, destination.with_name(destination.name + '.part'))\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "import desktop.store.backups as b\n"
        "b.backup_sqlite = copy_then_die\n"
        "b.restore(sys.argv[1], sys.argv[2])\n"
    )
    killed = subprocess.run([sys.executable, "-c", code, str(db), str(backup)], capture_output=True, text=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert (tmp_path / "register.sqlite.restoring.part").exists()
    (tmp_path / "register.before-restore-20260101-000000.sqlite.part").write_bytes(b"x")  # older versions left these
    code_, _out, err = run_cli("--db", str(db), "restore", str(backup))
    assert code_ == 0, err
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith((".part", ".restoring")))
    assert left == []

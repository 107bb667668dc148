"""Unusable database files: damaged, foreign, locked, read-only, on a full disk, or from a
newer Sijill. The CLI says so in one line with its exit code (3 storage, 4 too new, 1 for a
failed check), the GUI in a dialog; the file is left byte for byte as it was."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hostile_helpers import one_clear_line, run_driver, snapshot
from desktop.services.demo import load_demo
from desktop.services.register import Register

REF = "UNHCR-OIC/JAP/2022-2025"
EXIT_STORAGE, EXIT_TOO_NEW = 3, 4


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A demo register as one self-contained file (the WAL checkpointed on close)."""
    path = tmp_path_factory.mktemp("good") / "good.sqlite"
    reg = Register.open(path)
    load_demo(reg)
    reg.close()
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0
    return path.read_bytes()


def _zero_a_page(data: bytes) -> bytes:
    """The file with the root page of the activity table zeroed (a page the register uses:
    a page picked by position could be free, or inside an attachment's contents)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite"
        copy.write_bytes(data)
        con = sqlite3.connect(copy)
        page = con.execute("PRAGMA page_size").fetchone()[0]
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'activity'").fetchone()[0]
        con.close()
    at = (root - 1) * page
    return data[:at] + bytes(page) + data[at + page:]


def _other_sqlite(_good: bytes, folder: Path) -> bytes:
    path = folder / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    con.commit()
    con.close()
    return path.read_bytes()


def _newer(good: bytes, folder: Path) -> bytes:
    path = folder / "newer.sqlite"
    path.write_bytes(good)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    return path.read_bytes()


BAD: dict[str, Callable[[bytes, Path], bytes]] = {
    "header-only": lambda good, _f: good[:100],
    "truncated-to-3-pages": lambda good, _f: good[: 4096 * 3],
    "truncated-half": lambda good, _f: good[: len(good) // 2],
    "random-bytes": lambda _g, _f: random.Random(7).randbytes(50_000),
    "sqlite-header-then-noise": lambda _g, _f: b"SQLite format 3\x00" + random.Random(8).randbytes(20_000),
    "text-file": lambda _g, _f: "نص وليس قاعدة بيانات\n".encode() * 300,
    "pdf-file": lambda _g, _f: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    "other-sqlite-db": _other_sqlite,
    "newer-schema": _newer,
}
COMMANDS = [
    ["agreements"], ["activities", "--json"], ["show", REF], ["init"], ["demo"],
    ["export-activities", "-o", "{folder}/out.csv"], ["import-activities", "{folder}/in.csv"],
    ["bundle", "export", "-o", "{folder}/out.sijill"],
]


def _make(kind: str, good: bytes, folder: Path) -> Path:
    path = folder / "register.sqlite"
    path.write_bytes(BAD[kind](good, folder))
    for extra in folder.iterdir():
        if extra != path:
            extra.unlink()
    (folder / "in.csv").write_text("agreement,title_en\nX,y\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", list(BAD))
def test_cli_refuses_an_unusable_file_and_leaves_it_untouched(kind: str, good: bytes, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    path = _make(kind, good, tmp_path)
    before = snapshot(tmp_path)
    for command in COMMANDS:
        args = [a.format(folder=tmp_path) for a in command]
        code, _out, err = run_cli("--db", str(path), *args)
        line = one_clear_line(err)
        assert code == (EXIT_TOO_NEW if kind == "newer-schema" else EXIT_STORAGE), (command, err)
        assert str(path) in line, line
        if kind == "newer-schema":
            assert "newer version of Sijill" in line
    code, out, err = run_cli("--db", str(path), "check")
    assert code == 1 and "Traceback" not in out + err
    after = snapshot(tmp_path)
    assert after.pop(path.name) == before.pop(path.name), "the database file was changed"
    # SQLite may leave its (empty) side files; nothing else may appear.
    created = {name: data for name, data in after.items() if name not in before}
    assert all(name.startswith(path.name + "-") and not data for name, data in created.items()), list(created)


def test_damaged_page_inside_a_register_is_reported(good: bytes, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """A register whose header is fine but one page is zeroed: reads either work or fail
    with one clear line; ``check`` finds the damage; the file is not written."""
    path = tmp_path / "register.sqlite"
    path.write_bytes(_zero_a_page(good))
    before = path.read_bytes()
    for command in (["agreements"], ["activities"], ["show", REF], ["export-activities", "-o", str(tmp_path / "o.csv")]):
        code, _out, err = run_cli("--db", str(path), *command)
        if code != 0:
            assert code == EXIT_STORAGE, err
            one_clear_line(err)
    code, out, _err = run_cli("--db", str(path), "check")
    assert code == 1 and "integrity" in out, out
    assert path.read_bytes() == before


def test_gui_shows_a_dialog_and_leaves_the_file_untouched(good: bytes, tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import run_gui
    from desktop.ui import errors, prompts

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, detail="": shown.append((title, text)))
    monkeypatch.setattr(errors, "setup_logging", lambda: tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("SIJILL_CONFIG_DIR", str(tmp_path / "settings"))
    for kind in ("truncated-half", "random-bytes", "other-sqlite-db", "newer-schema"):
        folder = tmp_path / kind
        folder.mkdir()
        path = _make(kind, good, folder)
        before = path.read_bytes()
        shown.clear()
        assert run_gui(str(path)) == 2
        [(title, text)] = shown
        assert str(path) in text and "Traceback" not in text
        assert path.read_bytes() == before


# -- another program holds a lock ------------------------------------------------------
LOCKER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
con.execute("CREATE TABLE IF NOT EXISTS held (x)")
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def locked() -> Iterator[Callable[[Path], None]]:
    holders: list[subprocess.Popen[str]] = []

    def lock(path: Path) -> None:
        proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        holders.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"

    yield lock
    for proc in holders:
        proc.communicate("", timeout=30)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_locked_file_gives_a_clear_message(journal: str, good: bytes, tmp_path: Path, run_cli, locked, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SIJILL_BUSY_TIMEOUT", "0.5")
    path = tmp_path / "register.sqlite"
    path.write_bytes(good)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode={journal}")
    con.close()
    csv = tmp_path / "in.csv"
    csv.write_text(f"agreement,title_en\n{REF},A new workshop\n", encoding="utf-8")
    locked(path)
    code, _out, err = run_cli("--db", str(path), "import-activities", str(csv))
    assert code == EXIT_STORAGE
    line = one_clear_line(err)
    assert "locked" in line or "busy" in line, line
    assert "damaged" not in line
    if journal == "wal":  # readers are not blocked by a writer in WAL mode
        code, out, err = run_cli("--db", str(path), "agreements")
        assert code == 0 and REF in out, err


# -- read-only file and folder, full disk (another process) -------------------------------
def test_read_only_file_and_folder(good: bytes, restore_permissions: Path) -> None:
    """The register and its folder belong to someone else: reading works or fails
    clearly; writing fails clearly; nothing is changed; a new register cannot be made
    in a folder we may not write to."""
    folder = restore_permissions / "theirs"
    folder.mkdir()
    path = folder / "register.sqlite"
    path.write_bytes(good)
    csv = restore_permissions / "in.csv"
    csv.write_text(f"agreement,title_en\n{REF},A new workshop\n", encoding="utf-8")
    csv.chmod(0o644)
    path.chmod(0o444)
    folder.chmod(0o555)
    alone = restore_permissions / "alone.sqlite"
    alone.write_bytes(good)
    alone.chmod(0o444)
    before = snapshot(folder)
    results = run_driver(
        [
            {"args": ["--db", str(path), "agreements"]},
            {"args": ["--db", str(path), "import-activities", str(csv)]},
            {"args": ["--db", str(path), "demo"]},
            {"args": ["--db", str(folder / "new.sqlite"), "init"]},
            {"args": ["--db", str(path), "check"]},
            {"args": ["--db", str(alone), "agreements"]},
            {"args": ["--db", str(alone), "import-activities", str(csv)]},
        ],
        as_plain_user=True,
    )
    for result in results:
        assert "crash" not in result, result["crash"]
    listing, imported, demo, new, check, *alone = results
    assert listing["code"] == 0 and REF in listing["out"] or listing["code"] == EXIT_STORAGE, listing
    for result in (imported, demo, new):
        assert result["code"] == EXIT_STORAGE, result
        one_clear_line(result["err"])
    assert "read-only" in imported["err"] and "damaged" not in imported["err"], imported
    assert "Traceback" not in check["out"] + check["err"]
    assert snapshot(folder) == before
    # A read-only file in a folder we may write to: reading may work; writing fails clearly.
    for result in alone:
        assert "crash" not in result, result["crash"]
        assert result["code"] in (0, EXIT_STORAGE), result
        if result["code"]:
            one_clear_line(result["err"])
    assert alone[1]["code"] == EXIT_STORAGE, alone[1]
    assert (restore_permissions / "alone.sqlite").read_bytes() == good


def test_full_disk_leaves_the_register_whole(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """Writes fail part way (RLIMIT_FSIZE): one clear line, and afterwards the register
    passes ``check`` and holds all of the demo or none of it; an export that cannot be
    written leaves the previous file and no temporary file."""
    path = tmp_path / "register.sqlite"
    export = tmp_path / "activities.csv"
    export.write_text("previous export\n", encoding="utf-8")
    run_cli("--db", str(path), "init")
    size = path.stat().st_size
    results = run_driver(
        [
            {"args": ["--db", str(path), "demo"], "fsize": size + 20_000},
            {"args": ["--db", str(path), "check"]},
        ]
    )
    demo, _check = results
    assert "crash" not in demo, demo["crash"]
    assert demo["code"] == EXIT_STORAGE, demo
    one_clear_line(demo["err"])
    code, out, err = run_cli("--db", str(path), "check")
    assert code == 0, out + err
    code, out, err = run_cli("--db", str(path), "agreements")
    assert code == 0 and out.strip() == "", "a half-loaded demo: " + out
    # Now the demo fits; an export larger than the limit fails and keeps the old file.
    assert run_cli("--db", str(path), "demo")[0] == 0
    [exported] = run_driver([{"args": ["--db", str(path), "export-activities", "-o", str(export)], "fsize": export.stat().st_size + 2000}])
    assert "crash" not in exported, exported["crash"]
    assert exported["code"] != 0
    one_clear_line(exported["err"])
    assert export.read_text(encoding="utf-8") == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    # A backup that does not fit: one clear line, no partial backup.
    backups = tmp_path / "backups"
    [backup] = run_driver([{"args": ["--db", str(path), "backup", "-o", str(backups / "b.sqlite")], "fsize": 64_000}])
    assert "crash" not in backup, backup["crash"]
    assert backup["code"] == EXIT_STORAGE, backup
    one_clear_line(backup["err"])
    assert not backups.exists() or list(backups.iterdir()) == []


def test_gui_on_a_file_another_program_locks(good: bytes, tmp_path: Path, qapp, monkeypatch, locked) -> None:  # type: ignore[no-untyped-def]
    from desktop.app import run_gui
    from desktop.ui import errors, prompts

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text, detail="": shown.append((title, text)))
    monkeypatch.setattr(errors, "setup_logging", lambda: tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("SIJILL_CONFIG_DIR", str(tmp_path / "settings"))
    monkeypatch.setenv("SIJILL_BUSY_TIMEOUT", "0.5")
    path = tmp_path / "register.sqlite"
    path.write_bytes(good)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=delete")
    con.close()
    locked(path)
    before = path.read_bytes()
    assert run_gui(str(path)) == 2
    [(_title, text)] = shown
    assert "locked" in text and str(path) in text
    assert path.read_bytes() == before


def test_full_disk_while_migrating_an_older_register(good: bytes, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """An older register is copied aside, then migrated: with no room for the copy, the
    register is left as it was, no partial copy is left behind, and it opens (and is
    migrated) once there is room."""
    from desktop.store import migrate
    from desktop.store.database import open_database

    path = tmp_path / "older.sqlite"
    path.write_bytes(good)
    db = open_database(path)
    previous = migrate.revision_graph()[migrate.head_revision()]
    assert previous is not None
    migrate.downgrade(db.engine, previous)
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=delete")
    con.close()
    before = path.read_bytes()
    for room in (8192, len(before) // 2):  # (RLIMIT_FSIZE caps each file: the copy is the biggest)
        [result] = run_driver([{"args": ["--db", str(path), "agreements"], "fsize": room}])
        assert "crash" not in result, result["crash"]
        assert result["code"] == EXIT_STORAGE, result
        one_clear_line(result["err"])
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "a partial copy was left behind"
    code, out, err = run_cli("--db", str(path), "agreements")
    assert code == 0 and REF in out, err


GROW_WITHOUT_CHECKPOINT = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA wal_autocheckpoint=0")
con.execute("UPDATE activity SET notes = hex(randomblob(3000))")
os._exit(0)  # no checkpoint: the growth stays in the write-ahead log
"""


def test_register_with_a_checkpoint_cut_short_still_opens(good: bytes, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """A checkpoint cut short by a full disk leaves the file shorter than its header says,
    the rest still in the write-ahead log: a healthy register, not a truncated one."""
    path = tmp_path / "register.sqlite"
    path.write_bytes(good)
    subprocess.run([sys.executable, "-c", GROW_WITHOUT_CHECKPOINT, str(path)], check=True)
    [result] = run_driver([{"args": ["--db", str(path), "agreements"], "fsize": path.stat().st_size + 4096}])
    assert "crash" not in result, result["crash"]
    header = path.read_bytes()[:100]
    page = int.from_bytes(header[16:18], "big")
    if int.from_bytes(header[28:32], "big") * page <= path.stat().st_size:
        pytest.skip("the checkpoint was not cut short here")
    code, out, err = run_cli("--db", str(path), "check")
    assert code == 0, out + err
    code, out, err = run_cli("--db", str(path), "activities", "--json")
    assert code == 0 and len(out) > 32 * 6000, err

"""Hostile exchange bundles through ``sijill bundle import`` (the exchange tests cover the
format's own list): names that try to leave the folder, links, text no database can store,
JSON nested to exhaust the parser, too many members. Each is refused in one clear line,
the register and every file around it unchanged; hostile but valid text is stored as is."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hostile_helpers import one_clear_line
from desktop.services import serialize as ser
from desktop.services.demo import load_demo
from desktop.services.register import Register

PLAN = "UNHCR-OIC/JAP/2022-2025"
pytestmark = pytest.mark.filterwarnings("ignore:Duplicate name")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    reg = Register.open(path)
    load_demo(reg)
    reg.close()
    return path


@pytest.fixture
def setup(demo_file: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """(office db, laptop db, a good bundle exported from the office)."""
    office, laptop = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite"
    shutil.copyfile(demo_file, office)
    shutil.copyfile(demo_file, laptop)
    reg = Register.open(office)
    try:
        good = reg.export_bundle(tmp_path / "good.sijill", agreements=[PLAN]).path
    finally:
        reg.close()
    return office, laptop, Path(good)


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "-wal" not in p.name and "-shm" not in p.name}


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _write(path: Path, members: dict[str, bytes], extra: Callable[[zipfile.ZipFile], None] | None = None) -> Path:
    """A bundle whose manifest lists every member with the right checksums."""
    manifest = json.loads(members["manifest.json"])
    manifest["files"] = {n: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for n, b in members.items() if n != "manifest.json"}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for name, blob in members.items():
            if name != "manifest.json":
                z.writestr(name, blob)
        if extra:
            extra(z)
    return path


def _with_activity_text(members: dict[str, bytes], **fields: str) -> dict[str, bytes]:
    """Change the first activity's text and give it a matching digest (a crafted bundle)."""
    data = json.loads(members["records/activity.json"])
    entry = data["records"][0]
    entry["data"].update(fields)
    try:
        entry["digest"] = ser.digest(ser.from_data("activity", entry["data"]))
    except Exception:  # noqa: BLE001 - the record itself is what the import must refuse
        pass
    return {**members, "records/activity.json": json.dumps(data).encode()}


def _link(name: str, target: str) -> Callable[[zipfile.ZipFile], None]:
    def add(z: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo(name)
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, target)
    return add


def _named(name: str) -> Callable[[dict[str, bytes]], dict[str, bytes]]:
    return lambda members: {**members, name: b"{}"}


ESCAPES = {
    "dot-dot": _named("../outside.json"),
    "deep dot-dot": _named("records/../../outside.json"),
    "backslashes": _named("..\\..\\outside.json"),
    "absolute": _named("/tmp/outside.json"),
    "drive letter": _named("C:/outside.json"),
    "nul in name": _named("records/a\x00.json"),
}


@pytest.mark.parametrize("case", sorted(ESCAPES) + ["link to a system file", "link to the register", "duplicate member", "too many members", "nested JSON"])
def test_bundle_that_tries_to_escape_is_refused(case: str, setup: tuple[Path, Path, Path], tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _office, laptop, good = setup
    members = _members(good)
    bad = tmp_path / "bad.sijill"
    if case in ESCAPES:
        _write(bad, ESCAPES[case](members))
    elif case == "link to a system file":
        _write(bad, members, _link("records/passwd.json", "/etc/passwd"))
    elif case == "link to the register":
        _write(bad, members, _link("records/activity.json", str(laptop)))
    elif case == "duplicate member":
        _write(bad, members, lambda z: z.writestr("records/activity.json", members["records/activity.json"]))
    elif case == "too many members":
        _write(bad, {**members, **{f"records/x{i}.json": b"{}" for i in range(100)}})
    else:
        _write(bad, {**members, "records/person.json": b"[" * 200_000 + b"]" * 200_000})
    (tmp_path / "outside.json").write_text("mine", encoding="utf-8")
    before_db, before_files = _dump(laptop), _tree(tmp_path)
    code, _out, err = run_cli("--db", str(laptop), "bundle", "import", str(bad))
    assert code == 1, err
    one_clear_line(err)
    assert _dump(laptop) == before_db
    assert _tree(tmp_path) == before_files


@pytest.mark.parametrize("bad_text", ["\ud800", "tail\udfff", "nul\x00"])
def test_bundle_with_text_no_database_can_store_is_refused(bad_text: str, setup: tuple[Path, Path, Path], tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _office, laptop, good = setup
    bad = _write(tmp_path / "bad.sijill", _with_activity_text(_members(good), notes=bad_text))
    before = _dump(laptop)
    code, _out, err = run_cli("--db", str(laptop), "bundle", "import", str(bad))
    assert code == 1, err
    assert "cannot be stored" in one_clear_line(err)
    assert _dump(laptop) == before


def test_bundle_with_hostile_but_valid_text_is_stored_verbatim(setup: tuple[Path, Path, Path], tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _office, laptop, good = setup
    text = '<para><font color="red">x</font></para>&amp; =cmd|"/C calc"!A0 \u202eevil\u2066 ' + "ب\u0651" * 30_000
    members = _with_activity_text(_members(good), notes=text, title_en="=HYPERLINK(\"http://x\")")
    uuid = json.loads(members["records/activity.json"])["records"][0]["uuid"]
    crafted = _write(tmp_path / "crafted.sijill", members)
    code, out, err = run_cli("--db", str(laptop), "bundle", "import", str(crafted))
    assert code == 0, err
    reg = Register.open(laptop)
    try:
        stored = reg.activity(uuid)
    finally:
        reg.close()
    assert stored.notes == text and stored.title_en == '=HYPERLINK("http://x")'


@pytest.mark.parametrize("case", ["newer schema", "link to a system file", "truncated", "the register itself"])
def test_restore_refuses_a_hostile_backup(case: str, setup: tuple[Path, Path, Path], tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    _office, laptop, _good = setup
    backup = tmp_path / "backup.sqlite"
    if case == "newer schema":
        shutil.copyfile(laptop, backup)
        con = sqlite3.connect(backup)
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        con.commit()
        con.close()
    elif case == "link to a system file":
        backup.symlink_to("/etc/passwd")
    elif case == "truncated":
        backup.write_bytes(laptop.read_bytes()[:8192])
    else:
        backup = laptop
    before_db, before_files = _dump(laptop), _tree(tmp_path)
    code, _out, err = run_cli("--db", str(laptop), "restore", str(backup))
    if case == "the register itself":
        assert code in (0, 1), err  # harmless either way; it must not destroy the register
    else:
        assert code in (1, 3, 4), err
        one_clear_line(err)
        assert _tree(tmp_path) == before_files
    assert _dump(laptop) == before_db

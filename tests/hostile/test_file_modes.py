"""The data folder is created owner-only (0700), whatever creates it first; reading a
read-only register never leaves its -wal/-shm unwritable for the writers that come later."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.services.register import Register
from hostile_helpers import one_clear_line, run_driver

REF = "UNHCR-OIC/JAP/2022-2025"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("command", [["init"], ["backup"], ["agreements"]])
def test_the_data_folder_is_created_private(tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "fresh" / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    old = os.umask(0o022)
    try:
        elsewhere = tmp_path / "elsewhere.sqlite"
        args = ["--db", str(elsewhere), *command] if command == ["backup"] else command
        if command == ["backup"]:
            Register.open(elsewhere).close()
        [result] = run_driver([{"args": args}], env={"XDG_DATA_HOME": str(data), "SIJILL_NO_AUTO_BACKUP": "1"})
    finally:
        os.umask(old)
    assert result["code"] == 0, result
    assert _mode(data / "sijill") == 0o700
    assert _mode(data) == 0o700  # created for us: owner-only too, as the XDG rules ask


def test_the_window_creates_the_data_folder_private(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.opening import open_register

    target = tmp_path / "new" / "sijill" / "register.sqlite"
    register, lock = open_register(target)
    try:
        assert _mode(target.parent) == 0o700 and _mode(target.parent.parent) == 0o700
    finally:
        if lock is not None:
            lock.release()
        register.close()


def test_reading_a_read_only_register_leaves_its_side_files_writable(tmp_path: Path, restore_permissions: Path) -> None:
    path = tmp_path / "register.sqlite"
    reg = Register.open(path)
    from desktop.services.demo import load_demo

    load_demo(reg)
    reg.close()
    csv = tmp_path / "in.csv"
    csv.write_text(f"agreement,title_en\n{REF},A new workshop\n", encoding="utf-8")
    path.chmod(0o400)
    [listing] = run_driver([{"args": ["--db", str(path), "agreements"]}], as_plain_user=True,
                           env={"SIJILL_NO_AUTO_BACKUP": "1"})
    assert listing["code"] == 0 and REF in listing["out"], listing
    for side in ("-wal", "-shm"):
        side_file = Path(str(path) + side)
        assert not side_file.exists() or _mode(side_file) & 0o200, side
    path.chmod(0o600)
    [imported] = run_driver([{"args": ["--db", str(path), "import-activities", str(csv)]}], as_plain_user=True,
                            env={"SIJILL_NO_AUTO_BACKUP": "1"})
    assert imported["code"] == 0, one_clear_line(imported["err"])

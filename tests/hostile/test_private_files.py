"""Files Sijill writes are its owner's alone (POSIX), even under a careless umask; files
are written to a temporary name and renamed, so a failure half way leaves the previous
file and no temporary file behind."""

from __future__ import annotations

import logging
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain import records as r
from desktop.domain.errors import SijillError
from desktop.services.register import Register
from desktop.services.spreadsheet import COLUMNS, export_activities, export_rows

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX permissions"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),  # openpyxl after a failed write
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """umask 000: a file created without an explicit mode would be world-readable."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.fixture
def reg(tmp_path: Path, open_umask: None) -> Iterator[Register]:
    register = Register.open(tmp_path / "new folder" / "register.sqlite")
    plan = register.save_agreement(r.Agreement(reference="P-1", title_en="Plan")).record
    register.save_activity(r.Activity(agreement_uuid=plan.uuid, title_en="Workshop"))
    yield register
    register.close()


def test_database_and_its_folder_are_private(reg: Register, tmp_path: Path) -> None:
    folder = tmp_path / "new folder"
    assert mode(folder) == 0o700
    for path in folder.iterdir():  # the file, its -wal and -shm
        assert mode(path) == 0o600, path.name


def test_backups_restores_bundles_and_exports_are_private(reg: Register, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    made = [
        reg.backup_now(out / "backups" / "copy.sqlite"),
        Path(reg.export_bundle(out / "field.sijill").path),
        Path(export_activities(reg, out / "a.csv") and out / "a.csv"),
        Path(export_activities(reg, out / "a.xlsx") and out / "a.xlsx"),
    ]
    db = reg.database.path
    assert db is not None
    reg.close()
    code, _o, err = run_cli("--db", str(db), "restore", str(made[0]))
    assert code == 0, err
    made += [db, *db.parent.glob("*before-restore*")]
    for path in made:
        assert mode(path) == 0o600, path
    assert mode(out / "backups") == 0o700


def test_logs_are_private(tmp_path: Path, open_umask: None, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PySide6")
    from desktop.ui import errors

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = errors.setup_logging()
        logging.getLogger("desktop").warning("opened /secret/register.sqlite")
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    assert mode(path) == 0o600 and mode(path.parent) == 0o700


# -- atomic replacement ----------------------------------------------------------------
def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_failed_spreadsheet_export_keeps_the_old_file(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"activities{suffix}"
    target.write_bytes(b"the previous export")

    def rows() -> Iterator[list[str]]:
        yield ["x"] * len(COLUMNS)
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        export_rows(target, COLUMNS, rows())
    assert target.read_bytes() == b"the previous export"
    assert _leftovers(tmp_path, {target.name}) == []


def test_failed_bundle_export_keeps_the_old_file(reg: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "field.sijill"
    target.write_bytes(b"the previous bundle")
    calls = []
    real = zipfile.ZipFile.writestr

    def failing(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) > 2:
            raise OSError(28, "No space left on device")
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing)
    with pytest.raises(Exception):
        reg.export_bundle(target)
    assert target.read_bytes() == b"the previous bundle"
    assert _leftovers(tmp_path, {target.name, "new folder"}) == []


def test_failed_pdf_export_keeps_the_old_file(reg: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reports = pytest.importorskip("desktop.reports")
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the previous summary")

    def half_written(register, data, fingerprint, raw, **kwargs):  # type: ignore[no-untyped-def]
        Path(raw).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reports, "build_pdf", half_written)
    with pytest.raises((OSError, SijillError), match="No space left"):
        reports.export_summary(reg, "P-1", target)
    assert target.read_bytes() == b"the previous summary"
    assert _leftovers(tmp_path, {target.name, "new folder"}) == []

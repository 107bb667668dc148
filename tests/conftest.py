"""Shared fixtures. Every test is headless: Qt uses the offscreen platform."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_fixtures import db_engine, db_url, pg_database, pg_server, pg_url, pytest_configure, pytest_generate_tests  # noqa: F401

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real user's data, settings and logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("SIJILL_DATABASE_URL", raising=False)
    monkeypatch.setenv("SIJILL_NO_AUTO_BACKUP", "1")  # tests/exchange/test_backups.py turns it on


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite"


@pytest.fixture
def register(db_url: str) -> Iterator["Register"]:  # noqa: F821
    """A register on SQLite (``db_path``), or on PostgreSQL too (see engine_fixtures.py)."""
    from desktop.services.register import Register

    reg = Register.open(db_url)
    yield reg
    reg.close()


@pytest.fixture
def run_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``sijill ARGS`` in-process; returns (exit code, stdout, stderr)."""
    from desktop.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


if sys.platform.startswith("linux"):
    os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")


@pytest.fixture(autouse=True)
def _interface_language_reset() -> Iterator[None]:
    """A test that opened a window (which installs the saved language, Arabic by default)
    leaves no translator behind for the next one."""
    yield
    i18n = sys.modules.get("desktop.ui.i18n")
    if i18n is not None:
        i18n.uninstall()

"""Two registers that start from the same demo data: the office and a field laptop."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.demo import load_demo
from desktop.services.register import Register
from exchange_helpers import copy_register

@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register holding the demo data, made once (no database id yet: copies stay distinct)."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    reg = Register.open(path)
    load_demo(reg)
    reg.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path


@pytest.fixture
def office(demo_file: Path, tmp_path: Path) -> Iterator[Register]:
    reg = copy_register(demo_file, tmp_path / "office.sqlite")
    yield reg
    reg.close()


@pytest.fixture
def laptop(demo_file: Path, tmp_path: Path) -> Iterator[Register]:
    reg = copy_register(demo_file, tmp_path / "laptop.sqlite")
    yield reg
    reg.close()

"""mypy --strict over the Qt-free core named in pyproject.toml ([tool.mypy] files)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_core_is_strictly_typed() -> None:
    api = pytest.importorskip("mypy.api")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        out, err, status = api.run(["--no-incremental", "--cache-dir", os.devnull])
    finally:
        os.chdir(cwd)
    assert status == 0, out + err

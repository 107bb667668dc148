"""Fixtures for the hostile suite (helpers live in hostile_helpers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def restore_permissions(tmp_path: Path) -> Iterator[Path]:
    """``tmp_path``, made writable again afterwards so that pytest can remove it."""
    yield tmp_path
    for path in [tmp_path, *tmp_path.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)

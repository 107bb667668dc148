"""Helpers for the hostile suite: the CLI run in another process (optionally without
root's power over file permissions), snapshots of folders, the CLI's one-line errors.
(A uniquely named module: ``conftest`` is ambiguous across test folders.)"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


def run_driver(calls: list[dict[str, Any]], *, as_plain_user: bool = False, env: dict[str, str] | None = None,
               timeout: float = 120) -> list[dict[str, Any]]:
    """Run ``calls`` (see cli_driver.py) in a fresh Python process; returns their results.
    ``as_plain_user``: when the tests run as root, the process loses root's power to ignore
    file permissions (CAP_DAC_OVERRIDE), so a read-only file or folder is read-only to it."""
    prefix: list[str] = []
    if as_plain_user and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]
    done = subprocess.run(
        [*prefix, sys.executable, str(HERE / "cli_driver.py"), json.dumps(calls)],
        capture_output=True, text=True, env=dict(os.environ, **(env or {})), timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (not below) and its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def one_clear_line(err: str) -> str:
    """The CLI's error: a single line, no traceback."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("sijill: error: "), err
    return lines[0]

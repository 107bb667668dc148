"""An .xlsx export to a full disk says so in one line: no "Exception ignored ... Traceback"
blocks from half-written spreadsheet streams after it (the whole process's stderr)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hostile_helpers import HERE, one_clear_line


def test_xlsx_export_to_a_full_disk_is_one_line(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "big.sqlite"
    code, _out, err = run_cli("--db", str(db), "demo", "--scale", "2000")
    assert code == 0, err
    calls = [{"args": ["--db", str(db), "export-activities", "-o", str(tmp_path / "out.xlsx")], "fsize": 100_000}]
    done = subprocess.run([sys.executable, str(HERE / "cli_driver.py"), json.dumps(calls)], capture_output=True, text=True,
                          env=dict(os.environ, SIJILL_NO_AUTO_BACKUP="1"), timeout=300)
    [result] = json.loads(done.stdout.strip().splitlines()[-1])
    assert "crash" not in result, result["crash"]
    assert result["code"] == 1
    assert "too large" in one_clear_line(result["err"])
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "out.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.xlsx")] == []

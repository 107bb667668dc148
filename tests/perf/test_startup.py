"""Start-up does only what the first window needs: no reportlab, exchange or Alembic when the
database is already at head; the window is on screen before the database code (SQLAlchemy)
loads, and no list page is built before it is shown (checked in fresh processes, started as
a user starts Sijill)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.services.generator import generate
from desktop.services.register import Register
from desktop.store import migrate

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from desktop.app import create_main_window
window = create_main_window(sys.argv[1])
window.show()
app.processEvents()
print(" ".join(sorted(sys.modules)))
"""
LAZY = (
    "reportlab", "alembic", "openpyxl", "desktop.reports", "pypdf",
    # bundles and backups; the small conflicts module may load (the window shows their count)
    "desktop.services.fieldwork.api", "desktop.exchange.bundle", "desktop.store.backups",
    "desktop.services.fieldwork.export", "desktop.services.fieldwork.incoming", "desktop.services.fieldwork.merge",
)


def test_cheap_head_agrees_with_alembic() -> None:
    assert migrate.head_revision() == migrate.script_directory().get_current_head()
    assert migrate.known_revisions() == {r.revision for r in migrate.script_directory().walk_revisions()}


def test_main_window_start_up_loads_no_heavy_modules(tmp_path: Path) -> None:
    db = tmp_path / "start.sqlite"
    register = Register.open(db)  # created and migrated: the next open finds it at head
    generate(register, 300)
    register.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = done.stdout.split()
    assert "desktop.ui.main_window" in loaded
    heavy = sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in LAZY))
    assert heavy == []


FRAME_PROBE = """
import os, sys
import desktop.app as composition

start = composition.open_main_window

def watched(*args, **kwargs):
    window = start(*args, **kwargs)
    window.frame_shown.connect(lambda: print("FRAME", window.isVisible(), " ".join(sorted(sys.modules)), flush=True))
    window.opened.connect(lambda: print("OPENED", window.stack.currentWidget().objectName(), sorted(window.pages), flush=True))
    window.opened.connect(lambda: os._exit(0))
    return window

composition.open_main_window = watched  # run_gui calls it by this name
from desktop.cli import main
main(["--db", sys.argv[1]])
"""
DATABASE_CODE = ("sqlalchemy", "alembic", "desktop.store", "desktop.services.register", "desktop.ui.page", "desktop.ui.models")


def test_window_is_shown_before_the_database_code_loads(tmp_path: Path) -> None:
    """``sijill --db FILE``: the frame is painted first (no SQLAlchemy, no list page), then the
    database opens in it and the Dashboard shows with no list page built yet."""
    db = tmp_path / "start.sqlite"
    register = Register.open(db)
    generate(register, 300)
    register.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["SIJILL_CONFIG_DIR"] = str(tmp_path / "settings")
    done = subprocess.run(
        [sys.executable, "-c", FRAME_PROBE, str(db)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    frame = next(line for line in done.stdout.splitlines() if line.startswith("FRAME "))
    visible, *loaded = frame.split()[1:]
    assert visible == "True"
    assert "desktop.ui.main_window" in loaded
    early = sorted(m for m in loaded if any(m == p or m.startswith(p + ".") for p in DATABASE_CODE + LAZY))
    assert early == []
    opened = next(line for line in done.stdout.splitlines() if line.startswith("OPENED "))
    assert opened == "OPENED page_dashboard []"

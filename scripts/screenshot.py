#!/usr/bin/env python3
"""Screenshots of the Arabic and English UI with the example plan, for the README.

Runs under Xvfb when it is there (``xvfb-run``) so real X11 rendering is used, else on
Qt's offscreen platform. Writes docs/screenshot-ar.png and docs/screenshot-en.png.

    .venv/bin/python scripts/screenshot.py [--out docs]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def reexec_under_xvfb() -> None:
    if os.environ.get("SIJILL_SCREENSHOT_CHILD") or os.environ.get("DISPLAY"):
        return
    xvfb = shutil.which("xvfb-run")
    env = dict(os.environ, SIJILL_SCREENSHOT_CHILD="1")
    if xvfb:
        env.pop("QT_QPA_PLATFORM", None)
        code = subprocess.call([xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, *sys.argv], env=env)
        if code == 0:
            sys.exit(0)
        print("Xvfb run failed (is libxcb-cursor0 installed?); using the offscreen platform", file=sys.stderr)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def settle(app: object, rounds: int = 30) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone(30000)
    for _ in range(rounds):
        QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    reexec_under_xvfb()
    work = Path(tempfile.mkdtemp(prefix="sijill-shot-"))
    os.environ["SIJILL_CONFIG_DIR"] = str(work)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build-translations.py")], check=True, capture_output=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.app import create_main_window
    from desktop.services.demo import load_demo
    from desktop.services.register import Register

    db = work / "demo.sqlite"
    register = Register.open(str(db))
    load_demo(register)
    register.close()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from desktop.ui import settings

    settings.put(settings.LANGUAGE, "ar")
    window = create_main_window(str(db))
    window.resize(1440, 860)
    window.show()
    window.show_page("agreements")
    page = window.pages["agreements"]
    page.table.selectRow(0)
    settle(app)
    for lang in ("ar", "en"):
        window.set_language(lang)
        settle(app)
        path = out / f"screenshot-{lang}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
    window.set_language("ar")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

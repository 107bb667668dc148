#!/usr/bin/env python3
"""Make the README screenshot of the Reports page (demo register, offscreen).

Usage: scripts/reports-screenshot.py [OUTPUT_DIR] [--lang ar|en]
Writes reports-<lang>.png (default: docs/): the example plan's activities by objective and
status, with the chart of the first grouping.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", default=str(ROOT / "docs"))
    parser.add_argument("--lang", default="ar", choices=("ar", "en"))
    args = parser.parse_args()
    config = tempfile.mkdtemp(prefix="sijill-shots-")
    os.environ["SIJILL_CONFIG_DIR"] = config  # never the user's settings

    from PySide6.QtWidgets import QApplication

    from desktop.app import prepare_application
    from desktop.services.demo import load_demo
    from desktop.services.register import Register
    from desktop.ui import i18n, settings
    from desktop.ui.reports_page import ReportsPage
    from desktop.ui.runner import Runner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings.put(settings.LANGUAGE, args.lang)
    prepare_application(app)  # type: ignore[arg-type]
    i18n.install(args.lang)
    register = Register.open(Path(config) / "demo.sqlite")
    load_demo(register)
    runner = Runner()
    page = ReportsPage(lambda: register, runner)
    page.setLayoutDirection(app.layoutDirection())
    page.resize(1200, 820)
    page.show()
    page.refresh()
    page.by_first.setCurrentIndex(page.by_first.findData("objective"))
    page.by_second.setCurrentIndex(page.by_second.findData("status"))
    page.run()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (runner.busy or page.report is None or page.report.query.by != ("objective", "status")):
        app.processEvents()
        time.sleep(0.01)
    for _ in range(3):
        app.processEvents()
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"reports-{args.lang}.png"
    page.grab().save(str(target), "PNG")
    print(target)
    register.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

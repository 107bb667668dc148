#!/usr/bin/env python3
"""Make the README screenshots of the Dashboard, Timeline and Reports pages (Arabic, demo register).

Usage: scripts/dashboard-screenshots.py [OUTPUT_DIR] [--lang ar|en]
Writes dashboard-<lang>.png, timeline-<lang>.png and reports-<lang>.png (default: docs/). Runs
offscreen, on a temporary demo register, "today" fixed to 2025-11-15 so the pictures do not
drift; the Reports page shows the example plan's activities by objective and status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2025, 11, 15)


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
    from desktop.ui.dashboard import DashboardPage
    from desktop.ui.timeline import TimelinePage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings.put(settings.LANGUAGE, args.lang)
    prepare_application(app)  # type: ignore[arg-type]
    i18n.install(args.lang)
    register = Register.open(Path(config) / "demo.sqlite")
    load_demo(register)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    for name, page_class, size in (("dashboard", DashboardPage, (1100, 1190)), ("timeline", TimelinePage, (1100, 600))):
        page = page_class(register, today=TODAY)
        page.resize(*size)
        page.show()
        page.refresh()
        for _ in range(3):
            app.processEvents()
        target = out / f"{name}-{args.lang}.png"
        page.grab().save(str(target), "PNG")
        print(target)
        page.close()
    print(_reports(app, register, out / f"reports-{args.lang}.png"))
    register.close()
    return 0


def _reports(app: object, register: object, target: Path) -> Path:
    """The Reports page, grouped by objective then status, once its report is counted."""
    import time

    from desktop.ui.reports_page import ReportsPage
    from desktop.ui.runner import Runner

    runner = Runner()
    page = ReportsPage(lambda: register, runner)  # type: ignore[arg-type,return-value]
    page.setLayoutDirection(app.layoutDirection())  # type: ignore[attr-defined]
    page.resize(1200, 820)
    page.show()
    page.refresh()
    page.by_first.setCurrentIndex(page.by_first.findData("objective"))
    page.by_second.setCurrentIndex(page.by_second.findData("status"))
    page.run()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (runner.busy or page.report is None or page.report.query.by != ("objective", "status")):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)
    for _ in range(3):
        app.processEvents()  # type: ignore[attr-defined]
    page.grab().save(str(target), "PNG")
    page.close()
    return target


if __name__ == "__main__":
    sys.exit(main())

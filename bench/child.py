"""One measured run in a fresh process (start-up, memory). Usage:

    child.py bare                 a bare PySide6 QMainWindow; prints "shown" once it is exposed
    child.py startup DB           Sijill's main window on DB; prints "shown" once it is exposed
    child.py memory DB            Sijill on DB, the Activities page scrolled to its last row
    child.py imports DB           Sijill's main window, then prints the top-level modules loaded
    child.py list DB              seconds to build the Activities page and paint its first rows
    child.py search DB            seconds for the Activities page to show a search's first rows
"""

from __future__ import annotations

import os
import sys


def _shown(window: object, app: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)  # runs after the show/expose/paint events already queued
    loop.exec()
    print("shown", flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    _shown(window, app)


def sijill(db: str) -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.app import create_main_window

    window = create_main_window(db)
    window.show()
    _shown(window, app)
    return window


def memory(db: str) -> None:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    window = sijill(db)
    window.show_page("activities")  # type: ignore[attr-defined]
    page = window.pages["activities"]  # type: ignore[attr-defined]
    app = QApplication.instance()
    for _ in range(100_000):  # what a user dragging the scroll bar to the end makes the view do
        page.table.scrollToBottom()
        app.processEvents()
        if not page.model.canFetchMore(QModelIndex()):
            break
    page.table.scrollToBottom()
    app.processEvents()
    last = page.model.rowCount() - 1
    record = page.model.record(last)
    print(f"rows {page.model.rowCount()} last {record.uuid if record else None}", flush=True)


def imports(db: str) -> None:
    sijill(db)
    print(" ".join(sorted({name.split(".")[0] for name in sys.modules})), flush=True)
    print(" ".join(sorted(name for name in sys.modules if name.startswith("desktop."))), flush=True)


def timed(what: str, db: str) -> None:
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench import cases

    measure = cases._list_open if what == "list" else cases._search
    measure(Path(db))  # warm-up: imports, the file cache, Qt's first-use costs
    print(f"seconds {measure(Path(db))}", flush=True)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, *rest = sys.argv[1:]
    if mode in ("list", "search"):
        timed(mode, *rest)
    else:
        {"bare": bare, "startup": sijill, "memory": memory, "imports": imports}[mode](*rest)
    sys.stdout.flush()
    os._exit(0)  # the measurement is over; skip teardown


if __name__ == "__main__":
    main()

"""One measured run in a fresh process (start-up, memory). Usage:

    child.py bare                 a bare PySide6 QMainWindow; prints "shown" once it is painted
    child.py startup DB           Sijill started on DB; prints "shown" once its main window is painted
    child.py startup DB opened    ... once the database is open in it and its first page painted
    child.py memory DB            Sijill on DB, the Activities page scrolled to its last row
    child.py imports DB           Sijill's main window, then prints the top-level modules loaded
    child.py list DB              seconds to build the Activities page and paint its first rows
    child.py search DB            seconds for the Activities page to show a search's first rows
    child.py measure WHAT DB      one of bench/interactive.py's measures (after a warm-up run);
                                  prints "result {json}"
"""

from __future__ import annotations

import os
import sys


def _after_first_paint(window: object, then: object) -> None:
    """Call ``then`` on the event loop's next turn after ``window``'s first paint (the frame is
    on screen then); the same test for the bare window and for Sijill's."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    window._bench_filter = FirstPaint()  # type: ignore[attr-defined]
    window.installEventFilter(window._bench_filter)  # type: ignore[attr-defined]


def _say_and_exit(word: str) -> None:
    print(word, flush=True)
    os._exit(0)


def _when_drawn(window: object) -> None:
    page = window.stack.currentWidget()  # type: ignore[attr-defined]

    def painted() -> None:
        page.repaint()  # paints now, with the figures just drawn in
        _say_and_exit("shown")

    if getattr(page, "loading", False):
        page.loaded.connect(painted)
    else:
        _after_first_paint(page, lambda: _say_and_exit("shown"))


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    _after_first_paint(window, lambda: _say_and_exit("shown"))
    app.exec()


def startup(db: str, until: str = "shown") -> None:
    """Sijill started as a user starts it, ``sijill --db DB`` (desktop.cli.main -> run_gui):
    prints "shown" when its main window is on screen, or with ``until=opened`` when the
    database is open in it and its first page (the Dashboard) painted."""
    import desktop.app as composition

    start_window = composition.open_main_window

    def watched(*args: object, **kwargs: object) -> object:
        window = start_window(*args, **kwargs)
        if until == "opened":  # the Dashboard painted with its figures (read in the background)
            window.opened.connect(lambda: _when_drawn(window))
        else:  # emitted once the frame is painted, just before the database is opened
            window.frame_shown.connect(lambda: _say_and_exit("shown"))
        return window

    composition.open_main_window = watched  # run_gui calls it by this name
    from desktop.cli import main

    _say_and_exit(f"exited {main(['--db', db])}")


def sijill(db: str) -> object:
    """A main window built with its register and every page (desktop.app.create_main_window)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from desktop.app import create_main_window

    window = create_main_window(db)
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
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


def measured(what: str, db: str) -> None:
    import json
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench import interactive

    measure = interactive.MEASURES[what]
    if what not in ("transactions", "print"):
        measure(Path(db))  # warm-up: imports, the file cache, Qt's first-use costs
    print("result " + json.dumps(measure(Path(db))), flush=True)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, *rest = sys.argv[1:]
    if mode in ("list", "search"):
        timed(mode, *rest)
    elif mode == "measure":
        measured(*rest)
    else:
        {"bare": bare, "startup": startup, "memory": memory, "imports": imports}[mode](*rest)
    sys.stdout.flush()
    os._exit(0)  # the measurement is over; skip teardown


if __name__ == "__main__":
    main()

"""What users wait for in the window, measured inside a child process (bench/child.py):
typing a search, sorting, saving, the Dashboard of a big plan, one agreement's save, printing.

Times are the process's CPU time (every thread: the GUI's and the runner's pool) from the
user's action to its result painted. A stall of the event loop is measured by a 5 ms heartbeat
timer: the CPU time the GUI thread spent between two beats (what kept it from the next event;
the wall clock between beats is reported too, but on a shared machine it also counts the time
other programs held the CPUs)."""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CLOCK = time.process_time
SEARCH = "الامم المتحده"
KEY_INTERVAL_MS = 60  # a quick typist: about 1000 keys a minute


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


class Heartbeat:
    """A 5 ms timer on the GUI thread; the longest gap between beats, in GUI-thread CPU time
    and in wall-clock time (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.cpu_ms = self.wall_ms = 0.0
        self._last: tuple[float, float] | None = None

    def _beat(self) -> None:
        now = (time.thread_time(), time.perf_counter())
        if self._last is not None:
            self.cpu_ms = max(self.cpu_ms, (now[0] - self._last[0]) * 1000)
            self.wall_ms = max(self.wall_ms, (now[1] - self._last[1]) * 1000 - 5)
        self._last = now

    def start(self) -> None:
        self._last = None
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        self._beat()
        self.timer.stop()
        return self.cpu_ms, self.wall_ms


def _wait(condition: Any, timeout_s: float = 120) -> None:
    from PySide6.QtTest import QTest

    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("timed out")
        QTest.qWait(1)


def _painted(page: Any) -> None:
    app = _app()
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.table.viewport().repaint() if hasattr(page, "table") else page.repaint()
    app.processEvents()


def _activities_page(register: Any) -> Any:
    from desktop.ui.pages import build_page

    page = build_page(register, "activities")
    page.refresh()
    _painted(page)
    return page


def _searching(page: Any) -> bool:
    return bool(page.search_box.property("searching")) or page.runner.querying()


def typing(db: Path) -> dict[str, float]:
    """13 keys typed in the search box, one every KEY_INTERVAL_MS, until the last result is painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.services.register import Register

    _app()
    register = Register.open(db)
    page = _activities_page(register)
    box = page.search_box
    box.setFocus()
    heart = Heartbeat()
    heart.start()
    start = CLOCK()
    for ch in SEARCH:
        QTest.sendKeyEvent(QTest.KeyAction.Click, box, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(KEY_INTERVAL_MS)
    last_key = time.perf_counter()
    _wait(lambda: not _searching(page))
    page.table.viewport().repaint()
    _app().processEvents()
    seconds, waited = CLOCK() - start, time.perf_counter() - last_key
    stall_cpu, stall_wall = heart.stop()
    assert page.model.rowCount() > 0 and box.text() == SEARCH
    return {"seconds": seconds, "stall_ms": stall_cpu, "stall_wall_ms": stall_wall, "after_last_key_s": waited}


def sort_title(db: Path) -> dict[str, float]:
    """A click on the Title header until the sorted list is painted."""
    from PySide6.QtCore import Qt

    from desktop.services.register import Register

    _app()
    register = Register.open(db)
    page = _activities_page(register)
    column = next(i for i, c in enumerate(page.model.columns) if c.db_order == "title")
    heart = Heartbeat()
    heart.start()
    start = CLOCK()
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    _wait(lambda: not _searching(page))
    page.table.viewport().repaint()
    _app().processEvents()
    seconds = CLOCK() - start
    stall_cpu, stall_wall = heart.stop()
    assert page.model.order_by.startswith("title")
    return {"seconds": seconds, "stall_ms": stall_cpu, "stall_wall_ms": stall_wall}


def save_activity(db: Path) -> dict[str, float]:
    """Save an edited activity from its page until the list shows it again."""
    from PySide6.QtTest import QTest

    from desktop.services.register import Register

    _app()
    register = Register.open(db)
    page = _activities_page(register)
    record = page.model.record(page.model.rowCount() // 2)
    page.open(record.uuid)
    title = page.editor.bindings["title_en"].focus_widget()
    title.setFocus()
    title.end(False)
    QTest.keyClicks(title, "x" if not title.text().endswith("x") else "y")
    start = CLOCK()
    assert page.save()
    _app().processEvents()
    page.table.viewport().repaint()
    _app().processEvents()
    return {"seconds": CLOCK() - start}


def dashboard(db: Path) -> dict[str, float]:
    """The Dashboard of the plan it opens on, read and painted."""
    from desktop.services.register import Register
    from desktop.ui.dashboard import DashboardPage

    _app()
    register = Register.open(db)
    start = CLOCK()
    page = DashboardPage(register)
    page.refresh()
    _painted(page)
    seconds = CLOCK() - start
    assert page.data is not None
    return {"seconds": seconds, "plan_activities": float(page.data.progress.total)}


def transactions(db: Path) -> dict[str, float]:
    """Transactions begun while an agreement is saved in a window with every page built."""
    from PySide6.QtTest import QTest
    from sqlalchemy import event

    from desktop.app import create_main_window

    _app()
    window = create_main_window(str(db))
    window.show()
    _app().processEvents()
    window.show_page("agreements")
    page = window.pages["agreements"]
    page.open(page.model.record(0).uuid)
    _wait(lambda: not window.runner.querying())
    window.runner.pool.waitForDone(60000)
    _app().processEvents()
    title = page.editor.bindings["title_en"].focus_widget()
    title.setFocus()
    title.end(False)
    QTest.keyClicks(title, "x" if not title.text().endswith("x") else "y")
    begun: list[int] = []
    statements: list[int] = []
    engine = window.register.database.engine
    event.listen(engine, "begin", lambda _conn: begun.append(1))
    event.listen(engine, "before_cursor_execute", lambda *_a: statements.append(1))
    assert page.save()
    for _ in range(5):  # and whatever the views do in the background after it
        _app().processEvents()
        window.runner.pool.waitForDone(60000)
        _app().processEvents()
    return {"transactions": float(len(begun)), "statements": float(len(statements))}


def print_summary(db: Path) -> dict[str, float]:
    """The summary exported, and printed to a PDF printer (written, then printed, in the
    print job); for context the raster path (a printer that does not take PDF)."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop.reports import export_summary
    from desktop.services.register import Register
    from desktop.ui import printing

    _app()
    register = Register.open(db)
    key = register.agreements()[0].uuid
    folder = Path(tempfile.mkdtemp(prefix="sijill-print-"))
    exported = folder / "summary.pdf"
    export_summary(register, key, exported)  # warm-up: fonts, shaping caches

    def printer(target: Path) -> Any:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(target))
        return p

    start = CLOCK()
    export_summary(register, key, exported)
    export_s = CLOCK() - start
    start = CLOCK()
    written = folder / "to-print.pdf"
    export_summary(register, key, written)
    pages = printing.print_document(str(written), printer(folder / "printed.pdf"))
    print_s = CLOCK() - start
    return {"export_s": export_s, "print_s": print_s, "pages": float(pages), **_raster(written, folder, printer)}


def _raster(pdf: Path, folder: Path, printer: Any) -> dict[str, float]:
    import resource

    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui import printing

    original = QPrinter.outputFormat
    QPrinter.outputFormat = lambda _self: QPrinter.OutputFormat.NativeFormat  # type: ignore[method-assign]
    try:
        heart = Heartbeat()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        done: list[float] = []
        start = time.perf_counter()
        worker = threading.Thread(target=lambda: done.append(printing.print_document(str(pdf), printer(folder / "raster.pdf"))))
        heart.start()
        worker.start()
        _wait(lambda: bool(done))
        worker.join()
        wall = time.perf_counter() - start
        stall_cpu, stall_wall = heart.stop()
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        QPrinter.outputFormat = original  # type: ignore[method-assign]
    return {"raster_wall_s": wall, "raster_extra_mib": (after - before) / 1024, "raster_stall_ms": stall_cpu,
            "raster_stall_wall_ms": stall_wall, "raster_bytes": float((folder / "raster.pdf").stat().st_size)}


MEASURES = {
    "typing": typing, "sort": sort_title, "save": save_activity, "dashboard": dashboard,
    "transactions": transactions, "print": print_summary,
}

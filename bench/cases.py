"""The measurements. Each returns {label: [seconds or bytes per run]} for the two sides of a
ratio, measured alternately in the same run so that both see the same machine load.

Work done inside one process (the Activities page, search, PDF, import) is timed with that
process's CPU time (``time.process_time``): on a shared machine the wall clock also counts the
time other programs held the CPUs, which differs between a 2-second and a 40-second run.
Start-up is wall-clock time from spawning the process to its window being exposed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import fixtures

CLOCK = time.process_time

CHILD = Path(__file__).with_name("child.py")
SEARCH = "الامم المتحده"  # as typed: bare alef, ه for ة; the data holds both spellings
Samples = dict[str, list[float]]


def _alternate(runs: int, sides: dict[str, Callable[[], float]]) -> Samples:
    samples: Samples = {name: [] for name in sides}
    for _ in range(runs):
        for name, measure in sides.items():
            samples[name].append(measure())
    return samples


# -- in-process GUI: the Activities page ------------------------------------------------
def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _activities_page(register: Any) -> Any:
    """The Activities page as the main window builds it (with its filter bar)."""
    from desktop.ui.pages import build_page

    return build_page(register, "activities")


def _painted(page: Any) -> None:
    app = _app()
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.table.viewport().repaint()
    app.processEvents()
    assert page.model.rowCount() > 0


def _list_open(db: Path) -> float:
    from desktop.services.register import Register

    _app()
    register = Register.open(db)
    try:
        start = CLOCK()
        page = _activities_page(register)
        page.refresh()
        _painted(page)
        elapsed = CLOCK() - start
        page.close()
        page.deleteLater()
        _app().processEvents()
        return elapsed
    finally:
        register.close()


def _search(db: Path) -> float:
    from desktop.services.register import Register

    _app()
    register = Register.open(db)
    try:
        page = _activities_page(register)
        page.refresh()
        _painted(page)
        start = CLOCK()
        page.search_box.setText(SEARCH)  # textChanged -> page.search -> the model asks the database
        page.table.viewport().repaint()
        _app().processEvents()
        elapsed = CLOCK() - start
        assert page.model.rowCount() > 0
        page.close()
        page.deleteLater()
        _app().processEvents()
        return elapsed
    finally:
        register.close()


def in_child(what: str, db: Path) -> float:
    """``_list_open`` or ``_search`` in a fresh process (after one untimed warm-up run there).
    Fresh processes keep one run's leftovers (and PySide6 6.12's None-refcount leak in
    QStyledItemDelegate, see the README) from touching the next."""
    done = subprocess.run([sys.executable, str(CHILD), what, str(db)], capture_output=True, text=True,
                          env=_child_env(Path(os.environ.get("SIJILL_BENCH_HOME", "/tmp"))), check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("seconds ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{what} on {db.name} failed: {done.stderr[-800:]}")
    return float(lines[-1].split()[1])


def measure_in_child(what: str, db: Path) -> dict[str, float]:
    """One of bench/interactive.py's measures in a fresh process (after a warm-up there)."""
    import json

    done = subprocess.run([sys.executable, str(CHILD), "measure", what, str(db)], capture_output=True, text=True,
                          env=_child_env(Path(os.environ.get("SIJILL_BENCH_HOME", "/tmp"))), check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("result ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{what} on {db.name} failed: {done.stderr[-1500:]}")
    return {k: float(v) for k, v in json.loads(lines[-1][len("result "):]).items()}


def interactive(what: str, sides: dict[str, Path], runs: int) -> dict[str, list[dict[str, float]]]:
    """``what`` measured alternately on each side's database, ``runs`` times."""
    results: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, db in sides.items():
            results[name].append(measure_in_child(what, db))
    return results


def list_open(small: Path, large: Path, runs: int) -> Samples:
    return _alternate(runs, {"large": lambda: in_child("list", large), "small": lambda: in_child("list", small)})


def search(small: Path, large: Path, runs: int) -> Samples:
    return _alternate(runs, {"large": lambda: in_child("search", large), "small": lambda: in_child("search", small)})


# -- separate processes: start-up and memory ---------------------------------------------
def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["PYTHONPATH"] = str(fixtures.ROOT)
    return env


def _until_shown(args: list[str], home: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_child_env(home), text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"child {args} never showed its window")
    proc.wait()
    return elapsed


def compile_bytecode() -> None:
    """Sijill's modules as an installed copy runs them, from bytecode (pip and PyInstaller
    compile them; a source checkout with PYTHONDONTWRITEBYTECODE=1, as on CI, would compile
    some 40 modules again at every start)."""
    import compileall

    compileall.compile_dir(str(fixtures.ROOT / "src" / "desktop"), quiet=1)


def startup(large: Path, big_plan: Path, runs: int, home: Path) -> Samples:
    """Wall clock from spawning the process to the main window painted: ``sijill --db`` (the
    real command line, see child.py) and a bare QMainWindow; and to the Dashboard painted
    with its figures, opened on the register whose plan holds 20,000 activities ("dashboard")."""
    compile_bytecode()
    _until_shown(["bare"], home), _until_shown(["startup", str(large)], home)
    _until_shown(["startup", str(big_plan), "opened"], home)
    return _alternate(runs, {
        "sijill": lambda: _until_shown(["startup", str(large)], home),
        "bare_qt": lambda: _until_shown(["bare"], home),
        "dashboard": lambda: _until_shown(["startup", str(big_plan), "opened"], home),
    })


def _peak_rss(db: Path, home: Path) -> float:
    """Peak resident memory (bytes) of a child that opens ``db`` and scrolls to the end."""
    proc = subprocess.Popen([sys.executable, str(CHILD), "memory", str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=_child_env(home), text=True)
    _pid, status, usage = os.wait4(proc.pid, 0)
    out = proc.stdout.read() if proc.stdout else ""
    if status != 0 or "rows" not in out:
        raise RuntimeError(f"memory child failed on {db.name}: {out}")
    return float(usage.ru_maxrss * 1024)  # Linux reports KiB


def memory(small: Path, large: Path, runs: int, home: Path) -> Samples:
    return _alternate(runs, {"large": lambda: _peak_rss(large, home), "small": lambda: _peak_rss(small, home)})


# -- PDF ------------------------------------------------------------------------------------
def _export(db: Path, target: Path) -> float:
    from desktop.reports import export_summary
    from desktop.services.register import Register

    register = Register.open(db)
    try:
        key = register.agreements()[0].reference
        start = CLOCK()
        export_summary(register, key, target)
        return CLOCK() - start
    finally:
        register.close()


def _page_lines(pdf: Path) -> list[list[str]]:
    from pypdf import PdfReader

    return [page.extract_text().splitlines() for page in PdfReader(str(pdf)).pages]


def _plain_reportlab(pages: list[list[str]], target: Path) -> float:
    """The same strings drawn by reportlab with no shaping, bidi or layout: the floor."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "BenchAmiri" not in pdfmetrics.getRegisteredFontNames():  # preloaded, as Sijill's fonts are
        font = fixtures.ROOT / "resources/fonts/Amiri-Regular.ttf"
        pdfmetrics.registerFont(TTFont("BenchAmiri", str(font)))
    start = CLOCK()
    canvas = Canvas(str(target), pagesize=A4)
    for lines in pages:
        canvas.setFont("BenchAmiri", 9)
        y = A4[1] - 40
        for line in lines:
            canvas.drawString(40, y, line)
            y -= max(8.0, (A4[1] - 80) / max(1, len(lines)))
        canvas.showPage()
    canvas.save()
    return CLOCK() - start


def pdf_streamed(plan_500: Path, plan_10000: Path, runs: int, out: Path) -> Samples:
    """The streamed path (a plan of more than 5,000 activities) against a 500-activity plan."""
    out.mkdir(parents=True, exist_ok=True)
    _export(plan_500, out / "plan-500.pdf"), _export(plan_10000, out / "plan-10000.pdf")
    return _alternate(runs, {
        "plan_10000": lambda: _export(plan_10000, out / "plan-10000.pdf"),
        "plan_500": lambda: _export(plan_500, out / "plan-500.pdf"),
    })


def pdf(plan_small: Path, plan_large: Path, runs: int, out: Path) -> Samples:
    out.mkdir(parents=True, exist_ok=True)
    _export(plan_small, out / "plan-50.pdf"), _export(plan_large, out / "plan-500.pdf")
    lines = _page_lines(out / "plan-500.pdf")
    _plain_reportlab(lines, out / "plain-500.pdf")
    return _alternate(runs, {
        "plan_500": lambda: _export(plan_large, out / "plan-500.pdf"),
        "plan_50": lambda: _export(plan_small, out / "plan-50.pdf"),
        "plain_500": lambda: _plain_reportlab(lines, out / "plain-500.pdf"),
    })


# -- spreadsheet import ----------------------------------------------------------------
def import_files(counts: tuple[int, ...]) -> dict[int, Path]:
    """CSV files of ``count`` generated activities each, as new rows (no uuid column), made
    once with Sijill's own export and cached."""
    import csv

    from desktop.services.register import Register
    from desktop.services.spreadsheet import export_activities

    files = {}
    for count in counts:
        source = fixtures.database(count)
        target = source.with_suffix(".csv")
        if not target.exists():
            exported = source.with_suffix(".export.csv")
            register = Register.open(source, read_only=True)
            try:
                export_activities(register, exported)
            finally:
                register.close()
            with exported.open(encoding="utf-8-sig", newline="") as src, target.open("w", encoding="utf-8-sig", newline="") as dst:
                rows = list(csv.reader(src))
                keep = [i for i, name in enumerate(rows[0]) if name != "uuid"]
                csv.writer(dst).writerows([[row[i] for i in keep] for row in rows])
            exported.unlink()
        files[count] = target
    return files


def _import(csv: Path, empty: Path, name: str) -> float:
    from desktop.services.register import Register
    from desktop.services.spreadsheet import import_activities

    db = fixtures.scratch_copy(empty, name)
    register = Register.open(db)
    try:
        start = CLOCK()
        report = import_activities(register, csv)
        elapsed = CLOCK() - start
        if report.errors:
            raise RuntimeError(f"import of {csv.name} failed: {report.errors[:3]}")
        return elapsed
    finally:
        register.close()


def spreadsheet_import(small: int, large: int, runs: int) -> Samples:
    files = import_files((small, large))
    empty = fixtures.database(0)  # the same agreements, no activities
    return _alternate(runs, {
        "large": lambda: _import(files[large], empty, "import-large.sqlite"),
        "small": lambda: _import(files[small], empty, "import-small.sqlite"),
    })


# -- spreadsheet import against the floor ---------------------------------------------------
_FLOOR_TABLE = """CREATE TABLE activity (
    id INTEGER PRIMARY KEY, uuid VARCHAR(36) NOT NULL UNIQUE, created_at VARCHAR, updated_at VARCHAR,
    version INTEGER NOT NULL, agreement_id INTEGER NOT NULL, objective_id INTEGER, kind VARCHAR(32),
    title_ar TEXT, title_en TEXT, start VARCHAR(10), "end" VARCHAR(10), place VARCHAR(300), country VARCHAR(100),
    status VARCHAR(32), lead_organization_id INTEGER, participants INTEGER, notes TEXT, search_text TEXT)"""
_FLOOR_INDEXES = (
    "CREATE INDEX ix_activity_objective_id ON activity (objective_id)",
    "CREATE INDEX ix_activity_start ON activity (start)",
    "CREATE INDEX ix_activity_status ON activity (status)",
    "CREATE INDEX ix_activity_lead_organization_id ON activity (lead_organization_id)",
    "CREATE INDEX ix_activity_agreement_start ON activity (agreement_id, start)",
)


def _floor_rows(csv_path: Path) -> list[tuple[Any, ...]]:
    """The file's rows as the activity table's columns (made before the clock starts)."""
    import csv
    import uuid

    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    now = "2026-01-01 00:00:00.000000"
    refs: dict[str, int] = {}
    return [
        (str(uuid.uuid4()), now, now, 1, refs.setdefault(row["agreement"], len(refs) + 1), None, row["kind"],
         row["title_ar"], row["title_en"], row["start"] or None, row["end"] or None, row["place"], row["country"],
         row["status"], None, int(row["participants"]) if row["participants"] else None, row["notes"],
         " ".join((row["title_ar"], row["title_en"], row["place"], row["country"], row["notes"])))
        for row in rows
    ]


def _sqlite_floor(rows: list[tuple[Any, ...]], name: str) -> float:
    """Plain sqlite3: the same rows inserted with one executemany into an equivalent table
    (same columns and indexes, no search index, no history), in one transaction."""
    import sqlite3

    path = fixtures.CACHE / "scratch" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(_FLOOR_TABLE)
        for statement in _FLOOR_INDEXES:
            connection.execute(statement)
        connection.commit()
        columns = ("uuid, created_at, updated_at, version, agreement_id, objective_id, kind, title_ar, title_en, start, "
                   '"end", place, country, status, lead_organization_id, participants, notes, search_text')
        start = CLOCK()
        with connection:
            connection.executemany(f"INSERT INTO activity ({columns}) VALUES ({', '.join('?' * 18)})", rows)
        return CLOCK() - start
    finally:
        connection.close()


def spreadsheet_import_floor(count: int, runs: int) -> Samples:
    """Checking and importing ``count`` new rows (Sijill) against plain sqlite3 executemany."""
    files = import_files((count,))
    empty = fixtures.database(0)
    rows = _floor_rows(files[count])
    return _alternate(runs, {
        "sijill": lambda: _import(files[count], empty, "import-floor.sqlite"),
        "floor": lambda: _sqlite_floor(rows, "floor.sqlite"),
    })

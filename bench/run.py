"""Sijill's scale benchmark: ratios (and one count, one stall in ms), each the median of
several runs measured side by side.

    python bench/run.py [--quick] [--json FILE] [--only GROUP ...]

Absolute times on a shared machine are noisy; ratios of two things measured alternately in
the same run are not (much). In-process work is timed by CPU time, start-up by the wall clock
(see bench/cases.py). Generated databases are cached in bench/.cache.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _in_project_venv() -> None:
    """Run with the project's virtual environment (made by the README's set-up) when started
    with another Python (``python3 bench/run.py``) that cannot import Sijill."""
    try:
        import desktop  # noqa: F401
        import PySide6  # noqa: F401
    except ImportError:
        venv_python = ROOT / ".venv" / "bin" / "python"
        if venv_python.exists() and Path(sys.prefix).resolve() != venv_python.parents[1].resolve():
            os.execv(str(venv_python), [str(venv_python), *sys.argv])
        sys.exit("bench: Sijill is not installed; run the README's set-up first (bash scripts/test.sh)")


_in_project_venv()
from bench import cases, fixtures  # noqa: E402
from bench.interactive import KEY_INTERVAL_MS as KEY_MS  # noqa: E402


@dataclass(frozen=True)
class Plan:
    large: int = 100_000
    small: int = 1_000
    import_large: int = 10_000
    import_small: int = 1_000
    runs: int = 7
    process_runs: int = 7
    memory_runs: int = 3
    import_runs: int = 3
    interactive_runs: int = 5
    pdf_big_runs: int = 3


FULL = Plan()
QUICK = Plan(runs=3, process_runs=3, memory_runs=1, import_runs=1, interactive_runs=1, pdf_big_runs=1)
TARGETS = {
    "list_open_100k_vs_1k": 1.5,
    "search_100k_vs_1k": 3.0,
    "startup_vs_bare_qt": 2.0,
    "pdf_per_activity_500_vs_50": 1.2,
    "pdf_vs_plain_reportlab": 2.0,
    "import_10k_vs_1k": 12.0,
    "import_10k_vs_sqlite_floor": 30.0,
    "memory_100k_vs_1k": 1.5,
    "report_vs_sql_groupby": 2.0,
    "startup_dashboard_100k_vs_bare_qt": 4.0,
    "dashboard_bigplan_100k_vs_1k": 1.5,
    "typing_search_100k_vs_1k": 1.5,
    "gui_max_stall_typing_ms_100k": 50.0,
    "sort_title_100k_vs_1k": 2.0,
    "save_activity_100k_vs_1k": 1.5,
    "transactions_per_agreement_save": 3.0,
    "print_summary_vs_export": 3.0,
    "pdf_per_activity_10000_vs_500": 1.2,
}
#: groups of keys measured together (``--only``)
GROUPS = {
    "list": ("list_open_100k_vs_1k",), "search": ("search_100k_vs_1k",),
    "startup": ("startup_vs_bare_qt", "startup_dashboard_100k_vs_bare_qt"),
    "memory": ("memory_100k_vs_1k",), "pdf": ("pdf_per_activity_500_vs_50", "pdf_vs_plain_reportlab"),
    "import": ("import_10k_vs_1k", "import_10k_vs_sqlite_floor"), "report": ("report_vs_sql_groupby",), "dashboard": ("dashboard_bigplan_100k_vs_1k",),
    "typing": ("typing_search_100k_vs_1k", "gui_max_stall_typing_ms_100k"), "sort": ("sort_title_100k_vs_1k",),
    "save": ("save_activity_100k_vs_1k",), "transactions": ("transactions_per_agreement_save",),
    "print": ("print_summary_vs_export",), "pdf_streamed": ("pdf_per_activity_10000_vs_500",),
}


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _row(key: str, ratio: float, numerator: str, denominator: str) -> dict[str, object]:
    return {"key": key, "ratio": ratio, "target": TARGETS[key], "ok": ratio <= TARGETS[key],
            "numerator": numerator, "denominator": denominator}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def measure(plan: Plan, log: list[str], only: set[str] | None = None) -> tuple[list[dict[str, object]], dict[str, float]]:
    def note(text: str) -> None:
        log.append(text)
        print(f"  .. {text}", file=sys.stderr, flush=True)

    def wanted(group: str) -> bool:
        return only is None or group in only

    rows: list[dict[str, object]] = []
    absolute: dict[str, float] = {}
    note(f"databases: {plan.small} and {plan.large} activities under {fixtures.AGREEMENTS} agreements, "
         f"and the same whose Dashboard plan holds a fifth of them")
    small, large = fixtures.database(plan.small), fixtures.database(plan.large)
    big_small, big_large = fixtures.big_plan_database(plan.small), fixtures.big_plan_database(plan.large)
    home = tempfile.mkdtemp(prefix="sijill-bench-")  # the children's settings, not the user's
    os.environ["SIJILL_BENCH_HOME"] = home
    rows += measure_interactive(plan, note, wanted, absolute, (small, large), (big_small, big_large))
    rows += measure_classic(plan, note, wanted, absolute, (small, large), (big_small, big_large), Path(home))
    order = list(TARGETS)
    rows.sort(key=lambda row: order.index(str(row["key"])))
    return rows, absolute


def _medians(samples: list[dict[str, float]]) -> dict[str, float]:
    return {k: _median([s[k] for s in samples]) for k in samples[0]}


def measure_interactive(plan: Plan, note: Any, wanted: Any, absolute: dict[str, float],
                        plain: tuple[Path, Path], big: tuple[Path, Path]) -> list[dict[str, object]]:
    """What users wait for in the window (bench/interactive.py), in fresh processes."""
    rows: list[dict[str, object]] = []
    small, large = plain
    runs = plan.interactive_runs
    if wanted("dashboard"):
        note("Dashboard of the big plan (20,000 and 200 activities)")
        s = cases.interactive("dashboard", {"large": big[1], "small": big[0]}, runs)
        a, b = _medians(s["large"]), _medians(s["small"])
        absolute |= {"dashboard_bigplan_100k_s": a["seconds"], "dashboard_bigplan_1k_s": b["seconds"]}
        rows.append(_row("dashboard_bigplan_100k_vs_1k", a["seconds"] / b["seconds"], _ms(a["seconds"]), _ms(b["seconds"])))
    if wanted("typing"):
        note(f"typing {cases.SEARCH!r} in the search box, a key every {KEY_MS} ms")
        s = cases.interactive("typing", {"large": large, "small": small}, runs)
        a, b = _medians(s["large"]), _medians(s["small"])
        absolute |= {"typing_100k_s": a["seconds"], "typing_1k_s": b["seconds"], "typing_stall_wall_ms_100k": a["stall_wall_ms"],
                     "typing_after_last_key_100k_s": a["after_last_key_s"], "typing_after_last_key_1k_s": b["after_last_key_s"]}
        rows.append(_row("typing_search_100k_vs_1k", a["seconds"] / b["seconds"], _ms(a["seconds"]), _ms(b["seconds"])))
        rows.append(_row("gui_max_stall_typing_ms_100k", a["stall_ms"], f"{a['stall_ms']:.1f} ms", "(ms, not a ratio)"))
    if wanted("sort"):
        note("sorting the Activities by title")
        s = cases.interactive("sort", {"large": large, "small": small}, runs)
        a, b = _medians(s["large"]), _medians(s["small"])
        absolute |= {"sort_title_100k_s": a["seconds"], "sort_title_1k_s": b["seconds"], "sort_stall_ms_100k": a["stall_ms"]}
        rows.append(_row("sort_title_100k_vs_1k", a["seconds"] / b["seconds"], _ms(a["seconds"]), _ms(b["seconds"])))
    if wanted("save"):
        note("saving an activity from its page")
        sides = {"large": fixtures.scratch_copy(large, "save-large.sqlite"), "small": fixtures.scratch_copy(small, "save-small.sqlite")}
        s = cases.interactive("save", sides, runs)
        a, b = _medians(s["large"]), _medians(s["small"])
        absolute |= {"save_activity_100k_s": a["seconds"], "save_activity_1k_s": b["seconds"]}
        rows.append(_row("save_activity_100k_vs_1k", a["seconds"] / b["seconds"], _ms(a["seconds"]), _ms(b["seconds"])))
    if wanted("transactions"):
        note("transactions of one agreement's save, every page built")
        s = cases.interactive("transactions", {"one": fixtures.scratch_copy(small, "transactions.sqlite")}, 1)
        t = s["one"][0]
        absolute |= {"statements_per_agreement_save": t["statements"]}
        rows.append(_row("transactions_per_agreement_save", t["transactions"], f"{t['transactions']:.0f} transactions",
                         f"{t['statements']:.0f} statements"))
    if wanted("print"):
        note("printing the example plan's summary to a PDF printer, against exporting it")
        s = cases.interactive("print", {"one": fixtures.demo_database()}, runs)
        m = _medians(s["one"])
        absolute |= {k if k.startswith("raster") else f"print_{k}": v for k, v in m.items()}
        rows.append(_row("print_summary_vs_export", m["print_s"] / m["export_s"], _ms(m["print_s"]), _ms(m["export_s"])))
    return rows


def measure_classic(plan: Plan, note: Any, wanted: Any, absolute: dict[str, float],
                    plain: tuple[Path, Path], big: tuple[Path, Path], home: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    small, large = plain
    if wanted("pdf_streamed"):
        note("PDF export: the streamed path (10,000 activities) against 500")
        plan500, plan10k = fixtures.database(500, agreements=1), fixtures.database(10_000, agreements=1)
        s = cases.pdf_streamed(plan500, plan10k, plan.pdf_big_runs, fixtures.CACHE / "pdf")
        p10k, p500 = _median(s["plan_10000"]), _median(s["plan_500"])
        absolute |= {"pdf_10000_s": p10k}
        rows.append(_row("pdf_per_activity_10000_vs_500", (p10k / 10_000) / (p500 / 500),
                         _ms(p10k / 10_000) + "/act", _ms(p500 / 500) + "/act"))
    if not wanted("list"):
        return rows + measure_rest(plan, note, wanted, absolute, plain, big, home)

    note("Activities page: open with first rows")
    s = cases.list_open(small, large, plan.runs)
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"list_open_100k_s": a, "list_open_1k_s": b}
    rows.append(_row("list_open_100k_vs_1k", a / b, _ms(a), _ms(b)))
    return rows + measure_rest(plan, note, wanted, absolute, plain, big, home)


def measure_rest(plan: Plan, note: Any, wanted: Any, absolute: dict[str, float],
                 plain: tuple[Path, Path], big: tuple[Path, Path], home: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    small, large = plain
    if wanted("search"):
        rows += _search(plan, note, absolute, small, large)
    if wanted("startup"):
        rows += _startup(plan, note, absolute, large, big[1], home)
    if wanted("memory"):
        rows += _memory(plan, note, absolute, small, large, home)
    if wanted("pdf"):
        rows += _pdf(plan, note, absolute)
    if wanted("import"):
        rows += _import(plan, note, absolute)
    if wanted("report"):
        rows += _report(plan, note, absolute, large)
    return rows


def _search(plan: Plan, note: Any, absolute: dict[str, float], small: Path, large: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    note(f"search for {cases.SEARCH!r}")
    s = cases.search(small, large, plan.runs)
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"search_100k_s": a, "search_1k_s": b}
    rows.append(_row("search_100k_vs_1k", a / b, _ms(a), _ms(b)))
    return rows


def _startup(plan: Plan, note: Any, absolute: dict[str, float], large: Path, big_large: Path, home: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    note("start-up to the main window shown, and to the big plan's Dashboard painted (separate processes)")
    s = cases.startup(large, big_large, plan.process_runs, home)
    a, b, d = _median(s["sijill"]), _median(s["bare_qt"]), _median(s["dashboard"])
    absolute |= {"startup_sijill_100k_s": a, "startup_bare_qt_s": b, "startup_dashboard_100k_s": d}
    rows.append(_row("startup_vs_bare_qt", a / b, _ms(a), _ms(b)))
    rows.append(_row("startup_dashboard_100k_vs_bare_qt", d / b, _ms(d), _ms(b)))
    return rows


def _memory(plan: Plan, note: Any, absolute: dict[str, float], small: Path, large: Path, home: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    note("peak memory, Activities scrolled to the end (separate processes)")
    s = cases.memory(small, large, plan.memory_runs, home)
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"memory_100k_bytes": a, "memory_1k_bytes": b}
    rows.append(_row("memory_100k_vs_1k", a / b, f"{a / 2**20:.0f} MiB", f"{b / 2**20:.0f} MiB"))
    return rows


def _pdf(plan: Plan, note: Any, absolute: dict[str, float]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    note("PDF export: 50- and 500-activity plans, and plain reportlab (its font preloaded, as Sijill's)")
    plan50, plan500 = fixtures.database(50, agreements=1), fixtures.database(500, agreements=1)
    s = cases.pdf(plan50, plan500, plan.runs, fixtures.CACHE / "pdf")
    p500, p50, plain = _median(s["plan_500"]), _median(s["plan_50"]), _median(s["plain_500"])
    absolute |= {"pdf_500_s": p500, "pdf_50_s": p50, "pdf_plain_reportlab_500_s": plain}
    rows.append(_row("pdf_per_activity_500_vs_50", (p500 / 500) / (p50 / 50), _ms(p500 / 500) + "/act", _ms(p50 / 50) + "/act"))
    rows.append(_row("pdf_vs_plain_reportlab", p500 / plain, _ms(p500), _ms(plain)))
    return rows


def _import(plan: Plan, note: Any, absolute: dict[str, float]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    note(f"spreadsheet import: {plan.import_small} and {plan.import_large} activities")
    s = cases.spreadsheet_import(plan.import_small, plan.import_large, plan.import_runs)
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"import_10k_s": a, "import_1k_s": b}
    rows.append(_row("import_10k_vs_1k", a / b, _ms(a), _ms(b)))

    note(f"spreadsheet import of {plan.import_large} new rows against plain sqlite3 executemany")
    s = cases.spreadsheet_import_floor(plan.import_large, plan.import_runs)
    a, b = _median(s["sijill"]), _median(s["floor"])
    absolute |= {"import_10k_check_and_apply_s": a, "import_10k_sqlite_floor_s": b}
    rows.append(_row("import_10k_vs_sqlite_floor", a / b, _ms(a), _ms(b)))
    return rows


def _report(plan: Plan, note: Any, absolute: dict[str, float], large: Path) -> list[dict[str, object]]:
    note("report by kind and year on the large register, and one plain GROUP BY")
    from bench.report_case import report_vs_groupby

    s = report_vs_groupby(large, plan.runs)
    a, b = _median(s["report"]), _median(s["groupby"])
    absolute |= {"report_100k_s": a, "groupby_100k_s": b}
    return [_row("report_vs_sql_groupby", a / b, _ms(a), _ms(b))]


def report(rows: list[dict[str, object]], plan: Plan, quick: bool, seconds: float, absolute: dict[str, float]) -> str:
    lines = [
        f"Sijill benchmark ({'quick' if quick else 'full'}: medians of {plan.runs} runs, "
        f"{plan.process_runs} for start-up, {plan.memory_runs} for memory, {plan.import_runs} for import, "
        f"{plan.interactive_runs} for the window's actions, {plan.pdf_big_runs} for the 10,000-activity PDF)",
        f"machine: {os.cpu_count()} CPUs, {platform.machine()}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; took {seconds:.0f} s",
        "times: CPU time of the measuring process, every thread (page, search, typing, sort, save, "
        "Dashboard, PDF, print, import); wall clock from spawn to the window painted (start-up); "
        "peak RSS (memory); stall: GUI-thread CPU time between two beats of a 5 ms timer",
        "",
        f"{'ratio':36} {'value':>7} {'target':>7}  {'':4} {'numerator':>22} {'denominator':>22}",
    ]
    for row in rows:
        lines.append(
            f"{row['key']!s:36} {row['ratio']:7.2f} {'<= ' + str(row['target']):>7}  "
            f"{'ok' if row['ok'] else 'MISS':4} {row['numerator']!s:>22} {row['denominator']!s:>22}"
        )
    lines.append("")
    lines += [f"  {k} = {v:.4g}" for k, v in sorted(absolute.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer runs (same database sizes)")
    parser.add_argument("--json", metavar="FILE", help="also write the ratios and medians as JSON")
    parser.add_argument("--only", metavar="GROUP", action="append", choices=sorted(GROUPS),
                        help="measure only these groups of keys (repeatable; while developing)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    plan = QUICK if args.quick else FULL
    started = time.perf_counter()
    log: list[str] = []
    rows, absolute = measure(plan, log, set(args.only) if args.only else None)
    seconds = time.perf_counter() - started
    print(report(rows, plan, args.quick, seconds, absolute))
    if args.json:
        data: dict[str, object] = {str(row["key"]): round(float(row["ratio"]), 3) for row in rows}  # type: ignore[arg-type]
        data["details"] = {
            "quick": args.quick, "cpu_count": os.cpu_count(), "seconds": round(seconds, 1),
            "targets": TARGETS, "ok": {str(r["key"]): r["ok"] for r in rows},
            "medians": {k: round(v, 6) for k, v in absolute.items()},
            "runs": plan.__dict__, "search": cases.SEARCH, "agreements": fixtures.AGREEMENTS,
        }
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if all(row["ok"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

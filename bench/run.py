"""Sijill's scale benchmark: eight ratios, each the median of several runs measured side by side.

    python bench/run.py [--quick] [--json FILE]

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


FULL = Plan()
QUICK = Plan(runs=3, process_runs=3, memory_runs=1, import_runs=1)
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
}


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _row(key: str, ratio: float, numerator: str, denominator: str) -> dict[str, object]:
    return {"key": key, "ratio": ratio, "target": TARGETS[key], "ok": ratio <= TARGETS[key],
            "numerator": numerator, "denominator": denominator}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def measure(plan: Plan, log: list[str]) -> tuple[list[dict[str, object]], dict[str, float]]:
    def note(text: str) -> None:
        log.append(text)
        print(f"  .. {text}", file=sys.stderr, flush=True)

    rows: list[dict[str, object]] = []
    absolute: dict[str, float] = {}
    note(f"databases: {plan.small} and {plan.large} activities under {fixtures.AGREEMENTS} agreements")
    small, large = fixtures.database(plan.small), fixtures.database(plan.large)
    home = tempfile.mkdtemp(prefix="sijill-bench-")  # the children's settings, not the user's
    os.environ["SIJILL_BENCH_HOME"] = home

    note("Activities page: open with first rows")
    s = cases.list_open(small, large, plan.runs)
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"list_open_100k_s": a, "list_open_1k_s": b}
    rows.append(_row("list_open_100k_vs_1k", a / b, _ms(a), _ms(b)))

    note(f"search for {cases.SEARCH!r}")
    s = cases.search(small, large, plan.runs)
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"search_100k_s": a, "search_1k_s": b}
    rows.append(_row("search_100k_vs_1k", a / b, _ms(a), _ms(b)))

    note("start-up to the main window shown (separate processes)")
    s = cases.startup(large, plan.process_runs, Path(home))
    a, b = _median(s["sijill"]), _median(s["bare_qt"])
    absolute |= {"startup_sijill_100k_s": a, "startup_bare_qt_s": b, "startup_opened_100k_s": _median(s["opened"])}
    rows.append(_row("startup_vs_bare_qt", a / b, _ms(a), _ms(b)))

    note("peak memory, Activities scrolled to the end (separate processes)")
    s = cases.memory(small, large, plan.memory_runs, Path(home))
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"memory_100k_bytes": a, "memory_1k_bytes": b}
    rows.append(_row("memory_100k_vs_1k", a / b, f"{a / 2**20:.0f} MiB", f"{b / 2**20:.0f} MiB"))

    note("PDF export: 50- and 500-activity plans, and plain reportlab")
    plan50, plan500 = fixtures.database(50, agreements=1), fixtures.database(500, agreements=1)
    s = cases.pdf(plan50, plan500, plan.runs, fixtures.CACHE / "pdf")
    p500, p50, plain = _median(s["plan_500"]), _median(s["plan_50"]), _median(s["plain_500"])
    absolute |= {"pdf_500_s": p500, "pdf_50_s": p50, "pdf_plain_reportlab_500_s": plain}
    rows.append(_row("pdf_per_activity_500_vs_50", (p500 / 500) / (p50 / 50), _ms(p500 / 500) + "/act", _ms(p50 / 50) + "/act"))
    rows.append(_row("pdf_vs_plain_reportlab", p500 / plain, _ms(p500), _ms(plain)))

    note(f"spreadsheet import: {plan.import_small} and {plan.import_large} activities")
    s = cases.spreadsheet_import(plan.import_small, plan.import_large, plan.import_runs)
    a, b = _median(s["large"]), _median(s["small"])
    absolute |= {"import_10k_s": a, "import_1k_s": b}
    rows.append(_row("import_10k_vs_1k", a / b, _ms(a), _ms(b)))
    note("report by kind and year on the large register, and one plain GROUP BY")
    from bench.report_case import report_vs_groupby

    s = report_vs_groupby(large, plan.runs)
    a, b = _median(s["report"]), _median(s["groupby"])
    absolute |= {"report_100k_s": a, "groupby_100k_s": b}
    rows.append(_row("report_vs_sql_groupby", a / b, _ms(a), _ms(b)))

    note(f"spreadsheet import of {plan.import_large} new rows against plain sqlite3 executemany")
    s = cases.spreadsheet_import_floor(plan.import_large, plan.import_runs)
    a, b = _median(s["sijill"]), _median(s["floor"])
    absolute |= {"import_10k_check_and_apply_s": a, "import_10k_sqlite_floor_s": b}
    rows.append(_row("import_10k_vs_sqlite_floor", a / b, _ms(a), _ms(b)))
    order = list(TARGETS)
    rows.sort(key=lambda row: order.index(str(row["key"])))
    return rows, absolute


def report(rows: list[dict[str, object]], plan: Plan, quick: bool, seconds: float, absolute: dict[str, float]) -> str:
    lines = [
        f"Sijill benchmark ({'quick' if quick else 'full'}: medians of {plan.runs} runs, "
        f"{plan.process_runs} for start-up, {plan.memory_runs} for memory, {plan.import_runs} for import)",
        f"machine: {os.cpu_count()} CPUs, {platform.machine()}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; took {seconds:.0f} s",
        "times: CPU time of the measuring process (page, search, PDF, import); wall clock from "
        "spawn to the main window painted (start-up); peak RSS (memory)",
        "",
        f"{'ratio':30} {'value':>7} {'target':>7}  {'':4} {'numerator':>16} {'denominator':>16}",
    ]
    for row in rows:
        lines.append(
            f"{row['key']!s:30} {row['ratio']:7.2f} {'<= ' + str(row['target']):>7}  "
            f"{'ok' if row['ok'] else 'MISS':4} {row['numerator']!s:>16} {row['denominator']!s:>16}"
        )
    if "startup_opened_100k_s" in absolute:
        lines.append(f"(start-up, for context: the 100k database open in the window and its Dashboard painted "
                     f"after {_ms(absolute['startup_opened_100k_s'])})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer runs (same database sizes)")
    parser.add_argument("--json", metavar="FILE", help="also write the ratios and medians as JSON")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    plan = QUICK if args.quick else FULL
    started = time.perf_counter()
    log: list[str] = []
    rows, absolute = measure(plan, log)
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

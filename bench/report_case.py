"""`report_vs_sql_groupby`: ``sijill report`` (counts, participants and reported indicator
values by kind and year, through the Register) on the 100k register against one plain
``SELECT kind, year, count(*) ... GROUP BY`` over the same rows with sqlite3, measured
alternately in one process (CPU time)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench.cases import Samples, _alternate

CLOCK = time.process_time
PLAIN = "SELECT kind, substr(start, 1, 4), count(*) FROM activity GROUP BY kind, substr(start, 1, 4)"


def report_vs_groupby(large: Path, runs: int) -> Samples:
    from desktop.services.register import Register
    from desktop.services.report import ReportQuery

    register = Register.open(large, read_only=True)
    plain = sqlite3.connect(f"file:{large}?mode=ro", uri=True)
    query = ReportQuery(by=("kind", "year"))
    expected = sum(n for *_keys, n in plain.execute(PLAIN))

    def ours() -> float:
        started = CLOCK()
        report = register.report(query)
        spent = CLOCK() - started
        assert report.total_count == expected
        return spent

    def baseline() -> float:
        started = CLOCK()
        rows = plain.execute(PLAIN).fetchall()
        spent = CLOCK() - started
        assert sum(r[-1] for r in rows) == expected
        return spent

    try:
        ours(), baseline()  # warm both caches (pages, statements) before measuring
        return _alternate(runs, {"report": ours, "groupby": baseline})
    finally:
        plain.close()
        register.close()

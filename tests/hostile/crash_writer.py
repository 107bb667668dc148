"""A process that keeps changing a register and prints each change once it is committed
(the crash-safety test kills it with SIGKILL at random points).

    python crash_writer.py DB            add activities; update an earlier one every 3rd
    python crash_writer.py DB --import CSV   one spreadsheet import (all rows or none)
"""

from __future__ import annotations

import sys

from desktop.domain import records as r
from desktop.services.register import Register
from desktop.services.spreadsheet import import_activities

REF = "CRASH-1"


def main(path: str, *rest: str) -> None:
    reg = Register.open(path)
    try:
        plan = reg.agreement(REF)
    except Exception:  # noqa: BLE001 - first run
        plan = reg.save_agreement(r.Agreement(reference=REF, title_en="Crash test")).record
    print("ready", flush=True)
    if rest[:1] == ("--import",):
        print("importing", flush=True)
        report = import_activities(reg, rest[1])
        print(f"imported {report.added}", flush=True)
        return
    added: list[str] = []
    for i in range(100_000):
        saved = reg.save_activity(
            r.Activity(agreement_uuid=plan.uuid, title_en=f"w{i}", title_ar="ورشة عمل", notes="n" * (i % 500))
        ).record
        added.append(saved.uuid or "")
        print(f"A {saved.uuid}", flush=True)
        if i % 3 == 2:
            target = reg.activity(added[i // 2])
            target.notes = f"u{i}"
            reg.save_activity(target)
            print(f"U {target.uuid} {i}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])

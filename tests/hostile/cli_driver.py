"""Run several ``sijill`` commands in one process (faster than one process each) under
conditions set per call, and print what each returned as JSON on the last line.

    python cli_driver.py '[{"args": ["--db", "x.sqlite", "init"]}, {"args": [...], "fsize": 200000}]'

``fsize`` lowers RLIMIT_FSIZE before the call (a full disk as the process sees it: writes
past the limit fail with EFBIG instead of killing the process, since SIGXFSZ is ignored).
An exception escaping ``main`` is reported as ``crash`` with its traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import signal
import sys
import traceback


def run(call: dict) -> dict:
    from desktop.cli import main

    if call.get("fsize") is not None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (call["fsize"], resource.RLIM_INFINITY))
    out, err = io.StringIO(), io.StringIO()
    result: dict = {"args": call["args"]}
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result["code"] = main(call["args"])
        except SystemExit as exc:
            result["code"] = exc.code
        except BaseException:  # noqa: BLE001 - the test wants to see it
            result["code"] = None
            result["crash"] = traceback.format_exc()
    result["out"], result["err"] = out.getvalue(), err.getvalue()
    return result


if __name__ == "__main__":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    results = [run(call) for call in json.loads(sys.argv[1])]
    sys.stdout.write("\n" + json.dumps(results) + "\n")

"""``sijill`` with no command: the GUI, or a clear line when there is no display."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from desktop.cli.output import fail

NO_DISPLAY = (
    "no display found (DISPLAY/WAYLAND_DISPLAY unset): run the GUI under a virtual screen with "
    "`xvfb-run sijill`, or use the command line (`sijill --help`)."
)


BUNDLE_ENV = "SIJILL_OPEN_BUNDLE"


def take_bundle_argument(argv: list[str]) -> list[str]:
    """``sijill [--db PATH] FILE.sijill``: the GUI, with the bundle in ``$SIJILL_OPEN_BUNDLE``
    for the import preview (like a double-click); other command lines are returned unchanged."""
    if not argv or not argv[-1].lower().endswith(".sijill") or argv[-1].startswith("-"):
        return argv
    rest = argv[:-1]
    if rest and not (len(rest) == 2 and rest[0] == "--db") and not (len(rest) == 1 and rest[0].startswith("--db=")):
        return argv
    os.environ[BUNDLE_ENV] = os.path.abspath(argv[-1])
    return rest


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch(args: argparse.Namespace, build_parser: Callable[[], argparse.ArgumentParser]) -> int:
    if not has_display():
        return fail(NO_DISPLAY, 1)
    from desktop.qt_platform import problem

    missing = problem()  # before Qt could abort on a plugin whose libraries do not load
    if missing:
        return fail(missing, 1)
    try:
        from desktop.app import run_gui
    except ImportError as exc:
        if exc.name != "desktop.app":
            return fail(f"the GUI cannot start: {exc}", 1)
        build_parser().print_help()
        return 0
    return run_gui(getattr(args, "db", None))

"""The ``sijill`` command: scriptable commands over the same services as the GUI.

Each command module in :data:`COMMAND_MODULES` exposes ``register(subparsers)``, which adds
its sub-commands with ``set_defaults(handler=function)``; a handler takes the parsed
arguments and returns the exit code. Qt is imported only to launch the GUI.

Exit codes: 0 success, 1 a user error or a failed check, 2 bad usage (argparse),
3 the database cannot be opened or written, 4 the database is from a newer Sijill.
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli.output import fail
from desktop.domain.errors import SchemaTooNewError, SijillError, StorageError

COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.records",
    "desktop.cli.spreadsheets",
    "desktop.cli.bundle",
    "desktop.cli.backups",
    "desktop.cli.history",
    "desktop.cli.pdf",
)

EXIT_USER_ERROR = 1
EXIT_STORAGE = 3
EXIT_TOO_NEW = 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sijill",
        description="Sijill (سجل): a register of partnership agreements and their activities.",
    )
    parser.add_argument("--version", action="version", version=f"sijill {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file or SQLAlchemy URL (default: $SIJILL_DATABASE_URL, else the user data folder)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation offscreen (temporary database, demo, window, PDF, fonts) and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 must not stop the output
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    from desktop.cli.gui import take_bundle_argument

    args = parser.parse_args(take_bundle_argument(list(sys.argv[1:] if argv is None else argv)))
    handler = getattr(args, "handler", None)
    try:
        if getattr(args, "smoke_test", False):
            from desktop.app import create_main_window
            from desktop.ui.smoke import run as smoke_test

            return smoke_test(open_window=create_main_window)
        if handler is None:
            from desktop.cli.gui import launch

            return launch(args, parser)
        return int(handler(args) or 0)
    except SchemaTooNewError as exc:
        return fail(exc.message.render(), EXIT_TOO_NEW)
    except StorageError as exc:
        return fail(exc.message.render(), EXIT_STORAGE)
    except SijillError as exc:
        return fail(exc.message.render(), EXIT_USER_ERROR)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except UnicodeEncodeError as exc:  # an argument with bytes that are not UTF-8 (surrogateescape)
        return fail(f"text that is not valid UTF-8 cannot be used here: {exc.object[exc.start:exc.end]!a}", EXIT_USER_ERROR)
    except OSError as exc:  # a file the command reads or writes (full disk, permissions)
        where = f"{exc.filename}: " if exc.filename else ""
        return fail(f"cannot read or write a file: {where}{exc.strerror or exc}", EXIT_USER_ERROR)


if __name__ == "__main__":
    sys.exit(main())

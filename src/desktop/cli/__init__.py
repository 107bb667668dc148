"""The ``sijill`` command: scriptable commands over the same services as the GUI.

Each command module in :data:`COMMAND_MODULES` exposes ``register(subparsers)``, which adds
its sub-commands with ``set_defaults(handler=function)``; a handler takes the parsed
arguments and returns the exit code. Qt is imported only to launch the GUI.

Exit codes: 0 success, 1 a user error or a failed check, 2 bad usage (argparse),
3 the database cannot be opened or written, 4 the database is from a newer Sijill;
``verify FILE.pdf``: 5 the document was altered or its signature is invalid or not trusted.
"""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence

from desktop.cli.output import fail
from desktop.domain.errors import SchemaTooNewError, SijillError, StorageError, ValidationError
from desktop.domain.messages import Message, N_

COMMAND_MODULES: tuple[str, ...] = (
    "desktop.cli.records",
    "desktop.cli.spreadsheets",
    "desktop.cli.bundle",
    "desktop.cli.backups",
    "desktop.cli.history",
    "desktop.cli.pdf",
    "desktop.cli.server",
    "desktop.cli.report",
    "desktop.cli.attachments",
    "desktop.cli.identity",
    "desktop.cli.letterhead",
)

EXIT_USER_ERROR = 1
EXIT_STORAGE = 3
EXIT_TOO_NEW = 4


class _Version(argparse.Action):
    """``--version``: the installed version, read from the package metadata only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from desktop import __version__

        print(f"sijill {__version__}")
        parser.exit()


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves out the sub-commands (whose modules
    load the database code), for a command line that starts the GUI."""
    parser = argparse.ArgumentParser(
        prog="sijill",
        description="Sijill (سجل): a register of partnership agreements and their activities.",
    )
    parser.add_argument("--version", action=_Version)
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
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; a command line with no sub-command (the GUI) is parsed without loading
    the sub-commands' modules, so that the window shows sooner."""
    if not any(arg in ("-h", "--help") for arg in argv):
        top = build_parser(commands=False)
        args, rest = top.parse_known_args(argv)
        if not rest:
            return args
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 must not stop the output
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    from desktop.cli.gui import take_bundle_argument

    args = parse(take_bundle_argument(list(sys.argv[1:] if argv is None else argv)))
    handler = getattr(args, "handler", None)
    try:
        if getattr(args, "smoke_test", False):
            from desktop.app import create_main_window
            from desktop.ui.smoke import run as smoke_test

            return smoke_test(open_window=create_main_window)
        if handler is None:
            from desktop.cli.gui import launch

            return launch(args, build_parser)
        return int(handler(args) or 0)
    except SchemaTooNewError as exc:
        return fail(exc.message, EXIT_TOO_NEW)
    except StorageError as exc:
        return fail(exc.message, EXIT_STORAGE)
    except ValidationError as exc:  # each problem worded on its own, in the user's language
        return fail(_problems(exc), EXIT_USER_ERROR)
    except SijillError as exc:
        return fail(exc.message, EXIT_USER_ERROR)
    except KeyboardInterrupt:
        return fail(Message(N_("interrupted")), 130)
    except BrokenPipeError:
        return 0
    except UnicodeEncodeError as exc:  # an argument with bytes that are not UTF-8 (surrogateescape)
        text = N_("Text that is not valid UTF-8 cannot be used here: {text}")
        return fail(Message(text, {"text": ascii(exc.object[exc.start:exc.end])}), EXIT_USER_ERROR)
    except OSError as exc:  # a file the command reads or writes (full disk, permissions)
        text = N_("Cannot read or write a file: {path}: {error}") if exc.filename else N_("Cannot read or write a file: {error}")
        return fail(Message(text, {"path": exc.filename, "error": exc.strerror or exc}), EXIT_USER_ERROR)


def _problems(exc: ValidationError) -> str:
    from desktop.cli.language import word

    return "; ".join(f"{p.field}: {word(p.message)}" for p in exc.problems) or word(exc.message)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the frozen app (PyInstaller): the same ``sijill`` command as a source install.

A lone argument naming an existing ``.sijill`` exchange bundle (a double-click on a bundle in
the file manager, Explorer or Finder passes it so) starts the GUI with the bundle waiting in
``SIJILL_OPEN_BUNDLE`` for the import preview, instead of being read as an unknown command.
"""

from __future__ import annotations

import os
import sys


def _bundle_argument(argv: list[str]) -> str | None:
    if len(argv) == 1 and argv[0].lower().endswith(".sijill") and os.path.isfile(argv[0]):
        return os.path.abspath(argv[0])
    return None


def main() -> int:
    from desktop.cli import main as cli_main

    argv = sys.argv[1:]
    bundle = _bundle_argument(argv)
    if bundle is not None:
        os.environ["SIJILL_OPEN_BUNDLE"] = bundle
        argv = []
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())

"""Abandoning a half-written write-only .xlsx sheet quietly (a full disk): openpyxl's
streams, left open, fail again when they are collected and print "Exception ignored"
tracebacks after Sijill's one-line message."""

from __future__ import annotations

import contextlib
import os
from typing import Any


def abandon(sheet: Any) -> None:
    """Close the sheet's row and XML streams, ignoring their errors, and remove its
    temporary file."""
    writer = getattr(sheet, "_writer", None)
    for stream in (getattr(sheet, "_rows", None), getattr(writer, "xf", None)):
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()
    out = getattr(writer, "out", None)
    if isinstance(out, str):
        with contextlib.suppress(OSError):
            os.remove(out)


def as_os_error(exc: BaseException, target: object) -> BaseException:
    """lxml (openpyxl's writer when it is installed) reports a full disk as a serialisation
    error named after the C error (``IO_EFBIG``, ``IO_ENOSPC``): the OSError it stands for."""
    import errno
    import os

    name = str(exc).strip()
    code = getattr(errno, name[3:], None) if name.startswith("IO_") else None
    if type(exc).__name__ == "SerialisationError" and isinstance(code, int):
        return OSError(code, os.strerror(code), str(target))
    return exc

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

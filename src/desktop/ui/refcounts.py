"""A work-around for PySide6 6.12 on Python 3.11.

There, every call of a PySide6 method that returns nothing (a C++ ``void``, e.g.
``QWidget.setEnabled``) releases one reference to ``None`` that it never took. Python 3.12 and
later never free ``None`` (immortal objects), so the bug is harmless there; on 3.11 the count
of ``None`` (some tens of thousands at start) runs out during a working day and the process
aborts with "Fatal Python error: none_dealloc" - measured: after about 575 records opened.
Giving ``None`` a very large reference count once at start-up keeps it alive for 2**40 such
calls. ``None`` is never freed anyway, so the extra count changes nothing else.
"""

from __future__ import annotations

import sys

RESERVE = 1 << 40
_state = {"done": False}


def protect_none() -> bool:
    """Add the reserve once (Python < 3.12 only); returns whether it was added now."""
    if sys.version_info >= (3, 12) or _state["done"]:
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _state["done"] = True
    return True

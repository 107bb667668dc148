"""The Qt Widgets user interface (the only place PySide6 is imported, with the composition
root ``desktop.app``)."""

from desktop.ui.refcounts import protect_none

protect_none()  # PySide6 6.12 on Python 3.11 leaks references to None: see ui/refcounts.py

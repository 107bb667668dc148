"""Open a ``.sijill`` bundle the system hands to Sijill (a double-click in the file manager,
Explorer or Finder) in the "Import from field…" preview.

Linux and Windows pass the file as an argument: ``packaging/launcher.py`` and ``sijill FILE.sijill``
put it in ``SIJILL_OPEN_BUNDLE``, read once after the main window is shown. macOS sends a
``QFileOpenEvent`` to the application instead, at start-up or while Sijill runs; a filter on the
QApplication catches it (and keeps it until there is a window). A missing or damaged file gets
the import preview's own error message.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

ENV = "SIJILL_OPEN_BUNDLE"
#: Only macOS sends QFileOpenEvent. Elsewhere no filter is installed: a Python filter on the
#: application is called for every event of every object, which slows start-up by tens of ms.
FILE_OPEN_EVENTS = sys.platform == "darwin"
_OPENERS: dict[int, BundleOpener] = {}  # keeps the Python filter alive with its application


class BundleOpener(QObject):
    """Sends bundles to the window's import preview; those that come before it wait."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("bundle_opener")
        self.window: Host | None = None
        self.pending: list[str] = []
        self.filtering = False

    def attach(self, window: Host) -> None:
        self.window = window
        key = id(window)
        window.destroyed.connect(lambda *_args: self._forget(key))
        waiting, self.pending = self.pending, []
        for path in waiting:
            self.open(path)

    def _forget(self, key: int) -> None:
        """A window that is gone (a later one may have taken its place)."""
        if self.window is not None and id(self.window) == key:
            self.window = None

    def open(self, path: str) -> None:
        if self.window is None:
            self.pending.append(path)
            return
        from desktop.ui.exchange_dialogs import preview_import

        self.window.raise_()
        self.window.activateWindow()
        preview_import(self.window, path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.open(path)
                return True
        return super().eventFilter(watched, event)


def install(app: QApplication) -> BundleOpener:
    """The application's opener; on macOS also its event filter (installed once)."""
    opener = _OPENERS.get(id(app))
    if opener is None:
        opener = BundleOpener(app)
        _OPENERS[id(app)] = opener
    if FILE_OPEN_EVENTS and not opener.filtering:
        app.installEventFilter(opener)
        opener.filtering = True
    return opener


def open_startup_bundle(window: Host, bundle: str | None = None) -> str | None:
    """After the window is shown: attach it, and preview ``bundle`` or ``$SIJILL_OPEN_BUNDLE``
    (taken out of the environment, so it is opened once). Returns the path opened, if any."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opener = install(app)
    path = bundle or os.environ.pop(ENV, "") or None
    opener.attach(window)
    if path:
        opener.open(path)
    return path

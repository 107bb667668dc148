"""Composition root of the desktop app: settings -> fonts and translators -> register -> window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import UI_FONT_FAMILY, font_files, ui_font_files

log = logging.getLogger(__name__)


UI_POINT_SIZE = 10.0  # the interface's text; headings are scaled from it


def register_fonts() -> list[str]:
    """Make the shipped fonts available, so Arabic shows even with no system fonts: Amiri for
    documents, IBM Plex Sans Arabic for the interface."""
    families: list[str] = []
    for path in font_files() + ui_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
        else:
            log.warning("could not load font %s", path)
    return families


def prepare_application(app: QApplication) -> None:
    """Fonts, the saved language and its layout direction (idempotent)."""
    from desktop.ui import i18n, settings

    if not app.property("sijill_prepared"):
        families = register_fonts()
        font = app.font()
        fallbacks = [f for f in (font.family(), "Amiri") if f in families or f == font.family()]
        if UI_FONT_FAMILY in families:  # a sans face with good Arabic, the same on every machine
            font = QFont(UI_FONT_FAMILY)
            font.setPointSizeF(UI_POINT_SIZE)
        font.setFamilies([font.family(), *[f for f in fallbacks if f != font.family()]])
        app.setFont(font)
        app.setApplicationName("Sijill")
        app.setOrganizationName("sijill")
        app.setProperty("sijill_prepared", True)
    i18n.install(str(settings.get(settings.LANGUAGE)))


def create_main_window(database: str | os.PathLike[str] | None):  # type: ignore[no-untyped-def]
    """Open ``database`` (a path or SQLAlchemy URL) and return the main window, not shown.
    The caller owns the QApplication. Raises StorageError or OpeningCancelled."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.opening import open_register

    app = QApplication.instance()
    if isinstance(app, QApplication):
        prepare_application(app)
    register, lock = open_register(database)
    return MainWindow(register, lock)  # built with its register, for the smoke test and tests


def run_gui(target: str | os.PathLike[str] | None = None) -> int:
    """The GUI: make the QApplication, show the window, open the database in it, run until
    the window closes."""
    from desktop.ui import errors, settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    log_path = errors.setup_logging()
    errors.install_excepthook()
    log.info("starting; log at %s", log_path)
    prepare_application(app)
    if target is None:
        target = os.environ.get("SIJILL_DATABASE_URL") or settings.get(settings.LAST_DATABASE) or None
    window = open_main_window(app, target)  # kept alive until the loop ends
    from desktop.ui import first_use

    window.opened.connect(lambda: first_use.ask_name(window))  # before the first change is recorded
    window.opening_failed.connect(app.exit)  # 1 cancelled, 2 could not open (the message was shown)
    code = int(app.exec())
    del window
    return code


def open_main_window(app: QApplication, target: str | os.PathLike[str] | None, bundle: str | None = None):  # type: ignore[no-untyped-def]
    """Show the main window's frame at once, then open ``target`` in it once it is painted
    (SQLAlchemy and the pages load only then), then preview a bundle handed over at start-up
    (``bundle``, ``$SIJILL_OPEN_BUNDLE`` or a macOS file-open event). The window's ``opened``
    or ``opening_failed`` (after the message was shown) tells how the opening went."""
    from desktop.ui import open_bundle, settings
    from desktop.ui.main_window import MainWindow

    open_bundle.install(app)  # file-open events that arrive while the database opens wait
    window = MainWindow()
    geometry = settings.get(settings.WINDOW_GEOMETRY)
    if geometry:
        window.restoreGeometry(geometry)
    window.show()
    window.opened.connect(lambda: open_bundle.open_startup_bundle(window, bundle))
    window.open_later(target)
    return window

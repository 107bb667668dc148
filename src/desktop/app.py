"""Composition root of the desktop app: settings -> fonts and translators -> register -> window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import font_files

log = logging.getLogger(__name__)


def register_fonts() -> list[str]:
    """Make the shipped Amiri fonts available, so Arabic shows even with no system fonts."""
    families: list[str] = []
    for path in font_files():
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
        if "Amiri" in families:
            font = app.font()
            font.setFamilies([font.family(), "Amiri"])
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
    return MainWindow(register, lock)


def run_gui(target: str | os.PathLike[str] | None = None) -> int:
    """The GUI: make the QApplication, open the database, run until the window closes."""
    from desktop.domain.errors import SijillError
    from desktop.ui import errors, settings
    from desktop.ui.opening import OpeningCancelled

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    log_path = errors.setup_logging()
    errors.install_excepthook()
    log.info("starting; log at %s", log_path)
    prepare_application(app)
    if target is None:
        target = os.environ.get("SIJILL_DATABASE_URL") or settings.get(settings.LAST_DATABASE) or None
    try:
        window = open_main_window(app, target)  # kept alive until the loop ends
    except OpeningCancelled:
        return 1
    except SijillError as exc:
        errors.show(exc)
        return 2
    code = int(app.exec())
    del window
    return code


def open_main_window(app: QApplication, target: str | os.PathLike[str] | None, bundle: str | None = None):  # type: ignore[no-untyped-def]
    """Open ``target``, show the window, then preview a bundle handed over at start-up
    (``bundle``, ``$SIJILL_OPEN_BUNDLE`` or a macOS file-open event). Raises like create_main_window."""
    from desktop.ui import open_bundle, settings

    open_bundle.install(app)  # file-open events that arrive while the database opens wait
    window = create_main_window(target)
    geometry = settings.get(settings.WINDOW_GEOMETRY)
    if geometry:
        window.restoreGeometry(geometry)
    window.show()
    open_bundle.open_startup_bundle(window, bundle)
    return window

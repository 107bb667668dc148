"""Logging to the user log folder, and errors shown as dialogs instead of tracebacks."""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.errors import ConflictError, SijillError, StorageError, ValidationError
from desktop.redaction import RedactingFilter
from desktop.ui import i18n, prompts

log = logging.getLogger("desktop")


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("sijill", appauthor=False))


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose files only their owner can read (they name files and records)."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging() -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "sijill.log"
    handler = PrivateLogHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # no password in the log
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def title_for(exc: BaseException) -> str:
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("errors", "The database could not be used")
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("errors", "Changed elsewhere")
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("errors", "Please check the form")
    return QCoreApplication.translate("errors", "Sijill")


def text_for(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(i18n.tr_message(p.message) for p in exc.problems)
    if isinstance(exc, SijillError):
        return i18n.tr_message(exc.message)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "A file could not be read or written: {error}").format(
            error=exc.strerror or exc
        )
    return QCoreApplication.translate(
        "errors", "Something went wrong. Your work in the form is kept; the details are in the log file."
    )


def show(exc: BaseException, parent: object = None) -> None:
    """Show an error as a dialog; unexpected ones are logged with their traceback."""
    if not isinstance(exc, (SijillError, OSError)):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    else:
        log.warning("%s: %s", type(exc).__name__, exc)
    if parent is None:
        parent = QApplication.activeWindow()
    prompts.error(parent, title_for(exc), text_for(exc))  # type: ignore[arg-type]


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    import traceback

    log.error("uncaught: %s", "".join(traceback.format_exception(kind, exc, tb)))
    try:
        show(exc)
    except Exception:  # noqa: BLE001 - never fail inside the hook
        sys.__excepthook__(kind, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook

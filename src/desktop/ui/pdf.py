"""The agreement summary as PDF: export (off the GUI thread, with progress), preview with
QtPdf, and printing of the rendered pages."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.ui import display, i18n, prompts, settings

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

def connect(window: Host) -> None:
    a = window.action_map
    a["action_export_pdf"].triggered.connect(lambda: export_dialog(window))
    a["action_preview_pdf"].triggered.connect(lambda: preview(window))
    a["action_print"].triggered.connect(lambda: print_summary(window))
    from desktop.ui import sealed

    sealed.connect(window)  # signing on export, File › Verify a summary…, PDFs dropped on the window


def _agreement(window: Host) -> Any:
    record = window.pages["agreements"].editor.record
    return record if record is not None and record.uuid else None


def _paper() -> str:
    from PySide6.QtCore import QLocale

    return "letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def run_export(window: Host, path: str, on_done: Any, *, sign: bool = False) -> None:
    """Write the summary of the agreement being shown to ``path`` in a worker thread (one PDF
    at a time, cancellable); with ``sign``, signed when the user chose File › Sign exported
    summaries."""
    from desktop.reports import export_summary
    from desktop.ui.sealed import signing_identity

    record = _agreement(window)
    if record is None:
        return
    go_on, identity = signing_identity(window) if sign else (True, None)
    if not go_on:
        return
    register, key = window.register, record.uuid
    lang, hijri, paper = i18n.current(), bool(settings.get(settings.SHOW_HIJRI)), _paper()
    window.statusBar().showMessage(QCoreApplication.translate("pdf", "Writing the summary…"))
    def work(progress: Any, cancel: Any) -> Any:  # one PDF at a time; cancelled between steps
        def step(done: int, total: int) -> None:
            cancel.check()
            progress(done, total)

        return export_summary(register, key, path, lang=lang, paper=paper, hijri=hijri, progress=step, identity=identity)

    if window.runner.job("pdf", work, on_done=on_done) is None:
        window.statusBar().showMessage(QCoreApplication.translate("pdf", "A summary is already being written."), 8000)


def export_dialog(window: Host) -> None:
    record = _agreement(window)
    if record is None:
        return
    name = _file_name(record)
    folder = str(settings.get(settings.LAST_FOLDER) or Path.home())
    path = prompts.save_file(window, QCoreApplication.translate("pdf", "Export the summary"),
                             os.path.join(folder, name), QCoreApplication.translate("pdf", "PDF files (*.pdf)"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    settings.put(settings.LAST_FOLDER, str(Path(path).parent))

    def done(result: object) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("pdf", "Summary written to {path}").format(path=display.isolate(str(result))), 8000)

    run_export(window, path, done, sign=True)


def _file_name(record: Any) -> str:
    reference = record.reference if record is not None else ""
    return re.sub(r"[^\w.-]+", "-", reference or "agreement").strip("-") + ".pdf"


def _temporary_pdf() -> str:
    fd, path = tempfile.mkstemp(prefix="sijill-summary-", suffix=".pdf")
    os.close(fd)
    return path


from desktop.ui.pdf_preview import PdfPreview  # noqa: E402 - the dialog with its controls


def preview(window: Host) -> None:
    path = _temporary_pdf()

    def show(_result: object) -> None:
        window.statusBar().clearMessage()
        dialog = PdfPreview(path, window, _file_name(_agreement(window)))
        window.last_pdf_preview = dialog  # type: ignore[attr-defined]
        dialog.open()

    run_export(window, path, show)


def print_pdf(path: str, printer: Any) -> int:
    """Send every page of the PDF to ``printer`` (in this thread); returns the number of pages.
    See :mod:`desktop.ui.printing` (vector where the printer takes PDF, else 300 dpi)."""
    from desktop.ui.printing import print_document

    return print_document(path, printer)


def ask_printer(parent: QWidget | None) -> Any:
    """A configured QPrinter, or None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf", "Print the summary"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_summary(window: Host) -> None:
    """Write the summary, ask for a printer, print in the background (ui/printing.py)."""
    from desktop.ui import printing

    path = _temporary_pdf()

    def printed(pages: int) -> None:
        Path(path).unlink(missing_ok=True)
        window.statusBar().showMessage(QCoreApplication.translate("pdf", "Sent %n pages to the printer.", "", pages), 8000)

    def failed(exc: BaseException) -> None:
        Path(path).unlink(missing_ok=True)
        window.runner.failed.emit(exc)

    def ready(_result: object) -> None:
        window.statusBar().clearMessage()
        printer = ask_printer(window)
        if printer is None or printing.start(window.runner, path, printer, printed, failed) is None:
            Path(path).unlink(missing_ok=True)
        else:
            window.statusBar().showMessage(QCoreApplication.translate("pdf", "Printing the summary…"))

    run_export(window, path, ready)

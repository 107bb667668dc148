"""The agreement summary as PDF: export (off the GUI thread, with progress), preview with
QtPdf, and printing of the rendered pages."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from desktop.ui import display, i18n, prompts, settings

if TYPE_CHECKING:
    from desktop.ui.host import Host  # the main window as its feature modules see it

def connect(window: Host) -> None:
    a = window.action_map
    a["action_export_pdf"].triggered.connect(lambda: export_dialog(window))
    a["action_preview_pdf"].triggered.connect(lambda: preview(window))
    a["action_print"].triggered.connect(lambda: print_summary(window))


def _agreement(window: Host) -> Any:
    record = window.pages["agreements"].editor.record
    return record if record is not None and record.uuid else None


def _paper() -> str:
    from PySide6.QtCore import QLocale

    return "letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def run_export(window: Host, path: str, on_done: Any) -> None:
    """Write the summary of the agreement being shown to ``path`` in a worker thread."""
    from desktop.reports import export_summary

    record = _agreement(window)
    if record is None:
        return
    register, key = window.register, record.uuid
    lang, hijri, paper = i18n.current(), bool(settings.get(settings.SHOW_HIJRI)), _paper()
    window.statusBar().showMessage(QCoreApplication.translate("pdf", "Writing the summary…"))
    def work(progress: Any, cancel: Any) -> Any:  # one PDF at a time; cancelled between steps
        def step(done: int, total: int) -> None:
            cancel.check()
            progress(done, total)

        return export_summary(register, key, path, lang=lang, paper=paper, hijri=hijri, progress=step)

    if window.runner.job("pdf", work, on_done=on_done) is None:
        window.statusBar().showMessage(QCoreApplication.translate("pdf", "A summary is already being written."), 8000)


def export_dialog(window: Host) -> None:
    record = _agreement(window)
    if record is None:
        return
    name = re.sub(r"[^\w.-]+", "-", record.reference or "agreement").strip("-") + ".pdf"
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

    run_export(window, path, done)


def _temporary_pdf() -> str:
    fd, path = tempfile.mkstemp(prefix="sijill-summary-", suffix=".pdf")
    os.close(fd)
    return path


class PdfPreview(QDialog):
    """The summary as it will print, page after page."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(QCoreApplication.translate("pdf", "Summary preview"))
        self.path = path
        self.document = QPdfDocument(self)
        self.document.load(path)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(820, 980)

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def done(self, result: int) -> None:
        self.document.close()
        Path(self.path).unlink(missing_ok=True)
        super().done(result)


def preview(window: Host) -> None:
    path = _temporary_pdf()

    def show(_result: object) -> None:
        window.statusBar().clearMessage()
        dialog = PdfPreview(path, window)
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

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
from PySide6.QtWidgets import QDialog, QWidget

from desktop.ui import display, i18n, prompts, settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

def connect(window: MainWindow) -> None:
    a = window.actions
    a["action_export_pdf"].triggered.connect(lambda: export_dialog(window))
    a["action_preview_pdf"].triggered.connect(lambda: preview(window))
    a["action_print"].triggered.connect(lambda: print_summary(window))
    from desktop.ui import sealed

    sealed.connect(window)  # signing on export, File › Verify a summary…, PDFs dropped on the window


def _agreement(window: MainWindow) -> Any:
    record = window.pages["agreements"].editor.record
    return record if record is not None and record.uuid else None


def _paper() -> str:
    from PySide6.QtCore import QLocale

    return "letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def run_export(window: MainWindow, path: str, on_done: Any, *, sign: bool = False) -> None:
    """Write the summary of the agreement being shown to ``path`` in a worker thread; with
    ``sign``, signed when the user chose File › Sign exported summaries."""
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
    window.runner.run(
        lambda progress: export_summary(register, key, path, lang=lang, paper=paper, hijri=hijri, progress=progress,
                                        identity=identity),
        on_done=on_done,
    )


def export_dialog(window: MainWindow) -> None:
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


def preview(window: MainWindow) -> None:
    path = _temporary_pdf()

    def show(_result: object) -> None:
        window.statusBar().clearMessage()
        dialog = PdfPreview(path, window, _file_name(_agreement(window)))
        window.last_pdf_preview = dialog  # type: ignore[attr-defined]
        dialog.open()

    run_export(window, path, show)


def print_pdf(path: str, printer: Any) -> int:
    """Paint every page of the PDF on ``printer``; returns the number of pages."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(path)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            size = document.pagePointSize(page)
            scale = min(area.width() / size.width(), area.height() / size.height())
            target = QSize(int(size.width() * scale), int(size.height() * scale))
            image = document.render(page, target, fillColor=Qt.GlobalColor.white)
            painter.drawImage(0, 0, image)
        return int(document.pageCount())
    finally:
        painter.end()
        document.close()


def ask_printer(parent: QWidget | None) -> Any:
    """A configured QPrinter, or None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf", "Print the summary"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_summary(window: MainWindow) -> None:
    path = _temporary_pdf()

    def ready(_result: object) -> None:
        window.statusBar().clearMessage()
        try:
            printer = ask_printer(window)
            if printer is not None:
                pages = print_pdf(path, printer)
                window.statusBar().showMessage(
                    QCoreApplication.translate("pdf", "Sent %n pages to the printer.", "", pages), 8000
                )
        finally:
            Path(path).unlink(missing_ok=True)

    run_export(window, path, ready)

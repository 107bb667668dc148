"""Printing the summary PDF in the background, with progress, one print at a time.

A printer that takes PDF gets the summary itself, vector and exact: Qt's PDF printer (its
output file) receives the file's bytes, and a CUPS printer (Linux, macOS) gets it through
``lp`` (CUPS prints PDF natively). Any other printer gets the pages rasterised at
:data:`RASTER_DPI` (not at the printer's resolution: 1200 dpi made a 4-page summary take a
gigabyte and 27 MB of spool), one page in memory at a time. Everything runs in the runner's
pool (``Runner.job("print", ...)``): QPainter may paint on a QPrinter outside the GUI thread,
and the GUI only shows progress. Cancelling stops between pages.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.files import atomic_write
from desktop.ui.runner import Cancel, Progress, Runner

RASTER_DPI = 300
JOB = "print"


def print_document(pdf_path: str, printer: QPrinter, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> int:
    """Send the PDF at ``pdf_path`` to ``printer`` (any thread); the number of pages sent."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(pdf_path)
    try:
        pages = int(document.pageCount())
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            _copy(pdf_path, printer.outputFileName())
        elif _cups_takes_pdf(printer):
            _lp(pdf_path, printer)
        else:
            return _raster(document, printer, progress, cancel)
        if progress is not None:
            progress(pages, pages)
        return pages
    finally:
        document.close()


def _copy(source: str, target: str) -> None:
    with atomic_write(target) as out, Path(source).open("rb") as src:
        shutil.copyfileobj(src, out)


def _cups_takes_pdf(printer: QPrinter) -> bool:
    return bool(printer.printerName()) and shutil.which("lp") is not None


def _lp(pdf_path: str, printer: QPrinter) -> None:
    command = ["lp", "-d", printer.printerName(), "-n", str(max(1, printer.copyCount()))]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        command += ["-P", f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"]
    if printer.duplex() in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto):
        command += ["-o", "sides=two-sided-long-edge"]
    elif printer.duplex() == QPrinter.DuplexMode.DuplexShortSide:
        command += ["-o", "sides=two-sided-short-edge"]
    subprocess.run([*command, "--", pdf_path], check=True, capture_output=True, timeout=120)


def _raster(document: Any, printer: QPrinter, progress: Progress | None, cancel: Cancel | None) -> int:
    pages = int(document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(pages):
            if cancel is not None and cancel.is_set:
                printer.abort()
                cancel.check()
            if page:
                printer.newPage()
            _paint_page(document, page, printer, painter)
            if progress is not None:
                progress(page + 1, pages)
        return pages
    finally:
        painter.end()


def _paint_page(document: Any, page: int, printer: QPrinter, painter: QPainter) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    size = document.pagePointSize(page)
    scale = min(area.width() / size.width(), area.height() / size.height())
    target_width, target_height = int(size.width() * scale), int(size.height() * scale)
    dpi = min(RASTER_DPI, printer.resolution())
    pixels = QSize(int(size.width() / 72 * dpi), int(size.height() / 72 * dpi))
    image = document.render(page, pixels, fillColor=Qt.GlobalColor.white)
    painter.drawImage(QRect(0, 0, target_width, target_height), image)


def start(runner: Runner, pdf_path: str, printer: QPrinter, on_done: Callable[[int], None],
          on_error: Callable[[BaseException], None] | None = None) -> Cancel | None:
    """Print in the runner's pool (job "print"); None when a print is already running."""
    return runner.job(JOB, lambda progress, cancel: print_document(pdf_path, printer, progress, cancel),
                      on_done=on_done, on_error=on_error)

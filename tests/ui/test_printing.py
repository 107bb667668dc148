"""Printing in the background (issue 17): a printer that takes PDF gets the summary itself;
another gets pages rasterised at 300 dpi (not the printer's resolution), with progress, in a
worker thread, and a print can be cancelled between pages."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.reports import export_summary
    from desktop.services.demo import DEMO_REFERENCE, load_demo
    from desktop.services.register import Register

    folder = tmp_path_factory.mktemp("print")
    register = Register.open(folder / "demo.sqlite")
    load_demo(register)
    target = folder / "summary.pdf"
    export_summary(register, DEMO_REFERENCE, target)
    register.close()
    return target


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_a_pdf_printer_gets_the_summary_itself(qapp: Any, summary: Path, tmp_path: Path) -> None:
    from desktop.ui.printing import print_document

    out = tmp_path / "printed.pdf"
    pages = print_document(str(summary), _pdf_printer(out))
    assert pages >= 1 and out.read_bytes() == summary.read_bytes()  # vector, exact


def test_other_printers_get_300_dpi_pages_in_a_worker_with_progress(qtbot: Any, summary: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import printing
    from desktop.ui.runner import Runner

    monkeypatch.setattr(printing, "_copy", lambda *_a: pytest.fail("not a PDF printer here"))
    monkeypatch.setattr(printing, "_cups_takes_pdf", lambda _p: False)
    monkeypatch.setattr(QPrinter, "outputFormat", lambda _self: QPrinter.OutputFormat.NativeFormat)
    sizes: list[tuple[int, int, str]] = []
    render = printing._paint_page  # noqa: SLF001

    def paint(document: Any, page: int, printer: Any, painter: Any) -> None:
        sizes.append((page, printer.resolution(), threading.current_thread().name))
        render(document, page, printer, painter)

    monkeypatch.setattr(printing, "_paint_page", paint)
    out = tmp_path / "raster.pdf"
    runner = Runner()
    seen: list[tuple[int, int]] = []
    runner.progress.connect(lambda done, total: seen.append((done, total)))
    done: list[int] = []
    assert printing.start(runner, str(summary), _pdf_printer(out), done.append) is not None
    assert printing.start(runner, str(summary), _pdf_printer(out), done.append) is None  # one at a time
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    pages = done[0]
    assert pages >= 1 and [p for p, _r, _t in sizes] == list(range(pages))
    assert all(name != threading.main_thread().name for _p, _r, name in sizes)
    assert seen[-1] == (pages, pages)
    assert out.stat().st_size < 3_000_000 * pages  # 300 dpi, not the printer's 1200


def test_a_print_can_be_cancelled_between_pages(qapp: Any, summary: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import printing
    from desktop.ui.runner import Cancel, Cancelled

    monkeypatch.setattr(printing, "_cups_takes_pdf", lambda _p: False)
    monkeypatch.setattr(QPrinter, "outputFormat", lambda _self: QPrinter.OutputFormat.NativeFormat)
    cancel = Cancel()
    cancel.set()
    with pytest.raises(Cancelled):
        printing.print_document(str(summary), _pdf_printer(tmp_path / "never.pdf"), None, cancel)

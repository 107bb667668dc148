"""The summary preview: the PDF as it will print, with print, save as, zoom, fit and page
controls (``pdf_preview``; its objects are listed in docs/ui-objects.md).

Printing goes through ``print_document`` (module level, one call): the window's printing
job can be plugged in there without touching the dialog."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QSpinBox, QToolBar, QVBoxLayout, QWidget

from desktop.ui import display, prompts, settings

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0


def _print_with_dialog(parent: QWidget, path: str) -> None:
    from desktop.ui.pdf import ask_printer, print_pdf

    printer = ask_printer(parent)
    if printer is not None:
        print_pdf(path, printer)


# (parent, path of the PDF) -> None: replaced by the window's background printing job when there is one
print_document: Callable[[QWidget, str], None] = _print_with_dialog


class PdfPreview(QDialog):
    """The summary as it will print, page after page."""

    def __init__(self, path: str, parent: QWidget | None = None, suggested_name: str = "summary.pdf") -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(QCoreApplication.translate("pdf", "Summary preview"))
        self.path, self.suggested_name = path, suggested_name
        self.document = QPdfDocument(self)
        self.document.load(path)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.view.setAccessibleName(QCoreApplication.translate("pdf", "The summary's pages"))
        self.bar = QToolBar(self)
        self.bar.setObjectName("pdf_toolbar")
        self.bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_: dict[str, QAction] = {}
        self._add("pdf_print", QCoreApplication.translate("pdf", "Print…"), self.print_, QKeySequence.StandardKey.Print)
        self._add("pdf_save", QCoreApplication.translate("pdf", "Save as…"), self.save_as, QKeySequence.StandardKey.Save)
        self.bar.addSeparator()
        self._add("pdf_zoom_out", QCoreApplication.translate("pdf", "Zoom out"), self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self._add("pdf_zoom_in", QCoreApplication.translate("pdf", "Zoom in"), self.zoom_in, QKeySequence.StandardKey.ZoomIn)
        self._add("pdf_fit_width", QCoreApplication.translate("pdf", "Fit width"), self.fit_width, "Ctrl+2")
        self._add("pdf_fit_page", QCoreApplication.translate("pdf", "Fit page"), self.fit_page, "Ctrl+1")
        self.bar.addSeparator()
        self._add("pdf_previous_page", QCoreApplication.translate("pdf", "Previous page"), lambda: self.go_to(self.current_page() - 1), QKeySequence.StandardKey.MoveToPreviousPage)
        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("pdf_page")
        self.page_box.setAccessibleName(QCoreApplication.translate("pdf", "Page"))
        self.page_box.setRange(1, max(1, self.page_count()))
        if not settings.get(settings.ARABIC_DIGITS):  # digits as the user chose, not the locale's
            self.page_box.setLocale(QLocale.c())
        self.page_box.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.bar.addWidget(self.page_box)
        self.page_count_label = QLabel(self)
        self.page_count_label.setObjectName("pdf_page_count")
        self.bar.addWidget(self.page_count_label)
        self._add("pdf_next_page", QCoreApplication.translate("pdf", "Next page"), lambda: self.go_to(self.current_page() + 1), QKeySequence.StandardKey.MoveToNextPage)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.view, 1)
        self.resize(820, 980)
        self._page_shown(0)

    def _add(self, name: str, text: str, slot: Callable[[], Any], key: Any) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.bar.addAction(action)
        self.actions_[name] = action
        return action

    # -- pages ---------------------------------------------------------------------------
    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        page = min(max(page, 0), max(self.page_count() - 1, 0))
        if page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_shown(page)

    def _page_shown(self, page: int) -> None:
        total = self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(" " + display.digits(QCoreApplication.translate("pdf", "of {total}").format(total=total)) + " ")
        self.actions_["pdf_previous_page"].setEnabled(page > 0)
        self.actions_["pdf_next_page"].setEnabled(page < total - 1)

    # -- zoom ----------------------------------------------------------------------------
    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def _set_zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # -- print and save ------------------------------------------------------------------
    def print_(self) -> None:
        print_document(self, self.path)

    def save_as(self) -> str:
        folder = str(settings.get(settings.LAST_FOLDER) or Path.home())
        target = prompts.save_file(self, QCoreApplication.translate("pdf", "Save the summary"),
                                   str(Path(folder) / self.suggested_name), QCoreApplication.translate("pdf", "PDF files (*.pdf)"))
        if not target:
            return ""
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        from desktop.files import atomic_path

        with atomic_path(target) as temporary:
            shutil.copyfile(self.path, temporary)
        settings.put(settings.LAST_FOLDER, str(Path(target).parent))
        return target

    def done(self, result: int) -> None:
        self.document.close()
        Path(self.path).unlink(missing_ok=True)
        super().done(result)

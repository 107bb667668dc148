"""Previewing an attachment in place: images (QImageReader) and PDFs (QtPdf), each from a
private temporary copy, each guarded against decompression bombs before anything is decoded:
an image's declared dimensions are read first (and Qt's allocation limit is set), a PDF's
size, page count and page size are checked before a page is drawn."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

from desktop.domain.attachments import clean_name

CONTEXT = "Attachments"
PREVIEW_BYTES_MAX = 50_000_000  # larger files: "open with the system application"
IMAGE_PIXELS_MAX = 40_000_000  # 40 megapixels declared: not decoded
ALLOCATION_MB = 256  # Qt refuses to allocate more than this for one image
PDF_PAGES_MAX = 5000
PDF_POINTS_MAX = 14_400  # the largest page PDF allows (200 inches)
SHOWN = 900  # pixels: images are decoded scaled down to fit this

_private_dirs: list[str] = []


def private_copy(register: Any, rec: Any) -> Path:
    """The attachment's exact bytes in a new folder only this user can read (0700), under its
    cleaned name; the folders are removed when the program ends."""
    folder = tempfile.mkdtemp(prefix="sijill-attachment-")  # created 0700
    _private_dirs.append(folder)
    target = Path(folder) / clean_name(rec.name or "attachment")
    register.extract_attachment(rec.uuid, target)
    return target


@atexit.register
def _remove_private_copies() -> None:
    for folder in _private_dirs:
        shutil.rmtree(folder, ignore_errors=True)


def image_guard(path: Path) -> tuple[QImageReader | None, str]:
    """A reader set to decode ``path`` scaled to fit, or None and why not (a bomb, damage)."""
    QImageReader.setAllocationLimit(ALLOCATION_MB)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return None, QCoreApplication.translate("Attachments", "This image cannot be read.")
    if size.width() * size.height() > IMAGE_PIXELS_MAX:
        return None, QCoreApplication.translate("Attachments", "This image is too large to preview safely; open it with its application.")
    if max(size.width(), size.height()) > SHOWN:
        reader.setScaledSize(size.scaled(QSize(SHOWN, SHOWN), Qt.AspectRatioMode.KeepAspectRatio))
    return reader, ""


def pdf_guard(document: Any) -> str:
    """Why a loaded QPdfDocument should not be drawn ('' when it may be)."""
    pages = document.pageCount()
    if pages < 1:
        return QCoreApplication.translate("Attachments", "This PDF cannot be read.")
    if pages > PDF_PAGES_MAX:
        return QCoreApplication.translate("Attachments", "This PDF has too many pages to preview safely; open it with its application.")
    size = document.pagePointSize(0)
    if not (0 < size.width() <= PDF_POINTS_MAX and 0 < size.height() <= PDF_POINTS_MAX):
        return QCoreApplication.translate("Attachments", "This PDF's pages are too large to preview safely; open it with its application.")
    return ""


class AttachmentPreview(QStackedWidget):
    """A note, an image or a PDF view (``attachment_preview``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment_preview")
        self.note = QLabel(self)
        self.note.setObjectName("attachment_preview_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel(self)
        self.image.setObjectName("attachment_preview_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.addWidget(self.note)
        self.addWidget(scroll)
        self.pdf_view: Any = None
        self.document: Any = None
        self.setMinimumHeight(180)
        self.kind = ""  # "image", "pdf" or "" (a note)

    def show_note(self, text: str) -> None:
        self.kind = ""
        self.note.setText(text)
        self.setCurrentWidget(self.note)

    def show_file(self, path: Path, media_type: str) -> None:
        if media_type.startswith("image/"):
            self._image(path)
        elif media_type == "application/pdf":
            self._pdf(path)
        else:
            self.show_note(QCoreApplication.translate("Attachments", "No preview for this kind of file; open it with its application."))

    def _image(self, path: Path) -> None:
        reader, why = image_guard(path)
        image = reader.read() if reader is not None else None
        if image is None or image.isNull():
            self.show_note(why or QCoreApplication.translate("Attachments", "This image cannot be read."))
            return
        self.image.setPixmap(QPixmap.fromImage(image))
        self.kind = "image"
        self.setCurrentIndex(1)

    def _pdf(self, path: Path) -> None:
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            self.show_note(QCoreApplication.translate("Attachments", "PDF preview is not available on this system."))
            return
        if self.pdf_view is None:
            self.document = QPdfDocument(self)
            self.pdf_view = QPdfView(self)
            self.pdf_view.setObjectName("attachment_preview_pdf")
            self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.addWidget(self.pdf_view)
        self.pdf_view.setDocument(None)
        self.document.close()
        self.document.load(str(path))
        why = pdf_guard(self.document)
        if why:
            self.document.close()
            self.show_note(why)
            return
        self.pdf_view.setDocument(self.document)
        self.kind = "pdf"
        self.setCurrentWidget(self.pdf_view)

"""The words inside attached PDFs (pypdf) and Word files (.docx: ``word/document.xml`` read
from the zip within a size budget), normalised for search like every other text.

Everything here reads hostile files: sizes, page counts and the text kept are capped, and any
failure means "no text", never an error (the attachment is kept either way)."""

from __future__ import annotations

import logging
import re
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from sqlalchemy.orm import Session

from desktop.services import attachment_store as store
from desktop.text.normalize import normalize_for_search

log = logging.getLogger(__name__)

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SOURCE_MAX = 30_000_000  # larger files are kept but not read for words
PAGES_MAX = 300
TEXT_MAX = 500_000  # characters of text kept per attachment
XML_MAX = 20_000_000  # bytes of word/document.xml read (a zip bomb stops here)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def searchable(media_type: str, size: int) -> bool:
    return media_type in (PDF, DOCX) and size <= SOURCE_MAX


def text_of_file(path: Path, media_type: str) -> str:
    """The raw text of a PDF or .docx file ('' for other types or on any failure)."""
    try:
        if media_type == PDF:
            return _pdf_text(path)
        if media_type == DOCX:
            return _docx_text(path)
    except Exception as exc:  # noqa: BLE001 - a damaged or hostile file has no words
        log.info("no text from attachment %s: %s", path.name, type(exc).__name__)
    return ""


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path)
    parts: list[str] = []
    total = 0
    for index, page in enumerate(reader.pages):
        if index >= PAGES_MAX or total >= TEXT_MAX:
            break
        text = page.extract_text() or ""
        parts.append(text)
        total += len(text)
    return "\n".join(parts)[:TEXT_MAX]


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
        if info.file_size > XML_MAX:
            return ""
        with archive.open(info) as stream:
            xml = stream.read(XML_MAX + 1)
    if len(xml) > XML_MAX or b"<!DOCTYPE" in xml[:4096].upper():
        return ""  # larger than declared, or entity declarations: not read
    root = ElementTree.fromstring(xml)
    paragraphs = ("".join(node.text or "" for node in para.iter(_W + "t")) for para in root.iter(_W + "p"))
    return "\n".join(paragraphs)[:TEXT_MAX]


def search_words(session: Session, sha256: str, media_type: str, size: int) -> str:
    """The normalised words of stored contents (spooled to a private temporary file)."""
    if not searchable(media_type, size):
        return ""
    with tempfile.TemporaryDirectory(prefix="sijill-text-") as folder:
        path = Path(folder) / "contents"
        with open(path, "wb") as handle:
            store.write_content(session, sha256, handle)
        return normalize_for_search(re.sub(r"\s+", " ", text_of_file(path, media_type)))

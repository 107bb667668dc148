"""The Attachments section of the editors: ``attachments_table``, ``action_add_attachment``,
``action_open_attachment``, ``action_remove_attachment``; adding by dropping files; previews
of PDFs and images in place, guarded against decompression bombs; opening from a private copy."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QApplication, QTableWidget

from desktop.ui.widgets import attachment_preview
from helpers import child

PLAN = "UNHCR-OIC/JAP/2022-2025"


def _section(window: Any) -> Any:
    window.pages["agreements"].open(window.register.agreement(PLAN).uuid)
    editor = window.pages["agreements"].editor
    return editor.attachments_section


def _png(width: int, height: int, rows: bytes | None = None) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    body = rows if rows is not None else b"".join(b"\x00" + b"\x80" * 3 * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(body)) + chunk(b"IEND", b""))


def test_owner_editors_have_the_section_and_people_do_not(demo_window: Any) -> None:
    window = demo_window
    for kind in ("agreements", "activities", "organizations", "history"):
        editor = window.pages[kind].editor
        assert editor.attachments_section is not None
        for name in ("action_add_attachment", "action_open_attachment", "action_remove_attachment"):
            assert editor.findChild(QAction, name) is not None
        assert editor.findChild(QTableWidget, "attachments_table") is not None
    assert window.pages["people"].editor.attachments_section is None


def test_demo_plan_lists_its_files_and_previews_them(demo_window: Any, qtbot: Any) -> None:
    section = _section(demo_window)
    table = child(section, "attachments_table", QTableWidget)
    assert table.rowCount() == 2
    kinds = {table.item(r, 1).text() for r in range(2)}
    assert kinds == {"الاتفاق الموقّع", "صورة"}
    for row in range(2):
        table.setCurrentCell(row, 0)
        QApplication.processEvents()
        rec = section.selected()
        assert section.preview.kind == ("pdf" if rec.media_type == "application/pdf" else "image")
    assert child(section, "action_open_attachment", QAction).isEnabled()


def test_add_by_drop_then_remove_to_the_trash(demo_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window = demo_window
    section = _section(window)
    path = tmp_path / "محضر.txt"
    path.write_text("محضر اجتماع اللجنة المشتركة", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    section.dropEvent(event)
    qtbot.waitUntil(lambda: section.table.rowCount() == 3, timeout=10000)
    names = [a.name for a in window.register.attachments(PLAN)]
    assert "محضر.txt" in names
    section.table.setCurrentCell(names.index("محضر.txt"), 0)
    QApplication.processEvents()
    child(section, "action_remove_attachment", QAction).trigger()
    qtbot.waitUntil(lambda: section.table.rowCount() == 2, timeout=10000)
    assert [e.record_kind for e in window.register.trash()] == ["attachment"]


def test_add_button_asks_for_files(demo_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    section = _section(demo_window)
    path = tmp_path / "photo.jpg"
    path.write_bytes(_png(8, 8))
    monkeypatch.setattr("desktop.ui.widgets.attachments.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    child(section, "action_add_attachment", QAction).trigger()
    qtbot.waitUntil(lambda: section.table.rowCount() == 3, timeout=10000)
    added = [a for a in demo_window.register.attachments(PLAN) if a.name == "photo.jpg"]
    assert added and added[0].media_type == "image/png" and added[0].kind.value == "photo"


def test_open_uses_a_private_copy(demo_window: Any, monkeypatch: Any) -> None:
    section = _section(demo_window)
    opened: list[QUrl] = []
    monkeypatch.setattr("desktop.ui.widgets.attachments.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    section.table.setCurrentCell(0, 0)
    rec = section.selected()
    child(section, "action_open_attachment", QAction).trigger()
    [url] = opened
    path = Path(url.toLocalFile())
    assert path.name == rec.name and (path.parent.stat().st_mode & 0o777) == 0o700
    import hashlib

    assert hashlib.sha256(path.read_bytes()).hexdigest() == rec.sha256


def test_image_bomb_is_not_decoded(tmp_path: Path, qapp: Any) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png(50_000, 50_000, rows=b"\x00"))  # declares 2.5 gigapixels, holds nothing
    reader, why = attachment_preview.image_guard(bomb)
    assert reader is None and "too large" in why
    preview = attachment_preview.AttachmentPreview()
    preview.show_file(bomb, "image/png")
    assert preview.kind == "" and preview.note.text()
    small = tmp_path / "small.png"
    small.write_bytes(_png(2000, 1000))
    reader, _ = attachment_preview.image_guard(small)
    assert reader is not None and reader.scaledSize().width() == attachment_preview.SHOWN


def test_pdf_guard_refuses_giant_pages_and_too_many_pages() -> None:
    from PySide6.QtCore import QSizeF

    class Doc:
        def __init__(self, pages: int, size: QSizeF) -> None:
            self.pages, self.size = pages, size

        def pageCount(self) -> int:  # noqa: N802
            return self.pages

        def pagePointSize(self, _n: int) -> QSizeF:  # noqa: N802
            return self.size

    assert attachment_preview.pdf_guard(Doc(1, QSizeF(595, 842))) == ""
    assert attachment_preview.pdf_guard(Doc(1, QSizeF(595, 100_000)))
    assert attachment_preview.pdf_guard(Doc(10_000, QSizeF(595, 842)))
    assert attachment_preview.pdf_guard(Doc(0, QSizeF(0, 0)))


def test_titles_and_kind_are_changed_from_the_table(demo_window: Any, monkeypatch: Any) -> None:
    from desktop.domain.kinds import AttachmentKind

    section = _section(demo_window)
    section.table.setCurrentCell(0, 0)
    uuid = section.selected().uuid
    monkeypatch.setattr("desktop.ui.widgets.attachments.QInputDialog.getText", lambda *a, **k: ("  النسخة الأصلية  ", True))
    section.ask_title("title_ar")
    assert demo_window.register.attachment(uuid).title_ar == "النسخة الأصلية"
    assert section.table.item(0, 0).text().strip("\u2066\u2067\u2068\u2069") == "النسخة الأصلية"
    section.table.setCurrentCell(0, 0)
    section.set_kind(AttachmentKind.MINUTES)
    assert demo_window.register.attachment(uuid).kind is AttachmentKind.MINUTES
    assert [h.action for h in demo_window.register.history(uuid)][-2:] == ["update", "update"]


def test_a_file_that_could_run_is_not_opened(demo_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any, answers: Any) -> None:
    from desktop.domain.attachments import may_run

    assert may_run("setup.EXE", "text/plain") and may_run("x.desktop", "text/plain")
    assert may_run("photo.jpg", "application/x-msdownload") and not may_run("plan.pdf", "application/pdf")
    section = _section(demo_window)
    script = tmp_path / "launch.sh"
    script.write_text("#!/bin/sh\necho hi\n")
    section.add_files([script])
    qtbot.waitUntil(lambda: section.table.rowCount() == 3, timeout=10000)
    opened: list[QUrl] = []
    monkeypatch.setattr("desktop.ui.widgets.attachments.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    section.table.setCurrentCell([a.name for a in section.items].index("launch.sh"), 0)
    child(section, "action_open_attachment", QAction).trigger()
    assert opened == [] and answers.errors and "برنامج" in answers.errors[0][1]

"""The summary preview's controls: print, save as, zoom, fit, page navigation and count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")


def _pdf(path: Path, pages: int = 3) -> str:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    return str(path)


@pytest.fixture
def preview(qtbot: Any, tmp_path: Path) -> Any:
    from desktop.ui.pdf_preview import PdfPreview

    dialog = PdfPreview(_pdf(tmp_path / "s.pdf"), None, "UNHCR-OIC.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_page_count_and_navigation(preview: Any) -> None:
    assert preview.page_count() == 3
    assert "3" in preview.page_count_label.text()
    assert preview.page_box.value() == 1
    assert not preview.actions_["pdf_previous_page"].isEnabled()
    preview.actions_["pdf_next_page"].trigger()
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    preview.page_box.setValue(3)
    assert preview.current_page() == 2
    assert not preview.actions_["pdf_next_page"].isEnabled()


def test_zoom_and_fit(preview: Any) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    preview.fit_page()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    preview._set_zoom(1.0)
    preview.actions_["pdf_zoom_in"].trigger()
    assert preview.zoom() == pytest.approx(1.25)
    preview.actions_["pdf_zoom_out"].trigger()
    preview.actions_["pdf_zoom_out"].trigger()
    assert preview.zoom() == pytest.approx(0.8)
    preview.actions_["pdf_fit_width"].trigger()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_and_print(preview: Any, answers: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from desktop.ui import pdf_preview

    target = tmp_path / "out" / "copy"
    answers.files.append(str(target))
    preview.actions_["pdf_save"].trigger()
    saved = tmp_path / "out" / "copy.pdf"
    assert saved.read_bytes() == Path(preview.path).read_bytes()
    printed: list[str] = []
    monkeypatch.setattr(pdf_preview, "print_document", lambda parent, path: printed.append(path))
    preview.actions_["pdf_print"].trigger()
    assert printed == [preview.path]

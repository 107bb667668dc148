"""The office's letterhead on summaries, the draft watermark, and ``sijill letterhead``."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from desktop.domain.errors import SijillError
from desktop.domain.letterhead import LOGO_MAX, logo_type
from desktop.reports import export_summary
from desktop.services.letterhead import clear_letterhead, letterhead, set_letterhead

from .conftest import need

SVG_LOGO = b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#C0FFEE"/></svg>'


def png_logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (31, 78, 121)).save(out, "PNG")
    return out.getvalue()


def text_of(path: Path) -> str:
    out = subprocess.run([need("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.replace("\u202b", " ").replace("\u202c", " ").replace("\u202a", " ").split())


def pdfium_text(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def images_on_pages(path: Path) -> list[int]:
    listing = subprocess.run([need("pdfimages"), "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [int(row.split()[0]) for row in listing.splitlines()[2:] if row.strip()]


def test_letterhead_on_the_first_page_and_every_header(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_letterhead(register, name_ar="المكتب الإقليمي", name_en="Regional Office", footer_en="Riyadh, tel. 123",
                   footer_ar="الرياض، هاتف 123", logo=png_logo())
    english = export_summary(register, plan, tmp_path / "en.pdf", lang="en")
    text = text_of(english)
    assert text.count("Regional Office") >= 3 and text.count("Riyadh, tel. 123") >= 3  # block + each page
    pages = images_on_pages(english)
    assert pages.count(1) >= 2 and set(pages) >= {1, 2, 3}  # the first page's logo and each header's
    arabic = text_of(export_summary(register, plan, tmp_path / "ar.pdf", lang="ar"))
    assert "المكتب الإقليمي" in arabic and "الرياض" in arabic
    clear_letterhead(register)
    assert "Regional Office" not in text_of(export_summary(register, plan, tmp_path / "none.pdf", lang="en"))


def test_svg_logo_prints(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_letterhead(register, name_en="Office", logo=SVG_LOGO)
    assert letterhead(register).logo_type == "svg"
    from pypdf import PdfReader

    path = export_summary(register, plan, tmp_path / "svg.pdf", lang="en")
    pages = PdfReader(str(path)).pages
    assert all(b".752941 1 .933333 rg" in page.get_contents().get_data() for page in pages)  # the circle's fill


def test_bad_logos_are_refused_and_change_nothing(register) -> None:  # type: ignore[no-untyped-def]
    set_letterhead(register, name_en="Office")
    with pytest.raises(SijillError):
        set_letterhead(register, name_en="Other", logo=b"GIF89a....")
    with pytest.raises(SijillError):
        logo_type(b"\x89PNG\r\n\x1a\n" + b"0" * LOGO_MAX)
    assert letterhead(register).name_en == "Office"


def test_draft_watermark_when_the_plan_has_no_signing_date(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signed = text_of(export_summary(register, plan, tmp_path / "signed.pdf", lang="en"))
    assert "Draft" not in signed
    register.save_agreement(dataclasses.replace(register.agreement(plan), signed_on=None))
    # drawn across the page (PDFium reads rotated text as a line; poppler letter by letter)
    assert pdfium_text(export_summary(register, plan, tmp_path / "draft.pdf", lang="en")).count("Draft — not signed") >= 3
    assert "مسودة — غير موقّعة" in pdfium_text(export_summary(register, plan, tmp_path / "draft-ar.pdf", lang="ar"))


def test_cli_letterhead_set_show_clear(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database = str(tmp_path / "cli.db")
    base = run_cli
    run_cli = lambda *args: base("--db", database, *args)  # noqa: E731
    assert run_cli("init")[0] == 0
    logo = tmp_path / "logo.png"
    logo.write_bytes(png_logo())
    code, _, err = run_cli("letterhead", "set", "--name-ar", "المكتب", "--name-en", "Office", "--logo", str(logo),
                           "--footer-ar", "تذييل", "--footer-en", "Footer")
    assert code == 0, err
    code, out, _ = run_cli("letterhead", "show", "--json")
    shown = json.loads(out)
    assert shown["name_ar"] == "المكتب" and shown["footer_en"] == "Footer" and shown["logo"]["type"] == "png"
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a")
    code, _, err = run_cli("letterhead", "set", "--logo", str(bad))
    assert code == 1 and err.startswith("sijill: error:") and "Traceback" not in err
    assert run_cli("letterhead", "clear")[0] == 0
    code, out, _ = run_cli("letterhead", "show", "--json")
    assert json.loads(out) == {"name_ar": "", "name_en": "", "footer_ar": "", "footer_en": "", "logo": None}

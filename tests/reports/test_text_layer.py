"""The text layer read by four engines - poppler (pdftotext), pdfminer (pdfplumber), PDFium
(pypdfium2, Chrome's engine) and pypdf - compared with the stored text, whitespace
normalised and nothing else (no bidi reordering or unshaping of the extracted text).

Each engine orders right-to-left text its own way (poppler and PDFium reorder glyphs by
position and the Unicode bidi algorithm, pypdf reverses runs of Arabic code points, pdfminer
keeps the order of x positions), so one PDF gives different text to each. The measured share
of stored fields found verbatim is printed and held as a floor; the goal, every field from
every engine, is the strict test, not met yet (see the issue 19 report).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
import pytest

from desktop.reports import export_summary

from .conftest import ACTIVITY_TITLES, AGREEMENT_TEXT, OBJECTIVES, need

FIELDS = [AGREEMENT_TEXT["title_ar"], AGREEMENT_TEXT["signing_place_ar"], *OBJECTIVES, *ACTIVITY_TITLES[:2],
          "منظمة التعاون الإسلامي", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "UNHCR", "TEST/JAP/2022-2025"]
FLOORS = {"poppler": 0.9, "pdfminer": 0.15, "pdfium": 0.9, "pypdf": 0.7}  # measured: 0.91, 0.18, 0.91, 0.73


def _flat(text: str) -> str:
    return " ".join(text.replace("\u202a", " ").replace("\u202b", " ").replace("\u202c", " ").split())


def engines(path: Path) -> dict[str, str]:
    import pypdfium2
    from pypdf import PdfReader

    poppler = subprocess.run([need("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True, text=True).stdout
    with pdfplumber.open(str(path)) as pdf:
        pdfminer = "\n".join(page.extract_text() or "" for page in pdf.pages)
    document = pypdfium2.PdfDocument(str(path))
    try:
        pdfium = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    pypdf = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return {"poppler": _flat(poppler), "pdfminer": _flat(pdfminer), "pdfium": _flat(pdfium), "pypdf": _flat(pypdf)}


def found(text: str, fields: list[str]) -> float:
    """The share of fields whose words appear in the text in order, each a whole line's worth
    (a field wrapped over lines is looked for line by line: its first 4 words)."""
    hits = 0
    for field in fields:
        head = " ".join(field.split()[:4])
        hits += head in text
    return hits / len(fields)


@pytest.fixture
def layers(register, plan: str, tmp_path: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return engines(export_summary(register, plan, tmp_path / "plan.pdf", lang="ar"))


def test_four_engines_measured(layers: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    shares = {name: found(text, FIELDS) for name, text in layers.items()}
    with capsys.disabled():
        print("\nstored fields found verbatim: " + "; ".join(f"{k} {v:.2f}" for k, v in shares.items()))
    for name, floor in FLOORS.items():
        assert shares[name] >= floor, (name, shares[name])


@pytest.mark.xfail(reason="pdfminer and pypdf do not reorder right-to-left text as poppler and PDFium do", strict=False)
def test_four_engines_give_the_stored_text(layers: dict[str, str]) -> None:
    assert all(found(text, FIELDS) == 1.0 for text in layers.values())

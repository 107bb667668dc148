"""docs/glossary.md is the one list of terms: the UI's Arabic translation file, the PDF's
labels and the kinds and statuses printed by the PDF and the CLI all use its words."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.domain import kinds
from desktop.reports import labels

ROOT = Path(__file__).resolve().parents[2]


def glossary() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 4 or cells[0] in ("English", "") or set(cells[0]) <= {"-"}:
            continue
        rows.append({"en": cells[0], "ar": cells[1], "ui": cells[2], "pdf": cells[3]})
    return rows


def translations() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    root = ET.parse(ROOT / "translations" / "sijill_ar.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return found


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


def test_the_glossary_has_one_arabic_term_per_english_term() -> None:
    rows = glossary()
    assert len(rows) > 40
    by_en: dict[str, set[str]] = {}
    for row in rows:
        by_en.setdefault(row["en"], set()).add(row["ar"])
    assert {en: ar for en, ar in by_en.items() if len(ar) > 1} == {}


@pytest.mark.parametrize("row", glossary(), ids=lambda row: row["en"])
def test_the_ui_translation_uses_the_glossary(row: dict[str, str]) -> None:
    ts = translations()
    for context in _split(row["ui"]):
        assert (context, row["en"]) in ts, f"no {row['en']!r} in context {context}"
        assert ts[(context, row["en"])] == row["ar"], f"[{context}] {row['en']}"


@pytest.mark.parametrize("row", [r for r in glossary() if r["pdf"]], ids=lambda row: row["en"])
def test_the_pdf_labels_use_the_glossary(row: dict[str, str]) -> None:
    for key in _split(row["pdf"]):
        assert labels.text(key, "ar") == row["ar"], key


def test_kinds_and_statuses_read_the_same_on_screen_in_the_pdf_and_the_cli() -> None:
    terms = {row["en"]: row["ar"] for row in glossary()}
    ts = translations()
    for member, english in kinds.LABELS_EN.items():
        assert terms.get(english) == kinds.LABELS_AR[member], f"{member!r}: glossary vs LABELS_AR"
        assert ts[("kinds", english)] == kinds.LABELS_AR[member], f"{member!r}: translation vs LABELS_AR"


def test_words_the_glossary_retired_are_gone() -> None:
    ts_text = (ROOT / "translations" / "sijill_ar.ts").read_text(encoding="utf-8")
    pdf_words = " ".join(ar for ar, _en in labels._LABELS.values())
    for retired in ("الفترة", "الخطة السابقة", "سارية", "لا يمكن التراجع عن ذلك"):
        assert retired not in pdf_words
        assert not re.search(f"<translation>[^<]*{retired}", ts_text), retired
    assert translations()[("actions", "History")] != translations()[("columns", "Date")]

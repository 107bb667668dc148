"""End to end: export a plan, then read the PDF back as a viewer, a search box and a printer would."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from bidi import get_display
from pypdf import PdfReader

from desktop.domain.errors import SijillError
from desktop.reports import export_summary
from desktop.domain.dates import PartialDate
from desktop.reports.build import build_pdf
from desktop.reports.dates import hijri
from desktop.reports.data import gather
from desktop.reports.fingerprint import of_plan
from desktop.reports.fonts import BOLD, REGULAR, missing_glyphs
from desktop.reports.verify import verify_pdf
from desktop.text.presentation import unshape

from .conftest import ACTIVITY_TITLES, AGREEMENT_TEXT, MARKUP, OBJECTIVES, STATEMENT, need

WORD = re.compile(r"[^\W_]+")
HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def words(text: str) -> list[str]:
    """Words of letters and digits, harakat dropped (extractors differ on marks)."""
    return WORD.findall(HARAKAT.sub("", unicodedata.normalize("NFC", text)))


def pdftotext(path: Path) -> str:
    """poppler's text, without the bidi embedding marks it adds around runs."""
    out = subprocess.run([need("pdftotext"), "-enc", "UTF-8", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return re.sub("[\u202a-\u202e]", " ", out)


def pdfplumber_text(path: Path) -> str:
    """pdfminer returns lines in visual order: undo that per line (it is not bidi-aware)."""
    with pdfplumber.open(str(path)) as pdf:
        lines = [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]
    return "\n".join(get_display(unshape(line), base_dir="R") for line in lines)


def pdfium_text(path: Path) -> str:
    """PDFium (Chromium's engine) orders right-to-left text itself."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def found(sources: list[str], extracted: str) -> tuple[float, float]:
    """(fraction of source words found, fraction of consecutive word pairs found in order)."""
    have = words(unshape(extracted))
    vocabulary = set(have)
    pairs = set(zip(have, have[1:]))
    all_words = [w for s in sources for w in words(s)]
    all_pairs = [p for s in sources for p in zip(words(s), words(s)[1:])]
    return (sum(w in vocabulary for w in all_words) / len(all_words),
            sum(p in pairs for p in all_pairs) / len(all_pairs))


SOURCES = [*AGREEMENT_TEXT.values(), *OBJECTIVES, *ACTIVITY_TITLES, STATEMENT]


@pytest.fixture
def exported(register, plan: str, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    return export_summary(register, plan, tmp_path / "plan.pdf")


def test_text_layer_gives_logical_arabic_with_two_extractors(exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    poppler = found(SOURCES, pdftotext(exported))
    pdfminer = found(SOURCES, pdfplumber_text(exported))
    pdfium = found(SOURCES, pdfium_text(exported))
    with capsys.disabled():
        print(f"\nwords found / pairs in order: pdftotext {poppler[0]:.3f} / {poppler[1]:.3f}; "
              f"pdfplumber {pdfminer[0]:.3f} / {pdfminer[1]:.3f}; pdfium {pdfium[0]:.3f} / {pdfium[1]:.3f}")
    assert poppler[0] >= 0.98 and poppler[1] >= 0.95
    assert pdfminer[0] >= 0.95 and pdfminer[1] >= 0.90
    # PDFium orders lines by /ViewerPreferences /Direction /R2L (the Arabic summary has it): a
    # line of English words comes back in reversed word order (measured 0.887 with it, 0.957 without)
    assert pdfium[0] >= 0.98 and pdfium[1] >= 0.85


def test_reportlab_text_layer_alone_is_not_searchable(register, plan: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With reportlab's own ToUnicode maps, a search for the words as typed fails (the reason
    for TextLayerFont's maps)."""
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.reports.tounicode import TextLayerFont

    monkeypatch.setattr(TextLayerFont, "addObjects", TTFont.addObjects)
    raw = tmp_path / "raw.pdf"
    data = gather(register, plan)
    build_pdf(register, data, of_plan(register, data), raw)
    text = pdftotext(raw)
    arabic = [w for s in SOURCES for w in words(s) if re.match("[\u0600-\u06ff]", w)]
    assert sum(w in set(words(text)) for w in arabic) / len(arabic) < 0.2


def test_lam_alef_and_brackets_around_arabic_extract_in_logical_order(exported: Path) -> None:
    text = pdftotext(exported)
    assert "الإسلامي" in text and "الأعضاء" in text and "للاجئين" in text
    assert "(المملكة العربية السعودية)" in text
    assert "«المشتركة»" in text and "[انظر المرفق]" in text


def test_fonts_embedded_no_missing_glyphs(exported: Path) -> None:
    listing = subprocess.run([need("pdffonts"), str(exported)], check=True, capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), listing
    assert all("Amiri" in row for row in rows)
    assert "\ufffd" not in pdftotext(exported)


LACKING = {"中": "[U+4E2D]", "😀": "[U+1F600]", "한": "[U+D55C]", "\U0003af19": "[U+3AF19]", "ﬁ": "fi", "Ǆ": "DŽ"}


def test_a_character_the_font_lacks_prints_a_visible_stand_in(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Never refused, never blank, never the .notdef box: a compatibility form the font
    draws (ﬁ -> fi) or the code point in brackets; the register keeps what was typed."""
    agreement = register.agreement(plan)
    agreement.purpose_ar += " " + " ".join(LACKING)
    agreement.title_en = "😀 Emoji plan"
    register.save_agreement(agreement)
    for lang in ("ar", "en"):
        out = export_summary(register, plan, tmp_path / f"{lang}.pdf", lang=lang)
        text = pdftotext(out)
        for typed, shown in LACKING.items():
            if lang == "ar" or typed == "😀":  # (extractors move a bracket at the end of an RTL line)
                assert shown.strip("[]") in text, (typed, shown)
            # a glyph drawn as .notdef still extracts as the typed character (ToUnicode)
            assert typed not in text, typed
        assert "[U+1F600] Emoji plan" in text or lang == "ar"
        drawn = {ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cc"}
        assert not (missing_glyphs("".join(drawn), REGULAR) & missing_glyphs("".join(drawn), BOLD)), text
        assert verify_pdf(register, out).matches  # the fingerprint is over the stored text
    assert register.agreement(plan).title_en == "😀 Emoji plan"


def test_user_text_is_never_markup(register, plan: str, exported: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pdfplumber.open(str(exported)) as pdf:  # glyphs in x order: the line as drawn
        drawn = " ".join(pdf.pages[0].extract_text().split())
    assert MARKUP in drawn
    english = export_summary(register, plan, tmp_path / "en.pdf", lang="en")
    with pdfplumber.open(str(english)) as pdf:
        drawn = " ".join(pdf.pages[0].extract_text().split())
    assert MARKUP.replace(" &amp;", "") in drawn  # the title wraps before "&amp;"


def test_metadata_pages_and_paper(register, plan: str, exported: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(str(exported))
    meta = reader.metadata
    assert meta is not None
    assert plan in str(meta.title) and "خطة العمل المشتركة" in str(meta.title)
    assert meta.author == "UNHCR / OIC"
    assert str(meta.get("/SijillFingerprint")) in str(meta.subject)
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    assert 1 <= len(reader.pages) <= 4
    assert round(float(reader.pages[0].mediabox.width)) == 595
    letter = export_summary(register, plan, tmp_path / "letter.pdf", lang="en", paper="letter")
    english = PdfReader(str(letter))
    assert round(float(english.pages[0].mediabox.width)) == 612
    assert english.trailer["/Root"]["/Lang"] == "en"
    assert "Signed plan summary" in pdftotext(letter)


def test_footer_header_and_hijri(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_summary(register, plan, tmp_path / "h.pdf", hijri=True)
    text = " ".join(pdftotext(path).split())
    reader = PdfReader(str(path))
    pages = len(reader.pages)
    assert f"صفحة 1 من {pages}" in text and f"صفحة {pages} من {pages}" in text
    assert text.count(plan) >= pages  # the running header
    fingerprint = str(reader.metadata.get("/SijillFingerprint"))  # type: ignore[union-attr]
    assert fingerprint[:32] in text and fingerprint[32:] in text
    # a full date gets its Umm al-Qura date beside it: 10 January 2022 = 7 Jumada al-Akhirah 1443
    # (joined by no-break spaces: a date is never cut across lines)
    assert hijri(PartialDate(2022, 1, 10), "ar") == "7\u202fجمادى\u202fالآخرة\u00a01443\u202fهـ"
    assert "جمادى الآخرة 1443 هـ" in text
    # the year-only signing date does not: no Hijri year is invented for it
    assert hijri(PartialDate(2022), "ar") is None and hijri(PartialDate(2014, 11), "ar") is None
    plain = " ".join(pdftotext(export_summary(register, plan, tmp_path / "g.pdf")).split())
    assert "هـ" not in plain


def test_progress_is_reported(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    export_summary(register, plan, tmp_path / "p.pdf", progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (1, len(ACTIVITY_TITLES)) and calls[-1] == (len(ACTIVITY_TITLES),) * 2


def test_unknown_agreement_and_options(register, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SijillError):
        export_summary(register, "NOPE", tmp_path / "n.pdf")
    with pytest.raises(SijillError):
        export_summary(register, "NOPE", tmp_path / "n.pdf", lang="fr")
    assert not (tmp_path / "n.pdf").exists()


def test_render_first_page_for_people_to_look_at(exported: Path, artifacts: Path) -> None:
    prefix = artifacts / "summary-page"
    subprocess.run([need("pdftoppm"), "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(exported),
                    str(prefix)], check=True)
    assert (artifacts / "summary-page.png").stat().st_size > 10_000

"""The embedded font draws everything the summary needs; long plans stream and paginate."""

from __future__ import annotations

import string
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Spacer

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.reports import export_summary, labels
from desktop.reports.build import StreamedStory
from desktop.reports.dates import MONTHS_AR
from desktop.reports.fonts import BOLD, REGULAR, missing_glyphs
from desktop.text.shaping import shape

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
PUNCTUATION = "،؛؟«»—–‘’“”٪٫٬ـ" + "٠١٢٣٤٥٦٧٨٩"


def test_amiri_covers_latin_digits_punctuation_and_arabic() -> None:
    needed = string.ascii_letters + string.digits + string.punctuation + " " + HARAKAT + PUNCTUATION
    # every contextual form the shaper can produce, and the lam-alef ligatures
    words = [a + b + a for a in ARABIC_LETTERS for b in ARABIC_LETTERS] + ["لا", "لأ", "لإ", "لآ", "الإسلامي"]
    shaped = "".join(shape(w) for w in words)
    for font in (REGULAR, BOLD):
        assert missing_glyphs(needed + shaped, font) == set()
    labels_text = "".join(labels.text(k, lang, n=1, total=2, date="x") for k in labels._LABELS for lang in ("ar", "en"))
    assert missing_glyphs(shape(labels_text + "".join(MONTHS_AR))) == set()


def test_a_glyph_outside_the_font_is_reported() -> None:
    assert missing_glyphs("a中😀") == {"中", "😀"}


def test_streamed_story_keeps_only_a_few_flowables() -> None:
    produced = 0

    def source():  # type: ignore[no-untyped-def]
        nonlocal produced
        for _ in range(1000):
            produced += 1
            yield Spacer(1, 1)

    story = StreamedStory(source())
    assert len(story) == StreamedStory.AHEAD and produced == StreamedStory.AHEAD
    for _ in range(100):
        del story[0]
    assert produced == 100 + StreamedStory.AHEAD and len(story) == StreamedStory.AHEAD


def test_a_long_plan_paginates(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for n in range(240):
        register.save_activity(r.Activity(
            agreement_uuid=plan, title_ar=f"نشاط رقم {n} حول حماية اللاجئين (OIC) في الدول الأعضاء",
            start=PartialDate(2022 + n % 4, 1 + n % 12), place="جدة / Jeddah",
        ))
    started = time.perf_counter()
    path = export_summary(register, plan, tmp_path / "long.pdf")
    elapsed = time.perf_counter() - started
    pages = len(PdfReader(str(path)).pages)
    assert 8 <= pages <= 20, pages
    assert elapsed < 30


def test_a_statement_longer_than_a_page_runs_over(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    agreement = register.agreement(plan)
    agreement.statements[0].text_ar = "أشاد المتحدث بعمق الشراكة بين المنظمتين. " * 400
    register.save_agreement(agreement)
    path = export_summary(register, plan, tmp_path / "long-statement.pdf")
    assert len(PdfReader(str(path)).pages) >= 4


def test_characters_the_font_lacks_get_a_drawable_stand_in() -> None:
    from desktop.reports.glyphs import drawable

    for font in (REGULAR, BOLD):
        assert drawable("ﬁne Ǆ Ａ", font) == "fine DŽ A"  # compatibility forms the font draws
        assert drawable("😀 中\U0003af19", font) == "[U+1F600] [U+4E2D][U+3AF19]"
        assert drawable("a\u3000b\u200d\u202e\u2028", font) == "a b\u200d\u202e\u2028"  # left to the pipeline
        assert drawable("\uffff", font) == "[U+FFFF]"
        assert drawable("🏳\ufe0f", font) == "[U+1F3F3]"  # an invisible variation selector gets no stand-in  # Amiri Bold maps it to .notdef
        assert missing_glyphs(drawable("😀ﬁ中\uffff∕", font), font) == set()

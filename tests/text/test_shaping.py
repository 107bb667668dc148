"""Golden cases for the Arabic text pipeline: shape, wrap in logical order, reorder per line."""

from __future__ import annotations

from pathlib import Path

import pytest
from bidi import get_display

from desktop.text.presentation import base_letters, unshape
from desktop.text.shaping import Line, layout, shape, single_line

ROOT = Path(__file__).resolve().parents[2]


def char_width(text: str) -> float:
    """One unit per character that takes room (harakat take none)."""
    return float(sum(0 if "\u064b" <= ch <= "\u065f" else 1 for ch in text))


def visual(text: str, width: float = 1000, **kw: object) -> list[str]:
    return [line.visual for line in layout(text, width, char_width, **kw)]  # type: ignore[arg-type]


def logical(line: Line) -> str:
    """Undo the visual order of a line made only of Arabic words and spaces."""
    return unshape(line.visual[::-1]) if line.rtl else line.visual


# -- mixed runs --------------------------------------------------------------------------
def test_latin_word_inside_arabic() -> None:
    assert visual("منظمة OIC في جدة") == ["ﺓﺪﺟ ﻲﻓ OIC ﺔﻤﻈﻨﻣ"]


def test_year_inside_arabic_keeps_its_digits_in_order() -> None:
    assert visual("بدأت الشراكة عام 1988") == ["1988 ﻡﺎﻋ ﺔﻛﺍﺮﺸﻟﺍ ﺕﺃﺪﺑ"]


def test_year_range_follows_the_bidi_algorithm() -> None:
    # In an Arabic run the range reads right to left: 2022 first, then 2025.
    assert visual("الفترة 2022-2025") == ["2025-2022 ﺓﺮﺘﻔﻟﺍ"]


def test_english_paragraph_keeps_its_own_direction_in_an_arabic_document() -> None:
    lines = layout("The plan was signed.", 1000, char_width, default_rtl=True)
    assert [line.visual for line in lines] == ["The plan was signed."]
    assert not lines[0].rtl


def test_digits_only_paragraph_takes_the_document_direction() -> None:
    assert layout("2022", 100, char_width, default_rtl=True)[0].rtl
    assert not layout("2022", 100, char_width, default_rtl=False)[0].rtl


def test_line_starting_with_latin_or_number_does_not_flip() -> None:
    text = "تدعم OIC والمفوضية الخطة 1988 في جدة"
    lines = layout(text, 16, char_width, direction="rtl")
    assert [line.visual for line in lines] == ["OIC ﻢﻋﺪﺗ", "ﺔﻄﺨﻟﺍ ﺔﻴﺿﻮﻔﻤﻟﺍﻭ", "ﺓﺪﺟ ﻲﻓ 1988"]
    lines = layout("كلمات قليلة OIC تدعم", 11, char_width)
    # the second line starts (logically) with a Latin word: it stays right-to-left
    assert [line.visual for line in lines] == ["ﺔﻠﻴﻠﻗ ﺕﺎﻤﻠﻛ", "ﻢﻋﺪﺗ OIC"]
    assert all(line.rtl for line in lines)
    # while get_display over that line alone flips it to left-to-right:
    assert get_display(shape("OIC تدعم")) == "OIC ﻢﻋﺪﺗ"
    lines = layout("في عام 2014 اتفق الجانبان", 9, char_width)
    assert [line.visual for line in lines] == ["ﻡﺎﻋ ﻲﻓ", "ﻖﻔﺗﺍ 2014", "ﻥﺎﺒﻧﺎﺠﻟﺍ"]


# -- brackets ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("المفوضية (UNHCR)", "(UNHCR) ﺔﻴﺿﻮﻔﻤﻟﺍ"),
        ("في (جدة)", "(ﺓﺪﺟ) ﻲﻓ"),
        ("[مرفق]", "[ﻖﻓﺮﻣ]"),
        ("{أ}", "{ﺃ}"),
        ("<ب>", "<ﺏ>"),
        ("«المنظمة»", "«ﺔﻤﻈﻨﻤﻟﺍ»"),
    ],
)
def test_brackets_face_the_right_way_in_arabic(text: str, expected: str) -> None:
    assert visual(text) == [expected]


def test_brackets_untouched_in_english() -> None:
    assert visual("UNHCR (Geneva) [x] {y} <z>", default_rtl=True) == ["UNHCR (Geneva) [x] {y} <z>"]


# -- harakat and lam-alef ----------------------------------------------------------------
def test_harakat_are_kept_not_shifted() -> None:
    (line,) = visual("مُسْتَشَار")
    assert line == "ﺭﺎَﺸَﺘْﺴُﻣ"
    # each mark comes just before (to the left of) its letter in drawing order
    assert line.index("\u064f") == line.index("\ufee3") - 1


def test_lam_alef_ligates() -> None:
    assert visual("لا") == ["\ufefb"]
    assert visual("الإسلامي") == ["ﻲﻣﻼﺳﻹﺍ"]
    assert "\ufef9" in visual("إلى الإسلام")[0] or "\ufef7" in visual("الأمم")[0]


def test_allah_is_not_a_ligature() -> None:
    assert "\ufdf2" not in visual("الله")[0]


def test_base_letters_of_presentation_forms() -> None:
    assert base_letters("\ufefb") == "لا"
    assert base_letters("\ufe8e") == "ا"
    assert base_letters("\ufe7c") == "\u0651"
    assert unshape(shape("مُسْتَشَار")) == "مُسْتَشَار"


# -- wrapping ----------------------------------------------------------------------------
PARAGRAPH = (
    "تعزيز التعاون الإنساني والشراكة الاستراتيجية لدعم النازحين قسرا والاستجابة "
    "للتحديات التي تواجهها الدول الأعضاء في منظمة التعاون الإسلامي التي تستضيف اللاجئين"
)


def test_wrapping_keeps_logical_order_top_down() -> None:
    lines = layout(PARAGRAPH, 25, char_width)
    assert len(lines) > 4
    assert all(line.width <= 25 for line in lines)
    assert " ".join(logical(line) for line in lines) == PARAGRAPH
    # the first words are on the first line, at its right end
    assert unshape(lines[0].visual[::-1]).startswith("تعزيز التعاون")


def test_lines_are_filled_greedily() -> None:
    lines = layout(PARAGRAPH, 25, char_width)
    words = PARAGRAPH.split()
    position = 0
    for line in lines[:-1]:
        count = len(logical(line).split())
        position += count
        assert char_width(logical(line) + " " + words[position]) > 25


def test_word_longer_than_the_line_is_broken() -> None:
    word = "والاستراتيجيةوالاستراتيجية"
    lines = layout(f"كلمة {word} هنا", 8, char_width)
    assert all(line.width <= 8 for line in lines)
    assert "".join(logical(line) for line in lines).replace(" ", "") == f"كلمة{word}هنا"


def test_long_latin_token_is_broken() -> None:
    lines = layout("a" * 30, 8, char_width)
    assert [len(line.visual) for line in lines] == [8, 8, 8, 6]


def test_cut_never_separates_a_letter_from_its_harakat() -> None:
    lines = layout("مُسْتَشَارُمُسْتَشَارُ", 4, char_width)
    for line in lines:
        assert not ("\u064b" <= unshape(line.visual[::-1])[0] <= "\u065f")


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\t \n ", None])
def test_empty_and_whitespace_only(text: str | None) -> None:
    assert layout(text, 100, char_width) == []
    assert single_line(text, char_width).visual == ""


def test_new_lines_start_paragraphs_and_blank_ones_are_kept() -> None:
    lines = layout("أولا\n\nثانيا", 100, char_width)
    assert [logical(line) for line in lines] == ["أولا", "", "ثانيا"]


def test_control_characters_do_not_reach_the_page() -> None:
    (line,) = visual("\u202bجدة\u202c\u200f OIC\u200d")
    assert all(ord(ch) >= 0x20 and ch not in "\u202b\u202c\u200f\u200d" for ch in line)


# -- alignment ---------------------------------------------------------------------------
def test_right_alignment_for_arabic_and_left_for_english() -> None:
    (ar,) = layout("جدة", 100, char_width)
    (en,) = layout("Jeddah", 100, char_width)
    assert ar.x(10, 100) == 10 + 100 - ar.width
    assert en.x(10, 100) == 10
    assert ar.x(10, 100, "end") == 10
    assert en.x(10, 100, "right") == 110 - en.width
    assert ar.x(0, 100, "center") == (100 - ar.width) / 2


def test_real_font_widths() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("AmiriTest", str(ROOT / "resources/fonts/Amiri-Regular.ttf")))

    def width(text: str) -> float:
        return float(pdfmetrics.stringWidth(text, "AmiriTest", 12))

    lines = layout(PARAGRAPH, 150, width)
    assert all(line.width <= 150 for line in lines)
    assert " ".join(logical(line) for line in lines) == PARAGRAPH


def test_no_break_inside_dates_numbers_and_units_and_urls_break_after_slashes() -> None:
    from desktop.text.shaping import layout

    def width(text: str) -> float:
        return float(len(text))

    hijri = "7\u00a0جمادى\u00a0الآخرة\u00a01443\u00a0هـ"
    lines = layout(f"في {hijri} تمت", 26, width)
    assert any("1443" in line.visual and "ﻫ" in line.visual for line in lines)  # هـ never alone on a line
    assert [line.visual for line in layout("cost 50 % and 10 km today", 9, width, direction="ltr")] == [
        "cost 50 %", "and 10 km", "today"]
    url = [line.visual for line in layout("https://example.org/path/to-a-long_name.html", 22, width, direction="ltr")]
    assert url == ["https://example.org/", "path/to-a-long_name.", "html"]
    assert "\u2013" not in "".join(line.visual[:1] for line in layout(f"2022\u00a0\u2013 2025 x y z", 6, width))


def test_a_date_wider_than_its_column_breaks_at_its_spaces_not_in_a_number() -> None:
    from desktop.text.shaping import layout

    lines = layout("10\u00a0February\u00a02022", 12, lambda text: float(len(text)), direction="ltr")
    assert [line.visual for line in lines] == ["10\u00a0February", "2022"]

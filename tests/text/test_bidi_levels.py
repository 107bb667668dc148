"""Per-paragraph bidi levels, checked against the Rust unicode-bidi engine inside python-bidi.

The Rust engine is only reachable through ``get_display(..., debug=True)`` (a debug dump),
which is fine as a test oracle but not as production code; the pipeline uses the reference
Python rules plus N0 (:mod:`desktop.text.bidi_brackets`).
"""

from __future__ import annotations

import re

from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.text.bidi_levels import reorder_line, resolve_levels, strip_controls
from desktop.text.shaping import shape

ALPHABET = "جدةمنظ" + "OICab" + "0123456789" + " ()[]{}«»<>-/.,:%" + "\u064e\u0651"


def rust_levels(text: str, base: int) -> list[int]:
    dump = get_display(text, base_dir="R" if base else "L", debug=True)
    per_byte = [int(x) for x in re.findall(r"Level\(\s*(\d+),?\s*\)", dump.split("paragraphs:")[0])]
    levels, offset = [], 0
    for ch in text:
        levels.append(per_byte[offset])
        offset += len(ch.encode("utf-8"))
    return levels


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.sampled_from([0, 1]))
def test_levels_match_the_rust_engine(text: str, base: int) -> None:
    shaped = strip_controls(shape(text))
    assert resolve_levels(shaped, base) == rust_levels(shaped, base)


def test_brackets_after_latin_stay_with_it() -> None:
    text = shape("تقرير UNHCR (2022) النهائي")
    visual = reorder_line(text, resolve_levels(text, 1), 1)
    assert "UNHCR (2022)" in visual


def test_whole_line_matches_get_display_when_it_is_the_whole_paragraph() -> None:
    for text in ("منظمة OIC في جدة", "الفترة 2022-2025", "نسبة 50% من الموارد"):
        shaped = shape(text)
        assert reorder_line(shaped, resolve_levels(shaped, 1), 1) == get_display(shaped, base_dir="R")

"""Bidi controls in user text cannot reorder the text around it: every field is shown
inside FSI .. PDI with its own controls balanced (desktop.text.isolate, used by the GUI's
display.isolate). Checked with python-bidi's Unicode bidi engine (Rust unicode-bidi)."""

from __future__ import annotations

import pytest
from bidi import get_display
from hypothesis import given

from desktop.text import isolate
from desktop.text.isolation import PARAGRAPH_SEPARATORS, strip_isolation
from hostile_strategies import FAST, hostile_text

one_paragraph = hostile_text.map(lambda t: "".join(" " if ch in PARAGRAPH_SEPARATORS else ch for ch in t))

LTR_BEFORE, LTR_AFTER = "ABC ", " DEF"
RTL_BEFORE, RTL_AFTER = "أبج ", " دهو"


def _stays_in_place(wrap, text: str) -> None:  # type: ignore[no-untyped-def]
    shown = get_display(LTR_BEFORE + wrap(text) + LTR_AFTER, base_dir="L")
    assert shown.startswith(LTR_BEFORE) and shown.endswith(LTR_AFTER), repr(shown)
    shown = get_display(RTL_BEFORE + wrap(text) + RTL_AFTER, base_dir="R")
    assert shown.startswith(RTL_AFTER[::-1]) and shown.endswith(RTL_BEFORE[::-1]), repr(shown)


@pytest.mark.parametrize("control", ["\u202e", "\u202d"], ids=["RLO", "LRO"])
def test_without_isolation_the_attack_works(control: str) -> None:
    """The check is real: an unbalanced override does reorder what follows it."""
    with pytest.raises(AssertionError):
        _stays_in_place(lambda t: t, "x" + control + "y")


@FAST
@given(text=one_paragraph)
def test_isolated_field_cannot_reorder_its_surroundings(text: str) -> None:
    _stays_in_place(isolate, text)
    assert strip_isolation(isolate(text)) == strip_isolation(text)


@pytest.mark.parametrize("text", ["\u202eevil", "a\u2069\u202eb", "\u2066\u2066\u2066x", "\u202a\u202b\u202d\u202ex\u202c",
                                  "\u2069\u2069\u202c\u202c", "\u2068a\u2069\u202e", "عربي \u202d123"])
def test_known_attacks(text: str) -> None:
    _stays_in_place(isolate, text)


def test_each_line_is_isolated_on_its_own() -> None:
    shown = isolate("one\u202e\ntwo\u2067\r\nthree")
    assert shown == "\u2068one\u202e\u202c\u2069\n\u2068two\u2067\u2069\u2069\r\n\u2068three\u2069"
    assert isolate("") == ""


@FAST
@given(text=one_paragraph)
def test_gui_display_text_is_isolated(text: str) -> None:
    display = pytest.importorskip("desktop.ui.display")
    for rtl_ui in (False, True):
        _stays_in_place(lambda t: display.isolate(t, rtl_ui), text)

"""Hostile text for property-based tests: what users paste, what attackers craft."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

BIDI_CONTROLS = [
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # LRE RLE PDF LRO RLO
    "\u2066", "\u2067", "\u2068", "\u2069",  # LRI RLI FSI PDI
    "\u200e", "\u200f", "\u061c",  # LRM RLM ALM
]
SPECIALS = BIDI_CONTROLS + [
    "\u200d", "\u200c", "\ufeff", "\u00ad", "\u2028", "\u2029",
    "a" + "\u0301" * 200,  # piled combining marks
    "ب" + "\u064b\u064c\u064d\u064e\u0651" * 40,
    "\u0651" * 30,  # marks with no base
    "👩\u200d👩\u200d👧\u200d👦", "🇸🇦🇬🇧", "🏳️\u200d🌈", "\U0001f600" * 5, "\U0010fffd",
    "<para>", "</para>", "&amp;", "&lt;b&gt;", '<font color="red">x</font>', "<b>", "<br/>",
    "<img src=x>", "]]>", "&#x41;", "&nbsp;",
    "\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x01", "\x1f", "\x85",
    "=1+2", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\")",
    "x" * 300,  # a word with no space
    "{0}", "{name}", "%s", "%(x)s", "\\", "'", '"', "%", "_", "' OR 1=1 --",
    "خطة العمل المشتركة", "المفوضية السامية", "١٢٣٤", "ﻻ", "ﷲ",
    "İ", "ß", "ﬁ", "Ǆ", "\u1100\u1161",  # case and compatibility oddities
]

# Any character a database can store: no lone surrogates (category Cs), no NUL.
_STORABLE = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")

hostile_text = st.lists(
    st.one_of(st.sampled_from(SPECIALS), st.text(alphabet=_STORABLE, max_size=12)),
    max_size=6,
).map("".join)

# Guaranteed a visible letter somewhere, for fields that may not be blank.
hostile_title = st.tuples(hostile_text, st.sampled_from(["x", "ع", "Z9"]), hostile_text).map("".join)

FAST = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

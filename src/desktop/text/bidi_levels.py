"""Unicode bidi levels for a whole paragraph, and the visual order of one line of it.

The Unicode bidi algorithm resolves embedding levels over a *paragraph*; only the
reordering (rules L1, L2) and mirroring (L4) are done line by line. Running
``get_display`` line by line instead lets a line that starts with a number or a Latin
word flip its direction, and running it over the whole paragraph before wrapping puts the
lines bottom-up. So the text pipeline resolves levels here once per paragraph (with the
rules X1-I2 of python-bidi's reference implementation) and reorders each line itself.

python-bidi 0.6's ``get_display`` does not mirror brackets; :func:`reorder_line` does
(``(`` drawn in a right-to-left run is the glyph ``)``, and so on for ``[] {} <> «»``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bidi import algorithm as _uba
from bidi.mirror import MIRRORED

from desktop.text.bidi_brackets import resolve_paired_brackets

LTR, RTL = 0, 1

# Explicit embeddings, overrides, isolates and boundary-neutral characters are removed
# before levels are resolved (rule X9; isolates are not supported by the reference code).
_REMOVED_TYPES = frozenset({"RLE", "LRE", "RLO", "LRO", "PDF", "BN", "LRI", "RLI", "FSI", "PDI"})
_WHITESPACE_TYPES = frozenset({"WS", "BN", "S", "B"})


def strip_controls(text: str) -> str:
    """Drop the characters the level resolution cannot keep index-aligned (X9 types)."""
    return "".join(ch for ch in text if unicodedata.bidirectional(ch) not in _REMOVED_TYPES)


def first_strong_level(text: str) -> int | None:
    """Rules P2/P3: the level of the first strong character, or None when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return RTL
        if kind == "L":
            return LTR
    return None


def paragraph_level(text: str, direction: str = "auto", *, default_rtl: bool = True) -> int:
    """The base level of a paragraph: forced by ``direction`` ("rtl"/"ltr"), or taken from
    its first strong character, or from the document's language when it has none."""
    if direction == "rtl":
        return RTL
    if direction == "ltr":
        return LTR
    found = first_strong_level(text)
    if found is None:
        return RTL if default_rtl else LTR
    return found


def resolve_levels(text: str, base_level: int) -> list[int]:
    """The resolved embedding level of every character of ``text`` (one paragraph, already
    passed through :func:`strip_controls`), before any line is reordered."""
    storage = _uba.get_empty_storage()
    storage["base_level"] = base_level
    storage["base_dir"] = ("L", "R")[base_level]
    _uba.get_embedding_levels(text, storage)
    for char in storage["chars"]:
        if not char["type"]:  # an unassigned code point: class L by default (UAX #9, UCD)
            char["type"] = "L"
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    resolve_paired_brackets(storage)  # N0, missing from the reference implementation
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    levels = [int(ch["level"]) for ch in storage["chars"]]
    if len(levels) != len(text):  # pragma: no cover - strip_controls guarantees this
        raise ValueError("bidi control characters must be stripped before resolving levels")
    return levels


def reorder_line(chars: str, levels: Sequence[int], base_level: int) -> str:
    """One line in visual order (see :func:`reorder_line_marked`)."""
    return "".join(ch for ch, _mirrored in reorder_line_marked(chars, levels, base_level))


def reorder_line_marked(chars: str, levels: Sequence[int], base_level: int) -> list[tuple[str, bool]]:
    """One line in visual (left-to-right drawing) order: L1 (trailing white space takes
    the paragraph level), L2 (reverse runs from the highest level down to the lowest odd
    level) and L4 (mirror brackets in right-to-left runs); each character comes with a flag
    telling whether it was mirrored (the PDF maps such glyphs back to the typed character)."""
    return [(ch, mirrored) for ch, mirrored, _level in reorder_line_levels(chars, levels, base_level)]


def reorder_line_levels(chars: str, levels: Sequence[int], base_level: int) -> list[tuple[str, bool, int]]:
    """:func:`reorder_line_marked` with each character's resolved level (even: a
    left-to-right run, where Latin punctuation forms belong)."""
    items = list(zip(chars, levels, strict=True))
    for index in range(len(items) - 1, -1, -1):  # L1, at the end of the line
        ch, _level = items[index]
        if unicodedata.bidirectional(ch) not in _WHITESPACE_TYPES:
            break
        items[index] = (ch, base_level)
    for index, (ch, _level) in enumerate(items):  # L1, separators
        if unicodedata.bidirectional(ch) in ("S", "B"):
            items[index] = (ch, base_level)
    if not items:
        return []
    highest = max(level for _ch, level in items)
    odd_levels = [level for _ch, level in items if level % 2]
    lowest_odd = min(odd_levels) if odd_levels else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        items = _reverse_runs_at_or_above(items, level)
    return [(MIRRORED[ch], True, level) if level % 2 and ch in MIRRORED else (ch, False, level) for ch, level in items]


def _reverse_runs_at_or_above(items: list[tuple[str, int]], level: int) -> list[tuple[str, int]]:
    result: list[tuple[str, int]] = []
    run: list[tuple[str, int]] = []
    for item in items:
        if item[1] >= level:
            run.append(item)
            continue
        result.extend(reversed(run))
        run = []
        result.append(item)
    result.extend(reversed(run))
    return result

"""Keeping user text from reordering what surrounds it (Unicode bidi isolation).

A field may hold bidi controls (an override U+202E, an unclosed isolate U+2066, a stray
U+2069 pop). Shown or printed as it is, such a field could reverse the rest of a line, a
label or a PDF paragraph. :func:`isolate` returns the text for *display*: each paragraph
wrapped in FSI .. PDI, its own embeddings, overrides and isolates closed before the PDI,
and stray pops (which could close the wrapper early) dropped. The stored text is never
changed; only what is drawn.
"""

from __future__ import annotations

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
EMBEDDINGS = frozenset((LRE, RLE, LRO, RLO))
ISOLATES = frozenset((LRI, RLI, FSI))
BIDI_CONTROLS = EMBEDDINGS | ISOLATES | {PDF, PDI, "\u200e", "\u200f", "\u061c"}
# Paragraph separators (bidi class B): the bidi algorithm ends every embedding at each.
PARAGRAPH_SEPARATORS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")


def has_bidi_controls(text: str) -> bool:
    return any(ch in BIDI_CONTROLS for ch in text)


def balance(text: str) -> str:
    """``text`` (one paragraph) with every embedding, override and isolate it opens closed
    at its end, and every pop that closes nothing removed."""
    out: list[str] = []
    stack: list[str] = []
    for ch in text:
        if ch in EMBEDDINGS or ch in ISOLATES:
            stack.append(ch)
        elif ch == PDF:
            if not stack or stack[-1] not in EMBEDDINGS:
                continue  # pops nothing here: drop it
            stack.pop()
        elif ch == PDI:
            if not any(c in ISOLATES for c in stack):
                continue  # would close the wrapper's FSI: drop it
            while stack.pop() not in ISOLATES:
                pass  # a PDI also closes the embeddings opened inside its isolate
        out.append(ch)
    for opener in reversed(stack):
        out.append(PDI if opener in ISOLATES else PDF)
    return "".join(out)


def split_paragraphs(text: str) -> list[tuple[str, str]]:
    """(paragraph, separator that follows it or "") pairs."""
    parts: list[tuple[str, str]] = []
    start = 0
    for index, ch in enumerate(text):
        if ch in PARAGRAPH_SEPARATORS:
            parts.append((text[start:index], ch))
            start = index + 1
    parts.append((text[start:], ""))
    return parts


def isolate(text: str) -> str:
    """``text`` ready to be placed among other text: every paragraph is wrapped in
    FSI .. PDI (direction from its own first strong character) with its controls balanced,
    so that nothing in it can reorder the text around it. Empty text stays empty."""
    if not text:
        return text
    return "".join(
        (FSI + balance(paragraph) + PDI if paragraph else "") + separator
        for paragraph, separator in split_paragraphs(text)
    )


def strip_isolation(text: str) -> str:
    """The visible characters of ``text``: every bidi control removed (for comparisons)."""
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)

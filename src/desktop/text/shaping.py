"""Arabic text for a PDF canvas: shaped, wrapped in logical order, then reordered per line.

A canvas draws a string left to right, glyph by glyph, with no shaping engine. So every
line must arrive *shaped* (Arabic letters replaced by their joined presentation forms, the
lam-alef ligature made) and in *visual* order. The order of operations matters:

1. split the text into paragraphs (at new lines) and each paragraph into words;
2. shape each word (arabic-reshaper, harakat kept and not shifted: Amiri positions them
   itself; joining never crosses a space, so a word shapes the same alone as in a line);
3. fill lines greedily in *logical* order, measuring the shaped words with ``width_of``
   (e.g. reportlab's ``stringWidth`` for the embedded font); a word wider than the line is
   cut into pieces that fit, each shaped on its own;
4. resolve bidi levels once for the whole paragraph, its base direction given by the
   field's language or its first strong character (never per line), *before* an optional
   ``prepare`` (e.g. the PDF's stand-ins for characters its font cannot draw) rewrites the
   paragraph, so a stand-in never decides the paragraph's direction;
5. reorder each line on its own (L1/L2) and mirror brackets in right-to-left runs (the
   line remembers which, so the PDF can map those glyphs back to the typed bracket).

Everything here is a pure function of its arguments; nothing draws.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import arabic_reshaper

from desktop.text.bidi_levels import RTL, paragraph_level, reorder_line_levels, resolve_levels, strip_controls
from desktop.text.presentation import unshape

WidthOf = Callable[..., float]  # width_of(text); with .latin_aware, also width_of(text, latin positions)
# Punctuation a font may draw in two forms: Arabic (Amiri's diamond full stop) and Latin. In a
# left-to-right run the line marks it (Line.latin), and the PDF draws it in its Latin form.
LATIN_FORMS = frozenset("!()./[\\]{|}«»")
Prepare = Callable[[str], str]

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "shift_harakat_position": False,
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,  # keep words letter by letter; only lam-alef ligates
    }
)
# A no-break space (U+00A0, U+202F) joins the words around it: no line breaks there.
_TOKENS = re.compile(r"(?:[^\s]|[\u00a0\u202f])+|[^\S\u00a0\u202f]+")
# A number and the short word or sign after it (a unit: "50 %", "10 km", "3 أيام") stay together.
_NUMBER = re.compile(r"^[(\[]?[+\-−]?[\d\u0660-\u0669\u06f0-\u06f9][\d\u0660-\u0669\u06f0-\u06f9.,٫٬/:–-]*$")
_UNIT_MAX = 4
# Where a word too long for a line (a URL, a path) is best cut: after one of these.
_URL_BREAKS = frozenset("/-._?&=#")
_PARAGRAPH_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n"})


@dataclass(frozen=True)
class Line:
    """One line ready to draw: ``visual`` is shaped text in drawing order."""

    visual: str
    width: float
    rtl: bool
    mirrored: frozenset[int] = frozenset()  # positions in ``visual`` of mirrored brackets
    latin: frozenset[int] = frozenset()  # positions of punctuation in left-to-right runs (Latin forms)
    fallback: frozenset[int] = frozenset()  # positions the main font lacks (drawn from a fallback font)

    def x(self, left: float, available: float, align: str = "start") -> float:
        """Where to start drawing within ``[left, left + available]``.

        ``align`` is "left", "right", "center", or "start"/"end" (relative to the
        paragraph's direction: "start" is the right edge for Arabic).
        """
        if align in ("start", "end"):
            at_right = self.rtl == (align == "start")
            align = "right" if at_right else "left"
        if align == "right":
            return left + available - self.width
        if align == "center":
            return left + (available - self.width) / 2
        return left


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Arabic letters to their contextual presentation forms (logical order kept)."""
    if not text or not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text
    return str(_RESHAPER.reshape(text))


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").translate(_PARAGRAPH_BREAKS)
    return "".join(" " if ch == "\t" or (unicodedata.category(ch) == "Cc" and ch != "\n") else ch for ch in text)


def layout(
    text: str | None,
    max_width: float,
    width_of: WidthOf,
    *,
    direction: str = "auto",
    default_rtl: bool = True,
    prepare: Prepare | None = None,
) -> list[Line]:
    """Wrap ``text`` into lines no wider than ``max_width``.

    ``direction`` is "rtl", "ltr" or "auto" (first strong character; ``default_rtl`` when
    there is none). Empty or white-space-only text gives no lines; an empty paragraph
    between others gives an empty line.
    """
    cleaned = _clean(text or "")
    if not cleaned.strip():
        return []
    lines: list[Line] = []
    for paragraph in cleaned.strip("\n").split("\n"):
        lines.extend(layout_paragraph(paragraph, max_width, width_of, direction=direction, default_rtl=default_rtl,
                                      prepare=prepare))
    return lines


def single_line(text: str | None, width_of: WidthOf, *, direction: str = "auto", default_rtl: bool = True,
                prepare: Prepare | None = None) -> Line:
    """One line, never wrapped (labels, headers, chart captions)."""
    lines = layout(" ".join((text or "").split()), float("inf"), width_of, direction=direction, default_rtl=default_rtl,
                   prepare=prepare)
    return lines[0] if lines else Line("", 0.0, default_rtl)


def layout_paragraph(
    paragraph: str,
    max_width: float,
    width_of: WidthOf,
    *,
    direction: str = "auto",
    default_rtl: bool = True,
    prepare: Prepare | None = None,
) -> list[Line]:
    """Lines of one paragraph (no new line inside); ``prepare`` rewrites it once its base
    direction is known (characters it puts in are laid out like typed ones)."""
    base = paragraph_level(paragraph, direction, default_rtl=default_rtl)
    rtl = base == RTL
    if prepare is not None:
        paragraph = prepare(paragraph)
    pieces = [strip_controls(shape(token)) for token in _glue(_TOKENS.findall(paragraph.strip()))]
    if not pieces:
        return [Line("", 0.0, rtl)]
    shaped, spans = _fill(_unglue_if_too_wide(pieces, max_width, width_of), max_width, width_of)
    levels = resolve_levels(shaped, base)
    result = []
    for start, end in spans:
        marked = [m for m in reorder_line_levels(shaped[start:end], levels[start:end], base)
                  if unicodedata.category(m[0]) != "Cf"]
        visual = "".join(ch for ch, _, _ in marked)
        mirrored = frozenset(i for i, (_, flag, _) in enumerate(marked) if flag)
        latin = frozenset(i for i, (ch, _, level) in enumerate(marked) if not level % 2 and ch in LATIN_FORMS)
        width = width_of(visual, latin) if latin and getattr(width_of, "latin_aware", False) else width_of(visual)
        result.append(Line(visual, width, rtl, mirrored, latin))
    return result


_WEAK_GLUE = re.compile(r"[\u00a0 ]+")  # NBSP (and the space of a number + unit)


def _unglue_if_too_wide(pieces: list[str], max_width: float, width_of: WidthOf) -> list[str]:
    """A date or number with its unit wider than a whole line may break at its no-break
    spaces after all (as a last resort, before a word is cut letter by letter): as few
    breaks as fit, never at a narrow no-break space (U+202F: a day and its month, a year
    and its era)."""
    result: list[str] = []
    for piece in pieces:
        if piece.isspace() or not _WEAK_GLUE.search(piece) or width_of(piece) <= max_width:
            result.append(piece)
            continue
        current = ""
        for part in _WEAK_GLUE.split(piece):
            candidate = f"{current}\u00a0{part}" if current else part
            if current and width_of(candidate) > max_width:
                result.extend((current, " "))
                current = part
            else:
                current = candidate
        if current:
            result.append(current)
    return result


def _glue(tokens: list[str]) -> list[str]:
    """Tokens with a number and the unit after it made one (the space between kept)."""
    result: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (_NUMBER.match(token) and index + 2 < len(tokens) and tokens[index + 1] == " "
                and len(tokens[index + 2]) <= _UNIT_MAX and not _NUMBER.match(tokens[index + 2])):
            result.append(token + " " + tokens[index + 2])
            index += 3
            continue
        result.append(token)
        index += 1
    return result


def _fill(pieces: list[str], max_width: float, width_of: WidthOf) -> tuple[str, list[tuple[int, int]]]:
    """Greedy line filling in logical order.

    Returns the shaped paragraph and the (start, end) span of each line in it; the white
    space where a line breaks belongs to no line (but still counts for the bidi levels).
    """
    shaped = ""
    spans: list[tuple[int, int]] = []
    line_start: int | None = None
    line_width = 0.0
    pending_space = ""
    for piece in pieces:
        if piece.isspace():
            pending_space = piece
            continue
        for part in _fitting_parts(piece, max_width, width_of):
            part_width = width_of(part)
            space_width = width_of(pending_space) if line_start is not None else 0.0
            if line_start is not None and line_width + space_width + part_width > max_width:
                spans.append((line_start, len(shaped)))
                shaped += pending_space
                line_start, line_width, pending_space = None, 0.0, ""
            if line_start is None:
                shaped += pending_space
                line_start = len(shaped)
                line_width = part_width
            else:
                shaped += pending_space
                line_width += space_width + part_width
            shaped += part
            pending_space = ""
    if line_start is not None:
        spans.append((line_start, len(shaped)))
    return shaped, spans


def _fitting_parts(word: str, max_width: float, width_of: WidthOf) -> Iterator[str]:
    """The word itself, or - when it is wider than a line - pieces that each fit.

    A piece never ends between a letter and its harakat; each piece is reshaped alone, so
    the letters at a cut take their final/initial forms.
    """
    if width_of(word) <= max_width:
        yield word
        return
    logical = unshape(word)
    current = ""
    last_break = 0  # in ``current``: just after its last URL break character
    for cluster in _clusters(logical):
        candidate = current + cluster
        if current and width_of(shape(candidate)) > max_width:
            if 0 < last_break < len(current):  # cut after "/", "-", "." ... rather than mid-word
                yield strip_controls(shape(current[:last_break]))
                current, candidate = current[last_break:], current[last_break:] + cluster
                if width_of(shape(candidate)) <= max_width:
                    current = candidate
                    last_break = len(current) if cluster[-1] in _URL_BREAKS else 0
                    continue
            yield strip_controls(shape(current))
            current = cluster
            last_break = 0
        else:
            current = candidate
        if cluster[-1] in _URL_BREAKS:
            last_break = len(current)
    if current:
        yield strip_controls(shape(current))


_JOINS = frozenset("\u200d\u034f") | frozenset(map(chr, range(0xFE00, 0xFE10))) | frozenset(
    map(chr, range(0x1F3FB, 0x1F400)))


def _extends(current: str, ch: str) -> bool:
    """Whether ``ch`` belongs to the grapheme cluster ``current`` ends (marks, joiners,
    variation selectors, skin tones, the second flag letter, Hangul jamo)."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _JOINS:
        return True
    if current[-1] == "\u200d":
        return True
    if "\U0001f1e6" <= ch <= "\U0001f1ff" and "\U0001f1e6" <= current[-1] <= "\U0001f1ff":
        return sum("\U0001f1e6" <= c <= "\U0001f1ff" for c in current) % 2 == 1
    return "\u1160" <= ch <= "\u11ff" and "\u1100" <= current[-1] <= "\u11ff"


def _clusters(text: str) -> Iterator[str]:
    """The grapheme clusters of ``text`` (a base character with what extends it); a word
    too long for a line is cut only between them."""
    current = ""
    for ch in text:
        if current and _extends(current, ch):
            current += ch
            continue
        if current:
            yield current
        current = ch
    if current:
        yield current

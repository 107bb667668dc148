"""The embedded fonts: Amiri (OFL, shipped in ``resources/fonts/``), regular and bold.

Amiri covers Arabic (with its presentation forms), Latin, digits and the punctuation the
summary uses. A character the font cannot draw would silently print as a blank box, so
:mod:`desktop.reports.glyphs` draws a visible stand-in for it (:func:`covered` says what
the font has; :func:`missing_glyphs` checks laid-out text).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from desktop import resources
from desktop.reports.tounicode import TextLayerFont

REGULAR = "SijillAmiri"
BOLD = "SijillAmiri-Bold"
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}

# Mirrored brackets (a "(" typed in Arabic is drawn with the glyph ")") are drawn from a
# second embedding of the same font, so that its ToUnicode map can give the typed bracket
# back to copy and search. Its PDF name carries MIRROR_TAG.
MIRROR_TAG = "SijillMirrored"
SIJILL_TAG = "Sijill"
MIRROR = {REGULAR: REGULAR + "-Mirrored", BOLD: BOLD + "-Mirrored"}

# Latin punctuation (a full stop, not Amiri's Arabic diamond dot) is drawn from a third
# embedding whose character map points these characters at the glyphs Amiri's ``locl``
# feature substitutes for Latin script (GSUB lookup 201 of Amiri 1.0; reportlab applies no
# OpenType features). Glyph ids per font file, read with fontTools.
LATIN_TAG = "SijillLatin"
LATIN = {REGULAR: REGULAR + "-Latin", BOLD: BOLD + "-Latin"}
_LATIN_GLYPHS = {
    REGULAR: {**dict(zip(map(ord, "!()/[\\]{|}«»"), range(6617, 6630))), ord("."): 6664},
    BOLD: {**dict(zip(map(ord, "!()/[\\]{|}«»"), range(6459, 6472))), ord("."): 6504},
}


# A fallback font for scripts Amiri lacks (Hebrew, Greek, Cyrillic, Armenian, Georgian ...):
# bundled in resources/fonts if present, else Debian's DejaVu Sans (fonts-dejavu-core); without
# either, such characters get visible stand-ins (desktop.reports.glyphs).
FALLBACK = {REGULAR: "SijillFallback", BOLD: "SijillFallback-Bold"}
_FALLBACK_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_FALLBACK_DIRS = ("/usr/share/fonts/truetype/dejavu",)


def _fallback_path(font_name: str) -> Path | None:
    name = _FALLBACK_FILES[font_name]
    for folder in (resources.fonts_dir(), *map(Path, _FALLBACK_DIRS)):
        if (folder / name).is_file():
            return folder / name
    return None


@lru_cache(maxsize=1)
def register_fallbacks() -> dict[str, str]:
    """Register the fallback fonts found; returns main font name -> fallback font name."""
    found: dict[str, str] = {}
    for main, fallback in FALLBACK.items():
        path = _fallback_path(main)
        if path is None:
            continue
        if fallback not in pdfmetrics.getRegisteredFontNames():
            font = TextLayerFont(fallback, str(path))
            font.face.name = f"{SIJILL_TAG}-{font.face.name.decode('ascii')}".encode("ascii")
            pdfmetrics.registerFont(font)
        found[main] = fallback
    return found


def fallback_for(font_name: str) -> str | None:
    return register_fallbacks().get(font_name)


def fonts_dir() -> Path:
    """``resources/fonts`` (source checkout, installed package or frozen build)."""
    folder = resources.fonts_dir()
    if not (folder / _FILES[REGULAR]).is_file():
        raise FileNotFoundError(f"the PDF font {_FILES[REGULAR]} is not in {folder}")
    return folder


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register Amiri with reportlab once; returns (regular, bold) font names."""
    folder = fonts_dir()
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in _FILES.items():
        if name not in registered or not isinstance(pdfmetrics.getFont(name), TextLayerFont):
            font = TextLayerFont(name, str(folder / filename))
            # reportlab registers one font per face name: another registration of Amiri
            # (a test, a plug-in) must not stand in for ours, whose ToUnicode maps are the text layer
            font.face.name = f"{SIJILL_TAG}-{font.face.name.decode('ascii')}".encode("ascii")
            pdfmetrics.registerFont(font)
        if MIRROR[name] not in registered:
            mirror = TextLayerFont(MIRROR[name], str(folder / filename), mirrored=True)
            mirror.face.name = f"{MIRROR_TAG}-{mirror.face.name.decode('ascii')}".encode("ascii")
            pdfmetrics.registerFont(mirror)
        if LATIN[name] not in registered:
            pdfmetrics.registerFont(_latin_font(name, str(folder / filename)))
    return REGULAR, BOLD


def _latin_font(name: str, path: str) -> TextLayerFont:
    font = TextLayerFont(LATIN[name], path)
    face = font.face
    face.name = f"{LATIN_TAG}-{face.name.decode('ascii')}".encode("ascii")
    scale = 1000.0 / face.unitsPerEm
    for code, glyph in _LATIN_GLYPHS[name].items():
        face.charToGlyph[code] = glyph
        face.charWidths[code] = face.hmetrics[glyph][0] * scale
    return font


def _covered(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    # a code point mapped to glyph 0 is drawn as .notdef, the "tofu" box (Amiri Bold maps U+FFFF so)
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


_COVERAGE: dict[str, frozenset[int]] = {}


def covered(font_name: str = REGULAR) -> frozenset[int]:
    """The code points the font has a glyph for."""
    register_fonts()
    if font_name not in _COVERAGE:
        _COVERAGE[font_name] = _covered(font_name)
    return _COVERAGE[font_name]


def missing_glyphs(text: str, font_name: str = REGULAR) -> set[str]:
    """Characters of ``text`` (as drawn: shaped) the font has no glyph for."""
    glyphs = covered(font_name)
    return {ch for ch in text if ord(ch) not in glyphs and ch not in "\n"}


def width_function(font_name: str, size: float):  # type: ignore[no-untyped-def]
    """A ``width_of(text)`` for the text pipeline: reportlab's advance widths."""
    register_fonts()

    latin = LATIN.get(font_name)
    glyphs = covered(font_name)
    fallback = fallback_for(font_name)

    def width_of(text: str, latin_at: frozenset[int] = frozenset()) -> float:
        width = float(pdfmetrics.stringWidth(text, font_name, size))
        if fallback is not None and not glyphs.issuperset(map(ord, text)):  # drawn from the fallback font
            others = "".join(ch for ch in text if ord(ch) not in glyphs)
            width += pdfmetrics.stringWidth(others, fallback, size) - pdfmetrics.stringWidth(others, font_name, size)
        if latin_at and latin:  # those characters are drawn in their Latin forms
            forms = "".join(text[i] for i in latin_at)
            width += pdfmetrics.stringWidth(forms, latin, size) - pdfmetrics.stringWidth(forms, font_name, size)
        return width

    width_of.latin_aware = True  # type: ignore[attr-defined]
    return width_of

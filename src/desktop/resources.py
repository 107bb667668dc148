"""Where Sijill's data files are: fonts, translations (no Qt here).

Works from a source checkout (``<repo>/resources``), an installed package (data copied next
to the package) and a frozen build (``sys._MEIPASS``)."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _roots() -> list[Path]:
    roots = [_HERE.parents[1], _HERE / "data", _HERE]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen))
    return roots


def _find(name: str) -> Path:
    for root in _roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    return _roots()[0] / name


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts and their licences)."""
    return _find("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def font_files() -> list[Path]:
    folder = fonts_dir()
    return sorted(folder.glob("*.ttf")) + sorted(folder.glob("*.otf")) if folder.is_dir() else []


def translations_dir() -> Path:
    """The ``translations/`` folder (.ts sources, compiled .qm)."""
    return _find("translations")


# The interface's font: IBM Plex Sans Arabic (SIL Open Font License 1.1; Arabic and Latin
# designed together), from its PyPI package; a frozen bundle carries it in resources/fonts/ui.
# Amiri (resources/fonts) stays the documents' face.
UI_FONT_FAMILY = "IBM Plex Sans Arabic"
UI_FONT_PACKAGE = "fontpkg_ibm_plex_sans_arabic"
UI_FONT_STYLES = ("Regular", "Medium", "Bold")


def ui_fonts_dir() -> Path | None:
    bundled = fonts_dir() / "ui"
    if bundled.is_dir():
        return bundled
    import importlib.util

    spec = importlib.util.find_spec(UI_FONT_PACKAGE)
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "files"
    return folder if folder.is_dir() else None


def ui_font_files() -> list[Path]:
    folder = ui_fonts_dir()
    if folder is None:
        return []
    return [p for p in (folder / f"IBMPlexSansArabic-{style}.ttf" for style in UI_FONT_STYLES) if p.is_file()]


def ui_font_licence() -> Path | None:
    folder = ui_fonts_dir()
    if folder is None:
        return None
    for candidate in (folder / "LICENSE", folder.parent / "LICENSE"):
        if candidate.is_file():
            return candidate
    return None

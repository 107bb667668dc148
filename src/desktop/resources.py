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

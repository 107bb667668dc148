"""The office's letterhead: what a printed summary carries at its head and foot.

Organisation name in Arabic and English, a logo (PNG or SVG, stored in the register,
at most :data:`LOGO_MAX` bytes) and a footer line in each language. Plain values and the
rules for them; the register stores one letterhead (:mod:`desktop.services.letterhead`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_

LOGO_MAX = 512 * 1024  # bytes: a logo, not a scanned page
TEXT_MAX = 300  # characters per name or footer line
PNG, SVG = "png", "svg"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Letterhead:
    name_ar: str = ""
    name_en: str = ""
    logo: bytes = b""
    logo_type: str = ""  # "png", "svg" or "" (no logo)
    footer_ar: str = ""
    footer_en: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name_ar or self.name_en or self.logo or self.footer_ar or self.footer_en)

    def name(self, lang: str) -> str:
        return (self.name_ar or self.name_en) if lang == "ar" else (self.name_en or self.name_ar)

    def other_name(self, lang: str) -> str:
        """The name in the other language, when both are set."""
        other = self.name_en if lang == "ar" else self.name_ar
        return other if other and self.name(lang) != other else ""

    def footer(self, lang: str) -> str:
        return (self.footer_ar or self.footer_en) if lang == "ar" else (self.footer_en or self.footer_ar)

    def but(self, **changes: object) -> Letterhead:
        return replace(self, **changes)  # type: ignore[arg-type]


def logo_type(data: bytes) -> str:
    """``"png"`` or ``"svg"`` for a logo's bytes; raises :class:`SijillError` for anything
    else or for a file over :data:`LOGO_MAX` bytes."""
    if len(data) > LOGO_MAX:
        raise SijillError(Message(N_("The logo is too large: at most {max} KB."), {"max": LOGO_MAX // 1024}))
    if data.startswith(_PNG_MAGIC):
        return PNG
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in data[:65536].lower():
        return SVG
    raise SijillError(Message(N_("The logo must be a PNG or SVG image.")))


def check_text(field: str, value: str) -> str:
    value = " ".join(value.split())
    if len(value) > TEXT_MAX:
        raise SijillError(Message(N_("{field} is too long: at most {max} characters."), {"field": field, "max": TEXT_MAX}))
    return value

"""The text layer: make copy and search return logical Arabic without changing a pixel.

The page draws presentation forms (U+FExx) in visual order, and reportlab's ToUnicode maps
say exactly that, so extractors return reversed, shaped letters that match nothing a reader
types. PDF viewers (poppler, MuPDF, PDFium) already reverse right-to-left runs when they
extract text; what they need is each glyph mapped to its *base* letter. This module
rewrites every embedded font's ToUnicode CMap after reportlab has built the file:

* a presentation form maps to its base letter (U+FEE3 -> U+0645);
* a ligature (lam-alef, U+FEFB) maps to its letters *in visual order* (alef, lam): the
  extractor reverses the whole run, glyph strings included, which then reads lam, alef;
* a bracket drawn mirrored (from the second, mirrored-brackets embedding of the font)
  maps to the bracket that was typed, so "(UNHCR)" does not come back as ")UNHCR(".

It also embeds the fingerprint's per-record digests (``sijill-fingerprint.json``) and
records the fingerprint in the document information.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject, TextStringObject

from bidi.mirror import MIRRORED

from desktop.files import atomic_write
from desktop.reports.fingerprint import Fingerprint
from desktop.reports.fonts import MIRROR_TAG
from desktop.text.presentation import base_letters, is_presentation_form

ATTACHMENT = "sijill-fingerprint.json"
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFCHAR_BLOCK = re.compile(rb"(\d+)\s+beginbfchar(.*?)endbfchar", re.S)


def text_for_glyph(text: str, *, mirrored: bool = False) -> str:
    """What a glyph drawn for ``text`` should extract as (see the module docstring).

    In the mirrored-brackets font, the glyph ")" was drawn for a typed "(": it extracts as "(".
    """
    if mirrored:
        return "".join(MIRRORED.get(ch, ch) for ch in text)
    if not any(is_presentation_form(ch) for ch in text):
        return text
    letters = "".join(base_letters(ch) for ch in text)
    return letters[::-1] if len(letters) > 1 else letters


def _hex(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode("ascii")


def rewrite_cmap(data: bytes, *, mirrored: bool = False) -> bytes:
    """A ToUnicode CMap with every presentation form replaced by its base letter(s)."""

    def one(match: re.Match[bytes]) -> bytes:
        text = bytes.fromhex(match.group(2).decode("ascii")).decode("utf-16-be", errors="replace")
        return b"<" + match.group(1) + b"> <" + _hex(text_for_glyph(text, mirrored=mirrored)) + b">"

    def block(match: re.Match[bytes]) -> bytes:
        return match.group(1) + b" beginbfchar" + _BFCHAR.sub(one, match.group(2)) + b"endbfchar"

    return _BFCHAR_BLOCK.sub(block, data)


def fix_text_layer(writer: PdfWriter) -> int:
    """Rewrite the ToUnicode maps of all fonts; returns how many maps were rewritten."""
    done: set[int] = set()
    count = 0
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            cmap_ref = font.get("/ToUnicode")
            if cmap_ref is None or cmap_ref.idnum in done:
                continue
            done.add(cmap_ref.idnum)
            stream = cmap_ref.get_object()
            new = DecodedStreamObject()
            mirrored = MIRROR_TAG in str(font.get("/BaseFont", ""))
            new.set_data(rewrite_cmap(stream.get_data(), mirrored=mirrored))
            new_ref = writer._add_object(new)
            done.add(new_ref.idnum)  # the font dictionary is shared by later pages
            font[NameObject("/ToUnicode")] = new_ref
            count += 1
    return count


def finish_pdf(raw: Path, target: Path, fingerprint: Fingerprint) -> None:
    """Copy ``raw`` to ``target`` (atomically) with the text layer fixed and the digests embedded."""
    writer = PdfWriter(clone_from=PdfReader(str(raw)))
    fix_text_layer(writer)
    payload = json.dumps(fingerprint.as_json(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    writer.add_attachment(ATTACHMENT, payload)
    metadata = dict(writer.metadata or {})
    metadata["/SijillFingerprint"] = TextStringObject(fingerprint.value)
    metadata["/SijillReference"] = TextStringObject(fingerprint.reference)
    writer.add_metadata(metadata)
    for page in writer.pages:
        page.compress_content_streams()
    with atomic_write(target, "wb") as handle:
        writer.write(handle)

"""Signing a finished summary: a PAdES baseline signature (pyHanko), added as an incremental
update after the whole document - pages, embedded digests, page record, QR - so signing
never changes what is printed or the fingerprint.

The signature is visible: a small field at the top of the last page, above the running
header, says who signed and when, in the summary's language. Its appearance is drawn by
reportlab with the summary's own Arabic text pipeline (shaped, in visual order) and handed
to pyHanko as a static stamp. A timestamp is added when a time-stamping authority is
configured (``$SIJILL_TSA_URL``); signing works offline by default.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from desktop.domain.errors import SijillError
from desktop.domain.messages import Message, N_
from desktop.services.office_identity import Identity, describe, pyhanko_signer

TSA_ENV = "SIJILL_TSA_URL"
FIELD_NAME = "SijillSignature"
BOX_WIDTH, BOX_HEIGHT = 240.0, 24.0
_WORDS = {
    "signed_by": ("وُقّع رقميًا من: {name}", "Digitally signed by: {name}"),
    "signed_at": ("في {date}", "on {date}"),
}


def _word(key: str, lang: str, **params: str) -> str:
    ar, en = _WORDS[key]
    return (ar if lang == "ar" else en).format(**params)


def appearance_pdf(name: str, when: _dt.datetime, lang: str) -> bytes:
    """A one-page PDF, the size of the signature box, saying who signed and when."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    from desktop.reports.dates import format_generated
    from desktop.reports.flow import Style, add_line, one_line
    from desktop.reports.fonts import BOLD, REGULAR, register_fonts
    from desktop.reports.pdftext import TextBlock

    register_fonts()
    out = io.BytesIO()
    canv = canvas.Canvas(out, pagesize=(BOX_WIDTH, BOX_HEIGHT), invariant=1)
    canv.setStrokeColor(colors.HexColor("#1F4E79"))
    canv.setLineWidth(0.6)
    canv.rect(0.5, 0.5, BOX_WIDTH - 1, BOX_HEIGHT - 1, stroke=1, fill=0)
    rtl = lang == "ar"
    style = Style(font=REGULAR, size=7, rtl=rtl, align="center", color=colors.HexColor("#1F4E79"))
    text = TextBlock(canv)
    add_line(text, one_line(_word("signed_by", lang, name=name), style.but(font=BOLD)), 4, BOX_WIDTH - 8, 13.5,
             style.but(font=BOLD))
    stamp = format_generated(when.astimezone(_dt.UTC), lang)
    add_line(text, one_line(_word("signed_at", lang, date=stamp), style), 4, BOX_WIDTH - 8, 4.5, style)
    canv.setFillColor(style.color)
    text.draw()
    canv.showPage()
    canv.save()
    return out.getvalue()


def sign_file(path: Path, identity: Identity, *, lang: str = "ar", tsa_url: str | None = None,
              when: _dt.datetime | None = None, timestamper: Any = None) -> None:
    """Sign the summary at ``path`` in place (the caller writes to a temporary file).
    ``timestamper`` (a pyHanko TimeStamper) stands for the TSA named by ``tsa_url`` or $SIJILL_TSA_URL."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers, timestamps
    tsa_url = tsa_url if tsa_url is not None else os.environ.get(TSA_ENV) or None
    name = describe(identity.certificate).name or "?"
    moment = when or _dt.datetime.now(_dt.UTC)
    source = io.BytesIO(path.read_bytes())
    writer = IncrementalPdfFileWriter(source, strict=False)
    last = int(writer.root["/Pages"]["/Count"]) - 1
    width, height = _page_size(writer, last)
    left = (width - BOX_WIDTH) / 2
    box = (int(left), int(height - BOX_HEIGHT - 3), int(left + BOX_WIDTH), int(height - 3))
    with tempfile.TemporaryDirectory() as folder:
        look = Path(folder) / "appearance.pdf"
        look.write_bytes(appearance_pdf(name, moment, lang))
        meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES,
                                            md_algorithm="sha256", name=name)
        signer = signers.PdfSigner(
            meta, signer=pyhanko_signer(identity), stamp_style=_style(look),
            timestamper=timestamper or (timestamps.HTTPTimeStamper(tsa_url) if tsa_url else None),
            new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=last, box=box),
        )
        output = io.BytesIO()
        try:
            signer.sign_pdf(writer, output=output)
        except Exception as exc:  # noqa: BLE001 - pyHanko raises many kinds (TSA offline, bad key)
            raise SijillError(Message(N_("The summary could not be signed: {error}"),
                                      {"error": str(exc) or type(exc).__name__})) from exc
    path.write_bytes(output.getvalue())


def _style(look: Path):  # type: ignore[no-untyped-def]
    """The drawn box as it is: no border of pyHanko's, no margin, fully opaque."""
    from pyhanko.pdf_utils import layout
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle.from_pdf_file(
        str(look), border_width=0, background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID,
                                                     y_align=layout.AxisAlignment.ALIGN_MID,
                                                     margins=layout.Margins(0, 0, 0, 0)))


def _page_size(writer: object, index: int) -> tuple[float, float]:
    page = writer.find_page_for_modification(index)[0]  # type: ignore[attr-defined]
    box = [float(v) for v in page.get_object()["/MediaBox"]]
    return box[2] - box[0], box[3] - box[1]

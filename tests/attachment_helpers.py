"""Small generated files for the attachment tests (no binary fixtures)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from desktop.domain import records as r
from desktop.domain.dates import PartialDate as D
from desktop.services.register import Register


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes([200, 100, 50]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def pdf_with_text(path: Path, text: str) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return path


def seed_plan(reg: Register, reference: str = "JAP/2022") -> r.Agreement:
    return reg.save_agreement(r.Agreement(reference=reference, title_ar="خطة العمل المشتركة", title_en="Joint action plan",
                                          period_start=D(2022), period_end=D(2025))).record

"""The export's fast paths give what the plain reportlab ways gave: the same QR code, the
same table geometry and glyph positions, the same font subset codes, the same digests; and
a plan is read from the register once."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import hashlib
import json
import random
import string
import unicodedata
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desktop.domain.dates import PartialDate
from desktop.reports import data as report_data
from desktop.reports import export_summary
from desktop.reports.data import gather
from desktop.reports.flow import Style, table
from desktop.reports.fingerprint import canonical, of_plan
from desktop.reports.fonts import BOLD, REGULAR, register_fonts
from desktop.reports.pdftext import encoder
from desktop.reports.qr import QrCode, lost_points
from desktop.reports.rows import Columns, TextTable
from desktop.reports.verify import verify_pdf
from desktop.text.shaping import shape

from .conftest import ACTIVITY_TITLES


# -- QR code -------------------------------------------------------------------------------
QR_TEXTS = [
    "SIJILL REF=UNHCR-OIC/JAP/2022-2025 SHA256=" + "0123456789abcdef" * 4,
    "SIJILL REF=GEN/2023/0001 SHA256=40bd11b4b11eec49f426a00804e985af31a233accaac6713c7589d21bb9144b4",
    "x", "a" * 120,
]


@pytest.mark.parametrize("text", QR_TEXTS)
def test_qr_code_is_reportlabs(text: str) -> None:
    widget = QrCodeWidget(text, barLevel="M")
    widget.qr.make()
    assert QrCode(text, 78).modules == [[bool(m) for m in row] for row in widget.qr.modules]


def test_qr_codes_of_any_text_and_level_are_reportlabs() -> None:
    rnd = random.Random(11)
    for n in range(60):
        text = "".join(rnd.choice(string.printable) for _ in range(rnd.randint(1, 200)))
        level = "LMQH"[n % 4]
        widget = QrCodeWidget(text, barLevel=level)
        widget.qr.make()
        assert QrCode(text, 78, level=level).modules == [[bool(m) for m in row] for row in widget.qr.modules]


def test_mask_penalties_are_reportlabs() -> None:
    rnd = random.Random(7)
    for _ in range(40):
        text = "".join(rnd.choice(string.printable) for _ in range(rnd.randint(1, 150)))
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.make()
        for mask in range(8):
            code.makeImpl(True, mask)
            assert lost_points(code.modules) == qrencoder.QRUtil.getLostPoint(code)


# -- the activity table --------------------------------------------------------------------
SMALL = Style(font=REGULAR, size=8.5, leading=12.5, rtl=True, align="right")
HEADER = SMALL.but(font=BOLD)
WIDTHS = [24.0, 160.0, 68.0, 68.0, 77.0, 29.0, 58.0]
HEAD = ["#", "العنوان", "النوع", "التاريخ", "المكان", "الهدف", "الحالة"]


def _rows(count: int) -> list[list[str]]:
    return [[str(n), ACTIVITY_TITLES[n % len(ACTIVITY_TITLES)] + (" (OIC)" if n % 3 else ""), "ورشة عمل",
             "10 يناير 2022\n7 جمادى الآخرة 1443 هـ" if n % 2 else "2023", "جدة / Jeddah", str(n % 4 or ""),
             "منجز"] for n in range(1, count + 1)]


def _platypus(rows: list[list[str]]) -> Any:
    from desktop.reports.flow import Text

    return table([[Text(h, HEADER) for h in HEAD], *[[Text(v, SMALL) for v in row] for row in rows]], WIDTHS, SMALL)


def _ours(rows: list[list[str]]) -> TextTable:
    columns = Columns(WIDTHS, HEADER, SMALL, rtl=True)
    return TextTable(columns, [columns.row(HEAD, header=True), *[columns.row(row) for row in rows]])


def test_text_table_has_the_platypus_tables_size_and_splits() -> None:
    register_fonts()
    rows = _rows(30)
    theirs, ours = _platypus(rows), _ours(rows)
    assert ours.wrap(500, 10_000) == pytest.approx(theirs.wrap(500, 10_000))
    for height in (40, 100, 250.5, 400):
        a, b = theirs.split(500, height), ours.split(500, height)
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert y.wrap(500, 10_000) == pytest.approx(x.wrap(500, 10_000))
    first, rest = ours.split(500, 250)
    assert rest.rows[0] is first.rows[0]  # the header row repeats on the next page


def _chars(flowable: Any) -> list[tuple[str, float, float]]:
    out = BytesIO()
    SimpleDocTemplate(out, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build([flowable])
    with pdfplumber.open(BytesIO(out.getvalue())) as pdf:
        return [(c["text"], round(c["x0"], 2), round(c["top"], 2)) for page in pdf.pages for c in page.chars]


def test_text_table_draws_every_glyph_where_the_platypus_table_did() -> None:
    register_fonts()
    rows = _rows(12)
    assert _chars(_ours(rows)) == _chars(_platypus(rows))


# -- font subset codes ---------------------------------------------------------------------
def test_split_is_reportlabs_split_string() -> None:
    register_fonts()
    doc = Canvas(BytesIO())._doc
    font = pdfmetrics.getFont(REGULAR)
    rnd = random.Random(3)
    alphabet = ("abc XYZ 0123 ()[]«» \u00a0é中" + shape(" ".join(ACTIVITY_TITLES))
                + "".join(chr(c) for c in [*range(0x621, 0x64b), *range(0xC0, 0x100), *range(0xFE70, 0xFEFD)]))
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30)))
        assert encoder(doc).split(font, text) == font.splitString(text, doc)
    assert len(font.state[doc].subsets) > 1  # past the first 256 codes too


# -- digests -------------------------------------------------------------------------------
_SKIPPED = {"version", "created_at", "updated_at", "person", "party", "agreement_reference"}
_NEW_LISTS = {"indicators", "indicator_values", "kinds", "entries"}  # added later: left out while empty


def _reference_plain(value: Any) -> Any:
    """The digests' serialisation as first written (the fingerprints printed so far)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _reference_plain(getattr(value, f.name)) for f in dataclasses.fields(value)
            if f.name not in _SKIPPED and not (f.name in _NEW_LISTS and getattr(value, f.name) == [])
        }
    if isinstance(value, list | tuple):
        return [_reference_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _reference_plain(v) for k, v in value.items()}
    return value


def _reference(value: Any) -> bytes:
    return json.dumps(_reference_plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def test_record_serialisation_is_unchanged(register, plan: str) -> None:  # type: ignore[no-untyped-def]
    data = gather(register, plan, read_activities=True)
    assert data.activities
    records: list[Any] = [data.agreement, *data.parties, *data.people.values(), *data.milestones, *data.activities]
    records.append({"text": "e\u0301 «نص»", "n": 3, "x": None, "when": PartialDate(2014, 11), "flag": True})
    for record in records:
        assert canonical(record) == _reference(record)
    fingerprint = of_plan(register, data, data.activities)
    assert fingerprint.records[f"agreement:{data.agreement.uuid}"] == hashlib.sha256(_reference(data.agreement)).hexdigest()


# -- reading the plan ----------------------------------------------------------------------
def _counting(register, monkeypatch: pytest.MonkeyPatch) -> list[int]:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    read = register.activities

    def activities(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return read(*args, **kwargs)

    monkeypatch.setattr(register, "activities", activities)
    return calls


def test_a_plan_is_read_once(register, plan: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    calls = _counting(register, monkeypatch)
    path = export_summary(register, plan, tmp_path / "once.pdf")
    assert len(calls) == 1
    assert verify_pdf(register, path).matches


def test_a_plan_too_large_to_hold_is_streamed_twice(register, plan: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report_data, "SHARED", 2)
    calls = _counting(register, monkeypatch)
    held = gather(register, plan, read_activities=True)
    assert held.activities is None and held.activity_count == len(ACTIVITY_TITLES)
    path = export_summary(register, plan, tmp_path / "streamed.pdf")
    assert len(calls) == 2  # one page each, for the fingerprint and for the layout
    assert verify_pdf(register, path).matches
